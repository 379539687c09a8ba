"""Statements computed from a chart's marks: trends, rankings, extremes, ranges, points."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from ._model import Marks
from ._numbers import Words, finite

__all__ = [
    "NOUN",
    "LISTED",
    "RANKED",
    "UNNAMED",
    "categorical",
    "cell_at",
    "describe_marks",
    "extremes",
    "listed",
    "marks_are_bars",
    "one_value",
    "over_time",
    "value_pairs",
    "plural",
    "points_statement",
    "quoted",
    "ranges",
    "ranking",
    "sentence",
    "trend",
    "unnamed_summary",
]


_OWN_SUBJECTS = {"it", "the line", "the area"}
NOUN = {
    "line": "line",
    "area": "area",
    "bar": "bar",
    "histogram": "bar",
    "point": "point",
    "range": "range",
    "box": "box",
    "cell": "cell",
}


LISTED = 12  # names listed before "and others"


RANKED = 10  # bars ranked in full up to this many, else the top and bottom three


UNNAMED = 3  # more unnamed series than this in a panel are summed up together


def listed(names: Sequence[str], most: int = LISTED) -> str:
    names = list(names)
    if len(names) > most:
        return ", ".join(names[:most]) + " and others"
    if len(names) <= 2:
        return " and ".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def sentence(text: str) -> str:
    text = text.strip()
    if not text:
        return ""
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


def plural(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}es" if noun.endswith("x") else f"{n} {noun}s"


def value_pairs(marks: Marks) -> list[tuple[Any, float]]:
    return [
        (p, float(v))
        for p, v in zip(marks.position, marks.measure, strict=False)
        if finite(v) and p is not None
    ]


def over_time(marks: Marks) -> bool:
    """Lines and areas along a numeric or time axis (not categories): a trend is said."""
    return marks.kind in ("line", "area") and not any(isinstance(p, str) for p in marks.position)


def trend(words: Words, marks: Marks, name: str) -> str:
    """Write "{name} rose from A in X to B in Y; highest C in Z" for a line or area."""
    pairs = value_pairs(marks)
    if len(pairs) < 2:
        return one_value(words, marks, name)
    (p0, v0), (p1, v1) = pairs[0], pairs[-1]
    first, last = words.value(v0), words.value(v1)
    if first == last:
        verb = f"was {first} {words.at(p0)} and {words.at(p1)}"
    else:
        rose = "rose" if v1 > v0 else "fell"
        if ("x" if marks.horizontal else "y") in words.reading.inverted:
            rose = "went"  # up the chart is down in number: a rank that climbs falls
        verb = f"{rose} from {first} {words.at(p0)} to {last} {words.at(p1)}"
    # a name in lower case ("rose 1") is a label, not a subject: "rose 1: rose from..."
    out = (
        f"{name}: {verb}" if name[:1].islower() and name not in _OWN_SUBJECTS else f"{name} {verb}"
    )
    out = out.strip()
    values = [v for _, v in pairs]
    top, bottom = int(np.argmax(values)), int(np.argmin(values))
    extra = []
    if top not in (0, len(pairs) - 1):
        extra.append(f"highest {words.value(values[top])} {words.at(pairs[top][0])}")
    if bottom not in (0, len(pairs) - 1):
        extra.append(f"lowest {words.value(values[bottom])} {words.at(pairs[bottom][0])}")
    if extra:
        out += "; " + ", ".join(extra)
    return sentence(out)


def one_value(words: Words, marks: Marks, name: str) -> str:
    pairs = value_pairs(marks)
    if not pairs:
        return ""
    where, value = pairs[0]
    lead = f"{name}: " if name else ""
    return sentence(f"{lead}{words.value(value)} {words.at(where)}")


def ranking(words: Words, pairs: list[tuple[Any, float]], name: str) -> str:
    """Write "From highest to lowest: A (3), B (2) and C (1)."."""
    lead = f"{name}, from highest to lowest: " if name else "From highest to lowest: "
    ranked = sorted(pairs, key=lambda pair: -pair[1])
    shown = [f"{words.position(p)} ({words.value(v)})" for p, v in ranked]
    if len(shown) <= RANKED:
        return sentence(lead + listed(shown, RANKED))
    lead = f"{name}: " if name else ""
    return sentence(
        f"{lead}highest {listed(shown[:3])}; lowest {listed(shown[-3:])}, "
        f"of {len(shown)} {'bars' if marks_are_bars(pairs) else 'values'}"
    )


def marks_are_bars(pairs: list[tuple[Any, float]]) -> bool:
    """True when the pairs name their positions (categories), as bars' do."""
    return any(isinstance(p, str) for p, _ in pairs)


