"""What the last run drew: the manifest that makes a rerun draw only what changed.

``housestyle render`` keeps ``.housestyle-render.json`` in its output folder: for each
chart drawn, the key of its inputs (:mod:`.keys`) and the files it made. A chart whose
key is unchanged and whose files are all still there is skipped; a failed chart is
not recorded, so the next run tries it again. Entries of charts not asked for this
time are kept, so going back to them is cheap.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .._files import write_text
from ._keys import RENDER_FORMAT

__all__ = ["MANIFEST", "RenderManifest"]

MANIFEST = ".housestyle-render.json"


@dataclass
class RenderManifest:
    """The charts drawn into one folder: ``{name: {"key": ..., "files": [...]}}``."""

    folder: Path
    charts: dict[str, dict[str, Any]] = field(default_factory=dict)

    @classmethod
    def read(cls, folder: Path) -> RenderManifest:
        """The folder's manifest; an empty one when it is missing, unreadable or outdated."""
        try:
            data = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls(folder)
        if not isinstance(data, dict) or data.get("format") != RENDER_FORMAT:
            return cls(folder)
        charts = data.get("charts")
        return cls(folder, charts if isinstance(charts, dict) else {})

    def is_current(self, name: str, key: str | None, files: list[str]) -> bool:
        """True when ``name`` was drawn from the same inputs and its files are all there."""
        entry = self.charts.get(name)
        if key is None or entry is None or entry.get("key") != key:
            return False
        return all((self.folder / each).is_file() for each in files)

    def drew(self, name: str, key: str | None, files: list[str], seconds: float) -> None:
        """Record a chart drawn; a chart without a key (unknown source) is not recorded."""
        if key is None:
            self.charts.pop(name, None)
            return
        self.charts[name] = {"key": key, "files": sorted(files), "seconds": round(seconds, 3)}

    def forget(self, name: str) -> None:
        """Drop a chart's entry (it failed): the next run draws it again."""
        self.charts.pop(name, None)

    def write(self) -> None:
        """Write the manifest atomically (a reader sees the old one or the new one)."""
        data = {"format": RENDER_FORMAT, "charts": self.charts}
        write_text(self.folder / MANIFEST, json.dumps(data, indent=0, sort_keys=True) + "\n")
