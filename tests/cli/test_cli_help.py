"""``jpo --help`` and ``jpo COMMAND --help``: each command explains itself; its examples run."""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from jpo_model.cli import _parser, main


def _commands() -> dict[str, argparse.ArgumentParser]:
    parser, _ = _parser()
    (action,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return dict(action.choices)


COMMANDS = sorted(_commands())


def _help(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    with pytest.raises(SystemExit) as caught:
        main([*argv, "--help"])
    assert 0 == caught.value.code
    return capsys.readouterr().out


def _examples(help_text: str) -> list[str]:
    """The command lines of a help text's ``examples:`` section."""
    section = help_text.split("\nexamples:\n", 1)[1]
    return [line.strip() for line in section.splitlines() if line.startswith("  jpo ")]


def test_the_main_help_states_the_exit_codes_and_conventions(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """`jpo --help` lists every command, the exit codes, and the reading of ``-``."""
    text = _help(capsys)
    assert [] == [name for name in COMMANDS if f"\n    {name} " not in text]
    assert "exit status:\n  0    success;" in text
    assert "\n  1    an error" in text
    assert "\n  2    a usage error" in text
    assert "A file name of - reads standard input" in text


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_a_description_examples_and_help_on_every_argument(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Each command has a description, at least one example, and help for each argument."""
    parser = _commands()[command]
    undocumented = [a.dest for a in parser._actions if not a.help]
    assert (True, [], True) == (
        bool(parser.description),
        undocumented,
        bool(_examples(_help(capsys, command))),
    )


def _jpo_folder() -> str:
    script = shutil.which("jpo", path=Path(sys.executable).parent)
    assert script is not None, "the jpo console script is not installed next to the interpreter"
    return str(Path(script).parent)


_EXAMPLES = [
    (command, example)
    for command, parser in [("", _parser()[0]), *_commands().items()]
    for example in _examples(parser.format_help())
]


@pytest.mark.parametrize(("command", "example"), _EXAMPLES)
def test_every_example_in_the_help_runs(command: str, example: str, example_files: Path) -> None:
    """Each example of `jpo COMMAND --help` runs as shown (pipes included) and exits with 0."""
    assert f"jpo {command}" in example
    result = subprocess.run(  # noqa: S603 - the examples are the help's own
        ["bash", "-o", "pipefail", "-c", example],  # noqa: S607 - bash from the PATH
        capture_output=True,
        encoding="utf-8",
        cwd=example_files,
        env={**os.environ, "PATH": f"{_jpo_folder()}{os.pathsep}{os.environ['PATH']}"},
        check=False,
    )
    assert (0, "") == (result.returncode, _errors(result.stderr))


def _errors(stderr: str) -> str:
    """What standard error holds beside a summary and Google's job-posting findings."""
    return "".join(
        line
        for line in stderr.splitlines(keepends=True)
        if not line.startswith(("warning: ", "recommended: "))
        and not line.endswith("documents valid\n")
    )
