"""housestyle.render_many: charts over parameters x brands x sizes, incremental, on any engine."""

from __future__ import annotations

import json
import os

import pandas as pd
import pytest

from housestyle import HouseStyleError
from housestyle.batch._render_many import render_many
from tests.helpers import assert_chart_file, png_image
from tests.render_recipes import dots, write_counts

SERIAL = {"engine": "serial", "formats": ["png"]}


@pytest.fixture
def counts(tmp_path):
    return write_counts(tmp_path / "cb")


def names(report, which="drawn"):
    return sorted(chart.name for chart in getattr(report, which))


def test_every_parameter_brand_and_size_gets_its_own_file(counts, tmp_path):
    out = tmp_path / "out"
    report = render_many(
        counts,
        params={"label": ["a", "Île"]},
        brands=["ou", "night"],
        sizes=["web", "social"],
        out=out,
        **SERIAL,
    )
    assert report.ok is False  # "Île" is no bar: reported, not raised
    assert names(report, "failed") == [
        f"counts-ile-{b}-{s}" for b in ("night", "ou") for s in ("social", "web")
    ]
    assert names(report) == [
        f"counts-a-{b}-{s}" for b in ("night", "ou") for s in ("social", "web")
    ]
    assert_chart_file("x.png", (out / "counts-a-ou-social.png").read_bytes(), (1200, 675))
    assert_chart_file("x.png", (out / "counts-a-night-web.png").read_bytes(), (640, 450))
    web, night = (png_image((out / f"counts-a-{b}-web.png").read_bytes()) for b in ("ou", "night"))
    assert web.getpixel((5, 5)) != night.getpixel((5, 5))  # each brand's own background
    failed = report.failed[0]
    assert "ValueError: no bar called 'Île'" in failed.error
    assert 'counts.py", line' in failed.traceback and "raise ValueError" in failed.traceback
    assert "_render" not in failed.traceback  # only the recipe's frames
    assert sorted(p.name for p in out.glob("*.png")) == sorted(f"{n}.png" for n in names(report))
    assert "8 charts: 4 drawn, 0 unchanged, 4 failed" in report.summary()


def test_a_rerun_draws_only_what_changed(counts, tmp_path):
    out = tmp_path / "out"
    args = {"params": {"label": ["a", "b"]}, "brands": ["ou"], "sizes": ["web"], "out": out}
    first = render_many(counts, **args, **SERIAL)
    assert names(first) == ["counts-a-ou-web", "counts-b-ou-web"] and first.ok
    second = render_many(counts, **args, **SERIAL)
    assert second.drawn == [] and names(second, "skipped") == names(first)

    (counts.parent / "data" / "counts.csv").write_text("name,value\na,3\nb,5\nc,2\n")
    assert names(render_many(counts, **args, **SERIAL)) == names(first)  # declared DATA changed

    (out / "counts-b-ou-web.png").unlink()  # a missing file is drawn again
    assert names(render_many(counts, **args, **SERIAL)) == ["counts-b-ou-web"]

    more = {**args, "params": {"label": ["a", "b"], "scale": [1, 2]}}  # new parameters: new charts
    assert len(render_many(counts, **more, **SERIAL).drawn) == 4  # names now carry the scale
    assert render_many(counts, **args, **SERIAL).drawn == []  # the first ones are still recorded

    counts.write_text(counts.read_text().replace('source="Made up"', 'source="Made up, 2024"'))
    assert names(render_many(counts, **args, **SERIAL)) == names(first)  # the recipe changed
    assert len(render_many(counts, **args, force=True, **SERIAL).drawn) == 2

    brand = tmp_path / "mine.yaml"
    brand.write_text('extends: ou\nname: mine\ncolours: {highlight: "#aa3377"}\n')
    both = {**args, "brands": ["ou", brand]}
    assert names(render_many(counts, **both, **SERIAL)) == [
        "counts-a-mine-web",
        "counts-b-mine-web",
    ]
    brand.write_text('extends: ou\nname: mine\ncolours: {highlight: "#117733"}\n')
    assert names(render_many(counts, **both, **SERIAL)) == [
        "counts-a-mine-web",
        "counts-b-mine-web",
    ]
    manifest = json.loads((out / ".housestyle-render.json").read_text())
    assert manifest["charts"]["counts-a-ou-web"]["files"] == ["counts-a-ou-web.png"]


def test_a_failed_chart_is_tried_again(counts, tmp_path):
    out = tmp_path / "out"
    args = {"params": [{"label": "a"}, {"label": "z"}], "out": out}
    assert names(render_many(counts, **args, **SERIAL), "failed") == ["counts-z-ou-web"]
    again = render_many(counts, **args, **SERIAL)
    assert names(again, "failed") == ["counts-z-ou-web"] and names(again, "skipped") == [
        "counts-a-ou-web"
    ]


