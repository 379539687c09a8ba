"""finalise(): the title block, footer and exact sizes, for both libraries, at any size."""

from __future__ import annotations

import copy
import io
import warnings
from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest
from matplotlib.transforms import Bbox
from PIL import Image

import housestyle
from housestyle import HouseStyleError, finalise, finalised
from housestyle.record._record import DECORATION, decoration
from tests.charts import (
    CHARTS,
    MPL,
    QUICK_FIRST,
    TEXTS,
    decoration_counts,
    decoration_texts,
    draw,
    finished,
    ggplot_facets,
    ggplot_line,
    mpl_line,
    pixel_size,
    png,
    texts_with_gid,
)
from tests.helpers import first_quick

OURS = ("housestyle-title", "housestyle-subtitle", "housestyle-note", "housestyle-source")
PRESETS = ("web", "web-wide", "web-tall", "social", "slide", "print-column", "print-page")
LONG_TITLE = (
    "A forty word title keeps going because authors sometimes write whole sentences "
    "when a short headline would serve the reader much better, and the finaliser must "
    "wrap every one of these words inside the figure without clipping or running off"
)


def union(boxes):
    return Bbox.union(list(boxes)) if boxes else None


def plot_region(fig, renderer):
    """The bounding box of everything the chart drew: axes, labels, legends, strips."""
    boxes = []
    for child in fig.get_children():
        if child is fig.patch or not child.get_visible():
            continue
        if child.get_gid() in DECORATION:
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
def each_finished(request):
    return request.param, finished(request.param)


def test_exact_web_size(each_finished):
    _, fig = each_finished
    assert tuple(fig.get_size_inches() * fig.dpi) == pytest.approx((640, 450))
    renderer = draw(fig)
    assert (renderer.width, renderer.height) == (640, 450)
    assert pixel_size(png(fig)) == (640, 450)


def test_left_edges_line_up(each_finished):
    name, fig = each_finished
    renderer = draw(fig)
    roles = ("housestyle-title", "housestyle-subtitle", "housestyle-source")
    assert all(texts_with_gid(fig, gid) for gid in roles), decoration_texts(fig)
    lefts = [t.get_window_extent(renderer).x0 for gid in roles for t in texts_with_gid(fig, gid)]
    assert max(lefts) - min(lefts) <= 1.0, lefts
    region = plot_region(fig, renderer)
    assert abs(region.x0 - min(lefts)) <= 4.0, (name, region.x0, lefts)


def test_nothing_overlaps(each_finished):
    name, fig = each_finished
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


def test_everything_inside_the_figure(each_finished):
    name, fig = each_finished
    renderer = draw(fig)
    box = fig.get_tightbbox(renderer)  # in inches: every drawn artist, ticks included
    width, height = fig.get_size_inches()
    assert box.x0 >= -0.005 and box.y0 >= -0.005, (name, box)
    assert box.x1 <= width + 0.005 and box.y1 <= height + 0.005, (name, box)


def test_long_title_wraps_inside():
    with pytest.warns(housestyle.LayoutWarning, match="shorten the title|Shorten the title"):
        fig = finalise(mpl_line(), title=LONG_TITLE, source="synthetic", size="web")
    renderer = draw(fig)
    lines = texts_with_gid(fig, "housestyle-title")
    assert len(lines) >= 3  # forty words do not fit on two lines of 640 px
    for line in lines:
        box = line.get_window_extent(renderer)
        assert box.x0 >= 0 and box.x1 <= 640 and box.y1 <= 450
    assert " ".join(t.get_text() for t in lines) == LONG_TITLE


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


def test_svg_logo_rendered_at_twice_the_density():
    fig = finalise(mpl_line(), title="T", source="S", size="web")
    logo = next(a for a in fig.get_children() if a.get_gid() == "housestyle-logo")
    pixels = logo.get_array()
    height_px = housestyle.load_brand("ou").footer.logo_height / 72 * 100
    assert pixels.shape[0] >= 2 * height_px


