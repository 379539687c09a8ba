"""The ``housestyle brand`` command: ``new``, ``check``, ``specimen`` and ``export``.

- ``housestyle brand new NAME`` writes a commented brand file (and copies the font and
  logo files given beside it) that loads; it never overwrites.
- ``housestyle brand check FILE_OR_NAME [--json]`` prints the palette report and the
  findings with suggestions; it exits 1 when the brand fails its own ``checks:``.
- ``housestyle brand specimen FILE_OR_NAME --out FILE.png|pdf`` draws a one-page specimen.
- ``housestyle brand export [FILE_OR_NAME] --brand-yml OUT`` writes Posit's ``_brand.yml``.
"""

from __future__ import annotations

import argparse
import sys

__all__ = ["add_arguments", "option", "run"]

_ACTIONS = {
    "new": "write a commented brand file that extends another, with your colours, fonts, logo",
    "check": "check a brand: contrast, colour-vision distances, suggestions (exit 1 on errors)",
    "specimen": "draw a one-page specimen of a brand: colours, palettes, type, logo, a chart",
    "export": "write a brand as Posit's brand.yml (_brand.yml) for Quarto and Shiny",
}


def option(name: str) -> str:
    """How the command line names a :func:`housestyle.brandkit._scaffold.new_brand` argument.

    Examples
    --------
    >>> option("font_regular"), option("name")
    ('--font-regular', 'NAME')
    """
    return "NAME" if name == "name" else "--" + name.replace("_", "-")


def _add_new(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("name", metavar="NAME", help="the brand's name; it names the file")
    parser.add_argument("--extends", default="ou", help="a shipped brand or a brand file (ou)")
    parser.add_argument("--primary", metavar="HEX", help="the main series colour, #rrggbb")
    parser.add_argument("--palette", metavar="HEX,...", help="the categorical palette (>= 6)")
    parser.add_argument("--font-regular", metavar="FILE", help="the family's regular .ttf")
    parser.add_argument("--font-bold", metavar="FILE", help="the family's bold .ttf")
    parser.add_argument("--logo", metavar="FILE", help="an .svg or .png logo")
    parser.add_argument("--out", default=".", metavar="DIR", help="the folder to write to (.)")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add ``new``, ``check`` and ``specimen`` to the ``housestyle brand`` parser."""
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    parsers = {
        name: actions.add_parser(name, help=text, description=text)
        for name, text in _ACTIONS.items()
    }
    _add_new(parsers["new"])
    for name in ("check", "specimen"):
        parsers[name].add_argument(
            "brand", metavar="FILE_OR_NAME", help="a brand file, or a shipped brand's name"
        )
    parsers["check"].add_argument("--json", action="store_true", help="print the report as JSON")
    parsers["specimen"].add_argument(
        "--out", required=True, metavar="FILE.png|pdf", help="the specimen file to write"
    )
    parsers["export"].add_argument(
        "brand", nargs="?", default="ou", metavar="FILE_OR_NAME", help="the brand (ou)"
    )
    parsers["export"].add_argument(
        "--brand-yml", required=True, metavar="OUT", help="the _brand.yml file (or folder)"
    )


def _new(args: argparse.Namespace) -> int:
    from ._brandcheck import check_brand
    from ._scaffold import NEW_BRAND_DEFAULTS, plan_new_brand, write_new_brand

    spec = plan_new_brand(
        label=option, **{name: getattr(args, name) for name in NEW_BRAND_DEFAULTS}
    )
    path = write_new_brand(spec)
    copied = [target.name for source, target in spec.copies.items() if source != target]
    print(f"wrote {path}" + (f", with {', '.join(copied)} beside it" if copied else ""))
    print(f"checked: {check_brand(path).summary()}")
    print(f"next: housestyle brand check {path}   housestyle brand specimen {path} --out FILE.pdf")
    return 0


def _check(args: argparse.Namespace) -> int:
    from ._brandcheck import check_brand

    report = check_brand(args.brand)
    print(report.to_json() if args.json else str(report))
    return 0 if report.ok else 1


def _specimen(args: argparse.Namespace) -> int:
    from ._specimen import write_specimen

    path = write_specimen(args.brand, args.out, label=option)
    print(f"wrote {path}", file=sys.stderr)
    return 0


def _export(args: argparse.Namespace) -> int:
    from ..brand import load_brand, write_brand_yml

    path = write_brand_yml(load_brand(args.brand), args.brand_yml)
    print(f"wrote {path}")
    return 0


def run(args: argparse.Namespace) -> int:
    """Run one ``housestyle brand`` action; return its exit status."""
    actions = {"new": _new, "check": _check, "specimen": _specimen, "export": _export}
    return actions[args.action](args)
