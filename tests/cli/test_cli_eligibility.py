"""`jpo check`: candidates from a JSON, TOML or JSON Lines file screened against a post."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from jpo_model import dump, dumps, examples
from jpo_model.cli import _common, _eligibility_run, main
from jpo_model.localisation import format_date

_GOOD = json.dumps(
    {
        "birth_date": "1996-05-05",
        "nationalities": ["KE"],
        "reference": "A-1",
        "degrees": [
            {"level": "advanced", "field": "Law", "countries": ["KE"], "completed": "2020-06-30"}
        ],
        "experience": [
            {
                "kind": "employment",
                "start": "2020-09-01",
                "end": "2023-08-31",
                "relevance": "relevant",
            }
        ],
        "languages": [{"language": "en", "level": "fluent"}],
    }
)


_BAD = '{"birth_date": "1990-01-01", "nationalities": ["XX"]}'


def test_check_screens_a_json_lines_file_past_bad_records(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Bad records are refused with file and line, the good ones assessed, and the exit is 1."""
    path = tmp_path / "people.jsonl"
    path.write_text(f"{_GOOD}\n{_BAD}\nnot json\n\n{_GOOD}\n", encoding="utf-8")
    assert 1 == main(["check", "ohchr-25p153", str(path), "--on", "2026-03-01"])
    out, err = capsys.readouterr()
    assert [
        (
            f"{path}:2: nationalities[0]: is not an ISO 3166-1 alpha-2 country or territory code"
            " (got 'XX')"
        ),
        f"{path}:3: <root>: is not valid JSON: Expecting value: line 1 column 1 (char 0)",
    ] == err.splitlines()
    rows = out.splitlines()
    assert ["1", "A-1", "eligible"] == rows[1].split()[:3]
    assert ["5", "A-1", "eligible"] == rows[2].split()[:3]
    assert (
        "2 candidates assessed on March 1, 2026: 2 eligible, 0 needs review, 0 not eligible;"
        " 2 records refused"
    ) == rows[-1]


def test_check_counts_in_the_singular_and_exits_0_when_nothing_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """One candidate is "1 candidate"; with no record refused the summary says none and exits 0."""
    path = tmp_path / "one.jsonl"
    path.write_text(f"{_GOOD}\n", encoding="utf-8")
    assert 0 == main(["check", "ohchr-25p153", str(path), "--on", "2026-03-01"])
    assert (
        "1 candidate assessed on March 1, 2026: 1 eligible, 0 needs review, 0 not eligible"
    ) == capsys.readouterr().out.splitlines()[-1]


