"""The parts of :mod:`housestyle.explorer`: controls inferred from a function's parameters."""

__all__: list[str] = []
