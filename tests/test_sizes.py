"""Everything scales with the preset (issue 13.3): type, lines, marks, halos, arrows, the rule.

Measured in points on the drawn figure: at a print preset every text is the brand's
size times the family's ``type_scale`` and every stroke times its ``line_scale``, for
matplotlib and plotnine alike; laying a figure out at one size after another never
compounds the scaling.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pytest
from matplotlib.collections import LineCollection, PathCollection
from matplotlib.lines import Line2D
from matplotlib.patheffects import withStroke
from matplotlib.text import Text

import housestyle
from housestyle import _private, finalise, finalised
from housestyle.record._record import RULE, decoration
from tests.charts import TEXTS, draw, png

OU = housestyle.load_brand("ou")
PRINT = OU.preset("print-column")


def marked_chart():
    """A matplotlib chart with one of each thing that scales."""
    brand = OU
    with housestyle.style("ou"):
        fig, ax = plt.subplots()
        ax.plot([0, 1, 2], [1, 3, 2], marker="o", markeredgewidth=1.0, label="line")
        ax.scatter([0.5, 1.5], [2, 2.5], s=brand.marks.point**2, linewidths=brand.lines.edge)
        ax.bar([0, 1, 2], [0.5, 0.7, 0.4], edgecolor="black", linewidth=brand.lines.edge)
        ax.annotate(
            "Peak",
            xy=(1, 3),
            xytext=(12, -6),
            textcoords="offset points",
            arrowprops={"arrowstyle": "-|>", "linewidth": brand.lines.reference},
            path_effects=[withStroke(linewidth=brand.lines.halo, foreground="white")],
        )
        ax.text(1.8, 1, "note", fontsize=brand.type.annotation)
        ax.legend(loc="upper left")
    return fig


def sizes(fig):
    """Every size the scaling touches, keyed by what it is, in points."""
    ax = fig.axes[0]
    line = ax.lines[0]
    scatter = next(c for c in ax.collections if isinstance(c, PathCollection))
    annotation = next(t for t in ax.texts if t.get_text() == "Peak")
    note = next(t for t in ax.texts if t.get_text() == "note")
    return {
        "line width": line.get_linewidth(),
        "marker size": line.get_markersize(),
        "marker edge": line.get_markeredgewidth(),
        "scatter area": float(scatter.get_sizes()[0]),
        "scatter edge": float(scatter.get_linewidth()[0]),
        "bar edge": ax.patches[0].get_linewidth(),
        "annotation": annotation.get_fontsize(),
        "note": note.get_fontsize(),
        "offset": tuple(annotation.xyann),
        "arrow width": annotation.arrow_patch.get_linewidth(),
        "arrow head": annotation.arrow_patch.get_mutation_scale(),
        "halo": _private.stroke_width(annotation.get_path_effects()[0]),
        "tick label": ax.xaxis.get_major_ticks()[0].label1.get_fontsize(),
        "gridline": ax.yaxis.get_major_ticks()[0].gridline.get_linewidth(),
        "spine": ax.spines["bottom"].get_linewidth(),
        "legend text": ax.get_legend().get_texts()[0].get_fontsize(),
    }


#: What scales with which of the preset's scales ("area" is the type scale squared).
KINDS = {
    "line width": "line",
    "marker size": "type",
    "marker edge": "line",
    "scatter area": "area",
    "scatter edge": "line",
    "bar edge": "line",
    "annotation": "type",
    "note": "type",
    "offset": "type",
    "arrow width": "line",
    "arrow head": "type",
    "halo": "type",
    "tick label": "type",
    "gridline": "line",
    "spine": "line",
    "legend text": "type",
}


def factor(kind, preset):
    return {
        "type": preset.type_scale,
        "line": preset.line_scale,
        "area": preset.type_scale**2,
    }[kind]


def test_the_print_family_scales_lines_apart_from_type():
    assert PRINT.type_scale == 0.62 and PRINT.line_scale == 0.75
    assert OU.preset("web").type_scale == OU.preset("web").line_scale == 1.0


def test_every_size_of_a_matplotlib_chart_scales_with_its_kind():
    web = sizes(finalise(marked_chart(), **TEXTS))
    printed = sizes(finalise(marked_chart(), size="print-column", **TEXTS))
    assert web.keys() == KINDS.keys()
    for name, kind in KINDS.items():
        expected = np.asarray(web[name]) * factor(kind, PRINT)
        assert np.allclose(printed[name], expected), name
        assert np.all(np.abs(printed[name]) < np.abs(web[name])), name


def test_sizes_come_back_exactly_after_any_sizes():
    fig = finalise(marked_chart(), **TEXTS)
    png(fig)  # drawing makes ticks that must follow the next sizes too
    first = sizes(fig)
    for size in ("print-column", "social", "print-page", "slide", "web"):
        fig = finalise(fig, size=size)
        png(fig)
    assert sizes(fig) == first


@pytest.mark.parametrize("route", [["print-column", "social"], ["social", "print-page", "social"]])
def test_refinalised_marks_are_the_picture_finalised_there(route):
    fig = finalise(marked_chart(), **TEXTS)
    for size in route:
        fig = finalise(fig, size=size)
    assert png(fig) == png(finalise(marked_chart(), size=route[-1], **TEXTS))


def test_a_size_set_by_hand_after_finalising_is_kept_at_the_next_size():
    fig = finalise(marked_chart(), size="print-column", **TEXTS)
    fig.axes[0].lines[0].set_linewidth(3.0)  # the author wants it bolder, at print
    fig = finalise(fig, size="web")
    assert fig.axes[0].lines[0].get_linewidth() == pytest.approx(3.0 / PRINT.line_scale)


def test_a_shared_halo_is_scaled_once():
    halo = [withStroke(linewidth=3.0, foreground="white")]
    with housestyle.style("ou"):
        fig, ax = plt.subplots()
        for x in range(3):
            ax.text(x, 0, "label", path_effects=halo)
    finalise(fig, size="print-column", **TEXTS)
    assert _private.stroke_width(halo[0]) == pytest.approx(3.0 * PRINT.type_scale)


def test_the_footer_rule_scales_with_the_lines():
    fig = finalise(marked_chart(), size="print-column", **TEXTS)
    rule = next(a for a in decoration(fig) if a.get_gid() == RULE)
    assert rule.get_linewidth() == pytest.approx(OU.footer.rule_width * PRINT.line_scale)


# --------------------------------------------------------------------------- #
# plotnine
# --------------------------------------------------------------------------- #


def labelled_plot():
    from plotnine import aes, annotate, arrow, geom_line, geom_point, geom_text, ggplot
    from plotnine.data import economics

    from housestyle import line_size, theme_ou

    data = economics.tail(40)
    last = data.tail(1)
    return (
        ggplot(data, aes("date", "unemploy"))
        + geom_line(size=line_size(OU.lines.data))
        + geom_point(data=last, size=line_size(OU.marks.point), stroke=0)
        + geom_text(aes(label="unemploy"), data=last, size=OU.type.annotation, ha="right")
        + annotate(
            "segment",
            x=data["date"].iloc[5],
            xend=data["date"].iloc[10],
            y=8000,
            yend=8500,
            arrow=arrow(length=0.1),
        )
        + theme_ou()
    )


def plot_sizes(fig):
    ax = fig.axes[0]
    geom_texts = [t for t in ax.texts if t.get_text()]
    lines = [c for c in ax.collections if isinstance(c, LineCollection)]
    lines += [line for line in ax.lines if isinstance(line, Line2D)]
    points = [c for c in ax.collections if isinstance(c, PathCollection)]
    ticks = [t for t in ax.xaxis.get_ticklabels() if t.get_text()]
    return {
        "geom_text": geom_texts[0].get_fontsize(),
        "line": float(np.max(lines[0].get_linewidth())),
        "point area": float(points[0].get_sizes()[0]),
        "tick label": ticks[0].get_fontsize(),
    }


def test_every_size_of_a_ggplot_scales_with_its_kind():
    web = plot_sizes(finalise(labelled_plot(), **TEXTS))
    printed = plot_sizes(finalise(labelled_plot(), size="print-column", **TEXTS))
    kinds = {"geom_text": "type", "line": "line", "point area": "area", "tick label": "type"}
    for name, kind in kinds.items():
        assert printed[name] == pytest.approx(web[name] * factor(kind, PRINT)), name
    assert web["geom_text"] == pytest.approx(OU.type.annotation)


def test_a_ggplot_at_print_keeps_its_labels_inside_the_panel():
    """The issue's case: unscaled labels ran off the panel and were cut."""
    from tests.helpers import load

    fig = housestyle.batch._recipes.run_recipe(
        load("p9_lines_labelled").recipe, "ou", "print-column"
    )
    draw(fig)
    ax = fig.axes[0]
    panel = ax.get_window_extent()
    for text in ax.texts:
        assert text.get_window_extent().x1 <= panel.x1 + 1, text.get_text()
    assert finalised(fig).preset.name == "print-column"


def test_a_ggplot_is_scaled_on_a_copy():
    plot = labelled_plot()
    finalise(plot, size="print-column", **TEXTS)
    assert plot.layers[2].geom.aes_params["size"] == OU.type.annotation
    assert "use_defaults" not in vars(plot.layers[2].geom)
    text_size = plot.theme.themeables["axis_text"].theme_element.properties["size"]
    assert text_size == OU.type.tick_label


def test_texts_in_a_print_chart_are_measurably_smaller_in_points():
    fig = finalise(marked_chart(), size="print-column", **TEXTS)
    for text in fig.findobj(Text):
        if text.get_text() and text.get_visible():
            assert text.get_fontsize() <= OU.type.title * PRINT.type_scale + 1e-9, text
