"""A drafted description read back: its numbers and dates, in its locale, against the data.

:func:`numbers_in` finds every number a description writes, in the form of its locale
("−1,234.50" in English, "−1 234,50" in French, "−1.234,50" in German), and reads it
back with Babel's ``parse_decimal`` for that locale. :func:`unaccounted` holds them
against the CSV written beside the chart: each must be a value in it, or computed from
it (a count of its rows or groups, an extreme, a correlation), or a reference line the
JSON lists. The author's own words (title, subtitle, source, axis titles) and the names
in the data are set aside first: their numbers are quoted, not computed.
"""

from __future__ import annotations

import math
import re
from functools import cache
from typing import Any

import numpy as np
import pandas as pd
from babel import dates as babel_dates
from babel import numbers as babel_numbers

from housestyle.ink._locales import number_symbols

__all__ = ["MINUS", "allowed", "date_pattern", "numbers_in", "unaccounted"]

MINUS = "\N{MINUS SIGN}"


@cache
def _number(locale: str) -> re.Pattern[str]:
    """A number as format_number writes it in ``locale``.

    The brand's minus (or a hyphen), a currency sign, groups of three digits after the
    locale's group separator, the locale's decimals, a short unit or the locale's
    percent form. Not part of a word ("Q2") or of a longer number.
    """
    symbols = number_symbols(locale)
    group, decimal = re.escape(symbols.group), re.escape(symbols.decimal)
    percent = re.escape(symbols.percent_suffix) if symbols.percent_suffix else "%"
    return re.compile(
        rf"(?<![\w.,{group}\u2212-])([\u2212-]?)[$£€¥]?(\d{{1,3}}(?:{group}\d{{3}})+|\d+)"
        rf"(?:{decimal}(\d+))?(?:[a-zA-Z]{{1,3}}(?![\w])|(?P<percent>{percent}))?"
        rf"(?![\w]|{group}\d{{3}})"
    )


def numbers_in(text: str, percent: bool = False, locale: str = "en") -> list[Any]:
    """Every number in ``text``, written in ``locale``, with its decimals.

    "−1,234.50" is (-1234.5, 2) in English, as "−1 234,50" is in French. With
    ``percent``, each also says whether it is written as a percentage.

    >>> numbers_in("fell from 2,944 in 1967 to \u22121.25; r 0.82")
    [(2944.0, 0), (1967.0, 0), (-1.25, 2), (0.82, 2)]
    >>> numbers_in("de 12\u202f345,6 \u00e0 \u22124,5\u00a0%", percent=True, locale="fr")
    [(12345.6, 1, False), (-4.5, 1, True)]
    """
    symbols = number_symbols(locale)
    found = []
    for match in _number(locale).finditer(text):
        sign, whole, decimals = match.group(1), match.group(2), match.group(3)
        written = whole + (f"{symbols.decimal}{decimals}" if decimals else "")
        value = float(babel_numbers.parse_decimal(written, locale=locale, strict=True))
        number = (-value if sign in (MINUS, "-") else value, len(decimals or ""))
        found.append((*number, match["percent"] is not None) if percent else number)
    return found


@cache
def date_pattern(locale: str = "en") -> re.Pattern[str]:
    """A date as the description writes it in ``locale``: "15 July 2015", "15. Juli 2015".

    Its groups are the day (or None), the month's name and the year.
    """
    names = {
        name
        for context in ("format", "stand-alone")
        for name in babel_dates.get_month_names("wide", context, locale).values()
    }
    months = "|".join(sorted(map(re.escape, names), key=len, reverse=True))
    return re.compile(rf"\b(?:(\d{{1,2}})\.? )?({months}) (\d{{4}})\b")


# --------------------------------------------------------------------------- #
# What the CSV allows
# --------------------------------------------------------------------------- #


def _date_parts(cell: str) -> list[float]:
    try:
        stamp = pd.Timestamp(cell)
    except (ValueError, TypeError):
        return []
    return [float(stamp.year), float(stamp.day)]


