"""The code is ruff clean (lint and format), with the ruff version the test extra pins."""

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("command", [["check", "."], ["format", "--check", "."]])
def test_ruff(command):
    # ruff is pinned in the test extra: missing, it is a broken install, never a skip
    assert importlib.util.find_spec("ruff") is not None, "ruff is missing: pip install -e '.[test]'"
    result = subprocess.run(
        [sys.executable, "-m", "ruff", *command], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_reads_every_module_of_the_package():
    """No exclusion pattern hides a package folder (``gallery`` once hid housestyle/gallery)."""
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--show-files", "."],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    read = {Path(line.strip()).resolve() for line in result.stdout.splitlines() if line.strip()}
    modules = set((ROOT / "housestyle").rglob("*.py")) | set((ROOT / "cookbook").glob("*.py"))
    assert not {m.relative_to(ROOT) for m in modules if m.resolve() not in read}
