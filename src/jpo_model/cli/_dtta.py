"""``jpo dtta``: a post's DTTA statement per contract year, and checks of proposed entries."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pendulum

from jpo_model.cli._common import (
    STREAM,
    CommandError,
    Console,
    Format,
    UsageError,
    add_command,
    add_locale_argument,
    count_argument,
    date_argument,
    load_document,
    load_post,
    locale_argument,
    one_standard_input,
    output_format,
    shown_name,
    within_the_calendar,
    write_output,
)
from jpo_model.dtta.ledger import DttaDecision, DttaEntry, DttaLedger, DttaStatement
from jpo_model.dtta.policy import DttaPolicy
from jpo_model.interchange.serialization import dumps, to_dict

_ROWS = (
    ("allocated", "allocated"),
    ("carried_in", "carried in"),
    ("spent", "spent"),
    ("committed", "committed"),
    ("available", "available"),
    ("carried_out", "carried out"),
    ("expired", "expired"),
)


_DESCRIPTION = """\
Print the Duty Travel and Training Allowance statement of a post's assignment, per
contract year, and check (or add) a proposed entry. --check says whether an entry is
allowed, with every reason; a refusal is a result, not an error (exit 0). --add writes an
allowed entry to the --ledger file; a refused one leaves it as it was and exits with 1.
--json prints {statement, decision?}: the DttaStatement document, and the decision.
"""

_MAX_MONTHS = 1200
"""The longest assignment --months accepts: a century, far beyond any JPO contract."""


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
        handler=_dtta,
    )
    cmd.add_argument(
        "post",
        metavar="SLUG_OR_FILE",
        help="a bundled example's slug, or a post document (.json, .toml; - reads standard input)",
    )
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


def _dtta(args: argparse.Namespace, console: Console) -> None:
    if args.add is not None and args.ledger is None:
        raise UsageError("--add needs --ledger FILE to add to")
    if args.add is not None and args.check is not None:
        raise UsageError("--check and --add each take the entry: give one of them")
    if args.add is not None and args.ledger == STREAM:
        raise UsageError("--add writes the --ledger file: it cannot be - (standard input)")
    inputs = {"--ledger": args.ledger, "--check": args.check, "--add": args.add}
    one_standard_input(SLUG_OR_FILE=args.post, **inputs)
    locale_argument(args.locale)  # an unknown locale is refused before any work
    start = date_argument(args.start, "--start")
    on = pendulum.today().date() if args.on is None else date_argument(args.on, "--on")
    entry_file = args.add if args.add is not None else args.check
    with within_the_calendar(f"the DTTA of an assignment from {start}"):
        ledger = _ledger(args, start)
        decision = None
        if entry_file is not None:
            entry = load_document(entry_file, DttaEntry, what="DTTA entry")
            decision = ledger.check(entry, on=on)
        added = args.add is not None and decision is not None and decision.allowed
        if added:
            ledger = ledger.add(entry)
        statement = ledger.statement()
        if args.json:
            output = json.dumps(_json(statement, decision), ensure_ascii=False, indent=2)
        else:
            output = _text(ledger, statement, decision, locale=args.locale)
    if added:
        write_output(args.ledger, dumps(ledger, format=_ledger_format(args.ledger)))
    elif args.add is not None:
        console.fail()  # the entry was refused: the ledger file is left as it was
    console.out(output)


def _ledger(args: argparse.Namespace, start: pendulum.Date) -> DttaLedger:
    path: str | None = args.ledger
    if path is not None and (path == STREAM or Path(path).exists()):
        ledger = load_document(path, DttaLedger, what="DTTA ledger")
        if ledger.term.start != start:
            raise CommandError(f"{shown_name(path)} starts on {ledger.term.start}, not on {start}")
        return ledger
    if path is not None:
        _ledger_format(path)  # an extension that names no format is refused before any work
        if args.add is None:
            raise CommandError(f"{path} does not exist (use --add to start a ledger)")
    post = load_post(args.post)
    if args.months is not None:
        months = count_argument(args.months, "--months", minimum=1, maximum=_MAX_MONTHS)
    elif post.appointment is None:
        raise CommandError(f"{shown_name(args.post)} states no duration: pass --months")
    else:
        months = post.appointment.initial_months
    return DttaLedger.open(DttaPolicy.for_post(post), start=start, months=months)


def _ledger_format(path: str) -> Format:
    found = output_format(path, None)
    if found is None:  # pragma: no cover - only standard input has no format, refused above
        raise UsageError("--add writes the --ledger file: it cannot be - (standard input)")
    return found


def _json(statement: DttaStatement, decision: DttaDecision | None) -> dict[str, object]:
    result: dict[str, object] = {"statement": to_dict(statement)}
    if decision is not None:
        result["decision"] = {"allowed": decision.allowed, **to_dict(decision)}
    return result


def _text(
    ledger: DttaLedger, statement: DttaStatement, decision: DttaDecision | None, *, locale: str
) -> str:
    policy = ledger.policy
    lines = [
        (
            f"DTTA: {policy.donor or 'unknown donor'}, {policy.annual.format(locale=locale)} "
            f"per contract year ({policy.proration.value} proration, "
            f"carry-over {'on' if policy.carry_over else 'off'})"
        ),
    ]
    if policy.source is not None and policy.as_of is not None:
        lines.append(f"source: {policy.source} (as of {policy.as_of})")
    for year in statement.years:
        lines.append(f"contract year {year.year.number}: {year.year.start} to {year.year.last_day}")
        lines.extend(
            f"  {label:<12} {getattr(year, field).format(locale=locale):>16}"
            for field, label in _ROWS
        )
    lines.extend(
        f"expires if unspent: {expiry.amount.format(locale=locale)} "
        f"after {expiry.last_use} (contract year {expiry.year})"
        for expiry in ledger.expiring()
    )
    if decision is not None:
        value = decision.value.format(locale=locale) if decision.value is not None else "?"
        verdict = "allowed" if decision.allowed else "refused"
        lines.append(f"entry {decision.entry.description!r} ({value}): {verdict}")
        lines.extend(f"  - {reason.refusal.value}: {reason.message}" for reason in decision.reasons)
    return "\n".join(lines)
