"""`jpo deadline`, `jpo ics` and `jpo calendar`: a post's deadline and dates at the terminal."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from jpo_model import AssignmentCalendar, dumps, examples, from_dict
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


STAMP = ["--stamp", "2026-01-05T00:00:00Z"]


def test_ics_writes_standard_output_with_o_dash(capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    """`-o -` writes the calendar itself to standard output, CRLF line endings kept."""
    assert 0 == main(["ics", SEED, "-o", "-", *STAMP])
    out = capsysbinary.readouterr().out
    assert out.startswith(b"BEGIN:VCALENDAR\r\n")
    assert out.endswith(b"END:VCALENDAR\r\n")


def test_ics_writes_a_file_named_as_asked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`-o FILE` writes the file and says so; nothing else is left in the folder."""
    target = tmp_path / "deadline.ics"
    assert 0 == main(["ics", SEED, "-o", str(target), "--todo", *STAMP])
    assert f"wrote {target}\n" == capsys.readouterr().out
    assert "BEGIN:VTODO" in target.read_text("utf-8")
    assert ["deadline.ics"] == [p.name for p in tmp_path.iterdir()]


def test_ics_without_the_extra_says_how_to_install_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Without icalendar the error says how to install the extra, from PyPI or a checkout."""
    monkeypatch.setitem(sys.modules, "icalendar", None)  # `import icalendar` now fails
    assert 1 == main(["ics", SEED, "-o", str(tmp_path / "x.ics"), *STAMP])
    assert (
        "error: writing .ics files needs the icalendar package: pip install 'jpo_model[ical]'"
        " (from a checkout: pip install '.[ical]')\n"
    ) == capsys.readouterr().err
    assert [] == list(tmp_path.iterdir())


def test_calendar_prints_json(capsys: pytest.CaptureFixture[str]) -> None:
    """`jpo calendar --json` prints the AssignmentCalendar document."""
    assert 0 == main(["calendar", SEED, "--start", "2026-06-01", "--json"])
    data = json.loads(capsys.readouterr().out)
    assert ("2026-06-01", "2027-05-31") == (data["start"], data["initial_end"])
    assert isinstance(from_dict(data, AssignmentCalendar), AssignmentCalendar)


def test_calendar_writes_the_ics_to_standard_output_instead_of_the_list(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """`--ics -` puts the calendar on standard output, alone."""
    assert 0 == main(["calendar", SEED, "--start", "2026-06-01", "--ics", "-", *STAMP])
    out = capsys.readouterr().out
    assert out.startswith("BEGIN:VCALENDAR")
    assert "start:" not in out


def test_calendar_ics_dash_with_json_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    """Two documents cannot share standard output."""
    with pytest.raises(SystemExit) as caught:
        main(["calendar", SEED, "--start", "2026-06-01", "--ics", "-", "--json"])
    assert 2 == caught.value.code
    assert "--ics - writes the calendar to standard output" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ["calendar", SEED, "--start", "1 June"],
            "error: --start '1 June' is not a date (YYYY-MM-DD)",
        ),
        (
            ["calendar", SEED, "--start", "9999-06-01"],
            (
                "error: start: is too late: the assignment would end after 9999-12-31"
                " (got '9999-06-01')"
            ),
        ),
        (
            ["calendar", "osagi-gender-focal-point", "--start", "2026-06-01"],
            "error: osagi-gender-focal-point states no appointment terms to count from",
        ),
        (
            ["deadline", SEED, "--at", "0001-01-01T00:00:00+14:00"],
            (
                "error: --at '0001-01-01T00:00:00+14:00' in UTC runs past the dates a calendar"
                " holds (years 1 to 9999)"
            ),
        ),
    ],
)
def test_calendar_and_deadline_values_are_one_error_line(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """A date the command cannot use is one error line and exit code 1, never a traceback."""
    assert 1 == main(argv)
    assert ("", f"{message}\n") == capsys.readouterr()


def test_deadline_reads_the_post_from_standard_input(
    stdin: Callable[[bytes], None], capsys: pytest.CaptureFixture[str]
) -> None:
    """`jpo deadline -` reads the post document from standard input."""
    stdin(dumps(examples.load(SEED), format="toml").encode())
    assert 0 == main(["deadline", "-", "--at", "2026-03-01T12:00:00+00:00"])
    assert "binding instant: 2026-03-10T23:00:00Z (stated-offset)" in capsys.readouterr().out


def test_calendar_lists_every_date_and_writes_the_ics(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`jpo calendar` prints the assignment's dates, one a line, and --ics FILE writes them."""
    target = tmp_path / "assignment.ics"
    assert 0 == main(["calendar", SEED, "--start", "2026-06-01", "--ics", str(target), *STAMP])
    assert [
        "start: 2026-06-01",
        "end of the initial appointment: 2027-05-31",
        "end if extended (1): 2028-05-31",
        "end if extended (2): 2029-05-31",
        "work plan due: 2026-06-30",
        "step increment to P2 step 2: 2027-06-01 (with satisfactory service)",
        "step increment to P2 step 3: 2028-06-01 (with satisfactory service)",
        "learning: 2026 JPO Orientation Programme: 2026-11-09 to 2026-11-27",
        f"wrote {target}",
    ] == capsys.readouterr().out.splitlines()
    assert target.read_text("utf-8").startswith("BEGIN:VCALENDAR")
