"""The built gallery in a real browser: Debian's headless Chromium, driven by Playwright.

Needs the ``playwright`` Python package (its bundled driver only: never run
``playwright install``, which downloads a browser) and Debian's ``chromium``.
Without them the test is skipped on a developer's machine, and fails in CI
(``CI=true``), where a skip would hide that the gallery was never opened.
"""

from __future__ import annotations

from urllib.request import urlopen

import pytest
from PIL import Image

import housestyle
from housestyle.gallery._build import build_gallery
from tests.helpers import FAINT, assert_chart_file, write_cookbook

pytestmark = pytest.mark.slow  # a gallery build and a browser: the full suite only

WEB = housestyle.load_brand("ou").presets["web"].pixels


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    root = tmp_path_factory.mktemp("browser")
    cookbook = write_cookbook(root / "cookbook")
    (cookbook / "faint.py").write_text(FAINT)  # fails a check in ou only
    result = build_gallery(cookbook, root / "site", brands=["ou", "night"], jobs=2)
    assert result.failed == ["broken"]
    return result


def visible_cards(page) -> list[str]:
    return page.eval_on_selector_all(
        ".card", "cards => cards.filter(c => !c.hidden).map(c => c.dataset.slug)"
    )


def thumbnails(page) -> dict[str, tuple[str, int]]:
    """{slug: (image URL, natural width)} of the cards that show an image."""
    page.wait_for_function(
        "Array.from(document.querySelectorAll('.card:not(.is-failed) .thumb-img'))"
        ".every(img => img.complete)"
    )
    rows = page.eval_on_selector_all(
        ".card:not(.is-failed)",
        "cards => cards.map(c => [c.dataset.slug, c.querySelector('img').src,"
        " c.querySelector('img').naturalWidth])",
    )
    return {slug: (src, width) for slug, src, width in rows}


def test_index_thumbnails_search_and_brand_switch(page, site):
    page.goto(site.index.as_uri())
    shown = thumbnails(page)
    assert set(shown) == {"bars", "faint", "line"}
    assert all(width == WEB[0] for _, width in shown.values()), shown
    assert page.is_visible(".card[data-slug=broken] .thumb-failed")

    page.fill("#search", "bars")
    assert visible_cards(page) == ["bars"]
    assert page.inner_text("#status") == "1 of 4 recipes"
    page.fill("#search", "no such chart")
    assert visible_cards(page) == []
    assert page.is_visible("#empty")
    page.fill("#search", "")
    assert visible_cards(page) == ["bars", "broken", "faint", "line"]
    page.click(".chip[data-tag=line]")
    assert visible_cards(page) == ["broken", "line"]
    page.click(".chip[data-tag='']")

    page.click("[data-brand-button=night]")
    switched = thumbnails(page)
    for slug, (src, width) in switched.items():
        assert "/images/night/" in src and width == WEB[0], (slug, src)
        assert src != shown[slug][0]
    assert page.get_attribute(".card[data-slug=bars] a", "href").endswith("?brand=night")