@pytest.mark.parametrize("size", first_quick(PRESETS))
def test_every_preset_lays_out(size):
    brand = housestyle.load_brand("ou")
    preset = brand.preset(size)
    for chart in (make() for make in CHARTS.values()):
        fig = finalise(chart, title="A title", subtitle="A subtitle", source="data", size=size)
        assert pixel_size(png(fig)) == preset.pixels
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


def test_ggplot_is_not_changed():
    plot = ggplot_line()
    before = copy.deepcopy(plot)
    fig = finalise(plot, title="New", size="social")
    assert plot.labels.get("title", None) == before.labels.get("title", None) == "From labs"
    assert plot.theme.getp("figure_size") == before.theme.getp("figure_size")
    assert not hasattr(plot, "figure") or plot.figure is not fig


def test_source_prefix_added_once():
    fig = finalise(mpl_line(), source="Source: ONS")
    assert finalised(fig).source == "Source: ONS"
    fig2 = finalise(mpl_line(), source="ONS")
    assert finalised(fig2).source == "Source: ONS"


def test_brand_switch_changes_the_look():
    fig = finalise(mpl_line("night"), title="T", source="S", brand="night")
    night = housestyle.load_brand("night")
    title = texts_with_gid(fig, "housestyle-title")[0]
    assert title.get_color() == night.colours.text
    assert finalised(fig).brand.name == "night"


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


def test_dollar_signs_are_text_not_maths():
    fig = finalise(mpl_line(), title="Prices rose from $5 to $10", source="s")
    draw(fig)
    (title,) = texts_with_gid(fig, "housestyle-title")
    assert title.get_text() == "Prices rose from $5 to $10"
    assert title.get_parse_math() is False


def test_a_loc_best_legend_goes_on_top_and_a_placed_one_stays():
    fig = finished("mpl_line")
    legend = fig.axes[0].get_legend()
    assert legend.get_bbox_to_anchor().y0 >= fig.axes[0].bbox.y1 - 1  # above the axes
    placed = mpl_line()
    placed.axes[0].legend(loc="upper right")
    finalise(placed, title="T")
    draw(placed)
    ax = placed.axes[0]
    assert ax.get_legend().get_window_extent().y1 <= ax.bbox.y1 + 1  # still inside


# --------------------------------------------------------------------------- #
# Size as context
# --------------------------------------------------------------------------- #


def test_size_none_is_the_current_size():
    assert finalised(finished("mpl_line")).preset.name == "web"  # the brand's default
    with housestyle.style(size="social"):
        fig = finished("mpl_line")
        plot_fig = finished("ggplot_line")
        heights = housestyle.finish._finalise.frame_heights(title="T", source="S")
    for each in (fig, plot_fig):
        assert finalised(each).preset.name == "social"
        assert pixel_size(png(each)) == (1200, 675)
    assert heights == housestyle.finish._finalise.frame_heights(
        title="T", source="S", size="social"
    )
    assert heights != housestyle.finish._finalise.frame_heights(
        title="T", source="S", size="print-column"
    )


# --------------------------------------------------------------------------- #
# Finalising a finalised figure
# --------------------------------------------------------------------------- #


def _refinalised(name, sizes):
    fig = finished(name)
    for size in sizes:
        fig = finalise(fig, size=size)
    return fig


@pytest.mark.parametrize("name", first_quick(QUICK_FIRST))
def test_one_title_block_after_many_refinalisations(name):
    fig = _refinalised(name, ["social", "print-column", "web", "social", "print-column"])
    direct = finished(name, size="print-column")
    assert decoration_counts(fig) == decoration_counts(direct)
    assert decoration_counts(fig)["housestyle-logo"] == 1
    assert decoration_counts(fig)["housestyle-rule"] == 1
    assert decoration_texts(fig) == decoration_texts(direct)
    assert len(decoration(fig)) == len(decoration(direct))
    assert pixel_size(png(fig)) == (1016, 827)


