"""A table too wide for its size gives way in a reader's order, and fails only at the end.

At ``print-column`` (86 mm, type scale 0.62) the table recipes must fit the column
exactly: headers wrap at word breaks first, then text columns narrow and wrap, then
inline bars and sparklines narrow to the brand's ``tables.min_chart``; numbers are
never wrapped or cut. Only a table still too wide is refused.
"""

from __future__ import annotations

import re

import matplotlib.pyplot as plt
import pandas as pd
import pytest
from matplotlib.lines import Line2D
from matplotlib.patches import Rectangle
from matplotlib.text import Text

import housestyle
from housestyle import HouseStyleError
from housestyle.batch._recipes import run_recipe
from housestyle.ink._fonts import font_families
from housestyle.output._export import to_bytes
from housestyle.tables._layout import CellMeasure
from housestyle.tables._widths import Give, fit
from tests.charts import pixel_size
from tests.helpers import load

ELLIPSIS = "\u2026"
NUMBER = re.compile(r"^[+\u2212-]?[\d,]+(\.\d+)?$")


def _texts(fig, prefix: str) -> dict[str, list[str]]:
    """The lines drawn under each gid that starts with ``prefix``, by gid, top down."""
    found: dict[str, list[Text]] = {}
    for text in fig.findobj(Text):
        gid = text.get_gid() or ""
        if gid.startswith(prefix) and text.get_text():
            found.setdefault(gid, []).append(text)
    # y runs down the table, so the first line has the least y
    ordered = {
        gid: sorted(texts, key=lambda t: t.get_position()[1]) for gid, texts in found.items()
    }
    return {gid: [t.get_text() for t in texts] for gid, texts in ordered.items()}


def _artists(fig, kind: type, prefix: str) -> list:
    return [a for a in fig.findobj(kind) if (a.get_gid() or "").startswith(prefix)]


# --------------------------------------------------------------------------- #
# The recipes at the smallest preset
# --------------------------------------------------------------------------- #


@pytest.fixture(scope="module", params=["ou", "night"])
def brand(request):
    return request.param


@pytest.mark.parametrize("slug", ["table_chartable", "table_inline_bars"])
def test_table_recipes_fit_a_print_column(slug, brand):
    recipe = load(slug).recipe
    web = run_recipe(recipe, brand)  # fitted to its content: nothing squeezed
    narrow = run_recipe(recipe, brand, "print-column")
    try:
        preset = housestyle.load_brand(brand).preset("print-column")
        assert pixel_size(to_bytes(narrow, ["png"])["png"])[0] == preset.pixels[0]
        report = housestyle.check(narrow)
        assert report.ok, str(report)
        _assert_numbers_in_full(web, narrow)
        _assert_headers_wrapped_not_cut(web, narrow)
    finally:
        plt.close(web)
        plt.close(narrow)


def _assert_numbers_in_full(web, narrow) -> None:
    wide_cells, narrow_cells = _texts(web, "housestyle-table-cell-"), _texts(narrow, "housestyle-")
    numbers = {gid: lines for gid, lines in wide_cells.items() if NUMBER.match("".join(lines))}
    assert len(numbers) >= 16, "the recipe's numbers were found"
    for gid, lines in numbers.items():
        assert narrow_cells[gid] == lines, f"{gid}: a number is shown in full, on one line"
    assert not [t for lines in narrow_cells.values() for t in lines if t.endswith(ELLIPSIS)]


def _assert_headers_wrapped_not_cut(web, narrow) -> None:
    wide, small = (
        _texts(web, "housestyle-table-header-"),
        _texts(narrow, "housestyle-table-header-"),
    )
    assert small.keys() == wide.keys()
    for gid, lines in small.items():
        assert " ".join(lines) == " ".join(wide[gid]), f"{gid}: the whole header, wrapped"
        assert not any(line.endswith(ELLIPSIS) for line in lines)
        assert len(lines) == 1 or len(lines[-1]) > 1, f"{gid}: a figure alone on a line"


def test_the_chartable_narrows_its_inline_charts_no_further_than_the_brand_floor():
    brand = housestyle.load_brand("ou")
    preset = brand.preset("print-column")
    fig = run_recipe(load("table_chartable").recipe, "ou", "print-column")
    floor = brand.tables.min_chart * brand.type.table * preset.type_scale
    bars = [r.get_width() for r in _artists(fig, Rectangle, "housestyle-table-bar-")]
    spark = _artists(fig, Line2D, "housestyle-table-spark-")[0].get_xdata()
    spark_width = max(spark) - min(spark)
    headers = _texts(fig, "housestyle-table-header-")
    plt.close(fig)
    assert headers["housestyle-table-header-5"] == ["Places", "since", "stage 1"]
    assert headers["housestyle-table-header-3"] == ["Position", "by stage"]
    asked = {"bar": 6, "spark": 7}  # the recipe's widths, in ems
    em = brand.type.table * preset.type_scale
    assert max(bars) < asked["bar"] * em, "the gap bars narrowed"
    assert spark_width < asked["spark"] * em, "the sparklines narrowed"
    assert spark_width >= floor - 1, "no shorter than tables.min_chart (less the dots)"


# --------------------------------------------------------------------------- #
# The order, on a small table of our own
# --------------------------------------------------------------------------- #


def small_frame() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "Place": ["Kingston upon Hull", "Newcastle upon Tyne", "York"],
            "Share of households renting privately (%)": [21.5, 19.0, 17.2],
            "Change": [10.0, 6.0, 2.0],
        }
    )


