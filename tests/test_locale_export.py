"""One chart, two languages: recipes exported in English and Welsh (issue 24).

Each file is laid out afresh in its language; the Welsh source line reads
"Ffynhonnell:", neither has overlapping text, and check() finds no errors in either.
"""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import pytest

import housestyle
from housestyle import finalise, finalised
from housestyle.batch._recipes import run_recipe
from housestyle.output._export import to_bytes
from tests.helpers import first_quick, load, png_image

WELSH = {
    "mpl_line": {
        "title": "Roedd diweithdra ar ei uchaf yn 1982 ac eto yn 2010",
        "subtitle": "Pobl ddi-waith fel cyfran o boblogaeth yr Unol Daleithiau, yn fisol",
        "source": "Swyddfa Ystadegau Llafur yr Unol Daleithiau, drwy ddata economics plotnine",
        "alt": "Siart linell o ddiweithdra yn yr Unol Daleithiau o 1967 i 2015.",
    },
    "p9_line": {
        "title": "Roedd diweithdra ar ei uchaf yn 1982 ac eto yn 2010",
        "subtitle": "Pobl ddi-waith fel cyfran o boblogaeth yr Unol Daleithiau, yn fisol",
        "source": "Swyddfa Ystadegau Llafur yr Unol Daleithiau, drwy ddata economics plotnine",
        "alt": "Siart linell o ddiweithdra yn yr Unol Daleithiau o 1967 i 2015.",
    },
    "mpl_bar_sorted": {
        "title": "Ceir Honda sy'n mynd bellaf ar un galwyn o danwydd",
        "subtitle": "Economi tanwydd cymedrig ar y draffordd, milltiroedd y galwyn UDA",
        "source": "EPA yr Unol Daleithiau, modelau 1999 a 2008, drwy ddata mpg plotnine",
        "alt": "Siart bar llorweddol o filltiroedd y galwyn ar gyfer deuddeg gwneuthurwr.",
    },
}
OVERLAP_RULES = {"text_overlap", "text_clipped"}


def bilingual(slug: str):
    """The recipe's PNG as it is, and the recipe given its texts in English and Welsh."""
    fig = run_recipe(load(slug).recipe)
    as_it_was = to_bytes(fig, ["png"])["png"]
    info = finalised(fig)
    english = {
        "title": info.title,
        "subtitle": info.subtitle,
        "source": info.source,
        "alt": info.alt,
    }
    texts = {name: {"en": english[name], "cy": WELSH[slug][name]} for name in english}
    return as_it_was, finalise(fig, **texts)


@pytest.mark.parametrize("slug", first_quick(sorted(WELSH)))
def test_a_recipe_in_english_and_welsh(slug, tmp_path):
    english_bytes, fig = bilingual(slug)
    written = housestyle.export(fig, tmp_path / slug, formats="png", locales=["en", "cy"])
    assert [p.name for p in written] == [f"{slug}-en.png", f"{slug}-cy.png"]
    en, cy = (png_image(p.read_bytes()) for p in written)
    assert en.size == cy.size == finalised(fig).preset.pixels
    assert (tmp_path / f"{slug}-en.png").read_bytes() == english_bytes  # English as it was
    assert en.tobytes() != cy.tobytes()
    assert finalised(fig).locale == "en_GB"  # export put the figure back

    for locale, source in (("en", "Source: "), ("cy", "Ffynhonnell: ")):
        shown = finalise(fig, locale=locale)
        info = finalised(shown)
        assert info.source.startswith(source)
        assert info.title == (WELSH[slug]["title"] if locale == "cy" else finalised(fig).title)
        report = housestyle.check(shown)
        assert report.ok, (locale, report.errors)
        overlaps = [f for f in report if f.rule in OVERLAP_RULES]
        assert not overlaps, (locale, overlaps)
        lines = [
            t.get_text()
            for t in shown.findobj(lambda a: hasattr(a, "get_text"))
            if t.get_gid() == "housestyle-source"
        ]
        assert " ".join(lines) == info.source  # the footer as drawn, line by line
    plt.close("all")


def test_welsh_category_labels_and_source_in_the_file(tmp_path):
    """The issue's check: a recipe in en and cy, the Welsh one's footer in Welsh."""
    fig = run_recipe(load("mpl_bar_sorted").recipe)
    makers = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    fig = finalise(
        fig,
        title={"en": finalised(fig).title, "cy": WELSH["mpl_bar_sorted"]["title"]},
        labels={"cy": {"Volkswagen": "Volkswagen (VW)"}},
    )
    housestyle.export(fig, tmp_path / "cars", formats="svg", locales=["en", "cy"])
    welsh = (tmp_path / "cars-cy.svg").read_text(encoding="utf-8")
    english = (tmp_path / "cars-en.svg").read_text(encoding="utf-8")
    assert "Ffynhonnell:" in welsh and "Ffynhonnell:" not in english
    assert "Source:" in english
    assert "Volkswagen (VW)" in welsh and "Volkswagen (VW)" not in english
    assert "Volkswagen" in makers
    plt.close("all")


def test_render_in_each_locale(tmp_path):
    """``housestyle render --locale``: a recipe drawn in each language, named by it."""
    from housestyle.cli import main

    code = main(
        [
            "render",
            str(load("p9_line").__file__),
            "--locale",
            "en,cy",
            "--locale",
            "fr",
            "--format",
            "svg",
            "--engine",
            "serial",
            "--out",
            str(tmp_path),
        ]
    )
    assert code == 0
    names = sorted(p.name for p in tmp_path.glob("*.svg"))
    assert names == ["p9_line-ou-web-cy.svg", "p9_line-ou-web-en.svg", "p9_line-ou-web-fr.svg"]
    welsh = (tmp_path / "p9_line-ou-web-cy.svg").read_text(encoding="utf-8")
    french = (tmp_path / "p9_line-ou-web-fr.svg").read_text(encoding="utf-8")
    assert "Ffynhonnell:" in welsh
    assert "Source\xa0:" in french and "2\xa0%" in french
    report = housestyle.render_many(
        load("p9_line").__file__, locales=["de"], formats="svg", out=tmp_path, engine="serial"
    )
    assert [c.locale for c in report.drawn] == ["de"]
    assert "Quelle:" in (tmp_path / "p9_line-ou-web-de.svg").read_text(encoding="utf-8")


@pytest.mark.slow  # the brand page in every language: the full suite
def test_the_brand_page_shows_a_chart_in_each_shipped_language(tmp_path):
    from housestyle.gallery._brandpage import render_page

    html = render_page(tmp_path, housestyle.load_brand("ou"), ["ou"])
    section = html.split('<section id="languages">', 1)[1].split("</section>", 1)[0]
    for locale in ("en", "cy", "fr", "de"):
        assert f'src="ou/language-{locale}.png"' in section
        image = png_image((tmp_path / "brands" / "ou" / f"language-{locale}.png").read_bytes())
        assert image.size == housestyle.load_brand("ou").presets["web"].pixels
    plt.close("all")
