"""A user's own fonts: few styles, installed families, absent ones; checked by the file drawn.

Each test writes its brand in a temporary folder, as a user would, and asks matplotlib's
font manager which font file every text of a rendered chart resolves to.
"""

from __future__ import annotations

import shutil
import warnings
from pathlib import Path

import matplotlib as mpl
import matplotlib.pyplot as plt
import pytest
from matplotlib import font_manager
from matplotlib.text import Text

import housestyle
from housestyle import FontWarning, load_brand

MPL_FONTS = Path(mpl.get_data_path()) / "fonts" / "ttf"


def serif_brand(folder: Path, name: str = "serif") -> Path:
    """A brand with its own family and only regular and bold files (DejaVu Serif, free)."""
    shutil.copy(MPL_FONTS / "DejaVuSerif.ttf", folder / "House-Regular.ttf")
    shutil.copy(MPL_FONTS / "DejaVuSerif-Bold.ttf", folder / "House-Bold.ttf")
    path = folder / f"{name}.yaml"
    path.write_text(
        f"extends: ou\nname: {name}\n"
        "fonts:\n"
        "  family: DejaVu Serif\n"
        "  files: {regular: House-Regular.ttf, bold: House-Bold.ttf}\n"
    )
    return path


def family_brand(folder: Path, family: str, name: str) -> Path:
    path = folder / f"{name}.yaml"
    path.write_text(f"extends: ou\nname: {name}\nfonts: {{family: {family}}}\n")
    return path


def drawn_files(fig: plt.Figure) -> dict[str, Path]:
    """Each visible text of a drawn figure and the font file it resolves to."""
    fig.canvas.draw()
    return {
        f"{t.get_text()} ({t.get_fontweight()}, {t.get_fontstyle()})": Path(
            font_manager.findfont(t.get_fontproperties())
        ).resolve()
        for t in fig.findobj(Text)
        if t.get_text() and t.get_visible()
    }


def styled_chart(brand: Path | str) -> plt.Figure:
    """A user's chart with every style of text: regular, bold, italic and bold italic."""
    with housestyle.style(brand):
        fig, ax = plt.subplots()
        ax.plot([1, 2, 3], [2, 1, 3], label="Series")
        ax.set_title("A bold panel title")
        ax.text(1.5, 2.5, "an italic note", style="italic")
        ax.text(2.5, 1.5, "a bold italic note", style="italic", weight="bold")
        ax.legend()
        housestyle.finalise(fig, title="Title", subtitle="Subtitle", source="Our data")
    return fig


def test_two_file_brand_draws_every_text_in_its_own_files(tmp_path):
    path = serif_brand(tmp_path)
    regular = (tmp_path / "House-Regular.ttf").resolve()
    bold = (tmp_path / "House-Bold.ttf").resolve()
    with warnings.catch_warnings():
        warnings.simplefilter("error", FontWarning)  # no warning on every chart
        fig = styled_chart(path)
        files = drawn_files(fig)
    told = [f for f in housestyle.check_brand(path).findings if f.rule == "fonts"]
    assert [f.severity for f in told] == ["warning"]  # told once, by the brand check
    assert "no italic, bold_italic file in the brand" in told[0].message
    assert "italic text is drawn in its regular" in told[0].message
    assert "bold italic text is drawn in its bold" in told[0].message
    # matplotlib ships DejaVu Serif Italic too: the brand's own files still win
    assert set(files.values()) == {regular, bold}
    assert files["an italic note (normal, italic)"] == regular
    assert files["a bold italic note (bold, italic)"] == bold
    assert files["Title (bold, normal)"] == bold


