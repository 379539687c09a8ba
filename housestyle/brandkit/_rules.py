"""The rules of ``housestyle brand check``: a brand's colours held to its own ``checks:``.

Each rule reads the figures of :mod:`housestyle.brandkit._report` and returns
findings, each with a suggestion a designer can act on (a colour to use instead, an
order of the palette). What each colour is held to depends on what it is used for:

- ``text`` and ``muted_text`` colour text: ``checks.text_contrast`` on the background.
- ``primary``, ``highlight``, ``gain``, ``loss``, every qualitative palette's colours and
  a focus palette's first colour colour marks *and* the labels written in their colour
  (the cookbook labels lines, slopes and highlighted bars in the series' own colour):
  below ``checks.mark_contrast`` is an error, below ``checks.text_contrast`` a warning
  (fine for marks; a label in that colour fails :func:`housestyle.check`).
- ``axis``, ``grey`` and a focus palette's other colours colour marks only:
  ``checks.mark_contrast``. ``background`` and ``gridline`` (faint on purpose) and the
  steps of ramps are not held to a contrast.
- Every pair of a qualitative palette's colours, a focus palette's first and last
  colours, and ``gain`` against ``loss`` must be ``checks.cvd_min_distance`` apart
  (CAM02-UCS) with normal vision and each simulated deficiency, as
  :func:`housestyle.check` asks of any two series in one chart. In greyscale only
  neighbours of a qualitative palette and a focus pair are held, as warnings: colours
  that all keep 4.5:1 cannot all differ in lightness.
- A sequential palette whose middle colour reads neither the brand's text nor its
  background colour at ``checks.text_contrast`` (labels on heatmap cells), or whose end
  nearest the background has under :data:`TILE_CONTRAST` on it (the palest tiles vanish
  into the page), is a warning.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from ..brand import Brand
from ..findings import Finding
from ..ink import CVD_TYPES, contrast_ratio
from ._report import Pair, PaletteFigures, RampFigures
from ._suggest import Order, Passing, Repair, nearest_distinct, nearest_passing, repair_palette

__all__ = [
    "TILE_CONTRAST",
    "BrandFinding",
    "Swatch",
    "contrast_findings",
    "distinct_findings",
    "ramp_findings",
    "repair",
    "swatches",
]

#: The least contrast on the background of a ramp's palest step (a heatmap's emptiest
#: tile): below it the tile is hard to tell from the page.
TILE_CONTRAST = 1.5
#: The visions in which colours must stay apart (errors); greyscale only warns.
_COLOUR_VISIONS = ("normal", *(kind for kind in CVD_TYPES if kind != "greyscale"))


#: A finding about a brand is a :class:`~housestyle.findings.Finding`: its ``artist``
#: (``subject``) names the field, its ``fix`` (``suggestion``) what to change.
BrandFinding = Finding


@dataclass(frozen=True)
class Swatch:
    """A colour of the brand, its contrast on the background and what it is held to.

    ``needs`` is the contrast it must reach (None: not held), ``labels`` the contrast
    a label in its colour needs (None: it colours no labels).
    """

    role: str
    colour: str
    contrast: float
    needs: float | None
    labels: float | None
    use: str


#: What each named colour is used for: text, marks and labels, marks, or neither.
_NAMED_USE = {
    "text": "text",
    "muted_text": "text",
    "background": "page",
    "gridline": "gridlines",
    "axis": "marks",
    "primary": "marks and labels",
    "highlight": "marks and labels",
    "grey": "marks",
    "gain": "marks and labels",
    "loss": "marks and labels",
}


#: Which of the brand's ``checks:`` each use is held to: (what it needs, what labels need).
_HELD = {
    "text": ("text_contrast", None),
    "marks": ("mark_contrast", None),
    "marks and labels": ("mark_contrast", "text_contrast"),
}


def _swatch(brand: Brand, role: str, colour: str, use: str) -> Swatch:
    needs, labels = (
        getattr(brand.checks, name) if name else None for name in _HELD.get(use, (None, None))
    )
    contrast = round(contrast_ratio(colour, brand.colours.background), 2)
    return Swatch(role, colour, contrast, needs, labels, use)


def _palette_use(kind: str, position: int) -> str:
    if kind == "qualitative" or (kind == "focus" and position == 0):
        return "marks and labels"
    return "marks" if kind == "focus" else "ramp"


def swatches(brand: Brand) -> list[Swatch]:
    """Every named colour and every palette colour of ``brand``, with what it is held to."""
    named = [
        _swatch(brand, f"colours.{name}", getattr(brand.colours, name), use)
        for name, use in _NAMED_USE.items()
    ]
    in_palettes = [
        _swatch(brand, f"palettes.{name}.{i + 1}", colour, _palette_use(kind, i))
        for name, kind in brand.palette_kinds.items()
        for i, colour in enumerate(brand.palettes[name])
    ]
    return named + in_palettes


# --------------------------------------------------------------------------- #
# Contrast on the background
# --------------------------------------------------------------------------- #


def _fix(colour: str, background: str, ratio: float) -> str:
    found = nearest_passing(colour, background, ratio)
    if found is None:
        return f"no colour of this hue reaches {ratio:g}:1 here; choose another hue"
    return f"{found.colour} ({found.contrast:.2f}:1, the nearest of the same hue)"


def _held(group: list[Swatch]) -> tuple[float | None, float | None]:
    needs = [s.needs for s in group if s.needs is not None]
    labels = [s.labels for s in group if s.labels is not None]
    return (max(needs) if needs else None), (max(labels) if labels else None)


def contrast_findings(brand: Brand, found: Sequence[Swatch]) -> list[BrandFinding]:
    """Colours below the contrast their use needs; one finding per colour, all its roles."""
    background = brand.colours.background
    by_colour: dict[str, list[Swatch]] = {}
    for swatch in found:
        by_colour.setdefault(swatch.colour.lower(), []).append(swatch)
    findings = []
    for colour, group in by_colour.items():
        needs, labels = _held(group)
        contrast = group[0].contrast
        subject = f"{', '.join(s.role for s in group)} {colour}"
        where = f"{contrast:.2f}:1 on the background {background}"
        if needs is not None and contrast < needs:
            uses = " and ".join(sorted({s.use for s in group if s.needs is not None}))
            suggestion = f"use {_fix(colour, background, needs)}"
            if labels is not None and labels > needs:
                suggestion += f"; to label in it too, {_fix(colour, background, labels)}"
            findings.append(
                BrandFinding(
                    "contrast",
                    "error",
                    subject,
                    f"{where}; for {uses} it needs {needs:g}:1",
                    suggestion,
                )
            )
        elif labels is not None and contrast < labels:
            findings.append(
                BrandFinding(
                    "label_contrast",
                    "warning",
                    subject,
                    f"{where}: enough for marks, but a label in this colour needs {labels:g}:1 "
                    "(the cookbook labels series in their own colour)",
                    f"to label in it, use {_fix(colour, background, labels)}; "
                    "else write labels in the text colour",
                )
            )
    return findings


# --------------------------------------------------------------------------- #
# Colours that must stay apart
# --------------------------------------------------------------------------- #


def _close_in(pair: Pair, visions: Sequence[str], threshold: float) -> dict[str, float]:
    return {v: pair.distances[v] for v in visions if pair.distances[v] < threshold}


def _describe(pair: Pair, close: dict[str, float], numbered: bool) -> str:
    where = f" ({pair.first + 1} and {pair.second + 1})" if numbered else ""
    seen = ", ".join(f"{d:.1f} in {vision}" for vision, d in close.items())
    return f"{pair.colours[0]} and {pair.colours[1]}{where}: {seen}"


def _apart(
    brand: Brand, pair: Pair, others: Sequence[str], visions: Sequence[str], ratio: float
) -> str:
    """Suggest a replacement for the pair's second colour, apart from all ``others``."""
    found: Passing | None = nearest_distinct(
        pair.colours[1],
        others,
        brand.checks.cvd_min_distance,
        visions,
        brand.colours.background,
        ratio,
    )
    if found is None:
        return f"replace {pair.colours[1]} with a colour of another hue or lightness"
    away = others[0] if len(others) == 1 else "every other colour"
    return (
        f"replace {pair.colours[1]} with {found.colour} (same hue, {found.contrast:.2f}:1 on "
        f"the background, at least {brand.checks.cvd_min_distance:g} from {away} in "
        f"{', '.join(visions)})"
    )


