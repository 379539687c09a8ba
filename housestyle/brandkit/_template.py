"""The text of a new brand file: what was asked for, and the rest commented with its values.

Every field the new brand does not set is written as a comment holding the value it
inherits, so that a designer sees what there is to change and what it is now.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..brand import Brand

__all__ = ["NewBrand", "brand_text", "categorical_of"]

_NOTE_COLUMN = 32
_COLOUR_NOTES = {
    "text": "titles, labels and body text",
    "muted_text": "secondary text: the source line, notes",
    "background": "the figure and panel background",
    "gridline": "gridlines: faint on purpose",
    "axis": "axis lines and the zero baseline",
    "primary": "the main series colour",
    "highlight": "the emphasis colour (focus palette)",
    "grey": "the de-emphasis grey (focus palette)",
    "gain": "good changes (tables, diverging bars)",
    "loss": "bad changes",
}


@dataclass(frozen=True)
class NewBrand:
    """What ``housestyle brand new`` was asked for, checked.

    ``palette`` is the categorical palette; ``family`` the family name read from the
    font files; ``parent`` the brand extended, loaded.
    """

    name: str
    out: Path
    parent: Brand
    extends: str
    primary: str | None = None
    palette: tuple[str, ...] | None = None
    family: str | None = None
    fonts: dict[str, Path] = field(default_factory=dict)
    logo: Path | None = None

    @property
    def path(self) -> Path:
        """The brand file to write."""
        return self.out / f"{self.name}.yaml"

    @property
    def copies(self) -> dict[Path, Path]:
        """``{source: target}`` of the files copied beside the brand file."""
        sources = [*self.fonts.values(), *([self.logo] if self.logo else [])]
        return {source: self.out / source.name for source in sources}


def _q(value: str) -> str:
    """A YAML double-quoted scalar (JSON's string syntax is valid YAML)."""
    return json.dumps(value, ensure_ascii=False)


def _noted(line: str, note: str) -> str:
    """A line with its comment aligned with the others'."""
    return f"{line.ljust(_NOTE_COLUMN)}# {note}"


def _flow(colours: Any) -> str:
    return "[" + ", ".join(_q(c) for c in colours) + "]"


def categorical_of(spec: NewBrand) -> tuple[str, ...] | None:
    """The categorical palette the new brand writes, or None when it writes none.

    The palette given, or the primary first and the extended brand's others after it.
    """
    if spec.palette is not None:
        return spec.palette
    if spec.primary is None:
        return None
    inherited = spec.parent.palettes["categorical"]
    rest = [c for c in inherited[1:] if c != spec.primary]
    if len(rest) < len(inherited) - 1 and inherited[0] != spec.primary:
        rest.append(inherited[0])
    return (spec.primary, *rest)


def _primary(spec: NewBrand) -> str | None:
    if spec.primary is not None:
        return spec.primary
    return spec.palette[0] if spec.palette else None


def _header(spec: NewBrand) -> list[str]:
    file = spec.path.name
    return [
        f"# {spec.name}: a housestyle brand. It extends {spec.extends!s} and overrides only the",
        "# fields written here; every commented field shows the value it inherits. Every field",
        "# is described in housestyle's brands/README.md.",
        "#",
        f"#   housestyle brand check {file}       contrast and colour-vision report",
        f"#   housestyle brand specimen {file} --out {spec.name}.pdf   a one-page specimen",
        "#",
        f'# Use it: housestyle.style("{file}"), or housestyle gallery --brand {file}',
        f"extends: {_q(spec.extends)}",
        f"name: {_q(spec.name)}",
        f"description: {_q(f'The {spec.name} house style for charts.')}",
    ]


def _fonts(spec: NewBrand) -> list[str]:
    if spec.family is None:
        fonts = spec.parent.fonts
        return [
            _noted("# fonts:", "your own typeface: static .ttf files beside this file"),
            _noted("#   family: Your Family", "the family name written inside the files"),
            "#   files: {regular: YourFamily-Regular.ttf, bold: YourFamily-Bold.ttf}",
            f"# (inherited: {fonts.family}, falling back to {fonts.fallback})",
        ]
    regular, bold = spec.fonts["regular"].name, spec.fonts["bold"].name
    return [
        "fonts:",
        _noted(f"  family: {_q(spec.family)}", "the family name inside the files"),
        _noted("  files:", "relative to this file"),
        f"    regular: {_q(regular)}",
        f"    bold: {_q(bold)}",
        _noted("    # italic: ...", "optional: else italic text is drawn in the regular"),
        _noted("    # bold_italic: ...", "optional: else bold italic is drawn in the bold"),
    ]


def _colours(spec: NewBrand) -> list[str]:
    primary = _primary(spec)
    inherited = spec.parent.colours
    lines = ["colours:" if primary else "# colours:"]
    for name, note in _COLOUR_NOTES.items():
        if name == "primary" and primary:
            lines.append(_noted(f"  primary: {_q(primary)}", note))
        else:
            lines.append(_noted(f"  # {name}: {_q(getattr(inherited, name))}", note))
    return lines


def _palettes(spec: NewBrand) -> list[str]:
    parent: Brand = spec.parent
    categorical = categorical_of(spec)
    lines = ["palettes:" if categorical else "# palettes:"]
    lines.append(
        "  # categorical: series colours, used in order (at least 6). Keep each at 4.5:1 on "
        "the background:"
    )
    lines.append("  # the cookbook writes direct labels in the series' own colour.")
    if categorical:
        lines.append(f"  categorical: {_flow(categorical)}")
    else:
        lines.append(f"  # categorical: {_flow(parent.palettes['categorical'])}")
    lines.append("  # The ramps and the focus pair, inherited: write them to match your colours.")
    for name in ("sequential", "diverging", "focus"):
        kind = parent.palette_kinds[name]
        lines.append(f"  # {name}: {{kind: {kind}, colours: {_flow(parent.palettes[name])}}}")
    return lines


def _footer(spec: NewBrand) -> list[str]:
    height = f"{spec.parent.footer.logo_height:g}"
    if spec.logo is None:
        return [
            "# footer:",
            _noted("#   logo: your-logo.svg", "SVG or PNG, relative to this file"),
            _noted(f"#   logo_height: {height}", "points"),
        ]
    return [
        "footer:",
        _noted(f"  logo: {_q(spec.logo.name)}", "SVG or PNG, relative to this file"),
        _noted(f"  # logo_height: {height}", "points; the width follows the logo's shape"),
    ]


def _checks(spec: NewBrand) -> list[str]:
    checks = spec.parent.checks
    return [
        _noted("# checks:", "thresholds of housestyle.check and housestyle brand check"),
        f"#   text_contrast: {checks.text_contrast:g}",
        f"#   mark_contrast: {checks.mark_contrast:g}",
        f"#   cvd_min_distance: {checks.cvd_min_distance:g}",
    ]


def brand_text(spec: NewBrand) -> str:
    """The commented YAML of the brand ``spec`` describes."""
    blocks = [_header(spec), _fonts(spec), _colours(spec), _palettes(spec), _footer(spec)]
    blocks.append(_checks(spec))
    return "\n\n".join("\n".join(block) for block in blocks) + "\n"
