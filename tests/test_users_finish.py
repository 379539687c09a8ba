"""finalise on charts made the ordinary ways: titles, legends, fonts, layout calls, images.

Each test makes a chart as a user would (``ax.set_title``, a legend inside a ``style()``
block, ``tight_layout``, ``subplots_adjust``, seaborn's bars, ``imshow``) and asserts
what a reader of the finished chart sees.
"""

from __future__ import annotations

import subprocess
import warnings
from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest
from matplotlib import font_manager
from matplotlib.colors import to_hex
from matplotlib.text import Text

import housestyle
from housestyle import LayoutWarning, load_brand
from housestyle.record._record import finalised

from .charts import draw, texts_with_gid

BRAND = load_brand("ou")
TEXTS = {"source": "Made up", "alt": "A chart."}
LATO = {"Lato-Regular.ttf", "Lato-Bold.ttf", "Lato-Italic.ttf", "Lato-BoldItalic.ttf"}


def font_files(fig) -> dict[str, str]:
    """The font file each drawn, visible text resolves to, by its text."""
    draw(fig)
    return {
        t.get_text(): Path(font_manager.findfont(t.get_fontproperties())).name
        for t in fig.findobj(Text)
        if t.get_visible() and t.get_text().strip()
    }


# --------------------------------------------------------------------------- #
# Titles (issue 12.4)
# --------------------------------------------------------------------------- #


def test_a_left_axes_title_becomes_the_title_block():
    with housestyle.style():
        fig, ax = plt.subplots()
        ax.plot([1, 3, 2])
        ax.set_title("Rain fell most in March")  # the brand's titles are left-aligned
    housestyle.finalise(fig, **TEXTS)
    assert finalised(fig).title == "Rain fell most in March"
    assert [t.get_text() for t in texts_with_gid(fig, "housestyle-title")] == [
        "Rain fell most in March"
    ]
    assert not any(ax.get_title(loc=loc) for loc in ("left", "center"))


def test_a_pandas_title_becomes_the_title_block():
    frame = pd.DataFrame({"rain": [3, 5, 2]}, index=[2021, 2022, 2023])
    with housestyle.style():
        ax = frame.plot(title="Rain by year")
    fig = housestyle.finalise(ax.figure, **TEXTS)
    assert finalised(fig).title == "Rain by year"


def test_a_twinned_panel_and_its_colorbar_count_as_one_panel():
    with housestyle.style():
        fig, ax = plt.subplots()
        image = ax.imshow(np.arange(12).reshape(3, 4))
        fig.colorbar(image, ax=ax)
        ax.twinx()
        ax.set_title("One panel")
    housestyle.finalise(fig, **TEXTS)
    assert finalised(fig).title == "One panel"


def test_with_several_panels_axes_titles_stay_panel_titles():
    with housestyle.style():
        fig, axes = plt.subplots(1, 2)
        axes[0].set_title("Left panel")
        axes[1].set_title("Right panel")
    housestyle.finalise(fig, **TEXTS)
    assert finalised(fig).title is None
    assert [ax.get_title(loc="left") for ax in axes] == ["Left panel", "Right panel"]


def test_a_right_title_is_a_note_and_stays():
    with housestyle.style():
        fig, ax = plt.subplots()
        ax.set_title("in mm", loc="right")
    housestyle.finalise(fig, **TEXTS)
    assert finalised(fig).title is None
    assert ax.get_title(loc="right") == "in mm"


def _lines_at_the_foot():
    with housestyle.style():
        fig, ax = plt.subplots()
        ax.plot([2019, 2020, 2021, 2022], [3, 4, 3.5, 5])
        fig.text(0.99, 0.01, "Figures are provisional", ha="right", fontsize=8)
        fig.text(0.01, 0.01, "Source: Office for National Statistics", fontsize=8)
        fig.supxlabel("Year")
    return fig


@pytest.mark.parametrize("size", ["web", "print-column"])
def test_lines_written_at_the_figures_foot_become_the_footer(size):
    """``fig.text`` at the bottom was drawn over the footer (check() named it): a source
    line becomes the source, the others the note, left to right; the supxlabel stays.
    Laid out again at another size they are the footer's still, written once."""
    fig = housestyle.finalise(_lines_at_the_foot(), title="Prices rose again", size=size)
    record = finalised(fig)
    assert record.source == "Source: Office for National Statistics"
    assert record.note == "Figures are provisional"
    draw(fig)
    shown = [t.get_text() for t in fig.findobj(Text) if t.get_visible()]
    assert shown.count("Figures are provisional") == 1 and "Year" in shown
    assert shown.count("Source: Office for National Statistics") == 1
    report = housestyle.check(fig)
    assert not [f for f in report.errors if f.rule in ("figure_overlap", "text_overlap")]
    again = housestyle.finalise(fig, size="social")
    draw(again)
    assert [t.get_text() for t in again.findobj(Text)].count("Figures are provisional") == 1


