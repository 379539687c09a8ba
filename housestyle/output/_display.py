"""Jupyter display of a finished figure: its exported 2x PNG, shown at 1x, with alt text.

What you see in a notebook is the file you would publish, not a re-rendered
approximation. :func:`housestyle.finalise` and :func:`housestyle.table` give each
figure they finish the display methods (:func:`attach_display`); nothing global
changes and IPython is not imported until the figure is displayed.
"""

from __future__ import annotations

import base64
import html
from typing import Any

from matplotlib.figure import Figure

from ..record import finalised
from ._export import to_bytes

__all__ = [
    "attach_display",
    "data_uri",
    "figure_bundle",
    "img_html",
    "plain_text",
    "png_pixels",
    "selected_formats",
]


# --------------------------------------------------------------------------- #
# A finalised figure shows as its exported 2x PNG, at 1x size, with alt text
# --------------------------------------------------------------------------- #


def png_pixels(fig: Figure) -> tuple[int, int]:
    """The figure's size in pixels at 1x, as export's ``png`` writes it."""
    info = finalised(fig)
    if info is not None:
        return info.preset.pixels
    width, height = fig.get_size_inches()
    return int(width * fig.dpi), int(height * fig.dpi)


def _alt(fig: Figure) -> str:
    info = finalised(fig)
    if info is None:
        return ""
    return info.alt or info.title or ""


def data_uri(data: bytes, mime: str) -> str:
    """Return ``data`` as a ``data:`` URI of type ``mime``."""
    return f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"


def img_html(fig: Figure, png2x: bytes) -> str:
    width, height = png_pixels(fig)
    return (
        f'<img src="{data_uri(png2x, "image/png")}" width="{width}" height="{height}" '
        f'alt="{html.escape(_alt(fig))}" style="max-width:100%;height:auto">'
    )


def plain_text(fig: Figure) -> str:
    info = finalised(fig)
    width, height = png_pixels(fig)
    kind = "table" if type(fig).__name__ == "TableFigure" else "figure"
    title = f" {info.title!r}," if info is not None and info.title else ""
    return f"<housestyle {kind}{title} {width} x {height} px>"


def figure_bundle(fig: Figure) -> tuple[dict[str, Any], dict[str, Any]]:
    """Return the Jupyter MIME bundle and metadata that show ``fig`` as its export.

    The bundle holds ``text/html`` (an ``<img>`` of the 2x PNG with the 1x width and
    height and the alt text), ``image/png`` (the same bytes, with width and height in
    the metadata, for front ends and converters that take no HTML) and ``text/plain``.
    """
    png2x = to_bytes(fig, ["png2x"])["png2x"]
    width, height = png_pixels(fig)
    data = {
        "text/html": img_html(fig, png2x),
        "image/png": base64.b64encode(png2x).decode("ascii"),
        "text/plain": plain_text(fig),
    }
    return data, {"image/png": {"width": width, "height": height}}


def selected_formats(bundle: dict[str, Any], include: Any, exclude: Any) -> dict[str, Any]:
    return {
        mime: value
        for mime, value in bundle.items()
        if (not include or mime in include) and (not exclude or mime not in exclude)
    }


class _MimeBundle:
    """``fig._repr_mimebundle_``: a picklable callable bound to one figure."""

    def __init__(self, fig: Figure):
        self.fig = fig

    def __call__(self, include: Any = None, exclude: Any = None) -> tuple[dict, dict]:
        data, metadata = figure_bundle(self.fig)
        return selected_formats(data, include, exclude), metadata


class _IPythonDisplay:
    """``fig._ipython_display_``: publishes the bundle, ahead of any Figure formatter.

    IPython asks ``_ipython_display_`` before its per-type formatters, so the inline
    backend's own PNG (re-rendered with a tight bounding box) is never made. Under
    the inline backend the figure is then closed in pyplot, as the backend does after
    showing it, so that the end of the cell does not show it a second time.
    """

    def __init__(self, fig: Figure):
        self.fig = fig

    def __call__(self) -> None:
        from IPython.display import publish_display_data

        data, metadata = figure_bundle(self.fig)
        publish_display_data(data, metadata=metadata)
        import matplotlib

        if "inline" in matplotlib.get_backend():
            import matplotlib.pyplot as plt

            plt.close(self.fig)


def attach_display(fig: Figure) -> Figure:
    """Make ``fig`` display in Jupyter as its exported 2x PNG; return it.

    Sets ``_repr_mimebundle_`` and ``_ipython_display_`` on this figure instance only
    (matplotlib's ``Figure`` class is untouched). :func:`housestyle.finalise` calls it.
    """
    fig._repr_mimebundle_ = _MimeBundle(fig)  # type: ignore[attr-defined]
    fig._ipython_display_ = _IPythonDisplay(fig)  # type: ignore[attr-defined]
    return fig
