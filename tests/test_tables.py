"""housestyle.table(): Stylers honoured where they put things, the house look, edge cases."""

from __future__ import annotations

import base64
import io
import warnings

import numpy as np
import pandas as pd
import pytest
from matplotlib.colors import to_hex, to_rgba
from matplotlib.lines import Line2D
from matplotlib.patches import Rectangle
from matplotlib.text import Text
from PIL import Image

import housestyle
from housestyle import HouseStyleError
from housestyle.output._export import to_bytes
from housestyle.tables._table import MAX_PIXELS, MAX_ROWS, TableFigure, TableStyleWarning

REGIONS = ["North East", "North West", "Yorkshire", "East Midlands", "London", "Wales"]


@pytest.fixture
def frame() -> pd.DataFrame:
    rng = np.random.default_rng(3)
    return pd.DataFrame(
        {
            "Population (m)": rng.uniform(2, 9, len(REGIONS)).round(1),
            "GDP (£bn)": rng.integers(80, 470, len(REGIONS)),
            "GDP per head (£)": rng.integers(20_000, 60_000, len(REGIONS)),
            "Growth (%)": rng.normal(1, 1.2, len(REGIONS)),
        },
        index=pd.Index(REGIONS, name="Region"),
    )


def _by_gid(fig, kind: type, gid: str) -> list:
    return [a for a in fig.findobj(kind) if a.get_gid() == gid]


def _cell_text(fig, r: int, c: int) -> str:
    texts = _by_gid(fig, Text, f"housestyle-table-cell-{r}-{c}")
    return "\n".join(t.get_text() for t in texts)


def _png(fig) -> np.ndarray:
    return np.asarray(Image.open(io.BytesIO(to_bytes(fig, "png")["png"])).convert("RGB"))


def _pixel_inside(fig, artist, image: np.ndarray) -> np.ndarray:
    """The PNG pixel 3 px inside the top-left corner of ``artist``'s box."""
    fig.canvas.draw()  # positions at the figure's own dpi, as the 1x PNG
    box = artist.get_window_extent()
    x, y = int(box.x0) + 3, image.shape[0] - int(box.y1) + 3
    return image[y, x]


# --------------------------------------------------------------------------- #
# A Styler is honoured where it put things
# --------------------------------------------------------------------------- #


def test_gradient_and_formats_land_in_their_cells(frame):
    formats = {"GDP (£bn)": "{:,.0f}", "GDP per head (£)": "£{:,.0f}", "Growth (%)": "{:+.1f}%"}
    styler = frame.style.background_gradient(cmap="Blues", subset=["GDP per head (£)"])
    styler = styler.format(formats)
    fig = housestyle.table(styler, title="Gradient", source="Test")
    image = _png(fig)
    column = list(frame.columns).index("GDP per head (£)")
    c = column + 1  # the index is the first drawn column
    fills = {dict(styler.ctx[(r, column)]).get("background-color") for r in range(len(frame))}
    assert len(fills) == len(frame), "the gradient gives every row its own colour"
    for r in range(len(frame)):
        wanted = dict(styler.ctx[(r, column)])["background-color"]
        fill = _by_gid(fig, Rectangle, f"housestyle-table-fill-{r}-{c}")
        assert len(fill) == 1 and to_hex(fill[0].get_facecolor()) == to_hex(wanted)
        got = _pixel_inside(fig, fill[0], image)
        assert np.abs(got - np.array(to_rgba(wanted)[:3]) * 255).max() <= 2
        for name, pattern in formats.items():
            k = list(frame.columns).index(name)
            assert _cell_text(fig, r, k + 1) == pattern.format(frame.iloc[r, k])
    unstyled = _by_gid(fig, Rectangle, "housestyle-table-fill-0-1")
    assert not unstyled, "cells the Styler left alone get no fill"


