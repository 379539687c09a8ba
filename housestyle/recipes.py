"""Loading a recipe file: the one way the gallery, the checks, the explorer and tests do it."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

from .brand import HouseStyleError

__all__ = ["load_recipe"]

_NOT_NAME = re.compile(r"\W")


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