def _pair_finding(
    rule: str,
    severity: str,
    subject: str,
    close: list[tuple[Pair, dict[str, float]]],
    threshold: float,
    suggest: Callable[[Pair], str],
    numbered: bool = True,
) -> BrandFinding:
    described = "; ".join(_describe(pair, near, numbered) for pair, near in close)
    message = f"too alike (CAM02-UCS distance, the brand asks for {threshold:g}): {described}"
    suggestions = dict.fromkeys(suggest(pair) for pair, _ in close)  # each said once
    return BrandFinding(rule, severity, subject, message, "; ".join(suggestions))


def _mend(repair: Repair | None) -> str:
    if repair is None or not repair.changes:
        return "change the lightness of one colour of each pair"
    moves = ", ".join(f"{was} to {now}" for was, now in repair.changes)
    if not repair.passes:
        return (
            f"the nearest moves of lightness ({moves}) still leave colours too alike: use "
            "fewer colours, or other hues"
        )
    return (
        f"move {moves} (same hues, the nearest lightness that passes); the palette is then, "
        f"in its best order, [{', '.join(repair.colours)}]"
    )


def _qualitative(
    brand: Brand, figures: PaletteFigures, order: Order | None, repair: Repair | None
) -> list[BrandFinding]:
    threshold = brand.checks.cvd_min_distance
    subject = f"palettes.{figures.name}"
    close = [(p, near) for p in figures.pairs if (near := _close_in(p, _COLOUR_VISIONS, threshold))]
    found = []
    if close:
        found.append(
            _pair_finding("distinct", "error", subject, close, threshold, lambda _p: _mend(repair))
        )
    grey = [
        (p, near)
        for p in figures.pairs
        if p.neighbours and (near := _close_in(p, ("greyscale",), threshold))
    ]
    if grey:
        found.append(
            _pair_finding(
                "greyscale_neighbours",
                "warning",
                subject,
                grey,
                threshold,
                lambda _p: _reorder(order),
            )
        )
    return found


