"""Composing a finished Altair chart: title block, chart, footer, at a preset's pixel size.

Vega-Lite has no slot for a source line or a logo, so the finished chart is a
``vconcat`` of three views with no space between them:

- the title block: one text mark per line, on the baselines the plan measured;
- the user's chart, its width and height set so that its whole extent (axes, labels
  and legend included) fills the space the plan leaves it;
- the footer: the rule across the content width, the note and source lines, and the
  logo as an image (a data URI: nothing is fetched).

The plan (:mod:`housestyle.record._plan`) is in points from the top-left corner of
the figure, the same one the matplotlib finish draws; here a point is ``dpi / 72``
pixels. Vega-Lite aligns the views of a ``vconcat`` at the left edge of their plot
areas, so the title block and footer start as far left of it as the chart's y axis
labels reach (``overhang``), and the brand's margins are the top-level padding.
"""

from __future__ import annotations

import base64
import copy
import io
import math
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image

from ...brand import Brand, brands, load_brand
from ...errors import HouseStyleError
from ...ink import LogoImage, font_families
from ...libraries.altair import theme_config, tick_spacing
from ...record import Job, Piece
from .axes import data_rows, with_category_lines, with_tick_counts
from .vlc import scenegraph_box, use_fonts

__all__ = ["META_KEY", "SCHEMA", "compose", "logo_path", "plot_of", "stored_record"]

SCHEMA = "https://vega.github.io/schema/vega-lite/v6.json"
#: The key of the finish record in the spec's ``usermeta``.
META_KEY = "housestyle"
#: The channels whose legends a composed chart keeps with the chart's own view.
_LEGENDS = ("color", "fill", "stroke", "shape", "size", "opacity", "strokeDash", "strokeWidth")
#: Keys only a top-level specification may have: kept from the chart, not its view.
_TOP_LEVEL = ("$schema", "config", "datasets", "usermeta", "padding", "autosize", "background")


@dataclass(frozen=True)
class _Box:
    """A chart's full extent in pixels, and how far left and up it reaches past its plot."""

    left: float
    top: float
    width: float
    height: float
    cells: tuple[int, int] = (1, 1)  # cells the extent grows by per unit of plot size


def _view_sizes(view: dict[str, Any]) -> dict[str, Any]:
    """The dictionary whose ``width`` and ``height`` size one cell of the view."""
    if "facet" in view and "spec" in view:
        return view["spec"]
    if any(key in view for key in ("hconcat", "vconcat", "concat", "repeat")):
        raise HouseStyleError(
            "chart: a concatenated or repeated Altair chart cannot be sized by finalise; "
            "allowed: a single, layered or faceted chart (finish each one, or facet it)"
        )
    return view


def _measure(view: dict[str, Any], top: dict[str, Any], width: float, height: float) -> _Box:
    """Lay the view out at a plot size (no rendering); return its full extent."""
    sized = copy.deepcopy(view)
    cell = _view_sizes(sized)
    cell["width"], cell["height"] = width, height
    return _Box(*scenegraph_box({**top, **sized, "padding": 0, "autosize": {"type": "pad"}}))


#: The share of the room a plot is first laid out at, across and down, to measure the rest.
_GUESS = (0.8, 0.7)


