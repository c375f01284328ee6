"""Root pytest configuration: hypothesis profiles and executable documentation (Sybil).

Markdown files run two kinds of examples, each Markdown file in a fresh temporary working
directory (so examples may write files):

- ```` ```python ```` blocks are executed, sharing one namespace per file;
- ```` ```console ```` blocks whose commands all start with ``$ jpo `` run each command
  through the real ``jpo`` console script (the one next to ``sys.executable``) and compare
  its output with the lines below it, up to the next ``$`` line. The output compared is
  what the command writes to stdout followed by what it writes to stderr. A line that is
  only ``...`` or ``…`` stands for any number of lines (none included); every other line
  must match exactly. The command must exit with the status a trailing ``# exit N``
  comment states; without one, 1 if the expected output has a line starting with
  ``error:``, 2 if one starts with ``usage:``, else 0. Console blocks with other commands
  (``$ python3 -m pip install .``) are shown, not run. Paste real output: text written with
  CLDR data holds no-break spaces (U+00A0, U+202F) that look like plain ones.

Docstrings in ``src`` run their ``>>>`` examples.

Examples that show CLDR output (dates, amounts, names in a language) hold under the babel
that ``uv.lock`` pins, which every ``nox`` session installs; tests that assert CLDR's exact
text carry the ``cldr_text`` marker.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, settings
from sybil import Document, Example, Region, Sybil
from sybil.parsers.markdown import CodeBlockParser, PythonCodeBlockParser
from sybil.parsers.rest import DocTestParser

settings.register_profile("dev", max_examples=30, deadline=None)
# The ci profile is derandomised (the same examples on every run, no example database), so a
# red run replays as it is; print_blob shows how to reproduce a failure elsewhere.
settings.register_profile(
    "ci",
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    print_blob=True,
    derandomize=True,
    database=None,
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))

_ELLIPSES = frozenset({"...", "…"})
_EXIT_CODES = {"error:": 1, "usage:": 2}
_EXIT_COMMENT = re.compile(r"\s+#\s*exit\s+(\d+)\s*$")


class JpoConsoleParser(CodeBlockParser):
    """Run the ``$ jpo …`` commands of ```` ```console ```` blocks and check their output."""

    language = "console"

    def __call__(self, document: Document) -> Iterable[Region]:
        for region in super().__call__(document):
            commands = [line for line in region.parsed.splitlines() if line.startswith("$ ")]
            if commands and all(line.startswith("$ jpo ") for line in commands):
                yield region

    def evaluate(self, example: Example) -> str | None:
        script = shutil.which("jpo", path=Path(sys.executable).parent)
        if script is None:
            return f"no jpo console script next to {sys.executable}: install the package"
        for command, expected in _transcript(example.parsed):
            result = subprocess.run(  # noqa: S603 - the commands are the documentation's own
                [script, *shlex.split(_EXIT_COMMENT.sub("", command))[1:]],
                capture_output=True,
                text=True,
                check=False,
                env={**os.environ, "COLUMNS": "80"},  # argparse wraps help to the terminal
            )
            output = result.stdout + result.stderr
            code = _exit_code(command, expected)
            if result.returncode != code or not _matches(expected, output):
                return (
                    f"$ {command}\nexpected (exit {code}):\n"
                    + "\n".join(expected)
                    + f"\ngot (exit {result.returncode}):\n{output}"
                )
        return None


def _transcript(block: str) -> Iterable[tuple[str, list[str]]]:
    """Each ``$`` command of a console block with its expected output lines."""
    command: str | None = None
    expected: list[str] = []
    for line in block.splitlines():
        if line.startswith("$ "):
            if command is not None:
                yield command, expected
            command, expected = line[2:], []
        elif command is not None:
            expected.append(line)
    if command is not None:
        yield command, expected


def _exit_code(command: str, expected: list[str]) -> int:
    """The exit status a command must return (see the module's docstring)."""
    stated = _EXIT_COMMENT.search(command)
    if stated is not None:
        return int(stated.group(1))
    return next(
        (code for p, code in _EXIT_CODES.items() for line in expected if line.startswith(p)), 0
    )


def _matches(expected: list[str], output: str) -> bool:
    """Whether the output has the expected lines, an ellipsis line standing for any lines."""
    pattern = "".join(
        r"(?:[^\n]*\n)*?" if line in _ELLIPSES else re.escape(line) + r"\n" for line in expected
    )
    text = output if output.endswith("\n") or not output else output + "\n"
    return re.fullmatch(pattern, text) is not None


def _enter_temporary_directory(namespace: dict[str, Any]) -> None:
    namespace["_jpo_docs_cwd"] = Path.cwd()
    namespace["_jpo_docs_tmp"] = tempfile.mkdtemp(prefix="jpo-docs-")
    os.chdir(namespace["_jpo_docs_tmp"])


def _leave_temporary_directory(namespace: dict[str, Any]) -> None:
    os.chdir(namespace["_jpo_docs_cwd"])
    shutil.rmtree(namespace["_jpo_docs_tmp"])


pytest_collect_file = (
    Sybil(
        parsers=[PythonCodeBlockParser(), JpoConsoleParser()],
        patterns=["*.md"],
        path=".",
        excludes=["CHANGELOG.md"],
        setup=_enter_temporary_directory,
        teardown=_leave_temporary_directory,
    )
    + Sybil(parsers=[DocTestParser()], patterns=["*.py"], path="src")
).pytest()
