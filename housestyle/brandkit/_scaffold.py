"""Starting a brand: ``housestyle brand new`` writes a commented brand file that loads.

:func:`new_brand` checks every argument before anything is written (each bad one is
a one-line :class:`HouseStyleError` naming it), copies the given font and logo files
beside the new brand file, writes the file, and loads it. It never overwrites a file;
when anything fails, what it wrote is removed again.
"""

from __future__ import annotations

import inspect
import os
import re
import shutil
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from ..brand import (
    BRANDS_DIR,
    MIN_CATEGORICAL,
    Brand,
    Colour,
    Context,
    HouseStyleError,
    Invalid,
    Origin,
    load_brand,
    locate,
    shipped_brands,
)
from ..units import BOLD_WEIGHT
from ._template import NewBrand, brand_text

__all__ = ["NEW_BRAND_DEFAULTS", "NewBrand", "new_brand", "plan_new_brand", "write_new_brand"]

_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*")
_NOWHERE = Context((), {}, Origin(Path("."), 1))

#: How an argument is named in messages: the Python parameter, or a command's option.
Label = Callable[[str], str]


# --------------------------------------------------------------------------- #
# Checking each argument
# --------------------------------------------------------------------------- #


def _name(name: str, label: Label) -> str:
    if not isinstance(name, str) or not _NAME.fullmatch(name):
        raise HouseStyleError(
            f"{label('name')}: {name!r} cannot name a brand; allowed: letters, digits, _ . - "
            "(it names the file and the brand's colormaps)"
        )
    if name in shipped_brands():
        raise HouseStyleError(
            f"{label('name')}: {name!r} is a shipped brand's name; allowed: another name "
            "(two brands of one name cannot both register their colormaps)"
        )
    return name


def _colour(value: str, label: str) -> str:
    try:
        return Colour().check(value.strip(), _NOWHERE)
    except Invalid as bad:
        raise HouseStyleError(f"{label}: {bad.problem}; allowed: {bad.allowed}") from None


def _palette(text: str | Sequence[str], label: Label) -> tuple[str, ...]:
    items = text.split(",") if isinstance(text, str) else list(text)
    colours = tuple(_colour(item, label("palette")) for item in items if item.strip())
    if len(colours) < MIN_CATEGORICAL:
        raise HouseStyleError(
            f"{label('palette')}: {len(colours)} colours, too few; allowed: at least "
            f"{MIN_CATEGORICAL} hex colours, separated by commas"
        )
    twice = sorted({c for c in colours if colours.count(c) > 1})
    if twice:
        raise HouseStyleError(
            f"{label('palette')}: {', '.join(twice)} given twice; allowed: distinct colours"
        )
    return colours


def _file(value: str | Path, label: str, suffixes: tuple[str, ...]) -> Path:
    path = Path(value).expanduser().resolve()
    if not path.is_file():
        raise HouseStyleError(f"{label}: {path} is not a file")
    if path.suffix.lower() not in suffixes:
        raise HouseStyleError(
            f"{label}: {path.name} is not a {' or '.join(suffixes)} file; allowed: "
            f"{', '.join(suffixes)}"
        )
    return path


def _face(path: Path, label: str) -> tuple[str, bool, bool]:
    """The family name inside a font file, and whether the face is bold and italic."""
    from matplotlib import font_manager, ft2font

    try:
        entry = font_manager.ttfFontProperty(ft2font.FT2Font(str(path)))
    except (OSError, RuntimeError, ValueError) as exc:
        raise HouseStyleError(f"{label}: cannot read the font {path.name}: {exc}") from None
    weight = entry.weight if isinstance(entry.weight, int) else 400
    return entry.name, weight >= BOLD_WEIGHT, entry.style != "normal"


def _fonts(
    regular: str | Path | None, bold: str | Path | None, label: Label
) -> tuple[str | None, dict[str, Path]]:
    if regular is None and bold is None:
        return None, {}
    if regular is None or bold is None:
        missing = "font_regular" if regular is None else "font_bold"
        raise HouseStyleError(
            f"{label(missing)}: missing; allowed: give both {label('font_regular')} and "
            f"{label('font_bold')}, or neither"
        )
    files = {"regular": _file(regular, label("font_regular"), (".ttf",))}
    files["bold"] = _file(bold, label("font_bold"), (".ttf",))
    faces = {style: _face(path, label(f"font_{style}")) for style, path in files.items()}
    for style, (_family, is_bold, italic) in faces.items():
        if italic or is_bold != (style == "bold"):
            kind = f"{'a bold' if is_bold else 'a regular'}{' italic' if italic else ''} face"
            raise HouseStyleError(
                f"{label(f'font_{style}')}: {files[style].name} is {kind}; allowed: the "
                f"family's upright {style} .ttf file"
            )
    if faces["regular"][0] != faces["bold"][0]:
        raise HouseStyleError(
            f"{label('font_bold')}: {files['bold'].name} holds the family "
            f"{faces['bold'][0]!r}, not {faces['regular'][0]!r} as "
            f"{files['regular'].name}; allowed: two files of one family"
        )
    if files["regular"].name == files["bold"].name:
        raise HouseStyleError(
            f"{label('font_bold')}: has the same file name as {label('font_regular')}; "
            "allowed: two files with their own names (both are copied beside the brand)"
        )
    return faces["regular"][0], files


def _logo(value: str | Path | None, label: Label) -> Path | None:
    if value is None:
        return None
    from ..ink import load_logo

    path = _file(value, label("logo"), (".svg", ".png"))
    try:
        load_logo(path, min_dpi=100, height_pt=16)
    except HouseStyleError as exc:
        raise HouseStyleError(f"{label('logo')}: {exc}") from None
    return path


