"""Pieces the tests share: the cookbook's recipes, and small cookbooks written for a test."""

from __future__ import annotations

import io
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from PIL import Image

from housestyle.batch._recipes import LIBRARIES, Recipe, find_recipes, load_recipe

ROOT = Path(__file__).resolve().parent.parent
COOKBOOK = ROOT / "cookbook"

# --------------------------------------------------------------------------- #
# The cookbook's own recipes
# --------------------------------------------------------------------------- #

RECIPES: dict[str, Recipe] = {r.slug: r for r in find_recipes(COOKBOOK)[0]}
#: The libraries whose recipes return a matplotlib Figure (pytest-mpl compares those).
MPL_LIBRARIES = ("matplotlib", "plotnine")
SLUGS = sorted(slug for slug, recipe in RECIPES.items() if recipe.library in MPL_LIBRARIES)
#: The recipes of a library that draws without matplotlib (Altair), by library.
OTHER_SLUGS = {
    library: sorted(slug for slug, recipe in RECIPES.items() if recipe.library == library)
    for library in LIBRARIES
    if library not in MPL_LIBRARIES
}
#: The recipes the quick lane (``pytest -m "not slow"``) draws: one of each library and a
#: table. Every other recipe's drawing is marked slow and runs in the full suite.
QUICK = ("mpl_line", "p9_line", "table_ranked")


def quick_or_slow(slug: str, *marks: Any) -> Any:
    """``slug`` as a pytest parameter, marked slow unless it is one of :data:`QUICK`."""
    slow = () if slug in QUICK else (pytest.mark.slow,)
    return pytest.param(slug, marks=(*marks, *slow), id=slug)


def first_quick(values: Any) -> list[Any]:
    """``values`` as pytest parameters: the first in the quick lane, the rest marked slow.

    For a test whose cases share one code path: the quick lane walks it once, the full
    suite runs every case.
    """
    params = []
    for i, value in enumerate(values):
        args = value if isinstance(value, tuple) else (value,)
        marks = () if i == 0 else (pytest.mark.slow,)
        name = "-".join(getattr(arg, "__name__", str(arg)) for arg in args)
        params.append(pytest.param(*args, marks=marks, id=name))
    return params


@cache
def load(slug: str) -> ModuleType:
    """Import ``cookbook/<slug>.py`` once, under a private name."""
    return load_recipe(RECIPES[slug].path, "cookbook")


def png_image(data: bytes) -> Image.Image:
    """The PNG (or WebP) bytes as an RGB(A) image, decoded."""
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


def assert_chart_file(name: str, data: bytes, pixels: tuple[int, int]) -> None:
    """``data`` is the export its file name says, of a chart ``pixels`` wide and high at 1x."""
    width, height = pixels
    if name.endswith(("@2x.png", "@2x.webp")):
        assert png_image(data).size == (2 * width, 2 * height), name
    elif name.endswith((".png", ".webp")):
        image = png_image(data)
        assert image.format == name.rsplit(".", 1)[1].upper() and image.size == pixels, name
    elif name.endswith(".svg"):
        from xml.etree import ElementTree

        assert ElementTree.fromstring(data).tag == "{http://www.w3.org/2000/svg}svg", name
    elif name.endswith(".pdf"):
        assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF"), name
    else:
        raise AssertionError(f"not a chart file: {name}")


def pdf_page(pdf: bytes, dpi: float) -> Image.Image:
    """The PDF's first page rasterised by poppler's ``pdftoppm`` at ``dpi``, as RGB."""
    import os
    import shutil
    import subprocess
    import tempfile

    if shutil.which("pdftoppm") is None:
        if os.environ.get("CI"):
            pytest.fail("pdftoppm (poppler-utils) is required in CI")
        pytest.skip("pdftoppm not installed")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "page.pdf"
        path.write_bytes(pdf)
        command = ["pdftoppm", "-png", "-r", f"{dpi:g}", "-singlefile", str(path)]
        subprocess.run([*command, str(path.with_suffix(""))], check=True)
        return png_image((path.with_suffix(".png")).read_bytes()).convert("RGB")