def _drawn(width_pt: float):
    """The small table at a preset ``width_pt`` of content wide: what a reader sees."""
    brand = housestyle.load_brand("ou")
    base = brand.preset("print-page")
    margins = brand.layout.margins.left + brand.layout.margins.right
    preset = base.resized("narrow", width_pt=width_pt + margins)
    fig = housestyle.table(
        small_frame(), bars={"Change": {"width": 6, "domain": (0, 10)}}, size=preset
    )
    seen = {
        "header lines": len(_texts(fig, "housestyle-table-header-1")["housestyle-table-header-1"]),
        "place lines": len(_texts(fig, "housestyle-table-cell-0-0")["housestyle-table-cell-0-0"]),
        "bar": _artists(fig, Rectangle, "housestyle-table-bar-0-2")[0].get_width(),
    }
    plt.close(fig)
    return seen


def test_a_too_wide_table_wraps_headers_then_text_then_narrows_bars():
    brand = housestyle.load_brand("ou")
    em = brand.type.table * brand.preset("print-page").type_scale
    full_bar = 6 * em
    widths = range(420, 80, -10)
    seen = {}
    for width in widths:
        try:
            seen[width] = _drawn(width)
        except HouseStyleError as error:
            assert str(error).startswith("size: the table needs")
            break
    else:
        pytest.fail("the table fitted every width: the sweep does not reach the end")

    def first(condition) -> int:
        return next(w for w, s in seen.items() if condition(s))

    header_wraps = first(lambda s: s["header lines"] > 1)
    text_wraps = first(lambda s: s["place lines"] > 1)
    bar_narrows = first(lambda s: s["bar"] < full_bar - 0.01)
    assert header_wraps > text_wraps > bar_narrows, (header_wraps, text_wraps, bar_narrows)
    assert seen[widths[0]] == {"header lines": 1, "place lines": 1, "bar": pytest.approx(full_bar)}
    narrowest = min(seen)
    assert seen[narrowest]["bar"] >= brand.tables.min_chart * em - 0.01


def test_a_filled_outer_column_is_squeezed_with_its_padding():
    """The room round the text of a filled edge column counts when the table is squeezed."""
    frame = pd.DataFrame(
        {
            "Note": ["a fairly long description of the row " * 3, "short"],
            "Value": [1.5, 2.5],
            "Other value": [3.0, 4.0],
        }
    )
    styler = frame.style.background_gradient(subset=["Other value"])
    fig = housestyle.table(styler, size="print-column", title="Notes", source="Here", alt="A")
    preset = housestyle.load_brand("ou").preset("print-column")
    assert pixel_size(to_bytes(fig, ["png"])["png"])[0] == preset.pixels[0]
    assert housestyle.check(fig).ok
    fig.canvas.draw()
    fills = _artists(fig, Rectangle, "housestyle-table-fill-")
    assert fills and max(f.get_window_extent().x1 for f in fills) <= fig.bbox.x1
    plt.close(fig)


def test_a_table_that_cannot_fit_is_still_refused():
    numbers = pd.DataFrame({f"Column {i}": [1234.5, 6789.0] for i in range(20)})
    with pytest.raises(HouseStyleError) as caught:
        housestyle.table(numbers, size="print-column")
    message = str(caught.value)
    assert re.match(
        r"size: the table needs \d+ pt of width but 'print-column' gives 216 pt", message
    )
    assert "allowed: a wider preset, fewer columns, or size=None" in message


# --------------------------------------------------------------------------- #
# The steps themselves
# --------------------------------------------------------------------------- #


def test_each_step_is_taken_only_when_the_one_before_is_not_enough():
    number = Give.of(60, header=20)  # a long header over short numbers
    text = Give.of(50, header=50, text=30)  # a text column that can wrap to 30
    bar = Give.of(40, header=40, chart=20)  # an inline chart that can narrow to 20
    columns = [number, text, bar]
    assert fit(columns, 200) == [60, 50, 40], "it fits: nothing gives"
    assert [round(w) for w in fit(columns, 130)] == [40, 50, 40], "only the header wraps"
    assert [round(w) for w in fit(columns, 100)] == [20, 40, 40], "then text"
    assert [round(w) for w in fit(columns, 80)] == [20, 30, 30], "then the chart"
    assert fit(columns, 60) == [20, 30, 20], "at its narrowest, and too wide"


def test_inline_charts_narrow_together_keeping_their_proportions():
    bar = Give.of(60, header=60, chart=20)  # can give 40
    spark = Give.of(40, header=40, chart=20)  # can give 20
    widths = fit([bar, spark], 70)
    assert sum(widths) == pytest.approx(70)
    assert (60 - widths[0]) / 40 == pytest.approx((40 - widths[1]) / 20)


def test_a_header_never_ends_on_a_lone_number():
    brand = housestyle.load_brand("ou")
    measure = CellMeasure(font_families(brand), brand.type.table, 100)
    label = "Places since stage 1"
    width = measure.width("Places since stage", bold=True) + 0.5  # all but the "1"
    assert measure.wrap(label, width, True, False, 6) == ["Places since stage", "1"]
    assert measure.wrap_label(label, width, 6) == ["Places since", "stage 1"]
    narrowest = measure.widest_label_word(label)
    assert narrowest == pytest.approx(measure.width("stage 1", bold=True))
    assert measure.wrap_label(label, narrowest, 6) == ["Places", "since", "stage 1"]
