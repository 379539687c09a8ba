"""Units: the one place points, inches, millimetres, pixels and font weights are related.

Every size in a brand is in points; a figure is sized in inches and drawn at a dpi.
Code converts with these names, never with the bare numbers.

Examples
--------
>>> points_to_pixels(72, dpi=100)
100.0
>>> round(MM_PER_POINT, 4)
0.3528
"""

from __future__ import annotations

__all__ = [
    "BOLD_WEIGHT",
    "CSS_PX_PER_INCH",
    "MM_PER_INCH",
    "MM_PER_POINT",
    "POINTS_PER_INCH",
    "PRINT_DPI",
    "TOLERANCE_PX",
    "pixels_to_points",
    "points_to_pixels",
]

#: A point is 1/72 inch (PostScript, PDF, matplotlib, CSS).
POINTS_PER_INCH = 72.0
#: An inch is 25.4 mm exactly.
MM_PER_INCH = 25.4
#: A point in millimetres.
MM_PER_POINT = MM_PER_INCH / POINTS_PER_INCH
#: A CSS pixel is 1/96 inch.
CSS_PX_PER_INCH = 96.0
#: The numeric weight from which a face counts as bold (semibold and heavier), as CSS
#: and OpenType's ``usWeightClass`` number them.
BOLD_WEIGHT = 600
#: The density of print rasters: the TIFF, and images inside SVG and PDF.
PRINT_DPI = 300.0
#: Pixels of slack when judging whether two drawn extents touch (anti-aliasing, rounding).
TOLERANCE_PX = 1.0


def points_to_pixels(points: float, dpi: float) -> float:
    """Return ``points`` in pixels at ``dpi``."""
    return points * dpi / POINTS_PER_INCH


def pixels_to_points(pixels: float, dpi: float) -> float:
    """Return ``pixels`` at ``dpi`` in points."""
    return pixels * POINTS_PER_INCH / dpi
