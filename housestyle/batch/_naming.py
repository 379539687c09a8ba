"""File names for charts: the recipe's slug, the parameter values, the brand and the size.

``mpl_highlight_bar`` with ``highlight="Toyota"`` in brand ``ou`` at ``social`` is
``mpl_highlight_bar-toyota-ou-social``; each format adds its suffix (``.png``,
``@2x.png``...). Every part is made safe for any file system: ASCII letters, digits,
``_`` and ``.`` only, lower case (so that names differing only in case cannot meet on
a case-insensitive disk), words joined by ``-``, and long values cut and ended with a
short hash. Two charts whose names would meet are refused before anything is drawn.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from typing import Any

from ..brand import HouseStyleError

__all__ = ["MAX_PART", "chart_name", "check_unique", "name_part"]

#: Longest part of a name made from one value; longer ones are cut and end in a hash.
MAX_PART = 40
_UNSAFE = re.compile(r"[^a-z0-9_.]+")


def _text(value: Any) -> str:
    if value is None or isinstance(value, bool):
        return str(value).lower()
    return value if isinstance(value, str) else str(value)


def _short_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]


def name_part(value: Any) -> str:
    """Return a value as a part of a file name.

    Examples
    --------
    >>> name_part("Île-de-France"), name_part(0.5), name_part(True), name_part("../etc")
    ('ile-de-france', '0.5', 'true', 'etc')
    >>> name_part("")
    'x-e3b0c442'
    """
    text = _text(value)
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    part = _UNSAFE.sub("-", ascii_text.lower()).strip("-.")
    part = re.sub(r"\.{2,}", ".", part)
    if len(part) > MAX_PART:
        part = f"{part[: MAX_PART - 9].rstrip('-.')}-{_short_hash(text)}"
    return part or f"x-{hashlib.sha256(text.encode('utf-8')).hexdigest()[:8]}"


def chart_name(slug: str, params: dict[str, Any], brand: str, size: str) -> str:
    """Return the file name, without suffix, of one chart.

    Examples
    --------
    >>> chart_name("bars", {"maker": "Audi", "top": 5}, "ou", "web")
    'bars-audi-5-ou-web'
    """
    parts = [slug, *params.values(), brand, size]
    return "-".join(name_part(part) for part in parts)


def _describe(params: dict[str, Any], brand: str, size: str) -> str:
    shown = ", ".join(f"{k}={v!r}" for k, v in params.items())
    return f"({shown}{', ' if shown else ''}brand {brand}, size {size})"


def check_unique(charts: Iterable[tuple[str, dict[str, Any], str, str]]) -> None:
    """Refuse two different charts given the same file name, before anything is drawn.

    Parameters
    ----------
    charts
        ``(name, params, brand, size)`` of every chart, the name from :func:`chart_name`.

    Raises
    ------
    HouseStyleError
        Naming both charts and the name they share.
    """
    seen: dict[str, tuple[dict[str, Any], str, str]] = {}
    for name, params, brand, size in charts:
        key = name.lower()
        if key in seen and seen[key] != (params, brand, size):
            first = _describe(*seen[key])
            raise HouseStyleError(
                f"params: two charts would both be written as {name!r}: {first} and "
                f"{_describe(params, brand, size)}; allowed: parameter values that differ "
                "in letters or digits, not only in case or punctuation"
            )
        seen[key] = (params, brand, size)
