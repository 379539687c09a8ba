"""Every cookbook recipe, in every shipped brand, at every shipped preset (issue 13.5).

Each recipe is run inside ``housestyle.style(brand, size)`` (recipes name no size)
and its finished figure must be, at that size:

- exactly the preset's size in pixels (a table: the preset's width; its height fits
  its rows);
- every text it draws in one of the brand's font files (by the file the text
  resolves to, not the family name asked for);
- free of overlapping, clipped and cut text, and passing ``check()`` with no errors;
- laid out without category labels that collide (a :class:`~housestyle.LayoutWarning`);
  a plot crowded by its title block is allowed, as long as it is named, by the
  warning and by ``check()``, with the fix;
- in the brand of the ``style()`` block around it (``check()``'s report says so).

At ``web``, the size a recipe draws at when it names none, the same figure is also
held to the recipe contract (title, subtitle, source and alt text all given) and
exported: a PNG of exactly the preset's pixels on the brand's paper, and a PDF that,
rasterised, is the PNG's picture (no key, margin or mark out of place). So each recipe x
brand x size is drawn once in a test run and many properties are checked on it
(the cookbook's image test, in ``tests/test_cookbook.py``, draws the one more it needs).

About 800 cases, marked slow but for the quick lane's recipes (``tests/helpers.QUICK``)
at web. ``bench/bench_matrix.py`` times them; ``pytest -n auto`` (pytest-xdist) spreads
them over the machine's cores. Run one recipe's row by hand with
``pytest tests/test_sizes_matrix.py -k <slug>``.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import matplotlib.pyplot as plt
import pytest
from matplotlib.colors import to_rgb
from matplotlib.font_manager import findfont
from matplotlib.text import Text

import housestyle
from housestyle.batch._recipes import run_recipe
from housestyle.output._export import to_bytes
from tests.helpers import QUICK, RECIPES, SLUGS, load, out_of_place, pdf_page, png_image

BRANDS = tuple(housestyle.brands())
#: Every preset a shipped brand ships, in the order the issue lists them.
PRESETS = ("web", "web-wide", "web-tall", "social", "slide", "print-column", "print-page")


def test_the_matrix_covers_every_shipped_preset():
    for brand in BRANDS:
        assert set(housestyle.load_brand(brand).presets) == set(PRESETS), brand


def drawn_font_files(fig) -> dict[str, str]:
    """The font file each shown text resolves to, by its text."""
    found = {}
    for text in fig.findobj(Text):
        if text.get_visible() and text.get_text().strip():
            found[text.get_text()] = Path(findfont(text.get_fontproperties())).name
    return found


def _cases() -> list:
    """Every recipe x brand x preset; slow but for the quick lane's recipes at web in ou."""
    return [
        pytest.param(
            slug,
            brand,
            size,
            id=f"{slug}-{brand}-{size}",
            marks=() if (slug in QUICK and size == "web" and brand == "ou") else pytest.mark.slow,
        )
        for slug in SLUGS
        for brand in BRANDS
        for size in PRESETS
    ]


@pytest.mark.parametrize(("slug", "brand", "size"), _cases())
def test_recipe_holds_at_every_size(slug: str, brand: str, size: str) -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", housestyle.LayoutWarning)
        fig = run_recipe(load(slug).recipe, brand, size)
        try:
            report = housestyle.check(fig)  # draws it: the layout's warnings come here
            assert report.brand == brand, "the recipe follows the brand of the style() block"
            _assert_holds(fig, slug, brand, size, report)
            _assert_only_crowding_named(fig, caught, report)
            if size == "web":
                _assert_contract_and_paper(fig, brand)
        finally:
            plt.close(fig)


def _assert_contract_and_paper(fig, brand: str) -> None:
    """The recipe contract's texts; the exported PNG: the preset's size, the brand's paper;
    the exported PDF: the PNG's picture."""
    info = housestyle.finalised(fig)
    assert info.title and info.subtitle and info.source and info.alt
    assert info.brand.name == brand
    drawn = to_bytes(fig, ["png", "pdf"])  # laid out once for both
    image = png_image(drawn["png"])
    assert image.size == info.preset.pixels, "the PNG is exactly the preset's size"
    paper = tuple(round(255 * c) for c in to_rgb(info.brand.colours.background))
    corners = [(0, 0), (image.width - 1, 0), (0, image.height - 1)]
    assert [image.getpixel(xy)[:3] for xy in corners] == [paper] * 3, "on the brand's paper"
    page = pdf_page(drawn["pdf"], info.preset.dpi)
    assert out_of_place(image, page) < 0.005, "the PDF draws the PNG's picture, nothing moved"


def _assert_only_crowding_named(fig, caught, report) -> None:
    """Labels that collide fail; a plot crowded by its title block is named, not failed.

    The issue's graceful degradation: when the title block and footer leave the plot
    less than the brand's share, finalise warns and check() reports it with the fix
    (a shorter title, a larger preset); the chart must still draw nothing over anything.
    """
    layout = [str(w.message) for w in caught if issubclass(w.category, housestyle.LayoutWarning)]
    collisions = [message for message in layout if "leave the plot" not in message]
    assert not collisions, collisions
    least = housestyle.finalised(fig).brand.layout.min_plot_share
    crowded = housestyle.finalised(fig).plot_share < least
    assert crowded == any(f.rule == "plot_share" for f in report.warnings)
    assert crowded == any("leave the plot" in message for message in layout)


def _assert_holds(fig, slug, brand, size, report) -> None:
    chosen = housestyle.load_brand(brand)
    preset = chosen.preset(size)
    info = housestyle.finalised(fig)
    pixels = tuple(round(v) for v in fig.bbox.size)
    if "table" in RECIPES[slug].tags:
        assert pixels[0] == preset.pixels[0] and info.preset.family == preset.family
    else:
        assert info.preset.name == size and pixels == preset.pixels
    files = {path.name for path in chosen.fonts.files}
    strays = {text: file for text, file in drawn_font_files(fig).items() if file not in files}
    assert not strays, f"texts not in {brand}'s fonts: {strays}"
    assert report.ok, f"housestyle check cookbook/{slug}.py --brand {brand} --size {size}\n{report}"