@pytest.mark.parametrize("name", first_quick(QUICK_FIRST))
def test_refinalised_is_the_same_picture_as_finalised_there(name):
    """Type is rescaled from the preset it had, never compounded: web -> print -> social."""
    fig = _refinalised(name, ["print-column", "social"])
    assert png(fig) == png(finished(name, size="social"))


@pytest.mark.parametrize("name", first_quick(MPL))
def test_text_sizes_come_back_exactly(name):
    fig = finished(name)
    png(fig)  # drawing makes ticks that must follow the next sizes too
    # keyed by the Text objects themselves, which keeps them alive: keyed by id(), a text
    # freed on the way could lend its id to a new one of another size (order-dependent)
    sizes = {t: t.get_fontsize() for t in fig.findobj(plt.Text)}
    for size in ("print-column", "slide", "print-page", "web"):
        fig = finalise(fig, size=size)
        png(fig)
    now = {t: t.get_fontsize() for t in fig.findobj(plt.Text)}
    assert {k: now[k] for k in sizes.keys() & now.keys()} == {
        k: sizes[k] for k in sizes.keys() & now.keys()
    }
    assert set(now.values()) == set(sizes.values())


def test_fields_are_kept_unless_given_again(tmp_path):
    logo = tmp_path / "logo.png"
    Image.fromarray(np.full((20, 40, 4), 200, dtype=np.uint8)).save(logo)
    fig = finished("mpl_line", note="Seasonally adjusted.", logo=logo)
    first = finalised(fig)
    fig = finalise(fig, size="social")
    info = finalised(fig)
    kept = ("title", "subtitle", "source", "note", "alt", "logo")
    assert [getattr(info, f) for f in kept] == [getattr(first, f) for f in kept]
    assert info.logo == logo.resolve() and decoration_counts(fig)["housestyle-logo"] == 1
    fig = finalise(fig, subtitle="A new subtitle")  # one field given: only it changes
    info = finalised(fig)
    assert info.subtitle == "A new subtitle" and info.preset.name == "social"
    assert (info.title, info.note, info.alt) == (first.title, first.note, first.alt)
    assert decoration_texts(fig)["housestyle-subtitle"] == ["A new subtitle"]
    fig = finalise(fig, note="", logo=False)  # empty text and False take them off
    assert finalised(fig).note == "" and "housestyle-note" not in decoration_counts(fig)
    assert "housestyle-logo" not in decoration_counts(fig)


def test_refinalising_keeps_its_size_unless_a_size_is_current():
    fig = finished("mpl_line", size="social")
    fig = finalise(fig, title="Changed")
    assert finalised(fig).preset.name == "social"
    with housestyle.style(size="print-column"):
        fig = finalise(fig)
    assert finalised(fig).preset.name == "print-column"
    assert finalised(fig).title == "Changed"


def test_refinalising_keeps_the_brand():
    fig = finalise(mpl_line("night"), title="T", source="S", brand="night")
    fig = finalise(fig, size="social")
    assert finalised(fig).brand.name == "night"
    title = texts_with_gid(fig, "housestyle-title")[0]
    assert title.get_color() == housestyle.load_brand("night").colours.text


def test_a_ggplot_figure_is_drawn_again_from_its_plot():
    plot = ggplot_line()
    fig = finalise(plot, title="Given", alt="Lines.")
    again = finalise(fig, size="social")  # was: AttributeError '_hspace'
    assert again is not fig and finalised(fig).preset.name == "web"  # the first is kept
    info = finalised(again)
    assert (info.title, info.subtitle, info.source, info.alt) == (
        "Given",
        "Subtitle from labs",
        "Source: caption data",
        "Lines.",
    )
    direct = finalise(ggplot_line(), title="Given", alt="Lines.", size="social")
    assert png(again) == png(direct)
    assert info.spec is not plot  # a copy: the caller's plot is never drawn
    assert not hasattr(plot, "figure")


# --------------------------------------------------------------------------- #
# A ggplot drawn or saved before it is finalised (issue 12.3)
# --------------------------------------------------------------------------- #


