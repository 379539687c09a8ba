"""Rules about marks: contrast, colour-blind safety, number of categories, brand colours.

A *mark* is what draws data: a line, a bar, points, a filled area or a pie wedge,
placed in data coordinates. Gridlines and spines belong to the axes, not the
marks; spans and reference lines placed in axes coordinates (``axvspan``,
``axhline``), annotation arrows and housestyle's own footer are not marks either.
Colour-mapped artists (heatmaps, images, scatter with ``c=``) are not compared
colour by colour; only their colormap is checked against the brand.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from typing import Any

import numpy as np
from matplotlib.axes import Axes
from matplotlib.collections import Collection
from matplotlib.colors import to_rgb
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from ..brand import Brand
from ..ink import CONTINUOUS, CVD_TYPES, colormap, contrast_ratio, simulate_rgb
from ._data_marks import (
    Mapped,
    Mark,
    marks_of,
)
from ._scene import Finding, Scene, composite, describe, hex_colour

__all__ = ["MARK_RULES", "BrandColours", "Mark", "marks_of"]

#: Two colours within this much on every sRGB channel (of 255) are the same colour.
SAME_COLOUR = 3.0 / 255.0
#: An axes with this many fill colours from a brand ramp encodes a quantity with
#: them, not categories.
RAMP_ENCODING = 3


# --------------------------------------------------------------------------- #
# Finding the marks
# --------------------------------------------------------------------------- #


# --------------------------------------------------------------------------- #
# The brand's colours
# --------------------------------------------------------------------------- #


class BrandColours:
    """The colours a brand allows: its named colours, palettes and continuous ramps."""

    def __init__(self, brand: Brand):
        self.brand = brand
        self._seen: dict[tuple[int, ...], tuple[bool, bool, bool]] = {}

    @cached_property
    def named(self) -> np.ndarray:
        """The brand's named colours and the entries of its palettes that are not ramps.

        The stops of a sequential or diverging palette are points on its ramp: tiles
        coloured with ``palette("sequential", n)`` encode a quantity as any other
        samples of the ramp do, so they count as ramp colours, not as categories.
        """
        colours = [*vars(self.brand.colours).values()]
        for name, entries in self.brand.palettes.items():
            if self.brand.palette_kinds.get(name) not in CONTINUOUS:
                colours.extend(entries)
        return np.array([to_rgb(colour) for colour in colours])

    @cached_property
    def ramps(self) -> np.ndarray:
        """The brand's continuous colormaps, finely sampled, as RGB rows."""
        names = [name for name, kind in self.brand.palette_kinds.items() if kind in CONTINUOUS]
        samples = [colormap(name, self.brand)(np.linspace(0, 1, 512))[:, :3] for name in names]
        return np.concatenate(samples) if samples else np.zeros((0, 3))

    @cached_property
    def neutral(self) -> np.ndarray:
        """The brand's neutral colours: text, greys, gridline, axis and background."""
        c = self.brand.colours
        names = (c.text, c.muted_text, c.background, c.gridline, c.axis, c.grey)
        return np.array([to_rgb(colour) for colour in names])

    def _where(self, rgb: np.ndarray) -> tuple[bool, bool, bool]:
        """Whether a colour is named by the brand, on a ramp, and neutral (memoised)."""
        key = tuple(np.round(np.asarray(rgb[:3]) * 255).astype(int))
        if key not in self._seen:
            self._seen[key] = tuple(  # type: ignore[assignment]
                bool(len(table))
                and bool((np.abs(table - rgb[:3]).max(axis=1) <= SAME_COLOUR).any())
                for table in (self.named, self.ramps, self.neutral)
            )
        return self._seen[key]

    def allows(self, rgb: np.ndarray) -> bool:
        """Whether a colour (alpha ignored) is the brand's, or on one of its ramps."""
        named, ramp, _ = self._where(rgb)
        return named or ramp

    def is_neutral(self, rgb: np.ndarray) -> bool:
        """Whether a colour (alpha ignored) is one of the brand's neutrals."""
        return self._where(rgb)[2]

    def ramp_only(self, rgb: np.ndarray) -> bool:
        """Whether a colour comes from a brand ramp without being a named brand colour."""
        named, ramp, _ = self._where(rgb)
        return ramp and not named

    def on_ramp(self, rgb: np.ndarray) -> bool:
        """Whether a colour lies on one of the brand's continuous ramps."""
        return self._where(rgb)[1]


