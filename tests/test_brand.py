"""The brand file: loading, extends, and validation errors with file and line."""

from __future__ import annotations

import math
import re
import shutil
import textwrap
from pathlib import Path

import pytest

import housestyle
from housestyle import HouseStyleError, load_brand
from housestyle.brand._brand import BRANDS_DIR


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
    return path


def test_shipped_brands_listed_and_load():
    assert housestyle.brands() == ["night", "ou"]
    for name in housestyle.brands():
        brand = load_brand(name)
        assert brand.name == name
        assert len(brand.palettes["categorical"]) >= 6


def test_ou_values_come_from_the_yaml():
    brand = load_brand("ou")
    assert brand.colours.primary == "#1f5c99"
    assert brand.palettes["categorical"][0] == brand.colours.primary
    assert brand.palettes["focus"] == (brand.colours.highlight, brand.colours.grey)
    assert brand.fonts.family == "Lato"
    assert brand.fonts.regular.name == "Lato-Regular.ttf" and brand.fonts.regular.is_file()
    assert brand.footer.logo is not None and brand.footer.logo.suffix == ".svg"


def test_context_lines_are_thinner_than_data_and_bands_translucent():
    for name in ("ou", "night"):
        brand = load_brand(name)
        assert 0 < brand.lines.context < brand.lines.data
        assert 0 < brand.marks.band_opacity < 1


def test_a_brand_sets_its_own_context_width_and_band_opacity(tmp_path):
    path = write(
        tmp_path,
        "b.yaml",
        "extends: ou\nname: b\nlines: {context: 0.5}\nmarks: {band_opacity: 1}\n",
    )
    brand = load_brand(path)
    assert (brand.lines.context, brand.marks.band_opacity) == (0.5, 1.0)
    assert brand.lines.data == load_brand("ou").lines.data  # the rest is inherited


def test_night_extends_ou_and_overrides_only_some_fields():
    ou, night = load_brand("ou"), load_brand("night")
    assert night.colours.background != ou.colours.background
    assert night.fonts.family == "Roboto"
    assert night.type == ou.type  # inherited
    assert night.presets == ou.presets


def test_presets_have_exact_sizes():
    brand = load_brand("ou")
    assert brand.preset("web").pixels == (640, 450)
    assert brand.preset("social").pixels == (1200, 675)
    slide = brand.preset("slide")
    assert slide.pixels[0] * 9 == slide.pixels[1] * 16
    column = brand.preset("print-column")
    assert column.dpi == 300 and column.pixels == (round(86 / 25.4 * 300), round(70 / 25.4 * 300))
    web_family = {p.type_scale for p in brand.presets.values() if p.family == "web"}
    assert len(web_family) == 1


def test_unknown_preset_names_the_allowed():
    with pytest.raises(HouseStyleError, match="unknown size preset 'poster'.*allowed: web"):
        load_brand("ou").preset("poster")


def test_unknown_shipped_brand():
    with pytest.raises(HouseStyleError, match="no shipped brand called 'bbc'; allowed: night, ou"):
        load_brand("bbc")


def test_user_brand_extends_with_own_font_and_logo(tmp_path):
    shutil.copy(BRANDS_DIR.parents[2] / "fonts/roboto/Roboto-Regular.ttf", tmp_path / "Mine.ttf")
    shutil.copy(BRANDS_DIR / "ou-logo.svg", tmp_path / "mark.svg")
    path = write(
        tmp_path,
        "mine.yaml",
        """
        extends: ou
        name: mine
        fonts:
          family: Roboto
          files: {regular: Mine.ttf, bold: Mine.ttf}
        colours:
          primary: "#aa3377"
        footer:
          logo: mark.svg
        """,
    )
    brand = load_brand(path)
    assert brand.name == "mine"
    assert brand.colours.primary == "#aa3377"
    assert brand.colours.text == load_brand("ou").colours.text
    assert brand.fonts.regular == (tmp_path / "Mine.ttf").resolve()
    # Another family replaces ou's fonts as a unit: none of Lato's files are kept.
    assert (brand.fonts.italic, brand.fonts.bold_italic) == (None, None)
    assert brand.fonts.fallback == load_brand("ou").fonts.fallback  # not a family's field
    assert brand.footer.logo == (tmp_path / "mark.svg").resolve()


