"""``jpo deadline``, ``jpo ics`` and ``jpo calendar``: closing deadlines and assignment dates.

The command line is the one place that reads the clock, and only when ``--at`` (or
``--stamp``) is not given; everything it calls takes the moment as an argument.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import tempfile
from pathlib import Path

import pendulum

from jpo_model import _cldr
from jpo_model._cldr import Locale
from jpo_model.assignment.calendar import AssignmentCalendar
from jpo_model.cli._common import CommandError, add_locale_argument, load_post, locale_argument
from jpo_model.deadlines.deadline import Deadline
from jpo_model.interchange.ical import CalendarComponent, assignment_to_ical, deadline_to_ical
from jpo_model.posts import Post


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add this module's commands to the ``jpo`` parser."""
    cmd = commands.add_parser(
        "deadline", help="the binding closing instant, wall times, time left and warnings"
    )
    cmd.add_argument("post", metavar="SLUG_OR_FILE")
    cmd.add_argument(
        "--tz",
        action="append",
        metavar="ZONE",
        help="an IANA zone to show the wall time in (repeatable; default: the duty station)",
    )
    cmd.add_argument(
        "--at", metavar="INSTANT", help="ISO 8601 instant with an offset (default: now)"
    )
    add_locale_argument(cmd, help_text="locale for dates (default: en)")
    cmd.add_argument("--json", action="store_true", help="print JSON instead of text")
    cmd.set_defaults(handler=_deadline)

    cmd = commands.add_parser("ics", help="write a post's closing deadline as an .ics file")
    cmd.add_argument("post", metavar="SLUG_OR_FILE")
    cmd.add_argument("-o", "--output", required=True, metavar="FILE", type=Path)
    cmd.add_argument("--todo", action="store_true", help="write a VTODO instead of a VEVENT")
    cmd.add_argument("--stamp", metavar="INSTANT", help="the DTSTAMP (default: now)")
    cmd.set_defaults(handler=_ics)

    cmd = commands.add_parser("calendar", help="the dates of an assignment from its start")
    cmd.add_argument("post", metavar="SLUG_OR_FILE")
    cmd.add_argument("--start", required=True, metavar="DATE", help="first day (YYYY-MM-DD)")
    cmd.add_argument("--ics", metavar="FILE", type=Path, help="also write an .ics file")
    cmd.add_argument("--stamp", metavar="INSTANT", help="the .ics DTSTAMP (default: now)")
    cmd.set_defaults(handler=_calendar)


def _deadline(args: argparse.Namespace) -> int:
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
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    if deadline.wording:
        print(f"closing deadline: {deadline.wording}")
    print(f"binding instant: {_iso(resolution.instant)} ({resolution.basis.value})")
    for zone, wall in walls.items():
        print(f"{zone}: {_cldr.format_datetime(wall, locale=locale)}")
    status = f"open, {_duration_text(left, locale)} left" if is_open else "closed"
    print(f"at {_iso(at)}: {status}")
    for conflict in resolution.conflicts:
        print(f"warning: {conflict.reason}; that reading gives {_iso(conflict.instant)}")
    return 0


def _ics(args: argparse.Namespace) -> int:
    post = load_post(args.post)
    deadline = _deadline_of(post, args.post)
    reference = post.reference.number if post.reference else None
    text = deadline_to_ical(
        deadline,
        stamp=_instant(args.stamp, "--stamp"),
        reference=reference,
        summary=f"Closing deadline: {post.title}",
        component=CalendarComponent.TODO if args.todo else CalendarComponent.EVENT,
    )
    _write_atomically(args.output, text)
    print(f"wrote {args.output}")
    return 0


def _calendar(args: argparse.Namespace) -> int:
    post = load_post(args.post)
    try:
        start = dt.date.fromisoformat(args.start)
    except ValueError:
        raise CommandError(f"--start {args.start!r} is not a date (YYYY-MM-DD)") from None
    cal = AssignmentCalendar.from_post(post, start=start)
    print(f"start: {cal.start}")
    print(f"end of the initial appointment: {cal.initial_end}")
    for n, end in enumerate(cal.extension_ends, start=1):
        print(f"end if extended ({n}): {end}")
    if cal.work_plan_due is not None:
        print(f"work plan due: {cal.work_plan_due}")
    if cal.meetings:
        print(f"supervision meetings: {', '.join(d.isoformat() for d in cal.meetings)}")
    for inc in cal.step_increments:
        print(f"step increment to {inc.grade}: {inc.on} (with satisfactory service)")
    for event in cal.learning_events:
        print(f"learning: {event.name}: {event.start} to {event.end}")
    if args.ics is not None:
        reference = post.reference.number if post.reference else None
        stamp = _instant(args.stamp, "--stamp")
        _write_atomically(args.ics, assignment_to_ical(cal, stamp=stamp, reference=reference))
        print(f"wrote {args.ics}")
    return 0


def _deadline_of(post: Post, name: str) -> Deadline:
    if post.deadline is None:
        raise CommandError(f"{name} states no closing deadline")
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
    return parsed


def _iso(instant: dt.datetime) -> str:
    return instant.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _duration_text(left: dt.timedelta, locale: Locale) -> str:
    minutes = int(left.total_seconds()) // 60
    days, rest = divmod(minutes, 24 * 60)
    hours, minutes = divmod(rest, 60)
    parts = [
        _cldr.format_duration(value, unit, locale=locale)
        for value, unit in ((days, "day"), (hours, "hour"))
        if value
    ]
    parts.append(_cldr.format_duration(minutes, "minute", locale=locale))
    return _cldr.format_list(parts, locale=locale)


def _write_atomically(path: Path, text: str) -> None:
    """Write a file all or nothing: a temporary file in the same folder, then a rename."""
    directory = path.parent if str(path.parent) else Path()
    fd, temporary = tempfile.mkstemp(dir=directory, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        Path(temporary).replace(path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
