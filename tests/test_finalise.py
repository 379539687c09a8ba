"""finalise(): the title block, footer and exact sizes, for both libraries."""

from __future__ import annotations

import copy
from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.transforms import Bbox
from PIL import Image

import housestyle
from housestyle import HouseStyleError, finalise, finalised
from tests.charts import CHARTS, ggplot_line, mpl_line

OURS = ("housestyle-title", "housestyle-subtitle", "housestyle-note", "housestyle-source")
LONG_TITLE = (
    "A forty word title keeps going because authors sometimes write whole sentences "
    "when a short headline would serve the reader much better, and the finaliser must "
    "wrap every one of these words inside the figure without clipping or running off"
)


def draw(fig):
    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    return canvas.get_renderer()


def texts_with_gid(fig, gid):
    return [t for t in fig.findobj(lambda a: a.get_gid() == gid) if hasattr(t, "get_text")]


def union(boxes):
    return Bbox.union(list(boxes)) if boxes else None


def plot_region(fig, renderer):
    """The bounding box of everything the chart drew: axes, labels, legends, strips."""
    boxes = []
    for child in fig.get_children():
        if child is fig.patch or not child.get_visible():
            continue
        if child.get_gid() in (*OURS, "housestyle-rule", "housestyle-logo"):
            continue
        if hasattr(child, "get_text") and not child.get_text():
            continue
        box = child.get_tightbbox(renderer) if hasattr(child, "get_tightbbox") else None
        covers_figure = box is not None and box.width >= fig.bbox.width - 1
        covers_figure = covers_figure and box.height >= fig.bbox.height - 1
        if box is not None and box.width > 0 and box.height > 0 and not covers_figure:
            boxes.append(box)
    return union(boxes)


@pytest.fixture(params=sorted(CHARTS))
def finished(request):
    chart = CHARTS[request.param]()
    fig = finalise(
        chart,
        title="Five series drift apart over fifty years",
        subtitle="Random walks, 1970-2019",
        source="synthetic data",
        alt="Five lines wander apart.",
    )
    yield request.param, fig
    plt.close(fig)


def test_exact_web_size(finished):
    _, fig = finished
    assert tuple(fig.get_size_inches() * fig.dpi) == pytest.approx((640, 450))
    renderer = draw(fig)
    assert (renderer.width, renderer.height) == (640, 450)


def test_left_edges_line_up(finished):
    name, fig = finished
    renderer = draw(fig)
    lefts = [
        t.get_window_extent(renderer).x0
        for gid in ("housestyle-title", "housestyle-subtitle", "housestyle-source")
        for t in texts_with_gid(fig, gid)
    ]
    assert len(lefts) >= 3
    assert max(lefts) - min(lefts) <= 1.0, lefts
    region = plot_region(fig, renderer)
    assert abs(region.x0 - min(lefts)) <= 4.0, (name, region.x0, lefts)


def test_nothing_overlaps(finished):
    name, fig = finished
    renderer = draw(fig)
    title = union([t.get_window_extent(renderer) for t in texts_with_gid(fig, "housestyle-title")])
    subtitle = union(
        [t.get_window_extent(renderer) for t in texts_with_gid(fig, "housestyle-subtitle")]
    )
    source = union(
        [t.get_window_extent(renderer) for t in texts_with_gid(fig, "housestyle-source")]
    )
    rule = next(a for a in fig.get_children() if a.get_gid() == "housestyle-rule")
    rule_y = rule.get_window_extent(renderer).y0
    region = plot_region(fig, renderer)
    assert title.y0 >= subtitle.y1 - 0.5, name
    assert subtitle.y0 > region.y1, (name, subtitle, region)
    assert region.y0 > rule_y, (name, region, rule_y)
    assert source.y1 < rule_y
    full = Bbox.from_bounds(0, 0, 640, 450)
    for box in (title, subtitle, source, region):
        assert full.contains(box.x0, box.y0) and full.contains(box.x1, box.y1), (name, box)


def test_everything_inside_the_figure(finished):
    name, fig = finished
    renderer = draw(fig)
    box = fig.get_tightbbox(renderer)  # in inches: every drawn artist, ticks included
    width, height = fig.get_size_inches()
    assert box.x0 >= -0.005 and box.y0 >= -0.005, (name, box)
    assert box.x1 <= width + 0.005 and box.y1 <= height + 0.005, (name, box)


def test_long_title_wraps_inside():
    fig = finalise(mpl_line(), title=LONG_TITLE, source="synthetic", size="web")
    renderer = draw(fig)
    lines = texts_with_gid(fig, "housestyle-title")
    assert len(lines) >= 3
    for line in lines:
        box = line.get_window_extent(renderer)
        assert box.x0 >= 0 and box.x1 <= 640 and box.y1 <= 450
    assert " ".join(t.get_text() for t in lines) == LONG_TITLE
    plt.close(fig)


def test_wide_logo_is_not_clipped(tmp_path):
    logo = tmp_path / "wide.png"
    image = np.zeros((20, 160, 4), dtype=np.uint8)
    image[..., 0] = 200
    image[..., 3] = 255
    Image.fromarray(image).save(logo)
    fig = finalise(mpl_line(), title="T", source="S", logo=logo)
    renderer = draw(fig)
    logo = next(a for a in fig.get_children() if a.get_gid() == "housestyle-logo")
    box = logo.get_window_extent(renderer)
    assert box.width / box.height == pytest.approx(8.0, rel=0.02)
    assert box.x0 >= 0 and box.x1 <= 640 and box.y0 >= 0
    rule = next(a for a in fig.get_children() if a.get_gid() == "housestyle-rule")
    assert box.y1 <= rule.get_window_extent(renderer).y0 + 0.5
    plt.close(fig)


