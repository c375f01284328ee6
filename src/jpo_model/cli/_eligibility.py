"""Registers ``jpo check``, run by `_eligibility_run`."""

from __future__ import annotations

import argparse

from jpo_model.cli._commands import (
    add_command,
    add_locale_argument,
    add_post_argument,
    add_quiet_argument,
)

CANDIDATE_FORMATS = ("json", "toml", "jsonl")
"""The formats of a candidates file, as ``--format`` names them."""

_DESCRIPTION = """\
Assess candidates against a post's eligibility rules and print one row per candidate:
its line, reference, verdict, and the rules it does not clearly meet; then a summary that
counts the verdicts and the refused records. A record that is not a valid candidate is
refused with its file and line, and the exit code is then 1; a verdict such as "not
eligible" is a result, not an error.

--json prints JSON Lines instead: {"type": "assessment", line, reference, verdict,
findings} per candidate, {"type": "refused", line, errors} per refused record, and last
{"type": "summary", on, assessed, refused, verdicts}.
"""


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add this module's commands to the ``jpo`` parser."""
    cmd = add_command(
        commands,
        "check",
        summary="assess candidates' eligibility for a post, with reasons",
        description=_DESCRIPTION,
        examples=[
            (
                "jpo check ohchr-25p153 candidates.jsonl --on 2026-03-01",
                "a table of verdicts, with the reasons",
            ),
            (
                "jpo check ohchr-25p153 - --json < candidates.jsonl",
                "JSON Lines, from standard input",
            ),
        ],
        handler="jpo_model.cli._eligibility_run:check",
    )
    add_post_argument(cmd)
    cmd.add_argument(
        "candidates",
        metavar="CANDIDATES_FILE",
        help="a .json or .toml candidate document, or a .jsonl file of one candidate a line "
        "(- reads standard input)",
    )
    cmd.add_argument(
        "--format",
        choices=CANDIDATE_FORMATS,
        help="the format of CANDIDATES_FILE where its extension names none",
    )
    cmd.add_argument(
        "--on", metavar="DATE", help="the application day, YYYY-MM-DD (default: today)"
    )
    add_locale_argument(cmd, help_text="locale of the table's verdicts and date (default: en)")
    cmd.add_argument("--json", action="store_true", help="print JSON Lines instead of a table")
    add_quiet_argument(cmd)
