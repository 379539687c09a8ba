"""Posit's brand.yml in and out: one ``_brand.yml`` for Quarto, Shiny and housestyle.

:func:`housestyle.load_brand` reads a ``_brand.yml`` (any ``.yml``/``.yaml`` file in
brand.yml's shape: ``meta``, ``color``, ``typography``, ``logo``) through Posit's
``brand_yml`` package, which resolves palette references and validates it; here it is
mapped onto a housestyle brand that ``extends: ou`` (so sizes, lines and layout are the
house's). What brand.yml has no place for in a chart, or what cannot be used offline (a
font from Google Fonts), is named in one :class:`BrandYmlWarning`.

:func:`write_brand_yml` (``housestyle brand export --brand-yml OUT``) writes a brand as
a ``_brand.yml`` that ``brand_yml`` reads, with every colour named in ``color.palette``
(``categorical-1``..., ``sequential-1``..., ``gridline``, ``axis``...) so that reading it
back gives the same colours and fonts.

Light and dark: a colour written ``{light: ..., dark: ...}`` takes its light value (its
dark one with ``mode="dark"``, see :func:`brand_data`); a logo with ``light`` and
``dark`` variants gives the variant for the brand's background (``dark`` is the logo
drawn for a dark background).
"""

from __future__ import annotations

import importlib.util
import os
import warnings
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml
from matplotlib.colors import to_hex, to_rgb

from .._files import write_text
from ..errors import HouseStyleError

__all__ = ["BrandYmlWarning", "brand_data", "is_brand_yml", "write_brand_yml"]

_OURS = ("name", "colours", "palettes", "fonts", "extends", "type", "layout", "footer")
_THEIRS = ("meta", "color", "typography", "logo", "defaults")
_FIELDS_USED = {
    "color": {
        "palette",
        "foreground",
        "background",
        "primary",
        "secondary",
        "tertiary",
        "success",
        "danger",
        "warning",
        "info",
        "dark",
    },
    "typography": {"fonts", "base", "headings"},
    "meta": {"name"},
    "logo": {"small", "medium", "large", "images"},
}
_WEIGHTS = {
    "regular": (400, "normal"),
    "bold": (700, "normal"),
    "italic": (400, "italic"),
    "bold_italic": (700, "italic"),
}


_MIN_CATEGORICAL = 6  # the schema's least


class BrandYmlWarning(UserWarning):
    """Fields of a ``_brand.yml`` that a housestyle brand cannot use."""


def is_brand_yml(data: Any) -> bool:
    """True for a mapping shaped like brand.yml rather than like a housestyle brand.

    Examples
    --------
    >>> is_brand_yml({"color": {"primary": "blue"}}), is_brand_yml({"name": "ou"})
    (True, False)
    """
    return (
        isinstance(data, dict)
        and any(key in data for key in _THEIRS)
        and not any(key in data for key in _OURS)
    )


def _variant(value: Any, mode: str) -> Any:
    """A ``{light: ..., dark: ...}`` value's variant for ``mode``; anything else as it is."""
    if isinstance(value, dict) and set(value) <= {"light", "dark"} and value:
        return value.get(mode, value.get("light", next(iter(value.values()))))
    return value


def _with_mode(data: dict[str, Any], mode: str) -> dict[str, Any]:
    color = data.get("color")
    if isinstance(color, dict):
        data = {**data, "color": {k: _variant(v, mode) for k, v in color.items()}}
    return data


def _read(path: Path, mode: str) -> Any:
    if importlib.util.find_spec("brand_yml") is None:
        raise HouseStyleError(
            f"brand: {path} is a brand.yml file; reading it needs the brand_yml package "
            "(pip install housestyle[brand-yml])"
        )
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return raw, _parse(raw, path, mode)


def _parse(raw: dict[str, Any], path: Path, mode: str) -> Any:
    from brand_yml import Brand as PositBrand

    try:
        return PositBrand.from_yaml_str(yaml.safe_dump(_with_mode(raw, mode)), path=path)
    except Exception as exc:  # pydantic's ValidationError names the field
        raise HouseStyleError(f"brand: {path} is not a valid brand.yml file: {exc}") from None


