"""The brand as matplotlib rcParams: :func:`rc`, :func:`style`, :func:`use`.

:func:`rc` is pure apart from registering the brand's fonts and colormaps (so that
the names it returns resolve); :func:`style` applies it for a block and restores
every rcParam afterwards, including ones changed inside the block; :func:`use` is
the one call that changes matplotlib's global state on purpose.
"""

from __future__ import annotations

import contextlib
import enum
import warnings
from collections.abc import Mapping
from pathlib import Path
from typing import Any, cast

import matplotlib as mpl
from cycler import cycler

from .._private import pyplot_figures
from ..brand import Brand, BrandLike, SizeLike, resolve_brand, scoped, set_process_default, unscope
from ..ink import check_locale, font_families, register_colormaps
from ..units import POINTS_PER_INCH
from ._figure_hook import FIGURE_HOOK, figure_hook, with_figure_hook

__all__ = [
    "figure_hook",
    "math_rc",
    "StyleWarning",
    "mplstyle_text",
    "output_rc",
    "rc",
    "style",
    "use",
    "write_mplstyle",
]

_SPINES = ("left", "right", "top", "bottom")


def _grid_rc(brand: Brand) -> dict[str, Any]:
    axis = brand.layout.gridlines
    return {
        "axes.grid": axis != "none",
        "axes.grid.axis": "both" if axis == "none" else axis,
        "axes.grid.which": "major",
        "axes.axisbelow": True,
        "grid.color": brand.colours.gridline,
        "grid.linewidth": brand.lines.gridline,
        "grid.linestyle": "-",
        "grid.alpha": 1.0,
    }


def _tick_rc(brand: Brand) -> dict[str, Any]:
    layout = brand.layout
    out: dict[str, Any] = {}
    for axis in ("xtick", "ytick"):
        out |= {
            f"{axis}.major.size": layout.drawn_tick_length,
            f"{axis}.minor.size": 0.0,
            f"{axis}.major.width": brand.lines.tick,
            f"{axis}.major.pad": layout.pads.tick_label,
            f"{axis}.color": brand.colours.axis,
            f"{axis}.labelcolor": brand.colours.text,
            f"{axis}.labelsize": brand.type.tick_label,
        }
    return out


def math_rc(families: list[str]) -> dict[str, Any]:
    """Mathtext set in the brand's own family ("custom"), its symbols from STIX Sans."""
    family = families[0]
    return {
        "mathtext.fontset": "custom",
        "mathtext.rm": family,
        "mathtext.sf": family,
        "mathtext.tt": family,
        "mathtext.it": f"{family}:italic",
        "mathtext.bf": f"{family}:bold",
        "mathtext.bfit": f"{family}:italic:bold",
        "mathtext.cal": family,
        "mathtext.fallback": "stixsans",
    }


def _text_rc(brand: Brand) -> dict[str, Any]:
    colours, sizes, pads = brand.colours, brand.type, brand.layout.pads
    families = font_families(brand)
    return {
        **math_rc(families),
        "font.family": families,
        "font.size": sizes.tick_label,
        "text.color": colours.text,
        "axes.titlesize": sizes.subtitle,
        "axes.titleweight": "bold",
        "axes.titlelocation": "left",
        "axes.titlecolor": colours.text,
        "axes.titlepad": pads.panel_title,
        "axes.labelsize": sizes.axis_title,
        "axes.labelcolor": colours.text,
        "axes.labelpad": pads.axis_title,
        "figure.titlesize": sizes.title,
        "figure.titleweight": "bold",
        "figure.labelsize": sizes.axis_title,
        "legend.fontsize": sizes.legend,
        "legend.title_fontsize": sizes.legend,
        "legend.labelcolor": colours.text,
        "axes.unicode_minus": sizes.unicode_minus,
        "axes.formatter.use_locale": False,
        "axes.formatter.useoffset": False,
    }


