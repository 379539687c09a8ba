"""describe(): every cookbook recipe in every shipped brand, held against its own CSV.

For each recipe the alt text fits in 250 characters, and every number the long
description states appears in the CSV written beside the chart, or is computed from
it (a count of its rows or groups, an extreme, a correlation), or is a reference line
the JSON lists (:func:`tests.readback.unaccounted`). The author's own words (title,
subtitle, source, axis titles) and the names in the data are set aside first: their
numbers are quoted, not computed.

The checks for readers (colour used alone, a second y axis) are tested here too.
Recipes are run once per module (the machine is shared).
"""

from __future__ import annotations

import io
import json
import re
from functools import cache
from pathlib import Path
from typing import Any

import matplotlib.pyplot as plt
import pandas as pd
import pytest

import housestyle
from housestyle.batch._recipes import run_recipe
from tests.helpers import SLUGS, load, quick_or_slow
from tests.readback import MINUS, numbers_in, unaccounted

BRANDS = housestyle.brands()

# --------------------------------------------------------------------------- #
# Reading numbers written in the brand's form (tests/readback.py)
# --------------------------------------------------------------------------- #


def test_numbers_are_read_in_the_brands_form() -> None:
    assert numbers_in("from \u221212,345.6 to 7 and 0.0050") == [
        (-12345.6, 1),
        (7.0, 0),
        (0.005, 4),
    ]
    assert numbers_in("Q2 2008, x = 3") == [(2008.0, 0), (3.0, 0)]
    assert numbers_in("from \u2212$5.5tn to 12%") == [(-5.5, 1), (12.0, 0)]


# --------------------------------------------------------------------------- #
# Every recipe, once per brand
# --------------------------------------------------------------------------- #


@cache
def described(slug: str, brand: str, folder: Path) -> tuple[Any, pd.DataFrame | None, dict]:
    fig = run_recipe(load(slug).recipe, brand)
    try:
        description = housestyle.describe(fig)
        written = housestyle.export(fig, folder / f"{slug}-{brand}", formats=("json",), data=True)
    finally:
        plt.close(fig)
    names = {p.suffix: p for p in written}
    meta = json.loads(names[".json"].read_text(encoding="utf-8"))
    frame = pd.read_csv(names[".csv"]) if ".csv" in names else None
    return description, frame, meta


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("described")


@pytest.mark.parametrize("brand", BRANDS)
@pytest.mark.parametrize("slug", [quick_or_slow(slug) for slug in SLUGS])
def test_every_recipe_is_described_from_its_own_data(slug: str, brand: str, folder: Path) -> None:
    description, frame, meta = described(slug, brand, folder)
    assert 0 < len(description.alt) <= 250, description.alt
    assert meta["brand"] == brand
    assert meta["long_description"]
    if frame is None:  # no readable data: the JSON says so and the text does not invent any
        assert meta["data"]["readable"] is False and meta["data"]["not_read"]
        assert "cannot be read" in description.long
        return
    assert meta["data"]["columns"] == [str(c) for c in frame.columns]
    assert len(frame) == meta["data"]["rows"] > 0
    assert unaccounted(description.long, frame, meta) == [], description.long
    assert unaccounted(description.alt, frame, meta) == [], description.alt


@pytest.mark.parametrize("brand", BRANDS)
def test_negative_numbers_take_the_brands_minus(brand: str, folder: Path) -> None:
    description, frame, _ = described("mpl_growth_columns", brand, folder)
    assert frame is not None and (frame.select_dtypes("number") < 0).any().any()
    minus = MINUS if housestyle.load_brand(brand).type.unicode_minus else "-"
    assert f"{minus}1.65" in description.long


def test_the_data_cannot_be_read_from_hand_drawn_tiles(folder: Path) -> None:
    description, frame, meta = described("mpl_tile_map", "ou", folder)
    assert frame is None
    assert meta["data"] == {
        "readable": False,
        "columns": [],
        "rows": 0,
        "not_read": ["shapes drawn by hand"],
    }
    assert description.alt == "Chart whose data cannot be read."


