"""Writing a finished figure to web and print formats, at any size, reproducibly and atomically.

Every format at every size is rendered into memory first; only when all have rendered
are they written, each to a temporary file beside its target and then renamed over it.
A failure therefore leaves no partial file and keeps any file already at the path. The
same figure gives the same bytes in every format: no timestamps, a fixed SVG id salt,
and metadata that depends only on the chart. A finalised figure can be written at other
presets than its own; it is laid out again for each (not scaled as pixels) and comes
back as it was. The parts live in ``housestyle/_export/``.
"""

from __future__ import annotations

import contextlib
import io
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import matplotlib as mpl
from matplotlib.figure import Figure
from PIL import Image

from ..brand import Brand, HouseStyleError, SizeLike, SizePreset, scoped, unscope
from ..description import chart_data, describe
from ..record import Adapter, adapter_for, drawing_rc, finalised
from ._embed import EmbedText, embed_files
from ._file_formats import FORMATS
from ._formats import Meta, drawn_rgba, renderers
from ._once import laid_out_once
from ._sizes import at_size, check_locales, check_sizes, preset_of
from ._targets import base_path, check_folder, write_all

__all__ = [
    "DEFAULT_FORMATS",
    "FORMATS",
    "check_formats",
    "drawn_once",
    "preview",
    "embed",
    "export",
    "to_bytes",
    "to_files",
]

DEFAULT_FORMATS = ("png", "svg", "pdf")
#: savefig sets a figure's layout engine aside and restores it; restoring "no engine"
#: re-reads these two, which must not turn a layout on while saving.
_SAVING_RC = {"figure.autolayout": False, "figure.constrained_layout.use": False}


def check_formats(formats: Sequence[str] | str | None) -> tuple[str, ...]:
    """Return the format names asked for, lower-case and without repeats.

    Raises
    ------
    HouseStyleError
        For a format that is not one of :data:`FORMATS`, or none at all.
    """
    if formats is None:
        formats = DEFAULT_FORMATS
    if isinstance(formats, str):
        formats = (formats,)
    if not isinstance(formats, Sequence | set):
        raise HouseStyleError(
            f"formats: {formats!r} is not a list of formats; allowed: a format name or a "
            f"list of them from {', '.join(FORMATS)}"
        )
    chosen = tuple(dict.fromkeys(str(f).lower().lstrip(".") for f in formats))
    unknown = [f for f in chosen if f not in FORMATS]
    if unknown or not chosen:
        raise HouseStyleError(
            f"formats: {', '.join(map(repr, unknown)) or 'none given'} not supported; "
            f"allowed: {', '.join(FORMATS)}"
        )
    return chosen


def to_bytes(
    fig: Any,
    formats: Sequence[str] | str,
    size: SizeLike | None = None,
    locale: str | None = None,
) -> dict[str, bytes]:
    """Render ``fig`` to each format in memory; return ``{format: bytes}``.

    ``size`` lays a finalised figure out at another preset for the rendering, and
    ``locale`` in another locale (see :func:`export`); the figure is as it was
    afterwards. A CSV is left out for a chart whose data cannot be read (its JSON
    says why).
    """
    adapter = adapter_for(fig)
    if adapter is not None:  # a chart of another library (render_many, the gallery)
        record = adapter.record(fig)
        if record is None:
            raise HouseStyleError(
                f"fig: a {adapter.library} chart that housestyle.finalise did not finish "
                "cannot be rendered; allowed: a finished chart"
            )
        at = record.brand.preset(size) if size is not None else None
        return adapter.render(fig, _formats_of(adapter, formats), at)
    chosen = check_formats(formats)
    if "html" in chosen:
        raise HouseStyleError(
            "formats: 'html' is a web embed of several files and cannot be rendered as one; "
            "allowed: export(fig, path, formats=['html']) or to_files(), which write "
            "them all"
        )
    with at_size(fig, preset_of(fig, size), locale) as shown:
        return _render_formats(shown, chosen)


def _render_formats(fig: Figure, chosen: Sequence[str]) -> dict[str, bytes]:
    with _as_finalised(fig):
        render_format = renderers(fig, fig.dpi, Meta.of(fig))
        rendered = {name: render_format[name]() for name in chosen}  # one layout, all
    return {name: data for name, data in rendered.items() if data is not None}


