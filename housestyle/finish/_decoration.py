"""Drawing a plan's title block and footer onto a figure, and taking them off again.

The decoration is figure-level artists in figure coordinates, each with a gid of
:data:`housestyle.record._record.DECORATION`, outside the layout engine's reach. Laying a
figure out again removes them first, so they are replaced, never stacked.
"""

from __future__ import annotations

from matplotlib.figure import Figure
from matplotlib.image import BboxImage
from matplotlib.lines import Line2D
from matplotlib.text import Text
from matplotlib.transforms import Bbox, TransformedBbox

from ..brand import Brand, SizePreset
from ..ink import LogoImage
from ..record import LOGO, RULE, Piece, Plan, decoration

__all__ = ["draw_plan", "remove_decoration"]


def remove_decoration(fig: Figure) -> None:
    """Take every artist of the title block and footer off ``fig``."""
    for artist in decoration(fig):
        artist.remove()


def draw_plan(fig: Figure, plan: Plan, brand: Brand, preset: SizePreset) -> None:
    """Draw the plan's texts, rule and logo onto ``fig``, sized to ``preset``."""
    for piece in plan.pieces:
        _draw_piece(fig, piece, brand, preset)
    if plan.rule_y is not None:
        _draw_rule(fig, plan.rule_y, brand, preset)
    if plan.logo is not None and plan.logo_box is not None:
        _draw_logo(fig, plan.logo, plan.logo_box, preset)


def _draw_piece(fig: Figure, piece: Piece, brand: Brand, preset: SizePreset) -> None:
    """Draw one artist per line, each on the baseline the plan measured.

    matplotlib's ``va="baseline"`` on multi-line text aligns the *last* line, and its
    own line pitch differs from the plan's, so a wrapped title would rise off the figure.
    """
    width, height = preset.points
    left = brand.layout.margins.left
    style = piece.style
    for number, line in enumerate(piece.lines):
        baseline = piece.top + style.size * (1 + number * style.line_spacing)
        text = Text(
            left / width,
            1 - baseline / height,
            line,
            fontproperties=style.props(),
            color=style.colour,
            ha="left",
            va="baseline",
            transform=fig.transFigure,
            gid=piece.gid,
            parse_math=False,  # "from $5 to $10" is money, not mathtext
        )
        text.set_in_layout(False)
        fig.add_artist(text)


def _draw_rule(fig: Figure, rule_y: float, brand: Brand, preset: SizePreset) -> None:
    """Draw the footer rule across the content width."""
    width, height = preset.points
    margins = brand.layout.margins
    rule = Line2D(
        [margins.left / width, 1 - margins.right / width],
        [1 - rule_y / height] * 2,
        color=brand.footer.rule_colour,
        linewidth=brand.footer.rule_width * preset.line_scale,
        solid_capstyle="butt",
        transform=fig.transFigure,
        gid=RULE,
    )
    rule.set_in_layout(False)
    fig.add_artist(rule)


def _draw_logo(
    fig: Figure, logo: LogoImage, box: tuple[float, float, float, float], preset: SizePreset
) -> None:
    """Place the logo as one image artist in figure coordinates (no axes: cheaper)."""
    width, height = preset.points
    x, top, w, h = box
    where = Bbox.from_bounds(x / width, 1 - (top + h) / height, w / width, h / height)
    image = BboxImage(TransformedBbox(where, fig.transFigure), interpolation="lanczos")
    image.set_data(logo.pixels)
    image.set_gid(LOGO)
    image.set_in_layout(False)
    fig.add_artist(image)
