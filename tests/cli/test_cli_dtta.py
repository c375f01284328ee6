"""``jpo dtta``: the statement in a locale, JSON, checks and ledger files."""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Callable
from pathlib import Path

import attrs
import pendulum
import pytest

from jpo_model import dump, examples, load
from jpo_model.cli import main
from jpo_model.dtta.ledger import DttaEntry, DttaEntryStatus, DttaLedger
from jpo_model.dtta.policy import DttaCategory
from jpo_model.money import Money

BASE = ["dtta", "ohchr-25p153", "--start", "2026-03-10"]


def _entry_file(tmp_path: Path, amount: int, *, name: str = "entry.json") -> Path:
    path = tmp_path / name
    dump(
        DttaEntry(
            date=pendulum.Date(2026, 6, 1),
            category=DttaCategory.COURSE,
            description="Course",
            amount=Money.of(amount, "USD"),
            status=DttaEntryStatus.APPROVED,
        ),
        path,
    )
    return path


def test_statement_in_english(capsys: pytest.CaptureFixture[str]) -> None:
    """The seed 002 statement shows one year of US$4,000 and when it expires."""
    assert 0 == main(BASE)
    out = capsys.readouterr().out
    assert "DTTA: Netherlands, $4,000.00 per contract year" in out
    assert "contract year 1: 2026-03-10 to 2027-03-09" in out
    assert "expires if unspent: $4,000.00 after 2027-02-09 (contract year 1)" in out


