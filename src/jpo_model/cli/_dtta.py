"""Registers ``jpo dtta``, run by `_dtta_run`."""

from __future__ import annotations

import argparse

from jpo_model.cli._commands import add_command, add_locale_argument, add_post_argument

_DESCRIPTION = """\
Print the Duty Travel and Training Allowance statement of a post's assignment, per
contract year, and check (or add) a proposed entry. --check says whether an entry is
allowed, with every reason; a refusal is a result, not an error (exit 0). --add writes an
allowed entry to the --ledger file; a refused one leaves it as it was and exits with 1.
--json prints {statement, decision?}: the DttaStatement document, and the decision.
"""


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add this module's commands to the ``jpo`` parser."""
    cmd = add_command(
        commands,
        "dtta",
        summary="print a post's DTTA statement per contract year",
        description=_DESCRIPTION,
        examples=[
            ("jpo dtta ohchr-25p153 --start 2026-03-10", "the statement, year by year"),
            (
                "jpo dtta ohchr-25p153 --start 2026-03-10 --check entry.json --on 2026-04-01",
                "whether an entry would be allowed, with every reason",
            ),
            (
                (
                    "jpo dtta ohchr-25p153 --start 2026-03-10 --ledger ledger.json "
                    "--add entry.json --on 2026-04-01"
                ),
                "start a ledger file with an allowed entry",
            ),
        ],
        handler="jpo_model.cli._dtta_run:dtta",
    )
    add_post_argument(cmd)
    cmd.add_argument(
        "--start", required=True, metavar="DATE", help="first day of the assignment, YYYY-MM-DD"
    )
    cmd.add_argument(
        "--months",
        metavar="N",
        help="donor-funded months (default: the post's initial months)",
    )
    cmd.add_argument(
        "--ledger",
        metavar="FILE",
        help="a ledger .json or .toml file; when it exists, its policy, term and entries are used",
    )
    cmd.add_argument(
        "--check",
        metavar="ENTRY_FILE",
        help="check a proposed entry, a .json or .toml document (- reads standard input)",
    )
    cmd.add_argument(
        "--add",
        metavar="ENTRY_FILE",
        help="add an entry to --ledger FILE if allowed (the file is written atomically)",
    )
    cmd.add_argument(
        "--on",
        metavar="DATE",
        help="the day a checked entry is requested, YYYY-MM-DD (default: today)",
    )
    add_locale_argument(cmd, help_text="locale for amounts, e.g. fr (default: en)")
    cmd.add_argument(
        "--json", action="store_true", help="print {statement, decision?} as one JSON object"
    )
