"""The ``housestyle check PATH`` command: render a recipe and print its check report.

A recipe returns its finished figure. Any other chart function may return a plain
Figure or a ggplot: it is finished (``housestyle.finalise``) in the brand and size
asked for, as it would be published, and then checked. A web embed (an ``.html`` file
``export(..., formats="html")`` wrote) is checked for what its readers need: alt text,
a long description and a link to the data, each an error when missing.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import matplotlib.pyplot as plt

from ..brand import HouseStyleError
from ..checks import check
from ..libraries.mpl import style
from ..output import check_embed
from ._recipes import chart_function, run_recipe

__all__ = ["add_arguments", "run"]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the ``housestyle check`` arguments to ``parser``."""
    parser.add_argument(
        "path",
        metavar="PATH",
        help="a recipe file (its recipe() is called) or a module, pkg.mod or pkg.mod:function; "
        "or a web embed's .html file",
    )
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("--brand", default=None, help="render and check in this brand")
    parser.add_argument("--size", default=None, help="render and check at this size preset")


def _check_embed_file(path: Path, as_json: bool) -> int:
    try:
        markup = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise HouseStyleError(f"PATH: cannot read the embed {path}: {exc}") from exc
    found = check_embed(markup)
    if as_json:
        rows = [
            {"severity": "error", "what": p.what, "problem": p.problem, "fix": p.fix} for p in found
        ]
        print(json.dumps({"path": str(path), "findings": rows}, indent=2))
    else:
        for problem in found:
            print(f"error: {problem}")
        print(f"{path.name}: {len(found)} error{'s' if len(found) != 1 else ''}")
    return 1 if found else 0


def run(args: argparse.Namespace) -> int:
    """Run ``housestyle check``: print the findings; 1 when there are errors, else 0."""
    if str(args.path).lower().endswith(".html"):
        return _check_embed_file(Path(args.path), args.json)
    function, _ = chart_function(args.path, field="PATH", prefix="housestyle_check")
    with style(args.brand, args.size):  # checked as drawn: in the brand's rcParams
        fig = run_recipe(function, finish=True)
        try:
            report = check(fig, brand=args.brand)
        finally:
            plt.close(fig)
    print(report.to_json() if args.json else report)
    return 0 if report.ok else 1
