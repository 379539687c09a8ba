"""The check rules users' charts needed: the brand's font, figure-level placement, ramps.

Each rule has a chart that must fail it and one that must pass, written from what a
reader sees (a label in DejaVu Sans, a figure legend over the title or the data), not
from the implementation.
"""

from __future__ import annotations

from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest
from matplotlib.font_manager import FontProperties, findfont
from matplotlib.patches import Rectangle

import housestyle
from housestyle.checks._check import check

TEXTS = {"title": "A chart", "source": "Test data", "alt": "A test chart."}


def _rules(report, severity="error"):
    return [f.rule for f in report if f.severity == severity]


def _lines(ax):
    for k in range(3):
        ax.plot(np.arange(10), np.arange(10) * (k + 1), label=f"Series {k + 1}")


# --------------------------------------------------------------------------- #
# text_font
# --------------------------------------------------------------------------- #


def test_text_in_another_font_fails():
    with housestyle.style():
        fig, ax = plt.subplots()
        _lines(ax)
        ax.text(2, 20, "An aside in serif", family="serif")
    report = check(housestyle.finalise(fig, **TEXTS))
    fonts = [f for f in report.errors if f.rule == "text_font"]
    assert [f.artist for f in fonts] == ['text "An aside in serif" (axes 1)']
    with housestyle.style():  # the face matplotlib finds for "serif" here, whatever it is
        serif = Path(findfont(FontProperties(family="serif"))).name
    assert serif in fonts[0].message and "Lato" not in serif


def test_a_ggplot_with_two_labels_passes_the_font_rule():
    from plotnine import aes, geom_col, ggplot

    frame = pd.DataFrame({"party": ["Labour", "Plaid Cymru"], "seats": [30, 13]})
    plot = ggplot(frame, aes("party", "seats")) + geom_col() + housestyle.theme_ou()
    assert "text_font" not in _rules(check(housestyle.finalise(plot, **TEXTS)))


def test_text_in_the_brand_font_passes_in_every_weight_and_style():
    with housestyle.style():
        fig, ax = plt.subplots()
        _lines(ax)
        ax.text(2, 20, "Bold", weight="bold")
        ax.text(2, 10, "Italic", style="italic")
    assert "text_font" not in _rules(check(housestyle.finalise(fig, **TEXTS)))


def test_the_font_rule_follows_the_brand():
    with housestyle.style("night"):
        fig, ax = plt.subplots()
        _lines(ax)
        report = check(housestyle.finalise(fig, **TEXTS))
    assert report.brand == "night" and "text_font" not in _rules(report)


# --------------------------------------------------------------------------- #
# figure_overlap
# --------------------------------------------------------------------------- #


def _figure_legend(**kwargs):
    """A figure legend put where ``kwargs`` say after finalise, which would have moved it."""
    with housestyle.style():
        fig, ax = plt.subplots()
        _lines(ax)
    fig = housestyle.finalise(fig, **TEXTS)
    fig.legend(**kwargs)
    return fig


def test_finalise_moves_figure_legends_out_of_the_title_block_and_the_data():
    for loc in ("upper left", "center"):
        with housestyle.style():
            fig, ax = plt.subplots()
            _lines(ax)
            fig.legend(loc=loc)
        report = check(housestyle.finalise(fig, **TEXTS))
        assert "figure_overlap" not in _rules(report), loc


def test_a_figure_legend_over_the_title_block_fails():
    fig = _figure_legend(loc="upper left")
    overlaps = [f for f in check(fig).errors if f.rule == "figure_overlap"]
    assert overlaps and overlaps[0].artist == "figure legend"
    assert any("title block" in f.message for f in overlaps)


def test_a_figure_legend_over_the_data_fails():
    fig = _figure_legend(loc="center")
    messages = [f.message for f in check(fig).errors if f.rule == "figure_overlap"]
    assert messages == ["overlaps the plot area (axes 1)"]


