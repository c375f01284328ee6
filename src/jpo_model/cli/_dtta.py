"""``jpo dtta``: a post's DTTA statement per contract year, and checks of proposed entries."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pendulum

from jpo_model.cli._common import CommandError, date_argument, load_post
from jpo_model.dtta.ledger import DttaDecision, DttaEntry, DttaLedger, DttaStatement
from jpo_model.dtta.policy import DttaPolicy
from jpo_model.interchange.serialization import dump, load, to_dict
from jpo_model.money import Money

_ROWS = (
    ("allocated", "allocated"),
    ("carried_in", "carried in"),
    ("spent", "spent"),
    ("committed", "committed"),
    ("available", "available"),
    ("carried_out", "carried out"),
    ("expired", "expired"),
)


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add this module's commands to the ``jpo`` parser."""
    cmd = commands.add_parser(
        "dtta",
        help="print a post's DTTA statement per contract year",
        description=(
            "Print the Duty Travel and Training Allowance statement of a post's assignment, "
            "and check (or add) a proposed entry."
        ),
    )
    cmd.add_argument("post", metavar="SLUG_OR_FILE")
    cmd.add_argument(
        "--start",
        required=True,
        type=date_argument,
        metavar="DATE",
        help="first day of the assignment",
    )
    cmd.add_argument(
        "--months", type=int, help="donor-funded months (default: the post's initial months)"
    )
    cmd.add_argument(
        "--ledger",
        type=Path,
        metavar="FILE",
        help="a ledger .json or .toml file; when it exists, its policy, term and entries are used",
    )
    cmd.add_argument("--check", type=Path, metavar="ENTRY_FILE", help="check a proposed entry")
    cmd.add_argument(
        "--add",
        type=Path,
        metavar="ENTRY_FILE",
        help="add an entry to --ledger FILE if allowed (the file is written atomically)",
    )
    cmd.add_argument(
        "--on",
        type=date_argument,
        metavar="DATE",
        help="the day a checked entry is requested (default: today)",
    )
    cmd.add_argument("--locale", default="en", help="locale for amounts, e.g. fr (default: en)")
    cmd.add_argument("--json", action="store_true", help="print JSON instead of text")
    cmd.set_defaults(handler=_dtta)


def _dtta(args: argparse.Namespace) -> int:
    try:
        Money.zero("USD").format(locale=args.locale)
    except ValueError as exc:
        raise CommandError(str(exc)) from None
    if args.add is not None and args.ledger is None:
        raise CommandError("--add needs --ledger FILE to add to")
    ledger = _ledger(args)
    on: pendulum.Date = args.on if args.on is not None else pendulum.today().date()
    decision = None
    entry_file = args.add if args.add is not None else args.check
    if entry_file is not None:
        decision = ledger.check(load(entry_file, DttaEntry), on=on)
        if args.add is not None and decision.allowed:
            ledger = ledger.add(decision.entry)
            dump(ledger, args.ledger)
    statement = ledger.statement()
    if args.json:
        print(json.dumps(_json(statement, decision), ensure_ascii=False, indent=2))
    else:
        print(_text(ledger, statement, decision, locale=args.locale))
    return 1 if args.add is not None and decision is not None and not decision.allowed else 0


def _ledger(args: argparse.Namespace) -> DttaLedger:
    path: Path | None = args.ledger
    if path is not None and path.exists():
        ledger = load(path, DttaLedger)
        if ledger.term.start != args.start:
            raise CommandError(f"{path} starts on {ledger.term.start}, not on {args.start}")
        return ledger
    if path is not None and args.add is None:
        raise CommandError(f"{path} does not exist (use --add to start a ledger)")
    post = load_post(args.post)
    months = args.months
    if months is None:
        if post.appointment is None:
            raise CommandError("the post states no duration: pass --months")
        months = post.appointment.initial_months
    return DttaLedger.open(DttaPolicy.for_post(post), start=args.start, months=months)


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
