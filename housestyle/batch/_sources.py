"""What a run draws from: a recipe file, a module's function or a function, and its key.

Recipe files are read without being imported (:func:`housestyle.batch._recipes.read_recipe`),
so a run with nothing to draw imports no recipe. A function's source is the file it
was defined in. The key of a source hashes that file and the data files it declares
in ``DATA`` (:func:`housestyle.batch._recipes.data_files`); a function whose source cannot be
read has no key, and its charts are drawn every time.
"""

from __future__ import annotations

import inspect
import pickle
import sys
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from ..brand import HouseStyleError
from ._keys import digest, files_digest
from ._naming import name_part
from ._params import defaults
from ._recipes import chart_function, data_files, file_function, read_recipe

__all__ = ["Source", "check_picklable", "source_of"]


@dataclass(frozen=True)
class Source:
    """A recipe as a run needs it.

    Attributes
    ----------
    target
        What workers are given: a recipe file's path, or the function itself.
    slug
        The first part of every file name.
    key
        The hash of the source and its declared data files; None when unknown.
    defaults
        The chart function's default arguments (to type values given as text).
    """

    target: Any
    slug: str
    key: str | None
    defaults: dict[str, Any]


def _data_key(folder: Path, declared: Any, field: str) -> str:
    if isinstance(declared, str):
        declared = (declared,)
    return files_digest(data_files(folder, [str(d) for d in declared or ()], field=field))


def _from_file(path: Path) -> Source:
    recipe = read_recipe(path)
    if recipe is None:
        raise HouseStyleError(
            f"recipe: {path} defines no recipe() function; allowed: a recipe file, or a "
            "module or function (pkg.mod:function)"
        )
    key = digest(recipe.digest, _data_key(path.parent, recipe.data, str(path)))
    return Source(str(path), recipe.slug, key, defaults(None, path))


def _slug_of(function: Any) -> str:
    name = getattr(function, "__name__", type(function).__name__)
    if name == "recipe":  # recipe() of a module: the module names it
        name = str(getattr(function, "__module__", name)).rsplit(".", 1)[-1]
    return name_part(name)


def _function_key(function: Any) -> str | None:
    try:
        file = Path(inspect.getsourcefile(function) or "")
        source = file.read_bytes()
    except (TypeError, OSError):
        return None
    module: ModuleType | None = inspect.getmodule(function)
    declared = getattr(module, "DATA", ())
    return digest(source, _data_key(file.parent, declared, str(file)))


def _from_function(function: Any) -> Source:
    return Source(function, _slug_of(function), _function_key(function), defaults(function, None))


def _from_file_function(path: Path, name: str) -> Source:
    """``charts.py:area_chart``: workers are given the file's path and the name, as text."""
    path = path.expanduser().resolve()
    if not path.is_file():
        raise HouseStyleError(f"recipe: {str(path)!r} does not exist; allowed: a .py file")
    function, _ = chart_function(f"{path}:{name}")
    return Source(
        f"{path}:{name}", name_part(name), _function_key(function), defaults(function, None)
    )


def source_of(recipe: Any) -> Source:
    """Return the source of a recipe: a file, a file's function, a module or a function.

    ``recipe`` is a recipe file, ``"charts.py:area_chart"`` (a function in a file),
    ``"pkg.mod"`` or ``"pkg.mod:function"``, a module, or the function itself.

    Raises
    ------
    HouseStyleError
        For a file that does not exist or defines no ``recipe()``, a module that
        cannot be imported, a declared data file that is missing, or anything else.
    """
    if isinstance(recipe, Path) or (isinstance(recipe, str) and recipe.endswith(".py")):
        path = Path(recipe).expanduser().resolve()
        if not path.is_file():
            raise HouseStyleError(f"recipe: {str(recipe)!r} does not exist; allowed: a .py file")
        return _from_file(path)
    in_file = file_function(recipe) if isinstance(recipe, str) else None
    if in_file is not None:
        return _from_file_function(*in_file)
    function, _ = chart_function(recipe)
    return _from_function(function)


def check_picklable(source: Source, engine: str) -> None:
    """Refuse, before anything is drawn, a function worker processes cannot import."""
    if engine != "process" or not callable(source.target):
        return
    function = source.target
    module = sys.modules.get(getattr(function, "__module__", ""), None)
    interactive = function.__module__ == "__main__" and not hasattr(module, "__file__")
    try:
        pickle.dumps(function)
    except (pickle.PicklingError, AttributeError, TypeError):
        interactive = True
    if interactive:
        raise HouseStyleError(
            f"recipe: {getattr(function, '__qualname__', function)!r} cannot be sent to worker "
            "processes (a lambda, a nested function, or one defined in a notebook); allowed: "
            "engine='serial' or 'dask', or a function in a module or recipe file"
        )
