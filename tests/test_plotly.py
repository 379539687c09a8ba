"""Plotly figures in the house style: template, finish, files, fonts, positions, checks.

Everything a reader sees is measured on the files Kaleido writes: pixel sizes, where
the title block and footer sit next to the matplotlib twin, the font files inside the
SVG and the PDF, the series colours, and the faults check() finds. One Chromium serves
the whole module (housestyle's Kaleido session).
"""

from __future__ import annotations

import base64
import io
import json
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

import housestyle
from tests.charts import TEXTS, mpl_line, series
from tests.helpers import OTHER_SLUGS, first_quick, out_of_place, pdf_page

go = pytest.importorskip("plotly.graph_objects")
pytest.importorskip("kaleido")
pio = pytest.importorskip("plotly.io")

import housestyle.libraries.plotly  # noqa: E402  (after the skips: it imports plotly)
from housestyle.record._seam import adapter_for  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
WORKTREE_ENV = {"PYTHONPATH": str(ROOT)}


def plotly_line() -> go.Figure:
    """The twin of tests.charts.mpl_line: five random walks."""
    df = series()
    fig = go.Figure()
    for name in df:
        fig.add_scatter(x=df.index, y=df[name], name=name, mode="lines")
    return fig


def ink_rows(png: bytes, left: float = 1 / 3) -> list[tuple[int, int]]:
    """Runs of rows with dark ink in the left part of an image: title, subtitle, rule..."""
    pixels = np.asarray(Image.open(io.BytesIO(png)).convert("RGB"), dtype=int)
    ink = np.abs(pixels - pixels[0, 0]).max(axis=2) > 100
    rows = np.where(ink[:, : int(pixels.shape[1] * left)].any(axis=1))[0]
    runs = np.split(rows, np.where(np.diff(rows) > 3)[0] + 1)  # a descender's gap joins
    return [(int(run[0]), int(run[-1])) for run in runs if len(run)]


@pytest.fixture(scope="module")
def finished() -> go.Figure:
    return housestyle.finalise(plotly_line(), **TEXTS)


@pytest.fixture(scope="module")
def files(finished, tmp_path_factory) -> dict[str, bytes]:
    out = tmp_path_factory.mktemp("plotly")
    paths = housestyle.export(
        finished, out / "chart", formats=["png", "png2x", "svg", "pdf", "html"]
    )
    return {path.name: path.read_bytes() for path in paths}


# --------------------------------------------------------------------------- #
# The template
# --------------------------------------------------------------------------- #


def test_use_registers_every_brand_and_makes_ou_the_default():
    before = pio.templates.default
    try:
        assert housestyle.libraries.plotly.use() == "ou"
        assert pio.templates.default == "ou"
        for name in housestyle.brands():
            brand = housestyle.load_brand(name)
            layout = pio.templates[name].layout
            assert list(layout.colorway) == list(brand.palettes["categorical"])
            assert layout.font.family.startswith(f'"{brand.fonts.family}"')
            assert layout.paper_bgcolor == brand.colours.background
            assert layout.xaxis.gridcolor == brand.colours.gridline
        fig = go.Figure(go.Bar(x=["a"], y=[1]))  # a figure made afterwards is on brand
        assert fig.layout.template.layout.colorway[0] == housestyle.load_brand().colours.primary
    finally:
        pio.templates.default = before


def test_template_reads_sizes_from_the_brand_and_preset():
    brand = housestyle.load_brand("ou")
    web, column = brand.preset("web"), brand.preset("print-column")
    t_web = housestyle.libraries.plotly.template(brand, "web")
    t_col = housestyle.libraries.plotly.template(brand, "print-column")
    assert t_web.layout.font.size == pytest.approx(brand.type.tick_label * web.dpi / 72)
    per_pt = column.dpi / 72 * column.type_scale
    assert t_col.layout.xaxis.tickfont.size == pytest.approx(brand.type.tick_label * per_pt)
    assert t_web.layout.yaxis.showgrid is (brand.layout.gridlines in ("y", "both"))
    scale = t_web.layout.colorscale.sequential
    assert [c for _, c in scale] == list(brand.palettes["sequential"])
    assert [c for _, c in t_web.layout.colorscale.diverging] == list(brand.palettes["diverging"])


