"""Users' charts of new shapes, each at web, print-column and social, as a reader sees them.

For every chart in ``tests/users/shapes_charts.py`` and ``tests/users/slips_charts.py``
and every size:

- every character is drawn from one of the brand's font files, or from a file of a
  fallback family the brand declares where the brand's own files lack it; a character
  no font has is reported by check() (``missing_glyph``);
- check() reports exactly the errors the chart names for that size (most name none):
  so no artist crosses the title block, the footer or the figure's edge, no text
  overlaps another, no panel is crushed, unless the chart says a reader would see it;
- a title carried by the chart becomes the title, a suptitle beside ``title=`` the
  subtitle, never a second title;
- finalise gives no warning but a LayoutWarning, and one FontWarning naming the
  characters no font can draw where check() reports them.

Set ``HOUSESTYLE_USERS_OUT`` to a folder to keep each finished chart's PNG there.
"""

from __future__ import annotations

import os
import warnings
from pathlib import Path

import matplotlib.pyplot as plt
import pytest

import housestyle
from housestyle import FontWarning, LayoutWarning
from housestyle._private import suptitle
from housestyle.checks._check import check
from housestyle.checks._font_rules import _fallback_files, brand_font_files, drawn_glyphs
from housestyle.checks._rules import Scene
from housestyle.output._export import to_bytes
from housestyle.record._record import finalised

from .users import slips_charts  # noqa: F401 - registers issue 21's charts in SHAPES
from .users.shapes_charts import SHAPES, SIZES, mpl_arabic_labels

TEXTS = {"source": "Made-up figures for a test", "alt": "A chart written as a user would."}


def test_there_are_forty_new_shapes():
    assert len(SHAPES) >= 40


def _finish(name: str, size: str):
    spec = SHAPES[name]
    texts = TEXTS | ({"title": spec.title} if spec.title else {})
    made = spec.make()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        fig = housestyle.finalise(made, size=size, **texts)
    ours = [w for w in caught if w.category.__module__.startswith("housestyle")]
    fonts = [str(w.message) for w in ours if issubclass(w.category, FontWarning)]
    if "missing_glyph" in spec.expect.get(size, ()):
        assert len(fonts) == 1 and "'東' (U+6771)" in fonts[0], fonts  # once, naming them
    else:
        assert fonts == []
    assert [w for w in ours if not issubclass(w.category, LayoutWarning | FontWarning)] == []
    folder = os.environ.get("HOUSESTYLE_USERS_OUT")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # the test below judges what it draws
            png = to_bytes(fig, ["png"])["png"]
        (Path(folder) / f"{name}-{size}.png").write_bytes(png)
    return spec, fig


def glyphs_off_brand(fig) -> list[str]:
    """Each character drawn from a file that is neither the brand's nor a declared fallback."""
    info = finalised(fig)
    scene = Scene(fig, info.brand, info.preset)
    own, fallback = brand_font_files(info.brand), _fallback_files(info.brand)
    found = []
    for text in scene.texts:
        for char, path in drawn_glyphs(scene, text):
            if path is not None and path not in own and path not in fallback:
                found.append(f"{char!r} of {text.label} in {path.name}")
    return found


#: The shapes the quick lane draws (every sixteenth, so each kind of chart turns up over
#: time as shapes are added); the full suite draws them all.
QUICK_SHAPES = sorted(SHAPES)[::16]


@pytest.mark.parametrize(
    ("name", "size"),
    [
        pytest.param(
            name,
            size,
            marks=() if name in QUICK_SHAPES and size == SIZES[0] else (pytest.mark.slow,),
            id=f"{name}-{size}",
        )
        for name in sorted(SHAPES)
        for size in SIZES
    ],
)
def test_users_shape_at_size(name, size):
    spec, fig = _finish(name, size)
    try:
        with warnings.catch_warnings():  # drawn again: the layout warns as finalise did,
            warnings.simplefilter("ignore", LayoutWarning)  # matplotlib of missing glyphs
            warnings.filterwarnings("ignore", message="Glyph .* missing from")
            _assert_as_read(spec, fig, size)
    finally:
        plt.close(fig)


def _assert_as_read(spec, fig, size):
    info = finalised(fig)
    assert tuple(round(v) for v in fig.bbox.size) == info.preset.pixels
    report = check(fig)
    assert sorted({f.rule for f in report.errors}) == sorted(spec.expect.get(size, ())), str(report)
    assert glyphs_off_brand(fig) == []
    if spec.expect_title is not None:
        assert info.title == spec.expect_title
    elif spec.title is not None:
        assert info.title == spec.title
    if spec.expect_subtitle is not None:
        assert info.subtitle == spec.expect_subtitle
    assert suptitle(fig) is None  # one title: the title block's
    drawn = {text.artist.get_text() for text in Scene(fig, info.brand, info.preset).texts}
    assert [text for text in spec.keeps if text not in drawn] == []


@pytest.mark.parametrize("size", SIZES)
def test_right_to_left_text_is_refused_naming_it(size):
    """matplotlib neither shapes Arabic nor orders right-to-left text: refused, not drawn wrong."""
    fig = mpl_arabic_labels()
    with pytest.raises(housestyle.HouseStyleError, match="المنطقة.*right to left"):
        housestyle.finalise(fig, title="Sales by region", source="Ours", size=size)
