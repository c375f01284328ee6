"""Runs ``jpo check``: screen candidates against a post's eligibility rules.

Candidates come from one .json or .toml document, or from a JSON Lines file (.jsonl) with
one candidate per line. Standard input (``-``) is JSON Lines when its first line is a JSON
value (or an object) on its own, else one document; ``--format`` names the format instead.

A bad record is refused: reported with its file and line (on stderr, or as a ``refused``
record with ``--json``), and the batch goes on. The summary counts the refused records
beside the assessed ones, and the exit code is 1 if any record was refused: a run that
dropped input is not a clean one. A verdict such as "not eligible" is a result, not an error.
"""

from __future__ import annotations

import argparse
import codecs
import collections
import datetime as dt
import errno
import itertools
import json
import os
import sys
from collections.abc import Iterator, Mapping
from decimal import Decimal
from pathlib import Path
from typing import BinaryIO, Final, Literal

import pendulum

from jpo_model.cli._commands import STREAM
from jpo_model.cli._common import (
    Console,
    InputError,
    count,
    date_argument,
    load_post,
    locale_argument,
    one_standard_input,
    problem_json,
    shown_name,
    standard_input,
)
from jpo_model.eligibility import Assessment, Finding, Verdict, screen
from jpo_model.eligibility.candidate import Candidate
from jpo_model.errors import MISSING, ValidationError
from jpo_model.interchange.serialization import MAX_SIZE, loads
from jpo_model.localisation.formats import format_date, label

CandidatesFormat = Literal["json", "toml", "jsonl"]
Record = tuple[int, Candidate | ValidationError]

_FORMATS: Final[dict[str, CandidatesFormat]] = {
    ".json": "json",
    ".toml": "toml",
    ".jsonl": "jsonl",
}


def check(args: argparse.Namespace, console: Console) -> None:
    one_standard_input(SLUG_OR_FILE=args.post, CANDIDATES_FILE=args.candidates)
    post = load_post(args.post)
    locale = locale_argument(args.locale)
    on = _today() if args.on is None else date_argument(args.on, "--on")
    records = _records(args.candidates, args.format)  # opened here: no output before errors
    name = shown_name(args.candidates)
    progress = console.progress(verb="checked", noun="record")
    pending: collections.deque[tuple[int, Candidate]] = collections.deque()
    refused = 0

    def candidates() -> Iterator[Candidate]:
        nonlocal refused
        for line, record in records:
            progress.advance()
            if isinstance(record, ValidationError):
                refused += 1
                console.fail()
                _report(console, name, line, record, as_json=args.json)
                continue
            pending.append((line, record))
            yield record

    counts = dict.fromkeys(Verdict, 0)
    labels = {verdict: label(verdict, locale=locale) for verdict in Verdict}
    if not args.json:
        console.out(f"{'LINE':>5}  {'CANDIDATE':<20}  {'VERDICT':<12}  REASONS")
    for assessment in screen(post, candidates(), on=on):
        line, candidate = pending.popleft()
        counts[assessment.verdict] += 1
        if args.json:
            console.out(json.dumps(_record(line, candidate, assessment), ensure_ascii=False))
        else:
            console.out(_row(line, candidate, assessment, labels=labels))
    if args.json:
        console.out(json.dumps(_summary_record(on, counts, refused)))
        return
    verdicts = ", ".join(f"{n:,} {labels[verdict]}" for verdict, n in counts.items())
    day = format_date(on, locale=locale)
    assessed = count(sum(counts.values()), "candidate")
    refusals = f"; {count(refused, 'record')} refused" if refused else ""
    console.out(f"{assessed} assessed on {day}: {verdicts}{refusals}")


def _today() -> pendulum.Date:
    # Only the command line reads the clock; the library always takes the day as an argument.
    today = dt.date.today()  # noqa: DTZ011 - the local calendar day is what "today" means here
    return pendulum.Date(today.year, today.month, today.day)


def _records(source: str, given: CandidatesFormat | None) -> Iterator[Record]:
    """The records of an input with their line numbers, each a candidate or why it is refused.

    The input is opened, and its first lines read, before this returns: an input that
    cannot be read raises `InputError` here, before the command prints anything.
    """
    chosen = given if source == STREAM else _FORMATS.get(Path(source).suffix.lower(), given)
    if chosen is None and source != STREAM:
        if Path(source).is_dir():
            raise InputError(source, os.strerror(errno.EISDIR))
        raise InputError(source, "cannot tell its format: use .json, .toml or .jsonl, or --format")
    stream = _open(source)
    try:
        head = _head(stream, source) if chosen in (None, "jsonl") else []
    except BaseException:
        _close(stream)
        raise
    if chosen is None:
        chosen = _sniffed(head[-1] if head else b"")
    if chosen == "jsonl":
        return _lines(stream, head)
    try:
        data = b"".join(head) + stream.read(MAX_SIZE + 1)
    except OSError as exc:
        raise InputError(source, exc.strerror or str(exc)) from None
    finally:
        _close(stream)
    if not data.strip():
        return iter([(1, ValidationError.single("", "is empty", MISSING))])
    return iter([(1, _candidate(data, chosen))])