def extremes(words: Words, marks: Marks, name: str) -> str:
    pairs = value_pairs(marks)
    if len(pairs) < 2:
        return one_value(words, marks, name)
    values = [v for _, v in pairs]
    i, j = int(np.argmax(values)), int(np.argmin(values))
    lead = f"{name}: " if name else ""
    if marks.kind == "cell":
        rows = [y for y, v in zip(marks.y, marks.measure, strict=False) if finite(v)]
        return sentence(
            f"{lead}highest {words.number(values[i])} {cell_at(words, pairs[i][0], rows[i])}, "
            f"lowest {words.number(values[j])} {cell_at(words, pairs[j][0], rows[j])}"
        )
    return sentence(
        f"{lead}highest {words.value(values[i])} {words.at(pairs[i][0])}, "
        f"lowest {words.value(values[j])} {words.at(pairs[j][0])}"
    )


def cell_at(words: Words, column: Any, row: Any) -> str:
    return f"({words.position(column)}, {words.position(row)})"


def points_statement(words: Words, marks: Marks, name: str) -> str:
    both = [
        (float(x), float(y))
        for x, y in zip(marks.x, marks.y, strict=False)
        if finite(x) and finite(y)
    ]
    if len(both) < 3:
        return extremes(words, marks, name)
    xs, ys = [x for x, _ in both], [y for _, y in both]
    lead = f"{name}: " if name else ""
    out = f"{lead}{len(both)} points, x from {words.span(xs)}, y from {words.span(ys)}"
    if np.std(xs) > 0 and np.std(ys) > 0:
        r = float(np.corrcoef(xs, ys)[0, 1])
        out += f"; correlation coefficient {words.number(r, 2)}"
    return sentence(out)


def ranges(words: Words, marks: Marks, name: str) -> str:
    lows = [float(v) for v in marks.low or [] if finite(v)]
    highs = [float(v) for v in marks.high or [] if finite(v)]
    if not lows or not highs:
        return ""
    lead = f"{name}: " if name else ""
    places = [p for p in marks.position if isinstance(p, str)]
    if marks.kind in ("range", "point") and len(places) == len(marks) <= RANKED:
        each = [
            f"{p} {words.value(lo)} to {words.value(hi)}"
            for p, lo, hi in zip(places, marks.low or [], marks.high or [], strict=False)
            if finite(lo) and finite(hi)
        ]
        return sentence(f"{lead}{'; '.join(each)}") if each else ""
    noun = "boxes' whiskers" if marks.kind == "box" else plural(len(marks), "range")
    out = f"{lead}{noun} from {words.value(min(lows))} to {words.value(max(highs))}"
    if marks.kind == "box":
        medians = value_pairs(marks)
        if medians:
            top = max(medians, key=lambda pair: pair[1])
            bottom = min(medians, key=lambda pair: pair[1])
            out += (
                f"; highest median {words.value(top[1])} {words.at(top[0])}, lowest "
                f"{words.value(bottom[1])} {words.at(bottom[0])}"
            )
    return sentence(out)


def describe_marks(words: Words, marks: Marks) -> str:
    name = quoted(marks.series or "")
    if over_time(marks):
        return trend(words, marks, name or f"the {NOUN[marks.kind]}")
    if marks.kind == "bar" and len(value_pairs(marks)) > 1:
        return ranking(words, value_pairs(marks), name)
    if marks.kind in ("range", "box"):
        return ranges(words, marks, name)
    if marks.kind == "point" and marks.low is not None and marks.high is not None:
        # error bars: each interval, then the points themselves
        return " ".join(filter(None, (ranges(words, marks, name), _points(words, marks, name))))
    return _points(words, marks, name)


def _points(words: Words, marks: Marks, name: str) -> str:
    if marks.kind == "point" and len(marks) > 2 and not categorical(marks):
        return points_statement(words, marks, name)
    return extremes(words, marks, name)


def quoted(name: str) -> str:
    """A series name that is a phrase of its own ("Trend: 3.5 mpg less") is quoted."""
    return f"\u201c{name}\u201d" if any(mark in name for mark in ":;") else name


def categorical(marks: Marks) -> bool:
    return any(isinstance(p, str) for p in [*marks.x, *marks.y])


def unnamed_summary(words: Words, group: list[Marks]) -> str:
    """Several unnamed series of one kind, summed up: how many, and their range."""
    values = [float(v) for m in group for v in m.measure if finite(v)]
    noun = NOUN[group[0].kind]
    if not values:
        return ""
    return sentence(
        f"{plural(len(group), noun)} without names, with values from "
        f"{words.value(min(values))} to {words.value(max(values))}"
    )
