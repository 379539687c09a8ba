"""From a chart function's parameters to the explorer's controls, and on to widgets.

For each keyword parameter, :func:`controls_for` gathers what is known (its default,
its type hint without ``Annotated`` or ``Optional``, and a spec from ``options`` or
``Annotated``), then tries the rules of :data:`RULES` in order; the first that
applies gives the control. The table in :mod:`housestyle.notebook._explore` lists them.
"""

from __future__ import annotations

import inspect
import typing
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import ModuleType, UnionType
from typing import Annotated, Any, Literal

from ..errors import HouseStyleError

__all__ = [
    "CONTEXT",
    "LABEL_WIDTH",
    "RULES",
    "WIDTH",
    "Control",
    "controls_for",
    "make_widget",
    "set_choices",
]

LABEL_WIDTH = "72px"  # one width for every control's label, so the inputs line up
WIDTH = "calc(100% - 4px)"  # ipywidgets adds a 2px margin each side
#: Parameters the explorer fills from its own brand and size selectors.
CONTEXT = ("brand", "size")


@dataclass(frozen=True)
class Control:
    """How one parameter is controlled: a kind and its choices, range or rule."""

    name: str
    kind: str  # "dropdown", "dependent", "several", "int", "float", "bool", "text"
    initial: Any
    choices: Any = None  # list of (label, value), or the callable giving them
    bounds: tuple[float, float, float] | None = None


@dataclass(frozen=True)
class _Parameter:
    """What is known about one parameter."""

    name: str
    default: Any
    hint: Any  # the type hint, without Annotated and Optional
    spec: Any  # from options, else from Annotated; None when neither gives one


# --------------------------------------------------------------------------- #
# Reading a parameter
# --------------------------------------------------------------------------- #


def _hints(func: Callable[..., Any]) -> dict[str, Any]:
    try:
        return typing.get_type_hints(func, include_extras=True)
    except Exception:  # unresolvable hints: fall back to the defaults' types
        return {}


def _is_spec(value: Any) -> bool:
    return isinstance(value, list | tuple | dict) or (
        callable(value) and not isinstance(value, type)
    )


def _unpack(hint: Any) -> tuple[Any, Any]:
    """Return the hint without Annotated and Optional, and the first usable Annotated spec."""
    spec = None
    if typing.get_origin(hint) is Annotated:
        hint, *extras = typing.get_args(hint)
        spec = next((e for e in extras if _is_spec(e)), None)
    args = [a for a in typing.get_args(hint) if a is not type(None)]
    if typing.get_origin(hint) in (typing.Union, UnionType) and len(args) == 1:
        hint = args[0]
    return hint, spec


def _parameter(param: inspect.Parameter, hint: Any, options: Mapping[str, Any]) -> _Parameter:
    default = None if param.default is param.empty else param.default
    hint, annotated = _unpack(hint)
    return _Parameter(param.name, default, hint, options.get(param.name, annotated))


# --------------------------------------------------------------------------- #
# Choices and ranges
# --------------------------------------------------------------------------- #


def _labelled(values: Any) -> list[tuple[str, Any]]:
    if isinstance(values, Mapping):
        return [(str(label), value) for label, value in values.items()]
    return [(str(value), value) for value in values]


def _initial(choices: list[tuple[str, Any]], default: Any) -> Any:
    values = [value for _, value in choices]
    return default if any(default is v or default == v for v in values) else values[0]


def _is_range(value: Any) -> bool:
    return (
        isinstance(value, tuple)
        and len(value) in (2, 3)
        and all(isinstance(v, int | float) and not isinstance(v, bool) for v in value)
    )


def _nice_step(span: float) -> float:
    """The 1, 2 or 5 times a power of ten that cuts ``span`` into about 100 steps."""
    raw = span / 100
    magnitude = 10 ** float(f"{raw:e}".split("e")[1])
    return next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw)


