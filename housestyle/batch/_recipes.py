"""The recipe contract: reading, finding, loading and running recipes, in one place.

A recipe is a Python file:

- its module docstring's first line is the title, and the rest is Markdown that
  teaches (why this chart, what the house style changes, what to watch for);
- ``TAGS`` is a tuple of words (chart type, library);
- ``DATA`` (optional) is a tuple of the files it reads, relative to its own folder
  (``("data/recessions.csv",)``; glob patterns such as ``"data/*.csv"`` too), so that
  ``housestyle render`` draws it again when one of them changes;
- ``recipe()`` returns the finished matplotlib Figure (or Altair chart), the one
  :func:`housestyle.finalise` returns; it takes the brand and the size from the
  context (``with housestyle.style(brand, size): recipe()``), so the same recipe
  renders in any brand and at any size.

The gallery, ``housestyle check``, the notebook explorer and the cookbook's tests all
go through this module: :func:`read_recipe` and :func:`find_recipes` read recipes
without running them, :func:`load_recipe` imports one, :func:`chart_function` finds
the function to call, and :func:`run_recipe` calls it in a brand and size and
insists on the finished Figure.
"""

from __future__ import annotations

import ast
import glob
import hashlib
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..brand import (
    Brand,
    BrandLike,
    HouseStyleError,
    SizeLike,
    SizePreset,
    current_brand,
    resolve_preset,
)
from ._loading import (
    chart_function,
    file_function,
    load_recipe,
)

if TYPE_CHECKING:
    from matplotlib.figure import Figure

__all__ = [
    "LIBRARIES",
    "Recipe",
    "chart_function",
    "data_files",
    "file_function",
    "find_recipes",
    "load_recipe",
    "read_recipe",
    "run_recipe",
]

#: Libraries a recipe can be written with; the first is assumed when nothing says.
LIBRARIES = ("matplotlib", "plotnine", "altair", "plotly")


# --------------------------------------------------------------------------- #
# Reading a recipe without importing it
# --------------------------------------------------------------------------- #


@dataclass(frozen=True)
class Recipe:
    """A recipe file as read from its source, without running it.

    Attributes
    ----------
    slug
        The page and file name: the file's stem, with anything but letters, digits,
        ``_`` and ``-`` replaced.
    path
        The recipe file.
    title, body
        The docstring's first line, and the Markdown after it.
    tags
        ``TAGS``, or ``()`` when it is missing or not a literal.
    library
        One of :data:`LIBRARIES`: named in the tags, else found from the imports.
    source
        The file's text.
    digest
        The SHA-256 of the file's bytes.
    data
        ``DATA``: the files the recipe declares it reads, as written (relative to
        its folder, globs allowed); ``()`` when it declares none. See
        :func:`data_files`.
    """

    slug: str
    path: Path
    title: str
    body: str
    tags: tuple[str, ...]
    library: str
    source: str
    digest: str
    data: tuple[str, ...] = ()

    @property
    def summary(self) -> str:
        """The first paragraph of the teaching text, as plain text."""
        first = self.body.strip().split("\n\n", 1)[0]
        return re.sub(r"[`*_#>\[\]]|\(http[^)]*\)", "", " ".join(first.split()))


def _slug(stem: str) -> str:
    return re.sub(r"[^A-Za-z0-9_-]+", "-", stem).strip("-") or "recipe"


def _assigned(tree: ast.Module, name: str) -> ast.expr | None:
    """The value of the module-level assignment to ``name``, if any."""
    for node in tree.body:
        if isinstance(node, ast.Assign):
            targets: list[ast.expr] = node.targets
        elif isinstance(node, ast.AnnAssign):
            targets = [node.target]
        else:
            continue
        if node.value is not None and any(
            isinstance(t, ast.Name) and t.id == name for t in targets
        ):
            return node.value
    return None