# --------------------------------------------------------------------------- #
# finalise and export
# --------------------------------------------------------------------------- #


def test_finalise_never_changes_the_callers_figure():
    fig = plotly_line()
    fig.update_layout(title="Own title")
    before = json.dumps(fig.to_dict(), sort_keys=True, default=str)
    out = housestyle.finalise(fig, source="x", alt="y")
    assert out is not fig
    assert json.dumps(fig.to_dict(), sort_keys=True, default=str) == before
    assert housestyle.finalised(fig) is None
    record = adapter_for(out).record(out)
    assert record.title == "Own title"  # taken from layout.title, as a suptitle is
    assert out.layout.title.text is None


@pytest.mark.slow  # several presets: the full suite
def test_files_have_the_presets_pixels(files, finished):
    preset = housestyle.load_brand("ou").preset("web")
    assert Image.open(io.BytesIO(files["chart.png"])).size == preset.pixels
    assert Image.open(io.BytesIO(files["chart@2x.png"])).size == tuple(2 * v for v in preset.pixels)
    info = Image.open(io.BytesIO(files["chart.png"])).info
    assert info["Title"] == TEXTS["title"] and info["Description"] == TEXTS["alt"]
    assert round(info["dpi"][0]) == preset.dpi


def test_svg_is_text_in_the_brands_font_with_the_font_inside(files):
    svg = files["chart.svg"].decode("utf-8")
    assert f"<title>{TEXTS['title']}</title>" in svg
    assert "Source: synthetic data" in svg  # text as text
    families = set(re.findall(r"font-family: ([^;]+);", svg))
    assert families and all(f.strip("\"'").startswith("Lato") for f in families), families
    from fontTools.ttLib import TTFont

    embedded = re.findall(r"base64,([A-Za-z0-9+/=]+)\) format\('woff2'\)", svg)
    names = {
        TTFont(io.BytesIO(base64.b64decode(data)))["name"].getDebugName(4) for data in embedded
    }
    assert {"Lato Regular", "Lato Bold"} <= names
    width, height = housestyle.load_brand("ou").preset("web").points
    assert f'width="{width:g}pt"' in svg[:400] and f'height="{height:g}pt"' in svg[:400]


def pdf_fonts(data: bytes, tmp_path: Path) -> list[str]:
    path = tmp_path / "chart.pdf"
    path.write_bytes(data)
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    return [line.split()[0].split("+")[-1] for line in out.stdout.splitlines()[2:]]


def test_pdf_embeds_the_brands_font_files_at_the_presets_size(files, tmp_path):
    assert set(pdf_fonts(files["chart.pdf"], tmp_path)) == {"Lato-Regular", "Lato-Bold"}
    info = subprocess.run(
        ["pdfinfo", str(tmp_path / "chart.pdf")], capture_output=True, text=True, check=True
    ).stdout
    width, height = (
        float(v) for v in re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info).groups()
    )
    want = housestyle.load_brand("ou").preset("web").points
    assert width == pytest.approx(want[0], abs=0.5) and height == pytest.approx(want[1], abs=0.5)
    assert b"CreationDate" not in files["chart.pdf"] and b"Kaleido-fier" not in files["chart.pdf"]
    assert f"Title:           {TEXTS['title']}" in info
    assert f"Subject:         {TEXTS['alt']}" in info


