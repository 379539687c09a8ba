"""The plotnine side: theme_ou() as a complete theme, its algebra, fonts and scales."""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest
from matplotlib import font_manager
from matplotlib.colors import to_hex
from matplotlib.text import Text
from plotnine import aes, element_text, geom_col, geom_line, ggplot, labs, theme

import housestyle
from housestyle import HouseStyleError, load_brand, scale_colour_ou, scale_fill_ou, theme_ou


@pytest.fixture
def frame():
    return pd.DataFrame(
        {"x": [1, 2, 3] * 3, "y": [1, 3, 2, 2, 1, 3, 3, 2, 1], "g": list("aaabbbccc")}
    )


def test_import_housestyle_does_not_import_plotnine():
    code = "import sys, housestyle; assert 'plotnine' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True)


def test_theme_is_complete_and_from_the_brand():
    brand = load_brand("ou")
    th = theme_ou()
    assert th.complete
    assert th.getp(("plot_title", "size")) == brand.type.title
    assert th.getp(("plot_title", "weight")) == "bold"
    assert th.getp("plot_title_position") == "plot"
    assert th.getp(("panel_grid_major_y", "color")) == brand.colours.gridline
    assert th.getp(("panel_background", "facecolor")) == brand.colours.background
    assert th.getp("legend_position") == "top"


def test_base_size_scales_every_size():
    brand = load_brand("ou")
    th = theme_ou(base_size=brand.type.axis_title * 2)
    assert th.getp(("plot_title", "size")) == pytest.approx(brand.type.title * 2)
    assert th.getp(("axis_text", "size")) == pytest.approx(brand.type.tick_label * 2)


def test_theme_algebra_partial_changes_one_element():
    base = theme_ou()
    changed = base + theme(axis_text_x=element_text(color="red"))
    assert changed.getp(("axis_text_x", "color")) == "red"
    assert changed.getp(("plot_title", "size")) == base.getp(("plot_title", "size"))
    assert base.getp(("axis_text_x", "color")) != "red"  # the original is unchanged


def test_complete_theme_on_the_right_replaces(frame):
    from plotnine import theme_gray

    p = ggplot(frame, aes("x", "y")) + geom_line() + theme_ou() + theme_gray()
    assert p.theme.getp(("panel_background", "facecolor")) != load_brand("ou").colours.background


def test_theme_follows_the_current_brand():
    with housestyle.style("night"):
        th = theme_ou()
    assert th.getp(("plot_background", "facecolor")) == load_brand("night").colours.background


def test_every_text_uses_the_bundled_font(frame, caplog):
    brand = load_brand("ou")
    bundled = {p.resolve() for p in brand.fonts.files}
    p = (
        ggplot(frame, aes("x", "y", colour="g"))
        + geom_line()
        + theme_ou()
        + scale_colour_ou()
        + labs(title="Ŵyn ŷ", subtitle="łódź", caption="ő")
    )
    with caplog.at_level(logging.WARNING, logger="matplotlib.font_manager"):
        fig = p.draw()
        fig.canvas.draw()
        texts = [t for t in fig.findobj(Text) if t.get_text() and t.get_visible()]
        files = {Path(font_manager.findfont(t.get_fontproperties())).resolve() for t in texts}
    plt.close(fig)
    assert len(texts) > 5 and files <= bundled
    assert not [r for r in caplog.records if "findfont" in r.getMessage()]


def test_scale_uses_the_palette_and_highlight_mapping(frame):
    brand = load_brand("ou")
    p = ggplot(frame, aes("x", "y", colour="g")) + geom_line() + theme_ou() + scale_colour_ou()
    fig = p.draw()
    colours = {to_hex(line.get_color()) for ax in fig.axes for line in ax.get_lines()}
    plt.close(fig)
    assert colours == set(brand.palettes["categorical"][:3])
    bars = ggplot(frame, aes("g", "y", fill="g")) + geom_col() + theme_ou()
    fig = (bars + scale_fill_ou({"b": "highlight"})).draw()
    fills = {
        to_hex(colour)
        for ax in fig.axes
        for collection in ax.collections
        for colour in collection.get_facecolors()
    }
    plt.close(fig)
    assert fills == {brand.colours.highlight, brand.colours.grey}


def test_too_many_categories_is_refused():
    frame = pd.DataFrame({"x": range(7), "y": range(7), "g": list("abcdefg")})
    p = ggplot(frame, aes("x", "y", colour="g")) + geom_line() + theme_ou() + scale_colour_ou()
    with pytest.raises(HouseStyleError, match="holds 6 colours but the data has 7 categories"):
        p.draw()


def test_continuous_scales_and_aliases():
    assert housestyle.scale_color_ou is scale_colour_ou
    scale = housestyle.scale_fill_ou_continuous("diverging")
    assert scale is not None
    with pytest.raises(HouseStyleError, match="not a continuous palette"):
        housestyle.scale_colour_ou_continuous("categorical")


