"""How long housestyle.check takes, against a bare ``fig.savefig`` PNG of the same figure.

Run: ``MPLBACKEND=Agg python bench/bench_check.py [RECIPE ...]``. Prints the median of
several runs for a finalised five-line chart, a 16-axes seaborn pairplot and cookbook
recipes (by default mpl_line, mpl_lines_labelled and p9_lines_labelled), and the ratio
to savefig. The target (issue 22): check() no more than 1.5 times a PNG savefig of the
same chart.
"""

from __future__ import annotations

import io
import statistics
import sys
import time
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import numpy as np

import housestyle
from housestyle.batch._recipes import load_recipe

ROOT = Path(__file__).resolve().parent.parent
RUNS = 7
DEFAULT_RECIPES = ("mpl_line", "mpl_lines_labelled", "p9_lines_labelled")


def five_lines() -> plt.Figure:
    rng = np.random.default_rng(7)
    years = np.arange(2000, 2025)
    with housestyle.style():
        fig, ax = plt.subplots()
        for name in ("North", "South", "East", "West", "Central"):
            ax.plot(years, 50 + rng.normal(0, 2, len(years)).cumsum(), label=name)
        ax.legend()
        return housestyle.finalise(
            fig,
            title="Five regions, five paths",
            subtitle="Index, 2000 = 50",
            source="Simulated data",
            alt="Five lines wander around 50 from 2000 to 2024.",
        )


def pairplot() -> plt.Figure:
    """A seaborn pairplot of four variables: 16 axes, finalised at web."""
    import pandas as pd
    import seaborn as sns

    rng = np.random.default_rng(3)
    frame = pd.DataFrame(rng.normal(size=(150, 4)), columns=["Height", "Weight", "Age", "Pay"])
    with housestyle.style():
        grid = sns.pairplot(frame)
        return housestyle.finalise(
            grid.figure,
            title="Four measures against each other",
            source="Simulated data",
            alt="A four by four grid of scatter plots and histograms.",
        )


def recipe(name: str) -> plt.Figure:
    return load_recipe(ROOT / "cookbook" / f"{name}.py", "bench").recipe()


def median_seconds(action) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def measure(label: str, fig: plt.Figure) -> None:
    savefig = median_seconds(lambda: fig.savefig(io.BytesIO(), format="png"))
    checked = median_seconds(lambda: housestyle.check(fig))
    report = housestyle.check(fig)
    print(
        f"{label:<28} check {checked:6.3f} s   savefig png {savefig:6.3f} s   "
        f"ratio {checked / savefig:4.2f}   ({len(report.errors)} errors, "
        f"{len(report.warnings)} warnings)"
    )
    plt.close(fig)


def main(names: list[str]) -> None:
    housestyle.check(five_lines())  # warm up imports (colorspacious, fonts)
    measure("five-line chart", five_lines())
    measure("16-axes pairplot", pairplot())
    for name in names or DEFAULT_RECIPES:
        measure(name, recipe(name))


if __name__ == "__main__":
    main(sys.argv[1:])