def test_a_direct_labelled_line_chart_names_its_lines(folder: Path) -> None:
    for slug in ("mpl_lines_labelled", "p9_lines_labelled"):
        description, frame, _ = described(slug, "ou", folder)
        assert frame is not None
        austin = frame[frame["series"] == "Austin"]
        last = austin.iloc[-1]
        assert description.alt.endswith(
            f"Austin ends highest, at {last.iloc[-1]:,.0f} in 2014; Fort Worth ends lowest, "
            f"at {frame[frame['series'] == 'Fort Worth'].iloc[-1].iloc[-1]:,.0f}."
        ), description.alt


def test_a_highlighted_bar_is_named_with_its_value(folder: Path) -> None:
    for slug in ("mpl_highlight_bar", "p9_highlight_bar"):
        description, frame, _ = described(slug, "ou", folder)
        assert frame is not None
        subaru = frame[frame.eq("Subaru").any(axis=1)].select_dtypes("number").iloc[0, 0]
        assert f"Subaru is highlighted, at {subaru:.1f}." in description.alt


# --------------------------------------------------------------------------- #
# Checks for readers
# --------------------------------------------------------------------------- #


def _rules(fig: Any) -> set[str]:
    report = housestyle.check(fig)
    return {f.rule for f in report.warnings}


def _lines(labelled: bool, dashed: bool = False) -> Any:
    with housestyle.style("ou"):
        fig, ax = plt.subplots()
        for i, colour in enumerate(housestyle.palette(n=3)):
            ax.plot(
                [0, 1, 2],
                [i, i + 1, i * 2],
                color=colour,
                linestyle="--" if dashed and i else "-",
                label=f"s{i}",
            )
            if labelled:
                ax.text(2.1, i * 2, f"s{i}", color=colour)
        if not labelled:
            ax.legend()
        return housestyle.finalise(fig, title="T", source="S", alt="A")


def test_series_told_apart_by_colour_alone_get_a_warning() -> None:
    assert "colour_alone" in _rules(_lines(labelled=False))


def test_direct_labels_or_dashes_tell_series_apart() -> None:
    assert "colour_alone" not in _rules(_lines(labelled=True))
    assert "colour_alone" not in _rules(_lines(labelled=False, dashed=True))


@pytest.mark.parametrize("slug", ["mpl_lines_labelled", "p9_lines_labelled", "mpl_highlight_line"])
def test_the_cookbooks_labelled_lines_pass(slug: str) -> None:
    fig = run_recipe(load(slug).recipe, "ou")
    assert "colour_alone" not in _rules(fig)


def test_a_ggplot_with_a_colour_legend_only_gets_the_warning() -> None:
    from plotnine import aes, geom_line, ggplot

    frame = pd.DataFrame({"x": [0, 1, 0, 1], "y": [1, 2, 2, 1], "g": ["a", "a", "b", "b"]})
    with housestyle.style("ou"):
        fig = housestyle.finalise(
            ggplot(frame, aes("x", "y", colour="g")) + geom_line(), title="T", source="S", alt="A"
        )
    assert "colour_alone" in _rules(fig)


def test_a_line_at_zero_under_bars_is_their_baseline_not_a_reference() -> None:
    """Bars start at zero: ``ax.axvline(0)`` under them (or ``geom_hline`` at 0 under
    columns) draws their baseline, which the description does not point a reader to, in
    both libraries alike. A line at zero across a line chart is a reference, and is said;
    so is a line at another value under bars."""
    from plotnine import aes, geom_col, geom_hline, ggplot

    names, values = ["North", "South", "East"], [4.0, -2.5, 3.0]
    with housestyle.style("ou"):
        fig, ax = plt.subplots()
        ax.barh(names, values)
        ax.axvline(0, color="#222222")
        ax.axvline(3.5, color="#222222", linestyle="--")
        bars = housestyle.describe(housestyle.finalise(fig, title="Growth", source="Made up"))
        fig, ax = plt.subplots()
        ax.plot([2020, 2021, 2022], values)
        ax.axhline(0, color="#222222")
        line = housestyle.describe(housestyle.finalise(fig, title="Growth", source="Made up"))
    frame = pd.DataFrame({"region": names, "growth": values})
    columns = ggplot(frame, aes("region", "growth")) + geom_col() + geom_hline(yintercept=0)
    gg = housestyle.describe(housestyle.finalise(columns, title="Growth", source="Made up"))
    assert "x = 0" not in bars.long and "reference line at x = 3.5" in bars.long, bars.long
    assert "reference line" not in gg.long, gg.long
    assert "reference line at y = 0" in line.long, line.long