# --------------------------------------------------------------------------- #
# Rules
# --------------------------------------------------------------------------- #


def _axes_marks(scene: Scene) -> Iterator[tuple[Axes, list[Mark], list[Mapped]]]:
    cache = scene.__dict__.setdefault("_marks", {})
    for ax in scene.data_axes:
        if id(ax) not in cache:
            cache[id(ax)] = marks_of(ax)
        yield ax, *cache[id(ax)]


def _brand_colours(scene: Scene) -> BrandColours:
    if "_brand_colours" not in scene.__dict__:
        scene.__dict__["_brand_colours"] = BrandColours(scene.brand)
    return scene.__dict__["_brand_colours"]


@dataclass(frozen=True)
class _Roles:
    """Which mark colours in one axes draw data one by one.

    Two kinds do not: colours from a brand ramp when the axes uses three or more of
    them (a heatmap, or bars shaded by value: the ramp encodes a quantity, its light
    end fades toward the background on purpose and colours are not categories), and
    lines or edges in exactly the background colour when the axes holds filled marks
    (hairlines that separate stacked areas, bars or cells).
    """

    brand: BrandColours
    ramp: bool
    background: str | None

    @classmethod
    def of(cls, scene: Scene, ax: Axes, marks: list[Mark]) -> _Roles:
        brand = _brand_colours(scene)
        ramp_colours = {hex_colour(c) for m in marks for c in m.colours if brand.ramp_only(c[:3])}
        filled = any(m.kind in ("bar", "area", "wedge") for m in marks)
        background = hex_colour(scene.axes_background(ax)) if filled else None
        return cls(brand, len(ramp_colours) >= RAMP_ENCODING, background)

    def draws_data(self, rgba: np.ndarray) -> bool:
        """Whether a mark colour stands for data on its own (see the class notes)."""
        if self.ramp and self.brand.on_ramp(rgba[:3]):
            return False
        return not (rgba[3] == 1 and hex_colour(rgba) == self.background)


def _contrast(rgba: np.ndarray, background: np.ndarray) -> float:
    return contrast_ratio(tuple(composite(rgba, background)), tuple(background))


def mark_contrast(scene: Scene) -> list[Finding]:
    """Marks below ``checks.mark_contrast`` against the axes background (WCAG 1.4.11).

    A mark passes when its fill or a visible edge reaches the ratio. A translucent
    filled area is usually a band behind a line that carries the data, so it gets a
    warning rather than an error.
    """
    need = scene.brand.checks.mark_contrast
    found = []
    for ax, marks, _ in _axes_marks(scene):
        background = scene.axes_background(ax)
        roles = _Roles.of(scene, ax, marks)
        for mark in marks:
            if any(_contrast(edge, background) >= need for edge in mark.edges):
                continue
            for rgba in mark.colours:
                ratio = _contrast(rgba, background)
                if ratio >= need or not roles.draws_data(rgba):
                    continue
                faint = mark.kind == "area" and rgba[3] < 1
                found.append(
                    Finding(
                        "mark_contrast",
                        "warning" if faint else "error",
                        describe(scene.fig, mark.artist),
                        f"{mark.kind} colour {hex_colour(rgba)}"
                        f"{f' at alpha {rgba[3]:.2g}' if rgba[3] < 1 else ''} has contrast "
                        f"{ratio:.2f}:1 on {hex_colour(background)}; marks need {need:g}:1",
                        "use a darker brand colour (or a lighter one on a dark ground), "
                        "less transparency, or an edge in a contrasting colour",
                    )
                )
    return found


@dataclass(frozen=True)
class _Categories:
    """The categorical colours of one axes, with the styles each is drawn in."""

    colours: list[np.ndarray]
    styles: list[set[tuple[str, ...]]]
    series: int  # data series drawn in a non-neutral colour
    repeats: bool  # some non-neutral colour is used by more than one series


