"""Runs ``jpo dtta``: a post's DTTA statement per contract year, and checks of entries."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pendulum

from jpo_model._cldr import Locale
from jpo_model.cli._commands import STREAM
from jpo_model.cli._common import (
    CommandError,
    Console,
    Format,
    UsageError,
    count_argument,
    date_argument,
    load_document,
    load_post,
    locale_argument,
    one_standard_input,
    output_format,
    shown_name,
    translated,
    within_the_calendar,
    write_output,
)
from jpo_model.dtta.ledger import DttaDecision, DttaEntry, DttaLedger, DttaStatement
from jpo_model.dtta.policy import DttaPolicy, ProrationUnit
from jpo_model.interchange.serialization import dumps, to_dict
from jpo_model.localisation.formats import N_
from jpo_model.money import Money

_ROWS = (
    ("allocated", N_("allocated")),
    ("carried_in", N_("carried in")),
    ("spent", N_("spent")),
    ("committed", N_("committed")),
    ("available", N_("available")),
    ("carried_out", N_("carried out")),
    ("expired", N_("expired")),
)
"""The rows of each contract year: the `DttaYearStatement` field, and its label."""

_LABEL_WIDTH = 12
"""The width of the rows' labels in English; a longer translation widens it."""

_PRORATION = {
    ProrationUnit.MONTHS: N_("months proration"),
    ProrationUnit.DAYS: N_("days proration"),
}


_MAX_MONTHS = 1200
"""The longest assignment --months accepts: a century, far beyond any JPO contract."""


def dtta(args: argparse.Namespace, console: Console) -> None:
    if args.add is not None and args.ledger is None:
        raise UsageError("--add needs --ledger FILE to add to")
    if args.add is not None and args.check is not None:
        raise UsageError("--check and --add each take the entry: give one of them")
    if args.add is not None and args.ledger == STREAM:
        raise UsageError("--add writes the --ledger file: it cannot be - (standard input)")
    inputs = {"--ledger": args.ledger, "--check": args.check, "--add": args.add}
    one_standard_input(SLUG_OR_FILE=args.post, **inputs)
    locale = locale_argument(args.locale)  # an unknown locale is refused before any work
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
            output = _text(ledger, statement, decision, locale=locale)
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
    ledger: DttaLedger, statement: DttaStatement, decision: DttaDecision | None, *, locale: Locale
) -> str:
    def tr(message: str, **values: object) -> str:
        return translated(message, locale=locale).format(**values)

    def amount(money: Money) -> str:
        return money.format(locale=str(locale))

    policy = ledger.policy
    lines = [
        tr(
            N_("DTTA: {donor}, {amount} per contract year ({proration}, {carry_over})"),
            donor=policy.donor or tr(N_("unknown donor")),
            amount=amount(policy.annual),
            proration=tr(_PRORATION[policy.proration]),
            carry_over=tr(N_("carry-over on") if policy.carry_over else N_("carry-over off")),
        )
    ]
    if policy.source is not None and policy.as_of is not None:
        lines.append(
            tr(N_("source: {source} (as of {date})"), source=policy.source, date=policy.as_of)
        )
    labels = [(field, tr(label)) for field, label in _ROWS]
    width = max(_LABEL_WIDTH, *(len(label) + 1 for _, label in labels))
    for year in statement.years:
        lines.append(
            tr(
                N_("contract year {number}: {start} to {end}"),
                number=year.year.number,
                start=year.year.start,
                end=year.year.last_day,
            )
        )
        lines.extend(
            f"  {label:<{width}} {amount(getattr(year, field)):>16}" for field, label in labels
        )
    lines.extend(
        tr(
            N_("expires if unspent: {amount} after {date} (contract year {number})"),
            amount=amount(expiry.amount),
            date=expiry.last_use,
            number=expiry.year,
        )
        for expiry in ledger.expiring()
    )
    if decision is not None:
        value = amount(decision.value) if decision.value is not None else "?"
        verdict = (
            N_("entry {description} ({value}): allowed")
            if decision.allowed
            else N_("entry {description} ({value}): refused")
        )
        lines.append(tr(verdict, description=repr(decision.entry.description), value=value))
        lines.extend(f"  - {reason.refusal.value}: {reason.message}" for reason in decision.reasons)
    return "\n".join(lines)
