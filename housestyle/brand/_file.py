"""Finding a brand file and reading it with the brands it ``extends``.

:func:`read_brand` locates a shipped brand by name or a user's file by path, reads
it and every brand up its ``extends`` chain, merges them (the child over its parent)
and validates the result. It returns the clean data together with the palette kinds
and every file the brand was read from, so that a cache can tell when it is stale.

Merging: mappings merge field by field and anything else is replaced, with two
rules a brand author expects. ``fonts`` that name another family replace the
parent's family and files as a unit (fields merge only within one family), so a
brand never mixes its own regular with its parent's italic. A palette written as a
list over a palette of a kind keeps that kind. ``variants`` (a brand's dark and light
twins) is never inherited: a brand that extends ``ou`` with its own look has no dark
twin until it names one, rather than ``ou``'s.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import HouseStyleError
from ._brandyml import brand_data, is_brand_yml
from ._paths import BRANDS_DIR, shipped_brands
from ._schema import PALETTE_ROLES, validate
from ._sections import PALETTE_KINDS
from ._validators import Choice, Context, Text
from ._yaml import Key, Origin, read_yaml

__all__ = ["MAX_CHAIN", "BrandData", "locate", "read_brand"]

#: The most brand files one ``extends`` chain may hold.
MAX_CHAIN = 16


@dataclass(frozen=True)
class BrandData:
    """A brand file read, merged with its parents and validated."""

    data: dict[str, Any]
    palette_kinds: dict[str, str]
    chain: tuple[Path, ...]  # the brand file first, then the brands it extends


@dataclass(frozen=True)
class _Layer:
    """One file of an extends chain, as written."""

    path: Path
    data: dict[str, Any]
    origins: dict[Key, Origin]

    def context(self, *key: str | int) -> Context:
        return Context(key, self.origins, Origin(self.path, 1))


def locate(name_or_path: str | Path) -> Path:
    """Return the brand file a name (a shipped brand) or a path stands for."""
    text = str(name_or_path)
    if isinstance(name_or_path, str) and "/" not in text and not text.endswith((".yaml", ".yml")):
        shipped = BRANDS_DIR / f"{text}.yaml"
        if shipped.is_file():
            return shipped
        raise HouseStyleError(
            f"brand: no shipped brand called {text!r}; allowed: "
            f"{', '.join(shipped_brands())}, or the path of a brand .yaml file"
        )
    path = Path(name_or_path).expanduser().resolve()
    if not path.is_file():
        raise HouseStyleError(f"brand: the brand file {path} does not exist")
    return path


def read_brand(path: Path) -> BrandData:
    """Read the brand file at ``path`` with its ``extends`` chain, merged and validated.

    Raises
    ------
    HouseStyleError
        Naming the file, line and field of the first problem.
    """
    layers = _read_chain(path, ())
    data: dict[str, Any] = {}
    origins: dict[Key, Origin] = {}
    for layer in layers:  # from the root brand down to this one
        data = _merge_brand(data, layer.data)
        origins |= layer.origins
    data.pop("extends", None)
    data.pop("variants", None)  # a twin belongs to the brand that names it: not merged
    if "variants" in layers[-1].data:
        data["variants"] = layers[-1].data["variants"]
    if isinstance(data.get("footer"), dict) and data["footer"].get("logo", "") is None:
        data["footer"] = {k: v for k, v in data["footer"].items() if k != "logo"}  # no logo
    clean = validate(data, origins, path)
    for appearance, twin in clean.get("variants", {}).items():
        where = layers[-1].context("variants", appearance)
        _locate_relative(twin, path, where, f"for the {appearance} variant")
    written = _palette_kinds(layers)
    kinds = {name: written.get(name, "qualitative") for name in clean["palettes"]}
    _check_roles(kinds, Context(("palettes",), origins, Origin(path, 1)))
    return BrandData(
        data=clean,
        palette_kinds=kinds,
        chain=tuple(layer.path for layer in reversed(layers)),
    )


def _read_chain(path: Path, seen: tuple[Path, ...]) -> list[_Layer]:
    """Read ``path`` and the brands it extends: the root brand first."""
    data, origins = read_yaml(path)
    if data is None:
        data = {}
    if is_brand_yml(data):  # Posit's brand.yml: mapped onto a brand that extends ou
        base, _ = read_yaml(BRANDS_DIR / "ou.yaml")
        data = brand_data(path, base["colours"])
    if not isinstance(data, dict):
        raise HouseStyleError(f"{path}:1: (top level): a brand file must be a mapping of fields")
    layer = _Layer(path, data, origins)
    parent = data.get("extends")
    if parent is None:
        return [layer]
    ctx = layer.context("extends")
    ctx.run(Text(), parent)
    parent_path = _locate_relative(parent, path, ctx)
    if parent_path in seen or parent_path == path:
        cycle = " -> ".join(p.name for p in (*seen, path, parent_path))
        ctx.fail(f"the extends chain loops ({cycle})", "a chain of brands that ends")
    if len(seen) + 1 >= MAX_CHAIN:
        ctx.fail(f"the extends chain is longer than {MAX_CHAIN} brands", "a shorter chain")
    return [*_read_chain(parent_path, (*seen, path)), layer]


def _locate_relative(parent: str, child: Path, ctx: Context, purpose: str = "to extend") -> Path:
    relative = (child.parent / parent).resolve()
    if parent.endswith((".yaml", ".yml")) and relative.is_file():
        return relative
    try:
        return locate(parent)
    except HouseStyleError:
        ctx.fail(
            f"cannot find the brand {parent!r} {purpose}",
            f"a shipped brand ({', '.join(shipped_brands())}) or a .yaml path relative "
            "to this file",
        )


def _merge(base: Any, top: Any) -> Any:
    """Merge ``top`` over ``base``: mappings field by field, anything else replaced."""
    if isinstance(base, dict) and isinstance(top, dict):
        merged = dict(base)
        for name, value in top.items():
            merged[name] = _merge(base.get(name), value) if name in base else value
        return merged
    return top


def _merge_brand(base: dict[str, Any], top: dict[str, Any]) -> dict[str, Any]:
    """Merge a child brand's data over its parent's, with the rules for fonts and palettes."""
    merged = _merge(_palettes_as_mappings(base, top), top)
    fonts, parent_fonts = top.get("fonts"), base.get("fonts")
    if _names_other_family(parent_fonts, fonts):
        assert isinstance(fonts, dict) and isinstance(parent_fonts, dict)
        kept = {name: value for name, value in parent_fonts.items() if name == "fallback"}
        merged["fonts"] = {**kept, **fonts}
    return merged


def _palettes_as_mappings(base: dict[str, Any], top: dict[str, Any]) -> dict[str, Any]:
    """Write the parent's list palettes that the child overrides with a mapping as mappings.

    So ``{kind: focus}`` over a palette written as a list changes its kind and keeps its
    colours, as it does over a palette written as a mapping.
    """
    palettes, overrides = base.get("palettes"), top.get("palettes")
    if not (isinstance(palettes, dict) and isinstance(overrides, dict)):
        return base
    widened = {
        name: {"colours": value}
        if isinstance(value, list) and isinstance(overrides.get(name), dict)
        else value
        for name, value in palettes.items()
    }
    return {**base, "palettes": widened}


def _names_other_family(parent: Any, child: Any) -> bool:
    if not (isinstance(parent, dict) and isinstance(child, dict)):
        return False
    return "family" in child and child["family"] != parent.get("family")


def _check_roles(kinds: dict[str, str], ctx: Context) -> None:
    """Refuse a required palette of the wrong kind (say a list written for ``sequential``)."""
    for name, kind in PALETTE_ROLES.items():
        if kinds[name] != kind:
            ctx.child(name).fail(
                f"the palette is {kinds[name]}, but the {name!r} palette is the brand's "
                f"default {kind} palette",
                f"{{kind: {kind}, colours: [...]}}"
                if kind != "qualitative"
                else "a list of colours, or {kind: qualitative, colours: [...]}",
            )


def _palette_kinds(layers: list[_Layer]) -> dict[str, str]:
    """Return each palette's kind: the last written down the chain.

    A palette written as ``{kind: ..., colours: [...]}`` sets its kind; one written
    as a list keeps the kind of the palette of that name it overrides.
    """
    kinds: dict[str, str] = {}
    for layer in layers:
        palettes = layer.data.get("palettes")
        if not isinstance(palettes, dict):
            continue
        for name, value in palettes.items():
            if isinstance(value, dict) and "kind" in value:
                ctx = layer.context("palettes", name, "kind")
                kinds[str(name)] = ctx.run(Choice(PALETTE_KINDS), value["kind"])
    return kinds