def test_text_colour_weight_and_style_are_honoured(frame):
    styler = frame.style.map(
        lambda v: "color: rgb(200, 0, 0); font-weight: 700; font-style: italic",
        subset=["Growth (%)"],
    )
    fig = housestyle.table(styler)
    c = list(frame.columns).index("Growth (%)") + 1
    (text,) = _by_gid(fig, Text, f"housestyle-table-cell-0-{c}")
    assert to_hex(text.get_color()) == "#c80000"
    assert text.get_fontweight() in ("bold", 700)
    assert text.get_fontstyle() == "italic"


def test_fill_without_colour_gets_readable_text(frame):
    styler = frame.style.map(lambda v: "background-color: #000033", subset=["GDP (£bn)"])
    fig = housestyle.table(styler)
    (text,) = _by_gid(fig, Text, "housestyle-table-cell-0-2")
    brand = housestyle.current_brand()
    assert to_hex(text.get_color()) == to_hex(brand.colours.background)


def test_hidden_columns_index_and_caption(frame):
    styler = frame.style.hide(["GDP (£bn)"], axis="columns").hide(axis="index")
    styler = styler.set_caption("The caption")
    fig = housestyle.table(styler)
    headers = [t.get_text() for t in fig.findobj(Text) if "table-header" in str(t.get_gid())]
    assert "GDP (£bn)" not in headers and "Region" not in headers
    assert headers == ["Population (m)", "GDP per head (£)", "Growth (%)"]
    assert not [t for t in fig.findobj(Text) if "table-index" in str(t.get_gid())]
    assert housestyle.finalised(fig).title == "The caption"


def test_unsupported_css_warns_once_naming_the_property(frame):
    styler = frame.style.set_properties(**{"border": "1px solid red", "color": "navy"})
    with pytest.warns(TableStyleWarning) as caught:
        fig = housestyle.table(styler)
    about_border = [w for w in caught if "'border'" in str(w.message)]
    assert len(about_border) == 1, "one warning per property, not one per cell"
    assert not [w for w in caught if "'color'" in str(w.message)]
    (text,) = _by_gid(fig, Text, "housestyle-table-cell-0-1")
    assert to_hex(text.get_color()) == to_hex("navy")


def _bars_of(fig, c: int, rows: int) -> list:
    """The bar of each row in column ``c`` (None where there is none)."""
    found = [_by_gid(fig, Rectangle, f"housestyle-table-bar-{r}-{c}") for r in range(rows)]
    assert all(len(bars) <= 1 for bars in found)
    return [bars[0] if bars else None for bars in found]


def test_styler_bar_draws_bars_of_the_right_length_and_colour():
    data = pd.DataFrame({"Team": list("ABCD"), "Change": [4.0, -2.0, 1.0, np.nan]})
    down, up = "#d65f5f", "#5fba7d"
    styler = data.style.bar(subset=["Change"], align="zero", color=[down, up])
    with warnings.catch_warnings():
        warnings.simplefilter("error", TableStyleWarning)  # width and the gradient are read
        fig = housestyle.table(styler)
    bars = _bars_of(fig, 1, 4)
    assert bars[3] is None, "no bar for a missing value"
    assert [to_hex(b.get_facecolor()) for b in bars[:3]] == [up, down, up]
    lengths = [abs(b.get_width()) for b in bars[:3]]
    assert lengths[0] == pytest.approx(2 * lengths[1], rel=0.01)
    assert lengths[0] == pytest.approx(4 * lengths[2], rel=0.01)
    (zero,) = _by_gid(fig, Line2D, "housestyle-table-zero-1")
    x = zero.get_xdata()[0]
    assert bars[0].get_x() == pytest.approx(x) and bars[2].get_x() == pytest.approx(x)
    assert bars[1].get_x() + bars[1].get_width() == pytest.approx(x), "negative bars end at 0"
    text = _by_gid(fig, Text, "housestyle-table-cell-0-1")[0]
    assert text.get_text() == "4" and text.get_horizontalalignment() == "right"
    image = _png(fig)
    middle = _pixel_inside(fig, bars[0], image)  # 3 px inside the bar's corner
    assert np.abs(middle - np.array(to_rgba(up)[:3]) * 255).max() <= 2


