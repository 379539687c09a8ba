"""The parts of :mod:`housestyle.tables`: reading the data, laying it out, drawing it."""

__all__: list[str] = []
