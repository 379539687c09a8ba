"""The schema of a brand file: every field it may hold, and the rules across fields.

:data:`SCHEMA` is a tree of validators (see :mod:`housestyle.brand._validators`);
:func:`validate` runs it over a brand's merged data, then checks what no single
field can: the categorical palette's length, that presets name known families, and
that no image housestyle renders of a preset is absurdly large.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..units import PRINT_DPI
from ._paths import FONTS_DIRS
from ._sections import PALETTE_KINDS, units_per_inch
from ._validators import (
    AnyText,
    Choice,
    Choices,
    Colour,
    ColourList,
    Context,
    File,
    Flag,
    FontList,
    Invalid,
    Number,
    Section,
    Table,
    Text,
    Whole,
)
from ._yaml import Key, Origin

__all__ = [
    "MAX_DPI",
    "MAX_IMAGE_PIXELS",
    "MAX_IMAGE_SIDE",
    "MIN_CATEGORICAL",
    "PALETTE_ROLES",
    "PRINT_DPI",
    "SCHEMA",
    "WORD_NAMES",
    "LocaleName",
    "validate",
]

#: The highest dpi a preset family may have.
MAX_DPI = 1200.0
#: The density of the print TIFF and of images inside SVG and PDF output.
#: The most pixels of any image housestyle renders of a preset (1x, 2x PNG, TIFF).
MAX_IMAGE_PIXELS = 100_000_000
#: The most pixels on a side of any image (the Agg renderer's own limit is 2**16).
MAX_IMAGE_SIDE = 65_535

_POINTS = Number()
_POINTS_OR_ZERO = Number(inclusive=True)
_EMS = Number()
_EMS_OR_ZERO = Number(inclusive=True)
_FONT = File((".ttf",), search=FONTS_DIRS)
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
#: The fewest colours a brand's categorical palette may hold.
MIN_CATEGORICAL = 6
#: The palettes every brand has, and the kind each must be: housestyle's defaults use
#: them (the colour cycle, heatmaps' colormap, continuous scales, highlighting).
PALETTE_ROLES = {
    "categorical": "qualitative",
    "sequential": "sequential",
    "diverging": "diverging",
    "focus": "focus",
}


@dataclass(frozen=True)
class LocaleName:
    """A locale Babel's CLDR data knows (``en_GB``, ``cy``, ``fr_CA``), normalised."""

    def check(self, value: Any, ctx: Context) -> str:
        from babel import Locale, UnknownLocaleError

        if not isinstance(value, str) or not value.strip():
            raise Invalid(f"{value!r} is not a locale", "a locale such as 'en_GB', 'cy', 'fr'")
        try:
            return str(Locale.parse(value.strip().replace("-", "_")))
        except (UnknownLocaleError, ValueError) as error:
            raise Invalid(
                f"{value!r} is not a locale CLDR knows", "a locale such as 'en_GB', 'cy', 'fr'"
            ) from error


#: The chart's words a brand may give per language (see ``brands/README.md``).
WORD_NAMES = ("source", "note", "data", "chart", "legend_title", "alt")
_WORDS = Section({name: AnyText() for name in WORD_NAMES}, optional=frozenset(WORD_NAMES))


_PALETTE_MAPPING = Section(
    {"kind": Choice(PALETTE_KINDS), "colours": ColourList(2)}, optional=frozenset({"kind"})
)


@dataclass(frozen=True)
class PaletteField:
    """A palette: a list of colours, or ``{kind: ..., colours: [...]}``.

    Returns the colours; the kind is read by the loader, which knows what a list
    written over a palette of another brand inherits.
    """

    def check(self, value: Any, ctx: Context) -> tuple[str, ...]:
        if isinstance(value, list):
            return ctx.run(ColourList(2), value)
        if isinstance(value, dict):
            spec = Section(
                {"kind": Choice(PALETTE_KINDS), "colours": ColourList(2)}, frozenset({"kind"})
            )
            return ctx.run(spec, value)["colours"]
        raise Invalid(
            f"{value!r} is not a palette",
            "a list of at least 2 hex colours, or {kind: ..., colours: [...]}",
        )


