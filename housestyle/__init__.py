"""housestyle: a code-first graphics house style for matplotlib and plotnine.

One brand file (YAML) says how an institution's charts look. From it come a
matplotlib style (:func:`rc`, :func:`style`, :func:`use`), a plotnine theme
(:func:`theme_ou`) with colour scales, and named palettes. Importing housestyle
changes nothing and does not import plotnine.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .brand import Brand, BrandLike, HouseStyleError, SizePreset, brands, load_brand
from .context import current_brand, current_preset, current_size
from .errors import LayoutWarning
from .fonts import FontWarning, register_fonts
from .labels import format_number, spread_labels, with_minus
from .locales import format_date
from .mpl import StyleWarning, rc, style, use
from .palettes import Palette, best_ink, colormap, palette, register_colormaps
from .record import Finalised, finalised

if TYPE_CHECKING:  # type checkers see the functions
    from .describe import describe
    from .export import export
    from .finalise import finalise
else:  # modules that call their function: housestyle.export(fig, path) exports, and
    # import housestyle.export gives the module (see housestyle/_callable.py)
    from . import describe, export, finalise

#: Names resolved on first use (PEP 562): they import plotnine or heavier modules.
_LAZY = {
    "table": "tables",
    "house_styler": "tables",
    "NumberFormatter": "_finish.localise",
    "check": "checks",
    "simulate": "checks",
    "Report": "checks",
    "palette_report": "brandcheck",
    "check_brand": "brandcheck",
    "brand_specimen": "specimen",
    "new_brand": "_brandkit.scaffold",
    "write_brand_yml": "brandyml",
    "BrandYmlWarning": "brandyml",
    "show": "notebook",
    "explore": "explorer",
    "render_many": "render",
    "RenderReport": "render",
    "Description": "describe",
    "chart_data": "describe",
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
    "BrandLike",
    "Finalised",
    "FontWarning",
    "HouseStyleError",
    "LayoutWarning",
    "Palette",
    "SizePreset",
    "StyleWarning",
    "__version__",
    "best_ink",
    "brands",
    "colormap",
    "current_brand",
    "current_preset",
    "current_size",
    "describe",
    "export",
    "finalise",
    "finalised",
    "format_date",
    "format_number",
    "load_brand",
    "load_ipython_extension",
    "palette",
    "rc",
    "register_colormaps",
    "register_fonts",
    "spread_labels",
    "style",
    "unload_ipython_extension",
    "use",
    "with_minus",
    *_LAZY,
]


def load_ipython_extension(ipython: Any) -> None:
    """``%load_ext housestyle``: tables shown in the notebook gain download buttons.

    See :func:`housestyle.notebook.enable`.
    """
    from .notebook import enable

    enable(ipython)


def unload_ipython_extension(ipython: Any) -> None:
    """``%unload_ext housestyle``: tables show as before (:func:`housestyle.notebook.disable`)."""
    from .notebook import disable

    disable(ipython)


def __getattr__(name: str) -> Any:
    if name == "__version__":  # read from package metadata on first use: it is slow to import
        from ._version import version

        globals()["__version__"] = found = version()
        return found
    if name in _LAZY:
        from importlib import import_module

        value = getattr(import_module(f".{_LAZY[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'housestyle' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)