def test_two_file_brand_in_plotnine(tmp_path):
    import pandas as pd
    from plotnine import aes, element_text, geom_line, ggplot, labs, theme

    path = serif_brand(tmp_path, "serif-gg")
    # three series: with two, plotnine gives each legend entry one name of the family
    # list (see test_plotnine.py::test_two_categories_draw_both_labels_in_the_brand_font)
    frame = pd.DataFrame(
        {"x": [1, 2, 3] * 3, "y": [1, 3, 2, 2, 1, 3, 3, 2, 1], "g": list("aaabbbccc")}
    )
    with warnings.catch_warnings():
        warnings.simplefilter("error", FontWarning)
        plot = (
            ggplot(frame, aes("x", "y", colour="g"))
            + geom_line()
            + housestyle.theme_ou(brand=path)
            + housestyle.scale_colour_ou(brand=path)
            + theme(plot_caption=element_text(style="italic"))
            + labs(title="Title", subtitle="Subtitle", caption="An italic caption")
        )
        files = drawn_files(plot.draw())
    assert set(files.values()) <= {
        (tmp_path / "House-Regular.ttf").resolve(),
        (tmp_path / "House-Bold.ttf").resolve(),
    }
    assert files["An italic caption (normal, italic)"] == (tmp_path / "House-Regular.ttf").resolve()


@pytest.fixture
def mono(tmp_path: Path) -> Path:
    return family_brand(tmp_path, "DejaVu Sans Mono", "mono")


def test_an_installed_family_is_found_and_verified(mono):
    with warnings.catch_warnings():
        warnings.simplefilter("error", FontWarning)  # a family with all four styles: silent
        assert housestyle.register_fonts(mono) is True
        files = drawn_files(styled_chart(mono))
    names = {path.name for path in files.values()}
    assert names == {
        "DejaVuSansMono.ttf",
        "DejaVuSansMono-Bold.ttf",
        "DejaVuSansMono-Oblique.ttf",
        "DejaVuSansMono-BoldOblique.ttf",
    }
    assert housestyle.rc(mono)["font.family"][0] == "DejaVu Sans Mono"


def test_an_installed_family_missing_styles_stays_in_the_family(tmp_path):
    path = family_brand(tmp_path, "DejaVu Serif Display", "display")  # one style only
    with warnings.catch_warnings():
        warnings.simplefilter("error", FontWarning)
        files = drawn_files(styled_chart(path))
    told = [f.message for f in housestyle.check_brand(path).findings if f.rule == "fonts"]
    assert len(told) == 1 and "no bold, italic, bold_italic installed face" in told[0]
    assert {p.name for p in files.values()} == {"DejaVuSerifDisplay.ttf"}


def test_an_absent_installed_family_warns_loudly_and_draws_the_fallback(tmp_path):
    path = family_brand(tmp_path, "Housestyle Nowhere Sans", "nowhere")
    with pytest.warns(FontWarning) as caught:
        families = housestyle.ink._fonts.font_families(path)
        files = drawn_files(styled_chart(path))
    messages = [str(w.message) for w in caught if issubclass(w.category, FontWarning)]
    assert len(messages) == 1
    assert "'Housestyle Nowhere Sans' cannot be used" in messages[0]
    assert "finds no installed font of the family" in messages[0]
    assert "install the family, or name its .ttf files under fonts.files" in messages[0]
    assert "text is drawn in 'DejaVu Sans' instead" in messages[0]
    assert families == ["DejaVu Sans"]
    assert {p.name for p in files.values()} <= {
        "DejaVuSans.ttf",
        "DejaVuSans-Bold.ttf",
        "DejaVuSans-Oblique.ttf",
        "DejaVuSans-BoldOblique.ttf",
    }


def test_a_file_of_another_family_is_refused_for_the_fallback(tmp_path):
    shutil.copy(MPL_FONTS / "DejaVuSerif.ttf", tmp_path / "A.ttf")
    shutil.copy(MPL_FONTS / "DejaVuSerif-Bold.ttf", tmp_path / "B.ttf")
    path = tmp_path / "wrong.yaml"
    path.write_text(
        "extends: ou\nname: wrong\nfonts:\n  family: Garamond\n"
        "  files: {regular: A.ttf, bold: B.ttf}\n"
    )
    with pytest.warns(FontWarning, match=r"A\.ttf holds the family 'DejaVu Serif', not 'Garamond'"):
        assert housestyle.register_fonts(path) is False


def test_shipped_brands_still_draw_all_four_of_their_files():
    for name in housestyle.brands():
        fonts = load_brand(name).fonts
        with warnings.catch_warnings():
            warnings.simplefilter("error", FontWarning)
            files = drawn_files(styled_chart(name))
        assert set(files.values()) == {p.resolve() for p in fonts.files}


