"""The notebook explorer: a chart function's parameters as widgets, the chart re-rendered.

:func:`explore` builds an ipywidgets app from a recipe or any chart function: change
a control and the chart renders again; the export button writes the current view
with :func:`housestyle.export`. ipywidgets is an optional extra:
``pip install 'housestyle[notebook]'``.

Brand and size are context (:func:`housestyle.style`), so every function runs inside
``style(brand, size)`` of the brand and size selectors, through the recipe contract
(:func:`housestyle.batch._recipes.run_recipe`): a recipe follows both selectors without
taking them as parameters, since :func:`housestyle.finalise` lays it out in the
current brand and at the current size. A function that returns an unfinalised Figure
or a plotnine ggplot is finalised there. A parameter named ``size`` or ``brand`` also
receives the selector's name.

How :func:`explore` chooses a control
-------------------------------------
For each keyword parameter with a default (or given in ``options``), in order:

======================================  ============================================
what the parameter has                  control
======================================  ============================================
``options={"p": (low, high[, step])}``  IntSlider or FloatSlider over that range
``options={"p": callable}``             Dropdown whose choices are
                                        ``callable(values)``, re-computed when any
                                        other control changes (``values`` maps every
                                        parameter, ``"brand"`` and ``"size"`` to the
                                        current value)
``options={"p": [..]}`` or a dict       Dropdown of those choices (a dict maps
                                        labels to values)
``Annotated[T, spec]``                  the same, with ``spec`` any of the above
``tuple[Literal["a", "b"], ...]`` hint  SelectMultiple of the literals (or of the
                                        ``options`` list), the default's items
                                        selected; the function gets a tuple
``Literal["a", "b"]`` hint              Dropdown of the literals
a list or tuple default                 Dropdown of its items, the first selected
``bool``                                Checkbox
``int`` / ``float``                     IntSlider / FloatSlider from 0 (1 for a
                                        positive int) to twice the default
``str``                                 Text
anything else                           no control: the default is passed
======================================  ============================================

The rules are :data:`housestyle.notebook._controls.RULES`, one small function each.
"""

from __future__ import annotations

import html
import inspect
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import matplotlib.pyplot as plt
from matplotlib.figure import Figure

from .._files import file_stem
from ..batch import chart_function, run_recipe
from ..brand import (
    Brand,
    HouseStyleError,
    SizeLike,
    brands,
    current_brand,
    resolve_brand,
    resolve_preset,
)
from ..output import check_formats, export, img_html, to_bytes
from ._controls import CONTEXT, LABEL_WIDTH, WIDTH, Control, controls_for, make_widget, set_choices

__all__ = ["Explorer", "explore"]

_INSTALL = "pip install 'housestyle[notebook]'"


def _ipywidgets() -> ModuleType:
    try:
        import ipywidgets
    except ImportError:
        raise HouseStyleError(
            f"explore: needs ipywidgets, an optional extra; allowed: install it with {_INSTALL}"
        ) from None
    return ipywidgets


@dataclass(frozen=True)
class _Setup:
    """What :func:`explore` worked out before the app is built."""

    func: Callable[..., Any]
    name: str
    controls: list[Control]
    accepted: set[str]  # every parameter the function takes
    fixed: dict[str, Any]
    brand: str
    size: str
    folder: str | Path
    formats: tuple[str, ...]


