"""How a table too wide for its size gives way, column by column, in a reader's order.

Each column says how wide it would like to be, and how narrow it can get at each
step (:class:`Give`). :func:`fit` takes the steps in this order and stops at the
first that makes the table fit, as a graphics desk would in a narrow print column:

1. ``header``: headers wrap onto more lines at word breaks (of number columns too);
2. ``text``: text columns narrow down to the brand's ``min_text``, wrapping their
   cells (up to ``max_lines``);
3. ``chart``: inline bars and sparklines narrow down to the brand's ``min_chart``.

Numbers never give way: a number column is never narrower than its widest value.
In the header and text steps the widest columns give way first (a cap on width, so
the fewest lines wrap); inline charts narrow together, each by the same share of
what it can give, so that their lengths keep their proportions. A table that still
does not fit is left at its narrowest, and the caller says so.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

__all__ = ["STEPS", "Give", "fit"]

#: The steps a too-wide table takes, in order.
STEPS = ("header", "text", "chart")


@dataclass(frozen=True)
class Give:
    """A column's content width in points as it would like it, and after each step.

    Each width is at most the one before it: ``natural`` (the header on one line,
    cells unwrapped up to ``max_text``), ``header`` (its header wrapped at word
    breaks), ``text`` (a text column's cells wrapped to ``min_text``) and ``chart``
    (an inline chart at ``min_chart``).

    Examples
    --------
    >>> Give.of(80, header=30, text=60).text  # never wider than the step before
    30
    """

    natural: float
    header: float
    text: float
    chart: float

    @classmethod
    def of(
        cls, natural: float, header: float, text: float | None = None, chart: float | None = None
    ) -> Give:
        """The steps given, each capped at the one before; a step not given gives nothing."""
        header = min(header, natural)
        text = header if text is None else min(text, header)
        return cls(natural, header, text, text if chart is None else min(chart, text))

    def at(self, step: str) -> float:
        """The width after ``step`` (one of :data:`STEPS`)."""
        return float(getattr(self, step))


Squeeze = Callable[[list[float], list[float], float], list[float]]


def fit(gives: Sequence[Give], available: float) -> list[float]:
    """Return each column's width: natural if the table fits ``available``, else squeezed.

    Examples
    --------
    >>> header = Give.of(60, header=20)  # a number column with a long header
    >>> text = Give.of(50, header=50, text=30)
    >>> [round(w) for w in fit([header, text], 100)]  # the header wraps; the text does not
    [50, 50]
    >>> [round(w) for w in fit([header, text], 60)]  # the header at its longest word
    [20, 40]
    """
    widths = [g.natural for g in gives]
    for step in STEPS:
        if sum(widths) <= available:
            break
        squeeze = _by_share if step == "chart" else _by_cap
        widths = squeeze(widths, [g.at(step) for g in gives], available)
    return widths


def _by_cap(widths: list[float], floors: list[float], available: float) -> list[float]:
    """Cap every width, no lower than its floor, so that the total fits ``available``."""
    if sum(floors) >= available:
        return floors
    low, high = 0.0, max(widths)
    for _ in range(40):  # bisect the cap
        cap = (low + high) / 2
        total = sum(
            max(floor, min(width, cap)) for width, floor in zip(widths, floors, strict=True)
        )
        low, high = (cap, high) if total <= available else (low, cap)
    return [max(floor, min(width, low)) for width, floor in zip(widths, floors, strict=True)]


def _by_share(widths: list[float], floors: list[float], available: float) -> list[float]:
    """Take the same share of what each column can give, as much as the total needs."""
    can_give = sum(widths) - sum(floors)
    share = min(1.0, (sum(widths) - available) / can_give) if can_give > 0 else 1.0
    return [width - share * (width - floor) for width, floor in zip(widths, floors, strict=True)]
