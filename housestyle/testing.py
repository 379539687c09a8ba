"""Image tests for your own charts, with the same stable setup as housestyle's own.

Charts drawn in the house style are compared against committed baseline PNGs with
`pytest-mpl <https://github.com/matplotlib/pytest-mpl>`_. Three things make such a
test stable and sensitive at once, and this module gives them to you:

- :func:`image_test`, a decorator that marks a test returning a figure for
  pytest-mpl with the house style's settings: the brand's rcParams instead of
  pytest-mpl's ``"classic"`` default style, the figure's own dpi and size, byte-stable
  PNG metadata, and a small tolerance (1 RMS);
- :func:`setup` (and the ``housestyle_setup`` pytest fixture), which pins everything
  else that moves pixels: the Agg backend, the brand's bundled fonts, matplotlib's
  default rcParams under the brand's, the brand's own locale, and the current brand;
- :func:`check_versions`, which warns when matplotlib, plotnine or mizani differ
  from the versions pinned in housestyle's ``test`` extra: a new matplotlib moves
  text-heavy charts by several RMS, so baselines are made and checked with the pins.

Examples
--------
In ``tests/test_charts.py``::

    import matplotlib.pyplot as plt
    import housestyle
    from housestyle.testing import image_test

    @image_test(baseline_dir="baseline")
    def test_sales_chart():
        fig, ax = plt.subplots()
        ax.plot([2021, 2022, 2023], [3.1, 3.4, 4.0])
        return housestyle.finalise(fig, title="Sales grew", source="Our ledger")

Create the baseline once, look at it, and commit it::

    pytest tests/test_charts.py --mpl-generate-path=tests/baseline

then compare on every run with ``pytest --mpl``.
"""

from __future__ import annotations

import contextlib
import re
import warnings
from collections.abc import Callable, Iterator
from importlib import metadata
from pathlib import Path
from typing import Any

import matplotlib as mpl

from .brand import (
    Brand,
    BrandLike,
    process_default,
    resolve_brand,
    restore_process_default,
    scoped,
    unscope,
)
from .ink import register_fonts
from .libraries.mpl import rc, style

__all__ = [
    "PINNED",
    "TOLERANCE",
    "VersionWarning",
    "check_versions",
    "housestyle_setup",
    "image_mark",
    "image_test",
    "isolated",
    "pinned_versions",
    "restore_process_default",
    "savefig_kwargs",
    "setup",
]

#: The libraries whose versions move pixels: pinned in the ``test`` extra.
PINNED = ("matplotlib", "plotnine", "mizani")
#: The default RMS tolerance: a subtle change of a brand colour moves a chart by 1.2-1.6.
TOLERANCE = 1.0

_PIN = re.compile(r"^\s*([A-Za-z0-9_.-]+)\s*==\s*([^\s;,]+)")


class VersionWarning(UserWarning):
    """Installed matplotlib, plotnine or mizani differ from the pinned versions."""


def pinned_versions(distribution: str = "housestyle") -> dict[str, str]:
    """Return ``{package: version}`` pinned with ``==`` in the ``test`` extra.

    Parameters
    ----------
    distribution
        The installed distribution whose metadata to read.
    """
    try:
        requirements = metadata.requires(distribution) or []
    except metadata.PackageNotFoundError:
        return {}
    pins = {}
    for requirement in requirements:
        spec, _, marker = requirement.partition(";")
        if not re.search(r"extra\s*==\s*['\"]test['\"]", marker):
            continue
        match = _PIN.match(spec)
        if match:
            pins[match.group(1).lower()] = match.group(2)
    return pins


def _installed(name: str) -> str | None:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return None


def check_versions(
    packages: tuple[str, ...] = PINNED, *, warn: bool = True
) -> dict[str, tuple[str | None, str]]:
    """Compare installed versions with the ``test`` extra's pins.

    Parameters
    ----------
    packages
        Which pinned packages to compare.
    warn
        Warn with :class:`VersionWarning` when any differ.

    Returns
    -------
    dict
        ``{package: (installed, pinned)}`` for each package that differs (empty when
        all match, or when housestyle's metadata has no pins).
    """
    pins = pinned_versions()
    differ = {
        name: (_installed(name), pins[name])
        for name in packages
        if name in pins and _installed(name) != pins[name]
    }
    if differ and warn:
        found = ", ".join(
            f"{n} {have or 'missing'} (pinned {want})" for n, (have, want) in differ.items()
        )
        warnings.warn(
            f"image baselines were made with the pinned versions; installed: {found}. "
            "Expect image tests to fail; install housestyle[test] to compare.",
            VersionWarning,
            stacklevel=2,
        )
    return differ


def savefig_kwargs() -> dict[str, Any]:
    """Return the ``savefig`` arguments image tests use: the figure's own dpi and size."""
    return {"dpi": "figure", "format": "png"}


#: rcParams that are settings of the session, not of a style (matplotlib's own list).
_NOT_STYLE = frozenset(
    {
        "backend",
        "backend_fallback",
        "date.epoch",
        "docstring.hardcopy",
        "figure.max_open_warning",
        "figure.raise_window",
        "interactive",
        "savefig.directory",
        "timezone",
        "tk.window_focus",
        "toolbar",
        "webagg.address",
        "webagg.open_in_browser",
        "webagg.port",
        "webagg.port_retries",
    }
)


