"""The gallery: a static site built from any cookbook folder, incrementally."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from html.parser import HTMLParser
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

import housestyle
from housestyle import HouseStyleError
from housestyle.batch._recipes import read_recipe
from housestyle.cli import main
from housestyle.gallery._build import build_gallery
from tests.helpers import BARS, FAINT, assert_chart_file, write_cookbook


@pytest.fixture
def fixed_package(monkeypatch):
    """Hold housestyle's own hash still: an edit to the package mid-test re-renders all."""
    monkeypatch.setattr("housestyle.gallery._build.package_digest", lambda: "fixed")


class _Links(HTMLParser):
    """Collect the tags of a page, and where its links point."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.tags.append((tag, dict(attrs)))

    def attr(self, tag: str, name: str) -> list[str]:
        return [a[name] for t, a in self.tags if t == tag and a.get(name) is not None]


def parse(path: Path) -> _Links:
    links = _Links()
    links.feed(path.read_text())
    return links


def check_blocks(page: Path) -> dict[str, str]:
    """``{brand: HTML}`` of the per-brand blocks of a recipe page's "Checks" section."""
    section = page.read_text().split('id="checks"', 1)[1].split("</section>", 1)[0]
    blocks = section.split('<div class="per-brand check-report" data-brand="')[1:]
    return {block.split('"', 1)[0]: block for block in blocks}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """One build, shared: two brands, two workers, a recipe that fails, one that fails a check."""
    root = tmp_path_factory.mktemp("gallery")
    cookbook = write_cookbook(root / "my-cookbook")
    (cookbook / "faint.py").write_text(FAINT)
    out = root / "site"
    status = main(["gallery", "--cookbook", str(cookbook), "--out", str(out), "--jobs", "2"])
    return cookbook, out, status


@pytest.mark.slow  # the shared build: 4 recipes x 2 brands x 7 sizes
def test_failed_recipe_is_shown_and_the_command_fails(built):
    _, out, status = built
    assert status == 1
    index = (out / "index.html").read_text()
    cards = {a["data-slug"]: a for t, a in parse(out / "index.html").tags if "data-slug" in a}
    assert set(cards) == {"bars", "broken", "faint", "line"}
    assert "is-failed" in cards["broken"]["class"]
    assert "is-failed" not in cards["bars"]["class"]
    assert "1 recipe failed" in index
    page = (out / "recipes" / "broken.html").read_text()
    assert "ZeroDivisionError: division by zero" in page
    assert "return 1 / 0" in page  # the recipe's own line in the traceback
    for machinery in ("housestyle/gallery/", "housestyle/batch/"):
        assert machinery not in page  # the gallery's frames are left out


@pytest.mark.slow  # the shared build
def test_docstring_markup_is_escaped(built):
    _, out, _ = built
    page = (out / "recipes" / "bars.html").read_text()
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<strong>zero</strong>" in page  # the Markdown itself is rendered
    assert 'href="javascript' not in page  # markdown-it refuses the link
    assert 'alt="Bars &lt;b&gt;alt&lt;/b&gt;"' in page
    scripts = parse(out / "recipes" / "bars.html").attr("script", "src")
    assert scripts == ["../assets/gallery.js"]


@pytest.mark.slow  # the shared build
def test_downloads_exist_for_every_brand(built):
    _, out, _ = built
    page = out / "recipes" / "bars.html"
    links = [a for t, a in parse(page).tags if t == "a" and "download" in a]
    downloads = [a["href"] for a in links if a.get("class") == "download"]
    assert len(downloads) == 2 * 5 + 2  # three formats, CSV and embed in two brands, .py twice
    web = housestyle.load_brand("ou").presets["web"].pixels
    for link in downloads:
        target = (page.parent / link).resolve()
        if target.suffix == ".py":
            assert target.read_text() == BARS
        elif target.suffix == ".csv":
            assert target.read_text().splitlines()[1:] == ["a,3", "b,1", "c,2"]
        elif target.suffix == ".html":
            assert "<figure" in target.read_text()
        else:
            assert_chart_file(target.name, target.read_bytes(), web)
    hidpi = out / "images" / "night" / "bars@2x.webp"  # what a high-density screen shows
    assert Image.open(hidpi).size == tuple(2 * side for side in web)
    assert not (out / "images" / "night" / "bars@2x.png").exists(), "no page links a 2x PNG"
    assert (out / "source" / "bars.py").read_text() == BARS
    assert (out / "images" / "ou" / "bars.pdf").read_bytes().startswith(b"%PDF")