@pytest.mark.slow  # a second brand through Kaleido: the full suite
def test_night_brand_draws_roboto_on_its_dark_ground(tmp_path):
    brand = housestyle.load_brand("night")
    out = housestyle.finalise(plotly_line(), brand="night", **TEXTS)
    paths = housestyle.export(out, tmp_path / "night", formats=["png", "pdf"])
    assert set(pdf_fonts(paths[1].read_bytes(), tmp_path)) == {"Roboto-Regular", "Roboto-Bold"}
    pixels = np.asarray(Image.open(paths[0]).convert("RGB"))
    corner = "#{:02x}{:02x}{:02x}".format(*tuple(pixels[2, 2]))
    assert corner == brand.colours.background


def test_series_are_drawn_in_the_brands_colours_even_from_plotly_express(tmp_path):
    px = pytest.importorskip("plotly.express")
    long = series().reset_index(names="year").melt("year", var_name="series")
    fig = px.line(long, x="year", y="value", color="series")  # Plotly's own colours
    out = housestyle.finalise(fig, source="s", alt="a")
    (png,) = housestyle.export(out, tmp_path / "px", formats=["png"])
    pixels = np.asarray(Image.open(png).convert("RGB")).reshape(-1, 3)
    seen = {"#{:02x}{:02x}{:02x}".format(*tuple(p)) for p in np.unique(pixels, axis=0)}
    brand = housestyle.load_brand()
    assert set(brand.palettes["categorical"][:5]) <= seen
    assert "#636efa" not in seen  # Plotly's first colour is gone


@pytest.mark.parametrize(
    ("size", "brand"),
    first_quick([("web", "ou"), ("web", "night"), ("social", "ou"), ("social", "night")]),
)
def test_title_block_and_footer_sit_where_the_matplotlib_twins_do(brand, size):
    mpl_fig = housestyle.finalise(mpl_line(brand), brand=brand, size=size, **TEXTS)
    mpl_png = housestyle.output._export.to_bytes(mpl_fig, ["png"])["png"]
    out = housestyle.finalise(plotly_line(), brand=brand, size=size, **TEXTS)
    png = adapter_for(out).render(out, ["png"])["png"]
    assert Image.open(io.BytesIO(png)).size == Image.open(io.BytesIO(mpl_png)).size
    ours, theirs = ink_rows(png), ink_rows(mpl_png)
    # title, subtitle: the first two runs; the rule and the source: the last two
    for got, want in zip(ours[:2] + ours[-2:], theirs[:2] + theirs[-2:], strict=True):
        assert abs(got[0] - want[0]) <= 3 and abs(got[1] - want[1]) <= 3, (ours, theirs)


def test_export_at_other_sizes_lays_the_figure_out_again(finished, tmp_path):
    paths = housestyle.export(finished, tmp_path / "c", formats=["png"], sizes=["web", "social"])
    assert [p.name for p in paths] == ["c-web.png", "c-social.png"]
    brand = housestyle.load_brand()
    for path, size in zip(paths, ["web", "social"], strict=True):
        assert Image.open(path).size == brand.preset(size).pixels
    with pytest.raises(housestyle.HouseStyleError, match="tiff"):
        housestyle.export(finished, tmp_path / "c", formats=["tiff"])


def test_refinalise_replaces_the_decoration_and_keeps_the_texts(finished):
    again = housestyle.finalise(finished, size="social", title="New title")
    names = [a.name for a in again.layout.annotations]
    assert names.count("housestyle-title") == 1 and names.count("housestyle-source") == 1
    assert again.layout.width == 1200
    record = adapter_for(again).record(again)
    assert record.title == "New title" and record.source == "Source: synthetic data"


def test_html_has_plotly_js_and_fonts_inside(files):
    page = files["chart.html"].decode("utf-8")
    assert "<script src=" not in page  # nothing fetched
    assert "plotly.js v" in page or "Plotly" in page[:2_000_000]
    assert '@font-face{font-family:"Lato"' in page
    assert f"<title>{TEXTS['title']}</title>" in page


