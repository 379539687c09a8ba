"""The parts of :mod:`housestyle.gallery`: outputs, manifest, rendering, pool, pages, command."""

__all__: list[str] = []
