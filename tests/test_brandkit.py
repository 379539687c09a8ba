"""``housestyle brand new`` and ``housestyle brand check``: a user's brand started, checked.

Brands are written in temporary folders as a user would. The check's figures are
recomputed here from :mod:`housestyle.ink._colour`; its suggestions are held to what they
promise (the colour passes, keeps its hue, and is the nearest that does).
"""

from __future__ import annotations

import itertools
import json
import re
import shutil
import warnings
from pathlib import Path

import matplotlib as mpl
import numpy as np
import pytest
from colorspacious import cspace_convert
from matplotlib.colors import to_rgb

import housestyle
from housestyle import HouseStyleError, load_brand
from housestyle.brandkit._brandcheck import check_brand, palette_report
from housestyle.brandkit._report import VISIONS, distance_matrices
from housestyle.brandkit._rules import TILE_CONTRAST
from housestyle.brandkit._suggest import best_order, nearest_distinct, nearest_passing
from housestyle.cli import main
from housestyle.ink._colour import contrast_ratio, cvd_distance

MPL_FONTS = Path(mpl.get_data_path()) / "fonts" / "ttf"
HEX = re.compile(r"#[0-9a-f]{6}")
TAB10 = (
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
    "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf",
)  # fmt: skip


def flow(colours) -> str:
    """A YAML flow list of colours, quoted (a bare # starts a comment)."""
    return "[" + ", ".join(f'"{c}"' for c in colours) + "]"


def brand_file(folder: Path, text: str, name: str = "user") -> Path:
    path = folder / f"{name}.yaml"
    path.write_text(f"extends: ou\nname: {name}\n{text}")
    return path


def hue(colour: str) -> float:
    return float(cspace_convert(to_rgb(colour), "sRGB1", "JCh")[2])


def run(capsys, *args: str) -> tuple[int, str, str]:
    status = main(["brand", *args])
    out, err = capsys.readouterr()
    return status, out, err


# --------------------------------------------------------------------------- #
# The shipped brands pass
# --------------------------------------------------------------------------- #


@pytest.mark.parametrize("name", housestyle.brands())
def test_shipped_brands_pass_their_own_checks(name, capsys):
    status, out, _ = run(capsys, "check", name)
    assert status == 0, out
    report = check_brand(name)
    assert report.ok and not report.errors
    assert out.rstrip().endswith("passes")
    # the figures are those of housestyle.ink._colour, and of palette_report
    brand = load_brand(name)
    text = next(s for s in report.swatches if s.role == "colours.text")
    assert text.contrast == round(contrast_ratio(brand.colours.text, brand.colours.background), 2)
    categorical = next(p for p in report.palettes if p.name == "categorical")
    first = categorical.pairs[0]
    assert first.neighbours and (first.first, first.second) == (0, 1)
    expected = cvd_distance(*first.colours, "deuteranopia")
    assert first.distances["deuteranopia"] == round(expected, 1)
    legacy = palette_report(name)
    assert legacy["distances"]["protanopia"]["all_pairs"] == min(
        p.distances["protanopia"] for p in categorical.pairs
    )
    # ou and night were ordered for greyscale: no order does better, keeping the first
    assert report.order.colours == brand.palettes["categorical"]


def test_the_shipped_brands_pass_their_own_check_without_a_warning():
    """Both ramps start at 1.5:1 or more on the page and night's focus pair is 10 apart
    in greyscale, as brand check asked (the ramps once started at 1.15 and 1.18:1)."""
    for name in ("ou", "night"):
        report = check_brand(name)
        assert report.ok and report.warnings == [], (name, report.warnings)


# --------------------------------------------------------------------------- #
# A bad palette fails, with suggestions that do what they say
# --------------------------------------------------------------------------- #


@pytest.fixture
def tab10(tmp_path):
    """matplotlib's tab10 as a brand's palette, muted text too pale, a pale ramp."""
    return brand_file(
        tmp_path,
        'colours: {muted_text: "#aaaaaa", gain: "#2ca02c", loss: "#d62728"}\n'
        f"palettes:\n  categorical: {flow(TAB10)}\n"
        '  sequential: ["#f7fbff", "#6baed6", "#08306b"]\n',
    )


