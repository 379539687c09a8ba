"""The house and accessibility rules for a finished Altair chart.

The chart is laid out once (vl-convert's scenegraph: every text and mark with its
colour, size and place) and rendered once to PNG, SVG and PDF at the output size.
The rules and their thresholds are the brand's ``checks:`` section, as for a
matplotlib figure, and the findings are the same :class:`~housestyle.checks._check.Finding`:

- ``text_size``: text below ``checks.min_text_size`` points at the output size;
- ``text_contrast``: text against the rendered pixels around it (WCAG 1.4.3);
- ``mark_contrast``: data marks against the background (WCAG 1.4.11);
- ``cvd_distinct``: the colours of a nominal colour scale under colour-vision
  simulation, in CAM02-UCS;
- ``alt_text`` and ``source_line``: missing from the finish record;
- ``font_file``: a text set in another family than the brand's in the SVG, or a PDF
  font that is not the brand's family or not embedded (read with ``pdffonts``);
- ``text_overlap``: texts whose boxes (measured in the brand's fonts) overlap.
"""

from __future__ import annotations

import itertools
import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from matplotlib.colors import to_rgb
from matplotlib.font_manager import FontProperties

from ...brand import Brand, SizePreset
from ...checks import house_findings
from ...findings import Finding
from ...ink import CVD_TYPES, TICK_GAP_EMS, TextMeasure, contrast_ratio, cvd_distance
from ...units import POINTS_PER_INCH
from .axes import LINE_HEIGHT
from .compose import stored_record

__all__ = ["SceneText", "check_altair", "pdf_fonts", "scene_texts", "svg_families"]

_CVD_FIX = (
    "use the brand's categorical palette in order, fewer categories, or label the "
    "series directly instead of relying on colour"
)


@dataclass(frozen=True)
class SceneText:
    """One text as drawn: its words, role, size in px, colour and box in pixels."""

    text: str
    role: str
    size: float
    colour: str
    box: tuple[float, float, float, float]  # left, top, right, bottom
    cut: float = 0.0  # the width Vega cut the text to with an ellipsis, in px; 0: whole

    @property
    def label(self) -> str:
        return f'{self.role.replace("-", " ")} "{self.text}"'


def _rgb(colour: Any) -> tuple[float, float, float] | None:
    """A Vega colour (``#rrggbb``, a name, ``rgb(r, g, b)``) as RGB in [0, 1], or None."""
    if not isinstance(colour, str) or colour in ("transparent", "none", ""):
        return None
    found = re.fullmatch(r"rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)", colour)
    if found:
        if found.group(4) is not None and float(found.group(4)) == 0:
            return None
        r, g, b = (float(found.group(i)) / 255.0 for i in (1, 2, 3))
        return (r, g, b)
    try:
        return to_rgb(colour)
    except ValueError:
        return None


def _hex(rgb: tuple[float, float, float]) -> str:
    return "#" + "".join(f"{round(c * 255):02x}" for c in rgb)


def _walk(node: dict[str, Any], x: float, y: float) -> Iterator[tuple[dict, dict, float, float]]:
    """Every (mark node, item, x, y) of a scenegraph, with the item's group offset."""
    for item in node.get("items", []):
        if node.get("marktype") == "group":
            gx, gy = x + item.get("x", 0), y + item.get("y", 0)
            for child in item.get("items", []):
                yield from _walk(child, gx, gy)
        elif "marktype" in node:
            yield node, item, x, y
        else:
            yield from _walk(item, x, y)


def _text_width(item: dict[str, Any], measure: TextMeasure, families: list[str]) -> float:
    """The width of a text item's widest line, in px (measured at 72 dpi: px are points)."""
    size = float(item.get("fontSize", 11))
    props = FontProperties(family=families, size=size, weight=item.get("fontWeight", "normal"))
    return max(measure.width(str(line), props) for line in _lines(item))


def _lines(item: dict[str, Any]) -> list[str]:
    text = item.get("text", "")
    return [str(line) for line in text] if isinstance(text, list) and text else [str(text)]


