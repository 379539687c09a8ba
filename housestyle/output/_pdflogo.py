"""The footer logo in a matplotlib PDF as the vector drawing its SVG is, not as pixels.

finalise places the logo as one image artist, and matplotlib writes an image into a
PDF as pixels, resampled at the vector formats' density: a brand's SVG mark came out
as a 300 dpi picture, soft at the edges when printed and the heaviest object of a
small chart's PDF (6-8 KB of its 30). Here the image is left out while the PDF is
drawn, and the logo's SVG, drawn into a PDF of its own by cairosvg once per file, is
laid over the page in the image's box as a form (qpdf, through pikepdf): the same
place and size, in vectors. A logo that is a PNG stays the image it is.
"""

from __future__ import annotations

import contextlib
import functools
import io
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from matplotlib.figure import Figure
from matplotlib.transforms import Bbox

from ..record import LOGO, finalised
from ..units import POINTS_PER_INCH

__all__ = ["logo_as_vectors", "steady_pdf_bytes"]

#: The name the logo's form has among the page's resources (pikepdf's overlay names it
#: at random, and the PDF's bytes then differed from one export to the next).
_FORM_NAME = "/HouseStyleLogo"
#: Writes the logo into the PDF matplotlib wrote without it; returns the new bytes.
AddLogo = Callable[[bytes], bytes]


@contextlib.contextmanager
def logo_as_vectors(fig: Figure) -> Iterator[AddLogo]:
    """Inside the block an SVG footer logo is not drawn; the call given adds it as vectors.

    Yields a call that takes the PDF drawn inside the block and returns it with the
    logo laid over the page where its image was. For a figure without a logo, or whose
    logo is not an SVG, nothing is left out and the call returns the PDF as it is.
    """
    info = finalised(fig)
    logo = info.logo if info is not None else None
    image = next((a for a in fig.artists if a.get_gid() == LOGO and a.get_visible()), None)
    if logo is None or image is None or logo.suffix.lower() != ".svg":
        yield lambda pdf: pdf
        return
    where = image.get_window_extent().transformed(fig.transFigure.inverted())
    width, height = (float(v) * POINTS_PER_INCH for v in fig.get_size_inches())  # the page
    box = Bbox.from_extents(
        where.x0 * width, where.y0 * height, where.x1 * width, where.y1 * height
    )
    image.set_visible(False)
    try:
        yield lambda pdf: _with_logo(pdf, logo, box)
    finally:
        image.set_visible(True)


def _with_logo(pdf: bytes, logo: Path, box: Bbox) -> bytes:
    """The PDF with the logo's drawing over its first page, filling ``box`` (points)."""
    import pikepdf

    stat = os.stat(logo)
    drawing = _logo_pdf(str(logo), (stat.st_size, stat.st_mtime_ns))
    with pikepdf.open(io.BytesIO(pdf)) as document, pikepdf.open(io.BytesIO(drawing)) as mark:
        page = document.pages[0]
        area = pikepdf.Rectangle(box.x0, box.y0, box.x1, box.y1)
        form = mark.pages[0].as_form_xobject()
        name = page.add_resource(form, pikepdf.Name.XObject, pikepdf.Name(_FORM_NAME))
        placed = page.calc_form_xobject_placement(
            form, name, area, invert_transformations=True, allow_shrink=True, allow_expand=True
        )
        page.contents_add(b"q\n", prepend=True)  # the page's own drawing, its state closed
        page.contents_add(b"Q\n" + placed)  # then the logo, over it
        page.contents_coalesce()
        return steady_pdf_bytes(document)


def steady_pdf_bytes(document: Any) -> bytes:
    """A pikepdf document written by qpdf the same way every time.

    Objects in the order qpdf meets them from the trailer, no object streams, an ID made
    from the content and the metadata's version left as it is: the same document gives
    the same bytes in every process.
    """
    import pikepdf

    out = io.BytesIO()
    document.save(
        out,
        deterministic_id=True,
        object_stream_mode=pikepdf.ObjectStreamMode.disable,
        fix_metadata_version=False,
    )
    return out.getvalue()


@functools.lru_cache(maxsize=16)
def _logo_pdf(path: str, stamp: tuple[int, int]) -> bytes:
    """The logo's SVG drawn into a one-page PDF of its own size, once per file version."""
    import cairosvg

    return bytes(cairosvg.svg2pdf(url=path))