def _extends(value: str, out: Path, label: Label) -> tuple[Brand, str]:
    """The brand extended, and how the new file names it (a name, or a relative path)."""
    try:
        path = locate(value)
    except HouseStyleError:
        raise HouseStyleError(
            f"{label('extends')}: {value!r} is neither a shipped brand nor a brand file; "
            f"allowed: {', '.join(shipped_brands())}, or the path of a brand .yaml file"
        ) from None
    try:
        parent = load_brand(path)
    except HouseStyleError as exc:
        raise HouseStyleError(f"{label('extends')}: {exc}") from None
    if path.parent == BRANDS_DIR.resolve():
        return parent, path.stem
    return parent, Path(os.path.relpath(path, out)).as_posix()


def _out(value: str | Path, label: Label) -> Path:
    out = Path(value).expanduser().resolve()
    if out.exists() and not out.is_dir():
        raise HouseStyleError(f"{label('out')}: {out} is not a folder")
    return out


def _refuse_overwrite(spec: NewBrand, label: Label) -> None:
    targets = [spec.path, *(t for s, t in spec.copies.items() if s != t)]
    for target in targets:
        if target.exists():
            raise HouseStyleError(
                f"{label('out')}: {target} exists; allowed: a folder or NAME where no such "
                "file exists (housestyle brand new never overwrites)"
            )
    names = [t.name for t in spec.copies.values()] + [spec.path.name]
    twice = sorted({n for n in names if names.count(n) > 1})
    if twice:
        raise HouseStyleError(
            f"{label('logo')}: {', '.join(twice)} would be written twice; allowed: files "
            "with distinct names"
        )


# --------------------------------------------------------------------------- #
# Writing
# --------------------------------------------------------------------------- #


def _write(spec: NewBrand) -> list[Path]:
    """Copy the files and write the brand file; return what was created."""
    created: list[Path] = []
    try:
        if not spec.out.exists():
            spec.out.mkdir(parents=True)
            created.append(spec.out)
        for source, target in spec.copies.items():
            if source != target:
                with source.open("rb") as reading, target.open("xb") as writing:
                    created.append(target)
                    shutil.copyfileobj(reading, writing)
        with spec.path.open("x", encoding="utf-8") as writing:
            created.append(spec.path)
            writing.write(brand_text(spec))
        load_brand(spec.path)
    except BaseException:
        _remove(created)
        raise
    return created


def _remove(created: list[Path]) -> None:
    for path in reversed(created):
        if path.is_dir():
            path.rmdir()
        else:
            path.unlink(missing_ok=True)


def write_new_brand(spec: NewBrand) -> Path:
    """Write the brand ``spec`` describes; return the brand file. See :func:`new_brand`."""
    try:
        _write(spec)
    except HouseStyleError as exc:  # a bug in the template, not the user's: say so plainly
        raise HouseStyleError(f"brand new: the written brand does not load: {exc}") from None
    return spec.path


def plan_new_brand(*, label: Label = lambda name: name, **asked: Any) -> NewBrand:
    """Check :func:`new_brand`'s arguments (``asked``, by name); return what it will write.

    ``label`` names an argument in messages (the command line names them as options).
    """
    unknown = sorted(set(asked) - set(NEW_BRAND_DEFAULTS))
    if unknown:
        raise TypeError(f"new_brand() has no argument {unknown[0]!r}")
    given = {**NEW_BRAND_DEFAULTS, **asked}
    folder = _out(given["out"], label)
    parent, written = _extends(given["extends"], folder, label)
    family, fonts = _fonts(given["font_regular"], given["font_bold"], label)
    primary, palette = given["primary"], given["palette"]
    spec = NewBrand(
        name=_name(given["name"], label),
        out=folder,
        parent=parent,
        extends=written,
        primary=_colour(primary, label("primary")) if primary is not None else None,
        palette=_palette(palette, label) if palette is not None else None,
        family=family,
        fonts=fonts,
        logo=_logo(given["logo"], label),
    )
    _refuse_overwrite(spec, label)
    return spec


def new_brand(
    name: str,
    out: str | Path = ".",
    *,
    extends: str = "ou",
    primary: str | None = None,
    palette: str | Sequence[str] | None = None,
    font_regular: str | Path | None = None,
    font_bold: str | Path | None = None,
    logo: str | Path | None = None,
) -> Path:
    """Start a brand: write ``<out>/<name>.yaml``, commented, with its files beside it.

    Parameters
    ----------
    name
        The brand's name: letters, digits, ``_ . -``; it names the file and the
        brand's colormaps (``<name>_sequential``...), so not a shipped brand's name.
    out
        The folder to write to (made if missing).
    extends
        The brand this one overrides: a shipped brand's name or a brand file.
    primary
        The main series colour, ``#rrggbb``. Without ``palette`` it also leads the
        categorical palette (the extended brand's other colours follow).
    palette
        The categorical palette: at least six hex colours (a list, or text separated
        by commas). Without ``primary`` its first colour is the primary.
    font_regular, font_bold
        The upright regular and bold ``.ttf`` files of one family (both or neither);
        copied beside the brand file, and their family name read from them.
    logo
        An ``.svg`` or ``.png`` logo, copied beside the brand file.

    Returns
    -------
    pathlib.Path
        The brand file written; it loads with :func:`housestyle.load_brand`.

    Raises
    ------
    HouseStyleError
        For any bad argument, naming it, or when a file to write exists. Nothing
        is written then.
    """
    return write_new_brand(plan_new_brand(**locals()))


#: :func:`new_brand`'s arguments and their defaults (``name`` has none), read from its
#: signature: the one place they are written.
NEW_BRAND_DEFAULTS = {
    name: None if parameter.default is inspect.Parameter.empty else parameter.default
    for name, parameter in inspect.signature(new_brand).parameters.items()
}
