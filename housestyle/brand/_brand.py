"""The brand: a YAML file read into frozen dataclasses, validated with file and line.

A brand file is the only place where a house style's colours, type sizes and font
names are written. :func:`load_brand` reads a shipped brand by name or a user's file
by path, follows ``extends:`` chains, and checks every field against the schema so
that a mistake is reported as a :class:`HouseStyleError` naming the file, the line,
the field and what is allowed.

The work is split along its seams: :mod:`housestyle.brand._yaml` reads YAML safely with
the line of every field, :mod:`housestyle.brand._validators` and :mod:`housestyle.brand._schema`
say what each field may hold, :mod:`housestyle.brand._file` finds files and merges
``extends`` chains, and :mod:`housestyle.brand._sections` holds the sections' dataclasses.
This module builds the :class:`Brand` and caches it; the reader and schema are imported
on the first load, so ``import housestyle`` does not pay for them.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from ..errors import HouseStyleError
from ._paths import BRANDS_DIR, FONTS_DIRS, shipped_brands
from ._schema import WORD_NAMES
from ._sections import (
    MM_PER_INCH,
    PALETTE_KINDS,
    Checks,
    Colours,
    DataMargins,
    Fonts,
    Footer,
    Layout,
    LegendSpacing,
    Lines,
    Margins,
    Marks,
    Pads,
    SizePreset,
    Tables,
    TypeSizes,
    Variants,
    Words,
)

if TYPE_CHECKING:
    from ._file import BrandData

__all__ = [
    "BRANDS_DIR",
    "DEFAULT_BRAND",
    "FONTS_DIRS",
    "MM_PER_INCH",
    "PALETTE_KINDS",
    "Brand",
    "BrandLike",
    "Checks",
    "Colours",
    "Fonts",
    "Footer",
    "HouseStyleError",
    "Layout",
    "Lines",
    "Margins",
    "Marks",
    "Pads",
    "SizeLike",
    "SizePreset",
    "Tables",
    "TypeSizes",
    "brands",
    "load_brand",
]

DEFAULT_BRAND = "ou"


@dataclass(frozen=True)
class Brand:
    """A validated house style, read from a brand file with :func:`load_brand`.

    ``palettes`` maps each palette's name to its colours; ``palette_kinds`` maps it
    to its kind (``qualitative``, ``sequential``, ``diverging`` or ``focus``).
    """

    name: str
    description: str
    fonts: Fonts
    colours: Colours
    palettes: Mapping[str, tuple[str, ...]]
    palette_kinds: Mapping[str, str]
    type: TypeSizes
    lines: Lines
    marks: Marks
    layout: Layout
    footer: Footer
    tables: Tables
    presets: Mapping[str, SizePreset]
    checks: Checks
    default_size: str
    path: Path = field(compare=False)
    variants: Variants = Variants()
    #: The brand's own locale (``locale:``): what ``locale=None`` means outside any choice.
    locale: str = "en"
    #: The chart's words by language (``words:``), as written in the brand.
    words: Mapping[str, Words] = field(default_factory=lambda: MappingProxyType({}))

    def words_for(self, locale: str) -> Words:
        """Return the chart's words in ``locale`` (a normalised locale such as ``cy_GB``).

        Each word is looked up for the whole locale, then its language, then the
        brand's own language; the source prefix of the brand's own language is
        ``footer.source_prefix``.
        """
        language = locale.split("_")[0]
        own = self.words.get(self.locale) or self.words.get(self.locale.split("_")[0])
        chain = [self.words.get(key) for key in dict.fromkeys((locale, language))]
        chain.append(own)
        found: dict[str, Any] = {}
        for name in WORD_NAMES:
            values = [getattr(w, name) for w in chain if w is not None and name in w.given]
            default = self.footer.source_prefix if name == "source" else ""
            found[name] = values[0] if values else default
        return Words(**found)

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

    def variant(self, appearance: str) -> Brand | None:
        """Return the brand's twin for a ``"dark"`` or ``"light"`` page, or None.

        The twin is the brand the brand file names under ``variants:`` (a shipped
        brand's name, or a ``.yaml`` path relative to the brand file); None when it
        names none. ``load_brand("ou").variant("dark")`` is ``night``.

        Raises
        ------
        HouseStyleError
            For an appearance other than dark or light, or a twin that does not load.
        """
        if appearance not in ("dark", "light"):
            raise HouseStyleError(
                f"appearance: {appearance!r} is not an appearance; allowed: dark, light"
            )
        name = getattr(self.variants, appearance)
        if name is None:
            return None
        relative = self.path.parent / name
        if name.endswith((".yaml", ".yml")) and relative.is_file():
            return load_brand(relative)
        return load_brand(name)

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


def _fonts(spec: dict[str, Any]) -> Fonts:
    files = spec.get("files", {})
    return Fonts(
        family=spec["family"],
        regular=files.get("regular"),
        bold=files.get("bold"),
        italic=files.get("italic"),
        bold_italic=files.get("bold_italic"),
        fallback=_family_name(spec["fallback"][0]),
        fallbacks=tuple(spec["fallback"]),
    )


def _family_name(item: str | Path) -> str:
    """The family an installed name or a font file (read without registering it) holds."""
    if isinstance(item, str):
        return item
    from matplotlib import font_manager

    return font_manager.FontProperties(fname=str(item)).get_name()


def _layout(spec: dict[str, Any]) -> Layout:
    return Layout(
        **{
            **spec,
            "margins": Margins(**spec["margins"]),
            "pads": Pads(**spec["pads"]),
            "data_margins": DataMargins(**spec["data_margins"]),
            "legend": LegendSpacing(**spec["legend"]),
        }
    )


def _presets(spec: dict[str, Any]) -> Mapping[str, SizePreset]:
    families = {
        name: {**family, "line_scale": family.get("line_scale", family["type_scale"])}
        for name, family in spec["families"].items()
    }
    return MappingProxyType(
        {
            name: SizePreset(name=name, **size, **families[size["family"]])
            for name, size in spec["sizes"].items()
        }
    )


def _build(read: BrandData, path: Path) -> Brand:
    data = read.data
    return Brand(
        name=data["name"],
        description=data["description"],
        fonts=_fonts(data["fonts"]),
        colours=Colours(**data["colours"]),
        palettes=MappingProxyType(dict(data["palettes"])),
        palette_kinds=MappingProxyType(dict(read.palette_kinds)),
        type=TypeSizes(**data["type"]),
        lines=Lines(**data["lines"]),
        marks=Marks(**data["marks"]),
        layout=_layout(data["layout"]),
        footer=Footer(**{"logo": None, **data["footer"]}),
        tables=Tables(**data["tables"]),
        presets=_presets(data["presets"]),
        checks=Checks(**data["checks"]),
        default_size=data["presets"].get("default", next(iter(data["presets"]["sizes"]))),
        path=path,
        variants=Variants(**data.get("variants", {})),
        locale=data.get("locale", "en"),
        words=MappingProxyType(
            {key: Words.given_as(spec) for key, spec in data.get("words", {}).items()}
        ),
    )


# --------------------------------------------------------------------------- #
# Loading, cached until any file the brand was read from changes
# --------------------------------------------------------------------------- #


def brands() -> list[str]:
    """Return the names of the brands shipped with housestyle.

    Examples
    --------
    >>> "ou" in brands()
    True
    """
    return shipped_brands()


Stamp = tuple[tuple[str, int, int] | tuple[str], ...]

_CACHE_SIZE = 32
_cache: OrderedDict[Path, tuple[Brand, tuple[Path, ...], Stamp]] = OrderedDict()
_cache_lock = threading.Lock()


def _stamp(files: tuple[Path, ...]) -> Stamp:
    """Return what makes a cached brand stale: each file's modification time and size."""
    stamps: list[tuple[str, int, int] | tuple[str]] = []
    for path in files:
        try:
            info = path.stat()
        except OSError:
            stamps.append((str(path),))
            continue
        stamps.append((str(path), info.st_mtime_ns, info.st_size))
    return tuple(stamps)


def _depends_on(read: BrandData, brand: Brand) -> tuple[Path, ...]:
    """Every file a brand was built from: its extends chain, font files and logo."""
    logo = (brand.footer.logo,) if brand.footer.logo is not None else ()
    return (*read.chain, *brand.fonts.files, *logo)


def _load(path: Path) -> Brand:
    from ._file import read_brand  # the YAML reader and schema load on first use

    with _cache_lock:
        cached = _cache.get(path)
        if cached is not None and _stamp(cached[1]) == cached[2]:
            _cache.move_to_end(path)
            return cached[0]
    read = read_brand(path)
    brand = _build(read, path)
    files = _depends_on(read, brand)
    with _cache_lock:
        _cache[path] = (brand, files, _stamp(files))
        _cache.move_to_end(path)
        while len(_cache) > _CACHE_SIZE:
            _cache.popitem(last=False)
    return brand


def load_brand(name_or_path: BrandLike = DEFAULT_BRAND) -> Brand:
    """Load and validate a brand.

    A loaded brand is cached until any file it was read from changes: the brand file,
    every brand up its ``extends`` chain, its font files and its logo.

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
    >>> brand.palette_kinds["sequential"]
    'sequential'
    """
    if isinstance(name_or_path, Brand):
        return name_or_path
    if not isinstance(name_or_path, str | Path):
        raise HouseStyleError(
            f"brand: {name_or_path!r} is not a brand; allowed: a Brand, a shipped brand's "
            "name or the path of a brand .yaml file"
        )
    from ._file import locate

    return _load(locate(name_or_path))
