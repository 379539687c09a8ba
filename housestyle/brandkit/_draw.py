"""Drawing the parts of a brand's specimen on a page measured in millimetres.

A :class:`Page` is a figure with one invisible axes whose units are millimetres from
the top left corner, so each part is laid out like print: a function draws one part
at ``(x, y)`` within a width and returns where the next part may start below it. Every
colour and font comes from the brand; the sizes of type are its own sizes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.colors import LinearSegmentedColormap, to_hex, to_rgb
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.patches import Rectangle

from ..brand import Brand
from ..ink import TextMeasure, simulate_rgb
from ..units import MM_PER_INCH, MM_PER_POINT, points_to_pixels
from ._report import VISIONS

__all__ = ["MM_PER_PT", "Page", "palette_strips", "strip_colours", "swatch_grid", "type_scale"]

MM_PER_PT = MM_PER_POINT
_GAP = 2.0  # mm between neighbouring things
_LEADING = 1.25  # line height as a multiple of the type size
#: The specimen's small print (labels, hex codes) as a share of the brand's source size.
_SMALL = 0.8
_STRIP = 4.0  # mm: the height of one vision's strip
_GUTTER = 22.0  # mm: the column of vision names beside the strips
_RAMP_STEPS = 128


@dataclass
class Page:
    """A figure whose one axes is measured in mm from the top left, in a brand."""

    fig: Figure
    ax: Axes
    brand: Brand
    measure: TextMeasure

    @classmethod
    def create(cls, brand: Brand, width_mm: float, height_mm: float, dpi: float) -> Page:
        fig = Figure(figsize=(width_mm / MM_PER_INCH, height_mm / MM_PER_INCH), dpi=dpi)
        FigureCanvasAgg(fig)  # drawable and measurable without pyplot
        fig.set_layout_engine("none")  # placed by hand, in mm
        fig.suppressComposite = True  # each image kept whole: compositing is slow in PDF
        fig.set_facecolor(brand.colours.background)
        ax = fig.add_axes((0, 0, 1, 1))
        ax.set_xlim(0, width_mm)
        ax.set_ylim(height_mm, 0)
        ax.set_axis_off()
        return cls(fig, ax, brand, TextMeasure(dpi))

    @property
    def small(self) -> float:
        """The size of the specimen's small print, in points."""
        return self.brand.type.source * _SMALL

    def props(self, size: float, bold: bool = False) -> FontProperties:
        from ..ink import font_families

        weight = "bold" if bold else "normal"
        return FontProperties(family=font_families(self.brand), size=size, weight=weight)

    def text(
        self,
        x: float,
        y: float,
        text: str,
        size: float,
        *,
        bold: bool = False,
        colour: str | None = None,
        ha: str = "left",
    ) -> float:
        """Write one line with its top at ``y``; return the y of the next line."""
        self.ax.text(
            x,
            y,
            text,
            fontproperties=self.props(size, bold),
            color=colour or self.brand.colours.text,
            ha=ha,
            va="top",
        )
        return y + size * MM_PER_PT * _LEADING

    def width(self, text: str, size: float, bold: bool = False) -> float:
        """The width of ``text`` in mm."""
        return self.measure.width(text, self.props(size, bold)) * MM_PER_PT

    def rect(self, x: float, y: float, w: float, h: float, colour: str, edge: bool = False) -> None:
        outline = self.brand.colours.gridline if edge else "none"
        self.ax.add_patch(
            Rectangle((x, y), w, h, facecolor=colour, edgecolor=outline, linewidth=0.5)
        )

    def image(self, x: float, y: float, w: float, h: float, pixels: np.ndarray) -> None:
        self.ax.imshow(
            pixels, extent=(x, x + w, y + h, y), aspect="auto", interpolation="antialiased"
        )
        self.ax.set_xlim(0, self.fig.get_figwidth() * MM_PER_INCH)  # imshow resets the limits
        self.ax.set_ylim(self.fig.get_figheight() * MM_PER_INCH, 0)

    def heading(self, x: float, y: float, w: float, text: str) -> float:
        """A section heading with a rule under it; return where the section starts."""
        size = self.brand.type.axis_title
        y = self.text(x, y, text, size, bold=True)
        self.ax.plot([x, x + w], [y, y], color=self.brand.colours.gridline, linewidth=0.6)
        return y + _GAP


# --------------------------------------------------------------------------- #
# Colours
# --------------------------------------------------------------------------- #


