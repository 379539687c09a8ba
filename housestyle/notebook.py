"""Notebooks: finished charts shown as their exported image, download buttons, an explorer.

Three things for Jupyter:

- A finalised figure (a chart or a :func:`housestyle.table`) displays as the PNG
  :func:`housestyle.export` writes at twice the pixel density, shown at its 1x size
  and carrying its alt text: what you see is the file you would publish, not a
  re-rendered approximation. :func:`housestyle.finalise` gives the figure the
  display methods (:func:`attach_display`); nothing global changes and IPython is
  not imported until the figure is displayed.
- :func:`show` displays a figure with buttons that download it as PNG, SVG and PDF:
  the bytes of :func:`housestyle.export`, rendered in memory and embedded as
  ``data:`` links. No browser-side screenshots, nothing from the network.
- :func:`explore` builds an ipywidgets app from a chart function's keyword
  parameters: change a control and the chart re-renders; the export button writes
  the current view. ipywidgets is an optional extra:
  ``pip install 'housestyle[notebook]'``.

How :func:`explore` chooses a control
-------------------------------------
For each keyword parameter with a default (or given in ``options``), in order:

======================================  ============================================
what the parameter has                  control
======================================  ============================================
``options={"p": callable}``             Dropdown whose choices are
                                        ``callable(values)``, re-computed when any
                                        other control changes (``values`` maps every
                                        parameter, ``"brand"`` and ``"size"`` to the
                                        current value)
``options={"p": [..]}`` or a dict       Dropdown of those choices (a dict maps
                                        labels to values)
``options={"p": (low, high[, step])}``  IntSlider or FloatSlider over that range
``Annotated[T, spec]``                  the same, with ``spec`` any of the above
``Literal["a", "b"]`` hint              Dropdown of the literals
a list or tuple default                 Dropdown of its items, the first selected
``bool``                                Checkbox
``int`` / ``float``                     IntSlider / FloatSlider from 0 (1 for a
                                        positive int) to twice the default
``str``                                 Text
anything else                           no control: the default is passed
======================================  ============================================

A parameter named ``size`` receives the size selector's preset name and one named
``brand`` the brand selector's name; the function always runs inside
``housestyle.style(brand)``, so recipes follow the brand selector without a
``brand`` parameter. A function that returns an unfinalised Figure or a plotnine
ggplot is finalised at the selected size. A function that returns a finalised
figure and takes no ``size`` parameter finalised it itself (the cookbook's
matplotlib recipes do): its size selector is then disabled, showing the preset the
recipe chose, because a finished layout cannot be re-sized without drawing again.
"""

from __future__ import annotations

import hashlib
import html
import inspect
import re
import typing
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType, UnionType
from typing import Annotated, Any, Literal

from matplotlib.figure import Figure

from . import export as export_module
from .brand import Brand, HouseStyleError, brands
from .context import current_brand, resolve_brand
from .display import MIME_TYPES, _img_html, _pixels, _plain, _selected, data_uri
from .finalise import finalise
from .mpl import style
from .recipes import load_recipe
from .record import finalised

__all__ = ["Explorer", "Shown", "explore", "show"]

_INSTALL = "pip install 'housestyle[notebook]'"
_MAX_STEM = 80  # characters of an exported file's name, before the format's suffix
_LABEL_WIDTH = "72px"  # one width for every control's label, so the inputs line up
_CONTROL_WIDTH = "calc(100% - 4px)"  # ipywidgets adds a 2px margin each side


# --------------------------------------------------------------------------- #
# show(): the chart with download buttons
# --------------------------------------------------------------------------- #


def _slug(text: str, fallback: str = "chart") -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    if len(slug) > _MAX_STEM:
        digest = hashlib.sha1(slug.encode("utf-8")).hexdigest()[:8]
        slug = f"{slug[: _MAX_STEM - 9].rstrip('-')}-{digest}"
    return slug or fallback


