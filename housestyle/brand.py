"""The brand: a YAML file read into frozen dataclasses, validated with file and line.

A brand file is the only place where a house style's colours, type sizes and font
names are written. :func:`load_brand` reads a shipped brand by name or a user's file
by path, follows ``extends:`` chains, and checks every field against :data:`SCHEMA`
so that a mistake is reported as a :class:`HouseStyleError` naming the file, the
line, the field and what is allowed.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import MappingProxyType
from typing import Any

from .errors import HouseStyleError

__all__ = [
    "Brand",
    "BrandLike",
    "HouseStyleError",
    "SizeLike",
    "SizePreset",
    "brands",
    "load_brand",
]

BRANDS_DIR = Path(__file__).parent / "brands"
DEFAULT_BRAND = "ou"
MM_PER_INCH = 25.4


# --------------------------------------------------------------------------- #
# Reading YAML with the line of every field
# --------------------------------------------------------------------------- #


@dataclass(frozen=True)
class Origin:
    """Where a value was written: a file and a 1-based line."""

    file: Path
    line: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line}"


Key = tuple[str | int, ...]


def _read_yaml(path: Path) -> tuple[Any, dict[Key, Origin]]:
    """Read ``path`` with safe loading; return its data and each field's origin."""
    import yaml

    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise HouseStyleError(f"{path}: cannot read the brand file ({exc.strerror})") from None
    except UnicodeDecodeError as exc:
        raise HouseStyleError(
            f"{path}:1: (top level): the file is not UTF-8 text ({exc.reason} at byte "
            f"{exc.start}); allowed: a YAML file saved as UTF-8"
        ) from None
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark else str(path)
        problem = getattr(exc, "problem", None) or str(exc)
        raise HouseStyleError(f"{where}: not valid YAML: {problem}") from None
    origins: dict[Key, Origin] = {}
    if node is not None:
        _collect_origins(node, (), path, origins)
    return data, origins


def _collect_origins(node: Any, key: Key, path: Path, out: dict[Key, Origin]) -> None:
    out.setdefault(key, Origin(path, node.start_mark.line + 1))
    if node.id == "mapping":
        seen: set[str] = set()
        for key_node, value_node in node.value:
            name = key_node.value
            if name in seen:
                raise HouseStyleError(
                    f"{path}:{key_node.start_mark.line + 1}: {_dotted(key + (name,))}: "
                    "written twice; each field may appear once"
                )
            seen.add(name)
            out[key + (name,)] = Origin(path, key_node.start_mark.line + 1)
            _collect_origins(value_node, key + (name,), path, out)
    elif node.id == "sequence":
        for index, item in enumerate(node.value):
            _collect_origins(item, key + (index,), path, out)


def _dotted(key: Key) -> str:
    parts: list[str] = []
    for part in key:
        parts.append(f"[{part}]" if isinstance(part, int) else f".{part}")
    return "".join(parts).lstrip(".") or "(top level)"


# --------------------------------------------------------------------------- #
# Field validators: small objects that check a value and normalise it
# --------------------------------------------------------------------------- #


class _Invalid(Exception):
    """A value broke a validator's rule; carries what is allowed."""

    def __init__(self, problem: str, allowed: str):
        super().__init__(problem)
        self.problem = problem
        self.allowed = allowed


@dataclass(frozen=True)
class Text:
    """A non-empty string."""

    def check(self, value: Any, ctx: _Context) -> str:
        if not isinstance(value, str) or not value.strip():
            raise _Invalid(f"{value!r} is not a non-empty string", "a non-empty string")
        return value


@dataclass(frozen=True)
class AnyText:
    """A string, possibly empty."""

    def check(self, value: Any, ctx: _Context) -> str:
        if not isinstance(value, str):
            raise _Invalid(f"{value!r} is not a string", "a string, possibly empty")
        return value


_HEX = re.compile(r"^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")


@dataclass(frozen=True)
class Colour:
    """A hex colour, normalised to lower-case ``#rrggbb``."""

    def check(self, value: Any, ctx: _Context) -> str:
        if not isinstance(value, str) or not _HEX.match(value):
            raise _Invalid(f"{value!r} is not a colour", "a hex colour such as '#rrggbb' or '#fff'")
        value = value.lower()
        if len(value) == 4:
            value = "#" + "".join(ch * 2 for ch in value[1:])
        return value


