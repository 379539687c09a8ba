"""Finishing a Plotly figure: the plan's title block, footer rule, source and logo.

The plan (:mod:`housestyle.record._plan`) says in points where every piece goes; here
it is drawn in Plotly's terms on a copy of the caller's figure, at the preset's exact
pixel size: each line of text is a layout annotation, the rule a layout shape, the
logo a layout image, each named with the decoration's gid. Plotly places them in
*paper* coordinates (the plot area), so the plot area is fixed first:

1. a measuring pass draws the figure once (SVG, through Kaleido) with no margins and
   Plotly's automatic margins on, which gives the room the tick labels, the legend and
   a colour bar need on each side, and where each text's baseline sits in its box;
2. the margins are then set to the brand's margin plus the title block (or footer)
   plus that room, and frozen (no automatic margins), so every point of the plan maps
   to one paper coordinate.
"""

from __future__ import annotations

import base64
import copy
import re
from dataclasses import dataclass
from typing import Any

import plotly.graph_objects as go

from ...brand import SizePreset
from ...ink import is_number_label
from ...libraries.plotly import colorscale, px_per_pt, template
from ...record import LOGO, RULE, Finalised, Job, Piece, Texts, finalised, write_record
from .session import render_bytes

__all__ = ["Room", "finish", "own_texts", "plain_figure", "read_record", "resized", "unfinished"]

_SPEC = "_housestyle_spec"
_MADE_AT = "_housestyle_made_at"
#: Pixel sizes a figure sets on its own parts, by the key that holds them and its parent:
#: scaled with the type (text, marks, offsets) or the lines when it is laid out at
#: another size, as matplotlib's are (housestyle/_finish/scale.py).
_TYPE_KEYS = {("font", "size"), ("marker", "size"), ("colorbar", "thickness")}
_TYPE_ANY = {"xshift", "yshift", "standoff", "ticklen"}
_LINE_KEYS = {("line", "width"), ("", "xgap"), ("", "ygap")}
_HALF_LINE = 0.6  # of a type size: from a label's middle to the top of its line
_NUMBER = r"(-?[\d.]+(?:e-?\d+)?)"
_CLIP = re.compile(
    r'<clipPath id="([^"]+)" class="plotclip"><rect width="'
    + _NUMBER
    + '" height="'
    + _NUMBER
    + '"'
)
_PLOT = re.compile(
    r'<g class="overplot"><g class="(x\d*y\d*)" transform="translate\('
    + _NUMBER
    + ","
    + _NUMBER
    + r'\)"'
)
_ANNOTATION = re.compile(
    r'<g class="annotation" data-index="(\d+)".*?transform="translate\('
    + _NUMBER
    + ","
    + _NUMBER
    + r'\)">.*?<text class="annotation-text"[^>]*? y="'
    + _NUMBER
    + '"'
)


def read_record(chart: Any) -> Finalised | None:
    """Return the finish record a finished Plotly figure carries, or None."""
    return finalised(chart)


def unfinished(chart: Any) -> dict[str, Any]:
    """Return the figure as the caller gave it (as a dict): a finished one's original."""
    spec = getattr(chart, _SPEC, None)
    return copy.deepcopy(spec) if spec is not None else chart.to_dict()


def resized(spec: Any, made_at: SizePreset, preset: SizePreset, parent: str = "") -> Any:
    """Return a figure's own pixel sizes, set for ``made_at``, scaled for ``preset``.

    Font sizes, marker sizes, offsets, tick lengths and colour bar thickness follow the
    type; line widths and heatmap gaps the lines; margins the type.
    """
    type_factor = (preset.dpi * preset.type_scale) / (made_at.dpi * made_at.type_scale)
    line_factor = (preset.dpi * preset.line_scale) / (made_at.dpi * made_at.line_scale)
    if type_factor == 1 and line_factor == 1:
        return spec
    return _scale(spec, parent, type_factor, line_factor)


def _scale(value: Any, parent: str, type_factor: float, line_factor: float) -> Any:
    if isinstance(value, list):
        return [_scale(item, parent, type_factor, line_factor) for item in value]
    if not isinstance(value, dict):
        return value
    out = {}
    for key, item in value.items():
        number = isinstance(item, int | float) and not isinstance(item, bool)
        kind = "font" if parent.endswith("font") else parent
        if number and ((kind, key) in _TYPE_KEYS or key in _TYPE_ANY or parent == "margin"):
            out[key] = item * type_factor
        elif number and ((kind, key) in _LINE_KEYS or ("", key) in _LINE_KEYS):
            out[key] = item * line_factor
        elif key == "size" and kind in ("font", "marker") and isinstance(item, list):
            out[key] = [v * type_factor if isinstance(v, int | float) else v for v in item]
        elif key == "template":
            out[key] = item  # replaced by the brand's template at the new size anyway
        else:
            out[key] = _scale(item, key, type_factor, line_factor)
    return out


