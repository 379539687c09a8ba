"""The reader's locale: numbers, dates and the chart's words as a language writes them.

A locale is context like the brand and the size: ``style(locale="cy")``,
``use(locale="fr")``, ``finalise(..., locale="de")``; ``None`` means the current one
(chosen by a ``style()`` block or ``use()``), else the brand's own (``locale:`` in the
brand, ``en_GB`` in ou). Everything comes from Babel's copy of the Unicode CLDR data,
never from the C library's locale: nothing here calls ``locale.setlocale`` or depends
on which locales the machine has installed.

matplotlib and mizani write numbers and dates in English (``1,234.5``, ``12%``,
``Jan 2024``). housestyle writes them in English as they are, and in another locale
rewrites what they wrote: the separators of each number (:func:`localise_numbers`) and
the names of months and days (:func:`localise_dates`). So a chart's own formatter keeps
deciding how many decimals and which ticks; the locale decides how they read.
"""

from __future__ import annotations

import contextlib
import contextvars
import datetime as dt
import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from babel import Locale, UnknownLocaleError
from babel import dates as babel_dates
from babel import numbers as babel_numbers

from ..brand import BrandLike, HouseStyleError, Words, chosen_locale, resolve_brand

__all__ = [
    "NumberSymbols",
    "check_locale",
    "format_date",
    "is_english",
    "label_mapping",
    "localise_dates",
    "localise_numbers",
    "localise_percent",
    "number_symbols",
    "is_right_to_left",
    "refuse_right_to_left",
    "resolve_locale",
    "translate",
    "translating",
    "words",
]

_ALLOWED = "a locale CLDR knows, such as 'en_GB', 'cy', 'fr', 'de' (or None for the current one)"


@functools.lru_cache(maxsize=256)
def _parse(value: str) -> str:
    return str(Locale.parse(value.strip().replace("-", "_")))


def check_locale(value: Any, name: str = "locale") -> str:
    """Return ``value`` as a normalised locale name (``"en-GB"`` gives ``"en_GB"``).

    Raises
    ------
    HouseStyleError
        Naming ``name`` and the value, for something that is not a locale CLDR knows.

    Examples
    --------
    >>> check_locale("en-GB"), check_locale("cy")
    ('en_GB', 'cy')
    """
    if not isinstance(value, str) or not value.strip():
        raise HouseStyleError(f"{name}: {value!r} is not a locale; allowed: {_ALLOWED}")
    try:
        return _parse(value)
    except (UnknownLocaleError, ValueError) as error:
        raise HouseStyleError(
            f"{name}: {value!r} is not a locale CLDR knows; allowed: {_ALLOWED}"
        ) from error


def resolve_locale(locale: str | None = None, brand: BrandLike | None = None) -> str:
    """Return ``locale`` normalised, or the current locale when it is ``None``.

    The current locale is the one a :func:`housestyle.style` block or
    :func:`housestyle.use` chose, else the brand's own (``locale:`` in the brand).

    Examples
    --------
    >>> resolve_locale(brand="ou"), resolve_locale("fr-CA")
    ('en_GB', 'fr_CA')
    """
    if locale is not None:
        return check_locale(locale)
    chosen = chosen_locale()
    if chosen is not None:
        return check_locale(chosen)
    return resolve_brand(brand).locale


def is_english(locale: str) -> bool:
    """True for a locale whose numbers and dates read as matplotlib and mizani write them.

    English writes ``1,234.5``, ``12%`` and ``Jan``: its labels are left exactly as the
    libraries write them (so a chart in ``en`` or ``en_GB`` is what it always was).

    Examples
    --------
    >>> is_english("en_GB"), is_english("en_IN"), is_english("cy")
    (True, True, False)
    """
    return locale.split("_")[0] == "en"


# --------------------------------------------------------------------------- #
# Numbers
# --------------------------------------------------------------------------- #


@dataclass(frozen=True)
class NumberSymbols:
    """How a locale writes a number: its separators and where its percent sign goes."""

    decimal: str
    group: str
    percent_prefix: str
    percent_suffix: str


