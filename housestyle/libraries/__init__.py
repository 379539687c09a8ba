"""The brand in each chart library, one public module per library.

- :mod:`.mpl`: matplotlib rcParams, ``style()`` and ``use()``, the ``.mplstyle`` files
  (with ``_figure_hook``: the brand's constrained layout, which a library's own
  ``tight_layout`` may replace);
- :mod:`.plotnine`: ``theme_house()`` and the colour scales (imports plotnine);
- :mod:`.altair`: the brand as an Altair theme (imports altair);
- :mod:`.plotly`: the brand as a Plotly template (imports plotly).

Nothing is imported here, so each library loads only when its module is used. A new
chart library gets a module here for its styling and, if housestyle finishes, writes
and checks its charts, an adapter in :mod:`housestyle.adapters`.
"""

__all__: list[str] = []
