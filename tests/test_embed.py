"""The web embed (export formats=["html"]): its files, its markup and its refusals.

Its behaviour in a browser (which file the picture picks, axe-core) is in
tests/test_embed_browser.py.
"""

from __future__ import annotations

import io
import re

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest
from PIL import Image

import housestyle
from housestyle import HouseStyleError
from housestyle.batch._recipes import run_recipe
from housestyle.output._embed import DATA_ROWS, check_embed
from housestyle.output._export import to_bytes, to_files

html5lib = pytest.importorskip("html5lib")

YEARS = list(range(2000, 2080))
RAIN = [round(50 + 20 * np.sin(i / 5), 2) for i in range(len(YEARS))]


def rain(
    alt: str | None = "Line chart of rainfall, 2000 to 2079: it rises and falls.",
) -> plt.Figure:
    """A chart function: the line of rainfall, finished in the current brand."""
    fig, ax = plt.subplots()
    ax.plot(YEARS, RAIN, color=housestyle.current_brand().colours.primary)
    ax.set_ylabel("Rainfall (mm)")
    return housestyle.finalise(fig, title="Rain comes and goes", source="Met Office", alt=alt)


def _document(fragment: str) -> str:
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title></head>'
        f"<body>{fragment}</body></html>"
    )


@pytest.fixture(scope="module")
def recipe_embed(tmp_path_factory):
    folder = tmp_path_factory.mktemp("embed")
    fig = run_recipe(rain, "ou")
    written = housestyle.export(fig, folder / "rain", formats=["html", "png"])
    plt.close("all")
    return folder, written


def test_the_embed_is_valid_html_without_javascript(recipe_embed):
    folder, _ = recipe_embed
    fragment = (folder / "rain.html").read_text()
    parser = html5lib.HTMLParser(strict=True)
    parser.parse(_document(fragment))  # raises on any parse error
    assert parser.errors == []
    assert "<script" not in fragment and not re.search(r"\son\w+=", fragment)
    assert not re.search(r'(src|href|srcset)="(https?:)?//', fragment), "no file from elsewhere"


def test_the_embed_writes_every_file_it_names(recipe_embed):
    folder, written = recipe_embed
    fragment = (folder / "rain.html").read_text()
    named = set(re.findall(r"([\w@.-]+\.(?:png|csv))", fragment))
    assert named <= {path.name for path in written}
    sizes = ("web", "web-wide", "social")
    for size in sizes:
        for look in ("", "-dark"):
            one = Image.open(folder / f"rain-{size}{look}.png")
            two = Image.open(folder / f"rain-{size}{look}@2x.png")
            assert two.size == (2 * one.size[0], 2 * one.size[1])
            assert one.size == housestyle.load_brand("ou").presets[size].pixels
    assert (folder / "rain.png").is_file(), "other formats are written too"


def test_the_embed_holds_alt_caption_long_description_data_and_link(recipe_embed):
    folder, _ = recipe_embed
    fragment = (folder / "rain.html").read_text()
    assert 'alt="Line chart of rainfall, 2000 to 2079: it rises and falls."' in fragment
    assert re.search(r"<figcaption[^>]*>Source: Met Office</figcaption>", fragment)
    fig = run_recipe(rain, "ou")
    long = housestyle.describe(fig).long
    assert f"<p>{long}</p>" in fragment.replace("&#39;", "'")
    rows = re.findall(r"<tr><td", fragment)
    assert len(rows) == DATA_ROWS and len(YEARS) > DATA_ROWS
    assert f"first {DATA_ROWS} of {len(YEARS)} rows" in fragment
    assert '<a href="rain.csv" download>' in fragment
    data = pd.read_csv(folder / "rain.csv")
    assert data.iloc[:, -1].tolist() == RAIN and len(data) == len(YEARS)
    first = re.search(r"<tr><td[^>]*>([^<]*)</td><td[^>]*>([^<]*)</td>", fragment)
    assert (first[1], first[2]) == ("2000", "50")
    plt.close("all")


def test_the_dark_sources_come_first_at_each_width(recipe_embed):
    folder, _ = recipe_embed
    media = re.findall(
        r'<source media="([^"]+)" srcset="([^ ]+)', (folder / "rain.html").read_text()
    )
    assert media == [
        ("(prefers-color-scheme: dark) and (max-width: 640px)", "rain-web-dark.png"),
        ("(max-width: 640px)", "rain-web.png"),
        ("(prefers-color-scheme: dark) and (max-width: 960px)", "rain-web-wide-dark.png"),
        ("(max-width: 960px)", "rain-web-wide.png"),
        ("(prefers-color-scheme: dark)", "rain-social-dark.png"),
    ]


def test_a_figure_without_its_code_has_no_dark_picture(tmp_path):
    fig = rain()  # finalised, but not drawn through a recipe: its colours are fixed
    written = housestyle.export(fig, tmp_path / "plain", formats="html", sizes=["web", "social"])
    fragment = (tmp_path / "plain.html").read_text()
    assert "prefers-color-scheme" not in fragment and not any("dark" in p.name for p in written)
    assert sorted(p.name for p in written) == sorted(
        [
            "plain-web.png",
            "plain-web@2x.png",
            "plain-social.png",
            "plain-social@2x.png",
            "plain.html",
            "plain.csv",
        ]
    )
    plt.close(fig)


