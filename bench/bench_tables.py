"""A 10 x 6 styled table to PNG: housestyle.table against dataframe_image and great_tables.

The same table (ten regions, six columns, a blue gradient on three of them, formatted
numbers) is written to PNG by

- ``housestyle``: ``housestyle.table(styler, title=, source=)`` + ``housestyle.export``
  (a finished figure, with title block, footer and logo);
- ``dataframe_image`` through matplotlib (``table_conversion="matplotlib"``);
- ``dataframe_image`` through Chrome (``table_conversion="chrome"``), if a browser exists;
- ``great_tables``' ``GT.gtsave`` (headless Chrome through nokap), if a browser exists.
  Its first call starts the browser; that cold call is reported on its own, and the
  median is of the warm calls after it.

Each peer runs in turn (its first call, then ``--runs`` timed calls), and the browser
great_tables keeps between calls is closed before the next peer, so that no peer is
timed while another's browser is running. Prints the median seconds per table and
each peer's time as a multiple of ours.
Targets: at least 5x faster than each browser path, no slower than dataframe_image's
matplotlib path. A peer that is not installed gets a clear skip line.

    MPLBACKEND=Agg python bench/bench_tables.py [--runs 7] [--out DIR]

``--out`` keeps every peer's PNG for looking at them side by side.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import pandas as pd  # noqa: E402

import housestyle  # noqa: E402

GRADIENT = ["GDP (£bn)", "GDP per head (£)", "Index"]
FORMATS = {
    "Population (m)": "{:.1f}",
    "GDP (£bn)": "{:,.0f}",
    "GDP per head (£)": "£{:,.0f}",
    "Growth (%)": "{:+.1f}%",
    "Employment (%)": "{:.1f}%",
    "Index": "{:.1f}",
}


def regions() -> pd.DataFrame:
    """The synthetic 10 x 6 table of the reference images in ../shared/reference."""
    return pd.DataFrame(
        {
            "Population (m)": [7.7, 5.0, 8.4, 7.1, 2.3, 9.3, 7.6, 7.8, 2.5, 5.1],
            "GDP (£bn)": [217, 467, 340, 420, 250, 152, 300, 79, 422, 334],
            "GDP per head (£)": [
                50324, 34181, 58828, 55725, 51135, 27786, 38669, 21752, 26172, 47322,
            ],
            "Growth (%)": [2.9, 0.9, 0.8, 0.5, 1.7, 2.1, 1.1, 0.5, 0.5, 1.7],
            "Employment (%)": [74.4, 78.3, 77.0, 73.1, 78.3, 78.0, 73.9, 72.9, 76.8, 71.4],
            "Index": [88.0, 80.3, 111.5, 106.6, 108.2, 111.2, 98.4, 102.7, 85.6, 84.6],
        },
        index=pd.Index(
            [
                "North East", "North West", "Yorkshire", "East Midlands", "West Midlands",
                "East", "London", "South East", "South West", "Wales",
            ],
            name="Region",
        ),
    )  # fmt: skip


def styled(frame: pd.DataFrame):
    return frame.style.background_gradient(cmap="Blues", subset=GRADIENT).format(FORMATS)


# --------------------------------------------------------------------------- #
# The peers: each returns a function writing one PNG to a path, or a reason to skip
# --------------------------------------------------------------------------- #


def ours(frame: pd.DataFrame) -> Callable[[Path], None]:
    def run(path: Path) -> None:
        fig = housestyle.table(
            styled(frame),
            title="Regional economies at a glance",
            source="Synthetic data",
        )
        housestyle.export(fig, path.with_suffix(""), formats=["png"])

    return run


def _chrome() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome", "chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


def _installed(module: str) -> bool:
    return importlib.util.find_spec(module) is not None


def dfi_matplotlib(frame: pd.DataFrame) -> Callable[[Path], None] | str:
    if not _installed("dataframe_image"):
        return "dataframe_image is not installed (pip install dataframe_image)"
    import dataframe_image as dfi

    return lambda path: dfi.export(styled(frame), str(path), table_conversion="matplotlib")


def dfi_chrome(frame: pd.DataFrame) -> Callable[[Path], None] | str:
    if not _installed("dataframe_image"):
        return "dataframe_image is not installed (pip install dataframe_image)"
    chrome = _chrome()
    if chrome is None:
        return "no Chrome or Chromium on PATH"
    import dataframe_image as dfi

    return lambda path: dfi.export(
        styled(frame), str(path), table_conversion="chrome", chrome_path=chrome
    )


def _no_sandbox_wrapper(chrome: str, folder: Path) -> str:
    """As root, Chrome refuses to start without --no-sandbox; nokap has no flag for it."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        return chrome
    wrapper = folder / "chrome-no-sandbox"
    wrapper.write_text(f'#!/bin/sh\nexec "{chrome}" --no-sandbox "$@"\n', encoding="utf-8")
    wrapper.chmod(0o755)
    return str(wrapper)


