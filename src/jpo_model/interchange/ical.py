"""iCalendar (RFC 5545) export of deadlines and assignment calendars, via ``icalendar``.

``icalendar`` is an optional extra (``pip install jpo_model[ical]``): it is imported only
when a calendar is built, and a missing package raises `IcalUnavailableError` saying how to
install it. UIDs are stable (derived from the post reference and what the item is), so a
calendar application updates an imported deadline instead of duplicating it. A deadline is
written as a UTC instant and dates as dates, so that every reader (icalendar, ics, vobject)
finds them at the same moment and on the same days.
"""

from __future__ import annotations

import datetime as dt
import enum
import importlib
import re
import uuid
import zoneinfo
from collections.abc import Iterator
from types import ModuleType
from typing import Any

from jpo_model.assignment.calendar import AssignmentCalendar
from jpo_model.deadlines.deadline import Deadline
from jpo_model.deadlines.policy import DEFAULT_POLICY, DeadlinePolicy, DeadlineResolution
from jpo_model.errors import JpoModelError

__all__ = [
    "DEFAULT_REMINDERS",
    "CalendarComponent",
    "IcalUnavailableError",
    "assignment_to_ical",
    "deadline_to_ical",
]

DEFAULT_REMINDERS: tuple[dt.timedelta, ...] = (dt.timedelta(days=7), dt.timedelta(days=1))
"""Reminders before a deadline: a week and a day ahead."""

_PRODID = "-//jpo_model//JPO posts//EN"
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
"""RFC 5545's CONTROL characters (3.1) except tab, line feed and carriage return, which
icalendar writes as they are or escapes (a line break becomes ``\\n``)."""
_NAMESPACE = uuid.UUID("6f1d2c4e-8a0b-5c3d-9e7f-0a1b2c3d4e5f")
"""The namespace of jpo_model's UUID5 identifiers (any fixed UUID; never change it)."""


class CalendarComponent(enum.Enum):
    """How a deadline appears in a calendar."""

    EVENT = "event"
    """A VEVENT starting at the deadline, without an end."""
    TODO = "todo"
    """A VTODO due at the deadline."""


class IcalUnavailableError(JpoModelError, ImportError):
    """The optional ``icalendar`` package is not installed."""

    @classmethod
    def missing(cls) -> IcalUnavailableError:
        """Build the error saying how to install the extra."""
        return cls(
            "iCalendar export needs the icalendar package: pip install 'jpo_model[ical]' "
            "(from a checkout: pip install '.[ical]')"
        )


def _icalendar() -> ModuleType:
    try:
        return importlib.import_module("icalendar")
    except ImportError:
        raise IcalUnavailableError.missing() from None


