"""Twins in all four libraries are the same chart (issue #25).

Every ``alt_X`` and ``plotly_X`` recipe is the twin of ``mpl_X`` (``p9_X`` where there
is no matplotlib recipe): the finish records' title, subtitle, source and note are
equal, the plotted values are the same numbers (``tests/twins_four.py`` says how each
library's are read), and the same series are drawn in the same brand colours.
"""

from __future__ import annotations

import copy
import re
from collections import Counter

import matplotlib.pyplot as plt
import pytest

import housestyle
from housestyle.batch._recipes import run_recipe
from tests.helpers import OTHER_SLUGS, RECIPES, first_quick, load
from tests.twins import texts
from tests.twins_four import (
    altair_colours,
    altair_values,
    differences,
    mpl_colours,
    plotly_colours,
    plotly_values,
    trace_array,
    values,
)

pytest.importorskip("altair")
pytest.importorskip("plotly")

#: The Altair and Plotly recipes, each with the name its twins share.
OTHERS = sorted(
    (slug, slug.split("_", 1)[1]) for slug in (*OTHER_SLUGS["altair"], *OTHER_SLUGS["plotly"])
)
#: The axes that carry values (the others place categories, or dates the libraries
#: store in different units), per name.
VALUE_AXES: dict[str, tuple[str, ...]] = {
    "line": ("y",),
    "lines_labelled": ("x", "y"),
    "bar_sorted": ("x",),
    "highlight_bar": ("x",),
    "grouped_bar": ("y",),
    "scatter_trend": ("x", "y"),
    "stacked_area": ("x", "y"),
    "heatmap": ("value",),
}
#: Charts whose drawn geometry is not their values: only the set of colours compares
#: (a stacked area's outline is cumulative; a heatmap's tiles come from a colour ramp
#: each library interpolates in its own way).
COLOUR_SETS_ONLY = {"stacked_area"}
NO_COLOURS = {"heatmap"}


def twin_of(name: str) -> str:
    """The matplotlib recipe of ``name``, else the plotnine one."""
    return next(f"{prefix}{name}" for prefix in ("mpl_", "p9_") if f"{prefix}{name}" in RECIPES)


def _run(slug: str):
    return run_recipe(load(slug).recipe, "ou")


@pytest.fixture(scope="module")
def twins() -> dict[str, object]:
    """The finished matplotlib twin of every name, drawn once."""
    charts = {name: _run(twin_of(name)) for name in {name for _, name in OTHERS}}
    yield charts
    for chart in charts.values():
        plt.close(chart)


def _same_values(name: str, ours: dict, theirs: dict) -> list[str]:
    out = []
    for axis in VALUE_AXES[name]:
        mine, twin = ours.get(axis), theirs.get(axis)
        assert twin, f"{name}: the matplotlib twin draws no values on {axis}"
        only_ours, only_twin = differences(mine or Counter(), twin)
        if only_ours or only_twin:
            out.append(f"{axis}: only here {only_ours[:6]}, only in the twin {only_twin[:6]}")
    return out


def test_every_name_has_both_twins_and_a_reader() -> None:
    assert len(OTHERS) >= 16, OTHERS
    assert {name for _, name in OTHERS} <= set(VALUE_AXES)
    assert all(twin_of(name) for _, name in OTHERS)


def _headline(slug: str) -> str:
    found = re.search(r"Headline rests on:(.*?)(?:\n\n|$)", RECIPES[slug].body, re.S)
    return " ".join(found.group(1).split()) if found else ""


@pytest.mark.parametrize(("slug", "name"), OTHERS)
def test_the_headline_rests_on_what_the_twins_does(slug: str, name: str) -> None:
    basis = _headline(slug)
    assert basis, f"{slug}: the docstring needs a 'Headline rests on:' line"
    assert basis == _headline(twin_of(name)), "the same headline on the same basis"


