"""The package's types check: mypy over housestyle/ as configured in pyproject.toml."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # mypy over the package: the full suite only

ROOT = Path(__file__).resolve().parent.parent


def test_mypy_passes():
    # mypy is in the test extra: its absence is a broken install, not a reason to skip
    assert shutil.which("mypy", path=str(Path(sys.executable).parent)) or _importable("mypy")
    result = subprocess.run(
        [sys.executable, "-m", "mypy"], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def _importable(name: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(name) is not None
