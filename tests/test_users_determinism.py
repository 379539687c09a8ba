"""The same charts give the same bytes in every process, whatever its hash seed.

constrained layout's solver (kiwisolver) orders its sums by object identity and
string hashes, so the positions it returned differed in their last bits between
processes, and a clip edge or a few anti-aliased pixels with them (issue 12.12). Each
chart here is drawn in a fresh interpreter per ``PYTHONHASHSEED`` (0 to 5; 2 and 3 gave
other positions before the layout was quantised), and the PNG, SVG and PDF bytes and
the exact position of every axes are compared.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # fresh interpreters per hash seed: the full suite only

ROOT = Path(__file__).resolve().parent.parent
SEEDS = range(6)

#: Run in each process: draw every chart, print its files' hashes and axes positions.
SCRIPT = r"""
import hashlib, json
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np
import housestyle
from housestyle.output._export import to_bytes

def lines_from_the_origin():  # the chart of issue 12.12
    with housestyle.style():
        fig, axes = plt.subplots(1, 2)
        for ax in axes:
            for k in range(5):
                x = np.arange(0, 11)
                ax.plot(x, x * (k + 1), label=f"Series {k}")
        axes[0].legend()
    title = " ".join(f"word{i}" for i in range(40))
    return housestyle.finalise(fig, title=title, source="Somewhere")

def mosaic_with_colorbar():
    with housestyle.style():
        fig, axes = plt.subplot_mosaic("AB;CC")
        image = axes["A"].imshow(np.arange(30).reshape(5, 6))
        fig.colorbar(image, ax=axes["A"])
        axes["B"].bar(["a", "b", "c"], [3, -1, 2])
        axes["C"].plot(np.sin(np.linspace(0, 6, 50)))
    return housestyle.finalise(fig, title="A mosaic", source="Somewhere")

def facets():
    import pandas as pd
    from plotnine import aes, facet_wrap, geom_line, ggplot
    frame = pd.DataFrame(
        {"x": np.tile(np.arange(8), 4), "y": np.arange(32) % 7, "g": np.repeat(list("abcd"), 8)}
    )
    plot = ggplot(frame, aes("x", "y", colour="g")) + geom_line() + facet_wrap("g")
    plot += housestyle.theme_ou()
    return housestyle.finalise(plot, title="Facets", source="EPA")

out = {}
for chart in (lines_from_the_origin, mosaic_with_colorbar, facets):
    fig = chart()
    files = to_bytes(fig, ["png", "svg", "pdf"])
    out[chart.__name__] = {
        "files": {k: hashlib.sha256(v).hexdigest() for k, v in sorted(files.items())},
        "axes": [[repr(float(v)) for v in ax.get_position().bounds] for ax in fig.axes],
    }
print(json.dumps(out))
"""


def _run(seed: int) -> dict:
    env = {**os.environ, "PYTHONHASHSEED": str(seed), "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, cwd=ROOT
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def runs() -> dict[int, dict]:
    with ThreadPoolExecutor(max_workers=2) as pool:
        return dict(zip(SEEDS, pool.map(_run, SEEDS), strict=True))


@pytest.mark.parametrize("chart", ["lines_from_the_origin", "mosaic_with_colorbar", "facets"])
def test_same_bytes_and_positions_in_every_process(runs, chart):
    first = runs[SEEDS[0]][chart]
    for seed in SEEDS[1:]:
        assert runs[seed][chart]["axes"] == first["axes"], f"axes moved with PYTHONHASHSEED={seed}"
        assert runs[seed][chart]["files"] == first["files"], (
            f"bytes differ at PYTHONHASHSEED={seed}"
        )