@dataclass(frozen=True)
class Number:
    """A real number, positive unless ``minimum`` says otherwise."""

    minimum: float = 0.0
    inclusive: bool = False
    maximum: float | None = None

    def check(self, value: Any, ctx: _Context) -> float:
        allowed = self._allowed()
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise _Invalid(f"{value!r} is not a number", allowed)
        low_ok = value >= self.minimum if self.inclusive else value > self.minimum
        high_ok = self.maximum is None or value <= self.maximum
        if not (low_ok and high_ok):
            raise _Invalid(f"{value!r} is out of range", allowed)
        return float(value)

    def _allowed(self) -> str:
        low = f"{'>=' if self.inclusive else '>'} {self.minimum:g}"
        high = f" and <= {self.maximum:g}" if self.maximum is not None else ""
        return f"a number {low}{high}"


@dataclass(frozen=True)
class Flag:
    """A boolean."""

    def check(self, value: Any, ctx: _Context) -> bool:
        if not isinstance(value, bool):
            raise _Invalid(f"{value!r} is not true or false", "true or false")
        return value


@dataclass(frozen=True)
class Choice:
    """One of a fixed set of words."""

    options: tuple[str, ...]

    def check(self, value: Any, ctx: _Context) -> str:
        if value not in self.options:
            raise _Invalid(f"{value!r} is not one of the choices", ", ".join(self.options))
        return value


@dataclass(frozen=True)
class Choices:
    """A list of words from a fixed set, or a single word; ``none`` means empty."""

    options: tuple[str, ...]

    def check(self, value: Any, ctx: _Context) -> tuple[str, ...]:
        items = [value] if isinstance(value, str) else value
        allowed = f"'none', or one or a list of: {', '.join(self.options)}"
        if items == ["none"]:
            return ()
        if not isinstance(items, list) or any(item not in self.options for item in items):
            raise _Invalid(f"{value!r} is not allowed", allowed)
        return tuple(items)


@dataclass(frozen=True)
class File:
    """A file path, resolved against the brand file's folder, then ``search`` folders."""

    suffixes: tuple[str, ...]
    search: tuple[Path, ...] = ()

    def check(self, value: Any, ctx: _Context) -> Path:
        allowed = f"the path of an existing {'/'.join(self.suffixes)} file"
        if not isinstance(value, str) or not value.strip():
            raise _Invalid(f"{value!r} is not a file path", allowed)
        if Path(value).suffix.lower() not in self.suffixes:
            raise _Invalid(f"{value!r} has an unsupported file type", allowed)
        for folder in (ctx.origin.file.parent, *self.search):
            candidate = (folder / value).resolve()
            if candidate.is_file():
                return candidate
        for folder in self.search:  # the bundled fonts live one folder per family
            for candidate in sorted(folder.glob(f"*/{value}")):
                return candidate.resolve()
        raise _Invalid(f"{value!r} does not exist (looked in {ctx.origin.file.parent})", allowed)


@dataclass(frozen=True)
class ColourList:
    """A list of at least ``min_length`` colours."""

    min_length: int

    def check(self, value: Any, ctx: _Context) -> tuple[str, ...]:
        allowed = f"a list of at least {self.min_length} hex colours"
        if not isinstance(value, list):
            raise _Invalid(f"{value!r} is not a list", allowed)
        if len(value) < self.min_length:
            raise _Invalid(f"the palette has {len(value)} colours, too few", allowed)
        return tuple(ctx.child(index).run(Colour(), item) for index, item in enumerate(value))


@dataclass(frozen=True)
class Section:
    """A mapping with known fields; ``optional`` fields may be left out."""

    fields: Mapping[str, Any]
    optional: frozenset[str] = frozenset()

    def check(self, value: Any, ctx: _Context) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise _Invalid(f"{value!r} is not a section", f"a mapping with fields {self._names()}")
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

    item: Any
    required: tuple[str, ...] = ()

    def check(self, value: Any, ctx: _Context) -> dict[str, Any]:
        allowed = f"a mapping of names to entries, including {', '.join(self.required)}"
        if not isinstance(value, dict) or not value:
            raise _Invalid(f"{value!r} is not a mapping of names", allowed)
        for name in self.required:
            if name not in value:
                ctx.fail(f"the entry {name!r} is missing", allowed)
        return {str(name): ctx.child(name).run(self.item, item) for name, item in value.items()}


