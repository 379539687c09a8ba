"""The parts of :func:`housestyle.export`, one job each.

- :mod:`.formats`: each file format rendered to bytes in memory, with metadata;
- :mod:`.sizes`: a figure rendered at another size and given back as it was;
- :mod:`.files`: where files go, written all or none.
"""

__all__: list[str] = []