def test_brand_cache_sees_edits(tmp_path):
    path = write(tmp_path, "b.yaml", 'extends: ou\nname: b\ncolours: {primary: "#112233"}\n')
    assert load_brand(path).colours.primary == "#112233"
    path.write_text('extends: ou\nname: b\ncolours: {primary: "#445566"}\n# changed\n')
    import os

    os.utime(path, ns=(1, 10**18))
    assert load_brand(path).colours.primary == "#445566"


# Each malformed brand: its text, the line the error must name, and a pattern for the rest.
MALFORMED = {
    "unknown key": (
        "extends: ou\nname: x\ncolour:\n  text: '#000000'\n",
        3,
        r"colour: unknown field",
    ),
    "unknown nested key": (
        "extends: ou\nname: x\ncolours:\n  txt: '#000000'\n",
        4,
        r"colours\.txt: unknown field 'txt'; allowed: the fields text, muted_text",
    ),
    "short hex": (
        "extends: ou\nname: x\ncolours:\n  primary: '#12345'\n",
        4,
        r"colours\.primary: '#12345' is not a colour; allowed: a hex colour",
    ),
    "colour word": (
        "extends: ou\nname: x\ncolours:\n  primary: bleu\n",
        4,
        r"colours\.primary: 'bleu' is not a colour",
    ),
    "wrong type": (
        "extends: ou\nname: x\ntype:\n  title: big\n",
        4,
        r"type\.title: 'big' is not a number; allowed: a finite number > 0",
    ),
    "negative size": (
        "extends: ou\nname: x\ntype:\n  subtitle: -3\n",
        4,
        r"type\.subtitle: -3 is out of range; allowed: a finite number > 0",
    ),
    "zero size": (
        "extends: ou\nname: x\nfooter:\n  logo_height: 0\n",
        4,
        r"footer\.logo_height: 0 is out of range",
    ),
    "boolean as number": (
        "extends: ou\nname: x\nlines:\n  data: true\n",
        4,
        r"lines\.data: True is not a number",
    ),
    "short palette": (
        "extends: ou\nname: x\npalettes:\n  categorical: ['#000000', '#111111']\n",
        4,
        r"palettes\.categorical: the palette has 2 colours, too few; allowed: a list of at least 6",
    ),
    "bad colour in palette": (
        "extends: ou\nname: x\npalettes:\n  focus:\n    - '#000000'\n    - nope\n",
        6,
        r"palettes\.focus\[1\]: 'nope' is not a colour",
    ),
    "missing font": (
        "extends: ou\nname: x\nfonts:\n  files:\n    regular: Nope.ttf\n",
        5,
        r"fonts\.files\.regular: 'Nope\.ttf' does not exist",
    ),
    "font of wrong type": (
        "extends: ou\nname: x\nfonts:\n  files:\n    bold: Lato-Bold.otf\n",
        5,
        r"unsupported file type; allowed: the path of an existing \.ttf file",
    ),
    "missing logo": (
        "extends: ou\nname: x\nfooter:\n  logo: nowhere.svg\n",
        4,
        r"footer\.logo: 'nowhere\.svg' does not exist",
    ),
    "bad choice": (
        "extends: ou\nname: x\nlayout:\n  legend_position: middle\n",
        4,
        r"layout\.legend_position: 'middle' is not one of the choices; allowed: top, bottom",
    ),
    "section not mapping": ("extends: ou\nname: x\nlayout: 3\n", 3, r"layout: 3 is not a section"),
    "top level list": ("- a\n- b\n", 1, r"a brand file must be a mapping"),
    "duplicate key": ("extends: ou\nname: x\nname: y\n", 3, r"name: written twice"),
    "bad yaml": ("extends: ou\nname: [x\ncolours: {}\n", 3, r"not valid YAML"),
    "unknown parent": ("extends: bbc\nname: x\n", 1, r"extends: cannot find the brand 'bbc'"),
    "preset family": (
        "extends: ou\nname: x\npresets:\n  sizes:\n    poster: {family: wall, width: 1, height: 1, unit: px}\n",
        5,
        r"presets\.sizes\.poster\.family: 'wall' is not a size family",
    ),
    "unit": (
        "extends: ou\nname: x\npresets:\n  sizes:\n    web: {family: web, width: 1, height: 1, unit: cm}\n",
        5,
        r"unit: 'cm' is not one of the choices; allowed: px, mm, in",
    ),
    "python tag is not executed": (
        "extends: ou\nname: !!python/object/apply:os.system ['echo hi']\n",
        2,
        r"not valid YAML",
    ),
    "infinite width": (
        "extends: ou\nname: x\nlines:\n  data: .inf\n",
        4,
        r"lines\.data: inf is not a finite number; allowed: a finite number > 0",
    ),
    "not a number": (
        "extends: ou\nname: x\ntype:\n  title: .nan\n",
        4,
        r"type\.title: nan is not a finite number",
    ),
    "minus infinite margin": (
        "extends: ou\nname: x\nlayout:\n  margins:\n    left: -.inf\n",
        5,
        r"layout\.margins\.left: -inf is not a finite number",
    ),
    "dpi too high": (
        "extends: ou\nname: x\npresets:\n  families:\n    web: {dpi: 100000, type_scale: 1}\n",
        5,
        r"presets\.families\.web\.dpi: 100000 is out of range; allowed: a finite number > 0 "
        r"and <= 1200",
    ),
    "preset too many pixels": (
        "extends: ou\nname: x\npresets:\n  sizes:\n"
        "    poster: {family: web, width: 20000, height: 20000, unit: px}\n",
        5,
        r"presets\.sizes\.poster: the preset would render 60,000 x 60,000 px at 300 dpi; "
        r"allowed: images of at most 100 megapixels",
    ),
    "print preset too many pixels": (
        "extends: ou\nname: x\npresets:\n  sizes:\n"
        "    print-page: {family: print, width: 2000, height: 1000, unit: mm}\n",
        5,
        r"presets\.sizes\.print-page: the preset would render 47,244 x 23,622 px at 600 dpi",
    ),
    "preset too long a side": (
        "extends: ou\nname: x\npresets:\n  sizes:\n"
        "    banner: {family: web, width: 40000, height: 10, unit: px}\n",
        5,
        r"presets\.sizes\.banner: .*allowed: .*65,535 px on a side",
    ),
    "preset under a pixel": (
        "extends: ou\nname: x\npresets:\n  sizes:\n"
        "    dot: {family: web, width: 0.2, height: 10, unit: px}\n",
        5,
        r"presets\.sizes\.dot: the preset is 0 x 10 px at 100 dpi; allowed: at least 1 px",
    ),
    "unknown palette kind": (
        "extends: ou\nname: x\npalettes:\n  greens:\n    kind: ramp\n"
        "    colours: ['#000000', '#ffffff']\n",
        5,
        r"palettes\.greens\.kind: 'ramp' is not one of the choices; allowed: qualitative, "
        r"sequential, diverging, focus",
    ),
    "palette not a list": (
        "extends: ou\nname: x\npalettes:\n  greens: '#000000'\n",
        4,
        r"palettes\.greens: '#000000' is not a palette; allowed: a list of at least 2",
    ),
    "bad colour in a palette mapping": (
        "extends: ou\nname: x\npalettes:\n  sequential:\n    colours:\n"
        "      - '#000000'\n      - darkish\n",
        7,
        r"palettes\.sequential\.colours\[1\]: 'darkish' is not a colour",
    ),
    "font files without bold": (
        "extends: ou\nname: x\nfonts:\n  family: Mine\n  files:\n    regular: Lato-Regular.ttf\n",
        5,
        r"fonts\.files: the field 'bold' is missing",
    ),
    "line limit not whole": (
        "extends: ou\nname: x\ntables:\n  max_lines: 2.5\n",
        4,
        r"tables\.max_lines: 2\.5 is not a whole number; allowed: a whole number from 1",
    ),
    "plot share above one": (
        "extends: ou\nname: x\nlayout:\n  min_plot_share: 1.5\n",
        4,
        r"layout\.min_plot_share: 1\.5 is out of range; allowed: a finite number > 0 and <= 1",
    ),
    "minus sign not a flag": (
        "extends: ou\nname: x\ntype:\n  unicode_minus: 'yes'\n",
        4,
        r"type\.unicode_minus: 'yes' is not true or false",
    ),
    "unknown pad": (
        "extends: ou\nname: x\nlayout:\n  pads:\n    tick: 3\n",
        5,
        r"layout\.pads\.tick: unknown field 'tick'; allowed: the fields tick_label, axis_title",
    ),
    "context line of no width": (
        "extends: ou\nname: x\nlines:\n  context: 0\n",
        4,
        r"lines\.context: 0 is out of range; allowed: a finite number > 0",
    ),
    "band opacity above one": (
        "extends: ou\nname: x\nmarks:\n  band_opacity: 20\n",
        4,
        r"marks\.band_opacity: 20 is out of range; allowed: a finite number > 0 and <= 1",
    ),
    "band opacity of nothing": (
        "extends: ou\nname: x\nmarks:\n  band_opacity: 0\n",
        4,
        r"marks\.band_opacity: 0 is out of range",
    ),
    "list as a field name": ("extends: ou\n? [a, b]\n: 1\n", 2, r"a field name is a list"),
    "alias loop": ("extends: ou\nname: &a [x, *a]\n", 2, r"an alias refers to a node that"),
    "nested too deep": (
        "extends: ou\nname: x\ndescription: " + "[" * 40 + "]" * 40 + "\n",
        3,
        r"nests too deeply; allowed: at most 32 levels",
    ),
}