def _as_figure(obj: Any) -> Figure:
    if isinstance(obj, Figure):
        return obj
    if type(obj).__name__ in ("DataFrame", "Styler"):
        from .tables import table

        return table(obj)
    raise HouseStyleError(
        f"fig_or_table: a {type(obj).__name__} cannot be shown; allowed: a matplotlib Figure "
        "(pass a plotnine ggplot through housestyle.finalise first), a DataFrame or a Styler"
    )


@dataclass(frozen=True)
class Shown:
    """A figure with download buttons, as :func:`show` returns it.

    Attributes
    ----------
    figure
        The figure shown.
    png2x
        The 2x PNG displayed.
    files
        ``{format: bytes}`` offered for download, exactly as :func:`housestyle.export`
        writes them.
    names
        ``{format: file name}`` each download is saved as.
    html
        The HTML displayed.
    """

    figure: Figure
    png2x: bytes
    files: dict[str, bytes]
    names: dict[str, str]
    html: str = field(repr=False)

    def _repr_html_(self) -> str:
        return self.html

    def _repr_mimebundle_(self, include: Any = None, exclude: Any = None) -> dict[str, Any]:
        bundle = {"text/html": self.html, "text/plain": _plain(self.figure)}
        return _selected(bundle, include, exclude)


def _brand_of(fig: Figure) -> Brand:
    info = finalised(fig)
    return info.brand if info is not None else resolve_brand()


def _kilobytes(size: int) -> str:
    return f"{size / 1024:.0f} kB" if size >= 1024 else f"{size} B"


def _button_css(brand: Brand) -> str:
    c = brand.colours
    return (
        "display:inline-flex;align-items:baseline;gap:6px;padding:5px 12px;"
        f"border:1px solid {c.gridline};border-radius:4px;background:{c.background};"
        f"color:{c.text};text-decoration:none;font-weight:bold;font-size:13px;line-height:1.4"
    )


def _inset(fig: Figure) -> str:
    """The brand's left margin as a share of the figure width, to align the buttons."""
    info = finalised(fig)
    if info is None:
        return "0"
    return f"{100 * info.brand.layout.margins.left / info.preset.points[0]:.2f}%"


def _buttons(shown_files: dict[str, bytes], names: dict[str, str], brand: Brand, inset: str) -> str:
    label_css = f"font-weight:normal;color:{brand.colours.muted_text};font-size:12px"
    links = [
        f'<a class="housestyle-download" download="{html.escape(names[fmt])}" '
        f'href="{data_uri(data, MIME_TYPES[fmt])}" title="Download {html.escape(names[fmt])}" '
        f'style="{_button_css(brand)}">&#x2913;&#xa0;{fmt.upper().replace("2X", " 2x")}'
        f'<span style="{label_css}">{_kilobytes(len(data))}</span></a>'
        for fmt, data in shown_files.items()
    ]
    family = html.escape(f"{brand.fonts.family}, {brand.fonts.fallback}, sans-serif")
    return (
        f'<div class="housestyle-downloads" style="display:flex;flex-wrap:wrap;gap:8px;'
        f'margin:6px 0 0 {inset};font-family:{family}">{"".join(links)}</div>'
    )


