"""housestyle: a code-first graphics house style for matplotlib and plotnine.

One brand file (YAML) says how an institution's charts look. From it come a
matplotlib style (:func:`rc`, :func:`style`, :func:`use`), a plotnine theme
(:func:`theme_house`) with colour scales, and named palettes; :func:`finalise` adds
the title block and footer at a size, :func:`export` writes the files, :func:`check`
judges the result and :func:`describe` drafts its description for readers.

``import housestyle`` loads only the brand (its file, schema and the current brand,
size and locale): every other name below is imported the first time it is used, so
importing changes nothing and does not import plotnine. The rooms of the package are
described in ``docs/architecture.md``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .brand import (
    Brand,
    BrandLike,
    HouseStyleError,
    SizePreset,
    brands,
    current_brand,
    current_preset,
    current_size,
    load_brand,
)
from .errors import LayoutWarning

if TYPE_CHECKING:  # type checkers see every name; at run time they load on first use
    from .batch import RenderReport, render_many
    from .brand import BrandYmlWarning, write_brand_yml
    from .brandkit import brand_specimen, check_brand, new_brand, palette_report
    from .checks import Report, check, simulate
    from .description import Description, chart_data, describe
    from .finish import NumberFormatter, finalise
    from .ink import (
        FontWarning,
        Palette,
        best_ink,
        colormap,
        format_date,
        format_number,
        palette,
        register_colormaps,
        register_fonts,
        spread_labels,
        with_minus,
    )
    from .libraries.mpl import StyleWarning, rc, style, use
    from .libraries.plotnine import (
        line_size,
        scale_color_house,
        scale_color_house_continuous,
        scale_color_ou,
        scale_color_ou_continuous,
        scale_colour_house,
        scale_colour_house_continuous,
        scale_colour_ou,
        scale_colour_ou_continuous,
        scale_fill_house,
        scale_fill_house_continuous,
        scale_fill_ou,
        scale_fill_ou_continuous,
        theme_house,
        theme_ou,
    )
    from .notebook import explore, show
    from .output import export
    from .record import Finalised, finalised
    from .tables import house_styler, table

#: Module -> the names it gives the package, resolved on first use (PEP 562).
_LAZY_FROM = {
    "ink": (
        "FontWarning",
        "Palette",
        "best_ink",
        "colormap",
        "format_date",
        "format_number",
        "palette",
        "register_colormaps",
        "register_fonts",
        "spread_labels",
        "with_minus",
    ),
    "libraries.mpl": ("StyleWarning", "rc", "style", "use"),
    "record": ("Finalised", "finalised"),
    "description": ("Description", "chart_data", "describe"),
    "output": ("export",),
    "checks": ("Report", "check", "simulate"),
    "finish": ("NumberFormatter", "finalise"),
    "tables": ("house_styler", "table"),
    "brand": ("BrandYmlWarning", "write_brand_yml"),
    "brandkit": ("brand_specimen", "check_brand", "new_brand", "palette_report"),
    "batch": ("RenderReport", "render_many"),
    "notebook": ("explore", "show"),
    "libraries.plotnine": (
        "line_size",
        "theme_house",
        "theme_ou",
        *(
            f"scale_{aesthetic}_{name}{kind}"
            for name in ("house", "ou")
            for aesthetic in ("colour", "color", "fill")
            for kind in ("", "_continuous")
        ),
    ),
}
_LAZY = {name: module for module, names in _LAZY_FROM.items() for name in names}
#: The rooms, imported on first use too: ``housestyle.output.FORMATS`` after ``import housestyle``.
_ROOMS = frozenset(
    {
        "ink",
        "libraries",
        "record",
        "description",
        "output",
        "checks",
        "adapters",
        "finish",
        "tables",
        "brandkit",
        "batch",
        "gallery",
        "notebook",
        "findings",
        "units",
        "testing",
    }
)

__all__ = [
    "Brand",
    "BrandLike",
    "BrandYmlWarning",
    "Description",
    "Finalised",
    "FontWarning",
    "HouseStyleError",
    "LayoutWarning",
    "NumberFormatter",
    "Palette",
    "RenderReport",
    "Report",
    "SizePreset",
    "StyleWarning",
    "__version__",
    "best_ink",
    "brand_specimen",
    "brands",
    "chart_data",
    "check",
    "check_brand",
    "colormap",
    "current_brand",
    "current_preset",
    "current_size",
    "describe",
    "explore",
    "export",
    "finalise",
    "finalised",
    "format_date",
    "format_number",
    "house_styler",
    "line_size",
    "load_brand",
    "load_ipython_extension",
    "new_brand",
    "palette",
    "palette_report",
    "rc",
    "register_colormaps",
    "register_fonts",
    "render_many",
    "scale_color_house",
    "scale_color_house_continuous",
    "scale_color_ou",
    "scale_color_ou_continuous",
    "scale_colour_house",
    "scale_colour_house_continuous",
    "scale_colour_ou",
    "scale_colour_ou_continuous",
    "scale_fill_house",
    "scale_fill_house_continuous",
    "scale_fill_ou",
    "scale_fill_ou_continuous",
    "show",
    "simulate",
    "spread_labels",
    "style",
    "table",
    "theme_house",
    "theme_ou",
    "unload_ipython_extension",
    "use",
    "with_minus",
    "write_brand_yml",
]


def load_ipython_extension(ipython: Any) -> None:
    """``%load_ext housestyle``: tables shown in the notebook gain download buttons.

    See :func:`housestyle.notebook.enable`.
    """
    from .notebook import enable

    enable(ipython)


def unload_ipython_extension(ipython: Any) -> None:
    """``%unload_ext housestyle``: tables show as before (``housestyle.notebook.disable``)."""
    from .notebook import disable

    disable(ipython)


def __getattr__(name: str) -> Any:
    if name == "__version__":  # read from package metadata on first use: it is slow to import
        from ._version import version

        globals()["__version__"] = found = version()
        return found
    if name in _LAZY or name in _ROOMS:
        from importlib import import_module

        if name in _ROOMS:
            return import_module(f".{name}", __name__)
        value = getattr(import_module(f".{_LAZY[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'housestyle' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)
