"""The ``housestyle check PATH`` command: render a recipe and print its check report.

A recipe returns its finished figure. Any other chart function may return a plain
Figure or a ggplot: it is finished (``housestyle.finalise``) in the brand and size
asked for, as it would be published, and then checked.
"""

from __future__ import annotations

import argparse

import matplotlib.pyplot as plt

from .checks import check
from .mpl import style
from .recipes import chart_function, run_recipe

__all__ = ["add_arguments", "run"]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the ``housestyle check`` arguments to ``parser``."""
    parser.add_argument(
        "path",
        metavar="PATH",
        help="a recipe file (its recipe() is called) or a module, pkg.mod or pkg.mod:function",
    )
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("--brand", default=None, help="render and check in this brand")
    parser.add_argument("--size", default=None, help="render and check at this size preset")


def run(args: argparse.Namespace) -> int:
    """Run ``housestyle check``: print the findings; 1 when there are errors, else 0."""
    function, _ = chart_function(args.path, field="PATH", prefix="housestyle_check")
    with style(args.brand, args.size):  # checked as drawn: in the brand's rcParams
        fig = run_recipe(function, finish=True)
        try:
            report = check(fig, brand=args.brand)
        finally:
            plt.close(fig)
    print(report.to_json() if args.json else report)
    return 0 if report.ok else 1