def _auto_bounds(default: float, integer: bool) -> tuple[float, float, float]:
    """From 0 (1 for a positive int) to twice the default; or to 0 from twice a negative."""
    if default == 0:
        return (0, 10, 1) if integer else (0.0, 1.0, 0.01)
    low = (1 if integer and default >= 1 else 0) if default > 0 else 2 * default
    high = 2 * default if default > 0 else 0
    return (low, high, 1) if integer else (low, high, _nice_step(high - low))


# --------------------------------------------------------------------------- #
# The rules, tried in order
# --------------------------------------------------------------------------- #


def _from_range(p: _Parameter) -> Control | None:
    if not _is_range(p.spec):
        return None
    low, high, *step = p.spec
    integer = p.hint is int or all(isinstance(v, int) for v in p.spec)
    size = step[0] if step else (1 if integer else _nice_step(high - low))
    start = p.default if isinstance(p.default, int | float) else low
    return Control(p.name, "int" if integer else "float", start, bounds=(low, high, size))


def _from_rule(p: _Parameter) -> Control | None:
    if not callable(p.spec) or isinstance(p.spec, list | tuple | dict):
        return None
    return Control(p.name, "dependent", p.default, choices=p.spec)


def _from_choices(p: _Parameter) -> Control | None:
    if p.spec is None:
        return None
    choices = _labelled(p.spec)
    if not choices:
        raise HouseStyleError(f"options[{p.name!r}]: no choices; allowed: a non-empty list")
    return Control(p.name, "dropdown", _initial(choices, p.default), choices=choices)


def _literal_items(hint: Any) -> tuple[Any, ...] | None:
    """The choices of a ``tuple[Literal[...], ...]`` or ``list[Literal[...]]`` hint."""
    if typing.get_origin(hint) not in (tuple, list):
        return None
    args = [a for a in typing.get_args(hint) if a is not Ellipsis]
    if len(args) != 1 or typing.get_origin(args[0]) is not Literal:
        return None
    return typing.get_args(args[0])


def _from_several(p: _Parameter) -> Control | None:
    """Several of the choices at once (``SelectMultiple``), in the order of the choices."""
    items = _literal_items(p.hint)
    if items is None:
        return None
    choices = _labelled(p.spec if isinstance(p.spec, list | tuple | dict) else items)
    picked = set(p.default or ())
    initial = tuple(value for _, value in choices if value in picked)
    return Control(p.name, "several", initial, choices=choices)


def _from_literal(p: _Parameter) -> Control | None:
    if typing.get_origin(p.hint) is not Literal:
        return None
    choices = _labelled(typing.get_args(p.hint))
    return Control(p.name, "dropdown", _initial(choices, p.default), choices=choices)


def _from_sequence(p: _Parameter) -> Control | None:
    if not isinstance(p.default, list | tuple) or not p.default:
        return None
    return Control(p.name, "dropdown", p.default[0], choices=_labelled(p.default))


def _kind(p: _Parameter) -> type:
    return p.hint if isinstance(p.hint, type) else type(p.default)


def _from_bool(p: _Parameter) -> Control | None:
    return Control(p.name, "bool", bool(p.default)) if _kind(p) is bool else None


def _from_number(p: _Parameter) -> Control | None:
    kind = _kind(p)
    if kind not in (int, float) or not isinstance(p.default, int | float):
        return None
    bounds = _auto_bounds(p.default, integer=kind is int)
    return Control(p.name, kind.__name__, p.default, bounds=bounds)


def _from_text(p: _Parameter) -> Control | None:
    if _kind(p) is not str or not isinstance(p.default, str):
        return None
    return Control(p.name, "text", p.default)


#: The rules in the order they are tried: a spec first, then the hint, then the default.
RULES: tuple[Callable[[_Parameter], Control | None], ...] = (
    _from_range,
    _from_several,
    _from_rule,
    _from_choices,
    _from_literal,
    _from_sequence,
    _from_bool,
    _from_number,
    _from_text,
)


def _control(p: _Parameter) -> Control | None:
    return next((c for rule in RULES if (c := rule(p)) is not None), None)


