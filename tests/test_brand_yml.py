"""Posit's brand.yml in and out: load_brand reads a _brand.yml, brand export writes one."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import yaml

import housestyle
from housestyle.brand._brandyml import BrandYmlWarning, brand_data, write_brand_yml

pytest.importorskip("brand_yml")

ROOT = Path(__file__).resolve().parent.parent
FONTS = ROOT / "fonts"

# Posit's documentation example (brand-yml.org, "brand.yml" for Posit), verbatim but for
# the logo files, which the documentation does not ship.
POSIT = textwrap.dedent(
    """
    meta:
      name:
        full: Posit Software, PBC
        short: Posit
      link:
        home: https://posit.co
        mastodon: https://fosstodon.org/@posit
    logo:
      images:
        icon: posit-icon.svg
      small: icon
      medium: icon
    color:
      palette:
        blue: "#447099"
        orange: "#EE6331"
        gray: "#404041"
        white: "#FFFFFF"
        teal: "#419599"
        green: "#72994E"
      foreground: gray
      background: white
      primary: blue
      secondary: gray
      success: green
      info: teal
      warning: orange
      danger: orange
      light: white
      dark: gray
    typography:
      fonts:
        - family: Open Sans
          source: google
        - family: Roboto Slab
          source: google
          weight: [600, 900]
      base: Open Sans
      headings: Roboto Slab
    """
)


@pytest.fixture
def posit(tmp_path: Path) -> Path:
    shutil.copy(
        ROOT / "housestyle" / "brand" / "brands" / "ou-logo.svg", tmp_path / "posit-icon.svg"
    )
    path = tmp_path / "_brand.yml"
    path.write_text(POSIT, encoding="utf-8")
    return path


def test_posits_example_loads_with_its_colours_and_names_what_it_cannot_map(posit):
    with pytest.warns(BrandYmlWarning) as caught:
        brand = housestyle.load_brand(posit)
    message = str(caught[0].message)
    for field in ("meta.link", "color.light", "typography.fonts[0]", "Open Sans from google"):
        assert field in message
    assert brand.name == "Posit"
    assert brand.colours.primary == "#447099"  # palette references resolved by brand_yml
    assert brand.colours.text == "#404041" and brand.colours.background == "#ffffff"
    assert brand.colours.gain == "#72994e" and brand.colours.highlight == "#ee6331"
    assert brand.palettes["categorical"][:4] == ("#447099", "#ee6331", "#419599", "#72994e")
    assert "#ffffff" not in brand.palettes["categorical"]  # the page colour is no series
    assert brand.footer.logo == (posit.parent / "posit-icon.svg").resolve()
    # what brand.yml does not say is the house's (extends ou)
    assert brand.presets["web"] == housestyle.load_brand("ou").presets["web"]


@pytest.fixture
def fonts_put_back():
    """Take the test's copies of Roboto out of matplotlib's font list again afterwards.

    Registered, the copies would answer every later "Roboto" in this worker (the night
    brand's own files are the bundled ones). ``addfont`` of a bundled file also clears
    matplotlib's findfont cache, through its public API.
    """
    from matplotlib import font_manager

    before = list(font_manager.fontManager.ttflist)
    yield
    font_manager.fontManager.ttflist[:] = before
    font_manager.fontManager.addfont(str(FONTS / "roboto" / "Roboto-Regular.ttf"))
    del font_manager.fontManager.ttflist[len(before) :]


def test_a_brand_yml_with_font_files_draws_them(tmp_path, fonts_put_back):
    shutil.copytree(FONTS / "roboto", tmp_path / "fonts")
    (tmp_path / "_brand.yml").write_text(
        textwrap.dedent(
            """
            color:
              palette: {navy: "#1b365d", rust: "#b7410e", moss: "#4a6b2a"}
              primary: navy
              foreground: "#111111"
              background: "#ffffff"
            typography:
              fonts:
                - family: Roboto
                  source: file
                  files:
                    - {path: fonts/Roboto-Regular.ttf, weight: 400}
                    - {path: fonts/Roboto-Bold.ttf, weight: 700}
                    - {path: fonts/Roboto-Italic.ttf, weight: 400, style: italic}
                    - {path: fonts/Roboto-BoldItalic.ttf, weight: 700, style: italic}
              base: Roboto
            """
        ),
        encoding="utf-8",
    )
    brand = housestyle.load_brand(tmp_path / "_brand.yml")  # nothing unmapped: no warning
    assert brand.fonts.family == "Roboto"
    assert brand.fonts.regular == (tmp_path / "fonts" / "Roboto-Regular.ttf").resolve()
    assert brand.fonts.bold == (tmp_path / "fonts" / "Roboto-Bold.ttf").resolve()
    assert brand.footer.logo is None  # never the house's logo on another brand
    import matplotlib.pyplot as plt

    with housestyle.style(brand):
        fig, ax = plt.subplots()
        ax.plot([1, 2, 3], [1, 3, 2])
    fig = housestyle.finalise(fig, title="Roboto from brand.yml", source="s", brand=brand)
    pdf = tmp_path / "chart.pdf"
    housestyle.export(fig, tmp_path / "chart", formats=["pdf"])
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout
    assert "Roboto-Bold" in fonts and "Roboto-Regular" in fonts


def test_light_and_dark_colours_take_the_mode_asked_for(tmp_path):
    path = tmp_path / "_brand.yml"
    path.write_text(
        textwrap.dedent(
            """
            color:
              foreground: {light: "#111111", dark: "#eeeeee"}
              background: {light: "#ffffff", dark: "#101820"}
              primary: "#447099"
            """
        ),
        encoding="utf-8",
    )
    base = housestyle.load_brand("ou").colours.__dict__
    light, dark = brand_data(path, base, "light"), brand_data(path, base, "dark")
    assert light["colours"]["background"] == "#ffffff" and light["colours"]["text"] == "#111111"
    assert dark["colours"]["background"] == "#101820" and dark["colours"]["text"] == "#eeeeee"
    assert housestyle.load_brand(path).colours.background == "#ffffff"  # load_brand: light


def test_round_trip_ou_to_brand_yml_and_back_keeps_colours_and_fonts(tmp_path):
    ou = housestyle.load_brand("ou")
    path = write_brand_yml(ou, tmp_path)
    assert path.name == "_brand.yml"
    written = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert written["color"]["primary"] == ou.colours.primary
    assert written["typography"]["fonts"][0]["source"] == "file"
    back = housestyle.load_brand(path)
    assert back.colours == ou.colours
    assert dict(back.palettes) == dict(ou.palettes)
    assert back.fonts == ou.fonts
    assert back.footer.logo == ou.footer.logo


def test_cli_brand_export_writes_a_brand_yml_brand_yml_reads(tmp_path):
    out = tmp_path / "night.yml"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "housestyle.cli",
            "brand",
            "export",
            "night",
            "--brand-yml",
            str(out),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
    )
    assert done.returncode == 0, done.stderr
    from brand_yml import Brand as PositBrand

    posit = PositBrand.from_yaml(out)
    night = housestyle.load_brand("night")
    assert posit.color.background == night.colours.background
    assert posit.typography.base.family == "Roboto"


def test_a_broken_brand_yml_is_a_house_style_error(tmp_path):
    path = tmp_path / "_brand.yml"
    path.write_text("color:\n  palette: {blue: '#447099'}\n  primary: 12\n", encoding="utf-8")
    with pytest.raises(housestyle.HouseStyleError, match="brand.yml"):
        housestyle.load_brand(path)


@pytest.mark.slow  # draws cookbook recipes: the full suite
def test_posits_example_renders_the_cookbook_in_its_colours(posit):
    import io

    import numpy as np
    from PIL import Image

    from housestyle.batch._recipes import run_recipe
    from housestyle.output._export import to_bytes
    from tests.helpers import load

    with pytest.warns(BrandYmlWarning):
        brand = housestyle.load_brand(posit)
    for slug in ("mpl_line", "plotly_line"):
        if slug.startswith("plotly"):
            pytest.importorskip("kaleido")
        fig = run_recipe(load(slug).recipe, brand)
        assert housestyle.finalised(fig).brand.name == "Posit"
        png = to_bytes(fig, ["png"])["png"]
        pixels = np.asarray(Image.open(io.BytesIO(png)).convert("RGB")).reshape(-1, 3)
        seen = {"#{:02x}{:02x}{:02x}".format(*p) for p in np.unique(pixels, axis=0)}
        assert brand.colours.primary in seen, slug  # the line in Posit's blue
