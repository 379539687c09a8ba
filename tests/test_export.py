"""export(): formats, exact sizes, metadata, fonts, determinism and atomic writes."""

from __future__ import annotations

import importlib
import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path
from typing import Any

import matplotlib.pyplot as plt
import numpy as np
import pytest
from matplotlib.figure import Figure
from PIL import Image

import housestyle
from housestyle import HouseStyleError, export, finalise, finalised
from housestyle.record._record import decoration
from tests.charts import QUICK_FIRST, finished, ggplot_facets, mpl_line, pixel_size, png
from tests.helpers import first_quick, png_image

export_module = importlib.import_module("housestyle.output._export")
formats_module = importlib.import_module("housestyle.output._formats")
files_module = importlib.import_module("housestyle.output._targets")

ALL = ["png", "png2x", "svg", "pdf", "webp", "webp2x", "tiff"]
ROOT = Path(__file__).resolve().parent.parent
TITLE = "Five series & <friends>"


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    folder = tmp_path_factory.mktemp("export")
    fig = finished("mpl_subplots", title=TITLE)
    paths = export(fig, folder / "chart", formats=ALL)
    return {path.name: path for path in paths}


@pytest.mark.slow  # every format of several names: the full suite
def test_file_names(written):
    assert sorted(written) == sorted(
        [
            "chart.png",
            "chart@2x.png",
            "chart.svg",
            "chart.pdf",
            "chart.webp",
            "chart@2x.webp",
            "chart.tiff",
        ]
    )


def test_raster_sizes_and_dpi(written):
    image = Image.open(written["chart.png"])
    assert image.size == (640, 450)
    assert round(image.info["dpi"][0]) == 100
    assert Image.open(written["chart@2x.png"]).size == (1280, 900)
    assert Image.open(written["chart.webp"]).size == (640, 450)
    assert Image.open(written["chart@2x.webp"]).size == (1280, 900)
    tiff = Image.open(written["chart.tiff"])
    assert tiff.mode == "CMYK" and tiff.size == (1920, 1350)
    assert tiff.info["dpi"] == (300, 300)


def test_print_preset_exact_physical_size(tmp_path):
    fig = finished("ggplot_line", size="print-column")
    path, pdf = export(fig, tmp_path / "col", formats=["png", "pdf"])
    image = Image.open(path)
    assert image.size == (1016, 827)  # 86 x 70 mm at 300 dpi
    assert image.size[0] / 300 * 25.4 == pytest.approx(86, abs=0.1)
    assert round(image.info["dpi"][0]) == 300


def test_png_metadata_and_srgb(written):
    image = Image.open(written["chart.png"])
    assert image.text["Title"] == TITLE
    assert image.text["Description"] == "Five lines wander apart; one ends highest."
    assert image.text["Source"] == "Source: synthetic data"
    assert image.text["Brand"] == "ou"
    assert image.text["Software"].startswith(f"housestyle {housestyle.__version__}")
    assert image.info["srgb"] == 0  # the sRGB chunk, perceptual intent


def test_svg_title_desc_and_text(written):
    svg = written["chart.svg"].read_text()
    assert "<title>Five series &amp; &lt;friends&gt;</title>" in svg
    assert "<desc>Five lines wander apart; one ends highest." in svg
    assert "Source: synthetic data" in svg  # the source line is text, not paths
    assert svg.index("<title>") < svg.index("<g ")


def test_pdf_metadata_and_fonts(written):
    pdf = written["chart.pdf"].read_bytes()
    assert b"Five series" in pdf
    if shutil.which("pdffonts") is None:
        if os.environ.get("CI"):
            pytest.fail("pdffonts (poppler-utils) is required in CI")
        pytest.skip("pdffonts not installed")
    table = subprocess.run(
        ["pdffonts", str(written["chart.pdf"])], capture_output=True, text=True, check=True
    ).stdout
    rows = table.splitlines()[2:]
    assert rows and all("Type 3" not in row for row in rows), table
    assert any("Lato-Regular" in row for row in rows) and any("Lato-Bold" in row for row in rows)
    assert all(" yes " in row for row in rows), table  # embedded
    assert all("TrueType" in row for row in rows), table


def test_webp_and_tiff_metadata(written):
    webp = Image.open(written["chart.webp"])
    assert b"Five series" in webp.info.get("xmp", b"")
    tiff = Image.open(written["chart.tiff"])
    assert "Five lines wander apart" in tiff.tag_v2[270]