def _fit(
    view: dict[str, Any],
    top: dict[str, Any],
    width: float,
    height: float,
    start: tuple[float, float, _Box] | None = None,
) -> tuple[float, float, _Box]:
    """Find the plot size whose full extent is ``width`` x ``height`` pixels.

    The extent grows by a whole number of cells per unit of plot size (1 for a single
    view, the columns or rows of a facet). The first step assumes one cell and its
    outcome gives the true number (a secant step); the plot is measured again (tick
    labels change with the size) until its extent misses by under a hundredth of a
    pixel. ``start``: a plot size and cells to start from, often fitted at once.
    """
    plot_w, plot_h = (start[0], start[1]) if start else (width * _GUESS[0], height * _GUESS[1])
    box = _measure(view, top, plot_w, plot_h)
    per_w, per_h = start[2].cells if start else (1, 1)
    for _ in range(5):
        miss_w, miss_h = width - box.width, height - box.height
        if abs(miss_w) < 0.01 and abs(miss_h) < 0.01:
            break
        next_w, next_h = _stepped(plot_w, miss_w, per_w), _stepped(plot_h, miss_h, per_h)
        after = _measure(view, top, next_w, next_h)
        # how many cells the extent grew by per unit of plot size, as this step shows
        per_w = _cells(after.width - box.width, next_w - plot_w, per_w)
        per_h = _cells(after.height - box.height, next_h - plot_h, per_h)
        plot_w, plot_h, box = next_w, next_h, after
    if plot_w < 20 or plot_h < 20:
        raise HouseStyleError(
            "size: the chart's axes, labels and legend leave its plot no room at this size "
            f"({plot_w:.0f} x {plot_h:.0f} px); allowed: a larger preset, or fewer labels"
        )
    return plot_w, plot_h, replace(box, cells=(per_w, per_h))


def _stepped(plot: float, miss: float, cells: int) -> float:
    """The plot size that takes up ``miss`` pixels of extent over ``cells`` cells.

    A step assumed to be of one cell may overshoot a facet's: at most halve the plot.
    """
    return max(plot + miss / cells, plot / 2)


def _cells(grown: float, stepped: float, before: int) -> int:
    """Whole cells the extent grew by per unit of plot size (as ``before`` after a tiny step)."""
    return max(1, round(grown / stepped)) if abs(stepped) > 1 else before


# --------------------------------------------------------------------------- #
# The title block and footer
# --------------------------------------------------------------------------- #


@dataclass(frozen=True)
class _Frame:
    """The plan in whole pixels: margins, the bands' heights and the content width.

    Vega rounds a view's extent out to whole pixels, so every edge is put on one;
    each is the plan's edge in points, rounded, so nothing moves by half a pixel or
    more from where the matplotlib finish puts it.
    """

    left: int
    right: int
    top: int
    bottom: int
    header: int
    plot: int
    footer: int
    content: int
    footer_start: int
    px: float
    overhang: float = 0.0

    @classmethod
    def of(cls, job: Job) -> _Frame:
        px, margins, plan = job.px_per_pt, job.brand.layout.margins, job.plan
        width, height = job.preset.pixels
        left, right = round(margins.left * px), round(margins.right * px)
        top, bottom = round(margins.top * px), round(margins.bottom * px)
        header_end = round(plan.header_height * px)
        footer_start = round(plan.footer_top * px)
        return cls(
            left=left,
            right=right,
            top=top,
            bottom=bottom,
            header=header_end - top,
            plot=footer_start - header_end,
            footer=height - bottom - footer_start,
            content=width - left - right,
            footer_start=footer_start,
            px=px,
        )

    def x(self, points: float) -> float:
        """A distance from the figure's left edge in points, in a band's pixels."""
        return round(points * self.px - self.left - self.overhang, 3)


def _text_marks(
    pieces: tuple[Piece, ...], brand: Brand, frame: _Frame, top: float
) -> list[dict[str, Any]]:
    """One text mark per line of each piece, on the plan's baselines; ``top`` in pixels."""
    px = frame.px
    font = ", ".join(dict.fromkeys(font_families(brand)))
    marks = []
    for piece in pieces:
        style = piece.style
        for number, line in enumerate(piece.lines):
            baseline = piece.top + style.size * (1 + number * style.line_spacing)
            marks.append(
                {
                    "mark": {
                        "type": "text",
                        "text": line,
                        "x": frame.x(brand.layout.margins.left),
                        "y": round(baseline * px - top, 3),
                        "align": "left",
                        "baseline": "alphabetic",
                        "font": font,
                        "fontSize": round(style.size * px, 3),
                        "fontWeight": style.weight,
                        "color": style.colour,
                        "description": f"{piece.gid.removeprefix('housestyle-')}: {line}",
                        "tooltip": None,
                    },
                    "name": f"{piece.gid.replace('-', '_')}_{number}",
                }
            )
    return marks


