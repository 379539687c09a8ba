"""Many charts at once: the recipe contract, ``render_many()`` and two commands.

``_recipes`` reads, finds, loads and runs recipes; ``_render_many`` renders them over
parameters, brands, sizes and formats through ``_sources``, ``_params``, ``_naming``,
``_keys`` and ``_manifest`` (a rerun draws only what changed), ``_tasks``, ``_engines``
(serial, processes, Dask) and ``_progress``. ``_render_command`` is ``housestyle
render`` and ``_check_command`` is ``housestyle check``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._lazy import lazy_names
from ._engine_choice import check_engine
from ._keys import RENDER_FORMAT, brand_digest, digest, files_digest, package_digest
from ._progress import Progress
from ._recipes import (
    LIBRARIES,
    Recipe,
    chart_function,
    find_recipes,
    load_recipe,
    run_recipe,
)

if TYPE_CHECKING:
    from ._engines import run_tasks
    from ._render_many import RenderReport, render_many
    from ._tasks import Outcome, Task

#: What draws, imported when first asked for: reading recipes and their keys (a gallery
#: with nothing to draw) loads no drawing library.
_DRAWING = {
    "run_tasks": "._engines",
    "RenderReport": "._render_many",
    "render_many": "._render_many",
    "Outcome": "._tasks",
    "Task": "._tasks",
}


__getattr__ = lazy_names(__name__, _DRAWING)

__all__ = [
    "LIBRARIES",
    "Outcome",
    "Progress",
    "RENDER_FORMAT",
    "Recipe",
    "RenderReport",
    "Task",
    "brand_digest",
    "chart_function",
    "check_engine",
    "digest",
    "files_digest",
    "find_recipes",
    "load_recipe",
    "package_digest",
    "render_many",
    "run_recipe",
    "run_tasks",
]