def test_cmyk_black_text_uses_k_only():
    image = Image.new("RGB", (2, 1))
    image.putpixel((0, 0), (0, 0, 0))
    image.putpixel((1, 0), (255, 255, 255))
    cmyk = formats_module._cmyk(image)
    assert cmyk.getpixel((0, 0)) == (0, 0, 0, 255)
    assert cmyk.getpixel((1, 0)) == (0, 0, 0, 0)


REPRO = textwrap.dedent(
    """
    import sys
    sys.path.insert(0, {root!r})
    import matplotlib
    matplotlib.use("Agg")
    import housestyle
    from tests.charts import CHARTS
    fig = housestyle.finalise(CHARTS[{name!r}](), title="T", subtitle="S", source="src", alt="a")
    housestyle.export(fig, {out!r}, formats={formats!r})
    """
)


@pytest.mark.slow  # fresh interpreters
@pytest.mark.parametrize("name", ["mpl_subplots", "ggplot_facets"])
def test_byte_reproducible_across_processes(tmp_path, name):
    for run in ("a", "b"):
        out = str(tmp_path / run / "chart")
        code = REPRO.format(root=str(ROOT), name=name, out=out, formats=ALL)
        env = {**os.environ, "PYTHONHASHSEED": "random"}
        subprocess.run([sys.executable, "-c", code], check=True, env=env)
    for file in (tmp_path / "a").iterdir():
        assert file.read_bytes() == (tmp_path / "b" / file.name).read_bytes(), file.name


def test_unknown_format_writes_nothing(tmp_path):
    fig = finished("mpl_line")
    with pytest.raises(HouseStyleError, match=r"formats: 'gif' not supported; allowed: png, png2x"):
        export(fig, tmp_path / "c", formats=["png", "gif"])
    assert list(tmp_path.iterdir()) == []


def test_not_a_figure():
    with pytest.raises(HouseStyleError, match="a ggplot cannot be exported"):
        export(ggplot_facets(), "x")