def test_check_localises_the_table(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """With --locale the verdicts and the day are written in that language."""
    path = tmp_path / "one.json"
    path.write_text(_GOOD, encoding="utf-8")
    assert main(["check", "ohchr-25p153", str(path), "--on", "2026-03-01", "--locale", "fr"]) == 0
    out = capsys.readouterr().out
    assert "1 mars 2026" in out.splitlines()[-1]
    assert out.splitlines()[1].split()[:3] == ["1", "A-1", "admissible"]


def test_check_refuses_an_unknown_locale(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An unknown locale is an error, not a silent fallback."""
    path = tmp_path / "one.json"
    path.write_text(_GOOD, encoding="utf-8")
    assert main(["check", "ohchr-25p153", str(path), "--locale", "xx-nope"]) == 1
    assert "is not a locale CLDR knows" in capsys.readouterr().err


def test_check_prints_json_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """With --json each candidate is one JSON object with its findings, then a summary."""
    path = tmp_path / "one.json"
    path.write_text(_GOOD, encoding="utf-8")
    assert main(["check", "ohchr-25p153", str(path), "--on", "2026-03-01", "--json"]) == 0
    record, summary = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert ("assessment", "eligible", 1, "A-1") == (
        record["type"],
        record["verdict"],
        record["line"],
        record["reference"],
    )
    age = record["findings"][0]
    assert {"criterion": "age", "verdict": "eligible", "decisive": True} == {
        k: age[k] for k in ("criterion", "verdict", "decisive")
    }
    assert "1994-01-01" == age["numbers"]["earliest_birth_date"]
    assert {
        "type": "summary",
        "on": "2026-03-01",
        "assessed": 1,
        "refused": 0,
        "verdicts": {"eligible": 1, "needs-review": 0, "ineligible": 0},
    } == summary


def test_check_refuses_an_unknown_file_format(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A candidates file that is not .json, .toml or .jsonl is an error (exit 1), no table."""
    path = tmp_path / "people.csv"
    path.write_text("x", encoding="utf-8")
    assert main(["check", "ohchr-25p153", str(path), "--on", "2026-03-01"]) == 1
    assert (
        "",
        (
            f"error: cannot read {path}: cannot tell its format: use .json, .toml or .jsonl,"
            " or --format\n"
        ),
    ) == capsys.readouterr()


def _table_and_errors(capsys: pytest.CaptureFixture[str]) -> tuple[list[str], list[str]]:
    out, err = capsys.readouterr()
    return out.splitlines(), err.splitlines()


def test_check_json_reports_refused_records_in_the_stream(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """With --json a refused record is a JSON object in order, and the summary counts it."""
    path = tmp_path / "people.jsonl"
    path.write_text(f"{_GOOD}\n{_BAD}\n", encoding="utf-8")
    assert 1 == main(["check", "ohchr-25p153", str(path), "--on", "2026-03-01", "--json"])
    out, err = capsys.readouterr()
    records = [json.loads(line) for line in out.splitlines()]
    assert "" == err
    assert ["assessment", "refused", "summary"] == [r["type"] for r in records]
    assert {
        "type": "refused",
        "line": 2,
        "errors": [
            {
                "path": "nationalities[0]",
                "message": "is not an ISO 3166-1 alpha-2 country or territory code",
                "value": "XX",
            }
        ],
    } == records[1]
    assert (1, 1) == (records[2]["assessed"], records[2]["refused"])


def test_check_refuses_a_post_given_as_the_candidates_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A document of another kind is a refused record: counted, reported, and exit code 1."""
    path = tmp_path / "post.json"
    dump(examples.load("ohchr-25p153"), path)
    assert 1 == main(["check", "ohchr-25p153", str(path), "--on", "2026-03-01"])
    rows, errors = _table_and_errors(capsys)
    assert (
        "0 candidates assessed on March 1, 2026: 0 eligible, 0 needs review, 0 not eligible;"
        " 1 record refused"
    ) == rows[-1]
    assert f"{path}:1: birth_date: is required" in errors
    assert all(line.startswith(f"{path}:1: ") for line in errors)


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\xff\xfe", "it is not UTF-8 text"),
        (b"\x00\x01\x02 binary\n", "it holds binary data, not text"),
    ],
)
def test_check_refuses_binary_input_as_a_whole(
    tmp_path: Path, content: bytes, reason: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """An input that is not text at all is one error, not a refusal per line, and no table."""
    path = tmp_path / "people.jsonl"
    path.write_bytes(content)
    assert 1 == main(["check", "ohchr-25p153", str(path), "--on", "2026-03-01"])
    assert ("", f"error: cannot read {path}: {reason}\n") == capsys.readouterr()


def test_check_refuses_a_line_of_another_encoding_and_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """After a first line of text, a line that is not UTF-8 is one refused record."""
    path = tmp_path / "people.jsonl"
    path.write_bytes(f"{_GOOD}\n".encode() + b'{"reference": "Jos\xe9"}\n')
    assert 1 == main(["check", "ohchr-25p153", str(path), "--on", "2026-03-01"])
    rows, errors = _table_and_errors(capsys)
    assert [f"{path}:2: <root>: is not UTF-8 text: invalid continuation byte"] == errors
    assert rows[-1].endswith("; 1 record refused")


def test_check_refuses_a_record_longer_than_the_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A line beyond the size limit is refused without being read whole; the next is read."""
    monkeypatch.setattr(_eligibility_run, "MAX_SIZE", len(_GOOD) + 10)
    path = tmp_path / "people.jsonl"
    path.write_text(f"{_GOOD}\n{'[' * 100_000}\n{_GOOD}\n", encoding="utf-8")
    assert 1 == main(["check", "ohchr-25p153", str(path), "--on", "2026-03-01"])
    rows, errors = _table_and_errors(capsys)
    limit = f"{len(_GOOD) + 10:,}"
    assert [f"{path}:2: <root>: is longer than the {limit} bytes a record may have"] == errors
    assert ["1", "3"] == [row.split()[0] for row in rows[1:-1]]


def test_check_reports_a_missing_file_before_printing_anything(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A candidates file that cannot be read is one error line; the table header is not printed."""
    path = tmp_path / "absent.jsonl"
    assert 1 == main(["check", "ohchr-25p153", str(path), "--on", "2026-03-01"])
    assert ("", f"error: cannot read {path}: No such file or directory\n") == capsys.readouterr()


@pytest.mark.parametrize(
    "document",
    [
        f"{_GOOD}\n{_GOOD}\n".encode(),
        b"\n" + json.dumps(json.loads(_GOOD), indent=2).encode(),
        b'birth_date = "1996-05-05"\nnationalities = ["KE"]\nreference = "A-1"\n',
    ],
    ids=["json lines", "indented json", "toml"],
)
def test_check_reads_standard_input_in_any_of_its_formats(
    document: bytes, stdin: Callable[[bytes], None], capsys: pytest.CaptureFixture[str]
) -> None:
    """`-` reads JSON Lines, or one JSON or TOML document, told apart by the first line."""
    stdin(document)
    assert 0 == main(["check", "ohchr-25p153", "-", "--on", "2026-03-01", "--json"])
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert {"A-1"} == {r["reference"] for r in records if r["type"] == "assessment"}
    assert 0 == records[-1]["refused"]


def test_check_reads_a_file_of_any_name_with_format(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--format names the format of a file whose extension does not."""
    path = tmp_path / "people.txt"
    path.write_text(f"{_GOOD}\n", encoding="utf-8")
    assert 0 == main(
        ["check", "ohchr-25p153", str(path), "--format", "jsonl", "--on", "2026-03-01"]
    )
    assert ["1", "A-1", "eligible"] == capsys.readouterr().out.splitlines()[1].split()[:3]


def test_check_reads_the_post_from_standard_input(
    tmp_path: Path, stdin: Callable[[bytes], None], capsys: pytest.CaptureFixture[str]
) -> None:
    """The post may come from `-` while the candidates come from a file."""
    path = tmp_path / "one.jsonl"
    path.write_text(f"{_GOOD}\n", encoding="utf-8")
    stdin(dumps(examples.load("ohchr-25p153")).encode())
    assert 0 == main(["check", "-", str(path), "--on", "2026-03-01"])
    assert capsys.readouterr().out.splitlines()[-1].startswith("1 candidate assessed")


def test_check_cannot_read_standard_input_twice(capsys: pytest.CaptureFixture[str]) -> None:
    """The post and the candidates cannot both be `-`: a usage error."""
    with pytest.raises(SystemExit) as caught:
        main(["check", "-", "-"])
    assert 2 == caught.value.code
    assert "only one argument can be - (standard input)" in capsys.readouterr().err


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(("quiet", "shown"), [([], True), (["--quiet"], False)])
def test_check_shows_progress_on_a_terminal_unless_quiet(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    quiet: list[str],
    shown: bool,
) -> None:
    """On a terminal, the count of records checked is rewritten on one line, then cleared."""
    path = tmp_path / "people.jsonl"
    path.write_text(f"{_GOOD}\n" * 3, encoding="utf-8")
    terminal = _Terminal()
    monkeypatch.setattr(_common, "PROGRESS_INTERVAL", 0)
    monkeypatch.setattr(sys, "stderr", terminal)
    assert 0 == main(["check", "ohchr-25p153", str(path), "--on", "2026-03-01", *quiet])
    assert 5 == len(capsys.readouterr().out.splitlines())
    written = terminal.getvalue()
    assert shown == ("checked" in written and "3 records" in written)
    assert written.endswith("\r") if shown else "" == written


@pytest.mark.parametrize("as_json", [[], ["--json"]])
def test_check_cut_short_by_a_closed_pipe_exits_with_the_status_so_far(
    tmp_path: Path, as_json: list[str]
) -> None:
    """A closed output pipe ends quietly, with 1 because a record was refused."""
    path = tmp_path / "people.jsonl"
    path.write_text(f"{_BAD}\n{_GOOD}\n", encoding="utf-8")
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        closed = subprocess.run(  # noqa: S603 - our own interpreter
            [sys.executable, "-m", "jpo_model", "check", "ohchr-25p153", str(path), *as_json],
            stdout=write_end,
            stderr=subprocess.PIPE,
            encoding="utf-8",
            env={k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"},
            check=False,
        )
    finally:
        os.close(write_end)
    assert 1 == closed.returncode
    assert "Traceback" not in closed.stderr
    assert "error:" not in closed.stderr


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ("[" * 100_000 + "]" * 100_000, "<root>: nests deeper than 32 levels"),
        ('{"birth_date": NaN}', "<root>: is not valid JSON: NaN is not a number JSON allows"),
        ("[1, 2]", "<root>: must be an object (a Candidate document), not an array (got [1, 2])"),
    ],
)
def test_check_refuses_hostile_lines_like_bad_documents(
    tmp_path: Path, line: str, problem: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Lines nested too deep, NaN, or not an object are refused as `loads` refuses documents."""
    path = tmp_path / "people.jsonl"
    path.write_text(f"{_GOOD}\n{line}\n", encoding="utf-8")
    assert 1 == main(["check", "ohchr-25p153", str(path), "--on", "2026-03-01"])
    assert [f"{path}:2: {problem}"] == capsys.readouterr().err.splitlines()


def test_check_without_on_assesses_on_today(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Without --on the application day is today's date, as the summary says."""
    path = tmp_path / "one.jsonl"
    path.write_text(f"{_GOOD}\n", encoding="utf-8")
    main(["check", "ohchr-25p153", str(path)])
    today = dt.date.today()  # noqa: DTZ011 - the command reads the local day too
    assert f"assessed on {format_date(today, locale='en')}:" in capsys.readouterr().out
