"""Tables at the current size, and at every size export is asked for.

``housestyle.table()`` inside ``style(size=...)`` takes that preset's width, dpi and
scales, as ``size=`` does; ``export(table, path, sizes=[...])`` draws the table again
at each size, and each file is the table drawn there.
"""

from __future__ import annotations

import warnings

import matplotlib.pyplot as plt
import pandas as pd
import pytest
from matplotlib.text import Text

import housestyle
from housestyle import finalised
from housestyle.output._export import to_bytes
from tests.charts import pixel_size

OU = housestyle.load_brand("ou")
TEXTS = {"title": "Austin is the dearest", "source": "Texas A&M", "alt": "Three cities."}


def frame():
    return pd.DataFrame(
        {
            "City": ["Austin", "Dallas", "Houston"],
            "Median price ($)": [250_000.0, 205_000.0, 195_000.0],
            "Change (%)": [3.2, -1.5, 0.4],
        }
    )


def cell_sizes(fig):
    return [t.get_fontsize() for t in fig.findobj(Text) if t.get_text() == "Austin"]


@pytest.mark.parametrize("size", ["print-column", "social", "slide"])
def test_a_table_inside_a_sized_style_block_is_drawn_at_that_size(size):
    preset = OU.preset(size)
    with housestyle.style(size=size):
        fig = housestyle.table(frame(), **TEXTS)
    info = finalised(fig)
    assert (info.preset.family, fig.dpi) == (preset.family, preset.dpi)
    assert pixel_size(to_bytes(fig, ["png"])["png"])[0] == preset.pixels[0]
    assert cell_sizes(fig) == [pytest.approx(OU.type.table * preset.type_scale)]
    given = housestyle.table(frame(), size=size, **TEXTS)
    assert to_bytes(fig, ["png"]) == to_bytes(given, ["png"]), "the same as size= given"


def test_a_table_outside_any_sized_block_still_fits_its_content():
    fig = housestyle.table(frame(), **TEXTS)
    web = OU.preset("web")
    assert finalised(fig).preset.family == "web"
    assert pixel_size(to_bytes(fig, ["png"])["png"])[0] < web.pixels[0]


def test_export_draws_a_table_again_at_each_size(tmp_path):
    fig = housestyle.table(frame(), **TEXTS)
    before = to_bytes(fig, ["png"])["png"]
    sizes = ["web", "social", "print-column"]
    paths = housestyle.export(fig, tmp_path / "prices", ["png"], sizes=sizes)
    assert [p.name for p in paths] == [f"prices-{s}.png" for s in sizes]
    for path, size in zip(paths, sizes, strict=True):
        assert pixel_size(path.read_bytes())[0] == OU.preset(size).pixels[0]
        again = housestyle.table(frame(), size=size, **TEXTS)
        assert path.read_bytes() == to_bytes(again, ["png"])["png"]
    assert to_bytes(fig, ["png"])["png"] == before, "the table itself is as it was"


def test_a_styler_table_is_drawn_again_without_warning_twice(tmp_path):
    styler = frame().style.set_properties(**{"border": "1px solid"})
    with pytest.warns(housestyle.tables._table.TableStyleWarning, match="border"):
        fig = housestyle.table(styler, **TEXTS)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        paths = housestyle.export(fig, tmp_path / "styled", ["png"], sizes=["social"])
    assert pixel_size(paths[0].read_bytes())[0] == OU.preset("social").pixels[0]
    plt.close("all")


def test_a_table_keeps_its_texts_at_other_sizes(tmp_path):
    fig = housestyle.table(frame(), subtitle="Median, 2014", **TEXTS)
    again = finalised(fig).relayout(fig, OU.preset("social"))
    info = finalised(again)
    assert (info.title, info.subtitle, info.source, info.alt) == (
        TEXTS["title"],
        "Median, 2014",
        "Source: Texas A&M",
        TEXTS["alt"],
    )
    assert info.preset.family == "web" and again.dpi == OU.preset("social").dpi
