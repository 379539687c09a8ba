"""Placing direct labels: spread label positions so that neighbours do not collide."""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np

__all__ = ["spread_labels"]

_MAX_ROUNDS = 200


def spread_labels(values: Iterable[float], gap: float) -> list[float]:
    """Return label positions near ``values`` with neighbours at least ``gap`` apart.

    Labels keep their order and each overlapping pair is pushed apart symmetrically,
    so a cluster stays centred on the points it labels: the least movement that
    clears every collision. Use it for the end labels of lines, or the labels of a
    slope chart, in data units.

    Parameters
    ----------
    values
        Where the labels would go (for example each line's last y value).
    gap
        The smallest distance allowed between two labels, in the same units; about
        one line of text.

    Returns
    -------
    list of float
        The positions, in the order of ``values``.

    Examples
    --------
    >>> spread_labels([10.0, 10.5, 30.0], gap=2.0)
    [9.25, 11.25, 30.0]
    """
    original = np.asarray(list(values), dtype=float)
    order = np.argsort(original, kind="stable")
    placed = original[order]
    for _ in range(_MAX_ROUNDS):
        moved = False
        for i in range(1, len(placed)):
            overlap = gap - (placed[i] - placed[i - 1])
            if overlap > 1e-9:
                placed[i - 1] -= overlap / 2
                placed[i] += overlap / 2
                moved = True
        if not moved:
            break
    result = np.empty_like(placed)
    result[order] = placed
    return result.tolist()
