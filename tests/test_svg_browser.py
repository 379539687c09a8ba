"""Every library's SVG, opened by a browser where the brand's fonts are not installed,
is the PNG's picture: the brand's faces carried inside, the logo the right way up, a
colour ramp where the PNG has it. Debian's headless Chromium through Playwright; the
SVG is shown as an ``<img>``, which loads nothing but what the file carries.
"""

from __future__ import annotations

import base64
import io

import pytest
from PIL import Image

from housestyle.batch._recipes import run_recipe
from housestyle.output import to_bytes
from tests.helpers import load, out_of_place, png_image

pytestmark = pytest.mark.slow  # a browser: the full suite only

#: A matplotlib line with a note, plotnine with a colourbar, a haloed scatter, Altair, Plotly.
RECIPES = ("mpl_line", "p9_heatmap", "p9_bubble", "alt_grouped_bar", "plotly_heatmap")


@pytest.mark.parametrize("slug", RECIPES)
def test_the_svg_in_a_browser_is_the_pngs_picture(slug, browser):
    chart = run_recipe(load(slug).recipe, "ou")
    drawn = to_bytes(chart, ["png", "svg"])
    png = png_image(drawn["png"]).convert("RGB")
    data = base64.b64encode(drawn["svg"]).decode("ascii")
    context = browser.new_context(viewport={"width": png.width, "height": png.height})
    try:
        page = context.new_page()
        page.set_content(
            '<body style="margin:0"><img id="c" alt="" '
            f'width="{png.width}" height="{png.height}" src="data:image/svg+xml;base64,{data}">'
        )
        page.wait_for_function("document.getElementById('c').complete")
        page.evaluate("document.fonts.ready")
        shot = Image.open(io.BytesIO(page.screenshot())).convert("RGB")
    finally:
        context.close()
    assert shot.size == png.size
    assert out_of_place(png, shot) < 0.005