@pytest.mark.parametrize(("slug", "name"), first_quick(OTHERS))
def test_texts_are_the_twins(slug: str, name: str, twins: dict) -> None:
    chart = _run(slug)
    assert texts(chart) == texts(twins[name])


@pytest.mark.parametrize(("slug", "name"), first_quick(OTHERS))
def test_values_are_the_twins(slug: str, name: str, twins: dict) -> None:
    chart = _run(slug)
    differences = _same_values(name, values(chart), values(twins[name]))
    assert not differences, "\n".join(differences)


@pytest.mark.parametrize(
    ("slug", "name"),
    first_quick([(s, n) for s, n in OTHERS if s.startswith("plotly_") and n not in NO_COLOURS]),
)
def test_plotly_colours_are_the_twins(slug: str, name: str, twins: dict) -> None:
    fig = _run(slug)
    theirs = mpl_colours(twins[name], VALUE_AXES[name])
    ours = plotly_colours(fig)
    assert ours, "the Plotly traces give their colours"
    if name in COLOUR_SETS_ONLY:
        assert {c for *_, c in ours} == {c for *_, c in theirs}
    else:
        missing = sorted(ours - theirs)
        assert not missing, (
            f"{len(missing)} values in another colour than the twin's: {missing[:6]}"
        )
        assert {c for *_, c in ours} == {c for *_, c in theirs}


@pytest.mark.parametrize(
    ("slug", "name"),
    first_quick([(s, n) for s, n in OTHERS if s.startswith("alt_") and n not in NO_COLOURS]),
)
def test_altair_colours_are_the_twins(slug: str, name: str, twins: dict) -> None:
    theirs = {c for *_, c in mpl_colours(twins[name], VALUE_AXES[name])}
    assert altair_colours(_run(slug)) == theirs


# --------------------------------------------------------------------------- the test bites


@pytest.mark.slow  # another mutation: test_one_changed_value_fails is quick
def test_a_changed_title_fails() -> None:
    mpl, chart = _run("mpl_bar_sorted"), _run("alt_bar_sorted")
    try:
        assert texts(chart) == texts(mpl), "the pair starts out the same"
        changed = housestyle.finalise(chart, title="Another headline")
        assert texts(changed) != texts(mpl)
        assert texts(changed)["title"] == "Another headline"
    finally:
        plt.close(mpl)


def test_one_changed_value_fails(twins: dict) -> None:
    fig = _run("plotly_line")
    assert not _same_values("line", plotly_values(fig), values(twins["line"]))
    changed = copy.deepcopy(fig)
    ys = trace_array(changed.data[0].y)
    ys[100] *= 1.01
    changed.data[0].y = ys
    differences = _same_values("line", plotly_values(changed), values(twins["line"]))
    assert len(differences) == 1 and differences[0].startswith("y: only here [")


@pytest.mark.slow  # another mutation: test_one_changed_value_fails is quick
def test_one_changed_value_in_an_altair_chart_fails(twins: dict) -> None:
    chart = _run("alt_grouped_bar")
    assert not _same_values("grouped_bar", altair_values(chart), values(twins["grouped_bar"]))
    changed = housestyle.finalise(
        chart.__class__.from_dict(_bump_first_value(chart.to_dict(), "cty"))
    )
    differences = _same_values("grouped_bar", altair_values(changed), values(twins["grouped_bar"]))
    assert differences, "a changed bar is seen"


def _bump_first_value(spec: dict, field: str) -> dict:
    spec = copy.deepcopy(spec)
    rows = next(rows for rows in spec["datasets"].values() if rows and field in rows[0])
    rows[0][field] += 1.0
    return spec


def test_a_changed_colour_fails(twins: dict) -> None:
    fig = _run("plotly_grouped_bar")
    fig.data[1].marker.color = housestyle.current_brand().colours.highlight
    theirs = mpl_colours(twins["grouped_bar"], VALUE_AXES["grouped_bar"])
    assert plotly_colours(fig) - theirs
