"""A brand names its dark (and light) twin: ``variants: {dark: night}``."""

from __future__ import annotations

import pytest

import housestyle
from housestyle import HouseStyleError, load_brand


def test_ou_names_night_as_its_dark_twin_and_night_names_ou_as_its_light():
    ou, night = load_brand("ou"), load_brand("night")
    assert ou.variant("dark") is night and ou.variant("light") is None
    assert night.variant("light") is ou
    assert night.variant("dark") is None, "variants are not inherited from ou"


def test_a_brand_extending_ou_has_no_twin_until_it_names_one(tmp_path):
    plain = tmp_path / "acme.yaml"
    plain.write_text("extends: ou\nname: acme\ncolours: {primary: '#7a1f5c'}\n")
    assert load_brand(plain).variant("dark") is None
    dark = tmp_path / "acme-dark.yaml"
    dark.write_text("extends: night\nname: acme-dark\n")
    twinned = tmp_path / "acme2.yaml"
    twinned.write_text("extends: ou\nname: acme2\nvariants: {dark: acme-dark.yaml}\n")
    assert load_brand(twinned).variant("dark").name == "acme-dark"


def test_a_twin_that_cannot_be_found_names_file_line_and_field(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text("extends: ou\nname: bad\nvariants:\n  dark: nowhere\n")
    with pytest.raises(
        HouseStyleError,
        match=r"bad.yaml:4: variants.dark: cannot find the brand 'nowhere' for the dark variant",
    ):
        load_brand(path)
    other = tmp_path / "odd.yaml"
    other.write_text("extends: ou\nname: odd\nvariants: {dusk: night}\n")
    with pytest.raises(HouseStyleError, match="unknown field 'dusk'.*dark, light"):
        load_brand(other)


def test_only_dark_and_light_are_appearances():
    with pytest.raises(HouseStyleError, match="appearance: 'dusk'.*allowed: dark, light"):
        housestyle.load_brand("ou").variant("dusk")
