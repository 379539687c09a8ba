"""Colour science used by the palette report and the checks.

Contrast follows WCAG 2.x (relative luminance of sRGB). Colour-vision deficiency is
simulated with the model of Machado, Oliveira and Fernandes (2009) at full severity,
and colour difference is the Euclidean distance in CAM02-UCS (Luo, Cui and Li,
2006), both as implemented by the ``colorspacious`` library.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np
from matplotlib.colors import to_rgb

if TYPE_CHECKING:
    from matplotlib.typing import ColorType

__all__ = [
    "CVD_TYPES",
    "contrast_ratio",
    "cvd_distance",
    "relative_luminance",
    "relative_luminances",
    "simulate_pixels",
    "simulate_rgb",
    "vision_matrix",
]

#: The colour-vision deficiencies simulated, and greyscale (print, or achromatopsia).
CVD_TYPES = ("deuteranopia", "protanopia", "tritanopia", "greyscale")

_MACHADO = {
    "deuteranopia": "deuteranomaly",
    "protanopia": "protanomaly",
    "tritanopia": "tritanomaly",
}
_LUMINANCE_WEIGHTS = np.array([0.2126, 0.7152, 0.0722])


def _linear(rgb: np.ndarray) -> np.ndarray:
    return np.where(rgb <= 0.04045, rgb / 12.92, ((rgb + 0.055) / 1.055) ** 2.4)


def relative_luminance(colour: ColorType) -> float:
    """Return the WCAG relative luminance of a colour, from 0 (black) to 1 (white)."""
    rgb = np.array([float(channel) for channel in to_rgb(colour)])
    return float(relative_luminances(rgb))


def relative_luminances(rgb: np.ndarray) -> np.ndarray:
    """Return the WCAG relative luminance of an array of sRGB values in [0, 1].

    The last axis holds red, green and blue; the result has one value fewer axes.
    """
    return _linear(np.asarray(rgb, dtype=float)) @ _LUMINANCE_WEIGHTS


def contrast_ratio(foreground: ColorType, background: ColorType) -> float:
    """Return the WCAG contrast ratio of two colours, from 1 to 21.

    Examples
    --------
    >>> round(contrast_ratio("black", "white"), 1)
    21.0
    """
    high, low = sorted((relative_luminance(foreground), relative_luminance(background)))[::-1]
    return (high + 0.05) / (low + 0.05)


def simulate_rgb(rgb: np.ndarray, kind: str) -> np.ndarray:
    """Simulate how an array of sRGB values in [0, 1] looks to a viewer.

    Parameters
    ----------
    rgb
        An array whose last axis holds sRGB red, green and blue in [0, 1].
    kind
        One of :data:`CVD_TYPES`.
    """
    from colorspacious import cspace_convert

    rgb = np.asarray(rgb, dtype=float)
    if kind == "greyscale":
        luminance = relative_luminances(rgb)
        grey = np.where(
            luminance <= 0.0031308, luminance * 12.92, 1.055 * luminance ** (1 / 2.4) - 0.055
        )
        return np.repeat(grey[..., None], 3, axis=-1)
    if kind not in _MACHADO:
        from ..errors import HouseStyleError

        raise HouseStyleError(f"kind: unknown vision {kind!r}; allowed: {', '.join(CVD_TYPES)}")
    space = {"name": "sRGB1+CVD", "cvd_type": _MACHADO[kind], "severity": 100}
    return np.clip(cspace_convert(rgb, space, "sRGB1"), 0.0, 1.0)


def vision_matrix(kind: str) -> np.ndarray:
    """The 3 x 3 matrix that simulates a colour-vision deficiency on linear RGB.

    Machado, Oliveira and Fernandes (2009) at full severity, as :func:`simulate_rgb`
    applies it (through colorspacious): sRGB is made linear, multiplied by this matrix,
    clipped to [0, 1] and encoded again. An SVG ``feColorMatrix`` filtered in
    ``linearRGB`` does the same, so a browser can show the simulation of a picture.

    Examples
    --------
    >>> vision_matrix("deuteranopia").round(3)[0]
    array([ 0.367,  0.861, -0.228])
    """
    from colorspacious.cvd import machado_et_al_2009_matrix

    if kind not in _MACHADO:
        from ..errors import HouseStyleError

        allowed = ", ".join(_MACHADO)
        raise HouseStyleError(f"kind: no matrix for the vision {kind!r}; allowed: {allowed}")
    return np.asarray(machado_et_al_2009_matrix(_MACHADO[kind], 100), dtype=float)


def simulate_pixels(rgb: np.ndarray, kinds: Sequence[str]) -> dict[str, np.ndarray]:
    """Simulate an 8-bit RGB image for each vision in ``kinds``.

    A chart has few distinct colours, so each is converted once: pixels are packed
    into one integer each, the distinct values found, simulated, and spread back.

    Parameters
    ----------
    rgb
        An (h, w, 3) array of uint8 sRGB values.
    kinds
        Visions from :data:`CVD_TYPES`.

    Returns
    -------
    dict
        ``{kind: (h, w, 3) uint8 array}``.
    """
    pixels = np.asarray(rgb, dtype=np.uint32)
    packed = (pixels[..., 0] << 16) | (pixels[..., 1] << 8) | pixels[..., 2]
    codes, index = np.unique(packed.ravel(), return_inverse=True)
    colours = np.stack([codes >> 16, (codes >> 8) & 255, codes & 255], axis=1) / 255.0
    shown = {}
    for kind in kinds:
        simulated = np.round(simulate_rgb(colours, kind) * 255).astype(np.uint8)
        shown[kind] = simulated[index.ravel()].reshape(pixels.shape)
    return shown


def cvd_distance(first: str, second: str, kind: str | None = None) -> float:
    """Return the CAM02-UCS distance between two colours, as seen with ``kind``.

    ``kind`` None means normal vision.
    """
    from colorspacious import cspace_convert

    rgb = np.array([to_rgb(first), to_rgb(second)])
    if kind is not None:
        rgb = simulate_rgb(rgb, kind)
    ucs = cspace_convert(rgb, "sRGB1", "CAM02-UCS")
    return float(np.linalg.norm(ucs[0] - ucs[1]))


def min_pair_distance(colours: Sequence[str], kind: str | None, neighbours: bool) -> float:
    """Return the smallest distance between two of ``colours`` as seen with ``kind``.

    With ``neighbours`` only adjacent colours are compared; else every pair.
    """
    pairs = (
        zip(colours, colours[1:], strict=False)
        if neighbours
        else itertools.combinations(colours, 2)
    )
    return min(cvd_distance(a, b, kind) for a, b in pairs)
