"""Altair charts in the house style: the theme, finalise, export and check.

What a reader sees: the pixel size of every preset, the brand's font files in the SVG
and PDF, the brand's colours on the marks, the check's findings on planted faults,
the same bytes from two processes, and housestyle without Altair installed.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys

import numpy as np
import pandas as pd
import pytest

alt = pytest.importorskip("altair")
pytest.importorskip("vl_convert")

import housestyle  # noqa: E402
import housestyle.libraries.altair as hs_altair  # noqa: E402
from housestyle.adapters._altair.findings import pdf_fonts, svg_families  # noqa: E402
from housestyle.output._export import to_bytes  # noqa: E402
from tests.helpers import ROOT, first_quick, png_image  # noqa: E402

DATA = pd.DataFrame({"year": [2019, 2020, 2021, 2022, 2023], "value": [3.0, 4.5, 4.1, 5.2, 6.0]})


def _line(**mark: object) -> alt.Chart:
    return alt.Chart(DATA).mark_line(**mark).encode(x="year:O", y="value:Q")


def _finished(chart: alt.Chart | None = None, **kwargs: object) -> alt.VConcatChart:
    texts = {"title": "Values rose", "source": "Our survey", "alt": "A rising line"}
    return housestyle.finalise(chart if chart is not None else _line(), **{**texts, **kwargs})


def _colour_pixels(png: bytes, colour: str) -> int:
    rgb = np.asarray(png_image(png).convert("RGB")).reshape(-1, 3)
    want = np.array([int(colour[i : i + 2], 16) for i in (1, 3, 5)])
    return int((np.abs(rgb.astype(int) - want).max(axis=1) <= 2).sum())


# --------------------------------------------------------------------------- #
# The theme
# --------------------------------------------------------------------------- #


@pytest.mark.parametrize("name", housestyle.brands())
def test_every_shipped_brand_is_a_registered_theme_read_from_the_brand(name):
    brand = housestyle.load_brand(name)
    assert name in alt.theme.names()
    assert alt.theme.active == "default", "importing enables no theme"
    with alt.theme.enable(name):
        config = alt.Chart(DATA).mark_line().to_dict()["config"]
    assert config["range"]["category"] == list(brand.palettes["categorical"])
    assert config["range"]["ramp"] == list(brand.palettes["sequential"])
    assert config["range"]["diverging"] == list(brand.palettes["diverging"])
    assert config["background"] == brand.colours.background
    assert config["font"].split(",")[0] == brand.fonts.family
    assert config["axis"]["gridColor"] == brand.colours.gridline
    assert config["axis"]["labelColor"] == brand.colours.text
    assert config["axisY"]["grid"] == (brand.layout.gridlines in ("y", "both"))
    assert config["mark"]["color"] == brand.colours.primary
    px = brand.preset(brand.default_size).dpi / 72  # points to CSS pixels at the preset
    assert config["title"]["fontSize"] == pytest.approx(brand.type.title * px, abs=1e-3)
    assert config["line"]["strokeWidth"] == pytest.approx(brand.lines.data * px, abs=1e-3)


def test_the_theme_at_a_print_size_scales_type_and_strokes_by_the_presets_scales():
    brand = housestyle.load_brand("ou")
    preset = brand.preset("print-column")
    config = hs_altair.theme("ou", size="print-column")["config"]
    px = preset.dpi / 72
    assert config["axis"]["labelFontSize"] == pytest.approx(
        brand.type.tick_label * preset.type_scale * px, abs=1e-3
    )
    assert config["axis"]["gridWidth"] == pytest.approx(
        brand.lines.gridline * preset.line_scale * px, abs=1e-3
    )


# --------------------------------------------------------------------------- #
# Finalise and export: sizes, formats, fonts, colours
# --------------------------------------------------------------------------- #


@pytest.mark.slow  # every preset: the full suite
def test_every_preset_is_written_at_its_exact_pixel_size(tmp_path):
    brand = housestyle.load_brand("ou")
    chart = _finished()
    written = housestyle.export(chart, tmp_path / "c", formats=["png"], sizes=list(brand.presets))
    assert [path.name for path in written] == [f"c-{name}.png" for name in brand.presets]
    for path, preset in zip(written, brand.presets.values(), strict=True):
        assert png_image(path.read_bytes()).size == preset.pixels, preset.name
    assert housestyle.finalised(chart).preset.name == "web", "the chart keeps its own size"


def test_export_writes_every_format_with_the_brands_fonts_and_texts(tmp_path):
    chart = _finished(subtitle="Per year, per cent", note="Provisional")
    files = housestyle.export(chart, tmp_path / "c", formats=["png", "png2x", "svg", "pdf", "html"])
    names = [path.name for path in files]
    assert names == ["c.png", "c@2x.png", "c.svg", "c.pdf", "c.html"]
    assert png_image((tmp_path / "c@2x.png").read_bytes()).size == (1280, 900)
    svg = (tmp_path / "c.svg").read_text()
    assert svg_families(svg) == {"Lato"}, "every text of the SVG is set in the brand's family"
    for text in ("Values rose", "Per year, per cent", "Provisional", "Source: Our survey"):
        assert f">{text}<" in svg
    assert "<desc>A rising line</desc>" in svg
    fonts = pdf_fonts((tmp_path / "c.pdf").read_bytes())
    assert {name for name, _ in fonts} == {"Lato-Regular", "Lato-Bold"}
    assert all(embedded for _, embedded in fonts), "the font files are embedded"
    import pikepdf

    with pikepdf.open(tmp_path / "c.pdf") as pdf:  # the page is the preset's size in points
        assert [round(float(v), 2) for v in pdf.pages[0].mediabox] == [0, 0, 460.8, 324.0]
    assert 'width="460.8pt" height="324pt" viewBox="0 0 640 450"' in svg
    page = (tmp_path / "c.html").read_text()
    assert "https://" not in page.split("<script")[0], "nothing fetched by the page's head"
    assert "cdn.jsdelivr" not in page and "@font-face" in page, "Vega and Lato inlined"


def test_an_export_that_cannot_be_written_writes_nothing(tmp_path):
    chart = _finished()
    with pytest.raises(housestyle.HouseStyleError, match="'tiff' not supported for a Altair"):
        housestyle.export(chart, tmp_path / "c", formats=["png", "tiff"])
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("brand", housestyle.brands())
def test_the_line_and_paper_are_the_brands_colours(brand):
    chart = housestyle.finalise(_line(), title="T", source="S", brand=brand)
    colours = housestyle.load_brand(brand).colours
    png = to_bytes(chart, ["png"])["png"]
    image = png_image(png).convert("RGB")
    paper = tuple(int(colours.background[i : i + 2], 16) for i in (1, 3, 5))
    assert image.getpixel((0, 0)) == paper and image.getpixel((639, 449)) == paper
    assert _colour_pixels(png, colours.primary) > 300, "the line is drawn in the primary colour"


@pytest.mark.parametrize("brand", housestyle.brands())
def test_series_take_the_categorical_palette_in_order(brand):
    data = pd.DataFrame({"g": ["a", "b", "c"], "v": [3, 2, 1]})
    chart = alt.Chart(data).mark_bar().encode(x="g:N", y="v:Q", color="g:N")
    png = to_bytes(housestyle.finalise(chart, title="T", brand=brand), ["png"])["png"]
    palette = housestyle.load_brand(brand).palettes["categorical"]
    assert all(_colour_pixels(png, colour) > 500 for colour in palette[:3])


def test_finalising_again_replaces_the_title_block_and_keeps_the_rest():
    first = _finished(size="social")
    again = housestyle.finalise(first, title="Values fell")
    info = housestyle.finalised(again)
    assert (info.title, info.source, info.alt, info.preset.name) == (
        "Values fell",
        "Source: Our survey",
        "A rising line",
        "social",
    )
    spec = again.to_dict(validate=False)
    texts = json.dumps(spec)
    assert "Values rose" not in texts, "replaced, never stacked"
    assert len(spec["vconcat"]) == 3
    assert png_image(to_bytes(again, ["png"])["png"]).size == (1200, 675)


def test_a_concatenated_chart_is_refused_with_what_is_allowed():
    with pytest.raises(housestyle.HouseStyleError, match="concatenated .* allowed: a single"):
        housestyle.finalise(alt.hconcat(_line(), _line()), title="Two")


def test_a_title_set_on_the_chart_becomes_the_title_block():
    chart = _line().properties(title=alt.Title("From the chart", subtitle="Its subtitle"))
    info = housestyle.finalised(housestyle.finalise(chart, source="S"))
    assert (info.title, info.subtitle) == ("From the chart", "Its subtitle")


def test_the_record_survives_json_and_a_copy():
    chart = _finished(size="social")
    copied = alt.VConcatChart.from_dict(json.loads(chart.to_json()))
    info = housestyle.finalised(copied) or housestyle.check(copied)  # read from usermeta
    files = to_bytes(copied, ["png"], size="web")
    assert png_image(files["png"]).size == (640, 450)
    assert info is not None


@pytest.mark.parametrize(
    "selection",
    [pytest.param(False, marks=pytest.mark.slow), True],  # plain: as every other test's
    ids=["plain", "with a selection"],
)
def test_the_finished_chart_writes_the_spec_altair_would(selection):
    """The finished chart holds its parts as JSON (no ``from_dict`` matching) and writes
    the spec Altair would, valid against the schema. A selection applies to the chart's
    view alone: it applied to every view, title block and footer included, and Vega
    refused the spec ("Duplicate signal name")."""
    from altair.utils.schemapi import debug_mode

    chart = _line(point=True)
    if selection:
        chart = chart.add_params(alt.selection_point(fields=["year"]))
    finished = _finished(chart, subtitle="Per year", note="Provisional")
    spec = finished.to_dict(validate=True)  # valid Vega-Lite
    kinds = [type(part).__name__ for part in finished.vconcat]
    view = "Chart" if selection else "NonNormalizedSpec"  # Altair's own, to name its view
    assert kinds == ["NonNormalizedSpec", view, "NonNormalizedSpec"]
    if selection:  # on the top level, for the chart's view only
        (param,) = spec["params"]
        assert param["views"] == [spec["vconcat"][1]["name"]]
    if not selection:  # what Altair would build of the spec writes the same JSON
        with debug_mode(False):
            built = alt.VConcatChart.from_dict(spec, validate=False)
        assert json.dumps(built.to_dict(), sort_keys=True) == json.dumps(spec, sort_keys=True)
    assert png_image(to_bytes(finished, ["png"])["png"]).size == (640, 450)
    assert housestyle.check(finished).ok


def test_the_adapter_gives_back_the_charts_data_and_pixels():
    from housestyle.record._seam import adapter_for

    chart = _finished(size="social")
    adapter = adapter_for(chart)
    assert adapter.chart_data(chart)[["year", "value"]].equals(DATA)
    pixels = adapter.rasterise(chart)
    assert pixels.shape == (675, 1200, 4) and pixels.dtype == np.uint8


# --------------------------------------------------------------------------- #
# check()
# --------------------------------------------------------------------------- #


def test_check_passes_a_chart_in_the_house_style():
    report = housestyle.check(_finished())
    assert report.ok and not report.errors, str(report)


def test_check_finds_the_planted_faults():
    small = 5 * 100 / 72  # 5 pt at web, in pixels
    faulty = (
        alt.Chart(DATA)
        .mark_line(color="#ffd700")
        .encode(x="year:O", y=alt.Y("value:Q", axis=alt.Axis(labelFontSize=small)))
    )
    report = housestyle.check(housestyle.finalise(faulty, title="Faulty", source="S"))
    rules = {finding.rule for finding in report.errors}
    assert {"mark_contrast", "text_size", "alt_text"} <= rules, str(report)
    contrast = next(f for f in report if f.rule == "mark_contrast")
    assert "#ffd700" in contrast.message and "1.40:1" in contrast.message
    size = next(f for f in report if f.rule == "text_size")
    assert size.message.startswith("5.0 pt")


@pytest.mark.slow  # a rule of check_altair: test_check_finds_the_planted_faults walks it
def test_check_finds_categorical_colours_that_merge_and_a_missing_source():
    data = pd.DataFrame({"x": [1, 2] * 2, "y": [1, 2, 2, 3], "g": ["a", "a", "b", "b"]})
    scale = alt.Scale(range=["#1f5c99", "#2a5f96"])
    chart = (
        alt.Chart(data).mark_line().encode(x="x:Q", y="y:Q", color=alt.Color("g:N", scale=scale))
    )
    report = housestyle.check(housestyle.finalise(chart, title="Close", alt="Two lines"))
    assert {f.rule for f in report.errors} == {"cvd_distinct", "source_line"}, str(report)


@pytest.mark.slow  # a rule of check_altair: test_check_finds_the_planted_faults walks it
def test_check_finds_overlapping_text():
    labels = pd.DataFrame({"x": [2, 2], "y": [4, 4], "t": ["Label one", "Label two"]})
    text = alt.Chart(labels).mark_text().encode(x="x:Q", y="y:Q", text="t:N")
    points = alt.Chart(labels).mark_point().encode(x="x:Q", y="y:Q")
    report = housestyle.check(_finished(alt.layer(points, text)))
    overlaps = [f for f in report.errors if f.rule == "text_overlap"]
    assert [(f.artist, f.message) for f in overlaps] == [
        ('mark "Label one"', 'overlaps mark "Label two"')
    ], str(report)


def test_check_finds_text_in_another_font():
    chart = _line().encode(y=alt.Y("value:Q", axis=alt.Axis(labelFont="DejaVu Serif")))
    report = housestyle.check(_finished(chart))
    assert any(f.rule == "font_file" and "DejaVu Serif" in f.artist for f in report), str(report)


# --------------------------------------------------------------------------- #
# Reproducible, and optional
# --------------------------------------------------------------------------- #

_RENDER = """
import hashlib, sys
import altair as alt, pandas as pd, housestyle
from housestyle.output._export import to_bytes
data = pd.DataFrame({"x": [1, 2, 3], "y": [2, 1, 3]})
chart = housestyle.finalise(alt.Chart(data).mark_line().encode(x="x:Q", y="y:Q"),
                            title="Same bytes", source="Here", alt="A line")
