"""Chartable: a rally's final classification with each driver's story in the row.

A "chartable" is a results table whose rows carry small charts: here a stepped
sparkline of each driver's position after every stage, a bar for the gap to the
winner, and the places gained or lost since the first stage in the brand's gain
and loss colours. Readers get the result and how it came about in one glance.

Headline rests on: a synthetic 12-stage rally made in the recipe (and the source says
so): the winner's gap and positions are computed from the made-up stage times.

**What the house style changes.** Positions are drawn as a stepped line (a
position holds until the next stage ends) with first place at the top, on one
scale for every row so the lines compare; dots mark the first and last stage.
Gap bars start from a thin zero line in the primary colour. Gains and losses use
the brand's accessible green and red, with a true minus sign. The table is sized to
its content and finished with the house title block and footer.

**How to: a stepped position sparkline.** Put a list of positions in each cell and
ask for a stepped, inverted line on a shared scale:

```python
housestyle.table(
    frame,
    sparklines={"Position by stage": {"kind": "step", "invert": True, "shared": True,
                                      "markers": ("first", "last")}},
)
```

The data are synthetic: a model rally made in this recipe from a fixed seed.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

import housestyle

TAGS = ("table", "sparkline", "inline bars", "matplotlib")

DRIVERS = (
    ("A. Lindqvist", "Nordic"),
    ("M. Okafor", "Savanna"),
    ("J. Tremblay", "Laurentide"),
    ("S. Moreau", "Bastide"),
    ("K. Tanaka", "Kaido"),
    ("R. Alvarez", "Sierra"),
    ("T. Novak", "Tatra"),
    ("E. Byrne", "Atlantic"),
)
STAGES = 12


def rally(seed: int = 7) -> pd.DataFrame:
    """A synthetic rally: stage times from a driver's pace plus luck, then positions."""
    rng = np.random.default_rng(seed)
    pace = np.linspace(0.0, 4.0, len(DRIVERS))  # seconds per stage slower than the best
    times = 600 + pace[:, None] + rng.normal(0, 6, (len(DRIVERS), STAGES))
    times[rng.integers(len(DRIVERS)), rng.integers(STAGES)] += 45  # a puncture
    total = times.cumsum(axis=1)
    positions = total.argsort(axis=0).argsort(axis=0) + 1
    order = np.argsort(total[:, -1])
    frame = pd.DataFrame(
        {
            "Driver": [DRIVERS[i][0] for i in order],
            "Team": [DRIVERS[i][1] for i in order],
            "Position by stage": [positions[i].tolist() for i in order],
            "Gap to winner (s)": total[order, -1] - total[order[0], -1],
            "Places since stage 1": [int(positions[i, 0] - positions[i, -1]) for i in order],
        }
    )
    frame.index = pd.RangeIndex(1, len(frame) + 1, name="Pos")
    return frame


def _places(value: int) -> str:
    return housestyle.format_number(value, "+d") if value else "0"


@housestyle.style()
def recipe() -> Figure:
    """Draw the final classification with position sparklines and gap bars."""
    styler = rally().style.format({"Gap to winner (s)": "{:.1f}", "Places since stage 1": _places})
    return housestyle.table(
        styler,
        title="Okafor led the last five stages to win by 17 seconds",
        subtitle="Final classification of a 12-stage rally: position after each stage, "
        "gap to the winner in seconds, and places gained since stage 1",
        source="Synthetic data made in this recipe (a model rally)",
        sparklines={
            "Position by stage": {
                "kind": "step",
                "invert": True,
                "shared": True,
                "domain": (1, len(DRIVERS)),
                "markers": ("first", "last"),
                "width": 7,
            }
        },
        bars={"Gap to winner (s)": {"width": 6}},
        colour_rules={"Places since stage 1": "gain-loss"},
        alt="Rally results table for eight drivers with a stepped sparkline of each "
        "driver's position after each of 12 stages, bars for the gap to the winner, and "
        "places gained or lost since stage 1 in green or red. Okafor wins by 16.8 s from "
        "Tremblay; Tanaka, first after stage 1, drops to eighth on stage 2 and finishes fifth.",
    )


if __name__ == "__main__":
    out = Path(__file__).parent / "out"
    housestyle.export(recipe(), out / Path(__file__).stem)