def test_styler_bar_vmin_vmax_and_height_are_honoured():
    data = pd.DataFrame({"Score": [1.0, 5.0, 10.0]})
    fig = housestyle.table(data.style.bar(align="left", vmin=0, vmax=20, height=50))
    bars = _bars_of(fig, 0, 3)
    assert len({round(b.get_x(), 6) for b in bars}) == 1, "align='left': one start"
    lengths = [b.get_width() for b in bars]
    assert lengths == pytest.approx([lengths[2] / 10, lengths[2] / 2, lengths[2]], rel=0.01)
    full = housestyle.table(data.style.bar(align="left", vmin=0, vmax=10))
    widest = _bars_of(full, 0, 3)[2]
    assert lengths[2] == pytest.approx(widest.get_width() / 2, rel=0.01), "vmax=20 halves"
    assert bars[0].get_height() == pytest.approx(widest.get_height() / 2), "height=50"


def test_a_gradient_that_is_not_a_bar_is_named_once():
    data = pd.DataFrame({"Score": [1.0, 5.0]})
    soft = "background: linear-gradient(90deg, red 0%, blue 100%)"
    with pytest.warns(TableStyleWarning) as caught:
        fig = housestyle.table(data.style.map(lambda v: soft))
    messages = [str(w.message) for w in caught]
    assert len(messages) == 1
    assert "the value 'linear-gradient(90deg, red 0%, blue 100%)'" in messages[0]
    assert "'background' is not drawn" in messages[0] and "not supported" not in messages[0]
    assert not _bars_of(fig, 0, 2)[0] and not _by_gid(fig, Rectangle, "housestyle-table-fill-0-0")


def test_a_polars_frame_draws_as_the_same_pandas_frame():
    pl = pytest.importorskip("polars")
    columns = {
        "Region": REGIONS,
        "Population (m)": [2.7, 7.4, 5.5, 4.9, 8.9, 3.1],
        "Seats": [29, 75, None, 46, 73, 32],
        "Trend": [[1, 2, 3], [3, 2, 1], [2, 2, 2], [1, 3, 2], [3, 1, 2], [2, 1, 3]],
    }
    options = {"bars": ["Population (m)"], "sparklines": ["Trend"], "title": "Regions"}
    from_polars = housestyle.table(pl.DataFrame(columns), **options)
    from_pandas = housestyle.table(pd.DataFrame(columns), **options)
    assert _cell_text(from_polars, 2, 2) == "\u2013", "a polars null is a missing value"
    assert to_bytes(from_polars, "png")["png"] == to_bytes(from_pandas, "png")["png"]


# --------------------------------------------------------------------------- #
# The house look
# --------------------------------------------------------------------------- #


def test_house_number_format_and_alignment(frame):
    fig = housestyle.table(frame)
    growth = list(frame.columns).index("Growth (%)") + 1
    values = frame["Growth (%)"]
    texts = [_cell_text(fig, r, growth) for r in range(len(frame))]
    assert all(len(t.split(".")[-1]) == 2 for t in texts), "one number of decimals per column"
    negative = [t for t, v in zip(texts, values, strict=True) if v < 0]
    assert negative and all(t.startswith("\u2212") for t in negative), "a true minus sign"
    head = _cell_text(fig, 0, list(frame.columns).index("GDP per head (£)") + 1)
    assert "," in head, "thousands separators from 10,000"
    (number,) = _by_gid(fig, Text, f"housestyle-table-cell-0-{growth}")
    (name,) = _by_gid(fig, Text, "housestyle-table-index-0-0")
    assert number.get_horizontalalignment() == "right"
    assert name.get_horizontalalignment() == "left"


