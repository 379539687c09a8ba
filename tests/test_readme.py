"""README.md opens with the two set-up commands, and .ci/run runs its test command."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text()
    block = text.split("```sh", 1)[1].split("```", 1)[0]
    return [line.split("  #")[0].strip() for line in block.strip().splitlines()]


def test_readme_opens_with_two_commands():
    commands = readme_commands()
    assert len(commands) == 2
    assert all(command.startswith("bash .ci/setup && ") for command in commands)
    assert "housestyle gallery" in commands[0]
    assert "pytest" in commands[1]


def test_ci_runs_the_readme_test_command():
    run = (ROOT / ".ci" / "run").read_text().splitlines()
    assert readme_commands()[1] in [line.strip() for line in run]


def test_the_quick_lane_is_documented_and_its_marker_registered():
    import tomllib

    text = (ROOT / "README.md").read_text()
    assert '.venv/bin/python -m pytest -m "not slow"' in text
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    markers = config["tool"]["pytest"]["ini_options"]["markers"]
    assert any(m.startswith("slow:") for m in markers)
