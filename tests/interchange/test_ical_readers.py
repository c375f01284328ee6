"""Calendar files read the same by icalendar, ics and vobject: the deadline's instant, the dates.

Three independent readers parse every ``.ics`` we write: ``icalendar`` (which wrote it),
``ics`` 0.7 (its own parser, arrow times) and ``vobject`` 0.9 (dateutil's time zones, the
reader of CalDAV servers and clients). None of them emits a warning on these files, so no
warning filter is needed under ``filterwarnings = error``.
"""

from __future__ import annotations

import datetime as dt
import functools
import importlib
import zoneinfo
from collections.abc import Callable

import icalendar
import pendulum
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from jpo_model import (
    AssignmentCalendar,
    CalendarComponent,
    Deadline,
    DeadlineError,
    Post,
    assignment_to_ical,
    deadline_to_ical,
    examples,
)
from jpo_model.strategies import deadlines, posts

# Untyped, and outside the `typing` dependency group that mypy runs with: loaded by name.
ics = importlib.import_module("ics")
vobject = importlib.import_module("vobject")

STAMP = pendulum.datetime(2026, 1, 5, 9, 30, tz="UTC")
START = pendulum.date(2026, 6, 1)

_NAMES = {CalendarComponent.EVENT: "VEVENT", CalendarComponent.TODO: "VTODO"}


def _icalendar_instant(text: str, component: CalendarComponent) -> dt.datetime:
    [item] = icalendar.Calendar.from_ical(text).walk(_NAMES[component])
    when: dt.datetime = item.decoded("due" if component is CalendarComponent.TODO else "dtstart")
    return when.astimezone(dt.UTC)


def _ics_instant(text: str, component: CalendarComponent) -> dt.datetime:
    calendar = ics.Calendar(text)
    if component is CalendarComponent.TODO:
        [todo] = calendar.todos
        when: dt.datetime = todo.due.datetime
    else:
        [event] = calendar.events
        when = event.begin.datetime
    return when.astimezone(dt.UTC)


def _vobject_instant(text: str, component: CalendarComponent) -> dt.datetime:
    calendar = vobject.readOne(text)
    if component is CalendarComponent.TODO:
        when: dt.datetime = calendar.vtodo.due.value
    else:
        when = calendar.vevent.dtstart.value
    return when.astimezone(dt.UTC)


INSTANT_READERS: dict[str, Callable[[str, CalendarComponent], dt.datetime]] = {
    "icalendar": _icalendar_instant,
    "ics": _ics_instant,
    "vobject": _vobject_instant,
}

# (summary, first day, day after the last): DTEND of an all-day event is exclusive.
Span = tuple[str, dt.date, dt.date]


def _icalendar_spans(text: str) -> list[Span]:
    events = icalendar.Calendar.from_ical(text).walk("VEVENT")
    return sorted((str(e["summary"]), e.decoded("dtstart"), e.decoded("dtend")) for e in events)


def _ics_spans(text: str) -> list[Span]:
    events = ics.Calendar(text).events
    assert all(e.all_day for e in events)
    return sorted((e.name, e.begin.date(), e.end.date()) for e in events)


def _vobject_spans(text: str) -> list[Span]:
    events = vobject.readOne(text).vevent_list
    return sorted((e.summary.value, e.dtstart.value, e.dtend.value) for e in events)


SPAN_READERS: dict[str, Callable[[str], list[Span]]] = {
    "icalendar": _icalendar_spans,
    "ics": _ics_spans,
    "vobject": _vobject_spans,
}


def _assert_rfc5545(text: str) -> None:
    """CRLF lines folded at 75 octets; icalendar finds no error; UID and DTSTAMP on each item."""
    lines = text.split("\r\n")
    assert "" == lines[-1]
    assert [] == [line for line in lines if "\n" in line or "\r" in line]
    assert [] == [line for line in lines if len(line.encode("utf-8")) > 75]  # RFC 5545, 3.1
    calendar = icalendar.Calendar.from_ical(text)
    assert [] == [(c.name, c.errors) for c in calendar.walk() if c.errors]
    assert ("2.0", "-//jpo_model//JPO posts//EN") == (calendar["version"], calendar["prodid"])
    items = [c for c in calendar.walk() if c.name in {"VEVENT", "VTODO"}]
    assert items
    for item in items:
        assert str(item["uid"]).endswith("@jpo-model")
        assert STAMP == item.decoded("dtstamp")


