"""What finalise brings to a chart made partly outside the brand's style.

Charts are made the ordinary ways: some text outside a ``style()`` block, seaborn's
washed-out bars, an image under the brand's gridlines. finalise lays a figure out
under the brand's rcParams, but the artists a chart already holds keep what they were
made with. :func:`adopt_house_style` puts the brand on what nobody chose:

- text in matplotlib's default family (``sans-serif``, which draws DejaVu Sans) is set
  in the brand's family, and its mathtext in the brand's (``custom``) fontset; text the
  user gave a family keeps it (and ``check()`` says so);
- colours seaborn desaturated from a brand colour (its ``saturation=0.75`` default on
  bars, boxes and violins) are the brand colour again, its error bars' fixed dark
  grey (``".26"``) is the brand's axis colour, and a size legend's grey dots (``".2"``)
  its text colour;
- an axes that shows an image or a colour mesh gets no gridlines drawn over it, and
  the values seaborn's ``heatmap(annot=True)`` writes on its cells (in its own dark
  grey or white, chosen by a lightness rule that gives 2:1 on mid-tones) are in the
  brand's ink for each cell (:func:`housestyle.ink._palettes.best_ink`);
- tick labels set on their side up a y axis (seaborn's heatmaps set their row names
  so, upright only where they collide at the size the chart was made at) are upright,
  read across as every other label;
- text written on a pie's or a donut's wedge in the colour nobody chose (``autopct``'s
  percentages, in the text colour whatever the wedge) is in the brand's ink for that
  wedge, so a percentage on a dark wedge is light.
"""

from __future__ import annotations

import colorsys
from collections.abc import Iterator
from typing import Any, cast

import matplotlib as mpl
import numpy as np
from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.collections import Collection, QuadMesh
from matplotlib.colors import to_hex, to_rgb, to_rgba, to_rgba_array
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch, Wedge
from matplotlib.text import Text

from ..brand import Brand
from ..ink import best_ink, font_families
from ._pies import OFF_WEDGE_INK

__all__ = [
    "SEABORN_ERROR_GREY",
    "SEABORN_SATURATION",
    "adopt_house_style",
    "desaturated",
    "every_text",
]

#: seaborn's default ``saturation`` for bars, boxes, violins and boxens.
SEABORN_SATURATION = 0.75
#: The grey seaborn draws the error bars of filled marks in (``err_kws`` colour).
SEABORN_ERROR_GREY = ".26"
#: The grey seaborn draws the keys of a size legend in (the dots of each size).
SEABORN_KEY_GREY = ".2"
#: The two colours seaborn's heatmap writes cell values in.
SEABORN_CELL_INKS = (".15", "w")


def adopt_house_style(fig: Figure, brand: Brand) -> None:
    """Put the brand on the text, colours and gridlines of ``fig`` that nobody chose."""
    _brand_font_on_default_text(fig, brand)
    _undo_desaturation(fig, brand)
    _brand_error_bars(fig, brand)
    _brand_size_keys(fig, brand)
    _no_grid_over_images(fig)
    _brand_ink_on_cells(fig, brand)
    _brand_ink_on_wedges(fig, brand)
    _upright_row_names(fig)


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
    default_math = mpl.rcParamsDefault["mathtext.fontset"]
    for text in every_text(fig):
        if tuple(text.get_fontfamily()) == default:
            text.set_fontfamily(families)
        if text.get_fontproperties().get_math_fontfamily() == default_math:
            text.get_fontproperties().set_math_fontfamily("custom")  # the brand's (rc)


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


def _brand_size_keys(fig: Figure, brand: Brand) -> None:
    """Draw the keys seaborn gave its fixed grey (a size legend's dots) in the brand's ink.

    seaborn keeps each key as an empty line in the axes (which a legend made again is
    made from) and a copy in its legend: both are recoloured.
    """
    grey = to_hex(SEABORN_KEY_GREY)
    keys: list[Any] = [line for ax in fig.axes for line in ax.lines if _empty(line)]
    for legend in [ax.get_legend() for ax in fig.axes] + list(fig.legends):
        keys += list(legend.legend_handles) if legend is not None else []
    for key in keys:
        if isinstance(key, Line2D) and to_hex(key.get_color()) == grey:
            key.set_color(brand.colours.text)
            key.set_markerfacecolor(brand.colours.text)
            key.set_markeredgecolor(brand.colours.text)


