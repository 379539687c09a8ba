"""Embedding fonts in PDFs at the cost of the glyphs used, not of the whole font file.

matplotlib embeds each face as TrueType (Type 42, a CID font) by running fontTools'
subsetter over the whole font file for every PDF: for a face with large layout tables
(Lato's GPOS and GSUB) 35-45 ms, most of the time a PDF export of a chart takes beyond
drawing it. Here each face is cut by HarfBuzz's subsetter (hb-subset, through
uharfbuzz; what Chromium's and Skia's PDFs are subset with) in a tenth of a millisecond:
the same outlines and widths at the same glyph ids (``RETAIN_GIDS``, so matplotlib's map
from characters to glyphs holds as it is), the names (copyright and licence among
them), and nothing a PDF does not use:

- the layout tables (:data:`LAYOUT_TABLES`): matplotlib has laid the text out before it
  embeds the font, and a viewer draws each glyph where the file puts it;
- the TrueType hinting (the instructions that snap outlines to a screen's pixel grid at
  small sizes): print rasterises at hundreds of dpi, and PDF viewers draw unhinted
  (poppler, pdf.js and Chromium's PDFium ignore them). They were two fifths of a face.

The source face is read once per file and process; the subset's bytes are the same in
every process. Fonts inside TrueType collections, and anything but ``.ttf``/``.otf``
files, go through matplotlib's own subsetter unchanged.
"""

from __future__ import annotations

import contextlib
import io
import os
import threading
from collections.abc import Iterable, Iterator
from types import SimpleNamespace
from typing import Any

from .._private import pdf_glyph_subsetter, using_pdf_glyph_subsetter
from ._svgfonts import OPENTYPE_LAYOUT

__all__ = ["LAYOUT_TABLES", "hb_face", "lean_pdf_fonts", "lean_subset"]

#: Tables a PDF does not use: OpenType and legacy layout (text is laid out already; the
#: web fonts keep the legacy ``kern`` table, which a browser lays their text out by).
LAYOUT_TABLES = (*OPENTYPE_LAYOUT, "kern", "morx", "mort")
#: Tables dropped from every subset besides, as matplotlib drops them.
_DROPPED = (
    "FFTM", "PfEd", "BDF ", "meta", "MERG", "TSIV", "Zapf", "bdat", "bloc", "cidg",
    "fdsc", "feat", "fmtx", "fond", "just", "kerx", "ltag", "trak", "xref", "DSIG",
)  # fmt: skip
#: The glyphs fontTools' "recommended glyphs" keep in every subset: .notdef, .null,
#: nonmarkingreturn and space (matplotlib's own subsets have them).
_RECOMMENDED = (0, 1, 2, 3)
#: ``{font file: ((size, modification time), HarfBuzz face)}``: one entry per face file.
_faces: dict[str, tuple[tuple[int, int], Any]] = {}
_faces_lock = threading.Lock()


def hb_face(path: str) -> Any:
    """Return HarfBuzz's face of a font file, read once per file and process."""
    import uharfbuzz as hb

    stat = os.stat(path)
    stamp = (stat.st_size, stat.st_mtime_ns)
    cached = _faces.get(path)
    if cached is not None and cached[0] == stamp:
        return cached[1]
    with open(path, "rb") as file:
        face = hb.Face(hb.Blob(file.read()))
    with _faces_lock:
        _faces[path] = (stamp, face)
    return face


def _tag(name: str) -> int:
    return int.from_bytes(name.encode("latin-1"), "big")


def _subset_bytes(face: Any, glyphs: Iterable[int]) -> bytes:
    """The face cut to ``glyphs`` (and what they are built from), at their own ids."""
    import uharfbuzz as hb

    wanted = hb.SubsetInput()
    count = face.glyph_count
    for glyph in (*_RECOMMENDED, *glyphs):
        if 0 <= glyph < count:
            wanted.glyph_set.add(glyph)
    dropped = wanted.sets(hb.SubsetInputSets.DROP_TABLE_TAG)
    for name in (*LAYOUT_TABLES, *_DROPPED):
        dropped.add(_tag(name))
    wanted.flags = hb.SubsetFlags.RETAIN_GIDS | hb.SubsetFlags.NO_HINTING
    cut = hb.subset(face, wanted)
    if cut is None:  # pragma: no cover - HarfBuzz could not cut this face
        raise ValueError("HarfBuzz could not subset the face")
    return bytes(cut.blob.data)


@contextlib.contextmanager
def _subset(path: str, glyphs: Any) -> Iterator[Any]:
    from fontTools.ttLib import TTFont

    kept = sorted({int(glyph) for glyph in glyphs})
    data = io.BytesIO(_subset_bytes(hb_face(path), kept))
    # as HarfBuzz cut it: matplotlib saves it again, which must not date it (same bytes)
    font = TTFont(data, lazy=True, recalcTimestamp=False, recalcBBoxes=False)
    try:
        yield SimpleNamespace(font=font, glyph_index_map={glyph: glyph for glyph in kept})
    finally:
        font.close()


def lean_subset(fontfile: Any, glyphs: Any) -> Any:
    """Subset a face for a PDF with HarfBuzz; matplotlib's way for anything else.

    Takes and returns what matplotlib's ``get_glyphs_subset`` does: a context manager
    yielding the subset font (``.font``, a fontTools ``TTFont``) and the old-to-new
    glyph ids (``.glyph_index_map``: the same ids here).
    """
    path = os.fspath(fontfile)
    if getattr(fontfile, "face_index", 0) or not path.lower().endswith((".ttf", ".otf")):
        return pdf_glyph_subsetter()(fontfile, glyphs)
    return _subset(path, glyphs)


@contextlib.contextmanager
def lean_pdf_fonts() -> Iterator[None]:
    """Inside the block, PDFs written in this thread embed fonts cut by HarfBuzz."""
    with using_pdf_glyph_subsetter(lean_subset):
        yield