@pytest.mark.parametrize("case", MALFORMED, ids=list(MALFORMED))
def test_malformed_brand_names_file_line_field(tmp_path, case):
    text, line, pattern = MALFORMED[case]
    path = tmp_path / "bad.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(HouseStyleError) as info:
        load_brand(path)
    message = str(info.value)
    assert message.startswith(f"{path}:{line}: "), message
    assert re.search(pattern, message), message


def test_not_utf8(tmp_path):
    path = tmp_path / "latin1.yaml"
    path.write_bytes("name: Caf\xe9\n".encode("latin-1"))
    with pytest.raises(HouseStyleError, match=r"latin1\.yaml:1: .*not UTF-8 text"):
        load_brand(path)


def test_missing_required_field_in_root_brand(tmp_path):
    text = re.sub(r"\n  gain: [^\n]*", "", (BRANDS_DIR / "ou.yaml").read_text())
    path = tmp_path / "root.yaml"
    path.write_text(text)
    with pytest.raises(HouseStyleError, match=r"colours: the field 'gain' is missing"):
        load_brand(path)


def test_extends_cycle(tmp_path):
    write(tmp_path, "a.yaml", "extends: b.yaml\nname: a\n")
    write(tmp_path, "b.yaml", "extends: a.yaml\nname: b\n")
    with pytest.raises(HouseStyleError, match=r"b\.yaml:1: extends: the extends chain loops"):
        load_brand(tmp_path / "a.yaml")