@pytest.mark.slow  # the shared build
def test_each_recipe_page_shows_the_long_description_and_embeds_the_chart(built):
    _, out, _ = built
    page = (out / "recipes" / "bars.html").read_text()
    long = housestyle.describe(
        housestyle.batch._recipes.run_recipe(
            housestyle.batch._recipes.chart_function(built[0] / "bars.py")[0], "ou"
        )
    ).long
    assert page.count('<p class="long-description">') == 2  # one per brand
    assert long.replace("'", "&#39;") in page
    embed = out / "images" / "ou" / "bars.html"
    parsed = parse(embed)
    refs = parsed.attr("img", "src") + parsed.attr("a", "href")
    refs += [c.split()[0] for s in parsed.attr("source", "srcset") for c in s.split(", ")]
    assert "../night/bars.png" in refs and "web-wide/bars.webp" in refs and "bars.csv" in refs
    assert all((embed.parent / ref).is_file() for ref in refs), refs
    assert parse(out / "images" / "night" / "bars.html").attr("source", "srcset")
    assert "prefers-color-scheme" not in (out / "images" / "night" / "bars.html").read_text()
    assert not (out / "images" / "ou" / "line.html").exists(), "no alt text: no embed"


@pytest.mark.slow  # the shared build
def test_every_local_reference_resolves_and_nothing_is_remote(built):
    _, out, _ = built
    for page in [out / "index.html", *(out / "recipes").glob("*.html")]:
        parsed = parse(page)
        refs = parsed.attr("a", "href") + parsed.attr("img", "src") + parsed.attr("link", "href")
        refs += parsed.attr("script", "src")
        for ref in refs:
            assert "://" not in ref and not ref.startswith("//"), (page.name, ref)
            if ref:
                assert (page.parent / ref.split("?")[0]).resolve().exists(), (page.name, ref)


def size_cards(page: Path, brand: str) -> dict[str, dict]:
    """``{size: {"thumb": src, "full": href, "downloads": [href...]}}`` of one brand's sizes."""
    section = page.read_text().split('id="sizes"', 1)[1].split("</section>", 1)[0]
    block = section.split(f'<div class="per-brand size-list" data-brand="{brand}"', 1)[1]
    block = block.split("</ul>", 1)[0]
    cards = {}
    for card in block.split('<li class="size-card" data-size="')[1:]:
        links = _Links()
        links.feed(card.split(">", 1)[1])
        cards[card.split('"', 1)[0]] = {
            "thumb": (links.attr("img", "src") or [None])[0],
            "full": next(
                (a["href"] for t, a in links.tags if a.get("class") == "size-thumb"), None
            ),
            "downloads": [a["href"] for t, a in links.tags if a.get("class") == "size-download"],
            "failed": "size-failure" in card,
        }
    return cards


@pytest.mark.slow  # the shared build
def test_every_recipe_is_shown_at_every_size_of_its_brand(built):
    _, out, _ = built
    page = out / "recipes" / "bars.html"
    presets = housestyle.load_brand("ou").presets
    for brand in ("ou", "night"):
        cards = size_cards(page, brand)
        assert list(cards) == list(presets)  # the default (web) first, then every other preset
        for size, card in cards.items():
            full = (page.parent / card["full"]).resolve()
            assert_chart_file(full.name, full.read_bytes(), presets[size].pixels)
            thumb = (page.parent / card["thumb"]).resolve()
            with Image.open(thumb) as image:  # the size's own picture; a thumbnail at print
                if presets[size].family == "print":
                    assert thumb.name == "bars-thumb.webp" and image.width == 360
                else:
                    assert thumb == full and image.size == presets[size].pixels
            # lossless WebP, or the PDF at print sizes (the other formats are opt-in there)
            wanted = [".png", ".svg", ".pdf"] if size == "web" else [".webp"]
            if presets[size].family == "print":
                wanted = [".pdf"]
            assert [Path(link).suffix for link in card["downloads"]] == wanted
            assert Path(card["full"]).suffix == wanted[0], "the card opens the chart itself"
            for link in card["downloads"]:
                target = (page.parent / link).resolve()
                assert_chart_file(target.name, target.read_bytes(), presets[size].pixels)
                assert f"/images/{brand}/" in target.as_posix()
        assert "/print-column/" in cards["print-column"]["full"]
    social = (out / "images" / "night" / "social" / "bars.webp").read_bytes()
    assert social != (out / "images" / "ou" / "social" / "bars.webp").read_bytes()
    broken = size_cards(out / "recipes" / "broken.html", "ou")
    assert all(card["failed"] for card in broken.values()) and len(broken) == len(presets)


