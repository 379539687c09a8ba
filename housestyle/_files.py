"""Writing text files so that a reader never sees half a file."""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

__all__ = ["file_stem", "write_bytes", "write_text"]

#: Characters of a file name made from text, before the format's suffix.
MAX_STEM = 80


def file_stem(text: str, fallback: str = "chart") -> str:
    """Return ``text`` as a file name without suffix: lower case, words joined by ``-``.

    Longer than :data:`MAX_STEM` characters, it is cut and ends in a short hash of
    the whole, so that two long titles still give two names.

    Examples
    --------
    >>> file_stem("Rain fell most in March (2024)")
    'rain-fell-most-in-march-2024'
    >>> file_stem("!!!")
    'chart'
    """
    stem = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    if len(stem) > MAX_STEM:
        digest = hashlib.sha1(stem.encode("utf-8")).hexdigest()[:8]
        stem = f"{stem[: MAX_STEM - 9].rstrip('-')}-{digest}"
    return stem or fallback


def write_text(path: Path, text: str) -> bool:
    """Write ``text`` to ``path`` atomically, and only when the content changes.

    The text goes to a hidden file beside ``path`` first, which then replaces it, so
    a reader sees the old file or the new one, never a mix. Parent folders are made.

    Returns
    -------
    bool
        True when the file was written, False when it already held ``text``.
    """
    return write_bytes(path, text.encode("utf-8"))


def write_bytes(path: Path, data: bytes) -> bool:
    """Write ``data`` to ``path`` atomically, and only when the content changes.

    As :func:`write_text`, for bytes (a script, a font file).
    """
    try:
        if path.read_bytes() == data:
            return False
    except OSError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(f".{path.name}.tmp")
    temp.write_bytes(data)
    os.replace(temp, path)
    return True
