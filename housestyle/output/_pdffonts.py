"""Embedding fonts in PDFs at the cost of the glyphs used, not of the whole font file.

matplotlib embeds each face as TrueType (Type 42, a CID font) by running fontTools'
subsetter over the font file for every PDF. For a face with large layout tables (Lato's
GPOS and GSUB) most of that time goes into reading and closing over those tables,
which a PDF never uses: matplotlib has laid the text out before it embeds the font, and
a viewer draws each glyph where the file puts it. So each face is read once per
process, its layout tables are dropped (:data:`LAYOUT_TABLES`), and every PDF's subset is
cut from that lean copy: the same glyphs and outlines, the same widths, in about a
quarter of the time. The lean copy keeps the face's own timestamps, so the bytes of a
PDF are the same in every process.

The subsets leave out the faces' TrueType hinting (the instructions that snap outlines
to a screen's pixel grid at small sizes): print rasterises at hundreds of dpi, and PDF
viewers draw unhinted (poppler, pdf.js and Chromium's PDFium ignore them), so they
only weighed: two fifths of each embedded face (Lato: 11 KB to 6.8 KB compressed).

Fonts inside TrueType collections, and anything but ``.ttf``/``.otf`` files, go through
matplotlib's own subsetter unchanged.
"""

from __future__ import annotations

import contextlib
import io
import os
import threading
from collections.abc import Iterator
from types import SimpleNamespace
from typing import Any

from .._private import pdf_glyph_subsetter, using_pdf_glyph_subsetter

__all__ = ["LAYOUT_TABLES", "lean_font", "lean_pdf_fonts", "lean_subset"]

#: Tables a PDF does not use: OpenType and legacy layout (text is laid out already).
LAYOUT_TABLES = ("GPOS", "GSUB", "GDEF", "JSTF", "BASE", "kern", "morx", "mort")
#: Tables dropped from every subset, as matplotlib drops them.
_DROPPED = [
    "FFTM", "PfEd", "BDF", "meta", "MERG", "TSIV", "Zapf", "bdat", "bloc", "cidg",
    "fdsc", "feat", "fmtx", "fond", "just", "kerx", "ltag", "morx", "trak", "xref",
]  # fmt: skip
#: ``{font file: ((size, modification time), lean bytes)}``: one entry per face file.
_lean: dict[str, tuple[tuple[int, int], bytes]] = {}
_lean_lock = threading.Lock()


def lean_font(path: str) -> bytes:
    """Return the font file without its layout tables, made once per file and process."""
    stat = os.stat(path)
    stamp = (stat.st_size, stat.st_mtime_ns)
    cached = _lean.get(path)
    if cached is not None and cached[0] == stamp:
        return cached[1]
    from fontTools.ttLib import TTFont

    with TTFont(path, recalcTimestamp=False, recalcBBoxes=False) as font:
        for tag in LAYOUT_TABLES:
            if tag in font:
                del font[tag]
        out = io.BytesIO()
        font.save(out, reorderTables=False)
    with _lean_lock:
        _lean[path] = (stamp, out.getvalue())
    return out.getvalue()


@contextlib.contextmanager
def _subset(data: bytes, glyphs: Any) -> Iterator[Any]:
    from fontTools import subset

    options = subset.Options(glyph_names=True, recommended_glyphs=True, hinting=False)
    options.drop_tables += _DROPPED
    font = subset.load_font(io.BytesIO(data), options)
    try:
        subsetter = subset.Subsetter(options=options)
        subsetter.populate(gids=glyphs)
        subsetter.subset(font)
        yield SimpleNamespace(font=font, glyph_index_map=subsetter.glyph_index_map)
    finally:
        font.close()


def lean_subset(fontfile: Any, glyphs: Any) -> Any:
    """Subset a face for a PDF from its lean copy; matplotlib's way for anything else.

    Takes and returns what matplotlib's ``get_glyphs_subset`` does: a context manager
    yielding the subset font (``.font``) and the old-to-new glyph ids
    (``.glyph_index_map``).
    """
    path = os.fspath(fontfile)
    if getattr(fontfile, "face_index", 0) or not path.lower().endswith((".ttf", ".otf")):
        return pdf_glyph_subsetter()(fontfile, glyphs)
    return _subset(lean_font(path), glyphs)


@contextlib.contextmanager
def lean_pdf_fonts() -> Iterator[None]:
    """Inside the block, PDFs written in this thread embed fonts cut from lean copies."""
    with using_pdf_glyph_subsetter(lean_subset):
        yield
