"""Time finalise + export of users' own charts against a bare savefig of the same chart.

Users' charts as they write them (``tests/users/``: a subplot mosaic, a pandas line, a
seaborn bar chart with hue, a plotnine facet grid) and a 16-axes seaborn ``pairplot``,
each built and written with a plain ``savefig`` (no title block, no footer), and built,
``housestyle.finalise``-d and ``housestyle.export``-ed, per format. Each pair is timed in
turn (ABAB...) with the process's CPU clock, so a machine shared with other work inflates
neither side; the ratio is what counts (targets: PNG at most 1.15, PDF at most 1.4).

    python bench/bench_users.py [--runs 7] [--clock wall]
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import tempfile
import time
import warnings
from collections.abc import Callable
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

import housestyle  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.users import mpl_charts, pandas_seaborn_charts, plotnine_charts  # noqa: E402, F401
from tests.users.registry import CHARTS  # noqa: E402

TARGETS = {"png": 1.15, "pdf": 1.4}
USERS = (
    "mpl_subplot_mosaic",
    "pandas_line",
    "seaborn_barplot_with_hue",
    "p9_facet_wrap_six_panels",
)


def pairplot() -> plt.Figure:
    """A seaborn pairplot of four measurements in three groups: 16 axes."""
    import seaborn as sns

    rng = np.random.default_rng(3)
    groups = np.repeat(["Adelie", "Gentoo", "Chinstrap"], 60)
    base = rng.normal(size=(180, 4)) + np.repeat(np.arange(3), 60)[:, None]
    frame = pd.DataFrame(base, columns=["bill length", "bill depth", "flipper", "mass"])
    frame["species"] = groups
    with housestyle.style():
        return sns.pairplot(frame, hue="species", height=1.6).figure


def charts() -> dict[str, Callable[[], object]]:
    found: dict[str, Callable[[], object]] = {name: CHARTS[name].make for name in USERS}
    found["seaborn_pairplot_16_axes"] = pairplot
    return found


def bare(make: Callable[[], object], fmt: str) -> None:
    chart = make()
    fig = chart if isinstance(chart, plt.Figure) else chart.draw()  # type: ignore[attr-defined]
    fig.savefig(io.BytesIO(), format=fmt)
    plt.close(fig)


def ours(make: Callable[[], object], fmt: str, folder: Path) -> None:
    fig = housestyle.finalise(make(), title="A user's chart", source="bench", alt="bench")
    housestyle.export(fig, folder / "chart", formats=[fmt])
    plt.close(fig)


def paired(
    first: Callable[[], None], second: Callable[[], None], runs: int, clock: Callable[[], float]
) -> tuple[float, float]:
    """Median seconds of two actions timed in turn, after one warm-up each."""
    first()
    second()
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(runs):
        for action, found in ((first, times[0]), (second, times[1])):
            start = clock()
            action()
            found.append(clock() - start)
    return statistics.median(times[0]), statistics.median(times[1])


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--clock", choices=("cpu", "wall"), default="cpu")
    parser.add_argument("--format", dest="formats", action="append", choices=("png", "pdf", "svg"))
    parser.add_argument("charts", nargs="*")
    args = parser.parse_args(argv)
    clock = time.process_time if args.clock == "cpu" else time.perf_counter
    warnings.simplefilter("ignore")
    chosen = {k: v for k, v in charts().items() if not args.charts or k in args.charts}
    missed = 0
    with tempfile.TemporaryDirectory() as tmp:
        for name, make in chosen.items():
            for fmt in args.formats or ("png", "pdf"):
                plain, mine = paired(
                    lambda m=make, f=fmt: bare(m, f),
                    lambda m=make, f=fmt: ours(m, f, Path(tmp)),
                    args.runs,
                    clock,
                )
                ratio, target = mine / plain, TARGETS.get(fmt)
                verdict = "" if target is None else f"  (target <= {target})"
                if target is not None and ratio > target:
                    verdict += " MISSED"
                    missed += 1
                print(
                    f"{name:26} {fmt:3}  bare {plain * 1000:7.1f} ms  "
                    f"finalise+export {mine * 1000:7.1f} ms  ratio {ratio:.2f}{verdict}",
                    flush=True,
                )
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
