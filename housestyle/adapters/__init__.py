"""Charts of other libraries finished, written and checked: one private package each.

``_altair`` (Vega-Lite through vl-convert) and ``_plotly`` (Kaleido) each give an
``ADAPTER`` that :func:`housestyle.record._record.adapter_for` finds by the chart's type and
imports by name the first time such a chart is seen; nothing here is imported
otherwise. They build on the record's plan (the title block and footer in points),
the output room's file formats and the checks' findings.
"""

__all__ = ["WRITTEN"]

#: The formats a chart of another library is written in: the pictures, the vector files
#: and its interactive page (``html``); each one's suffix is the output room's.
WRITTEN = ("png", "png2x", "webp", "webp2x", "svg", "pdf", "html")
