"""The cookbook's Altair and Plotly recipes: the contract, images, checks and their twins.

An Altair or Plotly chart is not a matplotlib Figure, so pytest-mpl cannot compare it; the
image test renders the recipe's PNG (vl-convert; Kaleido with Debian's chromium) and
compares it with ``tests/baseline/<slug>.png`` at the same tolerance of 1 RMS
(``tests/web_recipes.py``). Create or regenerate a baseline on purpose, look at it, commit::

    pytest "tests/test_web_cookbook.py::test_recipe_image[<slug>]" --mpl-generate-path=tests/baseline

Each recipe is the twin of a matplotlib or plotnine recipe (same data, headline, source):
the title, subtitle and source line sit where the twin's do, within a few pixels, in
every shipped brand at web and at social.
"""

from __future__ import annotations

import importlib.util

import numpy as np
import pytest

import housestyle
from housestyle.batch._recipes import run_recipe
from housestyle.output._export import to_bytes
from tests.helpers import OTHER_SLUGS, load, out_of_place, pdf_page, png_image
from tests.web_recipes import (
    assert_contract,
    assert_paper_and_pixels,
    assert_sits_where_the_twin_does,
    compare_with_baseline,
    twin_of,
)

#: Each library's recipe prefix and the packages it needs to draw.
LIBRARIES = {
    "altair": ("alt_", ("altair", "vl_convert")),
    "plotly": ("plotly_", ("plotly", "kaleido")),
}


#: What the quick lane draws here: one recipe of each library, in ou, at web.
QUICK_WEB = ("alt_line", "plotly_line")


def _param(slug: str, *rest: str):
    library = next(name for name, slugs in OTHER_SLUGS.items() if slug in slugs)
    missing = [m for m in LIBRARIES[library][1] if importlib.util.find_spec(m) is None]
    marks = [pytest.mark.skip(reason=f"{', '.join(missing)} not installed")] if missing else []
    if slug not in QUICK_WEB or set(rest) - {"ou", "web"}:
        marks.append(pytest.mark.slow)
    return pytest.param(slug, *rest, marks=marks, id="-".join((slug, *rest)))


def _prefix(slug: str) -> str:
    return next(prefix for prefix, _ in LIBRARIES.values() if slug.startswith(prefix))


SLUGS = [slug for library in LIBRARIES for slug in OTHER_SLUGS.get(library, [])]
PLACED = [
    "alt_line",
    "alt_stacked_area",
    "plotly_line",
    "plotly_stacked_area",
    "plotly_grouped_bar",
]


@pytest.mark.parametrize("library", list(LIBRARIES))
def test_there_are_at_least_eight_recipes_each_with_a_twin(library):
    slugs = OTHER_SLUGS.get(library, [])
    assert len(slugs) >= 8, slugs
    assert all(twin_of(slug, LIBRARIES[library][0]) for slug in slugs)


@pytest.mark.parametrize("slug", [_param(s) for s in SLUGS])
def test_recipe_contract(slug):
    library = next(name for name, slugs in OTHER_SLUGS.items() if slug in slugs)
    assert_contract(slug, library, twin_of(slug, _prefix(slug)))


@pytest.mark.parametrize("slug", [_param(s) for s in SLUGS])
def test_recipe_image(slug, request, tmp_path):
    compare_with_baseline(slug, request, tmp_path)


@pytest.mark.parametrize(
    ("slug", "brand"), [_param(s, b) for s in SLUGS for b in housestyle.brands()]
)
def test_recipe_passes_check_in_every_brand(slug, brand):
    chart = run_recipe(load(slug).recipe, brand)
    assert housestyle.finalised(chart).brand.name == brand
    report = housestyle.check(chart)
    assert report.ok, str(report)
    assert_paper_and_pixels(chart)
    drawn = to_bytes(chart, ["png", "pdf"])  # the PDF is the PNG's picture: nothing moved
    dpi = housestyle.finalised(chart).preset.dpi
    assert out_of_place(png_image(drawn["png"]), pdf_page(drawn["pdf"], dpi)) < 0.005


def _heights(chart: object) -> tuple[float, float]:
    """The chart's own title block and footer heights, in points (not its legend's)."""
    info = housestyle.finalised(chart)
    return housestyle.finish._finalise.frame_heights(
        title=info.title,
        subtitle=info.subtitle,
        source=info.source,
        note=info.note,
        size=info.preset,
        brand=info.brand,
    )


@pytest.mark.parametrize(
    ("slug", "brand", "size"),
    [_param(s, b, z) for s in PLACED for b in housestyle.brands() for z in ("web", "social")],
)
def test_title_block_and_source_sit_where_the_twins_do(slug, brand, size):
    assert_sits_where_the_twin_does(slug, twin_of(slug, _prefix(slug)), brand, size, _heights)


@pytest.mark.parametrize("slug", [_param(s) for s in ("plotly_line", "plotly_grouped_bar")])
def test_series_take_the_brands_colours_like_the_twin(slug):
    chart = run_recipe(load(slug).recipe, "night")
    pixels = np.asarray(png_image(to_bytes(chart, ["png"])["png"]).convert("RGB")).reshape(-1, 3)
    seen = {"#{:02x}{:02x}{:02x}".format(*p) for p in np.unique(pixels, axis=0)}
    brand = housestyle.load_brand("night")
    wanted = brand.palettes["categorical"][: 2 if "grouped" in slug else 1]
    assert set(wanted) <= seen
