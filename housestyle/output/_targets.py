"""Checking where files go, and writing them all or none.

Each file is written to a temporary file beside its target and renamed over it only
when every one has been written, so a failure leaves no partial file and keeps any
file already at the path.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from ..brand import HouseStyleError
from ._file_formats import FORMATS

__all__ = ["base_path", "check_folder", "write_all"]


def base_path(path: str | Path) -> Path:
    """Return ``path`` without a known format suffix, refusing folders and non-paths."""
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


def check_folder(folder: Path) -> None:
    """Refuse a folder that cannot be made or written into, before anything is drawn."""
    existing = folder
    while not existing.exists():
        existing = existing.parent
    if not existing.is_dir() or not os.access(existing, os.W_OK | os.X_OK):
        raise HouseStyleError(
            f"path: cannot write into {folder} ({existing} is not a writable folder); "
            "allowed: a path in a folder you can write to"
        )


def write_all(files: dict[Path, bytes]) -> None:
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
