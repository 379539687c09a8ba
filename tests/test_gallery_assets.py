"""The gallery keeps one copy of each library script and font its interactive pages use."""

from __future__ import annotations

import base64
import shutil

import pytest

from housestyle.gallery._assets import ASSETS, MIN_SHARED, share_assets, shared_page
from tests.helpers import COOKBOOK

LIBRARY = "var plotly = 1;" + "x" * MIN_SHARED
FONT = base64.b64encode(b"\0\1\0\0" + bytes(range(256)) * 300).decode()


def _page(spec: str) -> str:
    return (
        "<html><head><style>@font-face{font-family:'Lato';"
        f"src:url(data:font/ttf;base64,{FONT}) format('truetype')}}</style>"
        f'<script type="text/javascript">{LIBRARY}</script></head>'
        f"<body><script>draw({spec!r})</script>"
        '<script type="module">import x from "./x.js"</script></body></html>'
    )


def test_a_page_links_its_library_and_font_and_keeps_its_own_script():
    store: dict[str, bytes] = {}
    shared = shared_page(_page("chart one"), "../../assets/shared/", store)
    assert sorted(name.rsplit(".", 1)[1] for name in store) == ["js", "ttf"]
    (js,) = [name for name in store if name.endswith(".js")]
    (ttf,) = [name for name in store if name.endswith(".ttf")]
    assert store[js].decode() == LIBRARY
    assert store[ttf] == base64.b64decode(FONT), "the font file is written as bytes"
    assert f'<script type="text/javascript" src="../../assets/shared/{js}"></script>' in shared
    assert f"url(../../assets/shared/{ttf}) format('truetype')" in shared
    assert "draw('chart one')" in shared, "the chart's own script stays in its page"
    assert '<script type="module">import x' in shared, "a module script is left alone"
    assert shared_page(shared, "../../assets/shared/", {}) == shared, (
        "sharing twice changes nothing"
    )


def test_pages_in_two_brands_share_one_copy_and_stale_assets_go(tmp_path):
    pages = []
    for brand, spec in (("ou", "one"), ("night", "two")):
        page = tmp_path / "images" / brand / f"{spec}-interactive.html"
        page.parent.mkdir(parents=True)
        page.write_text(_page(spec))
        pages.append(page)
    folder = tmp_path / ASSETS
    folder.mkdir(parents=True)
    (folder / "0123456789abcdef.js").write_text("old")  # linked by no page
    (folder / "gallery.css").write_text("kept")  # not an asset of ours
    assert share_assets(tmp_path, pages) == {"pages": 2, "assets": 2}
    assert sorted(p.suffix for p in folder.glob("*")) == [".css", ".js", ".ttf"]
    total = sum(p.stat().st_size for p in pages)
    assert total < 2 * 1024, "the pages are small once their library and font are shared"
    assert share_assets(tmp_path, pages) == {"pages": 0, "assets": 2}, (
        "a warm build rewrites nothing"
    )


@pytest.mark.slow  # a gallery build and a browser
def test_the_gallerys_interactive_pages_draw_offline_from_the_shared_copy(tmp_path, page):
    pytest.importorskip("altair")
    pytest.importorskip("plotly")
    cookbook = tmp_path / "cookbook"
    shutil.copytree(COOKBOOK / "data", cookbook / "data")
    for slug in ("alt_line", "plotly_line"):
        shutil.copy(COOKBOOK / f"{slug}.py", cookbook)
    site = tmp_path / "site"
    from housestyle.gallery._build import build_gallery

    result = build_gallery(cookbook, site, brands=["ou"], jobs=1, sizes=["social"])
    assert result.ok, result.failed
    images = site / "images" / "ou"
    libraries = [p for p in (site / ASSETS).glob("*.js")]
    assert len(libraries) == 2, "one copy of plotly.js and one of the Vega bundle"
    for slug, mark in (("alt_line", "svg.marks text"), ("plotly_line", "svg.main-svg text")):
        live = images / f"{slug}-interactive.html"
        assert live.stat().st_size < 400_000, f"{slug}: the page no longer carries its library"
        page.goto(live.as_uri())
        page.wait_for_selector(mark)
        texts = page.eval_on_selector_all(mark, "nodes => nodes.map(n => n.textContent)")
        assert any("unemployed" in text for text in texts), f"{slug}: the title is drawn"
        assert page.evaluate("document.fonts.check('16px Lato')"), f"{slug}: the brand's font"
    recipe = (site / "recipes" / "plotly_line.html").read_text()
    assert 'href="../images/ou/plotly_line-interactive.html"' in recipe
    assert 'download="plotly_line-interactive.html"' not in recipe, (
        "not offered as a standalone file"
    )