def test_a_text_centred_at_the_foot_is_a_shared_axis_title_and_stays():
    """``fig.text(0.5, 0.02, "Year", ha="center")``, the shared x title before
    ``supxlabel``, is not a footer line: it stays the figure's (check() names where it
    lands), and the footer takes nothing from it."""
    with housestyle.style():
        fig, ax = plt.subplots()
        ax.plot([2019, 2020, 2021, 2022], [3, 4, 3.5, 5])
        fig.text(0.5, 0.02, "Year", ha="center")
    fig = housestyle.finalise(fig, title="Prices rose", source="ONS")
    assert "Year" in [t.get_text() for t in fig.texts]
    assert finalised(fig).note is None and finalised(fig).source == "Source: ONS"


def test_a_source_given_wins_over_the_figures_and_the_dropped_line_is_named():
    with pytest.warns(LayoutWarning, match="'Source: Office for National Statistics' was dropped"):
        fig = housestyle.finalise(_lines_at_the_foot(), title="Prices rose", source="ONS")
    assert finalised(fig).source == "Source: ONS"
    assert finalised(fig).note == "Figures are provisional"
    assert "Source: Office for National Statistics" not in [t.get_text() for t in fig.texts]


# --------------------------------------------------------------------------- #
# Legends and fonts (issue 12.2)
# --------------------------------------------------------------------------- #


def test_a_legend_made_in_the_block_keeps_its_title_and_the_brand_font(tmp_path):
    with housestyle.style():
        fig, ax = plt.subplots()
        ax.plot([1, 2, 3], label="Wales")
        ax.plot([2, 3, 1], label="Scotland")
        ax.legend(title="Nation")
    housestyle.finalise(fig, title="Rain", save=tmp_path / "rain", formats=["pdf"], **TEXTS)
    legend = ax.get_legend()
    assert legend.get_title().get_text() == "Nation"
    files = font_files(fig)
    assert {files[t] for t in ("Nation", "Wales", "Scotland")} == {"Lato-Regular.ttf"}
    assert legend.get_title().get_window_extent().y0 >= max(
        t.get_window_extent().y1 for t in legend.get_texts()
    )  # above its entries
    listing = subprocess.run(
        ["pdffonts", str(tmp_path / "rain.pdf")], capture_output=True, text=True, check=True
    ).stdout
    assert "DejaVu" not in listing and "Lato" in listing


def test_text_made_outside_the_block_takes_the_brand_font():
    fig, ax = plt.subplots()  # no style(): matplotlib's DejaVu Sans
    ax.plot([1, 2, 3], label="Wales")
    ax.legend(loc="upper left")
    ax.set_xlabel("Year")
    housestyle.finalise(fig, title="Rain", **TEXTS)
    assert set(font_files(fig).values()) <= LATO


def test_a_font_the_user_chose_is_kept():
    with housestyle.style():
        fig, ax = plt.subplots()
        ax.text(0.5, 0.5, "In mono", family="monospace")
    housestyle.finalise(fig, title="Rain", **TEXTS)
    assert font_files(fig)["In mono"] == "DejaVuSansMono.ttf"


# --------------------------------------------------------------------------- #
# seaborn's colours and images (issue 12.7, 12.8)
# --------------------------------------------------------------------------- #


def test_seaborn_bars_are_the_brand_colour_not_desaturated():
    sns = pytest.importorskip("seaborn")
    frame = pd.DataFrame({"party": ["A", "B", "C"], "seats": [3, 5, 2]})
    with housestyle.style():
        fig, ax = plt.subplots()
        sns.barplot(frame, x="party", y="seats", ax=ax)
    housestyle.finalise(fig, title="Seats", **TEXTS)
    assert {to_hex(bar.get_facecolor()) for bar in ax.patches} == {BRAND.colours.primary}


def test_seaborn_hue_bars_and_their_legend_are_the_brand_palette():
    sns = pytest.importorskip("seaborn")
    frame = pd.DataFrame({"x": list("aabb"), "y": [1, 2, 3, 4], "g": list("pqpq")})
    with housestyle.style():
        fig, ax = plt.subplots()
        sns.barplot(frame, x="x", y="y", hue="g", ax=ax)
    housestyle.finalise(fig, title="Hue", **TEXTS)
    first_two = list(BRAND.palettes["categorical"][:2])
    bars = sorted({to_hex(bar.get_facecolor()) for bar in ax.patches if bar.get_height()})
    assert bars == sorted(first_two)
    handles = [to_hex(h.get_facecolor()) for h in ax.get_legend().legend_handles]
    assert handles == first_two