def _band(layers: list[dict[str, Any]], width: float, height: float, name: str) -> dict[str, Any]:
    """A view of fixed size holding marks placed in pixels, with no data of its own."""
    return {
        "name": name,
        "data": {"values": [{}]},
        "layer": layers,
        "width": width,
        "height": height,
        "view": {"stroke": None, "fill": None},
    }


def _logo_uri(logo: LogoImage) -> str:
    """The logo as a data URI: its SVG file as it is, or its pixels as a PNG."""
    if logo.path.suffix.lower() == ".svg":
        return "data:image/svg+xml;base64," + base64.b64encode(logo.path.read_bytes()).decode()
    pixels = np.clip(np.asarray(logo.pixels) * 255.0 + 0.5, 0, 255).astype(np.uint8)
    buffer = io.BytesIO()
    Image.fromarray(pixels, "RGBA").save(buffer, format="PNG", optimize=True)
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode()


def _footer(job: Job, frame: _Frame, plot_w: float) -> dict[str, Any] | None:
    """The footer view: rule, note and source, logo; None when there is nothing in it."""
    brand, plan, px = job.brand, job.plan, frame.px
    top = frame.footer_start
    layers = []
    if plan.rule_y is not None:
        stroke = round(brand.footer.rule_width * job.preset.line_scale * px, 3)
        inset = stroke  # Vega takes a stroke width beyond each end into the bounds
        layers.append(
            {
                "mark": {
                    "type": "rule",
                    "color": brand.footer.rule_colour,
                    "strokeWidth": stroke,
                    "strokeDash": [],
                    "strokeCap": "butt",
                    "tooltip": None,
                },
                "encoding": {
                    "x": {"value": round(inset - frame.overhang, 3)},
                    "x2": {"value": round(frame.content - frame.overhang - inset, 3)},
                    "y": {"value": round(plan.rule_y * px - top, 3)},
                },
                "name": "housestyle_rule",
            }
        )
    footer_pieces = tuple(p for p in plan.pieces if p.top >= plan.footer_top)
    layers += _text_marks(footer_pieces, brand, frame, top)
    if plan.logo is not None and plan.logo_box is not None:
        x, y, width, height = plan.logo_box
        layers.append(
            {
                "mark": {
                    "type": "image",
                    "url": _logo_uri(plan.logo),
                    # flush right, within the content width the margins leave in whole pixels
                    "x": min(frame.x(x), round(frame.content - frame.overhang - width * px, 3)),
                    "y": round(y * px - top, 3),
                    "width": round(width * px, 3),
                    "height": round(height * px, 3),
                    "align": "left",
                    "baseline": "top",
                    "aspect": False,
                    "description": "logo",
                    "tooltip": None,
                },
                "name": "housestyle_logo",
            }
        )
    if not layers or frame.footer <= 0:
        return None
    return _band(layers, plot_w, frame.footer, "housestyle_footer")


def _header(job: Job, frame: _Frame, plot_w: float) -> dict[str, Any] | None:
    pieces = tuple(p for p in job.plan.pieces if p.top < job.plan.header_height)
    if not pieces or frame.header <= 0:
        return None
    layers = _text_marks(pieces, job.brand, frame, frame.top)
    return _band(layers, plot_w, frame.header, "housestyle_header")


# --------------------------------------------------------------------------- #
# The whole
# --------------------------------------------------------------------------- #


def _brand_ref(brand: Brand) -> str:
    """The brand by name when it is a shipped one (so the spec names no path), else its path."""
    if brand.name in brands() and load_brand(brand.name).path == brand.path:
        return brand.name
    return str(brand.path)


