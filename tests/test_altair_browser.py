"""An Altair chart's interactive HTML in a real browser, offline: Debian's Chromium.

The page must draw the finished chart (title block, chart, source) with nothing
fetched from the network: Vega is inlined, the brand's fonts are data URIs.
"""

from __future__ import annotations

import pandas as pd
import pytest

alt = pytest.importorskip("altair")
pytest.importorskip("vl_convert")

import housestyle  # noqa: E402

pytestmark = pytest.mark.slow  # a browser: the full suite only


def test_the_html_page_draws_the_chart_offline_in_the_brands_font(page, tmp_path):
    data = pd.DataFrame({"year": [2020, 2021, 2022], "value": [3, 5, 4]})
    chart = alt.Chart(data).mark_line(point=True).encode(x="year:O", y="value:Q")
    finished = housestyle.finalise(
        chart, title="Values rose", subtitle="Per year", source="Our survey", alt="A line"
    )
    (html,) = housestyle.export(finished, tmp_path / "chart", formats=["html"])
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(html.as_uri())
    page.wait_for_selector("svg.marks text")
    texts = page.eval_on_selector_all("svg.marks text", "nodes => nodes.map(n => n.textContent)")
    assert {"Values rose", "Per year", "Source: Our survey"} <= set(texts)
    assert page.title() == "Values rose"
    assert page.evaluate("document.fonts.check('16px Lato')"), "the brand's font is loaded"
    size = page.eval_on_selector(
        "svg.marks", "svg => [svg.width.baseVal.value, svg.height.baseVal.value]"
    )
    assert size == [640, 450]
    fetched = [url for url in requests if not url.startswith(("file:", "data:", "blob:"))]
    assert fetched == [], "the page fetches nothing from the network"