@pytest.mark.slow  # the shared build
def test_brands_differ_in_the_images(built):
    _, out, _ = built
    ou = (out / "images" / "ou" / "line.png").read_bytes()
    night = (out / "images" / "night" / "line.png").read_bytes()
    assert ou != night
    thumbs = [a["data-thumbs"] for t, a in parse(out / "index.html").tags if "data-thumbs" in a]
    assert json.loads(thumbs[0]) == {"ou": "images/ou/bars.png", "night": "images/night/bars.png"}
    assert json.loads(thumbs[1]) == {"ou": None, "night": None}


@pytest.mark.slow  # the shared build
def test_a_broken_rule_shows_its_finding_and_a_badge_on_the_index(built):
    _, out, _ = built
    blocks = check_blocks(out / "recipes" / "faint.html")
    assert set(blocks) == {"ou", "night"}
    ou, night = blocks["ou"], blocks["night"]
    assert "1 error" in ou and "No problems found" not in ou
    assert "<code>text_contrast</code>" in ou
    assert "of #d4d4d4 on #" in ou  # the measured colours, from the report
    assert "A faint &lt;b&gt;note&lt;/b&gt;" in ou and "<b>note</b>" not in ou  # escaped
    assert "No problems found" in night and "text_contrast" not in night
    index = (out / "index.html").read_text()
    faint = index.split('data-slug="faint"', 1)[1].split("</li>", 1)[0]
    assert ">1 check error in ou</span>" in faint
    line = index.split('data-slug="line"', 1)[1].split("</li>", 1)[0]
    assert ">1 check error</span>" in line  # no alt text, in both brands
    bars = index.split('data-slug="bars"', 1)[1].split("</li>", 1)[0]
    assert "badge-check" not in bars


@pytest.mark.slow  # the shared build
def test_a_passing_recipe_shows_no_problems_and_three_simulations(built):
    from housestyle.ink import vision_matrix

    _, out, _ = built
    page = out / "recipes" / "bars.html"
    html = page.read_text()
    blocks = check_blocks(page)
    assert set(blocks) == {"ou", "night"}
    kinds = ("deuteranopia", "protanopia", "tritanopia")
    for brand, block in blocks.items():
        assert "No problems found" in block and "<table" not in block, brand
        shown = [
            (attrs["src"], attrs["style"])
            for tag, attrs in parse(page).tags
            if tag == "img" and "vision-" in attrs.get("style", "")
            and f"/images/{brand}/" in attrs["src"]
        ]  # fmt: skip
        # the chart's own PNG, through each deficiency's filter: no file is written for them
        assert shown == [
            (f"../images/{brand}/bars.png", f"filter: url(#vision-{k})") for k in kinds
        ]
        for kind in kinds:
            assert f"<strong>{kind.capitalize()}</strong>" in block
        assert not list((out / "images" / brand).glob("bars-*anopia*"))
    for kind in kinds:  # each filter is the model housestyle.simulate applies, in linear RGB
        tag = html.split(f'<filter id="vision-{kind}"', 1)[1].split("</filter>", 1)[0]
        assert 'color-interpolation-filters="linearRGB"' in tag
        values = [float(v) for v in tag.split('values="', 1)[1].split('"', 1)[0].split()]
        matrix = np.array(values).reshape(4, 5)
        assert np.allclose(matrix[:3, :3], vision_matrix(kind), atol=1e-5)
        assert matrix[:3, 3:].tolist() == [[0, 0]] * 3 and matrix[3].tolist() == [0, 0, 0, 1, 0]


def test_a_checker_error_is_shown_not_fatal(tmp_path):
    from housestyle.gallery._build import GalleryResult
    from housestyle.gallery._site import checks_section
    from housestyle.gallery._worker import check_report

    recipe = read_recipe(write_cookbook(tmp_path) / "bars.py")
    assert check_report(None)["error"].startswith("HouseStyleError: fig:")
    entry = {"status": "ok", "checks": {"error": "ValueError: no <good>"}, "simulations": {}}
    result = GalleryResult(tmp_path, [recipe], ["ou"], charts={"bars": {"ou": entry}})
    html = str(checks_section(result, recipe))
    assert "The checks could not run" in html and "no &lt;good&gt;" in html
    assert result.check_errors == {}
    result.charts["bars"]["ou"] = {"status": "failed", "error": "boom"}
    assert checks_section(result, recipe) is None  # nothing rendered, nothing to check


