"""Writing text files so that a reader never sees half a file."""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["write_text"]


def write_text(path: Path, text: str) -> bool:
    """Write ``text`` to ``path`` atomically, and only when the content changes.

    The text goes to a hidden file beside ``path`` first, which then replaces it, so
    a reader sees the old file or the new one, never a mix. Parent folders are made.

    Returns
    -------
    bool
        True when the file was written, False when it already held ``text``.
    """
    try:
        if path.read_text(encoding="utf-8") == text:
            return False
    except OSError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(f".{path.name}.tmp")
    temp.write_text(text, encoding="utf-8")
    os.replace(temp, path)
    return True
