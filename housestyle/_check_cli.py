"""The ``housestyle check PATH`` command: render a recipe and print its check report."""

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


def run(args: argparse.Namespace) -> int:
    """Run ``housestyle check``: print the findings; 1 when there are errors, else 0."""
    function, _ = chart_function(args.path, field="PATH", prefix="housestyle_check")
    with style(args.brand):  # checked as it was drawn: in the brand's rcParams
        fig = run_recipe(function)
        try:
            report = check(fig, brand=args.brand)
        finally:
            plt.close(fig)
    print(report.to_json() if args.json else report)
    return 0 if report.ok else 1