def show(
    fig_or_table: Any,
    *,
    formats: Sequence[str] = ("png", "svg", "pdf"),
    name: str | None = None,
) -> Shown:
    """Show a finished chart or table with buttons that download it.

    Parameters
    ----------
    fig_or_table
        A Figure from :func:`housestyle.finalise` or :func:`housestyle.table`, or a
        DataFrame or Styler (drawn with :func:`housestyle.table`).
    formats
        The downloads offered, any formats of :func:`housestyle.export`.
    name
        The downloaded files' name without suffix; by default the title as a slug.

    Returns
    -------
    Shown
        Displays as HTML as the last expression of a cell or through
        ``IPython.display.display``: the 2x PNG at 1x size with its alt text, and a
        download link per format whose bytes are those :func:`housestyle.export`
        writes.

    Raises
    ------
    HouseStyleError
        For an object that cannot be shown, or an unknown format.
    """
    fig = _as_figure(fig_or_table)
    export = export_module
    chosen = export.check_formats(formats)
    rendered = export.render(fig, ["png2x", *chosen])
    info = finalised(fig)
    stem = _slug(name or (info.title if info is not None and info.title else ""))
    files = {fmt: rendered[fmt] for fmt in chosen}
    names = {fmt: stem + export.FORMATS[fmt] for fmt in chosen}
    buttons = _buttons(files, names, _brand_of(fig), _inset(fig))
    width = _pixels(fig)[0]
    page = (
        f'<div class="housestyle-show" style="width:{width}px;max-width:100%">'
        f"{_img_html(fig, rendered['png2x'])}{buttons}</div>"
    )
    return Shown(fig, rendered["png2x"], files, names, page)


# --------------------------------------------------------------------------- #
# explore(): the parameters of a chart function as widgets
# --------------------------------------------------------------------------- #


def _ipywidgets() -> ModuleType:
    try:
        import ipywidgets
    except ImportError:
        raise HouseStyleError(
            f"explore: needs ipywidgets, an optional extra; allowed: install it with {_INSTALL}"
        ) from None
    return ipywidgets


def _load(target: Any) -> tuple[Callable[..., Any], str]:
    """Return the chart function and a name for it from a path, module or callable."""
    if isinstance(target, str | Path):
        path = Path(target).expanduser()
        if path.suffix != ".py" or not path.is_file():
            raise HouseStyleError(
                f"recipe: {str(target)!r} is not a Python file; allowed: the path of a "
                "recipe file, a module with recipe(), or a function returning a Figure"
            )
        target = load_recipe(path, "housestyle_explore")
        name = path.stem
    else:
        name = getattr(target, "__name__", type(target).__name__).rsplit(".", 1)[-1]
    if isinstance(target, ModuleType):
        if not callable(getattr(target, "recipe", None)):
            raise HouseStyleError(f"recipe: module {target.__name__!r} has no recipe() function")
        return target.recipe, name
    if not callable(target):
        raise HouseStyleError(
            f"recipe: a {type(target).__name__} is not a recipe; allowed: a path, a module "
            "with recipe(), or a function returning a Figure"
        )
    return target, name


@dataclass(frozen=True)
class _Spec:
    """How one parameter is controlled: a kind and its choices, range or rule."""

    name: str
    kind: str  # "dropdown", "dependent", "int", "float", "bool", "text"
    initial: Any
    choices: Any = None  # list of (label, value), or the dependent callable
    bounds: tuple[float, float, float] | None = None


def _hints(func: Callable[..., Any]) -> dict[str, Any]:
    try:
        return typing.get_type_hints(func, include_extras=True)
    except Exception:  # unresolvable hints: fall back to the defaults' types
        return {}


def _unpack(hint: Any) -> tuple[Any, Any]:
    """Return the hint without Annotated, Optional, and the first usable Annotated spec."""
    spec = None
    if typing.get_origin(hint) is Annotated:
        hint, *extras = typing.get_args(hint)
        spec = next((e for e in extras if _is_spec(e)), None)
    args = [a for a in typing.get_args(hint) if a is not type(None)]
    if typing.get_origin(hint) in (typing.Union, UnionType) and len(args) == 1:
        hint = args[0]
    return hint, spec


def _is_spec(value: Any) -> bool:
    return isinstance(value, list | tuple | dict) or (
        callable(value) and not isinstance(value, type)
    )


def _labelled(values: Any) -> list[tuple[str, Any]]:
    if isinstance(values, Mapping):
        return [(str(label), value) for label, value in values.items()]
    return [(str(value), value) for value in values]


def _is_range(value: Any) -> bool:
    return (
        isinstance(value, tuple)
        and len(value) in (2, 3)
        and all(isinstance(v, int | float) and not isinstance(v, bool) for v in value)
    )


