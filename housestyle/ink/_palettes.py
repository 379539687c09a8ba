"""Named palettes from the brand, as lists of colours and as matplotlib colormaps.

What a palette does with ``n`` colours depends on its kind, written in the brand file
(``palettes.<name>.kind``), never on its name: a qualitative palette gives its first
``n`` colours, a sequential or diverging one is interpolated, a focus palette gives
its highlight then greys.
"""

from __future__ import annotations

import html
import threading
from numbers import Integral
from pathlib import Path
from typing import TYPE_CHECKING

import matplotlib as mpl
from matplotlib.colors import LinearSegmentedColormap, ListedColormap, to_hex, to_rgba

from ..brand import Brand, BrandLike, HouseStyleError, resolve_brand
from ._colour import contrast_ratio

if TYPE_CHECKING:
    from matplotlib.typing import ColorType

__all__ = [
    "CONTINUOUS",
    "Palette",
    "best_ink",
    "colormap",
    "palette",
    "palette_kind",
    "register_colormaps",
]

#: The kinds of palette whose colours are a continuous ramp.
CONTINUOUS = ("sequential", "diverging")


class Palette(list):
    """A list of hex colours with a name; shows as swatches in Jupyter."""

    def __init__(self, colours: list[str], name: str, brand: str):
        super().__init__(colours)
        self.name = name
        self.brand = brand

    def __repr__(self) -> str:
        return f"Palette({self.brand}.{self.name}: {list.__repr__(self)})"

    def _repr_html_(self) -> str:
        swatches = "".join(
            f'<div title="{html.escape(colour)}" style="width:36px;height:36px;'
            f'background:{html.escape(colour)};display:inline-block"></div>'
            for colour in self
        )
        label = html.escape(f"{self.brand} · {self.name} · {len(self)} colours")
        return f'<div><div style="font:12px sans-serif">{label}</div>{swatches}</div>'


def _palette_colours(brand: Brand, name: str) -> tuple[str, ...]:
    if name not in brand.palettes:
        raise HouseStyleError(
            f"name: brand {brand.name!r} has no palette {name!r}; "
            f"allowed: {', '.join(brand.palettes)}"
        )
    return brand.palettes[name]


def palette_kind(name: str, brand: BrandLike | None = None) -> str:
    """Return the kind of the brand's palette ``name``, as its brand file says.

    One of ``qualitative``, ``sequential``, ``diverging`` or ``focus``.

    Examples
    --------
    >>> palette_kind("diverging", brand="ou"), palette_kind("categorical", brand="ou")
    ('diverging', 'qualitative')
    """
    brand = resolve_brand(brand)
    _palette_colours(brand, name)
    return brand.palette_kinds[name]


def palette(
    name: str = "categorical", n: int | None = None, brand: BrandLike | None = None
) -> Palette:
    """Return a named palette of the brand.

    Parameters
    ----------
    name
        ``categorical``, ``sequential``, ``diverging``, ``focus`` or any other
        palette the brand file names.
    n
        How many colours. ``None`` gives the palette as written. What ``n`` does
        depends on the palette's kind (see :func:`palette_kind`): a sequential or
        diverging palette is interpolated to ``n`` colours; a focus palette gives its
        first colour then ``n - 1`` of its last (the de-emphasis grey); a qualitative
        palette gives its first ``n`` colours and refuses more than it holds.
    brand
        A brand, its name or path; ``None`` for the current brand.

    Raises
    ------
    HouseStyleError
        For an unknown palette, or more colours than a qualitative palette holds.

    Examples
    --------
    >>> focus = palette("focus", 3, brand="ou")
    >>> focus[1] == focus[2] == resolve_brand("ou").colours.grey
    True
    """
    brand = resolve_brand(brand)
    colours = list(_palette_colours(brand, name))
    if n is None:
        return Palette(colours, name, brand.name)
    if isinstance(n, bool) or not isinstance(n, Integral) or n < 1:
        raise HouseStyleError(f"n: {n!r} is not a count of colours; allowed: a whole number >= 1")
    n = int(n)  # numpy's integers too: plotnine asks a palette for np.int64 colours
    kind = brand.palette_kinds[name]
    if kind in CONTINUOUS:
        ramp = LinearSegmentedColormap.from_list(name, colours)
        picks = [ramp(i / (n - 1)) for i in range(n)] if n > 1 else [ramp(0.5)]
        return Palette([to_hex(c) for c in picks], name, brand.name)
    if kind == "focus":
        return Palette([colours[0]] + [colours[-1]] * (n - 1), name, brand.name)
    if n > len(colours):
        raise HouseStyleError(
            f"n: the {brand.name!r} palette {name!r} holds {len(colours)} colours, "
            f"not {n}; allowed: n <= {len(colours)}. Group the smaller categories "
            "into 'Other', use small multiples, or highlight a few and grey the rest"
        )
    return Palette(colours[:n], name, brand.name)