@dataclass(frozen=True)
class _Context:
    """Where a value sits: its key path and the origins map, for error messages."""

    key: Key
    origins: Mapping[Key, Origin]
    fallback: Origin

    @property
    def origin(self) -> Origin:
        for depth in range(len(self.key), -1, -1):
            found = self.origins.get(self.key[:depth])
            if found is not None:
                return found
        return self.fallback

    def child(self, name: str | int) -> _Context:
        return _Context(self.key + (name,), self.origins, self.fallback)

    def run(self, spec: Any, value: Any) -> Any:
        try:
            return spec.check(value, self)
        except _Invalid as bad:
            self.fail(bad.problem, bad.allowed)

    def fail(self, problem: str, allowed: str) -> None:
        raise HouseStyleError(f"{self.origin}: {_dotted(self.key)}: {problem}; allowed: {allowed}")


# --------------------------------------------------------------------------- #
# The schema: every field a brand file may hold
# --------------------------------------------------------------------------- #

_FONTS_DIRS = (
    Path(__file__).parent / "fonts",  # installed wheel
    Path(__file__).parent.parent / "fonts",  # source checkout
)
_POINTS = Number()
_POINTS_OR_ZERO = Number(inclusive=True)
_FONT = File((".ttf",), search=_FONTS_DIRS)
_MARGINS = Section({side: _POINTS_OR_ZERO for side in ("left", "right", "top", "bottom")})
_COLOUR_NAMES = (
    "text",
    "muted_text",
    "background",
    "gridline",
    "axis",
    "primary",
    "highlight",
    "grey",
    "gain",
    "loss",
)
_TYPE_NAMES = (
    "title",
    "subtitle",
    "axis_title",
    "tick_label",
    "legend",
    "annotation",
    "strip",
    "source",
    "table",
)

SCHEMA = Section(
    {
        "extends": Text(),
        "name": Text(),
        "description": Text(),
        "fonts": Section(
            {
                "family": Text(),
                "files": Section(
                    {"regular": _FONT, "bold": _FONT, "italic": _FONT, "bold_italic": _FONT},
                    optional=frozenset({"italic", "bold_italic"}),
                ),
                "fallback": Text(),
            }
        ),
        "colours": Section({name: Colour() for name in _COLOUR_NAMES}),
        "palettes": Table(
            ColourList(2), required=("categorical", "sequential", "diverging", "focus")
        ),
        "type": Section({**{n: _POINTS for n in _TYPE_NAMES}, "line_spacing": Number(1.0, True)}),
        "lines": Section(
            {
                "data": _POINTS,
                "gridline": _POINTS,
                "axis": _POINTS,
                "bar_edge": _POINTS_OR_ZERO,
                "reference": _POINTS,
                "halo": _POINTS_OR_ZERO,
                "edge": _POINTS_OR_ZERO,
            }
        ),
        "marks": Section(
            {
                "point": _POINTS,
                "point_large": _POINTS,
                "reference_style": Choice(("solid", "dashed", "dotted")),
            }
        ),
        "layout": Section(
            {
                "gridlines": Choice(("x", "y", "both", "none")),
                "axis_lines": Choices(("left", "right", "top", "bottom")),
                "ticks": Flag(),
                "legend_position": Choice(("top", "bottom", "left", "right", "none")),
                "axis_titles": Flag(),
                "margins": _MARGINS,
                "title_gap": _POINTS_OR_ZERO,
                "header_gap": _POINTS_OR_ZERO,
                "footer_gap": _POINTS_OR_ZERO,
            }
        ),
        "footer": Section(
            {
                "source_prefix": AnyText(),
                "logo": File((".svg", ".png")),
                "logo_height": _POINTS,
                "rule_colour": Colour(),
                "rule_width": _POINTS_OR_ZERO,
                "padding": _POINTS_OR_ZERO,
            },
            optional=frozenset({"logo"}),
        ),
        "presets": Section(
            {
                "default": Text(),
                "families": Table(Section({"dpi": Number(), "type_scale": Number()})),
                "sizes": Table(
                    Section(
                        {
                            "family": Text(),
                            "width": Number(),
                            "height": Number(),
                            "unit": Choice(("px", "mm", "in")),
                        }
                    )
                ),
            },
            optional=frozenset({"default"}),
        ),
        "checks": Section(
            {
                "text_contrast": Number(1.0, True, 21.0),
                "large_text_contrast": Number(1.0, True, 21.0),
                "large_text_size": _POINTS,
                "mark_contrast": Number(1.0, True, 21.0),
                "cvd_min_distance": _POINTS_OR_ZERO,
                "min_text_size": _POINTS,
                "title_max_chars": Number(),
            }
        ),
    },
    optional=frozenset({"extends"}),
)