SCHEMA = Section(
    {
        "extends": Text(),
        "name": Text(),
        "description": Text(),
        "locale": LocaleName(),
        "words": Table(_WORDS),
        "fonts": Section(
            {
                "family": Text(),
                "files": Section(
                    {"regular": _FONT, "bold": _FONT, "italic": _FONT, "bold_italic": _FONT},
                    optional=frozenset({"italic", "bold_italic"}),
                ),
                "fallback": FontList(File((".ttf", ".otf", ".ttc"), search=FONTS_DIRS)),
            },
            optional=frozenset({"files"}),
        ),
        "colours": Section({name: Colour() for name in _COLOUR_NAMES}),
        "palettes": Table(PaletteField(), required=tuple(PALETTE_ROLES)),
        "type": Section(
            {
                **{name: _POINTS for name in _TYPE_NAMES},
                "line_spacing": Number(1.0, True),
                "unicode_minus": Flag(),
            }
        ),
        "lines": Section(
            {
                "data": _POINTS,
                "gridline": _POINTS,
                "axis": _POINTS,
                "tick": _POINTS,
                "bar_edge": _POINTS_OR_ZERO,
                "reference": _POINTS,
                "halo": _POINTS_OR_ZERO,
                "edge": _POINTS_OR_ZERO,
                "context": _POINTS,
            }
        ),
        "marks": Section(
            {
                "point": _POINTS,
                "point_large": _POINTS,
                "reference_style": Choice(("solid", "dashed", "dotted")),
                "band_opacity": Number(0.0, False, 1.0),
            }
        ),
        "layout": Section(
            {
                "gridlines": Choice(("x", "y", "both", "none")),
                "axis_lines": Choices(("left", "right", "top", "bottom")),
                "ticks": Flag(),
                "tick_length": _POINTS_OR_ZERO,
                "pads": Section(
                    {
                        name: _POINTS_OR_ZERO
                        for name in (
                            "tick_label",
                            "axis_title",
                            "panel_title",
                            "strip_top",
                            "strip_bottom",
                            "layout",
                        )
                    }
                ),
                "legend_position": Choice(("top", "bottom", "left", "right", "none")),
                "axis_titles": Flag(),
                "margins": _MARGINS,
                "title_gap": _POINTS_OR_ZERO,
                "header_gap": _POINTS_OR_ZERO,
                "footer_gap": _POINTS_OR_ZERO,
                "min_plot_share": Number(0.0, False, 1.0),
                "panel_gap": Number(0.0, True, 0.5),
                "data_margins": Section({"x": Number(0.0, True, 1.0), "y": Number(0.0, True, 1.0)}),
                "legend": Section(
                    {
                        "handle_length": _EMS,
                        "column_spacing": _EMS_OR_ZERO,
                        "border_pad": _EMS_OR_ZERO,
                    }
                ),
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
                "logo_max_share": Number(0.0, False, 1.0),
                "logo_gap": _POINTS_OR_ZERO,
            },
            optional=frozenset({"logo"}),
        ),
        "tables": Section(
            {
                "pad_x": _EMS,
                "pad_y": _EMS,
                "max_text": _EMS,
                "min_text": _EMS,
                "min_chart": _EMS,
                "max_lines": Whole(1, 100),
                "bar_gap": _EMS,
                "header_rule": _POINTS_OR_ZERO,
                "bar_height": Number(0.0, False, 1.0),
                "marker": _EMS,
            }
        ),
        "presets": Section(
            {
                "default": Text(),
                "families": Table(
                    Section(
                        {
                            "dpi": Number(maximum=MAX_DPI),
                            "type_scale": Number(),
                            "line_scale": Number(),
                        },
                        optional=frozenset({"line_scale"}),
                    )
                ),
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
                "min_axes_size": _POINTS,
            },
            optional=frozenset({"min_axes_size"}),
        ),
        # the brand's twins for other appearances (a shipped brand's name or a .yaml path
        # relative to the brand file); not inherited through extends
        "variants": Section({"dark": Text(), "light": Text()}, frozenset({"dark", "light"})),
    },
    optional=frozenset({"extends", "variants", "locale", "words"}),
)


def validate(data: dict[str, Any], origins: dict[Key, Origin], path: Path) -> dict[str, Any]:
    """Check a brand's merged data against :data:`SCHEMA` and the rules across fields.

    Returns the data normalised. Raises :class:`~housestyle.HouseStyleError` naming
    the file, line and field of the first problem.
    """
    ctx = Context((), origins, Origin(path, 1))
    clean: dict[str, Any] = ctx.run(SCHEMA, data)
    _check_categorical(clean, ctx)
    _check_presets(clean, ctx.child("presets"))
    return clean


def _check_categorical(clean: dict[str, Any], ctx: Context) -> None:
    categorical = clean["palettes"]["categorical"]
    if len(categorical) < MIN_CATEGORICAL:
        ctx.child("palettes").child("categorical").fail(
            f"the palette has {len(categorical)} colours, too few",
            f"a list of at least {MIN_CATEGORICAL} hex colours",
        )


def _check_presets(clean: dict[str, Any], ctx: Context) -> None:
    presets = clean["presets"]
    families, sizes = presets["families"], presets["sizes"]
    default = presets.get("default")
    if default is not None and default not in sizes:
        ctx.child("default").fail(f"{default!r} is not a size preset", ", ".join(sizes))
    for name, spec in sizes.items():
        where = ctx.child("sizes").child(name)
        if spec["family"] not in families:
            where.child("family").fail(
                f"{spec['family']!r} is not a size family", ", ".join(families)
            )
        _check_pixels(spec, families[spec["family"]]["dpi"], where)


def _check_pixels(spec: dict[str, Any], dpi: float, ctx: Context) -> None:
    """Refuse a preset whose 1x image is empty or whose largest image is too big.

    The largest image of a preset is drawn at twice its dpi (the 2x PNG) or at
    :data:`PRINT_DPI` (the TIFF, and images inside SVG and PDF), whichever is denser.
    """
    per_inch = units_per_inch(spec["unit"], dpi)
    inches = spec["width"] / per_inch, spec["height"] / per_inch
    one_x = [round(side * dpi) for side in inches]
    if min(one_x) < 1:
        ctx.fail(
            f"the preset is {one_x[0]} x {one_x[1]} px at {dpi:g} dpi",
            "at least 1 px on each side",
        )
    densest = max(2 * dpi, PRINT_DPI)
    width, height = (side * densest for side in inches)
    if width * height > MAX_IMAGE_PIXELS or max(width, height) > MAX_IMAGE_SIDE:
        ctx.fail(
            f"the preset would render {width:,.0f} x {height:,.0f} px at {densest:g} dpi",
            f"images of at most {MAX_IMAGE_PIXELS / 1e6:g} megapixels and "
            f"{MAX_IMAGE_SIDE:,} px on a side",
        )
