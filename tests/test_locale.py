"""Every reader's language: numbers, dates and words in the locale (issue 24).

What a reader sees is asserted: the tick labels, legend entries, table cells and
footer as drawn, in English, Welsh, French and German.
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest
from matplotlib import dates as mdates
from matplotlib.ticker import PercentFormatter
from mizani.labels import label_comma, label_date, label_number, label_percent
from plotnine import (
    aes,
    geom_col,
    geom_line,
    geom_point,
    ggplot,
    scale_x_datetime,
    scale_y_continuous,
    scale_y_log10,
)

import housestyle
from housestyle import HouseStyleError, finalise, format_number, theme_ou
from housestyle.ink._locales import localise_dates, number_symbols, resolve_locale, words

ROOT = Path(__file__).resolve().parent.parent
MINUS = "\N{MINUS SIGN}"
NBSP, NNBSP = "\xa0", "\u202f"
MONTHS = pd.date_range("2023-01-01", "2024-12-01", freq="MS")
VALUES = np.linspace(-1234.5, 2468.0, len(MONTHS))


def ticks(axis) -> list[str]:
    return [t.get_text() for t in axis.get_majorticklabels() if t.get_text()]


# --------------------------------------------------------------------------- #
# format_number, the checks
# --------------------------------------------------------------------------- #


def test_format_number_in_german_and_french_percent():
    assert format_number(1234.5, locale="de") == "1.234,5"
    assert format_number(0.12, style="percent", locale="fr") in ("12\xa0%", "12\u202f%")


@pytest.mark.parametrize(
    ("locale", "written"),
    [("cy", "1,234.5"), ("fr", f"1{NNBSP}234,5"), ("de", "1.234,5"), ("en_GB", "1,234.5")],
)
def test_grouping_in_each_locale(locale, written):
    assert format_number(1234.5, locale=locale) == written
    assert format_number(-1234.5, ",.1f", locale=locale) == MINUS + written


@pytest.mark.parametrize(
    ("style", "locale", "written"),
    [
        ("percent", "cy", f"{MINUS}12%"),
        ("percent", "de", f"{MINUS}12{NBSP}%"),
        ("compact", "fr", f"{MINUS}1,2{NBSP}M"),
        ("compact", "de", f"{MINUS}1,2{NBSP}Mio."),
        ("compact", "en_GB", f"{MINUS}1.2m"),
    ],
)
def test_styles_with_the_true_minus(style, locale, written):
    value = -0.12 if style == "percent" else -1_234_567
    assert format_number(value, style=style, locale=locale) == written


def test_currency():
    assert format_number(-1234.5, style="currency", currency="EUR", locale="de") == (
        f"{MINUS}1.234,50{NBSP}€"
    )
    assert format_number(1234.5, style="currency", currency="GBP", locale="cy") == "£1,234.50"
    with pytest.raises(HouseStyleError, match="currency: 'XXXX'"):
        format_number(1, style="currency", currency="XXXX")
    with pytest.raises(HouseStyleError, match="style: 'roman'"):
        format_number(1, style="roman")


def test_english_is_as_it_always_was():
    """The spec-driven forms the cookbook and tables use are unchanged in en and en_GB."""
    for locale in ("en", "en_GB", None):
        assert format_number(-12345.6, ",.0f", locale=locale) == f"{MINUS}12,346"
        assert format_number(-0.25, ".0%", locale=locale) == f"{MINUS}25%"
        assert format_number(-1e-5, "g", locale=locale) == f"{MINUS}1e-05"


def test_an_unknown_locale_is_refused_by_name():
    with pytest.raises(HouseStyleError, match="locale: 'xx_YY' is not a locale CLDR knows"):
        format_number(1, locale="xx_YY")
    with pytest.raises(HouseStyleError, match="locale"):
        housestyle.style(locale="klingon")


# --------------------------------------------------------------------------- #
# Locale as context, and the brand's
# --------------------------------------------------------------------------- #


def test_locale_is_context_like_brand_and_size():
    assert resolve_locale() == "en_GB"  # ou's own
    assert resolve_locale(brand="night") == "en_GB"  # inherited
    with housestyle.style(locale="de"):
        assert format_number(1234.5) == "1.234,5"
        with housestyle.style(locale="fr"):
            assert resolve_locale() == "fr"
        assert resolve_locale() == "de"
    assert resolve_locale() == "en_GB"


def test_use_sets_the_locale_for_the_process():
    before = housestyle.brand._context.process_default()
    try:
        housestyle.use("ou", locale="cy")
        assert resolve_locale() == "cy"
        assert format_number(-2, "g") == f"{MINUS}2"
    finally:
        housestyle.brand._context.restore_process_default(*before)
    assert resolve_locale() == "en_GB"


def test_a_brand_locale_is_validated(tmp_path):
    path = tmp_path / "b.yaml"
    path.write_text("extends: ou\nname: b\nlocale: nowhere_XX\n")
    with pytest.raises(HouseStyleError, match="locale"):
        housestyle.load_brand(path)
    path.write_text("extends: ou\nname: b\nlocale: fr-CA\n")
    assert housestyle.load_brand(path).locale == "fr_CA"


def test_words_ship_in_four_languages():
    assert words("en").source == "Source: "
    assert words("cy").source == "Ffynhonnell: "
    assert words("fr").source == f"Source{NBSP}: "
    assert words("de").source == "Quelle: "
    assert words("cy").chart == "Siart: "
    assert words("de_AT").source == "Quelle: "  # a region falls back to its language
    assert words("ja").source == "Source: "  # no table: the brand's own language


def test_no_setlocale_anywhere():
    for path in (ROOT / "housestyle").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        calls = [
            node
            for node in ast.walk(tree)
            if isinstance(node, ast.Attribute) and node.attr == "setlocale"
        ]
        assert not calls, path


def test_the_c_locale_changes_nothing():
    code = (
        "import housestyle, datetime as d;"
        "print(housestyle.format_number(1234.5, locale='de'),"
        " housestyle.format_number(0.12, style='percent', locale='fr'),"
        " housestyle.format_date(d.date(2024, 1, 1), locale='cy'))"
    )
    env = {**os.environ, "LC_ALL": "C", "LANG": "C", "PYTHONPATH": str(ROOT)}
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == f"1.234,5 12{NBSP}% Ion 2024"


# --------------------------------------------------------------------------- #
# matplotlib: monthly values over 2023-2024, linear, log and percent axes
# --------------------------------------------------------------------------- #

EXPECTED_MONTHS = {
    "en_GB": ["Jan 2023", "Jul 2023", "Jan 2024", "Jul 2024"],
    "cy": ["Ion 2023", "Gorff 2023", "Ion 2024", "Gorff 2024"],
    "fr": ["janv. 2023", "juil. 2023", "janv. 2024", "juil. 2024"],
    "de": ["Jan. 2023", "Juli 2023", "Jan. 2024", "Juli 2024"],
}


def monthly_mpl(locale: str, *, concise: bool = False):
    with housestyle.style("ou"):
        fig, ax = plt.subplots()
        ax.plot(MONTHS, VALUES)
        ax.xaxis.set_major_locator(mdates.MonthLocator(bymonth=(1, 7)))
        if concise:
            ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(ax.xaxis.get_major_locator()))
        else:
            ax.xaxis.set_major_formatter(mdates.DateFormatter("%b %Y"))
        ax.yaxis.set_major_formatter(housestyle.NumberFormatter(",.1f"))
    return finalise(fig, title="Monthly values", source="ONS", alt="A line", locale=locale)


@pytest.mark.parametrize("locale", sorted(EXPECTED_MONTHS))
def test_mpl_month_names_and_grouping(locale):
    fig = monthly_mpl(locale)
    fig.canvas.draw()
    ax = fig.axes[0]
    assert ticks(ax.xaxis)[:4] == EXPECTED_MONTHS[locale]
    labels = ticks(ax.yaxis)
    negative = [t for t in labels if t.startswith(MINUS)]
    assert negative and not any(t.startswith("-") for t in labels)
    symbols = number_symbols(locale)
    grouped = [t for t in labels if symbols.group in t]
    assert grouped, labels
    assert all(t.endswith(f"{symbols.decimal}0") for t in labels)
    plt.close(fig)


def test_mpl_concise_dates_in_welsh():
    fig = monthly_mpl("cy", concise=True)
    fig.canvas.draw()
    shown = ticks(fig.axes[0].xaxis)
    assert "Gorff" in shown and "Jul" not in shown
    plt.close(fig)


LOG_AND_PERCENT = {
    "en_GB": (["1", "10", "100", "1,000", "10,000"], [f"{MINUS}4%", "0%", "4%"]),
    "cy": (["1", "10", "100", "1,000", "10,000"], [f"{MINUS}4%", "0%", "4%"]),
    "fr": (
        ["1", "10", "100", f"1{NNBSP}000", f"10{NNBSP}000"],
        [f"{MINUS}4{NBSP}%", f"0{NBSP}%", f"4{NBSP}%"],
    ),
    "de": (["1", "10", "100", "1.000", "10.000"], [f"{MINUS}4{NBSP}%", f"0{NBSP}%", f"4{NBSP}%"]),
}


@pytest.mark.parametrize("locale", sorted(LOG_AND_PERCENT))
def test_mpl_log_and_percent_axes(locale):
    with housestyle.style("ou"):
        fig, (log, pct, sci) = plt.subplots(1, 3)
        log.plot([1, 2, 3, 4, 5], [1, 10, 100, 1000, 10000])
        log.set_yscale("log")
        log.yaxis.set_major_formatter(housestyle.NumberFormatter(",g"))
        pct.plot([1, 2, 3], [-0.05, 0.05, 0.1])
        pct.yaxis.set_major_formatter(PercentFormatter(1.0, decimals=0))
        sci.plot([1, 2], [0.01, 100])
        sci.set_yscale("log")  # matplotlib's own: 10 to a power, the same in every language
    fig = finalise(fig, title="Log and percent", source="ONS", alt="Two", locale=locale)
    fig.canvas.draw()
    expected_log, expected_pct = LOG_AND_PERCENT[locale]
    assert [t for t in ticks(log.yaxis) if t in expected_log] == expected_log
    assert all(t in ticks(pct.yaxis) for t in expected_pct), ticks(pct.yaxis)
    assert "$\\mathdefault{10^{2}}$" in ticks(sci.yaxis)
    plt.close(fig)


def test_a_users_own_formatter_is_left_alone():
    with housestyle.style("ou"):
        fig, ax = plt.subplots()
        ax.plot([0, 1], [1000, 2000])
        ax.yaxis.set_major_formatter(lambda x, _: f"{x:,.1f} units")
    fig = finalise(fig, title="Own", source="ONS", alt="a", locale="de")
    fig.canvas.draw()
    assert "1,000.0 units" in ticks(ax.yaxis)  # English, as the function writes it
    plt.close(fig)


# --------------------------------------------------------------------------- #
# plotnine: axes and legends
# --------------------------------------------------------------------------- #

P9_LINEAR = {"en_GB": "12,000", "cy": "12,000", "fr": f"12{NNBSP}000", "de": "12.000"}


@pytest.mark.parametrize("locale", sorted(EXPECTED_MONTHS))
def test_plotnine_dates_grouping_percent_and_legend(locale):
    frame = pd.DataFrame({"d": MONTHS, "v": VALUES, "g": ["Cars", "Vans"] * 12})
    plot = (
        ggplot(frame, aes("d", "v", colour="g"))
        + geom_line()
        + scale_x_datetime(labels=label_date("%b %Y"), date_breaks="6 months")
        + theme_ou()
    )
    labels = {"cy": {"Cars": "Ceir", "Vans": "Faniau"}}
    fig = finalise(plot, title="Monthly", source="ONS", alt="a", locale=locale, labels=labels)
    fig.canvas.draw()
    ax = fig.axes[0]
    assert ticks(ax.xaxis)[:4] == EXPECTED_MONTHS[locale]
    assert any(t.startswith(MINUS) for t in ticks(ax.yaxis))
    shown = {t.get_text() for t in fig.findobj(lambda a: hasattr(a, "get_text"))}
    assert ({"Ceir", "Faniau"} if locale == "cy" else {"Cars", "Vans"}) <= shown

    numbers = pd.DataFrame({"x": [1, 2, 3, 4], "v": [0.1, 10.0, 1000.0, 12500.5]})
    comma = ggplot(numbers, aes("x", "v")) + geom_point() + scale_y_continuous(labels=label_comma())
    fig = finalise(comma + theme_ou(), title="t", source="s", alt="a", locale=locale)
    fig.canvas.draw()
    assert P9_LINEAR[locale] in ticks(fig.axes[0].yaxis)

    log = (
        ggplot(numbers, aes("x", "v"))
        + geom_point()
        + scale_y_log10(breaks=[0.1, 10, 1000], labels=label_number(accuracy=0.1, big_mark=","))
    )
    fig = finalise(log + theme_ou(), title="t", source="s", alt="a", locale=locale)
    fig.canvas.draw()
    decimal, group = number_symbols(locale).decimal, number_symbols(locale).group
    assert ticks(fig.axes[0].yaxis) == [f"0{decimal}1", f"10{decimal}0", f"1{group}000{decimal}0"]

    share = pd.DataFrame({"x": [1, 2, 3], "p": [-0.05, 0.05, 0.1], "c": [1.5, 2.5, 3.5]})
    pct = ggplot(share, aes("x", "p", colour="c")) + geom_point()
    pct += scale_y_continuous(labels=label_percent())
    fig = finalise(pct + theme_ou(), title="t", source="s", alt="a", locale=locale)
    fig.canvas.draw()
    suffix = number_symbols(locale).percent_suffix
    assert f"{MINUS}5{suffix}" in ticks(fig.axes[0].yaxis)
    colourbar = {t.get_text() for t in fig.findobj(lambda a: hasattr(a, "get_text"))}
    assert f"2{decimal}5" in colourbar or f"3{decimal}0" in colourbar or "3" in colourbar


def test_french_percent_in_plotnine_has_its_space():
    share = pd.DataFrame({"x": [1, 2], "p": [0.12, 0.3]})
    plot = ggplot(share, aes("x", "p")) + geom_col() + scale_y_continuous(labels=label_percent())
    fig = finalise(plot + theme_ou(), title="t", source="s", alt="a", locale="fr")
    fig.canvas.draw()
    assert f"10{NBSP}%" in ticks(fig.axes[0].yaxis)


# --------------------------------------------------------------------------- #
# Tables
# --------------------------------------------------------------------------- #

TABLE = {
    "en_GB": (f"{MINUS}12.50", "1,234,567.50", f"{MINUS}3.4%", "Source: ONS"),
    "cy": (f"{MINUS}12.50", "1,234,567.50", f"{MINUS}3.4%", "Ffynhonnell: ONS"),
    "fr": (f"{MINUS}12,50", f"1{NNBSP}234{NNBSP}567,50", f"{MINUS}3,4{NBSP}%", "Source\xa0: ONS"),
    "de": (f"{MINUS}12,50", "1.234.567,50", f"{MINUS}3,4{NBSP}%", "Quelle: ONS"),
}


@pytest.mark.parametrize("locale", sorted(TABLE))
def test_table_negative_large_and_percent(locale):
    frame = pd.DataFrame(
        {
            "Region": ["North", "South", "East"],
            "Change": [-12.5, 3.25, 0.5],
            "Spend": [1234567.5, 23456.25, -98765.5],
            "Share": [0.12, -0.034, 0.5],
        }
    )
    styler = frame.style.format({"Share": lambda v: format_number(v, ".1%")})
    fig = housestyle.table(styler, title="Spending", source="ONS", alt="t", locale=locale)
    shown = {t.get_text() for t in fig.findobj(lambda a: hasattr(a, "get_text"))}
    plain = housestyle.table(
        frame, title="Spending", source="ONS", alt="t", locale=locale, bars={"Change": {}}
    )
    shown |= {t.get_text() for t in plain.findobj(lambda a: hasattr(a, "get_text"))}
    change, spend, share, source = TABLE[locale]
    assert {change, spend, share, source} <= shown, shown
    assert housestyle.finalised(plain).locale == resolve_locale(locale)
    again = housestyle.finalised(plain).relayout(plain, plain_preset(plain), "cy")
    welsh = {t.get_text() for t in again.findobj(lambda a: hasattr(a, "get_text"))}
    assert {TABLE["cy"][0], TABLE["cy"][3]} <= welsh  # a table is drawn again in a locale
    plt.close(again)
    plt.close(fig)
    plt.close(plain)


def plain_preset(fig):
    return housestyle.finalised(fig).preset


# --------------------------------------------------------------------------- #
# One chart, two languages
# --------------------------------------------------------------------------- #


def test_texts_per_locale_and_a_missing_one():
    with housestyle.style("ou"):
        fig, ax = plt.subplots()
        ax.bar(["Cars", "Vans"], [3, 4])
    fig = finalise(
        fig,
        title={"en": "Cars outsell vans", "cy": "Mae ceir yn gwerthu mwy na faniau"},
        source="DVLA",
        alt={"en": "A bar chart", "cy": "Siart bar"},
        labels={"cy": {"Cars": "Ceir", "Vans": "Faniau"}},
        locale="cy",
    )
    fig.canvas.draw()
    info = housestyle.finalised(fig)
    assert (info.title, info.source, info.alt) == (
        "Mae ceir yn gwerthu mwy na faniau",
        "Ffynhonnell: DVLA",
        "Siart bar",
    )
    assert ticks(ax.xaxis) == ["Ceir", "Faniau"]
    fig = finalise(fig, locale="en")
    fig.canvas.draw()
    assert (housestyle.finalised(fig).title, housestyle.finalised(fig).source) == (
        "Cars outsell vans",
        "Source: DVLA",
    )
    assert ticks(ax.xaxis) == ["Cars", "Vans"]
    with pytest.raises(HouseStyleError, match="title: no text for the locale 'de'"):
        finalise(fig, locale="de")
    plt.close(fig)


def test_right_to_left_is_refused_naming_the_text():
    with housestyle.style("ou"):
        fig, ax = plt.subplots()
        ax.bar(["a", "b"], [1, 2])
    with pytest.raises(HouseStyleError, match="title: 'مرحبا' is written right to left"):
        finalise(fig, title="مرحبا", source="s", alt="a")
    with pytest.raises(HouseStyleError, match="a category of the x axis: 'שלום'"):
        with housestyle.style("ou"):
            other, ax2 = plt.subplots()
            ax2.bar(["שלום", "b"], [1, 2])
        finalise(other)
    frame = pd.DataFrame({"k": ["שלום", "b"], "v": [1, 2]})
    with pytest.raises(HouseStyleError, match="right to left"):
        finalise(ggplot(frame, aes("k", "v")) + geom_col() + theme_ou(), title="t")
    plt.close("all")


def test_export_locales_needs_a_finalised_figure(tmp_path):
    fig = plt.figure()
    with pytest.raises(HouseStyleError, match="locales"):
        housestyle.export(fig, tmp_path / "x", formats="png", locales=["en", "cy"])
    assert not list(tmp_path.iterdir())
    plt.close(fig)


def test_localise_dates_leaves_english_and_words_alone():
    assert localise_dates("Cars in May", "en_GB") == "Cars in May"
    assert localise_dates("Mon 1 May", "de") == "Mo. 1 Mai"


def test_a_brands_words_lead_the_note_alt_and_legend_title(tmp_path):
    path = tmp_path / "worded.yaml"
    path.write_text(
        "extends: ou\nname: worded\nwords:\n"
        '  en: {legend_title: "Key", alt: "Chart: ", note: "Note: "}\n'
        '  cy: {legend_title: "Allwedd", alt: "Siart: ", note: "Nodyn: "}\n'
    )
    brand = housestyle.load_brand(path)
    with housestyle.style(brand):
        fig, ax = plt.subplots()
        ax.plot([1, 2], [1, 2], label="Cars")
        ax.plot([1, 2], [2, 1], label="Vans")
        ax.legend()

    def legend(f):
        found = [*f.legends, *(a.get_legend() for a in f.axes)]
        shown = [each for each in found if each is not None][0]
        return shown.get_title().get_text(), [t.get_text() for t in shown.get_texts()]

    labels = {"cy": {"Cars": "Ceir"}}
    fig = finalise(fig, title="t", source="s", alt="a", note="n", locale="cy", labels=labels)
    info = finalised_of(fig)
    assert legend(fig) == ("Allwedd", ["Ceir", "Vans"])
    assert (info.alt, info.note, info.source) == ("Siart: a", "Nodyn: n", "Ffynhonnell: s")
    fig = finalise(fig, locale="en")
    info = finalised_of(fig)
    assert legend(fig) == ("Key", ["Cars", "Vans"])
    assert (info.alt, info.note, info.source) == ("Chart: a", "Note: n", "Source: s")
    plt.close(fig)


def finalised_of(fig):
    info = housestyle.finalised(fig)
    assert info is not None
    return info


def test_theme_ou_takes_a_locale_of_its_own():
    frame = pd.DataFrame({"x": [1, 2], "p": [0.12, 0.3]})
    plot = ggplot(frame, aes("x", "p")) + geom_col() + scale_y_continuous(labels=label_percent())
    fig = (plot + theme_ou(locale="de")).draw()
    assert f"10{NBSP}%" in ticks(fig.axes[0].yaxis)
    fig = (plot + theme_ou()).draw()
    assert "10%" in ticks(fig.axes[0].yaxis)
    plt.close("all")


def test_plotnine_labels_of_the_plots_own_keep_their_numbers():
    frame = pd.DataFrame({"x": [1, 2], "v": [1500.0, -2500.0]})
    own = scale_y_continuous(labels=lambda values: [f"{v:,.1f}" for v in values])
    plot = ggplot(frame, aes("x", "v")) + geom_col() + own + theme_ou()
    fig = finalise(plot, title="t", source="s", alt="a", locale="de")
    fig.canvas.draw()
    shown = ticks(fig.axes[0].yaxis)
    assert "1,000.0" in shown  # the function's English, as it wrote it
    assert f"{MINUS}2,000.0" in shown  # with the brand's minus, as before
    plt.close(fig)


@pytest.mark.slow  # fresh interpreters: the full suite
def test_the_brands_words_hash_alike_in_every_process():
    """A render's keys hash the brand: its words must not depend on the hash seed."""
    code = (
        "import housestyle; from housestyle.batch._keys import brand_digest;"
        "print(brand_digest(housestyle.load_brand('ou')))"
    )
    seen = set()
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)}
        run = subprocess.run(
            [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
        )
        seen.add(run.stdout.strip())
    assert len(seen) == 1


def test_plotnine_facet_strips_are_translated():
    from plotnine import facet_wrap

    frame = pd.DataFrame({"x": [1, 2, 1, 2], "v": [1, 2, 3, 4], "g": ["Cars"] * 2 + ["Vans"] * 2})
    plot = ggplot(frame, aes("x", "v")) + geom_col() + facet_wrap("g") + theme_ou()
    labels = {"cy": {"Cars": "Ceir", "Vans": "Faniau"}}
    fig = finalise(plot, title="t", source="s", alt="a", locale="cy", labels=labels)
    fig.canvas.draw()
    shown = {t.get_text() for t in fig.findobj(lambda a: hasattr(a, "get_text"))}
    assert {"Ceir", "Faniau"} <= shown and not {"Cars", "Vans"} & shown
    plt.close(fig)