def _text_box(
    item: dict[str, Any], x: float, y: float, measure: TextMeasure, families: list[str]
) -> tuple[float, float, float, float]:
    size = float(item.get("fontSize", 11))
    width = _text_width(item, measure, families)
    lines = len(_lines(item))
    height = size + (lines - 1) * float(item.get("lineHeight") or LINE_HEIGHT * size)
    left = x + item.get("x", 0) + item.get("dx", 0)
    base = y + item.get("y", 0) + item.get("dy", 0)
    align, baseline = item.get("align", "left"), item.get("baseline", "alphabetic")
    left -= {"left": 0.0, "center": width / 2, "right": width}.get(align, 0.0)
    top = {
        "top": base,
        "middle": base - height / 2,
        "bottom": base - height,
        "line-top": base,
        "line-bottom": base - height,
    }.get(baseline, base - size * 0.75)
    if abs(float(item.get("angle", 0) or 0)) % 180 == 90:  # a rotated axis title
        centre_x, centre_y = left + width / 2, top + size / 2
        return (
            centre_x - size / 2,
            centre_y - width / 2,
            centre_x + size / 2,
            centre_y + width / 2,
        )
    return (left, top, left + width, top + height)


#: The fill Vega gives a text mark that names none (not a brand colour: Vega's own).
VEGA_TEXT_FILL = "black"


def scene_texts(graph: dict[str, Any], families: list[str]) -> list[SceneText]:
    """Every visible text of a laid-out chart, with its box in canvas pixels."""
    measure = TextMeasure(POINTS_PER_INCH)  # px are points at 72 dpi
    ox, oy = graph["origin"]
    found = []
    for node, item, x, y in _walk(graph["scenegraph"], ox, oy):
        if node.get("marktype") != "text" or not str(item.get("text", "")).strip():
            continue
        if item.get("opacity", 1) == 0 or _rgb(item.get("fill", VEGA_TEXT_FILL)) is None:
            continue
        text = " ".join(_lines(item))
        limit = float(item.get("limit") or 0)
        cut = limit if limit and _text_width(item, measure, families) > limit + 0.5 else 0.0
        name = str(node.get("name", ""))
        role = name.split("_marks")[0] if name.startswith("housestyle") else node.get("role", "")
        found.append(
            SceneText(
                text=text,
                role=role.removeprefix("housestyle_").rsplit("_", 1)[0]
                if name.startswith("housestyle")
                else str(role),
                size=float(item.get("fontSize", 11)),
                colour=str(item.get("fill", VEGA_TEXT_FILL)),
                box=_text_box(item, x, y, measure, families),
                cut=cut,
            )
        )
    return found


def _data_colours(graph: dict[str, Any]) -> list[tuple[str, str]]:
    """The colour of each data mark drawn: ``(kind, #rrggbb)``, in order, without repeats."""
    found: dict[tuple[str, str], None] = {}
    for node, item, _, _ in _walk(graph["scenegraph"], 0, 0):
        kind = node.get("marktype")
        if node.get("role") != "mark" or str(node.get("name", "")).startswith("housestyle"):
            continue
        if kind in ("line", "rule", "trail") or (kind == "symbol" and not item.get("fill")):
            colour = _rgb(item.get("stroke"))
        elif kind in ("rect", "area", "symbol", "arc"):
            colour = _rgb(item.get("fill"))
        else:
            continue
        if colour is not None and item.get("opacity", 1) != 0:
            found[(str(kind), _hex(colour))] = None
    return list(found)


def _maps_colour(spec: Any, kind: str) -> bool:
    """Whether a spec maps a field of ``kind`` (nominal, quantitative) to colour anywhere."""
    if isinstance(spec, dict):
        for channel in ("color", "fill"):
            colour = spec.get(channel)
            if isinstance(colour, dict) and colour.get("type") == kind and "field" in colour:
                return True
        return any(_maps_colour(value, kind) for value in spec.values())
    if isinstance(spec, list):
        return any(_maps_colour(value, kind) for value in spec)
    return False


def _behind(
    pixels: np.ndarray, box: tuple[float, float, float, float], ink: tuple[float, ...] | None
) -> np.ndarray:
    """The commonest colour behind a text's glyphs on the rendered PNG.

    Read inside its box, leaving out the text's own colour: an em box can be taller than
    the bar a label sits in (thin bars at a print size), so a ring around it may fall
    on the paper while every glyph is on the bar. Without room inside, the ring.
    """
    height, width = pixels.shape[:2]
    left, top, right, bottom = (int(round(v)) for v in box)
    left, top = max(0, left), max(0, top)
    right, bottom = min(width - 1, right), min(height - 1, bottom)
    inside = pixels[top : bottom + 1, left : right + 1, :3].reshape(-1, 3).astype(int)
    if ink is not None:
        own = np.round(np.asarray(ink) * 255).astype(int)
        inside = inside[np.abs(inside - own).max(axis=1) > 8]
    if not len(inside):
        return _ring(pixels, box)
    colours, counts = np.unique(inside, axis=0, return_counts=True)
    return np.asarray(colours[counts.argmax()], dtype=float) / 255.0


