"""The CSS subset a table honours: parsing a cell's declarations into a :class:`CellStyle`."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from matplotlib.colors import to_rgba

__all__ = ["SUPPORTED_CSS", "CellStyle", "css_colour", "parse_css"]

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


@dataclass(frozen=True)
class CellStyle:
    """The styling of one cell; None means "the house default"."""

    background: Rgba | None = None
    colour: Rgba | None = None
    bold: bool | None = None
    italic: bool | None = None
    align: str | None = None

    def over(self, base: CellStyle) -> CellStyle:
        """Return this style with ``base`` filling the fields this one leaves unset."""
        fields = ("background", "colour", "bold", "italic", "align")
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
        return {"bold": int(text) >= 600}
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
    "background": _colour("background"),
    "color": _colour("colour"),
    "font-weight": _weight,
    "font-style": _style,
    "text-align": _align,
}


def parse_css(declarations: Iterable[tuple[str, str]], unsupported: dict[str, str]) -> CellStyle:
    """Return the style of ``declarations`` (``(property, value)`` pairs, later wins).

    Properties outside :data:`SUPPORTED_CSS`, or supported ones with values the
    table cannot draw (a ``linear-gradient`` background), are recorded in
    ``unsupported`` as ``{property: example value}``.
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
    return CellStyle(**found)
