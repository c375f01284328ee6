"""``jpo deadline`` in other languages: its own labels come from the message catalogs."""

from __future__ import annotations

import pytest

from jpo_model.cli import main

AT = ["deadline", "ohchr-25p153", "--at", "2026-03-01T12:00:00Z"]


def _lines(capsys: pytest.CaptureFixture[str], *argv: str) -> list[str]:
    assert 0 == main([*AT, *argv])
    return capsys.readouterr().out.splitlines()


def test_labels_in_french(capsys: pytest.CaptureFixture[str]) -> None:
    """``--locale fr`` prints the labels in French, around the values they introduce."""
    lines = _lines(capsys, "--locale", "fr")
    assert [
        (
            "date limite de candidature : 10 March 2026, 6.00 pm (Eastern Standard Time UTC-5, "
            "New York USA)"
        ),
        "instant qui fait foi : 2026-03-10T23:00:00Z (stated-offset)",
        "à 2026-03-01T12:00:00Z : ouvert, il reste 9\u00a0jours, 11\u00a0heures et 0 minute",
    ] == [lines[0], lines[1], lines[3]]
    assert lines[4].startswith("avertissement : EST (UTC-5) was stated")
    assert lines[4].endswith(" ; cette lecture donne 2026-03-10T22:00:00Z")


def test_labels_in_russian_when_closed(capsys: pytest.CaptureFixture[str]) -> None:
    """``--locale ru`` translates the closed status and the warning's frame."""
    assert 0 == main(["deadline", "ohchr-25p153", "--at", "2026-03-12T00:00:00Z", "--locale", "ru"])
    lines = capsys.readouterr().out.splitlines()
    assert "на 2026-03-12T00:00:00Z: приём закрыт" == lines[3]
    assert lines[4].startswith("предупреждение: ")


def test_english_reads_no_catalog(capsys: pytest.CaptureFixture[str]) -> None:
    """English output is the messages themselves, as before the catalogs carried them."""
    lines = _lines(capsys)
    assert "at 2026-03-01T12:00:00Z: open, 9 days, 11 hours, and 0 minutes left" == lines[3]
