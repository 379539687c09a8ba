"""A user's own brand, written in a temporary folder as the brands README tells.

Its own family from a permissively licensed source (DejaVu Serif, which matplotlib
itself ships, copied under other file names: regular and bold only), its own colours
(none of them ou's), its own palettes and an 8:1 SVG logo whose two ends are marked
in colours of their own, so that a clipped logo shows.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import matplotlib as mpl
import matplotlib.pyplot as plt
from matplotlib import font_manager
from matplotlib.text import Text

MPL_FONTS = Path(mpl.get_data_path()) / "fonts" / "ttf"
NAME = "userbrand"

COLOURS = {
    "text": "#202326",
    "muted_text": "#5c5853",
    "background": "#fbf8f3",
    "gridline": "#e2ddd5",
    "axis": "#2b2b2b",
    "primary": "#7a1f5c",
    "highlight": "#b34700",
    "grey": "#8a8580",
    "gain": "#1b7340",
    "loss": "#910e1f",
}
#: Checked with ``housestyle brand check``: 4.5:1 on the background, 10 apart for every reader.
CATEGORICAL = ("#7a1f5c", "#bb5401", "#6e0088", "#1565c0", "#013f37", "#6d4c41")
SEQUENTIAL = ("#ddc7d3", "#c996b3", "#a85386", "#7a1f5c", "#4a0f37")
DIVERGING = ("#7a3a00", "#c98a4b", "#f1dcc4", "#f4f1ec", "#c9d6e8", "#6f8fbf", "#1e3f73")
FOCUS = ("#b34700", "#8a8580")

#: The logo: 8 units wide to 1 high, its left end teal, its right end amber.
LOGO_ASPECT = 8
LOGO_BODY, LOGO_LEFT, LOGO_RIGHT = "#3c2a4d", "#00a0b0", "#ffb000"
LOGO_SVG = f"""<svg xmlns="http://www.w3.org/2000/svg" width="400" height="50" viewBox="0 0 400 50">
<rect width="400" height="50" fill="{LOGO_BODY}"/>
<rect width="50" height="50" fill="{LOGO_LEFT}"/>
<rect x="350" width="50" height="50" fill="{LOGO_RIGHT}"/>
<rect x="120" y="18" width="160" height="14" fill="{LOGO_LEFT}"/>
</svg>
"""


def _flow(colours: tuple[str, ...]) -> str:
    return "[" + ", ".join(f'"{c}"' for c in colours) + "]"


def write_user_brand(folder: Path, name: str = NAME) -> Path:
    """Write the brand, its two font files and its logo into ``folder``; return the file."""
    fonts = folder / "fonts"
    fonts.mkdir(parents=True, exist_ok=True)
    shutil.copy(MPL_FONTS / "DejaVuSerif.ttf", fonts / "Department-Regular.ttf")
    shutil.copy(MPL_FONTS / "DejaVuSerif-Bold.ttf", fonts / "Department-Bold.ttf")
    (folder / "logo.svg").write_text(LOGO_SVG)
    colours = "\n".join(f'  {role}: "{colour}"' for role, colour in COLOURS.items())
    path = folder / f"{name}.yaml"
    path.write_text(
        f"extends: ou\nname: {name}\ndescription: A department's own charts.\n"
        "fonts:\n"
        "  family: DejaVu Serif\n"
        "  files: {regular: fonts/Department-Regular.ttf, bold: fonts/Department-Bold.ttf}\n"
        f"colours:\n{colours}\n"
        "palettes:\n"
        f"  categorical: {_flow(CATEGORICAL)}\n"
        f"  sequential: {_flow(SEQUENTIAL)}\n"
        f"  diverging: {_flow(DIVERGING)}\n"
        f"  focus: {_flow(FOCUS)}\n"
        "footer:\n"
        "  logo: logo.svg\n"
        f'  rule_colour: "{COLOURS["muted_text"]}"\n'
    )
    return path


def font_files(folder: Path) -> set[Path]:
    """The brand's two font files, resolved."""
    return {(folder / "fonts" / f"Department-{s}.ttf").resolve() for s in ("Regular", "Bold")}


def drawn_font_files(fig: plt.Figure) -> dict[str, Path]:
    """Each visible, non-empty text of a drawn figure and the font file it resolves to."""
    fig.canvas.draw()
    return {
        f"{t.get_text()!r} ({t.get_fontweight()}, {t.get_fontstyle()})": Path(
            font_manager.findfont(t.get_fontproperties())
        ).resolve()
        for t in fig.findobj(Text)
        if t.get_text().strip() and t.get_visible()
    }
