"""Time housestyle render: the engines against a plain loop, a rerun, and memory over 2,000 charts.

200 charts (two recipes, mpl_highlight_bar and p9_highlight_bar, x 25 parameter sets x
2 brands x 2 sizes), PNG, each drawn by:

- a plain loop in this process: ``recipe(**params)`` (which finalises) + ``export``;
- ``render_many(engine="serial")``: target at most 1.1x the plain loop's time a chart;
- ``render_many(engine="process", jobs=2)``, worker start-up included: at least 1.7x
  the serial engine's throughput;
- ``render_many(engine="dask")`` on a ``LocalCluster`` of 2 single-threaded worker
  processes (started before the clock, its start-up printed apart): at least 1.5x;
- ``housestyle render`` run again as a command with nothing changed: under 2 s.

With ``--memory``, 2,000 charts on 2 worker processes, printing each worker's peak
resident memory after its 1st, 10th, 100th, 1000th and last chart (flat: no cache
grows with the number of charts). Ratios print in one run; on a shared machine they
are noisy, so run it on a quiet one.

    python bench/bench_render.py [--skip-dask] [--memory] [--values 5]
"""

from __future__ import annotations

import argparse
import logging
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

import housestyle  # noqa: E402
from housestyle.batch._recipes import load_recipe  # noqa: E402
from housestyle.batch._render_many import render_many  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
RECIPES = [ROOT / "cookbook" / "mpl_highlight_bar.py", ROOT / "cookbook" / "p9_highlight_bar.py"]
#: 25 parameter sets: five makers, each highlighted among the top 8 to 12.
PARAMS = {
    "highlight": ["honda", "volkswagen", "hyundai", "audi", "pontiac"],
    "top": [8, 9, 10, 11, 12],
}
BRANDS = ["ou", "night"]
SIZES = ["web", "social"]
MEMORY_CHARTS = 2000


def plain_loop(out: Path) -> tuple[float, int]:
    """recipe() + export, chart after chart, as a user's own script would."""
    functions = [load_recipe(path, "bench").recipe for path in RECIPES]
    combos = [{"highlight": h, "top": t} for h in PARAMS["highlight"] for t in PARAMS["top"]]
    out.mkdir(parents=True, exist_ok=True)
    started, count = time.perf_counter(), 0
    for function, path in zip(functions, RECIPES, strict=True):
        for params in combos:
            for brand in BRANDS:
                for size in SIZES:
                    with housestyle.style(brand, size):
                        fig = function(**params)
                        name = f"{path.stem}-{params['highlight']}-{params['top']}-{brand}-{size}"
                        housestyle.export(fig, out / name, formats=["png"])
                        plt.close(fig)
                    count += 1
    return time.perf_counter() - started, count


def engine_run(out: Path, engine: str, **options) -> tuple[float, int]:
    started = time.perf_counter()
    report = render_many(
        RECIPES, params=PARAMS, brands=BRANDS, sizes=SIZES, formats=["png"], out=out,
        engine=engine, force=True, progress=False, **options,
    )  # fmt: skip
    assert report.ok, [c.error for c in report.failed]
    return time.perf_counter() - started, len(report.drawn)


def rerun_command(out: Path) -> float:
    command = [sys.executable, "-m", "housestyle.cli", "render", *map(str, RECIPES)]
    for name, values in PARAMS.items():
        command += ["--param", f"{name}={','.join(map(str, values))}"]
    for brand in BRANDS:
        command += ["--brand", brand]
    for size in SIZES:
        command += ["--size", size]
    command += ["--format", "png", "--out", str(out), "--jobs", "2"]
    env = {**os.environ, "MPLBACKEND": "Agg"}
    subprocess.run(command, env=env, capture_output=True, check=True)  # draws what is missing
    started = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    seconds = time.perf_counter() - started
    assert " 0 drawn" in done.stderr, done.stderr
    return seconds


def dask_run(out: Path, jobs: int) -> tuple[float, float, int]:
    from distributed import Client, LocalCluster

    started = time.perf_counter()
    with (
        LocalCluster(
            n_workers=jobs,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.ERROR,
        ) as cluster,
        Client(cluster) as client,
    ):
        client.run(lambda: None)
        start_up = time.perf_counter() - started
        seconds, count = engine_run(out, "dask", client=client)
    return start_up, seconds, count