def test_svg_logo_rendered_at_twice_the_density():
    fig = finalise(mpl_line(), title="T", source="S", size="web")
    logo = next(a for a in fig.get_children() if a.get_gid() == "housestyle-logo")
    pixels = logo.get_array()
    height_px = housestyle.load_brand("ou").footer.logo_height / 72 * 100
    assert pixels.shape[0] >= 2 * height_px
    plt.close(fig)


@pytest.mark.parametrize(
    "size", ["web", "web-wide", "social", "slide", "print-column", "print-page"]
)
def test_every_preset_lays_out(size):
    brand = housestyle.load_brand("ou")
    preset = brand.preset(size)
    for chart in (make() for make in CHARTS.values()):
        fig = finalise(chart, title="A title", subtitle="A subtitle", source="data", size=size)
        renderer = draw(fig)
        assert (renderer.width, renderer.height) == preset.pixels
        region = plot_region(fig, renderer)
        subtitle = union(
            [t.get_window_extent(renderer) for t in texts_with_gid(fig, "housestyle-subtitle")]
        )
        assert subtitle.y0 > region.y1
        title = texts_with_gid(fig, "housestyle-title")[0]
        assert title.get_fontsize() == pytest.approx(brand.type.title * preset.type_scale)
        box, (width, height) = fig.get_tightbbox(renderer), fig.get_size_inches()
        assert box.x0 >= -0.005 and box.x1 <= width + 0.005, (size, box)  # legends fit
        assert box.y0 >= -0.005 and box.y1 <= height + 0.005, (size, box)
        plt.close(fig)


def test_titles_from_the_chart():
    fig = mpl_line()
    fig.suptitle("From suptitle")
    finalise(fig, source="s")
    assert finalised(fig).title == "From suptitle"
    assert fig._suptitle is None
    fig2 = mpl_line()
    fig2.axes[0].set_title("From axes")
    finalise(fig2)
    assert finalised(fig2).title == "From axes" and fig2.axes[0].get_title() == ""
    fig3 = finalise(ggplot_line())
    info = finalised(fig3)
    assert (info.title, info.subtitle, info.source) == (
        "From labs",
        "Subtitle from labs",
        "Source: caption data",
    )
    for each in (fig, fig2, fig3):
        plt.close(each)


def test_ggplot_is_not_changed():
    plot = ggplot_line()
    before = copy.deepcopy(plot)
    fig = finalise(plot, title="New", size="social")
    assert plot.labels.get("title", None) == before.labels.get("title", None) == "From labs"
    assert plot.theme.getp("figure_size") == before.theme.getp("figure_size")
    assert not hasattr(plot, "figure") or plot.figure is not fig
    plt.close(fig)


def test_source_prefix_added_once():
    fig = finalise(mpl_line(), source="Source: ONS")
    assert finalised(fig).source == "Source: ONS"
    fig2 = finalise(mpl_line(), source="ONS")
    assert finalised(fig2).source == "Source: ONS"
    plt.close(fig)
    plt.close(fig2)


def test_brand_switch_changes_the_look():
    fig = finalise(mpl_line("night"), title="T", source="S", brand="night")
    night = housestyle.load_brand("night")
    title = texts_with_gid(fig, "housestyle-title")[0]
    assert title.get_color() == night.colours.text
    assert finalised(fig).brand.name == "night"
    plt.close(fig)


@pytest.mark.parametrize(
    ("kwargs", "pattern"),
    [
        ({"size": "poster"}, r"size: unknown size preset 'poster'"),
        ({"title": 3}, r"title: 3 is not text"),
        ({"logo": Path("/nope/logo.svg")}, r"logo: the file /nope/logo.svg does not exist"),
        ({"logo": 5}, r"logo: 5 is not allowed"),
        ({"brand": "acme"}, r"no shipped brand called 'acme'"),
    ],
)
def test_bad_arguments(kwargs, pattern):
    with pytest.raises(HouseStyleError, match=pattern):
        finalise(mpl_line(), **kwargs)


def test_not_a_chart():
    with pytest.raises(
        HouseStyleError, match=r"chart: a list is not a chart; allowed: a matplotlib"
    ):
        finalise([1, 2, 3])


def test_svg_logo_cannot_fetch(tmp_path):
    evil = tmp_path / "evil.svg"
    evil.write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
        'width="10" height="10"><image xlink:href="file:///etc/passwd" width="10" height="10"/>'
        "</svg>"
    )
    with pytest.raises(HouseStyleError, match="external resources are not allowed"):
        finalise(mpl_line(), logo=evil)


def test_a_long_unbroken_source_is_cut_to_fit():
    url = "https://data.example.org/" + "a-very-long-dataset-path/" * 8 + "table.csv"
    fig = finalise(mpl_line(), title="T", source=url, size="web")
    renderer = draw(fig)
    lines = texts_with_gid(fig, "housestyle-source")
    assert len(lines) >= 2
    assert "".join(t.get_text() for t in lines) == "Source:" + url  # the space ends a line
    for line in lines:
        assert line.get_window_extent(renderer).x1 <= 640
    plt.close(fig)


def test_dollar_signs_are_text_not_maths():
    fig = finalise(mpl_line(), title="Prices rose from $5 to $10", source="s")
    draw(fig)
    (title,) = texts_with_gid(fig, "housestyle-title")
    assert title.get_text() == "Prices rose from $5 to $10"
    assert title.get_parse_math() is False
    plt.close(fig)
