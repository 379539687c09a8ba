"""Every cookbook recipe passes ``housestyle.check`` with no errors, in every shipped brand.

The recipes teach the house style, so each must meet its own accessibility rules:
text and mark contrast, colours that stay apart for colour-blind viewers, text size,
no clipped or overlapping text. Warnings (such as categorical colours that merge in
greyscale print) are allowed; errors fail. Run one recipe's report by hand with
``housestyle check cookbook/<slug>.py --brand <brand>``.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import pytest

import housestyle
from housestyle.recipes import run_recipe
from tests.helpers import SLUGS, load


@pytest.mark.parametrize("brand", housestyle.brands())
@pytest.mark.parametrize("slug", SLUGS)
def test_recipe_passes_the_checks(slug: str, brand: str) -> None:
    fig = run_recipe(load(slug).recipe, brand)
    try:
        report = housestyle.check(fig)
    finally:
        plt.close(fig)
    assert report.brand == brand, "the recipe follows the brand of the style() block around it"
    assert report.ok, f"housestyle check cookbook/{slug}.py --brand {brand}\n{report}"
