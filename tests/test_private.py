"""Every adapter to another library's private attributes still reads what it claims.

housestyle/_private.py is the one place that reaches into matplotlib's and pandas'
private attributes. A release that renames one must fail here, naming it, rather
than quietly changing a chart.
"""

import matplotlib.pyplot as plt
import pandas as pd
import pytest
from matplotlib.transforms import Bbox

from housestyle import _private


def test_suptitle_is_read_and_taken():
    fig = plt.figure()
    assert _private.suptitle(fig) is None
    fig.suptitle("Rates fell")
    assert _private.suptitle(fig).get_text() == "Rates fell"
    assert _private.take_suptitle(fig) == "Rates fell"
    assert _private.suptitle(fig) is None
    assert not [t for t in fig.texts if t.get_text() == "Rates fell"]


def test_sup_labels_and_who_places_them():
    fig = plt.figure()
    assert _private.sup_labels(fig) == (None, None)
    placed = fig.supxlabel("Years")
    given = fig.supylabel("Rate", x=0.05)
    assert _private.sup_labels(fig) == (placed, given)
    assert _private.placed_by_layout(placed) and not _private.placed_by_layout(given)


def test_axes_titles_by_location():
    fig, ax = plt.subplots()
    ax.set_title("L", loc="left")
    ax.set_title("C")
    ax.set_title("R", loc="right")
    titles = _private.axes_titles(ax)
    assert {loc: t.get_text() for loc, t in titles.items()} == {
        "left": "L",
        "center": "C",
        "right": "R",
    }


def test_best_placed_legend():
    fig, ax = plt.subplots()
    ax.plot([0, 1], label="a")
    assert _private.is_best_placed(ax.legend(), ax)
    assert not _private.is_best_placed(ax.legend(loc="upper left"), ax)
    assert not _private.is_best_placed(ax.legend(bbox_to_anchor=(1, 1)), ax)


def test_colorbar_axes_are_known():
    fig, (ax, own) = plt.subplots(1, 2)
    image = ax.imshow([[0, 1], [2, 3]])
    made = fig.colorbar(image, ax=ax).ax
    given = fig.colorbar(image, cax=own).ax
    assert _private.is_colorbar(made) and _private.is_colorbar(given)
    assert not _private.is_colorbar(ax)


def test_colorbar_beside_its_parents_is_told_from_one_in_the_grid():
    fig, ax = plt.subplots(layout="constrained")
    image = ax.imshow([[0, 1], [2, 3]])
    beside = fig.colorbar(image, ax=ax).ax
    tight, other = plt.subplots(layout="tight")
    in_the_grid = tight.colorbar(other.imshow([[0, 1], [2, 3]]), ax=other).ax
    assert _private.is_colorbar_beside_its_parents(beside)
    assert not _private.is_colorbar_beside_its_parents(in_the_grid)
    assert not _private.is_colorbar_beside_its_parents(ax)


def test_place_in_layout_moves_the_axes_and_keeps_it_in_the_layout():
    fig, ax = plt.subplots()
    _private.place_in_layout(ax, Bbox.from_bounds(0.2, 0.3, 0.4, 0.5))
    assert ax.get_position().bounds == pytest.approx((0.2, 0.3, 0.4, 0.5))
    assert ax.get_in_layout()


def test_math_free_text():
    fig, ax = plt.subplots()
    text = ax.text(0, 0, "x")
    assert _private.math_free_text(text, "$x^2$") == ("$x^2$", True)
    text.set_parse_math(False)
    assert _private.math_free_text(text, "from $5 to $10") == ("from $5 to $10", False)


def test_styler_formatters_keyed_by_cell():
    styler = pd.DataFrame({"a": [1.5, 2.25]}).style.format("{:.1f}")
    formatters = _private.styler_formatters(styler)
    assert set(formatters) == {(0, 0), (1, 0)}
    assert formatters[(1, 0)](2.25) == "2.2"