def _record(job: Job, view: dict[str, Any], user_config: dict[str, Any]) -> dict[str, Any]:
    """The finish record kept in the spec's ``usermeta``: all a re-finish needs."""
    texts = job.texts
    return {
        "title": texts.title,
        "subtitle": texts.subtitle,
        "note": texts.note,
        "source": texts.source,
        "alt": job.alt,
        "brand": _brand_ref(job.brand),
        "preset": asdict(job.preset),
        "header_height": job.plan.header_height,
        "footer_height": job.preset.points[1] - job.plan.footer_top,
        "logo": _logo_ref(job),
        "config": user_config,
        "chart": view,
    }


def _logo_ref(job: Job) -> str | bool:
    """The logo as a re-finish asks for it: the brand's (True), none (False), or a path."""
    if job.logo is None:
        return False
    if job.brand.footer.logo is not None and job.logo.path == job.brand.footer.logo:
        return True
    return str(job.logo.path)


def stored_record(spec: dict[str, Any]) -> dict[str, Any] | None:
    """Return the finish record a composed spec carries, or None."""
    meta = spec.get("usermeta")
    record = meta.get(META_KEY) if isinstance(meta, dict) else None
    return record if isinstance(record, dict) else None


def plot_of(spec: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    """Return a chart's own view, its top-level keys and its own config (from a record too)."""
    record = stored_record(spec)
    if record is not None:
        top = {"datasets": spec["datasets"]} if "datasets" in spec else {}
        return copy.deepcopy(record["chart"]), top, copy.deepcopy(record["config"])
    view = {key: value for key, value in spec.items() if key not in (*_TOP_LEVEL, "title")}
    top = {key: spec[key] for key in ("datasets",) if key in spec}
    return view, top, dict(spec.get("config", {}))


def _merged(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    """``base`` with ``over`` laid on it, dictionaries merged key by key."""
    out = dict(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merged(out[key], value)
        else:
            out[key] = value
    return out


def _text_reach(job: Job, frame: _Frame, plot_w: float, config: dict[str, Any]) -> _Frame:
    """The frame with its margins given way where the bands' text runs past the content.

    The plan wraps the bands' text with matplotlib's measure of the brand's font; Vega's
    can be a few pixels wider on a long line, which runs into the right margin rather
    than pushing the chart off its size. A glyph reaching left of the content takes as
    much of the left margin, known before the chart is composed (a layout fewer).
    """
    bands = [band for band in (_header(job, frame, plot_w), _footer(job, frame, plot_w)) if band]
    if not bands:
        return frame
    left, _, width, _ = scenegraph_box(
        {"vconcat": bands, "padding": 0, "spacing": 0, "config": config}
    )
    overflow = (width - left) - (frame.content - frame.overhang)
    right = max(0, min(frame.right, math.ceil(overflow - 1e-6)))
    reach = max(0, min(frame.left, math.ceil(left - frame.overhang - 1e-6)))
    return replace(frame, left=frame.left - reach, right=frame.right - right)


def _laid_out(
    view: dict[str, Any], top: dict[str, Any], rows: list[dict[str, Any]], job: Job
) -> tuple[dict[str, Any], float, float, _Box]:
    """The view with its ticks and category labels set, fitted to the plan's plot room.

    Ticks are spaced for the type's size (as many as at web size): first as if the plot
    took the whole room; then, when its axes, labels and legend leave it room for fewer
    ticks, spaced again for the plot's own size, so tick labels never crowd on a
    narrow plot (a long category label down the side, a facet's cells). A single view
    is counted at its plot size from its first layout (:func:`_first_step`).
    """
    frame = _Frame.of(job)
    step = tick_spacing(job.brand, job.preset)

    def ticked(width: float, height: float) -> dict[str, Any]:
        counts = {"x": math.ceil(width / step), "y": math.ceil(height / step)}
        return with_category_lines(with_tick_counts(view, counts), rows, job)

    def fitted(
        width: float, height: float, start: tuple[float, float, _Box] | None = None
    ) -> tuple[dict[str, Any], float, float, _Box]:
        laid = ticked(width, height)
        return (laid, *_fit(laid, top, frame.content, frame.plot, start))

    if "facet" not in view:  # one cell: its fit's first step is known to be right
        plot_w, plot_h, box = _first_step(ticked(frame.content, frame.plot), top, frame)
        return fitted(plot_w, plot_h, (plot_w, plot_h, box))
    first = fitted(frame.content, frame.plot)
    _, plot_w, plot_h, box = first
    if math.ceil(plot_w / step) < math.ceil(frame.content / step) or math.ceil(
        plot_h / step
    ) < math.ceil(frame.plot / step):
        return fitted(plot_w, plot_h, (plot_w, plot_h, box))
    return first


def _first_step(
    view: dict[str, Any], top: dict[str, Any], frame: _Frame
) -> tuple[float, float, _Box]:
    """The plot size a single view's fit (:func:`_fit`) steps to from its first layout.

    A view of one cell grows a pixel of extent per pixel of plot, so that step leaves
    its axes, labels and legend the room they took: its ticks are counted there.
    """
    guess_w, guess_h = frame.content * _GUESS[0], frame.plot * _GUESS[1]
    box = _measure(view, top, guess_w, guess_h)
    plot_w = _stepped(guess_w, frame.content - box.width, 1)
    plot_h = _stepped(guess_h, frame.plot - box.height, 1)
    return plot_w, plot_h, box


def compose(spec: dict[str, Any], job: Job) -> dict[str, Any]:
    """Return the finished Vega-Lite spec of a chart's spec (a finished one too)."""
    view, top, user_config = plot_of(spec)
    use_fonts(job.brand)  # text is measured in the fonts it is drawn in
    brand, preset = job.brand, job.preset
    config = _merged(theme_config(brand, preset), user_config)
    frame = _Frame.of(job)
    chart_view = view  # the record keeps the chart's own
    view, plot_w, plot_h, box = _laid_out(
        view, {**top, "config": config}, data_rows(spec, top), job
    )
    frame = replace(frame, overhang=box.left)
    frame = _text_reach(job, frame, plot_w, config)
    target = preset.pixels
    for _ in range(4):  # Vega rounds extents out to whole pixels: take up what is left
        sized = copy.deepcopy(view)
        cell = _view_sizes(sized)
        cell["width"], cell["height"] = round(plot_w, 3), round(plot_h, 3)
        header, footer = _header(job, frame, plot_w), _footer(job, frame, plot_w)
        padding = {
            "left": frame.left,
            "right": frame.right,
            "top": frame.top + (frame.header if header is None else 0),
            "bottom": frame.bottom + (frame.footer if footer is None else 0),
        }
        composed: dict[str, Any] = {
            "$schema": SCHEMA,
            **top,
            "background": brand.colours.background,
            "padding": padding,
            "autosize": {"type": "pad"},
            "spacing": 0,
            "vconcat": [part for part in (header, sized, footer) if part is not None],
            # the chart's legends stay with the chart, under the title block
            "resolve": {"legend": dict.fromkeys(_LEGENDS, "independent")},
            "config": {**config, "concat": {"spacing": 0}},
            "usermeta": {META_KEY: _record(job, chart_view, user_config)},
        }
        left, _, got_w, got_h = scenegraph_box(composed)
        reach = left - frame.left + padding["left"] - frame.overhang  # past the planned edge
        if (got_w, got_h) == target and reach <= 0:
            break
        given = math.ceil(reach) if reach > 0 else 0
        if given:  # a glyph or stroke reaches into the margin: the margin gives way
            frame = replace(frame, left=frame.left - given)
        # the margin given way narrows the whole by as much: the plot takes up the rest
        plot_w += (target[0] - (got_w - given)) / box.cells[0]
        plot_h += (target[1] - got_h) / box.cells[1]
    if job.alt:
        composed["description"] = job.alt
    return composed


def logo_path(record: dict[str, Any]) -> Path | None:
    """The logo file a record names (None for the brand's or none)."""
    logo = record.get("logo")
    return Path(logo) if isinstance(logo, str) else None
