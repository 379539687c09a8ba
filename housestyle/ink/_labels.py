"""Writing labels: numbers in the locale with the brand's minus, and labels spread apart.

:func:`format_number` and :func:`with_minus` are where housestyle decides how a
negative number is written: with a true minus sign (U+2212) when the brand asks
(``type.unicode_minus``), else with a hyphen. matplotlib's own formatters follow the
same field (``axes.unicode_minus``); labels written by hand, plotnine's axes and
legends (:func:`housestyle.theme_ou`) and the tables go through these two.
:func:`format_number` writes the number as the current locale does too (its
separators and percent form, :mod:`housestyle.ink._locales`).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable

import numpy as np
from babel import numbers as babel_numbers

from ..brand import BrandLike, HouseStyleError, resolve_brand
from ._locales import localise_numbers, resolve_locale

__all__ = ["MINUS_SIGN", "STYLES", "format_number", "spread_labels", "with_minus"]

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


#: The forms :func:`format_number` writes with no ``spec``, through Babel.
STYLES = ("decimal", "percent", "currency", "compact")


def format_number(
    value: float,
    spec: str | None = None,
    brand: BrandLike | None = None,
    *,
    locale: str | None = None,
    style: str | None = None,
    currency: str | None = None,
) -> str:
    """Write ``value`` as the locale writes numbers, with the brand's minus sign.

    Use it for every number written by hand: tick labels, value labels, alt text.
    A value that rounds to zero is written without a sign of its own: -0.04 at one
    decimal is "0.0" ("+0.0" with a ``+`` in ``spec``), never "-0.0".

    Parameters
    ----------
    value
        The number.
    spec
        A Python format specification, as in ``format(value, spec)``: ``"g"``,
        ``"+.1f"`` (a sign on every value), ``",.0f"`` (group separators),
        ``".0%"``. The number is formatted by it, then written with the locale's
        separators and percent form (``",.1f"`` gives ``1,234.5`` in English,
        ``1.234,5`` in German).
    brand
        A brand, its name or path; ``None`` for the current brand.
    locale
        A locale (``"en_GB"``, ``"cy"``, ``"fr"``, ``"de"``...); ``None`` for the current
        one (see :func:`housestyle.ink._locales.resolve_locale`).
    style
        With no ``spec``, the form the locale gives (Babel's CLDR patterns):
        ``"decimal"`` (the default: grouped, up to six decimals), ``"percent"`` (0.12 is
        12% in English, ``12 %`` in French), ``"currency"`` (with ``currency``, an ISO
        4217 code such as ``"EUR"``) or ``"compact"`` (``1.2M``, ``1,2 Mio.``).
    currency
        The currency of ``style="currency"``.

    Examples
    --------
    >>> [format_number(v, "+.1f", brand="ou") for v in (1.25, -1.6, -0.04)]
    ['+1.2', '\u22121.6', '+0.0']
    >>> format_number(-1500, ",.0f", brand="ou"), format_number(float("-inf"), brand="ou")
    ('\u22121,500', '\u2212inf')
    >>> format_number(1234.5, locale="de"), format_number(-0.12, style="percent", locale="cy")
    ('1.234,5', '\u221212%')
    """
    chosen = resolve_locale(locale, brand)
    if spec is not None and style is not None:
        raise HouseStyleError(
            f"style: {style!r} with spec {spec!r}; allowed: a format spec or a style, not both"
        )
    if spec is not None:
        text = format(value, spec)
        if _ZERO.fullmatch(text):
            text = format(abs(value), spec)  # a negative zero after rounding
        return with_minus(localise_numbers(text, chosen), brand)
    if not math.isfinite(value):
        return with_minus(format(value, "g"), brand)
    text = _babel_form(value, style or "decimal", chosen, currency)
    if _ZERO.fullmatch(text.replace(babel_numbers.get_minus_sign_symbol(chosen), "-")):
        text = _babel_form(abs(value), style or "decimal", chosen, currency)
    return with_minus(_cldr_minus_as_hyphen(text, chosen), brand)


def _babel_form(value: float, style: str, locale: str, currency: str | None) -> str:
    if style == "decimal":
        return str(babel_numbers.format_decimal(value, format="#,##0.######", locale=locale))
    if style == "percent":
        return str(babel_numbers.format_percent(value, locale=locale))
    if style == "compact":
        return str(babel_numbers.format_compact_decimal(value, locale=locale, fraction_digits=1))
    if style == "currency":
        if not isinstance(currency, str) or len(currency) != 3:
            raise HouseStyleError(
                f"currency: {currency!r} is not a currency; allowed: an ISO 4217 code "
                "such as 'EUR', 'GBP', 'USD' with style='currency'"
            )
        try:
            return str(babel_numbers.format_currency(value, currency.upper(), locale=locale))
        except babel_numbers.UnknownCurrencyError as error:
            raise HouseStyleError(
                f"currency: {currency!r} is not a currency CLDR knows; allowed: an ISO "
                "4217 code such as 'EUR', 'GBP', 'USD'"
            ) from error
    raise HouseStyleError(f"style: {style!r} is not allowed; allowed: {', '.join(STYLES)}")


def _cldr_minus_as_hyphen(text: str, locale: str) -> str:
    """Babel writes the locale's minus; housestyle writes the brand's (see with_minus)."""
    minus = babel_numbers.get_minus_sign_symbol(locale)
    return text.replace(minus, "-", 1) if minus != "-" and text.startswith(minus) else text


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