def _nice_step(span: float) -> float:
    raw = span / 100
    magnitude = 10 ** float(f"{raw:e}".split("e")[1])
    return next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw)


def _auto_bounds(default: float, integer: bool) -> tuple[float, float, float]:
    if default == 0:
        return (0, 10, 1) if integer else (0.0, 1.0, 0.01)
    low = (1 if integer and default >= 1 else 0) if default > 0 else 2 * default
    high = 2 * default if default > 0 else 0
    return (low, high, 1) if integer else (low, high, _nice_step(high - low))


def _options(choices: list[tuple[str, Any]]) -> list[Any]:
    """The choices as ipywidgets takes them: plain strings when they label themselves."""
    if all(isinstance(value, str) and label == value for label, value in choices):
        return [value for _, value in choices]
    return choices


def _initial(choices: list[tuple[str, Any]], default: Any) -> Any:
    values = [value for _, value in choices]
    return default if any(default is v or default == v for v in values) else values[0]


def _from_spec(name: str, spec: Any, default: Any, integer: bool) -> _Spec:
    if _is_range(spec):
        low, high, *step = spec
        integer = integer or all(isinstance(v, int) for v in spec)
        step = step[0] if step else (1 if integer else _nice_step(high - low))
        start = default if isinstance(default, int | float) else low
        return _Spec(name, "int" if integer else "float", start, bounds=(low, high, step))
    if callable(spec) and not isinstance(spec, list | tuple | dict):
        return _Spec(name, "dependent", default, choices=spec)
    choices = _labelled(spec)
    if not choices:
        raise HouseStyleError(f"options[{name!r}]: no choices; allowed: a non-empty list")
    return _Spec(name, "dropdown", _initial(choices, default), choices=choices)


def _from_type(name: str, hint: Any, default: Any) -> _Spec | None:
    if typing.get_origin(hint) is Literal:
        choices = _labelled(typing.get_args(hint))
        return _Spec(name, "dropdown", _initial(choices, default), choices=choices)
    if isinstance(default, list | tuple) and default:
        return _Spec(name, "dropdown", default[0], choices=_labelled(default))
    kind = hint if isinstance(hint, type) else type(default)
    if kind is bool:
        return _Spec(name, "bool", bool(default))
    if kind in (int, float) and isinstance(default, int | float):
        integer = kind is int
        return _Spec(name, kind.__name__, default, bounds=_auto_bounds(default, integer))
    if kind is str and isinstance(default, str):
        return _Spec(name, "text", default)
    return None


def _specs(
    func: Callable[..., Any], options: Mapping[str, Any], fixed: Mapping[str, Any]
) -> tuple[list[_Spec], set[str]]:
    """The controls for ``func``'s parameters, and the names of those it accepts."""
    signature = inspect.signature(func)
    hints = _hints(func)
    unknown = set(options) - set(signature.parameters)
    if unknown and not any(p.kind is p.VAR_KEYWORD for p in signature.parameters.values()):
        raise HouseStyleError(
            f"options: {', '.join(sorted(unknown))} not a parameter of the function; "
            f"allowed: {', '.join(signature.parameters) or 'none'}"
        )
    specs = []
    for param in signature.parameters.values():
        if param.name in ("size", "brand") or param.name in fixed:
            continue
        if param.kind in (param.VAR_POSITIONAL, param.VAR_KEYWORD, param.POSITIONAL_ONLY):
            continue
        spec = _spec_for(param, hints.get(param.name), options)
        if spec is None and param.default is param.empty:
            raise HouseStyleError(
                f"explore: parameter {param.name!r} has no default and no control; "
                f"allowed: give it, explore(f, {param.name}=...), or its choices in options"
            )
        if spec is not None:
            specs.append(spec)
    return specs, set(signature.parameters)


