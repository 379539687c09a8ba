"""Labels: direct labels pushed apart the least they need; numbers with the brand's minus."""

import numpy as np
import pytest

import housestyle
from housestyle import format_number, spread_labels, with_minus


def test_labels_far_apart_do_not_move():
    assert spread_labels([1.0, 5.0, 9.0], gap=2.0) == [1.0, 5.0, 9.0]


@pytest.mark.parametrize("seed", range(20))
def test_order_gap_and_centre_are_kept(seed):
    values = np.random.default_rng(seed).normal(0, 3, 7)
    placed = np.array(spread_labels(values, gap=1.5))
    order = np.argsort(values, kind="stable")
    assert np.all(np.diff(placed[order]) >= 1.5 - 1e-6)  # neighbours at least a gap apart
    assert list(np.argsort(placed, kind="stable")) == list(order)  # the same order
    assert placed.mean() == pytest.approx(values.mean())  # the cluster stays centred


def test_accepts_a_series_and_returns_positions_in_its_order():
    import pandas as pd

    values = pd.Series([3.0, 1.0, 1.2], index=["c", "a", "b"])
    assert spread_labels(values, gap=1.0) == pytest.approx([3.0, 0.6, 1.6])


# --------------------------------------------------------------------------- #
# The brand's minus sign: format_number() and with_minus()
# --------------------------------------------------------------------------- #

MINUS = "\N{MINUS SIGN}"


@pytest.fixture
def hyphen_brand(tmp_path):
    path = tmp_path / "hyphen.yaml"
    path.write_text("extends: ou\nname: hyphen\ntype: {unicode_minus: false}\n")
    return housestyle.load_brand(path)


@pytest.mark.parametrize(
    ("value", "spec", "written"),
    [
        (-2, "g", f"{MINUS}2"),
        (2, "g", "2"),
        (-1.64, "+.1f", f"{MINUS}1.6"),
        (0.74, "+.1f", "+0.7"),
        (-504.2, "+,.0f", f"{MINUS}504"),
        (-12345.6, ",.0f", f"{MINUS}12,346"),
        (-0.04, ".1f", "0.0"),  # rounds to zero: no sign of its own
        (-0.04, "+.1f", "+0.0"),
        (-1e-5, "g", f"{MINUS}1e-05"),  # the exponent's hyphen is not a minus of the number
        (-0.25, ".0%", f"{MINUS}25%"),
    ],
)
def test_format_number_writes_the_brands_minus(value, spec, written):
    assert format_number(value, spec, brand="ou") == written


def test_format_number_follows_the_current_brand(hyphen_brand):
    assert format_number(-3) == f"{MINUS}3"  # ou, the default
    with housestyle.style(hyphen_brand):
        assert format_number(-3) == "-3"
        assert format_number(-3, brand="ou") == f"{MINUS}3"  # a brand given wins
    assert format_number(-0.01, ".1f", brand=hyphen_brand) == "0.0"


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("-5", f"{MINUS}5"),
        ("-$5bn", f"{MINUS}$5bn"),
        ("-.5", f"{MINUS}.5"),
        ("from -2 to -1%", f"from {MINUS}2 to {MINUS}1%"),
        ("(-3)", f"({MINUS}3)"),
        ("Two-seater", "Two-seater"),
        ("2000-01-01", "2000-01-01"),
        ("1990-2000", "1990-2000"),
        ("Q3-4", "Q3-4"),
        ("- 5", "- 5"),
        ("", ""),
    ],
)
def test_with_minus_changes_only_hyphens_that_start_numbers(text, written):
    assert with_minus(text, brand="ou") == written


def test_with_minus_leaves_text_alone_for_a_hyphen_brand(hyphen_brand):
    assert with_minus("-5 and -6", brand=hyphen_brand) == "-5 and -6"