def _base_rc(brand: Brand) -> dict[str, Any]:
    """Return matplotlib's defaults overlaid with the brand: the same in every session."""
    defaults = {k: v for k, v in mpl.rcParamsDefault.items() if k not in _NOT_STYLE}
    return defaults | rc(brand)


def image_mark(
    baseline_dir: str | Path = "baseline",
    *,
    filename: str | None = None,
    tolerance: float = TOLERANCE,
    brand: BrandLike | None = None,
    **mark_kwargs: Any,
) -> Any:
    """Return the ``pytest.mark.mpl_image_compare`` mark with the house style's settings.

    Use it where a decorator cannot go, such as ``pytest.param(..., marks=...)``;
    otherwise use :func:`image_test`. The figure is saved under matplotlib's default
    rcParams overlaid with the brand's (never pytest-mpl's ``"classic"`` style), at
    its own dpi and size, with byte-stable PNG metadata.

    Parameters
    ----------
    baseline_dir, filename, tolerance, brand, **mark_kwargs
        As for :func:`image_test`.
    """
    import pytest

    options = {
        "baseline_dir": str(baseline_dir),
        "tolerance": tolerance,
        "style": _base_rc(resolve_brand(brand)),
        "savefig_kwargs": savefig_kwargs(),
        "deterministic": True,
        **({"filename": filename} if filename else {}),
        **mark_kwargs,
    }
    return pytest.mark.mpl_image_compare(**options)


def image_test(
    baseline_dir: str | Path = "baseline",
    *,
    filename: str | None = None,
    tolerance: float = TOLERANCE,
    brand: BrandLike | None = None,
    **mark_kwargs: Any,
) -> Callable[[Callable], Callable]:
    """Mark a test that returns a figure as an image test in the house style.

    The test runs inside :func:`housestyle.style` for ``brand``; pytest-mpl saves the
    figure it returns under matplotlib's default rcParams overlaid with the brand's
    (never pytest-mpl's ``"classic"`` style), at the figure's own dpi and size, and
    fails when the RMS difference from the baseline exceeds ``tolerance``. Without
    ``pytest --mpl`` the test still runs, but nothing is compared.

    Parameters
    ----------
    baseline_dir
        The folder of baseline images, relative to the test file.
    filename
        The baseline's file name; the test's name plus ``.png`` by default.
    tolerance
        The largest RMS difference that passes. Keep it small: raise the pins, not
        the tolerance.
    brand
        The brand to draw in; ``None`` for the current brand (``ou`` by default).
    **mark_kwargs
        Passed on to ``pytest.mark.mpl_image_compare`` (e.g. ``remove_text=True``).

    Returns
    -------
    Callable
        A decorator for the test function.
    """
    resolved = resolve_brand(brand)
    mark = image_mark(
        baseline_dir, filename=filename, tolerance=tolerance, brand=resolved, **mark_kwargs
    )

    def decorate(func: Callable) -> Callable:
        return mark(style(resolved)(func))

    return decorate


@contextlib.contextmanager
def isolated() -> Iterator[None]:
    """Run a block without leaking state into the next: what a test fixture should do.

    Inside the block the backend is Agg and the locale is the brand's own. On exit,
    every figure opened inside is closed, and rcParams, the current brand, size and
    locale (both the process-wide choice of :func:`housestyle.use` and any
    :func:`housestyle.style` block) and the backend are as they were, whatever the
    block changed. The C library's locale is neither read nor changed: housestyle
    writes numbers and dates from Babel's CLDR data (see :mod:`housestyle.ink._locales`).
    """
    import matplotlib.pyplot as plt

    before = set(plt.get_fignums())
    previous_backend = mpl.get_backend()
    previous_default = process_default()  # the locale goes back to none chosen
    plt.switch_backend("Agg")
    token = scoped(None, None)
    try:
        with mpl.rc_context():
            yield
    finally:
        unscope(token)
        restore_process_default(*previous_default)
        for number in set(plt.get_fignums()) - before:
            plt.close(number)
        if previous_backend.lower() != "agg":
            plt.switch_backend(previous_backend)


@contextlib.contextmanager
def setup(brand: BrandLike | None = None) -> Iterator[Brand]:
    """Pin everything that moves pixels for a block, then restore it.

    Inside the block: the Agg backend, the brand's bundled fonts registered,
    matplotlib's default rcParams overlaid with the brand's (so a user's
    ``matplotlibrc`` or an earlier ``plt.style.use`` cannot leak in), the brand's
    own locale, and ``brand`` as the current brand. Everything is restored on
    exit and figures opened inside are closed (see :func:`isolated`).

    Parameters
    ----------
    brand
        The brand; ``None`` for the current brand.

    Yields
    ------
    Brand
        The brand in use.
    """
    resolved = resolve_brand(brand)
    register_fonts(resolved)
    with isolated():
        token = scoped(resolved, None)
        try:
            with mpl.rc_context(_base_rc(resolved)):  # type: ignore[arg-type]
                yield resolved
        finally:
            unscope(token)


def _fixture() -> Callable:
    import pytest

    @pytest.fixture
    def housestyle_setup() -> Iterator[Brand]:
        """Pin backend, fonts, rcParams, locale and brand for one test (:func:`setup`)."""
        with setup() as brand:
            yield brand

    return housestyle_setup


housestyle_setup: Callable[..., Any] | None
try:  # the fixture exists only where pytest is installed
    housestyle_setup = _fixture()
except ImportError:  # pragma: no cover - pytest is a test-time dependency
    housestyle_setup = None
