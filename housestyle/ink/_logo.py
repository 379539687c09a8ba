"""Loading a logo for the footer: SVG through cairosvg, PNG through Pillow.

SVG is rendered with cairosvg's safe defaults (no external files, no XML entities)
and a URL fetcher that refuses every request, so a logo cannot reach the network or
the file system; it is rendered at no less than twice the output pixel density.
"""

from __future__ import annotations

import functools
import io
import struct
import warnings
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image

from ..brand import HouseStyleError
from ..units import POINTS_PER_INCH

__all__ = ["LogoImage", "load_logo"]

_MAX_PIXELS = 4096


@dataclass(frozen=True)
class LogoImage:
    """A logo as RGBA pixels in [0, 1] and its width-to-height ratio."""

    pixels: np.ndarray
    aspect: float
    path: Path


def _refuse(url: str, *args: object, **kwargs: object) -> dict:
    raise HouseStyleError(f"logo: the SVG asks for {url!r}; external resources are not allowed")


def _render_svg(path: Path, height_px: int) -> Image.Image:
    from cairosvg.surface import PNGSurface

    try:
        png = PNGSurface.convert(
            bytestring=path.read_bytes(),
            output_height=height_px,
            unsafe=False,
            url_fetcher=_refuse,
        )
    except HouseStyleError:
        raise
    except Exception as exc:  # cairosvg raises many kinds for a bad file
        raise HouseStyleError(f"logo: cannot render the SVG {path}: {exc}") from None
    return Image.open(io.BytesIO(png))


def _too_large(path: Path, field: str) -> HouseStyleError:
    with path.open("rb") as stream:  # a PNG's size is in its header (IHDR)
        head = stream.read(24)
    size = ""
    if head.startswith(b"\x89PNG\r\n\x1a\n") and len(head) == 24:
        width, height = struct.unpack(">II", head[16:24])
        size = f" is {width:,} x {height:,} pixels,"
    return HouseStyleError(
        f"{field}: the image {path}{size} too large to read safely; allowed: a PNG of at "
        f"most {Image.MAX_IMAGE_PIXELS or 0:,} pixels (a logo needs a few hundred pixels "
        "across), or an SVG"
    )


def _read_png(path: Path, field: str) -> Image.Image:
    try:
        with warnings.catch_warnings():  # over Pillow's limit is refused, not warned
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(path)
            image.load()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise _too_large(path, field) from None
    except (OSError, ValueError) as exc:
        raise HouseStyleError(f"{field}: cannot read the image {path}: {exc}") from None
    return image


@functools.lru_cache(maxsize=16)
def _load(path: Path, stamp: int, height_px: int, field: str) -> LogoImage:
    suffix = path.suffix.lower()
    if suffix == ".svg":
        image = _render_svg(path, height_px)
    elif suffix == ".png":
        image = _read_png(path, field)
    else:
        raise HouseStyleError(
            f"logo: {path} has an unsupported type; allowed: an .svg or .png file"
        )
    rgba = np.asarray(image.convert("RGBA"), dtype=np.float32) / 255.0
    height, width = rgba.shape[:2]
    if width == 0 or height == 0:
        raise HouseStyleError(f"logo: {path} has no pixels")
    rgba.setflags(write=False)
    return LogoImage(pixels=rgba, aspect=width / height, path=path)


def load_logo(
    path: str | Path, *, min_dpi: float, height_pt: float, field: str = "footer.logo"
) -> LogoImage:
    """Load a logo to draw ``height_pt`` points tall at no less than ``min_dpi``.

    Parameters
    ----------
    path
        An SVG or PNG file.
    min_dpi, height_pt
        The density and height it is drawn at.
    field
        What the caller calls the file in error messages: the brand's ``footer.logo``,
        or ``logo`` when given to ``finalise``.

    Raises
    ------
    HouseStyleError
        If the file is missing, of another type, unreadable, over Pillow's pixel
        limit (a decompression bomb), or asks for an external resource.
    """
    path = Path(path).expanduser().resolve()
    if not path.is_file():
        raise HouseStyleError(
            f"logo: the file {path} does not exist; allowed: an .svg or .png file"
        )
    height_px = min(_MAX_PIXELS, max(16, int(np.ceil(height_pt / POINTS_PER_INCH * min_dpi))))
    return _load(path, path.stat().st_mtime_ns, height_px, field)
