"""Time `import housestyle` against `import matplotlib.pyplot` alone, in fresh processes.

Prints the medians and their ratio (target: at most 1.10). Each sample is measured inside
a new interpreter, from just before the import to just after it.

    python bench/bench_import.py [--runs 15]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys

SNIPPET = "import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"


def sample(module: str) -> float:
    code = SNIPPET.format(module=module)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout.strip())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    sample("housestyle")  # warm the bytecode and font caches once
    plain, ours = [], []
    for _ in range(args.runs):  # interleaved, so drift in machine load hits both alike
        plain.append(sample("matplotlib.pyplot"))
        ours.append(sample("housestyle"))
    base, mine = statistics.median(plain), statistics.median(ours)
    print(f"import matplotlib.pyplot  median {base * 1000:7.1f} ms  ({args.runs} runs)")
    print(f"import housestyle         median {mine * 1000:7.1f} ms")
    print(f"ratio housestyle / pyplot  {mine / base:.2f}  (target <= 1.10)")


if __name__ == "__main__":
    main()
