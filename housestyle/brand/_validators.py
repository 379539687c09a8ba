"""Field validators: small values that check one field of a brand file and normalise it.

Each validator has ``check(value, ctx)``, which returns the value normalised (a hex
colour in lower-case ``#rrggbb``, a path resolved, a number as a float) or raises
:class:`Invalid` saying what is wrong and what is allowed. :class:`Context` knows
where the value sits and turns that into a :class:`HouseStyleError` naming the file,
the line and the field.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn, Protocol

from ..errors import HouseStyleError
from ._yaml import Key, Origin, dotted

__all__ = [
    "AnyText",
    "Choice",
    "Choices",
    "Colour",
    "ColourList",
    "FontList",
    "Context",
    "File",
    "Flag",
    "Invalid",
    "Number",
    "Section",
    "Table",
    "Text",
    "Validator",
    "Whole",
]


class Invalid(Exception):
    """A value broke a validator's rule; carries what is allowed."""

    def __init__(self, problem: str, allowed: str):
        super().__init__(problem)
        self.problem = problem
        self.allowed = allowed


class Validator(Protocol):
    """Anything that checks a field's value and returns it normalised."""

    def check(self, value: Any, ctx: Context) -> Any: ...


@dataclass(frozen=True)
class Context:
    """Where a value sits: its key path and the origins map, for error messages."""

    key: Key
    origins: Mapping[Key, Origin]
    fallback: Origin

    @property
    def origin(self) -> Origin:
        """The file and line of the value, or of the nearest field that holds it."""
        for depth in range(len(self.key), -1, -1):
            found = self.origins.get(self.key[:depth])
            if found is not None:
                return found
        return self.fallback

    def child(self, name: str | int) -> Context:
        """Return the context of the field or item ``name`` inside this value."""
        return Context(self.key + (name,), self.origins, self.fallback)

    def run(self, spec: Validator, value: Any) -> Any:
        """Check ``value`` with ``spec``; a broken rule becomes a HouseStyleError."""
        try:
            return spec.check(value, self)
        except Invalid as bad:
            self.fail(bad.problem, bad.allowed)

    def fail(self, problem: str, allowed: str) -> NoReturn:
        """Raise a HouseStyleError naming the file, line and field."""
        raise HouseStyleError(f"{self.origin}: {dotted(self.key)}: {problem}; allowed: {allowed}")


@dataclass(frozen=True)
class Text:
    """A non-empty string."""

    def check(self, value: Any, ctx: Context) -> str:
        if not isinstance(value, str) or not value.strip():
            raise Invalid(f"{value!r} is not a non-empty string", "a non-empty string")
        return value


@dataclass(frozen=True)
class AnyText:
    """A string, possibly empty."""

    def check(self, value: Any, ctx: Context) -> str:
        if not isinstance(value, str):
            raise Invalid(f"{value!r} is not a string", "a string, possibly empty")
        return value


_HEX = re.compile(r"^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")


@dataclass(frozen=True)
class Colour:
    """A hex colour, normalised to lower-case ``#rrggbb``."""

    def check(self, value: Any, ctx: Context) -> str:
        if not isinstance(value, str) or not _HEX.match(value):
            raise Invalid(f"{value!r} is not a colour", "a hex colour such as '#rrggbb' or '#fff'")
        value = value.lower()
        if len(value) == 4:
            value = "#" + "".join(ch * 2 for ch in value[1:])
        return value


@dataclass(frozen=True)
class Number:
    """A finite real number, positive unless ``minimum`` says otherwise."""

    minimum: float = 0.0
    inclusive: bool = False
    maximum: float | None = None

    def check(self, value: Any, ctx: Context) -> float:
        allowed = self.allowed()
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise Invalid(f"{value!r} is not a number", allowed)
        if not math.isfinite(value):
            raise Invalid(f"{value!r} is not a finite number", allowed)
        low_ok = value >= self.minimum if self.inclusive else value > self.minimum
        high_ok = self.maximum is None or value <= self.maximum
        if not (low_ok and high_ok):
            raise Invalid(f"{value!r} is out of range", allowed)
        return float(value)

    def allowed(self) -> str:
        """What the number may be, in words."""
        low = f"{'>=' if self.inclusive else '>'} {self.minimum:g}"
        high = f" and <= {self.maximum:g}" if self.maximum is not None else ""
        return f"a finite number {low}{high}"


@dataclass(frozen=True)
class Whole:
    """A whole number from ``minimum`` to ``maximum``."""

    minimum: int
    maximum: int

    def check(self, value: Any, ctx: Context) -> int:
        allowed = f"a whole number from {self.minimum} to {self.maximum}"
        if isinstance(value, bool) or not isinstance(value, int):
            raise Invalid(f"{value!r} is not a whole number", allowed)
        if not self.minimum <= value <= self.maximum:
            raise Invalid(f"{value!r} is out of range", allowed)
        return value


