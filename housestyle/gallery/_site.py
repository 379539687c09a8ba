"""Writing the gallery's HTML pages, assets and source downloads.

Pages are Jinja2 templates with autoescaping on; the teaching text is Markdown
rendered by markdown-it-py with raw HTML disabled, so text in a docstring can never
become markup; source code is highlighted by Pygments, whose CSS is written beside
the pages. Every link is relative, so the site opens from disk.
"""

from __future__ import annotations

import functools
import shutil
from collections import Counter
from pathlib import Path
from typing import Any

from markdown_it import MarkdownIt
from markupsafe import Markup
from pygments import highlight
from pygments.formatters import HtmlFormatter
from pygments.lexers import PythonLexer, get_lexer_by_name
from pygments.util import ClassNotFound

from .._files import write_text
from ..batch import LIBRARIES, Recipe
from ..ink import plural, vision_matrix
from ..output import FORMATS
from ._embeds import write_embeds
from ._jinja import HERE, environment
from ._outputs import CHART_DOWNLOADS, CHART_FORMATS, SIMULATIONS, SIZE_FORMATS, GalleryResult

__all__ = ["check_summary", "checks_section", "markdown", "sizes_view", "write_site"]

PYGMENTS_STYLE = "default"
#: A format's name on a download link, where it is not its name in capitals.
_LABELS = {"webp": "WebP"}
#: With more tags than this, the tags of a single recipe are folded behind a "more" chip.
FOLD_TAGS = 16
#: Download links on a recipe page: (format label, file name suffix).
DOWNLOADS = tuple((fmt.upper(), FORMATS[fmt]) for fmt in CHART_DOWNLOADS)
#: Download links of each size in the "Every size" section.
SIZE_DOWNLOADS = tuple((_LABELS.get(fmt, fmt.upper()), FORMATS[fmt]) for fmt in SIZE_FORMATS)
#: What each simulated view stands for, under its caption.
SIMULATION_NOTES = {
    "deuteranopia": "no green cones; the most common kind",
    "protanopia": "no red cones; reds look dark",
    "tritanopia": "no blue cones; rare",
    "greyscale": "no colour at all, as in a black-and-white print",
}


def _highlight_fence(code: str, lang: str, _attrs: Any) -> str:
    try:
        lexer = get_lexer_by_name(lang) if lang else None
    except ClassNotFound:
        lexer = None
    if lexer is None:
        return ""  # markdown-it escapes and wraps it itself
    inner = highlight(code, lexer, HtmlFormatter(nowrap=True))
    return f'<pre class="highlight"><code>{inner}</code></pre>\n'


@functools.cache
def _markdown() -> MarkdownIt:
    options = {"html": False, "linkify": False, "typographer": True, "highlight": _highlight_fence}
    return MarkdownIt("commonmark", options).enable(["table", "strikethrough"])


def markdown(text: str) -> Markup:
    """Render Markdown to HTML with raw HTML disabled: any ``<tag>`` shows as text."""
    return Markup(_markdown().render(text))


def _source_html(source: str) -> Markup:
    formatter = HtmlFormatter(cssclass="highlight", linenos="table", wrapcode=True)
    return Markup(highlight(source, PythonLexer(), formatter))


def _size(path: Path) -> str:
    try:
        size = path.stat().st_size
    except OSError:
        return ""
    if size < 1024:  # a small CSV is not "0 KB"
        return f"{size} B"
    return f"{size / 1024:.0f} KB" if size < 1024 * 1024 else f"{size / 1024 / 1024:.1f} MB"


def _chart_view(
    result: GalleryResult,
    recipe: Recipe,
    brand: str,
    root: str,
    embeds: dict[tuple[str, str], str] | None = None,
) -> dict[str, Any]:
    """What a page needs to show one recipe's chart in one brand.

    ``embeds`` names the web embed written for each ``(slug, brand)``.
    """
    embeds = embeds or {}
    entry = result.charts[recipe.slug][brand]
    folder = f"{root}images/{brand}/"
    view = {"brand": brand, "ok": entry.get("status") == "ok", "html_url": None, **entry}
    if view["ok"]:
        files = result.out / "images" / brand
        view["thumb_url"] = folder + entry["thumb"]
        view["png_url"] = f"{folder}{recipe.slug}.png"
        view["hidpi_url"] = f"{folder}{recipe.slug}{FORMATS['webp2x']}"
        view["downloads"] = [
            {
                "label": label,
                "url": f"{folder}{recipe.slug}{suffix}",
                "name": f"{recipe.slug}{suffix}",
                "size": _size(files / f"{recipe.slug}{suffix}"),
            }
            for label, suffix in DOWNLOADS
        ]
        extra = [("CSV", entry.get("csv")), ("HTML embed", embeds.get((recipe.slug, brand)))]
        view["downloads"] += [
            {"label": label, "url": folder + name, "name": name, "size": _size(files / name)}
            for label, name in extra
            if name
        ]
        if entry.get("html"):  # an interactive page (Altair, Plotly), linking the site's assets
            view["html_url"] = folder + entry["html"]
    return view


