"""iCalendar (RFC 5545) export of deadlines and assignment calendars, via ``icalendar``.

``icalendar`` is an optional extra (``pip install jpo_model[ical]``): it is imported only
when a calendar is built, and a missing package raises `IcalUnavailableError` saying how to
install it. UIDs are stable (derived from the post reference and what the item is), so a
calendar application updates an imported deadline instead of duplicating it.
"""

from __future__ import annotations

import datetime as dt
import enum
import importlib
import uuid
import zoneinfo
from collections.abc import Iterator
from types import ModuleType
from typing import Any

from jpo_model.assignment.calendar import AssignmentCalendar
from jpo_model.deadlines.deadline import Deadline
from jpo_model.deadlines.policy import DEFAULT_POLICY, DeadlinePolicy
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

    The time is written on the wall clock of the deadline's zone, with its VTIMEZONE, when
    it has one, else in UTC. ``stamp`` is the DTSTAMP (when the calendar was made); each
    reminder is a VALARM that long before the deadline.

    >>> from jpo_model import examples
    >>> import pendulum
    >>> post = examples.load("ohchr-25p153")
    >>> text = deadline_to_ical(post.deadline, stamp=pendulum.datetime(2026, 1, 5),
    ...                         reference="25P153", component=CalendarComponent.TODO)
    >>> "DUE;TZID=America/New_York:20260310T190000" in text, text.count("BEGIN:VALARM")
    (True, 2)
    """
    ical = _icalendar()
    instant = deadline.resolve(policy).instant
    when = _utc(instant)
    if deadline.zone is not None:
        when = when.astimezone(zoneinfo.ZoneInfo(deadline.zone))
    calendar = _calendar(ical)
    is_todo = component is CalendarComponent.TODO
    item = ical.Todo() if is_todo else ical.Event()
    item.add("uid", _uid("deadline", reference or deadline.wording or when.isoformat()))
    item.add("dtstamp", _utc(stamp))
    item.add("summary", summary or "Closing deadline" + (f" {reference}" if reference else ""))
    if deadline.wording:
        item.add("description", f"As announced: {deadline.wording}")
    item.add("due" if is_todo else "dtstart", when)
    for before in reminders:
        alarm = ical.Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", item["summary"])
        alarm.add("trigger", -before)
        item.add_component(alarm)
    calendar.add_component(item)
    calendar.add_missing_timezones()
    return str(calendar.to_ical().decode("utf-8"))


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
        event.add("summary", title + (f" ({reference})" if reference else ""))
        event.add("dtstart", first)
        event.add("dtend", last + dt.timedelta(days=1))  # DTEND of a DATE event is exclusive
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


def _uid(kind: str, key: str) -> str:
    return f"{uuid.uuid5(_NAMESPACE, f'{kind}/{key}')}@jpo-model"


def _utc(stamp: dt.datetime) -> dt.datetime:
    if stamp.tzinfo is None or stamp.utcoffset() is None:
        raise TypeError(f"the time stamp must be an aware date-time, not {stamp!r}")
    utc = stamp.astimezone(dt.UTC)
    # A plain datetime: icalendar writes it as ...Z; pendulum's subclass is not needed here.
    return dt.datetime.combine(utc.date(), utc.time(), tzinfo=dt.UTC)
