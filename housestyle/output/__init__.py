"""Files for web and print, and the notebook's display of a finished chart.

- ``_export``: ``export()``; ``_formats``: each format's bytes and metadata, with its file
  suffix and MIME type in one table; ``_sizes``: a figure at another size and back;
- ``_once``: a figure laid out once for every format drawn from it;
- ``_targets``: where files go, written all or none; ``_pdffonts``: PDF fonts cut by HarfBuzz;
- ``_embed`` (+ ``templates/``): the web embed, a ``<picture>`` over sizes and the dark twin;
- ``_display``: a finished figure shown in Jupyter as its exported 2x PNG.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._lazy import lazy_names
from ._file_formats import FILE_FORMATS, FORMATS, MIME_TYPES, FileFormat

if TYPE_CHECKING:
    from ._display import (
        attach_display,
        data_uri,
        img_html,
        plain_text,
        png_pixels,
        selected_formats,
    )
    from ._embed import EMBED_SIZES, EmbedText, Picture, check_embed, embed_markup
    from ._export import (
        DEFAULT_FORMATS,
        check_formats,
        drawn_once,
        export,
        preview,
        to_bytes,
        to_files,
    )
    from ._formats import (
        Meta,
        png_bytes,
        webp_bytes,
    )
    from ._pdflogo import steady_pdf_bytes
    from ._svgfonts import font_face_css, page_characters, quiet_font_subsetting, with_svg_fonts
    from ._targets import check_folder, write_all

#: Every name but the formats' table is imported when first asked for: what draws and
#: writes files loads matplotlib's pyplot and pandas, which planning files needs not.
_WHERE = {
    "DEFAULT_FORMATS": "._export",
    "EMBED_SIZES": "._embed",
    "EmbedText": "._embed",
    "Meta": "._formats",
    "Picture": "._embed",
    "attach_display": "._display",
    "check_embed": "._embed",
    "check_folder": "._targets",
    "check_formats": "._export",
    "data_uri": "._display",
    "drawn_once": "._export",
    "embed_markup": "._embed",
    "export": "._export",
    "font_face_css": "._svgfonts",
    "img_html": "._display",
    "page_characters": "._svgfonts",
    "plain_text": "._display",
    "png_bytes": "._formats",
    "png_pixels": "._display",
    "preview": "._export",
    "quiet_font_subsetting": "._svgfonts",
    "selected_formats": "._display",
    "steady_pdf_bytes": "._pdflogo",
    "to_bytes": "._export",
    "to_files": "._export",
    "webp_bytes": "._formats",
    "with_svg_fonts": "._svgfonts",
    "write_all": "._targets",
}
__getattr__ = lazy_names(__name__, _WHERE)

__all__ = [
    "DEFAULT_FORMATS",
    "EMBED_SIZES",
    "EmbedText",
    "FILE_FORMATS",
    "FORMATS",
    "FileFormat",
    "MIME_TYPES",
    "Meta",
    "Picture",
    "attach_display",
    "check_embed",
    "check_folder",
    "check_formats",
    "data_uri",
    "drawn_once",
    "embed_markup",
    "export",
    "img_html",
    "plain_text",
    "png_bytes",
    "webp_bytes",
    "png_pixels",
    "preview",
    "quiet_font_subsetting",
    "font_face_css",
    "page_characters",
    "with_svg_fonts",
    "to_bytes",
    "to_files",
    "selected_formats",
    "steady_pdf_bytes",
    "write_all",
]
