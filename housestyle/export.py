"""Writing a finished figure to web and print formats, reproducibly and atomically.

Every format is rendered into memory first; only when all have rendered are they
written, each to a temporary file beside its target and then renamed over it. A
failure therefore leaves no partial file and keeps any file already at the path.
The same figure gives the same bytes in every format: no timestamps, a fixed SVG
id salt, and metadata that depends only on the chart.
"""

from __future__ import annotations

import base64
import contextlib
import io
import logging
import os
import re
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import matplotlib as mpl
import numpy as np
from matplotlib.figure import Figure
from PIL import Image, PngImagePlugin

from ._callable import make_callable
from ._version import version
from .brand import HouseStyleError, SizeLike, SizePreset
from .context import resolve_brand
from .mpl import output_rc, rc
from .record import LOGO, Finalised, finalised, write_record

__all__ = ["DEFAULT_FORMATS", "FORMATS", "check_formats", "export", "render"]

#: Format name -> file name suffix.
FORMATS = {
    "png": ".png",
    "png2x": "@2x.png",
    "svg": ".svg",
    "pdf": ".pdf",
    "webp": ".webp",
    "tiff": ".tiff",
}
DEFAULT_FORMATS = ("png", "svg", "pdf")
PRINT_DPI = 300
#: savefig sets a figure's layout engine aside and restores it; restoring "no engine"
#: re-reads these two, which must not turn a layout on while saving.
_SAVING_RC = {"figure.autolayout": False, "figure.constrained_layout.use": False}


@dataclass(frozen=True)
class _Meta:
    """The metadata written into every format that has a place for it."""

    title: str
    alt: str
    source: str
    brand: str
    software: str

    @classmethod
    def of(cls, fig: Figure) -> _Meta:
        info = finalised(fig)
        software = f"housestyle {version()} (matplotlib {mpl.__version__})"
        if info is None:
            return cls("", "", "", resolve_brand().name, software)
        return cls(
            info.title or "",
            info.alt or "",
            info.source or "",
            info.brand.name,
            software,
        )


# --------------------------------------------------------------------------- #
# Checking the request before anything is drawn or written
# --------------------------------------------------------------------------- #


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


def _base_path(path: str | Path) -> Path:
    if not isinstance(path, str | os.PathLike) or not str(path).strip():
        raise HouseStyleError(
            f"path: {path!r} is not a file path; allowed: a path such as 'charts/unemployment'"
        )
    text = os.fspath(path)
    base = Path(text).expanduser()
    if text.endswith(("/", os.sep)) or base.name in ("", ".", "..") or base.is_dir():
        raise HouseStyleError(f"path: {text!r} names a folder; allowed: a file path in it")
    for suffix in sorted(FORMATS.values(), key=len, reverse=True):
        if base.name.lower().endswith(suffix) and len(base.name) > len(suffix):
            return base.with_name(base.name[: -len(suffix)])
    return base


def _check_folder(folder: Path) -> None:
    existing = folder
    while not existing.exists():
        existing = existing.parent
    if not existing.is_dir() or not os.access(existing, os.W_OK | os.X_OK):
        raise HouseStyleError(
            f"path: cannot write into {folder} ({existing} is not a writable folder); "
            "allowed: a path in a folder you can write to"
        )


def _preset(fig: Figure, size: SizeLike | None) -> SizePreset | None:
    """Return the preset ``size`` of the figure's brand; None keeps the figure's own."""
    if size is None:
        return None
    info = finalised(fig)
    return (info.brand if info else resolve_brand()).preset(size)


def _check_sizes(fig: Figure, size: Any, sizes: Any) -> list[tuple[str | None, SizePreset | None]]:
    """Return each size to write, with the label its file names carry (None: no label).

    Every size is checked before anything is drawn, so a bad one fails early.
    """
    if sizes is None:
        return [(None, _preset(fig, size))]
    if size is not None:
        raise HouseStyleError(
            "size: give size= or sizes=, not both; allowed: size='social' for one size "
            "named like the path, or sizes=['web', 'social'] for files named by size"
        )
    if isinstance(sizes, str | SizePreset) or not isinstance(sizes, Sequence | set):
        raise HouseStyleError(
            f"sizes: {sizes!r} is not a list of sizes; allowed: a list such as "
            "['web', 'social'] (or size='social' for one)"
        )
    presets = [_preset(fig, each) for each in sizes]
    chosen = {preset.name: preset for preset in presets if preset is not None}
    if not chosen:
        raise HouseStyleError("sizes: none given; allowed: a list such as ['web', 'social']")
    return list(chosen.items())


