"""The whole cookbook in a user's brand: its fonts, its colours and its logo, whole.

The brand is written in a temporary folder as the brands README tells a user to
(``tests/userbrand.py``): DejaVu Serif regular and bold only, copied under its own
file names; ten named colours and four palettes, none of them ou's; an 8:1 SVG logo.
Every recipe is run through the recipe contract (:func:`housestyle.batch._recipes.run_recipe`)
in that brand, drawn once, and read back as a reader would see it:

- every text resolves to one of the brand's two font files;
- no mark, text or colour scale carries a colour of ou's that the user's brand does not
  share, and the brand's own colours are on the marks;
- the logo is drawn whole: inside the figure, 8:1, its pixels those of the logo file.

This is the slowest test file (every recipe renders once): about a second a recipe.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
import pytest
from matplotlib import font_manager
from matplotlib.cm import ScalarMappable
from matplotlib.collections import Collection
from matplotlib.colors import to_hex, to_rgb
from matplotlib.image import BboxImage
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.text import Text
from PIL import Image

from housestyle import FontWarning, finalised, load_brand
from housestyle.batch._recipes import run_recipe
from housestyle.ink._logo import load_logo
from housestyle.output._export import to_bytes
from housestyle.record._record import LOGO
from tests.helpers import SLUGS, load, png_image, quick_or_slow
from tests.userbrand import (
    COLOURS,
    LOGO_ASPECT,
    LOGO_LEFT,
    LOGO_RIGHT,
    NAME,
    font_files,
    write_user_brand,
)


@pytest.fixture(scope="module")
def user(tmp_path_factory) -> Path:
    return write_user_brand(tmp_path_factory.mktemp("userbrand"))


def brand_colours(name_or_path) -> set[str]:
    brand = load_brand(name_or_path)
    named = {getattr(brand.colours, role) for role in COLOURS}
    return named | {c for colours in brand.palettes.values() for c in colours}


def hexes(colours) -> set[str]:
    """Each colour (any matplotlib form, one or many, with alpha) as ``#rrggbb``."""
    if isinstance(colours, str):
        return set() if colours == "none" else {to_hex(colours)}
    array = np.atleast_2d(np.asarray(colours, dtype=float))
    return {to_hex(row[:3]) for row in array if row.size and (row.size < 4 or row[3] > 0)}


def drawn_colours(fig: plt.Figure) -> set[str]:
    """The colours of every visible line, patch, collection and text of the figure."""
    found: set[str] = set()
    for artist in fig.findobj(lambda a: a.get_visible()):
        if isinstance(artist, Line2D):
            found |= hexes(artist.get_color()) | hexes(artist.get_markerfacecolor())
        elif isinstance(artist, Patch) and artist is not fig.patch:
            found |= hexes(artist.get_facecolor()) | hexes(artist.get_edgecolor())
        elif isinstance(artist, Collection):
            found |= hexes(artist.get_facecolors()) | hexes(artist.get_edgecolors())
        elif isinstance(artist, Text) and artist.get_text().strip():
            found |= hexes(artist.get_color())
    return found


def colour_scales(fig: plt.Figure) -> set[str]:
    """The names of the colormaps of the figure's scalar mappables (heatmaps, tiles)."""
    mappables = fig.findobj(lambda a: isinstance(a, ScalarMappable))
    return {a.get_cmap().name for a in mappables if a.get_array() is not None}


def logo_pixels(fig: plt.Figure, rgba: np.ndarray) -> tuple[np.ndarray, tuple[int, ...]]:
    """The drawn logo's pixels (RGB, 0-1) cut from the exported PNG's, and its box."""
    (logo,) = [a for a in fig.findobj(BboxImage) if a.get_gid() == LOGO]
    box = fig.transFigure.inverted().transform_bbox(logo.get_window_extent())
    height, width = rgba.shape[:2]
    x0, x1 = round(box.x0 * width), round(box.x1 * width)
    y0, y1 = round((1 - box.y1) * height), round((1 - box.y0) * height)  # y runs upwards
    return rgba[y0:y1, x0:x1, :3] / 255.0, (x0, y0, x1, y1)


def expected_logo(path: Path, size: tuple[int, int], background: str) -> np.ndarray:
    """The logo file drawn at ``size`` (width, height) over the background, RGB 0-1."""
    source = load_logo(path, min_dpi=600, height_pt=72).pixels
    image = Image.fromarray(np.round(source * 255).astype(np.uint8), "RGBA")
    resized = np.asarray(image.resize(size, Image.Resampling.LANCZOS), dtype=float) / 255
    paper = np.array(to_rgb(background))
    return resized[..., :3] * resized[..., 3:] + paper * (1 - resized[..., 3:])


# a wide serif crowds some category axes at web size, and each draw says so with the fix
# for the author; tests/test_sizes_matrix.py holds the shipped brands to no crowding
@pytest.mark.filterwarnings("ignore::housestyle.LayoutWarning")
@pytest.mark.parametrize("slug", [quick_or_slow(s) for s in SLUGS])
def test_recipe_in_a_users_brand(slug, user):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FontWarning)  # no italics: drawn in the regular
        fig = run_recipe(load(slug).recipe, user)
    try:
        assert finalised(fig).brand.name == NAME
        rgba = np.asarray(png_image(to_bytes(fig, ["png"])["png"]).convert("RGBA"))  # as exported
        texts = [t for t in fig.findobj(Text) if t.get_text().strip() and t.get_visible()]
        drawn = {
            t.get_text(): Path(font_manager.findfont(t.get_fontproperties())).resolve()
            for t in texts
        }
        colours = drawn_colours(fig)
        scales = colour_scales(fig)
        logo, box = logo_pixels(fig, rgba)
    finally:
        plt.close(fig)

    # every text in the brand's own two files, never ou's Lato or the fallback
    assert drawn, "the recipe draws text"
    strays = {
        text: path.name for text, path in drawn.items() if path not in font_files(user.parent)
    }
    assert strays == {}

    # the user's colours on the marks, and none of ou's it does not share
    ou_only = brand_colours("ou") - brand_colours(user)
    assert colours & ou_only == set(), "ou's colours in the user's brand"
    assert colours & brand_colours(user), "the user's colours are on the marks"
    assert not any(name.startswith("ou_") for name in scales), scales

    # the logo whole: inside the figure, 8:1, and the logo file's own pixels
    x0, y0, x1, y1 = box
    assert x0 >= 0 and y0 >= 0 and x1 <= rgba.shape[1] and y1 <= rgba.shape[0], box
    assert (x1 - x0) / (y1 - y0) == pytest.approx(LOGO_ASPECT, rel=0.05)
    wanted = expected_logo(user.parent / "logo.svg", (x1 - x0, y1 - y0), COLOURS["background"])
    inner = (slice(2, -2), slice(2, -2))  # edges are resampled against the page
    assert np.abs(logo[inner] - wanted[inner]).mean() < 0.02
    ends = logo[2:-2, 2 : (x1 - x0) // 16], logo[2:-2, -(x1 - x0) // 16 : -2]
    for end, colour in zip(ends, (LOGO_LEFT, LOGO_RIGHT), strict=True):
        assert np.abs(end - to_rgb(colour)).max() < 0.05, "both ends of the logo are drawn"