def test_points_of_one_collection_are_a_series_for_each_colour_the_legend_names() -> None:
    """seaborn's ``scatterplot(hue=)`` draws all points in one collection, each in its
    region's colour: it was read as 40 points of "North". Each named colour is a series;
    points in colours no legend names stay one set."""
    sns = pytest.importorskip("seaborn")
    frame = pd.DataFrame(
        {
            "income": [float(v) for v in range(10, 50)],
            "life": [60.0 + (v % 7) for v in range(40)],
            "region": ["North", "South"] * 20,
        }
    )
    with housestyle.style():
        fig, ax = plt.subplots()
        sns.scatterplot(frame, x="income", y="life", hue="region", ax=ax)
        hued = housestyle.describe(housestyle.finalise(fig, title="Life", source="Made up"))
        fig, ax = plt.subplots()
        ax.scatter(frame["income"], frame["life"], c=["#1f5c99", "#df1f69"] * 20)
        plain = housestyle.describe(housestyle.finalise(fig, title="Life", source="Made up"))
    assert "2 series: North and South" in hued.long, hued.long
    assert "North: 20 points" in hued.long and "South: 20 points" in hued.long
    assert "40 points" in plain.long and "series" not in plain.long, plain.long


def test_a_second_y_axis_gets_a_warning() -> None:
    with housestyle.style("ou"):
        fig, ax = plt.subplots()
        ax.plot([0, 1, 2], [1, 2, 3])
        ax.twinx().plot([0, 1, 2], [300, 100, 200], color="C1", linestyle="--")
        fig = housestyle.finalise(fig, title="T", source="S", alt="A")
    report = housestyle.check(fig)
    found = [f for f in report.warnings if f.rule == "second_y_axis"]
    assert len(found) == 1 and "two y axes" in found[0].message
    with housestyle.style("ou"):
        fig, (top, bottom) = plt.subplots(2, sharex=True)
        top.plot([0, 1], [1, 2])
        bottom.plot([0, 1], [3, 1])
        fig = housestyle.finalise(fig, title="T", source="S", alt="A")
    assert "second_y_axis" not in _rules(fig)


def test_a_finalised_ggplot_is_built_once_for_every_reading(monkeypatch) -> None:
    """Each export of a finalised ggplot (CSV, JSON, PDF, SVG) describes it; the plot the
    record keeps never changes, so it is built once, and every reading is the same."""
    from plotnine import aes, geom_col, ggplot

    frame = pd.DataFrame({"party": ["A", "B", "C"], "seats": [120, 80, 45]})
    with housestyle.style("ou"):
        fig = housestyle.finalise(
            ggplot(frame, aes("party", "seats")) + geom_col(), title="T", source="S", alt="A"
        )
    builds = []
    build = type(housestyle.finalised(fig).spec)._build
    monkeypatch.setattr(
        type(housestyle.finalised(fig).spec), "_build", lambda self: builds.append(1) or build(self)
    )
    first, second = housestyle.describe(fig), housestyle.describe(fig)
    assert len(builds) == 1
    assert first.long == second.long and "120" in first.long
    assert first.alt == second.alt