@functools.lru_cache(maxsize=64)
def number_symbols(locale: str) -> NumberSymbols:
    r"""Return the separators and percent form of ``locale``, from CLDR.

    Examples
    --------
    >>> number_symbols("de")
    NumberSymbols(decimal=',', group='.', percent_prefix='', percent_suffix='\xa0%')
    """
    percent = babel_numbers.format_percent(0.12, locale=locale)
    prefix, _, suffix = percent.partition("12")
    return NumberSymbols(
        decimal=babel_numbers.get_decimal_symbol(locale),
        group=babel_numbers.get_group_symbol(locale),
        percent_prefix=prefix,
        percent_suffix=suffix,
    )


#: A number as matplotlib, mizani and Python write it: digits with commas between
#: groups and a point before the decimals.
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?|\.\d+")
#: A number (already in the locale's form) followed by a percent sign.
_PERCENT = re.compile(r"(\d[^\s%]*?)\s?%")


def localise_numbers(text: str, locale: str) -> str:
    r"""Rewrite the numbers of ``text``, written in English form, as ``locale`` writes them.

    The group and decimal separators become the locale's, and a percent sign takes the
    locale's place and spacing. Mathtext (``$10^{3}$``) is left alone, and so is every
    label in an English locale. The minus sign is the brand's affair: see
    :func:`housestyle.with_minus`.

    Examples
    --------
    >>> localise_numbers("1,234.5", "de"), localise_numbers("12%", "fr")
    ('1.234,5', '12\xa0%')
    >>> localise_numbers("1,234.5 and 12%", "en_GB")
    '1,234.5 and 12%'
    """
    if is_english(locale) or not text or text.startswith("$"):
        return text
    symbols = number_symbols(locale)

    def swap(match: re.Match[str]) -> str:
        number = match.group(0).replace(",", "\0").replace(".", symbols.decimal)
        return number.replace("\0", symbols.group)

    return localise_percent(_NUMBER.sub(swap, text), locale)


def localise_percent(text: str, locale: str) -> str:
    r"""Put each percent sign of ``text`` in ``locale``'s place, with its spacing.

    The numbers are left as they are: give them in the locale's form already (as
    :func:`housestyle.format_number` writes them). English is left alone.

    Examples
    --------
    >>> localise_percent("12,5%", "fr"), localise_percent("−4%", "de")
    ('12,5 %', '−4 %')
    >>> localise_percent("12.5%", "en_GB")
    '12.5%'
    """
    if is_english(locale) or "%" not in text:
        return text
    symbols = number_symbols(locale)
    return _PERCENT.sub(
        lambda m: (
            f"{symbols.percent_prefix.rstrip('%')}{m.group(1)}{symbols.percent_suffix}"
            if symbols.percent_suffix
            else f"{symbols.percent_prefix}{m.group(1)}"
        ),
        text,
    )


# --------------------------------------------------------------------------- #
# Dates
# --------------------------------------------------------------------------- #


@functools.lru_cache(maxsize=64)
def _name_table(locale: str) -> tuple[re.Pattern[str], Mapping[str, str]]:
    """English month and day names (as strftime writes them) and the locale's for each."""
    table: dict[str, str] = {}
    for width in ("wide", "abbreviated"):
        english = babel_dates.get_month_names(width, "format", "en")
        theirs = babel_dates.get_month_names(width, "format", locale)
        table |= {english[m]: theirs[m] for m in range(1, 13) if english[m] not in table}
        english_days = babel_dates.get_day_names(width, "format", "en")
        their_days = babel_dates.get_day_names(width, "format", locale)
        table |= {english_days[d]: their_days[d] for d in range(7) if english_days[d] not in table}
    names = sorted(table, key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(map(re.escape, names)) + r")\b"), table


def localise_dates(text: str, locale: str) -> str:
    """Rewrite the English month and day names in a date label as ``locale`` names them.

    matplotlib's and mizani's date labels come from ``strftime``, which writes English
    names (housestyle never changes the C library's locale). The numbers in a date
    are left as they are.

    Examples
    --------
    >>> localise_dates("Jan 2024", "cy"), localise_dates("Jan 2024", "fr")
    ('Ion 2024', 'janv. 2024')
    """
    if is_english(locale) or not text:
        return text
    pattern, table = _name_table(locale)
    return pattern.sub(lambda m: table[m.group(0)], text)


