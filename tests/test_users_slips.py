"""Issue 21's slips, asserted as a reader sees them (the charts are in users/slips_charts.py).

``tests/test_users_shapes.py`` holds each of those charts to the house style at web,
print-column and social. This module asserts what each slip was about:

- a library's own layout call (``tight_layout``, ``set_layout_engine``) on a figure made
  inside ``style()`` neither crashes nor warns, with a colorbar drawn into an axes of
  its own (``sns.clustermap``, ``plt.colorbar(cax=...)``) or beside its axes;
- a percentage on a pie's wedge is in the brand's ink for that wedge, spills off no
  wedge, and is still drawn (beside the wedge's name) when it is taken off one; laid
  out again at a larger size, the pie's texts are back as ``ax.pie`` made them;
- facet titles and strips wider than their panels are wrapped to them, and back on
  one line when there is room; one that cannot wrap is reported naming the fix;
- a legend title the user wrote is kept; the one plotnine names from the mapping is
  not, as the brand asks.
"""

from __future__ import annotations

import pickle
import warnings
from pathlib import Path

import matplotlib as mpl
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest
from matplotlib.font_manager import findfont
from matplotlib.layout_engine import PlaceHolderLayoutEngine
from matplotlib.patches import Wedge
from matplotlib.text import Text

import housestyle
from housestyle._private import axes_titles
from housestyle.checks._check import check
from housestyle.libraries.mpl import rc
from housestyle.output._export import to_bytes
from housestyle.record._record import finalised

from .charts import draw
from .helpers import first_quick
from .users import shapes_charts, slips_charts
from .users.shapes_charts import mpl_pie_autopct

TEXTS = {"source": "Made-up figures for a test", "alt": "A chart written as a user would."}
SIZES = ("web", "print-column", "social")
_CALLED: list[str] = []


def _users_hook(fig):
    _CALLED.append("user's")


def _finish(made, size, **texts):
    fig = housestyle.finalise(made, size=size, **(TEXTS | {"title": "A user's chart"} | texts))
    draw(fig)
    return fig


def _shown(fig) -> list[Text]:
    return [t for t in fig.findobj(Text) if t.get_visible() and t.get_text()]


# --------------------------------------------------------------------------- #
# Figures other libraries lay out themselves
# --------------------------------------------------------------------------- #


def test_clustermap_inside_style_is_made_without_an_error_or_a_warning():
    sns = pytest.importorskip("seaborn")
    frame = pd.DataFrame(np.random.default_rng(1).normal(size=(8, 5)), columns=list("ABCDE"))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with housestyle.style():
            grid = sns.clustermap(frame)
    # seaborn's own tight_layout ran: the figure is laid out as seaborn made it
    assert isinstance(grid.figure.get_layout_engine(), PlaceHolderLayoutEngine)


def test_tight_layout_and_a_new_engine_after_a_colorbar_in_its_own_axes():
    with warnings.catch_warnings(record=True) as said:
        warnings.simplefilter("always")
        with housestyle.style():
            fig, ax = plt.subplots()
            cax = fig.add_axes((0.9, 0.1, 0.03, 0.8))
            plt.colorbar(ax.imshow(np.arange(12.0).reshape(3, 4)), cax=cax)
            fig.set_layout_engine("tight")  # matplotlib refused: "not compatible"
            other, ax = plt.subplots()
            other.colorbar(
                ax.imshow(np.arange(12.0).reshape(3, 4)), cax=other.add_axes((0, 0, 1, 1))
            )
            other.tight_layout()
    # matplotlib's own word on a hand-placed axes, said at the user's call, not ours
    assert [(str(w.message)[:40], w.filename) for w in said] == [
        ("This figure includes Axes that are not c", __file__)
    ]


