"""Suggestions a designer can act on: a better order of a palette, a colour that passes.

:func:`best_order` finds the order of a qualitative palette whose closest neighbours
are furthest apart, in the worst of every vision (normal, the simulated colour-vision
deficiencies and greyscale), keeping the first colour first (it is the brand's lead
series colour). The search is exact: a depth-first search that abandons an order as
soon as it cannot beat the best found, which settles eight colours (5,040 orders of
the seven after the first) in a few thousand steps; past :data:`SEARCH_STEPS` steps it
stops and returns the best order found, saying so.

:func:`nearest_passing` finds the colour of the same hue closest to a given one that
reaches a contrast ratio on a background: it moves the CIECAM02 lightness J, keeping
the hue angle h, with as much of the colour's chroma as sRGB can hold at each
lightness, and returns the candidate nearest in CAM02-UCS.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
from matplotlib.colors import to_hex, to_rgb

from ..ink import relative_luminance, relative_luminances, simulate_rgb
from ._report import VISIONS, distance_matrices

__all__ = [
    "SEARCH_STEPS",
    "Order",
    "Passing",
    "best_order",
    "Repair",
    "nearest_distinct",
    "nearest_passing",
    "repair_palette",
]

#: The most partial orders :func:`best_order` tries before it settles for the best found.
SEARCH_STEPS = 200_000


@dataclass(frozen=True)
class Order:
    """An order of a palette and the smallest neighbour distance it gives.

    ``colours`` in the suggested order; ``smallest`` its smallest neighbour distance
    (the worst vision) and ``current`` that of the palette as written; ``exhaustive``
    is False when the search stopped at :data:`SEARCH_STEPS` with the best found.
    """

    colours: tuple[str, ...]
    smallest: float
    current: float
    exhaustive: bool

    @property
    def better(self) -> bool:
        """True when the order found beats the palette's own order by a visible margin."""
        return self.smallest - self.current >= 0.5


def _worst_distances(colours: Sequence[str]) -> np.ndarray:
    grids = distance_matrices(colours)
    return np.minimum.reduce([grids[vision] for vision in VISIONS])


def _neighbour_minimum(order: Sequence[int], worst: np.ndarray) -> float:
    return min(float(worst[a, b]) for a, b in zip(order, order[1:], strict=False))


class _Search:
    """Depth-first branch and bound over orders that start with the first colour."""

    def __init__(self, worst: np.ndarray, steps: int):
        self.worst = worst
        self.steps = steps
        self.best = list(range(len(worst)))  # the palette as written wins ties
        self.best_value = _neighbour_minimum(self.best, worst)
        self.exhaustive = True

    def run(self, path: list[int], remaining: set[int], value: float) -> None:
        if not remaining:
            if value > self.best_value:
                self.best, self.best_value = list(path), value
            return
        last = path[-1]
        for colour in sorted(remaining, key=lambda c: -self.worst[last, c]):
            reach = min(value, float(self.worst[last, colour]))
            if reach <= self.best_value:
                break  # sorted: no later colour reaches further
            self.steps -= 1
            if self.steps < 0:
                self.exhaustive = False
                return
            self.run([*path, colour], remaining - {colour}, reach)


def best_order(colours: Sequence[str], steps: int = SEARCH_STEPS) -> Order:
    """Return the order of ``colours`` whose closest neighbours are furthest apart.

    The first colour stays first. The distance between two colours is their smallest
    CAM02-UCS distance over normal vision, deuteranopia, protanopia, tritanopia and
    greyscale.

    Examples
    --------
    >>> found = best_order(["black", "0.07", "white", "0.93"])  # two darks, two lights
    >>> found.colours
    ('black', 'white', '0.07', '0.93')
    >>> found.better, found.exhaustive
    (True, True)
    """
    worst = _worst_distances(colours)
    search = _Search(worst, steps)
    current = search.best_value if len(colours) > 1 else float("inf")
    if len(colours) > 2:
        search.run([0], set(range(1, len(colours))), float("inf"))
    return Order(
        tuple(colours[i] for i in search.best),
        round(search.best_value, 1),
        round(current, 1),
        search.exhaustive,
    )


@dataclass(frozen=True)
class Passing:
    """A colour that reaches a contrast ratio: its hex, its contrast, how far it moved.

    ``distance`` is its CAM02-UCS distance from the colour it replaces.
    """

    colour: str
    contrast: float
    distance: float


