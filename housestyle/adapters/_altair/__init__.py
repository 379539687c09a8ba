"""Altair charts finished, written and checked (the theme is :mod:`housestyle.libraries.altair`).

``compose.py`` builds the finished Vega-Lite spec from the plan, ``axes.py`` sets the
view's ticks and category labels for the size, ``vlc.py`` lays it out and renders it
through vl-convert with the brand's fonts, ``adapter.py`` is what
:mod:`housestyle.record._seam` finds for an Altair chart, and ``findings.py`` holds
the rules run on its laid-out scene and rendered SVG, PDF and PNG.
"""

__all__: list[str] = []