def _words(tree: ast.Module, name: str) -> tuple[str, ...]:
    """A module-level tuple of strings such as ``TAGS``; ``()`` when missing or not a literal."""
    value = _assigned(tree, name)
    if value is None:
        return ()
    try:
        words = ast.literal_eval(value)
    except (ValueError, TypeError, SyntaxError):
        return ()
    if isinstance(words, str):
        return (words,)
    return tuple(str(word) for word in words) if isinstance(words, Iterable) else ()


def _imported(tree: ast.Module) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module.split(".")[0])
    return names


def _library(tags: tuple[str, ...], tree: ast.Module) -> str:
    for library in LIBRARIES:
        if library in tags:
            return library
    return "plotnine" if "plotnine" in _imported(tree) else LIBRARIES[0]


def _defines_recipe(tree: ast.Module) -> bool:
    return any(isinstance(n, ast.FunctionDef) and n.name == "recipe" for n in tree.body)


def read_recipe(path: str | Path) -> Recipe | None:
    """Read a recipe file without running it; None for a file that defines no ``recipe()``.

    A file that does not parse is still a recipe (running it shows the error), with
    its stem as the title and no tags.
    """
    path = Path(path)
    raw = path.read_bytes()
    source = raw.decode("utf-8", errors="replace")
    try:
        tree: ast.Module | None = ast.parse(source, filename=str(path))
    except SyntaxError:
        tree = None
    if tree is not None and not _defines_recipe(tree):
        return None
    doc = (ast.get_docstring(tree) if tree is not None else None) or ""
    title, _, body = doc.partition("\n")
    tags = _words(tree, "TAGS") if tree is not None else ()
    return Recipe(
        slug=_slug(path.stem),
        path=path,
        title=title.strip() or path.stem,
        body=body.strip(),
        tags=tags,
        library=_library(tags, tree) if tree is not None else LIBRARIES[0],
        source=source,
        digest=hashlib.sha256(raw).hexdigest(),
        data=_words(tree, "DATA") if tree is not None else (),
    )


def data_files(folder: str | Path, declared: Iterable[str], *, field: str = "DATA") -> list[Path]:
    """Return the files a recipe declares in ``DATA``, found from its folder, in name order.

    Parameters
    ----------
    folder
        The recipe's folder: each entry is relative to it (an absolute path is kept).
    declared
        The entries of ``DATA``: file paths or glob patterns (``"data/*.csv"``).
    field
        What the caller calls them, for error messages (the recipe file).

    Raises
    ------
    HouseStyleError
        When an entry names no file, so that a typo is not silently never checked.

    Examples
    --------
    >>> data_files(".", [])
    []
    """
    folder = Path(folder)
    found: set[Path] = set()
    for entry in declared:
        pattern = Path(entry).expanduser()
        base = pattern if pattern.is_absolute() else folder / pattern
        matches = (
            [Path(p) for p in glob.glob(str(base), recursive=True)]
            if glob.has_magic(entry)
            else [base]
        )
        files = [p.resolve() for p in matches if p.is_file()]
        if not files:
            raise HouseStyleError(
                f"{field}: DATA names {entry!r}, and no file is there ({folder}); "
                "allowed: paths of files the recipe reads, relative to its folder"
            )
        found.update(files)
    return sorted(found)


def _is_hidden(parts: tuple[str, ...]) -> bool:
    return any(part.startswith(".") or part == "__pycache__" for part in parts)


def _may_be_recipe(parts: tuple[str, ...]) -> bool:
    """Recipes sit at the top of the folder; files starting with ``_`` are helpers."""
    return len(parts) == 1 and parts[0].endswith(".py") and not parts[0].startswith("_")


def find_recipes(folder: str | Path) -> tuple[list[Recipe], list[Path]]:
    """Return the recipes in ``folder`` by file name, and the other files they may read.

    Recipes are the top-level ``.py`` files that define ``recipe()`` and whose names
    do not start with ``_``. Every other file (data, helper modules) is returned as
    an input any recipe may depend on. Hidden files and ``__pycache__`` are skipped.

    Raises
    ------
    HouseStyleError
        When two recipe files give the same slug.
    """
    folder = Path(folder)
    recipes: list[Recipe] = []
    others: list[Path] = []
    for path in sorted(folder.rglob("*")):
        parts = path.relative_to(folder).parts
        if not path.is_file() or _is_hidden(parts):
            continue
        recipe = read_recipe(path) if _may_be_recipe(parts) else None
        if recipe is None:
            others.append(path)
        else:
            recipes.append(recipe)
    slugs = [r.slug for r in recipes]
    if len(set(slugs)) != len(slugs):
        raise HouseStyleError(f"cookbook: two recipe files give the same page name in {folder}")
    return recipes, others


