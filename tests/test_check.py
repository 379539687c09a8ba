"""Tests of housestyle.check: each rule has a chart that must fail it and one that must pass.

The failing charts are written from what the rule forbids (light yellow text on white,
a pale line, red and green lines, 5 pt text...), not from the implementation.
"""

from __future__ import annotations

import io
import json
import textwrap

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import numpy as np
import pytest
from PIL import Image

import housestyle
from housestyle import palette_report
from housestyle.checks._check import CheckWarning, Report, check, simulate
from housestyle.ink._colour import contrast_ratio, cvd_distance

X = np.arange(10)


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    plt.close("all")


def _finished(fig, **kwargs):
    """Finalise with everything the house rules ask for, unless told otherwise."""
    options = {
        "title": "A chart",
        "subtitle": "Units",
        "source": "Test data",
        "alt": "A test chart.",
        **kwargs,
    }
    return housestyle.finalise(fig, **options)


def _chart(draw, **kwargs):
    """A finalised figure in the house style with ``draw(ax)`` as its content."""
    with housestyle.style():
        fig, ax = plt.subplots()
        draw(ax)
        return _finished(fig, **kwargs)


def _rules(report, severity=None):
    return [f.rule for f in report if severity is None or f.severity == severity]


def _primary_line(ax):
    ax.plot(X, X, color=housestyle.current_brand().colours.primary)


# --------------------------------------------------------------------------- #
# A clean chart
# --------------------------------------------------------------------------- #


def test_a_clean_house_chart_has_no_errors():
    report = check(_chart(_primary_line))
    assert report.ok, str(report)
    assert report.errors == []


def test_check_does_not_change_the_picture():
    fig = _chart(_primary_line)
    before, after = io.BytesIO(), io.BytesIO()
    fig.savefig(before, format="png")
    check(fig)
    fig.savefig(after, format="png")
    assert before.getvalue() == after.getvalue()


def test_check_refuses_what_is_not_a_figure():
    with pytest.raises(housestyle.HouseStyleError, match="fig"):
        check("not a figure")


# --------------------------------------------------------------------------- #
# Text contrast
# --------------------------------------------------------------------------- #


def test_light_yellow_text_on_white_fails():
    def draw(ax):
        _primary_line(ax)
        ax.text(2, 5, "pale label", color="#ffff99", fontsize=12)

    report = check(_chart(draw))
    found = [f for f in report if f.rule == "text_contrast"]
    assert len(found) == 1 and "pale label" in found[0].artist
    assert found[0].severity == "error"


def test_dark_text_on_white_passes():
    def draw(ax):
        _primary_line(ax)
        ax.text(2, 5, "dark label", color="#333333", fontsize=12)

    assert "text_contrast" not in _rules(check(_chart(draw)))


def test_contrast_is_judged_against_what_is_really_behind_the_text():
    # Dark text inside a dark bar fails although the axes background is white;
    # white text in the same bar passes although white-on-white would fail.
    def draw(label_colour):
        def inner(ax):
            ax.bar([0], [10], width=0.8, color="#1f3a5f")
            ax.text(0, 5, "inside", color=label_colour, ha="center", va="center", fontsize=12)

        return inner

    dark = [f for f in check(_chart(draw("#222222"))) if f.rule == "text_contrast"]
    light = [f for f in check(_chart(draw("#ffffff"))) if f.rule == "text_contrast"]
    assert len(dark) == 1 and "inside" in dark[0].artist
    assert light == []


def test_a_label_in_a_thin_bar_is_judged_on_the_bar_not_the_gaps():
    # Dark labels in light bars on a dark ground: the text box is taller than the
    # bar, but the glyphs sit on the bar.
    def draw(ax):
        ax.barh(range(7), 10, height=0.5, color="#5ba7f0")
        for row in range(7):
            ax.text(5, row, f"{row}0%", color="#171c26", ha="center", va="center", size=12)

    with housestyle.style("night"):
        report = check(_chart(draw))
    assert "text_contrast" not in _rules(report)


def test_large_text_needs_less_contrast():
    # #8a8a8a on white is 3.4:1: too little for small text, enough for large text.
    assert 3.0 < contrast_ratio("#8a8a8a", "#ffffff") < 4.5

    def draw(size):
        return lambda ax: (
            _primary_line(ax),
            ax.text(1, 5, "grey words", color="#8a8a8a", size=size),
        )

    assert "text_contrast" in _rules(check(_chart(draw(11))))
    assert "text_contrast" not in _rules(check(_chart(draw(24))))