def _empty(line: Line2D) -> bool:
    return np.asarray(line.get_xdata()).size == 0


def _brand_error_bars(fig: Figure, brand: Brand) -> None:
    """Draw the lines seaborn gave its fixed error-bar grey in the brand's axis colour."""
    grey = to_hex(SEABORN_ERROR_GREY)
    for ax in fig.axes:
        for line in ax.get_lines():
            if to_hex(line.get_color()) == grey:
                line.set_color(brand.colours.axis)


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


def _brand_ink_on_cells(fig: Figure, brand: Brand) -> None:
    """Write the values seaborn put on a heatmap's cells in the brand's ink for each cell."""
    inks = {to_hex(ink) for ink in SEABORN_CELL_INKS}
    for ax in fig.axes:
        meshes = [c for c in ax.collections if isinstance(c, QuadMesh)]
        if len(meshes) != 1:
            continue
        for text in ax.texts:
            if to_hex(text.get_color()) in inks:
                cell = _cell_colour(meshes[0], *text.get_position())
                if cell is not None:
                    text.set_color(best_ink(cell, brand))


def _cell_colour(mesh: QuadMesh, x: float, y: float) -> tuple[float, float, float, float] | None:
    """Return the colour of the mesh's cell at data point (x, y), or None outside it."""
    coordinates = np.asarray(mesh.get_coordinates())
    columns, rows = coordinates[0, :, 0], coordinates[:, 0, 1]
    column = _cell_index(columns, x)
    row = _cell_index(rows, y)
    if column is None or row is None:
        return None
    values = mesh.get_array()
    if values is None:
        return None
    value = np.asarray(values).reshape(len(rows) - 1, len(columns) - 1)[row, column]
    red, green, blue, alpha = np.asarray(mesh.to_rgba(value), dtype=float).ravel()[:4]
    return float(red), float(green), float(blue), float(alpha)


def _cell_index(edges: np.ndarray, value: float) -> int | None:
    ascending = edges[-1] >= edges[0]
    ordered = edges if ascending else edges[::-1]
    index = int(np.searchsorted(ordered, value)) - 1
    if not 0 <= index < len(edges) - 1:
        return None
    return index if ascending else len(edges) - 2 - index


def _brand_ink_on_wedges(fig: Figure, brand: Brand) -> None:
    """Write the text on each wedge in the brand's ink for it, where nobody chose a colour.

    A text is on a wedge when the point it is placed at is inside it (``autopct``'s
    percentages at ``pctdistance``, labels with ``labeldistance`` below 1). Its colour
    is nobody's choice when it is the brand's text colour or matplotlib's default,
    which ``ax.pie`` gives every text whatever the wedge.
    """
    unchosen = {to_hex(brand.colours.text), to_hex(mpl.rcParamsDefault["text.color"])}
    for ax in fig.axes:
        wedges = [patch for patch in ax.patches if isinstance(patch, Wedge)]
        if not wedges:
            continue
        for text in ax.texts:
            if to_hex(text.get_color()) not in unchosen:
                continue
            x, y = text.get_transform().transform(text.get_unitless_position())
            under = [wedge for wedge in wedges if wedge.contains_point((float(x), float(y)))]
            if under:
                setattr(text, OFF_WEDGE_INK, text.get_color())  # its colour off the wedge
                text.set_color(best_ink(under[-1].get_facecolor(), brand))


def _upright_row_names(fig: Figure) -> None:
    """Set upright the y tick labels that are all on their side (seaborn's heatmap rows)."""
    for ax in fig.axes:
        ticks = ax.yaxis.get_major_ticks()
        labels = [
            label
            for tick in ticks
            for label in (tick.label1, tick.label2)
            if label.get_visible() and label.get_text()
        ]
        if labels and all(label.get_rotation() % 180 == 90 for label in labels):
            ax.yaxis.set_tick_params(which="major", labelrotation=0)