def _figure_rc(brand: Brand) -> dict[str, Any]:
    default = brand.preset(brand.default_size)
    background = brand.colours.background
    return {
        "figure.figsize": default.inches,
        "figure.dpi": default.dpi,
        "figure.facecolor": background,
        "figure.edgecolor": background,
        "figure.constrained_layout.use": True,
        "figure.hooks": [FIGURE_HOOK],  # a library's own tight_layout may replace it
        "figure.constrained_layout.h_pad": brand.layout.pads.layout / POINTS_PER_INCH,
        "figure.constrained_layout.w_pad": brand.layout.pads.layout / POINTS_PER_INCH,
        "savefig.facecolor": background,
        "savefig.edgecolor": background,
        "axes.facecolor": background,
        "axes.edgecolor": brand.colours.axis,
        "axes.linewidth": brand.lines.axis,
        "axes.xmargin": brand.layout.data_margins.x,
        "axes.ymargin": brand.layout.data_margins.y,
        **{f"axes.spines.{side}": side in brand.layout.axis_lines for side in _SPINES},
    }


def _marks_rc(brand: Brand) -> dict[str, Any]:
    return {
        "axes.prop_cycle": cycler(color=list(brand.palettes["categorical"])),
        "lines.linewidth": brand.lines.data,
        "lines.solid_capstyle": "round",
        "lines.markersize": brand.marks.point,
        "patch.linewidth": brand.lines.bar_edge,
        "patch.edgecolor": brand.colours.background,
        "patch.force_edgecolor": brand.lines.bar_edge > 0,
        "scatter.edgecolors": "face",
        "image.cmap": f"{brand.name}_sequential",
        "hist.bins": "auto",
        "legend.frameon": False,
        "legend.loc": "best",
        "legend.handlelength": brand.layout.legend.handle_length,
        "legend.columnspacing": brand.layout.legend.column_spacing,
        "legend.borderaxespad": brand.layout.legend.border_pad,
    }


def output_rc() -> dict[str, Any]:
    """Return the rcParams of output: the one place they are written.

    Determinism and real fonts in vector output: TrueType (Type 42) in PDF and
    PostScript, text as text in SVG, and a fixed SVG id salt. :func:`rc` includes
    them, and :func:`housestyle.export` draws every file under them.
    """
    return {
        "pdf.fonttype": 42,
        "ps.fonttype": 42,
        "svg.fonttype": "none",
        "svg.hashsalt": "housestyle",
        "path.simplify": True,
    }


def rc(brand: BrandLike | None = None) -> dict[str, Any]:
    """Return the brand as a dict of matplotlib rcParams.

    The dict is validated by building a :class:`matplotlib.RcParams` from it. The
    brand's fonts and colormaps are registered (idempotently) so that the names it
    holds resolve; no rcParam is changed.

    Parameters
    ----------
    brand
        A brand, its name or path; ``None`` for the current brand.

    Examples
    --------
    >>> rc("ou")["axes.titlelocation"]
    'left'
    """
    brand = resolve_brand(brand)
    register_colormaps(brand)
    params = (
        _text_rc(brand)
        | _grid_rc(brand)
        | _tick_rc(brand)
        | _figure_rc(brand)
        | _marks_rc(brand)
        | output_rc()
    )
    # matplotlib's stubs key RcParams by a Literal of every name; ours are plain str.
    return dict(cast(Mapping[str, Any], mpl.RcParams(params)))


def _rc_keeping_hooks(brand: Brand) -> dict[str, Any]:
    """The brand's rcParams, keeping the ``figure.hooks`` already set beside the brand's."""
    params = rc(brand)
    params["figure.hooks"] = with_figure_hook(list(mpl.rcParams["figure.hooks"]))
    return params


class StyleWarning(UserWarning):
    """Another style replaced the brand's inside a :func:`style` block."""