@pytest.mark.slow  # a browser: the full suite
def test_html_opens_offline_and_shows_the_title_block(files, page, tmp_path):
    path = tmp_path / "chart.html"
    path.write_bytes(files["chart.html"])
    page.goto(path.as_uri())
    page.wait_for_selector(".annotation-text")
    shown = page.locator(".annotation-text").all_text_contents()
    assert TEXTS["title"] in shown and "Source: synthetic data" in shown
    family = page.evaluate(
        "document.fonts.check('16px \"Lato\"') && [...document.fonts].some(f => f.family.includes('Lato') && f.status === 'loaded')"
    )
    assert family


# --------------------------------------------------------------------------- #
# check()
# --------------------------------------------------------------------------- #


def test_check_finds_the_planted_faults():
    fig = go.Figure()
    fig.add_scatter(x=[1, 2, 3], y=[1, 3, 2], name="fine")
    fig.add_scatter(x=[1, 2, 3], y=[2, 1, 3], name="yellow", line_color="#ffee00")
    web = housestyle.load_brand().preset("web")
    fig.add_annotation(x=2, y=3, text="tiny", font_size=5 * web.dpi / 72)
    report = housestyle.check(housestyle.finalise(fig, title="Faults", source="me"))
    rules = {(f.rule, f.artist) for f in report}
    assert ("mark_contrast", 'series "yellow"') in rules
    assert ("text_size", 'annotation "tiny"') in rules
    assert ("alt_text", "figure") in rules
    assert not report.ok


def test_check_passes_a_clean_chart_and_finds_a_chart_in_the_title_block():
    clean = housestyle.finalise(plotly_line(), **TEXTS)
    assert housestyle.check(clean).errors == []
    crowded = plotly_line()
    crowded.add_annotation(
        text="A note drawn far up",
        xref="paper",
        yref="paper",
        x=0,
        y=1.45,
        xanchor="left",
        font_size=20,
    )
    report = housestyle.check(housestyle.finalise(crowded, **TEXTS))
    assert any(f.rule == "figure_overlap" for f in report), str(report)


@pytest.mark.slow  # over a second here: test_check_finds_the_planted_faults is quick
def test_check_names_an_off_brand_font():
    fig = plotly_line()
    fig.update_layout(font_family="DejaVu Serif")
    report = housestyle.check(housestyle.finalise(fig, **TEXTS))
    assert any(f.rule == "text_font" and "DejaVu" in f.message for f in report), str(report)


# --------------------------------------------------------------------------- #
# Reproducible, and optional
# --------------------------------------------------------------------------- #

_EXPORT = textwrap.dedent(
    """
    import sys, housestyle, plotly.graph_objects as go
    from tests.test_plotly import plotly_line
    from tests.charts import TEXTS
    out = housestyle.finalise(plotly_line(), **TEXTS)
    housestyle.export(out, sys.argv[1], formats=["png", "png2x", "svg", "pdf", "html"])
    """
)


@pytest.mark.slow  # two fresh interpreters, each starting Kaleido
def test_static_files_are_byte_identical_across_processes(tmp_path):
    for run in ("a", "b"):
        (tmp_path / run).mkdir()
        subprocess.run(
            [sys.executable, "-c", _EXPORT, str(tmp_path / run / "chart")],
            check=True,
            cwd=ROOT,
            env={**os.environ, **WORKTREE_ENV},
            timeout=300,
        )
    for name in ["chart.png", "chart@2x.png", "chart.svg", "chart.pdf", "chart.html"]:
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name


@pytest.mark.slow  # a fresh interpreter: the full suite
def test_housestyle_imports_and_finishes_matplotlib_without_plotly():
    code = textwrap.dedent(
        """
        import sys
        sys.modules["plotly"] = None  # as if not installed
        sys.modules["kaleido"] = None
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
        import housestyle
        fig, ax = plt.subplots()
        ax.plot([1, 2], [1, 2])
        housestyle.finalise(fig, title="t", source="s")
        print("ok")
        """
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, **WORKTREE_ENV},
        timeout=300,
    )
    assert out.stdout.strip() == "ok", out.stderr