def _ring(pixels: np.ndarray, box: tuple[float, float, float, float]) -> np.ndarray:
    """The commonest colour in a ring just outside a text's box on the rendered PNG."""
    height, width = pixels.shape[:2]
    left, top, right, bottom = (int(round(v)) for v in box)
    left, top = max(0, left - 2), max(0, top - 2)
    right, bottom = min(width - 1, right + 2), min(height - 1, bottom + 2)
    ring = np.concatenate(
        [
            pixels[top, left : right + 1],
            pixels[bottom, left : right + 1],
            pixels[top : bottom + 1, left],
            pixels[top : bottom + 1, right],
        ]
    )
    colours, counts = np.unique(ring[:, :3], axis=0, return_counts=True)
    return np.asarray(colours[counts.argmax()], dtype=float) / 255.0


def _text_rules(
    texts: list[SceneText], pixels: np.ndarray, brand: Brand, px_per_pt: float
) -> list[Finding]:
    checks, found = brand.checks, []
    for text in texts:
        points = text.size / px_per_pt
        if points < checks.min_text_size - 0.05:
            found.append(
                Finding(
                    "text_size",
                    "error",
                    text.label,
                    f"{points:.1f} pt is below the brand's minimum of "
                    f"{checks.min_text_size:.1f} pt",
                    f"set it to at least {checks.min_text_size:.1f} pt, or use the brand's "
                    "type sizes",
                )
            )
        colour = _rgb(text.colour)
        behind = _behind(pixels, text.box, colour)
        if colour is None:
            continue
        ratio = contrast_ratio(colour, tuple(behind))
        large = points >= checks.large_text_size
        need = checks.large_text_contrast if large else checks.text_contrast
        if ratio < need - 1e-6:
            found.append(
                Finding(
                    "text_contrast",
                    "error",
                    text.label,
                    f"contrast {ratio:.2f}:1 of {_hex(colour)} on {_hex(tuple(behind))}; "
                    f"{'large' if large else 'normal'} text needs {need:g}:1",
                    "use the brand's text colour, or a darker (lighter on a dark ground) one",
                )
            )
    found.extend(_cut_texts(texts))
    found.extend(_crowded_labels(texts))
    for first, second in itertools.combinations(texts, 2):
        a, b = first.box, second.box
        overlap_x = min(a[2], b[2]) - max(a[0], b[0])
        overlap_y = min(a[3], b[3]) - max(a[1], b[1])
        # boxes are em boxes: glyphs fill about three quarters of their height
        if overlap_x > 1 and overlap_y > 0.25 * min(first.size, second.size):
            found.append(
                Finding(
                    "text_overlap",
                    "error",
                    first.label,
                    f"overlaps {second.label}",
                    "move one of them (or thin out the ticks, shorten the labels, "
                    "or give the chart more room)",
                )
            )
    return found


def _cut_texts(texts: list[SceneText]) -> list[Finding]:
    """Texts Vega cut short at their width limit, an ellipsis in place of their end."""
    return [
        Finding(
            "text_cut",
            "error",
            text.label,
            f"cut to {text.cut:.0f} px with an ellipsis: the reader cannot tell what it says",
            "shorten it, set the axis' labelLimit higher, or let finalise set a category "
            "down the side on lines (leave its labelExpr unset)",
        )
        for text in texts
        if text.cut
    ]


def _crowded_labels(texts: list[SceneText]) -> list[Finding]:
    """Axis labels side by side in a row with less than ``TICK_GAP_EMS`` between them.

    A warning: they read, but run together (matplotlib's finish wraps or thins such
    labels); labels that overlap are ``text_overlap`` errors.
    """
    rows: dict[tuple[int, int], list[SceneText]] = {}
    for text in texts:
        if text.role == "axis-label":
            rows.setdefault((round(text.box[1]), round(text.box[3])), []).append(text)
    found = []
    for row in rows.values():
        row.sort(key=lambda text: text.box[0])
        for first, second in itertools.pairwise(row):
            gap = second.box[0] - first.box[2]
            if -1 <= gap < TICK_GAP_EMS * min(first.size, second.size):
                found.append(
                    Finding(
                        "text_crowded",
                        "warning",
                        first.label,
                        f"crowds {second.label}: {max(gap, 0):.1f} px apart",
                        "give the axis fewer ticks (tickCount), set long labels on lines "
                        "(labelExpr), or give the chart more room",
                    )
                )
    return found


