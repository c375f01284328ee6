"""Registers ``jpo deadline``, ``jpo ics`` and ``jpo calendar``, run by `_deadlines_run`."""

from __future__ import annotations

import argparse

from jpo_model.cli._commands import add_command, add_locale_argument, add_post_argument

_DEADLINE_DESCRIPTION = """\
Print a post's closing deadline: the wording it states, the one binding instant (and the
rule that makes it binding), its wall time in each zone asked for, whether applications
are still open at --at and how long is left, and a warning for each other plausible
reading. --json prints the same facts as one JSON object.
"""

_ICS_DESCRIPTION = """\
Write a post's closing deadline as an iCalendar (RFC 5545) file: a VEVENT at the binding
instant, or a VTODO due then, with reminders a week and a day ahead. The UID comes from
the post's reference, so a calendar updates an imported deadline instead of duplicating
it. Needs the ical extra.
"""

_CALENDAR_DESCRIPTION = """\
Print the dates a post's terms imply once the assignment starts: the end of the initial
appointment and of each possible extension, the work plan's due date, supervision
meetings, step increments and learning events. --ics also writes them as all-day events
(the ical extra); --json prints the AssignmentCalendar document.
"""


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add this module's commands to the ``jpo`` parser."""
    cmd = add_command(
        commands,
        "deadline",
        summary="the binding closing instant, wall times, time left and warnings",
        description=_DEADLINE_DESCRIPTION,
        examples=[
            (
                "jpo deadline ohchr-25p153 --tz Asia/Tokyo --at 2026-03-01T09:00:00+09:00",
                "the deadline on Tokyo's clock, and the time left at that moment",
            ),
            ("jpo deadline ohchr-25p153 --json", "the same facts, now, as JSON"),
        ],
        handler="jpo_model.cli._deadlines_run:deadline",
    )
    add_post_argument(cmd)
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
    cmd.add_argument(
        "--json",
        action="store_true",
        help="print one JSON object: wording, instant, basis, wall_times, at, open, "
        "seconds_left, conflicts",
    )

    cmd = add_command(
        commands,
        "ics",
        summary="write a post's closing deadline as an .ics file",
        description=_ICS_DESCRIPTION,
        examples=[
            ("jpo ics ohchr-25p153 -o deadline.ics", "a VEVENT at the deadline, with reminders"),
            ("jpo ics ohchr-25p153 --todo -o -", "a VTODO, on standard output"),
        ],
        handler="jpo_model.cli._deadlines_run:ics",
    )
    add_post_argument(cmd)
    cmd.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="FILE",
        help="the .ics file to write, replaced all at once (- writes standard output)",
    )
    cmd.add_argument("--todo", action="store_true", help="write a VTODO instead of a VEVENT")
    cmd.add_argument(
        "--stamp", metavar="INSTANT", help="the DTSTAMP, ISO 8601 with an offset (default: now)"
    )

    cmd = add_command(
        commands,
        "calendar",
        summary="the dates of an assignment from its start",
        description=_CALENDAR_DESCRIPTION,
        examples=[
            ("jpo calendar ohchr-25p153 --start 2026-06-01", "every date, one a line"),
            (
                "jpo calendar ohchr-25p153 --start 2026-06-01 --ics assignment.ics",
                "... and the same dates as all-day events in an .ics file",
            ),
            ("jpo calendar ohchr-25p153 --start 2026-06-01 --json", "the dates as JSON"),
        ],
        handler="jpo_model.cli._deadlines_run:calendar",
    )
    add_post_argument(cmd)
    cmd.add_argument("--start", required=True, metavar="DATE", help="the first day, YYYY-MM-DD")
    cmd.add_argument(
        "--ics",
        metavar="FILE",
        help="also write the dates as an .ics file (- writes it to standard output, instead "
        "of the list)",
    )
    cmd.add_argument(
        "--stamp",
        metavar="INSTANT",
        help="the .ics DTSTAMP, ISO 8601 with an offset (default: now)",
    )
    cmd.add_argument(
        "--json",
        action="store_true",
        help="print the AssignmentCalendar document (`jpo schema AssignmentCalendar`)",
    )