# --------------------------------------------------------------------------- #
# Mark contrast
# --------------------------------------------------------------------------- #


def test_a_pale_line_on_white_fails():
    report = check(_chart(lambda ax: ax.plot(X, X, color="#dddddd", label="pale")))
    found = [f for f in report if f.rule == "mark_contrast"]
    assert len(found) == 1 and found[0].severity == "error" and "pale" in found[0].artist


def test_pale_bars_and_points_fail():
    def draw(ax):
        ax.bar(X, X + 1, color="#f0e68c")
        ax.scatter(X, X, color="#e0e0e0")

    kinds = {f.artist.split()[0] for f in check(_chart(draw)) if f.rule == "mark_contrast"}
    assert kinds == {"Rectangle", "PathCollection"}


def test_gridlines_spans_reference_lines_and_arrows_are_not_marks():
    def draw(ax):
        _primary_line(ax)
        ax.grid(True, color="#eeeeee")
        ax.axvspan(2, 4, color="#f2f2f2")
        ax.axhline(5, color="#dddddd")
        ax.annotate("peak", xy=(9, 9), xytext=(5, 8), arrowprops={"color": "#dddddd"})

    assert "mark_contrast" not in _rules(check(_chart(draw)))


def test_dark_marks_pass():
    def draw(ax):
        brand = housestyle.current_brand()
        ax.bar(X, X + 1, color=brand.colours.primary)
        ax.plot(X, X, color=brand.colours.highlight)

    assert "mark_contrast" not in _rules(check(_chart(draw)))


def test_a_pale_fill_with_a_dark_edge_passes():
    def draw(ax):
        ax.bar(X, X + 1, color="#eeeeee", edgecolor="#222222", linewidth=1.5)

    assert "mark_contrast" not in _rules(check(_chart(draw)))


# --------------------------------------------------------------------------- #
# Colour-vision deficiency
# --------------------------------------------------------------------------- #


def test_red_and_green_lines_fail_for_deuteranopia():
    red, green = "#d62728", "#2ca02c"
    assert cvd_distance(red, green) > 40  # plain to see in normal vision

    def draw(ax):
        ax.plot(X, X, color=red, label="red")
        ax.plot(X, X + 3, color=green, label="green")

    found = [f for f in check(_chart(draw)) if f.rule == "cvd_distinct"]
    assert len(found) == 1
    assert found[0].severity == "error" and "deuteranopia" in found[0].message


def test_blue_and_orange_lines_pass():
    def draw(ax):
        colours = housestyle.palette("focus")
        ax.plot(X, X, color=housestyle.current_brand().colours.primary)
        ax.plot(X, X + 3, color=colours[0])

    assert "cvd_distinct" not in _rules(check(_chart(draw)), "error")


def test_a_dash_pattern_is_another_channel_than_colour():
    def draw(ax):
        ax.plot(X, X, color="#d62728")
        ax.plot(X, X + 3, color="#2ca02c", linestyle="--")

    assert "cvd_distinct" not in _rules(check(_chart(draw)))


def test_colours_that_merge_only_in_greyscale_are_warnings():
    # Same lightness, very different hue: fine for colour-blind viewers, not in print.
    blue, orange = "#3a6fb0", "#b0663a"
    assert cvd_distance(blue, orange, "deuteranopia") > 10
    assert cvd_distance(blue, orange, "greyscale") < 10

    def draw(ax):
        ax.plot(X, X, color=blue)
        ax.plot(X, X + 3, color=orange)

    found = [f for f in check(_chart(draw)) if f.rule == "cvd_distinct"]
    assert [f.severity for f in found] == ["warning"]


# --------------------------------------------------------------------------- #
# Text size
# --------------------------------------------------------------------------- #


def test_five_point_text_fails():
    def draw(ax):
        _primary_line(ax)
        ax.text(1, 8, "tiny note", fontsize=5)

    found = [f for f in check(_chart(draw)) if f.rule == "text_size"]
    assert len(found) == 1 and "tiny note" in found[0].artist


def test_brand_type_sizes_pass_on_web_and_print():
    for size in ("web", "print-column"):
        report = check(_chart(_primary_line, size=size))
        assert "text_size" not in _rules(report), size


