"""pytest set-up shared by every test: image comparison on by default, versions reported.

It also keeps the test modules compiled between runs (below). pytest-mpl compares
images only under ``--mpl``. Plain ``pytest`` turns it on here, so
a developer's run checks the images as CI does; ``pytest -p no:pytest_mpl`` or
``HOUSESTYLE_NO_MPL=1 pytest`` runs the recipe tests without comparing.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

# The test modules are kept compiled (pytest's assertion rewriting caches them in
# __pycache__, gitignored) also where PYTHONDONTWRITEBYTECODE is set, as on this project's
# machines: without the cache each xdist worker rewrote and compiled all 86 test modules
# at every run, 6-10 s of the quick lane's 90 (measured with and without).
sys.dont_write_bytecode = False


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


#: A test of the quick lane longer than this (seconds, here) is named at the end of the
#: lane, so the lane stays quick as tests are added: mark it slow, or draw less in it.
QUICK_LIMIT = 2.0


def pytest_terminal_summary(terminalreporter, exitstatus: int, config: pytest.Config) -> None:
    if "not slow" not in (config.getoption("markexpr") or ""):
        return
    reports = terminalreporter.stats.get("passed", []) + terminalreporter.stats.get("failed", [])
    long = sorted(
        ((r.duration, r.nodeid) for r in reports if r.when == "call" and r.duration > QUICK_LIMIT),
        reverse=True,
    )
    if long:
        terminalreporter.section(f"quick lane: tests over {QUICK_LIMIT:.0f} s")
        for seconds, nodeid in long:
            terminalreporter.write_line(f"{seconds:5.1f} s  {nodeid}")
        terminalreporter.write_line(
            "mark them @pytest.mark.slow (the full suite runs them) or draw less"
        )


@pytest.hookimpl(hookwrapper=True)
def pytest_fixture_setup(fixturedef: pytest.FixtureDef, request: pytest.FixtureRequest):
    """A module or session fixture's figures are kept as Figures but leave pyplot's list.

    A test runs with only its own figures in pyplot: ``plt.get_fignums()``, ``plt.gcf()``
    and pandas' ``Series.plot`` (which draws into the current figure when there is one)
    must not meet a figure a shared fixture made for other tests, whichever tests the
    worker ran before. The figures still draw and save as before (Agg needs no window).
    """
    if fixturedef.scope == "function":
        yield
        return
    import matplotlib.pyplot as plt

    before = set(plt.get_fignums())
    yield
    for number in set(plt.get_fignums()) - before:
        plt.close(number)


@pytest.fixture(autouse=True)
def _isolated():
    """Every test starts clean and leaves nothing behind: Agg, figures closed, rcParams,
    the current brand and size restored (housestyle.testing.isolated, which users get too)."""
    from housestyle.testing import isolated

    with isolated():
        yield


# --------------------------------------------------------------------------- #
# A real browser for the gallery's pages: Debian's headless Chromium, via Playwright
# (tests/test_gallery_browser.py, tests/test_specimen_browser.py).
# --------------------------------------------------------------------------- #

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def _missing() -> str | None:
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the playwright Python package is not installed"
    if not Path(CHROMIUM).is_file():
        return f"no Chromium at {CHROMIUM} (Debian package chromium)"
    return None


@pytest.fixture(scope="module")
def browser():
    reason = _missing()
    if reason is not None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"the browser test cannot run in CI: {reason}")
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as driver:
        chromium = driver.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield page
    context.close()
    remote = [url for url in requests if not url.startswith(("file://", "data:"))]
    assert remote == [], "the gallery fetched from the network"
    assert errors == [], "JavaScript errors"