def colormap(
    name: str = "sequential", brand: BrandLike | None = None
) -> LinearSegmentedColormap | ListedColormap:
    """Return a brand palette as a matplotlib colormap named ``<brand>_<name>``.

    Sequential and diverging palettes become smooth ramps; others become listed
    colormaps with one entry per colour.
    """
    brand = resolve_brand(brand)
    colours = list(_palette_colours(brand, name))
    cmap_name = f"{brand.name}_{name}"
    if brand.palette_kinds[name] in CONTINUOUS:
        return LinearSegmentedColormap.from_list(cmap_name, colours)
    return ListedColormap(colours, name=cmap_name)


#: Which brand file registered each colormap housestyle added to matplotlib.
_owners: dict[str, Path] = {}
_owners_lock = threading.Lock()
#: The brand last registered from each file, and its colormaps: ``{path: (brand, names)}``.
#: A brand read again (its file edited) is another object and is registered again;
#: matplotlib hands out a copy of a colormap to compare, so comparing each on every
#: ``rc()`` cost more than the rest of it.
_registered: dict[Path, tuple[Brand, tuple[str, ...]]] = {}


def register_colormaps(brand: BrandLike | None = None) -> list[str]:
    """Register every palette of the brand with matplotlib; return their names.

    Adds ``<brand>_<palette>`` and ``<brand>_<palette>_r`` colormaps, such as
    ``ou_sequential``, so that ``cmap="ou_sequential"`` works. Safe to call again, and
    after the brand file is edited (its colormaps are updated). A colormap is never
    silently replaced by another brand's: a name already taken by a different
    colormap (another brand file of the same name, or one of matplotlib's) is refused.

    Raises
    ------
    HouseStyleError
        When another brand file, or matplotlib, already has a different colormap of
        one of these names.
    """
    brand = resolve_brand(brand)
    names = []
    with _owners_lock:
        done = _registered.get(brand.path)
        if done is not None and done[0] is brand and set(done[1]) <= set(mpl.colormaps):
            return list(done[1])  # this very brand, read from its file once: registered
        for name in brand.palettes:
            cmap = colormap(name, brand)
            for variant in (cmap, cmap.reversed()):
                _register_owned(variant, brand)
                names.append(variant.name)
        _registered[brand.path] = (brand, tuple(names))
    return names


def _register_owned(cmap: LinearSegmentedColormap | ListedColormap, brand: Brand) -> None:
    """Register ``cmap`` as ``brand``'s, unless another brand or matplotlib owns its name."""
    name = cmap.name
    if name in mpl.colormaps and mpl.colormaps[name] == cmap:
        _owners.setdefault(name, brand.path)
        return
    owner = _owners.get(name)
    if name in mpl.colormaps and owner != brand.path:
        held_by = f"the brand file {owner}" if owner else "matplotlib"
        raise HouseStyleError(
            f"name: the colormap {name!r} of the brand {brand.name!r} ({brand.path}) is "
            f"already registered, different, by {held_by}; allowed: a brand name "
            "(the name: field) that no other brand file in use has"
        )
    if name in mpl.colormaps:  # this brand's own, from before its file was edited
        mpl.colormaps.unregister(name)
    mpl.colormaps.register(cmap)
    _owners[name] = brand.path


def best_ink(fill: ColorType, brand: BrandLike | None = None) -> str:
    """Return the brand colour to write text in on ``fill``: its text or background colour.

    Whichever of the two has the higher contrast with ``fill`` wins, so a label on a
    dark bar is light and one on a pale bar dark, in any brand. A translucent fill is
    taken as laid over the brand's background.

    Parameters
    ----------
    fill
        The colour behind the text: any matplotlib colour.
    brand
        A brand, its name or path; ``None`` for the current brand.

    Examples
    --------
    >>> colours = resolve_brand("ou").colours
    >>> best_ink(colours.primary, brand="ou") == colours.background  # light on dark blue
    True
    >>> best_ink(palette("sequential", brand="ou")[0], brand="ou") == colours.text
    True
    """
    colours = resolve_brand(brand).colours
    red, green, blue, alpha = to_rgba(fill)
    paper = to_rgba(colours.background)
    r, g, b = (
        alpha * c + (1 - alpha) * p for c, p in zip((red, green, blue), paper[:3], strict=True)
    )
    behind = (r, g, b)
    return max((colours.text, colours.background), key=lambda ink: contrast_ratio(ink, behind))
