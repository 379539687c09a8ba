"""load_recipe(): the one recipe loader."""

import sys

import pytest

from housestyle import HouseStyleError
from housestyle.recipes import load_recipe


def test_loads_with_its_folder_on_the_path(tmp_path):
    (tmp_path / "_shared.py").write_text("VALUE = 42\n")
    (tmp_path / "my-chart.py").write_text(
        "from _shared import VALUE\n\ndef recipe():\n    return VALUE\n"
    )
    before = list(sys.path)
    module = load_recipe(tmp_path / "my-chart.py", "t")
    assert module.recipe() == 42 and module.__name__ == "t_my_chart"
    assert sys.path == before


def test_not_a_python_file(tmp_path):
    with pytest.raises(HouseStyleError, match=r"is not a Python file; allowed: a \.py file"):
        load_recipe(tmp_path / "missing.py")