@pytest.mark.cldr_text
@pytest.mark.parametrize(
    ("locale", "amount"),
    [
        ("ar", "\u200f4,000.00\xa0US$"),
        ("es", "4.000,00\xa0US$"),
        ("fr", "4\u202f000,00\xa0$US"),
        ("ru", "4\xa0000,00\xa0$"),
        ("zh", "US$4,000.00"),
    ],
)
def test_statement_amounts_follow_the_locale(
    locale: str, amount: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Amounts are formatted by CLDR for the requested locale."""
    assert 0 == main([*BASE, "--locale", locale])
    assert amount in capsys.readouterr().out


def test_json_statement(capsys: pytest.CaptureFixture[str]) -> None:
    """--json prints the statement as a document, two years for --months 24."""
    assert 0 == main([*BASE, "--months", "24", "--json"])
    data = json.loads(capsys.readouterr().out)
    years = data["statement"]["years"]
    assert (2, "8000.00") == (len(years), years[1]["available"]["amount"])


def test_check_prints_every_reason(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A year-1 request of 5,000 is refused, with its reason."""
    entry = _entry_file(tmp_path, 5000)
    code = main([*BASE, "--months", "24", "--check", str(entry), "--on", "2026-04-01"])
    out = capsys.readouterr().out
    assert 0 == code
    assert "entry 'Course' ($5,000.00): refused" in out
    assert "advances-later-funds" in out


def test_check_as_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--check with --json includes the decision and whether it is allowed."""
    entry = _entry_file(tmp_path, 500)
    assert 0 == main([*BASE, "--check", str(entry), "--on", "2026-04-01", "--json"])
    decision = json.loads(capsys.readouterr().out)["decision"]
    assert (True, "500.00") == (decision["allowed"], decision["value"]["amount"])


def test_add_writes_the_ledger_and_refuses_overspending(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--add starts a ledger file, adds allowed entries, and leaves it alone when refused."""
    ledger = tmp_path / "ledger.json"
    first = _entry_file(tmp_path, 3000)
    assert 0 == main([*BASE, "--ledger", str(ledger), "--add", str(first), "--on", "2026-04-01"])
    assert Money.of(3000, "USD") == load(ledger, DttaLedger).statement().committed
    written = ledger.read_bytes()
    assert 1 == main([*BASE, "--ledger", str(ledger), "--add", str(first), "--on", "2026-04-01"])
    assert written == ledger.read_bytes()
    assert 0 == main([*BASE, "--ledger", str(ledger)])
    assert "committed" in capsys.readouterr().out
    assert ["entry.json", "ledger.json"] == sorted(p.name for p in tmp_path.iterdir())


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--locale", "xx"], "error: 'xx' is not a locale CLDR knows"),
        (["--ledger", "missing.json"], "error: missing.json does not exist"),
        (["--months", "0"], "error: --months must be from 1 to 1,200, not 0"),
        (["--months", "two"], "error: --months 'two' is not a whole number"),
        (["--on", "1 April"], "error: --on '1 April' is not a date (YYYY-MM-DD)"),
        (["--check", "entry.yaml"], "error: cannot read entry.yaml: cannot tell its format"),
        (
            ["--ledger", "ledger.yaml", "--add", "entry.json"],
            "error: cannot write ledger.yaml: cannot tell its format",
        ),
    ],
)
def test_errors(extra: list[str], message: str, capsys: pytest.CaptureFixture[str]) -> None:
    """A value the command cannot use ends with one error line and exit code 1."""
    assert 1 == main([*BASE, *extra])
    (line,) = capsys.readouterr().err.splitlines()
    assert line.startswith(message)


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--add", "entry.json"], "--add needs --ledger FILE"),
        (["--add", "e.json", "--check", "e.json", "--ledger", "l.json"], "give one of them"),
        (["--ledger", "-", "--add", "entry.json"], "it cannot be - (standard input)"),
        (["--check", "-", "--ledger", "-"], "only one argument can be -"),
    ],
)
def test_options_that_do_not_go_together_are_usage_errors(
    extra: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Options the command line's grammar does not allow together exit with 2 and the usage."""
    with pytest.raises(SystemExit) as info:
        main([*BASE, *extra])
    err = capsys.readouterr().err
    assert 2 == info.value.code
    assert err.startswith("usage: jpo dtta")
    assert message in err


def test_ledger_with_another_start_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A ledger file for another start date is not silently used."""
    ledger = tmp_path / "ledger.json"
    entry = _entry_file(tmp_path, 100)
    assert 0 == main([*BASE, "--ledger", str(ledger), "--add", str(entry), "--on", "2026-04-01"])
    capsys.readouterr()
    assert 1 == main(["dtta", "ohchr-25p153", "--start", "2026-04-01", "--ledger", str(ledger)])
    assert "starts on 2026-03-10" in capsys.readouterr().err


def test_bad_start_date_is_an_error_like_any_bad_value(capsys: pytest.CaptureFixture[str]) -> None:
    """A start that is not an ISO date exits with 1, as in `jpo calendar` and `jpo check`."""
    assert 1 == main(["dtta", "ohchr-25p153", "--start", "10/03/2026"])
    assert "error: --start '10/03/2026' is not a date (YYYY-MM-DD)\n" == capsys.readouterr().err


def test_a_start_too_late_for_the_calendar_is_one_error_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """An assignment that would end after the year 9999 is an error, not a traceback."""
    assert 1 == main(["dtta", "ohchr-25p153", "--start", "9999-06-01"])
    assert (
        "error: the DTTA of an assignment from 9999-06-01 runs past the dates a calendar holds"
        " (years 1 to 9999)\n"
    ) == capsys.readouterr().err


def test_post_without_duration_needs_months(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A post that states no duration asks for --months."""
    path = tmp_path / "post.json"
    dump(attrs.evolve(examples.load("ohchr-25p153"), appointment=None), path)
    assert 1 == main(["dtta", str(path), "--start", "2026-03-10"])
    assert "--months" in capsys.readouterr().err


def test_check_reads_the_entry_from_standard_input(
    tmp_path: Path, stdin: Callable[[bytes], None], capsys: pytest.CaptureFixture[str]
) -> None:
    """`--check -` reads the entry document from standard input."""
    stdin(_entry_file(tmp_path, 500).read_bytes())
    assert 0 == main([*BASE, "--check", "-", "--on", "2026-04-01"])
    assert "entry 'Course' ($500.00): allowed" in capsys.readouterr().out


def test_an_entry_file_of_another_kind_is_one_error_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A post given as the entry is an error naming the file and what is wrong."""
    path = tmp_path / "post.json"
    dump(examples.load("ohchr-25p153"), path)
    assert 1 == main([*BASE, "--check", str(path), "--on", "2026-04-01"])
    out, err = capsys.readouterr()
    assert "" == out
    assert 1 == len(err.splitlines())
    assert err.startswith(f"error: {path} is not a valid DTTA entry document: ")


def test_add_writes_a_new_ledger_with_the_mode_open_gives(tmp_path: Path) -> None:
    """A ledger file started by --add gets 0o666 less the umask, not a temporary file's 0o600."""
    ledger = tmp_path / "ledger.toml"
    entry = _entry_file(tmp_path, 100)
    old = os.umask(0o002)
    try:
        assert 0 == main(
            [*BASE, "--ledger", str(ledger), "--add", str(entry), "--on", "2026-04-01"]
        )
    finally:
        os.umask(old)
    assert 0o664 == stat.S_IMODE(ledger.stat().st_mode)
    assert Money.of(100, "USD") == load(ledger, DttaLedger).statement().committed