# --------------------------------------------------------------------------- #
# The batch engine and the gallery take Plotly recipes
# --------------------------------------------------------------------------- #


@pytest.mark.slow  # brands x sizes: the full suite
def test_render_many_draws_a_plotly_recipe_in_each_brand_and_size(tmp_path):
    report = housestyle.render_many(
        ROOT / "cookbook" / "plotly_line.py",
        brands=["ou", "night"],
        sizes=["web", "social"],
        formats=["png", "pdf"],
        out=tmp_path,
        engine="serial",
        progress=False,
    )
    assert report.ok, report
    for brand in ("ou", "night"):
        for size in ("web", "social"):
            png = tmp_path / f"plotly_line-{brand}-{size}.png"
            assert Image.open(png).size == housestyle.load_brand(brand).preset(size).pixels
    fonts = pdf_fonts((tmp_path / "plotly_line-night-web.pdf").read_bytes(), tmp_path)
    assert set(fonts) == {"Roboto-Regular", "Roboto-Bold"}


@pytest.mark.slow  # a gallery build
def test_gallery_builds_a_plotly_recipe_beside_its_matplotlib_twin(tmp_path):
    import shutil

    from housestyle.gallery._build import build_gallery

    cookbook = tmp_path / "cookbook"
    cookbook.mkdir()
    for slug in ("plotly_bar_sorted", "mpl_bar_sorted"):
        shutil.copy(ROOT / "cookbook" / f"{slug}.py", cookbook)
    result = build_gallery(
        cookbook, tmp_path / "site", brands=["ou"], sizes=["social"], engine="serial"
    )
    assert result.ok
    site = tmp_path / "site"
    page = (site / "recipes" / "plotly_bar_sorted.html").read_text(encoding="utf-8")
    assert "In other libraries" in page and 'href="mpl_bar_sorted.html"' in page
    assert "images/ou/mpl_bar_sorted" in page  # the twin's chart shown on the page
    assert Image.open(site / "images" / "ou" / "plotly_bar_sorted.png").size == (640, 450)
    social = site / "images" / "ou" / "social" / "plotly_bar_sorted.webp"  # lossless WebP
    assert Image.open(social).size == (1200, 675)
    assert result.charts["plotly_bar_sorted"]["ou"]["checks"]["ok"]


def test_the_pdf_draws_the_pngs_picture_edge_to_edge(files):
    """Kaleido printed with a tenth of an inch of margin and shrank the chart into it:
    the PDF was the PNG at 97% in a white frame. Rasterised at the PNG's density, the
    page is the PNG (:func:`tests.helpers.out_of_place`)."""
    png = Image.open(io.BytesIO(files["chart.png"])).convert("RGB")
    assert out_of_place(png, pdf_page(files["chart.pdf"], 100)) < 0.005


@pytest.mark.slow  # every preset through Kaleido: the full suite
def test_every_preset_of_the_brand_has_its_pixels_and_page_size(finished, tmp_path):
    brand = housestyle.load_brand("ou")
    names = list(brand.presets)
    paths = housestyle.export(finished, tmp_path / "c", formats=["png", "pdf"], sizes=names)
    for name in names:
        preset = brand.preset(name)
        assert Image.open(tmp_path / f"c-{name}.png").size == preset.pixels, name
        info = subprocess.run(
            ["pdfinfo", str(tmp_path / f"c-{name}.pdf")], capture_output=True, text=True
        ).stdout
        size = re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info).groups()
        assert float(size[0]) == pytest.approx(preset.points[0], abs=0.5), name
        assert float(size[1]) == pytest.approx(preset.points[1], abs=0.5), name
    assert len(paths) == 2 * len(names)
    column = housestyle.finalise(finished, size="print-column")
    assert housestyle.check(column).errors == []  # type still large enough in print


