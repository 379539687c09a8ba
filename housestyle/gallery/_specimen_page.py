"""The gallery's brand pages: ``brands/<name>.html``, one specimen page per brand.

Each page shows the brand as its file says: the logo; every named colour as a swatch
with its hex code, its contrast on the background and what it needs; every palette
as readers with normal vision, deuteranopia, protanopia, tritanopia and in greyscale
see it, with the distance of each pair; the type scale at each preset family; one
sample chart at every preset, written with :func:`housestyle.export`; the findings of
``housestyle brand check``; and the one-page specimen as PDF and PNG. A page is
written again only when the brand, housestyle or this module changed.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from .._files import write_text
from ..batch import brand_digest, digest, files_digest
from ..brand import Brand

__all__ = ["BRANDS_FOLDER", "brand_page", "write_brand_pages"]

#: Where the brand pages go, inside the gallery's output folder.
BRANDS_FOLDER = "brands"
_HERE = Path(__file__).resolve().parent
_CODE = (
    Path(__file__).resolve(),
    _HERE / "templates" / "brand.html.j2",
    _HERE / "static" / "specimen.css",
    _HERE / "_brandpage.py",
)
_KEY = "key.txt"


def brand_page(out: Path, name: str) -> Path:
    """The page of the brand ``name`` in the gallery at ``out``."""
    return out / BRANDS_FOLDER / f"{name}.html"


def _key(brand: Brand, env: str, names: list[str]) -> str:
    """What a brand page shows: the brand, housestyle, this code, and the other brands."""
    return digest(brand_digest(brand), env, files_digest(_CODE), " ".join(names))


def _is_current(out: Path, brand: Brand, key: str) -> bool:
    stamp = out / BRANDS_FOLDER / brand.name / _KEY
    try:
        return stamp.read_text() == key and brand_page(out, brand.name).is_file()
    except OSError:
        return False


def _remove_stale(out: Path, names: list[str]) -> None:
    """Delete the pages and files of brands no longer in the gallery."""
    folder = out / BRANDS_FOLDER
    for page in folder.glob("*.html"):
        if page.stem not in names:
            page.unlink()
            shutil.rmtree(folder / page.stem, ignore_errors=True)


def write_brand_pages(out: Path, brands: list[Brand], env: str, force: bool = False) -> list[str]:
    """Write the page of each brand whose inputs changed (all with ``force``).

    ``env`` is :func:`housestyle.gallery._manifest.package_digest` of this build. A
    brand whose images fail to render gets a page with the error and its traceback.
    Returns the names of the brands whose pages were written.
    """
    names = [brand.name for brand in brands]
    _remove_stale(out, names)
    keys = {b.name: _key(b, env, names) for b in brands}
    stale = [(b, keys[b.name]) for b in brands if force or not _is_current(out, b, keys[b.name])]
    if not stale:
        return []
    from ._brandpage import render_page  # matplotlib, Jinja2: only when a page is written

    for brand, key in stale:
        html = render_page(out, brand, names)
        write_text(brand_page(out, brand.name), html)
        write_text(out / BRANDS_FOLDER / brand.name / _KEY, key)
    return [brand.name for brand, _ in stale]