@dataclass(frozen=True)
class Flag:
    """A boolean."""

    def check(self, value: Any, ctx: Context) -> bool:
        if not isinstance(value, bool):
            raise Invalid(f"{value!r} is not true or false", "true or false")
        return value


@dataclass(frozen=True)
class Choice:
    """One of a fixed set of words."""

    options: tuple[str, ...]

    def check(self, value: Any, ctx: Context) -> str:
        if not isinstance(value, str) or value not in self.options:
            raise Invalid(f"{value!r} is not one of the choices", ", ".join(self.options))
        return value


@dataclass(frozen=True)
class Choices:
    """A list of words from a fixed set, or a single word; ``none`` means empty."""

    options: tuple[str, ...]

    def check(self, value: Any, ctx: Context) -> tuple[str, ...]:
        items = [value] if isinstance(value, str) else value
        allowed = f"'none', or one or a list of: {', '.join(self.options)}"
        if items == ["none"]:
            return ()
        if not isinstance(items, list) or any(item not in self.options for item in items):
            raise Invalid(f"{value!r} is not allowed", allowed)
        return tuple(items)


@dataclass(frozen=True)
class File:
    """A file path, resolved against the brand file's folder, then ``search`` folders."""

    suffixes: tuple[str, ...]
    search: tuple[Path, ...] = ()

    def check(self, value: Any, ctx: Context) -> Path:
        allowed = f"the path of an existing {'/'.join(self.suffixes)} file"
        if not isinstance(value, str) or not value.strip():
            raise Invalid(f"{value!r} is not a file path", allowed)
        if Path(value).suffix.lower() not in self.suffixes:
            raise Invalid(f"{value!r} has an unsupported file type", allowed)
        for folder in (ctx.origin.file.parent, *self.search):
            candidate = (folder / value).resolve()
            if candidate.is_file():
                return candidate
        for folder in self.search:  # the bundled fonts live one folder per family
            for candidate in sorted(folder.glob(f"*/{value}")):
                return candidate.resolve()
        raise Invalid(f"{value!r} does not exist (looked in {ctx.origin.file.parent})", allowed)


@dataclass(frozen=True)
class FontList:
    """Installed family names or font files (a string or a list), in the order tried."""

    file: File

    def check(self, value: Any, ctx: Context) -> tuple[str | Path, ...]:
        allowed = "a family name, a font file, or a list of them"
        items = [value] if isinstance(value, str) else value
        if not isinstance(items, list) or not items:
            raise Invalid(f"{value!r} is not a family or a list of families", allowed)
        found: list[str | Path] = []
        for item in items:
            if not isinstance(item, str) or not item.strip():
                raise Invalid(f"{item!r} is not a family name or a font file", allowed)
            is_file = Path(item).suffix.lower() in self.file.suffixes
            found.append(self.file.check(item, ctx) if is_file else item)
        return tuple(found)


@dataclass(frozen=True)
class ColourList:
    """A list of at least ``min_length`` colours."""

    min_length: int

    def check(self, value: Any, ctx: Context) -> tuple[str, ...]:
        allowed = f"a list of at least {self.min_length} hex colours"
        if not isinstance(value, list):
            raise Invalid(f"{value!r} is not a list", allowed)
        if len(value) < self.min_length:
            raise Invalid(f"the palette has {len(value)} colours, too few", allowed)
        return tuple(ctx.child(index).run(Colour(), item) for index, item in enumerate(value))


@dataclass(frozen=True)
class Section:
    """A mapping with known fields; ``optional`` fields may be left out."""

    fields: Mapping[str, Validator]
    optional: frozenset[str] = frozenset()

    def check(self, value: Any, ctx: Context) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise Invalid(f"{value!r} is not a section", f"a mapping with fields {self._names()}")
        for name in value:
            if name not in self.fields:
                ctx.child(name).fail(f"unknown field {name!r}", f"the fields {self._names()}")
        for name in self.fields:
            if name not in value and name not in self.optional:
                ctx.fail(f"the field {name!r} is missing", f"the fields {self._names()}")
        return {
            name: ctx.child(name).run(spec, value[name])
            for name, spec in self.fields.items()
            if name in value
        }

    def _names(self) -> str:
        return ", ".join(self.fields)


@dataclass(frozen=True)
class Table:
    """A mapping from free names to values of one kind, with some names required."""

    item: Validator
    required: tuple[str, ...] = ()

    def check(self, value: Any, ctx: Context) -> dict[str, Any]:
        allowed = f"a mapping of names to entries, including {', '.join(self.required)}"
        if not isinstance(value, dict) or not value:
            raise Invalid(f"{value!r} is not a mapping of names", allowed)
        for name in self.required:
            if name not in value:
                ctx.fail(f"the entry {name!r} is missing", allowed)
        return {str(name): ctx.child(name).run(self.item, item) for name, item in value.items()}
