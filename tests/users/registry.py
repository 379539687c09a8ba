"""The register of users' charts, and what each expects beyond the house style."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

#: The texts every chart is finalised with (a chart's own title is kept instead).
TEXTS = {"source": "Made-up figures for a test", "alt": "A chart written as a user would."}


@dataclass(frozen=True)
class UserChart:
    """One user's chart.

    Attributes
    ----------
    make
        Makes the chart: a matplotlib Figure or a plotnine ggplot, not yet finalised.
    own
        Colours the user chose themselves (allowed on marks besides the brand's).
    ramp
        Marks may take any colour of a brand ramp (colours mapped from values).
    title
        The title given to finalise; None when the chart carries its own title.
    expect_title
        The title the finished chart must show (its own title, moved into the block).
    reshaped
        The chart was made at a shape far from the default size's, so finalise warns
        (a :class:`~housestyle.LayoutWarning`); no other chart may warn.
    xfail
        Why the chart cannot pass yet (a strict xfail), or None.
    """

    make: Callable[[], Any]
    own: tuple[str, ...] = ()
    ramp: bool = False
    title: str | None = "A user's chart"
    expect_title: str | None = None
    reshaped: bool = False
    xfail: str | None = None
    library: str = field(default="matplotlib")


CHARTS: dict[str, UserChart] = {}


def chart(library: str, **options: Any) -> Callable[[Callable[[], Any]], Callable[[], Any]]:
    """Register the decorated function as a users' chart made with ``library``."""

    def register(make: Callable[[], Any]) -> Callable[[], Any]:
        name = f"{library}_{make.__name__}"
        assert name not in CHARTS, name
        CHARTS[name] = UserChart(make=make, library=library, **options)
        return make

    return register
