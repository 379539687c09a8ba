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

import numpy as np
import pytest

pytest.importorskip("plotly")
pytest.importorskip("kaleido")

import housestyle  # noqa: E402
from housestyle.export import render  # noqa: E402
from housestyle.recipes import run_recipe  # noqa: E402
from tests.helpers import OTHER_SLUGS, load, png_image  # noqa: E402
from tests.web_recipes import (  # noqa: E402
    assert_contract,
    assert_paper_and_pixels,
    assert_sits_where_the_twin_does,
    compare_with_baseline,
    twin_of,
)

PLOTLY_SLUGS = OTHER_SLUGS["plotly"]


def test_there_are_at_least_eight_plotly_recipes_each_with_a_twin():
    assert len(PLOTLY_SLUGS) >= 8, PLOTLY_SLUGS
    assert all(twin_of(slug, "plotly_") for slug in PLOTLY_SLUGS)


@pytest.mark.parametrize("slug", PLOTLY_SLUGS)
def test_recipe_contract(slug):
    assert_contract(slug, "plotly", twin_of(slug, "plotly_"))


@pytest.mark.parametrize("slug", PLOTLY_SLUGS)
def test_recipe_image(slug, request, tmp_path):
    compare_with_baseline(slug, request, tmp_path)


@pytest.mark.parametrize("brand", housestyle.brands())
@pytest.mark.parametrize("slug", PLOTLY_SLUGS)
def test_recipe_passes_check_in_every_brand(slug, brand):
    chart = run_recipe(load(slug).recipe, brand)
    assert housestyle.finalised(chart).brand.name == brand
    report = housestyle.check(chart)
    assert report.ok, str(report)
    assert_paper_and_pixels(chart)


def _heights(chart: object) -> tuple[float, float]:
    """The chart's own title block and footer heights, in points (not its legend's)."""
    info = housestyle.finalised(chart)
    return housestyle.finalise.frame_heights(
        title=info.title,
        subtitle=info.subtitle,
        source=info.source,
        note=info.note,
        size=info.preset,
        brand=info.brand,
    )


@pytest.mark.parametrize("size", ["web", "social"])
@pytest.mark.parametrize("brand", housestyle.brands())
@pytest.mark.parametrize("slug", ["plotly_line", "plotly_stacked_area", "plotly_grouped_bar"])
def test_title_block_and_source_sit_where_the_twins_do(slug, brand, size):
    assert_sits_where_the_twin_does(slug, twin_of(slug, "plotly_"), brand, size, _heights)


@pytest.mark.parametrize("slug", ["plotly_line", "plotly_grouped_bar"])
def test_series_take_the_brands_colours_like_the_twin(slug):
    chart = run_recipe(load(slug).recipe, "night")
    pixels = np.asarray(png_image(render(chart, ["png"])["png"]).convert("RGB")).reshape(-1, 3)
    seen = {"#{:02x}{:02x}{:02x}".format(*p) for p in np.unique(pixels, axis=0)}
    brand = housestyle.load_brand("night")
    wanted = brand.palettes["categorical"][: 2 if "grouped" in slug else 1]
    assert set(wanted) <= seen