def test_a_ggplots_categories_are_read_in_the_axis_order_with_their_lines_joined() -> None:
    """The twin of a matplotlib bar chart reads the same: its categories in the order the
    axis shows them (not the data's), and a name broken over lines ("Two-\\nseater") as
    written, in the description and the CSV."""
    from plotnine import aes, geom_col, ggplot

    order = ["Compact", "Two-\nseater", "Mid-\nsize", "Bus and\ntrain"]
    frame = pd.DataFrame(
        {
            "name": pd.Categorical(
                ["Bus and\ntrain", "Compact", "Mid-\nsize", "Two-\nseater"], order
            ),
            "value": [4.0, 9.0, 6.0, 7.0],
        }
    )
    with housestyle.style("ou"):
        fig = housestyle.finalise(
            ggplot(frame, aes("name", "value")) + geom_col(), title="T", source="S", alt="A"
        )
    description = housestyle.describe(fig)
    assert "4 categories: Compact, Two-seater, Mid-size and Bus and train" in description.long
    rows = housestyle.output.to_bytes(fig, ["csv"])["csv"].decode().splitlines()[1:]
    assert [row.split(",")[0] for row in rows] == [
        "Compact",
        "Two-seater",
        "Mid-size",
        "Bus and train",
    ]


def test_a_flipped_ggplots_categories_are_read_from_the_top() -> None:
    """Up a flipped axis the first category is at the bottom; a reader meets the top one
    first, and the headline of a sorted bar chart is usually about it."""
    from plotnine import aes, coord_flip, geom_col, ggplot

    order = ["Dodge", "Ford", "Honda"]  # bottom to top
    frame = pd.DataFrame({"maker": pd.Categorical(["Ford", "Honda", "Dodge"], order)})
    frame["mpg"] = [19.4, 32.6, 17.9]
    with housestyle.style("ou"):
        fig = housestyle.finalise(
            ggplot(frame, aes("maker", "mpg")) + geom_col() + coord_flip(),
            title="T",
            source="S",
            alt="A",
        )
    assert "3 categories: Honda, Ford and Dodge" in housestyle.describe(fig).long
    from plotnine import geom_point

    with housestyle.style("ou"):  # the categories on y without a flip: read the same
        fig = housestyle.finalise(
            ggplot(frame, aes("mpg", "maker")) + geom_point(), title="T", source="S", alt="A"
        )
    assert "3 categories: Honda, Ford and Dodge" in housestyle.describe(fig).long


@pytest.mark.parametrize("inverted", [False, True])
def test_a_horizontal_charts_categories_are_read_from_the_top(inverted: bool) -> None:
    """matplotlib numbers categories up the y axis from the bottom; the twin of a
    flipped ggplot is read as it is, from the top (an inverted axis: its first)."""
    with housestyle.style("ou"):
        fig, ax = plt.subplots()
        ax.barh(["Dodge", "Ford", "Honda"], [17.9, 19.4, 32.6])
        if inverted:
            ax.invert_yaxis()
        fig = housestyle.finalise(fig, title="T", source="S", alt="A")
    listed = "Dodge, Ford and Honda" if inverted else "Honda, Ford and Dodge"
    assert f"3 categories: {listed}" in housestyle.describe(fig).long


def test_categories_the_ticks_leave_unlabelled_keep_their_own_names() -> None:
    """An age pyramid labels every other band; each bar is still read under its own band
    (the chart's category names), not the nearest label's."""
    bands = ["0-4", "5-9", "10-14", "15-19", "20-24", "25-29"]
    with housestyle.style("ou"):
        fig, ax = plt.subplots()
        ax.barh(bands, [9.0, 8.0, 7.0, 6.0, 5.0, 4.0])
        ax.set_yticks(range(0, len(bands), 2), bands[::2])
        fig = housestyle.finalise(fig, title="T", source="S", alt="A")
    assert "6 categories: 25-29, 20-24, 15-19, 10-14, 5-9 and 0-4" in housestyle.describe(fig).long
    rows = housestyle.output.to_bytes(fig, ["csv"])["csv"].decode().splitlines()[1:]
    assert [row.split(",")[-1] for row in rows] == bands[::-1]


# --------------------------------------------------------------------------- #
# An axis that writes sizes on both sides of zero (a population pyramid)
# --------------------------------------------------------------------------- #


