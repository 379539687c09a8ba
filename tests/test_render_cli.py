"""``housestyle render`` on the command line: parameters, tables, failures and reruns."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from housestyle.cli import main
from tests.helpers import ROOT, assert_chart_file
from tests.render_recipes import write_counts


def test_render_twice_with_a_failing_value(tmp_path, capsys):
    recipe = write_counts(tmp_path / "cb")
    out = tmp_path / "charts"
    command = ["render", str(recipe), "--param", "label=a,z,c", "--param", "scale=1,2"]
    command += ["--brand", "ou,night", "--size", "web", "--format", "png", "--out", str(out)]
    assert main([*command, "--engine", "serial"]) == 1
    err = capsys.readouterr().err
    assert "render: counts-z-1-ou-web failed: ValueError: no bar called 'z'" in err
    assert "raise ValueError" in err  # the recipe's traceback
    assert "12 charts: 8 drawn, 0 unchanged, 4 failed" in err
    assert "\r" not in err and "chart/s" not in err  # no progress bar when not a terminal
    written = sorted(p.name for p in out.glob("*.png"))
    assert len(written) == 8 and "counts-c-2-night-web.png" in written  # scale typed as a number
    assert_chart_file("x.png", (out / "counts-a-1-ou-web.png").read_bytes(), (640, 450))

    assert main([*command, "--engine", "serial"]) == 1  # only the failures are drawn again
    assert "12 charts: 0 drawn, 8 unchanged, 4 failed" in capsys.readouterr().err
    good = [c if c != "label=a,z,c" else "label=a,c" for c in command]
    assert main([*good, "--engine", "serial"]) == 0
    assert "8 charts: 0 drawn, 8 unchanged, 0 failed" in capsys.readouterr().err


def test_a_table_of_parameters(tmp_path, capsys):
    recipe = write_counts(tmp_path / "cb")
    table = tmp_path / "charts.csv"
    table.write_text("label,scale\na,1\nc,3\n")
    out = tmp_path / "charts"
    command = ["render", str(recipe), "--params", str(table), "--size", "social,web"]
    assert main([*command, "--format", "png", "--out", str(out), "--engine", "serial"]) == 0
    assert sorted(p.name for p in out.glob("*.png")) == [
        "counts-a-1-ou-social.png",
        "counts-a-1-ou-web.png",
        "counts-c-3-ou-social.png",
        "counts-c-3-ou-web.png",
    ]


def test_bad_arguments_exit_2_and_write_nothing(tmp_path, capsys):
    recipe = write_counts(tmp_path / "cb")
    out = tmp_path / "charts"
    base = ["render", str(recipe), "--out", str(out)]
    assert main([*base, "--param", "scale=big"]) == 2
    assert "--param: scale='big' is not a int" in capsys.readouterr().err
    assert main([*base, "--param", "label"]) == 2
    assert "is not NAME=VALUES" in capsys.readouterr().err
    assert main([*base, "--param", "label=a,A"]) == 2
    assert "two charts would both be written as 'counts-a-ou-web'" in capsys.readouterr().err
    assert main([*base, "--scheduler", "tcp://localhost:1", "--engine", "serial"]) == 2
    assert not out.exists()


@pytest.mark.slow  # a command and worker processes
def test_the_real_command_with_worker_processes(tmp_path):
    out = tmp_path / "charts"
    recipe = ROOT / "cookbook" / "mpl_highlight_bar.py"
    command = [sys.executable, "-m", "housestyle.cli", "render", str(recipe)]
    command += [
        "--param",
        "highlight=audi,toyota",
        "--format",
        "png",
        "--out",
        str(out),
        "--jobs",
        "2",
    ]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(command, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "2 charts: 2 drawn, 0 unchanged, 0 failed" in done.stderr and "(process)" in done.stderr
    assert sorted(p.name for p in out.glob("*.png")) == [
        "mpl_highlight_bar-audi-ou-web.png",
        "mpl_highlight_bar-toyota-ou-web.png",
    ]


def test_the_progress_bar_shows_on_a_terminal_only():
    import io

    from housestyle.batch._progress import Progress

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    shown, hidden = Terminal(), io.StringIO()
    for stream in (shown, hidden):
        bar = Progress(2, "render", stream=stream)
        bar.step("counts-a-ou-web", True)
        bar.step("counts-z-ou-web", False)
        bar.close()
    assert "render: 100%" in shown.getvalue() and "2/2" in shown.getvalue()
    assert "counts-z-ou-web FAILED" in shown.getvalue()
    assert hidden.getvalue() == ""
