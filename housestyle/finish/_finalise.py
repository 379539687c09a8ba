"""Finishing a chart: the title block, the footer with source and logo, the size.

:func:`finalise` takes a matplotlib ``Figure`` or a plotnine ``ggplot`` and returns a
figure sized exactly to a brand preset, with

- the title and subtitle flush left with the plot's content edge, wrapped to fit;
- the plot, laid out in the space between, never overlapping them;
- a footer band: a rule across the content width, the source (and an optional note)
  on the left, and the brand's logo on the right, sized in points.

Every length is worked out in points from the brand, so a chart looks the same at
every dpi, and the space is reserved by the layout engine (matplotlib's constrained
layout, or plotnine's plot margins) rather than guessed as a share of the height.

A finalised figure can be finalised again, at another size or with another title: it
is laid out afresh from what it had (see :func:`finalise`). The parts live in
``housestyle/_finish/``; this module puts them together and writes the finish record
(:mod:`housestyle.record._record`), which is how export, the checks and the notebook display
learn what was done, and how export lays a figure out at other sizes.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import matplotlib as mpl
from matplotlib.figure import Figure
from matplotlib.text import Text

from ..brand import (
    Brand,
    BrandLike,
    SizeLike,
    SizePreset,
    current_size,
    resolve_brand,
    resolve_preset,
    scoped,
    unscope,
)
from ..description import DRAFT, describe
from ..ink import (
    LogoImage,
    refuse_right_to_left,
    resolve_locale,
    translating,
    warn_if_undrawable,
)
from ..libraries.mpl import rc
from ..output import attach_display, export
from ..record import (
    Adapter,
    Finalised,
    Job,
    Plan,
    Texts,
    adapter_for,
    clean_spec,
    finalised,
    is_ggplot,
    is_gridded,
    plan,
    with_prefix,
    write_record,
)
from ._asked import (
    LogoLike,
    brand_for,
    check_chart,
    check_flag,
    check_text,
    finish_locale,
    given_texts,
    kept_alt,
    kept_texts,
    labels_asked,
    labels_for_locale,
    logo_choice,
    made_at,
    pick_text,
    preset_for,
    resolve_logo,
    translations_asked,
)
from ._crowding import warn_if_crowded
from ._decoration import draw_plan
from ._figure import finish_figure, warn_if_reshaped
from ._ggplot import finish_ggplot

__all__ = ["finalise", "frame_heights"]

#: A text of the title block or footer: one for every language, or one per locale
#: (``{"en": "Rainfall", "cy": "Glawiad"}``).
TextLike = str | Mapping[str, str] | None


def finalise(
    chart: Any,
    *,
    title: TextLike = None,
    subtitle: TextLike = None,
    source: TextLike = None,
    note: TextLike = None,
    logo: LogoLike = None,
    size: SizeLike | None = None,
    brand: BrandLike | None = None,
    alt: TextLike = None,
    save: str | Path | None = None,
    formats: Sequence[str] | None = None,
    check: bool = False,
    locale: str | None = None,
    labels: Mapping[str, Mapping[str, str]] | None = None,
) -> Any:
    """Finish a chart in the house style: title block, footer, exact size.

    Parameters
    ----------
    chart
        A matplotlib ``Figure`` (changed in place) or a plotnine ``ggplot`` (drawn
        from a clean copy: the caller's object is not changed, and a ``p.draw()``
        before makes no difference). A figure finalised before is laid out again:
        see Notes. A chart of another library with an adapter (an Altair chart: see
        :mod:`housestyle.libraries.altair`) is finished by it and a new chart of that library is
        returned, carrying its finish record.
    title, subtitle
        The title block, flush left and wrapped to the content width. When None,
        they are taken from the chart: a suptitle or a lone axes title, or plotnine's
        ``labs(title=, subtitle=)``. An empty string leaves it out. Any text of the
        title block and footer, and ``alt``, may be given per locale, as
        ``{"en": "Rainfall", "cy": "Glawiad"}``: the chart shows the locale's, and
        ``export(fig, path, locales=["en", "cy"])`` writes one file in each.
    source
        The source line, prefixed with the locale's source word (the brand's
        ``source_prefix``, ``"Source: "``, in its own language; ``words:`` in others)
        unless it already starts with it; from ``labs(caption=)`` when None.
    note
        An optional note set above the source line.
    logo
        True for the brand's logo, False for none, or the path of an SVG or PNG.
        None (the default) is the brand's logo, or on a finalised figure the logo it had.
    size
        A size preset of the brand (``"web"``, ``"social"``, ``"print-column"``...) or
        a :class:`~housestyle.brand._brand.SizePreset`. None is the current size (set by
        ``housestyle.style(size=...)`` or ``housestyle.use(size=...)``), else the
        brand's default preset; with no current size set, a finalised figure keeps
        the size it had, and a chart made in a ``style(brand, size)`` block (a figure,
        or a ggplot whose ``theme_house()`` was made there) is finished at that size,
        which its text was set for. A figure made at a shape far from the default
        preset's (a ``figsize=(12, 3)`` strip) is laid out at it all the same, with a
        :class:`~housestyle.LayoutWarning` naming the brand's size closest in shape.
    brand
        A brand, its name or path; None for the current brand (on a finalised
        figure: the brand it was finished in; on a chart made in a ``style()`` block:
        that block's brand).
    alt
        Alternative text for screen readers, written into the exported files.
        ``"draft"`` drafts it from the chart's data (:func:`housestyle.describe`),
        with the long description that goes into SVG, PDF and JSON files; None
        leaves it missing (:func:`housestyle.check` reports that, offering the draft).
    save
        If given, :func:`housestyle.export` writes the figure to this path.
    formats
        The formats ``save`` writes; the default is PNG, SVG and PDF.
    check
        Run :func:`housestyle.check` and warn with its findings.
    locale
        The locale its numbers, dates and words are written in (``"cy"``, ``"fr"``...).
        None is the current locale (``style(locale=...)``, ``use(locale=...)``), else
        the brand's own; on a finalised figure, with no current locale chosen, the
        locale it had.
    labels
        The chart's category and legend labels translated, by locale:
        ``{"cy": {"Cars": "Ceir"}}``. A label with no translation is shown as it is.

    Returns
    -------
    matplotlib.figure.Figure
        The finished figure, sized exactly to the preset (for an Altair chart: the
        finished Altair chart).

    Raises
    ------
    HouseStyleError
        For an object that is not a chart, an unknown size preset, a missing logo,
        text arguments that are not text, or bad export arguments.

    Notes
    -----
    Finalising a finalised figure lays it out afresh: the title block and footer are
    replaced, never stacked; the title, subtitle, source, note, alt text and logo stay
    unless given again (each one given replaces only itself); the type is scaled from
    the preset it had to the new one, never compounded. A figure drawn from a ggplot
    is drawn again from the plot (kept in its record) at the new size, so the result
    is a new figure; a matplotlib figure is changed in place and returned.
    """
    check_flag(check)
    adapter = adapter_for(chart)
    if adapter is not None:  # a chart matplotlib does not draw: its library's adapter
        texts = given_texts(title=title, subtitle=subtitle, note=note, source=source)
        job = _job(adapter, chart, texts, check_text("alt", alt), logo, size, brand)
        finished = adapter.finalise(chart, job)
        _after(finished, check, save, formats)
        return finished
    check_chart(chart)
    before = finalised(chart)
    chosen = brand_for(brand, before, chart)
    made = made_at(chart)  # the size of the style() block it was made in, if any
    preset = preset_for(chosen, size, before, made)
    language = finish_locale(locale, before, chosen)
    asked = {"title": title, "subtitle": subtitle, "source": source, "note": note, "alt": alt}
    translations = translations_asked(asked, before)
    picked = {name: pick_text(name, value, translations, language) for name, value in asked.items()}
    alt = picked.pop("alt")
    given = given_texts(**picked)
    label_map = labels_asked(labels, before)
    refuse_right_to_left(_texts_of(chart, picked, label_map))
    asked_no_size = size is None and current_size() is None and made is None
    if asked_no_size and before is None and isinstance(chart, Figure):
        warn_if_reshaped(chart, chosen, preset)  # no size asked for: the default's shape
    logo_image = resolve_logo(logo_choice(logo, before), chosen, preset)
    style: Any = rc(chosen)  # keys checked by rc(); mypy knows only literal rc keys
    with mpl.rc_context(style), _in_locale(language, label_map):  # laid out as drawn
        fig, texts, laid_out, spec = _finish(chart, before, chosen, preset, given, logo_image)
        if spec is not None:  # a new figure, drawn from the plot: its labels are all here
            refuse_right_to_left(_texts_of(fig, {}, {}))
        draw_plan(fig, laid_out, chosen, preset)
    _write(fig, chosen, preset, texts, laid_out, kept_alt(alt, before, chosen, language), spec)
    _write_languages(fig, language, translations, label_map)
    _draft(fig, alt, before)
    warn_if_crowded(fig)  # a title block and footer that leave the plot too little
    with mpl.rc_context(style):
        warn_if_undrawable(fig, chosen)  # characters no font of the brand can draw
    attach_display(fig)  # Jupyter shows it as its exported 2x PNG
    _after(fig, check, save, formats)
    return fig


def _after(chart: Any, check: bool, save: str | Path | None, formats: Any) -> None:
    """Check and save a finished chart, as finalise's arguments ask."""
    if check:
        from ..checks import warn_findings  # imported on use: it is slow to import

        warn_findings(chart)
    if save is not None:
        export(chart, save, formats=formats)


def _job(
    adapter: Adapter,
    chart: Any,
    given: Texts,
    alt: str | None,
    logo: LogoLike,
    size: SizeLike | None,
    brand: BrandLike | None,
) -> Job:
    """What an adapter is to draw: the same choices as for a figure, and the same plan."""
    before = adapter.record(chart)
    chosen = before.brand if brand is None and before is not None else resolve_brand(brand)
    preset = preset_for(chosen, size, before)
    texts = given.or_(kept_texts(before)).or_(adapter.own_texts(chart))
    texts = Texts(
        title=texts.title,
        subtitle=texts.subtitle,
        note=texts.note,
        source=with_prefix(texts.source, chosen),
    )
    logo_image = resolve_logo(logo_choice(logo, before), chosen, preset)
    alt_text = kept_alt(alt, before, chosen, resolve_locale(None, chosen))
    return Job.make(chosen, preset, texts, alt_text, logo_image)


def frame_heights(
    *,
    title: str | None = None,
    subtitle: str | None = None,
    source: str | None = None,
    note: str | None = None,
    logo: LogoLike = None,
    size: SizeLike | None = None,
    brand: BrandLike | None = None,
) -> tuple[float, float]:
    """Return the header and footer heights in points :func:`finalise` would reserve.

    For content-sized figures (tables): size the preset to body + header + footer.
    The heights depend on the preset's width (wrapping) and type scale, not its height.
    ``size=None`` is the current size, as in :func:`finalise`.

    Examples
    --------
    >>> header, footer = frame_heights(title="Rain fell most in March", source="Met Office")
    >>> header > 0 and footer > 0
    True
    """
    chosen = resolve_brand(brand)
    preset = resolve_preset(chosen, size)
    texts = Texts(
        title=title,
        subtitle=subtitle,
        note=with_prefix(note, chosen, word="note"),
        source=with_prefix(source, chosen),
    )
    laid_out = plan(chosen, preset, texts, resolve_logo(logo_choice(logo, None), chosen, preset))
    return laid_out.header_height, preset.points[1] - laid_out.footer_top


# --------------------------------------------------------------------------- #
# The steps
# --------------------------------------------------------------------------- #


def _finish(
    chart: Any,
    before: Finalised | None,
    brand: Brand,
    preset: SizePreset,
    given: Texts,
    logo: LogoImage | None,
) -> tuple[Figure, Texts, Plan, Any]:
    """Lay the chart out with the right adapter; return the figure, texts, plan and spec.

    The spec is the clean ggplot a figure is drawn from (None for a matplotlib chart).
    """
    kept = kept_texts(before)
    if is_ggplot(chart):
        spec = clean_spec(chart)
    elif before is not None and before.spec is not None:
        spec = before.spec
    else:
        at = before.preset if before is not None else None
        texts, laid_out = finish_figure(chart, brand, preset, (given, kept), logo, at)
        return chart, texts, laid_out, None
    fig, texts, laid_out = finish_ggplot(spec, brand, preset, given.or_(kept), logo)
    return fig, texts, laid_out, spec


def _write(
    fig: Figure,
    brand: Brand,
    preset: SizePreset,
    texts: Texts,
    laid_out: Plan,
    alt: str | None,
    spec: Any,
) -> None:
    """Write the finish record: what was done, and how to do it again at another size.

    A figure whose axes are all placed by hand (a table, say) has nothing a layout
    engine can move, so it gets no ``relayout``: export then refuses other sizes
    rather than stretching it; it is made again at the size instead.
    """
    write_record(
        fig,
        Finalised(
            title=texts.title,
            subtitle=texts.subtitle,
            source=texts.source,
            note=texts.note,
            alt=alt,
            brand=brand,
            preset=preset,
            header_height=laid_out.header_height,
            footer_height=preset.points[1] - laid_out.footer_top,
            logo=laid_out.logo.path if laid_out.logo is not None else None,
            relayout=_relayout if spec is not None or is_gridded(fig) else None,
            spec=spec,
        ),
    )


def _draft(fig: Figure, alt: str | None, before: Finalised | None) -> None:
    """Draft the alt text and long description from the chart (``alt="draft"``).

    A figure whose alt text was drafted is drafted again when finalised again (its
    title or size may have changed), unless it is given an alt text of its own.
    """
    redraft = alt is None and before is not None and before.long is not None
    if alt != DRAFT and not redraft:
        return
    record = finalised(fig)
    assert record is not None  # just written
    drafted = describe(fig)
    write_record(fig, replace(record, alt=drafted.alt, long=drafted.long))


def _relayout(fig: Figure, preset: SizePreset, locale: str | None = None) -> Figure:
    """Lay a finalised figure out again at ``preset`` (in ``locale``), keeping all else.

    The record's relayout.
    """
    return finalise(fig, size=preset, locale=locale)


def _texts_of(
    chart: Any, picked: Mapping[str, str | None], labels: Mapping[str, Mapping[str, str]]
) -> Iterator[tuple[str, str]]:
    """Every text the finished chart may show, and where: to refuse right-to-left ones."""
    yield from ((name, text) for name, text in picked.items() if text)
    for locale, mapping in labels.items():
        yield from ((f"labels[{locale!r}]", text) for text in mapping.values())
    if not isinstance(chart, Figure):
        return
    for artist in chart.findobj(Text):
        yield "a text of the chart", str(artist.get_text())
    for ax in chart.axes:
        for name, axis in (("x", ax.xaxis), ("y", ax.yaxis)):
            units = getattr(axis.get_units(), "_mapping", {})
            yield from ((f"a category of the {name} axis", str(key)) for key in units)


def _write_languages(
    fig: Figure,
    locale: str,
    translations: Mapping[str, Mapping[str, str]],
    labels: Mapping[str, Mapping[str, str]],
) -> None:
    """Add the locale, the texts given per locale and the labels' mapping to the record."""
    info = finalised(fig)
    assert info is not None  # just written
    write_record(
        fig, replace(info, locale=locale, translations=dict(translations), labels=dict(labels))
    )


@contextlib.contextmanager
def _in_locale(locale: str, labels: Mapping[str, Mapping[str, str]]) -> Iterator[None]:
    """The locale current, and its labels' mapping in effect, while the chart is laid out."""
    token = scoped(None, None, locale)
    try:
        with translating(labels_for_locale(labels, locale)):
            yield
    finally:
        unscope(token)


# --------------------------------------------------------------------------- #
# Checking the arguments
# --------------------------------------------------------------------------- #
