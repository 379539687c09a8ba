"""The file formats export writes: each one's file name suffix and MIME type.

Light to import (nothing draws here): the gallery plans its files by these names
without loading what draws them.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["FILE_FORMATS", "FORMATS", "MIME_TYPES", "FileFormat"]


@dataclass(frozen=True)
class FileFormat:
    """What a format is written as: its file name suffix and its MIME type."""

    suffix: str
    mime: str


#: Every format export writes: the one place a format's suffix and MIME type are named.
FILE_FORMATS = {
    "png": FileFormat(".png", "image/png"),
    "png2x": FileFormat("@2x.png", "image/png"),
    "svg": FileFormat(".svg", "image/svg+xml"),
    "pdf": FileFormat(".pdf", "application/pdf"),
    "webp": FileFormat(".webp", "image/webp"),
    "webp2x": FileFormat("@2x.webp", "image/webp"),
    "tiff": FileFormat(".tiff", "image/tiff"),
    "csv": FileFormat(".csv", "text/csv"),
    "json": FileFormat(".json", "application/json"),
    # the web embed: several files (housestyle/output/_embed.py)
    "html": FileFormat(".html", "text/html"),
}
#: Format name -> file name suffix.
FORMATS = {name: fmt.suffix for name, fmt in FILE_FORMATS.items()}
#: Format name -> MIME type.
MIME_TYPES = {name: fmt.mime for name, fmt in FILE_FORMATS.items()}
