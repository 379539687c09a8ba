"""Stage report: a rally's split times rebased on the driver the reader follows.

A rally journalist's table. Every time in it is *rebased*: shown as the gap between
the driver of each row and one chosen driver, so a reader who follows that driver sees
at a glance where on the stage they gained or lost and against whom. The chosen driver
is the zero of every column: a green cell says how far the chosen driver was ahead of
that row's driver, a red cell how far behind. Rebase on another driver and the table
turns into its mirror image: the same numbers with the other sign, gains become losses.

Rows are the drivers of one class in the order they finished the stage. Columns: the
road position (the order the cars started the stage), the rebased time at each split
and at the finish, the time gained or lost between splits, the overall gap before and
after the stage, the overall position, and three small charts: the overall position
after each stage so far, the gap to the overall leader after each stage (a dot for each
stage the driver led), and the gap to the stage winner on each stage (a dot for each
stage won).

**What the house style changes.** Gains and losses are in the brand's accessible
gain and loss colours with a sign on every number and a true minus, so colour is never
the only cue; the chosen driver's row is bold. Gaps are column charts from a zero line
on one scale for every row, so bars compare down the table; the dots are in the
highlight colour. The table is sized to its content and gets the house title block.

**How to: rebase times on one driver.** Subtract the chosen driver's times from
everyone's, column by column, and colour the sign:

```python
rebased = times.sub(times.loc[driver])  # row minus the chosen driver
housestyle.table(rebased.style.format(lambda v: housestyle.format_number(v, "+.1f")),
                 colour_rules={column: "gain-loss" for column in rebased})
```

**How to: columns of small bars with dots.** A cell holding a list of numbers becomes
a column chart with ``kind="column"``; ``markers=("zero",)`` puts a dot on every zero:

```python
sparklines={"Gap to leader": {"kind": "column", "shared": True, "markers": ("zero",)}}
```

**How to: make it an app.** ``housestyle.explore(recipe, options=OPTIONS)`` turns the
parameters into controls: the class decides which drivers the rebase dropdown offers
(a function of the other controls' values), the stage is a dropdown, and the columns a
multiple selection (a ``tuple[Literal[...], ...]`` hint); its export button writes the
view at the size chosen, e.g. ``social`` for a post.

Headline rests on: the synthetic rally's stage times, computed in this recipe
(``stage_report``): on stage 5 of 8 (14.3 km) Okafor finished 4.2 s ahead of Laine, the
second quickest, and after it leads Rally1 overall by 1.9 s from Moreau.

The data are synthetic: a model rally of two classes made in this recipe from a fixed
seed (a driver's pace, per-stage form and luck, one puncture and one spin).
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

import housestyle
from housestyle.errors import HouseStyleError

TAGS = ("table", "sparkline", "column chart", "rebased times", "explorer", "matplotlib")

CLASSES: dict[str, tuple[str, ...]] = {
    "Rally1": (
        "E. Laine",
        "M. Okafor",
        "J. Tremblay",
        "S. Moreau",
        "K. Tanaka",
        "R. Alvarez",
        "T. Novak",
        "E. Byrne",
    ),
    "Rally2": (
        "A. Lindqvist",
        "P. Duarte",
        "L. Costa",
        "H. Berg",
        "N. Ivanova",
        "D. Kowalski",
        "C. Rossi",
        "F. Murphy",
    ),
}
RallyClass = Literal["Rally1", "Rally2"]
STAGE_KM = (12.4, 18.9, 9.7, 22.1, 14.3, 16.8, 11.2, 20.5)
SPLITS = (0.3, 0.55, 0.8)  # where the split points are, as shares of the stage's length
BASE_PACE = {"Rally1": 30.0, "Rally2": 31.6}  # seconds per km of the quickest car

ColumnName = Literal[
    "Road",
    "Split 1",
    "Split 2",
    "Split 3",
    "Finish",
    "Split 1 to 2",
    "Split 2 to 3",
    "Split 3 to finish",
    "Overall before",
    "Overall",
    "Overall pos",
    "Position by stage",
    "Gap to leader",
    "Gap to stage winner",
]
NARROW_COLUMNS: tuple[ColumnName, ...] = (
    "Road",
    "Finish",
    "Overall",
    "Overall pos",
    "Gap to leader",
)
SPLIT_COLUMNS = ("Split 1", "Split 2", "Split 3", "Finish")
SECTOR_COLUMNS = ("Split 1 to 2", "Split 2 to 3", "Split 3 to finish")
REBASED = (*SPLIT_COLUMNS, *SECTOR_COLUMNS, "Overall before", "Overall")
DEFAULT_COLUMNS: tuple[ColumnName, ...] = (
    "Road",
    "Split 1",
    "Split 2",
    "Split 3",
    "Finish",
    "Overall",
    "Overall pos",
    "Position by stage",
    "Gap to leader",
    "Gap to stage winner",
)


def _drivers() -> list[tuple[str, str]]:
    return [(c, d) for c, names in CLASSES.items() for d in names]


def rally(seed: int = 12) -> pd.DataFrame:
    """Sector times of a synthetic two-class rally, one row per driver, stage and sector.

    A driver's time over a sector is its length times the class's base pace plus the
    driver's own pace, per-stage form and per-sector luck (seconds per km); one driver
    has a puncture and another a spin.
    """
    rng = np.random.default_rng(seed)
    drivers = _drivers()
    shares = np.diff((0.0, *SPLITS, 1.0))
    km = np.outer(STAGE_KM, shares)  # stage x sector
    pace = np.array([BASE_PACE[c] for c, _ in drivers])
    pace = pace + np.tile(np.linspace(0.0, 0.22, len(CLASSES["Rally1"])), len(CLASSES))
    form = rng.normal(0.0, 0.10, (len(drivers), len(STAGE_KM), 1))
    luck = rng.normal(0.0, 0.12, (len(drivers), *km.shape))
    seconds = km[None] * (pace[:, None, None] + form + luck)
    seconds[0, 2, 1] += 21.0  # Laine's slow puncture on stage 3
    seconds[4, 5, 3] += 9.5  # Tanaka's spin near the end of stage 6
    index = pd.MultiIndex.from_product(
        [range(len(drivers)), range(1, len(STAGE_KM) + 1), range(1, len(shares) + 1)],
        names=["car", "stage", "sector"],
    )
    frame = pd.DataFrame({"seconds": seconds.ravel()}, index=index).reset_index()
    frame["class"] = frame["car"].map(lambda i: drivers[i][0])
    frame["driver"] = frame["car"].map(lambda i: drivers[i][1])
    return frame.drop(columns="car")


def _road_order(stage_times: pd.DataFrame, stage: int) -> pd.Series:
    """The road position of every car on ``stage``: Rally1 cars first, then Rally2.

    Stage 1 runs in the seeding order, later stages in the order of the overall
    classification before them.
    """
    order = []
    for rally_class, names in CLASSES.items():
        if stage == 1:
            order += list(names)
        else:
            before = stage_times.loc[rally_class].loc[:, : stage - 1].sum(axis=1)
            order += list(before.sort_values(kind="stable").index)
    return pd.Series(range(1, len(order) + 1), index=order)


def _check(stage: int, rebase: str, rally_class: str, columns: tuple[str, ...]) -> None:
    if rally_class not in CLASSES:
        raise HouseStyleError(f"rally_class: {rally_class!r}; allowed: {', '.join(CLASSES)}")
    if not 1 <= stage <= len(STAGE_KM):
        raise HouseStyleError(f"stage: {stage!r}; allowed: 1 to {len(STAGE_KM)}")
    if rebase not in CLASSES[rally_class]:
        allowed = ", ".join(CLASSES[rally_class])
        raise HouseStyleError(f"rebase: {rebase!r} is not in {rally_class}; allowed: {allowed}")
    unknown = [c for c in columns if c not in ColumnName.__args__]  # type: ignore[attr-defined]
    if unknown or not columns:
        allowed = ", ".join(ColumnName.__args__)  # type: ignore[attr-defined]
        raise HouseStyleError(f"columns: {unknown or columns!r}; allowed: some of {allowed}")


def stage_report(data: pd.DataFrame, stage: int, rebase: str, rally_class: str) -> pd.DataFrame:
    """Every column of the report for one class and stage, rebased on ``rebase``.

    Each rebased value is the row's driver's time minus the chosen driver's: positive
    when the chosen driver was ahead. Rows are in stage finishing order.
    """
    sectors = data.pivot_table("seconds", ["class", "driver"], ["stage", "sector"])
    stage_times = sectors.T.groupby(level="stage").sum().T
    ours = sectors.loc[rally_class]
    splits = ours[stage].cumsum(axis=1)
    splits.columns = list(SPLIT_COLUMNS)
    overall = stage_times.loc[rally_class].cumsum(axis=1)
    positions = overall.rank(method="min").astype(int)
    frame = splits.sub(splits.loc[rebase])
    sector = ours[stage].sub(ours[stage].loc[rebase]).iloc[:, 1:]
    frame[list(SECTOR_COLUMNS)] = sector.to_numpy()
    before = overall[stage - 1] if stage > 1 else pd.Series(np.nan, index=overall.index)
    frame["Overall before"] = before - before.loc[rebase]
    frame["Overall"] = overall[stage] - overall.loc[rebase, stage]
    frame["Overall pos"] = positions[stage]
    frame["Road"] = _road_order(stage_times, stage).reindex(frame.index)
    done = list(range(1, stage + 1))
    leader_gap = overall[done] - overall[done].min()
    winner_gap = stage_times.loc[rally_class][done] - stage_times.loc[rally_class][done].min()
    frame["Position by stage"] = positions[done].to_numpy().tolist()
    frame["Gap to leader"] = leader_gap.round(6).to_numpy().tolist()
    frame["Gap to stage winner"] = winner_gap.round(6).to_numpy().tolist()
    frame = frame.loc[splits["Finish"].sort_values(kind="stable").index]
    frame.index = pd.Index(frame.index, name="Driver")
    return frame.reset_index().set_index(pd.RangeIndex(1, len(frame) + 1, name="Pos"))


def _seconds(value: float) -> str:
    """A rebased gap: a sign on every number but zero, a true minus, one decimal."""
    return "0.0" if round(value, 1) == 0 else housestyle.format_number(value, "+.1f")


def _headline(report: pd.DataFrame, stage: int, rally_class: str) -> str:
    first, second = report.iloc[0], report.iloc[1]
    margin = second["Finish"] - first["Finish"]
    standings = report.sort_values("Overall")
    lead = standings.iloc[1]["Overall"] - standings.iloc[0]["Overall"]
    leader = standings.iloc[0]["Driver"]
    won = f"{first['Driver']} won stage {stage} by {margin:.1f} s"
    if leader == first["Driver"]:
        return f"{won} and leads {rally_class} by {lead:.1f} s"
    return f"{won}; {leader} leads {rally_class} by {lead:.1f} s"


def _alt(report: pd.DataFrame, stage: int, rebase: str, rally_class: str) -> str:
    me = report.set_index("Driver").loc[rebase]
    winner = report.iloc[0]
    behind = me["Finish"] - winner["Finish"]
    place = int(report.index[report["Driver"] == rebase][0])
    return (
        f"Table of the {len(report)} {rally_class} drivers on stage {stage} of "
        f"{len(STAGE_KM)}, times rebased on {rebase}. {winner['Driver']} won the stage; "
        f"{rebase} finished it in position {place}, {behind:.1f} s behind the winner, and "
        f"is position {int(me['Overall pos'])} overall."
    )


def _style(report: pd.DataFrame, rebase: str, columns: list[str]) -> pd.io.formats.style.Styler:
    rebased = [c for c in REBASED if c in columns]
    shown = report[["Driver", *columns]]
    styler = shown.style.format(_seconds, subset=rebased, na_rep="–")
    chosen = shown["Driver"] == rebase
    return styler.apply(
        lambda row: ["font-weight: bold" if chosen[row.name] else ""] * len(row), axis=1
    )


SPARKS = {
    "Position by stage": {
        "kind": "step",
        "invert": True,
        "shared": True,
        "markers": ("last",),
        "width": 4,
    },
    "Gap to leader": {"kind": "column", "shared": True, "markers": ("zero",), "width": 4},
    "Gap to stage winner": {"kind": "column", "shared": True, "markers": ("zero",), "width": 4},
}


def drivers_of(values: dict) -> list[str]:
    """The drivers the rebase control offers: those of the class chosen (for explore)."""
    return list(CLASSES[values["rally_class"]])


#: ``housestyle.explore(recipe, options=OPTIONS)``: the stage as a dropdown, the
#: rebase driver from the class chosen.
OPTIONS = {"stage": list(range(1, len(STAGE_KM) + 1)), "rebase": drivers_of}


def _gain_loss(value: object) -> str | None:
    """The brand's gain colour when the chosen driver was ahead, loss when behind.

    None for a gap that rounds to zero at one decimal (it is printed "0.0").
    """
    if not isinstance(value, int | float) or np.isnan(value) or round(value, 1) == 0:
        return None
    return "gain" if value > 0 else "loss"


def _and(words: list[str]) -> str:
    """``a, b and c``."""
    return " and ".join([", ".join(words[:-1]), words[-1]]) if len(words) > 1 else "".join(words)


def _subtitle(stage: int, rebase: str, rally_class: str, columns: list[str]) -> str:
    """Say what the columns shown hold, and nothing about those hidden."""
    km = housestyle.format_number(STAGE_KM[stage - 1], ".1f")
    where = [
        ("at each split", any(c in columns for c in SPLIT_COLUMNS[:3])),
        ("between splits", any(c in columns for c in SECTOR_COLUMNS)),
        ("at the finish", "Finish" in columns),
        ("overall", any(c in columns for c in ("Overall", "Overall before"))),
    ]
    places = _and([words for words, shown in where if shown])
    text = f"{rally_class}, stage {stage} of {len(STAGE_KM)} ({km} km)"
    if places:
        text += (
            f". Seconds {rebase} was ahead of each driver (green, +) or behind (red, −) {places}"
        )
    charts = [
        ("the overall position", "Position by stage"),
        ("the gap to the leader (dot: led)", "Gap to leader"),
        ("the gap to the stage winner (dot: won)", "Gap to stage winner"),
    ]
    drawn = [words for words, column in charts if column in columns]
    if drawn:
        text += "; " + _and(drawn) + " after each stage"
    return text


def _draw(stage: int, rebase: str, rally_class: str, columns: tuple[str, ...]) -> Figure:
    report = stage_report(rally(), stage, rebase, rally_class)
    chosen = [c for c in ColumnName.__args__ if c in columns]  # type: ignore[attr-defined]
    return housestyle.table(
        _style(report, rebase, chosen),
        title=_headline(report, stage, rally_class),
        subtitle=_subtitle(stage, rebase, rally_class, chosen),
        source="Synthetic data made in this recipe (a model rally with split times)",
        sparklines={c: SPARKS[c] for c in chosen if c in SPARKS},
        colour_rules={c: _gain_loss for c in REBASED if c in chosen},
        alt=_alt(report, stage, rebase, rally_class),
    )


@housestyle.style()
def recipe(
    stage: int = 5,
    rebase: str = "S. Moreau",
    rally_class: RallyClass = "Rally1",
    columns: tuple[ColumnName, ...] = DEFAULT_COLUMNS,
) -> Figure:
    """Draw the stage report for ``stage`` of ``rally_class``, rebased on ``rebase``.

    With the default columns at a size too narrow for them (a print column), the report
    keeps what a desk keeps in print: road position, the finish and overall gaps, the
    overall position and the gap to the leader. Columns chosen by hand are drawn as
    chosen, or refused when they cannot fit.
    """
    _check(stage, rebase, rally_class, tuple(columns))
    try:
        return _draw(stage, rebase, rally_class, tuple(columns))
    except HouseStyleError as error:
        if tuple(columns) != DEFAULT_COLUMNS or not str(error).startswith("size:"):
            raise
    return _draw(stage, rebase, rally_class, NARROW_COLUMNS)


if __name__ == "__main__":
    out = Path(__file__).parent / "out"
    housestyle.export(recipe(), out / Path(__file__).stem)
