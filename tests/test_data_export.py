"""The data behind a chart: CSV and JSON beside it, and the drafted alt text in use.

The CSV of a line chart, a grouped bar chart, a facetted ggplot, a heatmap and a
table reads back to the values plotted; a chart whose data cannot be read gets a
JSON that says so and no CSV; ``finalise(alt="draft")`` uses the drafted text, and
the long description is in the SVG and PDF.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest

import housestyle
from housestyle.errors import HouseStyleError

YEARS = [2018, 2019, 2020, 2021, 2022]


def _csv(fig, path: Path) -> pd.DataFrame:
    written = housestyle.export(fig, path, formats=("csv",))
    assert written == [path.with_suffix(".csv")]
    return pd.read_csv(written[0])


def test_a_line_chart_round_trips(tmp_path: Path) -> None:
    rates = {"North": [4.1, 3.9, 7.2, 5.5, -0.5], "South": [5.0, 4.8, 8.1, 6.0, 4.9]}
    with housestyle.style("ou"):
        fig, ax = plt.subplots()
        for name, values in rates.items():
            ax.plot(YEARS, values, label=name)
        ax.set_xlabel("Year")
        ax.set_ylabel("Unemployment rate (%)")
        ax.legend()
        fig = housestyle.finalise(fig, title="Rates", source="Made up", alt="A")
    frame = _csv(fig, tmp_path / "lines")
    assert list(frame.columns) == ["series", "Year", "Unemployment rate (%)"]
    for name, values in rates.items():
        rows = frame[frame["series"] == name]
        assert rows["Year"].tolist() == YEARS
        assert rows["Unemployment rate (%)"].tolist() == values
    long = housestyle.describe(fig).long
    assert "North rose from 4.1 in 2018 to \u22120.5 in 2022" not in long  # it fell
    assert "North fell from 4.1 in 2018 to \u22120.5 in 2022; highest 7.2 in 2020." in long


def test_a_grouped_bar_chart_round_trips(tmp_path: Path) -> None:
    names = ["Compact", "Midsize", "SUV"]
    heights = {"1999": [19.8, 18.1, 13.4], "2008": [20.5, 19.3, 13.6]}
    with housestyle.style("ou"):
        fig, ax = plt.subplots()
        x = np.arange(len(names))
        for i, (year, values) in enumerate(heights.items()):
            ax.bar(x + (i - 0.5) * 0.4, values, width=0.4, label=year)
        ax.set_xticks(x, names)
        ax.legend()
        fig = housestyle.finalise(fig, title="Bars", source="Made up", alt="A")
    frame = _csv(fig, tmp_path / "bars")
    assert list(frame.columns) == ["series", "x", "y"]
    for year, values in heights.items():
        rows = frame[frame["series"].astype(str) == year]
        assert rows["x"].tolist() == names
        assert rows["y"].tolist() == pytest.approx(values)
    assert "1999, from highest to lowest: Compact (19.8), Midsize (18.1) and SUV (13.4)." in (
        housestyle.describe(fig).long
    )


def test_a_facetted_ggplot_round_trips(tmp_path: Path) -> None:
    from plotnine import aes, facet_wrap, geom_line, ggplot, labs

    data = pd.DataFrame(
        {
            "year": YEARS * 2,
            "sales": [3.0, 4.0, 5.5, 5.0, 6.0, 10.0, 9.0, 8.5, 8.0, 7.0],
            "city": ["Austin"] * 5 + ["Dallas"] * 5,
        }
    )
    plot = ggplot(data, aes("year", "sales")) + geom_line() + facet_wrap("city")
    plot += labs(y="Homes sold (thousands)")
    with housestyle.style("ou"):
        fig = housestyle.finalise(plot, title="Sales", source="Made up", alt="A")
    frame = _csv(fig, tmp_path / "facets")
    assert list(frame.columns) == ["panel", "year", "Homes sold (thousands)"]
    for city, rows in data.groupby("city"):
        got = frame[frame["panel"] == city]
        assert got["year"].tolist() == rows["year"].tolist()
        assert got["Homes sold (thousands)"].tolist() == rows["sales"].tolist()
    # an unfinished ggplot reads the same
    assert housestyle.chart_data(plot).equals(frame)
    long = housestyle.describe(plot).long
    assert "2 panels: Austin and Dallas." in long
    assert "Dallas: the line fell from 10.0 in 2018 to 7.0 in 2022." in long


def test_a_heatmap_round_trips(tmp_path: Path) -> None:
    values = np.array([[1.0, 2.5, 3.0], [4.0, 0.5, 6.0]])
    with housestyle.style("ou"):
        fig, ax = plt.subplots()
        mesh = ax.pcolormesh(np.arange(4) - 0.5, np.arange(3) - 0.5, values)
        ax.set_xticks(range(3), ["Jan", "Feb", "Mar"])
        ax.set_yticks(range(2), ["North", "South"])
        fig.colorbar(mesh, label="Rain (mm)")
        fig = housestyle.finalise(fig, title="Rain", source="Made up", alt="A")
    frame = _csv(fig, tmp_path / "heat")
    assert list(frame.columns) == ["x", "y", "Rain (mm)"]
    table = frame.pivot(index="y", columns="x", values="Rain (mm)")
    assert table.loc[["North", "South"], ["Jan", "Feb", "Mar"]].to_numpy().tolist() == (
        values.tolist()
    )
    assert "Highest 6.0 (Mar, South), lowest 0.5 (Feb, South)." in housestyle.describe(fig).alt


def test_a_table_round_trips(tmp_path: Path) -> None:
    data = pd.DataFrame(
        {
            "Model": ["Civic", "Corolla", "Golf"],
            "Highway mpg": [33.75, 36.0, 29.2],
            "Seats": [5, 5, 5],
        }
    )
    fig = housestyle.table(data, title="Cars", source="Made up", brand="ou", alt="draft")
    frame = _csv(fig, tmp_path / "table")
    pd.testing.assert_frame_equal(frame, data)
    alt = housestyle.finalised(fig).alt
    assert alt == housestyle.describe(fig).alt
    assert alt.startswith("Table of 3 rows and 3 columns: Model, Highway mpg and Seats.")
    assert "Highway mpg: highest 36.0 (Corolla), lowest 29.2 (Golf). Seats: 5 in every row." in (
        housestyle.describe(fig).long
    )


def test_an_image_that_is_not_a_heatmap_has_no_csv(tmp_path: Path) -> None:
    with housestyle.style("ou"):
        fig, ax = plt.subplots()
        ax.imshow(np.zeros((4, 4, 3)))
        fig = housestyle.finalise(fig, title="A photo", source="Made up", alt="A")
    written = housestyle.export(fig, tmp_path / "photo", formats=("png",), data=True)
    assert [p.name for p in written] == ["photo.png", "photo.json"]
    meta = json.loads((tmp_path / "photo.json").read_text(encoding="utf-8"))
    assert meta["data"] == {
        "readable": False,
        "columns": [],
        "rows": 0,
        "not_read": ["an image that is not a heatmap"],
    }
    with pytest.raises(HouseStyleError, match="cannot be read"):
        housestyle.export(fig, tmp_path / "photo", formats=("csv",))
    assert not (tmp_path / "photo.csv").exists()


def test_decoration_is_never_data() -> None:
    with housestyle.style("ou"):
        fig, ax = plt.subplots()
        ax.plot([0, 1], [2, 3])
        fig = housestyle.finalise(fig, title="T", subtitle="S", source="Src", alt="A")
    frame = housestyle.chart_data(fig)
    assert frame[["x", "y"]].to_numpy().tolist() == [[0, 2], [1, 3]]


def test_finalise_drafts_the_alt_text_only_when_asked() -> None:
    with housestyle.style("ou"):
        fig, ax = plt.subplots()
        ax.bar(["a", "b", "c"], [3, 1, 2])
        fig = housestyle.finalise(fig, title="Counts", source="Made up", alt="draft")
    drafted = housestyle.describe(fig)
    assert (
        housestyle.finalised(fig).alt
        == drafted.alt
        == ("Bar chart: Counts. Highest 3 for a, lowest 1 for b.")
    )
    fig = housestyle.finalise(fig, alt="")  # an empty alt: missing again
    report = housestyle.check(fig)
    missing = [f for f in report.errors if f.rule == "alt_text"]
    assert len(missing) == 1 and drafted.alt in missing[0].fix and "alt='draft'" in missing[0].fix


def test_the_long_description_is_in_the_svg_pdf_and_json(tmp_path: Path) -> None:
    with housestyle.style("ou"):
        fig, ax = plt.subplots()
        ax.plot(YEARS, [1, 2, 3, 2, 5])
        fig = housestyle.finalise(fig, title="Up", source="Made up", alt="Up it goes.")
    long = housestyle.describe(fig).long
    housestyle.export(fig, tmp_path / "c", formats=("svg", "pdf", "json"))
    svg = (tmp_path / "c.svg").read_text(encoding="utf-8")
    assert "<desc>Up it goes. | " + long.replace("\u201c", "\u201c") in svg
    info = subprocess.run(
        ["pdfinfo", str(tmp_path / "c.pdf")], capture_output=True, text=True, check=True
    ).stdout
    assert "rose from 1 in 2018 to 5 in 2022" in info
    meta = json.loads((tmp_path / "c.json").read_text(encoding="utf-8"))
    assert meta["alt"] == "Up it goes." and meta["alt_drafted"] is False
    assert meta["long_description"] == long
    assert meta["size"] == {"preset": "web", "pixels": [640, 450], "dpi": 100.0}


def test_two_y_axes_are_described_as_such(tmp_path: Path) -> None:
    with housestyle.style("ou"):
        fig, ax = plt.subplots()
        ax.plot(YEARS[:3], [1, 2, 3])
        ax.set_ylabel("Sales")
        twin = ax.twinx()
        twin.plot(YEARS[:3], [300, 100, 200], color="C1", linestyle="--")
        twin.set_ylabel("Price")
        fig = housestyle.finalise(fig, title="Twin", source="Made up", alt="draft")
    assert housestyle.finalised(fig).alt == "Line chart on two y axes: Sales and Price."
    long = housestyle.describe(fig).long
    assert "Two y axes: Sales and Price. Sales: the line rose from 1 in 2018 to 3 in 2020." in long
    frame = _csv(fig, tmp_path / "twin")
    assert frame.groupby("panel")["y"].apply(list).to_dict() == {
        "Price": [300, 100, 200],
        "Sales": [1, 2, 3],
    }


def test_a_scatter_plots_alt_text_gives_its_correlation() -> None:
    with housestyle.style("ou"):
        fig, ax = plt.subplots()
        ax.scatter([1, 2, 3, 4], [2, 4, 5, 9])
        fig = housestyle.finalise(fig, title="Dots", source="Made up", alt="draft")
    r = np.corrcoef([1, 2, 3, 4], [2, 4, 5, 9])[0, 1]
    assert housestyle.finalised(fig).alt == (
        f"Scatter plot: Dots. 4 points, x from 1 to 4, y from 2 to 9; correlation coefficient "
        f"{r:.2f}."
    )