def test_subplots_fill_the_width_and_a_colour_axis_takes_the_brands_scale():
    from plotly.subplots import make_subplots

    fig = make_subplots(rows=1, cols=2)
    fig.add_scatter(x=[1, 2, 3], y=[1, 3, 2], row=1, col=1)
    fig.add_bar(x=["a", "b"], y=[2, 3], row=1, col=2)
    out = housestyle.finalise(fig, **TEXTS)
    brand = housestyle.load_brand()
    right = out.layout.margin.r / (brand.preset("web").dpi / 72)
    assert right < brand.layout.margins.right + 12  # both panels, not one: no wide margin
    px = pytest.importorskip("plotly.express")
    scatter = px.scatter(x=[1, 2, 3], y=[1, 2, 3], color=[1.0, 2.0, 3.0])  # Plotly's scale
    finished = housestyle.finalise(scatter, **TEXTS)
    scale = [c for _, c in finished.layout.coloraxis.colorscale]
    assert scale == list(brand.palettes["sequential"])


@pytest.mark.slow  # every preset: the full suite
def test_a_figures_own_sizes_follow_the_preset_as_the_recipe_run_there_would():
    from housestyle.batch._recipes import load_recipe, run_recipe

    recipe = load_recipe(ROOT / "cookbook" / "plotly_bar_sorted.py").recipe
    web = run_recipe(recipe)
    again = housestyle.finalise(web, size="print-column")
    there = run_recipe(recipe, size="print-column")
    assert again.data[0].textfont.size == pytest.approx(there.data[0].textfont.size)
    assert again.data[0].textfont.size > 1.5 * web.data[0].textfont.size
    assert housestyle.check(again).errors == []


def test_check_finds_a_category_label_pushed_off_the_picture():
    """A label too long for the width pushes Plotly's plot out of the picture: reported.

    finalise wraps a category's own long name; tick text the chart sets itself is kept
    as written, and this one is too long for the width.
    """
    fig = go.Figure(go.Bar(x=[12, 30, 7], y=["Rail", "Road", "Air"], orientation="h"))
    fig.update_yaxes(
        tickmode="array", tickvals=["Rail", "Road", "Air"], ticktext=["Rail", LONG, "Air"]
    )
    finished = housestyle.finalise(fig, title="Road carries most trips", source="DfT", alt="Bars")
    clipped = [f for f in housestyle.check(finished).errors if f.rule == "text_clipped"]
    assert clipped and "left edge" in clipped[0].message


LONG = "Road, including buses, coaches and the long-distance community transport schemes"


@pytest.mark.parametrize("size", first_quick(["print-column", "web", "social"]))
def test_a_long_category_name_is_wrapped_and_leaves_the_bars_their_room(size):
    """Down the side, a long category is set on lines: the bars keep most of the width."""
    categories = ["Rail", LONG, "Air", "Walking and cycling"]
    fig = go.Figure(go.Bar(x=[12, 30, 7, 9], y=categories, orientation="h"))
    finished = housestyle.finalise(
        fig, title="Road carries most trips", source="DfT", alt="Bars", size=size
    )
    axis = finished.layout.yaxis
    assert list(axis.tickvals) == categories and list(finished.data[0].y) == categories
    shown = dict(zip(axis.tickvals, axis.ticktext, strict=True))
    assert shown["Rail"] == "Rail" and shown["Walking and cycling"] == "Walking and cycling"
    assert shown[LONG].replace("<br>", " ") == LONG and 2 <= shown[LONG].count("<br>") + 1 <= 4
    margins = finished.layout.margin
    width, _ = housestyle.finalised(finished).preset.pixels
    assert width - margins.l - margins.r > 0.35 * width, "the bars keep their room"
    assert housestyle.check(finished).errors == []


SECTORS = [
    "Public administration and defence",
    "Wholesale and retail trade",
    "Health and social work",
    "Education",
    "Construction",
]