def test_a_high_density_screen_is_shown_the_2x_webp(browser, site):
    """At a device pixel ratio of 2 the chart's srcset picks its lossless 2x WebP."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, device_scale_factor=2)
    try:
        page = context.new_page()
        page.goto((site.out / "recipes" / "bars.html").as_uri())
        page.wait_for_function("document.querySelector('.chart-img').complete")
        chart = page.locator(".per-brand[data-brand=ou] .chart-img")
        src, width = chart.evaluate("img => [img.currentSrc, img.naturalWidth]")
        assert src.endswith("/images/ou/bars@2x.webp") and width == WEB[0]  # at its density
        with Image.open(site.out / "images" / "ou" / "bars@2x.webp") as image:
            assert image.size == (2 * WEB[0], 2 * WEB[1])
    finally:
        context.close()


def test_recipe_page_shows_code_and_working_downloads(page, site):
    page.goto((site.out / "recipes" / "bars.html").as_uri())
    assert "def recipe():" in page.inner_text(".code .highlight")
    assert page.inner_text(".notes").count("<script>alert(1)</script>") == 1
    chart = page.locator(".per-brand[data-brand=ou] .chart-img")
    page.wait_for_function("document.querySelector('.chart-img').complete")
    assert chart.evaluate("img => img.naturalWidth") == WEB[0]

    links = page.eval_on_selector_all(
        ".per-brand:not([hidden]) a.download", "links => links.map(a => a.href)"
    )
    suffixes = sorted(link.rsplit(".", 1)[-1] for link in links)
    assert suffixes == ["csv", "html", "pdf", "png", "py", "svg"], links
    for link in links:
        with urlopen(link) as response:  # file:// URLs, read as the browser would
            data = response.read()
        if link.endswith(".py"):
            assert data.decode() == (site.recipes[0].path.parent / "bars.py").read_text()
        elif link.endswith(".csv"):  # the data behind the chart, a row per bar
            assert data.decode().splitlines()[0].count(",") >= 1 and len(data.splitlines()) > 2
        elif link.endswith(".html"):  # the web embed: a figure with the chart's picture
            assert b"<figure" in data and b"<picture" in data
        else:
            assert_chart_file(link.rsplit("/", 1)[-1], data, WEB)

    page.click("[data-brand-button=night]")
    assert page.is_hidden(".per-brand[data-brand=ou]")
    night = page.locator(".per-brand[data-brand=night] .chart-img")
    assert "/images/night/" in night.get_attribute("src")
    page.wait_for_function(
        "document.querySelector('.per-brand[data-brand=night] .chart-img').complete"
    )
    assert night.evaluate("img => img.naturalWidth") == WEB[0]


def test_failed_recipe_page_shows_the_traceback(page, site):
    page.goto((site.out / "recipes" / "broken.html").as_uri())
    text = page.inner_text(".per-brand[data-brand=ou] .failure")
    assert "ZeroDivisionError" in text and "return 1 / 0" in text
    assert "def recipe():" in page.inner_text(".code .highlight")


def loaded_images(page, selector: str) -> list[tuple[str, int]]:
    """(URL, natural width) of the images under ``selector``, once they have loaded."""
    page.wait_for_function(
        f"Array.from(document.querySelectorAll({selector!r} + ' img')).every(img => img.complete)"
    )
    return page.eval_on_selector_all(
        f"{selector} img", "imgs => imgs.map(img => [img.src, img.naturalWidth])"
    )


def test_checks_follow_the_brand_switch(page, site):
    page.goto((site.out / "recipes" / "faint.html").as_uri())
    ou = ".check-report[data-brand=ou]"
    night = ".check-report[data-brand=night]"
    assert page.is_visible(ou) and page.is_hidden(night)
    assert "1 error" in page.inner_text(f"{ou} .check-summary")
    assert "text_contrast" in page.inner_text(f"{ou} table.findings")
    assert "A faint <b>note</b>" in page.inner_text(f"{ou} table.findings")  # shown as text
    for brand, selector in (("ou", ou), ("night", night)):
        images = loaded_images(page, selector)
        assert len(images) == 3
        for src, width in images:
            assert src.endswith(f"/images/{brand}/faint.png") and width == WEB[0], src

    page.click("[data-brand-button=night]")
    assert page.is_hidden(ou) and page.is_visible(night)
    assert "No problems found" in page.inner_text(f"{night} .check-summary")
    assert page.locator(f"{night} table.findings").count() == 0
    assert page.is_visible(f"{night} .simulation img")

    page.goto(site.index.as_uri())
    badge = page.locator(".card[data-slug=faint] .badge-check")
    assert badge.inner_text() == "1 check error in ou"
    assert page.locator(".card[data-slug=bars] .badge-check").count() == 0


def test_the_colour_vision_views_are_what_simulate_makes_of_the_png(page, site):
    """The browser's filtered picture, pixel for pixel near housestyle.simulate's."""
    import io

    import numpy as np

    page.goto((site.out / "recipes" / "bars.html").as_uri())
    block = ".check-report[data-brand=ou]"
    loaded_images(page, block)
    chart = site.out / "images" / "ou" / "bars.png"
    for kind in ("deuteranopia", "protanopia", "tritanopia"):
        # the page's own image, shown again at one CSS pixel a pixel at the page's corner
        page.locator(f"{block} img[style*='vision-{kind}']").evaluate(
            """img => {
                const copy = img.cloneNode();
                copy.id = 'probe-' + img.style.filter.match(/vision-(\\w+)/)[1];
                copy.style.cssText += ';position:fixed;left:0;top:0;margin:0;z-index:99;'
                    + 'width:' + img.naturalWidth + 'px;height:' + img.naturalHeight + 'px';
                document.body.appendChild(copy);
            }"""
        )
        probe = page.locator(f"#probe-{kind}")
        probe.evaluate("img => img.decode()")
        seen = Image.open(io.BytesIO(probe.screenshot())).convert("RGB")
        expected = housestyle.simulate(chart, kind).convert("RGB")
        assert seen.size == expected.size, kind
        error = np.asarray(seen, dtype=float) - np.asarray(expected, dtype=float)
        assert np.sqrt((error**2).mean()) < 2 and np.abs(error).max() <= 12, kind
        plain = np.asarray(Image.open(chart).convert("RGB"), dtype=float)
        assert np.abs(plain - np.asarray(expected, dtype=float)).max() > 40, "it is simulated"
