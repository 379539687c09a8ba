"""The figures of a brand's palette report: contrast on the background, and distances.

Every figure here is measured, not judged: :mod:`housestyle.brandkit._brandcheck` holds them to
the brand's ``checks:`` thresholds. Contrast is the WCAG 2.x ratio; distance is the
CAM02-UCS distance between two colours as seen with normal vision, deuteranopia,
protanopia, tritanopia (Machado et al. 2009, full severity) and in greyscale (see
:mod:`housestyle.ink._colour`).
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
from matplotlib.colors import LinearSegmentedColormap, to_hex, to_rgb

from ..brand import Brand
from ..ink import CVD_TYPES, contrast_ratio, simulate_rgb

__all__ = [
    "VISIONS",
    "Pair",
    "PaletteFigures",
    "RampFigures",
    "distance_matrices",
    "pairs",
    "palette_figures",
    "ramp_colour",
    "ramp_figures",
    "smallest",
]

#: Normal vision, then the simulated ones.
VISIONS = ("normal", *CVD_TYPES)


def distance_matrices(colours: Sequence[str]) -> dict[str, np.ndarray]:
    """Return ``{vision: n x n matrix}`` of the CAM02-UCS distances between ``colours``.

    Examples
    --------
    >>> grid = distance_matrices(["black", "white"])
    >>> round(float(grid["normal"][0, 1])), float(grid["greyscale"][1, 1])
    (100, 0.0)
    """
    from colorspacious import cspace_convert

    rgb = np.array([to_rgb(colour) for colour in colours], dtype=float)
    grids = {}
    for vision in VISIONS:
        seen = rgb if vision == "normal" else simulate_rgb(rgb, vision)
        ucs = cspace_convert(seen, "sRGB1", "CAM02-UCS")
        grids[vision] = np.linalg.norm(ucs[:, None, :] - ucs[None, :, :], axis=-1)
    return grids


@dataclass(frozen=True)
class Pair:
    """Two colours of a palette (0-based positions) and their distance in each vision.

    ``neighbours`` is True for colours next to each other in the palette's order: they
    touch in stacked bars and areas, and meet first in a chart with few series.
    """

    first: int
    second: int
    colours: tuple[str, str]
    neighbours: bool
    distances: Mapping[str, float]


def pairs(colours: Sequence[str]) -> list[Pair]:
    """Every pair of ``colours`` with its distances, neighbours marked."""
    grids = distance_matrices(colours)
    return [
        Pair(
            i,
            j,
            (colours[i], colours[j]),
            j == i + 1,
            {vision: round(float(grids[vision][i, j]), 1) for vision in VISIONS},
        )
        for i, j in itertools.combinations(range(len(colours)), 2)
    ]


def smallest(found: Sequence[Pair], vision: str, neighbours: bool) -> float:
    """The smallest distance in ``vision`` among ``found`` (only neighbours, or all)."""
    chosen = [pair.distances[vision] for pair in found if pair.neighbours or not neighbours]
    return min(chosen) if chosen else float("inf")


@dataclass(frozen=True)
class PaletteFigures:
    """A palette's colours, each one's contrast on the background, and its pairs."""

    name: str
    kind: str
    colours: tuple[str, ...]
    contrasts: tuple[float, ...]
    pairs: tuple[Pair, ...]


def palette_figures(brand: Brand, name: str) -> PaletteFigures:
    """Measure the palette ``name`` of ``brand``.

    Ramps (sequential and diverging palettes) get no pairs: their steps are meant to
    be close. A focus palette's pair is its first colour against its last.
    """
    colours = tuple(brand.palettes[name])
    kind = brand.palette_kinds[name]
    background = brand.colours.background
    if kind == "qualitative":
        found = pairs(colours)
    elif kind == "focus":
        found = pairs([colours[0], colours[-1]])
    else:
        found = []
    return PaletteFigures(
        name,
        kind,
        colours,
        tuple(round(contrast_ratio(colour, background), 2) for colour in colours),
        tuple(found),
    )


def ramp_colour(colours: Sequence[str], position: float) -> str:
    """The colour at ``position`` (0 to 1) along a ramp through ``colours``, as hex.

    Examples
    --------
    >>> print(ramp_colour(["black", "white"], 0.5))
    #808080
    """
    ramp = LinearSegmentedColormap.from_list("ramp", list(colours))
    return to_hex(ramp(position))


@dataclass(frozen=True)
class RampFigures:
    """What a ramp (a sequential or diverging palette) does under labels and on the page.

    ``middle`` is the ramp's middle colour, a heatmap's typical cell; ``ink`` is the
    one of the brand's text and background colours that reads best on it, and
    ``ink_contrast`` its contrast there. ``near_end`` is the end of the ramp closest to
    the background (the lightest step on a light page) and ``near_end_contrast`` its
    contrast with the background: a tile that low barely shows on the page.
    """

    name: str
    middle: str
    ink: str
    ink_contrast: float
    near_end: str
    near_end_contrast: float


def ramp_figures(brand: Brand, name: str) -> RampFigures:
    """Measure the ramp ``name`` of ``brand``."""
    colours, background = brand.palettes[name], brand.colours.background
    middle = ramp_colour(colours, 0.5)
    inks = {"text": brand.colours.text, "background": background}
    ink = max(inks, key=lambda role: contrast_ratio(inks[role], middle))
    ends = (colours[0], colours[-1])
    near = min(ends, key=lambda colour: contrast_ratio(colour, background))
    return RampFigures(
        name,
        middle,
        ink,
        round(contrast_ratio(inks[ink], middle), 2),
        near,
        round(contrast_ratio(near, background), 2),
    )
