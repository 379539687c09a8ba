"""The cookbook's Plotly recipes: images, the recipe contract, and their twins.

A Plotly figure is not a matplotlib Figure, so pytest-mpl cannot compare it; the image
test renders the recipe's PNG (Kaleido, Debian's chromium) and compares it with
``tests/baseline/<slug>.png`` through matplotlib's ``compare_images`` at the same
tolerance of 1 RMS. Create or regenerate a baseline on purpose, look at it, commit it::

    pytest "tests/test_plotly_cookbook.py::test_recipe_image[<slug>]" --mpl-generate-path=tests/baseline

Each recipe is the twin of a matplotlib or plotnine recipe (same data, headline,
source): the title, subtitle and source line sit where the twin's do, within a few
pixels, in every shipped brand at web and at social.
"""

from __future__ import annotations

import re
from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
import pytest
from matplotlib.testing.compare import compare_images

pytest.importorskip("plotly")
pytest.importorskip("kaleido")

import housestyle  # noqa: E402
from housestyle.export import render  # noqa: E402
from housestyle.recipes import run_recipe  # noqa: E402
from tests.helpers import OTHER_SLUGS, RECIPES, load, png_image  # noqa: E402

BASELINE = Path(__file__).resolve().parent / "baseline"
PLOTLY_SLUGS = OTHER_SLUGS["plotly"]


#: Twins that are not the matplotlib recipe of the same name.
TWINS = {"plotly_scatter_trend": "p9_scatter_trend"}


def _twin(slug: str) -> str:
    """The matplotlib or plotnine recipe a Plotly recipe is the twin of (matplotlib first)."""
    if slug in TWINS:
        return TWINS[slug]
    name = slug.removeprefix("plotly_")
    return next(f"{prefix}{name}" for prefix in ("mpl_", "p9_") if f"{prefix}{name}" in RECIPES)


def test_there_are_at_least_eight_plotly_recipes_each_with_a_twin():
    assert len(PLOTLY_SLUGS) >= 8, PLOTLY_SLUGS
    assert all(_twin(slug) for slug in PLOTLY_SLUGS)


@pytest.mark.parametrize("slug", PLOTLY_SLUGS)
def test_recipe_contract(slug):
    recipe = RECIPES[slug]
    assert recipe.title and len(recipe.title) <= 80
    assert len(recipe.body.split()) >= 40, "the docstring teaches"
    assert recipe.library == "plotly" and "plotly" in recipe.tags
    assert not re.findall(r"['\"]#[0-9a-fA-F]{3,8}['\"]", recipe.source), "no brand literals"
    chart = run_recipe(load(slug).recipe)
    info = housestyle.finalised(chart)
    twin = housestyle.finalised(fig := run_recipe(load(_twin(slug)).recipe))
    plt.close(fig)
    assert info.title and info.subtitle and info.source and info.alt
    assert (info.title, info.subtitle, info.source) == (twin.title, twin.subtitle, twin.source)
    assert info.preset.name == "web"


@pytest.mark.parametrize("slug", PLOTLY_SLUGS)
def test_recipe_image(slug, request, tmp_path):
    png = render(run_recipe(load(slug).recipe, "ou"), ["png"])["png"]
    generate = request.config.getoption("--mpl-generate-path", None)
    if generate:
        Path(generate).mkdir(parents=True, exist_ok=True)
        (Path(generate) / f"{slug}.png").write_bytes(png)
        pytest.skip(f"baseline written: {generate}/{slug}.png; look at it before committing")
    baseline = BASELINE / f"{slug}.png"
    if not baseline.exists():
        pytest.fail(
            f"no baseline image for recipe {slug!r}; create it on purpose, look at it, and "
            f'commit it:\n    pytest "tests/test_plotly_cookbook.py::test_recipe_image[{slug}]" '
            "--mpl-generate-path=tests/baseline",
            pytrace=False,
        )
    actual = tmp_path / f"{slug}.png"
    actual.write_bytes(png)
    result = compare_images(str(baseline), str(actual), tol=1, in_decorator=True)
    assert result is None, f"{slug}: RMS {result['rms']:.2f} against {baseline.name}"