def test_a_figure_text_over_the_footer_fails():
    """Written before finalise, a line at the foot becomes the footer's note
    (``finish/_footnotes.py``); written after, it is drawn over the footer: named."""
    with housestyle.style():
        fig, ax = plt.subplots()
        _lines(ax)
    fig = housestyle.finalise(fig, **TEXTS)
    fig.text(0.5, 0.01, "A note at the bottom")
    overlaps = [f for f in check(fig).errors if f.rule == "figure_overlap"]
    assert [(f.artist, f.message) for f in overlaps] == [
        ('text "A note at the bottom"', "overlaps the footer")
    ]


def test_legends_in_their_axes_and_figure_text_in_the_clear_pass():
    with housestyle.style():
        fig, axes = plt.subplots(1, 2)
        for ax in axes:
            _lines(ax)
        axes[0].legend()
        fig.supxlabel("Years since the start")  # placed by the layout, between the parts
    report = check(housestyle.finalise(fig, **TEXTS))
    assert "figure_overlap" not in _rules(report)


def test_plotnine_legends_and_axis_titles_pass():
    from plotnine import aes, geom_line, ggplot, labs, theme

    frame = pd.DataFrame({"x": [1, 2, 1, 2], "y": [1, 2, 2, 1], "g": list("aabb")})
    plot = (
        ggplot(frame, aes("x", "y", colour="g"))
        + geom_line()
        + labs(x="Year", y="Rate")
        + housestyle.theme_ou()
        + theme(legend_position="right")
    )
    assert "figure_overlap" not in _rules(check(housestyle.finalise(plot, **TEXTS)))


# --------------------------------------------------------------------------- #
# Tiles in the stops of a ramp are ramp colours (cookbook-mpl's report)
# --------------------------------------------------------------------------- #


def test_tiles_in_the_exact_stops_of_the_sequential_palette_are_a_ramp():
    colours = list(housestyle.palette("sequential", 6))
    with housestyle.style():
        fig, ax = plt.subplots()
        for row in range(3):
            for column, colour in enumerate(colours):
                ax.add_patch(Rectangle((column, row), 0.95, 0.95, facecolor=colour))
        ax.set_xlim(0, 6)
        ax.set_ylim(0, 3)
    report = check(housestyle.finalise(fig, **TEXTS))
    assert not {"cvd_distinct", "too_many_categories", "mark_contrast"} & set(_rules(report))


def test_a_seaborn_legend_of_colours_and_sizes_counts_its_colours():
    """seaborn writes hue and size in one legend: headings ("region", "population") with
    no key, two colours, and four sizes of one grey dot. Eight entries, two categories."""
    sns = pytest.importorskip("seaborn")
    rng = np.random.default_rng(1)
    frame = pd.DataFrame(
        {
            "income": rng.uniform(10, 60, 40),
            "life": rng.uniform(60, 85, 40),
            "population": rng.uniform(1, 200, 40),
            "region": np.tile(["North", "South"], 20),
        }
    )
    with housestyle.style():
        fig, ax = plt.subplots()
        sns.scatterplot(frame, x="income", y="life", size="population", hue="region", ax=ax)
    report = check(housestyle.finalise(fig, **TEXTS))
    assert len(ax.get_legend().get_texts()) == 8
    assert "too_many_categories" not in _rules(report)


def test_categories_in_the_categorical_palette_are_still_categories():
    with housestyle.style():
        fig, ax = plt.subplots()
        for k in range(7):  # one more than the palette holds: the cycle comes round
            ax.plot(np.arange(10), np.arange(10) + k)
    report = check(housestyle.finalise(fig, **TEXTS))
    assert "too_many_categories" in _rules(report)


@pytest.mark.parametrize("rule", ["text_font", "figure_overlap"])
def test_the_new_rules_are_run_by_check(rule):
    from housestyle.checks._rules import RULES

    assert rule in {r.__name__ for r in RULES}
