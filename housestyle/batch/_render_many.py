"""Render charts in bulk: one chart function over parameters, brands, sizes and formats.

:func:`render_many` draws a recipe (or any chart function) once for every parameter
set, brand and size, and exports each chart in every format asked for::

    report = housestyle.render_many(
        "cookbook/mpl_highlight_bar.py",
        params={"highlight": ["audi", "toyota", "honda"]},
        brands=["ou", "night"],
        sizes=["web", "social"],
        out="charts",
    )
    # charts/mpl_highlight_bar-audi-ou-web.png, ...-audi-ou-social.png, ... 12 charts

File names come from the recipe's slug, the parameter values, the brand and the size
(:mod:`housestyle.batch._naming`); two charts that would share one are refused before
anything is drawn. A manifest in the output folder makes a rerun draw only the charts
whose inputs changed (:mod:`housestyle.batch._manifest`). A chart that raises is
reported with its traceback and the others are still drawn. The charts run on an
engine (:mod:`housestyle.batch._engines`): this process, worker processes, or Dask.
``housestyle render`` is the same on the command line (:mod:`housestyle.batch._render_command`).
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..brand import (
    Brand,
    BrandLike,
    HouseStyleError,
    SizeLike,
    SizePreset,
    current_brand,
    load_brand,
    resolve_preset,
)
from ..ink import check_locale, plural
from ..output import DEFAULT_FORMATS, check_folder, check_formats
from ._engine_choice import check_engine
from ._engines import run_tasks
from ._keys import brand_digest, digest, package_digest, params_digest
from ._manifest import RenderManifest
from ._naming import chart_name, check_unique, name_part
from ._params import param_sets
from ._progress import Progress
from ._sources import Source, check_picklable, source_of
from ._tasks import Outcome, Task

__all__ = ["RenderReport", "RenderedChart", "render_many"]

#: Seconds between saves of the manifest during a long run, so an interrupted one keeps
#: what it drew.
_SAVE_EVERY = 10.0


@dataclass
class RenderedChart:
    """One chart of a run: what it was drawn from, and what became of it.

    Attributes
    ----------
    name
        Its file name without suffix.
    params, brand, size
        What it was drawn with (the brand and the size preset by name).
    files
        The files it has in the output folder.
    seconds
        Time drawing and writing it (0 when skipped).
    error, traceback
        Why it failed; empty when it did not.
    locale
        The locale it was drawn in, when ``locales=`` asked for one.
    """

    name: str
    params: dict[str, Any]
    brand: str
    size: str
    files: list[Path] = field(default_factory=list)
    seconds: float = 0.0
    error: str = ""
    traceback: str = ""
    locale: str | None = None


@dataclass
class RenderReport:
    """What a run did.

    Attributes
    ----------
    out
        The output folder.
    drawn, skipped, failed
        The charts drawn this time, those kept because nothing they are made from
        changed, and those that raised (with their tracebacks).
    seconds
        The whole run's time.
    engine
        The engine the charts ran on.
    memory
        ``{process id: {charts drawn: peak memory in bytes}}`` for each process that
        drew charts, sampled after its 1st, 10th, 100th, 1000th... chart and its last:
        flat when nothing grows with the number of charts.
    """

    out: Path
    drawn: list[RenderedChart] = field(default_factory=list)
    skipped: list[RenderedChart] = field(default_factory=list)
    failed: list[RenderedChart] = field(default_factory=list)
    seconds: float = 0.0
    engine: str = "process"
    memory: dict[int, dict[int, int]] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        """True when no chart failed."""
        return not self.failed

    @property
    def total(self) -> int:
        """Every chart asked for."""
        return len(self.drawn) + len(self.skipped) + len(self.failed)

    def summary(self) -> str:
        """One line: how many charts were drawn, skipped and failed, and how long it took."""
        return (
            f"{plural(self.total, 'chart')}: {len(self.drawn)} drawn, {len(self.skipped)} "
            f"unchanged, {len(self.failed)} failed in {self.seconds:.1f} s "
            f"({self.engine}) -> {self.out}"
        )

    def __str__(self) -> str:
        return self.summary()


# --------------------------------------------------------------------------- #
# What to draw
# --------------------------------------------------------------------------- #


@dataclass(frozen=True)
class _Chart:
    source: Source
    params: dict[str, Any]
    brand: Brand
    preset: SizePreset
    name: str
    locale: str | None = None


def _locales(locales: Sequence[str] | str | None) -> list[str | None]:
    if locales is None:
        return [None]
    if isinstance(locales, str):
        locales = [locales]
    chosen = list(dict.fromkeys(check_locale(each, "locales") for each in locales))
    if not chosen:
        raise HouseStyleError("locales: none given; allowed: a list such as ['en', 'cy']")
    return list(chosen)


def _brands(brands: Sequence[BrandLike] | BrandLike | None) -> list[Brand]:
    if brands is None:
        return [current_brand()]
    if isinstance(brands, str | Path | Brand):
        brands = [brands]
    chosen = {b.name: b for b in (load_brand(each) for each in brands)}
    if not chosen:
        raise HouseStyleError("brands: none given; allowed: brand names or brand files")
    return list(chosen.values())


def _presets(brand: Brand, sizes: Sequence[SizeLike] | SizeLike | None) -> list[SizePreset]:
    if sizes is None:
        return [resolve_preset(brand)]
    if isinstance(sizes, str | SizePreset):
        sizes = [sizes]
    chosen = {p.name: p for p in (brand.preset(each) for each in sizes)}
    if not chosen:
        raise HouseStyleError(f"sizes: none given; allowed: {', '.join(brand.presets)}")
    return list(chosen.values())


def _sources(recipe: Any) -> list[Source]:
    many = isinstance(recipe, list | tuple)
    sources = [source_of(each) for each in (recipe if many else [recipe])]
    if not sources:
        raise HouseStyleError("recipe: none given; allowed: a recipe file or a chart function")
    slugs = [source.slug for source in sources]
    twice = sorted({slug for slug in slugs if slugs.count(slug) > 1})
    if twice:
        raise HouseStyleError(
            f"recipe: two recipes give the file names {', '.join(twice)}; allowed: recipes "
            "whose file or function names differ"
        )
    return sources


def _charts(
    sources: list[Source],
    sets: list[dict[str, Any]],
    brands: list[Brand],
    sizes: Any,
    locales: list[str | None],
) -> list[_Chart]:
    charts = [
        _Chart(
            source,
            params,
            brand,
            preset,
            _named(chart_name(source.slug, params, brand.name, preset.name), locale),
            locale,
        )
        for source in sources
        for params in sets
        for brand in brands
        for preset in _presets(brand, sizes)
        for locale in locales
    ]
    check_unique((c.name, c.params, c.brand.name, c.preset.name) for c in charts)
    return list({chart.name: chart for chart in charts}.values())  # the same chart once


def _named(name: str, locale: str | None) -> str:
    """A chart's file name, with its locale last when one was asked for."""
    return name if locale is None else f"{name}-{name_part(locale.replace('_', '-'))}"


