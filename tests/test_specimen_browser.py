"""The gallery's brand pages in a real browser: Debian's headless Chromium, via Playwright.

Skipped without Playwright or Chromium on a developer's machine; fails in CI
(``CI=true``), as ``tests/test_gallery_browser.py`` does.
"""

from __future__ import annotations

import pytest
from matplotlib.colors import to_hex

from housestyle import load_brand
from housestyle.gallery._build import build_gallery
from tests.helpers import LINE

pytestmark = pytest.mark.slow  # a gallery build and a browser: the full suite only


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    root = tmp_path_factory.mktemp("brandpages")
    (root / "cookbook").mkdir()
    (root / "cookbook" / "line.py").write_text(LINE)
    return build_gallery(root / "cookbook", root / "site", brands=["ou", "night"], jobs=1)


def rgb_hex(css: str) -> str:
    """``rgb(r, g, b)`` as ``#rrggbb``."""
    r, g, b = (int(v) for v in css[css.index("(") + 1 : css.index(")")].split(",")[:3])
    return to_hex((r / 255, g / 255, b / 255))


def test_a_brand_page_shows_its_colours_images_and_links(page, site):
    page.goto(site.index.as_uri())
    page.click(".brand-pages a:text('night')")  # the index's link, not its brand switch
    page.wait_for_url("**/brands/night.html")
    night = load_brand("night")
    swatches = page.eval_on_selector_all(
        ".swatch",
        "items => items.map(s => [s.querySelector('strong').textContent,"
        " getComputedStyle(s.querySelector('.chip-colour')).backgroundColor])",
    )
    assert {name: rgb_hex(css) for name, css in swatches} == {
        name: getattr(night.colours, name) for name, _ in swatches
    }
    assert len(swatches) == 10
    page.wait_for_function(
        "Array.from(document.images).every(img => img.complete && img.naturalWidth > 0)"
    )
    widths = page.eval_on_selector_all("#samples img", "imgs => imgs.map(i => i.naturalWidth)")
    assert widths == [preset.pixels[0] for preset in night.presets.values()]
    strips = page.eval_on_selector_all(".strip", "s => s.map(e => e.getBoundingClientRect().width)")
    assert len(strips) == 5 * len(night.palettes) and min(strips) > 300
    page.screenshot(path=str(site.out / "night-page.png"), full_page=True)
    page.click("nav a:text('ou')")
    page.wait_for_url("**/brands/ou.html")
    assert page.eval_on_selector("h1", "h => h.textContent") == "ou"
