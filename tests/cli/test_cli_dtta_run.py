"""``jpo dtta`` in other languages: its own labels come from the message catalogs."""

from __future__ import annotations

import pytest

from jpo_model.cli import main

START = ["dtta", "ohchr-25p153", "--start", "2026-03-10"]


def _lines(capsys: pytest.CaptureFixture[str], *argv: str) -> list[str]:
    assert 0 == main([*START, *argv])
    return capsys.readouterr().out.splitlines()


def test_statement_in_french(capsys: pytest.CaptureFixture[str]) -> None:
    """``--locale fr`` prints the heading, the year and every row label in French."""
    lines = _lines(capsys, "--locale", "fr")
    assert [
        (
            "DTTA : Netherlands, 4\u202f000,00\u00a0$US par année de contrat (prorata en mois, "
            "report activé)"
        ),
        "année de contrat 1 : du 2026-03-10 au 2027-03-09",
        "  alloué              4\u202f000,00\u00a0$US",
    ] == [lines[0], lines[2], lines[3]]
    labels = [row[2:].split("  ")[0] for row in lines[3:10]]
    expected = ["alloué", "report entrant", "dépensé", "engagé", "disponible", "report sortant"]
    assert [*expected, "expiré"] == labels


def test_statement_in_spanish_keeps_the_columns(capsys: pytest.CaptureFixture[str]) -> None:
    """A label longer in Spanish widens the label column; the amounts stay aligned."""
    lines = _lines(capsys, "--locale", "es")
    rows = lines[3:10]
    assert "  arrastre transferido" == rows[5][: len("  arrastre transferido")]
    assert 1 == len({len(row) for row in rows})


def test_statement_in_english_unchanged(capsys: pytest.CaptureFixture[str]) -> None:
    """English keeps its layout: twelve columns of label, then the amount."""
    lines = _lines(capsys)
    heading = "DTTA: Netherlands, $4,000.00 per contract year (months proration, carry-over on)"
    assert heading == lines[0]
    assert "  carried out             $0.00" == lines[8]
