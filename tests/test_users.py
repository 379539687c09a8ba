"""Users' charts, finalised: the house style holds for charts written the ordinary ways.

Each chart in ``tests/users/`` (matplotlib, pandas ``.plot``, seaborn, plotnine; made
inside and outside ``style()``, with the user's own layout calls, titles and legends)
is finalised and then asserted as a reader sees it:

- every text is drawn with one of the brand's font files;
- every mark is a brand colour (or a colour the user chose, or, where values are
  mapped to colours, a colour of a brand ramp), and every colormap is the brand's;
- ``check()`` finds no errors: no text overlaps another or leaves the figure, no
  legend or text sits on the title block, the footer or the plot, the brand's font,
  contrast and sizes hold;
- a title the chart carried itself (``ax.set_title``, ``df.plot(title=)``, a
  suptitle, ``labs(title=)``) is the finished chart's title;
- finalise gives no warning, but the one that says a chart made at another shape
  was laid out at the default size.

Each chart is then laid out again at social and print-column (``finalise(fig,
size=...)`` on the finished chart, as a user publishing it elsewhere does) and held to
the same, at the preset's exact size with one title block and logo.

Charts that cannot pass for a reason named are strict xfails naming it.
Set ``HOUSESTYLE_USERS_OUT`` to a folder to keep each finished chart's PNG there.
"""

from __future__ import annotations

import os
import warnings
from pathlib import Path

import matplotlib.pyplot as plt
import pytest
from matplotlib import font_manager
from matplotlib.colors import to_hex
from matplotlib.text import Text

import housestyle
from housestyle import LayoutWarning
from housestyle._private import is_colorbar
from housestyle.checks._check import check
from housestyle.checks._font_rules import brand_font_files
from housestyle.checks._marks import BrandColours, marks_of
from housestyle.checks._scene import describe
from housestyle.output._export import to_bytes
from housestyle.record._record import LOGO, RULE, finalised

from .charts import draw
from .users import mpl_charts, pandas_seaborn_charts, plotnine_charts  # noqa: F401 - register
from .users.registry import CHARTS, TEXTS, UserChart

#: The users' charts the quick lane (``pytest -m "not slow"``) finalises: one of each way
#: of making a chart, with colorbars, several panels and facets among them.
QUICK = ("mpl_subplot_mosaic", "mpl_imshow_with_colorbar", "p9_facet_wrap_six_panels")
QUICK += ("pandas_line", "seaborn_heatmap")


def _param(*values: str, xfail: str | None = None, quick: bool = True):
    """A case, marked slow unless its chart is one of :data:`QUICK`, xfail when a reason is given."""
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    if not (quick and values[0] in QUICK):
        marks.append(pytest.mark.slow)
    return pytest.param(*values, marks=marks)


PARAMS = [_param(name, xfail=spec.xfail) for name, spec in sorted(CHARTS.items())]


def test_there_are_enough_users_charts_of_every_kind():
    libraries = [spec.library for spec in CHARTS.values()]
    assert len(CHARTS) >= 40
    assert {lib: libraries.count(lib) >= 6 for lib in set(libraries)} == {
        "mpl": True,
        "pandas": True,
        "seaborn": True,
        "p9": True,
    }


def off_brand_fonts(fig, brand) -> list[str]:
    """Every visible text drawn with a file that is not one of the brand's font files."""
    allowed = brand_font_files(brand)
    draw(fig)
    found = []
    for text in fig.findobj(Text):
        if text.get_visible() and text.get_text().strip():
            drawn = Path(font_manager.findfont(text.get_fontproperties())).resolve()
            if drawn not in allowed:
                found.append(f"{describe(fig, text)} in {drawn.name}")
    return found


def _allowed_colours(brand, spec: UserChart) -> set[str]:
    colours = [*vars(brand.colours).values(), *spec.own]
    for entries in brand.palettes.values():
        colours.extend(entries)
    return {to_hex(colour) for colour in colours}