_MIN_CATEGORICAL = 6


# --------------------------------------------------------------------------- #
# The Brand value
# --------------------------------------------------------------------------- #


@dataclass(frozen=True)
class Fonts:
    """The brand's typeface: a family name, its files and a fallback family."""

    family: str
    regular: Path
    bold: Path
    italic: Path | None
    bold_italic: Path | None
    fallback: str

    @property
    def files(self) -> tuple[Path, ...]:
        """Every font file the brand names."""
        found = (self.regular, self.bold, self.italic, self.bold_italic)
        return tuple(path for path in found if path is not None)


@dataclass(frozen=True)
class Colours:
    """The brand's named colours, as ``#rrggbb``."""

    text: str
    muted_text: str
    background: str
    gridline: str
    axis: str
    primary: str
    highlight: str
    grey: str
    gain: str
    loss: str


@dataclass(frozen=True)
class TypeSizes:
    """Type sizes in points at type scale 1."""

    title: float
    subtitle: float
    axis_title: float
    tick_label: float
    legend: float
    annotation: float
    strip: float
    source: float
    table: float
    line_spacing: float


@dataclass(frozen=True)
class Lines:
    """Line widths in points."""

    data: float
    gridline: float
    axis: float
    bar_edge: float
    reference: float
    halo: float
    edge: float


@dataclass(frozen=True)
class Marks:
    """Sizes of marks in points, and the style of reference lines."""

    point: float
    point_large: float
    reference_style: str


@dataclass(frozen=True)
class Margins:
    """Figure margins in points."""

    left: float
    right: float
    top: float
    bottom: float


@dataclass(frozen=True)
class Layout:
    """Which guides are drawn and how the figure is spaced."""

    gridlines: str
    axis_lines: tuple[str, ...]
    ticks: bool
    legend_position: str
    axis_titles: bool
    margins: Margins
    title_gap: float
    header_gap: float
    footer_gap: float


@dataclass(frozen=True)
class Footer:
    """The footer band: source prefix, logo and rule."""

    source_prefix: str
    logo: Path | None
    logo_height: float
    rule_colour: str
    rule_width: float
    padding: float


@dataclass(frozen=True)
class SizePreset:
    """An output size: web presets in px, print presets in mm, both at a dpi.

    ``type_scale`` multiplies every type size and line width; it is the same for
    every preset of one family, so text reads at the same size across them.
    """

    name: str
    family: str
    width: float
    height: float
    unit: str
    dpi: float
    type_scale: float

    @property
    def _per_inch(self) -> float:
        return {"px": self.dpi, "mm": MM_PER_INCH, "in": 1.0}[self.unit]

    @property
    def pixels(self) -> tuple[int, int]:
        """The size of a 1x raster in whole pixels."""
        scale = self.dpi / self._per_inch
        return round(self.width * scale), round(self.height * scale)

    def resized(
        self, name: str, width_pt: float | None = None, height_pt: float | None = None
    ) -> SizePreset:
        """Return a preset of the same family sized in points, rounded up to whole pixels.

        For content-sized figures such as tables: the dpi and type scale stay, so the
        text reads as on the preset's other charts.
        """

        def in_unit(points: float | None, current: float) -> float:
            if points is None:
                return current
            pixels = math.ceil(points / 72.0 * self.dpi - 1e-6)
            return pixels / self.dpi * self._per_inch

        return replace(
            self,
            name=name,
            width=in_unit(width_pt, self.width),
            height=in_unit(height_pt, self.height),
        )

    @property
    def inches(self) -> tuple[float, float]:
        """The figure size in inches: whole pixels at the preset's dpi."""
        width, height = self.pixels
        return width / self.dpi, height / self.dpi

    @property
    def points(self) -> tuple[float, float]:
        """The figure size in points."""
        width, height = self.inches
        return width * 72.0, height * 72.0