@contextlib.contextmanager
def _at_size(fig: Figure, preset: SizePreset | None) -> Iterator[Figure]:
    """Lay ``fig`` out at ``preset`` for the block; afterwards it is as it was.

    A finalised figure is laid out again by its record's ``relayout`` (so the title
    block, footer and type fit the new size), then laid out back at its own size; a
    figure drawn from a ggplot is drawn again and left untouched. A figure not
    finalised only takes the preset's size and dpi for the block.
    """
    info = finalised(fig)
    if preset is None or (info is not None and preset == info.preset):
        yield fig
    elif info is None:
        with _resized(fig, preset):
            yield fig
    elif info.relayout is None:
        own = info.preset.name
        raise HouseStyleError(
            f"size: this figure was finalised for {own!r} and cannot be laid out "
            f"again; allowed: size={own!r}, or make it again at {preset.name!r}"
        )
    else:
        with _relaid_out(fig, info, preset) as shown:
            yield shown


@contextlib.contextmanager
def _resized(fig: Figure, preset: SizePreset) -> Iterator[None]:
    (width, height), dpi = fig.get_size_inches(), fig.dpi
    fig.set_size_inches(*preset.inches, forward=False)
    fig.set_dpi(preset.dpi)
    try:
        yield
    finally:
        fig.set_size_inches(float(width), float(height), forward=False)
        fig.set_dpi(dpi)


@contextlib.contextmanager
def _relaid_out(fig: Figure, info: Finalised, preset: SizePreset) -> Iterator[Figure]:
    assert info.relayout is not None
    shown = info.relayout(fig, preset)
    try:
        yield shown
    finally:
        if shown is fig:  # a matplotlib figure, changed in place: put it back
            info.relayout(fig, info.preset)
            write_record(fig, info)


# --------------------------------------------------------------------------- #
# Rendering each format to bytes
# --------------------------------------------------------------------------- #


def _rgba(fig: Figure, dpi: float) -> Image.Image:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="rgba", dpi=dpi)
    # as Agg sizes it: truncated, but 4.85 in at 100 dpi is 485 px (get_width_height)
    width, height = (int(v * dpi + 1e-8) for v in fig.get_size_inches())
    return Image.frombuffer("RGBA", (width, height), buffer.getvalue(), "raw", "RGBA", 0, 1)


def _png_info(meta: _Meta) -> PngImagePlugin.PngInfo:
    info = PngImagePlugin.PngInfo()
    fields = {
        "Title": meta.title,
        "Description": meta.alt,
        "Source": meta.source,
        "Brand": meta.brand,
        "Software": meta.software,
    }
    for key, value in fields.items():
        if value:
            info.add_itxt(key, value)
    info.add(b"sRGB", b"\x00")  # the pixels are sRGB, perceptual intent
    return info


def _opaque(image: Image.Image) -> Image.Image:
    """Drop the alpha channel when every pixel is opaque (a quarter less to compress)."""
    extrema: Any = image.getextrema()  # one (low, high) per band
    return image.convert("RGB") if extrema[3] == (255, 255) else image


def _png(image: Image.Image, dpi: float, meta: _Meta) -> bytes:
    out = io.BytesIO()
    # zlib level 3: faster than 6, and on charts (large flat areas) no larger.
    _opaque(image).save(
        out, format="PNG", pnginfo=_png_info(meta), dpi=(dpi, dpi), compress_level=3
    )
    return out.getvalue()


def _xmp(meta: _Meta) -> bytes:
    def item(tag: str, value: str) -> str:
        alt = f'<rdf:Alt><rdf:li xml:lang="x-default">{escape(value)}</rdf:li></rdf:Alt>'
        return f"<dc:{tag}>{alt}</dc:{tag}>" if value else ""

    body = (
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
        'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:xmp="http://ns.adobe.com/xap/1.0/">'
        f"{item('title', meta.title)}{item('description', meta.alt)}"
        f"<dc:source>{escape(meta.source)}</dc:source>"
        f"<xmp:CreatorTool>{escape(meta.software)} brand {escape(meta.brand)}</xmp:CreatorTool>"
        "</rdf:Description></rdf:RDF></x:xmpmeta>"
    )
    return body.encode("utf-8")


def _webp(image: Image.Image, meta: _Meta) -> bytes:
    out = io.BytesIO()
    image.save(out, format="WEBP", lossless=True, quality=100, method=4, xmp=_xmp(meta))
    return out.getvalue()


def _cmyk(image: Image.Image) -> Image.Image:
    """Convert RGB to CMYK with full grey-component replacement.

    Black and greys go to the K plate alone, so text prints as one ink. This is a
    device conversion without a press profile; for press work convert the PDF with
    the printer's ICC profile.
    """
    rgb = np.asarray(image.convert("RGB"), dtype=np.float64) / 255.0
    k = 1.0 - rgb.max(axis=-1)
    scale = np.where(k < 1.0, 1.0 - k, 1.0)
    cmy = (1.0 - rgb - k[..., None]) / scale[..., None]
    cmyk = np.concatenate([cmy, k[..., None]], axis=-1)
    return Image.fromarray(np.round(cmyk * 255).astype(np.uint8), mode="CMYK")