def test_the_pdf_glyph_subsetter_is_swapped_in_this_context_only_and_put_back():
    import io
    import threading

    from matplotlib.backends import _backend_pdf_ps

    original = _backend_pdf_ps.get_glyphs_subset
    assert _private.pdf_glyph_subsetter() is original
    calls, seen_elsewhere = [], []

    def mine(fontfile, glyphs):
        calls.append(fontfile)
        return original(fontfile, glyphs)

    def other_thread():  # a savefig in another thread meanwhile gets matplotlib's own
        chosen = _backend_pdf_ps.get_glyphs_subset
        seen_elsewhere.append(_private._subsetter.get() is None and chosen is not mine)

    fig, ax = plt.subplots()
    ax.set_title("Rates")
    with _private.using_pdf_glyph_subsetter(mine):
        assert _private.pdf_glyph_subsetter() is original  # still names matplotlib's
        with plt.rc_context({"pdf.fonttype": 42}):  # TrueType, as housestyle writes PDFs
            fig.savefig(io.BytesIO(), format="pdf")  # backend_pdf calls it by this name
        thread = threading.Thread(target=other_thread)
        thread.start()
        thread.join()
    assert calls and all(hasattr(path, "face_index") for path in calls)
    assert seen_elsewhere == [True]
    assert _backend_pdf_ps.get_glyphs_subset is original  # put back
    with _backend_pdf_ps.get_glyphs_subset(calls[0], {0, 1}) as result:  # what we return too
        assert hasattr(result, "font") and hasattr(result, "glyph_index_map")


def test_legend_placement_outside_side_and_columns():
    fig, ax = plt.subplots()
    ax.plot([0, 1], label="a")
    ax.plot([1, 0], label="b")
    legend = ax.legend(loc="upper left", ncols=2)
    assert _private.legend_placement(legend) == (2, False)
    assert _private.legend_placement(ax.legend(bbox_to_anchor=(1, 1)))[1] is True
    assert _private.legend_ncols(legend) == 2
    assert _private.legend_outside(legend) is None
    outside = fig.legend(loc="outside lower center")
    assert _private.legend_outside(outside) == "lower"
    assert _private.legend_placement(outside)[0] == 8  # lower center


def test_stroke_width_of_a_path_effect():
    from matplotlib.patheffects import Normal, withStroke

    halo = withStroke(linewidth=3, foreground="white")
    assert _private.stroke_width(halo) == 3.0
    _private.set_stroke_width(halo, 1.5)
    assert _private.stroke_width(halo) == 1.5
    assert _private.stroke_width(withStroke(foreground="white")) is None
    assert _private.stroke_colour(halo) == "white"
    assert _private.stroke_colour(Normal()) is None
    assert _private.stroke_width(Normal()) is None


def test_font_files_in_fallback_order():
    from matplotlib.font_manager import FontProperties

    files = _private.font_files(FontProperties(family=["DejaVu Serif", "DejaVu Sans"]))
    assert [f.rsplit("/", 1)[-1] for f in files] == ["DejaVuSerif.ttf", "DejaVuSans.ttf"]


def test_math_glyphs_name_each_glyph_and_its_file():
    import matplotlib as mpl
    from matplotlib.font_manager import FontProperties

    with mpl.rc_context({"mathtext.fontset": "dejavusans"}):
        glyphs = _private.math_glyphs(r"$\alpha2$", FontProperties())
    assert [chr(code) for _, code, _ in glyphs] == ["α", "2"]
    assert all(path.endswith(".ttf") and index > 0 for path, _, index in glyphs)


