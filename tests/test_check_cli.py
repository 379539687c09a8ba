"""``housestyle check`` on chart functions that do not finish their own figure."""

import json
import textwrap

from housestyle.cli import main

PLAIN = """
import matplotlib.pyplot as plt

def recipe():
    fig, ax = plt.subplots()
    ax.plot([0, 1, 2], [0, 1, 4])
    return fig
"""


def test_a_plain_figure_is_finished_then_checked(tmp_path, capsys):
    (tmp_path / "plain.py").write_text(textwrap.dedent(PLAIN))
    assert main(["check", f"{tmp_path / 'plain.py'}", "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["size"] == "web"
    # finished as published: what it lacks is the alt text and the source line
    assert {f["rule"] for f in report["findings"] if f["severity"] == "error"} == {
        "alt_text",
        "source_line",
    }


def test_the_size_asked_for_is_the_size_checked(tmp_path, capsys):
    (tmp_path / "plain.py").write_text(textwrap.dedent(PLAIN))
    main(["check", f"{tmp_path / 'plain.py'}", "--json", "--size", "print-column"])
    assert json.loads(capsys.readouterr().out)["size"] == "print-column"
