"""The gallery's Jinja2 environment: its templates and static files, set up once."""

from __future__ import annotations

import functools
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined

__all__ = ["HERE", "environment"]

#: The gallery package's folder, with ``templates/`` and ``static/`` in it.
HERE = Path(__file__).resolve().parent


@functools.cache
def environment() -> Environment:
    """The environment every gallery page is rendered in (escaping on, strict names)."""
    return Environment(
        loader=FileSystemLoader(HERE / "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
