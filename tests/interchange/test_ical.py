"""iCalendar export: deadlines as VEVENT or VTODO, assignment calendars, and ``jpo ics``."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import attrs
import icalendar
import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st

from jpo_model import (
    AppointmentTerms,
    AssignmentCalendar,
    CalendarComponent,
    Deadline,
    assignment_to_ical,
    deadline_to_ical,
    examples,
)
from jpo_model.cli import main

SEED = "ohchr-25p153"
STAMP = pendulum.datetime(2026, 1, 5, 9, 30, tz="UTC")


def _seed_deadline() -> Deadline:
    deadline = examples.load(SEED).deadline
    assert deadline is not None
    return deadline


def _only(text: str, name: str) -> icalendar.cal.Component:
    [component] = icalendar.Calendar.from_ical(text).walk(name)
    return component


def test_a_deadline_event_starts_at_the_binding_instant_in_utc() -> None:
    """The VEVENT's DTSTART is the binding instant in UTC, with no DTEND and no VTIMEZONE."""
    text = deadline_to_ical(_seed_deadline(), stamp=STAMP, reference="25P153")
    event = _only(text, "VEVENT")
    assert dt.datetime(2026, 3, 10, 23, tzinfo=dt.UTC) == event.decoded("dtstart")
    assert "DTSTART:20260310T230000Z\r\n" in text
    assert "DTEND" not in event
    assert "VTIMEZONE" not in text
    assert "TZID" not in text


def test_the_description_gives_the_zone_the_other_readings_and_the_wording() -> None:
    """The zone's wall time, each conflicting reading and the announcement's words are kept."""
    text = deadline_to_ical(_seed_deadline(), stamp=STAMP, reference="25P153")
    assert (
        "Closes 2026-03-10 23:00 UTC, 2026-03-10 19:00 in America/New_York (UTC-04:00).\n"
        "Another reading: 2026-03-10 22:00 UTC (EST (UTC-5) was stated, but New York observes"
        " EDT (UTC-4) on 2026-03-10).\n"
        "As announced: 10 March 2026, 6.00 pm (Eastern Standard Time UTC-5, New York USA)"
    ) == str(_only(text, "VEVENT")["description"])


def test_a_fixed_offset_deadline_is_described_at_its_offset() -> None:
    """A deadline with an offset and no zone gives its wall time at that offset."""
    deadline = Deadline(date=pendulum.date(2023, 2, 28), utc_offset_minutes=-300)
    text = deadline_to_ical(deadline, stamp=STAMP)
    assert "Closes 2023-03-01 05:00 UTC, 2023-03-01 00:00 at UTC-05:00." == str(
        _only(text, "VEVENT")["description"]
    )


def test_seconds_and_local_mean_time_offsets_are_described_exactly() -> None:
    """Seconds appear when the instant has them; a local mean time offset keeps its seconds."""
    deadline = Deadline(
        date=pendulum.date(1850, 2, 28), time=pendulum.time(9, 3, 7), zone="America/New_York"
    )
    description = str(_only(deadline_to_ical(deadline, stamp=STAMP), "VEVENT")["description"])
    assert (
        "Closes 1850-02-28 13:59:09 UTC, 1850-02-28 09:03:07 in America/New_York (UTC-04:56:02)."
        == description
    )


def test_a_fraction_of_a_second_is_written_at_the_second_before() -> None:
    """iCalendar counts whole seconds: 18:00:00.9 is written as 18:00:00, never later."""
    deadline = Deadline(
        date=pendulum.date(2026, 3, 10), time=pendulum.time(18, 0, 0, 900_000), zone="Asia/Tokyo"
    )
    text = deadline_to_ical(deadline, stamp=STAMP)
    assert dt.datetime(2026, 3, 10, 9, tzinfo=dt.UTC) == _only(text, "VEVENT").decoded("dtstart")


def test_control_characters_in_text_are_replaced() -> None:
    """RFC 5545 text carries no control characters: each becomes U+FFFD; tab and breaks stay."""
    deadline = attrs.evolve(_seed_deadline(), wording="6 pm\x00 EST\x1b\tNew York\nUSA")
    text = deadline_to_ical(deadline, stamp=STAMP, summary="Deadline\x7f")
    event = _only(text, "VEVENT")
    assert "Deadline\ufffd" == str(event["summary"])
    assert str(event["description"]).endswith("As announced: 6 pm\ufffd EST\ufffd\tNew York\nUSA")
    assert ["Deadline\ufffd"] * 2 == [str(a["description"]) for a in event.walk("VALARM")]