def _size_card(
    result: GalleryResult, recipe: Recipe, brand: str, size: str, default: bool
) -> dict[str, Any]:
    """One size on a recipe page: a thumbnail opening the full-size chart, and downloads."""
    entry = result.charts[recipe.slug][brand]
    if not default:
        entry = entry.get("sizes", {}).get(size, {})
    folder = f"images/{brand}/" if default else f"images/{brand}/{size}/"
    card = {"name": size, "default": default, "ok": entry.get("status") == "ok", **entry}
    if card["ok"]:
        files = result.out / folder
        card["thumb_url"] = f"../{folder}{entry['thumb']}"
        written = entry.get("formats", CHART_FORMATS if default else SIZE_FORMATS)
        # the full-size chart: the WebP or PNG, else the vector format written at this size
        shown = next(fmt for fmt in SIZE_FORMATS if fmt in written)
        card["full_url"] = f"../{folder}{recipe.slug}{FORMATS[shown]}"
        card["downloads"] = [
            {
                "label": label,
                "url": f"../{folder}{recipe.slug}{suffix}",
                "name": f"{recipe.slug}-{size}{suffix}",
                "size": _size(files / f"{recipe.slug}{suffix}"),
            }
            for fmt, (label, suffix) in zip(SIZE_FORMATS, SIZE_DOWNLOADS, strict=True)
            if fmt in written
        ]
    return card


def sizes_view(result: GalleryResult, recipe: Recipe) -> list[dict[str, Any]]:
    """The "Every size" section of a recipe page: per brand, a card for each size.

    The brand's default size comes first. Empty when the build showed one size only.
    """
    if not any(len(sizes) > 1 for sizes in result.sizes.values()):
        return []
    return [
        {
            "brand": brand,
            "sizes": [
                _size_card(result, recipe, brand, size, default=position == 0)
                for position, size in enumerate(result.sizes.get(brand, []))
            ],
        }
        for brand in result.brands
    ]


def _card(result: GalleryResult, recipe: Recipe) -> dict[str, Any]:
    views = {b: _chart_view(result, recipe, b, "") for b in result.brands}
    thumbs = {b: v.get("thumb_url") for b, v in views.items()}
    alts = {b: v.get("alt") or recipe.title for b, v in views.items()}
    badge = _check_badge(result, recipe)
    return {"recipe": recipe, "views": views, "thumbs": thumbs, "alts": alts, "badge": badge}


def _tag_counts(recipes: list[Recipe]) -> list[dict[str, Any]]:
    """Tags by how many recipes have them; with many tags, those of one recipe fold away."""
    counts = Counter(t for r in recipes for t in r.tags if t not in LIBRARIES)
    fold = len(counts) > FOLD_TAGS
    return [
        {"name": tag, "count": count, "rare": fold and count == 1}
        for tag, count in sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    ]


def _common(result: GalleryResult) -> dict[str, Any]:
    from .._version import version

    return {
        "brands": [
            {"name": name, "description": result.descriptions.get(name, "")}
            for name in result.brands
        ],
        "default_brand": result.brands[0],
        "version": version(),
        "cookbook_name": result.recipes[0].path.parent.name if result.recipes else "cookbook",
    }


def _write_assets(out: Path) -> None:
    assets = out / "assets"
    assets.mkdir(parents=True, exist_ok=True)
    for path in (HERE / "static").iterdir():
        write_text(assets / path.name, path.read_text(encoding="utf-8"))
    css = HtmlFormatter(style=PYGMENTS_STYLE).get_style_defs(".highlight")
    write_text(assets / "pygments.css", css + "\n")


def _write_source(out: Path, recipe: Recipe) -> None:
    target = out / "source" / f"{recipe.slug}.py"
    try:
        if target.read_bytes() == recipe.path.read_bytes():
            return
    except OSError:
        pass
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(recipe.path, target)


def check_summary(report: dict[str, Any]) -> str:
    """One line for a check report: "No problems found" or "2 errors, 1 warning"."""
    errors, warnings = report.get("errors", 0), report.get("warnings", 0)
    if not errors and not warnings:
        return "No problems found"
    parts = [plural(errors, "error")] if errors else []
    return ", ".join(parts + ([plural(warnings, "warning")] if warnings else []))


