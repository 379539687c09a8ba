"""Every cookbook recipe: its image against a baseline, its contract, every brand.

The image test compares ``recipe()`` with ``tests/baseline/<slug>.png`` through
pytest-mpl at a tolerance of 1 RMS, under matplotlib's defaults overlaid with the
default brand (never pytest-mpl's "classic" style), at the figure's own size and dpi.
Create a missing baseline on purpose, look at it, and commit it::

    pytest "tests/test_cookbook.py::test_recipe_image[<slug>]" --mpl-generate-path=tests/baseline

Regenerate them all (after a deliberate change of the style or of the pins) with
``pytest tests/test_cookbook.py -k test_recipe_image --mpl-generate-path=tests/baseline``.
"""

from __future__ import annotations

import ast
import re
import typing
from pathlib import Path

import matplotlib.pyplot as plt
import pytest
from matplotlib.figure import Figure
from matplotlib.testing.compare import compare_images

import housestyle
from housestyle.batch._recipes import LIBRARIES, run_recipe
from housestyle.output._export import to_bytes
from housestyle.testing import image_mark, savefig_kwargs
from tests.helpers import MPL_LIBRARIES, QUICK, RECIPES, SLUGS, load, quick_or_slow

BASELINE = Path(__file__).resolve().parent / "baseline"


def _generating(config: pytest.Config) -> bool:
    return config.getoption("--mpl-generate-path", None) is not None


def _comparing(config: pytest.Config) -> bool:
    return bool(config.getoption("--mpl", False)) and not _generating(config)


def _image_param(slug: str) -> typing.Any:
    return quick_or_slow(slug, image_mark(BASELINE, filename=f"{slug}.png", tolerance=1))


@pytest.mark.parametrize("slug", [_image_param(s) for s in SLUGS])
def test_recipe_image(slug: str, request: pytest.FixtureRequest) -> Figure:
    fig = run_recipe(load(slug).recipe)
    if _comparing(request.config) and not (BASELINE / f"{slug}.png").exists():
        plt.close(fig)
        pytest.fail(
            f"no baseline image for recipe {slug!r} (tests/baseline/{slug}.png). "
            "Create it on purpose, look at it, and commit it:\n"
            f'    pytest "tests/test_cookbook.py::test_recipe_image[{slug}]" '
            "--mpl-generate-path=tests/baseline",
            pytrace=False,
        )
    return fig


# --------------------------------------------------------------------------- #
# The recipe contract
# --------------------------------------------------------------------------- #


@pytest.mark.parametrize("slug", SLUGS)
def test_recipe_contract(slug: str) -> None:
    """What the recipe file says.

    What its chart holds is asserted on the figure the sizes matrix draws in every brand
    at every preset (``tests/test_sizes_matrix.py``): the texts given, the preset's exact
    size (so the recipe names no size), the brand's paper, the checks passed.
    """
    recipe = RECIPES[slug]
    assert recipe.title and len(recipe.title) <= 80, "the docstring's first line is the title"
    assert len(recipe.body.split()) >= 40, "the docstring teaches: what, what the style changes"
    tags = [
        node.value
        for node in ast.parse(recipe.source).body
        if isinstance(node, ast.Assign)
        and any(getattr(t, "id", "") == "TAGS" for t in node.targets)
    ]
    assert len(tags) == 1 and isinstance(tags[0], ast.Tuple), "TAGS is a tuple of words"
    assert sum(lib in recipe.tags for lib in LIBRARIES) == 1, "TAGS names exactly one library"
    tables = "table" in recipe.tags  # tables are sized to their content, named table_*
    prefix = "table_" if tables else {"matplotlib": "mpl_", "plotnine": "p9_"}[recipe.library]
    assert slug.startswith(prefix)


@pytest.mark.parametrize("slug", QUICK)
def test_recipe_returns_its_finished_figure_at_web(slug: str) -> None:
    fig = run_recipe(load(slug).recipe)  # refuses anything but the finished Figure
    try:
        info = housestyle.finalised(fig)
        assert info.title and info.subtitle and info.source and info.alt
        if "table" in RECIPES[slug].tags:
            assert info.preset.family == "web"
        else:
            assert info.preset.name == "web"
            assert tuple(round(v) for v in fig.get_size_inches() * fig.dpi) == (640, 450)
    finally:
        plt.close(fig)


@pytest.mark.parametrize("slug", SLUGS)
def test_recipe_has_no_brand_literals(slug: str) -> None:
    code = RECIPES[slug].source
    hexes = re.findall(r"['\"]#[0-9a-fA-F]{3,8}['\"]", code)
    assert not hexes, f"colours come from the brand, not literals: {hexes}"
    assert "__main__" in code, "a recipe runs as a script and writes its outputs"


def test_cookbook_is_complete() -> None:
    per_library = {lib: [s for s in SLUGS if RECIPES[s].library == lib] for lib in MPL_LIBRARIES}
    assert len(SLUGS) >= 24, f"the cookbook has {len(SLUGS)} recipes; at least 24 are asked for"
    for lib, slugs in per_library.items():
        assert len(slugs) >= 10, f"{lib} has {len(slugs)} recipes; at least 10 are asked for"
    for pair in ("line", "bar_sorted", "highlight_bar", "scatter_labelled"):
        assert {f"mpl_{pair}", f"p9_{pair}"} <= set(SLUGS), f"{pair} exists in both libraries"


@pytest.mark.slow  # imports every recipe
def test_some_recipe_is_parameterised_with_choices() -> None:
    literal_params = [
        (slug, name)
        for slug in SLUGS
        for name, hint in typing.get_type_hints(load(slug).recipe).items()
        if typing.get_origin(hint) is typing.Literal
    ]
    assert literal_params, "one recipe takes a Literal[...] choice for the notebook explorer"
    slug, name = literal_params[0]
    recipe = load(slug).recipe
    choices = typing.get_args(typing.get_type_hints(recipe)[name])
    default = run_recipe(recipe)
    chosen = run_recipe(recipe, kwargs={name: choices[-1]})
    try:
        assert to_bytes(chosen, ["png"]) != to_bytes(default, ["png"]), "the choice shows"
    finally:
        plt.close(default)
        plt.close(chosen)


# --------------------------------------------------------------------------- #
# The image test is sensitive enough: a slight change of one brand colour fails it
# --------------------------------------------------------------------------- #

TWEAKED_BRAND = """\
extends: ou
name: ou-tweaked
colours:
  primary: "#2a6bb0"
palettes:
  categorical: ["#2a6bb0", "#c77305", "#a470e6", "#b5334c", "#07878c", "#435e05"]
"""


def test_slight_brand_colour_change_fails_the_image_test(tmp_path: Path) -> None:
    slug = "mpl_line"
    baseline = BASELINE / f"{slug}.png"
    if not baseline.exists():
        pytest.fail(f"no baseline {baseline.name}: generate the baselines first", pytrace=False)
    ou = housestyle.load_brand("ou")
    assert ou.colours.primary.lower() == "#1f5c99", "the tweak below assumes ou's primary"
    brand_file = tmp_path / "ou-tweaked.yaml"
    brand_file.write_text(TWEAKED_BRAND, encoding="utf-8")
    actual = tmp_path / f"{slug}.png"
    with plt.style.context(image_mark(brand=ou).kwargs["style"], after_reset=True):
        fig = run_recipe(load(slug).recipe, brand_file)
        fig.savefig(actual, **savefig_kwargs())
        plt.close(fig)
    result = compare_images(str(baseline), str(actual), tol=0, in_decorator=True)
    assert result is not None and result["rms"] > 1, result