def great_tables(frame: pd.DataFrame, folder: Path) -> Callable[[Path], None] | str:
    if not _installed("great_tables"):
        return "great_tables is not installed (pip install great_tables)"
    if not _installed("nokap"):
        return "nokap (great_tables' browser driver for gtsave) is not installed"
    chrome = _chrome()
    if chrome is None:
        return "no Chrome or Chromium on PATH"
    os.environ.setdefault("CHROME_PATH", _no_sandbox_wrapper(chrome, folder))
    from great_tables import GT

    table = (
        GT(frame.reset_index())
        .fmt_number(columns=["Population (m)", "Index"], decimals=1)
        .fmt_number(columns=["GDP (£bn)"], decimals=0)
        .fmt_currency(columns=["GDP per head (£)"], currency="GBP", decimals=0)
        .fmt_number(columns=["Growth (%)"], decimals=1, force_sign=True, pattern="{x}%")
        .fmt_number(columns=["Employment (%)"], decimals=1, pattern="{x}%")
        .data_color(columns=GRADIENT, palette="Blues")
    )
    return lambda path: table.gtsave(str(path), zoom=1)


# --------------------------------------------------------------------------- #
# Timing
# --------------------------------------------------------------------------- #


def _time(run: Callable[[Path], None], path: Path) -> float:
    start = time.perf_counter()
    run(path)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--out", type=Path, default=None, help="keep the PNGs here")
    args = parser.parse_args()
    frame = regions()
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        out = args.out or folder
        out.mkdir(parents=True, exist_ok=True)
        peers = {
            "housestyle.table + export": ours(frame),
            "dataframe_image (matplotlib)": dfi_matplotlib(frame),
            "dataframe_image (chrome)": dfi_chrome(frame),
            "great_tables gtsave (chrome)": great_tables(frame, folder),
        }
        browser = {"dataframe_image (chrome)", "great_tables gtsave (chrome)"}
        runnable = {k: v for k, v in peers.items() if callable(v)}
        for name, reason in peers.items():
            if not callable(reason):
                print(f"SKIP {name}: {reason}")
        paths = {name: out / f"table-{i}.png" for i, name in enumerate(runnable)}
        cold, times = {}, {}
        for name, run in runnable.items():  # one peer at a time: no browser left running
            cold[name] = _time(run, paths[name])
            times[name] = [_time(run, paths[name]) for _ in range(args.runs)]
            if name.startswith("great_tables"):
                import nokap

                nokap.close()
        _report(cold, times, browser, args.runs)
        if args.out:
            for name, path in paths.items():
                print(f"  {name}: {path}")
    return 0


def _report(cold: dict, times: dict, browser: set, runs: int) -> None:
    base = statistics.median(times["housestyle.table + export"])
    print(f"10 x 6 styled table to PNG, median of {runs} runs (first call apart)")
    print(f"{'':32}{'first s':>9}{'median s':>10}{'x ours':>9}  target")
    for name, values in times.items():
        median = statistics.median(values)
        ratio = median / base
        if name.startswith("housestyle"):
            target = ""
        elif name in browser:
            target = f">= 5x: {'met' if ratio >= 5 else 'NOT met'}"
        else:
            target = f">= 1x: {'met' if ratio >= 1 else 'NOT met'}"
        print(f"{name:32}{cold[name]:9.3f}{median:10.3f}{ratio:9.1f}  {target}")


if __name__ == "__main__":
    raise SystemExit(main())
