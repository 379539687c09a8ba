"""The Altair adapter: what finalise, export and check do with an Altair chart.

A finished Altair chart is an ``alt.VConcatChart`` whose spec carries its finish
record in ``usermeta`` (:mod:`.compose`), so it can be exported at other sizes and
checked without being asked its brand, size or texts again, in this process or
another (the record is plain JSON).
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape

import numpy as np

from ...brand import SizePreset, load_brand
from ...output import FORMATS as SUFFIXES
from ...record import Finalised, Job, Texts, finalised, write_record
from .. import WRITTEN
from .compose import compose, logo_path, stored_record
from .vlc import render

if TYPE_CHECKING:
    from ...brand import Brand
    from ...findings import Finding

__all__ = ["ADAPTER", "AltairAdapter", "spec_of"]

#: The formats an Altair chart is written in, and their file suffixes.
FORMATS = {name: SUFFIXES[name] for name in WRITTEN}


#: What the HTML page shows on hover: the values of the mark under the pointer.
_HOVER = {"tooltip": {"content": "data"}}


def spec_of(chart: Any) -> dict[str, Any]:
    """Return a chart's Vega-Lite spec as a dict, with no theme's config laid on it.

    The brand decides the look when the chart is finished, whatever theme is enabled
    in the session; a config the chart was given itself (``configure_*``) is kept.
    """
    import altair as alt

    with alt.theme.enable("none"):
        spec: dict[str, Any] = chart.to_dict(validate=False)
    return spec


def _record_of(record: dict[str, Any]) -> Finalised:
    brand = load_brand(record["brand"])
    preset = SizePreset(**record["preset"])
    logo = record["logo"]
    return Finalised(
        title=record["title"],
        subtitle=record["subtitle"],
        source=record["source"],
        note=record["note"],
        alt=record["alt"],
        brand=brand,
        preset=preset,
        header_height=record["header_height"],
        footer_height=record["footer_height"],
        logo=brand.footer.logo if logo is True else logo_path(record),
    )


def _with_svg_text(svg: str, title: str | None, alt: str | None) -> str:
    """Put the chart's title and alt text in the SVG's ``<title>`` and ``<desc>``."""
    parts = "".join(
        f"<{tag}>{escape(text)}</{tag}>" for tag, text in (("title", title), ("desc", alt)) if text
    )
    return re.sub(r"(<svg\b[^>]*>)", lambda m: m.group(1) + parts, svg, count=1)


def _with_svg_fonts(svg: str, fonts: Any) -> str:
    """The SVG with the brand's faces its text uses (:func:`housestyle.output.with_svg_fonts`)."""
    from ...output import with_svg_fonts  # the output package imports the adapters

    return with_svg_fonts(svg, fonts)


def _in_points(svg: str, preset: SizePreset) -> str:
    """Give the SVG its size in points (the preset's size, as matplotlib's SVG has it).

    The drawing stays in pixels (its ``viewBox``); only the printed size changes, so a
    print preset's SVG is 86 mm wide, not 1016 px.
    """
    width, height = preset.points
    found = re.match(r'(<svg\b[^>]*?) width="[\d.]+" height="[\d.]+"', svg)
    if found is None:
        return svg
    return f'{found.group(1)} width="{width:g}pt" height="{height:g}pt"' + svg[found.end() :]


def _with_fonts(page: str, spec: dict[str, Any], brand: Brand, title: str | None) -> str:
    """Load the brand's faces in the page itself, so it reads the same offline.

    Each face is cut to the characters the chart may show (its spec's, hover text
    included, and what number formats write): a few kilobytes, not the whole file.
    """
    from ...output import font_face_css, page_characters  # the output package imports us

    characters = page_characters(json.dumps(spec, ensure_ascii=False, default=str))
    faces = font_face_css(brand.fonts, characters)
    if faces:  # Vega measures text as it lays out: only once the brand's faces are loaded
        family = brand.fonts.family
        page = page.replace(
            "vegaEmbed('#vega-chart', spec, opts)",
            f"Promise.all([document.fonts.load(\"1em '{family}'\"), "
            f"document.fonts.load(\"bold 1em '{family}'\")])"
            ".then(() => vegaEmbed('#vega-chart', spec, opts))",
            1,
        )
    head = f"<title>{escape(title)}</title>" if title else ""
    head += f"<style>{faces}</style>" if faces else ""
    return page.replace("<head>", "<head>" + head, 1)


def _png(drawn: bytes, info: Finalised, scale: float, webp: bool = False) -> bytes:
    """Vega's PNG written as the matplotlib and Plotly ones are: lean, with the metadata.

    With ``webp``, the same pixels as lossless WebP.
    """
    import altair as alt
    from PIL import Image

    from ...output import Meta, png_bytes, webp_bytes

    meta = Meta.of_record(info, "altair", alt.__version__)
    with Image.open(io.BytesIO(drawn)) as image:
        image.load()
        if webp:
            return webp_bytes(image, meta)
        return png_bytes(image, info.preset.dpi * scale, meta)


def _as_chart(spec: dict[str, Any]) -> Any:
    """The finished spec as an ``alt.VConcatChart`` of its parts (:func:`_part`).

    Altair's ``from_dict`` matches every nested object of a spec to its schema class, 60
    to 140 ms a chart and most of an Altair finalise. The composed spec is ours, laid
    out by vl-convert as JSON, and a chart writes back the JSON it holds (``to_dict``),
    so its parts are held as they are, built without Altair's debug checks.
    """
    import altair as alt
    from altair.utils.schemapi import debug_mode

    with debug_mode(False):  # no check of each object as it is made: the spec is ours
        parts = [_part(part) for part in spec["vconcat"]]
        top = {key: value for key, value in spec.items() if key != "vconcat"}
        return alt.VConcatChart(vconcat=parts, **top)


