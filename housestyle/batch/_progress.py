"""The progress bar: tqdm's on a terminal, nothing when output goes to a file or a pipe."""

from __future__ import annotations

import sys
from typing import Any, TextIO

__all__ = ["Progress"]


class Progress:
    """Count charts as they finish, with a bar when ``stream`` is a terminal.

    Parameters
    ----------
    total
        The charts to draw.
    label
        The bar's label (``"render"``, ``"gallery"``).
    show
        True or False to force the bar on or off; None for "on a terminal only".
    stream
        Where the bar goes; standard error by default.
    """

    def __init__(
        self, total: int, label: str, show: bool | None = None, stream: TextIO | None = None
    ) -> None:
        self.stream = stream or sys.stderr
        terminal = bool(getattr(self.stream, "isatty", lambda: False)())
        self.bar: Any = None
        if total and (terminal if show is None else show):
            from tqdm import tqdm

            self.bar = tqdm(
                total=total, desc=label, unit="chart", file=self.stream, dynamic_ncols=True
            )

    def step(self, name: str, ok: bool) -> None:
        """One more chart finished."""
        if self.bar is not None:
            self.bar.set_postfix_str(name if ok else f"{name} FAILED", refresh=False)
            self.bar.update(1)

    def close(self) -> None:
        """End the bar, leaving it on the screen."""
        if self.bar is not None:
            self.bar.close()