def _hex(value: Any) -> str | None:
    if value is None:
        return None
    try:
        return str(to_hex(str(value))).lower()
    except ValueError:
        return None


def _mix(first: str, second: str, share: float) -> str:
    """``first`` moved ``share`` of the way to ``second`` in sRGB."""
    a, b = to_rgb(first), to_rgb(second)
    r, g, b_ = (x + (y - x) * share for x, y in zip(a, b, strict=True))
    return str(to_hex((r, g, b_)))


def _numbered(palette: Mapping[str, str], prefix: str) -> list[str]:
    found = sorted(
        (int(name.rsplit("-", 1)[1]), colour)
        for name, colour in palette.items()
        if name.startswith(prefix + "-") and name.rsplit("-", 1)[1].isdigit()
    )
    return [colour for _, colour in found]


def _colours(
    color: Any, order: list[str], base: Mapping[str, str]
) -> tuple[dict[str, str], dict[str, Any]]:
    """The housestyle colours and palettes from brand.yml's ``color``, in the file's order.

    ``base`` is the colours of the brand it extends, for what brand.yml does not say.
    """
    resolved = color.palette or {}
    names = [n for n in order if n in resolved] + [n for n in resolved if n not in order]
    palette = {k: h for k in names if (h := _hex(resolved[k]))}
    theme = {name: _hex(getattr(color, name, None)) for name in _FIELDS_USED["color"]}
    text = theme["foreground"] or base["text"]
    background = theme["background"] or base["background"]
    primary = theme["primary"] or next(iter(palette.values()), base["primary"])
    muted = theme["secondary"] or _mix(text, background, 0.4)
    colours = {
        "text": text,
        "muted_text": palette.get("muted-text", muted),
        "background": background,
        "gridline": palette.get("gridline", theme["tertiary"] or _mix(text, background, 0.85)),
        "axis": palette.get("axis", theme["dark"] or text),
        "primary": primary,
        "highlight": palette.get("highlight", theme["warning"] or theme["danger"] or primary),
        "grey": palette.get("grey", muted),
        "gain": theme["success"] or primary,
        "loss": theme["danger"] or theme["warning"] or primary,
    }
    named = {"muted-text", "gridline", "axis", "highlight", "grey"}
    numbered = _numbered(palette, "categorical")
    categorical = numbered or list(
        dict.fromkeys(
            [primary]
            + [
                c
                for n, c in palette.items()
                if n not in named and c not in (text, background) and "-" not in n
            ]
        )
    )
    if not numbered:  # the palette, then the theme's colours, then shades of them
        themed = [theme[n] for n in ("success", "info", "warning", "danger", "secondary")]
        categorical = list(dict.fromkeys([*categorical, *(c for c in themed if c)]))
        categorical = [c for c in categorical if c not in (text, background)]
    for number in range(max(0, _MIN_CATEGORICAL - len(categorical))):  # shades, not ou's
        categorical.append(_mix(categorical[number % len(categorical)], text, 0.45))
    sequential = _numbered(palette, "sequential") or [
        _mix(primary, background, 0.7),
        _mix(primary, background, 0.4),
        primary,
        _mix(primary, text, 0.45),
    ]
    diverging = _numbered(palette, "diverging") or [
        _mix(colours["highlight"], text, 0.3),
        colours["highlight"],
        _mix(colours["highlight"], background, 0.6),
        _mix(text, background, 0.9),
        _mix(primary, background, 0.6),
        primary,
        _mix(primary, text, 0.3),
    ]
    palettes = {
        "categorical": categorical,
        "sequential": {"kind": "sequential", "colours": sequential},
        "diverging": {"kind": "diverging", "colours": diverging},
        "focus": {"kind": "focus", "colours": [colours["highlight"], colours["grey"]]},
    }
    return colours, palettes


