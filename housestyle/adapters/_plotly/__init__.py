"""Plotly charts in the house style: the Kaleido session, the finish, the files, the checks.

``session.py`` runs one headless Chromium through Kaleido with the brand's fonts found by
fontconfig; ``finish.py`` lays a figure out at a preset with the plan's title block and
footer; ``formats.py`` writes PNG, 2x PNG, SVG, PDF and HTML; ``checks.py`` applies the
house and accessibility rules; ``adapter.py`` is the entry :mod:`housestyle.record._seam` finds.
Nothing here is imported unless a Plotly figure is seen.
"""

from __future__ import annotations

__all__: list[str] = []