def _categories(marks: list[Mark], roles: _Roles) -> _Categories:
    brand = roles.brand
    by_colour: dict[str, tuple[np.ndarray, set, set]] = {}
    for mark in marks:
        for rgba in mark.colours:
            key = hex_colour(rgba)
            if not roles.draws_data(rgba):
                continue
            rgb, styles, series = by_colour.setdefault(key, (rgba[:3], set(), set()))
            styles.add(mark.style)
            series.add(mark.series)
    coloured = [series for rgb, _, series in by_colour.values() if not brand.is_neutral(rgb)]
    return _Categories(
        colours=[rgb for rgb, _, _ in by_colour.values()],
        styles=[styles for _, styles, _ in by_colour.values()],
        series=sum(len(series) for series in coloured),
        repeats=any(len(series) > 1 for series in coloured),
    )


def _ucs(rgb: np.ndarray, kind: str | None) -> np.ndarray:
    from colorspacious import cspace_convert

    shown = rgb if kind is None else simulate_rgb(rgb, kind)
    return cspace_convert(shown, "sRGB1", "CAM02-UCS")


def _close_pairs(cats: _Categories, threshold: float) -> dict[tuple[int, int], dict[str, float]]:
    """Return, per pair of colours drawn alike, the visions where they are too close."""
    rgb = np.array(cats.colours)
    pairs = [
        (i, j)
        for i, j in itertools.combinations(range(len(rgb)), 2)
        if cats.styles[i] & cats.styles[j]
    ]
    close: dict[tuple[int, int], dict[str, float]] = {}
    if not pairs:
        return close
    for kind in (None, *CVD_TYPES):
        ucs = _ucs(rgb, kind)
        for i, j in pairs:
            distance = float(np.linalg.norm(ucs[i] - ucs[j]))
            if distance < threshold:
                close.setdefault((i, j), {})[kind or "normal vision"] = distance
    return close


def cvd_distinct(scene: Scene) -> list[Finding]:
    """Categorical colours in one axes that look alike to some viewers.

    Colours are simulated for deuteranopia, protanopia and tritanopia (Machado et al.
    2009, full severity) and greyscale, and compared in CAM02-UCS; pairs closer than
    ``checks.cvd_min_distance`` are reported. Only colours drawn the same way are
    compared: two lines told apart by dash pattern or marker do not rely on colour
    alone. Pairs too close in normal vision or a colour-vision deficiency are errors;
    pairs that only merge in greyscale (print) are warnings, unless both colours also
    colour a text in the axes: series labelled directly are told apart by name.
    """
    threshold = scene.brand.checks.cvd_min_distance
    found = []
    for ax, marks, _ in _axes_marks(scene):
        cats = _categories(marks, _Roles.of(scene, ax, marks))
        where = f"(axes {scene.fig.axes.index(ax) + 1})"
        labelled = _label_colours(ax)
        grey: list[str] = []
        for (i, j), visions in _close_pairs(cats, threshold).items():
            first, second = hex_colour(cats.colours[i]), hex_colour(cats.colours[j])
            pair = f"{first} and {second}"
            if set(visions) == {"greyscale"}:
                if not {first, second} <= labelled:
                    grey.append(f"{pair} ({visions['greyscale']:.1f})")
                continue
            seen = ", ".join(f"{d:.1f} in {kind}" for kind, d in visions.items())
            found.append(
                Finding(
                    "cvd_distinct",
                    "error",
                    f"colours {pair} {where}",
                    f"too alike: CAM02-UCS distance {seen}; the brand asks for {threshold:g}",
                    _CVD_FIX,
                )
            )
        if grey:
            found.append(
                Finding(
                    "cvd_distinct",
                    "warning",
                    f"categorical colours {where}",
                    f"alike in greyscale (print): {', '.join(grey)}; "
                    f"the brand asks for a CAM02-UCS distance of {threshold:g}",
                    _CVD_FIX,
                )
            )
    return found


def _label_colours(ax: Axes) -> set[str]:
    """Return the colours of the visible texts in ``ax`` (direct labels of series)."""
    return {hex_colour(to_rgb(text.get_color())) for text in ax.texts if text.get_visible()}


_CVD_FIX = (
    "use colours further apart in the categorical palette, or tell the series apart "
    "another way too (direct labels, dash patterns, markers)"
)


