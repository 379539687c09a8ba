"""What a gallery build makes: the files of each chart, and the result of a build."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..batch import Recipe
from ..output import FORMATS

__all__ = [
    "CHART_DOWNLOADS",
    "CHART_FORMATS",
    "SIMULATIONS",
    "SIZE_FORMATS",
    "SIZE_PICTURES",
    "FORMATS_OF_FAMILY",
    "FORMATS_OF_OTHERS",
    "GalleryResult",
    "PREVIEW",
    "chart_files",
    "derived_files",
    "image_folder",
    "size_files",
    "size_folder",
    "thumb_file",
    "size_formats",
]

#: The formats written for every chart at its brand's default size: the downloads (PNG,
#: SVG, PDF) and the picture a high-density screen shows, lossless WebP at twice the
#: density (the same pixels as the 2x PNG in two fifths of the bytes).
CHART_FORMATS = ("png", "svg", "pdf", "webp2x")
#: The formats offered as downloads at the default size, in the order of the links.
CHART_DOWNLOADS = ("png", "svg", "pdf")
#: The formats that may be written for the recipe at each of the brand's other sizes;
#: the first one written is what a size's card opens.
SIZE_FORMATS = ("webp", "png", "svg", "pdf")
#: Those of :data:`SIZE_FORMATS` that are pictures, which a size's thumbnail is made from.
SIZE_PICTURES = ("webp", "png")
#: What is written at another size unless more is asked for (``--size-format``): the
#: chart as lossless WebP (the PNG's pixels, two fifths of its bytes: the site is half the
#: size), and at a print size the PDF that print asks for instead (its card opens the
#: PDF). The PNG, an SVG at web-wide or social, a PDF at social or a 300 dpi image at
#: print-page is rarely wanted there and each costs a drawing and a file: opt-in. (The
#: brand's default size has the PNG, SVG and PDF.)
FORMATS_OF_FAMILY = {"print": ("pdf",)}
#: What is written at a size of any other family.
FORMATS_OF_OTHERS = ("webp",)
#: The colour-vision deficiencies each chart is shown with, beside its check report (its
#: PNG through a filter in the page: no file).
SIMULATIONS = ("deuteranopia", "protanopia", "tritanopia")


def chart_files(slug: str) -> list[str]:
    """The names of the exported files of one chart, one per :data:`CHART_FORMATS`."""
    return [slug + FORMATS[fmt] for fmt in CHART_FORMATS]


#: The format of previews: index thumbnails and print sizes' thumbnails.
#: Lossless WebP of the preview's reduced palette: a quarter fewer bytes than the PNG,
#: and quicker to write.
PREVIEW = ".webp"


def derived_files(slug: str) -> list[str]:
    """The names every chart may have beside its exports: thumbnail, data, embed."""
    return [thumb_file(slug), f"{slug}.csv", f"{slug}.html"]


def size_formats(family: str, asked: tuple[str, ...] | None = None) -> tuple[str, ...]:
    """The formats written at a size of the preset ``family``.

    Those ``asked``, or by default the family's own (:data:`FORMATS_OF_FAMILY`: the PDF
    at a print size), else lossless WebP.

    Examples
    --------
    >>> size_formats("print"), size_formats("web"), size_formats("print", ("png", "pdf"))
    (('pdf',), ('webp',), ('png', 'pdf'))
    """
    if asked is not None:
        return tuple(fmt for fmt in SIZE_FORMATS if fmt in asked)
    return FORMATS_OF_FAMILY.get(family, FORMATS_OF_OTHERS)


def size_files(slug: str, formats: tuple[str, ...] | None = None) -> list[str]:
    """The files of one chart at one of the other sizes: its exports, and its thumbnail.

    A size that writes a picture (:data:`SIZE_PICTURES`) shows it on its card, scaled by
    the browser; one that writes only vector formats (a print size's PDF) has a thumbnail
    made for the card. ``None``: every file a size may have, of every format.
    """
    if formats is None:
        return [slug + FORMATS[fmt] for fmt in SIZE_FORMATS] + [thumb_file(slug)]
    pictures = [fmt for fmt in formats if fmt in SIZE_PICTURES]
    thumb = [] if pictures else [thumb_file(slug)]
    return [slug + FORMATS[fmt] for fmt in formats] + thumb


def thumb_file(slug: str) -> str:
    """The name of a chart's thumbnail: a wide chart's on the index, a print size's card."""
    return f"{slug}-thumb{PREVIEW}"


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
        ``(slug, brand)`` of every recipe and brand with a chart drawn in this build (not
        taken from the previous build).
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
    drawn
        The charts drawn in this build, one per recipe, brand and size.
    """

    out: Path
    recipes: list[Recipe]
    brands: list[str]
    rendered: list[tuple[str, str]] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    charts: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)
    descriptions: dict[str, str] = field(default_factory=dict)
    sizes: dict[str, list[str]] = field(default_factory=dict)
    drawn: int = 0

    @property
    def shown(self) -> int:
        """Every chart the gallery shows: each recipe in each brand at each of its sizes."""
        return len(self.recipes) * sum(len(self.sizes.get(b, [])) or 1 for b in self.brands)

    @property
    def layout_warnings(self) -> dict[str, dict[str, list[str]]]:
        """``{slug: {"brand size": [message, ...]}}``: the LayoutWarnings each chart gave."""
        found: dict[str, dict[str, list[str]]] = {}
        for slug, by_brand in self.charts.items():
            for brand, entry in by_brand.items():
                if brand not in self.brands:
                    continue
                default = self.sizes.get(brand, ["default"])[0]
                each = [(default, entry), *entry.get("sizes", {}).items()]
                for size, shown in each:
                    if shown.get("layout_warnings"):
                        found.setdefault(slug, {})[f"{brand} {size}"] = shown["layout_warnings"]
        return found

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