class Explorer:
    """A chart function as a small app: controls, the chart, an export button.

    Attributes
    ----------
    controls
        ``{name: widget}``: one per explored parameter, plus ``"brand"`` and ``"size"``.
    output
        The ``ipywidgets.HTML`` showing the chart: an ``<img>`` of its 2x PNG at 1x size
        with its alt text, exactly as :func:`housestyle.export` renders it.
    figure
        The figure shown now; ``png2x`` its 2x PNG bytes.
    folder
        A ``Text`` widget with the folder the export button writes into.
    export_button
        Writes the current view with :func:`housestyle.export` (see :meth:`export`).
    status
        An ``HTML`` widget with the last export's files or the last error.
    error
        The exception the last render raised, or None.
    widget
        The whole app; the explorer displays as it.
    """

    def __init__(self, setup: _Setup):
        self._widgets = _ipywidgets()
        self.func, self.name, self.formats = setup.func, setup.name, setup.formats
        self._setup = setup
        self._busy = False
        self._view = ""
        self.figure: Figure | None = None
        self.png2x: bytes | None = None
        self.error: BaseException | None = None
        self.controls = self._build_controls()
        self._build_rest()
        self._refresh_choices()
        self._render(raise_errors=True)
        for widget in self.controls.values():
            widget.observe(self._changed, names="value")

    # ----------------------------------------------------------------- building

    def _selector(self, name: str, options: list[str], value: str) -> Any:
        w = self._widgets
        style = {"description_width": LABEL_WIDTH}
        layout = w.Layout(width=WIDTH)
        return w.Dropdown(
            options=options, value=value, description=name, style=style, layout=layout
        )

    def _build_controls(self) -> dict[str, Any]:
        setup = self._setup
        presets = list(resolve_brand(setup.brand).presets)
        controls = {
            "brand": self._selector("brand", brands(), setup.brand),
            "size": self._selector("size", presets, setup.size),
        }
        controls.update({c.name: make_widget(self._widgets, c) for c in setup.controls})
        return controls

    def _build_rest(self) -> None:
        w = self._widgets
        self.folder = w.Text(
            value=str(self._setup.folder),
            description="folder",
            style={"description_width": LABEL_WIDTH},
            layout=w.Layout(width=WIDTH),
        )
        self.export_button = w.Button(
            description="Export " + ", ".join(f.upper() for f in self.formats),
            icon="download",
            tooltip="Write the current view with housestyle.export",
            layout=w.Layout(width=WIDTH),
        )
        self.export_button.on_click(lambda _button: self._export_clicked())
        self.status = w.HTML(value="")
        self.output = w.HTML(value="")
        panel = w.VBox(
            [*self.controls.values(), self.folder, self.export_button, self.status],
            layout=w.Layout(width="280px", min_width="240px", margin="0 16px 0 0"),
        )
        self.widget = w.HBox([panel, self.output], layout=w.Layout(align_items="flex-start"))

    # ----------------------------------------------------------------- values

    def values(self) -> dict[str, Any]:
        """The current value of every control, by parameter name (with brand and size)."""
        return {name: widget.value for name, widget in self.controls.items()}

    def _kwargs(self) -> dict[str, Any]:
        """The function's arguments: the fixed ones, the controls', brand and size if taken."""
        values, setup = self.values(), self._setup
        kwargs = {**setup.fixed, **{c.name: values[c.name] for c in setup.controls}}
        for name in CONTEXT:
            if name in setup.accepted and name not in setup.fixed:
                kwargs[name] = values[name]
        return kwargs

    def _refresh_choices(self) -> None:
        """Re-compute the size presets of the brand and every dependent dropdown."""
        presets = resolve_brand(self.controls["brand"].value).presets
        set_choices(self.controls["size"], list(presets))
        for control in self._setup.controls:
            if control.kind == "dependent":
                choices = control.choices(self.values())
                if not choices:
                    raise HouseStyleError(f"options[{control.name!r}]: gave no choices")
                set_choices(self.controls[control.name], choices)

    # ----------------------------------------------------------------- rendering

    def _changed(self, _change: Any) -> None:
        if self._busy:
            return
        self._busy = True
        try:
            self._refresh_choices()
            self._render(raise_errors=False)
        except Exception as exc:  # a bad dependent rule: shown, not raised in a callback
            self._show_error(exc)
        finally:
            self._busy = False

    def _draw(self) -> tuple[Figure, bytes]:
        """Run the function in the selected brand and size; its finished figure and 2x PNG."""
        values = self.values()
        fig = run_recipe(
            self.func, values["brand"], values["size"], finish=True, kwargs=self._kwargs()
        )
        plt.close(fig)  # out of pyplot: the inline backend must not show it again
        return fig, to_bytes(fig, ["png2x"])["png2x"]

    def _render(self, *, raise_errors: bool) -> None:
        try:
            fig, png2x = self._draw()
        except Exception as exc:
            if raise_errors:
                raise
            self._show_error(exc)
            self.figure = self.png2x = None  # the image no longer matches the controls
            self.output.value = f'<div style="opacity:0.35">{self._view}</div>'
            return
        self.figure, self.png2x, self.error = fig, png2x, None
        self.output.value = self._view = img_html(fig, png2x)
        self.status.value = ""

    def _show_error(self, exc: BaseException) -> None:
        self.error = exc
        colour = current_brand().colours.loss
        message = html.escape(f"{type(exc).__name__}: {exc}")
        self.status.value = f'<span style="color:{colour}">{message}</span>'

    # ----------------------------------------------------------------- exporting

    def stem(self) -> str:
        """The exported files' name: the function's name and the control values."""
        values = self.values()
        parts = [self.name, values["brand"], values["size"]]
        parts += [str(values[c.name]) for c in self._setup.controls]
        return file_stem("-".join(parts))

    def export(self, folder: str | Path | None = None) -> list[Path]:
        """Write the current view into ``folder`` (default: the folder control's value).

        Returns the paths :func:`housestyle.export` wrote, one per format.
        """
        if self.figure is None:
            raise HouseStyleError("explore: there is no chart to export; fix the error first")
        folder = Path(folder if folder is not None else self.folder.value).expanduser()
        return export(self.figure, folder / self.stem(), formats=self.formats)

    def _export_clicked(self) -> None:
        try:
            paths = self.export()
        except Exception as exc:
            self._show_error(exc)
            return
        names = ", ".join(html.escape(p.name) for p in paths)
        self.status.value = f"Wrote {names} in {html.escape(str(paths[0].parent))}"

    # ----------------------------------------------------------------- display

    def _repr_mimebundle_(self, **kwargs: Any) -> Any:
        return self.widget._repr_mimebundle_(**kwargs)

    def _ipython_display_(self) -> None:
        from IPython.display import display

        display(self.widget)