def test_a_bad_palette_fails_with_exit_1_and_names_each_problem(tab10, capsys):
    status, out, _ = run(capsys, "check", str(tab10))
    assert status == 1
    report = check_brand(tab10)
    rules = {(f.rule, f.severity) for f in report.findings}
    assert ("contrast", "error") in rules  # #ff7f0e is 2.53:1: too faint even for marks
    assert ("distinct", "error") in rules  # orange and green merge in protanopia
    assert ("label_contrast", "warning") in rules  # green at 3.4:1: marks yes, labels no
    assert ("ramp_end", "warning") in rules
    assert report.errors == [f for f in report.findings if f.severity == "error"]
    assert "muted_text #aaaaaa" in out and "suggestion: use #767676" in out
    assert out.rstrip().endswith("fails")


def test_each_contrast_suggestion_passes_keeps_the_hue_and_is_the_nearest(tab10):
    report = check_brand(tab10)
    background = report.background
    for finding in report.findings:
        if finding.rule not in ("contrast", "label_contrast"):
            continue
        was = HEX.findall(finding.subject)[-1]
        needs = {"contrast": 3.0, "label_contrast": 4.5}[finding.rule]
        if "muted_text" in finding.subject:
            needs = 4.5
        now = HEX.findall(finding.suggestion)[0]
        assert contrast_ratio(now, background) >= needs, finding
        if "#7f7f7f" not in finding.subject:  # a grey has no hue to keep
            assert abs(hue(now) - hue(was)) < 4, finding


@pytest.mark.parametrize(
    ("colour", "background", "ratio"),
    [
        ("#9ecae1", "#ffffff", 3.0),
        ("#ffd92f", "#ffffff", 4.5),
        ("#17becf", "#ffffff", 4.5),
        ("#3b4cc0", "#171c26", 4.5),  # darker than its dark page: it must get lighter
        ("#e8f0f8", "#ffffff", TILE_CONTRAST),
    ],
)
def test_nearest_passing_is_the_first_lightness_of_its_hue_that_passes(colour, background, ratio):
    found = nearest_passing(colour, background, ratio)
    assert contrast_ratio(found.colour, background) >= ratio
    assert abs(hue(found.colour) - hue(colour)) < 4
    assert found.distance > 0
    # one lightness step less of a move does not pass: it is the nearest
    j, c, h = cspace_convert(to_rgb(colour), "sRGB1", "JCh")
    jn = cspace_convert(to_rgb(found.colour), "sRGB1", "JCh")[0]
    closer = cspace_convert([jn - np.sign(jn - j) * 0.6, c, h], "JCh", "sRGB1")
    assert contrast_ratio(tuple(np.clip(closer, 0, 1)), background) < ratio


def test_a_colour_that_passes_is_its_own_nearest():
    found = nearest_passing("#1f5c99", "#ffffff", 4.5)
    assert (found.colour, found.distance) == ("#1f5c99", 0.0)


def test_nearest_distinct_stands_apart_in_every_vision_asked():
    found = nearest_distinct(
        "#2ca02c", ["#ff7f0e", "#1f77b4"], 10, ("normal", "protanopia"), "#ffffff", 3.0
    )
    for other in ("#ff7f0e", "#1f77b4"):
        for vision in ("normal", "protanopia"):
            assert distance_matrices([found.colour, other])[vision][0, 1] >= 10
    assert contrast_ratio(found.colour, "#ffffff") >= 3.0


def brute_force_order(colours):
    grids = distance_matrices(colours)
    worst = np.minimum.reduce([grids[v] for v in VISIONS])
    best = max(
        itertools.permutations(range(1, len(colours))),
        key=lambda rest: min(worst[a, b] for a, b in itertools.pairwise((0, *rest))),
    )
    order = (0, *best)
    return min(worst[a, b] for a, b in itertools.pairwise(order))


def test_best_order_is_the_exhaustive_optimum_and_keeps_the_first_colour():
    colours = list(TAB10[:8])
    found = best_order(colours)
    assert found.exhaustive and found.colours[0] == colours[0]
    assert sorted(found.colours) == sorted(colours)
    assert found.smallest == round(brute_force_order(colours), 1)  # 5,040 orders
    assert found.better and found.current < found.smallest