def _deadlines_of(post: Post) -> tuple[Deadline, ...]:
    return (post.deadline, *post.deadline_restatements) if post.deadline is not None else ()


def _has_instant(deadline: Deadline) -> bool:
    try:
        deadline.instant  # noqa: B018 - resolving is the question
    except DeadlineError:
        return False
    return True


# (example, deadline): each statement of a deadline in a bundled example, restatements too,
# that fixes an instant; a date with no zone ("Closing Date: 2025-03-03") fixes none.
STATEMENTS = [
    (name, deadline) for name in examples.names() for deadline in _deadlines_of(examples.load(name))
]
STATED = [(name, deadline) for name, deadline in STATEMENTS if _has_instant(deadline)]
WITHOUT_ZONE = [(name, deadline) for name, deadline in STATEMENTS if not _has_instant(deadline)]
WITH_APPOINTMENT = [name for name in examples.names() if examples.load(name).appointment]


def test_every_bundled_example_is_covered() -> None:
    """Every example with a deadline or appointment terms has its calendars read below."""
    assert {"ohchr-25p153"} <= {name for name, _ in STATED}
    assert len(STATED) >= 4
    uncovered = set(examples.names()) - {name for name, _ in STATEMENTS} - set(WITH_APPOINTMENT)
    for name in uncovered:
        post = examples.load(name)
        assert (None, None) == (post.deadline, post.appointment)  # nothing to write a calendar of


@pytest.mark.parametrize(("name", "deadline"), WITHOUT_ZONE)
def test_a_deadline_without_a_zone_has_no_calendar_file(name: str, deadline: Deadline) -> None:
    """A date with no zone or offset names no instant: writing it is refused, not guessed."""
    with pytest.raises(DeadlineError):
        deadline_to_ical(deadline, stamp=STAMP, reference=name)


@pytest.mark.parametrize("component", list(CalendarComponent))
@pytest.mark.parametrize(("name", "deadline"), STATED)
def test_every_reader_gets_each_bundled_deadline_at_its_instant(
    name: str, deadline: Deadline, component: CalendarComponent
) -> None:
    """icalendar, ics and vobject all read a bundled deadline's .ics at its binding instant."""
    text = deadline_to_ical(deadline, stamp=STAMP, reference=name, component=component)
    _assert_rfc5545(text)
    expected = dict.fromkeys(INSTANT_READERS, deadline.instant)
    assert expected == {reader: read(text, component) for reader, read in INSTANT_READERS.items()}


@pytest.mark.parametrize("name", WITH_APPOINTMENT)
def test_every_reader_gets_the_same_assignment_dates(name: str) -> None:
    """Every reader finds each date of a bundled post's assignment calendar on the same days."""
    post = examples.load(name)
    cal = AssignmentCalendar.from_post(post, start=START)
    text = assignment_to_ical(cal, stamp=STAMP, reference="R")
    _assert_rfc5545(text)
    spans = [(cal.start, cal.start), (cal.initial_end, cal.initial_end)]
    spans += [(end, end) for end in cal.extension_ends]
    spans += [(day, day) for day in (cal.work_plan_due,) if day is not None]
    spans += [(day, day) for day in cal.meetings]
    spans += [(inc.on, inc.on) for inc in cal.step_increments]
    spans += [(event.start, event.end) for event in cal.learning_events]
    expected = sorted((first, last + dt.timedelta(days=1)) for first, last in spans)
    read = {reader: spans_of(text) for reader, spans_of in SPAN_READERS.items()}
    assert dict.fromkeys(read, expected) == {
        reader: sorted((first, end) for _, first, end in found) for reader, found in read.items()
    }
    assert dict.fromkeys(read, read["icalendar"]) == read


