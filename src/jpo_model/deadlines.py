"""Closing deadlines as stated by an announcement.

A `Deadline` keeps what the text said (wall date, optional wall time, stated UTC offset or
abbreviation, place or IANA zone, and the original wording); resolving it to one binding
instant is a documented policy applied on top of these facts.
"""

from __future__ import annotations

from collections.abc import Iterator

import attrs
import pendulum

from jpo_model._model import Model, checks, in_range, problem, text, time_zone
from jpo_model.errors import ErrorDetail

__all__ = ["Deadline"]


@attrs.frozen(kw_only=True)
class Deadline(Model):
    """A closing deadline as the announcement wrote it.

    "10 March 2026, 6.00 pm (Eastern Standard Time UTC-5, New York USA)" is
    ``date=2026-03-10, time=18:00, utc_offset_minutes=-300, abbreviation="EST",
    zone="America/New_York", place="New York USA"``. A deadline without a time ("no later
    than 28 February 2023", "midnight") has ``time=None``: the end of that day.
    """

    date: pendulum.Date
    """The wall-clock date of the deadline."""
    time: pendulum.Time | None = None
    """The wall-clock time; ``None`` means the end of the day ("midnight", date only)."""
    utc_offset_minutes: int | None = attrs.field(
        default=None, metadata=checks(in_range(-14 * 60, 14 * 60))
    )
    """An explicitly stated UTC offset in minutes ("UTC-5": -300), if any."""
    abbreviation: str | None = attrs.field(default=None, metadata=checks(text))
    """A stated zone abbreviation such as ``EST`` or ``CET``, if any."""
    zone: str | None = attrs.field(default=None, metadata=checks(time_zone))
    """The IANA zone of the stated place ("New York" → ``America/New_York``), if any."""
    place: str | None = attrs.field(default=None, metadata=checks(text))
    """The place named with the time, as written ("New York USA", "Geneva")."""
    wording: str | None = attrs.field(default=None, metadata=checks(text))
    """The deadline exactly as the announcement wrote it."""

    def _invariants(self) -> Iterator[ErrorDetail]:
        if self.time is not None and self.time.tzinfo is not None:
            yield problem("must be a wall time without a zone", self.time.isoformat(), "time")