#: rcParams that another whole style (``sns.set_theme()``, ``plt.style.use(...)``)
#: replaces: when both differ from the brand's at the end of a block, charts made
#: after the change were not in the house style.
_REPLACED_BY_A_THEME = ("font.family", "axes.prop_cycle")


def _warn_if_replaced(brand: Brand) -> None:
    """Warn once when the brand's font and colour cycle were both replaced in the block."""
    own = rc(brand)
    now = cast(Mapping[str, Any], mpl.rcParams)
    changed = [key for key in _REPLACED_BY_A_THEME if now[key] != own[key]]
    if len(changed) < len(_REPLACED_BY_A_THEME):
        return
    warnings.warn(
        f"housestyle.style({brand.name!r}): another style replaced the brand's inside the "
        f"block ({' and '.join(changed)} changed; sns.set_theme() or plt.style.use() does "
        "this), so charts made after it are not in the house style. Call sns.set_theme() "
        "before the block, or pass rc=housestyle.rc() to it",
        StyleWarning,
        stacklevel=3,
    )


class style(contextlib.ContextDecorator):
    """Apply the house style for a block or a function, then restore rcParams.

    Every rcParam is restored on exit, including ones changed inside the block, as
    :func:`matplotlib.rc_context` does. The brand is also the current brand inside
    the block, so :func:`housestyle.theme_ou` and :func:`housestyle.finalise` use it,
    and ``size`` the current size, so ``finalise(chart)`` inside the block lays the
    chart out at that preset: any chart function renders at any size.

    Another style applied inside the block (``sns.set_theme()``, ``plt.style.use``)
    wins for the charts made after it; a :class:`StyleWarning` at the end of the block
    says so (when it replaced both the brand's font and its colour cycle).

    Parameters
    ----------
    brand
        A brand, its name or path; ``None`` for the current brand.
    size
        A size preset's name (``"social"``, ``"print-column"``...); ``None`` keeps
        the current size (the brand's default preset outside any block).
    locale
        The locale numbers, dates and the chart's words are written in inside the
        block (``"cy"``, ``"fr"``, ``"de"``...); ``None`` keeps the current one (the
        brand's own ``locale:`` outside any block).

    Examples
    --------
    >>> import matplotlib.pyplot as plt
    >>> with style("ou") as brand:
    ...     fig, ax = plt.subplots()
    >>> brand.name
    'ou'
    """

    def __init__(
        self,
        brand: BrandLike | None = None,
        size: SizeLike | None = None,
        locale: str | None = None,
    ):
        self.brand = brand
        self.size = size
        self.locale = check_locale(locale) if locale is not None else None
        self._stacks: list[contextlib.ExitStack] = []

    def __enter__(self) -> Brand:
        brand = resolve_brand(self.brand)
        if self.size is not None:
            brand.preset(self.size)  # an unknown size fails here, not at finalise
        stack = contextlib.ExitStack()
        stack.enter_context(mpl.rc_context(cast(Any, _rc_keeping_hooks(brand))))
        stack.callback(unscope, scoped(brand, self.size, self.locale))
        made = {id(fig) for fig in pyplot_figures()}
        stack.callback(_mark_new_figures, brand, self.size, made)
        self._stacks.append(stack)
        return brand

    def __exit__(self, *exc_info: object) -> None:
        if exc_info[0] is None:
            _warn_if_replaced(resolve_brand(self.brand))
        self._stacks.pop().close()


#: On a pyplot figure made inside ``style(brand)``: the brand it was made in.
_MADE_IN = "_housestyle_made_in"
#: On a pyplot figure made inside ``style(brand, size)``: the size it was made at.
_MADE_AT = "_housestyle_made_at"


def _mark_new_figures(brand: Brand, size: SizeLike | None, before: set[int]) -> None:
    """Mark the figures made inside a style block with its brand and size."""
    for fig in pyplot_figures():
        if id(fig) not in before and not hasattr(fig, _MADE_IN):  # an inner block's stays
            setattr(fig, _MADE_IN, brand)
            if size is not None:
                setattr(fig, _MADE_AT, size)