@pytest.mark.parametrize(
    ("ticks", "sizes"),
    [
        ([(-10.0, "10"), (-5.0, "5"), (0.0, "0"), (5.0, "5"), (10.0, "10")], True),
        ([(-0.1, "10%"), (0.0, "0%"), (0.1, "10%")], True),
        ([(-2.5, "2.5"), (0.0, "0"), (2.5, "2.5")], True),
        ([(-10.0, "\u221210"), (0.0, "0"), (10.0, "10")], False),  # signed: values
        ([(0.0, "0"), (5.0, "5"), (10.0, "10")], False),  # nothing below zero
        ([(-10.0, "10"), (0.0, "0"), (10.0, "20")], False),  # not the place's size
        ([(-10.0, "ten"), (0.0, "0")], False),
    ],
)
def test_an_axis_writing_sizes_both_ways_is_told_apart(ticks, sizes) -> None:
    from housestyle.description._model import writes_magnitudes

    assert writes_magnitudes(ticks) is sizes


MEN, WOMEN, BANDS = [-3.0, -5.0, -2.0], [2.5, 4.5, 3.5], ["0-19", "20-39", "40+"]


def test_a_pyramids_left_side_is_read_as_the_sizes_its_axis_shows() -> None:
    """Men drawn leftwards, the axis labelled 6, 4, 2, 0, 2...: read as sizes, as shown.

    Read as signed values, the biggest band was the "lowest" and the smallest the
    "highest", and the CSV disagreed with the axis the reader sees.
    """
    from matplotlib.ticker import FuncFormatter

    with housestyle.style("ou"):
        fig, ax = plt.subplots()
        ax.barh(BANDS, MEN, label="Men")
        ax.barh(BANDS, WOMEN, label="Women")
        ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{abs(v):g}"))
        ax.legend()
        fig = housestyle.finalise(fig, title="T", source="S", alt="A")
    long = housestyle.describe(fig).long
    assert "Men, from highest to lowest: 20-39 (5.0), 0-19 (3.0) and 40+ (2.0)" in long, long
    assert "shows values from 2 to 5" in long and "\u2212" not in long
    rows = housestyle.output.to_bytes(fig, ["csv"])["csv"].decode().splitlines()[1:]
    assert sorted(float(row.split(",")[1]) for row in rows if row.startswith("Men")) == [2, 3, 5]


def test_a_ggplot_pyramid_is_read_as_its_matplotlib_twin() -> None:
    from plotnine import aes, coord_flip, geom_col, ggplot, scale_y_continuous

    frame = pd.DataFrame(
        {"band": BANDS * 2, "people": MEN + WOMEN, "sex": ["Men"] * 3 + ["Women"] * 3}
    )
    plot = (
        ggplot(frame, aes("band", "people", fill="sex"))
        + geom_col()
        + coord_flip()
        + scale_y_continuous(labels=lambda breaks: [f"{abs(b):g}" for b in breaks])
    )
    long = housestyle.describe(housestyle.finalise(plot, title="T", source="S", alt="A")).long
    assert "Men, from highest to lowest: 20-39 (5.0), 0-19 (3.0) and 40+ (2.0)" in long, long


def test_signed_labels_keep_values_below_zero() -> None:
    with housestyle.style("ou"):
        fig, ax = plt.subplots()
        ax.barh(BANDS, [-3.0, 5.0, -2.0])
        fig = housestyle.finalise(fig, title="T", source="S", alt="A")
    assert "40+ (\u22122) and 0-19 (\u22123)" in housestyle.describe(fig).long


# --------------------------------------------------------------------------- #
# Number-like category names (years as text, pandas' bars of an index)
# --------------------------------------------------------------------------- #


def _years_as_bars(how: str):
    with housestyle.style("ou"):
        if how == "pandas":
            ax = pd.DataFrame({"v": [3.0, 5.0, 4.0]}, index=[2019, 2020, 2021]).plot.bar(
                legend=False
            )
            fig = ax.figure
        else:
            fig, ax = plt.subplots()
            ax.bar(["2019", "2020", "2021"], [3.0, 5.0, 4.0])
    return housestyle.finalise(fig, title="T", source="S", alt="A")


