"""%load_ext housestyle: every table shown in a notebook gains download buttons.

A notebook is executed with nbclient on an IPython kernel of this interpreter (the
kernel of tests/test_demo_notebook.py); its outputs are read back as a reader's
browser would get them: the table's usual HTML and ``data:`` links whose bytes are
the files housestyle.table draws.
"""

from __future__ import annotations

import base64
import io
import re
import subprocess

import pandas as pd
import pytest
from PIL import Image

import housestyle
from housestyle.output._export import to_bytes

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
pytest.importorskip("ipykernel")

from .helpers import kernel_manager  # noqa: E402

FRAME = """\
import pandas as pd
df = pd.DataFrame({"Maker": ["Toyota", "Ford", "Kia"], "Sales": [1200.5, 980.0, 1430.25],
                   "Share": [0.31, 0.25, 0.37]})
"""
CELLS = [
    "%load_ext housestyle",
    FRAME,
    "df.style.highlight_max()",
    "df",
    "import polars as pl\npl.DataFrame({'a': [1, 2], 'b': ['x', 'y']})",
    "pd.DataFrame({'n': range(2000)})",
    "%unload_ext housestyle",
    "df.style.highlight_max()",
]


def _frame() -> pd.DataFrame:
    scope: dict = {}
    exec(FRAME, scope)
    return scope["df"]


@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    tmp_path = tmp_path_factory.mktemp("tables")
    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(c) for c in CELLS])
    client = nbclient.NotebookClient(
        notebook,
        km=kernel_manager(tmp_path),
        timeout=600,
        resources={"metadata": {"path": str(tmp_path)}},
    )
    client.execute()
    html = []
    for cell in notebook.cells:
        shown = [o for o in cell.outputs if o.output_type == "execute_result"]
        html.append(shown[0]["data"].get("text/html", "") if shown else "")
    return html


def _links(html: str) -> dict[str, bytes]:
    found = re.findall(r'download="([^"]+)" href="data:([^;]+);base64,([^"]+)"', html)
    return {name: base64.b64decode(data) for name, _, data in found}


def test_styler_keeps_its_html_and_gains_png_svg_pdf_csv(outputs):
    html = outputs[2]
    assert "<table" in html and "background-color: yellow" in html, "the Styler's own HTML"
    links = _links(html)
    assert list(links) == ["table.png", "table.svg", "table.pdf", "table.csv"]
    expected = to_bytes(housestyle.table(_frame().style.highlight_max()), ["png", "pdf", "svg"])
    png = links["table.png"]
    assert png == expected["png"], "the PNG button holds the table housestyle.table draws"
    image = Image.open(io.BytesIO(png)).convert("RGB")
    assert image.size == Image.open(io.BytesIO(expected["png"])).size
    assert (255, 255, 0) in {colour for _, colour in image.getcolors(1 << 20)}, "highlight kept"
    assert links["table.pdf"].startswith(b"%PDF-") and links["table.pdf"] == expected["pdf"]
    assert b"Toyota" in links["table.svg"] and links["table.svg"] == expected["svg"]
    assert pd.read_csv(io.BytesIO(links["table.csv"])).equals(_frame())


def test_pdf_button_is_a_pdf_of_the_table(outputs, tmp_path):
    pdf = tmp_path / "table.pdf"
    pdf.write_bytes(_links(outputs[2])["table.pdf"])
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True)
    words = text.stdout.split()
    assert {"Maker", "Sales", "Share", "Toyota", "Ford", "Kia", "1430.25"} <= set(words)


def test_dataframes_pandas_and_polars_gain_buttons(outputs):
    assert list(_links(outputs[3])) == ["table.png", "table.svg", "table.pdf", "table.csv"]
    polars = _links(outputs[4])
    assert polars["table.csv"] == b"a,b\n1,x\n2,y\n"
    assert Image.open(io.BytesIO(polars["table.png"])).format == "PNG"


def test_a_table_too_long_to_draw_says_why_it_has_no_buttons(outputs):
    assert "<table" in outputs[5] and _links(outputs[5]) == {}
    assert "No downloads: data: 2000 rows is more than a table image holds" in outputs[5]


def test_unload_gives_back_the_plain_display(outputs):
    assert "<table" in outputs[7] and "housestyle" not in outputs[7]
    assert _links(outputs[7]) == {}


def test_enable_outside_ipython_names_what_is_allowed():
    from housestyle.notebook._show import enable

    with pytest.raises(housestyle.HouseStyleError, match="no IPython shell"):
        enable()