def readme_brand(folder: Path) -> Path:
    """Write the worked example of housestyle/brand/brands/README.md as its reader would."""
    readme = (Path(housestyle.__file__).parent / "brand" / "brands" / "README.md").read_text()
    section = readme.split("## Your own brand", 1)[1]
    text = section.split("```yaml\n", 1)[1].split("```", 1)[0]
    (folder / "fonts").mkdir()
    shutil.copy(MPL_FONTS / "DejaVuSerif.ttf", folder / "fonts" / "DejaVuSerif.ttf")
    shutil.copy(MPL_FONTS / "DejaVuSerif-Bold.ttf", folder / "fonts" / "DejaVuSerif-Bold.ttf")
    shutil.copy(
        Path(housestyle.__file__).parent / "brand" / "brands" / "ou-logo.svg", folder / "logo.svg"
    )
    path = folder / "mybrand.yaml"
    path.write_text(text)
    return path


def test_the_readme_example_uses_only_regular_and_bold(tmp_path):
    path = readme_brand(tmp_path)
    brand = load_brand(path)
    assert (brand.fonts.italic, brand.fonts.bold_italic) == (None, None)
    with warnings.catch_warnings():
        warnings.simplefilter("error", FontWarning)
        files = drawn_files(styled_chart(path))
    assert any(
        "no italic, bold_italic file in the brand" in f.message
        for f in housestyle.check_brand(path).findings
    )
    assert set(files.values()) == {
        (tmp_path / "fonts" / "DejaVuSerif.ttf").resolve(),
        (tmp_path / "fonts" / "DejaVuSerif-Bold.ttf").resolve(),
    }


def test_the_readme_error_example_is_what_the_loader_says(tmp_path):
    readme = (Path(housestyle.__file__).parent / "brand" / "brands" / "README.md").read_text()
    shown = next(line for line in readme.splitlines() if line.startswith("mybrand.yaml:"))
    path = readme_brand(tmp_path)
    path.write_text(path.read_text().replace('"#7a1f5c"', "'#12345'"))
    with pytest.raises(housestyle.HouseStyleError) as info:
        load_brand(path)
    assert str(info.value) == f"{tmp_path}/{shown}"


@pytest.mark.slow  # a fresh interpreter
def test_a_bundled_family_named_without_files_is_found_in_a_fresh_process(tmp_path):
    """Roboto is bundled with housestyle (for night): naming it alone finds its files even
    when no brand registered them before, so the result never depends on session order."""
    import subprocess
    import sys

    path = family_brand(tmp_path, "Roboto", "robotic")
    code = (
        "import warnings; warnings.simplefilter('error')\n"
        "from pathlib import Path\n"
        "from matplotlib import font_manager as fm\n"
        "import housestyle\n"
        f"families = housestyle.ink._fonts.font_families({str(path)!r})\n"
        "for weight, style in [('normal', 'normal'), ('bold', 'normal'), ('normal', 'italic'),"
        " ('bold', 'italic')]:\n"
        "    props = fm.FontProperties(family=families, weight=weight, style=style)\n"
        "    print(Path(fm.findfont(props)).name)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    assert out.stdout.split() == [
        "Roboto-Regular.ttf",
        "Roboto-Bold.ttf",
        "Roboto-Italic.ttf",
        "Roboto-BoldItalic.ttf",
    ]
    assert {p.parent.name for p in load_brand("night").fonts.files} == {"roboto"}


def test_a_users_own_pdf_with_a_ligature_prints_no_note_on_the_fonts_date(caplog, tmp_path):
    """fontTools notes that Lato's head table is dated early whenever matplotlib cuts it
    for a PDF; the font is fine, and a user's own savefig should not print it."""
    import logging

    with caplog.at_level(logging.INFO), housestyle.style():
        fig = plt.figure()
        fig.text(0.1, 0.5, "office")  # "ffi": a ligature, cut as a face of its own
        fig.savefig(tmp_path / "chart.pdf")
        plt.close(fig)
    notes = [r.getMessage() for r in caplog.records if "timestamp" in r.getMessage()]
    assert notes == []
    assert (tmp_path / "chart.pdf").read_bytes().count(b"+Lato-Regular") >= 2, "still Lato"