def tuned_brand(folder: Path) -> Path:
    path = folder / "tuned.yaml"
    path.write_text(
        "extends: ou\nname: tuned\nlayout:\n  ticks: true\n  tick_length: 7\n"
        "  pads: {tick_label: 9, axis_title: 11, panel_title: 13, strip_top: 1, strip_bottom: 3}\n"
        "palettes:\n"
        '  greens: {kind: sequential, colours: ["#e5f5e0", "#a1d99b", "#31a354"]}\n'
        '  spotlight: {kind: focus, colours: ["#aa3377", "#bbbbbb"]}\n'
    )
    return path


def test_theme_reads_tick_length_pads_and_strips_from_the_brand(tmp_path):
    th = theme_ou(brand=tuned_brand(tmp_path))
    assert th.getp("axis_ticks_length") == 7
    assert th.getp(("axis_text_x", "margin")).t == 9
    assert th.getp(("axis_text_y", "margin")).r == 9
    strip = th.getp(("strip_text", "margin"))
    assert (strip.t, strip.b) == (1, 3)
    ou = theme_ou(brand="ou")
    assert ou.getp("axis_ticks_length") == 0  # ou draws no ticks
    assert ou.getp(("axis_text_x", "margin")).t == load_brand("ou").layout.pads.tick_label


def test_drawn_ticks_follow_the_brand(frame, tmp_path):
    p = ggplot(frame, aes("x", "y")) + geom_line() + theme_ou(brand=tuned_brand(tmp_path))
    fig = p.draw()
    tick = fig.axes[0].xaxis.get_major_ticks()[0]
    plt.close(fig)
    assert tick.tick1line.get_markersize() == 7


def test_scales_follow_the_palette_kind_not_its_name(frame, tmp_path):
    brand = tuned_brand(tmp_path)
    scale = housestyle.scale_fill_ou_continuous("greens", brand=brand)
    assert [to_hex(c) for c in scale.palette.colors] == ["#e5f5e0", "#a1d99b", "#31a354"]
    with pytest.raises(HouseStyleError, match=r"'spotlight' is not a continuous palette.*greens"):
        housestyle.scale_colour_ou_continuous("spotlight", brand=brand)
    p = ggplot(frame, aes("x", "y", colour="g")) + geom_line() + theme_ou(brand=brand)
    fig = (p + scale_colour_ou("spotlight", brand=brand)).draw()
    colours = sorted(to_hex(line.get_color()) for ax in fig.axes for line in ax.get_lines())
    plt.close(fig)
    assert colours == ["#aa3377", "#bbbbbb", "#bbbbbb"]  # a focus palette: one, then the grey


def test_two_categories_draw_both_labels_in_the_brand_font():
    frame = pd.DataFrame({"x": [1, 2, 1, 2], "y": [1, 2, 2, 1], "g": list("aabb")})
    fig = (ggplot(frame, aes("x", "y", colour="g")) + geom_line() + theme_ou()).draw()
    fig.canvas.draw()
    files = {
        t.get_text(): Path(font_manager.findfont(t.get_fontproperties())).name
        for t in fig.findobj(Text)
        if t.get_text() in ("a", "b")
    }
    plt.close(fig)
    assert files == {"a": "Lato-Regular.ttf", "b": "Lato-Regular.ttf"}


def test_two_bars_saved_with_plain_save_embed_only_the_brand_font(tmp_path):
    frame = pd.DataFrame({"party": ["Labour", "Plaid Cymru"], "seats": [30, 13]})
    p = ggplot(frame, aes("party", "seats")) + geom_col() + theme_ou()
    path = tmp_path / "two.pdf"
    p.save(path, verbose=False)
    listing = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    fonts = {line.split()[0].split("+")[-1] for line in listing.stdout.splitlines()[2:]}
    assert fonts == {"Lato-Regular"}


def test_theme_family_is_one_value_not_a_sequence_plotnine_spreads():
    family = theme_ou().getp(("text", "family"))
    assert not isinstance(family, list | tuple)
    assert list(family) == ["Lato", "DejaVu Sans"]


# --------------------------------------------------------------------------- #
# The brand's defaults, with no scale added (issue 12.6)
# --------------------------------------------------------------------------- #


def _drawn(plot):
    from housestyle.output._export import to_bytes

    fig = housestyle.finalise(plot, title="T", source="S")
    to_bytes(fig, ["png"])  # lays it out
    return fig


def test_a_single_series_takes_the_brand_colour_and_widths():
    from plotnine import geom_point

    brand = load_brand("ou")
    frame = pd.DataFrame({"x": [1, 2, 3], "y": [2, 1, 3]})
    fig = _drawn(ggplot(frame, aes("x", "y")) + geom_line() + geom_point() + theme_ou())
    (line,) = fig.axes[0].get_lines()
    assert to_hex(line.get_color()) == brand.colours.primary
    assert line.get_linewidth() == pytest.approx(brand.lines.data)
    (points,) = fig.axes[0].collections
    assert {to_hex(c) for c in points.get_facecolor()} == {brand.colours.primary}
    diameter = float(np.sqrt(points.get_sizes()[0]))  # scatter sizes are points squared
    assert diameter == pytest.approx(brand.marks.point)