def _font_files(font: Any, root: Path) -> dict[str, str]:
    """The regular/bold/italic files of a ``source: file`` font, by weight and style."""
    files: dict[str, str] = {}
    for entry in getattr(font, "files", None) or []:
        weight = str(getattr(entry, "weight", "400"))
        style = str(getattr(entry, "style", "normal"))
        number = 700 if weight in ("bold", "700", "800", "900") else 400
        for variant, wanted in _WEIGHTS.items():
            if wanted == (number, style) and variant not in files:
                path = Path(str(entry.path))
                files[variant] = str(path if path.is_absolute() else (root / path).resolve())
    return files


def _fonts(typography: Any, root: Path, unmapped: list[str]) -> dict[str, Any] | None:
    """The housestyle fonts from ``typography``: the base family and its files."""
    if typography is None:
        return None
    base = getattr(typography, "base", None)
    family = getattr(base, "family", None)
    fonts = list(getattr(typography, "fonts", None) or [])
    if family is None and fonts:
        family = fonts[0].family
    if family is None:
        return None
    heading: Any = getattr(getattr(typography, "headings", None), "family", None)
    if heading not in (None, family):
        unmapped.append(f"typography.headings.family ({heading}; charts use one family)")
    for index, font in enumerate(fonts):
        source = getattr(font, "source", "system")
        if font.family == family and source == "file":
            files = _font_files(font, root)
            if "regular" in files and "bold" in files:
                return {"family": family, "files": files}
            unmapped.append(f"typography.fonts[{index}] ({family}: no regular and bold files)")
            return None
        if font.family == family and source in ("google", "bunny"):
            unmapped.append(
                f"typography.fonts[{index}] ({family} from {source}: not fetched; "
                "give the font files with source: file)"
            )
            return None
    return {"family": family}  # an installed (system) family


def _logo(logo: Any, root: Path, dark: bool, unmapped: list[str]) -> str | None:
    """The logo file for the footer: medium, else large, else small; None for none."""
    if logo is None:
        return None
    images = getattr(logo, "images", None) or {}
    for size in ("medium", "large", "small"):
        chosen = getattr(logo, size, None)
        if chosen is None:
            continue
        path = getattr(chosen, "dark" if dark else "light", None) or chosen
        path = getattr(path, "path", path)
        path = images.get(str(path), path) if isinstance(path, str) else path
        path = getattr(path, "path", path)
        text = str(path)
        if text.startswith(("http://", "https://")):
            unmapped.append(f"logo.{size} (a URL: housestyle never fetches)")
            continue
        if Path(text).suffix.lower() not in (".svg", ".png"):
            unmapped.append(f"logo.{size} ({Path(text).suffix} is not .svg or .png)")
            continue
        found = Path(text) if Path(text).is_absolute() else (root / text).resolve()
        if not found.is_file():
            unmapped.append(f"logo.{size} ({text} does not exist)")
            continue
        return str(found)
    return None


def _unmapped_fields(raw: dict[str, Any]) -> list[str]:
    found = []
    for key, value in raw.items():
        if key not in _FIELDS_USED:
            found.append(key)
        elif isinstance(value, dict):
            found.extend(f"{key}.{inner}" for inner in value if inner not in _FIELDS_USED[key])
    return found


