"""Rules about text: contrast with what is behind it, size, overlaps and clipping."""

from __future__ import annotations

import itertools

import numpy as np
from matplotlib.colors import to_rgba
from matplotlib.path import Path
from matplotlib.text import Text

from .._private import stroke_colour, stroke_width
from ..ink import relative_luminances
from ..units import TOLERANCE_PX
from ._scene import DrawnText, Finding, Scene, composite, hex_colour

__all__ = ["TEXT_RULES", "text_clipped", "text_contrast", "text_overlap", "text_size"]

#: WCAG counts bold text as large from 14 pt where regular text needs 18 pt; the
#: brand gives the regular size (``checks.large_text_size``), bold is this share of it.
BOLD_LARGE_SHARE = 14 / 18
#: Text must reach its contrast over this share of the pixels under its glyphs, so
#: that a gridline or the tip of a line under a label does not decide, but a label
#: half off its bar does.
COVERED_SHARE = 0.85
#: Points: a stroke around text at least this wide is a halo that hides what is behind
#: the glyphs; a thinner one is an outline.
_HALO_LEAST = 1.0
#: The zorder from which a text is drawn above the marks (matplotlib's default for text).
_ABOVE_MARKS = 3


def _luminance(rgb: np.ndarray) -> np.ndarray:
    return relative_luminances(rgb)


def _contrast_over(colour: tuple, behind: np.ndarray) -> tuple[float, np.ndarray]:
    """Return the contrast ``colour`` reaches over most of ``behind``, and that pixel."""
    front = composite(np.asarray(colour), behind) if colour[3] < 1 else np.asarray(colour[:3])
    fore, back = _luminance(front), _luminance(behind)
    ratios = (np.maximum(fore, back) + 0.05) / (np.minimum(fore, back) + 0.05)
    order = np.argsort(ratios)
    index = order[int((1.0 - COVERED_SHARE) * (len(order) - 1))]
    return float(ratios[index]), behind[index]


def _is_large(text: DrawnText, scene: Scene) -> bool:
    limit = scene.brand.checks.large_text_size
    return text.size >= limit or (text.bold and text.size >= limit * BOLD_LARGE_SHARE)


def text_contrast(scene: Scene) -> list[Finding]:
    """Text below the brand's contrast ratio against the pixels actually behind it.

    Large text (``checks.large_text_size`` points, or bold from 14/18 of that) needs
    ``checks.large_text_contrast``; other text ``checks.text_contrast`` (WCAG 1.4.3).
    """
    checks = scene.brand.checks
    found = []
    for text in scene.texts:
        colour = to_rgba(text.artist.get_color(), text.artist.get_alpha())
        large = _is_large(text, scene)
        need = checks.large_text_contrast if large else checks.text_contrast
        ratio, behind = _contrast_over(colour, _halo(text.artist) or scene.behind(text))
        if ratio < need:
            kind = "large text" if large else "text"
            found.append(
                Finding(
                    "text_contrast",
                    "error",
                    text.label,
                    f"contrast {ratio:.2f}:1 of {hex_colour(colour)} on {hex_colour(behind)}; "
                    f"{kind} needs {need:g}:1",
                    "use the brand's text colour, or a darker (lighter on a dark ground) one; "
                    "for labels on marks, pick the text colour by the mark's lightness",
                )
            )
    return found


def _halo(artist: Text) -> np.ndarray | None:
    """The colour a text's halo paints behind its glyphs, as a (1, 3) array, else None.

    A halo is a stroke path effect under the glyphs (``withStroke``), at least
    :data:`_HALO_LEAST` points wide, on a text drawn above the marks (zorder 3 or more,
    matplotlib's default for text, where lines are 2 and patches 1): every pixel
    around its glyphs is the halo's colour, whatever the chart has behind the text. A
    tick label is drawn with its axis, below the data, so its halo does not count.
    """
    if artist.get_zorder() < _ABOVE_MARKS:
        return None
    for effect in artist.get_path_effects():
        width, colour = stroke_width(effect), stroke_colour(effect)
        if width is not None and colour is not None and width >= _HALO_LEAST:
            return np.array([to_rgba(colour)[:3]])
    return None