@pytest.mark.parametrize("line_break", ["\r", "\r\n", "\n"], ids=["CR", "CRLF", "LF"])
def test_every_line_break_in_text_is_written_as_one_escaped_newline(line_break: str) -> None:
    """A line break inside a text is ``\\n`` in the content line, never a raw CR or LF."""
    text = deadline_to_ical(_seed_deadline(), stamp=STAMP, summary=f"Dead{line_break}line")
    assert "SUMMARY:Dead\\nline\r\n" in text
    assert "Dead\nline" == str(_only(text, "VEVENT")["summary"])


def test_the_uid_of_a_deadline_without_reference_or_wording_is_unchanged() -> None:
    """UIDs are those of the TZID calendars written before (pinned), so re-imports update."""
    deadline = attrs.evolve(_seed_deadline(), wording=None)
    assert "UID:2bfb7ad2-4dbc-5bbb-a81a-4db4c6e85f8d@jpo-model" in deadline_to_ical(
        deadline, stamp=STAMP
    )
    assert "UID:d27f5aba-b6dc-5beb-bf0f-39e192bf9e9c@jpo-model" in deadline_to_ical(
        deadline, stamp=STAMP, reference="25P153"
    )


def test_a_deadline_todo_is_due_at_the_binding_instant() -> None:
    """A VTODO carries the instant as DUE."""
    text = deadline_to_ical(
        _seed_deadline(), stamp=STAMP, reference="25P153", component=CalendarComponent.TODO
    )
    assert dt.datetime(2026, 3, 10, 23, tzinfo=dt.UTC) == _only(text, "VTODO").decoded("due")


def test_a_deadline_without_a_zone_is_written_in_utc_without_vtimezone() -> None:
    """A fixed-offset deadline ("midnight (GMT-5)") is written in UTC too, with no VTIMEZONE."""
    deadline = Deadline(date=pendulum.date(2023, 2, 28), utc_offset_minutes=-300)
    text = deadline_to_ical(deadline, stamp=STAMP)
    assert "DTSTART:20230301T050000Z" in text
    assert "VTIMEZONE" not in text


def test_the_uid_is_stable_and_derived_from_the_reference() -> None:
    """The same reference gives the same UID whatever the stamp; another reference another."""
    deadline = _seed_deadline()
    first = _only(deadline_to_ical(deadline, stamp=STAMP, reference="25P153"), "VEVENT")["UID"]
    again = _only(
        deadline_to_ical(deadline, stamp=STAMP.add(days=3), reference="25P153"), "VEVENT"
    )["UID"]
    other = _only(deadline_to_ical(deadline, stamp=STAMP, reference="23P302"), "VEVENT")["UID"]
    assert first == again
    assert first != other


def test_reminders_are_configurable_alarms() -> None:
    """Each reminder is a VALARM triggered that long before the deadline."""
    reminders = (dt.timedelta(days=3), dt.timedelta(hours=2), dt.timedelta(minutes=15))
    text = deadline_to_ical(_seed_deadline(), stamp=STAMP, reminders=reminders)
    alarms = icalendar.Calendar.from_ical(text).walk("VALARM")
    assert [-r for r in reminders] == [a.decoded("trigger") for a in alarms]
    assert [] == icalendar.Calendar.from_ical(
        deadline_to_ical(_seed_deadline(), stamp=STAMP, reminders=())
    ).walk("VALARM")


def test_a_naive_stamp_is_refused() -> None:
    """The DTSTAMP must be an aware instant."""
    with pytest.raises(TypeError, match="aware"):
        deadline_to_ical(_seed_deadline(), stamp=dt.datetime(2026, 1, 5))  # noqa: DTZ001 - under test


