"""Where and with what a table is drawn: figure-level artists, the brand's pens."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from matplotlib.artist import Artist
from matplotlib.font_manager import FontProperties
from matplotlib.text import Text
from matplotlib.transforms import Transform

from ..brand import Brand

__all__ = ["Ink", "Surface"]


@dataclass(frozen=True)
class Ink:
    """The pens a table draws with, in points at scale 1.

    A table is drawn as every chart is before :func:`housestyle.finalise`: text,
    marks and lines at the brand's sizes, which finalise then multiplies by the
    preset's type and line scales (:mod:`housestyle.finish._sizing`).
    """

    brand: Brand
    families: tuple[str, ...]
    size: float  # type size drawn (before finalise multiplies text by type_scale)
    scale: float  # the preset's type scale: a size laid out in output points, over it

    def props(self, bold: bool, italic: bool) -> FontProperties:
        return FontProperties(
            family=list(self.families),
            size=self.size,
            weight="bold" if bold else "normal",
            style="italic" if italic else "normal",
        )


class Surface:
    """Where a table is drawn: figure-level artists through a points transform.

    No Axes: a table needs no data limits, and an Axes costs more to make than the
    whole table takes to draw.
    """

    def __init__(self, fig: Any, transform: Transform):
        self.fig = fig
        self.transform = transform

    def add(self, artist: Artist) -> None:
        artist.set_transform(self.transform)
        artist.set_clip_on(False)
        self.fig.add_artist(artist)

    def text(self, x: float, y: float, text: str, **kw: Any) -> None:
        kw.pop("clip_on", None)
        self.add(Text(x, y, text, parse_math=False, **kw))  # "$5" is money, not maths
