"""The stage report (cookbook/table_stage_report.py): rebased times a desk can trust.

What a reader sees is asserted: the numbers and colours of the cells, the mirror image
that rebasing on another driver gives, the charts drawn in the cells, the columns
chosen, and the explorer app a sports desk would drive.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np
import pytest
from matplotlib.colors import to_hex
from matplotlib.lines import Line2D
from matplotlib.patches import Rectangle
from matplotlib.text import Text

import housestyle
from housestyle.errors import HouseStyleError

COOKBOOK = Path(__file__).resolve().parents[1] / "cookbook"


def _load():
    spec = importlib.util.spec_from_file_location(
        "stage_report", COOKBOOK / "table_stage_report.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


stage = _load()


def _cells(fig) -> dict[tuple[int, int], Text]:
    found = {}
    for text in fig.findobj(Text):
        gid = text.get_gid() or ""
        if gid.startswith("housestyle-table-cell-"):
            row, column = gid.removeprefix("housestyle-table-cell-").split("-")[:2]
            found[int(row), int(column)] = text
    return found


def _headers(fig) -> list[str]:
    """Each column's header, its wrapped lines joined."""
    lines: dict[str, list[str]] = {}
    for t in fig.findobj(Text):
        gid = t.get_gid() or ""
        if gid.startswith("housestyle-table-header-"):
            lines.setdefault(gid, []).append(t.get_text().replace("\n", " "))
    return [
        " ".join(words)
        for _, words in sorted(lines.items(), key=lambda i: int(i[0].split("-")[-1]))
    ]


def _row_of(fig, driver: str) -> dict[int, Text]:
    cells = _cells(fig)
    (row,) = {r for (r, _), t in cells.items() if t.get_text() == driver}
    return {c: t for (r, c), t in cells.items() if r == row}


def test_rebased_values_are_row_minus_the_chosen_driver():
    data = stage.rally()
    report = stage.stage_report(data, 4, "E. Laine", "Rally1")
    sectors = data[(data["class"] == "Rally1") & (data["stage"] == 4)]
    finish = sectors.groupby("driver")["seconds"].sum()
    expected = (finish - finish["E. Laine"]).reindex(report["Driver"])
    np.testing.assert_allclose(report["Finish"], expected.to_numpy())
    assert report.set_index("Driver").loc["E. Laine", list(stage.REBASED[:-2])].eq(0).all()
    assert list(report["Finish"]) == sorted(report["Finish"]), "rows in stage finishing order"


def test_rebasing_on_another_driver_gives_the_mirror_image():
    brand = housestyle.load_brand("ou")
    one = stage.recipe(stage=5, rebase="S. Moreau", rally_class="Rally1")
    two = stage.recipe(stage=5, rebase="K. Tanaka", rally_class="Rally1")
    tanaka_on_moreau, moreau_on_tanaka = _row_of(one, "K. Tanaka"), _row_of(two, "S. Moreau")
    gain, loss = to_hex(brand.colours.gain), to_hex(brand.colours.loss)
    mirrored = 0
    for column, text in tanaka_on_moreau.items():
        other = moreau_on_tanaka[column]
        a, b = text.get_text(), other.get_text()
        if a[:1] in "+\u2212" and a[1:] != "0.0":
            flip = {"+": "\u2212", "\u2212": "+"}
            assert b == flip[a[0]] + a[1:], (a, b)
            colours = {to_hex(text.get_color()), to_hex(other.get_color())}
            assert colours == {gain, loss}, "a gain on one side is a loss on the other"
            mirrored += 1
    assert mirrored >= 5, "every split, the finish and overall are rebased"


def test_the_chosen_columns_are_the_ones_drawn():
    picked = ("Finish", "Split 2 to 3", "Gap to stage winner")
    fig = stage.recipe(columns=picked)
    headers = _headers(fig)
    assert headers == ["Pos", "Driver", "Finish", "Split 2 to 3", "Gap to stage winner"]
    assert not {"Road", "Overall", "Gap to leader", "Split 1"} & set(headers)
    assert "Seconds S. Moreau was ahead" in housestyle.record._record.finalised(fig).subtitle