# --------------------------------------------------------------------------- #
# Every parameter of a function
# --------------------------------------------------------------------------- #


def _check_options(signature: inspect.Signature, options: Mapping[str, Any]) -> None:
    unknown = set(options) - set(signature.parameters)
    takes_any = any(p.kind is p.VAR_KEYWORD for p in signature.parameters.values())
    if unknown and not takes_any:
        raise HouseStyleError(
            f"options: {', '.join(sorted(unknown))} not a parameter of the function; "
            f"allowed: {', '.join(signature.parameters) or 'none'}"
        )


def _explored(signature: inspect.Signature, fixed: Mapping[str, Any]) -> list[inspect.Parameter]:
    """The parameters that may get a control: by keyword, not given, not brand or size."""
    skipped = (inspect.Parameter.VAR_POSITIONAL, inspect.Parameter.VAR_KEYWORD)
    return [
        p
        for p in signature.parameters.values()
        if p.name not in CONTEXT
        and p.name not in fixed
        and p.kind not in skipped
        and p.kind is not p.POSITIONAL_ONLY
    ]


def controls_for(
    func: Callable[..., Any], options: Mapping[str, Any], fixed: Mapping[str, Any]
) -> tuple[list[Control], set[str]]:
    """The controls for ``func``'s parameters, and the names of every parameter it takes.

    Raises
    ------
    HouseStyleError
        For ``options`` naming no parameter, an empty list of choices, or a
        parameter with no default that no rule gives a control.
    """
    signature = inspect.signature(func)
    _check_options(signature, options)
    hints = _hints(func)
    controls = []
    for param in _explored(signature, fixed):
        control = _control(_parameter(param, hints.get(param.name), options))
        if control is None and param.default is param.empty:
            raise HouseStyleError(
                f"explore: parameter {param.name!r} has no default and no control; "
                f"allowed: give it, explore(f, {param.name}=...), or its choices in options"
            )
        if control is not None:
            controls.append(control)
    return controls, set(signature.parameters)


# --------------------------------------------------------------------------- #
# Widgets
# --------------------------------------------------------------------------- #


def _options(choices: list[tuple[str, Any]]) -> list[Any]:
    """The choices as ipywidgets takes them: plain strings when they label themselves."""
    if all(isinstance(value, str) and label == value for label, value in choices):
        return [value for _, value in choices]
    return choices


def _common(widgets: ModuleType, name: str) -> dict[str, Any]:
    return {
        "description": name,
        "style": {"description_width": LABEL_WIDTH},
        "layout": widgets.Layout(width=WIDTH),
    }


def make_widget(widgets: ModuleType, control: Control) -> Any:
    """The ipywidgets widget for ``control``, set to its initial value."""
    common = _common(widgets, control.name)
    if control.kind in ("dropdown", "dependent"):
        choices = control.choices if control.kind == "dropdown" else _labelled([control.initial])
        return widgets.Dropdown(options=_options(choices), value=control.initial, **common)
    if control.kind == "several":
        rows = min(len(control.choices), 8)
        options = _options(control.choices)
        return widgets.SelectMultiple(options=options, value=control.initial, rows=rows, **common)
    if control.kind in ("int", "float") and control.bounds is not None:
        low, high, step = control.bounds
        slider = widgets.IntSlider if control.kind == "int" else widgets.FloatSlider
        value = min(max(control.initial, low), high)
        return slider(value=value, min=low, max=high, step=step, continuous_update=False, **common)
    if control.kind == "bool":
        return widgets.Checkbox(value=control.initial, indent=False, **common)
    return widgets.Text(value=control.initial, continuous_update=False, **common)


def set_choices(dropdown: Any, choices: Any) -> None:
    """Give ``dropdown`` new choices, keeping its value when it is still a choice."""
    labelled = _labelled(choices)
    current = dropdown.value
    dropdown.options = _options(labelled)
    dropdown.value = _initial(labelled, current)
