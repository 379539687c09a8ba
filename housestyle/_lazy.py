"""Names a package exports but imports only when they are first asked for (PEP 562).

A package's ``__init__`` that imported every module it exports made any import of it
load them all: a gallery with nothing to draw loaded matplotlib's pyplot, pandas and
the description's readers to plan nothing (0.9 s of its 1.2 s). Such a package names
where each heavy name lives and sets ``__getattr__ = lazy_names(__name__, where)``;
``from package import name`` and ``package.name`` work as before.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping
from importlib import import_module
from typing import Any

__all__ = ["lazy_names"]


def lazy_names(package: str, where: Mapping[str, str]) -> Callable[[str], Any]:
    """A module ``__getattr__`` that imports each name of ``where`` from its module.

    ``where`` maps a name to the module, relative to ``package``, that defines it. The
    value is kept in the package afterwards, so the next lookup is an ordinary one.
    """

    def __getattr__(name: str) -> Any:
        module = where.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(import_module(module, package), name)
        setattr(sys.modules[package], name, value)
        return value

    return __getattr__
