"""Twins are the same chart: every ``mpl_X`` and ``p9_X`` pair shows the same thing.

The same data, period, headline, subtitle, source and note, the same values drawn in
the same colour per series; only what the library does differently may differ. The
texts come from the finish record, the values and colours from the matplotlib artists
and from the ggplot's built layer data (see ``tests/twins.py``).
"""

from __future__ import annotations

import copy

import matplotlib.pyplot as plt
import pytest

import housestyle
from housestyle.batch._recipes import run_recipe
from tests.helpers import SLUGS, first_quick, load
from tests.twins import read_twin

PAIRS = sorted(s[4:] for s in SLUGS if s.startswith("mpl_") and f"p9_{s[4:]}" in SLUGS)

#: Axes that place categories (bars, tiles, columns) rather than carry values: their
#: positions differ by library (0-based, 1-based, dodge widths) and are not compared.
POSITIONS: dict[str, tuple[str, ...]] = {
    "bar_sorted": ("y",),
    "box_plot": ("y",),
    "contributions": ("x",),
    "error_bars": ("y",),
    "growth_columns": ("x",),
    "grouped_bar": ("x",),
    "heatmap": ("x", "y"),
    "highlight_bar": ("y",),
    "stacked_100": ("y",),
    "strip_plot": ("y",),
    "tile_map": ("x", "y"),
    "waterfall": ("x",),
}


def _pair(name: str) -> tuple[plt.Figure, plt.Figure]:
    return run_recipe(load(f"mpl_{name}").recipe), run_recipe(load(f"p9_{name}").recipe)


def test_every_pair_is_found() -> None:
    assert len(PAIRS) >= 20, PAIRS
    assert {"line", "indexed_lines", "event_markers", "bump_chart"} <= set(PAIRS)


@pytest.mark.parametrize("name", first_quick(PAIRS))
def test_twins_are_the_same_chart(name: str) -> None:
    mpl, p9 = _pair(name)
    try:
        twin = read_twin(mpl, p9, POSITIONS.get(name, ()))
    finally:
        plt.close(mpl)
        plt.close(p9)
    assert twin.mpl and twin.p9, "each twin draws marks with values"
    assert not twin.differences(), "\n".join(twin.differences())


# --------------------------------------------------------------------------- the test bites


def test_a_changed_title_fails_the_twin_test() -> None:
    mpl, p9 = _pair("line")
    try:
        assert not read_twin(mpl, p9).differences(), "the pair starts out the same"
        housestyle.finalise(mpl, title="Another headline")
        differences = read_twin(mpl, p9).differences()
    finally:
        plt.close(mpl)
        plt.close(p9)
    assert len(differences) == 1 and differences[0].startswith("title: 'Another headline'")


def test_one_changed_value_fails_the_twin_test() -> None:
    mpl, p9 = _pair("line")
    try:
        line = max(mpl.axes[0].lines, key=lambda artist: len(artist.get_ydata()))
        ys = line.get_ydata().copy()
        ys[100] = ys[100] * 1.01
        line.set_ydata(ys)
        differences = read_twin(mpl, p9).differences()
    finally:
        plt.close(mpl)
        plt.close(p9)
    assert any("only in matplotlib" in d for d in differences), differences
    assert any("only in plotnine" in d for d in differences), differences


def test_one_changed_value_in_the_ggplot_fails_the_twin_test() -> None:
    mpl, p9 = _pair("indexed_lines")
    spec = copy.deepcopy(housestyle.finalised(p9).spec)
    data = spec.data.copy()
    data.loc[data.index[3], "index"] += 1.0
    spec.data = data
    changed = housestyle.finalise(spec)
    try:
        differences = read_twin(mpl, changed).differences()
    finally:
        for fig in (mpl, p9, changed):
            plt.close(fig)
    assert any("only in plotnine" in d for d in differences), differences


def test_a_changed_colour_fails_the_twin_test() -> None:
    mpl, p9 = _pair("line")
    try:
        line = max(mpl.axes[0].lines, key=lambda artist: len(artist.get_ydata()))
        line.set_color(housestyle.current_brand().colours.highlight)
        differences = read_twin(mpl, p9).differences()
    finally:
        plt.close(mpl)
        plt.close(p9)
    assert any("only in plotnine" in d for d in differences), differences