@pytest.mark.slow  # seven builds
def test_incremental_builds(tmp_path, fixed_package):
    cookbook = write_cookbook(tmp_path / "cb")
    out = tmp_path / "site"
    first = build_gallery(cookbook, out, brands=["ou"], jobs=1, sizes=["social"], engine="serial")
    assert sorted(first.rendered) == [("bars", "ou"), ("broken", "ou"), ("line", "ou")]
    assert (first.drawn, first.shown) == (6, 6)  # 3 recipes x 1 brand x 2 sizes
    assert first.sizes == {"ou": ["web", "social"]}
    assert first.failed == ["broken"]

    second = build_gallery(cookbook, out, brands=["ou"], jobs=1, sizes=["social"], engine="serial")
    assert second.rendered == [] and second.drawn == 0
    assert second.failed == ["broken"]  # a kept failure still counts
    assert (out / "recipes" / "broken.html").read_text().count("ZeroDivisionError") >= 1

    line = cookbook / "line.py"
    line.write_text(line.read_text().replace("[2, 3, 1]", "[1, 3, 2]"))
    third = build_gallery(cookbook, out, brands=["ou"], jobs=1, sizes=["social"], engine="serial")
    assert third.rendered == [("line", "ou")]

    (out / "images" / "ou" / "bars.svg").unlink()  # a missing output is made again
    fourth = build_gallery(cookbook, out, brands=["ou"], jobs=1, sizes=["social"], engine="serial")
    assert fourth.rendered == [("bars", "ou")]
    social = out / "images" / "ou" / "social" / "bars.webp"
    social.unlink()  # so is one at another size, and only that one
    web = out / "images" / "ou" / "bars.png"
    drawn = web.stat().st_mtime_ns
    assert build_gallery(
        cookbook, out, brands=["ou"], jobs=1, sizes=["social"], engine="serial"
    ).rendered == [("bars", "ou")]
    assert social.is_file() and web.stat().st_mtime_ns == drawn
    assert not social.with_suffix(".svg").exists(), "an SVG at social is opt-in"

    (out / "images" / "ou" / "line@2x.webp").unlink()  # so is the high-density picture
    fifth = build_gallery(cookbook, out, brands=["ou"], jobs=1, sizes=["social"], engine="serial")
    assert fifth.rendered == [("line", "ou")]
    assert fifth.check_errors == {"line": {"ou": 1}}  # the report is kept with the chart
    sixth = build_gallery(cookbook, out, brands=["ou"], jobs=1, sizes=["social"], engine="serial")
    assert sixth.rendered == [] and sixth.check_errors == {"line": {"ou": 1}}
    assert "alt_text" in check_blocks(out / "recipes" / "line.html")["ou"]


@pytest.mark.slow  # several builds with two workers
def test_shared_cookbook_files_and_removed_recipes(tmp_path, fixed_package):
    cookbook = write_cookbook(tmp_path / "cb")
    (cookbook / "broken.py").unlink()
    out = tmp_path / "site"
    build_gallery(cookbook, out, brands=["ou"], jobs=2, sizes=["social"])
    (cookbook / "data").mkdir()
    (cookbook / "data" / "numbers.csv").write_text("x\n1\n")
    again = build_gallery(cookbook, out, brands=["ou"], jobs=2, sizes=["social"])
    assert sorted(again.rendered) == [("bars", "ou"), ("line", "ou")]  # data may feed any recipe
    (cookbook / "line.py").unlink()
    last = build_gallery(cookbook, out, brands=["ou"], jobs=2, sizes=["social"])
    assert last.rendered == [] and last.ok
    assert not (out / "recipes" / "line.html").exists()
    assert not (out / "images" / "ou" / "line.png").exists()
    assert not list((out / "images" / "ou").glob("line-*"))  # thumbnail, simulations
    assert not list((out / "images" / "ou" / "social").glob("line*"))  # the other sizes too
    assert (out / "images" / "ou" / "social" / "bars.webp").is_file()
    assert "line.html" not in (out / "index.html").read_text()


