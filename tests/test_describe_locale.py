"""Every reader's language in the drafted description, and in plotnine's legends (issue 24).

A chart finalised in Welsh, French or German is described with its numbers and dates as
that locale writes them ("22 141", "22.141"; "Rhagfyr 2024", "décembre 2024"), its
sentences in English (a draft for the author to translate). Every number of the alt
text and long description is read back with Babel's ``parse_decimal`` in the locale
and found in the chart's own CSV (:mod:`tests.readback`). In plotnine, the numbers of
a legend of a continuous scale are written in the locale, as its axes' are.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest
from matplotlib.figure import Figure
from matplotlib.text import Text
from mizani.labels import label_comma, label_number, label_percent
from plotnine import (
    aes,
    geom_bin_2d,
    geom_line,
    geom_point,
    geom_tile,
    ggplot,
    scale_fill_continuous,
    scale_size_continuous,
    scale_y_continuous,
)

import housestyle
from housestyle import HouseStyleError, finalise
from tests.readback import MINUS, numbers_in, unaccounted

NBSP, NNBSP = "\xa0", "\u202f"
MONTHS = pd.date_range("2023-01-01", "2024-12-01", freq="MS")
#: Sales in the thousands with a peak in October 2024 and a dip, not a straight line.
SALES = np.round(np.linspace(1234.5, 24680.5, len(MONTHS)) + 3000 * np.sin(np.arange(24)), 1)

#: The last month, the highest value and its month, as each locale writes them.
WRITTEN = {
    "en_GB": ("December 2024", "25,152", "October 2024"),
    "cy": ("Rhagfyr 2024", "25,152", "Hydref 2024"),
    "fr": ("décembre 2024", f"25{NNBSP}152", "octobre 2024"),
    "de": ("Dezember 2024", "25.152", "Oktober 2024"),
}
ENGLISH_MONTHS = ("December", "October")


def _mpl_line() -> Figure:
    fig, ax = plt.subplots()
    ax.plot(MONTHS, SALES)
    ax.set_ylabel("Sales")
    return fig


def _p9_line() -> Any:
    frame = pd.DataFrame({"month": MONTHS, "sales": SALES})
    return ggplot(frame, aes("month", "sales")) + geom_line() + housestyle.theme_ou()


CHARTS = {"matplotlib": _mpl_line, "plotnine": _p9_line}


def _finished(library: str, locale: str) -> Figure:
    return finalise(CHARTS[library](), title="Sales", source="ONS", alt="draft", locale=locale)


def _exported(fig: Figure, folder: Path) -> tuple[pd.DataFrame, dict[str, Any]]:
    written = {
        p.suffix: p for p in housestyle.export(fig, folder / "chart", formats=("json",), data=True)
    }
    meta = json.loads(written[".json"].read_text(encoding="utf-8"))
    return pd.read_csv(written[".csv"]), meta


# --------------------------------------------------------------------------- #
# The description in the chart's locale
# --------------------------------------------------------------------------- #


@pytest.mark.parametrize("locale", ["cy", "fr", "de", "en_GB"])
@pytest.mark.parametrize("library", sorted(CHARTS))
def test_a_monthly_line_is_described_in_its_locale(library: str, locale: str, tmp_path: Path):
    fig = _finished(library, locale)
    try:
        description = housestyle.describe(fig)
        frame, meta = _exported(fig, tmp_path)
    finally:
        plt.close(fig)
    last, highest, peak = WRITTEN[locale]
    assert description.locale == meta["locale"] == locale
    for text in (description.alt, description.long):
        assert f"in {last}" in text and f"highest {highest} in {peak}" in text, text
        if locale != "en_GB":
            assert not any(month in text for month in ENGLISH_MONTHS), text
        # every number read back in the locale is a value of the chart's own data
        assert numbers_in(text, locale=locale), text
        assert unaccounted(text, frame, meta, locale) == [], text
    assert f"the y axis{' (Sales)' if library == 'matplotlib' else ''} shows values from 1234" in (
        description.long
    )
    # the drafted text is what finalise(alt="draft") recorded and the JSON carries
    info = housestyle.finalised(fig)
    assert info is not None and (info.alt, info.long) == (description.alt, description.long)
    assert (meta["alt"], meta["long_description"]) == (description.alt, description.long)


@pytest.mark.parametrize("library", sorted(CHARTS))
def test_the_data_read_do_not_depend_on_the_locale(library: str):
    """A date axis written in Welsh is still read as dates (not as categories)."""
    frames = []
    for locale in ("en_GB", "cy", "de"):
        fig = _finished(library, locale)
        frames.append(housestyle.chart_data(fig))
        plt.close(fig)
    assert list(frames[0].iloc[:, 0]) == [f"{m:%Y-%m-%d}" for m in MONTHS]  # dates, not names
    for frame in frames[1:]:
        pd.testing.assert_frame_equal(frame, frames[0])


def test_each_locales_file_carries_its_own_description(tmp_path: Path):
    fig = _finished("plotnine", "en_GB")
    try:
        written = housestyle.export(
            fig, tmp_path / "sales", formats=("json",), data=True, locales=["en", "cy"]
        )
    finally:
        plt.close(fig)
    metas = {p.stem: json.loads(p.read_text("utf-8")) for p in written if p.suffix == ".json"}
    assert metas["sales-en"]["locale"] == "en" and metas["sales-cy"]["locale"] == "cy"
    assert "in December 2024" in metas["sales-en"]["long_description"]
    assert "in Rhagfyr 2024" in metas["sales-cy"]["long_description"]
    assert "in Rhagfyr 2024" in metas["sales-cy"]["alt"]


def test_a_locale_given_to_describe_overrides_the_charts():
    fig = _finished("matplotlib", "fr")
    try:
        german = housestyle.describe(fig, locale="de-DE")
        assert german.locale == "de_DE"
        assert "highest 25.152 in Oktober 2024" in german.alt
        assert housestyle.describe(fig).locale == "fr"
        with pytest.raises(HouseStyleError, match=r"locale: 'xx-nowhere' is not a locale CLDR"):
            housestyle.describe(fig, locale="xx-nowhere")
    finally:
        plt.close(fig)


def test_an_unfinalised_chart_is_described_in_the_current_locale():
    fig = _mpl_line()
    try:
        assert housestyle.describe(fig, brand="ou").locale == "en_GB"
        with housestyle.style(locale="cy"):
            welsh = housestyle.describe(fig, brand="ou")
        assert welsh.locale == "cy" and "in Rhagfyr 2024" in welsh.long
        themed = _p9_line() + housestyle.theme_ou(locale="fr")
        assert "in décembre 2024" in housestyle.describe(themed).long
    finally:
        plt.close(fig)


@pytest.mark.parametrize(
    ("locale", "written"),
    [
        ("en_GB", ["12.5%", f"{MINUS}4.0%"]),
        ("cy", ["12.5%", f"{MINUS}4.0%"]),
        ("fr", [f"12,5{NBSP}%", f"{MINUS}4,0{NBSP}%"]),
        ("de", [f"12,5{NBSP}%", f"{MINUS}4,0{NBSP}%"]),
    ],
)
def test_a_percent_axis_writes_the_locales_percent(locale: str, written: list[str], tmp_path):
    frame = pd.DataFrame({"year": [2020, 2021, 2022, 2023], "share": [0.1, 0.125, -0.04, 0.05]})
    plot = (
        ggplot(frame, aes("year", "share"))
        + geom_line()
        + scale_y_continuous(labels=label_percent())
        + housestyle.theme_ou()
    )
    fig = finalise(plot, title="Share", source="ONS", alt="draft", locale=locale)
    try:
        description = housestyle.describe(fig)
        data, meta = _exported(fig, tmp_path)
    finally:
        plt.close(fig)
    for text in written:
        assert text in description.long, description.long
    assert [p for _, _, p in numbers_in(description.alt, percent=True, locale=locale)].count(True)
    assert unaccounted(description.long, data, meta, locale) == [], description.long


def test_the_sentences_stay_english_with_the_locales_numbers():
    fig = Figure()
    ax = fig.subplots()
    ax.plot([2020, 2021, 2022], [3.5, -1.25, 4.0])
    ax.set_ylabel("Growth (%)")
    english = housestyle.describe(fig, brand="ou", locale="en_GB").alt
    french = housestyle.describe(fig, brand="ou", locale="fr").alt
    assert english == (
        "Line chart: Growth (%). It rose from 3.50 in 2020 to 4.00 in 2022; lowest −1.25 in 2021."
    )
    assert french == english.replace("3.50", "3,50").replace("4.00", "4,00").replace("1.25", "1,25")


def test_a_table_is_described_in_its_locale():
    frame = pd.DataFrame({"Region": ["North", "South"], "Sales": [12345.4, 23456.2]})
    fig = housestyle.table(frame, title="Sales", source="ONS", alt="draft", locale="de")
    try:
        info = housestyle.finalised(fig)
        assert info is not None and info.long is not None
        assert "highest 23.456 (South), lowest 12.345 (North)" in info.long, info.long
        again = housestyle.describe(fig)  # after table() has returned: the record's locale
        assert again.locale == "de" and again.long == info.long
    finally:
        plt.close(fig)


# --------------------------------------------------------------------------- #
# plotnine: a legend of a continuous scale writes its numbers in the locale
# --------------------------------------------------------------------------- #

TILES = pd.DataFrame(
    {
        "x": np.repeat(np.arange(4), 4),
        "y": np.tile(np.arange(4), 4),
        "v": np.linspace(1000.0, 16000.0, 16),
    }
)
BINNED = {
    "en_GB": ("1,234.5", "12,345.5"),
    "fr": (f"1{NNBSP}234,5", f"12{NNBSP}345,5"),
    "de": ("1.234,5", "12.345,5"),
}


def _shown(fig: Figure) -> set[str]:
    fig.canvas.draw()
    return {t.get_text() for t in fig.findobj(Text) if t.get_text()}


@pytest.mark.parametrize("locale", sorted(BINNED))
def test_a_binned_legend_writes_its_numbers_in_the_locale(locale: str):
    scale = scale_fill_continuous(
        guide="legend",
        breaks=[1234.5, 12345.5],
        labels=label_number(accuracy=0.1, big_mark=","),
    )
    plot = ggplot(TILES, aes("x", "y", fill="v")) + geom_tile() + scale + housestyle.theme_ou()
    fig = finalise(plot, title="t", source="s", alt="a", locale=locale)
    try:
        shown = _shown(fig)
    finally:
        plt.close(fig)
    assert set(BINNED[locale]) <= shown, shown
    if locale != "en_GB":
        assert not set(BINNED["en_GB"]) & shown


@pytest.mark.parametrize("locale", ["fr", "de"])
def test_bin_2d_counts_in_a_legend_are_written_in_the_locale(locale: str):
    rng = np.random.default_rng(24)
    points = pd.DataFrame({"x": rng.normal(size=300), "y": rng.normal(size=300), "w": 250.0})
    plot = (
        ggplot(points, aes("x", "y", weight="w"))
        + geom_bin_2d(bins=4)
        + scale_fill_continuous(guide="legend", labels=label_comma())
        + housestyle.theme_ou()
    )
    fig = finalise(plot, title="t", source="s", alt="a", locale=locale)
    try:
        shown = _shown(fig)
    finally:
        plt.close(fig)
    group = NNBSP if locale == "fr" else "."
    thousands = [t for t in shown if t.replace(group, "").isdigit() and group in t]
    assert thousands, shown  # the counts, in the thousands, with the locale's separator
    assert not [t for t in shown if "," in t and t.replace(",", "").isdigit()], shown


def test_each_legend_is_written_in_the_locale_not_only_the_last():
    frame = TILES.assign(kind=["Cars", "Vans"] * 8)
    plot = (
        ggplot(frame, aes("x", "y", size="v", colour="kind"))
        + geom_point()
        + scale_size_continuous(breaks=[4000, 12000], labels=label_comma())
        + housestyle.theme_ou()
    )
    labels = {"fr": {"Cars": "Voitures", "Vans": "Fourgons"}}
    fig = finalise(plot, title="t", source="s", alt="a", locale="fr", labels=labels)
    try:
        shown = _shown(fig)
    finally:
        plt.close(fig)
    assert {"Voitures", "Fourgons"} <= shown, shown
    assert {f"4{NNBSP}000", f"12{NNBSP}000"} <= shown and "12,000" not in shown, shown
