"""``jpo_model.cli._eligibility_run``: the module that runs ``jpo check``."""

from __future__ import annotations

import contextlib
import io
import json
from collections.abc import Callable
from pathlib import Path

import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st

from jpo_model import (
    Candidate,
    Post,
    ValidationError,
    Verdict,
    assess,
    examples,
    loads,
    strategies,
    to_dict,
)
from jpo_model.cli import _eligibility, _eligibility_run, main
from jpo_model.cli._common import count, problem_json
from jpo_model.eligibility import batch
from jpo_model.errors import MISSING
from jpo_model.localisation import format_date, label


def test_check_imports_only_its_own_run_module(
    run_modules: Callable[..., set[str]], example_files: Path
) -> None:
    """``jpo check`` loads this module and no other command group's."""
    candidates = str(example_files / "candidates.jsonl")
    argv = ("check", "ohchr-25p153", candidates, "--on", "2026-03-01", "--json")
    assert {"jpo_model.cli._eligibility_run"} == run_modules(*argv)


def test_format_choices_are_the_formats_check_reads() -> None:
    """``check --format`` offers exactly the formats the run module can read."""
    assert sorted(_eligibility_run._FORMATS.values()) == sorted(_eligibility.CANDIDATE_FORMATS)


_LIMIT = 20_000
"""The longest line read in the differential test (`MAX_SIZE` made small)."""
_BAD_LINES = (
    "not json",
    '{"birth_date": "1990-01-01", "nationalities": ["XX"]}',
    '{"birth_date": "1995-01-01", "nationalities": ["KE"], "birth_date": "1996-01-01"}',
    '{"birth_date": "1995-01-01", "nationalities": ["KE"], "colour": "blue"}',
    '{"birth_date": "1995-01-01", "nationalities": ["KE"]',  # cut short: the error's position
    '{"birth_date": "1995-01-01", "nationalities": ["KE"]}\r',
    '{"birth_date": "1995-01-01", "nationalities": ["KE"], "reference": "a: b"}',
    "[1, 2]",
    "[" * 5_000 + "]" * 5_000,
    "",
    "   \t",
    "x" * (_LIMIT + 5),
)
"""Lines refused, skipped, or accepted by the full loader only; the last is too long to read."""


def _lines() -> st.SearchStrategy[list[str]]:
    """JSON Lines of generated candidates mixed with refused and blank lines."""
    good = strategies.candidates().map(lambda c: json.dumps(to_dict(c), ensure_ascii=False))
    return st.lists(st.one_of(good, st.sampled_from(_BAD_LINES)), min_size=1, max_size=14)


def _previous(path: Path, post: Post, on: pendulum.Date, *, as_json: bool) -> tuple[str, str, int]:
    """What `jpo check` printed line by line with `loads` and `assess`, and its exit code."""
    labels = {verdict: label(verdict, locale="en") for verdict in Verdict}
    out = [] if as_json else [f"{'LINE':>5}  {'CANDIDATE':<20}  {'VERDICT':<12}  REASONS"]
    err: list[str] = []
    counts = dict.fromkeys(Verdict, 0)
    refused = 0
    for number, line in enumerate(path.read_bytes().splitlines(keepends=True), start=1):
        if not line.strip():
            continue
        try:
            if len(line) > _LIMIT:
                message = f"is longer than the {_LIMIT:,} bytes a record may have"
                raise ValidationError.single("", message, MISSING)
            candidate = loads(line, Candidate)
        except ValidationError as error:
            refused += 1
            if as_json:
                problems = [problem_json(detail) for detail in error.errors]
                out.append(json.dumps({"type": "refused", "line": number, "errors": problems}))
            else:
                err.extend(f"{path}:{number}: {detail}" for detail in error.errors)
            continue
        assessment = assess(post, candidate, on=on)
        counts[assessment.verdict] += 1
        reference, verdict, findings = candidate.reference, assessment.verdict, assessment.findings
        if as_json:
            record = _eligibility_run._record(number, reference, assessment)
            out.append(json.dumps(record, ensure_ascii=False))
        else:
            out.append(_eligibility_run._row(number, reference, verdict, findings, labels=labels))
    if as_json:
        out.append(json.dumps(_eligibility_run._summary_record(on, counts, refused)))
    else:
        verdicts = ", ".join(f"{n:,} {labels[verdict]}" for verdict, n in counts.items())
        refusals = f"; {count(refused, 'record')} refused" if refused else ""
        assessed = count(sum(counts.values()), "candidate")
        out.append(f"{assessed} assessed on {format_date(on, locale='en')}: {verdicts}{refusals}")
    printed = "".join(f"{line}\n" for line in out), "".join(f"{line}\n" for line in err)
    return (*printed, 1 if refused else 0)


@given(
    lines=_lines(),
    name=st.sampled_from(examples.names()),
    on=st.dates(min_value=pendulum.Date(2020, 1, 1), max_value=pendulum.Date(2030, 12, 31)),
    ending=st.sampled_from(["\n", ""]),
)
def test_check_prints_what_assessing_line_by_line_printed(
    lines: list[str],
    name: str,
    on: pendulum.Date,
    ending: str,
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """In chunks, with numpy or without, the table and --json are what `assess` per line gave."""
    path = tmp_path_factory.mktemp("check") / "people.jsonl"
    path.write_text("\n".join(lines) + ending, encoding="utf-8")
    day = pendulum.Date(on.year, on.month, on.day)
    post = examples.load(name)
    for numpy in (True, False):
        for as_json in ([], ["--json"]):
            out, err = io.StringIO(), io.StringIO()
            with pytest.MonkeyPatch.context() as patch:
                patch.setattr(_eligibility_run, "MAX_SIZE", _LIMIT)
                patch.setattr(_eligibility_run, "CHUNK_LINES", 3)  # several chunks a file
                if not numpy:
                    patch.setattr(batch, "_numpy_available", lambda: False)
                with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                    code = main(["check", name, str(path), "--on", day.isoformat(), *as_json])
            expected = _previous(path, post, day, as_json=bool(as_json))
            assert expected == (out.getvalue(), err.getvalue(), code)


def test_a_line_one_byte_too_long_is_refused_and_the_next_one_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A line whose end falls one byte past the limit is refused alone; the next is assessed."""
    short = json.dumps({"birth_date": "1995-01-01", "nationalities": ["KE"], "reference": "B"})
    limit = len(short) + 10
    monkeypatch.setattr(_eligibility_run, "MAX_SIZE", limit)
    path = tmp_path / "people.jsonl"
    path.write_text(f"{short}{' ' * 10}\n{short}\n", encoding="utf-8")  # limit + 1 bytes, then
    assert 1 == main(["check", "ohchr-25p153", str(path), "--on", "2026-03-01"])
    out, err = capsys.readouterr()
    assert [f"{path}:1: <root>: is longer than the {limit:,} bytes a record may have"] == (
        err.splitlines()
    )
    assert [["2", "B"]] == [row.split()[:2] for row in out.splitlines()[1:-1]]
