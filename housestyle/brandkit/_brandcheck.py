"""Checking a brand file: that it loads, and that its colours hold up for every reader.

:func:`check_brand` is what ``housestyle brand check`` runs. It loads the brand (a
broken file is reported with its file, line and field), checks that its fonts and logo
can be used, and holds every colour to the brand's own ``checks:`` thresholds: each
colour's contrast on the background for what it is used for, each pair of palette
colours as seen with normal vision, deuteranopia, protanopia, tritanopia and in
greyscale, and the sequential ramps under cell labels and against the page. Each
finding comes with a suggestion: the nearest colour of the same hue that passes, or
the order of the categorical palette whose neighbours are furthest apart. The rules
are in :mod:`housestyle.brandkit._rules`, the figures in
:mod:`housestyle.brandkit._report`, the suggestions in
:mod:`housestyle.brandkit._suggest`.

:func:`palette_report` gives the figures of one palette as plain data.
"""

from __future__ import annotations

from dataclasses import asdict, is_dataclass
from pathlib import Path
from typing import Any

from ..brand import Brand, BrandLike, HouseStyleError, load_brand, resolve_brand
from ..findings import Findings
from ._report import (
    VISIONS,
    Pair,
    PaletteFigures,
    RampFigures,
    pairs,
    palette_figures,
    ramp_figures,
    smallest,
)
from ._rules import (
    BrandFinding,
    Swatch,
    contrast_findings,
    distinct_findings,
    ramp_findings,
    repair,
    swatches,
)
from ._suggest import Order, Repair, best_order

__all__ = ["BrandFinding", "BrandReport", "check_brand", "palette_report"]


#: The figures a brand report holds beside its findings, by attribute.
_FIGURES = (
    "background",
    "thresholds",
    "fonts",
    "logo",
    "swatches",
    "palettes",
    "gain_loss",
    "ramps",
    "order",
    "repairs",
)


class BrandReport(Findings):
    """What :func:`check_brand` found: the findings (this list, errors first) and the figures.

    Attributes
    ----------
    path
        The brand file checked.
    name
        The brand's name, or None when the file does not load.
    error
        Why the file does not load (file, line, field), or None.
    swatches
        Every colour with its contrast on the background and the contrast it needs.
    palettes
        The figures of each qualitative and focus palette: colours, contrasts, pairs.
    ramps
        The figures of each sequential palette: its middle under labels, its palest end.
    order
        The categorical palette's best order (the first colour kept first).
    repairs
        Each qualitative palette mended with the smallest moves of lightness that pass
        every rule (when they can), in its best order, by name.
    """

    def __init__(self, path: Path, name: str | None = None, error: str | None = None):
        super().__init__((), subject=name or path.name)
        self.path, self.name, self.error = path, name, error
        self.background: str | None = None
        self.thresholds: dict[str, float] = {}
        self.fonts: dict[str, Any] = {}
        self.logo: dict[str, Any] | None = None
        self.swatches: list[Swatch] = []
        self.palettes: list[PaletteFigures] = []
        self.gain_loss: Pair | None = None
        self.ramps: list[RampFigures] = []
        self.order: Order | None = None
        self.repairs: dict[str, Repair] = {}

    @property
    def ok(self) -> bool:
        """True when the brand loads and has no errors (warnings allowed)."""
        return self.error is None and not self.errors

    def summary(self) -> str:
        """One line: the brand, and whether it passes."""
        if self.error is not None:
            return f"{self.path.name}: does not load"
        return (
            f"{self.name} ({self.path.name}): {self.counts()}: {'passes' if self.ok else 'fails'}"
        )

    def to_dict(self) -> dict[str, Any]:
        """The report as plain data (what ``housestyle brand check --json`` prints)."""
        figures = {name: _plain(getattr(self, name)) for name in _FIGURES}
        where = {"path": str(self.path), "name": self.name, "error": self.error}
        return {**where, **figures, **super().to_dict(), "visions": list(VISIONS)}

    def __str__(self) -> str:
        from ._wording import report_text

        return report_text(self)


def _plain(value: Any) -> Any:
    """Figures as plain data: dataclasses as dicts, inside lists and dicts too."""
    if is_dataclass(value) and not isinstance(value, type):
        return asdict(value)
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    return value


def _fonts(brand: Brand) -> tuple[dict[str, Any], list[BrandFinding]]:
    from ..ink import font_status

    fonts = brand.fonts
    reason, stand_ins = font_status(brand)
    info = {
        "family": fonts.family,
        "files": {style: str(p) for style in _STYLES if (p := getattr(fonts, style))},
        "installed": fonts.installed,
        "usable": reason is None,
        "stand_ins": {style: drawn for style, drawn in stand_ins},
    }
    if reason is None:
        return info, _stand_in_findings(fonts.family, stand_ins, fonts.installed)
    problem = BrandFinding(
        "fonts",
        "error",
        f"fonts.family {fonts.family!r}",
        f"the family cannot be used: {reason}; every text would be drawn in {fonts.fallback!r}",
        "name the family as it is written inside the font files, or give static .ttf files",
    )
    return info, [problem]


_STYLES = ("regular", "bold", "italic", "bold_italic")


