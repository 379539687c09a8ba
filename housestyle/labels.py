"""Writing labels: numbers with the brand's minus sign, and direct labels spread apart.

:func:`format_number` and :func:`with_minus` are where housestyle decides how a
negative number is written: with a true minus sign (U+2212) when the brand asks
(``type.unicode_minus``), else with a hyphen. matplotlib's own formatters follow the
same field (``axes.unicode_minus``); labels written by hand, plotnine's axes and
legends (:func:`housestyle.theme_ou`) and the tables go through these two.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import numpy as np

from .brand import BrandLike
from .context import resolve_brand

__all__ = ["MINUS_SIGN", "format_number", "spread_labels", "with_minus"]

_MAX_ROUNDS = 200
#: The true minus sign, U+2212: as wide as a plus sign and at the height of its bar.
MINUS_SIGN = "\N{MINUS SIGN}"
#: A hyphen that starts a number (perhaps before a currency sign): "-5", "-0.5", "-$5", "-inf",
#: but not the hyphen of "Two-seater", "2000-01-01" or an exponent ("1e-05").
_NEGATIVE = re.compile(r"(?<![\w.,])-(?=[^\w\s]?[\d.]|inf\b)")
_ZERO = re.compile(r"-\D*0[^1-9]*")  # "-0", "-0.0", "-$0": zero, with a sign


def with_minus(text: str, brand: BrandLike | None = None) -> str:
    """Return ``text`` with each hyphen that starts a number written as the brand's minus.

    The brand's minus is a true minus sign (U+2212) when ``type.unicode_minus`` is
    true, else the hyphen, and ``text`` is returned as it is.

    Parameters
    ----------
    text
        A label: "-5", "-$5bn", "from -2 to -1%". Hyphens inside words and dates are
        left alone.
    brand
        A brand, its name or path; ``None`` for the current brand.

    Examples
    --------
    >>> with_minus("-2.5%, Two-seater, 2000-01-01", brand="ou")
    '\u22122.5%, Two-seater, 2000-01-01'
    """
    if not resolve_brand(brand).type.unicode_minus:
        return text
    return _NEGATIVE.sub(MINUS_SIGN, text)


def format_number(value: float, spec: str = "g", brand: BrandLike | None = None) -> str:
    """Write ``value`` with Python's format ``spec`` and the brand's minus sign.

    Use it for every number written by hand: tick labels, value labels, alt text.
    A value that rounds to zero is written without a sign of its own: -0.04 at one
    decimal is "0.0" ("+0.0" with a ``+`` in ``spec``), never "-0.0".

    Parameters
    ----------
    value
        The number.
    spec
        A format specification, as in ``format(value, spec)``: ``"g"``, ``"+.1f"``
        (a sign on every value), ``",.0f"`` (thousands separators).
    brand
        A brand, its name or path; ``None`` for the current brand.

    Examples
    --------
    >>> [format_number(v, "+.1f", brand="ou") for v in (1.25, -1.6, -0.04)]
    ['+1.2', '\u22121.6', '+0.0']
    >>> format_number(-1500, ",.0f", brand="ou"), format_number(float("-inf"), brand="ou")
    ('\u22121,500', '\u2212inf')
    """
    text = format(value, spec)
    if _ZERO.fullmatch(text):
        text = format(abs(value), spec)  # a negative zero after rounding
    return with_minus(text, brand)


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
