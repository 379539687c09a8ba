"""Notebooks: a finished chart shown with buttons that download it.

:func:`show` displays a figure with buttons that download it as PNG, SVG and PDF:
the bytes of :func:`housestyle.export`, rendered in memory and embedded as ``data:``
links. No browser-side screenshots, nothing from the network.

:func:`enable` (or ``%load_ext housestyle``) gives every table shown afterwards the
same buttons: a pandas ``Styler``, a pandas ``DataFrame`` or a polars ``DataFrame``
keeps its usual HTML display, and below it gains PNG, SVG, PDF and CSV downloads of
the table drawn by :func:`housestyle.table` in the current brand. :func:`disable`
(or ``%unload_ext housestyle``) gives back the plain display.

A finalised figure shows in Jupyter as its exported 2x PNG by itself
(:mod:`housestyle.output._display`); the explorer, which re-renders a chart as widgets
change, is :func:`housestyle.explore` (:mod:`housestyle.notebook._explore`).
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from matplotlib.figure import Figure

from .._files import file_stem
from ..brand import Brand, HouseStyleError, resolve_brand
from ..output import (
    FORMATS,
    MIME_TYPES,
    check_formats,
    data_uri,
    img_html,
    plain_text,
    png_pixels,
    selected_formats,
    to_bytes,
)
from ..record import finalised
from ..tables import table

__all__ = ["TABLE_FORMATS", "Shown", "disable", "enable", "show"]


def _as_figure(obj: Any) -> Figure:
    if isinstance(obj, Figure):
        return obj
    if type(obj).__name__ in ("DataFrame", "Styler"):
        return table(obj)
    raise HouseStyleError(
        f"fig_or_table: a {type(obj).__name__} cannot be shown; allowed: a matplotlib Figure "
        "(pass a plotnine ggplot through housestyle.finalise first), a DataFrame or a Styler"
    )


@dataclass(frozen=True)
class Shown:
    """A figure with download buttons, as :func:`show` returns it.

    Attributes
    ----------
    figure
        The figure shown.
    png2x
        The 2x PNG displayed.
    files
        ``{format: bytes}`` offered for download, exactly as :func:`housestyle.export`
        writes them.
    names
        ``{format: file name}`` each download is saved as.
    html
        The HTML displayed.
    """

    figure: Figure
    png2x: bytes
    files: dict[str, bytes]
    names: dict[str, str]
    html: str = field(repr=False)

    def _repr_html_(self) -> str:
        return self.html

    def _repr_mimebundle_(self, include: Any = None, exclude: Any = None) -> dict[str, Any]:
        bundle = {"text/html": self.html, "text/plain": plain_text(self.figure)}
        return selected_formats(bundle, include, exclude)


def _brand_of(fig: Figure) -> Brand:
    info = finalised(fig)
    return info.brand if info is not None else resolve_brand()


def _kilobytes(size: int) -> str:
    return f"{size / 1024:.0f} kB" if size >= 1024 else f"{size} B"


def _button_css(brand: Brand) -> str:
    c = brand.colours
    return (
        "display:inline-flex;align-items:baseline;gap:6px;padding:5px 12px;"
        f"border:1px solid {c.gridline};border-radius:4px;background:{c.background};"
        f"color:{c.text};text-decoration:none;font-weight:bold;font-size:13px;line-height:1.4"
    )


def _inset(fig: Figure) -> str:
    """The brand's left margin as a share of the figure width, to align the buttons."""
    info = finalised(fig)
    if info is None:
        return "0"
    return f"{100 * info.brand.layout.margins.left / info.preset.points[0]:.2f}%"


def _buttons(shown_files: dict[str, bytes], names: dict[str, str], brand: Brand, inset: str) -> str:
    label_css = f"font-weight:normal;color:{brand.colours.muted_text};font-size:12px"
    links = [
        f'<a class="housestyle-download" download="{html.escape(names[fmt])}" '
        f'href="{data_uri(data, MIME_TYPES[fmt])}" title="Download {html.escape(names[fmt])}" '
        f'style="{_button_css(brand)}">&#x2913;&#xa0;{fmt.upper().replace("2X", " 2x")}'
        f'<span style="{label_css}">{_kilobytes(len(data))}</span></a>'
        for fmt, data in shown_files.items()
    ]
    family = html.escape(f"{brand.fonts.family}, {brand.fonts.fallback}, sans-serif")
    return (
        f'<div class="housestyle-downloads" style="display:flex;flex-wrap:wrap;gap:8px;'
        f'margin:6px 0 0 {inset};font-family:{family}">{"".join(links)}</div>'
    )


def show(
    fig_or_table: Any,
    *,
    formats: Sequence[str] = ("png", "svg", "pdf", "csv"),
    name: str | None = None,
) -> Shown:
    """Show a finished chart or table with buttons that download it.

    Parameters
    ----------
    fig_or_table
        A Figure from :func:`housestyle.finalise` or :func:`housestyle.table`, or a
        DataFrame or Styler (drawn with :func:`housestyle.table`).
    formats
        The downloads offered, any formats of :func:`housestyle.export` but the
        ``html`` embed (several files). The CSV (the data behind the chart,
        :func:`housestyle.chart_data`) is left out for a chart whose data cannot be
        read.
    name
        The downloaded files' name without suffix; by default the title as a slug.

    Returns
    -------
    Shown
        Displays as HTML as the last expression of a cell or through
        ``IPython.display.display``: the 2x PNG at 1x size with its alt text, and a
        download link per format whose bytes are those :func:`housestyle.export`
        writes.

    Raises
    ------
    HouseStyleError
        For an object that cannot be shown, or an unknown format.
    """
    fig = _as_figure(fig_or_table)
    chosen = check_formats(formats)
    rendered = to_bytes(fig, ["png2x", *chosen])
    info = finalised(fig)
    stem = file_stem(name or (info.title if info is not None and info.title else ""))
    files = {fmt: rendered[fmt] for fmt in chosen if fmt in rendered}  # no CSV without data
    names = {fmt: stem + FORMATS[fmt] for fmt in files}
    buttons = _buttons(files, names, _brand_of(fig), _inset(fig))
    width = png_pixels(fig)[0]
    page = (
        f'<div class="housestyle-show" style="width:{width}px;max-width:100%">'
        f"{img_html(fig, rendered['png2x'])}{buttons}</div>"
    )
    return Shown(fig, rendered["png2x"], files, names, page)