@pytest.mark.parametrize("how", ["pandas", "strings"])
def test_bars_named_by_years_are_read_under_their_years(how) -> None:
    """pandas draws the bars of an index of years at 0, 1, 2 and labels them "2019"...;
    ``ax.bar(["2019", ...])`` names them by category units. Both were read as the numbers
    of their places ("1 (5)"): number-like labels at fixed whole places they do not
    measure, and category units' names, are names, and years one after another a span."""
    fig = _years_as_bars(how)
    long = housestyle.describe(fig).long
    assert "The x axis runs from 2019 to 2021" in long, long
    assert "2020 (5" in long and "0 (3" not in long, long
    table = pd.read_csv(io.BytesIO(housestyle.output.to_bytes(fig, ["csv"])["csv"]))
    assert table["x"].astype(str).tolist() == ["2019", "2020", "2021"]


def test_numbers_at_their_own_places_stay_numbers() -> None:
    from matplotlib.ticker import PercentFormatter

    with housestyle.style("ou"):
        fig, ax = plt.subplots()
        ax.plot([0, 1, 2, 3], [0.1, 0.5, 0.3, 0.2])
        ax.set_xticks([0, 1, 2, 3])  # fixed, and each label its place's number
        ax.set_yticks([0, 0.5, 1])
        ax.yaxis.set_major_formatter(PercentFormatter(1))  # a unit, not names
    long = housestyle.describe(housestyle.finalise(fig, title="T", source="S", alt="A")).long
    assert "The x axis shows values from 0 to 3" in long and "from 10% to 50%" in long, long


def test_a_legend_of_colours_and_a_legend_of_dashes_name_each_line_by_both() -> None:
    """The legend seaborn draws for hue= and style=, drawn by hand: each line is named by
    its colour's entry and its dashes' (the seaborn chart itself is the slow test below)."""
    from matplotlib.lines import Line2D

    with housestyle.style("ou") as brand:
        fig, ax = plt.subplots()
        first, second = housestyle.palette(n=2)
        for colour, dashes in ((first, ""), (first, "--"), (second, ""), (second, "--")):
            ax.plot([0, 1, 2], [1, 2, 3], color=colour, linestyle=dashes or "-")
        keys = [Line2D([], [], color=c) for c in (first, second)]
        keys += [Line2D([], [], color=brand.colours.grey, linestyle=d) for d in ("-", "--")]
        ax.legend(keys, ["England", "Wales", "Men", "Women"])
    long = housestyle.describe(housestyle.finalise(fig, title="T", source="S", alt="A")).long
    assert "England (Men), England (Women), Wales (Men) and Wales (Women)" in long, long


@pytest.mark.slow
def test_lines_keyed_by_colour_and_by_dashes_are_named_by_both() -> None:
    """seaborn's lineplot(hue=, style=) keys nation by colour and sex by dashes: four
    lines were named "England", "England", "Wales", "Wales"."""
    import seaborn as sns

    frame = pd.DataFrame(
        {
            "year": list(range(2010, 2015)) * 4,
            "rate": [1.0, 2, 3, 4, 5, 2, 3, 4, 5, 6, 3, 4, 5, 6, 7, 4, 5, 6, 7, 8],
            "nation": ["England"] * 5 + ["Wales"] * 5 + ["England"] * 5 + ["Wales"] * 5,
            "sex": ["Men"] * 10 + ["Women"] * 10,
        }
    )
    with housestyle.style("ou"):
        fig, ax = plt.subplots()
        sns.lineplot(frame, x="year", y="rate", hue="nation", style="sex", errorbar=None, ax=ax)
    long = housestyle.describe(housestyle.finalise(fig, title="T", source="S", alt="A")).long
    names = "England (Men), England (Women), Wales (Men) and Wales (Women)"
    assert f"4 series: {names}" in long, long


def test_a_dashed_line_without_a_legend_of_dashes_keeps_its_name() -> None:
    with housestyle.style("ou"):
        fig, ax = plt.subplots()
        ax.plot([0, 1, 2], [1, 2, 3], label="Forecast", linestyle="--")
        ax.plot([0, 1, 2], [2, 2, 1], label="Outturn")
        ax.legend()
    long = housestyle.describe(housestyle.finalise(fig, title="T", source="S", alt="A")).long
    assert "2 series: Forecast and Outturn" in long, long


# --------------------------------------------------------------------------- #
# Segments that mark a level or a moment, and pointers: references, not data
# --------------------------------------------------------------------------- #