def test_column_charts_and_dots_show_the_stages_led_and_won():
    report = stage.stage_report(stage.rally(), 5, "S. Moreau", "Rally1")
    fig = stage.recipe(stage=5, rebase="S. Moreau", columns=("Gap to leader",))
    led = sum(gap.count(0.0) for gap in report["Gap to leader"])
    assert led == 5, "someone leads after every stage"
    dots = [
        line
        for line in fig.findobj(Line2D)
        if (line.get_gid() or "").startswith("housestyle-table-marker-zero")
    ]
    assert sum(len(d.get_xdata()) for d in dots) == led
    bars = [
        r
        for r in fig.findobj(Rectangle)
        if (r.get_gid() or "").startswith("housestyle-table-column")
    ]
    assert len(bars) == sum(sum(1 for g in gaps if g) for gaps in report["Gap to leader"])


def test_the_headline_is_computed_from_the_times():
    data = stage.rally()
    fig = stage.recipe(stage=6, rebase="E. Laine", rally_class="Rally1")
    title = housestyle.record._record.finalised(fig).title
    ours = data[data["class"] == "Rally1"]
    times = ours[ours["stage"] == 6].groupby("driver")["seconds"].sum().sort_values()
    overall = ours[ours["stage"] <= 6].groupby("driver")["seconds"].sum().sort_values()
    assert title.startswith(
        f"{times.index[0]} won stage 6 by {times.iloc[1] - times.iloc[0]:.1f} s"
    )
    assert f"by {overall.iloc[1] - overall.iloc[0]:.1f} s" in title
    assert overall.index[0] in title


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"stage": 9}, "stage"),
        ({"rebase": "A. Lindqvist"}, "rebase"),
        ({"rally_class": "WRC3"}, "rally_class"),
        ({"columns": ("Lap",)}, "columns"),
    ],
)
def test_bad_choices_name_the_field(kwargs, field):
    with pytest.raises(HouseStyleError, match=f"^{field}:.*allowed"):
        stage.recipe(**kwargs)


def test_a_print_column_keeps_what_a_desk_keeps():
    with housestyle.style(size="print-column"):
        fig = stage.recipe()
    headers = _headers(fig)
    assert "Finish" in headers and "Gap to leader" in headers
    assert "Split 1" not in headers
    assert not [f for f in housestyle.check(fig) if f.severity == "error"]


def test_the_explorer_offers_the_class_drivers_and_draws_the_columns_chosen():
    widgets = pytest.importorskip("ipywidgets")
    app = housestyle.explore(stage.recipe, options=stage.OPTIONS)
    controls = app.controls
    assert isinstance(controls["stage"], widgets.Dropdown)
    assert isinstance(controls["columns"], widgets.SelectMultiple)
    assert tuple(controls["rebase"].options) == stage.CLASSES["Rally1"]
    controls["rally_class"].value = "Rally2"
    assert tuple(controls["rebase"].options) == stage.CLASSES["Rally2"]
    assert controls["rebase"].value in stage.CLASSES["Rally2"]
    controls["columns"].value = ("Finish", "Overall")
    controls["stage"].value = 3
    headers = _headers(app.figure)
    assert "Finish" in headers and "Overall" in headers and "Road" not in headers
    assert "Rally2, stage 3" in housestyle.record._record.finalised(app.figure).subtitle


def test_the_explorer_export_writes_the_social_png(tmp_path):
    pytest.importorskip("ipywidgets")
    app = housestyle.explore(stage.recipe, options=stage.OPTIONS, formats=("png",))
    app.controls["size"].value = "social"
    (png,) = app.export(tmp_path)
    from PIL import Image

    with Image.open(png) as image:
        assert image.width == 1200
