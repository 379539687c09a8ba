"""Heatmaps drawn by matplotlib, read back: ``pcolormesh`` and ``imshow`` of values.

Each cell gives its column and row (as the axes show them: categories, numbers) and
the value its colour shows. An ``imshow`` of RGB(A) pixels is a picture, not values:
it gives None, and the reader names it as unreadable.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import numpy as np
from matplotlib.collections import QuadMesh
from matplotlib.image import AxesImage

from ._model import Marks

__all__ = [
    "read_image",
    "read_mesh",
]

Positions = Callable[[Iterable[Any]], list[Any]]


def read_mesh(mesh: QuadMesh, xs: Positions, ys: Positions) -> Marks | None:
    array: Any = np.ma.asarray(mesh.get_array())
    coords = np.asarray(mesh.get_coordinates(), dtype=float)
    if array.ndim == 1 and coords.shape[0] > 1:
        array = array.reshape(coords.shape[0] - 1, coords.shape[1] - 1)
    if array.ndim != 2:
        return None
    centres = (coords[:-1, :-1] + coords[1:, 1:]) / 2
    return _cells(array, centres[..., 0], centres[..., 1], xs, ys)


def read_image(image: AxesImage, xs: Positions, ys: Positions) -> Marks | None:
    array: Any = np.ma.asarray(image.get_array())
    if array.ndim != 2:
        return None  # RGB(A): a picture, not values
    left, right, bottom, top = image.get_extent()
    rows, cols = array.shape
    cx = left + (np.arange(cols) + 0.5) * (right - left) / cols
    cy = (top if image.origin == "upper" else bottom) + (np.arange(rows) + 0.5) * (
        (bottom - top) if image.origin == "upper" else (top - bottom)
    ) / rows
    gx, gy = np.meshgrid(cx, cy)
    return _cells(array, gx, gy, xs, ys)


def _cells(
    array: np.ma.MaskedArray, gx: np.ndarray, gy: np.ndarray, xs: Positions, ys: Positions
) -> Marks:
    mask = np.ma.getmaskarray(array)
    keep = ~mask & np.isfinite(np.ma.filled(array.astype(float), np.nan))
    return Marks(
        "cell",
        xs(gx[keep].tolist()),
        ys(gy[keep].tolist()),
        value=[float(v) for v in np.asarray(array, dtype=float)[keep]],
    )
