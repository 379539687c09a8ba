"""housestyle: a code-first graphics house style for matplotlib and plotnine.

One brand file (YAML) says how an institution's charts look. From it come a
matplotlib style (:func:`rc`, :func:`style`, :func:`use`), a plotnine theme
(:func:`theme_ou`) with colour scales, and named palettes. Importing housestyle
changes nothing and does not import plotnine.
"""

from __future__ import annotations

from typing import Any

from .brand import Brand, HouseStyleError, SizePreset, brands, current_brand, load_brand
from .export import export
from .finalise import Finalised, finalise, finalised
from .fonts import FontWarning, register_fonts
from .labels import spread_labels
from .mpl import rc, style, use
from .palettes import Palette, colormap, palette, register_colormaps

#: Names resolved on first use (PEP 562): they import plotnine or heavier modules.
_LAZY = {
    "table": "tables",
    "house_styler": "tables",
    "check": "checks",
    "simulate": "checks",
    "Report": "checks",
    "palette_report": "checks",
    "show": "notebook",
    "explore": "notebook",
    "theme_ou": "plotnine",
    "line_size": "plotnine",
    "scale_colour_ou": "plotnine",
    "scale_color_ou": "plotnine",
    "scale_fill_ou": "plotnine",
    "scale_colour_ou_continuous": "plotnine",
    "scale_color_ou_continuous": "plotnine",
    "scale_fill_ou_continuous": "plotnine",
}

__all__ = [
    "Brand",
    "Finalised",
    "FontWarning",
    "HouseStyleError",
    "Palette",
    "SizePreset",
    "__version__",
    "brands",
    "colormap",
    "current_brand",
    "export",
    "finalise",
    "finalised",
    "load_brand",
    "palette",
    "rc",
    "register_colormaps",
    "register_fonts",
    "spread_labels",
    "style",
    "use",
    *_LAZY,
]


def _read_version() -> str:
    from importlib import metadata

    try:
        return metadata.version("housestyle")
    except metadata.PackageNotFoundError:  # a source checkout that was never installed
        return "0+unknown"


def __getattr__(name: str) -> Any:
    if name == "__version__":  # read from package metadata on first use: it is slow to import
        globals()["__version__"] = version = _read_version()
        return version
    if name in _LAZY:
        from importlib import import_module

        value = getattr(import_module(f".{_LAZY[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'housestyle' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)
