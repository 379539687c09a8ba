"""One headless Chromium, through Kaleido, that draws Plotly figures with the brand's fonts.

Chromium finds fonts through fontconfig. The session writes a fontconfig file that
includes the system's configuration and adds the folder of every brand font it has
been asked for, and starts Chromium with ``FONTCONFIG_FILE`` pointing at it, so the
brand's own files are drawn (and embedded in PDFs) with nothing installed. The browser
is Debian's ``chromium`` that ``.ci/setup`` installs, found by Kaleido; nothing is
downloaded: plotly.js is the copy in the plotly package and MathJax is off.

One session serves the whole process (starting Chromium takes one to two seconds); it
starts with the font folders of every shipped brand, so going from one to another
costs nothing, is restarted only when a brand with fonts in another folder arrives or a
figure fails to draw, and is stopped at exit.

Kaleido reloads its page, plotly.js with it (4 MB of script), after every figure: 120-150
ms of each 200-270 ms render, measured here. The page keeps nothing of one figure into
the next (Kaleido draws each with ``Plotly.toImage`` into a div of its own, removed after,
and sets the PDF page's style and picture afresh), so the session reloads it only every
:data:`RELOAD_EVERY` renders, to keep its memory in bounds, and starts a new browser after
a render that failed. A test draws every cookbook recipe in each format both ways and
finds the same files.
"""

from __future__ import annotations

import asyncio
import atexit
import contextlib
import os
import tempfile
import threading
from collections.abc import Coroutine, Iterable, Iterator
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from ...brand import Brand, HouseStyleError, brands, load_brand

__all__ = ["font_dirs", "render_bytes", "stop"]

_TIMEOUT = 120.0  # seconds for one image
#: Renders between two reloads of Kaleido's page (it reloads after every one).
RELOAD_EVERY = 64
_lock = threading.RLock()
_session: _Session | None = None


def font_dirs(brand: Brand) -> tuple[Path, ...]:
    """Return the folders of the brand's font files."""
    return tuple(sorted({path.parent for path in brand.fonts.files}))


def _fontconfig(dirs: Iterable[Path], folder: Path) -> Path:
    """Write a fontconfig file: the system's configuration, then the brand font folders."""
    body = "".join(f"  <dir>{escape(str(d))}</dir>\n" for d in dirs)
    text = (
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n'
        '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n'
        f"{body}  <cachedir>{escape(str(folder / 'cache'))}</cachedir>\n</fontconfig>\n"
    )
    path = folder / "fonts.conf"
    path.write_text(text, encoding="utf-8")
    return path


class _Session:
    """A Kaleido browser on an event loop of its own thread."""

    def __init__(self, dirs: frozenset[Path]):
        self.dirs = dirs
        self.folder = tempfile.TemporaryDirectory(prefix="housestyle-kaleido-")
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()
        config = _fontconfig(sorted(dirs), Path(self.folder.name))
        before = os.environ.get("FONTCONFIG_FILE")
        os.environ["FONTCONFIG_FILE"] = str(config)  # read once, when Chromium starts
        try:
            self.kaleido = self.run(self._open())
        except BaseException:
            self.close()
            raise
        finally:
            if before is None:
                os.environ.pop("FONTCONFIG_FILE", None)
            else:
                os.environ["FONTCONFIG_FILE"] = before

    def run(self, coroutine: Coroutine[Any, Any, Any]) -> Any:
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop).result(_TIMEOUT)

    async def _open(self) -> Any:
        try:
            import kaleido
        except ImportError:  # pragma: no cover - the extra is installed in the tests
            raise HouseStyleError(
                "plotly: exporting a Plotly chart needs Kaleido; install housestyle[plotly]"
            ) from None
        browser = _reloading_rarely(kaleido.Kaleido)(n=1, mathjax=False)
        await browser.open()
        return browser

    def close(self) -> None:
        browser = getattr(self, "kaleido", None)
        if browser is not None:
            with contextlib.suppress(Exception):  # closing a browser that died
                self.run(browser.close())
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(timeout=10)
        self.folder.cleanup()