# --------------------------------------------------------------------------- #
# Every table shown in a notebook, with buttons: %load_ext housestyle
# --------------------------------------------------------------------------- #

#: The downloads every table shown after :func:`enable` gains.
TABLE_FORMATS = ("png", "svg", "pdf", "csv")
#: ``{type: the HTML printer it had before}`` for the types :func:`enable` registered.
_REGISTERED: dict[type, Any] = {}


def _shell(ipython: Any) -> Any:
    if ipython is not None:
        return ipython
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover - the notebook extra is not installed
        get_ipython = None  # noqa: N806
    shell = get_ipython() if get_ipython is not None else None
    if shell is None:
        raise HouseStyleError(
            "ipython: no IPython shell is running; allowed: call enable() in Jupyter or "
            "IPython (or %load_ext housestyle there)"
        )
    return shell


def _table_types() -> list[type]:
    """Return the table types: pandas' DataFrame and Styler, polars' DataFrame if installed."""
    import importlib.util

    import pandas as pd
    from pandas.io.formats.style import Styler

    found: list[type] = [pd.DataFrame, Styler]
    if importlib.util.find_spec("polars") is not None:
        import polars as pl

        found.append(pl.DataFrame)
    return found


def _csv(obj: Any) -> bytes:
    """The data a table shows, as CSV: visible rows and columns, values unformatted.

    The index is written when the table draws it: when it is named or is not the
    plain 0..n-1 range, and a Styler has not hidden it.
    """
    import pandas as pd

    if type(obj).__name__ == "Styler":
        frame = obj.data
        rows = [i for i in range(len(frame)) if i not in set(obj.hidden_rows)]
        columns = [i for i in range(frame.shape[1]) if i not in set(obj.hidden_columns)]
        frame = frame.iloc[rows, columns]
        hidden_index = bool(getattr(obj, "hide_index_", [False])[0])
    elif isinstance(obj, pd.DataFrame):
        frame, hidden_index = obj, False
    else:  # polars: no index
        return str(obj.write_csv()).encode("utf-8")
    index = frame.index
    plain = isinstance(index, pd.RangeIndex) and index.name is None
    plain = plain and index.start == 0 and index.step == 1
    return frame.to_csv(index=not (plain or hidden_index), lineterminator="\n").encode("utf-8")


def _usual_html(obj: Any) -> str:
    shown = obj._repr_html_()
    return str(shown) if shown is not None else f"<pre>{html.escape(repr(obj))}</pre>"


def _table_buttons(obj: Any) -> str:
    """The download buttons of one table, or a line that says why there are none."""
    brand = resolve_brand()
    try:
        fig = table(obj)
    except HouseStyleError as error:
        muted = brand.colours.muted_text
        return (
            f'<p class="housestyle-downloads" style="color:{muted};font-size:12px">'
            f"No downloads: {html.escape(str(error))}</p>"
        )
    rendered = to_bytes(fig, [fmt for fmt in TABLE_FORMATS if fmt != "csv"])
    files = {fmt: rendered[fmt] if fmt != "csv" else _csv(obj) for fmt in TABLE_FORMATS}
    info = finalised(fig)
    stem = file_stem(info.title if info is not None and info.title else "", fallback="table")
    names = {fmt: stem + (FORMATS.get(fmt) or f".{fmt}") for fmt in TABLE_FORMATS}
    return _buttons(files, names, brand, "0")


def _table_html(obj: Any) -> str:
    """A table's usual HTML with download buttons below it."""
    return f'<div class="housestyle-table">{_usual_html(obj)}{_table_buttons(obj)}</div>'


def enable(ipython: Any = None) -> None:
    """Give every table shown from now on PNG, SVG, PDF and CSV download buttons.

    A pandas ``Styler``, pandas ``DataFrame`` or polars ``DataFrame`` shown in the
    notebook keeps its usual HTML, and below it gains buttons whose files are the
    table drawn by :func:`housestyle.table` in the current brand (PNG, SVG, PDF, as
    :func:`housestyle.export` writes them) and its data as CSV. A table that
    :func:`housestyle.table` refuses (more than 1000 rows, say) shows a line saying
    why instead. ``%load_ext housestyle`` calls this.

    Parameters
    ----------
    ipython
        The IPython shell; None for the one running.

    Raises
    ------
    HouseStyleError
        When no IPython shell is running.
    """
    formatter = _shell(ipython).display_formatter.formatters["text/html"]
    for kind in _table_types():
        if kind not in _REGISTERED:
            _REGISTERED[kind] = formatter.for_type(kind, _table_html)


def disable(ipython: Any = None) -> None:
    """Give back the plain display of tables (``%unload_ext housestyle`` calls this).

    Parameters
    ----------
    ipython
        The IPython shell; None for the one running.
    """
    formatter = _shell(ipython).display_formatter.formatters["text/html"]
    for kind, before in list(_REGISTERED.items()):
        formatter.pop(kind, None)
        if before is not None:
            formatter.for_type(kind, before)
        del _REGISTERED[kind]
