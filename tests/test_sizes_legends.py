"""Legends at every size (issues 13.4 and 12.5): wrapped to fit, figure legends in the plot area.

Measured on the drawn figure in pixels: a legend never crosses the title block, the
footer or the data; it wraps into the rows and columns that fit; a figure-level
legend (``fig.legend``, its ``outside`` placements, seaborn's) lands inside the plot
area finalise reserves; a legend made again keeps its title and fonts.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pytest
from matplotlib.font_manager import findfont
from matplotlib.transforms import Bbox

import housestyle
from housestyle import finalise, finalised
from housestyle.finish._legends import across_rows
from housestyle.record._record import RULE, decoration
from tests.charts import TEXTS, draw, png
from tests.helpers import first_quick

OU = housestyle.load_brand("ou")
SERIES = [f"Series number {k}" for k in range(4)]


def grid(legend: str | None = None, brand: str = "ou", **kwargs):
    """A 2 x 2 grid of four lines each; ``legend`` says which legend it gets."""
    x = np.arange(10)
    with housestyle.style(brand):
        fig, axes = plt.subplots(2, 2)
        for i, ax in enumerate(axes.flat):
            for k, name in enumerate(SERIES):
                ax.plot(x, x * (k + 1) + i, label=name)
        if legend == "axes":
            axes[0, 0].legend(**kwargs)
        elif legend == "figure":
            handles, labels = axes[0, 0].get_legend_handles_labels()
            fig.legend(handles, labels, **kwargs)
    return fig


def finished(fig, size="web"):
    fig = finalise(fig, size=size, **TEXTS)
    draw(fig)
    return fig


def the_legend(fig):
    legends = [*fig.legends, *(ax.get_legend() for ax in fig.axes)]
    found = [legend for legend in legends if legend is not None]
    assert len(found) == 1, found
    return found[0]


def header_bottom(fig):
    """The y pixel of the title block's bottom edge (display coordinates, y up)."""
    info = finalised(fig)
    return fig.bbox.height * (1 - info.header_height / info.preset.points[1])


def rule_y(fig):
    rule = next(a for a in decoration(fig) if a.get_gid() == RULE)
    return float(rule.get_window_extent().y0)


def axes_boxes(fig):
    renderer = draw(fig)
    return [ax.get_tightbbox(renderer) for ax in fig.axes]


def assert_clear_of_plot(fig, box):
    for ax_box in axes_boxes(fig):
        assert not box.overlaps(ax_box), (box, ax_box)


# --------------------------------------------------------------------------- #
# Figure-level legends (issue 12.5)
# --------------------------------------------------------------------------- #


@pytest.mark.parametrize("size", first_quick(["web", "print-column"]))
def test_a_default_figure_legend_sits_under_the_title_block(size):
    fig = finished(grid("figure"), size)
    box = the_legend(fig).get_window_extent()
    assert box.y1 <= header_bottom(fig) + 1
    assert box.y0 >= rule_y(fig)
    assert_clear_of_plot(fig, box)


@pytest.mark.parametrize("size", first_quick(["web", "print-column", "social"]))
def test_outside_lower_center_lands_between_the_plot_and_the_footer(size):
    fig = finished(grid("figure", loc="outside lower center"), size)
    box = the_legend(fig).get_window_extent()
    assert box.y0 >= rule_y(fig) + 1, "above the footer rule, not beside the source line"
    assert box.y1 <= header_bottom(fig)
    assert_clear_of_plot(fig, box)
    centre = (box.x0 + box.x1) / 2
    content = finalised(fig).preset.points[0] * fig.dpi / 72
    margins = OU.layout.margins
    middle = (margins.left + (content * 72 / fig.dpi - margins.right)) / 2 * fig.dpi / 72
    assert abs(centre - middle) < 2, "centred on the plot area"


@pytest.mark.parametrize("loc", first_quick(["outside right upper", "outside left upper"]))
def test_outside_left_and_right_keep_their_side_inside_the_margins(loc):
    fig = finished(grid("figure", loc=loc))
    box = the_legend(fig).get_window_extent()
    assert_clear_of_plot(fig, box)
    assert header_bottom(fig) >= box.y1 and box.y0 >= rule_y(fig)
    margins = OU.layout.margins
    if "right" in loc:
        assert box.x1 <= fig.bbox.width - margins.right * fig.dpi / 72 + 1
    else:
        assert box.x0 >= margins.left * fig.dpi / 72 - 1


def test_outside_legend_wraps_to_the_width_of_the_plot():
    fig = finished(grid("figure", loc="outside lower center"), "print-column")
    legend = the_legend(fig)
    texts = legend.get_texts()
    rows = {round(t.get_window_extent().y0) for t in texts}
    assert 1 < len(rows) < len(texts), "not one entry a row, not wider than the plot"
    assert legend.get_window_extent().width <= fig.bbox.width