def brand_made_in(fig: Any) -> Brand | None:
    """Return the brand of the ``style()`` block ``fig`` was made in, or None.

    So that a chart made inside ``with style("night"):`` and finalised after the block
    is finished in night, the brand its text and colours already have.
    """
    found = getattr(fig, _MADE_IN, None)
    return found if isinstance(found, Brand) else None


def size_made_at(fig: Any) -> SizeLike | None:
    """Return the size the ``style()`` block ``fig`` was made in named, or None.

    So that a chart made inside ``with style("ou", "social"):`` and finalised after the
    block is finished at social, the size its text was set for.
    """
    return getattr(fig, _MADE_AT, None)


def use(
    brand: BrandLike | None = None, size: SizeLike | None = None, locale: str | None = None
) -> Brand:
    """Apply the house style globally: the one call that changes matplotlib's state.

    It updates ``matplotlib.rcParams`` and makes ``brand`` the current brand of the
    whole process (every thread) for :func:`housestyle.theme_ou`,
    :func:`housestyle.finalise` and the palettes; ``size``, when given, becomes the
    current size, and ``locale`` the current locale (see :mod:`housestyle.ink._locales`).
    A :func:`style` block still overrides them inside it.

    Returns
    -------
    Brand
        The brand now in use.
    """
    resolved = resolve_brand(brand)
    if size is not None:
        resolved.preset(size)
    chosen = check_locale(locale) if locale is not None else None
    mpl.rcParams.update(cast(Any, _rc_keeping_hooks(resolved)))
    set_process_default(resolved, size, chosen)
    return resolved


# --------------------------------------------------------------------------- #
# The generated .mplstyle files, for plt.style.use("housestyle.ou")
# --------------------------------------------------------------------------- #

_HEADER = """\
# Generated from housestyle/brands/{name}.yaml by housestyle.libraries.mpl.write_mplstyle().
# Do not edit: change the brand file and run `housestyle mplstyle`.
# The style names the brand font; call housestyle.register_fonts("{name}") (or use
# housestyle.use("{name}"), which does both) so that matplotlib can find it.
"""


def _mplstyle_value(value: Any) -> str:
    if isinstance(value, enum.Enum):
        return str(value.name)
    if isinstance(value, list | tuple):
        return ", ".join(_mplstyle_value(item) for item in value)
    if isinstance(value, str) and value.startswith("#"):
        return value[1:]
    if hasattr(value, "by_key"):
        colours = ", ".join(f"'{c.lstrip('#')}'" for c in value.by_key()["color"])
        return f"cycler('color', [{colours}])"
    return str(value)


def mplstyle_text(brand: BrandLike | None = None) -> str:
    """Return the text of the brand's ``.mplstyle`` file."""
    brand = resolve_brand(brand)
    lines = [_HEADER.format(name=brand.name)]
    for key, value in sorted(rc(brand).items()):
        lines.append(f"{key}: {_mplstyle_value(value)}")
    return "\n".join(lines) + "\n"


def write_mplstyle(brand: BrandLike | None = None, folder: str | Path | None = None) -> Path:
    """Write ``<brand>.mplstyle`` into ``folder`` (the package folder by default)."""
    brand = resolve_brand(brand)
    target = Path(folder) if folder is not None else Path(__file__).parents[1]  # housestyle/
    path = target / f"{brand.name}.mplstyle"
    path.write_text(mplstyle_text(brand), encoding="utf-8")
    return path


def add_arguments(parser: Any) -> None:
    """Add the ``housestyle mplstyle`` options."""
    parser.add_argument("--out", default=None, help="folder to write into (default: the package)")


def run(args: Any) -> int:
    """Write one ``.mplstyle`` file per shipped brand (``housestyle mplstyle``)."""
    from ..brand import brands

    for name in brands():
        print(write_mplstyle(name, args.out))
    return 0
