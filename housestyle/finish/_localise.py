"""A matplotlib figure's tick labels and legends in a locale.

matplotlib's own formatters write numbers and dates in English. Each axis whose
formatter is one of matplotlib's (numbers: scalar, log, percent, engineering; dates:
auto, concise, strftime; categories) is given a :class:`LocaleFormatter` around it
(:mod:`housestyle.ink._text`), which rewrites what it writes in the locale
(:mod:`housestyle.ink._locales`): separators, percent form and month names, and
categories through the label mapping. A chart's own formatter (a function, a format
string, fixed labels) is left alone: it decides what it writes. Laid out again in
another locale, the wrapper is taken off and put on anew, so a figure can be shown in
one language after another.
"""

from __future__ import annotations

from typing import Any

from matplotlib import category, dates, ticker
from matplotlib.axis import Axis
from matplotlib.figure import Figure
from matplotlib.ticker import Formatter

from ..ink import (
    LocaleFormatter,
    chart_formatter,
    format_number,
    is_english,
    label_mapping,
    translate,
)
from ..record import finalised
from ._ticks import unfit

__all__ = ["LocaleFormatter", "NumberFormatter", "localise_figure", "source_formatter"]

_NUMBERS = (ticker.ScalarFormatter, ticker.LogFormatter, ticker.PercentFormatter)
_NUMBERS_TOO = (ticker.EngFormatter,)
_DATES = (dates.DateFormatter, dates.AutoDateFormatter, dates.ConciseDateFormatter)
_CATEGORIES = (category.StrCategoryFormatter,)


class NumberFormatter(Formatter):
    """Tick labels written by :func:`housestyle.format_number` in the figure's locale.

    ``ax.yaxis.set_major_formatter(housestyle.NumberFormatter(",.0f"))`` writes
    ``12,500`` in English, ``12.500`` in German and ``12 500`` in French: the locale is
    the one the figure was finalised in (else the current one), read when it is drawn.

    Parameters
    ----------
    spec, style, currency
        As for :func:`housestyle.format_number`.
    """

    def __init__(
        self, spec: str | None = None, style: str | None = None, currency: str | None = None
    ):
        self.spec, self.style, self.currency = spec, style, currency

    def __call__(self, x: Any, pos: int | None = None) -> str:
        figure = getattr(self.axis, "figure", None) if self.axis is not None else None
        info = finalised(figure)
        return format_number(
            float(x),
            self.spec,
            info.brand if info is not None else None,
            locale=info.locale if info is not None else None,
            style=self.style,
            currency=self.currency,
        )


def source_formatter(formatter: Any) -> Any:
    """The chart's own formatter under a :class:`LocaleFormatter` (and a fitted one)."""
    return chart_formatter(formatter)


def _kind(formatter: Formatter) -> str | None:
    if isinstance(formatter, _DATES):
        return "date"
    if isinstance(formatter, _NUMBERS + _NUMBERS_TOO):
        return "number"
    if isinstance(formatter, _CATEGORIES):
        return "category"
    return None


def _localise_axis(axis: Axis, locale: str, translated: bool) -> None:
    unfit(axis)
    own = source_formatter(axis.get_major_formatter())
    kind = _kind(own)
    wanted = kind is not None and (not is_english(locale) or (kind == "category" and translated))
    formatter = LocaleFormatter(own, locale, kind, label_mapping()) if wanted and kind else own
    if formatter is not axis.get_major_formatter():
        axis.major.formatter = formatter
        formatter.set_axis(axis)


def localise_figure(fig: Figure, locale: str, translated: bool, legend_title: str = "") -> None:
    """Write the figure's tick labels in ``locale``, and its legends by the label mapping.

    ``translated`` says a label mapping is in effect (see
    :func:`housestyle.ink._locales.translating`): category labels and legend entries are
    translated by it. ``legend_title`` (the brand's word for the locale) titles a legend
    that has none. In an English locale with no mapping and no such word nothing changes.
    """
    for ax in fig.axes:
        for axis in (ax.xaxis, ax.yaxis):
            _localise_axis(axis, locale, translated)
    legends = [*fig.legends, *(ax.get_legend() for ax in fig.axes)]
    shown: dict[str, str] = getattr(fig, _SHOWN, {})
    for legend in legends:
        for text in legend.get_texts() if legend is not None else []:  # the entries
            original = shown.get(text.get_text(), text.get_text())
            translation = translate(original)
            if translation != original:
                shown[translation] = original
            text.set_text(translation)
        if legend is None:
            continue
        original = shown.get(legend.get_title().get_text(), legend.get_title().get_text())
        written = translate(original) if original else legend_title
        if written != legend.get_title().get_text():
            legend.set_title(written)
        if written != original:
            shown[written] = original
    setattr(fig, _SHOWN, shown)


#: On a figure: each legend text shown in another language, and the text it translates.
_SHOWN = "_housestyle_translated"