def brand_data(path: str | Path, base: Mapping[str, str], mode: str = "light") -> dict[str, Any]:
    """Return a ``_brand.yml`` as housestyle brand data (``extends: ou``), warning once.

    Parameters
    ----------
    path
        The brand.yml file.
    base
        The colours of the brand it extends (ou's), for what the file does not say.
    mode
        ``"light"`` or ``"dark"``: which variant of ``{light:, dark:}`` colours to take.
    """
    if mode not in ("light", "dark"):
        raise HouseStyleError(f"mode: {mode!r} is not allowed; allowed: 'light' or 'dark'")
    where = Path(path)
    raw, posit = _read(where, mode)
    root = where.parent
    unmapped = _unmapped_fields(raw)
    data: dict[str, Any] = {"extends": "ou"}
    meta = getattr(posit, "meta", None)
    name = getattr(meta, "name", None)
    data["name"] = (
        getattr(name, "short", None)
        or getattr(name, "full", None)
        or where.parent.name
        or where.stem
    )
    full: Any = getattr(name, "full", None)
    data["description"] = f"From the brand.yml file {where.name}" + (f" of {full}" if full else "")
    if posit.color is not None:
        written = (raw.get("color") or {}).get("palette") or {}
        colours, palettes = _colours(posit.color, [str(name) for name in written], base)
        data["colours"] = colours
        data["palettes"] = palettes
        data["footer"] = {"rule_colour": colours["muted_text"]}
    fonts = _fonts(posit.typography, root, unmapped)
    if fonts is not None:
        data["fonts"] = fonts
    background = data.get("colours", {}).get("background", base["background"])
    dark = sum(to_rgb(background)) < 1.5
    # the brand's own logo, or none: never the house's logo on another brand
    data.setdefault("footer", {})["logo"] = _logo(posit.logo, root, dark, unmapped)
    if unmapped:
        warnings.warn(
            f"housestyle: {where} has brand.yml fields a chart brand cannot use: "
            f"{', '.join(unmapped)}",
            BrandYmlWarning,
            stacklevel=2,
        )
    return data


def _relative(path: Path, folder: Path) -> str:
    return Path(os.path.relpath(path, folder)).as_posix()


def write_brand_yml(brand: Any, out: str | Path) -> Path:
    """Write ``brand`` as a ``_brand.yml`` at ``out``; return the path.

    Every colour is named in ``color.palette`` and the theme colours refer to them; the
    font files are a ``source: file`` font (paths relative to the file), the logo the
    ``medium`` logo. ``brand_yml`` reads the file back before it is kept.
    """
    target = Path(out)
    if target.is_dir():
        target = target / "_brand.yml"
    folder = target.parent.resolve()
    if not folder.is_dir():
        raise HouseStyleError(f"out: the folder {folder} does not exist")
    c = brand.colours
    palette: dict[str, str] = {}
    for kind in ("categorical", "sequential", "diverging"):
        for number, colour in enumerate(brand.palettes[kind], start=1):
            palette[f"{kind}-{number}"] = colour
    palette |= {
        "muted-text": c.muted_text,
        "gridline": c.gridline,
        "axis": c.axis,
        "highlight": c.highlight,
        "grey": c.grey,
    }
    files = [
        {
            "path": _relative(path, folder),
            "weight": _WEIGHTS[variant][0],
            "style": _WEIGHTS[variant][1],
        }
        for variant in _WEIGHTS
        if (path := getattr(brand.fonts, variant)) is not None
    ]
    font = {"family": brand.fonts.family, "source": "file" if files else "system"}
    if files:
        font["files"] = files
    data: dict[str, Any] = {
        "meta": {"name": {"short": brand.name, "full": brand.description.strip()}},
        "color": {
            "palette": palette,
            "foreground": c.text,
            "background": c.background,
            "primary": c.primary,
            "secondary": c.muted_text,
            "tertiary": c.gridline,
            "success": c.gain,
            "danger": c.loss,
            "warning": c.highlight,
            "dark": c.axis,
        },
        "typography": {
            "fonts": [font],
            "base": {"family": brand.fonts.family, "line-height": brand.type.line_spacing},
            "headings": {"family": brand.fonts.family, "weight": 700},
        },
    }
    if brand.footer.logo is not None:
        data["logo"] = {"medium": _relative(brand.footer.logo, folder)}
    text = f"# brand.yml written by housestyle from the brand {brand.name!r}\n" + yaml.safe_dump(
        data, sort_keys=False, allow_unicode=True
    )
    _parse(yaml.safe_load(text), target, "light")  # brand_yml reads it before it is kept
    write_text(target, text)
    return target