def _part(part: dict[str, Any]) -> Any:
    """One part of a finished spec (title block, chart, footer) as a concatenation holds it.

    Held whole, as JSON, in Altair's class for any sub-spec (``NonNormalizedSpec``). A
    chart with parameters of its own (a selection) is built as Altair's chart of its kind:
    a concatenation lifts a part's parameters to the top level, and names the views they
    apply to only for its own chart classes. Held as JSON, a selection applied to every
    view, title block and footer included, and Vega refused the spec ("Duplicate signal
    name").
    """
    import altair as alt

    if "params" in part:
        kind = (
            alt.LayerChart if "layer" in part else alt.FacetChart if "facet" in part else alt.Chart
        )
        return kind.from_dict(part, validate=False)
    # params and data unset unless given, as on Altair's classes: a concatenation reads both
    return alt.NonNormalizedSpec(**{"params": alt.Undefined, "data": alt.Undefined, **part})


class AltairAdapter:
    """Finishes, writes and checks Altair charts (see :class:`housestyle.record._seam.Adapter`)."""

    library = "Altair"
    formats = FORMATS

    def own_texts(self, chart: Any) -> Texts:
        """The title and subtitle set on the chart (``alt.Chart(title=...)``)."""
        title = spec_of(chart).get("title")
        if isinstance(title, str):
            return Texts(title=title)
        if isinstance(title, dict):
            text, subtitle = title.get("text"), title.get("subtitle")
            join = lambda t: " ".join(t) if isinstance(t, list) else t  # noqa: E731
            return Texts(title=join(text), subtitle=join(subtitle))
        return Texts()

    def finalise(self, chart: Any, job: Job) -> Any:
        """Compose the finished spec and return it as an Altair chart."""
        spec = compose(spec_of(chart), job)
        finished = _as_chart(spec)
        # the record also as Python, for readers of housestyle.finalised(); the spec's
        # usermeta is the record of truth (it survives copies, JSON and processes)
        write_record(finished, _record_of(stored_record(spec) or {}))
        return finished

    def record(self, chart: Any) -> Finalised | None:
        """The finish record in the chart's ``usermeta``, or None."""
        kept = finalised(chart)
        if kept is not None:
            return kept
        record = stored_record(spec_of(chart))
        return _record_of(record) if record is not None else None

    def finished_spec(self, chart: Any, preset: SizePreset | None = None) -> dict[str, Any]:
        """The finished spec, composed again at ``preset`` when it is another size."""
        spec = spec_of(chart)
        stored = stored_record(spec)
        if stored is None:
            raise ValueError("not a finished chart")
        if preset is not None and preset != SizePreset(**stored["preset"]):
            spec = compose(spec, Job.again(_record_of(stored), preset))
        return spec

    def render(
        self, chart: Any, formats: Sequence[str], preset: SizePreset | None = None
    ) -> dict[str, bytes]:
        """Render a finished chart to each format, at ``preset`` or its own size."""
        spec = self.finished_spec(chart, preset)
        info = _record_of(stored_record(spec) or {})
        out = {}
        for name in formats:
            if name in ("png", "png2x", "webp", "webp2x"):
                scale = 2.0 if name.endswith("2x") else 1.0
                drawn = render(spec, "png", info.brand, scale, info.preset.dpi)
                out[name] = _png(drawn, info, scale, webp=name.startswith("webp"))
            elif name == "svg":
                svg = render(spec, "svg", info.brand).decode()
                svg = _in_points(svg, info.preset)
                svg = _with_svg_text(svg, info.title, info.alt)
                out[name] = _with_svg_fonts(svg, info.brand.fonts).encode()
            elif name == "html":  # interactive: the data of a mark on hover
                marks = {**spec["config"].get("mark", {}), **_HOVER}
                hover = {**spec, "config": {**spec["config"], "mark": marks}}
                page = render(hover, "html", info.brand).decode()
                out[name] = _with_fonts(page, hover, info.brand, info.title).encode()
            else:
                out[name] = render(spec, name, info.brand, dpi=info.preset.dpi)
        return out

    def chart_data(self, chart: Any) -> Any:
        """The data the chart draws, as a pandas DataFrame (its first inline dataset), or None.

        A chart of several datasets (layers of different data) gives its first;
        a chart whose data is a URL gives None.
        """
        import pandas as pd

        spec = spec_of(chart)
        stored = stored_record(spec)
        view = stored["chart"] if stored is not None else spec
        named = view.get("data", {}).get("name") if isinstance(view.get("data"), dict) else None
        datasets = spec.get("datasets", {})
        values = datasets.get(named) if named else next(iter(datasets.values()), None)
        if values is None and isinstance(view.get("data"), dict):
            values = view["data"].get("values")
        return pd.DataFrame(values) if values is not None else None

    def rasterise(self, chart: Any, scale: float = 1.0) -> np.ndarray:
        """The chart as an (height, width, 4) uint8 RGBA array."""
        from PIL import Image

        spec = self.finished_spec(chart)
        info = _record_of(stored_record(spec) or {})
        png = render(spec, "png", info.brand, scale, info.preset.dpi)
        return np.asarray(Image.open(io.BytesIO(png)).convert("RGBA"))

    def check(self, chart: Any, brand: Brand, preset: SizePreset | None) -> list[Finding]:
        """Run the Altair rules on the chart's rendered SVG, PDF and PNG."""
        from .findings import check_altair

        return check_altair(self, chart, brand, preset)


ADAPTER = AltairAdapter()