def test_self_extends(tmp_path):
    write(tmp_path, "a.yaml", "extends: a.yaml\nname: a\n")
    with pytest.raises(HouseStyleError, match=r"a\.yaml:1: extends: the extends chain loops"):
        load_brand(tmp_path / "a.yaml")


def test_error_is_value_error():
    assert issubclass(HouseStyleError, ValueError)


def test_not_a_brand_argument():
    with pytest.raises(HouseStyleError, match="is not a brand"):
        load_brand(42)  # type: ignore[arg-type]


def test_brand_pickles_as_a_reference():
    import pickle

    brand = load_brand("night")
    assert pickle.loads(pickle.dumps(brand)) == brand


def test_no_colour_literals_outside_brand_files():
    """The brand YAML is the only place a colour is written in the package."""
    package = Path(housestyle.__file__).parent
    hex_colour = re.compile(r"['\"]#[0-9a-fA-F]{6}['\"]")
    offenders = [
        f"{path.name}:{n}"
        for path in package.rglob("*.py")
        for n, line in enumerate(path.read_text().splitlines(), 1)
        if hex_colour.search(line)
    ]
    assert offenders == []


def test_resized_preset_keeps_family_and_rounds_up_to_pixels():
    brand = load_brand("ou")
    column = brand.preset("print-column").resized("table", width_pt=200.2, height_pt=100)
    assert (column.family, column.dpi, column.type_scale, column.unit) == ("print", 300, 0.62, "mm")
    assert column.pixels == (math.ceil(200.2 / 72 * 300), math.ceil(100 / 72 * 300))
    web = brand.preset("web").resized("table", height_pt=72)
    assert web.pixels == (640, 100) and web.name == "table"