@pytest.mark.parametrize("draw_image", ["imshow", "pcolormesh"])
def test_no_gridlines_over_an_image(draw_image):
    with housestyle.style():
        fig, ax = plt.subplots()
        getattr(ax, draw_image)(np.arange(12).reshape(3, 4))
    housestyle.finalise(fig, title="Image", **TEXTS)
    draw(fig)
    assert not any(line.get_visible() for line in ax.get_xgridlines() + ax.get_ygridlines())


def test_gridlines_stay_where_there_is_no_image():
    with housestyle.style():
        fig, ax = plt.subplots()
        ax.plot([1, 2, 3])
    housestyle.finalise(fig, title="Line", **TEXTS)
    draw(fig)
    assert any(line.get_visible() for line in ax.get_ygridlines())


def _shown_gridlines(ax) -> tuple[bool, bool]:
    """Whether gridlines are drawn along x (vertical lines) and along y (horizontal)."""
    return tuple(any(g.get_visible() for g in a.get_gridlines()) for a in (ax.xaxis, ax.yaxis))


@pytest.mark.parametrize("kind", ["line", "bar", "area", "hist"])
def test_a_pandas_chart_keeps_the_brands_gridlines(kind):
    """pandas' .plot calls ax.grid(True) when the rc draws gridlines; the brand's run
    along y only, so no vertical line crosses the bars or the years."""
    frame = pd.DataFrame(
        {"North": [3.0, 5, 4, 6], "South": [2.0, 4, 5, 3]}, index=[2021, 2022, 2023, 2024]
    )
    with housestyle.style():
        ax = frame.plot(kind=kind)
    fig = housestyle.finalise(ax.figure, title="A pandas chart", **TEXTS)
    draw(fig)
    assert _shown_gridlines(ax) == (False, True)


def test_a_grid_call_that_names_its_axis_is_the_users():
    with housestyle.style():
        fig, (scatter, bars, bare) = plt.subplots(1, 3)
        scatter.scatter([1, 2, 3], [3, 1, 2])
        scatter.grid(True, axis="both")  # values read both ways
        bars.barh(["a", "b"], [1, 2])
        bars.grid(False, axis="y")
        bars.grid(True, axis="x")
        bare.plot([1, 2])
        bare.grid(False)
    housestyle.finalise(fig, title="Three panels", **TEXTS)
    draw(fig)
    assert [_shown_gridlines(ax) for ax in (scatter, bars, bare)] == [
        (True, True),
        (True, False),
        (False, False),
    ]


# --------------------------------------------------------------------------- #
# The user's layout calls and figure size (issue 12.9)
# --------------------------------------------------------------------------- #


def _two_panels():
    fig, axes = plt.subplots(1, 2)
    axes[0].plot([1, 2])
    axes[1].plot([2, 1])
    return fig, axes


def test_after_tight_layout_no_warning_and_panels_inside_the_plot_area():
    with housestyle.style():
        fig, axes = _two_panels()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # matplotlib's own, at the user's call
            fig.tight_layout()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        housestyle.finalise(fig, title="Tight", **TEXTS)
        draw(fig)
    record = finalised(fig)
    height = fig.bbox.height
    for ax in axes:
        box = ax.get_tightbbox()
        assert box.y1 <= height - record.header_height * fig.dpi / 72 + 1
        assert box.y0 >= record.footer_height * fig.dpi / 72 - 1


def test_subplots_adjust_spacing_is_kept():
    fig, axes = _two_panels()
    fig.subplots_adjust(wspace=0.6)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        housestyle.finalise(fig, title="Apart", **TEXTS)
        draw(fig)
    left, right = (ax.get_position() for ax in axes)
    mean_width = (left.width + right.width) / 2
    assert (right.x0 - left.x1) / mean_width == pytest.approx(0.6, abs=0.06)
    housestyle.finalise(fig, size="social")  # kept at another size too
    draw(fig)
    left, right = (ax.get_position() for ax in axes)
    assert (right.x0 - left.x1) / ((left.width + right.width) / 2) == pytest.approx(0.6, abs=0.06)


