"""``housestyle brand specimen`` and the gallery's brand pages, for shipped and users' brands.

What a reader sees is asserted: the page's size, the font file every text resolves to,
the colours of the swatches and strips, the logo's pixels, clean text (no overlap,
clipping or faint text, by :func:`housestyle.check`'s own rules), and on the gallery
page every swatch, strip, preset and link.
"""

from __future__ import annotations

import re
import warnings
from html.parser import HTMLParser
from pathlib import Path

import numpy as np
import pytest
from matplotlib.colors import to_hex
from matplotlib.image import AxesImage
from matplotlib.patches import Rectangle
from matplotlib.text import Text
from PIL import Image

import housestyle
from housestyle import FontWarning, load_brand
from housestyle.brandkit._specimen import PAGE_MM, brand_specimen
from housestyle.cli import main
from housestyle.gallery._build import build_gallery
from housestyle.gallery._specimen_page import brand_page, write_brand_pages
from housestyle.ink._logo import load_logo
from tests.helpers import LINE, first_quick
from tests.userbrand import COLOURS, NAME, drawn_font_files, font_files, write_user_brand

TEXT_RULES = {"text_contrast", "text_size", "text_overlap", "text_clipped"}


@pytest.fixture(scope="module")
def user(tmp_path_factory) -> Path:
    return write_user_brand(tmp_path_factory.mktemp("user"))


def quiet_specimen(brand):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FontWarning)  # the user's brand has no italics
        return brand_specimen(brand)


def shipped_files(name: str) -> set[Path]:
    return {p.resolve() for p in load_brand(name).fonts.files}


@pytest.mark.parametrize("name", first_quick(["ou", "night", "user"]))
def test_every_text_of_the_specimen_is_in_the_brands_own_files(name, user):
    brand = user if name == "user" else name
    fig = quiet_specimen(brand)
    files = drawn_font_files(fig)
    allowed = font_files(user.parent) if name == "user" else shipped_files(name)
    assert len(files) > 100  # distinct texts: headings, swatch labels, hex codes, type scale
    assert {f for f in files.values()} <= allowed, {
        t: f for t, f in files.items() if f not in allowed
    }
    # and the text reads: nothing overlaps, runs off the page, or is too faint or small
    findings = housestyle.check(fig, brand=load_brand(brand))
    assert [f for f in findings if f.rule in TEXT_RULES] == []


def test_the_specimen_shows_the_users_colours_strips_and_whole_logo(user):
    brand = load_brand(user)
    fig = quiet_specimen(user)
    filled = {to_hex(p.get_facecolor()) for p in fig.findobj(Rectangle) if p.get_visible()}
    assert set(COLOURS.values()) <= filled, "a swatch for every named colour"
    assert set(brand.palettes["categorical"]) <= filled, "the categorical strip"
    assert to_hex(fig.get_facecolor()) == COLOURS["background"]
    logo = load_logo(brand.footer.logo, min_dpi=300, height_pt=34)
    images = [im for im in fig.findobj(AxesImage) if im.get_array().shape[-1] == 4]
    shown = [im for im in images if im.get_array().shape == logo.pixels.shape]
    assert len(shown) == 1 and np.array_equal(np.asarray(shown[0].get_array()), logo.pixels)
    left, right, bottom, top = shown[0].get_extent()
    assert (right - left) / (bottom - top) == pytest.approx(8, rel=0.01)
    assert left >= 0 and right <= PAGE_MM[0] and top >= 0  # inside the page: not clipped


@pytest.mark.slow  # the whole command at A4: the full suite
def test_specimen_command_writes_an_a4_png_and_a_pdf_in_the_brands_fonts(tmp_path, capsys):
    assert main(["brand", "specimen", "ou", "--out", str(tmp_path / "ou.png")]) == 0
    with Image.open(tmp_path / "ou.png") as image:
        assert image.size == (1240, 1753)  # A4 (210 x 297 mm) at 150 dpi, in whole pixels
        assert image.convert("RGB").getpixel((2, 2)) == (255, 255, 255)
    assert main(["brand", "specimen", "night", "--out", str(tmp_path / "night.pdf")]) == 0
    pdf = (tmp_path / "night.pdf").read_bytes()
    fonts = set(re.findall(rb"/BaseFont /[A-Z]{6}\+([\w-]+)", pdf))
    assert fonts == {b"Roboto-Regular", b"Roboto-Bold"}
    capsys.readouterr()
    assert main(["brand", "specimen", "ou", "--out", str(tmp_path / "ou.svg")]) == 2
    assert capsys.readouterr().err.strip() == (
        "housestyle brand: --out: 'ou.svg' is not a .png or .pdf file name; "
        "allowed: FILE.png or FILE.pdf"
    )