# --------------------------------------------------------------------------- #
# Hostile files are refused quickly, before they are expanded
# --------------------------------------------------------------------------- #


def alias_bomb(levels: int = 9) -> str:
    """A brand file whose aliases expand to 9 ** levels strings ("billion laughs")."""
    lines = ["extends: ou", "name: bomb", 'a0: &a0 ["lol", "lol", "lol", "lol", "lol"]']
    for level in range(1, levels):
        lines.append(f"a{level}: &a{level} [" + ", ".join([f"*a{level - 1}"] * 9) + "]")
    return "\n".join(lines) + "\n"


def test_alias_bomb_refused_before_expansion_in_well_under_a_second(tmp_path):
    import time

    path = tmp_path / "bomb.yaml"
    path.write_text(alias_bomb(9))
    start = time.perf_counter()
    with pytest.raises(HouseStyleError, match=r"bomb\.yaml:\d+: .*would expand to more than"):
        load_brand(path)
    assert time.perf_counter() - start < 0.5


def test_anchors_that_repeat_a_few_values_still_load(tmp_path):
    path = write(
        tmp_path,
        "anchored.yaml",
        """
        extends: ou
        name: anchored
        colours:
          primary: &p "#224466"
          highlight: &h "#aa4400"
        palettes:
          focus: [*h, *p]
          pairs: &pairs [*p, *h, *p, *h]
          again: *pairs
        """,
    )
    brand = load_brand(path)
    assert brand.palettes["again"] == ("#224466", "#aa4400") * 2
    assert brand.palettes["focus"] == ("#aa4400", "#224466")


def test_oversized_file_refused_unread(tmp_path):
    path = tmp_path / "huge.yaml"
    path.write_text("extends: ou\nname: huge\n# " + "x" * 1_100_000 + "\n")
    with pytest.raises(HouseStyleError, match=r"huge\.yaml:1: .*1,100,0\d\d bytes; allowed: .*"):
        load_brand(path)


# --------------------------------------------------------------------------- #
# The cache: keyed on every file a brand was read from
# --------------------------------------------------------------------------- #


def touch_later(path: Path) -> None:
    """Give ``path`` a modification time clearly after any it had."""
    import os

    stamp = path.stat().st_mtime_ns + 10**9
    os.utime(path, ns=(stamp, stamp))


