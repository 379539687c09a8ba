"""What finalise brings to a chart made partly outside the brand's style.

Charts are made the ordinary ways: some text outside a ``style()`` block, seaborn's
washed-out bars, an image under the brand's gridlines. finalise lays a figure out
under the brand's rcParams, but the artists a chart already holds keep what they were
made with. :func:`adopt_house_style` puts the brand on what nobody chose:

- text in matplotlib's default family (``sans-serif``, which draws DejaVu Sans) is set
  in the brand's family; text the user gave a family keeps it (and ``check()`` says so);
- colours seaborn desaturated from a brand colour (its ``saturation=0.75`` default on
  bars, boxes and violins) are the brand colour again;
- an axes that shows an image or a colour mesh gets no gridlines drawn over it.
"""

from __future__ import annotations

import colorsys
from collections.abc import Iterator
from typing import Any, cast

import matplotlib as mpl
from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.collections import Collection, QuadMesh
from matplotlib.colors import to_hex, to_rgb, to_rgba, to_rgba_array
from matplotlib.figure import Figure
from matplotlib.patches import Patch
from matplotlib.text import Text

from ..brand import Brand
from ..fonts import font_families

__all__ = ["SEABORN_SATURATION", "adopt_house_style", "desaturated", "every_text"]

#: seaborn's default ``saturation`` for bars, boxes, violins and boxens.
SEABORN_SATURATION = 0.75


def adopt_house_style(fig: Figure, brand: Brand) -> None:
    """Put the brand on the text, colours and gridlines of ``fig`` that nobody chose."""
    _brand_font_on_default_text(fig, brand)
    _undo_desaturation(fig, brand)
    _no_grid_over_images(fig)


# --------------------------------------------------------------------------- #
# Text
# --------------------------------------------------------------------------- #


def every_text(fig: Figure) -> list[Text]:
    """Return every text of ``fig`` once, the tick labels of every tick included."""
    found = {id(text): text for text in fig.findobj(Text)}
    for ax in fig.axes:
        for axis in (ax.xaxis, ax.yaxis):
            for tick in [*axis.majorTicks, *axis.minorTicks]:
                found.setdefault(id(tick.label1), tick.label1)
                found.setdefault(id(tick.label2), tick.label2)
    return list(found.values())


def _default_family() -> tuple[str, ...]:
    return tuple(mpl.rcParamsDefault["font.family"])


def _brand_font_on_default_text(fig: Figure, brand: Brand) -> None:
    """Set text made in matplotlib's default family in the brand's family."""
    default = _default_family()
    families = font_families(brand)
    for text in every_text(fig):
        if tuple(text.get_fontfamily()) == default:
            text.set_fontfamily(families)


# --------------------------------------------------------------------------- #
# Colour
# --------------------------------------------------------------------------- #


def desaturated(colour: str, saturation: float = SEABORN_SATURATION) -> str:
    """Return ``colour`` with its saturation scaled as seaborn's ``desaturate`` does.

    Examples
    --------
    >>> [round(v, 3) for v in to_rgb(desaturated("red"))]
    [0.875, 0.125, 0.125]
    """
    hue, lightness, sat = colorsys.rgb_to_hls(*to_rgb(colour))
    return to_hex(colorsys.hls_to_rgb(hue, lightness, sat * saturation))


def _restored(brand: Brand) -> dict[str, str]:
    """Map each brand colour, desaturated as seaborn does, back to the brand colour."""
    colours = [*vars(brand.colours).values()]
    for entries in brand.palettes.values():
        colours.extend(entries)
    out = {}
    for colour in colours:
        washed = desaturated(colour)
        if washed != to_hex(colour):  # greys stay what they are
            out[washed] = to_hex(colour)
    return out


def _filled(fig: Figure) -> Iterator[Artist]:
    """Yield the patches and collections of every axes and of every legend's handles."""
    legends = [ax.get_legend() for ax in fig.axes] + list(fig.legends)
    for ax in fig.axes:
        yield from ax.patches
        yield from ax.collections
    for legend in legends:
        if legend is not None:
            yield from (handle for handle in legend.legend_handles if handle is not None)


def _undo_desaturation(fig: Figure, brand: Brand) -> None:
    """Give back their brand colour to fills seaborn desaturated from one."""
    restored = _restored(brand)
    for artist in _filled(fig):
        if isinstance(artist, Patch):
            _restore_patch(artist, restored)
        elif isinstance(artist, Collection) and not isinstance(artist, QuadMesh):
            _restore_collection(artist, restored)


def _restore_patch(patch: Patch, restored: dict[str, str]) -> None:
    face = to_rgba(patch.get_facecolor())
    brand = restored.get(to_hex(face))
    if brand is not None:
        patch.set_facecolor(to_rgba(brand, face[3]))


def _restore_collection(collection: Collection, restored: dict[str, str]) -> None:
    if collection.get_array() is not None:  # coloured by a colormap: not seaborn's fills
        return
    faces = to_rgba_array(collection.get_facecolor())
    keys = [to_hex(face) for face in faces]
    if not any(key in restored for key in keys):
        return
    for row, key in enumerate(keys):
        if key in restored:
            faces[row, :3] = to_rgb(restored[key])
    collection.set_facecolor(cast(Any, faces))  # an (n, 4) array: the stubs want a list


# --------------------------------------------------------------------------- #
# Images
# --------------------------------------------------------------------------- #


def _shows_image(ax: Axes) -> bool:
    return bool(ax.get_images()) or any(isinstance(c, QuadMesh) for c in ax.collections)


def _no_grid_over_images(fig: Figure) -> None:
    """Turn the gridlines off in every axes that shows an image or a colour mesh.

    The brand draws gridlines below the data (``axes.axisbelow``), which is above an
    image (images are drawn first): they would cross it.
    """
    for ax in fig.axes:
        if _shows_image(ax):
            ax.grid(False)