YEARS = list(range(2000, 2011))
LEVELS = [5.0, 6, 5, 7, 6, 8, 7, 9, 8, 10, 9]


def test_a_level_marked_across_some_years_is_a_reference_in_both_libraries() -> None:
    """The period averages of mpl_annotated were read as ranges across the years, which
    put 1972 on the y axis ("shows values from 576 to 1972"); its twin read its pointer
    arrows as ranges and a curved arrow as a second line."""
    from plotnine import aes, annotate, arrow, geom_line, ggplot

    with housestyle.style("ou"):
        fig, ax = plt.subplots()
        ax.plot(YEARS, LEVELS)
        ax.hlines(5.5, 2000, 2004, colors="grey", linestyles="--")
        ax.plot([2000, 2010], [8.5, 8.5], color="grey", linestyle="--")
    mpl_long = housestyle.describe(housestyle.finalise(fig, title="T", source="S", alt="A")).long
    plot = (
        ggplot(pd.DataFrame({"year": YEARS, "level": LEVELS}), aes("year", "level"))
        + geom_line()
        + annotate("segment", x=2000, xend=2004, y=5.5, yend=5.5, linetype="dashed")
        + annotate("segment", x=2000, xend=2010, y=8.5, yend=8.5, linetype="dashed")
        + annotate("segment", x=2002, xend=2002, y=9.5, yend=5.6, arrow=arrow())
    )
    p9_long = housestyle.describe(housestyle.finalise(plot, title="T", source="S", alt="A")).long
    for long in (mpl_long, p9_long):
        assert "the y axis shows values from 5 to 10" in long, long
        assert re.search(r"reference lines at y = (5\.5 and y = 8\.5|8\.5 and y = 5\.5)", long)
        assert "range" not in long and "Line 2" not in long, long


def test_rules_up_from_the_axis_drawn_dashed_mark_moments() -> None:
    """p9_event_markers' presidencies, drawn with geom_segment up to their labels."""
    from plotnine import aes, geom_line, geom_segment, ggplot

    events = pd.DataFrame({"start": [2003, 2008], "top": [9.0, 9.0]})
    plot = (
        ggplot(pd.DataFrame({"year": YEARS, "level": LEVELS}), aes("year", "level"))
        + geom_segment(aes(x="start", xend="start", y=0, yend="top"), data=events, linetype="--")
        + geom_line()
    )
    long = housestyle.describe(housestyle.finalise(plot, title="T", source="S", alt="A")).long
    assert "reference lines at x = 2003 and x = 2008" in long and "range" not in long, long


def test_segments_that_are_the_data_stay_data() -> None:
    """A dumbbell's solid bars between two values per category are its data."""
    from plotnine import aes, geom_point, geom_segment, ggplot

    frame = pd.DataFrame({"city": ["A", "B"], "first": [1.0, 2.0], "last": [3.0, 5.0]})
    plot = (
        ggplot(frame)
        + geom_segment(aes(x="first", xend="last", y="city", yend="city"))
        + geom_point(aes(x="first", y="city"))
        + geom_point(aes(x="last", y="city"))
    )
    long = housestyle.describe(housestyle.finalise(plot, title="T", source="S", alt="A")).long
    assert "B 2 to 5; A 1 to 3" in long and "reference" not in long, long


def test_error_bars_say_their_intervals() -> None:
    """``ax.errorbar`` of means with intervals was described by its means alone, where
    its plotnine twin (points and ranges) stated each interval."""
    with housestyle.style("ou"):
        fig, ax = plt.subplots()
        ax.errorbar([24.8, 28.1], ["Two-seater", "Compact"], xerr=[1.6, 1.1], fmt="o")
    long = housestyle.describe(housestyle.finalise(fig, title="T", source="S", alt="A")).long
    assert "Compact 27.0 to 29.2; Two-seater 23.2 to 26.4." in long, long
    assert "Highest 28.1 for Compact" in long, long


# --------------------------------------------------------------------------- #
# Series named by a note at their end; markers drawn on a line
# --------------------------------------------------------------------------- #


