"""The plan of a finished figure: the title block, footer and logo, in points.

Everything here is worked out from the brand and the preset alone, with no figure:
text is wrapped to the content width as it will be drawn (measured at the output
dpi), and every height is in points from the top edge, so a chart looks the same at
every dpi. :func:`plan` takes named steps: the header, the logo's size, the footer.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields

from matplotlib.font_manager import FontProperties

from ..brand import Brand, SizePreset
from ..ink import LogoImage, TextMeasure, font_families, resolve_locale
from ._record import GID_PREFIX

__all__ = [
    "PlanMeasure",
    "Piece",
    "Plan",
    "TextStyle",
    "Texts",
    "content_width",
    "plan",
    "text_styles",
    "with_prefix",
]


@dataclass(frozen=True)
class TextStyle:
    """A text style: size in points, weight and colour, with the brand's families."""

    size: float
    weight: str
    colour: str
    families: tuple[str, ...]
    line_spacing: float

    def props(self) -> FontProperties:
        """Return the font properties to measure and draw this style with."""
        return FontProperties(family=list(self.families), size=self.size, weight=self.weight)


class PlanMeasure:
    """Measures and wraps title-block and footer text in points at the output dpi."""

    def __init__(self, preset: SizePreset):
        self.text = TextMeasure(preset.dpi)

    def width(self, text: str, style: TextStyle) -> float:
        """Return the width of ``text`` set in ``style``, in points."""
        return self.text.width(text, style.props())

    def wrap(self, text: str, style: TextStyle, width: float) -> list[str]:
        """Break ``text`` into lines no wider than ``width`` points."""
        return self.text.wrap(text, style.props(), width)


@dataclass(frozen=True)
class Texts:
    """The words of the title block and footer; None means not given."""

    title: str | None = None
    subtitle: str | None = None
    note: str | None = None
    source: str | None = None

    def or_(self, other: Texts) -> Texts:
        """Return these texts, with each one not given taken from ``other``."""
        return Texts(
            **{
                f.name: getattr(self, f.name)
                if getattr(self, f.name) is not None
                else getattr(other, f.name)
                for f in fields(self)
            }
        )


@dataclass(frozen=True)
class Piece:
    """One block of text to place: its lines, style and top edge in points."""

    gid: str
    lines: tuple[str, ...]
    style: TextStyle
    top: float


@dataclass(frozen=True)
class Plan:
    """The title block, footer and plot area of a finalised figure, in points."""

    pieces: tuple[Piece, ...]
    header_height: float
    footer_top: float
    rule_y: float | None
    logo: LogoImage | None
    logo_box: tuple[float, float, float, float] | None  # left, top, width, height


def text_styles(brand: Brand, scale: float) -> dict[str, TextStyle]:
    """Return the style of each text of the title block and footer at ``scale``."""
    families = tuple(font_families(brand))
    sizes, colours, spacing = brand.type, brand.colours, brand.type.line_spacing
    return {
        "title": TextStyle(sizes.title * scale, "bold", colours.text, families, spacing),
        "subtitle": TextStyle(sizes.subtitle * scale, "normal", colours.text, families, spacing),
        "note": TextStyle(sizes.source * scale, "normal", colours.muted_text, families, spacing),
        "source": TextStyle(sizes.source * scale, "normal", colours.muted_text, families, spacing),
    }


def with_prefix(
    source: str | None, brand: Brand, locale: str | None = None, word: str = "source"
) -> str | None:
    """Return ``source`` with the source prefix of ``locale``, unless it already has it.

    The prefix is the brand's word for the locale (``words:``; ``footer.source_prefix``
    in the brand's own language). A source that starts with the prefix of another of the
    brand's languages has it replaced, so a chart shown in one language after another
    says "Source: " in English and "Ffynhonnell: " in Welsh. ``locale=None`` is the
    current locale. ``word`` names another of the brand's words to lead with the same
    way (``"note"``, ``"alt"``).
    """
    if not source:
        return source
    prefix = getattr(brand.words_for(resolve_locale(locale, brand)), word)
    known = {getattr(w, word) for w in brand.words.values() if getattr(w, word)}
    if word == "source":
        known.add(brand.footer.source_prefix)
    for other in sorted(known - {prefix, ""}, key=len, reverse=True):
        if source.startswith(other):
            source = source[len(other) :]
            break
    if not prefix or source.lower().startswith(prefix.strip().lower()):
        return source
    return f"{prefix}{source}"


def content_width(brand: Brand, preset: SizePreset) -> float:
    """Return the width in points between the brand's left and right margins."""
    margins = brand.layout.margins
    return preset.points[0] - margins.left - margins.right


def _block_height(lines: Sequence[str], style: TextStyle) -> float:
    """Height in points of ``lines`` set in ``style``: cap-to-baseline plus line pitch."""
    if not lines:
        return 0.0
    return style.size * (1.0 + (len(lines) - 1) * style.line_spacing) + style.size * 0.25


