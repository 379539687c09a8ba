"""What a gallery build makes: the files of each chart, and the result of a build."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..export import FORMATS
from ..recipes import Recipe

__all__ = [
    "CHART_FORMATS",
    "SIMULATIONS",
    "SIZE_FORMATS",
    "GalleryResult",
    "chart_files",
    "derived_files",
    "image_folder",
    "size_files",
    "size_folder",
]

#: The formats written for every chart, in the order of the download links.
CHART_FORMATS = ("png", "png2x", "svg", "pdf")
#: The formats written for the recipe at each of the brand's other sizes.
SIZE_FORMATS = ("png", "svg", "pdf")
#: The colour-vision deficiencies each chart is shown with, beside its check report.
SIMULATIONS = ("deuteranopia", "protanopia", "tritanopia")


def chart_files(slug: str) -> list[str]:
    """The names of the exported files of one chart, one per :data:`CHART_FORMATS`."""
    return [slug + FORMATS[fmt] for fmt in CHART_FORMATS]


def derived_files(slug: str) -> list[str]:
    """The names every chart may have beside its exports: thumbnail, simulations, data, embed."""
    return [f"{slug}-{suffix}.png" for suffix in ("thumb", *SIMULATIONS)] + [
        f"{slug}.csv",
        f"{slug}.html",
    ]


def size_files(slug: str) -> list[str]:
    """The files of one chart at one of the other sizes: exports and a thumbnail."""
    return [slug + FORMATS[fmt] for fmt in SIZE_FORMATS] + [f"{slug}-thumb.png"]


def image_folder(out: Path, brand: str) -> Path:
    """Where the charts of one brand go, at the brand's default size."""
    return out / "images" / brand


def size_folder(out: Path, brand: str, size: str) -> Path:
    """Where the charts of one brand go at one of its other sizes."""
    return out / "images" / brand / size


@dataclass
class GalleryResult:
    """What a gallery build did.

    Attributes
    ----------
    out
        The output folder; ``index`` is its ``index.html``.
    recipes
        The recipes found, in page order.
    brands
        The brand names shown, the default first.
    rendered
        ``(slug, brand)`` of every chart rendered in this build (not taken from
        the previous build).
    failed
        The slugs of recipes that failed in at least one brand.
    charts
        ``{slug: {brand: result}}`` as kept in the manifest.
    descriptions
        ``{brand: description}`` for the brand switcher.
    sizes
        ``{brand: [size, ...]}``: every size each recipe is shown at, the brand's
        default first (its files in :func:`image_folder`, the others' in
        :func:`size_folder`; an entry's ``"sizes"`` holds them).
    """

    out: Path
    recipes: list[Recipe]
    brands: list[str]
    rendered: list[tuple[str, str]] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    charts: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)
    descriptions: dict[str, str] = field(default_factory=dict)
    sizes: dict[str, list[str]] = field(default_factory=dict)

    @property
    def index(self) -> Path:
        """The gallery's front page."""
        return self.out / "index.html"

    @property
    def ok(self) -> bool:
        """True when every recipe rendered in every brand."""
        return not self.failed

    @property
    def check_errors(self) -> dict[str, dict[str, int]]:
        """``{slug: {brand: number of check errors}}`` of the charts that have any."""
        counts: dict[str, dict[str, int]] = {}
        for slug, by_brand in self.charts.items():
            for brand, entry in by_brand.items():
                errors = entry.get("checks", {}).get("errors", 0)
                if errors and brand in self.brands:
                    counts.setdefault(slug, {})[brand] = errors
        return counts
