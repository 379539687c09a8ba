"""Small sizes degrade gracefully (issue 13.4): ticks thin, categories wrap, crowding is named.

What a reader sees, measured on the drawn figure: tick labels that would collide are
thinned (numbers) or wrapped (categories) and no longer overlap; labels that cannot
be fitted, and a title block that crowds the plot, give a :class:`LayoutWarning`
naming the fix, which ``check()`` reports too; text cut at its panel's edge is an
error of ``check()``.
"""

from __future__ import annotations

import warnings

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest
from matplotlib.ticker import StrMethodFormatter

import housestyle
from housestyle import LayoutWarning, finalise, finalised
from tests.charts import TEXTS, draw
from tests.users.shapes_charts import SPECIALTIES

LONG_TITLE = (
    "A title that says everything at once and keeps on going well past the point "
    "where a reader would have stopped, filling a narrow print column with its lines"
)


def overlaps(fig):
    return [f for f in housestyle.check(fig) if f.rule == "text_overlap"]


def shown_tick_labels(axis):
    low, high = sorted(axis.get_view_interval())
    return [
        label.get_text()
        for loc, label in zip(axis.get_majorticklocs(), axis.get_majorticklabels(), strict=False)
        if low <= loc <= high and label.get_visible()
    ]


def thousands_chart():
    with housestyle.style():
        fig, ax = plt.subplots()
        x = np.arange(0, 120_001, 10_000)
        ax.plot(x, np.sqrt(x))
        ax.set_xticks(x)
        ax.xaxis.set_major_formatter(StrMethodFormatter("{x:,.0f}"))
    return fig


def test_number_labels_thin_out_at_print_and_come_back_at_web():
    fig = finalise(thousands_chart(), size="print-column", **TEXTS)
    draw(fig)
    ax = fig.axes[0]
    labels = shown_tick_labels(ax.xaxis)
    assert not overlaps(fig)
    kept = [label for label in labels if label]
    assert 2 <= len(kept) < len(labels), labels
    assert "0" in kept, "the label at zero is kept"
    assert len(ax.xaxis.get_gridlines()) == len(labels), "ticks and gridlines stay"
    fig = finalise(fig, size="web-wide")
    draw(fig)
    assert all(shown_tick_labels(fig.axes[0].xaxis)), "every label back where there is room"


def bars_to_22(size: str | None = None):
    """Two panels of bars up to 22, one above the other: short panels at print."""
    with housestyle.style("ou", size):
        fig, axes = plt.subplots(2, 1)
        for ax in axes:
            ax.bar(["a", "b", "c", "d"], [19.8, 18.2, 21.7, 16.1])
    return fig


def test_automatic_ticks_are_spaced_for_the_labels_as_scaled_at_print():
    """At print the type is scaled down, and matplotlib's automatic ticks, spaced for
    labels of the rcParams' size when drawn (the brand's, when exported), were spaced
    for labels 1.6 times as large: ``mpl_grouped_bar`` showed 0 and 20 only, and so
    did these short panels. Spaced for their 7 pt labels, they show 0, 10 and 20, in the
    PNG and in a notebook whose own rcParams differ."""

    def exported_ticks(fig):
        housestyle.output.to_bytes(fig, ["png"])  # drawn under the brand's rcParams
        return [t for t in shown_tick_labels(fig.axes[0].yaxis) if t]

    fig = finalise(bars_to_22("print-column"), **TEXTS)
    size = fig.axes[0].yaxis.get_majorticklabels()[0].get_fontsize()
    assert size < housestyle.load_brand("ou").type.tick_label
    shown = exported_ticks(fig)
    assert shown == ["0", "10", "20"], shown
    with plt.rc_context({"ytick.labelsize": 30}):
        draw(fig)
    assert [t for t in shown_tick_labels(fig.axes[0].yaxis) if t] == shown


@pytest.mark.parametrize(
    ("count", "size", "collide"), [(6, "web", False), (30, "print-column", True)]
)
def test_labels_at_a_slant_are_told_apart_across_their_type(count, size, collide):
    """Labels set at 45 degrees are parallel lines of type: clear of each other when they
    are apart across it. Measured by their upright boxes, six clear hospital specialties
    at web were said to collide; thirty at print-column do collide, and are named."""
    names = [f"{name} {i}" for i, name in zip(range(count), SPECIALTIES * 5, strict=False)]
    with housestyle.style():
        fig, ax = plt.subplots()
        ax.bar(names, range(count))
        ax.set_xticks(range(count), names, rotation=45, ha="right")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", LayoutWarning)
        fig = finalise(fig, size=size, **TEXTS)
        seen = overlaps(fig)  # drawn by check(), as exported
    named = [w for w in caught if "collide" in str(w.message)]
    assert bool(named) is collide, [str(w.message) for w in named]
    assert bool(seen) is collide, "check() sees what the layout named"


def test_a_ggplot_grid_at_print_keeps_its_y_labels_apart():
    """The issue's case: a 2 x 2 facet grid with a legend squashed its y labels together."""
    from plotnine import aes, facet_wrap, geom_line, ggplot
    from plotnine.data import economics_long

    from housestyle import scale_colour_ou, theme_ou

    data = economics_long[economics_long["variable"] != "pop"].copy()
    data["group"] = data["variable"].map(lambda v: "a" if v in ("pce", "psavert") else "b")
    plot = (
        ggplot(data, aes("date", "value", colour="variable"))
        + geom_line()
        + facet_wrap("variable", scales="free_y", ncol=2)
        + scale_colour_ou()
        + theme_ou()
    )
    fig = finalise(plot, size="print-column", **TEXTS)
    assert not overlaps(fig)


