"""The cookbook's static gallery, drawn through the batch engine at every size.

``_build`` runs a build in named steps; ``_manifest`` and ``_outputs`` say what each
chart writes, ``_worker`` draws one chart (thumbnails, checks, simulations, its data),
``_site``, ``_embeds``, ``_brandpage`` and ``_specimen_page`` write the pages through
``_jinja`` (``templates/``, ``static/``); ``_gallery_command`` is ``housestyle gallery``.
"""

from __future__ import annotations

from ._build import GalleryResult, build_gallery

__all__ = [
    "GalleryResult",
    "build_gallery",
]
