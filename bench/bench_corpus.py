"""A corpus of charts nobody here wrote: gallery examples through style, finalise and check.

Run::

    MPLBACKEND=Agg python bench/bench_corpus.py EXAMPLES_DIR [OUT_DIR]

``EXAMPLES_DIR`` holds gallery example scripts (``*.py``) fetched once and kept out of
this repository (their licences are their own): seaborn's ``examples/`` folder with
its datasets in ``SEABORN_DATA`` (a checkout of ``mwaskom/seaborn-data``), and any
matplotlib gallery scripts. Each script is run as its author wrote it, inside
``housestyle.style()``; every figure it leaves open is finalised at web and at
print-column and checked. The script prints, for each figure and size, the errors
check() reports (by rule, with counts), and a summary: scripts that raised, figures,
and how many runs had errors of each rule. With ``OUT_DIR`` it writes each finished
figure's PNG there, to look at.
"""

from __future__ import annotations

import collections
import sys
import traceback
import warnings
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt

import housestyle

SIZES = ("web", "print-column")


def run_script(path: Path) -> list[plt.Figure]:
    """Run one example inside style(); return the figures it leaves open."""
    plt.close("all")
    source = path.read_text()
    namespace = {"__name__": "__main__", "__file__": str(path)}
    with housestyle.style(), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        exec(compile(source, str(path), "exec"), namespace)  # noqa: S102 - the corpus
    return [plt.figure(number) for number in plt.get_fignums()]


def finish(fig: plt.Figure, name: str, size: str, out: Path | None) -> list[str]:
    """Finalise a figure at a size and return check()'s errors, by rule."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        done = housestyle.finalise(
            fig,
            title=name,
            source="matplotlib/seaborn gallery",
            alt=f"The {name} example.",
            size=size,
        )
        report = housestyle.check(done)
        if out is not None:
            done.savefig(out / f"{name}-{size}.png")
    return [f"{f.rule}*{f.count}" if f.count > 1 else f.rule for f in report.errors]


def main(folder: Path, out: Path | None) -> None:
    if out is not None:
        out.mkdir(parents=True, exist_ok=True)
    raised, figures = [], 0
    rules: collections.Counter[str] = collections.Counter()
    for path in sorted(folder.glob("*.py")):
        try:
            made = run_script(path)
        except Exception:  # noqa: BLE001 - an example that fails under the style is a finding
            raised.append(f"{path.stem}: {traceback.format_exc().splitlines()[-1]}")
            continue
        for number, fig in enumerate(made, start=1):
            name = path.stem if len(made) == 1 else f"{path.stem}-{number}"
            figures += 1
            for size in SIZES:
                try:
                    errors = finish(fig, name, size, out)
                except Exception:  # noqa: BLE001
                    raised.append(f"{name} at {size}: {traceback.format_exc().splitlines()[-1]}")
                    break
                rules.update({error.split("*")[0] for error in errors})
                print(f"{name:<44} {size:<13} {', '.join(errors) or 'no errors'}")
        plt.close("all")
    print(f"\n{len(list(folder.glob('*.py')))} scripts, {figures} figures, {len(raised)} raised")
    for line in raised:
        print(f"  raised: {line}")
    for rule, count in rules.most_common():
        print(f"  {rule:<20} in {count} runs")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]) if len(sys.argv) > 2 else None)