# --------------------------------------------------------------------------- #
# Loading a recipe and finding the function to call
# --------------------------------------------------------------------------- #


# --------------------------------------------------------------------------- #
# Running a recipe in a brand and at a size
# --------------------------------------------------------------------------- #


def _unfinished(result: Any, name: str) -> HouseStyleError:
    from matplotlib.figure import Figure

    what = (
        "a Figure that housestyle.finalise did not finish"
        if isinstance(result, Figure)
        else f"a {type(result).__name__}"
    )
    return HouseStyleError(
        f"recipe: {name}() returned {what}; allowed: the finished matplotlib Figure that "
        "housestyle.finalise returns (pass a Figure or a plotnine ggplot through it)"
    )


def _finished(result: Any, name: str, finish: bool) -> Any:
    from matplotlib.figure import Figure

    from ..finish import finalise
    from ..record import adapter_for, finalised

    if isinstance(result, Figure) and finalised(result) is not None:
        return result
    adapter = adapter_for(result)  # a chart of another library (Altair), finished
    if adapter is not None and (adapter.record(result) is not None or finish):
        if adapter.record(result) is None:
            return finalise(result, size=resolve_preset(current_brand()))
        return result
    if finish and (isinstance(result, Figure) or type(result).__name__ == "ggplot"):
        return finalise(result, size=resolve_preset(current_brand()))
    if isinstance(result, Figure):
        import matplotlib.pyplot as plt

        plt.close(result)  # refused: not left open in pyplot
    raise _unfinished(result, name)


def run_recipe(
    function: Callable[..., Any],
    brand: BrandLike | None = None,
    size: SizeLike | None = None,
    *,
    finish: bool = False,
    kwargs: Mapping[str, Any] | None = None,
) -> Any:
    """Call a recipe inside ``housestyle.style(brand, size)`` and return its finished Figure.

    Parameters
    ----------
    function
        ``recipe`` or any chart function (see :func:`chart_function`).
    brand, size
        The brand and size preset the recipe renders in; ``None`` keeps the current
        one. They are context, so ``finalise(fig)`` inside the recipe lays out there.
    finish
        Also take a Figure that was not finalised, or a plotnine ggplot, and finalise
        it in the brand and at the size (the explorer does, for any chart function).
    kwargs
        Keyword arguments for ``function``.

    Returns
    -------
    matplotlib.figure.Figure
        The Figure :func:`housestyle.finalise` finished.

    Raises
    ------
    HouseStyleError
        When the function returns anything but a finished Figure (with ``finish``,
        anything but a Figure or ggplot). Errors raised by the recipe propagate.
    """
    from ..libraries.mpl import style  # the drawing libraries, when a recipe is run
    from ..record import finalised, write_record

    name = getattr(function, "__name__", "recipe")
    with style(brand, size):
        fig = _finished(function(**(kwargs or {})), name, finish)
    info = finalised(fig)
    assert info is not None  # _finished returns finished figures only
    write_record(fig, replace(info, redraw=_RecipeAgain(function, dict(kwargs or {}), finish)))
    return fig


@dataclass(frozen=True)
class _RecipeAgain:
    """A recipe's chart drawn again in another brand at a preset: its record's ``redraw``."""

    function: Callable[..., Any]
    kwargs: Mapping[str, Any]
    finish: bool

    def __call__(self, brand: Brand, preset: SizePreset) -> Figure:
        return run_recipe(self.function, brand, preset, finish=self.finish, kwargs=self.kwargs)
