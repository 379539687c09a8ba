"""A new user's first own steps: their own chart file, their own logo, their own brand file.

Each was found broken when tried as a new user would (issue 22): ``housestyle render``
did not find a function in a file, nor a module beside the command; an enormous PNG
logo raised Pillow's ``DecompressionBombError``; a brand file of control characters
raised yaml's ``ReaderError``. Each now draws, or raises a ``HouseStyleError`` that names
the field or file.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import matplotlib.pyplot as plt
import pytest
from PIL import Image

import housestyle
from housestyle import HouseStyleError
from housestyle.cli import main
from tests.helpers import ROOT, png_image

CHARTS = textwrap.dedent(
    '''\
    """A user's own chart functions, not called recipe."""

    import matplotlib.pyplot as plt


    def area_chart(top: int = 3):
        fig, ax = plt.subplots()
        ax.fill_between([0, 1, 2], [0, top, 1])
        ax.set_title("Water stored, million litres")
        return fig
    '''
)


def _charts(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "charts.py"
    path.write_text(CHARTS)
    return path


def _drawn(out: Path) -> list[str]:
    return sorted(p.name for p in out.glob("*.png"))


def test_render_a_function_in_a_file(tmp_path, capsys):
    charts = _charts(tmp_path / "mine")
    out = tmp_path / "out"
    command = ["render", f"{charts}:area_chart", "--format", "png", "--out", str(out)]
    assert main([*command, "--param", "top=2,5", "--engine", "serial"]) == 0, capsys.readouterr()
    assert _drawn(out) == ["area_chart-2-ou-web.png", "area_chart-5-ou-web.png"]
    assert png_image((out / "area_chart-5-ou-web.png").read_bytes()).size == (640, 450)


def test_render_a_module_beside_the_command(tmp_path, monkeypatch, capsys):
    _charts(tmp_path)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(sys, "path", [p for p in sys.path if p not in ("", str(tmp_path))])
    monkeypatch.delitem(sys.modules, "charts", raising=False)
    command = ["render", "charts:area_chart", "--format", "png", "--out", "out"]
    assert main([*command, "--engine", "serial"]) == 0, capsys.readouterr()
    assert _drawn(tmp_path / "out") == ["area_chart-ou-web.png"]
    assert sys.path[-1] == str(tmp_path)  # after every installed package, never before
    assert main(["render", "nowhere:area_chart", "--out", "out"]) == 2
    assert "cannot import 'nowhere'" in capsys.readouterr().err


def _console_script() -> Path:
    script = Path(sys.executable).parent / "housestyle"
    if not script.is_file():
        pytest.skip("the housestyle console script is not installed beside this Python")
    return script


@pytest.mark.slow  # the console script and a worker process
@pytest.mark.parametrize("spec", ["charts.py:area_chart", "charts:area_chart"])
def test_the_installed_command_from_the_folder_of_charts_py(tmp_path, spec):
    """The console script (not ``python -m``) with worker processes, as a user runs it."""
    _charts(tmp_path)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = [str(_console_script()), "render", spec, "--format", "png", "--jobs", "1"]
    done = subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "1 chart: 1 drawn, 0 unchanged, 0 failed" in done.stderr
    assert _drawn(tmp_path / "charts") == ["area_chart-ou-web.png"]


def test_a_logo_over_pillows_pixel_limit_names_footer_logo(tmp_path):
    big = tmp_path / "huge.png"
    Image.new("1", (20_000, 10_000)).save(big)  # 200 million pixels in a small file
    brand = tmp_path / "huge.yaml"
    brand.write_text("extends: ou\nname: huge\nfooter:\n  logo: huge.png\n")
    fig, ax = plt.subplots()
    ax.plot([1, 2])
    with pytest.raises(
        HouseStyleError, match=r"^footer\.logo: the image .*huge\.png is 20,000 x 10,000 pixels"
    ):
        housestyle.finalise(fig, title="T", source="S", brand=str(brand))
    with pytest.raises(HouseStyleError, match=r"^logo: the image .*too large to read safely"):
        housestyle.finalise(fig, title="T", source="S", logo=big)
    plt.close(fig)


def test_a_logo_just_over_the_limit_is_refused_not_warned(tmp_path):
    big = tmp_path / "big.png"
    Image.new("1", (10_000, 9_000)).save(big)  # over the limit, under twice it: a warning
    fig, ax = plt.subplots()
    with pytest.raises(HouseStyleError, match=r"^logo: the image .*10,000 x 9,000 pixels"):
        housestyle.finalise(fig, title="T", source="S", logo=big)
    plt.close(fig)


@pytest.mark.parametrize(
    ("text", "line", "character"),
    [("\x00\x01\x02garbage", 1, "#x0000"), ("name: x\ncolours:\n  ink: \x07\n", 3, "#x0007")],
)
def test_a_brand_file_of_control_characters_names_the_file(tmp_path, text, line, character):
    path = tmp_path / "garbage.yaml"
    path.write_text(text)
    with pytest.raises(HouseStyleError) as raised:
        housestyle.load_brand(path)
    message = str(raised.value)
    assert message.startswith(f"{path}:{line}: not valid YAML")
    assert f"control character {character}" in message
