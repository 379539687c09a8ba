"""Binder and the dev container: a first run without installing anything.

``binder/requirements.txt`` is installed into a fresh virtual environment (from the
package index pip is set up with; nothing else is fetched), ``binder/postBuild`` runs in
it as repo2docker runs it, and the demo notebook the launch link opens runs there with
no cell erroring: the Binder set-up and the notebook cannot drift apart. Slow: a
fresh environment takes minutes to install.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BINDER = ROOT / "binder"
NOTEBOOK = "cookbook/notebook_demo.ipynb"


def test_the_binder_files_pin_every_requirement_and_the_badge_opens_the_notebook():
    lines = [
        line.split("#")[0].strip()
        for line in (BINDER / "requirements.txt").read_text().splitlines()
        if line.split("#")[0].strip()
    ]
    assert lines[-1] == "."  # housestyle itself, from the repository
    assert all(re.fullmatch(r"[A-Za-z0-9_.-]+==[0-9][\w.]*", line) for line in lines[:-1]), lines
    pinned = dict(line.split("==") for line in lines[:-1])
    tests_pins = (ROOT / "pyproject.toml").read_text()
    for name in ("matplotlib", "plotnine", "mizani", "ipywidgets"):
        assert f'"{name}=={pinned[name]}"' in tests_pins, name  # as the baselines were made
    assert os.access(BINDER / "postBuild", os.X_OK)
    readme = (ROOT / "README.md").read_text()
    badge = re.search(r"https://mybinder\.org/v2/gh/[^)\s]+", readme)
    assert badge and badge[0].endswith("?labpath=" + NOTEBOOK.replace("/", "%2F"))
    assert (ROOT / NOTEBOOK).is_file()


def test_the_dev_container_runs_the_set_up_script():
    text = (ROOT / ".devcontainer" / "devcontainer.json").read_text()
    config = json.loads(re.sub(r"^\s*//.*$", "", text, flags=re.MULTILINE))
    assert config["postCreateCommand"] == "bash .ci/setup"
    assert "python:3.11" in config["image"]


RUN_NOTEBOOK = textwrap.dedent(
    """\
    import sys
    import nbclient
    import nbformat

    notebook = nbformat.read(sys.argv[1], as_version=4)
    client = nbclient.NotebookClient(
        notebook, kernel_name="python3", timeout=600,
        resources={"metadata": {"path": sys.argv[2]}},
    )
    client.execute()  # raises CellExecutionError, naming the cell, if any cell errors
    images = sum(
        "image/png" in output.get("data", {})
        for cell in notebook.cells if cell.cell_type == "code"
        for output in cell.outputs
    )
    print(f"notebook ran: {images} images")
    """
)


@pytest.mark.slow
def test_binder_requirements_install_into_a_fresh_venv_and_run_the_demo_notebook(tmp_path):
    import shutil

    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python, bin_dir = venv / "bin" / "python", venv / "bin"
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "MPLBACKEND")}
    env["PATH"] = f"{bin_dir}{os.pathsep}{env.get('PATH', '')}"
    # --no-compile: the notebook compiles the modules it imports; compiling every module
    # of every package (pip's default) was half of the install (35 s to 20 s measured)
    install = [str(python), "-m", "pip", "install", "-q", "--no-compile"]
    install += ["-r", "binder/requirements.txt"]
    done = subprocess.run(install, cwd=ROOT, env=env, capture_output=True, text=True, timeout=1500)
    assert done.returncode == 0, done.stderr[-3000:]
    built = subprocess.run(
        ["bash", "binder/postBuild"], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert built.returncode == 0, built.stderr[-3000:]
    assert "ou: Lato -> " in built.stdout and "Lato-Regular.ttf" in built.stdout
    where = subprocess.run(
        [str(python), "-c", "import housestyle; print(housestyle.__file__)"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
    )
    assert str(venv) in where.stdout  # installed from the repository, not this work tree
    work = tmp_path / "cookbook"
    shutil.copytree(ROOT / "cookbook", work, ignore=shutil.ignore_patterns("out", "__pycache__"))
    runner = tmp_path / "run_notebook.py"
    runner.write_text(RUN_NOTEBOOK)
    ran = subprocess.run(
        [str(python), str(runner), str(work / "notebook_demo.ipynb"), str(work)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=1200,
    )
    assert ran.returncode == 0, ran.stderr[-3000:]
    images = int(re.search(r"notebook ran: (\d+) images", ran.stdout)[1])
    assert images >= 1, ran.stdout  # the finished chart, shown as its 2x PNG
