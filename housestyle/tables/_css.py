"""The CSS subset a table honours: parsing a cell's declarations into a :class:`CellStyle`.

Besides colours, weights and alignment, the ``background`` that ``Styler.bar`` writes
(a ``linear-gradient`` with hard stops: transparent, the bar's colour from one
percentage to another, transparent) is read as a :class:`BarSpan`, so the bar is
drawn in the cell, and its ``background-size`` gives the bar's height.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import Any

from matplotlib.colors import to_rgba

from ..units import BOLD_WEIGHT

__all__ = ["BAR_COMPANIONS", "SUPPORTED_CSS", "BarSpan", "CellStyle", "css_colour", "parse_css"]

#: The CSS properties a table honours; any other is warned about once per table.
SUPPORTED_CSS = (
    "background-color",
    "background",
    "color",
    "font-weight",
    "font-style",
    "text-align",
)

Rgba = tuple[float, float, float, float]

_RGB = re.compile(r"rgba?\((.*)\)")
_NO_COLOUR = {"transparent", "none", "inherit", "initial", "unset", "currentcolor", ""}
_ALIGN = {"left": "left", "start": "left", "justify": "left", "right": "right", "end": "right"}
_ALIGN["center"] = "center"
_GRADIENT = re.compile(r"linear-gradient\(\s*90deg\s*,(.*)\)(\s+no-repeat)?(\s+center)?", re.I)
_STOP = re.compile(r"(.*?)\s+(-?[\d.]+)%")
#: What ``Styler.bar`` writes beside its gradient, in every cell of the column: not warned
#: about in a column with bars.
BAR_COMPANIONS = ("width",)


@dataclass(frozen=True)
class BarSpan:
    """A bar drawn in a cell, as ``Styler.bar`` computed it.

    ``start`` and ``end`` are shares of the bar's room (0 left, 1 right), so its
    ``align``, ``vmin`` and ``vmax`` are already in them; ``height`` is a share of
    the bar height (``Styler.bar(height=...)``).
    """

    start: float
    end: float
    colour: Rgba
    height: float = 1.0


@dataclass(frozen=True)
class CellStyle:
    """The styling of one cell; None means "the house default"."""

    background: Rgba | None = None
    colour: Rgba | None = None
    bold: bool | None = None
    italic: bool | None = None
    align: str | None = None
    bar: BarSpan | None = None

    def over(self, base: CellStyle) -> CellStyle:
        """Return this style with ``base`` filling the fields this one leaves unset."""
        fields = ("background", "colour", "bold", "italic", "align", "bar")
        picked = {}
        for name in fields:
            own = getattr(self, name)
            picked[name] = own if own is not None else getattr(base, name)
        return CellStyle(**picked)


class _Unsupported(Exception):
    """A supported property with a value the table cannot draw."""


def _channel(text: str, scale: float) -> float:
    text = text.strip()
    if text.endswith("%"):
        return float(text[:-1]) / 100.0
    return float(text) / scale


def css_colour(value: str) -> Rgba | None:
    """Return a CSS colour as RGBA in 0..1, None for "no colour".

    Accepts hex, CSS named colours, ``rgb()``/``rgba()`` in comma or space syntax.

    Raises
    ------
    ValueError
        If ``value`` is not a colour (a gradient, say).
    """
    text = value.replace("!important", "").strip().lower()
    if text in _NO_COLOUR:
        return None
    match = _RGB.fullmatch(text)
    if match:
        parts = [p for p in re.split(r"[\s,/]+", match.group(1).strip()) if p]
        if len(parts) not in (3, 4):
            raise ValueError(value)
        red, green, blue = (min(1.0, max(0.0, _channel(p, 255.0))) for p in parts[:3])
        alpha = min(1.0, max(0.0, _channel(parts[3], 1.0))) if len(parts) == 4 else 1.0
        return (red, green, blue, alpha)
    return tuple(to_rgba(text))  # type: ignore[return-value]


def _split_stops(text: str) -> list[str]:
    """Split a gradient's arguments at the commas outside parentheses."""
    parts, depth, start = [], 0, 0
    for i, char in enumerate(text):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == "," and depth == 0:
            parts.append(text[start:i].strip())
            start = i + 1
    return [*parts, text[start:].strip()]


