"""Box plots drawn by matplotlib's ``ax.boxplot(patch_artist=True)``, read back.

A box is a patch from the lower to the upper quartile; its whiskers are two segments
along its centre line, its median a segment across it, its outliers markers on the
centre line. :func:`read_boxes` finds each box's lines so that they are not read
again as lines of their own.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import numpy as np
from matplotlib.axes import Axes
from matplotlib.lines import Line2D

from ._model import Marks

__all__ = [
    "draws_line",
    "read_boxes",
]

Positions = Callable[[Iterable[Any]], list[Any]]


def draws_line(line: Line2D) -> bool:
    return line.get_linestyle() not in ("None", "none", "", " ")


def _two_points(line: Line2D) -> np.ndarray | None:
    data = np.column_stack(
        [
            np.asarray(line.get_xdata(orig=False), dtype=float),
            np.asarray(line.get_ydata(orig=False), dtype=float),
        ]
    )
    return data if data.shape == (2, 2) else None


def read_boxes(ax: Axes, xs: Positions, ys: Positions, skip: set[int]) -> list[Marks]:
    """Box plots drawn by ``ax.boxplot(patch_artist=True)``: each box and its lines.

    A box is a patch from the lower to the upper quartile; its whiskers are two
    segments along its centre line, its median a segment across it, its outliers
    markers on the centre line. The lines read are added to ``skip``.
    """
    from matplotlib.patches import PathPatch

    boxes = [
        p for p in ax.patches if isinstance(p, PathPatch) and p.get_transform() == ax.transData
    ]
    segments = {
        id(line): _two_points(line) if draws_line(line) else None for line in ax.get_lines()
    }
    found: dict[bool, list[tuple[float, float, float, float]]] = {True: [], False: []}
    outliers: dict[bool, list[tuple[float, float]]] = {True: [], False: []}
    for box in boxes:
        (x0, y0), (x1, y1) = box.get_path().get_extents().get_points()
        for horizontal in (True, False):
            centre = (y0 + y1) / 2 if horizontal else (x0 + x1) / 2
            lo, hi = (x0, x1) if horizontal else (y0, y1)
            a0, a1 = (y0, y1) if horizontal else (x0, x1)
            along, across = (0, 1) if horizontal else (1, 0)
            whiskers, medians = [], []
            for line in ax.get_lines():
                seg = segments[id(line)]
                if seg is None or id(line) in skip:
                    continue
                if np.allclose(seg[:, across], centre) and not np.isclose(*seg[:, along]):
                    whiskers.append((line, seg[:, along]))
                elif (
                    np.isclose(*seg[:, along])
                    and lo - 1e-9 <= seg[0, along] <= hi + 1e-9
                    and a0 - 1e-9 <= min(seg[:, across])
                    and max(seg[:, across]) <= a1 + 1e-9
                ):
                    medians.append((line, seg[0, along]))
            if len(whiskers) != 2 or len(medians) != 1:
                continue
            ends = [v for _, seg in whiskers for v in seg]
            skip.update(id(line) for line, _ in whiskers)
            skip.add(id(medians[0][0]))
            found[horizontal].append((centre, medians[0][1], min(ends), max(ends)))
            for line in ax.get_lines():
                values = np.asarray(
                    line.get_ydata(orig=False) if horizontal else line.get_xdata(orig=False), float
                )
                if id(line) in skip or draws_line(line):
                    continue
                if len(values) and np.allclose(values, centre):
                    skip.add(id(line))
                    other = np.asarray(
                        line.get_xdata(orig=False) if horizontal else line.get_ydata(orig=False),
                        float,
                    )
                    outliers[horizontal] += [(centre, float(v)) for v in other]
            break
    marks: list[Marks] = []
    for horizontal, rows in found.items():
        if not rows:
            continue
        where = [r[0] for r in rows]
        at = ys(where) if horizontal else xs(where)
        medians_: list[Any] = [r[1] for r in rows]
        boxed = Marks(
            "box",
            medians_ if horizontal else at,
            at if horizontal else medians_,
            low=[r[2] for r in rows],
            high=[r[3] for r in rows],
            horizontal=horizontal,
        )
        marks.append(boxed)
        if outliers[horizontal]:
            place = [o[0] for o in outliers[horizontal]]
            far: list[Any] = [o[1] for o in outliers[horizontal]]
            spot = ys(place) if horizontal else xs(place)
            marks.append(
                Marks(
                    "point",
                    far if horizontal else spot,
                    spot if horizontal else far,
                    series="outliers",
                    horizontal=horizontal,
                )
            )
    return marks