def own_texts(chart: Any) -> Texts:
    """Return the title and subtitle a Plotly figure set itself in ``layout.title``."""
    title = chart.layout.title
    return Texts(title=title.text or None, subtitle=title.subtitle.text or None)


@dataclass(frozen=True)
class Room:
    """What the measuring pass found, in pixels: room each side, and text baselines."""

    left: float
    right: float
    top: float
    bottom: float
    baselines: tuple[float, ...]  # baseline below the top of each decoration text's box


def _rescaled(fig: go.Figure, sequential: list[list[Any]]) -> None:
    """Give a colour axis drawn in the old template's sequential scale the brand's."""
    old = fig.layout.template.layout.colorscale.sequential
    if not old:
        return
    for axis in [fig.layout[k] for k in fig.layout if k.startswith("coloraxis")]:
        if axis.colorscale is not None and [list(c) for c in axis.colorscale] == [
            list(c) for c in old
        ]:
            axis.colorscale = sequential


def _recoloured(fig: go.Figure, colorway: list[str], brand_sequential: list[list[Any]]) -> None:
    """Give the traces coloured from the figure's old colorway the brand's colours instead.

    ``plotly.express`` writes each series' colour into the trace from the template in
    force when the figure was made (Plotly's own, unless ``housestyle.libraries.plotly.use()``
    ran first): the n-th colour of that colorway becomes the brand's n-th colour.
    """
    _rescaled(fig, brand_sequential)
    old = fig.layout.template.layout.colorway
    if not old:
        return
    mapping = {str(c).lower(): colorway[i % len(colorway)] for i, c in enumerate(old)}

    def swap(value: Any) -> Any:
        return mapping.get(value.lower(), value) if isinstance(value, str) else value

    for trace in fig.data:
        for part in ("line", "marker", "fillcolor"):
            if part == "fillcolor":
                if getattr(trace, "fillcolor", None) is not None:
                    trace.fillcolor = swap(trace.fillcolor)
                continue
            holder = getattr(trace, part, None)
            if holder is not None and getattr(holder, "color", None) is not None:
                holder.color = swap(holder.color)


def plain_figure(spec: dict[str, Any], job: Job) -> go.Figure:
    """Return the figure in the brand's template at the preset's size, its title taken off."""
    fig = go.Figure(spec)
    _recoloured(fig, list(job.brand.palettes["categorical"]), colorscale(job.brand, "sequential"))
    width, height = job.preset.pixels
    fig.update_layout(
        template=template(job.brand, job.preset),
        width=width,
        height=height,
        autosize=False,
    )
    fig.layout.title = None
    return fig


def _lines(job: Job) -> list[tuple[Piece, int, str]]:
    return [(piece, i, line) for piece in job.plan.pieces for i, line in enumerate(piece.lines)]


def _text_annotations(job: Job, at: Any = None) -> list[dict[str, Any]]:
    """One annotation per line of the title block and footer, at ``at(piece, i)``."""
    scale = px_per_pt(job.preset)
    found = []
    for number, (piece, index, line) in enumerate(_lines(job)):
        style = piece.style
        x, y = at(number, piece, index) if at is not None else (0, 0)
        found.append(
            {
                "name": piece.gid,
                "text": _escape(line),
                "x": x,
                "y": y,
                "xref": "paper",
                "yref": "paper",
                "xanchor": "left",
                "yanchor": "top",
                "align": "left",
                "showarrow": False,
                "borderpad": 0,
                "borderwidth": 0,
                "font": {
                    "family": style.families and _css_families(style.families),
                    "size": style.size * scale,
                    "color": style.colour,
                    "weight": 700 if style.weight == "bold" else 400,
                },
            }
        )
    return found


def _css_families(families: tuple[str, ...]) -> str:
    return ", ".join(f'"{family}"' for family in families)


