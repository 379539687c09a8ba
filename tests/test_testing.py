"""housestyle.testing: the image-test mark, the pinned setup and the version check."""

from __future__ import annotations

import locale
import tomllib
import warnings
from pathlib import Path

import matplotlib as mpl
import pytest

import housestyle
from housestyle import testing

ROOT = Path(__file__).resolve().parent.parent

pytest_plugins = ["pytester"]


def _pyproject_pins() -> dict[str, str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    pins = {}
    for requirement in project["optional-dependencies"]["test"]:
        name, _, version = requirement.partition("==")
        pins[name.strip().lower()] = version.strip()
    return pins


def test_pinned_versions_come_from_the_test_extra() -> None:
    pins = testing.pinned_versions()
    expected = _pyproject_pins()
    for name in testing.PINNED:
        assert pins[name] == expected[name]


def test_pinned_versions_of_an_unknown_distribution_are_empty() -> None:
    assert testing.pinned_versions("no-such-distribution-xyz") == {}


def test_check_versions_warns_when_a_version_differs(monkeypatch: pytest.MonkeyPatch) -> None:
    pins = testing.pinned_versions()
    monkeypatch.setattr(
        testing, "_installed", lambda name: "0.0.1" if name == "mizani" else pins.get(name)
    )
    with pytest.warns(testing.VersionWarning, match=r"mizani 0\.0\.1 \(pinned"):
        differ = testing.check_versions()
    assert differ == {"mizani": ("0.0.1", pins["mizani"])}


def test_check_versions_is_quiet_when_versions_match(monkeypatch: pytest.MonkeyPatch) -> None:
    pins = testing.pinned_versions()
    monkeypatch.setattr(testing, "_installed", pins.get)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert testing.check_versions() == {}


def test_image_mark_uses_the_brand_not_the_classic_style() -> None:
    mark = testing.image_mark("somewhere", filename="chart.png", brand="night")
    kwargs = mark.kwargs
    assert mark.name == "mpl_image_compare"
    assert kwargs["tolerance"] == 1
    assert kwargs["filename"] == "chart.png"
    assert kwargs["baseline_dir"] == "somewhere"
    assert kwargs["savefig_kwargs"]["dpi"] == "figure"
    style = kwargs["style"]
    night = housestyle.rc("night")
    assert style["axes.facecolor"] == night["axes.facecolor"]
    assert style["font.family"] == night["font.family"]
    # The rest is matplotlib's default, not classic: classic rounds axis limits.
    assert style["axes.autolimit_mode"] == "data"
    assert "backend" not in style


def test_setup_pins_and_restores(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(mpl.rcParams, "axes.autolimit_mode", "round_numbers")
    before = dict(mpl.rcParams)
    numeric = locale.setlocale(locale.LC_NUMERIC)
    with testing.setup("night") as brand:
        assert brand.name == "night"
        assert housestyle.current_brand().name == "night"
        assert mpl.get_backend().lower() == "agg"
        assert mpl.rcParams["axes.autolimit_mode"] == "data"
        assert mpl.rcParams["axes.facecolor"] == brand.colours.background
        assert locale.setlocale(locale.LC_NUMERIC) == "C"
    assert dict(mpl.rcParams) == before
    assert locale.setlocale(locale.LC_NUMERIC) == numeric
    assert housestyle.current_brand().name == "ou"


USER_TEST = """
import matplotlib.pyplot as plt
import housestyle
from housestyle.testing import image_test

pytest_plugins = ["housestyle.testing"]


@image_test(baseline_dir="baseline", filename="chart.png")
def test_chart():
    fig, ax = plt.subplots()
    ax.plot([0, 1, 2, 3], [1.0, 3.0, 2.0, 4.0], color=housestyle.current_brand().colours.{colour})
    return housestyle.finalise(fig, title="A title", subtitle="A subtitle", source="Tests")


def test_fixture(housestyle_setup):
    assert housestyle_setup.name == "ou"
    assert plt.rcParams["axes.autolimit_mode"] == "data"
"""


@pytest.mark.slow  # pytest runs pytest
def test_image_test_generates_compares_and_catches_a_change(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_user=USER_TEST.format(colour="primary"))
    generated = pytester.runpytest_subprocess(
        "--mpl-generate-path=baseline", "-p", "no:cacheprovider"
    )
    generated.assert_outcomes(skipped=1, passed=1)
    baseline = pytester.path / "baseline" / "chart.png"
    from PIL import Image

    assert Image.open(baseline).size == (640, 450)

    same = pytester.runpytest_subprocess("--mpl", "-p", "no:cacheprovider")
    same.assert_outcomes(passed=2)

    pytester.makepyfile(test_user=USER_TEST.format(colour="highlight"))
    changed = pytester.runpytest_subprocess("--mpl", "-p", "no:cacheprovider")
    changed.assert_outcomes(failed=1, passed=1)
    changed.stdout.fnmatch_lines(["*RMS Value*"])
