"""`jpo check`: candidates from a JSON, TOML or JSON Lines file screened against a post."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from jpo_model.cli import main

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


def test_check_screens_a_json_lines_file_past_bad_records(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Bad records are reported with file and line; the good ones are still assessed."""
    path = tmp_path / "people.jsonl"
    path.write_text(
        f'{_GOOD}\n{{"birth_date": "1990-01-01", "nationalities": ["XX"]}}\nnot json\n{_GOOD}\n',
        encoding="utf-8",
    )
    assert main(["check", "ohchr-25p153", str(path), "--on", "2026-03-01"]) == 0
    out, err = capsys.readouterr()
    assert [f"{path}:2", f"{path}:3"] == [line.split(": ")[0] for line in err.splitlines()]
    assert "nationalities[0]" in err
    rows = out.splitlines()
    assert rows[1].split()[:3] == ["1", "A-1", "eligible"]
    assert rows[2].split()[:3] == ["4", "A-1", "eligible"]
    assert (
        rows[-1]
        == "2 candidates assessed on March 1, 2026: 2 eligible, 0 needs review, 0 not eligible"
    )


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
    """With --json each candidate is one JSON object with its findings."""
    path = tmp_path / "one.json"
    path.write_text(_GOOD, encoding="utf-8")
    assert main(["check", "ohchr-25p153", str(path), "--on", "2026-03-01", "--json"]) == 0
    (record,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert ("eligible", 1, "A-1") == (record["verdict"], record["line"], record["reference"])
    age = record["findings"][0]
    assert {"criterion": "age", "verdict": "eligible", "decisive": True} == {
        k: age[k] for k in ("criterion", "verdict", "decisive")
    }
    assert "1994-01-01" == age["numbers"]["earliest_birth_date"]


def test_check_refuses_an_unknown_file_format(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A candidates file that is not .json, .toml or .jsonl is an error (exit 1)."""
    path = tmp_path / "people.csv"
    path.write_text("x", encoding="utf-8")
    assert main(["check", "ohchr-25p153", str(path), "--on", "2026-03-01"]) == 1
    assert "use .json, .toml or .jsonl" in capsys.readouterr().err
