"""Time finalise + export against a bare savefig of the same chart, for both libraries.

For a five-series line chart in matplotlib and in plotnine, prints the median time of
building the chart and writing it with a plain ``fig.savefig`` (no title block, no footer)
and of building it, ``housestyle.finalise`` and ``housestyle.export``, per format, and the
ratio of the two (targets: PNG at most 1.15, PDF at most 1.4, with the fonts still embedded
as TrueType). ``--clock cpu`` times with the process's CPU clock, for a machine busy with
other work. ``bench/bench_users.py`` does the same for users' own charts.

    python bench/bench_finalise.py [--runs 11] [--clock cpu]
"""

from __future__ import annotations

import argparse
import io
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

import housestyle  # noqa: E402

FORMATS = ("png", "svg", "pdf")


def data() -> pd.DataFrame:
    rng = np.random.default_rng(1)
    years = np.arange(1970, 2020)
    return pd.DataFrame({f"Series {c}": np.cumsum(rng.normal(0, 1, 50)) for c in "ABCDE"}, years)


@housestyle.style()
def mpl_chart() -> plt.Figure:
    df = data()
    fig, ax = plt.subplots()
    for name in df:
        ax.plot(df.index, df[name], label=name)
    ax.legend()
    return fig


def ggplot_chart():
    from plotnine import aes, geom_line, ggplot

    long = data().reset_index(names="year").melt("year", var_name="series")
    return ggplot(long, aes("year", "value", colour="series")) + geom_line() + housestyle.theme_ou()


def bare(make: Callable, fmt: str) -> None:
    chart = make()
    fig = chart if isinstance(chart, plt.Figure) else chart.draw()
    fig.savefig(io.BytesIO(), format=fmt)
    plt.close(fig)


def ours(make: Callable, fmt: str, folder: Path) -> None:
    fig = housestyle.finalise(make(), title="Five series", subtitle="Random walks", source="bench")
    housestyle.export(fig, folder / "chart", formats=[fmt])
    plt.close(fig)


def paired_medians(
    first: Callable[[], None],
    second: Callable[[], None],
    runs: int,
    clock: Callable[[], float] = time.perf_counter,
) -> tuple[float, float]:
    """Median seconds of two actions, timed in turn (ABAB...) after one warm-up each.

    Timed in turn, a slow spell of the machine (a shared virtual machine has them)
    falls on both, so their ratio holds where two blocks of runs drift apart.
    """
    first()  # warm caches (fonts, logo, brand)
    second()
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(runs):
        for action, found in ((first, times[0]), (second, times[1])):
            start = clock()
            action()
            found.append(clock() - start)
    return statistics.median(times[0]), statistics.median(times[1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--clock", choices=("wall", "cpu"), default="wall")
    args = parser.parse_args()
    clock = time.process_time if args.clock == "cpu" else time.perf_counter
    with tempfile.TemporaryDirectory() as tmp:
        for label, make in (("matplotlib", mpl_chart), ("plotnine", ggplot_chart)):
            for fmt in FORMATS:
                plain, mine = paired_medians(
                    lambda m=make, f=fmt: bare(m, f),
                    lambda m=make, f=fmt: ours(m, f, Path(tmp)),
                    args.runs,
                    clock,
                )
                target = {"png": "  (target <= 1.15)", "pdf": "  (target <= 1.4)"}.get(fmt, "")
                print(
                    f"{label:10} {fmt:3}  bare savefig {plain * 1000:6.1f} ms   "
                    f"finalise+export {mine * 1000:6.1f} ms   ratio {mine / plain:.2f}{target}"
                )


if __name__ == "__main__":
    main()
