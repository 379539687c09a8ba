"""Loading a recipe, or a chart function named by module or file, imported once."""

from __future__ import annotations

import importlib
import importlib.util
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

from ..brand import (
    HouseStyleError,
)

__all__ = [
    "FILE_SPEC",
    "MODULE_SPEC",
    "chart_function",
    "file_function",
    "import_spec",
    "is_module_spec",
    "load_file",
    "load_recipe",
    "named_function",
]


#: What may be passed where a recipe is expected, for error messages.
_ALLOWED = (
    "the path of a recipe file, a file and a function in it (charts.py:area_chart), a "
    "module (pkg.mod or pkg.mod:function) with recipe(), or a function returning a Figure"
)
_NOT_NAME = re.compile(r"\W")

MODULE_SPEC = re.compile(r"[A-Za-z_][\w.]*(:[A-Za-z_]\w*)?")


FILE_SPEC = re.compile(r"(?P<file>.+\.py):(?P<function>[A-Za-z_]\w*)")


def load_recipe(path: str | Path, prefix: str = "housestyle_recipe") -> ModuleType:
    """Import a recipe file as a module and return it.

    The module is registered in ``sys.modules`` under ``<prefix>_<file stem>`` (so
    dataclasses and typing can find it), and the recipe's own folder is on
    ``sys.path`` while it runs, so a cookbook may share helper modules.

    Parameters
    ----------
    path
        The ``.py`` file of the recipe.
    prefix
        The start of the module name, to keep different callers' copies apart.

    Raises
    ------
    HouseStyleError
        If the path is not a Python file. Errors raised by the recipe's own code
        propagate unchanged.
    """
    path = Path(path).expanduser().resolve()
    if path.suffix != ".py" or not path.is_file():
        raise HouseStyleError(f"recipe: {str(path)!r} is not a Python file; allowed: a .py file")
    name = prefix + "_" + _NOT_NAME.sub("_", path.stem)
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise HouseStyleError(f"recipe: cannot import {path}; allowed: a Python file")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    folder = str(path.parent)
    sys.path.insert(0, folder)
    try:
        spec.loader.exec_module(module)
    except BaseException:
        sys.modules.pop(name, None)
        raise
    finally:
        sys.path.remove(folder)
    return module


def file_function(text: str) -> tuple[Path, str] | None:
    """``charts.py:area_chart`` as the file and the function's name; None for other text.

    Examples
    --------
    >>> file_function("charts.py:area_chart")
    (PosixPath('charts.py'), 'area_chart')
    >>> file_function("charts:area_chart") is None
    True
    """
    found = FILE_SPEC.fullmatch(text)
    return None if found is None else (Path(found["file"]), found["function"])


def is_module_spec(text: str) -> bool:
    """``pkg.mod`` or ``pkg.mod:function``: not a ``.py`` name, nor a file that exists."""
    return (
        bool(MODULE_SPEC.fullmatch(text)) and not text.endswith(".py") and not Path(text).is_file()
    )


def import_spec(spec: str, field: str) -> tuple[ModuleType, str]:
    """Import ``pkg.mod`` of ``pkg.mod:function``, from the working folder too.

    As ``python -m`` does, a module in the folder the command runs from is found
    (``housestyle render charts:area_chart`` beside ``charts.py``): the folder is
    added at the end of ``sys.path``, so it never hides an installed package, and
    stays there, so worker processes find the module as well.
    """
    module_name, _, function = spec.partition(":")
    top = module_name.split(".", 1)[0]
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        here = os.getcwd()
        local = Path(here, top + ".py").is_file() or Path(here, top).is_dir()
        if exc.name != top or not local or here in sys.path:
            raise HouseStyleError(f"{field}: cannot import {module_name!r} ({exc})") from None
        sys.path.append(here)
        return import_spec(spec, field)
    except ImportError as exc:
        raise HouseStyleError(f"{field}: cannot import {module_name!r} ({exc})") from None
    return module, function or "recipe"


def load_file(target: str | Path, field: str, prefix: str) -> ModuleType:
    path = Path(target).expanduser()
    if path.suffix != ".py" or not path.is_file():
        missing = "does not exist" if path.suffix == ".py" else "is not a Python file"
        raise HouseStyleError(f"{field}: {str(target)!r} {missing}; allowed: {_ALLOWED}")
    return load_recipe(path, prefix)


def named_function(module: ModuleType, function: str, field: str) -> Callable[..., Any]:
    found = getattr(module, function, None)
    if not callable(found):
        raise HouseStyleError(
            f"{field}: module {module.__name__!r} has no {function}() function; allowed: {_ALLOWED}"
        )
    return found


def chart_function(
    target: Any, *, field: str = "recipe", prefix: str = "housestyle_recipe"
) -> tuple[Callable[..., Any], str]:
    """Return the chart function ``target`` names, and a name for it.

    Parameters
    ----------
    target
        A recipe file (a ``Path``, or a string ending in ``.py`` or naming a file),
        a file and a function in it (``"charts.py:area_chart"``), a module name as
        text (``"pkg.mod"`` for its ``recipe()``, or ``"pkg.mod:function"``), a
        module with ``recipe()``, or the function itself.
    field
        What the caller calls ``target``, for error messages (``"PATH"`` for the
        command line).
    prefix
        The module name prefix :func:`load_recipe` registers a file under.

    Returns
    -------
    (function, name)
        The function, and the file's stem, the module's or the function's name.

    Raises
    ------
    HouseStyleError
        For a file that does not exist or is not Python, a module that cannot be
        imported or has no such function, or anything else that is not callable.
    """
    function = "recipe"
    in_file = file_function(target) if isinstance(target, str) else None
    if in_file is not None:  # a file and a function in it: charts.py:area_chart
        path, function = in_file
        return named_function(load_file(path, field, prefix), function, field), function
    if isinstance(target, str) and is_module_spec(target):
        target, function = import_spec(target, field)
    elif isinstance(target, str | Path):
        stem = Path(target).stem
        return named_function(load_file(target, field, prefix), function, field), stem
    if isinstance(target, ModuleType):
        name = target.__name__.rsplit(".", 1)[-1]
        return named_function(target, function, field), name
    if callable(target):
        return target, getattr(target, "__name__", type(target).__name__)
    raise HouseStyleError(
        f"{field}: a {type(target).__name__} is not a recipe; allowed: {_ALLOWED}"
    )