def test_tight_layout_leaves_the_brands_layout_to_place_a_colorbar_beside_its_axes():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with housestyle.style():
            fig, ax = plt.subplots()
            bar = fig.colorbar(ax.imshow(np.arange(12.0).reshape(3, 4)), ax=ax)
            fig.tight_layout()  # tight layout has no cell of the grid to put it in
    draw(fig)
    assert not ax.get_tightbbox().overlaps(bar.ax.get_window_extent())
    assert fig.get_layout_engine() is not None


def test_the_users_own_figure_hooks_are_kept_and_come_back_after_the_block():
    _CALLED.clear()
    mine = f"{__name__}:_users_hook"
    with mpl.rc_context({"figure.hooks": [mine]}):
        with housestyle.style():
            assert mpl.rcParams["figure.hooks"] == [mine, "housestyle.libraries.mpl:figure_hook"]
            plt.figure()
        assert mpl.rcParams["figure.hooks"] == [mine]
    assert _CALLED == ["user's"]
    assert rc()["figure.hooks"] == ["housestyle.libraries.mpl:figure_hook"]


def test_a_layout_the_user_chose_keeps_matplotlibs_behaviour():
    with housestyle.style():
        chosen = plt.figure(layout="tight")
        given = plt.figure()
    assert "tight_layout" not in vars(chosen)
    assert "tight_layout" in vars(given)


def test_a_figure_made_in_style_pickles_and_keeps_its_hook():
    sns = pytest.importorskip("seaborn")
    frame = pd.DataFrame(np.random.default_rng(1).normal(size=(6, 4)), columns=list("ABCD"))
    with housestyle.style():
        fig = sns.clustermap(frame).figure
    again = pickle.loads(pickle.dumps(fig))
    again.tight_layout()
    finished = pickle.loads(pickle.dumps(_finish(again, "web")))
    draw(finished)
    assert tuple(finished.canvas.get_width_height()) == (640, 450)


@pytest.mark.parametrize("size", SIZES)
def test_a_clustermap_keeps_its_parts_between_the_title_block_and_the_footer(size):
    fig = _finish(slips_charts.sns_clustermap_in_style(), size)
    record = finalised(fig)
    to_px = fig.dpi / 72
    top = fig.bbox.height - record.header_height * to_px
    bottom = record.footer_height * to_px
    for ax in fig.axes:
        box = ax.get_tightbbox()
        assert bottom - 1 <= box.y0 and box.y1 <= top + 1, ax
        assert box.x0 >= 0 and box.x1 <= fig.bbox.width, ax
    assert check(fig).errors == []


# --------------------------------------------------------------------------- #
# Pies and donuts
# --------------------------------------------------------------------------- #


def _on_wedges(ax) -> list[tuple[Text, Wedge]]:
    wedges = [p for p in ax.patches if isinstance(p, Wedge)]
    found = []
    for text in ax.texts:
        if text.get_visible() and text.get_text():
            point = ax.transData.transform(text.get_unitless_position())
            under = [w for w in wedges if w.contains_point(point)]
            if under:
                found.append((text, under[-1]))
    return found


@pytest.mark.parametrize("size", SIZES)
def test_a_percentage_is_in_the_brands_ink_for_its_wedge(size):
    fig = _finish(mpl_pie_autopct(), size)
    on = _on_wedges(fig.axes[0])
    assert len(on) == 3
    for text, wedge in on:
        ink = housestyle.best_ink(wedge.get_facecolor())
        assert mpl.colors.to_hex(text.get_color()) == mpl.colors.to_hex(ink), text
    assert {mpl.colors.to_hex(t.get_color()) for t, _ in on} != {"#1a1a1a"}  # not all dark


@pytest.mark.parametrize("size", SIZES)
def test_every_percentage_is_drawn_on_its_wedge_or_beside_its_name(size):
    fig = _finish(slips_charts.mpl_pie_thin_wedges_side_by_side(), size)
    shown = [t.get_text() for t in _shown(fig)]
    for share in ("70%", "12%", "8%", "5%", "3%", "2%"):
        assert any(text == share or text.endswith(f" {share}") for text in shown), share
    for text, wedge in _on_wedges(fig.axes[0]):
        box = text.get_window_extent()
        grid = [
            (x, y) for x in np.linspace(box.x0, box.x1, 12) for y in np.linspace(box.y0, box.y1, 5)
        ]
        on = sum(wedge.contains_point(point) for point in grid) / len(grid)
        assert on >= 0.8, (text.get_text(), on)