def out_of_place(one: Image.Image, other: Image.Image) -> float:
    """The share of a picture that differs between two drawings of it.

    Compared in blocks of 8 x 8 pixels, a block counts when a channel differs by more
    than 96 of 255: a key, margin or mark out of its place counts (plotnine's colourbar
    drawn at another density: 1.7% of the blocks); two rasterisers' different edges of
    text and lines do not (at most 0.2% on the cookbook).
    """
    import numpy as np

    blocks = (one.width // 8, one.height // 8)
    drawn = [
        np.asarray(im.convert("RGB").resize(one.size).resize(blocks, Image.Resampling.BOX), int)
        for im in (one, other)
    ]
    return float((np.abs(drawn[0] - drawn[1]).max(axis=2) > 96).mean())


# --------------------------------------------------------------------------- #
# Small cookbooks for the gallery tests
# --------------------------------------------------------------------------- #

BARS = '''\
"""Three bars

Bars start at **zero**; the house style drops the left spine.

<script>alert(1)</script>

[a link](javascript:alert(2))
"""

import matplotlib.pyplot as plt

import housestyle

TAGS = ("bar", "matplotlib")


def recipe():
    fig, ax = plt.subplots()
    ax.bar(["a", "b", "c"], [3, 1, 2], color=housestyle.palette(n=1)[0])
    return housestyle.finalise(fig, title="Three bars", source="Made up", alt="Bars <b>alt</b>")
'''

BROKEN = '''\
"""A recipe that raises

It divides by zero on purpose.
"""

TAGS = ("line",)


def recipe():
    return 1 / 0
'''

LINE = '''\
"""One line

A line chart with no tags naming the library; it is found from the imports.
"""

import matplotlib.pyplot as plt

import housestyle

TAGS = ("line",)


def recipe():
    fig, ax = plt.subplots()
    ax.plot([1, 2, 3], [2, 3, 1])
    return housestyle.finalise(fig, title="One line", source="Made up")
'''

FAINT = '''\
"""Faint text

A note in light grey: readable on a dark ground, too faint on white.
"""

import matplotlib.pyplot as plt

import housestyle

TAGS = ("annotation",)


def recipe():
    fig, ax = plt.subplots()
    ax.plot([1, 2, 3], [2, 3, 1], color=housestyle.palette(n=1)[0])
    ax.text(1.6, 2.2, "A faint <b>note</b>", color="#d4d4d4", fontsize=12)
    return housestyle.finalise(fig, title="Faint", source="Made up", alt="A line and a note")
'''

HELPER = '''\
"""Not a recipe: no recipe() function."""

VALUE = 1
'''


def write_cookbook(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in {
        "bars.py": BARS,
        "broken.py": BROKEN,
        "line.py": LINE,
        "helper.py": HELPER,
    }.items():
        (folder / name).write_text(text)
    return folder


# --------------------------------------------------------------------------- #
# Executing notebooks: a kernel of this very interpreter
# --------------------------------------------------------------------------- #

NOTEBOOK_KERNEL = "housestyle-test"


def kernel_manager(tmp_path: Path):
    """A Jupyter kernel manager for this interpreter, as Jupyter would run it.

    The kernel spec is written for the test (so a ``python`` elsewhere on PATH is
    never used), with the inline backend whatever the test run's own MPLBACKEND.
    """
    import json
    import sys

    from jupyter_client.kernelspec import KernelSpecManager
    from jupyter_client.manager import KernelManager

    spec = tmp_path / "kernels" / NOTEBOOK_KERNEL
    spec.mkdir(parents=True)
    argv = [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"]
    (spec / "kernel.json").write_text(
        json.dumps(
            {
                "argv": argv,
                "display_name": "housestyle test",
                "language": "python",
                "env": {"MPLBACKEND": "module://matplotlib_inline.backend_inline"},
            }
        )
    )
    specs = KernelSpecManager(kernel_dirs=[str(spec.parent)])
    return KernelManager(kernel_name=NOTEBOOK_KERNEL, kernel_spec_manager=specs)