def allowed(frame: pd.DataFrame, meta: dict[str, Any]) -> set[float]:
    """Every number the CSV (and the JSON's reference lines) supports, computed afresh."""
    out: set[float] = {float(len(frame)), float(len(frame.columns))}
    numeric = [c for c in frame.columns if pd.api.types.is_numeric_dtype(frame[c])]
    text = [c for c in frame.columns if c not in numeric]
    for column in frame.columns:
        values = frame[column].dropna()
        out.add(float(values.nunique()))
        if column in numeric:
            out |= {float(v) for v in values}
        else:
            for cell in values.astype(str):
                out |= set(_date_parts(cell))
                out |= {v for v, _ in numbers_in(cell)}
    keys = [c for c in ("panel", "series", "mark") if c in frame.columns]
    if keys:
        groups = frame.groupby(keys, dropna=False, sort=False)
        out.add(float(groups.ngroups))
        for level in range(1, len(keys) + 1):
            out.add(float(frame.groupby(keys[:level], dropna=False).ngroups))
        if "panel" in frame.columns:
            out |= {float(n) for n in frame.groupby("panel").size()}
            for _, part in frame.groupby("panel", dropna=False):
                out |= {float(part[k].nunique()) for k in keys}
        for _, part in groups:
            out.add(float(len(part)))
            out |= _correlations(part, numeric)
            for column in text:
                out.add(float(part[column].nunique()))
    out |= _correlations(frame, numeric)
    for reference in meta.get("references", []):
        at = reference["at"]
        out |= {float(at)} if isinstance(at, int | float) else set(_date_parts(str(at)))
    out.add(float(meta.get("shaded_spans", 0)))
    return {v for v in out if math.isfinite(v)}


def _correlations(part: pd.DataFrame, numeric: list[str]) -> set[float]:
    found = set()
    for i, a in enumerate(numeric):
        for b in numeric[i + 1 :]:
            both = part[[a, b]].dropna()
            if len(both) > 2 and both[a].std() > 0 and both[b].std() > 0:
                found.add(float(np.corrcoef(both[a], both[b])[0, 1]))
    return found


def _shown(value: float, decimals: int, candidates: set[float], percent: bool = False) -> bool:
    """A number written at ``decimals`` places is some candidate rounded (or exact).

    A percentage may be a share from the CSV times 100 (an axis that writes 0.1 as 10%).
    """
    half = 0.5 * 10.0**-decimals + 1e-9 * max(1.0, abs(value))
    scales = (1.0, 100.0) if percent else (1.0,)
    return any(abs(c * k - value) <= half for c in candidates for k in scales)


def _squeezed(text: str) -> str:
    """``text`` with each run of spaces and line breaks as one space.

    Only ASCII white space: the no-break spaces a locale groups digits with or puts
    before a percent sign ("12\u202f345", "4,5\u00a0%") are part of the number.
    """
    return re.sub(r"[ \t\r\n]+", " ", text).strip()


def _set_aside(text: str, phrases: list[str]) -> str:
    """Remove quoted texts and names (whole words only), longest first."""
    for phrase in sorted({p for p in phrases if p and len(p.strip()) > 0}, key=len, reverse=True):
        pattern = r"(?<![\w])" + re.escape(phrase.strip()) + r"(?![\w])"
        text = re.sub(pattern, " ", text)
    return text


def unaccounted(
    long: str, frame: pd.DataFrame, meta: dict[str, Any], locale: str = "en"
) -> list[str]:
    """The numbers of ``long`` (written in ``locale``) neither in the CSV nor computed from it."""
    words = [meta.get(k) or "" for k in ("title", "subtitle", "source", "note")]
    words += [str(c) for c in frame.columns]
    for column in frame.columns:
        if not pd.api.types.is_numeric_dtype(frame[column]):
            words += [str(v) for v in frame[column].dropna().unique()]
    # as given, and as the description quotes them (every space a plain one)
    words = [_squeezed(w) for w in words] + [" ".join(w.split()) for w in words]
    text = _set_aside(_squeezed(long), words)
    candidates = allowed(frame, meta)
    dates = {
        float(d)
        for m in date_pattern(locale).finditer(text)
        for d in m.groups()
        if d and d.isdigit()
    }
    missing = []
    for value, decimals, percent in numbers_in(text, percent=True, locale=locale):
        if value in dates and _shown(value, 0, candidates):
            continue
        if not _shown(value, decimals, candidates, percent):
            missing.append(f"{value:g} ({decimals} decimals)")
    return missing
