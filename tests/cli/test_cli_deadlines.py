"""`jpo deadline`, `jpo ics` and `jpo calendar`: a post's deadline and dates at the terminal."""

from __future__ import annotations

import json

import pytest

from jpo_model.cli import main

SEED = "ohchr-25p153"


def test_cli_prints_instant_wall_time_status_and_warning(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """``jpo deadline`` prints the instant, the duty station's wall time, time left, warnings."""
    assert 0 == main(["deadline", SEED, "--at", "2026-03-01T12:00:00+00:00"])
    lines = capsys.readouterr().out.splitlines()
    assert "binding instant: 2026-03-10T23:00:00Z (stated-offset)" in lines
    assert (
        "Europe/Zurich: Wednesday, March 11, 2026, 12:00:00\u202fAM Central European Standard Time"
        in lines
    )
    assert "at 2026-03-01T12:00:00Z: open, 9 days, 11 hours, and 0 minutes left" in lines
    assert any(line.startswith("warning: EST (UTC-5) was stated") for line in lines)


def test_cli_json_lists_zones_status_and_conflicts(capsys: pytest.CaptureFixture[str]) -> None:
    """``jpo deadline --json`` gives the instant, requested wall times, status and conflicts."""
    argv = ["deadline", SEED, "--at", "2026-03-11T00:00Z", "--tz", "Asia/Tokyo", "--json"]
    assert 0 == main(argv)
    data = json.loads(capsys.readouterr().out)
    assert {
        "instant": "2026-03-10T23:00:00Z",
        "wall_times": {"Asia/Tokyo": "2026-03-11T08:00:00+09:00"},
        "open": False,
        "seconds_left": -3600,
        "conflicts": ["2026-03-10T22:00:00Z"],
    } == {
        "instant": data["instant"],
        "wall_times": data["wall_times"],
        "open": data["open"],
        "seconds_left": data["seconds_left"],
        "conflicts": [c["instant"] for c in data["conflicts"]],
    }


@pytest.mark.cldr_text
def test_cli_formats_dates_in_the_requested_locale(capsys: pytest.CaptureFixture[str]) -> None:
    """``--locale fr`` formats the wall time with CLDR's French names."""
    assert 0 == main(["deadline", SEED, "--at", "2026-03-01T00:00Z", "--locale", "fr"])
    assert "mercredi 11 mars 2026" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["deadline", "ilo-ethics-2340", "--at", "2026-01-01T00:00Z"], "states no closing"),
        (["deadline", SEED, "--at", "2026-01-01T00:00"], "needs a UTC offset"),
        (["deadline", SEED, "--at", "soon"], "not an ISO 8601"),
        (["deadline", SEED, "--at", "2026-01-01T00:00Z", "--tz", "Mars/Base"], "IANA"),
        (["deadline", SEED, "--at", "2026-01-01T00:00Z", "--locale", "xx"], "locale"),
    ],
)
def test_cli_errors_are_one_line(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Bad input gives exit code 1 and one ``error:`` line naming the problem."""
    assert 1 == main(argv)
    err = capsys.readouterr().err
    assert err.startswith("error: ")
    assert message in err