_LIGHTNESS_STEP = 0.25
_CHROMA_STEPS = 41
#: The least share of its chroma (CIECAM02 C) a suggested colour keeps, so that it
#: still shows its hue; colours greyer than :data:`_GREY_CHROMA` may lose all of it.
_KEEP_CHROMA = 0.6
_GREY_CHROMA = 8.0


def _in_gamut_candidates(lightness: np.ndarray, chroma: float, hue: float) -> np.ndarray:
    """For each lightness, the colour of hue ``hue`` with the most chroma sRGB holds.

    At most ``chroma``, and no less than :data:`_KEEP_CHROMA` of it: NaN where no such
    colour is in sRGB (a colour without its chroma no longer shows its hue).
    """
    from colorspacious import cspace_convert

    least = _KEEP_CHROMA if chroma >= _GREY_CHROMA else 0.0
    scales = np.linspace(1.0, least, _CHROMA_STEPS)
    grid = np.stack(np.broadcast_arrays(lightness[:, None], chroma * scales[None, :], hue), axis=-1)
    with np.errstate(invalid="ignore", divide="ignore"):  # far outside sRGB: no inverse
        rgb = cspace_convert(grid, "JCh", "sRGB1")
    inside = np.all((rgb >= -1e-6) & (rgb <= 1 + 1e-6), axis=-1)
    first = np.argmax(inside, axis=1)  # the most chroma that fits
    chosen = rgb[np.arange(len(lightness)), first]
    chosen[~inside.any(axis=1)] = np.nan
    return np.clip(chosen, 0.0, 1.0)


def _contrasts(rgb: np.ndarray, background: str) -> np.ndarray:
    """The WCAG contrast of each of an (n, 3) array of sRGB colours on ``background``."""
    luminance = relative_luminances(rgb)
    paper = relative_luminance(background)
    high, low = np.maximum(luminance, paper), np.minimum(luminance, paper)
    return (high + 0.05) / (low + 0.05)


def _walk(colour: str, towards: float) -> tuple[list[str], np.ndarray]:
    """The hexes met walking ``colour``'s lightness J towards ``towards``, same hue.

    Returns the hexes and their sRGB values (as rounded to hex), nearest first.
    """
    from colorspacious import cspace_convert

    lightness, chroma, hue = cspace_convert(to_rgb(colour), "sRGB1", "JCh")
    direction = 1.0 if towards > lightness else -1.0
    steps = np.arange(lightness, towards + direction * 1e-9, direction * _LIGHTNESS_STEP)
    rgb = _in_gamut_candidates(steps, chroma, hue)
    hexes = [to_hex(row) for row in rgb if not np.isnan(row).any()]
    return hexes, np.array([to_rgb(h) for h in hexes]).reshape(-1, 3)


def _nearest(colour: str, accept: Callable[[np.ndarray], np.ndarray]) -> str | None:
    """The hex nearest ``colour`` in CAM02-UCS, darker or lighter, that ``accept`` passes.

    ``accept`` takes an (n, 3) array of sRGB values and returns n booleans.
    """
    from colorspacious import cspace_convert

    found = []
    for towards in (0.0, 100.0):
        hexes, rgb = _walk(colour, towards)
        passing = np.flatnonzero(accept(rgb)) if len(hexes) else np.array([], dtype=int)
        if len(passing):
            found.append(hexes[passing[0]])
    if not found:
        return None
    ucs = cspace_convert(np.array([to_rgb(c) for c in (colour, *found)]), "sRGB1", "CAM02-UCS")
    return found[int(np.argmin(np.linalg.norm(ucs[1:] - ucs[0], axis=1)))]


def _moved(colour: str, found: str, background: str) -> Passing:
    from colorspacious import cspace_convert

    ucs = cspace_convert(np.array([to_rgb(colour), to_rgb(found)]), "sRGB1", "CAM02-UCS")
    contrast = float(_contrasts(np.array([to_rgb(found)]), background)[0])
    return Passing(found, round(contrast, 2), round(float(np.linalg.norm(ucs[1] - ucs[0])), 1))


def nearest_passing(colour: str, background: str, ratio: float) -> Passing | None:
    """Return the colour of ``colour``'s hue nearest to it with ``ratio`` on ``background``.

    Both ways are tried, darker and lighter; the one nearer in CAM02-UCS wins. None
    when neither reaches ``ratio`` (only for ratios near the most the background
    allows).

    Examples
    --------
    >>> found = nearest_passing("lightblue", "white", 3.0)  # 1.6:1 on white
    >>> print(found.colour, found.contrast)
    #719ba8 3.02
    """
    found = _nearest(colour, lambda rgb: _contrasts(rgb, background) >= ratio)
    return _moved(colour, found, background) if found is not None else None