def _mark_rules(graph: dict[str, Any], spec: dict[str, Any], brand: Brand) -> list[Finding]:
    checks = brand.checks
    background = _rgb(spec.get("background")) or to_rgb(brand.colours.background)
    marks = _data_colours(graph)
    found = []
    # the tiles of a heatmap are its ramp: the faintest stops are light on purpose (the
    # brand's sequential palette says so), and each tile is read by its neighbours
    ramp = _maps_colour(spec, "quantitative")
    for kind, colour in marks:
        if ramp and kind == "rect":
            continue
        ratio = contrast_ratio(to_rgb(colour), background)
        if ratio < checks.mark_contrast - 1e-6:
            found.append(
                Finding(
                    "mark_contrast",
                    "error",
                    f"{kind} mark",
                    f"{kind} colour {colour} has contrast {ratio:.2f}:1 on "
                    f"{_hex(background)}; marks need {checks.mark_contrast:g}:1",
                    "use a darker brand colour (or a lighter one on a dark ground), "
                    "or an edge in a contrasting colour",
                )
            )
    colours = list(dict.fromkeys(colour for _, colour in marks))
    if _maps_colour(spec, "nominal") and 2 <= len(colours) <= 12:
        for first, second in itertools.combinations(colours, 2):
            visions = {
                kind or "normal vision": distance
                for kind in (None, *CVD_TYPES)
                if kind != "greyscale"
                and (distance := cvd_distance(first, second, kind)) < checks.cvd_min_distance
            }
            if visions:
                seen = ", ".join(f"{d:.1f} in {kind}" for kind, d in visions.items())
                found.append(
                    Finding(
                        "cvd_distinct",
                        "error",
                        f"colours {first} and {second}",
                        f"too alike: CAM02-UCS distance {seen}; the brand asks for "
                        f"{checks.cvd_min_distance:g}",
                        _CVD_FIX,
                    )
                )
    return found


def svg_families(svg: str) -> set[str]:
    """The first family of every ``font-family`` in an SVG."""
    return {
        family.split(",")[0].strip().strip("'\"")
        for family in re.findall(r'font-family="([^"]+)"', svg)
    }


def pdf_fonts(pdf: bytes) -> list[tuple[str, bool]]:
    """The fonts of a PDF as ``pdffonts`` lists them: ``(name, embedded)``."""
    if shutil.which("pdffonts") is None:
        return []
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "chart.pdf"
        path.write_bytes(pdf)
        out = subprocess.run(
            ["pdffonts", str(path)], capture_output=True, text=True, check=True
        ).stdout
    rows = []
    for line in out.splitlines()[2:]:
        parts = line.split()
        if len(parts) >= 5:
            embedded = parts[-5] == "yes"
            rows.append((parts[0].split("+")[-1], embedded))
    return rows


def _font_rules(svg: str, pdf: bytes, brand: Brand) -> list[Finding]:
    family = brand.fonts.family
    fix = f"leave the font to the brand (it sets {family}), or set the brand's family"
    found = [
        Finding("font_file", "error", f"SVG text in {other}", f"not the brand's {family}", fix)
        for other in sorted(svg_families(svg) - {family})
    ]
    compact = family.replace(" ", "")
    for name, embedded in pdf_fonts(pdf):
        if not name.replace(" ", "").startswith(compact) or not embedded:
            why = "not embedded" if not embedded else f"not the brand's {family}"
            found.append(Finding("font_file", "error", f"PDF font {name}", why, fix))
    return found


def check_altair(
    adapter: Any, chart: Any, brand: Brand, preset: SizePreset | None
) -> list[Finding]:
    """Run every Altair rule on a finished chart at ``preset`` (None: its own size).

    ``adapter`` is the :class:`~.adapter.AltairAdapter` that lays out and renders it
    (passed in: the adapter imports this module when a chart is checked).
    """
    import io

    from PIL import Image

    from ...ink import font_families
    from .vlc import scenegraph, use_fonts

    spec = adapter.finished_spec(chart, preset)
    record = stored_record(spec) or {}
    at = SizePreset(**record["preset"])
    use_fonts(brand)
    graph = scenegraph(spec)
    rendered = adapter.render(chart, ("png", "svg", "pdf"), preset)
    pixels = np.asarray(Image.open(io.BytesIO(rendered["png"])).convert("RGB"))
    texts = scene_texts(graph, font_families(brand))
    return [
        *_text_rules(texts, pixels, brand, at.dpi / POINTS_PER_INCH),
        *_mark_rules(graph, spec, brand),
        *house_findings(
            record.get("alt"), record.get("source"), record.get("title"), brand, "chart"
        ),
        *_font_rules(rendered["svg"].decode(), rendered["pdf"], brand),
    ]
