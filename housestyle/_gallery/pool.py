"""Rendering the planned charts in a pool of spawned worker processes.

Each worker renders whole recipes (every brand asked for, with one import of the
recipe) through :func:`housestyle._gallery.render.render_recipe`. Workers are
started with ``spawn``, so no state of the building process leaks into a chart.
"""

from __future__ import annotations

import shutil
import sys
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from multiprocessing import get_context
from pathlib import Path
from typing import Any, TextIO

from ..recipes import Recipe
from .manifest import Charts, Todo
from .render import failure, init_worker, render_recipe

__all__ = ["render_all"]


class _Progress:
    """A counter line on a terminal; silent otherwise."""

    def __init__(self, total: int, stream: TextIO | None = None) -> None:
        self.total, self.done = total, 0
        self.stream = stream or sys.stderr
        self.live = total > 0 and getattr(self.stream, "isatty", lambda: False)()

    def step(self, label: str) -> None:
        self.done += 1
        if self.live:
            width = shutil.get_terminal_size().columns - 1
            line = f"gallery: rendered {self.done}/{self.total} {label}"
            self.stream.write("\r" + line[:width].ljust(width))
            self.stream.flush()

    def close(self) -> None:
        if self.live:
            self.stream.write("\n")
            self.stream.flush()


def _results(future: Future, jobs: list[tuple[str, str, str]]) -> dict[str, Any]:
    """A recipe's results; a worker that died fails every brand of that recipe."""
    try:
        return future.result()
    except BrokenProcessPool as exc:
        return {name: failure(exc) for name, _, _ in jobs}


def render_all(
    cookbook: Path, recipes: list[Recipe], todo: Todo, charts: Charts, jobs: int
) -> list[tuple[str, str]]:
    """Render the planned charts in ``jobs`` worker processes; fill in ``charts``.

    Returns ``(slug, brand)`` of every chart rendered, in the order they finished.
    """
    if not todo:
        return []
    paths = {r.slug: str(r.path) for r in recipes}
    progress = _Progress(len(todo))
    rendered = []
    workers = max(1, min(jobs, len(todo)))
    context = get_context("spawn")
    with ProcessPoolExecutor(workers, context, init_worker, (str(cookbook),)) as pool:
        futures = {pool.submit(render_recipe, paths[s], s, todo[s]): s for s in todo}
        for future in as_completed(futures):
            slug = futures[future]
            for name, result in _results(future, todo[slug]).items():
                charts[slug][name].update(result)
                rendered.append((slug, name))
            progress.step(slug)
    progress.close()
    return rendered