# Zones whose offset changes: northern and southern DST, a 30-minute DST (Lord Howe), a
# "negative" DST in tzdata (Dublin's winter time), changes at midnight (Havana, Santiago),
# DST that ended (Sao Paulo 2019, Tehran 2022) and Ramadan changes (Casablanca).
DST_ZONES = (
    "America/New_York",
    "Europe/Zurich",
    "Europe/Dublin",
    "Australia/Sydney",
    "Australia/Lord_Howe",
    "Pacific/Auckland",
    "America/Havana",
    "America/Santiago",
    "America/Sao_Paulo",
    "Asia/Tehran",
    "Africa/Casablanca",
)
_YEARS = (1970, 2100)  # the years jpo_model.strategies.dates() draws from


@functools.cache
def _changes(zone: str) -> tuple[dt.datetime, ...]:
    """The UTC instants at which a zone's offset changes, to the second, by stdlib zoneinfo."""
    tz = zoneinfo.ZoneInfo(zone)
    day = dt.timedelta(days=1)
    at = dt.datetime(_YEARS[0], 1, 1, tzinfo=dt.UTC)
    end = dt.datetime(_YEARS[1] + 1, 1, 1, tzinfo=dt.UTC)
    before = at.astimezone(tz).utcoffset()
    found = []
    while at < end:
        after = (at + day).astimezone(tz).utcoffset()
        if after != before:
            low, high = at, at + day  # the old offset holds at `low`, the new one at `high`
            while high - low > dt.timedelta(seconds=1):
                middle = low + (high - low) / 2
                low, high = (
                    (middle, high)
                    if middle.astimezone(tz).utcoffset() == before
                    else (
                        low,
                        middle,
                    )
                )
            found.append(high.replace(microsecond=0))
        before = after
        at += day
    return tuple(found)


@st.composite
def _deadlines_near_changes(draw: st.DrawFn) -> Deadline:
    """Deadlines within three hours of a DST change, on the zone's wall clock.

    The offset is stated when the wall time is ambiguous (a fold), and sometimes otherwise;
    some are dates without a time (the end of the day).
    """
    zone = draw(st.sampled_from(DST_ZONES))
    tz = zoneinfo.ZoneInfo(zone)
    change = draw(st.sampled_from(_changes(zone)))
    seconds = draw(st.integers(-3 * 3600, 3 * 3600))
    micro = draw(st.just(0) | st.integers(0, 999_999))
    wall = (change + dt.timedelta(seconds=seconds, microseconds=micro)).astimezone(tz)
    naive = wall.replace(tzinfo=None)
    readings = {naive.replace(tzinfo=tz, fold=fold).utcoffset() for fold in (0, 1)}
    stated = len(readings) > 1 or draw(st.booleans())
    offset = wall.utcoffset()
    assert offset is not None
    end_of_day = draw(st.booleans())
    return draw(
        deadlines(
            date=st.just(pendulum.date(wall.year, wall.month, wall.day)),
            time=st.just(
                None
                if end_of_day
                else pendulum.time(wall.hour, wall.minute, wall.second, wall.microsecond)
            ),
            utc_offset_minutes=st.just(
                int(offset.total_seconds()) // 60 if stated and not end_of_day else None
            ),
            abbreviation=st.none(),
            zone=st.just(zone),
        )
    )


@given(
    posts(deadline=_deadlines_near_changes(), deadline_restatements=st.just(())),
    st.sampled_from(CalendarComponent),
)
# vobject read the seed's TZID wall time an hour late (EST all year from an RDATE VTIMEZONE).
@example(examples.load("ohchr-25p153"), CalendarComponent.EVENT)
def test_every_reader_gets_a_generated_deadline_near_a_dst_change_at_its_instant(
    post: Post, component: CalendarComponent
) -> None:
    """For any post with a deadline near a DST change, all readers agree on its instant."""
    deadline = post.deadline
    assert deadline is not None
    reference = post.reference.number if post.reference is not None else None
    text = deadline_to_ical(
        deadline, stamp=STAMP, reference=reference, summary=post.title, component=component
    )
    _assert_rfc5545(text)
    # iCalendar counts whole seconds: a fraction of a second is written at the second before.
    instant = deadline.instant.replace(microsecond=0)
    expected = dict.fromkeys(INSTANT_READERS, instant)
    assert expected == {reader: read(text, component) for reader, read in INSTANT_READERS.items()}