def test_category_labels_along_x_that_would_collide_are_set_upright_on_lines():
    """As matplotlib wraps them: Plotly would turn them and crush the plot under them."""
    fig = go.Figure(go.Bar(x=SECTORS, y=[2.2, 4.1, 4.3, 3.2, 2.3]))
    finished = housestyle.finalise(fig, title="Health leads", source="ONS", alt="Bars")
    axis = finished.layout.xaxis
    assert axis.tickangle == 0 and list(axis.tickvals) == SECTORS
    assert [text.replace("<br>", " ") for text in axis.ticktext] == SECTORS
    assert "<br>" in axis.ticktext[0] and axis.ticktext[3] == "Education"
    assert list(finished.data[0].x) == SECTORS, "the data keeps the names whole"
    assert housestyle.check(finished).errors == []


def test_webp_has_the_pngs_pixels(finished):
    """Plotly's WebP, at both densities, holds the pixels Kaleido drew for its PNG."""
    drawn = housestyle.output.to_bytes(finished, ["png", "webp", "png2x", "webp2x"])
    for png, webp in (("png", "webp"), ("png2x", "webp2x")):
        pixels = [np.asarray(Image.open(io.BytesIO(drawn[n])).convert("RGB")) for n in (png, webp)]
        assert np.array_equal(*pixels), webp


def _every_format(fig: go.Figure, reload_every: int, orders: int) -> dict[str, bytes]:
    """Every static format of ``fig``, drawn in one order or more (each render then
    follows another figure's), with the page reloaded every ``reload_every`` renders."""
    from housestyle.adapters._plotly import session

    before = session.RELOAD_EVERY
    session.RELOAD_EVERY = reload_every
    try:
        drawn = [
            housestyle.output.to_bytes(fig, order)
            for order in (["png", "svg", "pdf"], ["pdf", "svg", "png"])[:orders]
        ]
    finally:
        session.RELOAD_EVERY = before
    assert all(files == drawn[0] for files in drawn)
    return drawn[0]


@pytest.mark.slow  # every format, both ways: the full suite
@pytest.mark.parametrize("slug", OTHER_SLUGS["plotly"])
def test_a_page_kept_between_renders_draws_the_files_a_fresh_page_does(slug):
    """The session reloads Kaleido's page only now and then: no figure leaves a trace on
    the next, in any format (a fresh page for each render, as Kaleido has it, is the
    reference), and the SVG's ids and attributes are the same at every draw."""
    from housestyle.batch._recipes import run_recipe
    from tests.helpers import load

    fig = run_recipe(load(slug).recipe, "ou", "web")
    kept = _every_format(fig, reload_every=10**6, orders=2)
    assert kept == _every_format(fig, reload_every=1, orders=1)


@pytest.mark.slow  # starts a second browser: the full suite
def test_a_failed_render_starts_the_next_figure_in_a_new_browser(finished):
    from housestyle.adapters._plotly import session

    housestyle.output.to_bytes(finished, ["png"])
    browser = session._session
    broken = {"data": "not a list of traces", "layout": {}}
    with pytest.raises(housestyle.HouseStyleError, match="Kaleido could not draw"):
        session.render_bytes(broken, housestyle.load_brand("ou"), "png", 100, 100, 1)
    assert session._session is None
    png = housestyle.output.to_bytes(finished, ["png"])["png"]
    assert session._session is not browser and png.startswith(b"\x89PNG")


def test_one_browser_draws_every_shipped_brand(finished):
    """Chromium reads its font folders when it starts: it starts with every shipped
    brand's, so going from one shipped brand to another does not start it again."""
    from housestyle.adapters._plotly import session

    housestyle.output.to_bytes(finished, ["png"])
    browser = session._session
    for name in housestyle.brands():
        chart = housestyle.finalise(plotly_line(), brand=name, **TEXTS)
        housestyle.output.to_bytes(chart, ["png"])
        assert session._session is browser, name
