"""Users' charts written with plotnine, the ordinary ways: ``+ theme_ou()``, often no scale."""

from __future__ import annotations

import io

import numpy as np
import pandas as pd
from plotnine import ggplot

from housestyle import scale_colour_ou, theme_ou

from .registry import chart

RNG = np.random.default_rng(5)
SEATS = pd.DataFrame({"party": ["Labour", "Plaid Cymru"], "seats": [30, 13]})
YEARS = np.arange(2012, 2024)
TRENDS = pd.DataFrame(
    {
        "year": np.tile(YEARS, 3),
        "rate": np.concatenate([6 + np.cumsum(RNG.normal(0, 0.4, YEARS.size)) for _ in range(3)]),
        "nation": np.repeat(["England", "Scotland", "Wales"], YEARS.size),
    }
)
REGIONS = pd.DataFrame(
    {
        "month": np.tile(np.arange(1, 13), 6),
        "rain": RNG.gamma(4, 20, 72).round(),
        "region": np.repeat(["North", "South", "East", "West", "Centre", "Coast"], 12),
    }
)


@chart("p9")
def two_bars_no_scale():
    from plotnine import aes, geom_col

    return ggplot(SEATS, aes("party", "seats")) + geom_col() + theme_ou()


@chart("p9")
def two_legend_entries():
    from plotnine import aes, geom_line

    two = TRENDS[TRENDS["nation"] != "Scotland"]
    return ggplot(two, aes("year", "rate", colour="nation")) + geom_line() + theme_ou()


@chart("p9")
def discrete_colour_no_scale():
    from plotnine import aes, geom_line

    return ggplot(TRENDS, aes("year", "rate", colour="nation")) + geom_line() + theme_ou()


@chart("p9")
def coord_flip():
    from plotnine import aes, coord_flip, geom_col

    totals = REGIONS.groupby("region", as_index=False)["rain"].sum()
    return ggplot(totals, aes("region", "rain")) + geom_col() + coord_flip() + theme_ou()


@chart("p9")
def facet_wrap_six_panels():
    from plotnine import aes, facet_wrap, geom_line

    return (
        ggplot(REGIONS, aes("month", "rain"))
        + geom_line()
        + facet_wrap("region", ncol=3)
        + theme_ou()
    )


@chart("p9")
def legend_at_the_bottom():
    from plotnine import aes, geom_line, theme

    return (
        ggplot(TRENDS, aes("year", "rate", colour="nation"))
        + geom_line()
        + theme_ou()
        + theme(legend_position="bottom")
    )


@chart("p9")
def legend_on_the_right():
    from plotnine import aes, geom_point, theme

    return (
        ggplot(TRENDS, aes("year", "rate", colour="nation"))
        + geom_point()
        + theme_ou()
        + theme(legend_position="right")
    )


@chart("p9")
def geom_text_labels():
    from plotnine import aes, geom_col, geom_text

    return (
        ggplot(SEATS, aes("party", "seats"))
        + geom_col()
        + geom_text(aes(label="seats"), va="bottom", nudge_y=0.5)
        + theme_ou()
    )


@chart("p9", ramp=True)
def continuous_fill():
    from plotnine import aes, geom_tile

    return ggplot(REGIONS, aes("month", "region", fill="rain")) + geom_tile() + theme_ou()


@chart("p9")
def points_and_a_reference_line():
    from plotnine import aes, geom_hline, geom_point

    return (
        ggplot(REGIONS, aes("month", "rain"))
        + geom_point()
        + geom_hline(yintercept=80)
        + theme_ou()
    )


@chart("p9")
def highlight_added_after_the_theme():
    from plotnine import aes, geom_line

    return (
        ggplot(TRENDS, aes("year", "rate", colour="nation"))
        + geom_line()
        + theme_ou()
        + scale_colour_ou({"Wales": "highlight"})
    )


@chart("p9", title=None, expect_title="Rain through the year")
def labs_title_and_caption():
    from plotnine import aes, geom_col, labs

    monthly = REGIONS.groupby("month", as_index=False)["rain"].mean()
    return (
        ggplot(monthly, aes("month", "rain"))
        + geom_col()
        + labs(title="Rain through the year", caption="Met Office")
        + theme_ou()
    )


@chart("p9")
def drawn_before_finalise():
    import matplotlib.pyplot as plt
    from plotnine import aes, geom_line

    plot = ggplot(TRENDS, aes("year", "rate", colour="nation")) + geom_line() + theme_ou()
    plt.close(plot.draw())  # the user looked at it first
    return plot


@chart("p9")
def saved_before_finalise():
    from plotnine import aes, geom_col

    plot = ggplot(SEATS, aes("party", "seats")) + geom_col() + theme_ou()
    plot.save(io.BytesIO(), format="png", verbose=False)  # the user saved it first
    return plot