def test_a_colorbar_made_without_a_layout_engine_is_laid_out():
    fig, (ax, other) = plt.subplots(1, 2)
    fig.colorbar(ax.imshow(np.arange(16).reshape(4, 4)), ax=ax)
    fig.tight_layout()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        housestyle.finalise(fig, title="Colorbar", **TEXTS)
        draw(fig)
    boxes = [a.get_tightbbox() for a in fig.axes]
    for first, second in zip(boxes, boxes[1:], strict=False):
        assert not first.overlaps(second)


def test_seaborn_figure_level_plot_finalises_without_warnings():
    sns = pytest.importorskip("seaborn")
    frame = pd.DataFrame({"x": [1, 2, 3, 4], "y": [1, 3, 2, 4], "g": list("aabb")})
    with housestyle.style(), warnings.catch_warnings():
        warnings.simplefilter("ignore")  # seaborn's tight_layout warns at its own call
        grid = sns.relplot(frame, x="x", y="y", col="g", kind="line")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        fig = housestyle.finalise(grid.figure, title="Two panels", **TEXTS)
        draw(fig)
    assert tuple(fig.canvas.get_width_height()) == (640, 450)


def test_a_strip_shaped_figure_warns_when_laid_out_at_the_default_size():
    with housestyle.style():
        fig, ax = plt.subplots(figsize=(12, 3))
        ax.plot([1, 2])
    with pytest.warns(LayoutWarning, match=r"12 x 3 in.*size='web-wide'"):
        housestyle.finalise(fig, title="Strip", **TEXTS)


@pytest.mark.parametrize("how", ["size", "style", "default shape"])
def test_no_shape_warning_when_the_size_is_asked_for_or_the_shape_fits(how):
    with housestyle.style(size="social" if how == "style" else None):
        fig, ax = plt.subplots(figsize=(6.4, 4.8) if how == "default shape" else (12, 3))
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            housestyle.finalise(fig, size="web" if how == "size" else None, title="T", **TEXTS)


# --------------------------------------------------------------------------- #
# Another style inside the block (issue 12.7)
# --------------------------------------------------------------------------- #


def test_set_theme_inside_the_block_warns_once():
    from housestyle import StyleWarning

    sns = pytest.importorskip("seaborn")
    with pytest.warns(StyleWarning, match=r"sns.set_theme\(\)") as caught, housestyle.style():
        sns.set_theme()
        plt.subplots()
    assert len(caught) == 1


@pytest.mark.parametrize("how", ["brand rc", "one tweak", "before the block"])
def test_no_warning_when_the_brand_still_holds(how):
    sns = pytest.importorskip("seaborn")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        if how == "before the block":
            sns.set_theme()
        with housestyle.style():
            if how == "brand rc":
                sns.set_theme(rc=housestyle.rc())
            elif how == "one tweak":
                plt.rcParams["axes.prop_cycle"] = plt.cycler(color=["black"])
            fig, ax = plt.subplots()
            ax.plot([1, 2], label="a")
            legend = ax.legend()
    if how != "one tweak":
        assert Path(font_manager.findfont(legend.get_texts()[0].get_fontproperties())).name == (
            "Lato-Regular.ttf"
        )


# --------------------------------------------------------------------------- #
# seaborn's error bars and heatmap values
# --------------------------------------------------------------------------- #


def test_seaborn_error_bars_are_in_the_brands_axis_colour():
    sns = pytest.importorskip("seaborn")
    frame = pd.DataFrame({"g": list("aabb"), "v": [1, 2, 3, 5]})
    with housestyle.style():
        fig, ax = plt.subplots()
        sns.barplot(frame, x="g", y="v", ax=ax)
    housestyle.finalise(fig, title="Bars", **TEXTS)
    assert {to_hex(line.get_color()) for line in ax.get_lines()} == {BRAND.colours.axis}


def test_a_seaborn_size_legends_grey_dots_are_in_the_brands_ink():
    """With hue= beside size=, seaborn keys the sizes with dots of its fixed grey (".2",
    #333333, not a brand colour: check() warned of it); they are the brand's text colour,
    drawn, beside the hue's brand colours, and the chart checks clean."""
    sns = pytest.importorskip("seaborn")
    frame = pd.DataFrame({"x": range(8), "y": [3, 1, 4, 1, 5, 9, 2, 6], "n": range(1, 9)})
    frame["g"] = ["North", "South"] * 4
    with housestyle.style():
        fig, ax = plt.subplots()
        sns.scatterplot(frame, x="x", y="y", size="n", hue="g", ax=ax)
    fig = housestyle.finalise(fig, title="Dots", **TEXTS)
    draw(fig)
    legend = ax.get_legend()
    texts = [t.get_text() for t in legend.get_texts()]
    keys = dict(zip(texts, legend.legend_handles, strict=True))
    sized = [key for label, key in keys.items() if label.isdigit()]
    assert sized and {to_hex(key.get_markerfacecolor()) for key in sized} == {BRAND.colours.text}
    assert to_hex(keys["North"].get_markerfacecolor()) == BRAND.colours.primary
    assert housestyle.check(fig).warnings == []