def category_chart(labels):
    with housestyle.style():
        fig, ax = plt.subplots()
        ax.bar(labels, np.arange(1, len(labels) + 1))
    return fig


def test_category_labels_wrap_to_the_room_between_their_ticks():
    labels = ["Consumer spending", "Business investment", "Federal government", "Other"]
    fig = finalise(category_chart(labels), size="print-column", **TEXTS)
    draw(fig)
    shown = shown_tick_labels(fig.axes[0].xaxis)
    assert any("\n" in label for label in shown), shown
    assert [label.replace("\n", " ") for label in shown] == labels, "no category dropped"
    assert not overlaps(fig)
    fig = finalise(fig, size="slide")
    draw(fig)
    assert shown_tick_labels(fig.axes[0].xaxis) == labels, "unwrapped where there is room"


def test_category_labels_that_cannot_fit_name_the_fix():
    labels = [f"Category{i}withoutspaces" for i in range(8)]
    with pytest.warns(LayoutWarning, match=r"flip the chart .*barh.*coord_flip"):
        fig = finalise(category_chart(labels), size="print-column", **TEXTS)
        draw(fig)
    assert all(shown_tick_labels(fig.axes[0].xaxis)), "categories are never thinned"


def test_a_crowding_title_block_warns_and_check_reports_it():
    with housestyle.style():
        fig, ax = plt.subplots()
        ax.plot([0, 1], [0, 1])
    texts = TEXTS | {"title": LONG_TITLE, "subtitle": LONG_TITLE}
    with pytest.warns(LayoutWarning, match=r"leave the plot [\d.]+% .*larger preset"):
        fig = finalise(fig, size="print-column", **texts)
    share = finalised(fig).plot_share
    assert share < housestyle.load_brand("ou").layout.min_plot_share
    found = [f for f in housestyle.check(fig) if f.rule == "plot_share"]
    assert len(found) == 1 and found[0].severity == "warning"
    assert "shorten the title" in found[0].fix and "larger preset" in found[0].fix
    with warnings.catch_warnings():
        warnings.simplefilter("error", LayoutWarning)
        roomy = finalise(fig, size="web-tall")
    assert not [f for f in housestyle.check(roomy) if f.rule == "plot_share"]


def test_a_table_is_never_crowded():
    frame = pd.DataFrame({"a": [1, 2], "b": ["x", "y"]})
    with warnings.catch_warnings():
        warnings.simplefilter("error", LayoutWarning)
        fig = housestyle.table(frame, title=LONG_TITLE, subtitle=LONG_TITLE, source="S")
    assert not [f for f in housestyle.check(fig) if f.rule == "plot_share"]


# --------------------------------------------------------------------------- #
# Text cut at the edge of its panel
# --------------------------------------------------------------------------- #


def cut(fig):
    return [f for f in housestyle.check(fig) if f.rule == "text_cut"]


def labelled_ends(label):
    from plotnine import aes, geom_line, geom_text, ggplot

    data = pd.DataFrame({"x": [0, 1, 2], "y": [0, 1, 2], "label": ["", "", label]})
    return (
        ggplot(data, aes("x", "y"))
        + geom_line()
        + geom_text(aes(label="label"), ha="left", nudge_x=0.05)
        + housestyle.theme_ou()
    )


@pytest.mark.parametrize("size", ["web", "print-column"])
def test_a_label_past_its_panel_gets_room_inside_it(size):
    """The issue's case: direct labels that plotnine cut at the panel's edge."""
    fig = finalise(labelled_ends("Montgomery County"), size=size, **TEXTS)
    draw(fig)
    ax = fig.axes[0]
    label = next(t for t in ax.texts if t.get_text() == "Montgomery County")
    assert label.get_window_extent().x1 <= ax.bbox.x1, "the whole label inside the panel"
    assert ax.get_xlim()[1] > 2.05, "the x limits widened on the right"
    assert not cut(fig) and not overlaps(fig)


def test_room_made_at_one_size_is_given_back_at_another():
    with housestyle.style():
        fig, ax = plt.subplots()
        ax.plot([0, 1, 2], [0, 1, 2])
        ax.set_xlim(0, 2.6)
        ax.text(2, 2, " Fort Worth area", clip_on=True, va="center")  # fits at web, not print
    fig = finalise(fig, size="print-column", **TEXTS)
    draw(fig)
    assert ax.get_xlim()[1] > 2.6
    fig = finalise(fig, size="web")
    draw(fig)
    assert ax.get_xlim() == (0, 2.6)
    fig = finalise(fig, size="print-column")
    ax.set_xlim(0, 10)  # set by hand after finalising: kept
    draw(fig)
    assert ax.get_xlim() == (0, 10)


def test_a_label_too_long_for_its_panel_is_a_check_error():
    found = cut(finalise(labelled_ends("A label much too long to fit in any panel " * 3), **TEXTS))
    assert len(found) == 1 and found[0].severity == "error"
    assert "right edge" in found[0].message and "clip_on=False" in found[0].fix


def test_a_clipped_matplotlib_text_past_its_axes_is_an_error_and_an_unclipped_one_is_not():
    with housestyle.style():
        fig, ax = plt.subplots()
        ax.plot([0, 1], [0, 1])
        ax.text(0.97, 0.5, "Cut by the edge", clip_on=True, transform=ax.transAxes)
        ax.text(0.02, 0.9, "Inside", clip_on=True, transform=ax.transAxes)
        ax.text(1.0, 0.2, "Free", clip_on=False, transform=ax.transAxes, ha="right")
    found = cut(finalise(fig, **TEXTS))
    assert [f.artist for f in found] == ['text "Cut by the edge" (axes 1)']