def test_editing_a_parent_brand_reloads_the_child(tmp_path):
    parent = write(
        tmp_path, "parent.yaml", 'extends: ou\nname: parent\ncolours: {primary: "#112233"}\n'
    )
    child = write(tmp_path, "child.yaml", "extends: parent.yaml\nname: child\n")
    assert load_brand(child).colours.primary == "#112233"
    parent.write_text('extends: ou\nname: parent\ncolours: {primary: "#445566"}\n')
    touch_later(parent)
    assert load_brand(child).colours.primary == "#445566"


def test_cache_is_kept_until_a_font_or_logo_file_changes(tmp_path):
    shutil.copy(BRANDS_DIR / "ou-logo.svg", tmp_path / "mark.svg")
    font = BRANDS_DIR.parents[2] / "fonts/roboto"
    for style in ("Regular", "Bold"):
        shutil.copy(font / f"Roboto-{style}.ttf", tmp_path / f"Roboto-{style}.ttf")
    path = write(
        tmp_path,
        "files.yaml",
        """
        extends: ou
        name: files
        fonts:
          family: Roboto
          files: {regular: Roboto-Regular.ttf, bold: Roboto-Bold.ttf}
        footer: {logo: mark.svg}
        """,
    )
    first = load_brand(path)
    assert load_brand(path) is first  # cached while nothing changed
    touch_later(tmp_path / "mark.svg")
    second = load_brand(path)
    assert second is not first
    assert load_brand(path) is second
    touch_later(tmp_path / "Roboto-Bold.ttf")
    assert load_brand(path) is not second


def test_a_deleted_parent_is_an_error_not_a_stale_brand(tmp_path):
    parent = write(tmp_path, "parent.yaml", "extends: ou\nname: parent\n")
    child = write(tmp_path, "child.yaml", "extends: parent.yaml\nname: child\n")
    load_brand(child)
    parent.unlink()
    with pytest.raises(HouseStyleError, match=r"child\.yaml:1: extends: cannot find the brand"):
        load_brand(child)


# --------------------------------------------------------------------------- #
# Palette kinds are data
# --------------------------------------------------------------------------- #


def test_palette_kinds_come_from_the_file_and_survive_a_list_override(tmp_path):
    ou, night = load_brand("ou"), load_brand("night")
    expected = {
        "categorical": "qualitative",
        "sequential": "sequential",
        "diverging": "diverging",
        "focus": "focus",
    }
    assert dict(ou.palette_kinds) == expected
    # night writes its ramps as plain lists over ou's: they keep their kinds
    assert dict(night.palette_kinds) == expected
    assert night.palettes["sequential"] != ou.palettes["sequential"]
    parent = write(
        tmp_path,
        "kinds.yaml",
        """
        extends: ou
        name: kinds
        palettes:
          greens: {kind: sequential, colours: ["#e5f5e0", "#31a354"]}
          sites: ["#1b9e77", "#d95f02", "#7570b3"]
        """,
    )
    brand = load_brand(parent)
    assert brand.palette_kinds["greens"] == "sequential"
    assert brand.palette_kinds["sites"] == "qualitative"  # a new list
    child = write(
        tmp_path,
        "child.yaml",
        """
        extends: kinds.yaml
        name: child
        palettes:
          greens: {kind: qualitative}
          sites: {kind: focus}
        """,
    )
    brand = load_brand(child)
    assert dict(brand.palette_kinds) == {
        **expected,
        "greens": "qualitative",  # the kind alone changed
        "sites": "focus",
    }
    assert brand.palettes["greens"] == ("#e5f5e0", "#31a354")  # its colours kept
    assert brand.palettes["sites"] == ("#1b9e77", "#d95f02", "#7570b3")  # a list widened