def test_failure_midway_keeps_old_file_and_leaves_no_partial(tmp_path, monkeypatch):
    fig = finished("mpl_line")
    old = tmp_path / "chart.png"
    old.write_bytes(b"old")

    def broken(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(formats_module, "_pdf", broken)
    with pytest.raises(RuntimeError, match="disk on fire"):
        export(fig, tmp_path / "chart", formats=["png", "svg", "pdf"])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["chart.png"]
    assert old.read_bytes() == b"old"


def test_write_failure_removes_temporaries(tmp_path, monkeypatch):
    fig = finished("mpl_line")
    (tmp_path / "chart.svg").write_bytes(b"old svg")
    real_fdopen = os.fdopen
    calls = {"n": 0}

    def failing_fdopen(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 2:
            raise OSError(28, "No space left on device", "chart.svg")
        return real_fdopen(*args, **kwargs)

    monkeypatch.setattr(files_module.os, "fdopen", failing_fdopen)
    with pytest.raises(HouseStyleError, match="No space left on device"):
        export(fig, tmp_path / "chart", formats=["png", "svg"])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["chart.svg"]
    assert (tmp_path / "chart.svg").read_bytes() == b"old svg"


def test_folder_under_a_file_is_refused(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    fig = finished("mpl_line")
    with pytest.raises(HouseStyleError, match="is not a writable folder"):
        export(fig, blocker / "sub" / "chart")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file"]


READ_ONLY = textwrap.dedent(
    """
    import sys
    sys.path.insert(0, {root!r})
    import matplotlib
    matplotlib.use("Agg")
    import housestyle
    from tests.charts import CHARTS
    fig = housestyle.finalise(CHARTS["mpl_line"](), title="T", source="s")
    try:
        housestyle.export(fig, {out!r})
    except housestyle.HouseStyleError as exc:
        print("refused:", exc)
    """
)


@pytest.mark.skipif(not hasattr(os, "geteuid"), reason="POSIX only")
@pytest.mark.slow  # over a second here: the full suite
def test_read_only_folder_is_left_as_it_was():
    """Root can write anywhere, so the export runs as an unprivileged user when we are root."""
    base = Path(tempfile.mkdtemp(prefix="hs-ro-"))
    try:
        folder = base / "ro"
        folder.mkdir()
        (folder / "chart.png").write_bytes(b"keep")
        base.chmod(0o755)
        folder.chmod(0o555)
        code = READ_ONLY.format(root=str(ROOT), out=str(folder / "chart"))
        command = [sys.executable, "-c", code]
        env = {**os.environ, "MPLCONFIGDIR": str(base / "mplconfig")}
        (base / "mplconfig").mkdir(mode=0o777)
        (base / "mplconfig").chmod(0o777)
        if os.geteuid() == 0:
            if shutil.which("setpriv") is None:
                pytest.skip("setpriv needed to drop root")
            command = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", *command]
            probe = subprocess.run(
                [*command[:4], sys.executable, "-c", "import housestyle"], env=env
            )
            if probe.returncode != 0:
                pytest.skip("user nobody cannot read this checkout or its Python to run the test")
        result = subprocess.run(command, capture_output=True, text=True, env=env)
        assert "refused: path: cannot write into" in result.stdout, result.stderr[-2000:]
        assert sorted(p.name for p in folder.iterdir()) == ["chart.png"]
        assert (folder / "chart.png").read_bytes() == b"keep"
    finally:
        (base / "ro").chmod(0o755)
        shutil.rmtree(base)


def test_finalise_save_writes_formats(tmp_path):
    out = tmp_path / "out.png"
    finalise(mpl_line(), title="T", source="s", save=out, formats=["png", "svg"])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.png", "out.svg"]


def _pdf_images(path) -> list[list[str]]:
    """The rows of ``pdfimages -list`` for a PDF: one per image drawn."""
    if shutil.which("pdfimages") is None:
        if os.environ.get("CI"):
            pytest.fail("pdfimages (poppler-utils) is required in CI")
        pytest.skip("pdfimages not installed")
    listing = subprocess.run(
        ["pdfimages", "-list", str(path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    return [row.split() for row in listing]


def test_an_svg_logo_is_vectors_in_the_svg_and_the_pdf(written):
    svg = written["chart.svg"].read_text()
    logo = next(tag for tag in svg.split("<image ")[1:] if 'id="housestyle-logo"' in tag)
    assert logo.startswith('xlink:href="data:image/svg+xml;base64,')
    import pikepdf

    assert _pdf_images(written["chart.pdf"]) == [], "no pixels: the logo is its own drawing"
    with pikepdf.open(written["chart.pdf"]) as document:
        page = document.pages[0]
        form = page.Resources.XObject["/HouseStyleLogo"]
        assert form.Subtype == "/Form" and form.read_bytes()  # the logo's own drawing
        drawn = [op for _, op in pikepdf.parse_content_stream(page) if str(op) == "Do"]
        assert len(drawn) == 1, "drawn once, over the chart"


def test_a_png_logo_keeps_its_pixels_in_the_pdf_at_print_density(tmp_path):
    import cairosvg

    brand = housestyle.load_brand("ou")
    png = tmp_path / "logo.png"
    cairosvg.svg2png(url=str(brand.footer.logo), write_to=str(png), output_height=128)
    fig = finalise(mpl_line(), title="T", source="s", alt="A line.", logo=png)
    pdf = export(fig, tmp_path / "chart", formats=["pdf"])[0]
    x_ppi = [int(row[12]) for row in _pdf_images(pdf) if row[2] == "image"]
    assert x_ppi and min(x_ppi) >= 300  # print density, over twice the web preset's 100 dpi
    assert b"/HouseStyleLogo" not in pdf.read_bytes()  # the pixels are the drawing


@pytest.mark.parametrize(
    ("kwargs", "pattern"),
    [
        ({"path": None}, r"path: None is not a file path"),
        ({"path": ""}, r"path: '' is not a file path"),
        ({"path": "FOLDER/"}, r"names a folder"),
        ({"path": "FOLDER"}, r"names a folder"),
        ({"path": "FOLDER/c", "formats": 5}, r"formats: 5 is not a list of formats"),
    ],
)
def test_bad_paths_and_formats_write_nothing(tmp_path, kwargs, pattern):
    fig = finished("mpl_line")
    if isinstance(kwargs["path"], str):
        kwargs = {**kwargs, "path": kwargs["path"].replace("FOLDER", str(tmp_path))}
    with pytest.raises(HouseStyleError, match=pattern):
        export(fig, **kwargs)
    assert list(tmp_path.iterdir()) == []


def test_default_formats(tmp_path):
    fig = finished("mpl_line")
    paths = export(fig, tmp_path / "c", formats=None)
    assert [p.name for p in paths] == ["c.png", "c.svg", "c.pdf"]


# --------------------------------------------------------------------------- #
# Other sizes: export(size=...) and export(sizes=[...])
# --------------------------------------------------------------------------- #

SIZES = ["web", "social", "print-column"]
PIXELS = {"web": (640, 450), "social": (1200, 675), "print-column": (1016, 827)}


def _state(fig):
    """What a figure exported at other sizes must get back: size, dpi, record, look."""
    return (
        tuple(fig.get_size_inches()),
        fig.dpi,
        finalised(fig),
        len(decoration(fig)),
        png(fig),
    )


@pytest.mark.parametrize("name", first_quick(QUICK_FIRST))
def test_sizes_write_each_size_as_finalising_there_would(tmp_path, name):
    fig = finished(name)
    formats = ["png", "png2x", "svg"]
    paths = export(fig, tmp_path / "chart", formats=formats, sizes=SIZES)
    assert [p.name for p in paths] == [
        f"chart-{size}{suffix}" for size in SIZES for suffix in (".png", "@2x.png", ".svg")
    ]
    for size in SIZES:
        width, height = PIXELS[size]
        assert Image.open(tmp_path / f"chart-{size}.png").size == (width, height)
        assert Image.open(tmp_path / f"chart-{size}@2x.png").size == (2 * width, 2 * height)
        # the same formats in the same order: plotnine's layout still carries the last
        # bits of a float from one draw to the next, which moves SVG clip-path ids
        direct = export(finished(name, size=size), tmp_path / "direct" / size, formats)
        for path in direct:
            suffix = path.name.removeprefix(size)
            assert path.read_bytes() == (tmp_path / f"chart-{size}{suffix}").read_bytes(), (
                size,
                suffix,
            )


@pytest.mark.parametrize("name", first_quick(QUICK_FIRST))
def test_the_figure_is_as_it_was_after_other_sizes(tmp_path, name):
    fig = finished(name)
    before = _state(fig)
    export(fig, tmp_path / "c", formats=["png", "pdf"], sizes=["social", "print-column"])
    export(fig, tmp_path / "one", formats=["png"], size="slide")
    after = _state(fig)
    assert after[:4] == before[:4]
    assert after[2] is before[2]  # the very record it had
    assert after[4] == before[4]  # byte for byte


@pytest.mark.parametrize("name", first_quick(["mpl_line", "ggplot_line"]))
def test_size_alone_writes_the_names_the_path_gives(tmp_path, name):
    fig = finished(name)
    paths = export(fig, tmp_path / "card.png", formats=["png", "png2x"], size="social")
    assert [p.name for p in paths] == ["card.png", "card@2x.png"]
    assert Image.open(paths[0]).size == (1200, 675)
    assert paths[0].read_bytes() == png(finished(name, size="social"))
    assert finalised(fig).preset.name == "web"


def test_a_figure_not_finalised_takes_the_size_and_gets_its_own_back(tmp_path):
    fig = mpl_line()
    inches, dpi = tuple(fig.get_size_inches()), fig.dpi
    (path,) = export(fig, tmp_path / "raw", formats=["png"], size="social")
    assert Image.open(path).size == (1200, 675)
    assert (tuple(fig.get_size_inches()), fig.dpi) == (inches, dpi)
    assert finalised(fig) is None


@pytest.mark.parametrize(
    ("kwargs", "pattern"),
    [
        ({"sizes": ["web", "poster"]}, r"size: unknown size preset 'poster'"),
        ({"sizes": "social"}, r"sizes: 'social' is not a list of sizes"),
        ({"sizes": []}, r"sizes: none given"),
        ({"size": "web", "sizes": ["social"]}, r"size: give size= or sizes=, not both"),
    ],
)
def test_bad_sizes_write_nothing(tmp_path, kwargs, pattern):
    fig = finished("mpl_line")
    before = _state(fig)
    with pytest.raises(HouseStyleError, match=pattern):
        export(fig, tmp_path / "c", **kwargs)
    assert list(tmp_path.iterdir()) == []
    assert _state(fig)[:4] == before[:4]


@pytest.mark.parametrize("name", first_quick(["mpl_line", "ggplot_line"]))
def test_one_size_failing_writes_no_size_and_restores_the_figure(tmp_path, monkeypatch, name):
    fig = finished(name)
    before = _state(fig)
    real_pdf = formats_module._pdf

    def fails_in_print(figure, meta, *rest):
        if finalised(figure).preset.name == "print-column":
            raise RuntimeError("printer on fire")
        return real_pdf(figure, meta, *rest)

    monkeypatch.setattr(formats_module, "_pdf", fails_in_print)
    (tmp_path / "c-web.png").write_bytes(b"old")
    with pytest.raises(RuntimeError, match="printer on fire"):
        export(fig, tmp_path / "c", formats=["png", "pdf"], sizes=SIZES)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c-web.png"]
    assert (tmp_path / "c-web.png").read_bytes() == b"old"
    after = _state(fig)
    assert after[:4] == before[:4] and after[4] == before[4]


@pytest.mark.slow  # over a second here: the full suite
def test_render_at_a_size_is_the_export_at_that_size(tmp_path):
    fig = finished("ggplot_facets")
    rendered = export_module.to_bytes(fig, ["png"], size="social")["png"]
    (path,) = export(fig, tmp_path / "c", formats=["png"], size="social")
    assert rendered == path.read_bytes()
    assert pixel_size(rendered) == (1200, 675)


def test_a_figure_placed_by_hand_is_not_stretched_to_other_sizes(tmp_path):
    fig = plt.figure()
    fig.add_axes((0.1, 0.1, 0.8, 0.6)).plot([1, 2, 3])
    fig = finalise(fig, title="Placed by hand", source="s")
    assert finalised(fig).relayout is None
    with pytest.raises(HouseStyleError, match=r"size=.social. \(a table"):
        export(fig, tmp_path / "c", sizes=["web", "social"])
    assert list(tmp_path.iterdir()) == []
    assert [p.name for p in export(fig, tmp_path / "c", ["png"], sizes=["web"])] == ["c-web.png"]


@pytest.mark.slow  # draws a PDF twice and rasterises both
def test_pdf_fonts_are_cut_lean_by_harfbuzz_and_draw_the_same(tmp_path, monkeypatch):
    """Each face is cut by HarfBuzz without layout tables or hinting, its glyphs at their
    own ids: the pages matplotlib's own subsets draw, the same bytes in any process."""
    import contextlib

    from fontTools.ttLib import TTFont
    from matplotlib.backends import _backend_pdf_ps
    from matplotlib.font_manager import FontPath

    from housestyle.output import _pdffonts as pdffonts

    if shutil.which("pdftoppm") is None:
        if os.environ.get("CI"):
            pytest.fail("pdftoppm (poppler-utils) is required in CI")
        pytest.skip("pdftoppm not installed")
    lato = ROOT / "fonts" / "lato" / "Lato-Bold.ttf"
    with pdffonts.lean_subset(FontPath(str(lato), 0), {0, 36, 37}) as lean:
        assert not {"GPOS", "GSUB", "GDEF", "kern"} & set(lean.font.keys())
        assert not {"fpgm", "prep", "cvt "} & set(lean.font.keys()), "no hinting"
        assert {"glyf", "cmap", "hmtx"} <= set(lean.font.keys())
        assert {0, 36, 37} <= set(lean.glyph_index_map)  # with the recommended .notdef etc.
        whole = TTFont(lato, lazy=True)
        for glyph in (36, 37):  # at its own id: the same advance as in the font file
            assert lean.glyph_index_map[glyph] == glyph
            cut_name, name = lean.font.getGlyphName(glyph), whole.getGlyphName(glyph)
            assert lean.font["hmtx"][cut_name] == whole["hmtx"][name]
    assert _backend_pdf_ps.get_glyphs_subset is _private_original()

    fig = finished("mpl_subplots", title="Fitting the office's tiles")  # a "ti" ligature too
    ours = export(fig, tmp_path / "lean", formats=["pdf"])[0]
    monkeypatch.setattr(formats_module, "lean_pdf_fonts", contextlib.nullcontext)
    theirs = export(fig, tmp_path / "full", formats=["pdf"])[0]
    assert ours.read_bytes() != theirs.read_bytes()  # the fonts differ...
    pages = []
    for pdf in (ours, theirs):
        subprocess.run(
            ["pdftoppm", "-png", "-r", "150", str(pdf), str(pdf.with_suffix(""))], check=True
        )
        pages.append(Image.open(pdf.with_name(pdf.stem + "-1.png")).convert("RGB").tobytes())
    assert pages[0] == pages[1]  # ...and draw the same page, pixel for pixel

    code = textwrap.dedent(f"""
        import sys
        from tests.charts import finished
        from housestyle import export
        fig = finished("mpl_subplots", title="Fitting the office's tiles")
        export(fig, {str(tmp_path / "again")!r}, formats=["pdf"])
    """)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "MPLBACKEND": "Agg"}
    subprocess.run([sys.executable, "-c", code], check=True, env=env, cwd=ROOT)
    assert (tmp_path / "again.pdf").read_bytes() == ours.read_bytes()  # reproducible


def _private_original():
    from housestyle import _private

    return _private.pdf_glyph_subsetter()


def test_a_png_of_few_colours_is_a_palette_of_exactly_its_colours():
    from housestyle.output._formats import Meta, png_bytes

    meta = Meta("Bars", "Three bars", "Survey", "ou", "housestyle test")
    rng = np.random.default_rng(7)
    few = rng.choice(np.arange(200), size=(90, 120))  # 200 colours, at random
    rgb = np.stack([few, 255 - few, (few * 7) % 256], axis=-1).astype(np.uint8)
    many = rng.integers(0, 256, size=(90, 120, 3), dtype=np.uint8)
    for pixels, mode in ((rgb, "P"), (many, "RGB")):
        written = png_image(png_bytes(Image.fromarray(pixels, "RGB"), 100, meta))
        assert written.mode == mode
        assert np.array_equal(np.asarray(written.convert("RGB")), pixels), "lossless"
        assert written.info["Title"] == "Bars"


def _counting_layouts(monkeypatch, fig) -> list[int]:
    """Count the runs of ``fig``'s layout engine from now on."""
    engine = fig.get_layout_engine()
    runs: list[int] = []
    original = type(engine).execute

    def counted(self, figure):
        runs.append(1)
        return original(self, figure)

    monkeypatch.setattr(type(engine), "execute", counted)
    return runs


def test_every_draw_inside_drawn_once_shares_one_layout(monkeypatch):
    from housestyle.output import drawn_once, preview, to_bytes

    fig = finished("mpl_subplots")
    engine = fig.get_layout_engine()
    runs = _counting_layouts(monkeypatch, fig)
    alone = to_bytes(fig, ["png"])["png"]
    housestyle.check(fig)
    assert len(runs) >= 2, "outside the block each draw lays the figure out"
    runs.clear()
    with drawn_once(fig):
        held = to_bytes(fig, ["png", "svg", "pdf"])
        preview(fig, 360)
        report = housestyle.check(fig)
    assert len(runs) == 1
    assert held["png"] == alone, "the same picture as drawn alone"
    assert report.ok
    assert fig.get_layout_engine() is engine, "the figure's own engine is back"
    to_bytes(fig, ["png"])
    assert len(runs) == 2, "and lays it out again at the next draw"


def test_each_format_draws_the_figure_once(monkeypatch):
    """savefig draws a figure with a layout engine twice (a dry run, then for real); the
    layout held for the export is no engine at all, so each format is one draw."""
    from housestyle.output import to_bytes

    fig = finished("mpl_subplots")
    engine = fig.get_layout_engine()
    draws: list[str] = []
    original = Figure.draw

    def counted(self, renderer):
        draws.append(type(renderer).__name__)
        return original(self, renderer)

    monkeypatch.setattr(Figure, "draw", counted)
    to_bytes(fig, ["png", "svg", "pdf"])
    assert len(draws) == 3, draws
    assert fig.get_layout_engine() is engine, "the figure's own engine is back"


@pytest.mark.parametrize("name", first_quick(["mpl_line", "ggplot_facets"]))
def test_a_preview_is_the_chart_drawn_small(name):
    from housestyle.output import preview, to_bytes
    from tests.charts import CHARTS, TEXTS

    fig = housestyle.finalise(CHARTS[name](), size="print-column", **TEXTS)
    image, own = preview(fig, 720)
    full = png_image(to_bytes(fig, ["png"])["png"])
    assert own == full.size and image.width == 720, "its own size, drawn 720 px wide"
    other = housestyle.finalise(CHARTS["mpl_subplots"](), size="print-column", **TEXTS)
    seen = _as_a_thumbnail(image)
    assert np.abs(_as_a_thumbnail(full) - seen).mean() < 4, "the full-size PNG's picture"
    assert np.abs(_as_a_thumbnail(preview(other, 720)[0]) - seen).mean() > 10, "not another's"


def _as_a_thumbnail(image) -> np.ndarray:
    """The image 90 px wide, as its thumbnail shows it: the pixels compared, as integers."""
    width = 90
    height = round(image.height * width / image.width)
    return np.asarray(image.convert("RGB").resize((width, height), Image.Resampling.BOX), int)


def test_webp_has_the_pngs_pixels_in_fewer_bytes(written):
    """Lossless: every pixel of the WebP is the PNG's, at both densities."""
    for drawn, webp in (("chart.png", "chart.webp"), ("chart@2x.png", "chart@2x.webp")):
        pixels = np.asarray(Image.open(written[drawn]).convert("RGB"))
        assert np.array_equal(np.asarray(Image.open(written[webp]).convert("RGB")), pixels)
        assert written[webp].stat().st_size < 0.8 * written[drawn].stat().st_size


# --------------------------------------------------------------------------- #
# Vector formats: the same picture as the PNG
# --------------------------------------------------------------------------- #


def _ggplot_with_a_colourbar() -> Figure:
    import pandas as pd
    from plotnine import aes, geom_tile, ggplot

    grid = pd.DataFrame([(x, y, x * y) for x in range(6) for y in range(4)], columns=list("xyv"))
    return finalise(ggplot(grid, aes("x", "y", fill="v")) + geom_tile(), **TEXTS_OF_A_RAMP)


TEXTS_OF_A_RAMP = {"title": "Tiles", "source": "Made up", "alt": "Tiles"}


def _ramp(fig: Figure) -> Any:
    from matplotlib.collections import QuadMesh

    (mesh,) = [m for m in fig.findobj(QuadMesh) if getattr(m, "_shading", "") == "gouraud"]
    return mesh


def _differing_share(one: Image.Image, other: Image.Image) -> float:
    """The share of pixels that differ by more than a quarter of the range in any channel."""
    first = np.asarray(one.convert("RGB"), dtype=int)
    second = np.asarray(other.convert("RGB").resize(one.size, Image.Resampling.LANCZOS), int)
    return float((np.abs(first - second).max(axis=2) > 64).mean())


def _ramp_box(fig: Figure, fmt: str) -> np.ndarray:
    """Where ``fig`` drawn as ``fmt`` put its colour ramp: corners in points."""
    housestyle.output.to_bytes(fig, [fmt])
    mesh = _ramp(fig)
    corners = mesh.get_transform().transform(mesh.get_coordinates().reshape(-1, 2))
    density = {"png": fig.dpi, "png2x": 2 * fig.dpi}.get(fmt, 72)  # PDF and SVG: points
    return np.array([corners.min(axis=0), corners.max(axis=0)]) * 72 / density


def test_a_colourbar_is_the_same_size_at_every_density_and_in_the_pdf():
    """plotnine's colourbar kept the density it was first drawn at: half size in the 2x
    PNG, 1.4 times its size in the PDF and SVG, over the panel. Each format places it
    where the PNG does."""
    fig = _ggplot_with_a_colourbar()
    drawn = _ramp_box(fig, "png")
    for fmt in ("png2x", "pdf", "svg", "png"):
        assert np.allclose(_ramp_box(fig, fmt), drawn, atol=1), fmt  # within a pixel


def test_svg_draws_a_colour_ramp_as_one_image_where_the_png_has_it(tmp_path):
    """A ramp of Gouraud-shaded triangles was a filter and three gradients per triangle
    in the SVG (1.9 MB for plotnine's colourbar); it is one image, placed as drawn."""
    import re

    fig = _ggplot_with_a_colourbar()
    svg = housestyle.output.to_bytes(fig, ["svg"])["svg"].decode()
    housestyle.output.to_bytes(fig, ["png"])  # drawn last at its dpi: the ramp's place there
    assert "linearGradient" not in svg and len(svg) < 150_000
    (image,) = [tag for tag in re.findall(r"<image [^>]*>", svg) if "housestyle-logo" not in tag]
    box = {k: float(v) for k, v in re.findall(r'\b(x|y|width|height)="([-\d.]+)"', image)}
    mesh = _ramp(fig)  # where the PNG drew it, in pixels at the figure's dpi
    corners = mesh.get_transform().transform(mesh.get_coordinates().reshape(-1, 2))
    (left, bottom), (right, top) = corners.min(axis=0), corners.max(axis=0)
    points = 72 / fig.dpi
    height = fig.get_figheight() * 72
    flipped = box["y"] < 0  # matplotlib turns an image over: its y is then negative
    svg_top = -box["y"] if flipped else box["y"]
    assert box["x"] == pytest.approx(left * points, abs=0.5)
    assert box["width"] == pytest.approx((right - left) * points, abs=0.5)
    assert box["height"] == pytest.approx((top - bottom) * points, abs=0.5)
    assert height - svg_top - box["height"] == pytest.approx(bottom * points, abs=0.5)


def test_svg_carries_the_faces_its_text_uses_cut_to_its_characters(written):
    """Opened where the brand's family is not installed, the SVG was drawn in a fallback
    font, wider than the brand's: a title overran the picture."""
    import base64
    import io
    import re

    from fontTools.ttLib import TTFont

    from housestyle.output._svgfonts import svg_characters

    svg = written["chart.svg"].read_text()
    faces = re.findall(r"@font-face\{([^}]*)\}", svg)
    fonts = {}
    for rule in faces:
        data = re.search(r"base64,([A-Za-z0-9+/=]+)\) format\('woff2'\)", rule)[1]
        font = TTFont(io.BytesIO(base64.b64decode(data)))
        fonts[font["name"].getDebugName(4)] = font
        assert 'font-family:"Lato"' in rule
    assert set(fonts) == {"Lato Regular", "Lato Bold"}  # the title is bold, the rest not
    shown = set(svg_characters(svg)) - {" "}
    for name, font in fonts.items():
        assert shown <= {chr(c) for c in font.getBestCmap()}, name
        assert len(font.getBestCmap()) < 2 * len(shown) + 10, "cut to the characters shown"
        # spaced as matplotlib spaces it: by the kern table, no OpenType layout
        assert "kern" in font and not {"GPOS", "GSUB", "GDEF"} & set(font.keys()), name


def test_the_svgs_faces_are_cut_and_their_files_closed():
    """Each face was cut from a font file left open for the garbage collector to close
    (a ResourceWarning for each of the brand's files in a quick-lane run)."""
    import gc
    import warnings

    from housestyle.output._svgfonts import _subset  # not the cached rules: a cut each time

    path = housestyle.load_brand("ou").fonts.files[0]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ResourceWarning)
        assert _subset(path, "Rates")[:4] == b"wOF2"
        gc.collect()
    assert [str(w.message) for w in caught if w.category is ResourceWarning] == []


def test_svg_logo_is_the_right_way_up(written):
    """The logo's own SVG went in where matplotlib had turned the PNG over: upside down."""
    import cairosvg

    svg = written["chart.svg"].read_bytes()
    png = png_image(written["chart.png"].read_bytes()).convert("RGB")
    drawn = png_image(cairosvg.svg2png(bytestring=svg, output_width=png.width)).convert("RGB")
    width, height = png.size
    corner = (int(width * 0.8), int(height * 0.85), width, height)  # the footer's logo
    assert _differing_share(png.crop(corner), drawn.crop(corner)) < 0.02
    upside_down = drawn.crop(corner).transpose(Image.Transpose.FLIP_TOP_BOTTOM)
    assert _differing_share(png.crop(corner), upside_down) > 0.02


def test_svg_path_data_is_compact_and_draws_the_same(monkeypatch):
    """Coordinates to a hundredth of a point, not a millionth on a line each: a haloed
    label is two paths of glyph outlines, so labelled charts' SVGs were a third larger."""
    import re

    import cairosvg
    from matplotlib import patheffects

    fig = finished("mpl_subplots", title=TITLE)
    halo = [patheffects.withStroke(linewidth=3, foreground="white")]
    fig.axes[0].annotate("A haloed label", (0.5, 0.5), xycoords="axes fraction", path_effects=halo)
    compact = housestyle.output.to_bytes(fig, ["svg"])["svg"]
    monkeypatch.setattr(formats_module, "compact_svg_paths", lambda svg: svg)
    full = housestyle.output.to_bytes(fig, ["svg"])["svg"]
    data = " ".join(re.findall(r'\sd="([^"]*)"', compact.decode()))
    assert data and not re.search(r"\d\.\d{3}", data) and "\n" not in data
    assert len(compact) < 0.95 * len(full)
    drawn = [
        png_image(cairosvg.svg2png(bytestring=svg, output_width=1280)).convert("RGB")
        for svg in (compact, full)
    ]
    assert _differing_share(*drawn) < 1e-4


def _white_runs(row: np.ndarray) -> list[int]:
    """The widths of the runs of pure white pixels in a row of grey levels."""
    runs, width = [], 0
    for level in row:
        if level == 255:
            width += 1
        elif width:
            runs, width = [*runs, width], 0
    return runs


def test_a_meshs_edges_are_its_width_in_the_png_as_in_the_pdf():
    """Agg drew each cell's edges on its own, rounded out on both sides of a border: a
    0.8 pt hairline between tiles (1.1 px) was 2 to 3 px of white, twice the PDF's."""
    with housestyle.style():
        fig, ax = plt.subplots()
        mesh = ax.pcolormesh(np.arange(25).reshape(5, 5), edgecolor="white", linewidth=0.8)
    fig = finalise(fig, title="Tiles", source="Made up", alt="Tiles")
    before = list(ax.collections)
    grey = np.asarray(png_image(housestyle.output.to_bytes(fig, ["png"])["png"]).convert("L"))
    box = ax.get_window_extent()
    middle = grey[grey.shape[0] - int(box.y0 + box.height / 2), int(box.x0) + 3 : int(box.x1) - 3]
    assert _white_runs(middle) and max(_white_runs(middle)) == 1, _white_runs(middle)
    assert list(ax.collections) == before and mesh.get_linewidth()[0] == 0.8, "as it was"