def min_text_size(scene: Scene) -> float:
    """The smallest allowed font size in the figure's points.

    For print presets (mm or inches) a figure point is a physical point of the
    output, so the brand's ``checks.min_text_size`` applies as it stands. A point in
    a pixel preset has no physical size; the brand writes every type size at
    ``type_scale`` 1 and finalise multiplies them by the preset's ``type_scale``, so
    the minimum is scaled the same way (1.0 for the shipped web and slide presets).
    A figure with no preset is taken at its own points.
    """
    minimum = scene.brand.checks.min_text_size
    preset = scene.preset
    if preset is not None and preset.unit == "px":
        return minimum * preset.type_scale
    return minimum


def text_size(scene: Scene) -> list[Finding]:
    """Text smaller than the brand's minimum at the output size (see :func:`min_text_size`)."""
    minimum = min_text_size(scene)
    where = f" at {scene.preset.name}" if scene.preset is not None else ""
    return [
        Finding(
            "text_size",
            "error",
            text.label,
            f"{text.size:.1f} pt is below the brand's minimum of {minimum:.1f} pt{where}",
            f"set it to at least {minimum:.1f} pt, or use the brand's type sizes",
        )
        for text in scene.texts
        if text.size < minimum - 0.05
    ]


def _glyph_box(text: DrawnText) -> Path:
    """The box around the text's glyphs, a pixel narrower at each end."""
    corners = text.corners
    along = corners[1] - corners[0]
    inset = along / max(np.linalg.norm(along), 1e-9) * min(TOLERANCE_PX, np.linalg.norm(along) / 2)
    box = [corners[0] + inset, corners[1] - inset, corners[2] - inset, corners[3] + inset]
    return Path(np.array([*box, box[0]]), closed=True)


def _boxes_meet(first: DrawnText, second: DrawnText) -> bool:
    a, b = first.bbox, second.bbox
    if a.x1 <= b.x0 or b.x1 <= a.x0 or a.y1 <= b.y0 or b.y1 <= a.y0:
        return False
    return _glyph_box(first).intersects_path(_glyph_box(second), filled=True)


#: The fix for a panel title or facet strip that overlaps or leaves the figure: finalise
#: wraps them at spaces, so what is left is a word wider than its panel.
_TITLE_FIX = (
    "shorten the panel titles: finalise wraps them at spaces to the panel's width, and a "
    "word wider than the panel cannot wrap (seaborn: g.set_titles(col_template="
    "'{col_name}', row_template='{row_name}'); plotnine: facet_wrap(..., labeller=...) "
    "or shorter values); or use fewer panels across, or a wider preset"
)


def _is_panel_title(text: DrawnText) -> bool:
    return text.label.startswith(("axes title", "facet strip"))


def text_overlap(scene: Scene) -> list[Finding]:
    """Texts whose glyphs' boxes overlap (boxes turned with rotated text).

    The boxes are fitted to the pixels each text really drew, so labels set tight
    (a population pyramid's age groups) pass while touching or crossing ones fail.
    """
    return [
        Finding(
            "text_overlap",
            "error",
            first.label,
            f"overlaps {second.label}",
            _TITLE_FIX
            if _is_panel_title(first) or _is_panel_title(second)
            else "move one of them (or thin out the ticks, shorten the labels, "
            "or give the figure more room)",
        )
        for first, second in itertools.combinations(scene.texts, 2)
        if _boxes_meet(first, second)
    ]


def text_clipped(scene: Scene) -> list[Finding]:
    """Text that runs over the edge of the figure and is cut off.

    Judged on the text's line box less the leading above and below its glyphs (the
    glyphs drawn stop at the edge, so they cannot show what was cut).
    """
    width, height = scene.fig.bbox.size
    found = []
    for text in scene.texts:
        if text.inside(0, 0, width, height):  # its outline is inside its line box
            continue
        (x0, y0), (x1, y1) = text.outline.min(axis=0), text.outline.max(axis=0)
        over = {"left": -x0, "right": x1 - width, "bottom": -y0, "top": y1 - height}
        edges = [edge for edge, amount in over.items() if amount > TOLERANCE_PX]
        if edges:
            found.append(
                Finding(
                    "text_clipped",
                    "error",
                    text.label,
                    f"runs off the {' and '.join(edges)} edge of the figure "
                    f"by {max(over[e] for e in edges):.0f} px",
                    _TITLE_FIX
                    if _is_panel_title(text)
                    else "move it inside, shorten it, or let the layout make room for it",
                )
            )
    return found


TEXT_RULES = (text_contrast, text_size, text_overlap, text_clipped)