def _stops(text: str) -> list[tuple[Rgba | None, float]]:
    """The ``(colour, share)`` stops of a gradient; raises _Unsupported for other forms."""
    stops = []
    for part in _split_stops(text):
        match = _STOP.fullmatch(part)
        if match is None:
            raise _Unsupported
        try:
            stops.append((css_colour(match.group(1)), float(match.group(2)) / 100))
        except ValueError:
            raise _Unsupported from None
    return stops


def _segments(stops: list[tuple[Rgba | None, float]]) -> list[tuple[float, float, Rgba | None]]:
    """The solid runs of hard-stop ``stops``, from 0 to 1; a real blend is _Unsupported."""
    edges = [(stops[0][0], 0.0), *stops, (stops[-1][0], 1.0)]
    runs = []
    for (colour, start), (following, end) in zip(edges, edges[1:], strict=False):
        if end > start and colour != following:
            raise _Unsupported  # a soft gradient: colours blend over a distance
        if end > start:
            runs.append((start, end, colour))
    return runs


def bar_span(value: str) -> BarSpan | None:
    """Return the bar a ``Styler.bar`` gradient draws, None for an empty one.

    Raises
    ------
    _Unsupported
        For any other background: an image, a soft gradient, or several bars.
    """
    match = _GRADIENT.fullmatch(value.strip())
    if match is None:
        raise _Unsupported
    runs = [(a, b, colour) for a, b, colour in _segments(_stops(match.group(1))) if colour]
    if len(runs) > 1:
        raise _Unsupported
    return BarSpan(runs[0][0], runs[0][1], runs[0][2]) if runs else None


def _background(value: str) -> dict[str, Any]:
    """A colour fills the cell; a ``Styler.bar`` gradient is a bar."""
    if "gradient" in value.lower():
        return {"bar": bar_span(value)}
    try:
        return {"background": css_colour(value)}
    except ValueError:
        raise _Unsupported from None


def _bar_height(value: str) -> dict[str, Any]:
    """``background-size: 100% 50%``, as ``Styler.bar(height=50)`` writes it."""
    parts = value.split()
    if len(parts) != 2 or not parts[1].endswith("%"):
        raise _Unsupported
    try:
        return {"bar_height": min(1.0, max(0.0, float(parts[1][:-1]) / 100))}
    except ValueError:
        raise _Unsupported from None


def _colour(field: str) -> Callable[[str], dict[str, Any]]:
    def handle(value: str) -> dict[str, Any]:
        try:
            return {field: css_colour(value)}
        except ValueError:
            raise _Unsupported from None

    return handle


def _weight(value: str) -> dict[str, Any]:
    text = value.strip().lower()
    if text in ("bold", "bolder"):
        return {"bold": True}
    if text in ("normal", "lighter"):
        return {"bold": False}
    if text.isdigit():
        return {"bold": int(text) >= BOLD_WEIGHT}
    raise _Unsupported


def _style(value: str) -> dict[str, Any]:
    text = value.strip().lower()
    if text in ("italic", "oblique") or text.startswith("oblique "):
        return {"italic": True}
    if text == "normal":
        return {"italic": False}
    raise _Unsupported


def _align(value: str) -> dict[str, Any]:
    text = value.strip().lower()
    if text not in _ALIGN:
        raise _Unsupported
    return {"align": _ALIGN[text]}


_HANDLERS: dict[str, Callable[[str], dict[str, Any]]] = {
    "background-color": _colour("background"),
    "background": _background,
    "color": _colour("colour"),
    "font-weight": _weight,
    "font-style": _style,
    "text-align": _align,
    "background-size": _bar_height,
}


def _with_bar_height(found: dict[str, Any]) -> dict[str, Any]:
    height = found.pop("bar_height", None)
    if found.get("bar") is not None and height is not None:
        found["bar"] = replace(found["bar"], height=height)
    return found


def parse_css(declarations: Iterable[tuple[str, str]], unsupported: dict[str, str]) -> CellStyle:
    """Return the style of ``declarations`` (``(property, value)`` pairs, later wins).

    Properties outside :data:`SUPPORTED_CSS`, or supported ones with values the
    table cannot draw (an image, a soft gradient), are recorded in ``unsupported``
    as ``{property: example value}``.
    """
    found: dict[str, Any] = {}
    for prop, value in declarations:
        name = str(prop).strip().lower()
        text = str(value).replace("!important", "").strip()
        handler = _HANDLERS.get(name)
        try:
            if handler is None:
                raise _Unsupported
            found.update(handler(text))
        except _Unsupported:
            unsupported.setdefault(name, text)
    return CellStyle(**_with_bar_height(found))
