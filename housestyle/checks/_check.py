"""Accessibility and house-rule checks of a finished chart.

:func:`check` renders a figure once and applies every rule in
:mod:`housestyle.checks._rules` with the thresholds in the brand file's ``checks:``
section: text contrast against the pixels behind it, mark contrast, colours that
merge for colour-blind viewers, text size at the output size, the number of
categories, alt text, the source line, the title's length, brand colours, and text
that overlaps or runs off the figure. :func:`simulate` shows a chart as a viewer
with a colour-vision deficiency sees it. ``housestyle check PATH`` runs the checks
on a recipe from the command line (:mod:`housestyle.batch._check_command`).
"""

from __future__ import annotations

import warnings
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
from matplotlib.figure import Figure

from ..brand import Brand, HouseStyleError, SizePreset, resolve_brand
from ..findings import Finding, Findings
from ..ink import CVD_TYPES, simulate_pixels
from ..record import adapter_for, figure_title, finalised
from ._rules import RULES, Scene

__all__ = [
    "CheckWarning",
    "Finding",
    "Report",
    "check",
    "grouped",
    "simulate",
    "warn_findings",
]


class CheckWarning(UserWarning):
    """Findings of :func:`check`, raised by ``finalise(..., check=True)``."""


class Report(Findings):
    """The findings of :func:`check`: a list of :class:`Finding`, errors first.

    Attributes
    ----------
    figure
        The chart's title, or a description of the figure.
    brand
        The name of the brand checked against.
    size
        The name of the output size, or None.
    """

    def __init__(self, findings: list[Finding], figure: str, brand: str, size: str | None):
        super().__init__(findings, subject=figure)
        self.figure = figure
        self.brand = brand
        self.size = size

    def summary(self) -> str:
        """One line: the figure, the brand and size, and the counts."""
        size = f", {self.size}" if self.size else ""
        return f"{self.figure!r} ({self.brand}{size}): {self.counts()}"

    def to_dict(self) -> dict[str, Any]:
        """The report as plain data."""
        return {"figure": self.figure, "brand": self.brand, "size": self.size, **super().to_dict()}


def _figure_name(fig: Figure) -> str:
    return figure_title(fig) or "untitled figure"


def _resolve(
    fig: Figure, size: str | SizePreset | None, brand: Any
) -> tuple[Brand, SizePreset | None]:
    info = finalised(fig)
    chosen = info.brand if brand is None and info is not None else resolve_brand(brand)
    if size is not None:
        return chosen, chosen.preset(size)
    return chosen, info.preset if info is not None else None


def check(
    fig: Any, *, size: str | SizePreset | None = None, brand: str | Path | Brand | None = None
) -> Report:
    """Check a finished chart for accessibility and the house rules.

    Parameters
    ----------
    fig
        A matplotlib Figure, usually the one :func:`housestyle.finalise` returned.
        It is drawn once to measure it; it is not changed otherwise. A chart of
        another library (Altair) finished by :func:`housestyle.finalise` is checked
        by its adapter on its rendered SVG and PNG.
    size
        The output size preset; None means the size it was finalised at (or, for a
        figure that was not finalised, its own size in points).
    brand
        The brand whose thresholds and colours apply; None means the brand it was
        finalised with, else the current brand.

    Returns
    -------
    Report
        The findings, errors first; ``report.ok`` is True when there are no errors.

    Raises
    ------
    HouseStyleError
        If ``fig`` is not a Figure, or ``size`` or ``brand`` is unknown.
    """
    adapter = adapter_for(fig)
    if adapter is not None:  # a chart matplotlib does not draw: its library's rules
        record = adapter.record(fig)
        chosen = record.brand if brand is None and record else resolve_brand(brand)
        at = chosen.preset(size) if size is not None else record.preset if record else None
        title = (record.title if record else None) or "untitled chart"
        found = adapter.check(fig, chosen, at)
        return Report(found, title, chosen.name, at.name if at else None)
    if not isinstance(fig, Figure):
        raise HouseStyleError(
            f"fig: a {type(fig).__name__} cannot be checked; allowed: a matplotlib Figure "
            "or a chart finished by housestyle.finalise (for a ggplot, check "
            "housestyle.finalise(plot, ...))"
        )
    chosen, preset = _resolve(fig, size, brand)
    scene = Scene(fig, chosen, preset)
    # every rule reads the figure as it is drawn: a colour named by its place in the
    # cycle ("C1") is the brand's in the files, whatever the caller's rcParams say
    with warnings.catch_warnings(), scene.drawing_rc():
        # characters no font has are reported by the missing_glyph rule, once per text
        warnings.filterwarnings("ignore", message="Glyph .* missing from")
        findings = grouped([finding for rule in RULES for finding in rule(scene)])
    return Report(findings, _figure_name(fig), chosen.name, preset.name if preset else None)


