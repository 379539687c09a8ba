"""What the Altair and Plotly cookbook tests share: the recipe contract, the image test
against a committed baseline, and where the title block and footer lines are drawn.

A chart these libraries draw is not a matplotlib Figure, so pytest-mpl cannot compare
it: :func:`compare_with_baseline` compares its PNG with ``tests/baseline/<slug>.png``
through matplotlib's ``compare_images`` at the same tolerance of 1 RMS.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
import pytest
from matplotlib.testing.compare import compare_images

import housestyle
from housestyle.batch._recipes import run_recipe
from housestyle.output._export import to_bytes
from tests.helpers import RECIPES, load, png_image

BASELINE = Path(__file__).resolve().parent / "baseline"


def twin_of(slug: str, prefix: str) -> str:
    """The matplotlib or plotnine recipe a recipe is the twin of (plotnine first)."""
    name = slug.removeprefix(prefix)
    return next(f"{p}{name}" for p in ("p9_", "mpl_") if f"{p}{name}" in RECIPES)


def assert_contract(slug: str, library: str, twin: str) -> None:
    """The recipe contract, and the twin's title, subtitle and source."""
    recipe = RECIPES[slug]
    assert recipe.title and len(recipe.title) <= 80
    assert len(recipe.body.split()) >= 40, "the docstring teaches"
    assert recipe.library == library and library in recipe.tags
    assert not re.findall(r"['\"]#[0-9a-fA-F]{3,8}['\"]", recipe.source), "no brand literals"
    info = housestyle.finalised(run_recipe(load(slug).recipe))
    twin_info = housestyle.finalised(fig := run_recipe(load(twin).recipe))
    plt.close(fig)
    assert info.title and info.subtitle and info.source and info.alt
    assert (info.title, info.subtitle, info.source) == (
        twin_info.title,
        twin_info.subtitle,
        twin_info.source,
    )
    assert info.preset.name == "web"


def compare_with_baseline(slug: str, request: pytest.FixtureRequest, tmp_path: Path) -> None:
    """The recipe's PNG in ``ou`` against its baseline (1 RMS), or the baseline written."""
    png = to_bytes(run_recipe(load(slug).recipe, "ou"), ["png"])["png"]
    generate = request.config.getoption("--mpl-generate-path", None)
    if generate:
        Path(generate).mkdir(parents=True, exist_ok=True)
        (Path(generate) / f"{slug}.png").write_bytes(png)
        pytest.skip(f"baseline written: {generate}/{slug}.png; look at it before committing")
    baseline = BASELINE / f"{slug}.png"
    if not baseline.exists():
        pytest.fail(
            f"no baseline image for recipe {slug!r}; create it on purpose, look at it, and "
            f'commit it:\n    pytest "{request.node.nodeid}" --mpl-generate-path=tests/baseline',
            pytrace=False,
        )
    actual = tmp_path / f"{slug}.png"
    actual.write_bytes(png)
    result = compare_images(str(baseline), str(actual), tol=1, in_decorator=True)
    assert result is None, f"{slug}: RMS {result['rms']:.2f} against {baseline.name}"


def assert_paper_and_pixels(chart: object) -> None:
    """The chart is drawn at its preset's pixels on the brand's background."""
    info = housestyle.finalised(chart)
    image = png_image(to_bytes(chart, ["png"])["png"]).convert("RGB")
    assert image.size == info.preset.pixels
    paper = tuple(int(info.brand.colours.background[i : i + 2], 16) for i in (1, 3, 5))
    assert image.getpixel((0, 0)) == paper and image.getpixel((image.width - 1, 0)) == paper


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


#: ``chart -> (header height, footer height)`` in points.
Heights = Callable[[object], tuple[float, float]]


def text_lines(chart: object, brand: housestyle.Brand, heights: Heights) -> dict[str, list]:
    """Where each line of the title block and of the footer is drawn, in pixels."""
    info = housestyle.finalised(chart)
    pixels = np.asarray(png_image(to_bytes(chart, ["png"])["png"]).convert("RGB"))
    px = info.preset.dpi / 72
    header_pt, footer_pt = heights(chart)
    header = range(0, round(header_pt * px))
    footer = range(pixels.shape[0] - round(footer_pt * px), pixels.shape[0])
    return {
        "title block": _ink_lines(pixels, brand.colours.text, header, skip_wide=False),
        "footer": _ink_lines(pixels, brand.colours.muted_text, footer, skip_wide=True),
    }


def assert_sits_where_the_twin_does(
    slug: str, twin: str, brand: str, size: str, heights: Heights
) -> None:
    """Title, subtitle and source lines within 3 px of the twin's, at ``brand`` and ``size``."""
    chosen = housestyle.load_brand(brand)
    ours = text_lines(run_recipe(load(slug).recipe, brand, size), chosen, heights)
    fig = run_recipe(load(twin).recipe, brand, size)
    try:
        theirs = text_lines(fig, chosen, heights)
    finally:
        plt.close(fig)
    for part in ("title block", "footer"):
        assert ours[part] and len(ours[part]) == len(theirs[part]), (part, ours, theirs)
        for (top, left), (twin_top, twin_left) in zip(ours[part], theirs[part], strict=True):
            assert abs(top - twin_top) <= 3 and abs(left - twin_left) <= 3, (part, ours, theirs)