@given(
    st.sampled_from(["Europe/Zurich", "Asia/Phnom_Penh", "America/New_York", "Africa/Maputo"]),
    st.dates(min_value=dt.date(1971, 1, 1), max_value=dt.date(2037, 6, 30)),
    st.integers(0, 23 * 60 + 59),
)
def test_parsed_back_instant_and_zone_match(zone: str, day: dt.date, minute: int) -> None:
    """For any zoned deadline, the calendar parses back to its instant, and names its zone."""
    deadline = Deadline(
        date=pendulum.date(day.year, day.month, day.day),
        time=pendulum.time(minute // 60, minute % 60),
        utc_offset_minutes=0,
        zone=zone,
    )
    event = _only(deadline_to_ical(deadline, stamp=STAMP, reference="X1"), "VEVENT")
    start = event.decoded("dtstart")
    assert deadline.instant == start
    assert dt.timedelta(0) == start.utcoffset()
    assert f" in {zone} (UTC" in str(event["description"])


def test_importing_jpo_model_does_not_import_icalendar() -> None:
    """The optional extra stays unimported until a calendar is built."""
    code = "import sys, jpo_model; print('icalendar' in sys.modules)"
    result = subprocess.run(  # noqa: S603 - our own interpreter, fixed code
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert "False" == result.stdout.strip()


def test_a_missing_icalendar_gives_a_clear_error() -> None:
    """Without icalendar, building a calendar raises an ImportError saying how to install it."""
    code = (
        "import sys; sys.modules['icalendar'] = None\n"
        "import pendulum; from jpo_model import deadline_to_ical, examples\n"
        "try:\n"
        "    deadline_to_ical(examples.load('ohchr-25p153').deadline,\n"
        "                     stamp=pendulum.datetime(2026, 1, 1))\n"
        "except ImportError as e:\n"
        "    print(type(e).__name__, e)\n"
    )
    result = subprocess.run(  # noqa: S603 - our own interpreter, fixed code
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert "IcalUnavailableError" in result.stdout
    assert "pip install 'jpo_model[ical]' (from a checkout: pip install '.[ical]')" in (
        result.stdout
    )


def test_assignment_calendar_events_are_all_day() -> None:
    """The assignment's dates become all-day events; a learning window spans its days."""
    post = examples.load(SEED)
    cal = AssignmentCalendar.from_post(post, start=pendulum.date(2026, 6, 1))
    text = assignment_to_ical(cal, stamp=STAMP, reference="25P153")
    events = icalendar.Calendar.from_ical(text).walk("VEVENT")
    spans = {str(e["summary"]): (e.decoded("dtstart"), e.decoded("dtend")) for e in events}
    assert (dt.date(2027, 5, 31), dt.date(2027, 6, 1)) == spans["Initial appointment ends (25P153)"]
    assert (dt.date(2026, 11, 9), dt.date(2026, 11, 28)) == spans[
        "2026 JPO Orientation Programme (25P153)"
    ]
    assert len({str(e["uid"]) for e in events}) == len(events)


def test_an_event_on_the_calendars_last_day_is_written_with_a_duration() -> None:
    """An event ending 9999-12-31 has no writable exclusive DTEND: a DURATION spans its days."""
    post = attrs.evolve(examples.load(SEED), appointment=AppointmentTerms(initial_months=12))
    assert post.learning is not None
    last = pendulum.date(9999, 12, 31)
    event = attrs.evolve(post.learning.events[0], start=pendulum.date(9999, 12, 1), end=last)
    post = attrs.evolve(post, learning=attrs.evolve(post.learning, events=(event,)))
    cal = AssignmentCalendar.from_post(post, start=pendulum.date(9999, 1, 1))
    assert last == cal.initial_end
    text = assignment_to_ical(cal, stamp=STAMP, reference="25P153")
    spans = {
        str(e["summary"]): (e.decoded("dtstart"), e.decoded("duration"))
        for e in icalendar.Calendar.from_ical(text).walk("VEVENT")
        if "dtend" not in e
    }
    assert {
        f"{event.name} (25P153)": (dt.date(9999, 12, 1), dt.timedelta(days=31)),
        "Initial appointment ends (25P153)": (last, dt.timedelta(days=1)),
    } == spans


def test_cli_ics_writes_the_file_atomically(tmp_path: Path) -> None:
    """``jpo ics`` writes a parseable calendar and leaves no temporary file behind."""
    target = tmp_path / "deadline.ics"
    assert 0 == main(["ics", SEED, "-o", str(target), "--stamp", "2026-01-05T00:00Z", "--todo"])
    todo = _only(target.read_text("utf-8"), "VTODO")
    assert dt.datetime(2026, 3, 10, 23, tzinfo=dt.UTC) == todo.decoded("due")
    assert [target] == list(tmp_path.iterdir())


def test_cli_ics_refuses_a_post_without_deadline(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A post that states no deadline gives an error and writes nothing."""
    target = tmp_path / "none.ics"
    assert 1 == main(["ics", "ilo-ethics-2340", "-o", str(target), "--stamp", "2026-01-05T00:00Z"])
    assert "states no closing deadline" in capsys.readouterr().err
    assert not target.exists()