def test_bars_are_the_primary_colour_not_plotnines_grey():
    frame = pd.DataFrame({"party": ["Labour", "Plaid Cymru"], "seats": [30, 13]})
    fig = _drawn(ggplot(frame, aes("party", "seats")) + geom_col() + theme_ou())
    faces = {to_hex(c) for c in fig.axes[0].collections[0].get_facecolor()}
    assert faces == {load_brand("ou").colours.primary}


def test_a_discrete_colour_mapping_takes_the_categorical_palette(frame):
    fig = _drawn(ggplot(frame, aes("x", "y", colour="g")) + geom_line() + theme_ou())
    colours = [to_hex(line.get_color()) for line in fig.axes[0].get_lines()]
    assert colours == list(load_brand("ou").palettes["categorical"][:3])


def test_a_continuous_fill_takes_the_sequential_ramp():
    from plotnine import geom_tile

    brand = load_brand("ou")
    frame = pd.DataFrame({"x": [1, 2, 3, 4], "y": [1, 1, 1, 1], "v": [0.0, 1.0, 2.0, 3.0]})
    fig = _drawn(ggplot(frame, aes("x", "y", fill="v")) + geom_tile() + theme_ou())
    faces = [to_hex(c) for c in fig.axes[0].collections[0].get_facecolor()]
    ramp = brand.palettes["sequential"]
    assert (faces[0], faces[-1]) == (ramp[0], ramp[-1])


def test_a_scale_added_after_the_theme_is_used_without_a_warning(frame):
    import warnings

    brand = load_brand("ou")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        plot = (
            ggplot(frame, aes("x", "y", colour="g"))
            + geom_line()
            + theme_ou()
            + scale_colour_ou({"a": "highlight"})
        )
        fig = _drawn(plot)
    colours = [to_hex(line.get_color()) for line in fig.axes[0].get_lines()]
    assert colours == [brand.colours.highlight, brand.colours.grey, brand.colours.grey]


def test_defaults_leave_plotnine_and_the_callers_plot_as_they_were(frame):
    from plotnine import theme_gray

    plain = ggplot(frame, aes("x", "y", colour="g")) + geom_line()
    fig = (plain + theme_ou() + theme_gray()).draw()  # another complete theme wins
    assert [to_hex(line.get_color()) for line in fig.axes[0].get_lines()][0] == "#f8766d"
    plt.close(fig)
    assert geom_line.DEFAULT_AES["color"] == "black"
    assert type(plain.layers).__name__ == "Layers"  # the plot added to is not changed


def test_negative_numbers_get_a_true_minus(frame):
    shifted = frame.assign(y=frame["y"] - 2)
    fig = _drawn(ggplot(shifted, aes("x", "y")) + geom_line() + theme_ou())
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert "\N{MINUS SIGN}1.0" in labels and not any(label.startswith("-") for label in labels)


def test_a_brand_that_keeps_the_hyphen_keeps_it_on_plotnine_axes_too(frame, tmp_path):
    path = tmp_path / "hyphen.yaml"
    path.write_text("extends: ou\nname: hyphen\ntype: {unicode_minus: false}\n")
    shifted = frame.assign(y=frame["y"] - 2)
    with housestyle.style(path):
        fig = _drawn(ggplot(shifted, aes("x", "y")) + geom_line() + theme_ou())
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert "-1.0" in labels and not any("\N{MINUS SIGN}" in label for label in labels)


def test_the_plots_own_margin_is_kept_on_top_of_the_brands():
    from housestyle.output._export import to_bytes

    frame = pd.DataFrame({"x": [1, 2], "y": [1, 2]})
    plot = ggplot(frame, aes("x", "y")) + geom_line() + theme_ou()
    lefts = []
    for extra in (plot, plot + theme(plot_margin_left=0.11)):
        fig = housestyle.finalise(extra, title="T")
        to_bytes(fig, ["png"])
        lefts.append(fig.axes[0].get_position().x0 * fig.bbox.width)
    assert lefts[1] - lefts[0] == pytest.approx(0.1 * 640, abs=1)  # 0.11 less theme_ou's 0.01


def test_more_categories_than_the_default_palette_holds_is_a_clear_error():
    frame = pd.DataFrame({"x": range(7), "y": range(7), "g": list("abcdefg")})
    plot = ggplot(frame, aes("x", "y", colour="g")) + geom_line() + theme_ou()
    with pytest.raises(HouseStyleError, match=r"colour: theme_ou's default .* 7 categories"):
        plot.draw()


@pytest.mark.parametrize("given", ["acme", "ou", True, 0, -3.0, float("nan")])
def test_a_base_size_that_is_no_size_names_the_field(given):
    """``theme_house("mybrand.yaml")`` (the brand given first, where base_size is) failed
    with a TypeError from arithmetic; it names base_size and how a brand is given."""
    with pytest.raises(housestyle.HouseStyleError, match="base_size: .* allowed: a positive"):
        housestyle.theme_house(given)
    if isinstance(given, str):
        with pytest.raises(housestyle.HouseStyleError, match=f"theme_house\\(brand='{given}'\\)"):
            housestyle.theme_house(given)
