"""The web embed: an HTML fragment that fits every screen, with its description and data.

``export(fig, path, formats=("html",))`` writes ``path.html``, a ``<figure>`` to paste
into a web page, and beside it the files it names:

- a ``<picture>`` that picks, by the width of the reader's screen, between the chart
  laid out at each web size (``web``, ``web-wide``, ``social``: ``chart-web.png``...),
  each at 1x and 2x (``chart-web@2x.png``) for high-density screens. The sizes are
  laid out again for their width (not scaled pictures), so they differ in shape: the
  picture chooses by ``<source media="(max-width: ...)">`` (art direction) with
  ``srcset`` density descriptors, not by ``sizes`` and width descriptors, which assume
  one picture at several resolutions;
- when the reader's page is dark (``prefers-color-scheme: dark``), the same sizes drawn
  in the brand's dark twin (``variants: {dark: ...}`` in the brand file:
  ``chart-web-dark.png``...). Only a chart that can be drawn again from its code has
  them: a recipe's chart (the gallery, ``housestyle render``, ``run_recipe``) and a
  table (drawn from its data). A figure known only as a figure has its colours baked in
  when it was drawn (a ggplot's too: its theme and colours were chosen when the plot
  was built), so its embed shows the light picture on dark pages rather than a
  recoloured guess;
- the alt text on the ``<img>``, the source in a ``<figcaption>``, and a ``<details>``
  holding the long description, the first :data:`DATA_ROWS` rows of the chart's data
  as a table and a link to the whole data as CSV (``chart.csv``).

No JavaScript, no styles outside the fragment (a few inline ones), no file from
elsewhere. Without alt text, a long description or data to link to, the embed is
refused (:func:`problems`); :func:`check_embed` finds the same faults in an embed
written earlier and edited since.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from matplotlib.figure import Figure

from ..brand import Brand, HouseStyleError, SizePreset
from ..ink import format_number
from ..record import finalised

__all__ = [
    "DATA_ROWS",
    "EMBED_SIZES",
    "EmbedProblem",
    "Picture",
    "EmbedText",
    "RenderAt",
    "check_embed",
    "embed_files",
    "embed_markup",
    "embed_sizes",
    "problems",
]

#: The brand's sizes an embed picks between, narrowest first, when it has them.
EMBED_SIZES = ("web", "web-wide", "social")
#: The rows of the data shown in the embed's table (the CSV holds them all).
DATA_ROWS = 50
#: How to mend an embed edited by hand, for :func:`check_embed`'s findings.
_EDITED_FIXES = {
    "alt": 'give the <img> its alt="..." again (the chart\'s alt text)',
    "long description": "put the long description (housestyle.describe(fig).long) in a <p> "
    "inside the <details>",
    "data link": 'link the data inside the <details>: <a href="chart.csv" download>',
}
#: The fewest words a paragraph of the details holds to count as a long description.
_WORDS = 4
#: Renders a figure to formats at a preset (None: its own): :func:`.to_bytes`.
RenderAt = Callable[[Figure, Sequence[str], SizePreset | None], dict[str, bytes]]

_TEMPLATES = Path(__file__).resolve().parent / "templates"


@functools.cache
def _environment() -> Any:
    """The embed's Jinja2 environment, made on first use (a warm gallery build needs none)."""
    from jinja2 import Environment, FileSystemLoader, select_autoescape

    env = Environment(
        loader=FileSystemLoader(_TEMPLATES),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.globals["zip"] = zip
    return env


@dataclass(frozen=True)
class EmbedText:
    """The words of an embed: alt text, long description and caption (the source)."""

    alt: str | None
    long: str | None
    caption: str | None


@dataclass(frozen=True)
class EmbedProblem:
    """Something an embed lacks that a reader needs: an error, with its fix."""

    what: str
    problem: str
    fix: str

    def __str__(self) -> str:
        return f"{self.what}: {self.problem}; {self.fix}"


def problems(text: EmbedText, has_data: bool, why_no_data: str = "") -> list[EmbedProblem]:
    """Return what an embed of these words and data would lack: no alt, long text or data."""
    found = []
    if not (text.alt or "").strip():
        found.append(
            EmbedProblem(
                "alt",
                "the embed's picture has no alt text",
                "give finalise(..., alt='...') or alt='draft' for the drafted one",
            )
        )
    if not (text.long or "").strip():
        found.append(
            EmbedProblem(
                "long description",
                "the embed has no long description",
                "draw the chart with data housestyle.describe can read",
            )
        )
    if not has_data:
        reason = f" ({why_no_data})" if why_no_data else ""
        found.append(
            EmbedProblem(
                "data link",
                f"the embed has no data to link to{reason}",
                "draw the chart's marks from data (lines, bars, points, a table), not as an "
                "image or a path",
            )
        )
    return found


def embed_sizes(fig: Figure, brand: Brand, sizes: Sequence[SizePreset] | None) -> list[SizePreset]:
    """The sizes an embed picks between, narrowest first.

    ``sizes`` when given; else those of :data:`EMBED_SIZES` the brand has (its own size
    alone for a figure that cannot be laid out again, or a brand with none of them).
    """
    info = finalised(fig)
    if sizes:
        chosen = list(sizes)
    elif info is not None and info.relayout is None:
        chosen = [info.preset]
    else:
        chosen = [brand.presets[name] for name in EMBED_SIZES if name in brand.presets]
        if not chosen:
            chosen = [info.preset if info is not None else brand.preset(brand.default_size)]
    return sorted({p.name: p for p in chosen}.values(), key=lambda p: p.pixels[0])


def _close(fig: Figure) -> None:
    import matplotlib.pyplot as plt

    plt.close(fig)


def _dark_twin(fig: Figure, sizes: list[SizePreset]) -> tuple[Brand, Any] | None:
    """The dark brand and the chart's redraw, when the chart can be drawn dark."""
    info = finalised(fig)
    if info is None or info.redraw is None:
        return None
    dark = info.brand.variant("dark")
    if dark is None or dark == info.brand:
        return None
    if any(preset.name not in dark.presets for preset in sizes):
        return None
    return dark, info.redraw


def _png_size(data: bytes) -> tuple[int, int]:
    """A PNG's width and height in pixels, from its header."""
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


@dataclass(frozen=True)
class Picture:
    """One size of the chart in one look: its 1x file, its 2x file if any, its pixels."""

    src: str
    src2x: str | None
    width: int
    height: int

    @property
    def srcset(self) -> str:
        """The ``srcset`` of the picture: its 1x and 2x files."""
        return f"{self.src} 1x" + (f", {self.src2x} 2x" if self.src2x else "")


def _pictures(
    fig: Figure, stem: str, sizes: list[SizePreset], render: RenderAt
) -> tuple[dict[str, bytes], list[dict[str, Picture]]]:
    """Render each size light (and dark); return the files and each size's pictures.

    A size's pixels are read from its PNG: a table is as tall as its rows, not its preset.
    """
    files: dict[str, bytes] = {}
    pictures: dict[str, dict[str, Picture]] = {}
    twin = _dark_twin(fig, sizes)
    dark_fig = None
    if twin is not None:
        dark, redraw = twin
        dark_fig = redraw(dark, dark.preset(sizes[0].name))
    try:
        for preset in sizes:
            shown = {"light": (fig, preset)}
            if dark_fig is not None and twin is not None:
                shown["dark"] = (dark_fig, twin[0].preset(preset.name))
            for look, (figure, at) in shown.items():
                rendered = render(figure, ("png", "png2x"), at)
                base = f"{stem}-{preset.name}" + ("-dark" if look == "dark" else "")
                files[f"{base}.png"], files[f"{base}@2x.png"] = rendered["png"], rendered["png2x"]
                width, height = _png_size(rendered["png"])
                picture = Picture(f"{base}.png", f"{base}@2x.png", width, height)
                pictures.setdefault(preset.name, {})[look] = picture
    finally:
        if dark_fig is not None:
            _close(dark_fig)
    return files, [pictures[preset.name] for preset in sizes]


def _source(media: str, picture: Picture) -> dict[str, Any]:
    return {
        "media": media,
        "srcset": picture.srcset,
        "width": picture.width,
        "height": picture.height,
    }


def _picture(pictures: list[dict[str, Picture]]) -> dict[str, Any]:
    """The ``<source>`` elements (dark first at each width) and the ``<img>``.

    Each size is shown up to its own width: the narrowest picture at least as wide as
    the screen, so that a picture is never shown larger than it was drawn.
    """
    sources = []
    for index, looks in enumerate(pictures):
        last = index == len(pictures) - 1
        limit = f"(max-width: {looks['light'].width}px)"
        if "dark" in looks:
            dark = "(prefers-color-scheme: dark)" + ("" if last else f" and {limit}")
            sources.append(_source(dark, looks["dark"]))
        if not last:
            sources.append(_source(limit, looks["light"]))
    widest = pictures[-1]["light"]
    img = {
        "src": widest.src,
        "srcset": widest.srcset,
        "width": widest.width,
        "height": widest.height,
    }
    return {"sources": sources, "img": img, "widest": widest.width}


def _cell(value: Any, brand: Brand) -> str:
    """A value of the data as the embed's table shows it (the CSV keeps it as it is)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "\u2013"
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return format_number(value, ",d" if abs(value) >= 10_000 else "d", brand)
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return format_number(value, ",.0f" if abs(value) >= 10_000 else ".0f", brand)
        return format_number(value, ".6g", brand)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else str(value)
    if isinstance(value, date):
        return value.isoformat()
    text = str(value)
    return "\u2013" if text in ("NaT", "<NA>", "nan") else text


def _table(data: Any, brand: Brand) -> dict[str, Any]:
    """The first rows of the data as the template's columns and rows."""
    head = data.head(DATA_ROWS)
    numeric = {
        str(c): str(head[c].dtype).startswith(("int", "uint", "float", "Int", "Float"))
        for c in data.columns
    }
    columns = [
        {"name": str(c), "align": "right" if numeric[str(c)] else "left"} for c in data.columns
    ]
    rows = [
        [_cell(v.item() if hasattr(v, "item") else v, brand) for v in row]
        for row in head.itertuples(index=False, name=None)
    ]
    total = len(data)
    shown = len(rows)
    caption = (
        f"The data, first {shown} of {total:,} rows"
        if shown < total
        else f"The data, {total:,} row{'s' if total != 1 else ''}"
    )
    return {"columns": columns, "rows": rows, "table_caption": caption}


def embed_files(
    fig: Figure,
    stem: str,
    text: EmbedText,
    data: Any,
    csv_name: str,
    render: RenderAt,
    sizes: Sequence[SizePreset] | None = None,
    why_no_data: str = "",
) -> dict[str, bytes]:
    """Render the web embed of ``fig``; return ``{file name: bytes}`` (the HTML and PNGs).

    Parameters
    ----------
    fig
        A finalised figure.
    stem
        The file name without suffix: ``stem.html``, ``stem-web.png``...
    text
        Its alt text, long description and caption.
    data
        The chart's data (a pandas DataFrame), or None when it cannot be read out.
    csv_name
        The name of the CSV file of the data the embed links to (written by the caller).
    render
        Renders a figure at a preset (:func:`housestyle.output._export.to_bytes`).
    sizes
        The sizes to pick between; None for :func:`embed_sizes`' choice.
    why_no_data
        Why there is no data, for the error.

    Raises
    ------
    HouseStyleError
        When the embed would have no alt text, no long description or no data.
    """
    found = problems(text, data is not None, why_no_data)
    if found:
        raise HouseStyleError("html: the web embed is refused: " + "; ".join(map(str, found)))
    info = finalised(fig)
    brand = info.brand if info is not None else None
    if brand is None:
        from ..brand import resolve_brand

        brand = resolve_brand()
    chosen = embed_sizes(fig, brand, sizes)
    files, pictures = _pictures(fig, stem, chosen, render)
    markup = embed_markup(pictures, text, data, csv_name, brand)
    return {**files, f"{stem}.html": markup.encode("utf-8")}


def embed_markup(
    pictures: Sequence[dict[str, Picture]], text: EmbedText, data: Any, csv: str, brand: Brand
) -> str:
    """Return the embed's HTML for pictures already drawn (the gallery's, or export's).

    Parameters
    ----------
    pictures
        Per size, narrowest first: ``{"light": Picture, "dark": Picture}`` (dark
        optional). The widest light picture is the ``<img>``'s own.
    text
        The alt text, long description and caption.
    data
        The chart's data (a pandas DataFrame): its first rows are shown as a table.
    csv
        The link to the whole data as CSV.
    brand
        The brand whose minus sign the table's numbers are written with.

    Raises
    ------
    HouseStyleError
        When there is no alt text, long description or data.
    """
    found = problems(text, data is not None)
    if found:
        raise HouseStyleError("html: the web embed is refused: " + "; ".join(map(str, found)))
    total = len(data)
    return (
        _environment()
        .get_template("embed.html")
        .render(
            **_picture(list(pictures)),
            **_table(data, brand),
            alt=text.alt,
            long=text.long,
            caption=text.caption,
            csv=csv,
            csv_note=f"{total:,} row{'s' if total != 1 else ''}",
        )
    )


# --------------------------------------------------------------------------- #
# Checking an embed written earlier
# --------------------------------------------------------------------------- #


class _Reader(HTMLParser):
    """Collects what :func:`check_embed` looks at: images' alt, details' text, links."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.alts: list[str | None] = []
        self.links: list[str] = []
        self.details_text: list[str] = []
        self._in_details = 0
        self._in_p = 0
        self._in_a = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "img":
            self.alts.append(found.get("alt"))
        elif tag == "a":
            self._in_a += 1
            if found.get("href"):
                self.links.append(str(found["href"]))
        elif tag == "details":
            self._in_details += 1
        elif tag == "p" and self._in_details:
            self._in_p += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "a" and self._in_a:
            self._in_a -= 1
        elif tag == "details" and self._in_details:
            self._in_details -= 1
        elif tag == "p" and self._in_p:
            self._in_p -= 1

    def handle_data(self, data: str) -> None:
        if self._in_p and not self._in_a and data.strip():
            self.details_text.append(data.strip())


def check_embed(markup: str) -> list[EmbedProblem]:
    """Return the errors of an embed's HTML: no alt text, long description or data link.

    Examples
    --------
    >>> [p.what for p in check_embed('<figure><img src="c.png"></figure>')]
    ['alt', 'long description', 'data link']
    """
    reader = _Reader()
    reader.feed(markup)
    reader.close()
    alt = " ".join(a for a in reader.alts if a) if reader.alts and all(reader.alts) else None
    # the long description: a paragraph of the details, not the data link's own line
    long = next((text for text in reader.details_text if len(text.split()) >= _WORDS), None)
    has_data = any(link.split("?")[0].lower().endswith((".csv", ".json")) for link in reader.links)
    found = problems(EmbedText(alt, long, None), has_data)
    return [replace(problem, fix=_EDITED_FIXES[problem.what]) for problem in found]