def test_colliding_names_are_refused_before_anything_is_written(counts, tmp_path):
    out = tmp_path / "out"
    with pytest.raises(
        HouseStyleError, match=r"two charts would both be written as 'counts-a-b-ou-web'"
    ):
        render_many(counts, params={"label": ["A b", "a-b"]}, out=out, **SERIAL)
    with pytest.raises(HouseStyleError, match="two charts"):
        render_many(
            counts,
            params=[{"label": "a", "scale": 1}, {"label": "a", "scale": "1"}],
            out=out,
            **SERIAL,
        )
    assert not out.exists()


def test_user_errors_are_refused_before_anything_is_written(counts, tmp_path):
    out = tmp_path / "out"
    cases = {
        "params: 'label' is not a parameter name|params: 5 is not a dict": [5],
        "label=.a.* is not a list of values": {"label": "a"},
    }
    for match, params in cases.items():
        with pytest.raises(HouseStyleError, match=match):
            render_many(counts, params=params, out=out, **SERIAL)
    with pytest.raises(HouseStyleError, match="size: unknown size preset 'huge'"):
        render_many(counts, sizes=["huge"], out=out, **SERIAL)
    with pytest.raises(HouseStyleError, match="engine: 'threads' is not known"):
        render_many(counts, out=out, engine="threads")
    with pytest.raises(HouseStyleError, match="formats: 'gif' not supported"):
        render_many(counts, out=out, engine="serial", formats=["gif"])
    (counts.parent / "data" / "counts.csv").unlink()
    with pytest.raises(
        HouseStyleError, match=r"DATA names 'data/counts.csv', and no file is there"
    ):
        render_many(counts, out=out, **SERIAL)
    with pytest.raises(HouseStyleError, match="cannot be sent to worker processes"):
        render_many(lambda: None, out=out, engine="process")
    assert not out.exists()


def test_a_chart_function_over_a_dataframe(tmp_path):
    out = tmp_path / "out"
    frame = pd.DataFrame({"n": [3, 5]})
    report = render_many(dots, params=frame, sizes="social", out=out, **SERIAL)
    assert names(report) == ["dots-3-ou-social", "dots-5-ou-social"]
    assert report.drawn[0].params == {"n": 3} and type(report.drawn[0].params["n"]) is int
    assert_chart_file("x.png", (out / "dots-5-ou-social.png").read_bytes(), (1200, 675))
    assert render_many(dots, params=frame, sizes="social", out=out, **SERIAL).drawn == []


def test_the_serial_engine_leaves_the_callers_figures_open(counts, tmp_path):
    import matplotlib.pyplot as plt

    mine = plt.figure()
    render_many(counts, params={"label": ["a", "z"]}, out=tmp_path / "out", **SERIAL)
    assert plt.get_fignums() == [mine.number]


@pytest.fixture(scope="module")
def cluster():
    distributed = pytest.importorskip("distributed")
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as local,
        distributed.Client(local) as client,
    ):
        yield client


def folder_bytes(folder):
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if not p.name.startswith(".")}


@pytest.mark.slow  # a Dask cluster and worker processes
def test_dask_writes_the_same_bytes_as_worker_processes(counts, tmp_path, cluster):
    kinds = {
        "params": {"label": ["a", "c", "z"]},
        "brands": ["ou", "night"],
        "formats": ["png", "svg", "pdf"],
    }
    process = render_many(counts, out=tmp_path / "p", engine="process", jobs=2, **kinds)
    on_client = render_many(counts, out=tmp_path / "d", engine="dask", client=cluster, **kinds)
    on_workers = render_many(
        counts, out=tmp_path / "w", engine="dask", client=cluster, write_on="workers", **kinds
    )
    assert names(process) == names(on_client) == names(on_workers) and len(process.drawn) == 4
    assert names(on_client, "failed") == ["counts-z-night-web", "counts-z-ou-web"]
    assert "no bar called 'z'" in on_client.failed[0].traceback
    expected = folder_bytes(tmp_path / "p")
    assert len(expected) == 12
    assert folder_bytes(tmp_path / "d") == expected == folder_bytes(tmp_path / "w")
    assert len(process.memory) == 2 and os.getpid() not in process.memory  # two worker processes
    assert all(1 in samples for samples in process.memory.values())  # after its first chart
    assert sum(max(samples) for samples in process.memory.values()) == 6  # and its last
    assert {pid for pid in on_workers.memory} <= set(cluster.run(os.getpid).values())
    again = render_many(counts, out=tmp_path / "d", engine="dask", client=cluster, **kinds)
    assert again.drawn == [] and len(again.skipped) == 4