def test_the_minus_sign_of_numbers_is_the_brands(frame, tmp_path):
    path = tmp_path / "hyphen.yaml"
    path.write_text("extends: ou\nname: hyphen\ntype: {unicode_minus: false}\n")
    growth = list(frame.columns).index("Growth (%)") + 1
    negative = [r for r, v in enumerate(frame["Growth (%)"]) if v < 0]
    fig = housestyle.table(frame, brand=path)
    assert negative and all(_cell_text(fig, r, growth).startswith("-") for r in negative)
    styled = housestyle.house_styler(frame, brand=path).to_html()
    shown = housestyle.house_styler(frame).to_html()
    assert "\u2212" not in styled and "\u2212" in shown


def test_brand_font_rules_not_a_cage(frame):
    fig = housestyle.table(frame)
    brand = housestyle.current_brand()
    families = {t.get_fontfamily()[0] for t in fig.findobj(Text) if t.get_text()}
    assert families == {brand.fonts.family}
    rules = [ln for ln in fig.findobj(Line2D) if "table-rule" in str(ln.get_gid())]
    assert len(rules) == len(frame)
    assert all(ln.get_ydata()[0] == ln.get_ydata()[1] for ln in rules), "horizontal only"
    assert _by_gid(fig, Line2D, "housestyle-table-header-rule")


def test_size_fits_the_content(frame):
    narrow = housestyle.table(frame[["Population (m)"]])
    wide = housestyle.table(frame.assign(**{f"Extra column {i}": 1.5 for i in range(4)}))
    web = housestyle.current_brand().preset("web")
    for fig in (narrow, wide):
        info = housestyle.finalised(fig)
        assert info.preset.name == "table"
        assert 0.6 * web.pixels[0] <= info.preset.pixels[0] <= 1.5 * web.pixels[0]
    assert wide.get_size_inches()[0] > narrow.get_size_inches()[0]
    taller = housestyle.table(pd.concat([frame, frame]))
    assert taller.get_size_inches()[1] > narrow.get_size_inches()[1]
    fixed = housestyle.table(frame[["Population (m)"]], size="web")
    assert round(fixed.get_size_inches()[0] * fixed.dpi) == web.pixels[0]


def test_long_text_wraps_and_is_cut():
    text = "a long sentence of words " * 60
    fig = housestyle.table(pd.DataFrame({"Note": [text, "short"]}))
    lines = _by_gid(fig, Text, "housestyle-table-cell-0-0")
    assert 2 <= len(lines) <= 6
    assert lines[-1].get_text().endswith("\u2026")
    web = housestyle.current_brand().preset("web")
    assert fig.get_size_inches()[0] * fig.dpi <= 1.5 * web.pixels[0] + 1


def test_table_shows_as_png_in_jupyter(frame):
    fig = housestyle.table(frame)
    assert isinstance(fig, TableFigure)
    data, _ = fig._repr_mimebundle_()
    assert base64.b64decode(data["image/png"]) == to_bytes(fig, ["png2x"])["png2x"]


# --------------------------------------------------------------------------- #
# Inline charts and colour rules
# --------------------------------------------------------------------------- #


def test_bars_positive_and_negative_in_brand_colours():
    data = pd.DataFrame({"Team": list("ABCD"), "Change": [3.0, -2.0, 0.5, np.nan]})
    brand = housestyle.current_brand()
    for option, (up, down) in {
        "primary-highlight": (brand.colours.primary, brand.colours.highlight),
        "gain-loss": (brand.colours.gain, brand.colours.loss),
    }.items():
        fig = housestyle.table(data, bars={"Change": {"colours": option}})
        bars = {r: _by_gid(fig, Rectangle, f"housestyle-table-bar-{r}-1") for r in range(4)}
        assert to_hex(bars[0][0].get_facecolor()) == up
        assert to_hex(bars[1][0].get_facecolor()) == down
        assert not bars[3], "no bar for a missing value"
        assert bars[0][0].get_width() > 0 > bars[1][0].get_width()
        assert bars[0][0].get_x() == bars[1][0].get_x(), "bars grow from one zero line"
        assert _by_gid(fig, Line2D, "housestyle-table-zero-1")