@pytest.mark.slow  # a build in a user's brand
def test_a_brand_file_outside_the_package(tmp_path, fixed_package):
    cookbook = write_cookbook(tmp_path / "cb")
    (cookbook / "broken.py").unlink()
    brand = tmp_path / "mine.yaml"
    brand.write_text('extends: ou\nname: mine\ncolours: {primary: "#aa3377"}\n')
    out = tmp_path / "site"
    result = build_gallery(
        cookbook, out, brands=[brand, "ou"], jobs=1, sizes=["social"], engine="serial"
    )
    assert result.brands == ["ou", "mine"]  # the default brand first
    assert result.ok
    assert (out / "images" / "mine" / "bars.png").is_file()
    brand.write_text('extends: ou\nname: mine\ncolours: {primary: "#117733"}\n')
    again = build_gallery(
        cookbook, out, brands=[brand, "ou"], jobs=1, sizes=["social"], engine="serial"
    )
    assert sorted(again.rendered) == [("bars", "mine"), ("line", "mine")]


@pytest.mark.slow  # a gallery build in a fresh interpreter
def test_warm_build_imports_nothing_that_draws_and_writes_nothing(tmp_path):
    """A build with nothing to draw (README's command run again) takes under a second:
    no recipe, no drawing library, no page engine is imported, and no file is written."""
    cookbook = write_cookbook(tmp_path / "cb")
    out = tmp_path / "site"
    build_gallery(cookbook, out, brands=["ou"], jobs=1, sizes=["social"], engine="serial")
    written = {path: path.stat().st_mtime_ns for path in out.rglob("*") if path.is_file()}
    code = textwrap.dedent(f"""
        import sys
        from housestyle.cli import main
        status = main(["gallery", "--cookbook", {str(cookbook)!r}, "--out", {str(out)!r},
                       "--brand", "ou", "--size", "social", "--jobs", "1"])
        assert status == 1, status  # its broken recipe is still broken
        assert not any(name.startswith("housestyle_gallery_recipe") for name in sys.modules)
        drawing = ["plotnine", "pandas", "matplotlib.pyplot", "matplotlib.figure",
                   "matplotlib.axes", "housestyle.batch._tasks", "housestyle.output._export",
                   "housestyle.description"]
        loaded = [name for name in drawing if name in sys.modules]
        assert loaded == [], loaded
        assert "jinja2" not in sys.modules and "pygments" not in sys.modules  # pages kept
    """)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "0 drawn, 6 unchanged" in done.stderr
    again = {path: path.stat().st_mtime_ns for path in out.rglob("*") if path.is_file()}
    assert again == written, "a build that changed nothing wrote files"


def test_user_errors(tmp_path):
    with pytest.raises(HouseStyleError, match="cookbook: .* is not a folder"):
        build_gallery(tmp_path / "missing", tmp_path / "out")
    (tmp_path / "empty").mkdir()
    with pytest.raises(HouseStyleError, match="cookbook: no recipe"):
        build_gallery(tmp_path / "empty", tmp_path / "out")
    cookbook = write_cookbook(tmp_path / "cb")
    with pytest.raises(HouseStyleError, match="brand: no shipped brand called 'nope'"):
        build_gallery(cookbook, tmp_path / "out", brands=["nope"])
    with pytest.raises(HouseStyleError, match="jobs"):
        build_gallery(cookbook, tmp_path / "out", jobs=0)
    with pytest.raises(HouseStyleError, match="size: unknown size preset 'huge'"):
        build_gallery(cookbook, tmp_path / "out", sizes=["huge"])
    assert not (tmp_path / "out").exists()


def test_command_line_reports_a_missing_folder(tmp_path, capsys):
    assert main(["gallery", "--cookbook", str(tmp_path / "nope"), "--out", str(tmp_path)]) == 2
    assert "is not a folder" in capsys.readouterr().err


@pytest.mark.slow  # a gallery build
def test_default_folders_are_relative_to_the_working_directory(tmp_path):
    cookbook = write_cookbook(tmp_path / "cookbook")
    (cookbook / "broken.py").unlink()
    env = {**os.environ, "MPLBACKEND": "Agg"}
    command = [sys.executable, "-m", "housestyle.cli", "gallery", "--brand", "ou", "--jobs", "1"]
    command += ["--size", "social"]
    done = subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "gallery" / "index.html").is_file()
    assert "4 charts (2 recipes x 1 brand x 2 sizes) in ou: 4 drawn, 0 unchanged" in done.stderr
    assert "Warning" not in done.stderr
    assert "1 recipe with check errors" in done.stderr  # line has no alt text


