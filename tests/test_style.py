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
from housestyle.ink._colour import contrast_ratio, min_pair_distance
from housestyle.libraries.mpl import mplstyle_text


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
        families = housestyle.ink._fonts.font_families(brand_file)
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
    # registered once per brand read; a colormap taken away since is registered again
    mpl.colormaps.unregister("ou_sequential")
    housestyle.rc("ou")
    assert mpl.colors.to_hex(mpl.colormaps["ou_sequential"](0.0)) == mpl.colors.to_hex(cmap(0.0))


@pytest.mark.parametrize("name", housestyle.brands())
def test_palette_is_accessible(name):
    """The documented accessibility figures hold (see housestyle/brand/brands/README.md)."""
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


# --------------------------------------------------------------------------- #
# Style numbers come from the brand
# --------------------------------------------------------------------------- #


def tuned_brand(folder: Path, ticks: bool = True, minus: bool = False) -> Path:
    path = folder / f"tuned-{ticks}-{minus}.yaml"
    path.write_text(
        "extends: ou\nname: tuned\n"
        f"type: {{unicode_minus: {str(minus).lower()}}}\n"
        "layout:\n"
        f"  ticks: {str(ticks).lower()}\n"
        "  tick_length: 7\n"
        "  pads: {tick_label: 9, axis_title: 11, panel_title: 13, strip_top: 1, strip_bottom: 3}\n"
        "marks: {point: 4}\n"
    )
    return path


def test_rc_reads_tick_length_pads_marks_and_minus_from_the_brand(tmp_path):
    params = housestyle.rc(tuned_brand(tmp_path))
    assert params["xtick.major.size"] == params["ytick.major.size"] == 7
    assert params["xtick.major.pad"] == params["ytick.major.pad"] == 9
    assert params["axes.labelpad"] == 11
    assert params["axes.titlepad"] == 13
    assert params["lines.markersize"] == 4
    assert params["axes.unicode_minus"] is False
    assert housestyle.rc(tuned_brand(tmp_path, ticks=False))["xtick.major.size"] == 0
    ou = housestyle.rc("ou")
    assert (ou["xtick.major.pad"], ou["axes.labelpad"], ou["axes.titlepad"]) == (5, 6, 8)
    assert ou["axes.unicode_minus"] is True


def test_drawn_ticks_and_minus_follow_the_brand(tmp_path):
    with housestyle.style(tuned_brand(tmp_path)):
        fig, ax = plt.subplots()
        ax.plot([-2, 2], [-1, 1])
        fig.canvas.draw()
        tick = ax.xaxis.get_major_ticks()[0]
        labels = [t.get_text() for t in ax.get_xticklabels() if t.get_text()]
    assert tick.tick1line.get_markersize() == 7
    assert tick.get_pad() == 9
    assert any(label.startswith("-") for label in labels)  # a hyphen: unicode_minus false
    with housestyle.style("ou"):
        fig, ax = plt.subplots()
        ax.plot([-2, 2], [-1, 1])
        fig.canvas.draw()
        labels = [t.get_text() for t in ax.get_xticklabels() if t.get_text()]
    assert any(label.startswith("\N{MINUS SIGN}") for label in labels)


# --------------------------------------------------------------------------- #
# Palettes behave by kind, and colormaps keep to their brand
# --------------------------------------------------------------------------- #


def greens_brand(folder: Path, kind: str = "sequential", name: str = "leafy") -> Path:
    path = folder / f"{name}-{kind}.yaml"
    path.write_text(
        f"extends: ou\nname: {name}\npalettes:\n"
        f'  greens: {{kind: {kind}, colours: ["#e5f5e0", "#a1d99b", "#31a354"]}}\n'
    )
    return path