def test_sparklines_line_step_and_markers():
    data = pd.DataFrame({"Who": ["x", "y"], "Trend": [[3, 1, 2, 5], [1, np.nan, 4, 2]]})
    fig = housestyle.table(data, sparklines={"Trend": {"kind": "step", "markers": True}})
    brand = housestyle.current_brand()
    for r in (0, 1):
        (line,) = _by_gid(fig, Line2D, f"housestyle-table-spark-{r}-1")
        assert line.get_drawstyle() == "steps-post"
        assert to_hex(line.get_color()) == brand.colours.primary
        for name in ("first", "last", "min", "max"):
            assert _by_gid(fig, Line2D, f"housestyle-table-marker-{name}-{r}-1")
    (top,) = _by_gid(fig, Line2D, "housestyle-table-marker-max-0-1")
    (bottom,) = _by_gid(fig, Line2D, "housestyle-table-marker-min-0-1")
    assert top.get_ydata()[0] < bottom.get_ydata()[0], "larger values higher (y runs down)"


def test_colour_rules_gain_and_loss():
    data = pd.DataFrame({"Change": [2, -1, 0]})
    fig = housestyle.table(data, colour_rules={"Change": "gain-loss"})
    brand = housestyle.current_brand()
    colours = [
        to_hex(_by_gid(fig, Text, f"housestyle-table-cell-{r}-0")[0].get_color()) for r in range(3)
    ]
    assert colours == [brand.colours.gain, brand.colours.loss, brand.colours.text]
    fig = housestyle.table(data, colour_rules={"Change": lambda v: "highlight" if v == 0 else None})
    (text,) = _by_gid(fig, Text, "housestyle-table-cell-2-0")
    assert to_hex(text.get_color()) == brand.colours.highlight


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"bars": {"Nope": {}}}, "bars: no visible column 'Nope'"),
        ({"bars": {"Name": {}}}, "allowed: numbers"),
        ({"bars": {"Value": {"wide": 3}}}, "unknown option 'wide'"),
        ({"sparklines": {"Value": {}}}, "a list of numbers"),
        ({"sparklines": {"Trend": {"kind": "area"}}}, "allowed: 'line', 'step', 'column'"),
        ({"colour_rules": {"Value": "rainbow"}}, "'gain-loss'"),
        ({"columns": ["Value", "Missing"]}, "columns: no visible column 'Missing'"),
    ],
)
def test_bad_options_are_refused(kwargs, match):
    data = pd.DataFrame({"Name": ["a", "b"], "Value": [1.0, 2.0], "Trend": [[1, 2], [2, 1]]})
    with pytest.raises(HouseStyleError, match=match):
        housestyle.table(data, **kwargs)


# --------------------------------------------------------------------------- #
# Edge cases
# --------------------------------------------------------------------------- #


def test_empty_frame_draws_its_header(frame):
    fig = housestyle.table(frame.iloc[:0])
    headers = [t.get_text() for t in fig.findobj(Text) if "table-header" in str(t.get_gid())]
    assert headers == ["Region", *frame.columns]
    assert _by_gid(fig, Text, "housestyle-table-empty")[0].get_text() == "No rows"
    width, height = housestyle.finalised(fig).preset.pixels
    assert _png(fig).shape[:2] == (height, width)


def test_no_columns_and_not_a_table_are_refused(frame):
    with pytest.raises(HouseStyleError, match="no columns to show"):
        housestyle.table(frame[[]])
    with pytest.raises(HouseStyleError, match="not a table; allowed: a pandas or polars"):
        housestyle.table([[1, 2], [3, 4]])


