"""The seam for chart libraries matplotlib does not draw (housestyle.record._seam).

A fake library's adapter is registered here, so that what finalise, export and check
hand an adapter is tested apart from any real library.
"""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace

import pytest

import housestyle
from housestyle.checks._rules import Finding
from housestyle.finish._finalise import frame_heights
from housestyle.record._plan import Texts
from housestyle.record._record import Finalised
from housestyle.record._seam import ADAPTERS, Job, adapter_for, library_of, register


class FakeChart:
    """A chart of a library called fakechart."""

    def __init__(self, job: Job | None = None):
        self.job = job


FakeChart.__module__ = "fakechart.api"


class FakeAdapter:
    library = "Fake"
    formats = {"png": ".png", "txt": ".txt"}

    def own_texts(self, chart):
        return Texts(title="The chart's own title")

    def finalise(self, chart, job):
        return FakeChart(job)

    def record(self, chart):
        job = chart.job
        if job is None:
            return None
        return Finalised(
            title=job.texts.title,
            subtitle=job.texts.subtitle,
            source=job.texts.source,
            note=job.texts.note,
            alt=job.alt,
            brand=job.brand,
            preset=job.preset,
            header_height=job.plan.header_height,
            footer_height=job.preset.points[1] - job.plan.footer_top,
            logo=job.logo.path if job.logo else None,
        )

    def render(self, chart, formats, preset=None):
        at = preset or chart.job.preset
        return {name: f"{name} at {at.name}".encode() for name in formats}

    def check(self, chart, brand, preset):
        return [Finding("fake_rule", "error", "the chart", f"{brand.name} {preset.name}", "none")]


ADAPTER = FakeAdapter()


@pytest.fixture
def fake():
    register("fakechart", __name__)
    yield
    del ADAPTERS["fakechart"]


def test_the_adapter_is_found_by_the_charts_top_level_module(fake):
    assert library_of(FakeChart()) == "fakechart"
    assert adapter_for(FakeChart()) is ADAPTER
    assert adapter_for(object()) is None


def test_finalise_gives_the_adapter_the_same_plan_as_a_figure(fake):
    finished = housestyle.finalise(FakeChart(), subtitle="Per year", source="ONS", size="social")
    job = finished.job
    assert job.texts == Texts(
        title="The chart's own title", subtitle="Per year", source="Source: ONS"
    )
    assert job.preset.name == "social" and job.brand.name == "ou"
    assert job.logo is not None  # the brand's logo
    expected = frame_heights(
        title="The chart's own title", subtitle="Per year", source="ONS", size="social"
    )
    assert job.plan.header_height == pytest.approx(expected[0])
    assert job.preset.points[1] - job.plan.footer_top == pytest.approx(expected[1])
    assert [piece.gid for piece in job.plan.pieces] == [
        "housestyle-title",
        "housestyle-subtitle",
        "housestyle-source",
    ]


def test_finishing_again_keeps_the_texts_and_size_not_given(fake):
    first = housestyle.finalise(FakeChart(), title="T", source="S", alt="A", size="social")
    again = housestyle.finalise(first, subtitle="New", logo=False)
    assert again.job.texts == Texts(title="T", subtitle="New", source="Source: S")
    assert again.job.alt == "A" and again.job.preset.name == "social" and again.job.logo is None
    assert Job.again(ADAPTER.record(first), first.job.brand.preset("web")).preset.name == "web"


def test_export_writes_what_the_adapter_renders_at_every_size(fake, tmp_path):
    finished = housestyle.finalise(FakeChart(), title="T")
    written = housestyle.export(
        finished, tmp_path / "c.png", formats=["txt"], sizes=["web", "social"]
    )
    assert [path.name for path in written] == ["c-web.txt", "c-social.txt"]
    assert (tmp_path / "c-social.txt").read_text() == "txt at social"


def test_export_refuses_what_the_adapter_does_not_write_and_writes_nothing(fake, tmp_path):
    finished = housestyle.finalise(FakeChart(), title="T")
    with pytest.raises(housestyle.HouseStyleError, match="'pdf' not supported for a Fake chart"):
        housestyle.export(finished, tmp_path / "c", formats=["png", "pdf"])
    with pytest.raises(housestyle.HouseStyleError, match="not finished"):
        housestyle.export(FakeChart(), tmp_path / "c", formats=["png"])
    assert list(tmp_path.iterdir()) == []


def test_check_reports_the_adapters_findings(fake):
    finished = housestyle.finalise(FakeChart(), title="T", brand="night", size="web")
    report = housestyle.check(finished, size="social")
    assert report.figure == "T" and report.brand == "night" and report.size == "social"
    assert [(f.rule, f.message) for f in report] == [("fake_rule", "night social")]
    assert replace(report[0], fix="x").rule == "fake_rule"


def test_importing_housestyle_imports_no_chart_library():
    code = (
        "import sys, housestyle; "
        "print(sorted(m for m in ('altair', 'plotly', 'vl_convert') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
