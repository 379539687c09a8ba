"""The seam for charts that matplotlib does not draw: one adapter per chart library.

:func:`housestyle.finalise`, :func:`housestyle.export` and :func:`housestyle.check`
take a matplotlib figure or a plotnine ggplot as they always did; any other chart is
handed to the adapter of its library, found by the top-level module of the chart's
type (``type(chart).__module__.split(".")[0]``: ``"altair"``, ``"plotly"``). Nothing
here imports a chart library: an adapter's module is imported the first time one of
its charts is seen, so ``import housestyle`` works without Altair or Plotly.

Adding a library is one entry in :data:`ADAPTERS` (or a call to :func:`register`) and
a module that defines ``ADAPTER``, an object with the methods of :class:`Adapter`.
finalise works out everything that does not depend on the library (the brand, the
size, the texts, the logo and the :class:`~housestyle.record._plan.Plan` in points)
and gives the adapter a :class:`Job`; the adapter draws the plan in its own terms and
keeps a finish record on the chart it returns, which :meth:`Adapter.record` reads back
as a :class:`~housestyle.record._record.Finalised`, so export and the checks need not ask again.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from matplotlib.font_manager import FontProperties

from ..brand import Brand, HouseStyleError, SizePreset
from ..ink import TICK_GAP_EMS, LogoImage, TextMeasure, font_families, load_logo, wrap_words
from ..units import POINTS_PER_INCH
from ._plan import Plan, Texts, plan
from ._record import Finalised

if TYPE_CHECKING:  # only for the annotations: the checks are slow to import
    import numpy as np

    from ..findings import Finding

__all__ = [
    "ADAPTERS",
    "Adapter",
    "Job",
    "adapter_for",
    "library_of",
    "load_plan_logo",
    "register",
]

#: The adapter module of each chart library, by the top-level module of its chart types.
#: Each module defines ``ADAPTER``; it is imported when the first such chart is seen.
ADAPTERS: dict[str, str] = {
    "altair": "housestyle.adapters._altair.adapter",
    "plotly": "housestyle.adapters._plotly.adapter",
}


@dataclass(frozen=True)
class Job:
    """Everything finalise decided that a library draws: brand, size, texts, logo, plan.

    Attributes
    ----------
    brand, preset
        The brand and the size preset to finish the chart in.
    texts
        The title, subtitle, note and source (with the brand's prefix) to show.
    alt
        The alternative text, or None.
    logo
        The logo image (sized for twice the preset's dpi), or None for no logo.
    plan
        Where the title block, footer rule, source and logo go, in points from the
        top-left corner: the same plan the matplotlib finish draws.
    """

    brand: Brand
    preset: SizePreset
    texts: Texts
    alt: str | None
    logo: LogoImage | None
    plan: Plan

    @classmethod
    def make(
        cls,
        brand: Brand,
        preset: SizePreset,
        texts: Texts,
        alt: str | None,
        logo: LogoImage | None,
    ) -> Job:
        """Plan the title block and footer for ``preset`` and return the job."""
        return cls(brand, preset, texts, alt, logo, plan(brand, preset, texts, logo))

    @classmethod
    def again(cls, record: Finalised, preset: SizePreset | None = None) -> Job:
        """Return the job that finishes a finished chart again, at ``preset`` or its own size."""
        preset = preset or record.preset
        texts = Texts(
            title=record.title, subtitle=record.subtitle, note=record.note, source=record.source
        )
        logo = load_plan_logo(record.logo, record.brand, preset)
        return cls.make(record.brand, preset, texts, record.alt, logo)

    @property
    def px_per_pt(self) -> float:
        """Pixels of a 1x raster per point at the preset's dpi."""
        return self.preset.dpi / POINTS_PER_INCH

    def _tick_labels(self) -> tuple[float, FontProperties, TextMeasure]:
        """The tick labels' size in points, font and measure at this size."""
        size = self.brand.type.tick_label * self.preset.type_scale
        props = FontProperties(family=font_families(self.brand), size=size)
        return size, props, TextMeasure(self.preset.dpi)

    def category_lines(self, categories: Sequence[str], line_height: float) -> list[list[str]]:
        """The lines to set each category label down a y axis on, at this size.

        A label wider than :data:`LABEL_SHARE` of the chart is broken at spaces into
        lines measured in the brand's font at the preset's tick label size (a word
        longer than the line between letters), in no more lines than the room between
        two categories holds where up to :data:`WIDEST_SHARE` of the width allows:
        a library's automatic margins would give a longer label the plot's room, or
        cut it short. ``line_height`` is the library's, in ems.
        """
        size, props, measure = self._tick_labels()
        plot = self.plan.footer_top - self.plan.header_height - 3 * size  # less an x axis
        most = max(1, int(0.85 * plot / max(1, len(categories)) / (line_height * size)))
        width = self.preset.points[0]
        return [_label_lines(text, props, measure, width, most) for text in categories]

    def across_lines(self, categories: Sequence[str]) -> list[list[str]] | None:
        """The lines to set category labels along an x axis on, or None when they fit.

        Each category has an equal share of the plot's width (the chart's, less its
        margins and about three ems of y axis labels); when a label is
        wider than its share (less a gap of 0.3 em), every label is broken at spaces
        into lines that fit it, words kept whole, and set upright: as matplotlib's
        finish wraps colliding category labels, where a library would turn them on
        their side, crush the plot under them or cut them short. When a single word is
        wider than its share, None: the library's turned labels read better.
        """
        size, props, measure = self._tick_labels()
        margins = self.brand.layout.margins
        plot = self.preset.points[0] - margins.left - margins.right - 3 * size  # less a y axis
        share = plot / max(1, len(categories)) - TICK_GAP_EMS * size
        if all(measure.width(text, props) <= share for text in categories):
            return None
        words = (word for text in categories for word in text.split())
        if any(measure.width(word, props) > share for word in words):
            return None  # a word wider than its room: the library's turned labels read better
        return [wrap_words(text, share, measure, props).split("\n") for text in categories]


#: The widest a category label down a y axis runs, as a share of the chart's width,
#: before it is wrapped; and the widest it may take to keep to the lines a bar holds.
LABEL_SHARE = 0.3
WIDEST_SHARE = 0.5


def _label_lines(
    text: str, props: FontProperties, measure: TextMeasure, width: float, most: int
) -> list[str]:
    """``text`` in lines of at most :data:`LABEL_SHARE` of ``width`` points; wider for fewer."""
    share = LABEL_SHARE
    lines = measure.wrap(text, props, width * share)
    while len(lines) > most and share < WIDEST_SHARE:
        share = min(WIDEST_SHARE, share + 0.05)
        lines = measure.wrap(text, props, width * share)
    return lines


class Adapter(Protocol):
    """What a chart library's adapter does for finalise, export and the checks."""

    #: The library's name, as users know it (``"Altair"``).
    library: str
    #: The formats it writes, by name, with their file suffixes (``{"png": ".png"}``).
    formats: dict[str, str]

    def finalise(self, chart: Any, job: Job) -> Any:
        """Return the chart finished as ``job`` says, carrying its finish record."""
        ...

    def own_texts(self, chart: Any) -> Texts:
        """Return the title and subtitle a chart set itself (used when none is given)."""
        ...

    def record(self, chart: Any) -> Finalised | None:
        """Return the finish record a finished chart carries, or None."""
        ...

    def render(
        self, chart: Any, formats: Sequence[str], preset: SizePreset | None = None
    ) -> dict[str, bytes]:
        """Return ``{format: bytes}`` of a finished chart, at ``preset`` or its own size."""
        ...

    def rasterise(self, chart: Any, scale: float = 1.0) -> np.ndarray:
        """Return the chart drawn as an (height, width, 4) uint8 RGBA array."""
        ...

    def chart_data(self, chart: Any) -> Any:
        """Return the data the chart draws as a pandas DataFrame, or None."""
        ...

    def check(self, chart: Any, brand: Brand, preset: SizePreset | None) -> list[Finding]:
        """Return the findings of the house and accessibility rules for the chart."""
        ...


def library_of(chart: Any) -> str:
    """Return the top-level module of a chart's type: the key of its adapter.

    Examples
    --------
    >>> from fractions import Fraction
    >>> library_of(Fraction(1, 2))
    'fractions'
    """
    return type(chart).__module__.split(".")[0]


def register(library: str, module: str) -> None:
    """Name the module whose ``ADAPTER`` finishes charts of ``library``."""
    ADAPTERS[library] = module


def adapter_for(chart: Any) -> Adapter | None:
    """Return the adapter for a chart of a library other than matplotlib, else None."""
    module = ADAPTERS.get(library_of(chart))
    if module is None:
        return None
    adapter: Adapter = importlib.import_module(module).ADAPTER
    return adapter


def load_plan_logo(
    logo: bool | str | Path | None, brand: Brand, preset: SizePreset
) -> LogoImage | None:
    """Load the logo to plan with: True for the brand's, a path, or False/None for none."""
    if logo is None or logo is False:
        return None
    path = (
        brand.footer.logo if logo is True else Path(logo) if isinstance(logo, str | Path) else None
    )
    if logo is not True and path is None:
        raise HouseStyleError(
            f"logo: {logo!r} is not allowed; allowed: True (the brand's logo), False, "
            "or the path of an SVG or PNG file"
        )
    if path is None:
        return None
    return load_logo(path, min_dpi=2 * preset.dpi, height_pt=brand.footer.logo_height)
