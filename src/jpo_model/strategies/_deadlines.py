"""Strategies for closing deadlines as announcements state them."""

from __future__ import annotations

import pendulum
from hypothesis import strategies as st
from hypothesis.strategies import SearchStrategy

from jpo_model.deadlines.deadline import Deadline
from jpo_model.strategies._primitives import dates, optional, pick, texts, time_zones, wall_times

# Offsets in use worldwide run from UTC-12:00 to UTC+14:00; the model accepts ±14 hours.
_MAX_OFFSET_MINUTES = 14 * 60


def deadlines(  # noqa: PLR0913 - one keyword per field of the model
    *,
    date: SearchStrategy[pendulum.Date] | None = None,
    time: SearchStrategy[pendulum.Time | None] | None = None,
    utc_offset_minutes: SearchStrategy[int | None] | None = None,
    abbreviation: SearchStrategy[str | None] | None = None,
    zone: SearchStrategy[str | None] | None = None,
    place: SearchStrategy[str | None] | None = None,
    wording: SearchStrategy[str | None] | None = None,
) -> SearchStrategy[Deadline]:
    """Deadlines with any mix of wall time, stated offset, abbreviation, zone and place."""
    return st.builds(
        Deadline,
        date=pick(date, dates()),
        time=pick(time, optional(wall_times())),
        utc_offset_minutes=pick(
            utc_offset_minutes, optional(st.integers(-_MAX_OFFSET_MINUTES, _MAX_OFFSET_MINUTES))
        ),
        abbreviation=pick(abbreviation, optional(texts(max_size=5))),
        zone=pick(zone, optional(time_zones())),
        place=pick(place, optional(texts())),
        wording=pick(wording, optional(texts())),
    )
