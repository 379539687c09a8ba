"""The sections of a brand as frozen dataclasses: fonts, colours, type, lines, layout...

Each class mirrors one section of the brand file (see ``housestyle/brands/README.md``)
and holds its values validated; :class:`housestyle.Brand` holds one of each.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from pathlib import Path

from ..units import MM_PER_INCH, POINTS_PER_INCH

__all__ = [
    "DataMargins",
    "LegendSpacing",
    "MM_PER_INCH",
    "PALETTE_KINDS",
    "Checks",
    "Colours",
    "Fonts",
    "Footer",
    "Layout",
    "Lines",
    "Margins",
    "Marks",
    "Pads",
    "SizePreset",
    "Tables",
    "TypeSizes",
    "Variants",
    "Words",
    "units_per_inch",
]

#: The kinds of palette: qualitative (distinct colours, used in order), sequential and
#: diverging (ramps, interpolated), focus (a highlight, then de-emphasis greys).
PALETTE_KINDS = ("qualitative", "sequential", "diverging", "focus")


def units_per_inch(unit: str, dpi: float) -> float:
    """Return how many of ``unit`` (``px``, ``mm`` or ``in``) make an inch at ``dpi``.

    Examples
    --------
    >>> units_per_inch("px", 100), units_per_inch("mm", 300)
    (100, 25.4)
    """
    return {"px": dpi, "mm": MM_PER_INCH, "in": 1.0}[unit]


@dataclass(frozen=True)
class Fonts:
    """The brand's typeface: a family name, its files (if any) and a fallback family.

    A brand that names no files uses a family installed on the system, found through
    matplotlib's font manager. Styles without a file of their own are drawn with the
    nearest given one (see :func:`housestyle.register_fonts`).
    """

    family: str
    regular: Path | None
    bold: Path | None
    italic: Path | None
    bold_italic: Path | None
    fallback: str
    #: Every fallback in the order tried: installed family names and font files.
    fallbacks: tuple[str | Path, ...] = ()

    @property
    def files(self) -> tuple[Path, ...]:
        """Every font file the brand names."""
        found = (self.regular, self.bold, self.italic, self.bold_italic)
        return tuple(path for path in found if path is not None)

    @property
    def installed(self) -> bool:
        """Whether the family is installed on the system rather than shipped as files."""
        return not self.files


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
    """Type sizes in points at type scale 1, line spacing and the minus sign."""

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
    unicode_minus: bool


@dataclass(frozen=True)
class Lines:
    """Line widths in points."""

    data: float
    gridline: float
    axis: float
    tick: float
    bar_edge: float
    reference: float
    halo: float
    edge: float
    context: float


@dataclass(frozen=True)
class Marks:
    """Sizes of marks in points, the style of reference lines, the opacity of bands."""

    point: float
    point_large: float
    reference_style: str
    band_opacity: float


@dataclass(frozen=True)
class Margins:
    """Figure margins in points."""

    left: float
    right: float
    top: float
    bottom: float


@dataclass(frozen=True)
class Pads:
    """Space in points between the parts of a plot and their labels."""

    tick_label: float
    axis_title: float
    panel_title: float
    strip_top: float
    strip_bottom: float
    layout: float


@dataclass(frozen=True)
class DataMargins:
    """The room matplotlib leaves between the data and the axes' edges: shares of the span."""

    x: float
    y: float


@dataclass(frozen=True)
class LegendSpacing:
    """A legend's spacing in ems of its type size: key length, space between columns, padding."""

    handle_length: float
    column_spacing: float
    border_pad: float


@dataclass(frozen=True)
class Layout:
    """Which guides are drawn and how the figure is spaced."""

    gridlines: str
    axis_lines: tuple[str, ...]
    ticks: bool
    tick_length: float
    pads: Pads
    legend_position: str
    axis_titles: bool
    margins: Margins
    title_gap: float
    header_gap: float
    footer_gap: float
    min_plot_share: float
    panel_gap: float
    data_margins: DataMargins
    legend: LegendSpacing

    @property
    def drawn_tick_length(self) -> float:
        """The tick length drawn: :attr:`tick_length` when ticks are on, else 0."""
        return self.tick_length if self.ticks else 0.0


@dataclass(frozen=True)
class Footer:
    """The footer band: source prefix, logo and rule."""

    source_prefix: str
    logo: Path | None
    logo_height: float
    rule_colour: str
    rule_width: float
    padding: float
    logo_max_share: float
    logo_gap: float


@dataclass(frozen=True)
class Variants:
    """The brand's twins for other appearances: the brands a dark or light page uses.

    Each is a shipped brand's name or the path of a brand file (relative to the brand
    file that names it), or None when the brand names no twin. A brand is its own
    twin for the appearance it already has (``night`` is dark).
    """

    dark: str | None = None
    light: str | None = None


@dataclass(frozen=True)
class Words:
    """The chart's fixed words in one language: prefixes and lead-ins.

    ``source`` and ``note`` prefix the footer's lines; ``data`` and ``chart`` are
    credit lead-ins ("Data: ", "Chart: ") for text a recipe writes; ``legend_title``
    is the title of a legend that has none (empty: no title); ``alt`` leads the alt
    text written into exported files (empty: none).
    """

    source: str = ""
    note: str = ""
    data: str = ""
    chart: str = ""
    legend_title: str = ""
    alt: str = ""
    #: The names the brand wrote, sorted (the others fall back to another language's).
    #: A tuple, not a set, so that the brand hashes alike in every process.
    given: tuple[str, ...] = ()

    @classmethod
    def given_as(cls, spec: dict[str, str]) -> Words:
        """Return the words a brand wrote for one language."""
        return cls(**spec, given=tuple(sorted(spec)))


@dataclass(frozen=True)
class Tables:
    """The spacing of :func:`housestyle.table`: ems of its type size, and rules in points."""

    pad_x: float
    pad_y: float
    max_text: float
    min_text: float
    min_chart: float
    max_lines: int
    bar_gap: float
    header_rule: float
    bar_height: float
    marker: float


@dataclass(frozen=True)
class SizePreset:
    """An output size: web presets in px, print presets in mm, both at a dpi.

    The brand writes every size at scale 1; :func:`housestyle.finalise` multiplies
    them by the preset's two scales, which are the same for every preset of one
    family (so text reads at the same size across them):

    ``type_scale``
        Everything with an extent: every text (title block and footer, tick labels,
        axis and panel titles, legends, strips, annotations, plotnine ``geom_text``,
        ``geom_label`` and ``annotate``), halos around text, marker and point sizes,
        tick lengths, arrow heads, legend keys and their spacing, annotation offsets
        given in points, the logo, and the gaps of the title block and footer.
    ``line_scale``
        Every stroke's width: data lines, gridlines, spines, ticks, bar, patch and
        marker edges, arrows' shafts, halos around lines, and the footer rule. The
        same as ``type_scale`` unless the family gives its own.
    """

    name: str
    family: str
    width: float
    height: float
    unit: str
    dpi: float
    type_scale: float
    line_scale: float

    @property
    def _per_inch(self) -> float:
        return units_per_inch(self.unit, self.dpi)

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
            pixels = math.ceil(points / POINTS_PER_INCH * self.dpi - 1e-6)
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
        return width * POINTS_PER_INCH, height * POINTS_PER_INCH


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
    #: Points: the narrowest and shortest an axes may be drawn at the output size.
    min_axes_size: float = 18.0