def off_brand_marks(fig, brand, spec: UserChart) -> list[str]:
    """Every mark colour and colormap that is neither the brand's nor the user's."""
    allowed = _allowed_colours(brand, spec)
    ramps = BrandColours(brand)
    found = []
    for ax in fig.axes:
        if is_colorbar(ax) or not ax.get_visible():
            continue
        marks, mapped = marks_of(ax)
        for mark in marks:
            for rgba in [*mark.colours, *mark.edges]:
                if to_hex(rgba[:3]) in allowed or (spec.ramp and ramps.on_ramp(rgba[:3])):
                    continue
                found.append(f"{describe(fig, mark.artist)} in {to_hex(rgba[:3])}")
        for each in mapped:
            if not each.cmap.name.startswith(f"{brand.name}_"):
                found.append(f"{describe(fig, each.artist)} mapped with {each.cmap.name!r}")
    return sorted(set(found))


def _finished(name: str):
    spec = CHARTS[name]
    texts = TEXTS | ({"title": spec.title} if spec.title else {})
    made = spec.make()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        fig = housestyle.finalise(made, **texts)
    warned = [str(w.message) for w in caught if issubclass(w.category, UserWarning)]
    if spec.reshaped:
        assert [issubclass(w.category, LayoutWarning) for w in caught] == [True], warned
    else:
        assert warned == []
    png = to_bytes(fig, ["png"])["png"]
    folder = os.environ.get("HOUSESTYLE_USERS_OUT")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        (Path(folder) / f"{name}.png").write_bytes(png)
    return spec, fig


@pytest.mark.parametrize("name", PARAMS)
def test_users_chart_is_on_brand(name):
    spec, fig = _finished(name)
    brand = finalised(fig).brand
    try:
        assert off_brand_fonts(fig, brand) == []
        assert off_brand_marks(fig, brand, spec) == []
        report = check(fig)
        assert report.errors == [], str(report)
        if spec.expect_title is not None:
            assert finalised(fig).title == spec.expect_title
    finally:
        plt.close(fig)


#: The same chart at the other sizes a user publishes it at (web is the test above).
OTHER_SIZES = ("social", "print-column")
#: Charts that do not hold at a size, for a reason housestyle leaves to the user.
AT_SIZE_XFAIL = {
    ("mpl_polar", "social"): (
        "the data line crosses matplotlib's radial label '3.5' at this shape; check() "
        "reports it (text_contrast), and housestyle does not move matplotlib's radial "
        "labels (the user's ax.set_rlabel_position does)"
    ),
}
#: The charts the quick lane lays out again at another size: a grid of each library (the
#: rest walk the same relayout; the full suite runs them).
SIZED_QUICK = ("mpl_subplot_mosaic", "p9_facet_wrap_six_panels")
SIZED = [
    _param(
        name,
        size,
        xfail=AT_SIZE_XFAIL.get((name, size)),
        quick=size == "social" and name in SIZED_QUICK,
    )
    for name in sorted(CHARTS)
    if not CHARTS[name].xfail
    for size in OTHER_SIZES
]


@pytest.mark.parametrize(("name", "size"), SIZED)
def test_users_chart_holds_when_laid_out_again_at_another_size(name, size):
    spec, fig = _finished(name)
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            fig = housestyle.finalise(fig, size=size)  # the finished chart, laid out again
            report = check(fig)
        warned = [str(w.message) for w in caught if issubclass(w.category, UserWarning)]
        assert [m for m in warned if "leave the plot" not in m] == []
        info = finalised(fig)
        assert tuple(round(v) for v in fig.bbox.size) == info.brand.preset(size).pixels
        assert info.title == (spec.expect_title or spec.title)
        for gid in (LOGO, RULE):  # decoration replaced, never stacked
            assert len(fig.findobj(lambda a, gid=gid: a.get_gid() == gid)) == 1, gid
        assert off_brand_fonts(fig, info.brand) == []
        assert off_brand_marks(fig, info.brand, spec) == []
        assert report.errors == [], str(report)
    finally:
        plt.close(fig)
