"""The brand kit: start a brand, check its palettes, see its specimen (``housestyle brand``)."""

__all__: list[str] = []