def test_best_order_of_many_colours_is_bounded():
    colours = [*TAB10, "#393b79", "#637939", "#8c6d31"]
    found = best_order(colours, steps=50)
    assert not found.exhaustive
    assert sorted(found.colours) == sorted(colours) and found.smallest >= found.current


def test_the_suggested_repair_passes_what_it_says(tab10):
    report = check_brand(tab10)
    six = brand_file(tab10.parent, f"palettes:\n  categorical: {flow(TAB10[:6])}\n", "six")
    mended = check_brand(six).repairs["categorical"]
    assert mended.passes and mended.changes
    for colour in mended.colours:
        assert contrast_ratio(colour, "#ffffff") >= 4.5
    grids = distance_matrices(mended.colours)
    for vision in ("normal", "deuteranopia", "protanopia", "tritanopia"):
        apart = grids[vision] + np.eye(len(mended.colours)) * 100
        assert apart.min() >= 10, vision
    # ten colours at 4.5:1 cannot all be 10 apart for every reader: it says so
    assert not report.repairs["categorical"].passes
    distinct = next(f for f in report.findings if f.rule == "distinct")
    assert "fewer colours" in distinct.suggestion


# --------------------------------------------------------------------------- #
# What each colour is held to
# --------------------------------------------------------------------------- #


def test_a_series_colour_fine_for_marks_but_not_labels_is_a_warning(tmp_path, capsys):
    # #2ca02c is 3.4:1 on white: marks need 3:1, labels in its colour 4.5:1
    path = brand_file(
        tmp_path,
        'palettes:\n  categorical: ["#1f5c99", "#2ca02c", "#8c0c60", "#b15f06", '
        '"#3d5204", "#9445f0"]\n',
    )
    status, _, _ = run(capsys, "check", str(path))
    report = check_brand(path)
    assert [f.rule for f in report.findings if "#2ca02c" in f.subject] == ["label_contrast"]
    assert status == (0 if report.ok else 1)


def test_text_below_its_threshold_is_an_error_with_the_brands_own_threshold(tmp_path):
    path = brand_file(tmp_path, 'colours: {muted_text: "#777777"}\n')  # 4.48:1
    assert [f.rule for f in check_brand(path).errors] == ["contrast"]
    relaxed = brand_file(
        tmp_path, 'colours: {muted_text: "#777777"}\nchecks: {text_contrast: 4.4}\n', "relaxed"
    )
    assert not [f for f in check_brand(relaxed).findings if "muted_text" in f.subject]


def test_ramp_labels_and_faint_tiles_are_flagged(tmp_path):
    path = brand_file(
        tmp_path,
        'colours: {text: "#333333"}\npalettes:\n  sequential: ["#f5f5f5", "#888888", "#1b1b1b"]\n',
    )
    findings = {f.rule: f for f in check_brand(path).findings}
    labels = findings["ramp_labels"]
    assert "#888888" in labels.message  # the middle: 3.5:1 with white, 3.6:1 with #333
    end = findings["ramp_end"]
    suggested = HEX.findall(end.suggestion)[0]
    assert contrast_ratio(suggested, "#ffffff") >= TILE_CONTRAST


def test_json_report(tab10, capsys):
    status, out, _ = run(capsys, "check", str(tab10), "--json")
    data = json.loads(out)
    assert status == 1 and data["ok"] is False and data["errors"] >= 2
    assert data["visions"] == list(VISIONS)
    first = data["palettes"][0]
    assert first["name"] == "categorical" and first["pairs"][0]["neighbours"] is True
    assert set(first["pairs"][0]["distances"]) == set(VISIONS)
    assert all(f["fix"] for f in data["findings"])
    assert data["order"]["colours"][0] == "#1f77b4"


def test_a_broken_file_fails_the_check_with_its_line(tmp_path, capsys):
    path = brand_file(tmp_path, 'colours:\n  primary: "#12345"\n')
    status, out, _ = run(capsys, "check", str(path))
    assert status == 1
    assert f"{path}:4: colours.primary" in out
    status, out, _ = run(capsys, "check", str(path), "--json")
    assert json.loads(out)["error"].startswith(f"{path}:4:")


