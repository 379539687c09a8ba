"""One copy per site of each script and font the gallery's interactive pages carry.

An interactive page as :func:`housestyle.export` writes it works offline: plotly.js or
the Vega libraries (4-5 MB) and the brand's fonts are inside it. The gallery shows 32
such pages and more, each with the same library inside, which made most of the
site's size. :func:`share_assets` moves every large inline script and every embedded
font of those pages into ``assets/shared/``, named by a hash of their content, so each is
kept once and the pages link to it; the pages still work offline, within the site.
Assets no page links to any more are removed.

A page taken out of the site needs the site's ``assets/shared/``; an author who
wants a page that stands alone writes it with ``housestyle.export(chart, "html")``
(the recipe page says so).
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Iterable
from pathlib import Path

from .._files import write_bytes, write_text

__all__ = ["ASSETS", "MIN_SHARED", "share_assets", "shared_page"]

#: The folder of the shared files, under the gallery's output folder (beside its CSS).
ASSETS = "assets/shared"
#: Inline scripts and embedded fonts at least this long (in characters) are shared: the
#: libraries and whole font files; a chart's own spec and font subsets stay in its page.
MIN_SHARED = 64 * 1024

_SCRIPT = re.compile(r"<script(?P<attrs>[^>]*)>(?P<body>.*?)</script>", re.S | re.I)
_DATA_URL = re.compile(r"url\(data:(?P<mime>[\w.+-]+/[\w.+-]+);base64,(?P<data>[A-Za-z0-9+/=]+)\)")
_SUFFIXES = {"font/ttf": ".ttf", "font/otf": ".otf", "font/woff": ".woff", "font/woff2": ".woff2"}
_ASSET_NAME = re.compile(r"[0-9a-f]{16}\.(?:js|ttf|otf|woff2?)")


def _name(data: bytes, suffix: str) -> str:
    return hashlib.sha256(data).hexdigest()[:16] + suffix


def shared_page(page: str, prefix: str, store: dict[str, bytes]) -> str:
    """The page with its large inline scripts and fonts replaced by links.

    Parameters
    ----------
    page
        The HTML text.
    prefix
        The path from the page's folder to the assets folder, ending in ``/``.
    store
        Filled with ``{file name: content}`` of each asset the page now links to.

    Examples
    --------
    >>> store = {}
    >>> page = "<script>" + "x" * 70_000 + "</script><script>go()</script>"
    >>> shared_page(page, "../assets/", store)
    '<script src="../assets/bca09f4a757d5571.js"></script><script>go()</script>'
    >>> list(store)
    ['bca09f4a757d5571.js']
    """

    def script(found: re.Match[str]) -> str:
        attrs, body = found["attrs"], found["body"]
        if len(body) < MIN_SHARED or "src=" in attrs.lower() or "module" in attrs.lower():
            return found[0]
        data = body.encode("utf-8")
        name = _name(data, ".js")
        store[name] = data
        return f'<script{attrs} src="{prefix}{name}"></script>'

    def data_url(found: re.Match[str]) -> str:
        suffix = _SUFFIXES.get(found["mime"])
        if suffix is None or len(found["data"]) < MIN_SHARED:
            return found[0]
        data = base64.b64decode(found["data"])
        name = _name(data, suffix)
        store[name] = data
        return f"url({prefix}{name})"

    return _DATA_URL.sub(data_url, _SCRIPT.sub(script, page))


def share_assets(out: Path, pages: Iterable[Path]) -> dict[str, int]:
    """Move the pages' large scripts and fonts into ``out/assets``; drop unlinked assets.

    Parameters
    ----------
    out
        The gallery's output folder.
    pages
        The interactive pages, anywhere under ``out``. A page already sharing its
        assets is left as it is (a warm build rewrites nothing).

    Returns
    -------
    dict
        ``{"pages": pages rewritten, "assets": files in assets/ now}``.
    """
    pages = [page for page in pages if page.is_file()]
    folder = out / ASSETS
    rewritten, linked = 0, set[str]()
    for page in pages:
        store: dict[str, bytes] = {}
        prefix = Path(*[".."] * (len(page.relative_to(out).parts) - 1), ASSETS).as_posix() + "/"
        shared = shared_page(page.read_text("utf-8"), prefix, store)
        for name, data in store.items():
            if not (folder / name).is_file():  # named by its content: already the same
                write_bytes(folder / name, data)
        rewritten += write_text(page, shared)
        linked.update(_ASSET_NAME.findall(shared))
    for stale in folder.glob("*") if folder.is_dir() else ():
        if _ASSET_NAME.fullmatch(stale.name) and stale.name not in linked:
            stale.unlink()
    return {"pages": rewritten, "assets": len(linked)}