@pytest.mark.parametrize("brand", housestyle.brands())
@pytest.mark.parametrize("slug", PLOTLY_SLUGS)
def test_recipe_passes_check_in_every_brand(slug, brand):
    chart = run_recipe(load(slug).recipe, brand)
    info = housestyle.finalised(chart)
    assert info.brand.name == brand
    report = housestyle.check(chart)
    assert report.ok, str(report)
    image = png_image(render(chart, ["png"])["png"]).convert("RGB")
    assert image.size == info.preset.pixels
    paper = tuple(int(info.brand.colours.background[i : i + 2], 16) for i in (1, 3, 5))
    assert image.getpixel((0, 0)) == paper and image.getpixel((image.width - 1, 0)) == paper


# --------------------------------------------------------------------------- #
# The title block and footer where the twin's are
# --------------------------------------------------------------------------- #


def _ink_lines(
    pixels: np.ndarray, colour: str, rows: range, skip_wide: bool
) -> list[tuple[int, int]]:
    """``(top row, left column)`` of each line of text drawn in ``colour`` within ``rows``."""
    want = np.array([int(colour[i : i + 2], 16) for i in (1, 3, 5)])
    ink = np.abs(pixels[rows.start : rows.stop].astype(int) - want).max(axis=2) <= 60
    counts = ink.sum(axis=1)
    if skip_wide:  # the footer rule is the muted colour too: a row of ink across the width
        counts[counts > 0.6 * pixels.shape[1]] = 0
    lines, start = [], None
    for row, count in enumerate([*counts, 0]):
        if count >= 2 and start is None:
            start = row
        elif count < 2 and start is not None:
            if row - start >= 4:  # a line of text, not a stray pixel
                left = int(np.nonzero(ink[start:row].any(axis=0))[0].min())
                lines.append((rows.start + start, left))
            start = None
    return lines


def _layout(chart: object, brand: housestyle.Brand) -> dict[str, list[tuple[int, int]]]:
    info = housestyle.finalised(chart)
    pixels = np.asarray(png_image(render(chart, ["png"])["png"]).convert("RGB"))
    px = info.preset.dpi / 72
    first = housestyle.finalise.frame_heights(  # the twin's own title block, not the legend
        title=info.title,
        subtitle=info.subtitle,
        source=info.source,
        note=info.note,
        size=info.preset,
        brand=brand,
    )
    header = range(0, round(first[0] * px))
    footer = range(pixels.shape[0] - round(first[1] * px), pixels.shape[0])
    return {
        "title block": _ink_lines(pixels, brand.colours.text, header, skip_wide=False),
        "footer": _ink_lines(pixels, brand.colours.muted_text, footer, skip_wide=True),
    }


@pytest.mark.parametrize("size", ["web", "social"])
@pytest.mark.parametrize("brand", housestyle.brands())
@pytest.mark.parametrize("slug", ["plotly_line", "plotly_stacked_area", "plotly_grouped_bar"])
def test_title_block_and_source_sit_where_the_twins_do(slug, brand, size):
    chosen = housestyle.load_brand(brand)
    ours = _layout(run_recipe(load(slug).recipe, brand, size), chosen)
    fig = run_recipe(load(_twin(slug)).recipe, brand, size)
    try:
        theirs = _layout(fig, chosen)
    finally:
        plt.close(fig)
    for part in ("title block", "footer"):
        assert ours[part] and len(ours[part]) == len(theirs[part]), (part, ours, theirs)
        for (top, left), (twin_top, twin_left) in zip(ours[part], theirs[part], strict=True):
            assert abs(top - twin_top) <= 3 and abs(left - twin_left) <= 3, (part, ours, theirs)


@pytest.mark.parametrize("slug", ["plotly_line", "plotly_grouped_bar"])
def test_series_take_the_brands_colours_like_the_twin(slug):
    chart = run_recipe(load(slug).recipe, "night")
    pixels = np.asarray(png_image(render(chart, ["png"])["png"]).convert("RGB")).reshape(-1, 3)
    seen = {"#{:02x}{:02x}{:02x}".format(*p) for p in np.unique(pixels, axis=0)}
    brand = housestyle.load_brand("night")
    wanted = brand.palettes["categorical"][: 2 if "grouped" in slug else 1]
    assert set(wanted) <= seen