# --------------------------------------------------------------------------- #
# The steps: header, logo, footer
# --------------------------------------------------------------------------- #


@dataclass(frozen=True)
class _Setting:
    """What every step needs: the brand, the preset, the styles and a measure."""

    brand: Brand
    preset: SizePreset
    styles: dict[str, TextStyle]
    measure: PlanMeasure

    @property
    def scale(self) -> float:
        return self.preset.type_scale

    @property
    def content(self) -> float:
        return content_width(self.brand, self.preset)


def _header(setting: _Setting, texts: Texts) -> tuple[list[Piece], float]:
    """Stack the title and subtitle from the top margin; return them and the header height."""
    layout = setting.brand.layout
    pieces: list[Piece] = []
    y = layout.margins.top
    for name, gap in (("title", layout.title_gap), ("subtitle", 0.0)):
        text = getattr(texts, name)
        if text:
            style = setting.styles[name]
            lines = setting.measure.wrap(text, style, setting.content)
            pieces.append(Piece(f"{GID_PREFIX}{name}", tuple(lines), style, y))
            y += _block_height(lines, style) + gap * setting.scale
    return pieces, (y + layout.header_gap * setting.scale if pieces else y)


def _logo_size(logo: LogoImage | None, setting: _Setting) -> tuple[float, float] | None:
    """Return the logo's width and height in points: brand height, shrunk if too wide."""
    if logo is None:
        return None
    height = setting.brand.footer.logo_height * setting.scale
    width = height * logo.aspect
    limit = setting.content * setting.brand.footer.logo_max_share
    if width > limit:
        width, height = limit, limit / logo.aspect
    return width, height


def _footer_lines(
    setting: _Setting, texts: Texts, logo: tuple[float, float] | None
) -> list[tuple[str, list[str]]]:
    """Wrap the note and source to the width the logo leaves them."""
    beside_logo = logo[0] + setting.brand.footer.logo_gap * setting.scale if logo else 0.0
    width = setting.content - beside_logo
    wrapped = []
    for name in ("note", "source"):
        text = getattr(texts, name)
        if text:
            wrapped.append((name, setting.measure.wrap(text, setting.styles[name], width)))
    return wrapped


@dataclass(frozen=True)
class _Footer:
    """The footer band: its top edge, the rule's width and the padding under the rule."""

    top: float
    rule: float
    pad: float

    @property
    def band_top(self) -> float:
        """Where the text and the logo start: under the rule and its padding."""
        return self.top + self.rule + self.pad


def _footer(
    setting: _Setting, lines: list[tuple[str, list[str]]], logo: tuple[float, float] | None
) -> _Footer:
    """Size the footer to the taller of its text and its logo, above the bottom margin."""
    footer, margins = setting.brand.footer, setting.brand.layout.margins
    text_height = sum(_block_height(wrapped, setting.styles[name]) for name, wrapped in lines)
    band = max(text_height, logo[1] if logo else 0.0)
    rule = footer.rule_width * setting.preset.line_scale if band > 0 else 0.0
    pad = footer.padding * setting.scale
    height = (rule + pad + band + margins.bottom) if band > 0 else margins.bottom
    return _Footer(top=setting.preset.points[1] - height, rule=rule, pad=pad)


def _footer_pieces(
    setting: _Setting, lines: list[tuple[str, list[str]]], footer: _Footer
) -> list[Piece]:
    y = footer.band_top
    pieces = []
    for name, wrapped in lines:
        style = setting.styles[name]
        pieces.append(Piece(f"{GID_PREFIX}{name}", tuple(wrapped), style, y))
        y += _block_height(wrapped, style)
    return pieces


def _logo_box(
    setting: _Setting, logo: tuple[float, float] | None, footer: _Footer
) -> tuple[float, float, float, float] | None:
    """Place the logo flush right in the footer band."""
    if logo is None:
        return None
    width, height = logo
    right = setting.preset.points[0] - setting.brand.layout.margins.right
    return (right - width, footer.band_top, width, height)


def plan(brand: Brand, preset: SizePreset, texts: Texts, logo: LogoImage | None) -> Plan:
    """Return where the title block, footer and logo go on a ``preset``-sized figure."""
    setting = _Setting(brand, preset, text_styles(brand, preset.type_scale), PlanMeasure(preset))
    header, header_height = _header(setting, texts)
    logo_size = _logo_size(logo, setting)
    lines = _footer_lines(setting, texts, logo_size)
    footer = _footer(setting, lines, logo_size)
    return Plan(
        pieces=(*header, *_footer_pieces(setting, lines, footer)),
        header_height=header_height,
        footer_top=footer.top - brand.layout.footer_gap * preset.type_scale,
        rule_y=footer.top + footer.rule / 2 if footer.rule else None,
        logo=logo,
        logo_box=_logo_box(setting, logo_size, footer),
    )