@contextlib.contextmanager
def _as_finalised(fig: Figure) -> Iterator[None]:
    """Inside the block ``fig`` draws as finalised: its size, brand, locale, laid out once."""
    info = finalised(fig)
    if info is not None:  # drawn at the size it was finalised for
        fig.set_size_inches(*info.preset.inches, forward=False)
        fig.set_dpi(info.preset.dpi)
    token = scoped(None, None, info.locale if info is not None else None)
    try:  # drawn in its locale: a formatter that asks for the current one gets the figure's
        with mpl.rc_context(_draw_rc(fig)), laid_out_once(fig):  # type: ignore[arg-type]
            yield
    finally:
        unscope(token)


@contextlib.contextmanager
def drawn_once(fig: Any) -> Iterator[None]:
    """Inside the block every draw of ``fig`` keeps one layout, made as its PNG's is.

    Each format rendered (:func:`to_bytes`, :func:`to_files`), a :func:`preview` and
    :func:`housestyle.check` draw the figure; each would run its layout engine again
    (housestyle's fits tick labels in several solves). In the block the layout runs once,
    at the size, density and in the locale the figure was finalised for, and every draw
    shows it: the files and the check's picture agree, and the layout is paid for once.
    A chart of another library is left as it is.
    """
    if not isinstance(fig, Figure):
        yield
        return
    with _as_finalised(fig):
        yield


def preview(fig: Any, width: int) -> tuple[Image.Image, tuple[int, int]]:
    """The chart drawn for a thumbnail ``width`` pixels wide, and its own size in pixels.

    A matplotlib figure is drawn at the density that makes it ``width`` pixels wide
    (at least), in the layout of its own size: a print preset's thumbnail costs a
    fraction of its 300 dpi PNG. A chart of another library is drawn as its PNG.
    """
    if adapter_for(fig) is not None:
        image = _opened(to_bytes(fig, ["png"])["png"])
        return image, image.size
    with at_size(fig, preset_of(fig, None), None) as shown, _as_finalised(shown):
        inches = shown.get_size_inches()
        own = (int(inches[0] * shown.dpi + 1e-8), int(inches[1] * shown.dpi + 1e-8))
        return drawn_rgba(shown, (width + 0.5) / inches[0]), own


