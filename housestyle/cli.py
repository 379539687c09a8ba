"""The ``housestyle`` command.

Each sub-command lives in the module that does its work; this file only wires
them to ``argparse``. A :class:`HouseStyleError` is printed as one line, without a
traceback, and the command exits with status 2.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from importlib import import_module

from .brand import HouseStyleError

__all__ = ["main", "run"]

#: Sub-command -> the module that provides ``add_arguments(parser)`` and ``run(args)``.
COMMANDS = {
    "gallery": (
        "housestyle.gallery._gallery_command",
        "build a static gallery site from a cookbook folder",
    ),
    "render": (
        "housestyle.batch._render_command",
        "render recipes over parameters, brands, sizes and formats",
    ),
    "check": (
        "housestyle.batch._check_command",
        "check a recipe's chart for accessibility and house rules",
    ),
    "mplstyle": ("housestyle.libraries.mpl", "write the .mplstyle files generated from the brands"),
    "brands": ("housestyle.cli", "list the shipped brands"),
    "brand": (
        "housestyle.brandkit._brand_command",
        "start a brand, check its palettes, draw its specimen",
    ),
}


def _parser(argv: Sequence[str]) -> argparse.ArgumentParser:
    """Build the parser; only the chosen sub-command's module is imported."""
    from ._version import version

    chosen = next((arg for arg in argv if arg in COMMANDS), None)

    parser = argparse.ArgumentParser(
        prog="housestyle",
        description="A house style for matplotlib and plotnine charts, from one brand file.",
    )
    parser.add_argument("--version", action="version", version=f"housestyle {version()}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, (module, help_text) in COMMANDS.items():
        sub = commands.add_parser(name, help=help_text, description=help_text)
        if name == chosen:
            adder = getattr(import_module(module), "add_arguments", None)
            if adder is not None:
                adder(sub)
        sub.set_defaults(module=module)
    return parser


def run(args: argparse.Namespace) -> int:
    """List the shipped brands with their descriptions (``housestyle brands``)."""
    from .brand import brands, load_brand

    for name in brands():
        print(f"{name:10} {load_brand(name).description}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``housestyle`` command; return its exit status."""
    argv = list(sys.argv[1:] if argv is None else argv)
    args = _parser(argv).parse_args(argv)
    try:
        return int(import_module(args.module).run(args) or 0)
    except HouseStyleError as exc:
        print(f"housestyle {args.command}: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
