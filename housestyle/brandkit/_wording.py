"""The text ``housestyle brand check`` prints: figures in tables, then findings to act on."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Protocol

from ._report import VISIONS, Pair, PaletteFigures, RampFigures
from ._rules import BrandFinding, Swatch
from ._suggest import Order, Repair

__all__ = ["report_text"]


class BrandReport(Protocol):
    """What the text shows of :class:`housestyle.brandkit._brandcheck.BrandReport`."""

    path: Path
    name: str | None
    error: str | None
    background: str | None
    thresholds: dict[str, float]
    fonts: dict[str, Any]
    logo: dict[str, Any] | None
    swatches: list[Swatch]
    palettes: list[PaletteFigures]
    gain_loss: Pair | None
    ramps: list[RampFigures]
    order: Order | None
    repairs: dict[str, Repair]

    @property
    def findings(self) -> list[BrandFinding]: ...

    @property
    def errors(self) -> list[BrandFinding]: ...

    @property
    def warnings(self) -> list[BrandFinding]: ...

    def summary(self) -> str: ...


_INDENT = "  "


def _fonts_line(fonts: dict) -> str:
    family = fonts.get("family", "?")
    source = (
        "an installed family"
        if fonts.get("installed")
        else "files: " + ", ".join(fonts.get("files", {}))
    )
    line = f"fonts: {family} ({source})"
    stand_ins = fonts.get("stand_ins") or {}
    if stand_ins:
        drawn = "; ".join(f"{s.replace('_', ' ')} drawn in {d}" for s, d in stand_ins.items())
        line += f"; {drawn.replace('_', ' ')}"
    if not fonts.get("usable", True):
        line += "; NOT USABLE"
    return line


def _logo_line(logo: dict | None) -> str:
    if logo is None:
        return "logo: none"
    aspect = f" ({logo['aspect']:g}:1 wide)" if "aspect" in logo else " (cannot be drawn)"
    return f"logo: {logo['file']}{aspect}"


def _swatch_lines(report: BrandReport) -> list[str]:
    width = max(len(s.role) for s in report.swatches)
    lines = [f"Colours on the background {report.background}: contrast, and what each needs"]
    for s in report.swatches:
        needs = f"{s.needs:g}:1" if s.needs is not None else "-"
        if s.labels is not None:
            needs += f", labels {s.labels:g}:1"
        mark = "!" if s.needs is not None and s.contrast < s.needs else " "
        if mark == " " and s.labels is not None and s.contrast < s.labels:
            mark = "~"
        lines.append(
            f"{_INDENT}{mark} {s.role:<{width}}  {s.colour}  {s.contrast:6.2f}:1  {s.use}: {needs}"
        )
    return lines


def _pair_row(pair: Pair, threshold: float, label: str) -> str:
    cells = []
    for vision in VISIONS:
        distance = pair.distances[vision]
        cells.append(f"{distance:>{len(vision)}.1f}{'!' if distance < threshold else ' '}")
    return f"{_INDENT}{label}  {pair.colours[0]} {pair.colours[1]}  {'  '.join(cells)}"


def _pairs_lines(title: str, found: list[Pair], threshold: float, numbered: bool) -> list[str]:
    head = " " * (len(_INDENT) + (8 if numbered else 0) + 17)
    lines = [title, head + "  ".join(f"{vision} " for vision in VISIONS)]
    for pair in found:
        label = (
            f"{'*' if pair.neighbours else ' '} {pair.first + 1:>2}-{pair.second + 1:<2}"
            if numbered
            else ""
        )
        lines.append(_pair_row(pair, threshold, label))
    return lines


def _palette_lines(figures: PaletteFigures, threshold: float) -> list[str]:
    if figures.kind == "focus":
        title = f"Palette {figures.name} (focus): its first colour against its last"
        return _pairs_lines(title, list(figures.pairs), threshold, numbered=False)
    title = (
        f"Palette {figures.name} ({figures.kind}): CAM02-UCS distance of each pair; "
        f"* neighbours, ! under {threshold:g}"
    )
    return _pairs_lines(title, list(figures.pairs), threshold, numbered=True)


def _ramp_line(ramp: RampFigures) -> str:
    return (
        f"Ramp {ramp.name}: a label on its middle {ramp.middle} reads {ramp.ink_contrast:.2f}:1 "
        f"in the {ramp.ink} colour; its end {ramp.near_end} has {ramp.near_end_contrast:.2f}:1 "
        "on the background"
    )


def _order_line(order: Order | None) -> list[str]:
    if order is None:
        return []
    if order.better:
        scope = "" if order.exhaustive else " (the best of a bounded search)"
        return [
            f"Categorical order{scope}: [{', '.join(order.colours)}] puts neighbours "
            f"{order.smallest:.1f} apart in the worst vision (as written: {order.current:.1f})"
        ]
    return [
        "Categorical order: the order as written is the best, keeping the first colour first "
        f"(neighbours {order.current:.1f} apart in the worst vision)"
    ]


def _finding_lines(report: BrandReport) -> list[str]:
    if not report.findings:
        return ["No problems found"]
    lines = ["Findings"]
    for f in report.findings:
        lines.append(f"{_INDENT}{f.severity:<8}{f.rule}: {f.subject}")
        lines.append(f"{_INDENT}{'':8}{f.message}")
        if f.suggestion:
            lines.append(f"{_INDENT}{'':8}suggestion: {f.suggestion}")
    return lines


def report_text(report: BrandReport) -> str:
    """The report as text: the figures, the findings with suggestions, then one line."""
    if report.error is not None:
        return f"{report.error}\n{report.summary()}"
    threshold = report.thresholds["cvd_min_distance"]
    blocks = [
        [f"{report.name}  {report.path}", _fonts_line(report.fonts), _logo_line(report.logo)],
        _swatch_lines(report),
        *(_palette_lines(figures, threshold) for figures in report.palettes),
    ]
    if report.gain_loss is not None:
        title = "Gain against loss"
        blocks.append(_pairs_lines(title, [report.gain_loss], threshold, numbered=False))
    blocks.append([_ramp_line(ramp) for ramp in report.ramps] + _order_line(report.order))
    blocks.append(_finding_lines(report))
    blocks.append([report.summary()])
    return "\n\n".join("\n".join(block) for block in blocks if block)