def swatch_grid(
    page: Page, x: float, y: float, w: float, swatches: Sequence[tuple[str, str, str]]
) -> float:
    """Swatches of ``(name, colour, figure)`` in rows of five; return the y below them."""
    columns, height = 5, 10.0
    cell = w / columns
    small = page.small
    for index, (name, colour, figure) in enumerate(swatches):
        left = x + (index % columns) * cell
        top = y + (index // columns) * (height + 4 * small * MM_PER_PT * _LEADING + _GAP)
        page.rect(left, top, cell - _GAP, height, colour, edge=True)
        line = page.text(left, top + height + 1.0, name, small, bold=True)
        line = page.text(left, line, colour, small)
        page.text(left, line, figure, small, colour=page.brand.colours.muted_text)
    rows = -(-len(swatches) // columns)
    return y + rows * (height + 4 * small * MM_PER_PT * _LEADING + _GAP)


# --------------------------------------------------------------------------- #
# Palettes as each vision sees them
# --------------------------------------------------------------------------- #


def strip_colours(colours: Sequence[str], kind: str, vision: str) -> np.ndarray:
    """The palette's colours as ``vision`` sees them: one per colour, or a sampled ramp.

    Returns an (n, 3) array of sRGB values in [0, 1].
    """
    if kind in ("sequential", "diverging"):
        ramp = LinearSegmentedColormap.from_list("ramp", list(colours))
        rgb = ramp(np.linspace(0, 1, _RAMP_STEPS))[:, :3]
    else:
        rgb = np.array([to_rgb(c) for c in colours])
    return rgb if vision == "normal" else simulate_rgb(rgb, vision)


def _labels_under(page: Page, x: float, y: float, w: float, colours: Sequence[str]) -> float:
    """Hex and contrast under each colour of a discrete strip; the y below them.

    When the labels are wider than their colours, every other one goes a row lower.
    """
    from ..ink import contrast_ratio

    cell = w / len(colours)
    background, small = page.brand.colours.background, page.small
    widest = max(page.width(colour, small) for colour in colours)
    rows = 1 if widest < cell - 1.0 else 2
    step = 2 * small * MM_PER_PT * _LEADING
    for index, colour in enumerate(colours):
        left, top = x + index * cell, y + (index % rows) * step
        line = page.text(left, top, colour, small)
        figure = f"{contrast_ratio(colour, background):.1f}:1"
        page.text(left, line, figure, small, colour=page.brand.colours.muted_text)
    return y + rows * step


def _ends_under(page: Page, x: float, y: float, w: float, colours: Sequence[str]) -> float:
    page.text(x, y, colours[0], page.small)
    return page.text(x + w, y, colours[-1], page.small, ha="right")


def palette_strips(page: Page, x: float, y: float, w: float, name: str) -> float:
    """One palette: its name and kind, a strip per vision, hex codes; the y below it."""
    brand = page.brand
    colours, kind = brand.palettes[name], brand.palette_kinds[name]
    title = f"{name}{'' if kind == name else f' · {kind}'}, {len(colours)} colours"
    y = page.text(x, y, title, page.small * 1.15, bold=True)
    strip_x, strip_w = x + _GUTTER, w - _GUTTER
    ramp = kind in ("sequential", "diverging")
    for vision in VISIONS:
        rgb = strip_colours(colours, kind, vision)
        if ramp:
            page.image(strip_x, y, strip_w, _STRIP, rgb[None, :, :])
        else:  # discrete colours as shapes: exact in PDF, no resampling
            cell = strip_w / len(rgb)
            for index, colour in enumerate(rgb):
                page.rect(strip_x + index * cell, y, cell, _STRIP, to_hex(colour))
        page.text(x, y + 0.3, vision, page.small, colour=brand.colours.muted_text)
        y += _STRIP + 0.6
    y += 0.6
    if ramp:
        return _ends_under(page, strip_x, y, strip_w, colours) + _GAP
    return _labels_under(page, strip_x, y, strip_w, colours) + _GAP


# --------------------------------------------------------------------------- #
# The type scale at each preset family
# --------------------------------------------------------------------------- #


def _families(brand: Brand) -> list[tuple[str, float, float]]:
    """``(family, dpi, type scale)`` of each preset family, in the order presets name them."""
    seen: dict[str, tuple[str, float, float]] = {}
    for preset in brand.presets.values():
        seen.setdefault(preset.family, (preset.family, preset.dpi, preset.type_scale))
    return list(seen.values())


#: The roles of type, in the order the specimen shows them, and which are bold.
_ROLES = (
    ("title", True),
    ("subtitle", False),
    ("axis_title", False),
    ("tick_label", False),
    ("legend", False),
    ("annotation", False),
    ("strip", False),
    ("table", False),
    ("source", False),
)


def type_scale(page: Page, x: float, y: float, w: float) -> float:
    """Each role of type at each preset family's scale, with points and pixels."""
    brand, small = page.brand, page.small
    families = _families(brand)
    label_w = 20.0
    column = (w - label_w) / len(families)
    for index, (family, dpi, scale) in enumerate(families):
        left = x + label_w + index * column
        line = page.text(left, y, family, small, bold=True)
        page.text(left, line, f"×{scale:g} · {dpi:g} dpi", small, colour=brand.colours.muted_text)
    y += 2 * small * MM_PER_PT * _LEADING + 1.0
    for role, bold in _ROLES:
        size = getattr(brand.type, role)
        height = max(size * max(s for _, _, s in families), 2.2 * small) * MM_PER_PT * _LEADING
        page.text(x, y + 0.5, role.replace("_", " "), small, colour=brand.colours.muted_text)
        for index, (_family, dpi, scale) in enumerate(families):
            left = x + label_w + index * column
            points = size * scale
            page.text(left, y, "Ag", points, bold=bold)
            after = left + page.width("Ag", points, bold) + 1.0
            line = page.text(after, y + 0.5, f"{points:.3g} pt", small)
            page.text(
                after,
                line,
                f"{points_to_pixels(points, dpi):.0f} px",
                small,
                colour=brand.colours.muted_text,
            )
        y += height + 0.5
    return y
