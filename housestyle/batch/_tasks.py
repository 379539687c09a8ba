"""One chart drawn and exported, in whichever process runs it.

A :class:`Task` says everything a worker needs: the recipe (a file, a module name or
a picklable function), its parameters, the brand, the size, the formats, and where
the files go. :func:`run_task` draws it inside ``housestyle.style(brand, size)``
through the recipe contract, renders every format in memory, writes the files all or
none (or hands the bytes back for the caller to write), closes every figure it
opened, and returns an :class:`Outcome`. A chart that raises gives a failed outcome
with the recipe's part of the traceback; it never stops the others.
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
import time
import traceback
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..brand import SizeLike
from ..errors import LayoutWarning
from ..libraries import mpl
from ..libraries.mpl import style
from ..output import FORMATS, drawn_once, to_files, write_all
from . import _loading
from . import _recipes as recipes
from ._recipes import chart_function, file_function, run_recipe

__all__ = [
    "After",
    "Outcome",
    "Task",
    "failure",
    "prepare_worker",
    "run_task",
    "worker_memory",
    "write_files",
]

#: An extra step in the worker after the chart is rendered (the gallery's thumbnails and
#: checks): given the figure, the rendered files and the task, it returns more files
#: (``{name: bytes}``) and information for the caller (JSON-able).
After = Callable[[Any, dict[str, bytes], "Task"], tuple[dict[str, bytes], dict[str, Any]]]

#: The module name prefix of recipe files loaded by workers.
PREFIX = "housestyle_render_recipe"
#: pyplot keeps one list of figures per process: one chart at a time in each, even on a
#: Dask worker that runs several threads.
_drawing = threading.Lock()
#: ``{recipe file: (modification time, function)}``: one import per recipe per process.
_loaded: dict[str, tuple[int, Callable[..., Any]]] = {}


@dataclass(frozen=True)
class Task:
    """One chart to draw: a recipe with its parameters, in a brand, at a size.

    Attributes
    ----------
    name
        The file name without suffix; each format adds its own.
    folder
        Where the files go (an absolute path, the same on every worker).
    target
        The recipe: a file path, ``"pkg.mod:function"``, or a picklable function.
    params
        Keyword arguments for the chart function.
    brand, size
        The brand (a shipped name or a brand file's path) and the size preset's name.
    formats
        Format names of :data:`housestyle.output._export.FORMATS`.
    finish
        Finalise a Figure or ggplot that the function did not finalise itself.
    after
        An extra step after rendering (see :data:`After`), or None.
    locale
        The locale it is drawn in (see :mod:`housestyle.ink._locales`); None for the brand's.
    keep_warnings
        Keep the :class:`~housestyle.LayoutWarning` s the chart gives in the outcome's
        ``info["layout_warnings"]`` (their messages, each once) instead of showing them
        (the gallery reports them on the recipe's page).
    """

    name: str
    folder: str
    target: Any
    params: dict[str, Any]
    brand: str
    size: SizeLike
    formats: tuple[str, ...]
    finish: bool = True
    after: After | None = None
    locale: str | None = None
    keep_warnings: bool = False

    def files(self) -> list[str]:
        """The names of the exported files, one per format (an embed's HTML for ``html``)."""
        return [self.name + FORMATS[fmt] for fmt in self.formats]


@dataclass
class Outcome:
    """What running one task gave.

    Attributes
    ----------
    name
        The task's name.
    ok
        True when the chart was drawn and its files written (or returned).
    files
        The names of the files made, in the task's folder.
    seconds
        Time drawing, rendering and writing it.
    error, traceback
        For a failure: the error in one line, and the recipe's part of the traceback.
    info
        What the task's ``after`` step returned.
    data
        ``{file name: bytes}`` when the caller writes the files, else None.
    pid, rss, peak_rss
        The process that ran it, and its resident memory now and at its peak, in bytes.
    """

    name: str
    ok: bool
    files: tuple[str, ...] = ()
    seconds: float = 0.0
    error: str = ""
    traceback: str = ""
    info: dict[str, Any] = field(default_factory=dict)
    data: dict[str, bytes] | None = None
    pid: int = 0
    rss: int = 0
    peak_rss: int = 0


def prepare_worker() -> None:
    """Make this process a worker: the Agg backend, never a window."""
    os.environ["MPLBACKEND"] = "Agg"
    import matplotlib

    if matplotlib.get_backend().lower() != "agg":
        matplotlib.use("Agg")


def worker_memory() -> tuple[int, int]:
    """Return this process's resident memory now and at its peak, in bytes (0 if unknown)."""
    try:
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # KiB on Linux
    except (ImportError, OSError):
        peak = 0
    try:
        with open("/proc/self/statm") as stream:
            now = int(stream.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        now = 0
    return now, max(peak, now)


def _function(target: Any, worker: bool) -> Callable[..., Any]:
    """The chart function of a target; a recipe file is imported once per process.

    In a worker the recipe's folder stays on ``sys.path``, so that helpers it imports
    inside ``recipe()`` are found too (in the caller's own process it is on the path
    only while the file is imported).
    """
    if callable(target):
        return target
    in_file = file_function(str(target))
    path = Path(target) if in_file is None else in_file[0]
    if not path.name.endswith(".py") or not path.is_file():
        return chart_function(target, prefix=PREFIX)[0]
    if worker and str(path.parent) not in sys.path:
        sys.path.insert(0, str(path.parent))
    stamp = path.stat().st_mtime_ns
    cached = _loaded.get(str(target))
    if cached is None or cached[0] != stamp:
        named = path if in_file is None else str(target)
        cached = (stamp, chart_function(named, prefix=PREFIX)[0])
        _loaded[str(target)] = cached
    return cached[1]


def _close_new(before: set[int]) -> None:
    """Close every pyplot figure opened since ``before``; the caller's own stay open."""
    import matplotlib.pyplot as plt

    for number in set(plt.get_fignums()) - before:
        plt.close(number)


def _draw(task: Task, worker: bool) -> tuple[dict[str, bytes], dict[str, Any]]:
    """Draw and render one chart; return its files as bytes and the ``after`` step's info."""
    import matplotlib.pyplot as plt

    function = _function(task.target, worker)
    before = set(plt.get_fignums())
    try:
        with style(task.brand, task.size, task.locale), _kept_warnings(task.keep_warnings) as kept:
            fig = run_recipe(function, finish=task.finish, kwargs=task.params)
            # the formats and the after step share one layout; a web embed lays the chart
            # out at several sizes, so it draws as export() does
            held = drawn_once(fig) if "html" not in task.formats else contextlib.nullcontext()
            with held:
                files = to_files(fig, task.name, task.formats)  # an html embed is several
                extra, info = task.after(fig, files, task) if task.after else ({}, {})
    finally:
        _close_new(before)
    if task.keep_warnings:
        info = {**info, "layout_warnings": list(dict.fromkeys(str(w.message) for w in kept))}
    return {**files, **extra}, info


@contextlib.contextmanager
def _kept_warnings(keep: bool) -> Iterator[list[warnings.WarningMessage]]:
    """Record the LayoutWarnings given inside the block when ``keep``; others pass on."""
    if not keep:
        yield []
        return
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", LayoutWarning)
        kept: list[warnings.WarningMessage] = []
        yield kept
    for message in caught:
        if issubclass(message.category, LayoutWarning):
            kept.append(message)
        else:  # shown as they would have been
            warnings.warn_explicit(
                message.message, message.category, message.filename, message.lineno
            )


def write_files(folder: str | Path, data: dict[str, bytes]) -> None:
    """Write one chart's files into ``folder``, all or none."""
    write_all({Path(folder) / name: content for name, content in data.items()})


def failure(exc: BaseException) -> tuple[str, str]:
    """Return an error in one line, and the traceback of the frames outside this machinery."""
    modules = (sys.modules[__name__], recipes, _loading, mpl)
    machinery = {Path(m.__file__ or "").resolve() for m in modules}
    shown = traceback.TracebackException.from_exception(exc)
    shown.stack = traceback.StackSummary.from_list(
        [frame for frame in shown.stack if Path(frame.filename).resolve() not in machinery]
    )
    return f"{type(exc).__name__}: {exc}", "".join(shown.format())


def run_task(task: Task, write: bool = True, worker: bool = False) -> Outcome:
    """Draw, render and write one chart; never raise for the chart's own errors.

    Parameters
    ----------
    task
        The chart.
    write
        Write the files into ``task.folder`` here; else return their bytes in
        :attr:`Outcome.data` for the caller to write.
    worker
        This process is a worker (a pool's or Dask's): draw with the Agg backend.
    """
    if worker:
        prepare_worker()
    started = time.perf_counter()
    with _drawing:
        try:
            data, info = _draw(task, worker)
            if write:
                write_files(task.folder, data)
        except (Exception, SystemExit) as exc:  # noqa: BLE001 - reported, the run goes on
            error, trace = failure(exc)
            return _outcome(task, started, ok=False, error=error, traceback=trace)
    return _outcome(
        task, started, ok=True, files=tuple(data), info=info, data=None if write else data
    )


def _outcome(task: Task, started: float, **fields: Any) -> Outcome:
    rss, peak = worker_memory()
    seconds = time.perf_counter() - started
    return Outcome(task.name, seconds=seconds, pid=os.getpid(), rss=rss, peak_rss=peak, **fields)
