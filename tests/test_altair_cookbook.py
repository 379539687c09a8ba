"""The cookbook's Altair recipes: images, the recipe contract, and their matplotlib twins.

An Altair chart is not a matplotlib Figure, so pytest-mpl cannot compare it; the
image test here renders the recipe's PNG (vl-convert) and compares it with
``tests/baseline/<slug>.png`` through matplotlib's ``compare_images`` at the same
tolerance of 1 RMS. Create or regenerate a baseline on purpose, look at it, commit it::

    pytest "tests/test_altair_cookbook.py::test_recipe_image[<slug>]" --mpl-generate-path=tests/baseline

Each recipe is the twin of a matplotlib or plotnine recipe (same data, headline,
source): the title, subtitle and source line must sit where the twin's do, within a
few pixels, in every shipped brand at web and at social.
"""

from __future__ import annotations

import pytest

pytest.importorskip("altair")
pytest.importorskip("vl_convert")

import housestyle  # noqa: E402
from housestyle.recipes import run_recipe  # noqa: E402
from tests.helpers import OTHER_SLUGS, load  # noqa: E402
from tests.web_recipes import (  # noqa: E402
    assert_contract,
    assert_paper_and_pixels,
    assert_sits_where_the_twin_does,
    compare_with_baseline,
    twin_of,
)

ALT_SLUGS = OTHER_SLUGS["altair"]


def test_there_are_at_least_eight_altair_recipes_each_with_a_twin():
    assert len(ALT_SLUGS) >= 8, ALT_SLUGS
    assert all(twin_of(slug, "alt_") for slug in ALT_SLUGS)


@pytest.mark.parametrize("slug", ALT_SLUGS)
def test_recipe_contract(slug):
    assert_contract(slug, "altair", twin_of(slug, "alt_"))


@pytest.mark.parametrize("slug", ALT_SLUGS)
def test_recipe_image(slug, request, tmp_path):
    compare_with_baseline(slug, request, tmp_path)


@pytest.mark.parametrize("brand", housestyle.brands())
@pytest.mark.parametrize("slug", ALT_SLUGS)
def test_recipe_passes_check_in_every_brand(slug, brand):
    chart = run_recipe(load(slug).recipe, brand)
    assert housestyle.finalised(chart).brand.name == brand
    report = housestyle.check(chart)
    assert report.ok, str(report)
    assert_paper_and_pixels(chart)


def _heights(chart: object) -> tuple[float, float]:
    """The title block's and the footer's heights, in points, from the finish record."""
    info = housestyle.finalised(chart)
    return info.header_height, info.footer_height


@pytest.mark.parametrize("size", ["web", "social"])
@pytest.mark.parametrize("brand", housestyle.brands())
@pytest.mark.parametrize("slug", ["alt_line", "alt_stacked_area"])
def test_title_block_and_source_sit_where_the_twins_do(slug, brand, size):
    assert_sits_where_the_twin_does(slug, twin_of(slug, "alt_"), brand, size, _heights)
