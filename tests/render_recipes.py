"""Small recipes and chart functions for the render tests (importable by worker processes)."""

from __future__ import annotations

COUNTS = '''\
"""Counts

Bars from a small table; the label picks the highlighted bar.
"""

from pathlib import Path

import matplotlib.pyplot as plt

import housestyle

TAGS = ("bar", "matplotlib")
DATA = ("data/counts.csv",)
TABLE = Path(__file__).parent / "data" / "counts.csv"


def recipe(label="b", scale=1):
    rows = [line.split(",") for line in TABLE.read_text().split()[1:]]
    names = [name for name, _ in rows]
    if label not in names:
        raise ValueError(f"no bar called {label!r}")
    brand = housestyle.current_brand()
    colours = [brand.colours.highlight if n == label else brand.colours.grey for n in names]
    fig, ax = plt.subplots()
    ax.bar(names, [scale * float(v) for _, v in rows], color=colours)
    return housestyle.finalise(fig, title=f"Bar {label}", source="Made up", alt=f"Bar {label}")
'''


def write_counts(folder):
    """Write the counts recipe and its data file into ``folder``; return the recipe's path."""
    (folder / "data").mkdir(parents=True, exist_ok=True)
    (folder / "data" / "counts.csv").write_text("name,value\na,3\nb,1\nc,2\n")
    path = folder / "counts.py"
    path.write_text(COUNTS)
    return path


def dots(n: int = 3):
    """A chart function, not a recipe: returns a ggplot the render run finalises."""
    import pandas as pd
    from plotnine import aes, geom_point, ggplot

    frame = pd.DataFrame({"x": range(n), "y": [v * v for v in range(n)]})
    return ggplot(frame, aes("x", "y")) + geom_point()
