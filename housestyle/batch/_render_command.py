r"""The ``housestyle render`` command: render recipes over parameters, brands and sizes.

    housestyle render cookbook/mpl_highlight_bar.py --param highlight=audi,toyota \\
        --brand ou --brand night --size web --size social --format png --out charts

Values given as text take the type of the recipe's default for that argument
(``--param top=5,10`` gives whole numbers when ``recipe(top=12)``). ``--param`` names
multiply (every combination); ``--params TABLE.csv`` gives a chart per row, and
each row is combined with the ``--param`` values. The command exits with status 1
when any chart failed, after drawing all the others.
"""

from __future__ import annotations

import argparse
import itertools
import sys
from pathlib import Path
from typing import Any

from ..brand import HouseStyleError
from ._engine_choice import ENGINES, WRITE_ON
from ._params import read_table, text_value
from ._sources import source_of

__all__ = ["add_arguments", "run"]


def _listed(values: list[str] | None) -> list[str] | None:
    """``--brand a,b --brand c`` as ``[a, b, c]``; None when not given."""
    if not values:
        return None
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the ``housestyle render`` options to an argparse parser."""
    parser.add_argument("recipes", nargs="+", metavar="RECIPE", help="recipe files or pkg.mod:fn")
    parser.add_argument(
        "--param",
        action="append",
        metavar="NAME=V1,V2",
        help="values of one argument; repeat for others (every combination is drawn)",
    )
    parser.add_argument("--params", metavar="TABLE.csv", help="a CSV table: a chart per row")
    parser.add_argument("--brand", action="append", metavar="NAME", help="brand name or file")
    parser.add_argument("--size", action="append", metavar="PRESET", help="size preset name")
    parser.add_argument("--format", action="append", metavar="FORMAT", help="png, svg, pdf...")
    parser.add_argument(
        "--locale",
        action="append",
        metavar="LOCALE",
        help="draw every chart in this locale too (en, cy, fr, de...); named last in the files",
    )
    parser.add_argument("--out", default="charts", help="output folder (default: charts)")
    parser.add_argument("--jobs", type=int, default=None, help="worker processes (default: CPUs)")
    parser.add_argument("--engine", choices=ENGINES, default=None, help="default: process")
    parser.add_argument("--scheduler", metavar="ADDRESS", help="a Dask scheduler (tcp://host:port)")
    parser.add_argument(
        "--write-on",
        choices=WRITE_ON,
        default=None,
        help="who writes the files: the workers (a shared folder) or this process "
        "(default: workers, but this process with Dask)",
    )
    parser.add_argument("--force", action="store_true", help="draw every chart again")


def _grid(options: list[str] | None, defaults: dict[str, Any]) -> dict[str, list[Any]]:
    grid: dict[str, list[Any]] = {}
    for option in options or []:
        name, equals, values = option.partition("=")
        name = name.strip()
        if not equals or not name.isidentifier():
            raise HouseStyleError(
                f"--param: {option!r} is not NAME=VALUES; allowed: --param highlight=audi,ford"
            )
        texts = [v.strip() for v in values.split(",")]
        grid.setdefault(name, []).extend(text_value(name, t, defaults.get(name)) for t in texts)
    return grid


def _param_sets(args: argparse.Namespace, defaults: dict[str, Any]) -> list[dict[str, Any]] | None:
    grid = _grid(args.param, defaults)
    rows = read_table(Path(args.params), defaults) if args.params else [{}]
    combos = [dict(zip(grid, c, strict=True)) for c in itertools.product(*grid.values())]
    sets = [{**row, **combo} for row in rows for combo in combos]
    return None if sets == [{}] else sets


def _defaults(recipes: list[str]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for recipe in recipes:
        for name, value in source_of(recipe).defaults.items():
            found.setdefault(name, value)
    return found


def _report_failures(report: Any) -> None:
    for chart in report.failed:
        print(f"render: {chart.name} failed: {chart.error}", file=sys.stderr)
        if chart.traceback:
            print(chart.traceback.rstrip(), file=sys.stderr)


def run(args: argparse.Namespace) -> int:
    """Render the recipes (``housestyle render``); return 1 if any chart failed."""
    from ._render_many import render_many

    engine = args.engine or ("dask" if args.scheduler else "process")
    if args.scheduler and engine != "dask":
        raise HouseStyleError(f"--scheduler: a Dask scheduler needs --engine dask, not {engine}")
    report = render_many(
        args.recipes,
        params=_param_sets(args, _defaults(args.recipes)),
        brands=_listed(args.brand),
        sizes=_listed(args.size),
        formats=_listed(args.format),
        out=args.out,
        engine=engine,
        jobs=args.jobs,
        client=args.scheduler,
        force=args.force,
        write_on=args.write_on,
        locales=_listed(args.locale),
    )
    _report_failures(report)
    print(f"render: {report.summary()}", file=sys.stderr)
    return 0 if report.ok else 1