def test_every_styler_part_tables_read_is_on_a_pandas_styler():
    """A pandas release that renames one fails here, not by silently dropping styling."""
    styler = pd.DataFrame({"a": [1.5, 2.25]}, index=["x", "y"]).style.format("{:.1f}")
    styler = styler.map(lambda v: "color: red").hide(axis="index")
    _private.compute_styler(styler)
    for name in _private.STYLER_PARTS:
        _private.styler_part(styler, name)  # raises AttributeError when renamed
    assert _private.styler_part(styler, "ctx")[(0, 0)] == [("color", "red")]
    assert _private.styler_part(styler, "hide_index_") == [True]


def test_a_renamed_styler_part_raises_instead_of_a_default():
    class Renamed:
        pass

    with pytest.raises(AttributeError):
        _private.styler_part(Renamed(), "ctx")
    with pytest.raises(KeyError):
        _private.styler_part(Renamed(), "not_a_part")


def test_the_default_formatter_is_told_from_a_users():
    plain = pd.DataFrame({"a": [1.5]}).style
    formatted = pd.DataFrame({"a": [1.5]}).style.format("{:.2f}")
    for styler, default in ((plain, True), (formatted, False)):
        funcs = _private.styler_formatters(styler)
        func = funcs.get((0, 0)) or styler._display_funcs[(0, 0)]
        assert _private.is_default_formatter(func) is default


def test_layout_engine_off_leaves_no_engine_and_puts_it_back():
    fig, _ = plt.subplots(layout="constrained")
    engine = fig.get_layout_engine()
    with _private.layout_engine_off(fig):
        assert fig.get_layout_engine() is None  # not the placeholder "none" leaves
    assert fig.get_layout_engine() is engine
    plt.close(fig)


@pytest.mark.parametrize("how", ["add_subplot", "add_axes", "subplots", "subplot_mosaic"])
def test_each_new_axes_is_announced_however_it_is_added(how):
    fig = plt.figure()
    seen = []
    _private.on_each_new_axes(fig, seen.append)
    made = {
        "add_subplot": lambda: [fig.add_subplot(1, 1, 1)],
        "add_axes": lambda: [fig.add_axes((0.1, 0.1, 0.8, 0.8))],
        "subplots": lambda: list(fig.subplots(1, 2)),
        "subplot_mosaic": lambda: list(fig.subplot_mosaic("AB").values()),
    }[how]()
    assert seen == made
    plt.close(fig)


def test_category_names_by_position():
    fig, ax = plt.subplots()
    ax.bar(["North", "South", "East"], [1, 2, 3])
    ax.set_xticks([0, 2], ["North", "East"])
    assert _private.category_names(ax.xaxis) == {0.0: "North", 1.0: "South", 2.0: "East"}
    assert _private.category_names(ax.yaxis) == {}
    plt.close(fig)


def test_ticks_are_spaced_by_the_size_given_whatever_the_rcparams():
    fig, ax = plt.subplots(figsize=(4, 3))
    label = ax.yaxis.get_majorticklabels()[0]
    before = label.get_fontsize()
    _private.tick_label_size_for_spacing(ax.yaxis, 6.0)
    with plt.rc_context({"ytick.labelsize": 30}):
        small = ax.yaxis.get_tick_space()
    _private.tick_label_size_for_spacing(ax.yaxis, 12.0)
    large = ax.yaxis.get_tick_space()
    assert large < small and small // 2 <= large <= (small + 1) // 2  # floored
    assert label.get_fontsize() == before, "no label is changed"
    plt.close(fig)


def test_dash_pattern_tells_dashes_apart_where_the_linestyle_does_not():
    fig, ax = plt.subplots()
    (solid,) = ax.plot([0, 1], [0, 1])
    (long_dash,) = ax.plot([0, 1], [0, 1], dashes=(6, 2))
    (short_dash,) = ax.plot([0, 1], [0, 1], dashes=(1, 1))
    assert long_dash.get_linestyle() == short_dash.get_linestyle() == "--"
    assert _private.dash_pattern(solid) == ()
    assert _private.dash_pattern(long_dash) != _private.dash_pattern(short_dash)
    plt.close(fig)