def _stand_in_findings(
    family: str, stand_ins: tuple[tuple[str, str], ...], installed: bool
) -> list[BrandFinding]:
    """The styles the brand has no file for, told here once rather than on every chart."""
    if not stand_ins:
        return []
    missing = ", ".join(style for style, _drawn in stand_ins)
    how = "; ".join(
        f"{style.replace('_', ' ')} text is drawn in its {drawn.replace('_', ' ')}"
        for style, drawn in stand_ins
    )
    where = "installed face" if installed else "file in the brand"
    return [
        BrandFinding(
            "fonts",
            "warning",
            f"fonts.family {family!r}",
            f"no {missing} {where}: {how}, never in another family",
            "add the files under fonts.files (italic, bold_italic) if the family has them",
        )
    ]


def _logo(brand: Brand) -> tuple[dict[str, Any] | None, list[BrandFinding]]:
    from ..ink import load_logo

    path = brand.footer.logo
    if path is None:
        return None, []
    try:
        image = load_logo(path, min_dpi=100, height_pt=brand.footer.logo_height)
    except HouseStyleError as exc:
        return {"file": str(path)}, [
            BrandFinding("logo", "error", f"footer.logo {path.name}", str(exc), "")
        ]
    return {"file": str(path), "aspect": round(image.aspect, 2)}, []


def _gain_loss(brand: Brand) -> Pair:
    return pairs([brand.colours.gain, brand.colours.loss])[0]


def _measure(report: BrandReport, brand: Brand) -> None:
    checks = brand.checks
    report.background = brand.colours.background
    report.thresholds = {
        "text_contrast": checks.text_contrast,
        "mark_contrast": checks.mark_contrast,
        "cvd_min_distance": checks.cvd_min_distance,
    }
    report.swatches = swatches(brand)
    kinds = brand.palette_kinds
    report.palettes = [
        palette_figures(brand, n) for n, kind in kinds.items() if kind in ("qualitative", "focus")
    ]
    report.ramps = [ramp_figures(brand, n) for n, kind in kinds.items() if kind == "sequential"]
    report.order = best_order(brand.palettes["categorical"])
    report.repairs = {
        p.name: repair(brand, p.name) for p in report.palettes if p.kind == "qualitative"
    }


def check_brand(brand: BrandLike) -> BrandReport:
    """Check a brand file: that it loads, its fonts and logo, and every colour's use.

    Parameters
    ----------
    brand
        A shipped brand's name, the path of a brand file, or a :class:`Brand`.

    Returns
    -------
    BrandReport
        ``report.ok`` is False when the file does not load or a colour fails the
        brand's ``checks:``; ``str(report)`` is the text ``housestyle brand check`` prints.

    Raises
    ------
    HouseStyleError
        When there is no such shipped brand or file (a file that exists but is
        broken is reported, not raised).

    Examples
    --------
    >>> report = check_brand("ou")
    >>> report.ok, report.order.colours == load_brand("ou").palettes["categorical"]
    (True, True)
    """
    if isinstance(brand, Brand):
        loaded, path = brand, brand.path
    else:
        from ..brand import locate

        path = locate(brand)
        try:
            loaded = load_brand(path)
        except HouseStyleError as exc:
            return BrandReport(path=path, error=str(exc))
    report = BrandReport(path=path, name=loaded.name)
    report.fonts, font_findings = _fonts(loaded)
    report.logo, logo_findings = _logo(loaded)
    _measure(report, loaded)
    report.gain_loss = gain_loss = _gain_loss(loaded)
    report.add(
        [
            *font_findings,
            *logo_findings,
            *contrast_findings(loaded, report.swatches),
            *distinct_findings(loaded, report.palettes, gain_loss, report.order, report.repairs),
            *ramp_findings(loaded, report.ramps),
        ]
    )
    return report


def palette_report(brand: BrandLike | None = None, name: str = "categorical") -> dict:
    """Report how a brand palette holds up: contrast, and distances as simulated.

    Parameters
    ----------
    brand
        The brand; None means the current brand.
    name
        The palette, ``"categorical"`` by default.

    Returns
    -------
    dict
        ``colours``: each colour with its contrast ratio against the background;
        ``pairs``: each pair of colours with its CAM02-UCS distance for normal vision
        and each of :data:`~housestyle.ink._colour.CVD_TYPES`, neighbours marked;
        ``distances``: per vision, the smallest distance between neighbouring colours
        and between any two; with the brand's thresholds, for publishing in the brand
        docs. :func:`check_brand` holds these figures to the thresholds.
    """
    chosen = resolve_brand(brand)
    if name not in chosen.palettes:
        raise HouseStyleError(
            f"name: brand {chosen.name!r} has no palette {name!r}; "
            f"allowed: {', '.join(chosen.palettes)}"
        )
    figures = palette_figures(chosen, name)
    found = pairs(figures.colours)
    return {
        "brand": chosen.name,
        "palette": name,
        "background": chosen.colours.background,
        "thresholds": {
            "mark_contrast": chosen.checks.mark_contrast,
            "cvd_min_distance": chosen.checks.cvd_min_distance,
        },
        "colours": [
            {"colour": colour, "contrast": contrast}
            for colour, contrast in zip(figures.colours, figures.contrasts, strict=True)
        ],
        "pairs": [asdict(pair) for pair in found],
        "distances": {
            vision: {
                "neighbours": smallest(found, vision, neighbours=True),
                "all_pairs": smallest(found, vision, neighbours=False),
            }
            for vision in VISIONS
        },
    }
