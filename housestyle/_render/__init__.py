"""The parts of :mod:`housestyle.render`, one job each.

- :mod:`.keys`: the hashes that say whether a chart's inputs changed;
- :mod:`.params`: parameter sets from lists, tables and products;
- :mod:`.naming`: file names from a recipe's slug, its parameters, brand and size;
- :mod:`.tasks`: one chart drawn and exported, in whichever process runs it;
- :mod:`.manifest`: what the last run drew, so that a rerun draws only what changed;
- :mod:`.engines`: running the tasks in this process, in worker processes, or on Dask;
- :mod:`.progress`: the progress bar on a terminal;
- :mod:`.cli`: the ``housestyle render`` command.
"""

__all__: list[str] = []