def test_a_missing_brand_is_a_usage_error(tmp_path, capsys):
    status, _, err = run(capsys, "check", str(tmp_path / "none.yaml"))
    assert status == 2 and "does not exist" in err
    status, _, err = run(capsys, "check", "nosuchbrand")
    assert status == 2 and "no shipped brand" in err


def test_unusable_fonts_and_logo_are_errors(tmp_path):
    (tmp_path / "fake.ttf").write_bytes(b"not a font")
    (tmp_path / "logo.svg").write_text("<svg")
    path = brand_file(
        tmp_path,
        "fonts: {family: Nowhere Sans, files: {regular: fake.ttf, bold: fake.ttf}}\n"
        "footer: {logo: logo.svg}\n",
    )
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # the check reports; it does not warn
        report = check_brand(path)
    assert {f.rule for f in report.errors} == {"fonts", "logo"}
    assert report.fonts["usable"] is False


# --------------------------------------------------------------------------- #
# housestyle brand new
# --------------------------------------------------------------------------- #


@pytest.fixture
def files(tmp_path):
    source = tmp_path / "given"
    source.mkdir()
    shutil.copy(MPL_FONTS / "DejaVuSerif.ttf", source)
    shutil.copy(MPL_FONTS / "DejaVuSerif-Bold.ttf", source)
    (source / "logo.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="80" height="10">'
        '<rect width="80" height="10" fill="#0a7d5a"/></svg>'
    )
    return source


def test_brand_new_writes_a_commented_brand_that_loads(tmp_path, files, capsys):
    out = tmp_path / "brand"
    status, printed, _ = run(
        capsys,
        "new",
        "dept",
        "--out",
        str(out),
        "--primary",
        "#7A1F5C",
        "--font-regular",
        str(files / "DejaVuSerif.ttf"),
        "--font-bold",
        str(files / "DejaVuSerif-Bold.ttf"),
        "--logo",
        str(files / "logo.svg"),
    )
    assert status == 0, printed
    assert sorted(p.name for p in out.iterdir()) == [
        "DejaVuSerif-Bold.ttf",
        "DejaVuSerif.ttf",
        "dept.yaml",
        "logo.svg",
    ]
    brand = load_brand(out / "dept.yaml")
    assert brand.name == "dept" and brand.colours.primary == "#7a1f5c"
    assert brand.fonts.family == "DejaVu Serif"
    assert brand.fonts.regular == (out / "DejaVuSerif.ttf").resolve()
    assert brand.fonts.italic is None and brand.footer.logo == (out / "logo.svg").resolve()
    ou = load_brand("ou")
    assert brand.palettes["categorical"] == ("#7a1f5c", *ou.palettes["categorical"][1:])
    text = (out / "dept.yaml").read_text()
    assert text.count("\n# ") + text.count("  # ") > 15, "commented"
    assert f"# text: {json.dumps(ou.colours.text)}" in text  # inherited values shown
    assert "checked: dept (dept.yaml)" in printed


def test_brand_new_with_a_palette_and_nothing_else(tmp_path, capsys):
    palette = "#7a1f5c,#0a7d5a,#c25e00,#2f5fb3,#8a6d00,#a23a8f"
    status, _, _ = run(capsys, "new", "plain", "--out", str(tmp_path), "--palette", palette)
    assert status == 0
    brand = load_brand(tmp_path / "plain.yaml")
    assert brand.palettes["categorical"] == tuple(palette.split(","))
    assert brand.colours.primary == "#7a1f5c"
    assert (
        brand.fonts == load_brand("ou").fonts and brand.footer.logo == load_brand("ou").footer.logo
    )


def test_brand_new_extends_a_users_brand_by_relative_path(tmp_path, capsys):
    parent = brand_file(tmp_path, 'colours: {primary: "#0a7d5a"}\n', "parent")
    out = tmp_path / "child"
    assert run(capsys, "new", "child", "--out", str(out), "--extends", str(parent))[0] == 0
    assert 'extends: "../parent.yaml"' in (out / "child.yaml").read_text()
    assert load_brand(out / "child.yaml").colours.primary == "#0a7d5a"