def deadline_to_ical(  # noqa: PLR0913 - every option is keyword-only with a default
    deadline: Deadline,
    *,
    stamp: dt.datetime,
    reference: str | None = None,
    summary: str | None = None,
    component: CalendarComponent = CalendarComponent.EVENT,
    reminders: tuple[dt.timedelta, ...] = DEFAULT_REMINDERS,
    policy: DeadlinePolicy = DEFAULT_POLICY,
) -> str:
    """An RFC 5545 calendar with one deadline: a VEVENT (no DTEND) or a VTODO with DUE.

    The binding instant is written in UTC (``DTSTART:20260310T230000Z``), without a
    VTIMEZONE; the DESCRIPTION gives it on the wall clock of the deadline's zone, lists the
    other plausible readings and quotes the announcement. ``stamp`` is the DTSTAMP (when the
    calendar was made: passed in, never read from the clock); each reminder is a VALARM that
    long before the deadline.

    Why UTC: a deadline is an instant, and a UTC DATE-TIME (RFC 5545, 3.3.5, form 2) is the
    one form that every reader turns into the same instant, then shows on its user's clock.
    A wall time with a TZID is only as right as the reader's handling of the VTIMEZONE:
    icalendar writes one from zoneinfo as lists of RDATEs, which icalendar and ics read
    right but vobject (through dateutil's ``tzical``, as CalDAV servers and clients use it)
    reads as EST all year for New York, an hour late for a March deadline; and a VTIMEZONE
    of RRULEs cannot carry a zone's past changes of rule. iCalendar counts whole seconds, so
    a deadline with a fraction of a second is written at the second before it.

    >>> from jpo_model import examples
    >>> import pendulum
    >>> post = examples.load("ohchr-25p153")
    >>> text = deadline_to_ical(post.deadline, stamp=pendulum.datetime(2026, 1, 5),
    ...                         reference="25P153", component=CalendarComponent.TODO)
    >>> "DUE:20260310T230000Z" in text, "VTIMEZONE" in text, text.count("BEGIN:VALARM")
    (True, False, 2)
    """
    ical = _icalendar()
    resolution = deadline.resolve(policy)
    instant = _utc(resolution.instant)
    calendar = _calendar(ical)
    is_todo = component is CalendarComponent.TODO
    item = ical.Todo() if is_todo else ical.Event()
    item.add("uid", _uid("deadline", reference or deadline.wording or _key(deadline, instant)))
    item.add("dtstamp", _utc(stamp))
    title = summary or "Closing deadline" + (f" {reference}" if reference else "")
    item.add("summary", _text(title))
    item.add("description", _text(_description(deadline, resolution, instant)))
    item.add("due" if is_todo else "dtstart", instant.replace(microsecond=0))
    for before in reminders:
        alarm = ical.Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", _text(title))
        alarm.add("trigger", -before)
        item.add_component(alarm)
    calendar.add_component(item)
    return str(calendar.to_ical().decode("utf-8"))


def _key(deadline: Deadline, instant: dt.datetime) -> str:
    """What identifies a deadline stating neither reference nor wording: its instant.

    Written as earlier versions wrote it (on the zone's clock when there is one), so that the
    UIDs of calendars already imported do not change.
    """
    if deadline.zone is None:
        return instant.isoformat()
    return instant.astimezone(zoneinfo.ZoneInfo(deadline.zone)).isoformat()


def _description(deadline: Deadline, resolution: DeadlineResolution, instant: dt.datetime) -> str:
    """The deadline in words: its UTC instant, its local wall time, other readings, wording."""
    closes = f"Closes {_when(instant)} UTC"
    if deadline.zone is not None:
        wall = instant.astimezone(zoneinfo.ZoneInfo(deadline.zone))
        closes += f", {_when(wall)} in {deadline.zone} (UTC{_offset(wall)})"
    elif deadline.utc_offset_minutes is not None:
        offset = dt.timezone(dt.timedelta(minutes=deadline.utc_offset_minutes))
        wall = instant.astimezone(offset)
        closes += f", {_when(wall)} at UTC{_offset(wall)}"
    lines = [f"{closes}."]
    lines.extend(
        f"Another reading: {_when(_utc(c.instant))} UTC ({c.reason})." for c in resolution.conflicts
    )
    if deadline.wording:
        lines.append(f"As announced: {deadline.wording}")
    return "\n".join(lines)


def _when(moment: dt.datetime) -> str:
    """A wall date and time for people, to the minute (to the second when it has seconds)."""
    wall = moment.replace(tzinfo=None)
    return wall.isoformat(sep=" ", timespec="seconds" if wall.second else "minutes")


def _offset(moment: dt.datetime) -> str:
    """A UTC offset as ``-04:00`` or ``+05:45`` (with seconds for a local mean time)."""
    offset = moment.utcoffset() or dt.timedelta()
    sign, seconds = ("-", -offset) if offset < dt.timedelta() else ("+", offset)
    hours, rest = divmod(int(seconds.total_seconds()), 3600)
    minutes, secs = divmod(rest, 60)
    return f"{sign}{hours:02}:{minutes:02}" + (f":{secs:02}" if secs else "")