def line(label: str, seconds: float, count: int, extra: str = "") -> None:
    print(f"{label:34} {seconds:7.1f} s  {seconds / count * 1000:6.0f} ms a chart  {extra}")


def plain_and_serial(out: Path) -> tuple[float, float, int]:
    """The plain loop and the serial engine, each run twice in the order A B B A.

    A machine whose load drifts during the bench then weighs on both alike.
    """
    plain_loop(out / "warm")  # imports, fonts, brands: paid before either clock
    first, count = plain_loop(out / "plain")
    serial_one, n = engine_run(out / "serial", "serial")
    serial_two, _ = engine_run(out / "serial", "serial")
    second, _ = plain_loop(out / "plain")
    assert n == count, (n, count)
    return (first + second) / 2, (serial_one + serial_two) / 2, count


def throughput(out: Path, skip_dask: bool) -> None:
    plain, serial, count = plain_and_serial(out)
    process, _ = engine_run(out / "process", "process", jobs=2)
    line("plain loop (recipe + export)", plain, count, "(mean of two runs, A B B A)")
    ratio = serial / plain
    line("serial engine", serial, count, f"ratio to plain {ratio:.2f} (target <= 1.1)")
    speed = serial / process
    line("process engine, 2 workers", process, count, f"{speed:.2f}x serial (target >= 1.7)")
    if not skip_dask:
        start_up, dask, _ = dask_run(out / "dask", 2)
        speed = serial / dask
        line("dask LocalCluster, 2 workers", dask, count, f"{speed:.2f}x serial (target >= 1.5)")
        print(f"{'  (LocalCluster start-up, apart)':34} {start_up:7.1f} s")
    rerun = rerun_command(out / "process")
    print(f"{'rerun, nothing changed (command)':34} {rerun:7.2f} s  (target < 2)")


def chart(n: int):
    """Chart ``n`` of the memory run: the two recipes in turn, with varied parameters."""
    function = load_recipe(RECIPES[n % 2], "bench_memory").recipe
    makers = PARAMS["highlight"]
    return function(highlight=makers[(n // 2) % 5], top=PARAMS["top"][(n // 10) % 5])


def memory(out: Path, charts: int) -> None:
    started = time.perf_counter()
    numbers = list(range(charts // len(BRANDS)))
    report = render_many(
        chart, params={"n": numbers}, brands=BRANDS, formats=["png"], out=out,
        engine="process", jobs=2, force=True, progress=None,
    )  # fmt: skip
    seconds = time.perf_counter() - started
    print(f"memory run: {report.summary()} ({seconds / report.total * 1000:.0f} ms a chart)")
    for pid, samples in sorted(report.memory.items()):
        shown = "  ".join(f"after {n}: {peak / 2**20:5.0f} MiB" for n, peak in samples.items())
        first, last = samples[min(samples)], samples[max(samples)]
        growth = last - samples.get(100, first)
        print(f"worker {pid}: {shown}  (from the 100th on: {growth / 2**20:+.0f} MiB)")


def main() -> int:  # noqa: D103
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-dask", action="store_true", help="leave out the Dask engine")
    parser.add_argument("--memory", action="store_true", help="the 2,000-chart memory run")
    parser.add_argument(
        "--memory-charts", type=int, default=MEMORY_CHARTS, help="charts in the memory run"
    )
    parser.add_argument(
        "--values", type=int, default=5, help="values of each parameter (5: 25 sets, 200 charts)"
    )
    args = parser.parse_args()
    for name in PARAMS:
        PARAMS[name] = PARAMS[name][: args.values]
    folder = Path(tempfile.mkdtemp(prefix="bench-render-"))
    try:
        print(f"cpus: {os.cpu_count()}, load: {os.getloadavg()[0]:.1f}")
        if args.memory:
            memory(folder / "memory", args.memory_charts)
        else:
            throughput(folder, args.skip_dask)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
