"""``jpo check``: screen candidates against a post's eligibility rules.

Candidates come from one .json or .toml document, or from a JSON Lines file (.jsonl) with
one candidate per line. A bad record is reported on stderr with its file and line and the
batch goes on; the exit code stays 0 because a bad record is data, not a failed command.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import sys
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pendulum

from jpo_model._cldr import Locale
from jpo_model.cli._common import (
    CommandError,
    add_locale_argument,
    date_argument,
    load_post,
    locale_argument,
)
from jpo_model.eligibility import Assessment, Finding, Verdict, screen
from jpo_model.eligibility.candidate import Candidate
from jpo_model.errors import ValidationError
from jpo_model.interchange.serialization import from_dict, load
from jpo_model.localisation.formats import format_date, label


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add this module's commands to the ``jpo`` parser."""
    cmd = commands.add_parser(
        "check", help="assess candidates' eligibility for a post, with reasons"
    )
    cmd.add_argument("post", metavar="SLUG_OR_FILE")
    cmd.add_argument(
        "candidates", metavar="CANDIDATES_FILE", type=Path, help="a .json, .toml or .jsonl file"
    )
    cmd.add_argument(
        "--on",
        type=date_argument,
        metavar="DATE",
        help="the application day, YYYY-MM-DD (default: today)",
    )
    add_locale_argument(cmd, help_text="locale of the table's verdicts and date (default: en)")
    cmd.add_argument("--json", action="store_true", help="print JSON Lines instead of a table")
    cmd.set_defaults(handler=_check)


def _check(args: argparse.Namespace) -> int:
    post = load_post(args.post)
    locale = locale_argument(args.locale)
    # Only the command line reads the clock; the library always takes the day as an argument.
    today = dt.date.today()  # noqa: DTZ011 - the local calendar day is what "today" means here
    on = args.on or pendulum.Date(today.year, today.month, today.day)
    records, candidates = itertools.tee(_records(args.candidates))
    results = zip(records, screen(post, (c for _, c in candidates), on=on), strict=True)
    counts = dict.fromkeys(Verdict, 0)
    if not args.json:
        print(f"{'LINE':>5}  {'CANDIDATE':<20}  {'VERDICT':<12}  REASONS")
    for (line, candidate), assessment in results:
        counts[assessment.verdict] += 1
        if args.json:
            print(json.dumps(_record(line, candidate, assessment), ensure_ascii=False))
        else:
            print(_row(line, candidate, assessment, locale=locale))
    if not args.json:
        summary = ", ".join(f"{n} {label(verdict, locale=locale)}" for verdict, n in counts.items())
        day = format_date(on, locale=locale)
        print(f"{sum(counts.values())} candidates assessed on {day}: {summary}")
    return 0


def _records(path: Path) -> Iterator[tuple[int, Candidate]]:
    """Valid candidates with their line numbers; bad records are reported and skipped."""
    suffix = path.suffix.lower()
    if suffix in (".json", ".toml"):
        try:
            yield 1, load(path, Candidate)
        except ValidationError as exc:
            _report(path, 1, exc)
        except OSError as exc:
            raise CommandError(f"cannot read {path}: {exc.strerror or exc}") from exc
        return
    if suffix != ".jsonl":
        raise CommandError(f"cannot tell the format of {path.name}: use .json, .toml or .jsonl")
    try:
        lines = path.open(encoding="utf-8")
    except OSError as exc:
        raise CommandError(f"cannot read {path}: {exc.strerror or exc}") from exc
    with lines:
        for number, text in enumerate(lines, start=1):
            if not text.strip():
                continue
            try:
                data = json.loads(text)
            except json.JSONDecodeError as exc:
                print(f"{path}:{number}: is not valid JSON: {exc.msg}", file=sys.stderr)
                continue
            try:
                yield number, from_dict(data, Candidate)
            except ValidationError as exc:
                _report(path, number, exc)


def _report(path: Path, line: int, error: ValidationError) -> None:
    for detail in error.errors:
        print(f"{path}:{line}: {detail}", file=sys.stderr)


def _row(line: int, candidate: Candidate, assessment: Assessment, *, locale: Locale) -> str:
    verdict = label(assessment.verdict, locale=locale)
    reasons = "; ".join(
        f"{f.criterion.value}: {label(f.verdict, locale=locale)}"
        for f in assessment.findings
        if f.decisive and f.verdict is not Verdict.ELIGIBLE
    )
    name = candidate.reference or "-"
    return f"{line:>5}  {name:<20}  {verdict:<12}  {reasons or '-'}"


def _record(line: int, candidate: Candidate, assessment: Assessment) -> dict[str, object]:
    return {
        "line": line,
        "reference": candidate.reference,
        "verdict": assessment.verdict.value,
        "findings": [_finding(f) for f in assessment.findings],
    }


def _finding(finding: Finding) -> dict[str, object]:
    return {
        "criterion": finding.criterion.value,
        "verdict": finding.verdict.value,
        "decisive": finding.decisive,
        "explanation": finding.explanation,
        "numbers": {
            name: str(value) if isinstance(value, Decimal | dt.date) else value
            for name, value in finding.numbers
        },
    }