def test_a_required_palette_of_the_wrong_kind_is_refused(tmp_path):
    root = (BRANDS_DIR / "ou.yaml").read_text()
    start = root.index("  sequential:\n")
    end = root.index("  diverging:\n")
    as_list = '  sequential: ["#e8f0f8", "#0f3a66"]\n'
    path = tmp_path / "root.yaml"
    path.write_text(root[:start] + as_list + root[end:])
    shutil.copy(BRANDS_DIR / "ou-logo.svg", tmp_path)
    line = root[:start].count("\n") + 1
    with pytest.raises(HouseStyleError) as info:
        load_brand(path)
    assert str(info.value) == (
        f"{path}:{line}: palettes.sequential: the palette is qualitative, but the 'sequential' "
        "palette is the brand's default sequential palette; allowed: "
        "{kind: sequential, colours: [...]}"
    )


# --------------------------------------------------------------------------- #
# Fonts merge within one family only
# --------------------------------------------------------------------------- #


def test_same_family_merges_field_by_field(tmp_path):
    path = write(
        tmp_path,
        "same.yaml",
        "extends: ou\nname: same\nfonts: {family: Lato, fallback: DejaVu Serif}\n",
    )
    brand, ou = load_brand(path), load_brand("ou")
    assert brand.fonts.files == ou.fonts.files and brand.fonts.fallback == "DejaVu Serif"


def test_installed_family_without_files(tmp_path):
    path = write(tmp_path, "inst.yaml", "extends: ou\nname: inst\nfonts: {family: DejaVu Serif}\n")
    fonts = load_brand(path).fonts
    assert fonts.family == "DejaVu Serif" and fonts.installed and fonts.files == ()
    assert fonts.fallback == load_brand("ou").fonts.fallback


def test_a_grandchild_adds_a_style_to_its_parents_family(tmp_path):
    roboto = BRANDS_DIR.parents[2] / "fonts/roboto"
    for style in ("Regular", "Bold", "Italic"):
        shutil.copy(roboto / f"Roboto-{style}.ttf", tmp_path / f"R-{style}.ttf")
    write(
        tmp_path,
        "child.yaml",
        "extends: ou\nname: child\nfonts:\n  family: Roboto\n"
        "  files: {regular: R-Regular.ttf, bold: R-Bold.ttf}\n",
    )
    path = write(
        tmp_path,
        "grandchild.yaml",
        "extends: child.yaml\nname: grandchild\nfonts:\n  files: {italic: R-Italic.ttf}\n",
    )
    fonts = load_brand(path).fonts
    assert fonts.family == "Roboto"
    assert fonts.regular == (tmp_path / "R-Regular.ttf").resolve()
    assert fonts.italic == (tmp_path / "R-Italic.ttf").resolve()
    assert fonts.bold_italic is None


# --------------------------------------------------------------------------- #
# The module's public face after the split, and the brands command
# --------------------------------------------------------------------------- #


def test_brand_module_reexports_what_others_import():
    from housestyle import errors
    from housestyle.brand import _brand as brand

    assert brand.HouseStyleError is errors.HouseStyleError
    for name in ("Brand", "SizePreset", "load_brand", "brands", "BrandLike", "SizeLike"):
        assert name in brand.__all__ and hasattr(brand, name)
    assert brand.DEFAULT_BRAND == "ou" and brand.BRANDS_DIR.is_dir()


def test_brands_command_lists_names_and_descriptions(capsys):
    from housestyle.cli import main

    assert main(["brands"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in lines] == housestyle.brands()
    assert load_brand("night").description in lines[0]


def test_an_endless_extends_chain_is_refused(tmp_path):
    for n in range(30):
        write(tmp_path, f"b{n}.yaml", f"extends: b{n + 1}.yaml\nname: b{n}\n")
    write(tmp_path, "b30.yaml", "extends: ou\nname: b30\n")
    with pytest.raises(HouseStyleError, match=r"b15\.yaml:1: extends: the extends chain is longer"):
        load_brand(tmp_path / "b0.yaml")
    assert load_brand(tmp_path / "b16.yaml").name == "b16"  # 15 files, then ou
