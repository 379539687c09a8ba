"""The cookbook as a desk reads it: headlines that say what they rest on, and the BBC how-tos.

Every recipe's docstring has a ``Headline rests on:`` line naming the data and the
computation behind its title (the desk's first question, ``cookbook/CHECKLIST.md``),
and the cookbook README lists them. Each of the 38 how-tos of the BBC's R cookbook is
taught in a recipe's docstring with a code block that shows it, in matplotlib and in
plotnine, and the README's how-to table lists all 38 where they are taught.
"""

from __future__ import annotations

import re

import pytest

from tests.helpers import COOKBOOK, RECIPES, SLUGS

README = (COOKBOOK / "README.md").read_text(encoding="utf-8")
#: Recipes of other libraries, added by other branches, are read by their own tests.
OURS = [s for s in SLUGS if s.startswith(("mpl_", "p9_", "table_"))]

#: (how-to, ((matplotlib recipe, what its docstring's code shows),
#:           (plotnine recipe, what its docstring's code shows)))
HOWTOS: list[tuple[str, tuple[tuple[str, str], tuple[str, str]]]] = [
    ("Make a line chart", (("mpl_line", "ax.plot("), ("p9_line", "geom_line("))),
    (
        "Make a multiple line chart",
        (("mpl_lines_labelled", "ax.plot("), ("p9_lines_labelled", "geom_line(")),
    ),
    ("Make a bar chart", (("mpl_bar_sorted", "ax.barh("), ("p9_bar_sorted", "geom_col("))),
    (
        "Make a stacked bar chart",
        (("mpl_stacked_100", "left="), ("p9_stacked_100", "position_fill(")),
    ),
    (
        "Make a grouped bar chart",
        (("mpl_grouped_bar", "ax.bar("), ("p9_grouped_bar", "position_dodge(")),
    ),
    ("Make a dumbbell chart", (("mpl_dumbbell", "hlines("), ("p9_dumbbell", "geom_segment("))),
    ("Make a histogram", (("mpl_histogram", "bins="), ("p9_histogram", "geom_histogram("))),
    (
        "Remove the legend",
        (("mpl_lines_labelled", ".remove()"), ("p9_waterfall", 'legend_position="none"')),
    ),
    ("Move the legend", (("mpl_tile_map", "bbox_to_anchor="), ("p9_tile_map", "legend_position"))),
    (
        "Remove the legend title",
        (("mpl_contributions", "title=None"), ("p9_contributions", "labs(fill=None)")),
    ),
    (
        "Reverse the order of the legend",
        (("mpl_contributions", "[::-1]"), ("p9_tile_map", "reverse=True")),
    ),
    ("Lay a legend out in n rows", (("mpl_strip_plot", "ncols="), ("p9_contributions", "nrow="))),
    (
        "Change the legend symbols",
        (("mpl_tile_map", "handleheight="), ("p9_bubble", "override_aes")),
    ),
    (
        "Add space between legend labels",
        (("mpl_tile_map", "labelspacing="), ("p9_contributions", "legend_key_spacing_x")),
    ),
    (
        "Change the legend text size",
        (("mpl_strip_plot", "fontsize=brand.type.legend"), ("p9_contributions", "legend_text=")),
    ),
    ("Flip the coordinates", (("mpl_bar_sorted", "ax.barh("), ("p9_bar_sorted", "coord_flip()"))),
    (
        "Add or remove gridlines",
        (("mpl_bar_sorted", "ax.grid("), ("p9_bar_sorted", "panel_grid_major_x")),
    ),
    (
        "Change the axis text by hand (the unit on the last label)",
        (("mpl_growth_columns", 'labels[-1] += "%"'), ("p9_strip_plot", "labels=")),
    ),
    (
        "Add thousands separators",
        (("mpl_lines_labelled", ":,.0f"), ("p9_lines_labelled", "big_mark")),
    ),
    ("Add a percent sign", (("mpl_line", "PercentFormatter("), ("p9_line", "percent"))),
    ("Change the axis limits", (("mpl_line", "ax.set_ylim("), ("p9_line", "limits="))),
    (
        "Add and change axis titles",
        (("mpl_scatter_trend", "ax.set_xlabel("), ("p9_scatter_trend", "labs(x=")),
    ),
    (
        "Add axis tick marks",
        (("mpl_growth_columns", "tick_params("), ("p9_growth_columns", "axis_ticks")),
    ),
    ("Add an annotation", (("mpl_annotated", "ax.annotate("), ("p9_annotated", 'annotate("'))),
    ("Labels with line breaks", (("mpl_fan_chart", "\\n"), ("p9_fan_chart", "\\n"))),
    (
        "Left- or right-align text",
        (("mpl_event_markers", 'ha="left"'), ("p9_event_markers", "ha=")),
    ),
    (
        "Label bars from the data",
        (("mpl_highlight_bar", "bar_label("), ("p9_highlight_bar", "geom_text(")),
    ),
    (
        "Labels at a fixed position in bars",
        (("mpl_bar_sorted", "xytext="), ("p9_bar_sorted", "LABEL_AT")),
    ),
    (
        "Add a line (segment)",
        (("mpl_indexed_lines", "ax.plot([first, last]"), ("p9_event_markers", "geom_segment(")),
    ),
    ("Add a curved line", (("mpl_annotated", "connectionstyle"), ("p9_annotated", "geom_path("))),
    ("Add an arrow", (("mpl_scatter_trend", "arrowprops="), ("p9_annotated", "arrow="))),
    (
        "Add a line across the whole plot",
        (("mpl_event_markers", "ax.axvline("), ("p9_diverging_bar", "geom_hline(")),
    ),
    (
        "Small multiples (facets)",
        (("mpl_small_multiples", "plt.subplots(2, 3"), ("p9_small_multiples", "facet_wrap(")),
    ),
    ("Free scales", (("mpl_small_multiples", "sharey"), ("p9_small_multiples", "free_y"))),
    (
        "Increase or decrease margins",
        (("mpl_bump_chart", "ax.margins("), ("p9_bump_chart", "expand=")),
    ),
    ("Reorder bars by size", (("mpl_bar_sorted", "sort_values("), ("p9_bar_sorted", "reorder("))),
    ("Reorder bars by hand", (("mpl_strip_plot", "pd.Categorical("), ("p9_error_bars", "limits="))),
    (
        "Colour bars conditionally",
        (("mpl_highlight_bar", "highlight"), ("p9_highlight_bar", "highlight")),
    ),
]