def _open(source: str) -> BinaryIO:
    if source == STREAM:
        return standard_input()
    try:
        return Path(source).open("rb")
    except OSError as exc:
        raise InputError(source, exc.strerror or str(exc)) from None


def _close(stream: BinaryIO) -> None:
    """Close a file; standard input stays open (it is the process's, not the command's)."""
    if sys.stdin is None or stream is not sys.stdin.buffer:
        stream.close()


def _head(stream: BinaryIO, source: str) -> list[bytes]:
    """The lines up to the first one that is not blank (it tells the format), read eagerly.

    That line must be text: an input whose first line is binary data (a NUL byte, which
    neither JSON nor TOML text holds) or not UTF-8 is refused as a whole, not line by line.
    """
    head: list[bytes] = []
    while not head or not head[-1].strip():
        try:
            line = stream.readline(MAX_SIZE + 1)
        except OSError as exc:
            raise InputError(source, exc.strerror or str(exc)) from None
        if not line:
            break
        head.append(line)
    first = head[-1] if head else b""
    if b"\0" in first:
        raise InputError(source, "it holds binary data, not text")
    try:  # a first line cut at MAX_SIZE may end inside a character: not final
        codecs.getincrementaldecoder("utf-8")().decode(first, final=False)
    except UnicodeDecodeError:
        raise InputError(source, "it is not UTF-8 text") from None
    return head


def _sniffed(first: bytes) -> CandidatesFormat:
    """JSON Lines if the first line that is not blank is a JSON value or object by itself."""
    text = first.strip()
    if not text or (text.startswith(b"{") and text.endswith(b"}")):
        return "jsonl"
    try:
        json.loads(text)
    except (ValueError, RecursionError):
        return "json" if text.startswith((b"{", b"[")) else "toml"
    return "jsonl"


def _lines(stream: BinaryIO, head: list[bytes]) -> Iterator[Record]:
    """Each line that is not blank, as a record; a line longer than `MAX_SIZE` is refused."""
    try:
        rest = iter(lambda: stream.readline(MAX_SIZE + 1), b"")
        for number, line in enumerate(itertools.chain(head, rest), start=1):
            if line.strip():
                yield number, _line_record(stream, line)
    finally:
        _close(stream)


def _line_record(stream: BinaryIO, line: bytes) -> Candidate | ValidationError:
    if len(line) > MAX_SIZE:
        while (rest := stream.readline(1 << 16)) and not rest.endswith(b"\n"):
            pass  # skip to the end of the line
        return ValidationError.single(
            "", f"is longer than the {MAX_SIZE:,} bytes a record may have", MISSING
        )
    return _candidate(line, "json")


def _candidate(data: bytes, format: Literal["json", "toml"]) -> Candidate | ValidationError:  # noqa: A002 - the option's name
    try:
        return loads(data, Candidate, format=format)
    except ValidationError as exc:
        return exc


def _report(
    console: Console, name: str, line: int, error: ValidationError, *, as_json: bool
) -> None:
    if as_json:
        errors = [problem_json(detail) for detail in error.errors]
        console.out(json.dumps({"type": "refused", "line": line, "errors": errors}))
        return
    for detail in error.errors:
        console.err(f"{name}:{line}: {detail}")


def _row(
    line: int, candidate: Candidate, assessment: Assessment, *, labels: Mapping[Verdict, str]
) -> str:
    verdict = labels[assessment.verdict]
    reasons = "; ".join(
        f"{f.criterion.value}: {labels[f.verdict]}"
        for f in assessment.findings
        if f.decisive and f.verdict is not Verdict.ELIGIBLE
    )
    name = candidate.reference or "-"
    return f"{line:>5}  {name:<20}  {verdict:<12}  {reasons or '-'}"


def _record(line: int, candidate: Candidate, assessment: Assessment) -> dict[str, object]:
    return {
        "type": "assessment",
        "line": line,
        "reference": candidate.reference,
        "verdict": assessment.verdict.value,
        "findings": [_finding(f) for f in assessment.findings],
    }


def _summary_record(on: dt.date, counts: dict[Verdict, int], refused: int) -> dict[str, object]:
    return {
        "type": "summary",
        "on": on.isoformat(),
        "assessed": sum(counts.values()),
        "refused": refused,
        "verdicts": {verdict.value: n for verdict, n in counts.items()},
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