def test_print_text_is_judged_in_physical_points():
    # 9 pt in the chart becomes 9 * 0.62 = 5.6 pt at print-column: too small on paper.
    def draw(ax):
        _primary_line(ax)
        ax.text(1, 8, "small print", fontsize=9)

    assert "text_size" not in _rules(check(_chart(draw, size="web")))
    assert "text_size" in _rules(check(_chart(draw, size="print-column")))


def test_background_hairlines_between_fills_are_not_marks():
    # Stacked areas separated by lines in the background colour (plotnine's geom_area
    # outline, a histogram's bin edges) are knock-outs, not lines on the background.
    def draw(ax):
        colours = housestyle.palette(n=2)
        ax.stackplot(X, X + 1, X + 2, colors=colours)
        ax.plot(X, X + 1, color=housestyle.current_brand().colours.background)

    assert "mark_contrast" not in _rules(check(_chart(draw)))


def test_a_plotnine_heatmap_in_the_brand_ramp_passes():
    import pandas as pd
    from plotnine import aes, geom_tile, ggplot

    data = pd.DataFrame({"x": np.repeat(np.arange(6), 5), "y": np.tile(np.arange(5), 6)})
    data["v"] = data.x * 5 + data.y
    plot = ggplot(data, aes("x", "y", fill="v")) + geom_tile()
    plot = plot + housestyle.theme_ou() + housestyle.scale_fill_ou_continuous()
    fig = housestyle.finalise(plot, title="T", subtitle="S", source="Src", alt="A")
    report = check(fig)
    assert not {"mark_contrast", "cvd_distinct", "too_many_categories"} & set(_rules(report))


# --------------------------------------------------------------------------- #
# Categories
# --------------------------------------------------------------------------- #


def test_more_series_than_the_palette_holds_fails():
    n = len(housestyle.palette()) + 2

    def draw(ax):
        for i in range(n):
            ax.plot(X, X + i, label=f"series {i}")
        ax.legend()

    found = [f for f in check(_chart(draw)) if f.rule == "too_many_categories"]
    assert len(found) == 1 and str(n) in found[0].message


def test_a_few_series_pass():
    def draw(ax):
        for i in range(3):
            ax.plot(X, X + i, label=f"series {i}")
        ax.legend()

    assert "too_many_categories" not in _rules(check(_chart(draw)))


def test_many_marks_in_one_colour_are_one_category():
    def draw(ax):
        primary = housestyle.current_brand().colours.primary
        for i in range(12):
            ax.vlines(i, 0, i + 1, color=primary)

    assert "too_many_categories" not in _rules(check(_chart(draw)))


def test_many_grey_lines_behind_one_highlight_are_not_categories():
    def draw(ax):
        focus = housestyle.palette("focus")
        for i in range(15):
            ax.plot(X, X + i, color=focus[1])
        ax.plot(X, X * 1.5, color=focus[0])

    assert "too_many_categories" not in _rules(check(_chart(draw)))


# --------------------------------------------------------------------------- #
# House rules: alt text, source, title
# --------------------------------------------------------------------------- #


def test_missing_alt_text_and_source_fail():
    report = check(_chart(_primary_line, alt=None, source=None))
    assert {"alt_text", "source_line"} <= set(_rules(report, "error"))


def test_a_figure_that_was_never_finalised_lacks_alt_text_and_source():
    fig, ax = plt.subplots()
    _primary_line(ax)
    assert {"alt_text", "source_line"} <= set(_rules(check(fig)))