def _reorder(order: Order | None) -> str:
    if order is not None and order.better:
        return (
            f"reorder the palette as [{', '.join(order.colours)}]: its closest neighbours are "
            f"then {order.smallest:.1f} apart in the worst vision (now {order.current:.1f})"
        )
    best = f" (no order does better than {order.smallest:.1f})" if order is not None else ""
    return f"label the series directly, or use the focus palette for print{best}"


def _focus(brand: Brand, figures: PaletteFigures) -> list[BrandFinding]:
    threshold, ratio = brand.checks.cvd_min_distance, brand.checks.mark_contrast
    subject = f"palettes.{figures.name} (first against last)"
    found = []
    for visions, severity in ((_COLOUR_VISIONS, "error"), (("greyscale",), "warning")):
        close = [(p, near) for p in figures.pairs if (near := _close_in(p, visions, threshold))]

        def suggest(pair: Pair, visions: Sequence[str] = visions) -> str:
            return _apart(brand, pair, [pair.colours[0]], visions, ratio)

        if close:
            found.append(
                _pair_finding(
                    "distinct" if severity == "error" else "greyscale_focus",
                    severity,
                    subject,
                    close,
                    threshold,
                    suggest,
                    numbered=False,
                )
            )
    return found


def _gain_loss(brand: Brand, pair: Pair) -> list[BrandFinding]:
    threshold = brand.checks.cvd_min_distance
    near = _close_in(pair, _COLOUR_VISIONS, threshold)
    if not near:
        return []
    ratio = brand.checks.text_contrast
    return [
        _pair_finding(
            "distinct",
            "error",
            "colours.gain and colours.loss",
            [(pair, near)],
            threshold,
            lambda p: _apart(brand, p, [p.colours[0]], _COLOUR_VISIONS, ratio),
            numbered=False,
        )
    ]