#: How many artists a grouped finding names.
EXAMPLES = 3


def grouped(findings: list[Finding]) -> list[Finding]:
    """Return the findings with those of one rule and one message on many artists merged.

    A seaborn box plot draws a dozen patches in one off-brand grey: the reader is told
    once, with the count and a few of them named, in the order first found.
    """
    groups: dict[tuple[str, str, str, str], list[Finding]] = {}
    for finding in findings:
        groups.setdefault(
            (finding.rule, finding.severity, finding.message, finding.fix), []
        ).append(finding)
    merged = []
    for same in groups.values():
        if len(same) == 1:
            merged.append(same[0])
            continue
        names = list(dict.fromkeys(finding.artist for finding in same))
        count = sum(finding.count for finding in same)
        shown = ", ".join(names[:EXAMPLES]) + (", …" if len(names) > EXAMPLES else "")
        merged.append(replace(same[0], artist=f"{shown} ({count} in all)", count=count))
    return merged


def warn_findings(fig: Any) -> Report:
    """Check ``fig`` and, if anything was found, warn once with every finding.

    This is what ``finalise(..., check=True)`` calls.
    """
    report = check(fig)
    if len(report):
        warnings.warn(str(report), CheckWarning, stacklevel=3)
    return report


# --------------------------------------------------------------------------- #
# Simulation
# --------------------------------------------------------------------------- #


def _pixels(source: Any) -> np.ndarray:
    """Return an image source as an (height, width, 3) RGB array in [0, 1]."""
    from PIL import Image

    if isinstance(source, Figure):
        from matplotlib.backends.backend_agg import RendererAgg

        width, height = source.bbox.size
        renderer = RendererAgg(width, height, source.dpi)
        source.draw(renderer)
        rgba = np.asarray(renderer.buffer_rgba(), dtype=float) / 255.0
        alpha = rgba[..., 3:]
        return rgba[..., :3] * alpha + (1.0 - alpha)  # transparent shows as white paper
    if isinstance(source, str | Path):
        try:
            source = Image.open(source)
        except OSError as exc:
            raise HouseStyleError(f"fig_or_image: cannot read {source} ({exc})") from None
    if isinstance(source, Image.Image):
        return np.asarray(source.convert("RGB"), dtype=float) / 255.0
    if isinstance(source, np.ndarray) and source.ndim == 3 and source.shape[2] in (3, 4):
        scale = 255.0 if source.dtype.kind in "ui" else 1.0
        return np.asarray(source[..., :3], dtype=float) / scale
    raise HouseStyleError(
        f"fig_or_image: a {type(source).__name__} cannot be simulated; allowed: a Figure, "
        "a PIL Image, an (h, w, 3 or 4) array, or the path of an image file"
    )


def simulate(fig_or_image: Any, kind: str = "deuteranopia") -> Any:
    """Return a chart as a viewer with a colour-vision deficiency sees it.

    Parameters
    ----------
    fig_or_image
        A matplotlib Figure (rendered at its own size and dpi), a PIL Image, an
        (h, w, 3 or 4) numpy array (uint8, or floats in [0, 1]) or an image path.
    kind
        ``"deuteranopia"``, ``"protanopia"``, ``"tritanopia"`` (Machado et al. 2009,
        full severity) or ``"greyscale"``.

    Returns
    -------
    PIL.Image.Image
        An RGB image of the same size.
    """
    from PIL import Image

    if kind not in CVD_TYPES:
        raise HouseStyleError(f"kind: unknown vision {kind!r}; allowed: {', '.join(CVD_TYPES)}")
    rgb = np.round(_pixels(fig_or_image) * 255).astype(np.uint8)
    return Image.fromarray(simulate_pixels(rgb, [kind])[kind], "RGB")
