"""Altair recipes through the batch engine and the gallery, like any other recipe."""

from __future__ import annotations

import shutil

import pytest

pytest.importorskip("altair")
pytest.importorskip("vl_convert")

import housestyle  # noqa: E402
from housestyle.batch._render_many import render_many  # noqa: E402
from housestyle.gallery._build import build_gallery  # noqa: E402
from tests.helpers import COOKBOOK, png_image  # noqa: E402


@pytest.mark.slow  # brands x sizes: the full suite
def test_render_many_draws_an_altair_recipe_in_every_brand_and_size(tmp_path):
    recipe = str(COOKBOOK / "alt_line.py")
    args = {"brands": ["ou", "night"], "sizes": ["web", "social"], "formats": ["png", "svg"]}
    report = render_many(recipe, out=tmp_path, engine="serial", **args)
    assert report.ok and len(report.drawn) == 4, str(report)
    for chart in report.drawn:
        preset = housestyle.load_brand(chart.brand).preset(chart.size)
        (png,) = [path for path in chart.files if path.suffix == ".png"]
        assert png_image(png.read_bytes()).size == preset.pixels, chart.name
    again = render_many(recipe, out=tmp_path, engine="serial", **args)
    assert len(again.skipped) == 4 and not again.drawn, "a rerun draws only what changed"


@pytest.mark.slow  # a gallery build
def test_the_gallery_shows_an_altair_recipe_beside_a_matplotlib_one(tmp_path):
    cookbook = tmp_path / "cookbook"
    cookbook.mkdir()
    for slug in ("alt_line", "mpl_line"):
        shutil.copy(COOKBOOK / f"{slug}.py", cookbook)
    result = build_gallery(cookbook, tmp_path / "site", brands=["ou"], jobs=1, sizes=["social"])
    assert result.ok, result.failed
    entry = result.charts["alt_line"]["ou"]
    assert entry["checks"]["ok"] and (entry["width"], entry["height"]) == (640, 450)
    assert entry["sizes"]["social"]["width"] == 1200
    index = result.index.read_text()
    assert 'data-library="altair"' in index and 'data-library="matplotlib"' in index
    images = tmp_path / "site" / "images" / "ou"
    for name in ("alt_line.png", "alt_line@2x.webp", "alt_line.svg", "alt_line.pdf"):
        assert (images / name).is_file(), name
    assert (images / "social" / "alt_line.webp").is_file()
    assert (tmp_path / "site" / "recipes" / "alt_line.html").is_file()
    page = (tmp_path / "site" / "recipes" / "alt_line.html").read_text()
    live = '<iframe src="../images/ou/alt_line-interactive.html"'
    assert live in page, "the interactive chart is embedded"
    assert (images / "alt_line-interactive.html").read_text().count("vega") > 10
    assert "<iframe" not in (tmp_path / "site" / "recipes" / "mpl_line.html").read_text()