def _key(chart: _Chart, formats: tuple[str, ...], env: str, brand_keys: dict[str, str]) -> str:
    if chart.source.key is None:
        return ""
    preset = repr(chart.preset)
    parts = (chart.source.key, brand_keys[chart.brand.name], params_digest(chart.params), preset)
    language = () if chart.locale is None else (chart.locale,)
    return digest(*parts, *language, ",".join(formats), env)


def _task(chart: _Chart, out: Path, formats: tuple[str, ...]) -> Task:
    preset = chart.preset
    size: SizeLike = preset.name if chart.brand.presets.get(preset.name) == preset else preset
    brand = str(chart.brand.path)
    return Task(
        chart.name,
        str(out),
        chart.source.target,
        chart.params,
        brand,
        size,
        formats,
        locale=chart.locale,
    )


# --------------------------------------------------------------------------- #
# The run
# --------------------------------------------------------------------------- #


class _Run:
    """Keeps the report, the manifest and the progress bar as charts finish."""

    def __init__(
        self, report: RenderReport, manifest: RenderManifest, keys: dict[str, str], bar: Any
    ) -> None:
        self.report, self.manifest, self.keys, self.bar = report, manifest, keys, bar
        self.charts: dict[str, _Chart] = {}
        self.counts: dict[int, int] = {}
        self.saved = time.monotonic()

    def chart(self, chart: _Chart, files: list[str], outcome: Outcome | None) -> RenderedChart:
        return RenderedChart(
            chart.name,
            chart.params,
            chart.brand.name,
            chart.preset.name,
            [self.report.out / name for name in files],
            outcome.seconds if outcome else 0.0,
            outcome.error if outcome else "",
            outcome.traceback if outcome else "",
            chart.locale,
        )

    def done(self, task: Task, outcome: Outcome) -> None:
        chart = self.charts[task.name]
        if outcome.ok:
            self.report.drawn.append(self.chart(chart, list(outcome.files), outcome))
            key = self.keys[task.name] or None
            self.manifest.drew(task.name, key, list(outcome.files), outcome.seconds)
        else:
            self.report.failed.append(self.chart(chart, [], outcome))
            self.manifest.forget(task.name)
        self._memory(outcome)
        self.bar.step(task.name, outcome.ok)
        if time.monotonic() - self.saved > _SAVE_EVERY:
            self.manifest.write()
            self.saved = time.monotonic()

    def _memory(self, outcome: Outcome) -> None:
        if not outcome.pid:
            return
        samples = self.report.memory.setdefault(outcome.pid, {})
        self.counts[outcome.pid] = count = self.counts.get(outcome.pid, 0) + 1
        last = max(samples, default=0)
        if last and not _is_power_of_ten(last):
            del samples[last]  # the previous chart was only the latest, not a sample
        samples[count] = outcome.peak_rss


