"""Which engine draws a batch of charts, and where its files are written.

Checked before anything is read or drawn, and light to import: the drawing itself is in
:mod:`._engines` (and :mod:`._tasks`), imported only when there is something to draw.
"""

from __future__ import annotations

import os

from ..brand import HouseStyleError

__all__ = ["ENGINES", "WRITE_ON", "check_engine", "default_jobs"]

ENGINES = ("process", "dask", "serial")
WRITE_ON = ("workers", "client")


def default_jobs() -> int:
    """Worker processes when none are asked for: the CPUs this process may use."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


def check_engine(engine: str, jobs: int | None, write_on: str | None) -> str:
    """Check the engine, ``jobs`` and ``write_on``; return where files are written.

    Raises
    ------
    HouseStyleError
        For an unknown engine or ``write_on``, or ``jobs`` below 1.
    """
    if engine not in ENGINES:
        raise HouseStyleError(f"engine: {engine!r} is not known; allowed: {', '.join(ENGINES)}")
    if jobs is not None and (isinstance(jobs, bool) or not isinstance(jobs, int) or jobs < 1):
        raise HouseStyleError(f"jobs: {jobs!r} is not allowed; allowed: a whole number from 1")
    chosen = write_on or ("client" if engine == "dask" else "workers")
    if chosen not in WRITE_ON:
        raise HouseStyleError(
            f"write_on: {write_on!r} is not known; allowed: {', '.join(WRITE_ON)}"
        )
    return chosen