def _escape(text: str) -> str:
    """Plotly reads a subset of HTML in text: show ``<``, ``>`` and ``&`` as they are."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _frozen_margins(fig: go.Figure, margins: dict[str, float]) -> None:
    """Set the margins and stop Plotly from moving them (so paper coordinates are known)."""
    fig.update_layout(margin={**margins, "pad": 0, "autoexpand": False})
    fig.for_each_xaxis(lambda axis: axis.update(automargin=False))
    fig.for_each_yaxis(lambda axis: axis.update(automargin=False))


def _own_margins(fig: go.Figure) -> dict[str, float]:
    """The margins the figure itself sets (not its template's), in pixels."""
    own = fig.to_dict().get("layout", {}).get("margin", {})
    return {side: float(own[side]) for side in ("l", "r", "t", "b") if own.get(side) is not None}


_LINE_HEIGHT = 1.3  # Plotly's line height, in ems of the font's size


def _categories(fig: go.Figure) -> dict[str, list[str]]:
    """Each axis whose values are words (a category axis): ``{layout key: categories}``."""
    found: dict[str, list[str]] = {}
    for trace in fig.data:
        for letter in ("x", "y"):
            values = getattr(trace, letter, None)
            if values is None or not len(values):
                continue
            key = f"{letter}axis" + str(getattr(trace, f"{letter}axis", None) or letter)[1:]
            if all(isinstance(v, str) and not is_number_label(v) for v in values):
                found.setdefault(key, [])
                found[key].extend(v for v in values if v not in found[key])
            else:
                found[key] = found.get(key) or []  # numbers on this axis: not categories
    return {key: cats for key, cats in found.items() if cats and _labels_are_own(fig, key)}


def _labels_are_own(fig: go.Figure, key: str) -> bool:
    """True when the chart left the axis' labels to Plotly (no labels, or type, of its own)."""
    axis = fig.layout[key]
    return axis.ticktext is None and axis.type in (None, "-", "category")


def wrap_category_labels(fig: go.Figure, job: Job) -> None:
    """Set long category labels on lines, shown whole.

    Down a y axis as :meth:`Job.category_lines` says, and along an x axis where they
    would collide, upright, as :meth:`Job.across_lines` says. Shown through the axis'
    tick text: the data and its hover labels keep the category's own name.
    """
    for key, categories in _categories(fig).items():
        if key.startswith("y"):
            lines: list[list[str]] | None = job.category_lines(categories, _LINE_HEIGHT)
            angle = None
        else:
            lines, angle = job.across_lines(categories), 0
        if lines is None or not any(len(parts) > 1 for parts in lines):
            continue
        shown = ["<br>".join(map(_escape, parts)) for parts in lines]
        fig.layout[key].update(tickmode="array", tickvals=categories, ticktext=shown)
        if angle is not None:
            fig.layout[key].tickangle = angle


def measure(fig: go.Figure, job: Job) -> Room:
    """Draw the figure once with no margins: the room its own parts need, and baselines."""
    probe = go.Figure(fig)
    probe.update_layout(margin={"l": 0, "r": 0, "t": 0, "b": 0, "pad": 0, "autoexpand": True})
    own = len(probe.layout.annotations)
    for note in _text_annotations(job):
        probe.add_annotation(note)
    width, height = job.preset.pixels
    svg = render_bytes(probe.to_dict(), job.brand, "svg", width, height, 1).decode("utf-8")
    infolayer = svg.find('class="infolayer"')
    clips = {m[1]: (float(m[2]), float(m[3])) for m in _CLIP.finditer(svg)}
    plots = []  # each subplot's corner (its group in "overplot") and size (its clip path)
    for m in _PLOT.finditer(svg):
        size = next((v for k, v in clips.items() if k.endswith(f"{m[1]}plot")), None)
        if size is not None:
            plots.append((float(m[2]), float(m[3]), *size))
    if plots:
        left = min(p[0] for p in plots)
        top = min(p[1] for p in plots)
        right = max(p[0] + p[2] for p in plots)
        bottom = max(p[1] + p[3] for p in plots)
    else:  # a figure without cartesian axes (a pie): no room needed
        left, top, right, bottom = 0.0, 0.0, float(width), float(height)
    baselines = {int(m[1]) - own: float(m[4]) for m in _ANNOTATION.finditer(svg[infolayer:])}
    count = len(_lines(job))
    least = _own_margins(fig)  # margins the caller set: the least room on that side
    return Room(
        left=max(left, least.get("l", 0.0)),
        right=max(width - right, least.get("r", 0.0)),
        top=max(top, least.get("t", 0.0)),
        bottom=max(height - bottom, least.get("b", 0.0)),
        baselines=tuple(baselines.get(i, 0.0) for i in range(count)),
    )


def _logo_image(job: Job, to_paper: Any) -> dict[str, Any] | None:
    if job.logo is None or job.plan.logo_box is None:
        return None
    path = job.logo.path
    kind = "svg+xml" if path.suffix.lower() == ".svg" else "png"
    data = base64.b64encode(path.read_bytes()).decode("ascii")
    left, top, width, height = (v * px_per_pt(job.preset) for v in job.plan.logo_box)
    x, y = to_paper(left, top)
    x2, y2 = to_paper(left + width, top + height)
    return {
        "name": LOGO,
        "source": f"data:image/{kind};base64,{data}",
        "xref": "paper",
        "yref": "paper",
        "x": x,
        "y": y,
        "sizex": x2 - x,
        "sizey": y - y2,
        "xanchor": "left",
        "yanchor": "top",
        "sizing": "stretch",
        "layer": "above",
    }


def finish(chart: Any, job: Job) -> go.Figure:
    """Return a new figure: ``chart`` laid out at the job's preset with the plan drawn.

    The caller's figure is not changed. A finished figure is finished again from the
    figure it was made from (kept on it), so nothing is stacked.
    """
    spec = unfinished(chart)
    made_at = getattr(chart, _MADE_AT, None) or job.preset  # the size its own sizes are for
    fig = plain_figure(resized(copy.deepcopy(spec), made_at, job.preset), job)
    wrap_category_labels(fig, job)
    room = measure(fig, job)
    scale = px_per_pt(job.preset)
    brand, plan = job.brand, job.plan
    width, height = job.preset.pixels
    margins = {
        "l": brand.layout.margins.left * scale + room.left,
        "r": brand.layout.margins.right * scale + room.right,
        # the top tick label stands half its height above the plot: room for it too
        "t": plan.header_height * scale
        + max(room.top, _HALF_LINE * brand.type.tick_label * scale * job.preset.type_scale),
        "b": (job.preset.points[1] - plan.footer_top) * scale + room.bottom,
    }
    _frozen_margins(fig, margins)
    plot_w = width - margins["l"] - margins["r"]
    plot_h = height - margins["t"] - margins["b"]

    def to_paper(x_px: float, y_px: float) -> tuple[float, float]:
        return (x_px - margins["l"]) / plot_w, 1 - (y_px - margins["t"]) / plot_h

    left_px = brand.layout.margins.left * scale

    def at(number: int, piece: Piece, index: int) -> tuple[float, float]:
        style = piece.style
        baseline = (piece.top + style.size * (1 + index * style.line_spacing)) * scale
        return to_paper(left_px, baseline - room.baselines[number])

    for note in _text_annotations(job, at):
        fig.add_annotation(note)
    if plan.rule_y is not None:
        x0, y0 = to_paper(left_px, plan.rule_y * scale)
        x1, _ = to_paper(width - brand.layout.margins.right * scale, 0)
        fig.add_shape(
            type="line",
            name=RULE,
            xref="paper",
            yref="paper",
            x0=x0,
            x1=x1,
            y0=y0,
            y1=y0,
            line={
                "color": brand.footer.rule_colour,
                "width": brand.footer.rule_width * job.preset.line_scale * scale,
            },
            layer="above",
        )
    logo = _logo_image(job, to_paper)
    if logo is not None:
        fig.add_layout_image(logo)
    _keep(fig, spec, job, margins, made_at)
    return fig


def _keep(
    fig: go.Figure,
    spec: dict[str, Any],
    job: Job,
    margins: dict[str, float],
    made_at: SizePreset,
) -> None:
    """Write the finish record and the original figure onto the finished one."""
    scale = px_per_pt(job.preset)
    texts = job.texts
    record = Finalised(
        title=texts.title,
        subtitle=texts.subtitle,
        source=texts.source,
        note=texts.note,
        alt=job.alt,
        brand=job.brand,
        preset=job.preset,
        header_height=margins["t"] / scale,
        footer_height=margins["b"] / scale,
        logo=job.logo.path if job.logo is not None else None,
        spec=None,
    )
    write_record(fig, record)
    setattr(fig, _SPEC, spec)
    setattr(fig, _MADE_AT, made_at)