def test_brand_new_never_overwrites(tmp_path, files, capsys):
    (tmp_path / "dept.yaml").write_text("mine")
    status, _, err = run(capsys, "new", "dept", "--out", str(tmp_path))
    assert status == 2 and "exists" in err and "--out" in err
    assert (tmp_path / "dept.yaml").read_text() == "mine"
    (tmp_path / "logo.svg").write_text("my logo")
    status, _, err = run(
        capsys, "new", "other", "--out", str(tmp_path), "--logo", str(files / "logo.svg")
    )
    assert status == 2 and "logo.svg exists" in err
    assert not (tmp_path / "other.yaml").exists()
    assert (tmp_path / "logo.svg").read_text() == "my logo"


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (["ou"], "NAME"),
        (["my brand"], "NAME"),
        (["x", "--primary", "#12"], "--primary"),
        (["x", "--primary", "blue"], "--primary"),
        (["x", "--palette", "#111111,#222222"], "--palette"),
        (["x", "--palette", "#111111,#222222,#333333,#444444,#555555,#nothex"], "--palette"),
        (["x", "--palette", "#111111,#222222,#333333,#444444,#555555,#111111"], "--palette"),
        (["x", "--font-regular", "{given}/DejaVuSerif.ttf"], "--font-bold"),
        (["x", "--font-bold", "{given}/DejaVuSerif-Bold.ttf"], "--font-regular"),
        (
            [
                "x",
                "--font-regular",
                "{given}/DejaVuSerif-Bold.ttf",
                "--font-bold",
                "{given}/DejaVuSerif.ttf",
            ],
            "--font-regular",
        ),
        (
            [
                "x",
                "--font-regular",
                "{given}/DejaVuSerif.ttf",
                "--font-bold",
                f"{MPL_FONTS}/DejaVuSans-Bold.ttf",
            ],
            "--font-bold",
        ),
        (
            ["x", "--font-regular", "{given}/logo.svg", "--font-bold", "{given}/logo.svg"],
            "--font-regular",
        ),
        (["x", "--logo", "{given}/missing.svg"], "--logo"),
        (["x", "--logo", "{given}/DejaVuSerif.ttf"], "--logo"),
        (["x", "--logo", "{given}/broken.svg"], "--logo"),
        (["x", "--extends", "nosuchbrand"], "--extends"),
        (["x", "--out", "{given}/logo.svg"], "--out"),
    ],
)
def test_brand_new_names_each_bad_argument_in_one_line_and_writes_nothing(
    tmp_path, files, capsys, args, named
):
    (files / "broken.svg").write_text("<svg><rect")
    out = tmp_path / "out"
    given = [a.replace("{given}", str(files)) for a in args]
    if "--out" not in given:
        given += ["--out", str(out)]
    status, _, err = run(capsys, "new", *given)
    assert status == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"housestyle brand: {named}: "), err
    assert not out.exists(), "nothing is written"


def test_new_brand_in_python_names_parameters(tmp_path):
    from housestyle.brandkit._scaffold import new_brand

    with pytest.raises(HouseStyleError, match=r"^primary: '#12' is not a colour"):
        new_brand("x", tmp_path, primary="#12")
    path = new_brand(
        "x", tmp_path, palette=["#7a1f5c", "#0a7d5a", "#c25e00", "#2f5fb3", "#8a6d00", "#a23a8f"]
    )
    assert load_brand(path).name == "x"


def test_the_brands_readme_shows_what_brand_new_says(tmp_path, files, capsys):
    readme = (Path(housestyle.__file__).parent / "brand" / "brands" / "README.md").read_text()
    shown = next(line for line in readme.splitlines() if line.startswith("housestyle brand: "))
    shutil.copy(MPL_FONTS / "DejaVuSans-Bold.ttf", files)
    given = ["--font-regular", str(files / "DejaVuSerif.ttf")]
    given += ["--font-bold", str(files / "DejaVuSans-Bold.ttf")]
    status, _, err = run(capsys, "new", "dept", "--out", str(tmp_path / "out"), *given)
    assert status == 2 and err.strip() == shown
