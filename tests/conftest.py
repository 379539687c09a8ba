"""pytest set-up shared by every test: image comparison on by default, versions reported.

pytest-mpl compares images only under ``--mpl``. Plain ``pytest`` turns it on here, so
a developer's run checks the images as CI does; ``pytest -p no:pytest_mpl`` or
``HOUSESTYLE_NO_MPL=1 pytest`` runs the recipe tests without comparing.
"""

from __future__ import annotations

import os

import pytest


@pytest.hookimpl(tryfirst=True)
def pytest_configure(config: pytest.Config) -> None:
    # Runs before pytest-mpl's own pytest_configure reads the option.
    if config.pluginmanager.hasplugin("pytest_mpl") and not os.environ.get("HOUSESTYLE_NO_MPL"):
        config.option.mpl = True


def pytest_report_header(config: pytest.Config) -> list[str]:
    from housestyle.testing import check_versions, pinned_versions

    pins = pinned_versions()
    differ = check_versions(warn=False)
    line = "housestyle image pins: " + ", ".join(f"{k}=={v}" for k, v in sorted(pins.items()))
    if differ:
        found = ", ".join(f"{k} {have} (pinned {want})" for k, (have, want) in differ.items())
        return [line, f"WARNING: installed versions differ from the pins: {found}"]
    return [line + " (installed versions match)"]


@pytest.fixture(autouse=True)
def _isolated():
    """Every test starts clean and leaves nothing behind: Agg, figures closed, rcParams,
    the current brand and size restored (housestyle.testing.isolated, which users get too)."""
    from housestyle.testing import isolated

    with isolated():
        yield