def format_date(
    value: dt.date | dt.datetime, skeleton: str = "yMMM", locale: str | None = None
) -> str:
    """Write a date as ``locale`` writes it, from a CLDR skeleton.

    Parameters
    ----------
    value
        A date or datetime.
    skeleton
        Which fields, not their order: ``"yMMM"`` (month and year, abbreviated),
        ``"yMMMM"``, ``"MMMd"``, ``"yMd"``... The locale puts them in its order.
    locale
        A locale; None for the current one.

    Examples
    --------
    >>> format_date(dt.date(2024, 1, 1), locale="cy"), format_date(dt.date(2024, 1, 1), locale="de")
    ('Ion 2024', 'Jan. 2024')
    """
    return str(babel_dates.format_skeleton(skeleton, value, locale=resolve_locale(locale)))


# --------------------------------------------------------------------------- #
# The chart's words, and labels translated by a mapping
# --------------------------------------------------------------------------- #


def words(locale: str | None = None, brand: BrandLike | None = None) -> Words:
    """Return the chart's fixed words in ``locale`` from the brand's ``words:`` table.

    Examples
    --------
    >>> words("cy", "ou").source, words("en", "ou").source
    ('Ffynhonnell: ', 'Source: ')
    """
    return resolve_brand(brand).words_for(resolve_locale(locale, brand))


#: The labels of the chart being laid out, translated: {text in the data: text shown}.
_MAPPING: contextvars.ContextVar[Mapping[str, str] | None] = contextvars.ContextVar(
    "housestyle_labels", default=None
)


@contextlib.contextmanager
def translating(mapping: Mapping[str, str] | None) -> Iterator[None]:
    """Translate category and legend labels by ``mapping`` while the block draws a chart."""
    token = _MAPPING.set(dict(mapping or {}))
    try:
        yield
    finally:
        _MAPPING.reset(token)


def label_mapping() -> Mapping[str, str]:
    """Return the mapping of labels in effect (empty outside :func:`translating`)."""
    return _MAPPING.get() or {}


def translate(text: str) -> str:
    """Return ``text`` as the mapping in effect translates it (unchanged if it has none)."""
    return (_MAPPING.get() or {}).get(text, text)


# --------------------------------------------------------------------------- #
# Right to left
# --------------------------------------------------------------------------- #

#: The bidirectional classes of letters written right to left (Hebrew; Arabic, Syriac...).
_RIGHT_TO_LEFT = frozenset({"R", "AL"})


def is_right_to_left(text: str) -> bool:
    """True when ``text`` holds letters written right to left (Arabic, Hebrew...).

    Examples
    --------
    >>> is_right_to_left("Glawiad"), is_right_to_left("\u05e9\u05dc\u05d5\u05dd")
    (False, True)
    """
    return any(unicodedata.bidirectional(ch) in _RIGHT_TO_LEFT for ch in text)


def refuse_right_to_left(texts: Iterable[tuple[str, str]]) -> None:
    """Refuse text written right to left, naming where it is and what it says.

    matplotlib's text engine neither orders right-to-left runs nor joins Arabic
    letters into their contextual forms, and the brands' fonts (Lato, Roboto) have no
    Arabic or Hebrew glyphs: such a title would be drawn backwards, in disconnected
    letters, from a fallback face. housestyle refuses it rather than publish it wrong.

    Parameters
    ----------
    texts
        ``(where, text)`` pairs: ``("title", "...")``, ``("x tick label", "...")``.

    Raises
    ------
    HouseStyleError
        For the first text that holds right-to-left letters.
    """
    for where, text in texts:
        if text and is_right_to_left(text):
            raise HouseStyleError(
                f"{where}: {text!r} is written right to left (Arabic, Hebrew...), which "
                "housestyle cannot draw correctly: matplotlib neither shapes Arabic letters "
                "nor orders right-to-left text, and the brand's fonts have no glyphs for it; "
                "allowed: text written left to right (publish right-to-left charts from a "
                "tool with a shaping text engine)"
            )