def test_a_pies_texts_come_back_when_laid_out_again_larger():
    made = slips_charts.mpl_pie_thin_wedges_side_by_side()
    written = sorted(t.get_text() for t in made.axes[0].texts)
    fig = _finish(made, "print-column")
    assert "Other 2%" in [t.get_text() for t in _shown(fig)]  # too thin for it
    fig = housestyle.finalise(fig, size="social")
    draw(fig)
    assert sorted(t.get_text() for t in fig.axes[0].texts) == written
    assert "2%" in [t.get_text() for t in _shown(fig)]


# --------------------------------------------------------------------------- #
# Facet titles and strips
# --------------------------------------------------------------------------- #


def test_seaborn_facet_titles_are_wrapped_to_their_panels_and_back_on_one_line():
    made = slips_charts.sns_relplot_long_row_and_column_titles()
    written = sorted(ax.get_title("left") for ax in made.axes)
    assert "region = North West England | year = 2020" in written
    fig = _finish(made, "print-column")
    for ax in fig.axes:
        title = axes_titles(ax)["left"]
        assert "\n" in title.get_text() and " | " not in title.get_text()
        assert title.get_window_extent().width <= ax.bbox.width + 1
    fig = housestyle.finalise(fig, size="social")
    draw(fig)
    assert sorted(ax.get_title("left") for ax in fig.axes) == written


def test_a_title_wrapped_while_its_panel_was_narrow_is_unwrapped_where_it_fits():
    fig = _finish(slips_charts.mpl_grid_titles_beside_crowded_years(), "print-column")
    renderer = fig.canvas.get_renderer()
    wrapped = []
    for ax in fig.axes:
        title = axes_titles(ax)["left"]
        if "\n" in title.get_text():
            one_line = title.get_text().replace("\n", " ")
            width = renderer.get_text_width_height_descent(
                one_line, title.get_fontproperties(), ismath=False
            )[0]
            assert width > ax.bbox.width, f"{one_line!r} fits its panel on one line"
            wrapped.append(one_line)
        assert title.get_window_extent(renderer).width <= ax.bbox.width + 1
    assert "East Midlands" in wrapped  # too wide for its panel: wrapped, as it must be
    assert "North East" not in wrapped