def _spec_for(param: inspect.Parameter, hint: Any, options: Mapping[str, Any]) -> _Spec | None:
    default = None if param.default is param.empty else param.default
    hint, annotated = _unpack(hint)
    spec = options.get(param.name, annotated)
    if spec is not None:
        return _from_spec(param.name, spec, default, hint is int)
    return _from_type(param.name, hint, default)


def _widget(widgets: ModuleType, spec: _Spec) -> Any:
    style = {"description_width": _LABEL_WIDTH}
    layout = widgets.Layout(width=_CONTROL_WIDTH)
    common = {"description": spec.name, "style": style, "layout": layout}
    if spec.kind in ("dropdown", "dependent"):
        choices = spec.choices if spec.kind == "dropdown" else [(str(spec.initial), spec.initial)]
        return widgets.Dropdown(options=_options(choices), value=spec.initial, **common)
    if spec.kind in ("int", "float"):
        low, high, step = spec.bounds
        slider = widgets.IntSlider if spec.kind == "int" else widgets.FloatSlider
        value = min(max(spec.initial, low), high)
        return slider(value=value, min=low, max=high, step=step, continuous_update=False, **common)
    if spec.kind == "bool":
        return widgets.Checkbox(value=spec.initial, indent=False, **common)
    return widgets.Text(value=spec.initial, continuous_update=False, **common)


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

    def __init__(
        self,
        func: Callable[..., Any],
        name: str,
        specs: list[_Spec],
        accepted: set[str],
        *,
        fixed: Mapping[str, Any],
        brand: str,
        size: str | None,
        folder: str | Path,
        formats: tuple[str, ...],
    ):
        self._widgets = _ipywidgets()
        self.func, self.name, self._specs = func, name, specs
        self._accepted, self._fixed, self.formats = accepted, dict(fixed), formats
        self._busy = False
        self._view = ""
        self.figure: Figure | None = None
        self.png2x: bytes | None = None
        self.error: BaseException | None = None
        self.controls = self._build_controls(brand, size)
        self._build_rest(folder)
        self._refresh_choices()
        self._render(raise_errors=True)
        for widget in self.controls.values():
            widget.observe(self._changed, names="value")

    # ----------------------------------------------------------------- building

    def _build_controls(self, brand: str, size: str | None) -> dict[str, Any]:
        w = self._widgets
        common = {
            "style": {"description_width": _LABEL_WIDTH},
            "layout": w.Layout(width=_CONTROL_WIDTH),
        }
        presets = list(resolve_brand(brand).presets)
        controls = {
            "brand": w.Dropdown(options=brands(), value=brand, description="brand", **common),
            "size": w.Dropdown(
                options=presets, value=size or presets[0], description="size", **common
            ),
        }
        controls.update({spec.name: _widget(w, spec) for spec in self._specs})
        return controls

    def _build_rest(self, folder: str | Path) -> None:
        w = self._widgets
        self.folder = w.Text(
            value=str(folder),
            description="folder",
            style={"description_width": _LABEL_WIDTH},
            layout=w.Layout(width=_CONTROL_WIDTH),
        )
        self.export_button = w.Button(
            description="Export " + ", ".join(f.upper() for f in self.formats),
            icon="download",
            tooltip="Write the current view with housestyle.export",
            layout=w.Layout(width=_CONTROL_WIDTH),
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
        values = self.values()
        kwargs = {**self._fixed, **{s.name: values[s.name] for s in self._specs}}
        for name in ("brand", "size"):
            if name in self._accepted and name not in self._fixed:
                kwargs[name] = values[name]
        return kwargs

    def _refresh_choices(self) -> None:
        """Re-compute the size presets of the brand and every dependent dropdown."""
        size = self.controls["size"]
        if not size.disabled:
            _set_options(size, _labelled(list(resolve_brand(self.controls["brand"].value).presets)))
        for spec in self._specs:
            if spec.kind == "dependent":
                choices = _labelled(spec.choices(self.values()))
                if not choices:
                    raise HouseStyleError(f"options[{spec.name!r}]: gave no choices")
                _set_options(self.controls[spec.name], choices)

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

    def _render(self, *, raise_errors: bool) -> None:
        values = self.values()
        try:
            with style(values["brand"]):
                result = self.func(**self._kwargs())
            fig = self._finished(result, values)
            png2x = export_module.render(fig, ["png2x"])["png2x"]
        except Exception as exc:
            if raise_errors:
                raise
            self._show_error(exc)
            self.figure = self.png2x = None  # the image no longer matches the controls
            self.output.value = f'<div style="opacity:0.35">{self._view}</div>'
            return
        self.figure, self.png2x, self.error = fig, png2x, None
        self.output.value = self._view = _img_html(fig, png2x)
        self.status.value = ""

    def _finished(self, result: Any, values: Mapping[str, Any]) -> Figure:
        import matplotlib.pyplot as plt

        info = finalised(result) if isinstance(result, Figure) else None
        if info is None:
            if not isinstance(result, Figure) and type(result).__name__ != "ggplot":
                raise HouseStyleError(
                    f"recipe: returned a {type(result).__name__}; allowed: a matplotlib "
                    "Figure or a plotnine ggplot"
                )
            result = finalise(result, size=values["size"], brand=values["brand"])
        elif "size" not in self._accepted:
            self._pin_size(info.preset.name)
        plt.close(result)  # out of pyplot: the inline backend must not show it again
        return result

    def _pin_size(self, preset: str) -> None:
        size = self.controls["size"]
        if preset not in size.options:
            _set_options(size, [*_labelled(size.options), (preset, preset)])
        size.value = preset
        size.disabled = True
        size.tooltip = "the recipe finalises its figure itself at this size"

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
        parts += [str(values[s.name]) for s in self._specs]
        return _slug("-".join(parts))

    def export(self, folder: str | Path | None = None) -> list[Path]:
        """Write the current view into ``folder`` (default: the folder control's value).

        Returns the paths :func:`housestyle.export` wrote, one per format.
        """
        if self.figure is None:
            raise HouseStyleError("explore: there is no chart to export; fix the error first")
        folder = Path(folder if folder is not None else self.folder.value).expanduser()
        from .export import export

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


def _set_options(dropdown: Any, choices: list[tuple[str, Any]]) -> None:
    """Give ``dropdown`` new choices, keeping its value when it is still a choice."""
    current = dropdown.value
    dropdown.options = _options(choices)
    dropdown.value = _initial(choices, current)


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
        The path of a recipe file (``"cookbook/mpl_highlight_bar.py"``), a module with
        a ``recipe()`` function, or any function returning a Figure or a ggplot.
    options
        Controls for parameters, overriding what hints and defaults give:
        ``{"p": [choices]}`` or ``{"p": {label: value}}`` for a dropdown,
        ``{"p": (low, high)}`` or ``(low, high, step)`` for a slider, or
        ``{"p": lambda values: [choices]}`` for choices that depend on the other
        controls' current values (see the module documentation for every rule).
    brand
        The brand selected first; the current brand by default.
    size
        The size preset selected first; the function's ``size`` default, else ``"web"``.
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
    func, name = _load(recipe)
    options = dict(options or {})
    specs, accepted = _specs(func, options, fixed)
    chosen = export_module.check_formats(formats)
    brand_name = resolve_brand(brand).name
    if brand_name not in brands():
        raise HouseStyleError(f"brand: {brand_name!r} is not a shipped brand; allowed: {brands()}")
    if size is None:
        default = inspect.signature(func).parameters.get("size")
        size = default.default if default is not None and default.default != default.empty else None
    size = resolve_brand(brand_name).preset(size or "web").name
    return Explorer(
        func,
        name,
        specs,
        accepted,
        fixed=fixed,
        brand=brand_name,
        size=size,
        folder=folder,
        formats=chosen,
    )
