"""``jpo_model.cli._commands``: commands declared without importing the library."""

from __future__ import annotations

import argparse
import importlib
import subprocess
import sys
import textwrap

import pytest

from jpo_model.cli import _commands, _parser

HEAVY = (
    "attrs",
    "babel",
    "cattrs",
    "pendulum",
    "jpo_model.posts",
    "jpo_model.cli._common",
    "difflib",
)
"""Modules that neither ``jpo --help`` nor the parsing of a command line may import (difflib
only for a mistyped command)."""


def _handlers() -> dict[str, str]:
    parser, _ = _parser()
    (action,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return {name: command.get_default("handler") for name, command in action.choices.items()}


@pytest.mark.parametrize(("command", "handler"), sorted(_handlers().items()))
def test_every_command_names_a_function_of_its_group_s_run_module(
    command: str, handler: str
) -> None:
    """Each handler is ``jpo_model.cli._<group>_run:function``, and that function exists."""
    module, _, function = handler.partition(":")
    assert (True, True) == (
        module.startswith("jpo_model.cli._") and module.endswith("_run"),
        callable(getattr(importlib.import_module(module), function, None)),
    ), command


def test_help_and_parsing_import_none_of_the_library() -> None:
    """``jpo --help`` and parsing ``jpo deadline …`` import argparse, not the library."""
    script = textwrap.dedent(
        f"""
        import contextlib, io, sys
        from jpo_model.cli import _parse
        with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):
            _parse(["--help"])
        _parse(["deadline", "ohchr-25p153", "--locale", "fr"])
        print(sorted(name for name in {HEAVY!r} if name in sys.modules))
        """
    )
    result = subprocess.run(  # noqa: S603 - the interpreter running the tests
        [sys.executable, "-c", script], capture_output=True, encoding="utf-8", check=True
    )
    assert "[]\n" == result.stdout


NOT_FOR_A_DEADLINE = (
    "icalendar",
    "jpo_model.deadlines.parsing",
    "jpo_model.interchange.ical",
    "jpo_model.interchange.jsonld",
    "jpo_model.interchange.schema",
    "jpo_model.localisation",
)
"""Modules ``jpo deadline`` on a bundled example must not import: it shows a stated deadline."""


def test_deadline_of_an_example_imports_no_reader_calendar_schema_or_layout() -> None:
    """``jpo deadline ohchr-25p153`` loads the post, not JSON-LD, iCalendar or the schema."""
    script = textwrap.dedent(
        f"""
        import contextlib, io, sys
        from jpo_model.cli import main
        with contextlib.redirect_stdout(io.StringIO()):
            status = main(["deadline", "ohchr-25p153", "--at", "2026-03-01T12:00:00Z"])
        print(status, sorted(name for name in {NOT_FOR_A_DEADLINE!r} if name in sys.modules))
        """
    )
    result = subprocess.run(  # noqa: S603 - the interpreter running the tests
        [sys.executable, "-c", script], capture_output=True, encoding="utf-8", check=True
    )
    assert "0 []\n" == result.stdout


def test_did_you_mean_is_empty_when_nothing_is_close() -> None:
    """No suggestion is made for a word far from every choice."""
    assert "" == _commands.did_you_mean("zzzz", ["deadline", "dtta"])