WARNS = """\
\"\"\"A recipe that warns about its own layout

It says, at one size only, that its labels are crowded, as finalise would.
\"\"\"

import warnings

import matplotlib.pyplot as plt

import housestyle

TAGS = ("bar", "matplotlib")


def recipe():
    fig, ax = plt.subplots()
    ax.bar(["a", "b"], [1, 2])
    if housestyle.current_preset().name == "social":
        warnings.warn("labels crowd at social; shorten them", housestyle.LayoutWarning)
    return housestyle.finalise(fig, title="Two bars", source="Made up", alt="Two bars")
"""


def warns_command(tmp_path: Path, *sizes: str) -> tuple[Path, list[str]]:
    """A cookbook of the WARNS recipe, and the gallery command over it at ``sizes`` in ou."""
    cookbook = tmp_path / "cb"
    cookbook.mkdir()
    (cookbook / "warns.py").write_text(WARNS)
    out = tmp_path / "site"
    command = ["gallery", "--cookbook", str(cookbook), "--out", str(out), "--brand", "ou"]
    for size in sizes:
        command += ["--size", size]
    return out, [*command, "--jobs", "1"]


@pytest.mark.slow  # a gallery build
def test_layout_warnings_go_to_the_page_and_formats_per_size_are_opt_in(
    tmp_path, fixed_package, capsys
):
    out, command = warns_command(tmp_path, "social", "print-column")
    assert main([*command, "--size-format", "png", "--size-format", "pdf"]) == 0
    err = capsys.readouterr().err
    assert "LayoutWarning" not in err and "labels crowd" not in err  # not printed mid-build
    assert "3 charts (1 recipe x 1 brand x 3 sizes) in ou: 3 drawn" in err
    assert "1 chart with layout notes on its page" in err
    page = (out / "recipes" / "warns.html").read_text()
    assert page.count("</span> labels crowd at social; shorten them</p>") == 1
    social, column = out / "images" / "ou" / "social", out / "images" / "ou" / "print-column"
    assert sorted(p.name for p in social.iterdir()) == ["warns.pdf", "warns.png"]  # no thumbnail

    assert main(command) == 0  # back to the default formats: the PDF at social is removed
    assert "2 drawn, 1 unchanged" in capsys.readouterr().err  # and the PNG at print-column
    assert sorted(p.name for p in social.iterdir()) == ["warns.webp"]
    assert sorted(p.name for p in column.iterdir()) == ["warns-thumb.webp", "warns.pdf"]
    linked = set(parse(out / "recipes" / "warns.html").attr("a", "href"))
    for folder in (social, column):
        for path in folder.iterdir():
            if path.name != "warns-thumb.webp":  # the thumbnail is an img, the rest links
                assert f"../images/ou/{folder.name}/{path.name}" in linked, path.name
    assert main([*command, "--size-format", "gif"]) == 2
    assert "size_formats: 'gif' not allowed" in capsys.readouterr().err


@pytest.mark.slow  # a gallery build
def test_a_size_with_only_a_vector_format_is_thumbnailed_and_opens_the_vector(
    tmp_path, fixed_package, capsys
):
    out, command = warns_command(tmp_path, "social")
    command += ["--size-format", "pdf"]
    assert main(command) == 0, capsys.readouterr().err
    social = out / "images" / "ou" / "social"
    assert sorted(p.name for p in social.iterdir()) == ["warns-thumb.webp", "warns.pdf"]
    with Image.open(social / "warns-thumb.webp") as thumb:
        assert thumb.width == 360, "drawn from a PNG made for the thumbnail alone"
    card = size_cards(out / "recipes" / "warns.html", "ou")["social"]
    assert card["full"] == "../images/ou/social/warns.pdf"
    assert card["downloads"] == ["../images/ou/social/warns.pdf"]


def test_a_failure_at_one_size_is_reported_with_its_brand_and_size(capsys):
    from housestyle.gallery._build import GalleryResult
    from housestyle.gallery._gallery_command import _report_failures

    entry = {"status": "ok", "sizes": {"social": {"status": "failed", "error": "KeyError: 'x'"}}}
    result = GalleryResult(Path("."), [], ["ou"], failed=["bars"], charts={"bars": {"ou": entry}})
    _report_failures(result)
    assert capsys.readouterr().err == "gallery: bars failed: ou social: KeyError: 'x'\n"