def _check_view(result: GalleryResult, recipe: Recipe, brand: str) -> dict[str, Any]:
    """What the "Checks" section shows for one brand: the report and the simulations."""
    entry = result.charts[recipe.slug][brand]
    report = entry.get("checks") or {}
    simulations = [
        {"kind": kind, "label": kind.capitalize(), "note": SIMULATION_NOTES.get(kind, "")}
        for kind in SIMULATIONS
    ]
    return {
        "brand": brand,
        "ok": entry.get("status") == "ok",
        "error": report.get("error"),
        "report": report,
        "summary": check_summary(report) if "findings" in report else "",
        "simulations": simulations,
        "png_url": f"../images/{brand}/{recipe.slug}.png",
        "width": entry.get("width"),
        "height": entry.get("height"),
    }


def checks_section(result: GalleryResult, recipe: Recipe) -> Markup | None:
    """The "Checks" section of a recipe page, one block per brand; None leaves it out.

    Each block has the summary of :func:`housestyle.check`'s report, its findings
    as a table, and the chart as viewers with each colour-vision deficiency see it.
    The section is left out when the recipe rendered in no brand.
    """
    views = [_check_view(result, recipe, brand) for brand in result.brands]
    if not any(view["ok"] for view in views):
        return None
    filters = vision_filters(SIMULATIONS)
    template = environment().get_template("checks.html.j2")
    return Markup(template.render(recipe=recipe, views=views, filters=filters))


def vision_filters(kinds: tuple[str, ...]) -> list[dict[str, str]]:
    """An SVG filter per colour-vision deficiency: ``[{"id", "kind", "matrix"}]``.

    The chart as a viewer with the deficiency sees it is the chart's own PNG through a
    ``feColorMatrix`` of :func:`housestyle.ink.vision_matrix` in linear RGB, the model
    :func:`housestyle.simulate` applies: the browser draws it, and no file is written.
    """
    found = []
    for kind in kinds:
        rows = [[*row, 0.0, 0.0] for row in vision_matrix(kind).tolist()] + [[0, 0, 0, 1, 0]]
        values = " ".join(f"{value:.6g}" for row in rows for value in row)
        found.append({"id": f"vision-{kind}", "kind": kind, "matrix": values})
    return found


def _check_badge(result: GalleryResult, recipe: Recipe) -> dict[str, Any] | None:
    """The index card's badge for check errors in any brand, or None."""
    counts = result.check_errors.get(recipe.slug)
    if not counts:
        return None
    most = max(counts.values())
    where = "" if len(counts) == len(result.brands) else f" in {', '.join(counts)}"
    detail = "; ".join(f"{brand}: {plural(n, 'error')}" for brand, n in counts.items())
    return {"text": f"{plural(most, 'check error')}{where}", "title": f"Check errors: {detail}"}


def _stem(recipe: Recipe) -> str:
    """A recipe's name without its library prefix: ``mpl_line`` and ``plotly_line`` -> ``line``."""
    return recipe.slug.split("_", 1)[1] if "_" in recipe.slug else recipe.slug


def twins_view(result: GalleryResult, recipe: Recipe) -> list[dict[str, Any]]:
    """The same chart made with the other libraries (``mpl_line``, ``p9_line``, ``alt_line``...).

    One card per twin, in the order of :data:`~housestyle.batch._recipes.LIBRARIES`, each with its
    chart in every brand (the page's brand switcher shows one) and a link to its page.
    """
    twins = [
        r
        for r in result.recipes
        if r is not recipe and _stem(r) == _stem(recipe) and r.library != recipe.library
    ]
    twins.sort(key=lambda r: LIBRARIES.index(r.library) if r.library in LIBRARIES else 99)
    return [
        {"recipe": twin, "views": [_chart_view(result, twin, b, "../") for b in result.brands]}
        for twin in twins
    ]


def write_site(result: GalleryResult) -> None:
    """Write ``index.html``, one page per recipe, the assets and the ``.py`` downloads."""
    env, out, common = environment(), result.out, _common(result)
    _write_assets(out)
    cards = [_card(result, r) for r in result.recipes]
    libraries = Counter(r.library for r in result.recipes)
    index = env.get_template("index.html.j2").render(
        **common,
        root="",
        cards=cards,
        tags=_tag_counts(result.recipes),
        libraries=sorted(libraries.items()),
        failed=[r for r in result.recipes if r.slug in result.failed],
        total=len(result.recipes),
    )
    write_text(out / "index.html", index)
    embeds = write_embeds(result)
    page = env.get_template("recipe.html.j2")
    for position, recipe in enumerate(result.recipes):
        _write_source(out, recipe)
        html = page.render(
            **common,
            root="../",
            recipe=recipe,
            body=markdown(recipe.body),
            code=_source_html(recipe.source),
            views=[_chart_view(result, recipe, b, "../", embeds) for b in result.brands],
            checks=checks_section(result, recipe),
            sizes=sizes_view(result, recipe),
            twins=twins_view(result, recipe),
            previous=result.recipes[position - 1] if position > 0 else None,
            next=result.recipes[position + 1] if position + 1 < len(result.recipes) else None,
        )
        write_text(out / "recipes" / f"{recipe.slug}.html", html)