def _reloading_rarely(base: type) -> type:
    """Kaleido, reloading its page every :data:`RELOAD_EVERY` renders instead of every one."""

    class SteadyKaleido(base):
        renders = 0

        async def _return_kaleido_tab(self, tab: Any) -> None:
            self.renders += 1
            queue = getattr(self, "tabs_ready", None)
            if self.renders % RELOAD_EVERY == 0 or queue is None:
                await super()._return_kaleido_tab(tab)  # reloads
                return
            logger = getattr(tab, "js_logger", None)
            if logger is not None:
                logger.reset()  # as a reload does: a figure's log is its own
            await queue.put(tab)

    return SteadyKaleido


def _shipped_font_dirs() -> frozenset[Path]:
    """The font folders of every brand housestyle ships."""
    return frozenset(folder for name in brands() for folder in font_dirs(load_brand(name)))


def _session_for(brand: Brand) -> _Session:
    global _session
    wanted = frozenset(font_dirs(brand))
    if _session is not None and wanted <= _session.dirs:
        return _session
    dirs = wanted | (_session.dirs if _session is not None else _shipped_font_dirs())
    stop()
    _session = _Session(dirs)
    return _session


def render_bytes(
    figure: dict[str, Any], brand: Brand, fmt: str, width: int, height: int, scale: float
) -> bytes:
    """Draw a figure (as a dict) to ``png``, ``svg`` or ``pdf`` bytes with the brand's fonts."""
    opts = {"format": fmt, "width": width, "height": height, "scale": scale}
    edges = _edge_to_edge() if fmt == "pdf" else contextlib.nullcontext()
    with _lock, edges:
        session = _session_for(brand)
        try:
            data = session.run(session.kaleido.calc_fig(figure, opts=opts))
        except Exception as exc:
            stop()  # the next figure starts on a fresh page
            raise HouseStyleError(
                f"plotly: Kaleido could not draw the figure as {fmt}: {exc}"
            ) from exc
    return bytes(data) if not isinstance(data, str) else data.encode("utf-8")


#: How Chromium prints the page of a chart to PDF: Kaleido's settings, without margins.
_PRINT_EDGE_TO_EDGE = {
    "printBackground": True,
    "marginTop": 0,
    "marginBottom": 0,
    "marginLeft": 0,
    "marginRight": 0,
    "preferCSSPageSize": True,
    "pageRanges": "1",
}


@contextlib.contextmanager
def _edge_to_edge() -> Iterator[None]:
    """Have Kaleido print a chart's PDF without margins while the block runs.

    Kaleido prints with a tenth of an inch of margin on every side of a page the size
    of the chart, so Chromium shrank the chart into it: the PDF was the PNG at 97%,
    framed in white, its title and bars off their places. Its private ``print_pdf`` is
    swapped for one with the same settings and no margins; a Kaleido without it prints
    as it does (the test that compares the PDF with the PNG says so).
    """
    try:
        from kaleido._kaleido_tab import _devtools_utils as tools
    except ImportError:  # pragma: no cover - another Kaleido's layout
        yield
        return
    original = getattr(tools, "print_pdf", None)
    if original is None:  # pragma: no cover
        yield
        return

    async def print_pdf(tab: Any) -> str | None:
        response = await tab.send_command("Page.printToPDF", params=_PRINT_EDGE_TO_EDGE)
        tools._raise_error(response)
        return response.get("result", {}).get("data")

    tools.print_pdf = print_pdf
    try:
        yield
    finally:
        tools.print_pdf = original


def stop() -> None:
    """Stop the session's browser, if one is running."""
    global _session
    with _lock:
        if _session is not None:
            _session.close()
            _session = None


atexit.register(stop)
