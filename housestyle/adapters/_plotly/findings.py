"""The house and accessibility rules for a finished Plotly figure.

The same rules and thresholds (the brand's ``checks:``) as for a matplotlib figure,
read from what Plotly will draw: every text's colour, size and family as the figure
and its template set them; every series' colour; the fonts the rendered PDF embeds;
and the rendered PNG of the chart without its title block and footer, to find
anything the chart itself draws where they go.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import numpy as np
from matplotlib.colors import to_hex
from PIL import Image

from ...brand import Brand
from ...checks import house_findings
from ...findings import Finding
from ...ink import CVD_TYPES, contrast_ratio, cvd_distance
from ...libraries.plotly import px_per_pt
from ...record import DECORATION, TEXT_ROLES, Finalised, Job, PlanMeasure
from . import decorate as finish
from .session import render_bytes

__all__ = ["PlotlyText", "findings", "texts"]

_PDF_FONT = re.compile(rb"/BaseFont\s*/(?:[A-Z]{6}\+)?([A-Za-z0-9_.-]+)")
_INK = 24  # of 255: a channel this far from the background is ink


@dataclass(frozen=True)
class PlotlyText:
    """One text Plotly draws: what it is, its colour, size in points, weight and family."""

    label: str
    colour: str
    size: float
    bold: bool
    family: str
    behind: str | None = None  # the colour behind the text, when not the page
    annotation: int | None = None  # its index in layout.annotations


def _get(tree: Any, *path: str) -> Any:
    for key in path:
        if not isinstance(tree, dict) or key not in tree:
            return None
        tree = tree[key]
    return tree


class _Resolver:
    """Looks a property up in the figure, then its template, then the global font."""

    def __init__(self, fig: dict[str, Any]):
        self.layout = fig.get("layout", {})
        self.template = _get(self.layout, "template", "layout") or {}

    def font(self, own: Any, *path: str) -> dict[str, Any]:
        found: dict[str, Any] = {}
        for source in (_get(self.layout, "font"), _get(self.template, "font")):
            for key, value in (source or {}).items():
                found.setdefault(key, value)
        layers = [own, _get(self.layout, *path), _get(self.template, *path)]
        merged: dict[str, Any] = {}
        for layer in layers:
            for key, value in (layer or {}).items():
                merged.setdefault(key, value)
        return {**found, **merged}


def _text(label: str, font: dict[str, Any], scale: float, behind: str | None = None) -> PlotlyText:
    weight = font.get("weight", 400)
    bold = weight in ("bold", "bolder") or (isinstance(weight, int | float) and weight >= 600)
    return PlotlyText(
        label=label,
        colour=str(font.get("color") or ""),  # "": Plotly's own default, not the brand's
        size=float(font.get("size", 12)) / scale,
        bold=bold,
        family=str(font.get("family", "")),
        behind=behind,
    )


def texts(fig: dict[str, Any], scale: float) -> Iterator[PlotlyText]:
    """Every text of a figure (as a dict) with its font resolved; sizes in points."""
    find = _Resolver(fig)
    layout = find.layout
    for index, note in enumerate(layout.get("annotations", [])):
        name = note.get("name") or ""
        label = TEXT_ROLES.get(name, "annotation")
        found = _text(
            f'{label} "{str(note.get("text", ""))[:40]}"',
            find.font(note.get("font"), "annotationdefaults", "font"),
            scale,
            note.get("bgcolor"),
        )
        yield PlotlyText(**{**found.__dict__, "annotation": index})
    for key in sorted(k for k in layout if re.fullmatch(r"[xy]axis\d*", k)) or ["xaxis", "yaxis"]:
        axis = layout.get(key, {})
        if axis.get("visible", True) is not False and axis.get("showticklabels", True):
            yield _text(
                f"tick labels ({key})",
                find.font(axis.get("tickfont"), key[0] + "axis", "tickfont"),
                scale,
            )
        title = _get(axis, "title", "text")
        if title:
            yield _text(
                f'axis title "{title}"',
                find.font(_get(axis, "title", "font"), key[0] + "axis", "title", "font"),
                scale,
            )
    if layout.get("showlegend", True) is not False and len(fig.get("data", [])) > 1:
        yield _text("legend", find.font(_get(layout, "legend", "font"), "legend", "font"), scale)
    for number, trace in enumerate(fig.get("data", [])):
        if trace.get("text") is not None and "text" in str(trace.get("mode", "text")):
            fill = _get(trace, "marker", "color")
            inside = trace.get("textposition") == "inside" and isinstance(fill, str)
            label = f"text of series {number + 1}"
            yield _text(label, find.font(trace.get("textfont")), scale, fill if inside else None)


def series_colours(fig: dict[str, Any]) -> list[tuple[str, str]]:
    """Each series' name and the colour it is drawn in (the colorway's, when not its own).

    Translucent fills (a confidence band) are left out: they are context, not series.
    """
    layout = fig.get("layout", {})
    colorway = layout.get("colorway") or _get(layout, "template", "layout", "colorway") or []
    found = []
    for number, trace in enumerate(fig.get("data", [])):
        colour = (
            trace.get("fillcolor")
            or (
                _get(trace, "line", "color")
                if trace.get("type", "scatter") == "scatter"
                and "lines" in trace.get("mode", "lines")
                else None
            )
            or _get(trace, "marker", "color")
        )
        if colour is None and colorway:
            colour = colorway[number % len(colorway)]
        if isinstance(colour, str) and _opaque(colour):  # a translucent band is no series
            name = str(trace.get("name") or f"series {number + 1}")
            found.append((name, str(to_hex(_plain(colour)))))
    return found


def _opaque(colour: str) -> bool:
    """False for a CSS colour with an alpha below 1 (``rgba(31, 92, 153, 0.2)``)."""
    match = re.fullmatch(r"rgba\(([^)]*)\)", colour.replace(" ", ""))
    return not match or float(match[1].split(",")[3]) >= 1


def _background(fig: dict[str, Any], brand: Brand) -> str:
    layout = fig.get("layout", {})
    colour = layout.get("plot_bgcolor") or _get(layout, "template", "layout", "plot_bgcolor")
    return str(colour or brand.colours.background)


_BOX = re.compile(
    r'<g class="annotation" data-index="(\d+)".*?translate\(([-\d.]+),([-\d.]+)\)">'
    r'<rect class="bg" x="[-\d.]+" y="[-\d.]+" width="([\d.]+)" height="([\d.]+)"'
)


def _behind_annotations(fig: dict[str, Any], brand: Brand, preset: Any) -> dict[int, list[str]]:
    """The colour behind each annotation: the least contrasting one under its box.

    The figure is drawn once as SVG (where each annotation's box is) and once as PNG
    with no annotations (what is behind them); a colour counts when it covers at
    least a fifth of the box.
    """
    notes = fig.get("layout", {}).get("annotations", [])
    if not notes:
        return {}
    width, height = preset.pixels
    svg = render_bytes(fig, brand, "svg", width, height, 1).decode("utf-8")
    bare = {**fig, "layout": {**fig["layout"], "annotations": []}}
    png = render_bytes(bare, brand, "png", width, height, 1)
    pixels = np.asarray(Image.open(io.BytesIO(png)).convert("RGB"))
    found = {}
    for m in _BOX.finditer(svg):
        x, y, w, h = (int(round(float(v))) for v in m.groups()[1:])
        box = pixels[max(0, y) : y + h, max(0, x) : x + w].reshape(-1, 3)
        if not len(box):
            continue
        colours, counts = np.unique(box, axis=0, return_counts=True)
        common = colours[counts >= 0.2 * len(box)]
        found[int(m[1])] = ["#{:02x}{:02x}{:02x}".format(*c) for c in common]
    return found


def _text_rules(
    fig: dict[str, Any], brand: Brand, scale: float, behind: dict[int, list[str]]
) -> list[Finding]:
    checks, found = brand.checks, []
    background = str(fig.get("layout", {}).get("paper_bgcolor") or brand.colours.background)
    for text in texts(fig, scale):
        if text.size < checks.min_text_size:
            found.append(
                Finding(
                    "text_size",
                    "error",
                    text.label,
                    f"{text.size:.1f} pt at the output size; the brand's least is "
                    f"{checks.min_text_size:g} pt",
                    "make it larger, or leave it out",
                )
            )
        large = text.size >= checks.large_text_size or (
            text.bold and text.size >= checks.large_text_size * 14 / 18
        )
        need = checks.large_text_contrast if large else checks.text_contrast
        grounds = behind.get(text.annotation, []) if text.annotation is not None else []
        ground = text.behind or background
        if grounds and text.colour and not text.behind:  # the worst of what is under it
            ground = min(grounds, key=lambda c: contrast_ratio(_plain(text.colour), c))
        ratio = contrast_ratio(_plain(text.colour), _plain(ground)) if text.colour else 99
        if ratio < need:
            found.append(
                Finding(
                    "text_contrast",
                    "error",
                    text.label,
                    f"contrast {ratio:.2f}:1 of {text.colour} on {ground}; "
                    f"{'large text' if large else 'text'} needs {need:g}:1",
                    "use the brand's text colour, or a darker (lighter on a dark ground) one",
                )
            )
        first = text.family.split(",")[0].strip().strip("'\"")
        if first and first != brand.fonts.family:
            found.append(
                Finding(
                    "text_font",
                    "error",
                    text.label,
                    f"set in {first!r}, not the brand's {brand.fonts.family!r}",
                    "leave the font family to the house template",
                )
            )
    return found


def _plain(colour: str) -> Any:
    """A CSS colour as matplotlib reads it: ``rgb(1, 2, 3)`` becomes a tuple."""
    match = re.fullmatch(r"rgba?\(([^)]*)\)", colour.replace(" ", ""))
    if match:
        parts = [float(v) for v in match[1].split(",")]
        return tuple(v / 255 for v in parts[:3])
    return colour


def _mark_rules(fig: dict[str, Any], brand: Brand) -> list[Finding]:
    checks, found = brand.checks, []
    background = _background(fig, brand)
    colours = series_colours(fig)
    for name, colour in colours:
        ratio = contrast_ratio(_plain(colour), _plain(background))
        if ratio < checks.mark_contrast:
            found.append(
                Finding(
                    "mark_contrast",
                    "error",
                    f'series "{name}"',
                    f"contrast {ratio:.2f}:1 of {colour} on {background}; marks need "
                    f"{checks.mark_contrast:g}:1 (WCAG 1.4.11)",
                    "use a colour from the brand's palette, or a darker one",
                )
            )
    distinct = list(dict.fromkeys(c for _, c in colours))
    for i, first in enumerate(distinct):
        for second in distinct[i + 1 :]:
            for kind in (k for k in CVD_TYPES if k != "greyscale"):
                distance = cvd_distance(first, second, kind)
                if distance < checks.cvd_min_distance:
                    found.append(
                        Finding(
                            "cvd_distinct",
                            "error",
                            f"colours {first} and {second}",
                            f"too alike: CAM02-UCS distance {distance:.1f} in {kind}; the brand "
                            f"asks for {checks.cvd_min_distance:g}",
                            "use the brand's categorical palette in order, or label the series",
                        )
                    )
                    break
    return found


def pdf_fonts(fig: dict[str, Any], brand: Brand, preset: Any) -> list[str]:
    """The fonts the figure's PDF embeds (PostScript names, without subset tags)."""
    width, height = preset.pixels
    data = render_bytes(fig, brand, "pdf", width, height, 1)
    return sorted({m[1].decode("ascii") for m in _PDF_FONT.finditer(data)})


def _font_rules(fig: dict[str, Any], brand: Brand, preset: Any) -> list[Finding]:
    wanted = brand.fonts.family.replace(" ", "")
    others = [name for name in pdf_fonts(fig, brand, preset) if not name.startswith(wanted)]
    if not others:
        return []
    return [
        Finding(
            "text_font",
            "error",
            "rendered text",
            f"drawn in {', '.join(others)}, not only the brand's {brand.fonts.family!r}",
            "leave the font family to the house template; check the brand's font files",
        )
    ]


def _overlap_rules(fig: Any, record: Finalised) -> list[Finding]:
    """Chart ink (tick labels, legend, marks) inside the title block or footer."""
    bare = dict(fig.to_dict())
    layout = dict(bare.get("layout", {}))
    for key in ("annotations", "shapes", "images"):
        layout[key] = [item for item in layout.get(key, []) if item.get("name") not in DECORATION]
    bare["layout"] = layout
    width, height = record.preset.pixels
    png = render_bytes(bare, record.brand, "png", width, height, 1)
    pixels = np.asarray(Image.open(io.BytesIO(png)).convert("RGB"), dtype=int)
    paper = np.asarray(Image.new("RGB", (1, 1), record.brand.colours.background), dtype=int)[0, 0]
    ink = np.abs(pixels - paper).max(axis=2) > _INK
    job = Job.again(record)
    scale = px_per_pt(record.preset)
    measure = PlanMeasure(record.preset)
    found = []
    for piece in job.plan.pieces:
        widest = max(measure.width(line, piece.style) for line in piece.lines)
        left = record.brand.layout.margins.left
        top = piece.top
        bottom = top + piece.style.size * (1.25 + (len(piece.lines) - 1) * piece.style.line_spacing)
        box = ink[
            int(top * scale) : int(np.ceil(bottom * scale)),
            int(left * scale) : int(np.ceil((left + widest) * scale)),
        ]
        if box.sum() > 4:
            role = TEXT_ROLES.get(piece.gid, piece.gid)
            found.append(
                Finding(
                    "figure_overlap",
                    "error",
                    role,
                    f"the chart draws {int(box.sum())} pixels where the {role} goes",
                    "move the chart's own titles, legend or annotations inside the plot",
                )
            )
    return found + _off_the_edge(ink)


def _off_the_edge(ink: np.ndarray) -> list[Finding]:
    """Chart ink at the very edge of the picture: a label or mark cut off by the canvas.

    The house template keeps the chart inside the brand's margins, so ink in the outermost
    pixels is something Plotly pushed out (a category label too long for the width).
    """
    edges = {"left": ink[:, :2], "right": ink[:, -2:], "top": ink[:2], "bottom": ink[-2:]}
    reached = [side for side, band in edges.items() if band.sum() > 4]
    if not reached:
        return []
    return [
        Finding(
            "text_clipped",
            "error",
            "the chart",
            f"the chart runs off the {' and '.join(reached)} edge of the picture",
            "shorten long category labels or wrap them with <br>",
        )
    ]


def findings(fig: Any, brand: Brand) -> list[Finding]:
    """Return every finding for a Plotly figure (finished or not) against ``brand``."""
    record = finish.read_record(fig)
    preset = record.preset if record is not None else brand.preset(brand.default_size)
    data = fig.to_dict()
    scale = px_per_pt(preset)
    found = [
        *_text_rules(data, brand, scale, _behind_annotations(data, brand, preset)),
        *_mark_rules(data, brand),
        *house_findings(
            record.alt if record else None,
            record.source if record else None,
            record.title if record else None,
            brand,
        ),
        *_font_rules(data, brand, preset),
    ]
    if record is not None:
        found.extend(_overlap_rules(fig, record))
    return found
