"""Modules that can be called: ``housestyle.export(fig, path)`` beside ``import housestyle.export``.

``housestyle.export`` and ``housestyle.finalise`` are both a module and the verb
that module provides. A package attribute can be only one object, so each of these
modules is made callable: calling it calls the function of the same name. ``import
housestyle.export as m`` then gives the module, and ``housestyle.export(fig, path)``
still exports. Type checkers see the function (see ``housestyle/__init__.py``).
"""

from __future__ import annotations

import inspect
import sys
from types import ModuleType
from typing import Any

__all__ = ["make_callable"]


class _CallableModule(ModuleType):
    """A module whose call is the function named like the module."""

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return getattr(self, self.__name__.rpartition(".")[2])(*args, **kwargs)


def make_callable(name: str) -> None:
    """Make the module ``name`` callable as its function of the same name.

    Call it at the end of the module, once the function is defined.
    """
    module = sys.modules[name]
    function = getattr(module, name.rpartition(".")[2])
    module.__class__ = _CallableModule
    module.__signature__ = inspect.signature(function)  # type: ignore[attr-defined]
