"""How meshes and self-scaling boxes are drawn in each format, so every file is one picture.

- plotnine's colourbar reads the density of the first renderer that draws it and keeps
  it (:func:`at_its_density` lets it read it again for each drawing).
- SVG has no shaded triangles: a Gouraud ramp is drawn as one image there
  (:func:`gouraud_as_pixels`).
- Agg draws each cell's edges of a mesh on its own, rounded to whole pixels on both
  sides of a border: a 0.8 pt hairline between heatmap tiles came out 2 to 3 px wide
  in the PNG, twice the PDF's. In raster drawings the edges are drawn once per
  border, as grid lines (:func:`mesh_edges_as_grid_lines`).
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Callable, Iterator
from typing import Any, cast

import numpy as np
from matplotlib.collections import LineCollection, QuadMesh
from matplotlib.colors import same_color
from matplotlib.figure import Figure

__all__ = ["at_its_density", "gouraud_as_pixels", "mesh_edges_as_grid_lines"]


@contextlib.contextmanager
def at_its_density(fig: Figure) -> Iterator[None]:
    """Let the boxes that scale themselves to a renderer's density do so for this drawing.

    plotnine's colourbar (a ``DPICorAuxTransformBox``) reads the density of the first
    renderer that draws it and keeps it: drawn again at another density it came out at
    the wrong size, half as big in a 2x PNG and 1.4 times as big in the PDF and SVG,
    over the panel. Around each drawing here the boxes read it again, before and after.
    """
    boxes: list[Any] = fig.findobj(lambda artist: hasattr(artist, "_dpi_corrected"))

    def forget() -> None:
        for box in boxes:
            box._dpi_corrected = False  # plotnine's, read again at the next draw

    forget()
    try:
        yield
    finally:
        forget()


def _meshes(fig: Figure) -> list[QuadMesh]:
    """Every mesh the figure draws (pcolormesh, a heatmap, plotnine's colourbar)."""
    return [artist for artist in fig.findobj(QuadMesh) if isinstance(artist, QuadMesh)]


#: Meshes with more cells than this keep their own edges: the grid would be as dense.
GRID_CELLS = 20_000


def _on_the_page(mesh: QuadMesh, corners: np.ndarray) -> tuple[np.ndarray, np.ndarray] | None:
    """Where a mesh's column and row borders fall on the page, as drawn now.

    None unless its cells are rectangles in line with the page (a heatmap's, a ramp's).
    """
    at = mesh.get_transform().transform(corners.reshape(-1, 2)).reshape(corners.shape)
    xs, ys = at[0, :, 0], at[:, 0, 1]
    upright = np.allclose(at[..., 0], xs[None, :]) and np.allclose(at[..., 1], ys[:, None])
    return (xs, ys) if upright and len(xs) > 1 and len(ys) > 1 else None


def _upright_borders(mesh: QuadMesh) -> tuple[np.ndarray, np.ndarray] | None:
    """The x and y of a mesh's borders in its data, when its cells are upright rectangles."""
    corners = np.asarray(mesh.get_coordinates())
    rows, columns = corners.shape[:2]
    if (rows - 1) * (columns - 1) > GRID_CELLS or _on_the_page(mesh, corners) is None:
        return None
    return corners[0, :, 0], corners[:, 0, 1]


def _single_edge(mesh: QuadMesh) -> tuple[Any, float] | None:
    """A mesh's one edge colour and width, when its cells share them and it has edges."""
    if getattr(mesh, "_shading", "flat") == "gouraud":
        return None
    widths = np.unique(np.asarray(mesh.get_linewidth(), dtype=float))
    colours = np.asarray(mesh.get_edgecolor())
    if widths.size != 1 or widths[0] <= 0 or colours.size == 0 or len(colours) != 1:
        return None
    if colours[0][3] == 0 or same_color(colours[0], "none"):
        return None
    return colours[0], float(widths[0])


def _grid_of(mesh: QuadMesh) -> LineCollection | None:
    """The mesh's cell edges as one line per border, or None when that is not the same."""
    edge = _single_edge(mesh) if mesh.get_visible() else None
    borders = _upright_borders(mesh) if edge is not None else None
    if edge is None or borders is None:
        return None
    xs, ys = borders
    (x0, x1), (y0, y1) = (xs.min(), xs.max()), (ys.min(), ys.max())
    lines = [[(x, y0), (x, y1)] for x in xs] + [[(x0, y), (x1, y)] for y in ys]
    grid = LineCollection(
        lines,
        colors=[edge[0]],
        linewidths=edge[1],
        linestyles=mesh.get_linestyle()[0],
        transform=mesh.get_transform(),
        zorder=mesh.get_zorder(),
        alpha=mesh.get_alpha(),
        capstyle="projecting",
    )
    grid.set_clip_box(mesh.get_clip_box())
    grid.set_clip_path(mesh.get_clip_path())
    return grid


@contextlib.contextmanager
def mesh_edges_as_grid_lines(fig: Figure) -> Iterator[None]:
    """Draw the edges of upright meshes once per border while the block draws pixels.

    Each such mesh is drawn without its edges, and a grid of lines of its edge colour
    and width is drawn just above it; both come off the figure after the block. A mesh
    with cells of different edges, turned cells or no edges is drawn as it is.
    """
    swapped = []
    for mesh in _meshes(fig):
        grid = _grid_of(mesh)
        if grid is None or mesh.axes is None:
            continue
        widths = mesh.get_linewidth()
        mesh.set_linewidth(0)
        mesh.axes.add_collection(grid, autolim=False)
        swapped.append((mesh, widths, grid))
    try:
        yield
    finally:
        for mesh, widths, grid in swapped:
            grid.remove()
            mesh.set_linewidth(widths)


def _gouraud_meshes(fig: Figure) -> list[QuadMesh]:
    """The meshes drawn with Gouraud shading: plotnine's colourbar, a smooth pcolormesh."""
    return [mesh for mesh in _meshes(fig) if getattr(mesh, "_shading", None) == "gouraud"]


def _between(values: np.ndarray, at: tuple[np.ndarray, np.ndarray], axis: int) -> np.ndarray:
    """``values`` (given at the positions ``at`` along ``axis``) interpolated along it."""
    return np.apply_along_axis(lambda line: np.interp(at[1], at[0], line), axis, values)


def _ramp_picture(mesh: QuadMesh, dpi: float) -> tuple[np.ndarray, float, float] | None:
    """A Gouraud mesh on an upright grid as pixels at ``dpi``, and its lower left corner.

    Gouraud shading on such a grid blends the corners' colours linearly along each side:
    the pixels are that blend, sampled at each pixel's middle. None when the grid is not
    upright (its cells are not rectangles in line with the page).
    """
    borders = _on_the_page(mesh, np.asarray(mesh.get_coordinates()))
    if borders is None:
        return None
    xs, ys = borders
    mesh.update_scalarmappable()
    colours = np.asarray(mesh.get_facecolor()).reshape(len(ys), len(xs), 4)
    scale = dpi / 72  # the SVG is drawn in points
    width = max(1, round(abs(xs[-1] - xs[0]) * scale))
    height = max(1, round(abs(ys[-1] - ys[0]) * scale))
    across = np.linspace(xs.min(), xs.max(), 2 * width + 1)[1::2]  # each pixel's middle
    down = np.linspace(ys.max(), ys.min(), 2 * height + 1)[1::2]  # the image's top row first
    by_x, by_y = np.argsort(xs), np.argsort(ys)
    rows = _between(colours[by_y][:, by_x], (xs[by_x], across), axis=1)
    pixels = _between(rows, (ys[by_y], down), axis=0)
    image = np.round(np.clip(pixels, 0, 1) * 255).astype(np.uint8)
    return image, float(xs.min()), float(ys.min())


@contextlib.contextmanager
def gouraud_as_pixels(fig: Figure) -> Iterator[None]:
    """Draw Gouraud-shaded meshes on an upright grid as an image, for the SVG.

    SVG has no shaded triangles: matplotlib writes each as a filter and three
    gradients, so plotnine's colourbar of 300 steps was 1.9 MB of SVG. As one image at
    the SVG's image density the ramp is a few kilobytes; every line and text around it
    stays a vector. A mesh that is not upright is drawn as before; PDF keeps its own
    shaded triangles.
    """
    meshes = _gouraud_meshes(fig)
    for mesh in meshes:
        mesh.draw = functools.partial(_draw_ramp, mesh, mesh.draw)  # type: ignore[method-assign]
    try:
        yield
    finally:
        for mesh in meshes:
            del mesh.draw


def _draw_ramp(mesh: QuadMesh, draw: Callable[[Any], None], renderer: Any) -> None:
    picture = _ramp_picture(mesh, renderer.image_dpi) if mesh.get_visible() else None
    if picture is None:
        draw(renderer)
        return
    image, left, bottom = picture
    gc = renderer.new_gc()
    cast(Any, mesh)._set_gc_clip(gc)  # the mesh's own clip box and path
    gc.set_alpha(mesh.get_alpha() if mesh.get_alpha() is not None else 1.0)
    renderer.draw_image(gc, left, bottom, image)
    gc.restore()