@pytest.mark.slow  # over a second here: the full suite
def test_a_brand_with_many_palettes_gets_a_longer_page(tmp_path):
    extra = "".join(f'  extra{i}: ["#1f5c99", "#df1f69", "#3d5204"]\n' for i in range(8))
    path = tmp_path / "many.yaml"
    path.write_text(f"extends: ou\nname: many\npalettes:\n{extra}")
    fig = brand_specimen(path)
    width, height = fig.get_size_inches() * 25.4
    assert width == pytest.approx(PAGE_MM[0]) and height > PAGE_MM[1]
    renderer = fig.canvas.get_renderer()
    page = fig.bbox
    texts = [t for t in fig.findobj(Text) if t.get_text()]
    lowest = max(page.y1 - t.get_window_extent(renderer).y0 for t in texts)
    assert lowest < page.height, "the last palette's codes are on the page"


# --------------------------------------------------------------------------- #
# The gallery's brand pages
# --------------------------------------------------------------------------- #


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)

    def attr(self, tag: str, name: str) -> list[str]:
        return [a[name] for t, a in self.tags if t == tag and a.get(name) is not None]


def parse(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text())
    return page


@pytest.fixture(scope="module")
def gallery(tmp_path_factory, user):
    root = tmp_path_factory.mktemp("gallery")
    (root / "cookbook").mkdir()
    (root / "cookbook" / "line.py").write_text(LINE)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FontWarning)
        result = build_gallery(root / "cookbook", root / "site", brands=["ou", user], jobs=1)
    return result


@pytest.mark.slow  # a gallery build
def test_the_index_links_a_page_per_brand(gallery):
    index = parse(gallery.index)
    links = [href for href in index.attr("a", "href") if href.startswith("brands/")]
    assert links == ["brands/ou.html", f"brands/{NAME}.html"]
    for link in links:
        assert (gallery.out / link).is_file()


@pytest.mark.slow  # a gallery build
def test_a_brand_page_shows_swatches_strips_type_logo_and_every_preset(gallery, user):
    brand = load_brand(user)
    path = brand_page(gallery.out, NAME)
    page = parse(path)
    text = " ".join(page.text)
    styles = " ".join(page.attr("span", "style"))
    for role, colour in COLOURS.items():
        assert f"background: {colour}" in styles, role
        assert re.search(rf"{role}\s+{colour}\s+\d+\.\d\d:1", text), role
    labels = page.attr("span", "aria-label")
    for palette in brand.palettes:
        for vision in ("normal", "deuteranopia", "protanopia", "tritanopia", "greyscale"):
            assert f"{palette} as seen with {vision}" in labels
    images = {src: attrs for t, attrs in page.tags if t == "img" for src in [attrs["src"]]}
    logo = gallery.out / "brands" / images[f"{NAME}/logo.svg"]["src"]
    assert logo.read_bytes() == brand.footer.logo.read_bytes()
    assert f"{NAME}/type-scale.png" in images
    for preset in brand.presets.values():
        sample = images[f"{NAME}/sample-{preset.name}.png"]
        with Image.open(path.parent / sample["src"]) as image:
            assert image.size == preset.pixels, preset.name
            corner = image.convert("RGB").getpixel((0, 0))
        assert to_hex(np.array(corner) / 255) == COLOURS["background"]
        assert (int(sample["width"]), int(sample["height"])) == preset.pixels
    assert "passes" in text and "0 errors" in text


@pytest.mark.slow  # a gallery build
def test_every_reference_of_a_brand_page_resolves_and_nothing_is_remote(gallery):
    for path in (gallery.out / "brands").glob("*.html"):
        page = parse(path)
        refs = page.attr("a", "href") + page.attr("img", "src") + page.attr("link", "href")
        for ref in refs:
            assert "://" not in ref and not ref.startswith("//"), (path.name, ref)
            assert (path.parent / ref).resolve().exists(), (path.name, ref)


@pytest.mark.slow  # three gallery builds
def test_brand_pages_are_written_only_when_their_brand_changes(tmp_path):
    out, mine = tmp_path / "site", tmp_path / "mine.yaml"
    mine.write_text('extends: ou\nname: mine\ncolours: {primary: "#6e0088"}\n')
    ou = load_brand("ou")
    assert write_brand_pages(out, [ou, load_brand(mine)], "env") == ["ou", "mine"]
    assert write_brand_pages(out, [ou, load_brand(mine)], "env") == []
    mine.write_text('extends: ou\nname: mine\ncolours: {primary: "#013f37"}\n')
    assert write_brand_pages(out, [ou, load_brand(mine)], "env") == ["mine"]
    assert "#013f37" in brand_page(out, "mine").read_text()
    assert write_brand_pages(out, [ou], "env") == ["ou"]  # its links to other brands change
    assert not brand_page(out, "mine").exists(), "a brand left out loses its page"
    assert not (out / "brands" / "mine").exists()