def test_a_long_title_is_reported():
    limit = int(housestyle.current_brand().checks.title_max_chars)
    long = check(_chart(_primary_line, title="word " * (limit // 5 + 2)))
    short = check(_chart(_primary_line, title="Short title"))
    assert "title_length" in _rules(long)
    assert "title_length" not in _rules(short)


# --------------------------------------------------------------------------- #
# Brand colours
# --------------------------------------------------------------------------- #


def test_colours_outside_the_brand_are_warnings():
    found = [
        f
        for f in check(_chart(lambda ax: ax.plot(X, X, color="#ff00ff")))
        if f.rule == "off_brand_colour"
    ]
    assert len(found) == 1 and found[0].severity == "warning" and "#ff00ff" in found[0].message


def test_brand_colours_translucent_or_from_a_ramp_pass():
    def draw(ax):
        primary = housestyle.current_brand().colours.primary
        ax.fill_between(X, X, X + 2, color=primary, alpha=0.3)
        ramp = housestyle.colormap("sequential")
        ax.bar(X, X + 1, color=[ramp(v) for v in np.linspace(0.5, 1, len(X))])

    assert "off_brand_colour" not in _rules(check(_chart(draw)))


def test_a_foreign_colormap_is_a_warning_and_a_brand_one_is_not():
    data = np.arange(20.0).reshape(4, 5)
    foreign = check(_chart(lambda ax: ax.imshow(data, cmap="viridis")))
    ours = check(_chart(lambda ax: ax.imshow(data, cmap=housestyle.colormap("sequential"))))
    assert "off_brand_colour" in _rules(foreign)
    assert "off_brand_colour" not in _rules(ours)


# --------------------------------------------------------------------------- #
# Overlapping and clipped text
# --------------------------------------------------------------------------- #


def test_overlapping_texts_fail():
    def draw(ax):
        _primary_line(ax)
        ax.text(2, 6, "first label", fontsize=12)
        ax.text(2.3, 6.1, "second label", fontsize=12)

    found = [f for f in check(_chart(draw)) if f.rule == "text_overlap"]
    assert len(found) == 1
    assert "first label" in found[0].artist and "second label" in found[0].message


def test_texts_apart_pass():
    def draw(ax):
        _primary_line(ax)
        ax.text(1, 8, "first label", fontsize=12)
        ax.text(6, 2, "second label", fontsize=12)

    assert "text_overlap" not in _rules(check(_chart(draw)))


def test_labels_set_tight_but_not_touching_pass():
    # Digits 12 px apart at 10 pt (about 14 px to the em): the line boxes overlap,
    # the glyphs do not.
    def draw(ax):
        _primary_line(ax)
        for row in range(8):
            label = ax.annotate(
                f"{row * 5}-{row * 5 + 4}",
                (0, 0),
                xytext=(4, 20 + 12 * row),
                textcoords="axes pixels",
                fontsize=10,
            )
            label.set_in_layout(False)

    assert "text_overlap" not in _rules(check(_chart(draw)))


def test_crowded_tick_labels_fail_and_rotated_spaced_ones_pass():
    def crowded(ax):
        ax.bar(range(30), range(30), color=housestyle.current_brand().colours.primary)
        ax.set_xticks(range(30), [f"Category {i}" for i in range(30)])

    def rotated(ax):
        ax.bar(range(8), range(8), color=housestyle.current_brand().colours.primary)
        ax.set_xticks(range(8), [f"Category {i}" for i in range(8)], rotation=45, ha="right")

    with pytest.warns(housestyle.LayoutWarning, match="flip the chart"):  # 30 won't fit
        assert "text_overlap" in _rules(check(_chart(crowded)))
    assert "text_overlap" not in _rules(check(_chart(rotated)))


def test_text_running_off_the_edge_fails():
    def draw(ax):
        _primary_line(ax)
        label = ax.text(8, 5, "a label that runs far beyond the right edge of the figure")
        label.set_in_layout(False)  # else constrained layout shrinks the axes to make room

    found = [f for f in check(_chart(draw)) if f.rule == "text_clipped"]
    assert len(found) == 1 and "right" in found[0].message


def test_text_inside_the_figure_passes():
    def draw(ax):
        _primary_line(ax)
        ax.text(0.5, 5, "a short label")

    assert "text_clipped" not in _rules(check(_chart(draw)))


# --------------------------------------------------------------------------- #
# The report, the warning from finalise, the command
# --------------------------------------------------------------------------- #


def test_every_text_of_many_is_found_by_its_own_glyphs():
    # 300 labels: more drawing calls than one byte of the ink layer's colour counts, so
    # a call's number spans two bytes; each label must be read from its own pixels.
    from housestyle.checks._scene import Scene

    def draw(ax):
        _primary_line(ax)
        for i in range(300):
            label = ax.text(i % 20 * 0.45, i // 20 * 0.6, f"{i}", fontsize=6)
            label.set_in_layout(False)

    fig = _chart(draw)
    info = housestyle.finalised(fig)
    scene = Scene(fig, info.brand, info.preset)
    labels = {text.artist.get_text(): text for text in scene.texts}
    assert all(labels[f"{i}"].glyphs is not None for i in range(300))
    for text in (labels["7"], labels["263"], labels["299"]):
        (x0, y0), (x1, y1) = text.corners.min(axis=0), text.corners.max(axis=0)
        box = text.bbox
        assert box.x0 - 1 <= x0 < x1 <= box.x1 + 1 and box.y0 - 1 <= y0 < y1 <= box.y1 + 1
    wide = np.ptp(labels["263"].corners[:, 0]) > np.ptp(labels["7"].corners[:, 0])
    assert wide, "three digits' glyphs span more than one digit's"


def test_report_is_a_list_with_errors_json_and_html():
    report = check(_chart(lambda ax: ax.plot(X, X, color="#dddddd"), alt=None))
    assert isinstance(report, Report) and isinstance(report, list)
    assert not report.ok and report.errors == [f for f in report if f.severity == "error"]
    data = json.loads(report.to_json())
    assert data["ok"] is False and len(data["findings"]) == len(report)
    assert {"rule", "severity", "artist", "message", "fix", "count"} == set(data["findings"][0])
    assert "mark_contrast" in str(report) and "mark_contrast" in report._repr_html_()


def test_finalise_check_warns_once_with_every_finding():
    with housestyle.style():
        fig, ax = plt.subplots()
        ax.plot(X, X, color="#dddddd")
        with pytest.warns(CheckWarning) as caught:
            housestyle.finalise(fig, title="T", source="S", check=True)
    assert len(caught) == 1
    assert "mark_contrast" in str(caught[0].message) and "alt_text" in str(caught[0].message)


def test_lazy_names():
    fig = _chart(_primary_line)
    assert isinstance(housestyle.check(fig), Report)
    assert isinstance(housestyle.check(fig, size="web", brand="ou"), Report)
    assert housestyle.simulate is simulate and housestyle.Report is Report
    assert housestyle.check is check  # the module is housestyle.checks._check: no name clash


RECIPE = """
import matplotlib.pyplot as plt
import housestyle

def recipe():
    fig, ax = plt.subplots()
    ax.plot([0, 1, 2], [0, 1, 4], color={colour!r})
    return housestyle.finalise(fig, title="T", subtitle="S", source="Src", alt="A")
"""


def _run(path, *extra):
    from housestyle.cli import main

    return main(["check", str(path), *extra])


def test_the_command_exits_1_on_errors_and_0_without(tmp_path, capsys):
    bad, good = tmp_path / "bad.py", tmp_path / "good.py"
    bad.write_text(textwrap.dedent(RECIPE.format(colour="#eeeeee")))
    good.write_text(textwrap.dedent(RECIPE.format(colour="#1f5c99")))
    assert _run(bad) == 1
    assert "mark_contrast" in capsys.readouterr().out
    assert _run(good) == 0
    assert "0 errors" in capsys.readouterr().out
    assert _run(bad, "--json") == 1
    assert json.loads(capsys.readouterr().out)["ok"] is False


def test_the_command_takes_a_module_and_function(tmp_path, monkeypatch, capsys):
    (tmp_path / "mycharts.py").write_text(
        textwrap.dedent(RECIPE.format(colour="#1f5c99")).replace("def recipe", "def chart")
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    assert _run("mycharts:chart", "--json") == 0
    assert json.loads(capsys.readouterr().out)["brand"] == "ou"


def test_the_command_renders_in_the_brand_asked_for(tmp_path, capsys):
    path = tmp_path / "recipe.py"
    path.write_text(textwrap.dedent(RECIPE.format(colour="#5ba7f0")))
    _run(path, "--json", "--brand", "night")
    assert json.loads(capsys.readouterr().out)["brand"] == "night"


def test_the_command_reports_a_missing_file(tmp_path, capsys):
    assert _run(tmp_path / "nothing.py") == 2
    assert "PATH" in capsys.readouterr().err


# --------------------------------------------------------------------------- #
# Simulation and the palette report
# --------------------------------------------------------------------------- #


def test_simulate_makes_red_and_green_alike_for_deuteranopia():
    image = np.zeros((10, 20, 3), dtype=np.uint8)
    image[:, :10] = (214, 39, 40)
    image[:, 10:] = (44, 160, 44)
    seen = np.asarray(simulate(image, "deuteranopia"), dtype=float)
    before = np.abs(image[0, 0].astype(float) - image[0, 19]).max()
    after = np.abs(seen[0, 0] - seen[0, 19]).max()
    assert after < before / 3


def test_simulate_takes_a_figure_an_image_and_a_path(tmp_path):
    fig = _chart(_primary_line)
    from_figure = simulate(fig, "protanopia")
    assert isinstance(from_figure, Image.Image)
    assert from_figure.size == tuple(round(v) for v in fig.bbox.size)
    path = tmp_path / "chart.png"
    from_figure.save(path)
    grey = np.asarray(simulate(path, "greyscale"))
    assert (grey[..., 0] == grey[..., 1]).all() and (grey[..., 1] == grey[..., 2]).all()
    assert simulate(Image.open(path), "tritanopia").size == from_figure.size


def test_simulate_refuses_an_unknown_vision():
    with pytest.raises(housestyle.HouseStyleError, match="kind"):
        simulate(np.zeros((2, 2, 3)), "colourful")


def test_palette_report_gives_contrast_and_distances():
    brand = housestyle.load_brand("ou")
    report = palette_report(brand)
    assert housestyle.palette_report("ou") == report
    colours = brand.palettes["categorical"]
    assert [c["colour"] for c in report["colours"]] == list(colours)
    first = report["colours"][0]
    assert first["contrast"] == round(contrast_ratio(colours[0], brand.colours.background), 2)
    assert set(report["distances"]) == {
        "normal",
        "deuteranopia",
        "protanopia",
        "tritanopia",
        "greyscale",
    }
    for distances in report["distances"].values():
        assert distances["all_pairs"] <= distances["neighbours"]
    neighbours = min(
        cvd_distance(a, b, "deuteranopia") for a, b in zip(colours, colours[1:], strict=False)
    )
    assert report["distances"]["deuteranopia"]["neighbours"] == round(neighbours, 1)


GREY_TWINS = ("#df1f69", "#b15f06")  # 0.2 apart in greyscale, far apart in colour


def _greyscale_twins(label: bool):
    def draw(ax):
        for offset, colour in enumerate(GREY_TWINS):
            ax.plot(X, [x + offset for x in X], color=colour)
            if label:
                ax.text(X[-1], X[-1] + offset, f"series {offset}", color=colour)

    return draw


def test_greyscale_twins_warn_unless_labelled_directly():
    unlabelled = check(_chart(_greyscale_twins(label=False)))
    assert [f.severity for f in unlabelled if f.rule == "cvd_distinct"] == ["warning"]
    assert "greyscale" in next(f.message for f in unlabelled if f.rule == "cvd_distinct")
    labelled = check(_chart(_greyscale_twins(label=True)))
    assert "cvd_distinct" not in _rules(labelled)


# --------------------------------------------------------------------------- #
# Whole-number data, ticks between whole numbers
# --------------------------------------------------------------------------- #

YEARS = np.arange(2000, 2021)


def _eight_bins(ax):
    """The author's own locator, stepping by 2.5 here: finalise leaves it alone."""
    ax.xaxis.set_major_locator(matplotlib.ticker.MaxNLocator(9, steps=[2.5, 5, 10]))


@pytest.mark.parametrize(
    ("setup", "found"),
    [
        (_eight_bins, True),  # steps by 2.5: "2002.5"
        (lambda ax: ax.xaxis.set_major_locator(matplotlib.ticker.MaxNLocator(integer=True)), False),
        (lambda ax: None, False),  # matplotlib's default: finalise steps it by whole years
        (lambda ax: (_eight_bins(ax), ax.xaxis.set_visible(False)), False),  # nothing to read
    ],
    ids=["authors steps", "whole steps", "default locator", "hidden axis"],
)
def test_half_a_year_on_an_axis_of_years_is_named(setup, found):
    def draw(ax):
        ax.plot(YEARS, np.linspace(1, 3, YEARS.size))
        setup(ax)

    fig = _chart(draw)
    findings = [f for f in check(fig) if f.rule == "whole_number_steps"]
    assert bool(findings) is found
    if found:
        assert findings[0].artist == "axes 1, x axis" and "2002.5" in findings[0].message
        assert "MaxNLocator(integer=True)" in findings[0].fix
    if fig.axes[0].xaxis.get_visible():
        low, high = fig.axes[0].get_xlim()
        shown = [t for t in fig.axes[0].get_xticks() if low <= t <= high]
        assert all(t == round(t) for t in shown) is not found, shown


def test_an_unfinished_chart_on_the_default_locator_is_named():
    with housestyle.style():
        fig, ax = plt.subplots()
        ax.plot(YEARS, np.linspace(1, 3, YEARS.size))  # ticked by 2.5 at the default size
    findings = [f for f in check(fig) if f.rule == "whole_number_steps"]
    assert findings and "2002.5" in findings[0].message


def test_finalise_steps_years_counts_and_bars_by_whole_numbers():
    """The default locator on whole-number data (lines, points, bars of counts) steps by
    whole numbers after finalise, at every layout; fractional data keep matplotlib's steps.
    """

    def counts(ax):
        ax.bar(YEARS[:6], [3, 7, 2, 5, 8, 4])

    def counts_across(ax):
        ax.barh(YEARS[:6], [3, 7, 2, 5, 8, 4])

    def points(ax):
        ax.scatter(YEARS[:8], np.arange(8) % 3 + 1)

    def fractions(ax):
        ax.plot(YEARS + 0.5, np.linspace(1, 3, YEARS.size))  # half-years: 2.5 steps kept

    for draw, axis, whole in (
        (counts, 1, True),
        (counts, 0, True),
        (counts_across, 0, True),
        (counts_across, 1, True),
        (points, 0, True),
        (fractions, 0, False),
    ):
        fig = _chart(draw)
        fig.canvas.draw()
        ax = fig.axes[0]
        along = (ax.xaxis, ax.yaxis)[axis]
        low, high = sorted((ax.get_xlim(), ax.get_ylim())[axis])
        shown = [t for t in along.get_majorticklocs() if low <= t <= high]
        assert (all(t == round(t) for t in shown) and len(shown) > 2) is whole, (draw, shown)
        assert "whole_number_steps" not in _rules(check(fig))
        plt.close(fig)


@pytest.mark.parametrize("years", [2, 4])
def test_a_short_run_of_years_is_stepped_by_whole_years(years):
    """Four years of a line were ticked "2019.0, 2019.5, ..." (five distinct whole values
    made a whole-number scale): whole numbers that are all years need only two. Three
    points at 1, 2 and 3 (a measure sampled there) keep matplotlib's steps."""

    def short(ax):
        ax.plot(np.arange(2019, 2019 + years), np.linspace(3, 5, years))

    def sampled(ax):
        ax.plot([1, 2, 3], [3.0, 4.5, 4.0])

    fig = _chart(short)
    fig.canvas.draw()
    ax = fig.axes[0]
    low, high = ax.get_xlim()
    shown = [t for t in ax.get_xticks() if low <= t <= high]
    assert shown and all(t == round(t) for t in shown), shown
    assert all(text.get_text().isdigit() for text in ax.get_xticklabels() if text.get_text())
    assert "whole_number_steps" not in _rules(check(fig))
    fig = _chart(sampled)
    fig.canvas.draw()
    assert any(t != round(t) for t in fig.axes[0].get_xticks()), "a sampled measure's steps"


def test_fractional_data_and_dates_are_not_whole_number_axes():
    def fractions(ax):
        ax.plot(YEARS + 0.5, np.linspace(1, 3, YEARS.size))

    def dates(ax):
        ax.plot(np.arange("2000-01", "2002-01", dtype="datetime64[M]"), np.arange(24))

    for draw in (fractions, dates):
        assert "whole_number_steps" not in _rules(check(_chart(draw))), draw.__name__


def test_a_colour_named_by_its_place_in_the_cycle_is_checked_as_drawn():
    """``color="C1"`` is kept as written and resolved when drawn: the files draw the
    brand's second colour (they are drawn under its rcParams). check() read it under the
    caller's rcParams, found matplotlib's orange, and failed a chart that has none."""
    with housestyle.style("ou"):
        fig, ax = plt.subplots()
        ax.plot([0, 1, 2], [1, 3, 2], color="C1")
    fig = _finished(fig)
    report = check(fig)
    assert not [f for f in report if f.rule in ("off_brand_colour", "mark_contrast")], report
    brand_second = housestyle.load_brand("ou").palettes["categorical"][1]
    png = Image.open(io.BytesIO(housestyle.output.to_bytes(fig, ["png"])["png"])).convert("RGB")
    drawn = {"#{:02x}{:02x}{:02x}".format(*pixel) for _, pixel in png.getcolors(1 << 16)}
    assert brand_second.lower() in drawn and "#ff7f0e" not in drawn