@dataclass(frozen=True)
class Checks:
    """Thresholds of the accessibility and house-rule checks."""

    text_contrast: float
    large_text_contrast: float
    large_text_size: float
    mark_contrast: float
    cvd_min_distance: float
    min_text_size: float
    title_max_chars: float


@dataclass(frozen=True)
class Brand:
    """A validated house style, read from a brand file with :func:`load_brand`."""

    name: str
    description: str
    fonts: Fonts
    colours: Colours
    palettes: Mapping[str, tuple[str, ...]]
    type: TypeSizes
    lines: Lines
    marks: Marks
    layout: Layout
    footer: Footer
    presets: Mapping[str, SizePreset]
    checks: Checks
    default_size: str
    path: Path = field(compare=False)

    def preset(self, size: SizeLike) -> SizePreset:
        """Return the size preset called ``size``.

        Raises
        ------
        HouseStyleError
            If the brand has no such preset.
        """
        if isinstance(size, SizePreset):
            return size
        if size not in self.presets:
            raise HouseStyleError(
                f"size: unknown size preset {size!r} for brand {self.name!r}; "
                f"allowed: {', '.join(self.presets)}"
            )
        return self.presets[size]

    def __repr__(self) -> str:
        return f"Brand(name={self.name!r}, path={str(self.path)!r})"

    def __deepcopy__(self, memo: dict) -> Brand:
        return self  # immutable: plotnine deep-copies themes that hold a brand

    def __reduce__(self) -> tuple:
        return load_brand, (self.path,)  # pickled as a reference to its file


#: Anything that names a brand: a :class:`Brand`, a shipped brand's name, or a file.
BrandLike = str | Path | Brand
#: Anything that names a size: a preset's name or a :class:`SizePreset`.
SizeLike = str | SizePreset


def _build(data: dict[str, Any], path: Path) -> Brand:
    layout = dict(data["layout"], margins=Margins(**data["layout"]["margins"]))
    files = data["fonts"]["files"]
    families = data["presets"]["families"]
    return Brand(
        name=data["name"],
        description=data["description"],
        fonts=Fonts(
            family=data["fonts"]["family"],
            regular=files["regular"],
            bold=files["bold"],
            italic=files.get("italic"),
            bold_italic=files.get("bold_italic"),
            fallback=data["fonts"]["fallback"],
        ),
        colours=Colours(**data["colours"]),
        palettes=MappingProxyType(dict(data["palettes"])),
        type=TypeSizes(**data["type"]),
        lines=Lines(**data["lines"]),
        marks=Marks(**data["marks"]),
        layout=Layout(**layout),
        footer=Footer(**{"logo": None, **data["footer"]}),
        presets=MappingProxyType(
            {
                name: SizePreset(name=name, **spec, **families[spec["family"]])
                for name, spec in data["presets"]["sizes"].items()
            }
        ),
        checks=Checks(**data["checks"]),
        default_size=data["presets"].get("default", next(iter(data["presets"]["sizes"]))),
        path=path,
    )


# --------------------------------------------------------------------------- #
# Loading, with extends
# --------------------------------------------------------------------------- #


def brands() -> list[str]:
    """Return the names of the brands shipped with housestyle.

    Examples
    --------
    >>> "ou" in brands()
    True
    """
    return sorted(path.stem for path in BRANDS_DIR.glob("*.yaml"))


def _locate(name_or_path: str | Path) -> Path:
    text = str(name_or_path)
    if isinstance(name_or_path, str) and "/" not in text and not text.endswith((".yaml", ".yml")):
        shipped = BRANDS_DIR / f"{text}.yaml"
        if shipped.is_file():
            return shipped
        raise HouseStyleError(
            f"brand: no shipped brand called {text!r}; allowed: {', '.join(brands())}, "
            "or the path of a brand .yaml file"
        )
    path = Path(name_or_path).expanduser().resolve()
    if not path.is_file():
        raise HouseStyleError(f"brand: the brand file {path} does not exist")
    return path


def _merge(base: Any, top: Any) -> Any:
    """Merge ``top`` over ``base``: mappings field by field, anything else replaced."""
    if isinstance(base, dict) and isinstance(top, dict):
        merged = dict(base)
        for name, value in top.items():
            merged[name] = _merge(base.get(name), value) if name in base else value
        return merged
    return top