def test_seaborn_relplot_legend_does_not_cover_the_data():
    sns = pytest.importorskip("seaborn")
    from plotnine.data import mpg

    with housestyle.style():
        grid_ = sns.relplot(data=mpg, x="displ", y="hwy", hue="drv", col="year")
    fig = finished(grid_.figure)
    box = the_legend(fig).get_window_extent()
    assert_clear_of_plot(fig, box)
    assert box.y1 <= header_bottom(fig) + 1 and box.y0 >= rule_y(fig)
    assert the_legend(fig).get_title().get_text() == "drv", "seaborn's legend title is kept"


@pytest.mark.parametrize("chart", first_quick(["figure-outside", "figure-default", "axes-grid"]))
def test_refinalised_figure_legends_are_the_picture_finalised_there(chart):
    kind, _, how = chart.partition("-")
    kwargs = {"loc": "outside lower center"} if how == "outside" else {}
    make = lambda: grid("figure" if kind == "figure" else "axes", **kwargs)  # noqa: E731
    fig = finalise(make(), **TEXTS)
    for size in ("print-column", "social"):
        fig = finalise(fig, size=size)
    assert png(fig) == png(finalise(make(), size="social", **TEXTS))


# --------------------------------------------------------------------------- #
# Legends on top of a panel, wrapped (issue 13.4)
# --------------------------------------------------------------------------- #


def test_a_grid_legend_at_print_wraps_above_the_plot_and_leaves_the_panels_room():
    """The issue's case: a four-entry legend stacked in one column squashed the panels."""
    fig = finished(grid("axes"), "print-column")
    legend = the_legend(fig)
    rows = {round(t.get_window_extent().y0) for t in legend.get_texts()}
    assert len(rows) <= 2, "in rows across the plot, not one column"
    info = finalised(fig)
    plot_height = (info.preset.points[1] - info.header_height - info.footer_height) / 72 * fig.dpi
    for ax in fig.axes:
        assert ax.bbox.height > 0.2 * plot_height, "each of two rows of panels keeps its room"
    assert_clear_of_plot(fig, legend.get_window_extent())


def test_a_legend_on_a_single_axes_stays_on_top_of_it():
    with housestyle.style():
        fig, ax = plt.subplots()
        for name in SERIES:
            ax.plot([0, 1], [0, 1], label=name)
        ax.legend()
    fig = finished(fig, "print-column")
    legend = ax.get_legend()
    assert legend is not None and not fig.legends
    assert legend.get_window_extent().y0 >= ax.bbox.y1 - 1


def test_entries_read_across_the_rows_in_the_order_given():
    fig = finished(grid("figure"), "print-column")
    texts = the_legend(fig).get_texts()
    placed = sorted(texts, key=lambda t: (-t.get_window_extent().y0, t.get_window_extent().x0))
    assert [t.get_text() for t in placed] == SERIES
    assert across_rows(5, 3) == [0, 3, 1, 4, 2]


def test_a_moved_legend_keeps_its_title_and_fonts():
    """Issue 12 item 2: made inside style(), finalised after the block."""
    with housestyle.style():
        fig, ax = plt.subplots()
        for name in SERIES[:2]:
            ax.plot([0, 1], [0, 1], label=name)
        ax.legend(title="Which series")
    for size in ("web", "print-column", "social"):
        fig = finalise(fig, size=size, **TEXTS)
        legend = ax.get_legend()
        assert legend.get_title().get_text() == "Which series"
        regular = OU.fonts.regular.name
        for text in [legend.get_title(), *legend.get_texts()]:
            assert findfont(text.get_fontproperties()).endswith(regular), text.get_text()
        scale = finalised(fig).preset.type_scale
        assert legend.get_texts()[0].get_fontsize() == pytest.approx(OU.type.legend * scale)


def test_a_placed_legend_stays_placed_and_scales():
    with housestyle.style():
        fig, ax = plt.subplots()
        ax.plot([0, 1], [0, 1], label="A line")
        ax.legend(loc="lower right", title="Key")
    fig = finished(fig, "print-column")
    legend = ax.get_legend()
    box = legend.get_window_extent()
    assert box.x1 <= ax.bbox.x1 + 1 and box.y0 >= ax.bbox.y0 - 1
    assert box.x1 > (ax.bbox.x0 + ax.bbox.x1) / 2, "still at the right"
    assert legend.get_title().get_text() == "Key"
    assert legend.get_texts()[0].get_fontsize() == pytest.approx(OU.type.legend * 0.62)
    handle = legend.legend_handles[0]
    assert handle.get_linewidth() == pytest.approx(OU.lines.data * 0.75)


@pytest.mark.slow  # every size: the full suite
def test_legend_boxes_are_inside_the_figure_at_every_size():
    for size in ("web", "web-tall", "social", "print-column", "print-page"):
        fig = finished(grid("axes"), size)
        box = the_legend(fig).get_window_extent()
        assert Bbox.from_bounds(0, 0, fig.bbox.width, fig.bbox.height).contains(box.x0, box.y0)
        assert box.x1 <= fig.bbox.width and box.y1 <= header_bottom(fig) + 1, size