def assignment_to_ical(
    assignment: AssignmentCalendar, *, stamp: dt.datetime, reference: str | None = None
) -> str:
    """An RFC 5545 calendar of an assignment's dates as all-day events (no zone needed).

    >>> from jpo_model import AssignmentCalendar, examples
    >>> import pendulum
    >>> post = examples.load("ohchr-25p153")
    >>> cal = AssignmentCalendar.from_post(post, start=pendulum.date(2026, 6, 1))
    >>> text = assignment_to_ical(cal, stamp=pendulum.datetime(2026, 1, 5), reference="25P153")
    >>> "DTSTART;VALUE=DATE:20270531" in text
    True
    """
    ical = _icalendar()
    calendar = _calendar(ical)
    key = reference or assignment.start.isoformat()
    for kind, title, first, last in _assignment_items(assignment):
        event = ical.Event()
        event.add("uid", _uid(kind, f"{key}/{first.isoformat()}"))
        event.add("dtstamp", _utc(stamp))
        event.add("summary", _text(title + (f" ({reference})" if reference else "")))
        event.add("dtstart", first)
        if last < dt.date.max:
            event.add("dtend", last + dt.timedelta(days=1))  # DTEND of a DATE event is exclusive
        else:  # 10000-01-01 cannot be written: the same days as a duration (RFC 5545 3.8.2.5)
            event.add("duration", last - first + dt.timedelta(days=1))
        calendar.add_component(event)
    return str(calendar.to_ical().decode("utf-8"))


def _assignment_items(cal: AssignmentCalendar) -> Iterator[tuple[str, str, dt.date, dt.date]]:
    yield "start", "Assignment starts", cal.start, cal.start
    yield "initial-end", "Initial appointment ends", cal.initial_end, cal.initial_end
    for n, end in enumerate(cal.extension_ends, start=1):
        yield "extension-end", f"Assignment ends if extended ({n})", end, end
    if cal.work_plan_due is not None:
        yield "work-plan", "Work plan due", cal.work_plan_due, cal.work_plan_due
    for day in cal.meetings:
        yield "meeting", "Supervision meeting", day, day
    for inc in cal.step_increments:
        yield "step", f"Step increment to {inc.grade} (satisfactory service)", inc.on, inc.on
    for event in cal.learning_events:
        yield "learning", event.name, event.start, event.end


def _calendar(ical: ModuleType) -> Any:  # noqa: ANN401 - icalendar's Calendar, typed loosely
    calendar = ical.Calendar()
    calendar.add("prodid", _PRODID)
    calendar.add("version", "2.0")
    return calendar


def _text(value: str) -> str:
    r"""Text that RFC 5545 can carry: each control character but tab and line breaks as U+FFFD.

    A TEXT value excludes CONTROL (RFC 5545, 3.3.11); icalendar would write one as it is,
    and strict readers (``ics``) then refuse the whole calendar. A line break is one
    ``\n`` whatever it was (``\r\n``, a lone ``\r``): icalendar 6 escapes ``\n`` and
    ``\r\n`` only, and would write a lone carriage return as it is, inside a content line.
    """
    return _CONTROL.sub("\ufffd", value.replace("\r\n", "\n").replace("\r", "\n"))


def _uid(kind: str, key: str) -> str:
    return f"{uuid.uuid5(_NAMESPACE, f'{kind}/{key}')}@jpo-model"


def _utc(stamp: dt.datetime) -> dt.datetime:
    if stamp.tzinfo is None or stamp.utcoffset() is None:
        raise TypeError(f"the time stamp must be an aware date-time, not {stamp!r}")
    utc = stamp.astimezone(dt.UTC)
    # A plain datetime: icalendar writes it as ...Z; pendulum's subclass is not needed here.
    return dt.datetime.combine(utc.date(), utc.time(), tzinfo=dt.UTC)
