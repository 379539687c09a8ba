"""The parts of :func:`housestyle.finalise`, one job each.

- :mod:`.plan`: where the title block, footer and logo go, in points (pure: no figure);
- :mod:`.decoration`: drawing that plan onto a figure, and taking it off again;
- :mod:`.figure`: the matplotlib adapter (size, type scale, titles, the layout engine's set-up);
- :mod:`.engine`: the constrained layout engine it sets (from the grid, quantised);
- :mod:`.adopt`: the brand on what a chart made partly outside ``style()`` left to chance;
- :mod:`.legends`: moving default-placed legends above the plot;
- :mod:`.ggplot`: the plotnine adapter (framing, type scale, legend rows);
- :mod:`.spec`: a clean copy of a ggplot, without what ``ggplot.draw()`` left on it.

``housestyle/finalise.py`` puts them together and writes the finish record.
"""

__all__: list[str] = []