def test_a_sequential_palette_of_any_name_interpolates(tmp_path):
    brand = greens_brand(tmp_path)
    greens = palette("greens", 7, brand=brand)
    assert len(greens) == 7 and len(set(greens)) == 7
    assert greens[0] == "#e5f5e0" and greens[3] == "#a1d99b" and greens[-1] == "#31a354"
    assert isinstance(housestyle.colormap("greens", brand), mpl.colors.LinearSegmentedColormap)
    qualitative = greens_brand(tmp_path, "qualitative", name="leafy2")
    assert palette("greens", 3, brand=qualitative) == ["#e5f5e0", "#a1d99b", "#31a354"]
    with pytest.raises(HouseStyleError, match="holds 3 colours, not 7"):
        palette("greens", 7, brand=qualitative)
    assert isinstance(housestyle.colormap("greens", qualitative), mpl.colors.ListedColormap)


def test_a_focus_palette_of_any_name_greys_the_rest(tmp_path):
    brand = greens_brand(tmp_path, "focus", name="leafy3")
    assert palette("greens", 4, brand=brand) == ["#e5f5e0"] + ["#31a354"] * 3


def test_colormaps_of_two_brand_files_with_one_name_never_overwrite(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first = greens_brand(tmp_path / "a", name="twin")
    second = tmp_path / "b" / "twin.yaml"
    second.write_text(
        'extends: ou\nname: twin\npalettes:\n  greens: {kind: sequential, colours: ["#000000", "#ff0000"]}\n'
    )
    assert "twin_greens" in housestyle.register_colormaps(first)
    with pytest.raises(
        HouseStyleError,
        match=r"colormap 'twin_greens' .* already registered, "
        r"different, by the brand file .*a/twin-sequential\.yaml",
    ):
        housestyle.register_colormaps(second)
    with pytest.raises(HouseStyleError, match="already registered"):
        housestyle.rc(second)
    assert mpl.colors.to_hex(mpl.colormaps["twin_greens"](0.0)) == "#e5f5e0"  # still the first's
    # the same colours under the same name are no conflict; an edit of the same file updates it
    same = tmp_path / "b" / "same.yaml"
    same.write_text(first.read_text())
    assert "twin_greens" in housestyle.register_colormaps(same)
    first.write_text(first.read_text().replace("#e5f5e0", "#c7e9c0"))
    housestyle.register_colormaps(first)
    assert mpl.colors.to_hex(mpl.colormaps["twin_greens"](0.0)) == "#c7e9c0"


def test_a_brand_never_overwrites_matplotlibs_own_colormaps(tmp_path):
    path = tmp_path / "gist.yaml"
    path.write_text('extends: ou\nname: gist\npalettes:\n  earth: ["#000000", "#ffffff"]\n')
    before = mpl.colormaps["gist_earth"](0.5)
    with pytest.raises(HouseStyleError, match="'gist_earth' .* by matplotlib"):
        housestyle.register_colormaps(path)
    assert mpl.colormaps["gist_earth"](0.5) == before


# --------------------------------------------------------------------------- #
# One current brand per process; style() blocks scoped to their thread
# --------------------------------------------------------------------------- #


def in_thread(func):
    import threading

    result = {}
    thread = threading.Thread(target=lambda: result.setdefault("value", func()))
    thread.start()
    thread.join(10)
    return result["value"]


def test_a_thread_started_after_use_sees_the_brand_use_chose():
    housestyle.use("night")
    name, face = in_thread(
        lambda: (housestyle.current_brand().name, mpl.rcParams["axes.facecolor"])
    )
    assert name == "night"
    assert face == load_brand("night").colours.background  # brand and rcParams agree


def test_a_style_block_in_one_thread_does_not_leak_into_another():
    import threading

    inside, checked = threading.Event(), threading.Event()
    seen = {}

    def styled():
        with housestyle.style("night"):
            seen["inside"] = housestyle.current_brand().name
            inside.set()
            checked.wait(10)

    thread = threading.Thread(target=styled)
    thread.start()
    assert inside.wait(10)
    seen["other"] = in_thread(lambda: housestyle.current_brand().name)
    seen["main"] = housestyle.current_brand().name
    checked.set()
    thread.join(10)
    assert seen == {"inside": "night", "other": "ou", "main": "ou"}