def test_heatmap_values_are_written_in_the_brands_best_ink():
    sns = pytest.importorskip("seaborn")
    from housestyle.ink._palettes import best_ink

    table = pd.DataFrame(np.arange(12).reshape(3, 4) * 1.0)
    with housestyle.style():
        fig, ax = plt.subplots()
        sns.heatmap(table, annot=True, cmap="ou_sequential", ax=ax)
    housestyle.finalise(fig, title="Cells", **TEXTS)
    mesh = ax.collections[0]
    cells = mesh.to_rgba(mesh.get_array()).reshape(3, 4, 4)
    for text in ax.texts:
        x, y = text.get_position()
        cell = cells[int(y), int(x)]
        assert to_hex(text.get_color()) == to_hex(best_ink(cell, BRAND))
    assert {to_hex(text.get_color()) for text in ax.texts} == {
        BRAND.colours.text,
        BRAND.colours.background,
    }


def test_a_figure_made_in_a_style_block_is_finalised_in_its_brand_after_the_block():
    with housestyle.style("night"):
        fig, ax = plt.subplots()
        ax.plot([0, 1], [1, 2], label="a")
        ax.legend()
        with housestyle.style("ou"):  # an inner block's figure keeps the inner brand
            inner, _ = plt.subplots()
    fig = housestyle.finalise(fig, title="Made in night", source="Test", alt="A test.")
    inner = housestyle.finalise(inner, title="Made in ou", source="Test", alt="A test.")
    assert housestyle.finalised(fig).brand.name == "night"
    assert housestyle.finalised(inner).brand.name == "ou"
    assert housestyle.check(fig).errors == []


def test_a_chart_made_at_a_size_is_finalised_at_it_after_the_block():
    """style(brand, size) sets the chart's text for that size: a figure or ggplot made in
    the block and finalised after it is finished at that size, not the default; a size
    asked of finalise, or of a block around it, still wins."""
    from plotnine import aes, geom_line, ggplot

    with housestyle.style("night", "social"):
        fig, ax = plt.subplots()
        ax.plot([2019, 2020, 2021], [3, 1, 2], label="a")
        ax.legend()
        frame = pd.DataFrame({"x": [1, 2, 3], "y": [2, 3, 1]})
        plot = ggplot(frame, aes("x", "y")) + geom_line() + housestyle.theme_house()
    for chart in (fig, plot):
        done = housestyle.finalise(chart, title="Made at social", **TEXTS)
        info = housestyle.finalised(done)
        assert (info.brand.name, info.preset.name) == ("night", "social"), chart
        assert tuple(round(v) for v in done.bbox.size) == info.preset.pixels
        assert housestyle.check(done).errors == []
    asked = housestyle.finalise(plot, title="Asked for web", size="web", **TEXTS)
    assert housestyle.finalised(asked).preset.name == "web"
    with housestyle.style("night", "slide"):
        around = housestyle.finalise(plot, title="In a slide block", **TEXTS)
    assert housestyle.finalised(around).preset.name == "slide"


def test_a_ggplot_made_in_a_brand_is_finalised_in_it_after_the_block(tmp_path):
    """A ggplot carries its theme's brand, as a figure carries its style() block's: the title
    block and footer are drawn in the fonts its axes already have, not the current brand's."""
    from plotnine import aes, geom_col, ggplot

    from .userbrand import drawn_font_files, font_files, write_user_brand

    brand_file = write_user_brand(tmp_path / "brand")
    frame = pd.DataFrame({"kind": ["Rail", "Road"], "trips": [3.5, 7.25]})
    with housestyle.style(brand_file):
        plot = ggplot(frame, aes("kind", "trips", fill="kind")) + geom_col()
        plot += housestyle.theme_house()
    fig = housestyle.finalise(plot, title="Road trips are twice rail's", source="Test", alt="Bars")
    assert housestyle.finalised(fig).brand.name == load_brand(brand_file).name
    drawn = drawn_font_files(fig)
    assert any("Road trips" in text for text in drawn) and any("Source" in text for text in drawn)
    assert set(drawn.values()) <= font_files(tmp_path / "brand")
    assert [f.rule for f in housestyle.check(fig).errors] == []
