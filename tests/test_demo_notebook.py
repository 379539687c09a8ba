"""The demo notebook runs from a clean copy of the cookbook with no cell erroring.

It is executed with nbclient on an IPython kernel of this very interpreter (a kernel
spec written for the test, so a ``python`` elsewhere on PATH is never used), in a copy
of ``cookbook/`` so that its exports stay out of the work tree. No network is needed.
"""

from __future__ import annotations

import base64
import io
import re
import shutil
from pathlib import Path

import pytest
from PIL import Image

import housestyle

from .helpers import kernel_manager

pytestmark = pytest.mark.slow  # a Jupyter kernel runs the notebook: the full suite only

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
pytest.importorskip("ipykernel")
pytest.importorskip("ipywidgets")

COOKBOOK = Path(__file__).resolve().parents[1] / "cookbook"
NOTEBOOK = COOKBOOK / "notebook_demo.ipynb"


@pytest.fixture(scope="module")
def executed(tmp_path_factory: pytest.TempPathFactory):
    tmp_path = tmp_path_factory.mktemp("notebook")
    work = tmp_path / "cookbook"
    shutil.copytree(COOKBOOK, work, ignore=shutil.ignore_patterns("out", "__pycache__"))
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(
        notebook,
        km=kernel_manager(tmp_path),
        timeout=600,
        resources={"metadata": {"path": str(work)}},
    )
    client.execute()  # raises CellExecutionError, naming the cell, if any cell errors
    return notebook, work


def _outputs(notebook, source_start: str) -> list[dict]:
    cells = [c for c in notebook.cells if c.cell_type == "code"]
    matches = [c for c in cells if c.source.startswith(source_start)]
    assert len(matches) == 1, source_start
    return matches[0].outputs


def test_committed_without_outputs():
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(notebook)
    code = [c for c in notebook.cells if c.cell_type == "code"]
    assert code
    assert all(not c.outputs and c.execution_count is None for c in code)


def test_every_cell_runs(executed):
    notebook, _ = executed
    code = [c for c in notebook.cells if c.cell_type == "code"]
    assert all(c.execution_count for c in code)
    errors = [o for c in code for o in c.outputs if o.output_type == "error"]
    assert not errors


def test_chart_shows_once_as_its_2x_png_with_alt(executed):
    notebook, _ = executed
    shown = [o for o in _outputs(notebook, "fig = recipe(") if "data" in o]
    assert len(shown) == 1, "a finalised pyplot figure must not be shown twice"
    data, metadata = shown[0]["data"], shown[0]["metadata"]
    png = base64.b64decode(data["image/png"])
    tags = re.findall(r'<img [^>]*width="(\d+)" height="(\d+)" alt="([^"]+)"', data["text/html"])
    assert len(tags) == 1, data["text/html"][:300]
    width, height, alt = int(tags[0][0]), int(tags[0][1]), tags[0][2]
    web = housestyle.load_brand("ou").presets["web"].pixels
    assert (width, height) == web, "shown at the 1x size of the preset it was finalised at"
    assert metadata["image/png"] == {"width": width, "height": height}
    assert Image.open(io.BytesIO(png)).size == (2 * width, 2 * height)
    assert alt.startswith("Horizontal bar chart") and "Toyota highlighted" in alt


def test_show_and_explorer_outputs(executed):
    notebook, _ = executed
    html = _outputs(notebook, "housestyle.show(fig)")[0]["data"]["text/html"]
    names = re.findall(r'download="([^"]+)"', html)
    assert [Path(name).suffix for name in names] == [".png", ".svg", ".pdf", ".csv"]
    assert all(name.startswith("toyota-") for name in names), names
    widget = _outputs(notebook, "def top_makers")[0]["data"]
    assert "application/vnd.jupyter.widget-view+json" in widget


def test_explorer_export_wrote_into_the_copy(executed):
    _, work = executed
    written = sorted(p.name for p in (work / "out" / "explore").iterdir())
    assert any(name.endswith(".svg") and "night" in name for name in written)
    assert {Path(name).suffix for name in written} >= {".png", ".svg", ".pdf"}


def test_stage_report_app_offers_the_class_drivers_and_exports_for_social(executed):
    notebook, work = executed
    printed = _outputs(notebook, 'desk.controls["rally_class"]')
    offered = next(o for o in printed if o.output_type == "stream")["text"]
    assert "P. Duarte" in offered and "M. Okafor" not in offered, "Rally2's drivers only"
    (png,) = (work / "out" / "stage").iterdir()
    assert "rally2" in png.name and "p-duarte" in png.name.replace(".", "").replace("_", "-")
    with Image.open(png) as image:
        assert image.width == 1200, "written at the social preset"
