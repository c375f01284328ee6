"""Runs ``jpo check``: screen candidates against a post's eligibility rules.

Candidates come from one .json or .toml document, or from a JSON Lines file (.jsonl) with
one candidate per line. Standard input (``-``) is JSON Lines when its first line is a JSON
value (or an object) on its own, else one document; ``--format`` names the format instead.

A bad record is refused: reported with its file and line (on stderr, or as a ``refused``
record with ``--json``), and the batch goes on. The summary counts the refused records
beside the assessed ones, and the exit code is 1 if any record was refused: a run that
dropped input is not a clean one. A verdict such as "not eligible" is a result, not an error.

JSON Lines are read and screened `CHUNK_LINES` at a time through the batch API
(`CandidateColumns.from_json_lines`, `screen_columns`), so memory holds one chunk, never the
whole input; a document is one candidate through the same path.
"""

from __future__ import annotations

import argparse
import codecs
import datetime as dt
import errno
import functools
import itertools
import json
import os
import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence
from decimal import Decimal
from pathlib import Path
from typing import BinaryIO, Final, Literal, NamedTuple

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
from jpo_model.eligibility import (
    Assessment,
    BatchResult,
    CandidateColumns,
    Finding,
    FindingNumbers,
    RefusedRecord,
    Verdict,
    screen_columns,
)
from jpo_model.eligibility.candidate import Candidate
from jpo_model.errors import MISSING, ValidationError
from jpo_model.interchange.serialization import MAX_SIZE, loads
from jpo_model.localisation.formats import format_date, label

CandidatesFormat = Literal["json", "toml", "jsonl"]

CHUNK_LINES: Final = 10_000
"""Lines read and screened at a time: enough for the batch's array arithmetic to pay, few
enough that memory holds one chunk's lines and results (~10 MB), whatever the input's size."""

_FORMATS: Final[dict[str, CandidatesFormat]] = {
    ".json": "json",
    ".toml": "toml",
    ".jsonl": "jsonl",
}
_LOAD: Final = functools.partial(loads, cls=Candidate)


class _Chunk(NamedTuple):
    """Consecutive records of the input: the candidates as columns, and the refusals."""

    columns: CandidateColumns
    lines: Sequence[int]
    """Per row of ``columns``, its line in the input."""
    refused: Sequence[RefusedRecord]
    """The records refused, in line order."""


def check(args: argparse.Namespace, console: Console) -> None:
    one_standard_input(SLUG_OR_FILE=args.post, CANDIDATES_FILE=args.candidates)
    post = load_post(args.post)
    locale = locale_argument(args.locale)
    on = _today() if args.on is None else date_argument(args.on, "--on")
    chunks = _chunks(args.candidates, args.format)  # opened here: no output before errors
    name = shown_name(args.candidates)
    progress = console.progress(verb="checked", noun="record")
    counts = dict.fromkeys(Verdict, 0)
    refused = 0
    labels = {verdict: label(verdict, locale=locale) for verdict in Verdict}
    if not args.json:
        console.out(f"{'LINE':>5}  {'CANDIDATE':<20}  {'VERDICT':<12}  REASONS")
    for chunk in chunks:
        result = screen_columns(post, chunk.columns, on=on)
        rows = _records(chunk, result) if args.json else _rows(chunk, result, labels=labels)
        _print(console, name, rows, chunk.refused, as_json=args.json)
        for verdict, n in result.counts().items():
            counts[verdict] += n
        refused += len(chunk.refused)
        progress.advance(len(chunk.lines) + len(chunk.refused))
        del chunk, result, rows  # before the next chunk is read: one in memory at a time
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


def _rows(
    chunk: _Chunk, result: BatchResult, *, labels: Mapping[Verdict, str]
) -> Iterator[tuple[int, str]]:
    """Each candidate's line and table row, from the batch's verdicts and findings."""
    verdicts = result.verdicts()
    reference, findings = chunk.columns.reference, result.findings
    eligible = Verdict.ELIGIBLE
    for i, line in enumerate(chunk.lines):
        verdict = verdicts[i]
        # An eligible candidate has no decisive finding short of eligible: no reasons to read.
        found = () if verdict is eligible else findings(i)
        yield line, _row(line, reference(i), verdict, found, labels=labels)


def _records(chunk: _Chunk, result: BatchResult) -> Iterator[tuple[int, str]]:
    """Each candidate's line and JSON record, explanations included."""
    reference = chunk.columns.reference
    for i, line in enumerate(chunk.lines):
        record = _record(line, reference(i), result.assessment(i))
        yield line, json.dumps(record, ensure_ascii=False)


