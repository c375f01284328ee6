"""Runs ``jpo deadline``, ``jpo ics`` and ``jpo calendar``: deadlines and assignment dates.

The command line is the one place that reads the clock, and only when ``--at`` (or
``--stamp``) is not given; everything it calls takes the moment as an argument.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from collections.abc import Callable, Iterator

import pendulum

from jpo_model.cli._commands import STREAM
from jpo_model.cli._common import (
    CommandError,
    Console,
    UsageError,
    date_argument,
    install_hint,
    load_post,
    locale_argument,
    shown_name,
    translated,
    within_the_calendar,
    write_output,
)

TYPE_CHECKING = False  # not `typing.TYPE_CHECKING`, as in `jpo_model`
if TYPE_CHECKING:
    from jpo_model._cldr import Locale
    from jpo_model.assignment.calendar import AssignmentCalendar
    from jpo_model.deadlines.deadline import Deadline
    from jpo_model.posts import Post

# `jpo deadline` imports only what it uses: the post and its deadline, and CLDR (babel) for
# the wall times it writes out. iCalendar, the assignment calendar and the localisation
# formats load in the commands that use them (see "How the command line starts quickly" in
# docs/design.md).


def N_(message: str) -> str:  # noqa: N802 - the name gettext's extractors know (babel.cfg)
    """Mark a message for the catalogs, as `jpo_model.localisation.formats.N_` does."""
    return message


def deadline(args: argparse.Namespace, console: Console) -> None:
    post = load_post(args.post)
    deadline = _deadline_of(post, args.post)
    locale = locale_argument(args.locale)
    at = _instant(args.at, "--at")
    zones = args.tz or _default_zones(post)
    resolution = deadline.resolve()
    walls = {zone: _wall_time(deadline, zone) for zone in zones}
    left = deadline.time_left(at)
    is_open = deadline.is_open(at)
    if args.json:
        data = {
            "wording": deadline.wording,
            "instant": _iso(resolution.instant),
            "basis": resolution.basis.value,
            "wall_times": {zone: wall.isoformat() for zone, wall in walls.items()},
            "at": _iso(at),
            "open": is_open,
            "seconds_left": int(left.total_seconds()),
            "conflicts": [
                {"instant": _iso(c.instant), "basis": c.basis.value, "reason": c.reason}
                for c in resolution.conflicts
            ],
        }
        console.out(json.dumps(data, ensure_ascii=False, indent=2))
        return
    from jpo_model import _cldr  # noqa: PLC0415 - babel loads only for text output

    if deadline.wording:
        console.out(
            translated(N_("closing deadline: {wording}"), locale=locale).format(
                wording=deadline.wording
            )
        )
    console.out(
        translated(N_("binding instant: {instant} ({basis})"), locale=locale).format(
            instant=_iso(resolution.instant), basis=resolution.basis.value
        )
    )
    for zone, wall in walls.items():
        console.out(f"{zone}: {_cldr.format_datetime(wall, locale=locale)}")
    if is_open:
        status = translated(N_("at {instant}: open, {left} left"), locale=locale).format(
            instant=_iso(at), left=_duration_text(left, locale)
        )
    else:
        status = translated(N_("at {instant}: closed"), locale=locale).format(instant=_iso(at))
    console.out(status)
    warning = translated(N_("warning: {reason}; that reading gives {instant}"), locale=locale)
    for conflict in resolution.conflicts:
        console.out(warning.format(reason=conflict.reason, instant=_iso(conflict.instant)))


def ics(args: argparse.Namespace, console: Console) -> None:
    from jpo_model.interchange.ical import (  # noqa: PLC0415 - only for this command
        CalendarComponent,
        deadline_to_ical,
    )

    post = load_post(args.post)
    deadline = _deadline_of(post, args.post)
    reference = post.reference.number if post.reference else None
    stamp = _instant(args.stamp, "--stamp")
    text = _ical(
        lambda: deadline_to_ical(
            deadline,
            stamp=stamp,
            reference=reference,
            summary=f"Closing deadline: {post.title}",
            component=CalendarComponent.TODO if args.todo else CalendarComponent.EVENT,
        )
    )
    write_output(args.output, text)
    if args.output != STREAM:
        console.out(f"wrote {args.output}")


def calendar(args: argparse.Namespace, console: Console) -> None:
    from jpo_model.assignment.calendar import AssignmentCalendar  # noqa: PLC0415 - only here
    from jpo_model.interchange.ical import assignment_to_ical  # noqa: PLC0415 - only here
    from jpo_model.interchange.serialization import to_dict  # noqa: PLC0415 - only here

    if args.json and args.ics == STREAM:
        raise UsageError("--ics - writes the calendar to standard output: it takes no --json")
    post = load_post(args.post)
    start = date_argument(args.start, "--start")
    if post.appointment is None:
        raise CommandError(f"{shown_name(args.post)} states no appointment terms to count from")
    with within_the_calendar(f"an assignment from {start}"):
        cal = AssignmentCalendar.from_post(post, start=start)
    if args.ics is not None:
        reference = post.reference.number if post.reference else None
        stamp = _instant(args.stamp, "--stamp")
        write_output(
            args.ics, _ical(lambda: assignment_to_ical(cal, stamp=stamp, reference=reference))
        )
        if args.ics == STREAM:
            return
    if args.json:
        console.out(json.dumps(to_dict(cal), ensure_ascii=False, indent=2))
    else:
        for line in _calendar_lines(cal):
            console.out(line)
    if args.ics is not None:
        console.out(f"wrote {args.ics}")


def _calendar_lines(cal: AssignmentCalendar) -> Iterator[str]:
    yield f"start: {cal.start}"
    yield f"end of the initial appointment: {cal.initial_end}"
    for n, end in enumerate(cal.extension_ends, start=1):
        yield f"end if extended ({n}): {end}"
    if cal.work_plan_due is not None:
        yield f"work plan due: {cal.work_plan_due}"
    if cal.meetings:
        yield f"supervision meetings: {', '.join(d.isoformat() for d in cal.meetings)}"
    for inc in cal.step_increments:
        yield f"step increment to {inc.grade}: {inc.on} (with satisfactory service)"
    for event in cal.learning_events:
        yield f"learning: {event.name}: {event.start} to {event.end}"


def _ical(build: Callable[[], str]) -> str:
    """The calendar text ``build`` makes; a missing ``ical`` extra says how to install it."""
    from jpo_model.interchange.ical import IcalUnavailableError  # noqa: PLC0415 - as the caller

    try:
        return build()
    except IcalUnavailableError:
        raise CommandError(
            f"writing .ics files needs the icalendar package: {install_hint('ical')}"
        ) from None


def _deadline_of(post: Post, name: str) -> Deadline:
    if post.deadline is None:
        raise CommandError(f"{shown_name(name)} states no closing deadline")
    return post.deadline


def _default_zones(post: Post) -> list[str]:
    station = post.duty_station
    if station is not None and station.time_zone is not None:
        return [station.time_zone]
    return ["UTC"]


def _wall_time(deadline: Deadline, zone: str) -> pendulum.DateTime:
    try:
        return deadline.in_timezone(zone)
    except (ValueError, KeyError):  # pendulum and zoneinfo refuse unknown names this way
        raise CommandError(f"--tz {zone!r} is not an IANA time zone name") from None


def _instant(text: str | None, option: str) -> dt.datetime:
    if text is None:
        return pendulum.now("UTC")  # the one place the clock is read: no explicit instant
    try:
        parsed = dt.datetime.fromisoformat(text)
    except ValueError:
        raise CommandError(f"{option} {text!r} is not an ISO 8601 date-time") from None
    if parsed.tzinfo is None:
        raise CommandError(f"{option} {text!r} needs a UTC offset, e.g. 2026-03-01T12:00Z")
    with within_the_calendar(f"{option} {text!r} in UTC"):
        parsed.astimezone(dt.UTC)
    return parsed


def _iso(instant: dt.datetime) -> str:
    return instant.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _duration_text(left: dt.timedelta, locale: Locale) -> str:
    minutes = int(left.total_seconds()) // 60
    days, rest = divmod(minutes, 24 * 60)
    hours, minutes = divmod(rest, 60)
    from jpo_model import _cldr  # noqa: PLC0415 - babel loads only for text output

    parts = [
        _cldr.format_duration(value, unit, locale=locale)
        for value, unit in ((days, "day"), (hours, "hour"))
        if value
    ]
    parts.append(_cldr.format_duration(minutes, "minute", locale=locale))
    return _cldr.format_list(parts, locale=locale)