def _code(slug: str) -> list[str]:
    """The ``python`` code blocks of a recipe's docstring."""
    return re.findall(r"```python\n(.*?)```", RECIPES[slug].body, re.S)


def _headline(slug: str) -> str:
    found = re.search(r"Headline rests on:(.*?)(?:\n\n|$)", RECIPES[slug].body, re.S)
    return " ".join(found.group(1).split()) if found else ""


@pytest.mark.parametrize("slug", OURS)
def test_every_recipe_says_what_its_headline_rests_on(slug: str) -> None:
    basis = _headline(slug)
    assert basis, f"{slug}: the docstring needs a 'Headline rests on:' line"
    assert len(basis.split()) >= 15, f"{slug}: say the data, the computation and the numbers"
    assert "`" in basis or "synthetic" in basis, f"{slug}: name the data set the headline uses"
    assert re.search(r"\d", basis), f"{slug}: give the numbers the headline rests on"


def test_the_readme_lists_every_headline_basis() -> None:
    for slug in OURS:
        row = next(
            (line for line in README.splitlines() if line.startswith(f"| `{slug}.py` |")), ""
        )
        assert _headline(slug)[:60] in row or _headline(slug)[:60] in README, slug


def test_the_checklist_is_there_and_asks_the_desk_questions() -> None:
    checklist = (COOKBOOK / "CHECKLIST.md").read_text(encoding="utf-8")
    questions = re.findall(r"^- \[ \] ", checklist, re.M)
    assert len(questions) >= 15
    for topic in ("base", "rate", "interval", "source", "twin", "Headline rests on"):
        assert topic.lower() in checklist.lower(), topic


def test_there_are_38_howtos_each_in_both_libraries() -> None:
    assert len(HOWTOS) == 38
    assert len({name for name, _ in HOWTOS}) == 38
    for _, ((mpl, _), (p9, _)) in HOWTOS:
        assert mpl.startswith("mpl_") and p9.startswith("p9_")


@pytest.mark.parametrize(("name", "places"), HOWTOS, ids=[name for name, _ in HOWTOS])
def test_each_howto_is_taught_in_a_docstring_with_code(
    name: str, places: tuple[tuple[str, str], tuple[str, str]]
) -> None:
    for slug, shown in places:
        assert slug in RECIPES, f"{name}: no recipe {slug}"
        assert any(shown in block for block in _code(slug)), (
            f"{name}: the docstring of {slug} has no code block showing {shown!r}"
        )


def test_the_readme_howto_table_lists_all_38_where_they_are_taught() -> None:
    rows = {
        cells[0]: cells[1:]
        for line in README.split("## Where each BBC how-to is taught")[1]
        .split("\n## ")[0]
        .splitlines()
        if line.startswith("| ") and not line.startswith(("| how-to", "|---"))
        for cells in [[c.strip() for c in line.strip("|").split("|")]]
    }
    assert len(rows) == 38
    for name, ((mpl, _), (p9, _)) in HOWTOS:
        assert rows.get(name) == [f"`{mpl}.py`", f"`{p9}.py`"], name
