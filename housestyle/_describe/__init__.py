"""The parts of :func:`housestyle.describe`: reading a chart's data and writing about it."""

__all__: list[str] = []