def _tiff(fig: Figure, meta: _Meta) -> bytes:
    image = _flatten(_rgba(fig, PRINT_DPI), fig)
    out = io.BytesIO()
    tags = {270: meta.alt or meta.title, 305: meta.software, 269: meta.title}
    info = Image.Exif()
    for tag, value in tags.items():
        if value:
            info[tag] = value
    _cmyk(image).save(
        out, format="TIFF", dpi=(PRINT_DPI, PRINT_DPI), compression="tiff_lzw", exif=info
    )
    return out.getvalue()


def _flatten(image: Image.Image, fig: Figure) -> Image.Image:
    background = Image.new("RGBA", image.size, mpl.colors.to_hex(fig.get_facecolor()))
    return Image.alpha_composite(background, image).convert("RGB")


_SVG_LOGO = re.compile(
    r'(<image xlink:href=")data:image/png;base64,[^"]*("[^>]*id="' + re.escape(LOGO) + '")'
)


def _vector_image_dpi(fig: Figure) -> float:
    """Return the density of the images inside SVG and PDF output (the logo, heatmaps).

    Lines and text stay vectors; images are resampled to this: print quality, and at
    least twice the figure's own density for high-density screens.
    """
    return max(PRINT_DPI, 2 * fig.dpi)


def _vector_logo(svg: str, fig: Figure) -> str:
    """Swap the footer logo's pixels for the logo's own SVG, when it is one."""
    info = finalised(fig)
    logo = info.logo if info is not None else None
    if logo is None or logo.suffix.lower() != ".svg":
        return svg
    data = base64.b64encode(logo.read_bytes()).decode("ascii")
    return _SVG_LOGO.sub(lambda m: f"{m[1]}data:image/svg+xml;base64,{data}{m[2]}", svg, 1)


def _svg(fig: Figure, meta: _Meta) -> bytes:
    out = io.BytesIO()
    metadata = {"Date": None, "Creator": meta.software, "Title": meta.title or None}
    fig.savefig(out, format="svg", metadata=metadata, dpi=_vector_image_dpi(fig))
    text = _vector_logo(out.getvalue().decode("utf-8"), fig)
    head = f"<title>{escape(meta.title)}</title><desc>{escape(_describe(meta))}</desc>"
    start = text.index("<svg")
    end = text.index(">", start) + 1
    return (text[:end] + "\n " + head + text[end:]).encode("utf-8")


def _describe(meta: _Meta) -> str:
    parts = [meta.alt, meta.source, f"Brand: {meta.brand}", meta.software]
    return " | ".join(part for part in parts if part)


@contextlib.contextmanager
def _quiet_font_subsetting() -> Iterator[None]:
    """Silence fontTools' notes while the PDF backend subsets fonts.

    It logs "'created' timestamp seems very low" for fonts (Lato among them) whose
    head table predates 1970 by the Mac epoch; the font is fine.
    """
    logger = logging.getLogger("fontTools")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(level)


def _pdf(fig: Figure, meta: _Meta) -> bytes:
    out = io.BytesIO()
    metadata = {
        "Title": meta.title or None,
        "Subject": meta.alt or None,
        "Keywords": f"source: {meta.source}; brand: {meta.brand}",
        "Creator": meta.software,
        "Producer": f"matplotlib {mpl.__version__}",
        "CreationDate": None,
        "ModDate": None,
    }
    with _quiet_font_subsetting():
        fig.savefig(out, format="pdf", metadata=metadata, dpi=_vector_image_dpi(fig))
    return out.getvalue()


def _renderers(fig: Figure, dpi: float, meta: _Meta) -> dict[str, Callable[[], bytes]]:
    def raster(scale: float) -> Image.Image:
        return _rgba(fig, dpi * scale)

    return {
        "png": lambda: _png(raster(1), dpi, meta),
        "png2x": lambda: _png(raster(2), dpi * 2, meta),
        "svg": lambda: _svg(fig, meta),
        "pdf": lambda: _pdf(fig, meta),
        "webp": lambda: _webp(raster(1), meta),
        "tiff": lambda: _tiff(fig, meta),
    }


def render(
    fig: Figure, formats: Sequence[str] | str, size: SizeLike | None = None
) -> dict[str, bytes]:
    """Render ``fig`` to each format in memory; return ``{format: bytes}``.

    ``size`` lays a finalised figure out at another preset for the rendering (see
    :func:`export`); the figure is as it was afterwards.
    """
    chosen = check_formats(formats)
    with _at_size(fig, _preset(fig, size)) as shown:
        return _render_formats(shown, chosen)