def _read_chain(path: Path, seen: tuple[Path, ...]) -> tuple[dict, dict[Key, Origin]]:
    """Read ``path`` and the brands it extends; merge their data and origins."""
    data, origins = _read_yaml(path)
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise HouseStyleError(f"{path}:1: (top level): a brand file must be a mapping of fields")
    parent = data.get("extends")
    if parent is None:
        return data, origins
    ctx = _Context(("extends",), origins, Origin(path, 1))
    ctx.run(Text(), parent)
    parent_path = _locate_relative(parent, path, ctx)
    if parent_path in seen or parent_path == path:
        cycle = " -> ".join(str(p.name) for p in (*seen, path, parent_path))
        ctx.fail(f"the extends chain loops ({cycle})", "a chain of brands that ends")
    base, base_origins = _read_chain(parent_path, (*seen, path))
    base = {key: value for key, value in base.items() if key != "extends"}
    merged_origins = {**base_origins, **origins}
    return _merge(base, data), merged_origins


def _locate_relative(parent: str, child: Path, ctx: _Context) -> Path:
    relative = (child.parent / parent).resolve()
    if parent.endswith((".yaml", ".yml")) and relative.is_file():
        return relative
    try:
        return _locate(parent)
    except HouseStyleError:
        ctx.fail(
            f"cannot find the brand {parent!r} to extend",
            f"a shipped brand ({', '.join(brands())}) or a .yaml path relative to this file",
        )
        raise  # unreachable: fail always raises


def _validate(data: dict, origins: dict[Key, Origin], path: Path) -> dict[str, Any]:
    ctx = _Context((), origins, Origin(path, 1))
    clean = ctx.run(SCHEMA, data)
    categorical = clean["palettes"]["categorical"]
    if len(categorical) < _MIN_CATEGORICAL:
        ctx.child("palettes").child("categorical").fail(
            f"the palette has {len(categorical)} colours, too few",
            f"a list of at least {_MIN_CATEGORICAL} hex colours",
        )
    families = clean["presets"]["families"]
    default = clean["presets"].get("default")
    if default is not None and default not in clean["presets"]["sizes"]:
        ctx.child("presets").child("default").fail(
            f"{default!r} is not a size preset", ", ".join(clean["presets"]["sizes"])
        )
    for name, spec in clean["presets"]["sizes"].items():
        if spec["family"] not in families:
            ctx.child("presets").child("sizes").child(name).child("family").fail(
                f"{spec['family']!r} is not a size family", ", ".join(families)
            )
    return clean


@functools.lru_cache(maxsize=32)
def _load_cached(path: Path, stamp: tuple) -> Brand:
    data, origins = _read_chain(path, ())
    return _build(_validate(data, origins, path), path)


def _stamp(path: Path) -> tuple:
    """Return what makes a cached brand stale: brand files and their mtimes."""
    stamps = []
    for candidate in (path, *BRANDS_DIR.glob("*.yaml")):
        try:
            stamps.append((str(candidate), candidate.stat().st_mtime_ns))
        except OSError:
            continue
    return tuple(stamps)


def load_brand(name_or_path: BrandLike = DEFAULT_BRAND) -> Brand:
    """Load and validate a brand.

    Parameters
    ----------
    name_or_path
        The name of a shipped brand (see :func:`brands`), the path of a brand YAML
        file, or a :class:`Brand` (returned as it is). A user's file may say
        ``extends: ou`` and override only some fields; relative font and logo paths
        in it resolve against its own folder.

    Returns
    -------
    Brand
        The validated brand.

    Raises
    ------
    HouseStyleError
        If the brand cannot be found or a field is wrong; the message names the
        file, line and field, and what is allowed.

    Examples
    --------
    >>> brand = load_brand("ou")
    >>> brand.palettes["categorical"][0] == brand.colours.primary
    True
    """
    if isinstance(name_or_path, Brand):
        return name_or_path
    if not isinstance(name_or_path, str | Path):
        raise HouseStyleError(
            f"brand: {name_or_path!r} is not a brand; allowed: a Brand, a shipped brand's "
            "name or the path of a brand .yaml file"
        )
    path = _locate(name_or_path)
    return _load_cached(path, _stamp(path))


def run(args: object) -> int:
    """List the shipped brands with their descriptions (``housestyle brands``)."""
    for name in brands():
        brand = load_brand(name)
        print(f"{name:10} {brand.description}")
    return 0
