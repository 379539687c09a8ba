"""The web embed in a real browser: Debian's headless Chromium through Playwright.

Three recipes (a matplotlib line chart, a plotnine bar chart, a table) are exported
with ``formats=["html"]`` and the fragment is opened in a page at 360, 800 and 1400 px
wide, light and dark (``prefers-color-scheme`` emulated), at 1x and 2x: the ``<img>``'s
``currentSrc`` must be the file drawn for that width and appearance, and axe-core
(bundled with axe-playwright-python, no network) must find no violation.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

import housestyle
from housestyle.batch._recipes import chart_function, run_recipe
from tests.helpers import first_quick

axe_module = pytest.importorskip("axe_playwright_python.sync_playwright")
pytestmark = pytest.mark.slow  # a browser: the full suite only

COOKBOOK = Path(__file__).resolve().parents[1] / "cookbook"
RECIPES = ("mpl_line", "p9_bar_sorted", "table_ranked")
PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{slug}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark"></head>
<body style="margin:0;background:Canvas;color:CanvasText"><main><h1 style="font-size:1em;margin:0">A page that embeds {slug}</h1>
{fragment}</main></body></html>
"""
#: viewport width -> the size the picture must pick
PICKS = {360: "web", 800: "web-wide", 1400: "social"}


@pytest.fixture(scope="module")
def embeds(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("embeds")
    pages = {}
    for slug in RECIPES:
        fig = run_recipe(chart_function(COOKBOOK / f"{slug}.py")[0], "ou")
        written = housestyle.export(fig, folder / slug, formats=["html"])
        fragment = (folder / f"{slug}.html").read_text()
        page = folder / f"{slug}-page.html"
        page.write_text(PAGE.format(slug=slug, fragment=fragment))
        pages[slug] = page
        assert {p.name for p in written} >= {f"{slug}-social-dark@2x.png", f"{slug}.csv"}
    return pages


def _current(browser, page_file: Path, width: int, scheme: str, scale: int = 1):
    context = browser.new_context(
        viewport={"width": width, "height": 900}, color_scheme=scheme, device_scale_factor=scale
    )
    page = context.new_page()
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(page_file.as_uri())
    page.wait_for_function("document.querySelector('figure img').complete")
    src = page.evaluate("document.querySelector('figure img').currentSrc")
    shown = page.evaluate("document.querySelector('figure img').getBoundingClientRect().width")
    assert all(url.startswith("file://") for url in requests), "the embed fetched from elsewhere"
    return context, page, Path(src.removeprefix("file://")), shown


@pytest.mark.parametrize("slug", first_quick(RECIPES))
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_picture_picks_the_file_for_the_width_and_appearance(browser, embeds, slug, scheme):
    for width, size in PICKS.items():
        context, _, src, shown = _current(browser, embeds[slug], width, scheme)
        dark = "-dark" if scheme == "dark" else ""
        assert src.name == f"{slug}-{size}{dark}.png", (width, scheme)
        preset = housestyle.load_brand("ou").presets[size]
        drawn = Image.open(src).size
        assert drawn[0] == preset.pixels[0]
        if not slug.startswith("table"):  # a table is as tall as its rows
            assert drawn == preset.pixels
        assert shown == min(width, housestyle.load_brand("ou").presets["social"].pixels[0])
        context.close()
    context, _, src, _ = _current(browser, embeds[slug], 360, scheme, scale=2)
    assert src.name == f"{slug}-web{'-dark' if scheme == 'dark' else ''}@2x.png"
    context.close()


def test_the_dark_file_is_drawn_in_night(embeds):
    folder = embeds["mpl_line"].parent
    night = housestyle.load_brand("night").colours.background
    ou = housestyle.load_brand("ou").colours.background
    corner = Image.open(folder / "mpl_line-web-dark.png").convert("RGB").getpixel((2, 2))
    assert "#" + bytes(corner).hex() == night
    corner = Image.open(folder / "mpl_line-web.png").convert("RGB").getpixel((2, 2))
    assert "#" + bytes(corner).hex() == ou


@pytest.mark.parametrize("slug", first_quick(RECIPES))
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_violations(browser, embeds, slug, scheme, tmp_path):
    context, page, _, _ = _current(browser, embeds[slug], 800, scheme)
    page.evaluate("document.querySelector('figure details').open = true")  # the test's JS
    assert page.is_visible("figure details table")
    results = axe_module.Axe().run(page)
    violations = [
        (v["id"], [(n["target"], n["failureSummary"]) for n in v["nodes"]])
        for v in results.response["violations"]
    ]
    assert violations == []
    assert results.response["passes"], "axe ran its rules"
    page.screenshot(path=str(tmp_path / f"{slug}-{scheme}.png"), full_page=True)
    context.close()