def _legend_colours(scene: Scene, ax: Axes, brand: BrandColours) -> int:
    """The most distinct non-neutral colours the keys of one legend of ``ax`` show.

    A key that shows nothing is a heading (seaborn's "region" and "population" in one
    legend), and keys in a neutral (seaborn's grey dots of a size legend) are amounts,
    not categories the palette must tell apart.
    """
    legends = [legend for legend in (ax.get_legend(), *scene.fig.legends) if legend is not None]
    counts = [0]
    for legend in legends:
        colours = {hex_colour(rgb) for rgb in map(_key_colour, legend.legend_handles) if rgb}
        counts.append(sum(not brand.is_neutral(np.array(to_rgb(c))) for c in colours))
    return max(counts)


def _key_colour(handle: Any) -> tuple[float, float, float] | None:
    """The colour a legend key shows (a line's, a marker's face, a patch's fill), or None."""
    if handle is None or not handle.get_visible():
        return None
    if isinstance(handle, Line2D):
        marked = handle.get_marker() not in ("", " ", "None", "none", None)
        if marked and handle.get_markersize() > 0:
            face = handle.get_markerfacecolor()
            return to_rgb(handle.get_markeredgecolor() if _is_none(face) else face)
        lined = handle.get_linestyle() not in ("", " ", "None", "none")
        return to_rgb(handle.get_color()) if lined and handle.get_linewidth() > 0 else None
    if isinstance(handle, Patch | Collection):
        faces = np.atleast_2d(handle.get_facecolor())
        shown = [c for c in faces if len(c) == 4 and c[3] > 0]
        return tuple(float(v) for v in shown[0][:3]) if shown else None  # type: ignore[return-value]
    return None


def _is_none(colour: Any) -> bool:
    return isinstance(colour, str) and colour.lower() == "none"


def too_many_categories(scene: Scene) -> list[Finding]:
    """More categories in one axes than the brand's categorical palette holds.

    The categories are counted as the most of: the distinct non-neutral colours of a
    legend's keys, the distinct non-neutral mark colours, and, when every palette
    colour is used and some again (matplotlib's colour cycle came round), the series
    drawn in non-neutral colours.
    Many series in one colour (a lollipop's stems) or two (rose/fell) are not categories.
    """
    limit = len(scene.brand.palettes["categorical"])
    brand = _brand_colours(scene)
    found = []
    for ax, marks, _ in _axes_marks(scene):
        cats = _categories(marks, _Roles.of(scene, ax, marks))
        distinct = sum(not brand.is_neutral(rgb) for rgb in cats.colours)
        wrapped = cats.repeats and distinct >= limit  # the colour cycle came round again
        count = max(_legend_colours(scene, ax, brand), distinct, cats.series if wrapped else 0)
        if count > limit:
            found.append(
                Finding(
                    "too_many_categories",
                    "error",
                    f"axes {scene.fig.axes.index(ax) + 1}",
                    f"{count} categories, but the categorical palette holds {limit} colours",
                    "group the smaller categories as 'Other', highlight a few against grey "
                    "(the 'focus' palette), or split the chart into small multiples",
                )
            )
    return found


def _off_brand_mapped(scene: Scene, mapped: Mapped, brand: BrandColours) -> Finding | None:
    samples = mapped.cmap(np.linspace(0, 1, 33))[:, :3]
    if all(brand.allows(rgb) for rgb in samples):
        return None
    return Finding(
        "off_brand_colour",
        "warning",
        describe(scene.fig, mapped.artist),
        f"colormap {mapped.cmap.name!r} is not one of the brand's",
        f"use cmap='{scene.brand.name}_sequential' (or _diverging), or housestyle.colormap(...)",
    )


def off_brand_colour(scene: Scene) -> list[Finding]:
    """Mark colours that are not the brand's (alpha aside), and colormaps that are not."""
    brand = _brand_colours(scene)
    found = []
    for _, marks, mapped in _axes_marks(scene):
        for mark in marks:
            strays = sorted({hex_colour(c) for c in mark.colours if not brand.allows(c[:3])})
            if strays:
                found.append(
                    Finding(
                        "off_brand_colour",
                        "warning",
                        describe(scene.fig, mark.artist),
                        f"colour {', '.join(strays)} is not in the brand",
                        "use housestyle.palette() or a named brand colour",
                    )
                )
        found.extend(f for m in mapped if (f := _off_brand_mapped(scene, m, brand)) is not None)
    return found


MARK_RULES = (mark_contrast, cvd_distinct, too_many_categories, off_brand_colour)