def test_a_table_is_drawn_dark_from_its_data(tmp_path):
    frame = pd.DataFrame({"Town": ["Ayr", "Bude", "Cork"], "Rain (mm)": [1200.5, 980.0, 1430.25]})
    fig = housestyle.table(frame, title="Rain by town", source="Met Office", alt="Table of rain.")
    housestyle.export(fig, tmp_path / "towns", formats="html", sizes=["web"])
    dark = Image.open(tmp_path / "towns-web-dark.png").convert("RGB")
    assert (
        "#" + bytes(dark.getpixel((2, 2))).hex()
        == housestyle.load_brand("night").colours.background
    )
    assert (
        "<td" in (tmp_path / "towns.html").read_text()
        and "Cork" in (tmp_path / "towns.html").read_text()
    )
    assert (tmp_path / "towns.csv").read_text().splitlines()[0] == "Town,Rain (mm)"
    plt.close("all")


def test_no_alt_text_is_refused_and_nothing_is_written(tmp_path):
    fig = rain(alt=None)
    with pytest.raises(
        HouseStyleError, match=r"html: the web embed is refused: alt: .*alt='draft'"
    ):
        housestyle.export(fig, tmp_path / "noalt", formats=["html", "png"])
    assert list(tmp_path.iterdir()) == []
    drafted = housestyle.finalise(fig, alt="draft")
    housestyle.export(drafted, tmp_path / "drafted", formats="html", sizes=["web"])
    assert f'alt="{housestyle.describe(drafted).alt}"' in (tmp_path / "drafted.html").read_text()
    plt.close("all")


def test_a_chart_without_data_is_refused_naming_the_data_link(tmp_path):
    fig, ax = plt.subplots()
    ax.imshow(np.random.default_rng(1).random((8, 8, 3)))  # a picture, not data
    fig = housestyle.finalise(fig, title="A photograph", alt="A photograph of noise.")
    with pytest.raises(HouseStyleError, match="data link: the embed has no data to link to"):
        housestyle.export(fig, tmp_path / "photo", formats="html")
    assert list(tmp_path.iterdir()) == []
    plt.close("all")


def test_check_embed_reports_a_missing_alt_long_description_or_data_link(recipe_embed):
    folder, _ = recipe_embed
    fragment = (folder / "rain.html").read_text()
    assert check_embed(fragment) == []
    no_alt = re.sub(r' alt="[^"]*"', "", fragment)
    no_long = re.sub(r"<p>Line chart.*?</p>", "<p></p>", fragment, flags=re.S)
    no_link = fragment.replace('href="rain.csv"', 'href="#"')
    assert [p.what for p in check_embed(no_alt)] == ["alt"]
    assert [p.what for p in check_embed(no_long)] == ["long description"]
    assert [p.what for p in check_embed(no_link)] == ["data link"]


def test_html_is_several_files_so_render_refuses_it_and_render_files_writes_them():
    fig = rain()
    with pytest.raises(HouseStyleError, match="'html' is a web embed of several files"):
        to_bytes(fig, ["png", "html"])
    files = to_files(fig, "r", ["svg", "html"])
    assert {"r.svg", "r.html", "r.csv", "r-web.png", "r-social@2x.png"} <= set(files)
    assert Image.open(io.BytesIO(files["r-web.png"])).size == (640, 450)
    plt.close("all")


def test_housestyle_render_writes_csv_json_and_the_html_embed(tmp_path, capsys):
    from housestyle.cli import main

    recipe = tmp_path / "cb" / "towns.py"
    recipe.parent.mkdir()
    recipe.write_text(
        '"""Rain by town."""\nimport matplotlib.pyplot as plt\nimport housestyle\n\n'
        "def recipe():\n    fig, ax = plt.subplots()\n"
        "    ax.bar(['Ayr', 'Bude', 'Cork'], [1200.5, 980.0, 1430.25])\n"
        "    return housestyle.finalise(fig, title='Cork is wettest', alt='Bars: Cork highest.')\n"
    )
    out = tmp_path / "charts"
    command = ["render", str(recipe), "--brand", "ou", "--size", "web", "--out", str(out)]
    for fmt in ("csv", "json", "html"):
        command += ["--format", fmt]
    assert main([*command, "--engine", "serial"]) == 0, capsys.readouterr().err
    name = "towns-ou-web"
    assert pd.read_csv(out / f"{name}.csv").iloc[:, -1].tolist() == [1200.5, 980.0, 1430.25]
    assert '"alt": "Bars: Cork highest."' in (out / f"{name}.json").read_text()
    fragment = (out / f"{name}.html").read_text()
    assert f'href="{name}.csv"' in fragment and f"{name}-social-dark@2x.png" in fragment
    assert (out / f"{name}-web-dark.png").is_file(), "a recipe is drawn again in night"


def test_housestyle_check_reports_an_edited_embed_s_missing_alt_as_an_error(
    recipe_embed, tmp_path, capsys
):
    from housestyle.cli import main

    folder, _ = recipe_embed
    assert main(["check", str(folder / "rain.html")]) == 0
    assert "rain.html: 0 errors" in capsys.readouterr().out
    edited = tmp_path / "edited.html"
    edited.write_text(re.sub(r' alt="[^"]*"', "", (folder / "rain.html").read_text()))
    assert main(["check", str(edited)]) == 1
    out = capsys.readouterr().out
    assert "error: alt: the embed's picture has no alt text" in out and "1 error" in out


def test_one_size_given_is_the_embed_s_only_picture(tmp_path):
    fig = rain()
    written = housestyle.export(fig, tmp_path / "one", formats="html", size="web-wide")
    assert sorted(p.name for p in written) == [
        "one-web-wide.png",
        "one-web-wide@2x.png",
        "one.csv",
        "one.html",
    ]
    assert "<source" not in (tmp_path / "one.html").read_text()
    plt.close(fig)
