"""How long the recipe x brand x preset matrix (tests/test_sizes_matrix.py) takes.

Run: ``MPLBACKEND=Agg python bench/bench_matrix.py [--workers N] [RECIPE ...]``.
Times one case of the matrix, split into its steps (running the recipe inside
``style(brand, size)``, which finalises it; ``check()``, which draws it once), for
each preset, over the recipes given (by default one matplotlib, one plotnine and one
table recipe); then the whole matrix's size, the time it would take on one core,
and on ``--workers`` cores (pytest-xdist's ``-n``), from those medians.

The aim: the matrix on CI in under five minutes with ``-n auto`` on two cores.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
import warnings
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt

import housestyle
from housestyle.batch._recipes import find_recipes, load_recipe, run_recipe

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_RECIPES = ("mpl_lines_labelled", "p9_lines_labelled", "table_ranked")
PRESETS = ("web", "web-wide", "web-tall", "social", "slide", "print-column", "print-page")
RUNS = 3


def one_case(function, brand: str, size: str) -> tuple[float, float]:
    """Seconds to run and finalise the recipe, and to check it."""
    start = time.perf_counter()
    fig = run_recipe(function, brand, size)
    made = time.perf_counter()
    housestyle.check(fig)
    checked = time.perf_counter()
    plt.close(fig)
    return made - start, checked - made


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("recipes", nargs="*", default=list(DEFAULT_RECIPES))
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args(argv)
    warnings.simplefilter("ignore")
    functions = {
        name: load_recipe(ROOT / "cookbook" / f"{name}.py", "bench").recipe for name in args.recipes
    }
    per_case = []
    print(f"{'preset':<14}{'recipe':<22}{'make s':>8}{'check s':>9}")
    for size in PRESETS:
        for name, function in functions.items():
            runs = [one_case(function, "ou", size) for _ in range(RUNS)]
            make = statistics.median(r[0] for r in runs)
            check = statistics.median(r[1] for r in runs)
            per_case.append(make + check)
            print(f"{size:<14}{name:<22}{make:>8.2f}{check:>9.2f}")
    recipes = len(find_recipes(ROOT / "cookbook")[0])
    cases = recipes * len(housestyle.brands()) * len(PRESETS)
    mean = statistics.mean(per_case)
    print(f"\nmean case: {mean:.2f} s; the matrix: {cases} cases")
    print(f"one core: {cases * mean / 60:.1f} min; {args.workers} workers: ", end="")
    print(f"{cases * mean / args.workers / 60:.1f} min")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
