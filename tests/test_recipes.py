"""The recipe contract: reading, finding, loading, resolving and running recipes."""

from __future__ import annotations

import sys
import textwrap

import matplotlib.pyplot as plt
import pytest
from matplotlib.figure import Figure

import housestyle
from housestyle import HouseStyleError
from housestyle.batch._recipes import (
    chart_function,
    find_recipes,
    load_recipe,
    read_recipe,
    run_recipe,
)
from tests.helpers import write_cookbook

CHART = textwrap.dedent('''
    """A chart

    Teaching text.
    """
    import matplotlib.pyplot as plt

    import housestyle

    TAGS = ("line", "matplotlib")


    def recipe(points: int = 3):
        fig, ax = plt.subplots()
        ax.plot(range(points))
        return housestyle.finalise(fig, title="A chart", source="Tests")


    def unfinished():
        fig, ax = plt.subplots()
        return fig
''')


# --------------------------------------------------------------------------- reading


def test_reading_a_recipe_needs_no_import(tmp_path):
    cookbook = write_cookbook(tmp_path)
    recipes, others = find_recipes(cookbook)
    assert [r.slug for r in recipes] == ["bars", "broken", "line"]
    assert cookbook / "helper.py" in others
    bars = read_recipe(cookbook / "bars.py")
    assert bars.title == "Three bars"
    assert bars.tags == ("bar", "matplotlib")
    assert bars.body.startswith("Bars start at **zero**")
    assert read_recipe(cookbook / "line.py").library == "matplotlib"
    plot = tmp_path / "dots.py"
    plot.write_text(
        '"""Dots\n\nText."""\nfrom plotnine import ggplot\nTAGS = ("scatter",)\n'
        "def recipe():\n    pass\n"
    )
    assert read_recipe(plot).library == "plotnine"


def test_a_file_that_does_not_parse_is_still_a_recipe(tmp_path):
    path = tmp_path / "broken-chart.py"
    path.write_text("def recipe(:\n")
    recipe = read_recipe(path)
    assert (recipe.slug, recipe.title, recipe.tags) == ("broken-chart", "broken-chart", ())
    assert recipe.library == "matplotlib"


def test_two_files_with_one_slug_are_refused(tmp_path):
    for name in ("a b.py", "a-b.py"):
        (tmp_path / name).write_text("def recipe():\n    pass\n")
    with pytest.raises(HouseStyleError, match="two recipe files give the same page name"):
        find_recipes(tmp_path)


# --------------------------------------------------------------------------- loading


def test_loads_with_its_folder_on_the_path(tmp_path):
    (tmp_path / "_shared.py").write_text("VALUE = 42\n")
    (tmp_path / "my-chart.py").write_text(
        "from _shared import VALUE\n\ndef recipe():\n    return VALUE\n"
    )
    before = list(sys.path)
    module = load_recipe(tmp_path / "my-chart.py", "t")
    assert module.recipe() == 42 and module.__name__ == "t_my_chart"
    assert sys.path == before


def test_not_a_python_file(tmp_path):
    with pytest.raises(HouseStyleError, match=r"is not a Python file; allowed: a \.py file"):
        load_recipe(tmp_path / "missing.py")


@pytest.fixture
def importable(tmp_path, monkeypatch):
    """``recipes_test_charts``, importable by name for this test only."""
    (tmp_path / "recipes_test_charts.py").write_text(CHART)
    monkeypatch.syspath_prepend(str(tmp_path))
    yield tmp_path / "recipes_test_charts.py"
    sys.modules.pop("recipes_test_charts", None)


def test_chart_function_from_a_file_a_module_spec_a_module_and_a_function(importable):
    name = "recipes_test_charts"
    from_file, found = chart_function(importable)
    assert (from_file.__name__, found) == ("recipe", name)
    assert chart_function(str(importable))[0].__name__ == "recipe"
    function, found = chart_function(f"{name}:unfinished")
    assert (function.__name__, found) == ("unfinished", name)
    module = sys.modules[name]
    assert chart_function(module) == (module.recipe, name)
    assert chart_function(module.unfinished) == (module.unfinished, "unfinished")


@pytest.mark.parametrize(
    ("target", "message"),
    [
        ("nothing-here.txt", "PATH: 'nothing-here.txt' is not a Python file; allowed: the path"),
        ("missing.py", "PATH: 'missing.py' does not exist"),
        ("no_such_module_xyz", "PATH: cannot import 'no_such_module_xyz'"),
        ("json:recipe", "PATH: module 'json' has no recipe\\(\\) function"),
        (42, "PATH: a int is not a recipe"),
    ],
)
def test_chart_function_names_what_is_wrong(target, message):
    with pytest.raises(HouseStyleError, match=message):
        chart_function(target, field="PATH")


# --------------------------------------------------------------------------- running


def test_run_recipe_renders_in_the_brand_and_size_asked_for(tmp_path):
    (tmp_path / "chart.py").write_text(CHART)
    function, _ = chart_function(tmp_path / "chart.py")
    fig = run_recipe(function, "night", kwargs={"points": 5})
    info = housestyle.finalised(fig)
    assert info.brand.name == "night" and info.title == "A chart"
    assert len(fig.axes[0].lines[0].get_xdata()) == 5
    assert housestyle.current_brand().name == "ou", "the brand is context for the call only"


def test_run_recipe_refuses_anything_but_the_finished_figure(tmp_path):
    (tmp_path / "chart.py").write_text(CHART)
    module = load_recipe(tmp_path / "chart.py", "t")
    plt.close("all")
    with pytest.raises(HouseStyleError, match=r"unfinished\(\) returned a Figure that "):
        run_recipe(module.unfinished)
    assert plt.get_fignums() == [], "the refused figure is closed"
    with pytest.raises(HouseStyleError, match=r"<lambda>\(\) returned a int; allowed: the fin"):
        run_recipe(lambda: 1)


def test_run_recipe_finishes_a_figure_or_a_ggplot_when_asked(tmp_path):
    import pandas as pd
    from plotnine import aes, geom_point, ggplot

    (tmp_path / "chart.py").write_text(CHART)
    module = load_recipe(tmp_path / "chart.py", "t")
    fig = run_recipe(module.unfinished, "night", "social", finish=True)
    info = housestyle.finalised(fig)
    assert (info.brand.name, info.preset.name) == ("night", "social")
    plot = ggplot(pd.DataFrame({"x": [1, 2], "y": [2, 1]}), aes("x", "y")) + geom_point()
    fig = run_recipe(lambda: plot, size="print-column", finish=True)
    assert isinstance(fig, Figure)
    assert housestyle.finalised(fig).preset.name == "print-column"
    plt.close("all")