def _render_formats(fig: Figure, chosen: Sequence[str]) -> dict[str, bytes]:
    info = finalised(fig)
    if info is not None:  # drawn at the size it was finalised for
        fig.set_size_inches(*info.preset.inches, forward=False)
        fig.set_dpi(info.preset.dpi)
    renderers = _renderers(fig, fig.dpi, _Meta.of(fig))
    with mpl.rc_context(_draw_rc(fig)):  # type: ignore[arg-type]  # keys checked by rc()
        return {name: renderers[name]() for name in chosen}


def _draw_rc(fig: Figure) -> dict[str, Any]:
    """Return the rcParams to draw with: the figure's brand, then the output settings.

    Some settings are read only when a figure is drawn (the number of automatic ticks
    depends on the tick label size, for one), so a finalised figure is drawn under its
    own brand's style: the same chart gives the same file whatever the caller's rcParams.
    """
    info = finalised(fig)
    brand_rc = rc(info.brand) if info is not None else {}
    return {**brand_rc, **output_rc(), **_SAVING_RC}


# --------------------------------------------------------------------------- #
# Writing atomically
# --------------------------------------------------------------------------- #


def _write_all(files: dict[Path, bytes]) -> None:
    """Write every file to a temporary beside it, then rename them all into place."""
    staged: list[tuple[Path, Path]] = []
    try:
        for target, data in files.items():
            target.parent.mkdir(parents=True, exist_ok=True)
            handle, temp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
            staged.append((Path(temp), target))
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
                stream.flush()
                os.fsync(stream.fileno())
            os.chmod(temp, 0o644)
    except OSError as exc:
        _discard(staged)
        raise HouseStyleError(f"path: cannot write {exc.filename or ''}: {exc.strerror}") from None
    except BaseException:
        _discard(staged)
        raise
    for staged_temp, target in staged:
        os.replace(staged_temp, target)


def _discard(staged: list[tuple[Path, Path]]) -> None:
    for temp, _ in staged:
        temp.unlink(missing_ok=True)


def export(
    fig: Any,
    path: str | Path,
    formats: Sequence[str] | str | None = DEFAULT_FORMATS,
    size: SizeLike | None = None,
    sizes: Sequence[SizeLike] | None = None,
) -> list[Path]:
    """Write a figure to files for web and print, at its own size or at others.

    Parameters
    ----------
    fig
        A matplotlib Figure, usually one returned by :func:`housestyle.finalise`.
    path
        The file path without suffix (a known suffix such as ``.png`` is dropped);
        each format adds its own: ``chart.png``, ``chart@2x.png``, ``chart.svg``,
        ``chart.pdf``, ``chart.webp``, ``chart.tiff``.
    formats
        Any of ``png`` (sRGB, with dpi), ``png2x`` (twice the pixel density),
        ``svg`` (text as text, with ``<title>`` and ``<desc>``), ``pdf`` (fonts
        embedded as TrueType), ``webp`` (lossless) and ``tiff`` (CMYK, 300 dpi).
    size
        One size preset (a name or a :class:`~housestyle.brand.SizePreset`) to write
        the figure at, under the names ``path`` gives (``chart.png``...). None keeps
        the size the figure was finalised at.
    sizes
        Several size presets, each written with its name in the file names:
        ``sizes=["web", "social"]`` writes ``chart-web.png``, ``chart-social.png``,
        ``chart-social@2x.png``... Give ``size`` or ``sizes``, not both.

    Returns
    -------
    list of pathlib.Path
        The files written: for each size, in the order of ``sizes``, the formats in
        the order of ``formats``.

    Raises
    ------
    HouseStyleError
        For an object that is not a Figure, an unknown format or size preset, or a
        folder that cannot be written. Nothing is written then.

    Notes
    -----
    At another size a finalised figure is laid out again for it, exactly as
    ``finalise(fig, size=...)`` would (title block, footer and type fitted to the
    size; a figure drawn from a ggplot is drawn again from the plot, not scaled as
    pixels), and then laid out back: the figure is as it was before the call. Every
    size is rendered before any file is written, so when one fails none is written.
    """
    if not isinstance(fig, Figure):
        raise HouseStyleError(
            f"fig: a {type(fig).__name__} cannot be exported; allowed: a matplotlib Figure "
            "(pass a plotnine ggplot through housestyle.finalise first)"
        )
    base = _base_path(path)
    chosen = check_formats(formats)
    targets = _check_sizes(fig, size, sizes)
    _check_folder(base.parent)
    files: dict[Path, bytes] = {}
    for label, preset in targets:
        stem = base.name if label is None else f"{base.name}-{label}"
        for name, data in render(fig, chosen, preset).items():
            files[base.with_name(stem + FORMATS[name])] = data
    _write_all(files)
    return list(files)


make_callable(__name__)  # housestyle.export(fig, path) calls export()