def _print(
    console: Console,
    name: str,
    rows: Iterable[tuple[int, str]],
    refused: Sequence[RefusedRecord],
    *,
    as_json: bool,
) -> None:
    """Print a chunk's rows and refusals in line order, the rows between refusals at once."""
    pending: list[str] = []
    waiting = iter(refused)
    refusal = next(waiting, None)
    for line, row in rows:
        while refusal is not None and refusal.line < line:
            _refuse(console, name, refusal, pending, as_json=as_json)
            refusal = next(waiting, None)
        pending.append(row)
    while refusal is not None:
        _refuse(console, name, refusal, pending, as_json=as_json)
        refusal = next(waiting, None)
    if pending:
        console.out("\n".join(pending))


def _refuse(
    console: Console, name: str, refusal: RefusedRecord, pending: list[str], *, as_json: bool
) -> None:
    """Report a refused record after the rows before it (``pending``, printed first)."""
    console.fail()
    if as_json:
        errors = [problem_json(detail) for detail in refusal.errors]
        pending.append(json.dumps({"type": "refused", "line": refusal.line, "errors": errors}))
        return
    if pending:
        console.out("\n".join(pending))
        pending.clear()
    for detail in refusal.errors:
        console.err(f"{name}:{refusal.line}: {detail}")


def _chunks(source: str, given: CandidatesFormat | None) -> Iterator[_Chunk]:
    """The input's records, chunk by chunk: candidates as columns, and the refusals.

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
        return _line_chunks(stream, head)
    try:
        data = b"".join(head) + stream.read(MAX_SIZE + 1)
    except OSError as exc:
        raise InputError(source, exc.strerror or str(exc)) from None
    finally:
        _close(stream)
    return iter([_document(data, chosen)])


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


def _line_chunks(stream: BinaryIO, head: list[bytes]) -> Iterator[_Chunk]:
    """The lines, `CHUNK_LINES` at a time, each chunk screened as columns."""
    try:
        lines = _lines(stream, head)
        first = 1
        while block := list(itertools.islice(lines, CHUNK_LINES)):
            # A line too long to read stands as a blank one (which the batch skips).
            too_long = [first + k for k, line in enumerate(block) if not line]
            if too_long:
                block = [line or b"\n" for line in block]
            columns = CandidateColumns.from_json_lines(block, load=_LOAD, first_line=first)
            refused: Sequence[RefusedRecord] = columns.refused
            if too_long:
                errors = _too_long().errors
                more = (RefusedRecord(line, errors) for line in too_long)
                refused = sorted((*refused, *more), key=lambda refusal: refusal.line)
            yield _Chunk(columns, columns.lines, refused)
            first += len(block)
            del block, columns, refused  # before the next lines are read
    finally:
        _close(stream)


def _lines(stream: BinaryIO, head: list[bytes]) -> Iterator[bytes]:
    """Each line of the input; ``b""`` for a line longer than `MAX_SIZE`, not read whole."""
    limit = MAX_SIZE
    for line in itertools.chain(head, iter(lambda: stream.readline(limit + 1), b"")):
        if len(line) <= limit:
            yield line
            continue
        if not line.endswith(b"\n"):
            while (rest := stream.readline(1 << 16)) and not rest.endswith(b"\n"):
                pass  # skip to the end of the line
        yield b""


def _too_long() -> ValidationError:
    return ValidationError.single(
        "", f"is longer than the {MAX_SIZE:,} bytes a record may have", MISSING
    )


def _document(data: bytes, format: Literal["json", "toml"]) -> _Chunk:  # noqa: A002 - the option's name
    """One document's candidate, as a chunk of one row (or one refusal) on line 1."""
    if not data.strip():
        error = ValidationError.single("", "is empty", MISSING)
        return _Chunk(CandidateColumns.from_candidates(()), (), (RefusedRecord(1, error.errors),))
    try:
        candidate = loads(data, Candidate, format=format)
    except ValidationError as error:
        return _Chunk(CandidateColumns.from_candidates(()), (), (RefusedRecord(1, error.errors),))
    return _Chunk(CandidateColumns.from_candidates((candidate,)), (1,), ())


def _row(
    line: int,
    reference: str | None,
    verdict: Verdict,
    findings: Iterable[Finding | FindingNumbers],
    *,
    labels: Mapping[Verdict, str],
) -> str:
    """A table row: the line, reference, verdict, and the decisive rules not clearly met."""
    reasons = "; ".join(
        f"{f.criterion.value}: {labels[f.verdict]}"
        for f in findings
        if f.decisive and f.verdict is not Verdict.ELIGIBLE
    )
    return f"{line:>5}  {reference or '-':<20}  {labels[verdict]:<12}  {reasons or '-'}"


def _record(line: int, reference: str | None, assessment: Assessment) -> dict[str, object]:
    return {
        "type": "assessment",
        "line": line,
        "reference": reference,
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
