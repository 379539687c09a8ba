"""House rules: alt text, a source line, and a title within the brand's length.

The rules read only the texts a chart was finished with, so :func:`house_findings` serves
every chart library: the matplotlib rules below call it through the scene, and the
Altair and Plotly adapters call it with their own finish record.
"""

from __future__ import annotations

from ..brand import Brand
from ..description import describe
from ..record import figure_title, finalised
from ._scene import Finding, Scene

__all__ = ["HOUSE_RULES", "alt_text", "house_findings", "source_line", "title_length"]

_ALT_FIX = "pass finalise(..., alt='What the chart shows and its main message')"


def _missing_alt(alt: str | None, subject: str, drafted: str | None = None) -> list[Finding]:
    if alt and alt.strip():
        return []
    fix = _ALT_FIX
    if drafted:
        fix = (
            f"pass finalise(..., alt='draft') to use the text drafted from the data, "
            f'"{drafted}", or write your own with its main message'
        )
    return [Finding("alt_text", "error", subject, "no alt text", fix)]


def _missing_source(source: str | None, subject: str) -> list[Finding]:
    if source and source.strip():
        return []
    fix = "pass finalise(..., source='Who published the data, and when')"
    return [Finding("source_line", "error", subject, "no source line", fix)]


def _long_title(title: str | None, brand: Brand) -> list[Finding]:
    limit = brand.checks.title_max_chars
    if len(title or "") <= limit:
        return []
    return [
        Finding(
            "title_length",
            "warning",
            "title",
            f"{len(title or '')} characters; the brand allows {limit:g}",
            "say the main message in fewer words and move detail to the subtitle",
        )
    ]


def house_findings(
    alt: str | None, source: str | None, title: str | None, brand: Brand, subject: str = "figure"
) -> list[Finding]:
    """The house rules over a finished chart's texts, for any chart library.

    Parameters
    ----------
    alt, source, title
        The texts the chart was finished with (None or empty when it has none).
    brand
        The brand, for its ``checks.title_max_chars``.
    subject
        What a missing text is said of: ``"figure"``, ``"chart"``.
    """
    return [
        *_missing_alt(alt, subject),
        *_missing_source(source, subject),
        *_long_title(title, brand),
    ]


def alt_text(scene: Scene) -> list[Finding]:
    """A chart without alt text, which screen-reader users depend on (WCAG 1.1.1)."""
    info = finalised(scene.fig)
    alt = info.alt if info is not None else None
    if alt and alt.strip():
        return []
    return _missing_alt(alt, "figure", drafted=describe(scene.fig).alt)


def source_line(scene: Scene) -> list[Finding]:
    """A chart that does not say where its data come from."""
    info = finalised(scene.fig)
    return _missing_source(info.source if info is not None else None, "figure")


def title_length(scene: Scene) -> list[Finding]:
    """A title longer than the brand's ``checks.title_max_chars``."""
    return _long_title(figure_title(scene.fig), scene.brand)


HOUSE_RULES = (alt_text, source_line, title_length)