def repair(brand: Brand, name: str) -> Repair:
    """The qualitative palette ``name`` mended to pass every rule, if small moves can."""
    checks = brand.checks
    return repair_palette(
        brand.palettes[name],
        brand.colours.background,
        checks.text_contrast,
        checks.cvd_min_distance,
        _COLOUR_VISIONS,
    )


def distinct_findings(
    brand: Brand,
    palettes: Sequence[PaletteFigures],
    gain_loss: Pair,
    order: Order | None,
    repairs: Mapping[str, Repair],
) -> list[BrandFinding]:
    """Colours that must be told apart and are too alike, in some vision.

    ``order`` is the categorical palette's best order; ``repairs`` the qualitative
    palettes mended (see :func:`repair`), by name.
    """
    found = []
    for figures in palettes:
        if figures.kind == "qualitative":
            chosen = order if figures.name == "categorical" else None
            found += _qualitative(brand, figures, chosen, repairs.get(figures.name))
        elif figures.kind == "focus":
            found += _focus(brand, figures)
    return found + _gain_loss(brand, gain_loss)


# --------------------------------------------------------------------------- #
# Ramps: labels on cells, and the palest tile
# --------------------------------------------------------------------------- #


def _ramp_label_fix(brand: Brand, ramp: RampFigures) -> str:
    ratio = brand.checks.text_contrast
    inks = {"text": brand.colours.text, "background": brand.colours.background}
    fixes = {
        role: found
        for role, ink in inks.items()
        if (found := nearest_passing(ramp.middle, ink, ratio)) is not None
    }
    if not fixes:
        return "choose text and background colours further apart"
    role, found = min(fixes.items(), key=lambda item: item[1].distance)
    return (
        f"move the ramp's middle towards {found.colour} ({found.contrast:.2f}:1 with the "
        f"{role} colour), or leave cells of the middle unlabelled"
    )


def ramp_findings(brand: Brand, ramps: Sequence[RampFigures]) -> list[BrandFinding]:
    """Sequential ramps whose middle cells cannot be labelled, or whose palest tile vanishes."""
    found = []
    background, ratio = brand.colours.background, brand.checks.text_contrast
    for ramp in ramps:
        subject = f"palettes.{ramp.name}"
        if ramp.ink_contrast < ratio:
            found.append(
                BrandFinding(
                    "ramp_labels",
                    "warning",
                    subject,
                    f"a label on the ramp's middle colour {ramp.middle} reaches at best "
                    f"{ramp.ink_contrast:.2f}:1 (in the {ramp.ink} colour); labels on heatmap "
                    f"cells need {ratio:g}:1",
                    _ramp_label_fix(brand, ramp),
                )
            )
        if ramp.near_end_contrast < TILE_CONTRAST:
            fix = nearest_passing(ramp.near_end, background, TILE_CONTRAST)
            found.append(
                BrandFinding(
                    "ramp_end",
                    "warning",
                    subject,
                    f"its end {ramp.near_end} has {ramp.near_end_contrast:.2f}:1 on the "
                    f"background {background}: a heatmap's faintest tiles vanish into the "
                    f"page (at least {TILE_CONTRAST:g}:1 keeps them visible)",
                    f"start the ramp at {fix.colour} ({fix.contrast:.2f}:1, same hue)"
                    if fix is not None
                    else "start the ramp further from the background",
                )
            )
    return found
