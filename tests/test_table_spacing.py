"""Tables are spaced by the brand's ``tables`` section, not by numbers in the code."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from matplotlib.lines import Line2D

import housestyle
from housestyle import load_brand


def spaced_brand(folder: Path, pad_y: float, header_rule: float) -> Path:
    path = folder / f"spaced-{pad_y}-{header_rule}.yaml"
    path.write_text(
        f"extends: ou\nname: spaced\ntables: {{pad_y: {pad_y}, header_rule: {header_rule}}}\n"
    )
    return path


def test_row_padding_and_header_rule_come_from_the_brand(tmp_path):
    frame = pd.DataFrame({"Region": ["North", "South", "East"], "Sales": [1.5, 2.25, 3.0]})
    ou = load_brand("ou")
    size = ou.type.table * ou.preset("web").type_scale  # points, at the web preset
    heights, rules = {}, {}
    for pad_y, header_rule in ((ou.tables.pad_y, ou.tables.header_rule), (1.0, 2.5)):
        fig = housestyle.table(frame, brand=spaced_brand(tmp_path, pad_y, header_rule))
        heights[pad_y] = fig.get_size_inches()[1] * fig.dpi
        (rule,) = [
            line for line in fig.findobj(Line2D) if line.get_gid() == "housestyle-table-header-rule"
        ]
        rules[pad_y] = rule.get_linewidth()
    # one header row and three body rows, each padded above and below
    grown = 4 * 2 * (1.0 - ou.tables.pad_y) * size / 72 * 100
    assert abs(heights[1.0] - heights[ou.tables.pad_y] - grown) <= 1.0
    assert rules == {ou.tables.pad_y: ou.tables.header_rule, 1.0: 2.5}