def test_non_string_labels_nan_and_none():
    data = pd.DataFrame(
        {0: [1.5, None], 2.5: ["x", None], pd.Timestamp("2024-03-01"): [np.nan, 2.0]}
    )
    fig = housestyle.table(data)
    headers = [t.get_text() for t in fig.findobj(Text) if "table-header" in str(t.get_gid())]
    assert headers == ["0", "2.5", "2024-03-01"]
    brand = housestyle.current_brand()
    for r, c in ((1, 0), (1, 1), (0, 2)):
        (text,) = _by_gid(fig, Text, f"housestyle-table-cell-{r}-{c}")
        assert text.get_text() == "\u2013"
        assert to_hex(text.get_color()) == brand.colours.muted_text


def test_multiindex_rows_and_columns():
    columns = pd.MultiIndex.from_product([["Economy", "People"], ["2023", "2024"]])
    index = pd.MultiIndex.from_product([["England", "Wales"], ["North", "South"]])
    data = pd.DataFrame(np.arange(16.0).reshape(4, 4), index=index, columns=columns)
    fig = housestyle.table(data)
    spanners = [t.get_text() for t in fig.findobj(Text) if "table-spanner-" in str(t.get_gid())]
    assert spanners == ["Economy", "People"]
    outer = [_by_gid(fig, Text, f"housestyle-table-index-{r}-0") for r in range(4)]
    assert [t[0].get_text() if t else "" for t in outer] == ["England", "", "Wales", ""]
    inner = [_by_gid(fig, Text, f"housestyle-table-index-{r}-1")[0].get_text() for r in range(4)]
    assert inner == ["North", "South", "North", "South"]


def test_five_hundred_rows_make_one_tall_image():
    data = pd.DataFrame({"Name": [f"Row {i}" for i in range(500)], "Value": np.arange(500.0)})
    fig = housestyle.table(data, title="Tall")
    width, height = (round(v * fig.dpi) for v in fig.get_size_inches())
    assert 500 * 20 < height <= MAX_PIXELS
    assert _cell_text(fig, 499, 1) == "499"


def test_limits_are_named():
    with pytest.raises(HouseStyleError, match=f"MAX_ROWS = {MAX_ROWS}"):
        housestyle.table(pd.DataFrame({"x": np.arange(MAX_ROWS + 1)}))
    tall = pd.DataFrame({"Text": ["a\nb\nc\nd\ne\nf"] * 900})
    with pytest.raises(HouseStyleError, match="MAX_PIXELS"):
        housestyle.table(tall)


def test_fixed_size_too_narrow_is_refused(frame):
    with pytest.raises(HouseStyleError, match="size: the table needs"):
        housestyle.table(
            frame.assign(**{f"Column {i}": 1.0 for i in range(8)}), size="print-column"
        )


# --------------------------------------------------------------------------- #
# Notebook HTML
# --------------------------------------------------------------------------- #


def test_house_styler_gives_house_html_and_draws_cleanly(frame):
    original = frame.style.format({"Growth (%)": "{:+.1f}"})
    styler = housestyle.house_styler(original)
    assert styler is not original and not original.table_styles
    html = styler.to_html()
    brand = housestyle.current_brand()
    assert brand.fonts.family in html and "tabular-nums" in html
    assert "+" in html and "text-align: right" in html
    with warnings.catch_warnings():
        warnings.simplefilter("error", TableStyleWarning)
        fig = housestyle.table(styler)
    c = list(frame.columns).index("Growth (%)") + 1
    assert _cell_text(fig, 0, c) == f"{frame.iloc[0, 3]:+.1f}"


def test_house_styler_refuses_other_objects():
    with pytest.raises(HouseStyleError, match="not a table"):
        housestyle.house_styler("not a frame")


def test_dollar_signs_in_cells_are_text_not_maths():
    import matplotlib

    frame = pd.DataFrame({"Item": ["from $5 to $10", "flat"], "Cost": ["$1,200", "$3"]})
    fig = housestyle.table(frame, title="Costs", source="s")
    cells = [t for t in fig.findobj(matplotlib.text.Text) if "$" in t.get_text()]
    assert len(cells) == 3 and not any(t.get_parse_math() for t in cells)