def _distances_to(rgb: np.ndarray, others: Sequence[str], vision: str) -> np.ndarray:
    """(n, k) CAM02-UCS distances from each of ``rgb`` to each of ``others`` in ``vision``."""
    from colorspacious import cspace_convert

    both = np.vstack([rgb, [to_rgb(c) for c in others]])
    seen = both if vision == "normal" else simulate_rgb(both, vision)
    ucs = cspace_convert(seen, "sRGB1", "CAM02-UCS")
    mine, theirs = ucs[: len(rgb)], ucs[len(rgb) :]
    return np.linalg.norm(mine[:, None, :] - theirs[None, :, :], axis=-1)


def nearest_distinct(
    colour: str,
    others: Sequence[str],
    distance: float,
    visions: Sequence[str],
    background: str,
    ratio: float,
) -> Passing | None:
    """Return the colour of ``colour``'s hue nearest to it that stands apart from ``others``.

    It is at least ``distance`` (CAM02-UCS) from each of ``others`` in every one of
    ``visions`` and keeps ``ratio`` on ``background``. None when no lightness of that
    hue does.

    Examples
    --------
    >>> found = nearest_distinct("steelblue", ["tab:blue"], 10, ["normal"], "white", 3.0)
    >>> print(found.colour, found.distance)
    #538ec1 4.8
    """

    def accept(rgb: np.ndarray) -> np.ndarray:
        apart = np.ones(len(rgb), dtype=bool)
        for vision in visions:
            apart &= _distances_to(rgb, others, vision).min(axis=1) >= distance
        return apart & (_contrasts(rgb, background) >= ratio)

    found = _nearest(colour, accept)
    return _moved(colour, found, background) if found is not None else None


@dataclass(frozen=True)
class Repair:
    """A qualitative palette mended: its colours in the best order, and what changed.

    ``changes`` holds ``(was, now)`` pairs; ``passes`` says whether every colour now has
    the contrast asked for and every pair is apart in every vision asked for.
    """

    colours: tuple[str, ...]
    changes: tuple[tuple[str, str], ...]
    passes: bool


def _closest_pair(
    colours: Sequence[str], distance: float, visions: Sequence[str]
) -> tuple[int, int] | None:
    grids = distance_matrices(colours)
    worst = np.minimum.reduce([grids[vision] for vision in visions])
    np.fill_diagonal(worst, np.inf)
    i, j = np.unravel_index(int(np.argmin(worst)), worst.shape)
    return (int(min(i, j)), int(max(i, j))) if worst[i, j] < distance else None


def _move_apart(
    working: list[str],
    pair: tuple[int, int],
    distance: float,
    visions: Sequence[str],
    paper: str,
    ratio: float,
) -> bool:
    """Replace one colour of ``pair`` (the later first) by the nearest that stands apart."""
    for index in (pair[1], pair[0]):
        others = [c for k, c in enumerate(working) if k != index]
        found = nearest_distinct(working[index], others, distance, visions, paper, ratio)
        if found is not None:
            working[index] = found.colour
            return True
    return False


def repair_palette(
    colours: Sequence[str], background: str, ratio: float, distance: float, visions: Sequence[str]
) -> Repair:
    """Mend a qualitative palette with the smallest moves of lightness, hue kept.

    Colours under ``ratio`` on ``background`` move to the nearest of their hue that
    reaches it; then, closest pair first, one colour of each pair nearer than
    ``distance`` in any of ``visions`` moves to the nearest lightness of its hue that
    stands apart from all the others (the later colour first: the first colours are
    used most); then the palette is put in its best order (:func:`best_order`).
    """
    working = list(colours)
    for index, colour in enumerate(working):
        found = nearest_passing(colour, background, ratio)
        if found is not None:
            working[index] = found.colour
    for _ in range(2 * len(working)):  # each move settles a pair; bounded all the same
        pair = _closest_pair(working, distance, visions)
        if pair is None or not _move_apart(working, pair, distance, visions, background, ratio):
            break
    reached = all(float(_contrasts(np.array([to_rgb(c)]), background)[0]) >= ratio for c in working)
    passes = reached and _closest_pair(working, distance, visions) is None
    changes = tuple((was, now) for was, now in zip(colours, working, strict=True) if was != now)
    return Repair(best_order(working).colours, changes, passes)