def _is_power_of_ten(count: int) -> bool:
    while count % 10 == 0:
        count //= 10
    return count == 1


def _plan(
    charts: list[_Chart], out: Path, formats: tuple[str, ...], force: bool, run: _Run
) -> list[Task]:
    """Skip the charts the manifest says are current; return the tasks for the rest."""
    tasks = []
    for chart in charts:
        task = _task(chart, out, formats)
        run.charts[chart.name] = chart
        if not force and run.manifest.is_current(chart.name, run.keys[chart.name], task.files()):
            run.report.skipped.append(run.chart(chart, task.files(), None))
        else:
            tasks.append(task)
    return tasks


def _progress(progress: bool | None, total: int) -> Progress:
    return Progress(total, "render", progress)


def render_many(
    recipe: Any,
    *,
    params: Any = None,
    brands: Sequence[BrandLike] | BrandLike | None = None,
    sizes: Sequence[SizeLike] | SizeLike | None = None,
    formats: Sequence[str] | str | None = None,
    out: str | Path,
    engine: str = "process",
    jobs: int | None = None,
    client: Any = None,
    force: bool = False,
    progress: bool | None = None,
    write_on: str | None = None,
    locales: Sequence[str] | str | None = None,
) -> RenderReport:
    """Draw a chart for every parameter set, brand and size, and export each in every format.

    Parameters
    ----------
    recipe
        A recipe file (``"cookbook/mpl_line.py"``), a module with ``recipe()`` or
        ``"pkg.mod:function"``, any chart function (returning a Figure or a ggplot,
        finalised or not), or a list of them.
    params
        Keyword arguments for the function, one set per chart: a list of dicts, a
        pandas DataFrame (a row per chart, a column per argument), or
        ``{name: [values]}`` for every combination. None draws one chart.
    brands, sizes
        Brand names or files, and size preset names; every chart is drawn in each
        brand at each size. None: the current brand; the current size.
    formats
        Formats of :func:`housestyle.export` (default ``png``, ``svg``, ``pdf``).
    out
        The output folder. Files are named ``<slug>-<values>-<brand>-<size>`` plus
        each format's suffix: ``mpl_highlight_bar-audi-ou-web.png``.
    engine
        ``"process"`` (worker processes), ``"dask"`` (a ``dask.distributed``
        cluster) or ``"serial"`` (one chart after another in this process).
    jobs
        Worker processes for ``process`` and for a ``LocalCluster``; None for
        the CPUs.
    client
        For ``dask``: a ``distributed.Client`` or a scheduler address
        (``"tcp://host:8786"``); None starts a ``LocalCluster`` for the run.
    force
        Draw every chart, even those whose inputs did not change.
    progress
        A progress bar: None shows one when standard error is a terminal.
    write_on
        ``"workers"``: each worker writes its files (the output folder must be at
        the same path on every machine); ``"client"``: workers send the bytes back
        and this process writes them. None: workers, but the client for Dask.
    locales
        Locales to draw every chart in (``["en", "cy"]``), each named last in its
        files: ``mpl_line-ou-web-cy.png``. The recipe runs inside
        ``housestyle.style(locale=...)``: its numbers, dates and the footer's words
        are the locale's. None: the current locale, and no locale in the names.

    Returns
    -------
    RenderReport
        The charts drawn, skipped (unchanged since the last run) and failed, with
        the time taken. ``report.ok`` is False when any chart failed.

    Raises
    ------
    HouseStyleError
        Before anything is drawn or written: for a recipe that cannot be found, a
        declared data file that is missing, bad parameters, an unknown brand, size,
        format or engine, an output folder that cannot be written, or two charts
        whose file names would be the same. A chart's own errors are reported in
        ``report.failed`` instead.
    """
    started = time.perf_counter()
    check_engine(engine, jobs, write_on)
    out = Path(out).expanduser().resolve()
    chosen_formats = check_formats(formats if formats is not None else DEFAULT_FORMATS)
    sources = _sources(recipe)
    for source in sources:
        check_picklable(source, engine)
    chosen = _brands(brands)
    charts = _charts(sources, param_sets(params), chosen, sizes, _locales(locales))
    check_folder(out)
    env, brand_keys = package_digest(), {b.name: brand_digest(b) for b in chosen}
    keys = {c.name: _key(c, chosen_formats, env, brand_keys) for c in charts}
    out.mkdir(parents=True, exist_ok=True)
    report = RenderReport(out, engine=engine)
    run = _Run(report, RenderManifest.read(out), keys, None)
    tasks = _plan(charts, out, chosen_formats, force, run)
    run.bar = _progress(progress, len(tasks))
    try:
        run_tasks(tasks, run.done, engine=engine, jobs=jobs, client=client, write_on=write_on)
    finally:
        run.bar.close()
        run.manifest.write()
        report.seconds = time.perf_counter() - started
    return report