files = to_bytes(chart, ["png", "png2x", "svg", "pdf"])
print({name: hashlib.sha256(data).hexdigest() for name, data in files.items()})
"""


@pytest.mark.slow  # two fresh interpreters
def test_two_processes_write_the_same_bytes():
    runs = [
        subprocess.run([sys.executable, "-c", _RENDER], capture_output=True, text=True, check=True)
        for _ in range(3)  # vl-convert's own PDF differs in about half of the processes
    ]
    hashes = {run.stdout.strip().splitlines()[-1] for run in runs}
    assert len(hashes) == 1, hashes


_WITHOUT = """
import importlib.abc, sys
class Hide(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("altair", "vl_convert"):
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
sys.meta_path.insert(0, Hide())
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
import housestyle
fig = housestyle.finalise(plt.figure(), title="Still works", source="S")
print(housestyle.finalised(fig).title)
try:
    import housestyle.libraries.altair
except ModuleNotFoundError as exc:
    print("no altair:", exc.name, "housestyle[altair]" in str(exc))
"""


@pytest.mark.slow  # a fresh interpreter: the full suite
def test_housestyle_works_without_altair_installed():
    run = subprocess.run([sys.executable, "-c", _WITHOUT], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines() == ["Still works", "no altair: altair True"]


def test_png_is_a_true_png_with_the_presets_density():
    png = to_bytes(_finished(), ["png"])["png"]
    image = png_image(png)
    assert image.format == "PNG" and image.mode in ("P", "RGB")  # opaque; a palette if few colours
    assert round(image.info["dpi"][0]) == 100
    assert image.info["Title"] == "Values rose" and image.info["Source"], "the metadata is in it"
    assert io.BytesIO(png).read(8) == b"\x89PNG\r\n\x1a\n"


def test_png_and_pdf_drawn_from_the_svg_are_what_vl_convert_draws_from_the_spec():
    """Each format is converted from one SVG: the bytes vl-convert's own PNG and PDF give."""
    import vl_convert

    from housestyle.adapters._altair.vlc import render, steady_pdf
    from housestyle.record import adapter_for

    chart = _finished()
    spec = adapter_for(chart).finished_spec(chart, None)
    brand = housestyle.load_brand("ou")
    for scale in (1.0, 2.0):
        own = vl_convert.vegalite_to_png(spec, scale=72 / 100, ppi=100 * scale)
        assert render(spec, "png", brand, scale=scale, dpi=100) == own, scale
    own_pdf = steady_pdf(vl_convert.vegalite_to_pdf(spec), scale=72 / 100)
    assert render(spec, "pdf", brand, dpi=100) == own_pdf


LONG = "Road, including buses, coaches and the long-distance community transport schemes"


def _modes(**axis: object) -> alt.Chart:
    data = pd.DataFrame(
        {"mode": ["Rail", LONG, "Air", "Walking and cycling"], "trips": [12, 30, 7, 9]}
    )
    return (
        alt.Chart(data)
        .mark_bar()
        .encode(x="trips:Q", y=alt.Y("mode:N", title=None, axis=alt.Axis(**axis)))
    )


def _axis_labels(chart) -> dict[str, list[str]]:
    """The y axis labels as drawn: each label's lines, by its words."""
    from housestyle.adapters._altair.findings import _lines, _walk
    from housestyle.adapters._altair.vlc import scenegraph
    from housestyle.record import adapter_for

    graph = scenegraph(adapter_for(chart).finished_spec(chart, None))
    found = {}
    for node, item, _, _ in _walk(graph["scenegraph"], 0, 0):
        if node.get("role") == "axis-label" and item.get("align") == "right":
            found[" ".join(_lines(item))] = _lines(item)
    return found


@pytest.mark.parametrize("size", first_quick(["print-column", "web", "social"]))
def test_a_long_category_down_the_side_is_set_on_lines_never_cut(size):
    chart = housestyle.finalise(
        _modes(), title="Road carries most trips", source="DfT", alt="Bars", size=size
    )
    labels = _axis_labels(chart)
    assert set(labels) == {"Rail", LONG, "Air", "Walking and cycling"}, "every label whole"
    assert 2 <= len(labels[LONG]) <= 4 and labels["Walking and cycling"] == ["Walking and cycling"]
    report = housestyle.check(chart)
    assert report.errors == [] and not [f for f in report.warnings if f.rule == "text_crowded"]


@pytest.mark.slow  # a rule of check_altair: test_check_finds_the_planted_faults walks it
def test_check_names_a_label_vega_cut_short():
    """Labels the chart writes itself are kept; cut at Vega's width limit, they are named."""
    chart = housestyle.finalise(
        _modes(labelExpr="datum.label"), title="Road", source="DfT", size="print-column"
    )
    cut = [f for f in housestyle.check(chart).errors if f.rule == "text_cut"]
    assert cut and "ellipsis" in cut[0].message and "Road, including" in cut[0].artist


def test_check_warns_of_tick_labels_run_together():
    """Side by side in a row, labels less than 0.3 em apart are named; 0.3 em is room."""
    from housestyle.adapters._altair.findings import SceneText, _crowded_labels

    def label(text: str, left: float, width: float) -> SceneText:
        return SceneText(text, "axis-label", 20.0, "#000000", (left, 100, left + width, 120))

    crowded = [label("10", 0, 20), label("12", 23, 20), label("14", 49, 20)]  # 3 and 6 px
    found = _crowded_labels(crowded)
    assert [f.rule for f in found] == ["text_crowded"] and "3.0 px apart" in found[0].message
    assert found[0].severity == "warning" and '"10"' in found[0].artist
    lower = [label("10", 0, 20), SceneText("12", "axis-label", 20.0, "#000", (22, 130, 42, 150))]
    assert _crowded_labels(lower) == [], "labels in different rows do not crowd each other"


@pytest.mark.slow  # a print size: the full suite
def test_labels_inside_thin_bars_are_read_against_the_bar():
    """At print-column a label's em box is taller than its bar: the glyphs are on the bar."""
    from housestyle.batch._recipes import load_recipe, run_recipe

    recipe = load_recipe(ROOT / "cookbook" / "alt_bar_sorted.py").recipe
    for brand in ("ou", "night"):
        report = housestyle.check(run_recipe(recipe, brand, "print-column"))
        assert not [f for f in report.errors if f.rule == "text_contrast"], str(report)


def test_category_labels_along_x_that_would_collide_are_set_upright_on_lines():
    """As matplotlib wraps them: Vega turned them on their side and cut them at 180 px."""
    from housestyle.adapters._altair.findings import _lines, _walk
    from housestyle.adapters._altair.vlc import scenegraph
    from housestyle.record import adapter_for

    sectors = [
        "Public administration and defence",
        "Wholesale and retail trade",
        "Health and social work",
        "Education",
        "Construction",
    ]
    data = pd.DataFrame({"sector": sectors, "jobs": [2.2, 4.1, 4.3, 3.2, 2.3]})
    bars = alt.Chart(data).mark_bar().encode(x=alt.X("sector:N", title=None), y="jobs:Q")
    chart = housestyle.finalise(bars, title="Health leads", source="ONS", alt="Bars")
    graph = scenegraph(adapter_for(chart).finished_spec(chart, None))
    labels = {
        " ".join(_lines(item)): (_lines(item), item.get("angle", 0))
        for node, item, _, _ in _walk(graph["scenegraph"], 0, 0)
        if node.get("role") == "axis-label" and " ".join(_lines(item)) in sectors
    }
    assert set(labels) == set(sectors), "every label whole"
    assert all(angle == 0 for _, angle in labels.values()), "upright"
    assert len(labels[sectors[0]][0]) >= 2 and labels["Education"][0] == ["Education"]
    assert housestyle.check(chart).errors == []


def test_a_facet_of_discrete_cells_is_fitted_to_the_size():
    """Three columns sized by their cells: a first step of one cell's worth overshot to a
    negative width; the fit halves at most, learns the three cells, and lands."""
    rng = np.random.default_rng(2)
    data = pd.DataFrame(
        {
            "region": np.repeat(["North", "London", "South West"], 10),
            "year": np.tile(range(2014, 2024), 3),
            "v": rng.normal(5, 1, 30),
        }
    )
    lines = alt.Chart(data).mark_line().encode(x="year:O", y="v:Q")
    chart = housestyle.finalise(
        lines.facet(column=alt.Column("region:N", title=None)), title="Three", source="S", alt="A"
    )
    image = png_image(to_bytes(chart, ["png"])["png"])
    assert image.size == housestyle.finalised(chart).preset.pixels


def test_webp_has_the_pngs_pixels():
    """Vega's pixels, at both densities, are written as lossless WebP."""
    drawn = to_bytes(_finished(), ["png", "webp", "png2x", "webp2x"])
    for png, webp in (("png", "webp"), ("png2x", "webp2x")):
        pixels = [np.asarray(png_image(drawn[name]).convert("RGB")) for name in (png, webp)]
        assert np.array_equal(*pixels), webp


def test_the_html_page_carries_the_brands_faces_cut_to_what_the_chart_may_show(tmp_path):
    """Every face was carried whole (about 3 MB of base64 for Lato's four); each is cut
    to the characters of the spec (hover text included) and what number formats write."""
    import base64
    import re

    from fontTools.ttLib import TTFont

    page = to_bytes(_finished(), ["html"])["html"].decode()
    fonts = [
        TTFont(io.BytesIO(base64.b64decode(data)))
        for data in re.findall(r"base64,([A-Za-z0-9+/=]+)\) format\('woff2'\)", page)
    ]
    assert {font["name"].getDebugName(4) for font in fonts} >= {"Lato Regular", "Lato Bold"}
    for font in fonts:
        shown = {chr(code) for code in font.getBestCmap()}
        assert set("Values rose 0123456789%−") <= shown
        assert len(shown) < 200, "cut to the chart's characters, not the whole face"


def test_a_check_after_an_export_draws_nothing_the_export_drew(monkeypatch):
    """vl-convert's renders are kept by their input: an export draws the chart once, as
    SVG, and converts it to each other format; the gallery's check of a chart it has just
    exported converts nothing again, and another chart is drawn afresh."""
    import vl_convert

    from housestyle.adapters._altair import vlc

    monkeypatch.setattr(vlc, "_kept", vlc.OrderedDict())
    calls: list[str] = []
    names = ("vegalite_to_png", "vegalite_to_svg", "vegalite_to_pdf", "svg_to_png", "svg_to_pdf")
    for name in names:
        real = getattr(vl_convert, name)

        def counted(spec, *args, _real=real, _name=name, **kwargs):
            calls.append(_name)
            return _real(spec, *args, **kwargs)

        monkeypatch.setattr(vl_convert, name, counted)
    chart = _finished()
    exported = to_bytes(chart, ["png", "svg", "pdf"])
    assert sorted(calls) == ["svg_to_pdf", "svg_to_png", "vegalite_to_svg"], "drawn once"
    assert housestyle.check(chart).errors == []
    assert len(calls) == 3, "the check drew again what the export drew"
    assert to_bytes(chart, ["png"])["png"] == exported["png"]
    to_bytes(_finished(title="Values rose again"), ["png"])
    assert calls[3:] == ["vegalite_to_svg", "svg_to_png"], "another chart is another render"


@pytest.mark.parametrize(("size", "most"), [("web", 5), ("print-column", 4)])
def test_a_single_view_is_fitted_and_composed_in_few_layouts(monkeypatch, size, most):
    """Each layout is a Vega run (about 70 ms): a single view's fit steps straight to its
    plot size and counts its ticks there (not first fitted with the whole room's ticks);
    the bands' glyphs that reach into a margin are read before the chart is composed.
    Before, this chart took 7 layouts at web and 5 at print-column. It is at its preset's
    pixels all the same, and finalised again it is the same chart."""
    import vl_convert

    from housestyle.adapters._altair import vlc

    monkeypatch.setattr(vlc, "_kept", vlc.OrderedDict())
    layouts: list[object] = []
    real = vl_convert.vegalite_to_scenegraph

    def counted(spec, *args, **kwargs):
        layouts.append(spec)
        return real(spec, *args, **kwargs)

    monkeypatch.setattr(vl_convert, "vegalite_to_scenegraph", counted)
    chart = _finished(size=size)
    assert len(layouts) <= most
    pixels = housestyle.load_brand("ou").preset(size).pixels
    assert png_image(to_bytes(chart, ["png"])["png"]).size == pixels
    assert housestyle.finalise(chart, size=size).to_dict() == chart.to_dict()
