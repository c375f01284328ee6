"""``jpo dtta``: the statement in a locale, JSON, checks and ledger files."""

from __future__ import annotations

import json
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
        (["--locale", "xx"], "locale"),
        (["--ledger", "missing.json"], "does not exist"),
        (["--add", "entry.json"], "--add needs --ledger"),
    ],
)
def test_errors(extra: list[str], message: str, capsys: pytest.CaptureFixture[str]) -> None:
    """Bad options end with an error line and exit code 1."""
    assert 1 == main([*BASE, *extra])
    assert message in capsys.readouterr().err


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


def test_bad_start_date_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    """A start that is not an ISO date exits with the usage code 2."""
    with pytest.raises(SystemExit) as info:
        main(["dtta", "ohchr-25p153", "--start", "10/03/2026"])
    assert 2 == info.value.code
    assert "is not a date" in capsys.readouterr().err


def test_post_without_duration_needs_months(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A post that states no duration asks for --months."""
    path = tmp_path / "post.json"
    dump(attrs.evolve(examples.load("ohchr-25p153"), appointment=None), path)
    assert 1 == main(["dtta", str(path), "--start", "2026-03-10"])
    assert "--months" in capsys.readouterr().err