def _opened(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


def _draw_rc(fig: Figure) -> dict[str, Any]:
    """Return the rcParams to draw with: the figure's brand, then the output settings.

    Some settings are read only when a figure is drawn (the number of automatic ticks
    depends on the tick label size, for one), so a finalised figure is drawn under its
    own brand's style: the same chart gives the same file whatever the caller's rcParams.
    """
    return {**drawing_rc(fig), **_SAVING_RC}


# --------------------------------------------------------------------------- #
# The web embed: several files
# --------------------------------------------------------------------------- #


def _render_at(fig: Figure, formats: Sequence[str], preset: SizePreset | None) -> dict[str, bytes]:
    return to_bytes(fig, formats, preset)


def embed(fig: Figure, name: str, sizes: Sequence[SizeLike] | None = None) -> dict[str, bytes]:
    """Render the web embed of ``fig``; return ``{file name: bytes}``.

    The files are ``name.html`` (the fragment), ``name.csv`` (the data it links to)
    and the pictures it picks between (``name-web.png``, ``name-web@2x.png``, the
    dark twin's ``name-web-dark.png``...); see :mod:`housestyle.output._embed`.

    Raises
    ------
    HouseStyleError
        When the embed would have no alt text, no long description or no data to link.
    """
    info = finalised(fig)
    drafted = describe(fig)
    frame = chart_data(fig)
    csv = to_bytes(fig, ["csv"]).get("csv")
    text = EmbedText(
        alt=info.alt if info is not None else None,
        long=info.long if info is not None and info.long else drafted.long,
        caption=(info.source or info.title) if info is not None else None,
    )
    presets = None if sizes is None else [p for s in sizes if (p := preset_of(fig, s))]
    unread = "; ".join(frame.attrs.get("unreadable", []))
    files = embed_files(
        fig,
        name,
        text,
        frame if csv is not None else None,
        name + FORMATS["csv"],
        _render_at,
        presets,
        why_no_data=f"not read: {unread}" if unread else "",
    )
    assert csv is not None  # embed_files refuses a chart without data
    return {**files, name + FORMATS["csv"]: csv}


def to_files(fig: Figure, name: str, formats: Sequence[str] | str) -> dict[str, bytes]:
    """Render ``fig`` to each format; return ``{file name: bytes}``, ``name`` + suffix.

    Like :func:`render`, with the web embed (``html``, several files) too.
    """
    chosen = check_formats(formats)
    single = [fmt for fmt in chosen if fmt != "html"]
    files = (
        {name + FORMATS[fmt]: data for fmt, data in to_bytes(fig, single).items()} if single else {}
    )
    if "html" in chosen:
        files.update(embed(fig, name))
    return files


# --------------------------------------------------------------------------- #
# The public call
# --------------------------------------------------------------------------- #


def export(
    fig: Any,
    path: str | Path,
    formats: Sequence[str] | str | None = DEFAULT_FORMATS,
    size: SizeLike | None = None,
    sizes: Sequence[SizeLike] | None = None,
    data: bool = False,
    locales: Sequence[str] | None = None,
) -> list[Path]:
    """Write a figure to files for web and print, at its own size or at others.

    Parameters
    ----------
    fig
        A matplotlib Figure, usually one returned by :func:`housestyle.finalise`.
    path
        The file path without suffix (a known suffix such as ``.png`` is dropped);
        each format adds its own: ``chart.png``, ``chart@2x.png``, ``chart.svg``,
        ``chart.pdf``, ``chart.webp``, ``chart@2x.webp``, ``chart.tiff``.
    formats
        Any of ``png`` (sRGB, with dpi), ``png2x`` (twice the pixel density),
        ``svg`` (text as text, with ``<title>`` and ``<desc>`` holding the alt text
        and the long description, and the brand's faces inside, cut to the characters
        shown, so it reads the same where the family is not installed), ``pdf``
        (fonts embedded as TrueType; the long description in its Subject), ``webp``
        and ``webp2x`` (lossless: the PNG's pixels in about two fifths of the bytes),
        ``tiff`` (CMYK, 300 dpi),
        ``csv`` (the data behind the chart, :func:`housestyle.chart_data`) and
        ``json`` (title, subtitle, source, alt text, long description, brand, size,
        software and the CSV's columns), and ``html``: a web embed, ``chart.html``, a
        ``<figure>`` whose ``<picture>`` picks by screen width between the chart laid
        out at the sizes given (by default ``web``, ``web-wide`` and ``social``), each
        at 1x and 2x (``chart-web.png``, ``chart-web@2x.png``...), and, on a dark page,
        the chart drawn in the brand's dark twin (``chart-web-dark.png``...) when it
        can be drawn again (a recipe's chart, a table); with the alt text, the source
        as caption and a ``<details>`` holding the long description, the first 50
        rows of the data and a link to ``chart.csv``. It is refused without alt text,
        long description or readable data (see :mod:`housestyle.output._embed`).
    size
        One size preset (a name or a :class:`~housestyle.brand._brand.SizePreset`) to write
        the figure at, under the names ``path`` gives (``chart.png``...). None keeps
        the size the figure was finalised at.
    sizes
        Several size presets, each written with its name in the file names:
        ``sizes=["web", "social"]`` writes ``chart-web.png``, ``chart-social.png``,
        ``chart-social@2x.png``... Give ``size`` or ``sizes``, not both.
    data
        Also write ``chart.csv`` and ``chart.json``: the data behind the chart and its
        description. A chart whose data cannot be read gets the JSON alone, saying so.
    locales
        Several locales, each written with its name last in the file names:
        ``locales=["en", "cy"]`` writes ``chart-en.png`` and ``chart-cy.png``, each
        laid out afresh in its language (its texts given per locale to
        :func:`housestyle.finalise`, its numbers, dates and words). With ``sizes``,
        ``chart-web-cy.png``.

    Returns
    -------
    list of pathlib.Path
        The files written: for each size, in the order of ``sizes``, the formats in
        the order of ``formats``.

    Raises
    ------
    HouseStyleError
        For an object that is not a Figure, an unknown format or size preset, a
        folder that cannot be written, a web embed without alt text, long description
        or data, or a CSV asked for (without its JSON) of a
        chart whose data cannot be read. Nothing is written then.

    Notes
    -----
    At another size a finalised figure is laid out again for it, exactly as
    ``finalise(fig, size=...)`` would (title block, footer and type fitted to the
    size; a figure drawn from a ggplot is drawn again from the plot, not scaled as
    pixels), and then laid out back: the figure is as it was before the call. Every
    size is rendered before any file is written, so when one fails none is written.
    """
    adapter = adapter_for(fig)
    if adapter is not None:  # a chart matplotlib does not draw: its library writes it
        return _export_other(adapter, fig, path, formats, size, sizes)
    if not isinstance(fig, Figure):
        raise HouseStyleError(
            f"fig: a {type(fig).__name__} cannot be exported; allowed: a matplotlib Figure "
            "(pass a plotnine ggplot through housestyle.finalise first)"
        )
    base = base_path(path)
    chosen = check_formats(formats)
    if not isinstance(data, bool):
        raise HouseStyleError(f"data: {data!r} is not allowed; allowed: True or False")
    if data:
        chosen = tuple(dict.fromkeys((*chosen, "csv", "json")))
    targets = check_sizes(fig, size, sizes)
    languages = check_locales(fig, locales)
    check_folder(base.parent)
    files: dict[Path, bytes] = {}
    if "html" in chosen:  # one embed, in the chart's own locale, picking between the sizes
        given = sizes is not None or size is not None
        picked = [preset for _, preset in targets if preset] if given else None
        for name, content in embed(fig, base.name, picked).items():
            files[base.with_name(name)] = content
        chosen = tuple(fmt for fmt in chosen if fmt != "html")
    for language in languages if chosen else ():
        for label, preset in targets:
            parts = [base.name, label, language.replace("_", "-") if language else None]
            stem = "-".join(part for part in parts if part)
            rendered = to_bytes(fig, chosen, preset, language)
            if "csv" in chosen and "csv" not in rendered and "json" not in chosen:
                raise HouseStyleError(
                    "formats: the data behind this chart cannot be read, so no 'csv' can be "
                    "written; allowed: data=True or 'json' too (the JSON says what was not "
                    "read)"
                )
            for name, content in rendered.items():
                files[base.with_name(stem + FORMATS[name])] = content
    write_all(files)
    return list(files)


def _export_other(
    adapter: Adapter,
    chart: Any,
    path: str | Path,
    formats: Sequence[str] | str | None,
    size: SizeLike | None,
    sizes: Sequence[SizeLike] | None,
) -> list[Path]:
    """Export a chart of another library through its adapter: every file, or none."""
    record = adapter.record(chart)
    if record is None:
        raise HouseStyleError(
            f"fig: a {type(chart).__name__} that was not finished cannot be exported; "
            f"allowed: a {adapter.library} chart returned by housestyle.finalise"
        )
    chosen = _formats_of(adapter, formats)
    targets = _sizes_of(record.brand, size, sizes)
    base = base_path(path)
    check_folder(base.parent)
    files: dict[Path, bytes] = {}
    for label, preset in targets:
        stem = base.name if label is None else f"{base.name}-{label}"
        for name, data in adapter.render(chart, chosen, preset).items():
            files[base.with_name(stem + adapter.formats[name])] = data
    write_all(files)
    return list(files)


def _formats_of(adapter: Adapter, formats: Sequence[str] | str | None) -> tuple[str, ...]:
    """The formats asked for, each one the adapter writes."""
    if formats is None:
        formats = DEFAULT_FORMATS
    if isinstance(formats, str):
        formats = (formats,)
    chosen = tuple(dict.fromkeys(str(f).lower().lstrip(".") for f in formats))
    unknown = [f for f in chosen if f not in adapter.formats]
    if unknown or not chosen:
        raise HouseStyleError(
            f"formats: {', '.join(map(repr, unknown)) or 'none given'} not supported for "
            f"a {adapter.library} chart; allowed: {', '.join(adapter.formats)}"
        )
    return chosen


def _sizes_of(
    brand: Brand, size: SizeLike | None, sizes: Sequence[SizeLike] | None
) -> list[tuple[str | None, SizePreset | None]]:
    """Each size to write and its file-name label, as :func:`check_sizes` for a figure."""
    if sizes is None:
        return [(None, brand.preset(size) if size is not None else None)]
    if size is not None or isinstance(sizes, str | SizePreset):
        raise HouseStyleError(
            f"sizes: {sizes!r} with size={size!r} is not allowed; allowed: size='social' "
            "for one size, or sizes=['web', 'social'] for files named by size"
        )
    chosen = {preset.name: preset for preset in (brand.preset(each) for each in sizes)}
    if not chosen:
        raise HouseStyleError("sizes: none given; allowed: a list such as ['web', 'social']")
    return list(chosen.items())
