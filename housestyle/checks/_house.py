"""House rules: alt text, a source line, and a title within the brand's length."""

from __future__ import annotations

from ..description import describe
from ..record import figure_title, finalised
from ._scene import Finding, Scene

__all__ = ["HOUSE_RULES", "alt_text", "source_line", "title_length"]


def alt_text(scene: Scene) -> list[Finding]:
    """A chart without alt text, which screen-reader users depend on (WCAG 1.1.1)."""
    info = finalised(scene.fig)
    if info is not None and info.alt and info.alt.strip():
        return []
    drafted = describe(scene.fig).alt
    return [
        Finding(
            "alt_text",
            "error",
            "figure",
            "no alt text",
            f"pass finalise(..., alt='draft') to use the text drafted from the data, "
            f'"{drafted}", or write your own with its main message',
        )
    ]


def source_line(scene: Scene) -> list[Finding]:
    """A chart that does not say where its data come from."""
    info = finalised(scene.fig)
    if info is not None and info.source and info.source.strip():
        return []
    return [
        Finding(
            "source_line",
            "error",
            "figure",
            "no source line",
            "pass finalise(..., source='Who published the data, and when')",
        )
    ]


def title_length(scene: Scene) -> list[Finding]:
    """A title longer than the brand's ``checks.title_max_chars``."""
    title = figure_title(scene.fig) or ""
    limit = scene.brand.checks.title_max_chars
    if len(title) <= limit:
        return []
    return [
        Finding(
            "title_length",
            "warning",
            "title",
            f"{len(title)} characters; the brand allows {limit:g}",
            "say the main message in fewer words and move detail to the subtitle",
        )
    ]


HOUSE_RULES = (alt_text, source_line, title_length)