def _guided_grid():
    from plotnine import aes, facet_grid, geom_point, ggplot, guide_legend, guides, theme
    from plotnine.data import mpg

    from housestyle import theme_ou

    return (
        ggplot(mpg, aes("displ", "hwy", colour="fl"))  # 5 fuels: the brand's palette holds 6
        + geom_point()
        + facet_grid("drv", "year")
        + theme_ou()
        + theme(legend_position="bottom")
        + guides(colour=guide_legend(nrow=2))
    )


PLOTS = {"ggplot_line": ggplot_line, "ggplot_facets": ggplot_facets, "guided_grid": _guided_grid}


@pytest.mark.parametrize("name", first_quick(sorted(PLOTS)))
@pytest.mark.parametrize("before", first_quick(["draw twice", "draw", "save"]))
def test_drawing_a_ggplot_first_changes_nothing(name, before):
    expected = png(finalise(PLOTS[name](), **TEXTS))
    plot = PLOTS[name]()
    if before == "save":
        plot.save(io.BytesIO(), format="png", verbose=False)
    else:
        with warnings.catch_warnings():  # plotnine's own second draw warns of its scales
            warnings.simplefilter("ignore")
            for _ in range(1 + (before == "draw twice")):
                plt.close(plot.draw())
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no "scale already present" from a stale build
        fig = finalise(plot, **TEXTS)
    assert png(fig) == expected
    shown = [t.get_text() for t in fig.findobj(plt.Text) if t.get_visible() and t.get_text()]
    assert shown.count(TEXTS["title"]) == 1
    assert "caption data" not in shown and "From labs" not in shown


@pytest.mark.slow  # many renders of two charts: the full suite
def test_renders_of_one_figure_are_identical():
    """Every draw lays out as the first: the display and the export are the same file."""
    for name in CHARTS:
        fig = finished(name)
        assert png(fig) == png(fig) == png(fig), name


def test_tick_labels_thinned_within_their_extent_keep_the_layout(monkeypatch):
    """Six facets whose year labels collide: thinned, keeping the first and last, they fill
    the box they filled, which is all a layout engine reads of them, so the layout is not
    run again for them (a quarter of the export's cost); what is drawn still passes check."""
    from housestyle.finish import _p9layout
    from housestyle.output import to_bytes
    from tests.users.plotnine_charts import facet_wrap_six_panels

    layouts: list[int] = []
    original = _p9layout.fit_to_size

    def counted(fig, lay_out):
        def one():
            layouts.append(1)
            return lay_out()

        return original(fig, one)

    monkeypatch.setattr(_p9layout, "fit_to_size", counted)
    chart = finalise(facet_wrap_six_panels(), title="Six panels", source="Test", alt="x")
    to_bytes(chart, ["png"])
    assert layouts == [1], "thinned within their extent: laid out once"
    assert housestyle.check(chart).ok


@pytest.mark.parametrize("size", ["print-column", "web"])
def test_a_plain_savefig_writes_the_finalised_size_in_both_libraries(size):
    """``fig.savefig(path)`` writes at the density a figure was made with: a matplotlib
    chart made at 100 dpi and finalised for print-column (300 dpi) was written 338 px wide,
    its ggplot twin 1016 px. Both now write the preset's pixels, as export does."""
    from plotnine import aes, geom_col, ggplot

    pixels = housestyle.load_brand("ou").preset(size).pixels
    with housestyle.style():
        fig, ax = plt.subplots()
        ax.bar(["North", "South"], [3.2, 4.1])
    frame = pd.DataFrame({"region": ["North", "South"], "value": [3.2, 4.1]})
    plot = ggplot(frame, aes("region", "value")) + geom_col() + housestyle.theme_ou()
    for chart in (fig, plot):
        finished = finalise(chart, title="South is ahead", source="Made up", size=size)
        out = io.BytesIO()
        finished.savefig(out, format="png")
        assert Image.open(out).size == pixels, type(chart).__name__