def _shipped(brand: Brand) -> str:
    if brand.name not in brands():
        raise HouseStyleError(f"brand: {brand.name!r} is not a shipped brand; allowed: {brands()}")
    return brand.name


def _first_size(func: Callable[..., Any], brand: Brand, size: SizeLike | None) -> str:
    """The size asked for, else the function's ``size`` default, else the current size."""
    if size is None:
        param = inspect.signature(func).parameters.get("size")
        size = None if param is None or param.default is param.empty else param.default
    return resolve_preset(brand, size).name


def explore(
    recipe: Any,
    /,
    *,
    options: Mapping[str, Any] | None = None,
    brand: str | None = None,
    size: str | None = None,
    folder: str | Path = "exports",
    formats: Sequence[str] = ("png", "svg", "pdf"),
    **fixed: Any,
) -> Explorer:
    """Build a widget app that re-renders a chart as its parameters change.

    Parameters
    ----------
    recipe
        The path of a recipe file (``"cookbook/mpl_highlight_bar.py"``), a module
        (or ``"pkg.mod:function"``) with a ``recipe()`` function, or any function
        returning a Figure or a ggplot.
    options
        Controls for parameters, overriding what hints and defaults give:
        ``{"p": [choices]}`` or ``{"p": {label: value}}`` for a dropdown,
        ``{"p": (low, high)}`` or ``(low, high, step)`` for a slider, or
        ``{"p": lambda values: [choices]}`` for choices that depend on the other
        controls' current values (see the module documentation for every rule).
    brand
        The brand selected first; the current brand by default.
    size
        The size preset selected first; the function's ``size`` default, else the
        current size (the brand's default preset outside any ``style()`` block).
    folder
        Where the export button writes (a text control in the app can change it).
    formats
        The formats the export button writes.
    **fixed
        Values passed to the function as they are, with no control.

    Returns
    -------
    Explorer
        The app; it displays as its widgets. ``.controls``, ``.output``, ``.figure``,
        ``.export_button`` let code drive it.

    Raises
    ------
    HouseStyleError
        Without ipywidgets (install it with ``pip install 'housestyle[notebook]'``), for
        a target that is not a recipe or function, unknown ``options``, a parameter
        with no default and no control, or when the first render fails.
    """
    _ipywidgets()
    func, name = chart_function(recipe, prefix="housestyle_explore")
    controls, accepted = controls_for(func, dict(options or {}), fixed)
    chosen = resolve_brand(brand)
    setup = _Setup(
        func=func,
        name=name,
        controls=controls,
        accepted=accepted,
        fixed=fixed,
        brand=_shipped(chosen),
        size=_first_size(func, chosen, size),
        folder=folder,
        formats=check_formats(formats),
    )
    return Explorer(setup)