def _ranked(note: str | None = None):
    with housestyle.style("ou"):
        fig, ax = plt.subplots()
        for name, ranks in {"Austin": [3, 2, 1], "Dallas": [1, 3, 2], "Houston": [2, 1, 3]}.items():
            ax.plot([2000, 2001, 2002], ranks, color="grey")
            ax.scatter([2000, 2001, 2002], ranks, color="grey")
            ax.annotate(note or name, (2002, ranks[-1]), xytext=(4, 0), textcoords="offset points")
    return housestyle.finalise(fig, title="T", source="S", alt="A")


def test_series_are_named_by_the_notes_at_their_ends_and_markers_are_not_series() -> None:
    """mpl_bump_chart names each market at its line's ends, and draws a dot at each rank:
    it was described as "7 lines without names" and "Points 8: 15 points"."""
    long = housestyle.describe(_ranked()).long
    assert "3 series: Austin, Dallas and Houston" in long, long
    assert "Austin fell from 3 in 2000 to 1 in 2002" in long, long
    assert "points" not in long, long


def test_a_sentence_at_a_series_end_is_a_note_not_its_name() -> None:
    long = housestyle.describe(_ranked("On average, the ranks swapped")).long
    assert "On average" not in long.split("Source")[0].replace("titled", ""), long


def test_a_highlighted_series_across_categories_has_its_values_said() -> None:
    """A dumbbell's later dots, highlighted, were named and their values never said."""
    with housestyle.style("ou") as brand:
        fig, ax = plt.subplots()
        ax.scatter([1.0, 2.0], ["A", "B"], color=brand.colours.grey, label="2005")
        ax.scatter([3.0, 5.0], ["A", "B"], color=brand.colours.highlight, label="2014")
        ax.legend()
    long = housestyle.describe(housestyle.finalise(fig, title="T", source="S", alt="A")).long
    assert "2014 is highlighted. Highest 5 for B, lowest 3 for A." in long, long


def test_a_line_climbing_an_upside_down_axis_went_there() -> None:
    """Rank 1 at the top: Fort Bend climbed from 6th to 2nd, which was "fell from 6"."""
    from plotnine import aes, geom_line, geom_point, ggplot, scale_y_reverse

    frame = pd.DataFrame({"year": [2000, 2001, 2002] * 2, "rank": [6, 4, 2, 1, 2, 3]})
    frame["market"] = ["Fort Bend"] * 3 + ["Austin"] * 3
    plot = (
        ggplot(frame, aes("year", "rank", group="market"))
        + geom_line()
        + geom_point()
        + scale_y_reverse()
    )
    long = housestyle.describe(housestyle.finalise(plot, title="T", source="S", alt="A")).long
    assert "went from 6 in 2000 to 2 in 2002" in long and "fell" not in long, long
    assert "points" not in long, "the dots on the lines are their markers"
    with housestyle.style("ou"):
        fig, ax = plt.subplots()
        ax.plot([2000, 2001, 2002], [6, 4, 2], label="Fort Bend")
        ax.invert_yaxis()
    long = housestyle.describe(housestyle.finalise(fig, title="T", source="S", alt="A")).long
    assert "Fort Bend went from 6 in 2000 to 2 in 2002" in long, long


def test_a_ggplot_line_is_named_by_the_text_at_its_end() -> None:
    """p9_bump_chart writes each market at its line's ends with geom_text(nudge_x=):
    its lines were "Line 4", "Line 5"... where its matplotlib twin named them."""
    from plotnine import aes, geom_line, geom_text, ggplot, scale_y_reverse

    frame = pd.DataFrame({"year": [2000, 2001, 2002] * 2, "rank": [6, 4, 2, 1, 2, 3]})
    frame["market"] = ["Fort Bend"] * 3 + ["Austin"] * 3
    last = frame[frame["year"] == 2002]
    plot = (
        ggplot(frame, aes("year", "rank", group="market"))
        + geom_line()
        + geom_text(aes(label="market"), data=last, nudge_x=0.3)
        + scale_y_reverse()
    )
    long = housestyle.describe(housestyle.finalise(plot, title="T", source="S", alt="A")).long
    assert "2 series: Austin and Fort Bend" in long, long
    assert "Fort Bend went from 6 in 2000 to 2 in 2002" in long, long
