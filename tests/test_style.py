"""The matplotlib side: rc(), style(), use(), the .mplstyle files, fonts, palettes."""

from __future__ import annotations

import logging
import subprocess
import sys
import warnings
from pathlib import Path

import matplotlib as mpl
import matplotlib.pyplot as plt
import pytest
from matplotlib import font_manager

import housestyle
from housestyle import HouseStyleError, load_brand, palette
from housestyle.colour import contrast_ratio, min_pair_distance
from housestyle.mpl import mplstyle_text


def snapshot() -> dict:
    return {key: mpl.rcParams[key] for key in mpl.rcParams}


def test_import_changes_nothing_and_skips_plotnine():
    code = (
        "import sys, matplotlib as mpl\n"
        "before = {k: mpl.rcParams[k] for k in mpl.rcParams}\n"
        "import housestyle\n"
        "after = {k: mpl.rcParams[k] for k in mpl.rcParams}\n"
        "assert before == after, 'rcParams changed'\n"
        "assert 'plotnine' not in sys.modules, 'plotnine imported'\n"
        "assert not any(f.fname.endswith('Lato-Regular.ttf') and 'housestyle' in f.fname "
        "or 'work/main/fonts' in f.fname for f in __import__('matplotlib').font_manager"
        ".fontManager.ttflist), 'fonts registered at import'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_rc_is_pure_and_valid():
    before = snapshot()
    params = housestyle.rc("ou")
    assert snapshot() == before
    mpl.RcParams(params)  # validates every value
    brand = load_brand("ou")
    assert params["font.family"] == ["Lato", "DejaVu Sans"]
    assert params["axes.prop_cycle"].by_key()["color"] == list(brand.palettes["categorical"])
    assert params["axes.grid.axis"] == "y"
    assert params["xtick.major.size"] == 0
    assert params["axes.spines.left"] is False and params["axes.spines.bottom"] is True
    assert params["axes.titlelocation"] == "left"
    assert params["pdf.fonttype"] == 42
    assert params["figure.facecolor"] == brand.colours.background


def test_rc_differs_by_brand():
    ou, night = housestyle.rc("ou"), housestyle.rc("night")
    assert ou["axes.facecolor"] != night["axes.facecolor"]
    assert night["font.family"][0] == "Roboto"


def test_style_restores_every_rcparam_including_changes_inside():
    before = snapshot()
    with housestyle.style("night") as brand:
        assert brand.name == "night"
        assert mpl.rcParams["axes.facecolor"] == brand.colours.background
        assert housestyle.current_brand().name == "night"
        mpl.rcParams["lines.linewidth"] = 9
        mpl.rcParams["font.size"] = 3
    assert snapshot() == before
    assert housestyle.current_brand().name == "ou"


def test_style_as_decorator_and_nesting():
    before = snapshot()

    @housestyle.style("night")
    def inner():
        with housestyle.style("ou"):
            assert housestyle.current_brand().name == "ou"
        return housestyle.current_brand().name, mpl.rcParams["axes.facecolor"]

    name, face = inner()
    assert name == "night" and face == load_brand("night").colours.background
    assert snapshot() == before


def test_style_restores_after_exception():
    before = snapshot()
    with pytest.raises(RuntimeError), housestyle.style("night"):
        raise RuntimeError("boom")
    assert snapshot() == before


def test_use_changes_global_state():
    before = snapshot()
    try:
        brand = housestyle.use("night")
        assert mpl.rcParams["axes.facecolor"] == brand.colours.background
        assert housestyle.current_brand().name == "night"
    finally:
        mpl.rcParams.update(before)
        housestyle.use("ou")
        mpl.rcParams.update(before)


@pytest.mark.parametrize("name", housestyle.brands())
def test_mplstyle_file_is_up_to_date(name):
    path = Path(housestyle.__file__).parent / f"{name}.mplstyle"
    assert path.read_text() == mplstyle_text(name), "run `housestyle mplstyle` and commit"


def test_plt_style_use_dotted_name():
    housestyle.register_fonts("ou")
    with plt.style.context("housestyle.ou"):
        expected = housestyle.rc("ou")
        for key in ("axes.facecolor", "font.family", "axes.grid.axis", "lines.linewidth"):
            assert mpl.rcParams[key] == expected[key], key
        assert mpl.rcParams["axes.prop_cycle"] == expected["axes.prop_cycle"]


def test_fonts_resolve_to_bundled_files():
    for name in housestyle.brands():
        brand = load_brand(name)
        assert housestyle.register_fonts(brand) is True
        assert housestyle.register_fonts(brand) is True  # idempotent
        for weight, style, path in (
            ("normal", "normal", brand.fonts.regular),
            ("bold", "normal", brand.fonts.bold),
            ("normal", "italic", brand.fonts.italic),
            ("bold", "italic", brand.fonts.bold_italic),
        ):
            props = font_manager.FontProperties(
                family=brand.fonts.family, weight=weight, style=style
            )
            assert Path(font_manager.findfont(props)).resolve() == path


def test_every_text_artist_uses_the_bundled_font(caplog):
    brand = load_brand("ou")
    bundled = {p.resolve() for p in brand.fonts.files}
    with caplog.at_level(logging.WARNING, logger="matplotlib.font_manager"):
        with housestyle.style("ou"):
            fig, ax = plt.subplots()
            ax.plot([1, 2, 3], label="Ŵyn ŷ łódź őr")
            ax.set_title("Title", fontweight="bold")
            ax.legend()
            fig.canvas.draw()
            texts = [t for t in fig.findobj(mpl.text.Text) if t.get_text()]
            files = {Path(font_manager.findfont(t.get_fontproperties())).resolve() for t in texts}
        plt.close(fig)
    assert texts and files <= bundled
    assert not [r for r in caplog.records if "findfont" in r.getMessage()]


def test_broken_font_warns_once_and_names_fallback(tmp_path):
    bad = tmp_path / "Broken.ttf"
    bad.write_bytes(b"not a font")
    brand_file = tmp_path / "b.yaml"
    brand_file.write_text(
        "extends: ou\nname: broken\nfonts:\n  family: Broken\n"
        "  files: {regular: Broken.ttf, bold: Broken.ttf}\n"
    )
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert housestyle.register_fonts(brand_file) is False
        assert housestyle.register_fonts(brand_file) is False
        families = housestyle.fonts.font_families(brand_file)
    messages = [str(w.message) for w in caught if issubclass(w.category, housestyle.FontWarning)]
    assert len(messages) == 1
    assert "'Broken'" in messages[0] and "'DejaVu Sans'" in messages[0]
    assert families == ["DejaVu Sans"]


def test_palette_values_and_errors():
    brand = load_brand("ou")
    assert palette() == list(brand.palettes["categorical"])
    assert palette(n=3) == list(brand.palettes["categorical"][:3])
    with pytest.raises(HouseStyleError, match="holds 6 colours, not 7"):
        palette(n=7)
    with pytest.raises(HouseStyleError, match="no palette 'rainbow'"):
        palette("rainbow")
    seq = palette("sequential", 9)
    assert len(seq) == 9 and seq[0] == brand.palettes["sequential"][0]
    assert seq[-1] == brand.palettes["sequential"][-1]
    assert palette("focus", 4) == [brand.colours.highlight] + [brand.colours.grey] * 3
    assert "background:" in palette()._repr_html_()


def test_colormaps_registered_on_demand():
    names = housestyle.register_colormaps("ou")
    assert "ou_sequential" in names and "ou_diverging_r" in names
    cmap = mpl.colormaps["ou_sequential"]
    assert mpl.colors.to_hex(cmap(0.0)) == load_brand("ou").palettes["sequential"][0]


@pytest.mark.parametrize("name", housestyle.brands())
def test_palette_is_accessible(name):
    """The documented accessibility figures hold (see housestyle/brands/README.md)."""
    brand = load_brand(name)
    background = brand.colours.background
    categorical = brand.palettes["categorical"]
    assert min(contrast_ratio(c, background) for c in categorical) >= 3.0
    for colour in (brand.colours.text, brand.colours.muted_text):
        assert contrast_ratio(colour, background) >= 4.5
    for kind in ("deuteranopia", "protanopia", "tritanopia"):
        assert (
            min_pair_distance(categorical, kind, neighbours=True) >= brand.checks.cvd_min_distance
        )
