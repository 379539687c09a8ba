"""What the rules look at: a figure rendered once, with its texts and marks found.

The figure is drawn with an Agg renderer that paints everything except text and
records each text it was asked to draw. That one pass gives three things: the
background behind every text (the pixels as they are without it), the texts that
really appear (tick labels outside the view are never drawn), and an up-to-date
layout for measuring their extents.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, cast

import matplotlib as mpl
import numpy as np
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import RendererAgg
from matplotlib.colors import to_rgb, to_rgba
from matplotlib.figure import Figure
from matplotlib.text import Text

from .._private import math_free_text
from ..brand import Brand, SizePreset
from ..findings import Finding
from ..ink import upright_size
from ..record import drawing_rc
from ..units import BOLD_WEIGHT
from ._naming import axes_of, axis_texts, describe

__all__ = ["DrawnText", "Finding", "Scene", "axes_of", "composite", "describe", "hex_colour"]

INK_ALPHA = 96  # of 255: a pixel at least this covered by a glyph is text
MIN_INK_PIXELS = 4


class _TextRecorder(RendererAgg):
    """An Agg renderer that draws text on a layer of its own and records it.

    Its own canvas gets everything but text: the background behind the text. The
    ``ink`` layer gets only the text, each drawing call in a colour of its own
    without anti-aliasing, so every glyph pixel says which call drew it (call ``i``
    is colour ``i + 1``: red its lowest byte, blue its highest, so that the RGBA
    pixel read as a little-endian 32-bit number is the call's number below the alpha).
    """

    def __init__(self, width: float, height: float, dpi: float):
        super().__init__(width, height, dpi)
        self.ink = RendererAgg(width, height, dpi)
        self.drawn: list[tuple[Text | None, str]] = []
        self.metrics = _LineMetrics(self)

    def _ink_gc(self, gc: Any) -> Any:
        number = len(self.drawn)
        ink = self.ink.new_gc()
        ink.copy_properties(gc)
        ink.set_alpha(None)  # type: ignore[arg-type]  # None: the colour's own alpha
        ink.set_antialiased(False)
        red, green, blue = (((number >> shift) & 255) / 255 for shift in (0, 8, 16))
        ink.set_foreground((red, green, blue))
        return ink

    def draw_text(  # noqa: D102
        self,
        gc: Any,
        x: float,
        y: float,
        s: str,
        prop: Any,
        angle: float,
        ismath: bool | str = False,
        mtext: Text | None = None,
    ) -> None:
        self.drawn.append((mtext, s))
        self.ink.draw_text(self._ink_gc(gc), x, y, s, prop, angle, ismath=ismath, mtext=mtext)

    def draw_tex(  # noqa: D102
        self,
        gc: Any,
        x: float,
        y: float,
        s: str,
        prop: Any,
        angle: float,
        *,
        mtext: Text | None = None,
    ) -> None:
        self.drawn.append((mtext, s))
        self.ink.draw_tex(self._ink_gc(gc), x, y, s, prop, angle, mtext=mtext)


@dataclass(frozen=True)
class DrawnText:
    """A text as drawn: its artist, its line box, its glyphs and the box around them.

    ``outline`` and ``corners`` are measured when first asked for: most rules settle
    a text on its line box (``bbox``), which holds both.
    """

    artist: Text
    label: str
    bbox: Any  # matplotlib Bbox in display pixels: the text's line box
    glyphs: tuple[np.ndarray, np.ndarray] | None  # (rows, columns) of its glyph pixels
    renderer: Any = field(repr=False, compare=False)  # the scene's recording renderer

    @cached_property
    def outline(self) -> np.ndarray:
        """The (4, 2) corners of its line box less the leading, in display pixels."""
        return _corners(self.artist, self.bbox, self.renderer)

    @cached_property
    def corners(self) -> np.ndarray:
        """The (4, 2) corners of the box around its glyphs, in display pixels.

        The box around the glyph pixels drawn, turned with the text; the ``outline``
        when its glyphs are not known.
        """
        if self.glyphs is None:
            return self.outline
        height = int(self.renderer.height)  # the canvas' rows, as Agg sizes it
        return _glyph_corners(self.glyphs, self.artist.get_rotation(), height)

    def inside(self, left: float, bottom: float, right: float, top: float) -> bool:
        """Whether its line box, and so its outline and glyphs, lie within the edges."""
        box = self.bbox
        return box.x0 >= left and box.y0 >= bottom and box.x1 <= right and box.y1 <= top

    @property
    def size(self) -> float:
        """The font size in points."""
        return float(self.artist.get_fontsize())

    @property
    def bold(self) -> bool:
        """Whether the text is set bold (weight ``BOLD_WEIGHT`` or more)."""
        weight = self.artist.get_fontweight()
        numeric = {"semibold": 600, "demibold": 600, "bold": 700, "heavy": 800, "black": 900}
        return (
            weight if isinstance(weight, int | float) else numeric.get(weight, 400)
        ) >= BOLD_WEIGHT


@dataclass
class Scene:
    """A figure prepared for checking: rendered once, its texts and marks found.

    Parameters
    ----------
    fig
        The figure to check.
    brand
        The brand whose thresholds and colours apply.
    preset
        The output size, or None when the figure was not made for one.
    """

    fig: Figure
    brand: Brand
    preset: SizePreset | None
    _recorder: _TextRecorder | None = field(default=None, repr=False)
    _memo: dict[str, Any] = field(default_factory=dict, repr=False)

    # ------------------------------------------------------------------ rendering

    def memo(self, key: str, compute: Callable[[], Any]) -> Any:
        """Compute something two rules share once per scene."""
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]

    @contextmanager
    def drawing_rc(self) -> Iterator[None]:
        """The rcParams the figure is drawn with: its brand's, as export draws it."""
        with mpl.rc_context(cast(Any, drawing_rc(self.fig))):
            yield

    def render(self) -> _TextRecorder:
        """Draw the figure without text (once) and return the recording renderer.

        A finalised figure is drawn as export draws it: under its brand's rcParams,
        which some artists read only when drawn (how many ticks fit, for one), so that
        what is checked is what is exported.
        """
        if self._recorder is None:
            width, height = self.fig.bbox.size
            recorder = _TextRecorder(width, height, self.fig.dpi)
            with self.drawing_rc(), warnings.catch_warnings():
                # missing glyphs are the missing_glyph rule's, named once per text
                warnings.filterwarnings("ignore", message="Glyph .* missing from")
                self.fig.draw(recorder)
            self._recorder = recorder
        return self._recorder

    @cached_property
    def page(self) -> np.ndarray:
        """The colour a transparent figure is shown on: the brand background, as RGB."""
        return np.array(to_rgb(self.brand.colours.background))

    @cached_property
    def _canvas(self) -> np.ndarray:
        """The figure drawn without text: its (height, width, 4) RGBA bytes, as drawn."""
        return np.asarray(self.render().buffer_rgba())

    def _on_page(self, rgba: np.ndarray) -> np.ndarray:
        """RGBA bytes (n, 4) laid over the page colour, as RGB in [0, 1]."""
        pixels = rgba.astype(float) / 255.0
        alpha = pixels[..., 3:]
        return pixels[..., :3] * alpha + self.page * (1.0 - alpha)

    @cached_property
    def ink(self) -> np.ndarray:
        """Which drawing call put text on each pixel: a (height, width) array, 0 for none."""
        words = np.asarray(self.render().ink.buffer_rgba()).view("<u4")[..., 0]
        return np.where(words >> 24 >= INK_ALPHA, words & 0xFFFFFF, 0)

    def behind(self, text: DrawnText) -> np.ndarray:
        """Return the background under a text's glyphs as (n, 3) RGB.

        The pixels as they are without text, where its glyphs are drawn; the whole line
        box when its glyphs are not known (multi-line text, or an invisible one); the
        page colour if the box is off the figure. Only those pixels are read.
        """
        canvas = self._canvas
        if text.glyphs is not None:
            return self._on_page(canvas[text.glyphs])
        height, width = canvas.shape[:2]
        bbox = text.bbox
        x0, x1 = (int(np.clip(v, 0, width)) for v in (np.floor(bbox.x0), np.ceil(bbox.x1)))
        top, bottom = np.ceil(bbox.y1), np.floor(bbox.y0)
        y0, y1 = (int(np.clip(height - v, 0, height)) for v in (top, bottom))
        patch = canvas[y0:y1, x0:x1]
        return self._on_page(patch.reshape(-1, 4)) if patch.size else self.page[None, :]

    # ------------------------------------------------------------------ texts

    @cached_property
    def texts(self) -> list[DrawnText]:
        """Every text that is drawn with visible characters, in drawing order."""
        recorder = self.render()
        calls: dict[int, list[int]] = {}
        single = []
        for number, (artist, _) in enumerate(recorder.drawn, start=1):
            if artist is not None:
                calls.setdefault(id(artist), []).append(number)
                single.append(artist)
        lines = {line for artist, line in recorder.drawn if artist is None}
        multi = [
            t
            for t in self.fig.findobj(Text)
            if "\n" in t.get_text() and t.get_visible() and lines & set(t.get_text().split("\n"))
        ]
        seen: set[int] = set()
        found = []
        for artist in [*single, *multi]:
            if id(artist) in seen or not artist.get_text().strip():
                continue
            seen.add(id(artist))
            found.append(self._drawn(artist, calls.get(id(artist), [])))
        return found

    def _drawn(self, artist: Text, calls: list[int]) -> DrawnText:
        renderer = self.render()
        bbox = artist.get_window_extent(renderer)
        glyphs = self._glyphs(bbox, calls)
        return DrawnText(artist, describe(self.fig, artist), bbox, glyphs, renderer)

    def _glyphs(self, bbox: Any, calls: list[int]) -> tuple[np.ndarray, np.ndarray] | None:
        """Return the (rows, columns) of the pixels drawn by ``calls`` near ``bbox``."""
        if not calls:
            return None
        height, width = self.ink.shape
        x0, x1 = (int(np.clip(v, 0, width)) for v in (np.floor(bbox.x0) - 2, np.ceil(bbox.x1) + 2))
        y0, y1 = (
            int(np.clip(height - v, 0, height))
            for v in (np.ceil(bbox.y1) + 2, np.floor(bbox.y0) - 2)
        )
        rows, columns = np.nonzero(np.isin(self.ink[y0:y1, x0:x1], calls))
        if len(rows) < MIN_INK_PIXELS:
            return None
        return rows + y0, columns + x0

    # ------------------------------------------------------------------ axes

    @cached_property
    def text_axes(self) -> dict[int, Axes]:
        """The axes of each text drawn, by the text's id (axis texts included)."""
        owners: dict[int, Axes] = {}
        for ax in self.fig.axes:
            for text in axis_texts(ax):
                owners[id(text)] = ax
        for drawn in self.texts:
            if isinstance(drawn.artist.axes, Axes):
                owners[id(drawn.artist)] = drawn.artist.axes
        return owners

    @cached_property
    def data_axes(self) -> list[Axes]:
        """The figure's axes that hold data: not colour bars."""
        return [
            ax
            for ax in self.fig.axes
            if getattr(ax, "_colorbar", None) is None and ax.get_visible()
        ]

    def axes_background(self, ax: Axes) -> np.ndarray:
        """The RGB colour behind an axes' marks: its face over the figure's over the page."""
        colour = self.page
        for face in (
            self.fig.get_facecolor(),
            ax.get_facecolor() if ax.patch.get_visible() else None,
        ):
            if face is not None:
                colour = composite(to_rgba(face), colour)
        return colour


def composite(rgba: Any, under: np.ndarray) -> np.ndarray:
    """Return ``rgba`` laid over the RGB colour(s) ``under``, as RGB."""
    rgba = np.asarray(to_rgba(rgba) if isinstance(rgba, str) else rgba, dtype=float)
    return rgba[:3] * rgba[3] + np.asarray(under) * (1.0 - rgba[3])


def hex_colour(rgb: Any) -> str:
    """Return an RGB triple in [0, 1] as ``#rrggbb``."""
    return "#" + "".join(f"{round(float(v) * 255):02x}" for v in list(rgb)[:3])


def _glyph_corners(
    glyphs: tuple[np.ndarray, np.ndarray], rotation: float, height: int
) -> np.ndarray:
    """Return the corners of the smallest box, turned with the text, around its glyphs."""
    rows, columns = glyphs
    points = np.column_stack([columns + 0.5, height - rows - 0.5])  # display pixel centres
    theta = np.radians(rotation)
    along, across = (
        np.array([np.cos(theta), np.sin(theta)]),
        np.array([-np.sin(theta), np.cos(theta)]),
    )
    a, b = points @ along, points @ across
    a0, a1, b0, b1 = a.min(), a.max(), b.min(), b.max()  # through the outer pixels' centres
    return np.array([along * u + across * v for u, v in ((a0, b0), (a1, b0), (a1, b1), (a0, b1))])


class _LineMetrics:
    """The ascent and descent of lines of text on one renderer, each measured once.

    A chart's tick labels share their font and the line box ("lp") each text is
    measured against, so a scene measures each (line, font) once.
    """

    def __init__(self, renderer: RendererAgg):
        self.renderer = renderer
        self._found: dict[tuple[str, Any, Any], tuple[float, float]] = {}

    def ascent_descent(self, artist: Text, line: str) -> tuple[float, float]:
        """The pixels of ``line`` set as ``artist`` sets it above and below its baseline."""
        clean, ismath = math_free_text(artist, line)
        prop = artist.get_fontproperties()
        key = (clean, ismath, prop)
        if key not in self._found:
            measured = self.renderer.get_text_width_height_descent(clean, prop, ismath=ismath)
            _, height, descent = measured
            self._found[key] = (height - descent, descent)
        return self._found[key]


def _leading(artist: Text, metrics: _LineMetrics) -> tuple[float, float]:
    """Return the pixels between the text's line box and its glyphs, above and below.

    A text's window extent is as tall as the font's ascender and descender ("lp");
    digits and capitals fill less of it. Returns the gap above the first line's
    glyphs and below the last line's.
    """
    lines = artist.get_text().split("\n")
    box_ascent, box_descent = metrics.ascent_descent(artist, "lp")
    first, last = lines[0], lines[-1]
    top = box_ascent - metrics.ascent_descent(artist, first)[0] if first.strip() else 0.0
    bottom = box_descent - metrics.ascent_descent(artist, last)[1] if last.strip() else 0.0
    return max(top, 0.0), max(bottom, 0.0)


def _corners(artist: Text, bbox: Any, renderer: _TextRecorder) -> np.ndarray:
    """Return the corners of the box around the text's glyphs, in display pixels.

    The box is the text's own (rotated) line box less the leading above and below
    the glyphs. The window extent of rotated text is the upright box around the
    rotated one, so the rotated box is the upright text's box turned about that
    extent's centre.
    """
    angle = artist.get_rotation() % 360
    width, height = upright_size(artist, bbox, renderer)
    top, bottom = _leading(artist, renderer.metrics)
    top, bottom = min(top, height / 2), min(bottom, height / 2)
    flat_box = np.array(
        [
            [-width / 2, -height / 2 + bottom],
            [width / 2, -height / 2 + bottom],
            [width / 2, height / 2 - top],
            [-width / 2, height / 2 - top],
        ]
    )
    theta = np.radians(angle)
    turn = np.array([[np.cos(theta), -np.sin(theta)], [np.sin(theta), np.cos(theta)]])
    centre = np.array([(bbox.x0 + bbox.x1) / 2, (bbox.y0 + bbox.y1) / 2])
    return flat_box @ turn.T + centre
