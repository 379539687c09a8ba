"""Mutation tests of check(): a finished chart that passes, changed in one way a reader sees.

Each test finalises a clean chart, asserts check() has no errors, then makes one slip
(an artist moved into the title band, the footer, over another text or off the
figure; an off-brand font; a character no font has; a panel crushed; a mark made
invisible) and asserts check() reports it by rule and names the artist.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pytest
from matplotlib.patches import Rectangle

import housestyle
from housestyle.checks._check import check

TEXTS = {"title": "A clean chart", "source": "Test data", "alt": "A test chart."}
YEARS = np.arange(2010, 2024)


def _clean(size: str = "web"):
    with housestyle.style():
        fig, ax = plt.subplots()
        ax.plot(YEARS, np.linspace(10, 30, YEARS.size), label="North")
        ax.plot(YEARS, np.linspace(25, 12, YEARS.size), label="South")
        ax.legend()
    fig = housestyle.finalise(fig, size=size, **TEXTS)
    assert check(fig).errors == []
    return fig, fig.axes[0]


def _errors(fig, rule: str) -> list:
    return [finding for finding in check(fig).errors if finding.rule == rule]


@pytest.fixture(autouse=True)
def _close():
    yield
    plt.close("all")


@pytest.mark.parametrize(("y", "band"), [(0.97, "title block"), (0.02, "footer")])
def test_a_text_moved_into_the_title_block_or_footer(y, band):
    fig, ax = _clean()
    ax.text(0.5, y, "A stray note", transform=fig.transFigure)
    found = _errors(fig, "figure_overlap")
    assert any(f"the {band}" in f.message and "A stray note" in f.artist for f in found)


def test_an_unclipped_mark_through_the_title_block():
    fig, ax = _clean()
    (line,) = ax.plot([2012, 2014], [10, 80], clip_on=False, scaley=False, color="#8c8c8c")
    line.set_in_layout(False)  # constrained layout would make room for it
    found = _errors(fig, "figure_overlap")
    assert {f.artist.split()[0] for f in found} == {"Line2D"}
    assert any("title block" in f.message for f in found)


def test_an_axes_placed_by_hand_over_the_footer():
    fig, _ = _clean()
    extra = fig.add_axes((0.3, 0.0, 0.4, 0.12))  # after finalise: into the footer
    extra.set_in_layout(False)  # else the layout maps it into the plot area at the draw
    extra.plot([0, 1], [0, 1])
    found = _errors(fig, "figure_overlap")
    assert any(f.artist.startswith("plot area (axes 2)") and "footer" in f.message for f in found)


def test_a_patch_off_the_figure_edge():
    fig, ax = _clean()
    patch = ax.add_patch(Rectangle((2022, 15), 5, 2, clip_on=False, color="#1f5c99"))
    patch.set_in_layout(False)
    ax.set_xlim(2009.35, 2023.65)  # the view as it was: the patch runs past the axes
    found = _errors(fig, "figure_overlap")
    assert any("right edge" in f.message and f.artist.startswith("Rectangle") for f in found)


def test_a_text_over_another_text():
    fig, ax = _clean()
    ax.text(2015, 20, "Peak demand")
    ax.text(2015.3, 20.2, "Second label")
    found = _errors(fig, "text_overlap")
    assert any(
        "Peak demand" in f.artist + f.message and "Second label" in f.artist + f.message
        for f in found
    )


def test_an_off_brand_font():
    fig, ax = _clean()
    ax.text(2012, 20, "In serif", family="serif")
    found = _errors(fig, "text_font")
    assert [f.artist for f in found] == ['text "In serif" (axes 1)']


def test_mathtext_in_another_font():
    fig, ax = _clean()
    ax.text(2012, 20, r"$\alpha = 10^3$", math_fontfamily="dejavusans")
    found = _errors(fig, "text_font")
    assert found and "DejaVuSans" in found[0].message and "10^3" in found[0].artist


def test_mathtext_in_the_brand_font_passes():
    with housestyle.style():
        fig, ax = plt.subplots()
        ax.plot(YEARS, np.linspace(10, 30, YEARS.size))
        ax.text(2012, 20, r"$\alpha = 10^3$, km$^{-2}$")
        ax.set_ylabel(r"Density, km$^{-2}$")
    fig = housestyle.finalise(fig, **TEXTS)
    assert _errors(fig, "text_font") == []


def test_mathtext_added_outside_the_style_is_set_in_the_brand_font():
    fig, ax = plt.subplots()
    ax.plot(YEARS, np.linspace(10, 30, YEARS.size))
    ax.text(2012, 20, r"$\beta_2 = 0.5$")
    assert _errors(housestyle.finalise(fig, **TEXTS), "text_font") == []


def test_a_character_no_font_can_draw():
    fig, ax = _clean()
    ax.text(2012, 20, "Tōkyō 東京")
    found = _errors(fig, "missing_glyph")
    assert len(found) == 1 and "'東' (U+6771)" in found[0].message and "'京'" in found[0].message
    assert "Tōkyō" in found[0].artist


def test_a_crushed_panel_is_named_with_its_cause():
    names = [f"A department with a long name, number {k}" for k in range(3)]
    with housestyle.style():
        fig, ax = plt.subplots()
        ax.barh(names, [3, 5, 4])
    fig = housestyle.finalise(fig, size="print-column", **TEXTS)
    found = _errors(fig, "axes_size")
    assert len(found) == 1
    assert (
        "labels and legend around it take" in found[0].message
        and "of the width" in found[0].message
    )
    assert "wrap or shorten" in found[0].fix


def test_panels_too_short_at_a_small_size():
    with housestyle.style():
        fig, axes = plt.subplots(10, 1, sharex=True)
        for ax in axes:
            ax.plot(YEARS, np.sin(YEARS))
    fig = housestyle.finalise(fig, size="print-column", **TEXTS)
    found = _errors(fig, "axes_size")
    assert found and "in height" in found[0].message and found[0].count >= 2


def test_an_outline_bar_made_invisible():
    with housestyle.style():
        fig, ax = plt.subplots()
        bars = ax.bar([1, 2, 3], [3, 4, 5], fill=False)
    fig = housestyle.finalise(fig, **TEXTS)
    assert _errors(fig, "invisible_mark") == []  # finalise drew the outlines
    for bar in bars:
        bar.set_linewidth(0)
    found = _errors(fig, "invisible_mark")
    assert len(found) == 1 and found[0].count == 3 and found[0].artist.startswith("Rectangle")


def test_an_arrow_in_the_background_colour():
    fig, ax = _clean()
    ax.annotate(
        "Here", (2015, 15), xytext=(2017, 25), arrowprops={"arrowstyle": "->", "color": "#ffffff"}
    )
    found = _errors(fig, "invisible_mark")
    assert [f.artist.split()[0] for f in found] == ["FancyArrowPatch"]


def test_many_identical_findings_are_one():
    import pandas as pd
    import seaborn as sns

    frame = pd.DataFrame({"g": np.repeat(["a", "b", "c", "d"], 20), "v": np.arange(80.0)})
    with housestyle.style():
        fig, ax = plt.subplots()
        sns.boxplot(data=frame, x="g", y="v", ax=ax, color="#373737")
    report = check(housestyle.finalise(fig, **TEXTS))
    colours = [f for f in report if f.rule == "off_brand_colour"]
    assert len(colours) == 1 and colours[0].count > 1 and "in all" in colours[0].artist