@pytest.mark.parametrize(
    ("make", "y_labels"),
    first_quick(
        [
            (slips_charts.sns_relplot_long_row_and_column_titles, 2),
            (slips_charts.sns_relplot_longer_row_titles, 1),  # panels a few points tall
        ]
    ),
)
def test_tick_labels_are_fitted_to_the_panels_the_wrapped_titles_leave(make, y_labels):
    """Titles too wide for their panels squeeze them to nothing at the first layout; the
    tick labels are thinned to the panels as laid out with the titles wrapped."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", housestyle.LayoutWarning)  # the longer titles' crush
        fig = _finish(make(), "print-column")

    def shown(axis) -> list[str]:
        low, high = sorted(axis.get_view_interval())
        ticks = zip(axis.get_majorticklocs(), axis.get_ticklabels(), strict=True)
        return [t.get_text() for loc, t in ticks if low <= loc <= high and t.get_text()]

    bottom = [ax for ax in fig.axes if ax.get_subplotspec().is_last_row()]
    left = [ax for ax in fig.axes if ax.get_subplotspec().is_first_col()]
    assert all(shown(ax.xaxis) == ["0", "10"] for ax in bottom), [shown(ax.xaxis) for ax in bottom]
    assert all(len(shown(ax.yaxis)) == y_labels for ax in left), [shown(ax.yaxis) for ax in left]
    assert all(ax.bbox.width > 100 for ax in fig.axes)  # panels, not slivers


def test_plotnine_strips_are_wrapped_to_their_panels():
    fig = _finish(slips_charts.p9_facet_wrap_long_strip_labels(), "print-column")
    strips = [a for a in fig.get_children() if hasattr(a, "draw_info")]
    assert len(strips) == 6
    for strip in strips:
        assert "\n" in strip.get_text()
        assert strip.get_window_extent().width <= strip.draw_info.ax.bbox.width + 1
    assert check(fig).errors == []


@pytest.mark.slow  # over a second here: the full suite
def test_a_facet_title_that_cannot_wrap_is_reported_naming_the_fix():
    fig = _finish(slips_charts.sns_facet_title_one_long_word(), "web")
    overlaps = [f for f in check(fig).errors if f.rule == "text_overlap"]
    assert overlaps and all("axes title" in f.subject for f in overlaps)
    assert all("shorten the panel titles" in f.fix for f in overlaps)


@pytest.mark.slow  # over a second here: the full suite
def test_titles_wrapped_onto_many_lines_name_shorter_titles_as_the_fix():
    with pytest.warns(housestyle.LayoutWarning, match="shorter titles"):  # at each layout
        fig = _finish(slips_charts.sns_relplot_longer_row_titles(), "print-column")
        crushed = [f for f in check(fig).errors if f.rule == "axes_size"]
    assert crushed and all("margin_titles" in f.fix for f in crushed)


@pytest.mark.parametrize(
    "make",
    first_quick(
        [
            slips_charts.p9_facet_wrap_long_strip_labels,
            shapes_charts.p9_facet_grid_long_strips,
            slips_charts.sns_relplot_long_row_and_column_titles,
            slips_charts.mpl_pie_thin_wedges_side_by_side,
        ]
    ),
)
def test_fitted_titles_and_pies_draw_the_same_every_time(make):
    """Each draw starts from the chart as made: the second picture is the first."""
    fig = _finish(make(), "web")
    first = to_bytes(fig, ["png"])["png"]
    assert to_bytes(fig, ["png"])["png"] == first
    assert [f.rule for f in check(fig).errors if f.rule != "axes_size"] == []


# --------------------------------------------------------------------------- #
# Legend titles
# --------------------------------------------------------------------------- #


@pytest.mark.parametrize("size", SIZES)
def test_a_plotnine_legend_title_the_user_wrote_is_kept_and_the_mappings_is_not(size):
    p9 = pytest.importorskip("plotnine")
    frame = pd.DataFrame({"x": [1, 2, 1, 2], "y": [1, 2, 2, 3], "region": list("NNSS")})
    plot = p9.ggplot(frame, p9.aes("x", "y", colour="region")) + p9.geom_line()
    written = _finish(plot + p9.labs(colour="Region") + housestyle.theme_ou(), size)
    mapped = _finish(plot + housestyle.theme_ou(), size)
    assert "Region" in [t.get_text() for t in _shown(written)]
    assert "region" not in [t.get_text() for t in _shown(mapped)]


@pytest.mark.parametrize("size", first_quick(SIZES))
def test_a_plotnine_size_legend_keeps_the_title_that_says_what_its_numbers_are(size):
    """Dots of three sizes beside "25 50 75" say nothing without the mapping's name: a
    size legend keeps it (in the brand's font, above its keys, inside the figure). A
    size legend left out (guides(size="none")) titles nothing, nor does a legend of names."""
    p9 = pytest.importorskip("plotnine")
    frame = pd.DataFrame(
        {"gdp": [10, 20, 30, 40], "life": [60, 65, 70, 75], "population": [5, 25, 50, 90]}
    )
    frame["region"] = list("NNSS")
    plot = p9.ggplot(frame, p9.aes("gdp", "life", size="population")) + p9.geom_point()
    fig = _finish(plot + housestyle.theme_ou(), size)
    titles = [t for t in _shown(fig) if t.get_text() == "population"]
    assert len(titles) == 1, "the size legend names its measure"
    brand_files = {path.name for path in housestyle.load_brand("ou").fonts.files}
    assert Path(findfont(titles[0].get_fontproperties())).name in brand_files
    keys = [t for t in _shown(fig) if t.get_text() in ("25", "50", "75")]
    renderer = fig.canvas.get_renderer()
    title_box = titles[0].get_window_extent(renderer)
    assert keys and all(k.get_window_extent(renderer).y1 <= title_box.y0 + 1 for k in keys)
    assert fig.bbox.contains(title_box.x0, title_box.y0) and title_box.x1 <= fig.bbox.x1
    assert check(fig).errors == []
    hidden = _finish(plot + p9.guides(size="none") + housestyle.theme_ou(), size)
    assert "population" not in [t.get_text() for t in _shown(hidden)]
    named = p9.ggplot(frame, p9.aes("gdp", "life", colour="region")) + p9.geom_point()
    assert "region" not in [
        t.get_text() for t in _shown(_finish(named + housestyle.theme_ou(), size))
    ]


@pytest.mark.parametrize("size", SIZES)
def test_a_matplotlib_legend_title_the_user_wrote_is_kept(size):
    fig = _finish(slips_charts.mpl_legend_title_written(), size)
    legend = fig.axes[0].get_legend()
    assert legend.get_title().get_text() == "Region" and legend.get_title().get_visible()


def test_a_grid_with_no_room_at_its_size_is_squeezed_into_the_plot_area_and_named():
    """Twelve panels at print-column: constrained layout gives up; nothing crosses the title.

    matplotlib then leaves the panels where the grid put them in the whole figure, over the
    title block and footer. They are kept in the plot area instead, and a warning names it.
    """
    import seaborn as sns

    rng = np.random.default_rng(1)
    frame = pd.DataFrame(
        {
            "x": rng.normal(size=240),
            "y": rng.normal(size=240),
            "region": np.tile(["North", "South", "East"], 80),
            "year": np.repeat(["2019", "2020", "2021", "2022"], 60),
        }
    )
    with housestyle.style():
        grid = sns.relplot(data=frame, x="x", y="y", row="region", col="year", height=2)
    fig = housestyle.finalise(
        grid.figure, title="Twelve panels", source="Synthetic", alt="Dots", size="print-column"
    )
    with pytest.warns(housestyle.LayoutWarning, match="12 panels leave them no room"):
        report = check(fig)  # laid out as it is drawn
    crossing = [f for f in report.errors if f.rule in ("figure_overlap", "text_clipped")]
    assert crossing == [], str(report)
    info = finalised(fig)
    top = 1 - info.header_height / info.preset.points[1]
    bottom = info.footer_height / info.preset.points[1]
    panels = [ax.get_position() for ax in grid.axes.flat]
    assert all(bottom <= box.y0 and box.y1 <= top for box in panels), "inside the plot area"
    plt.close(fig)


def test_an_axes_added_by_hand_after_finalise_is_laid_out_in_the_plot_area():
    """``fig.add_axes`` over the footer after finalise: the next draw maps it into the plot
    area beside the grid, and the grid gives it room; taken out of the layout, it stays."""
    with housestyle.style():
        fig, ax = plt.subplots()
        ax.plot([2019, 2020, 2021], [3, 4, 2])
    fig = housestyle.finalise(fig, title="A chart", source="Ours", alt="A line")
    extra = fig.add_axes((0.3, 0.0, 0.4, 0.12))
    extra.bar(["a", "b"], [1, 2])
    report = check(fig)
    assert [f for f in report.errors if f.rule in ("figure_overlap", "text_overlap")] == []
    info = finalised(fig)
    bottom = info.footer_height / info.preset.points[1]
    assert extra.get_position().y0 >= bottom - 1e-9, "above the footer"
    assert ax.get_position().y0 > extra.get_position().y1, "the grid above it"
    plt.close(fig)
