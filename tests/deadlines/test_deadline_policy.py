"""The deadline policy on its own: `resolve` and `binding_instant` read any stated deadline."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest
from hypothesis import given

from jpo_model import (
    Binding,
    Deadline,
    DeadlineError,
    DeadlinePolicy,
    ReadingBasis,
    WallTimeChoice,
    strategies,
)
from jpo_model.deadlines.policy import DEFAULT_POLICY, binding_instant, resolve

UTC = dt.UTC


@attrs.frozen(kw_only=True)
class _Stated:
    """A stated deadline that is not a `Deadline`: the policy reads only its five parts."""

    date: dt.date
    time: dt.time | None = None
    utc_offset_minutes: int | None = None
    abbreviation: str | None = None
    zone: str | None = None


def test_a_stated_offset_binds_and_the_zone_reading_is_a_conflict() -> None:
    """Seed 002: 6 pm EST on 10 March 2026 binds at 23:00Z; New York's EDT gives 22:00Z."""
    stated = _Stated(
        date=dt.date(2026, 3, 10), time=dt.time(18), abbreviation="EST", zone="America/New_York"
    )
    resolution = resolve(stated)
    assert dt.datetime(2026, 3, 10, 23, tzinfo=UTC) == resolution.instant
    assert ReadingBasis.ABBREVIATION == resolution.basis
    assert [dt.datetime(2026, 3, 10, 22, tzinfo=UTC)] == [c.instant for c in resolution.conflicts]


def test_the_zone_binds_when_the_policy_says_so() -> None:
    """Under ZONE_WALL_CLOCK, New York's clock binds and the stated EST is the conflict."""
    stated = _Stated(
        date=dt.date(2026, 3, 10), time=dt.time(18), abbreviation="EST", zone="America/New_York"
    )
    resolution = resolve(stated, DeadlinePolicy(binding=Binding.ZONE_WALL_CLOCK))
    assert dt.datetime(2026, 3, 10, 22, tzinfo=UTC) == resolution.instant
    assert ReadingBasis.ZONE_WALL_CLOCK == resolution.basis
    assert [dt.datetime(2026, 3, 10, 23, tzinfo=UTC)] == [c.instant for c in resolution.conflicts]


def test_no_time_means_the_end_of_the_stated_day() -> None:
    """A date alone closes at midnight at its end, in the stated zone."""
    stated = _Stated(date=dt.date(2026, 2, 28), zone="Africa/Nairobi")
    assert dt.datetime(2026, 2, 28, 21, tzinfo=UTC) == binding_instant(stated)


def test_a_wall_time_in_a_dst_gap_is_refused_or_settled_by_the_policy() -> None:
    """02:30 on 8 March 2026 does not exist in New York: raise by default, else pick a side."""
    stated = _Stated(date=dt.date(2026, 3, 8), time=dt.time(2, 30), zone="America/New_York")
    with pytest.raises(DeadlineError, match="does not exist"):
        resolve(stated)
    earlier = resolve(stated, DeadlinePolicy(gap=WallTimeChoice.EARLIER)).instant
    later = resolve(stated, DeadlinePolicy(gap=WallTimeChoice.LATER)).instant
    assert dt.timedelta(hours=1) == later - earlier


def test_nothing_that_places_the_time_is_an_error() -> None:
    """Neither an offset, an abbreviation nor a zone: no instant can be computed."""
    with pytest.raises(DeadlineError):
        resolve(_Stated(date=dt.date(2026, 3, 10), time=dt.time(18)))


@given(strategies.deadlines())
def test_the_fast_path_gives_the_instant_resolve_gives(deadline: Deadline) -> None:
    """`binding_instant` and `resolve` agree on every deadline that resolves."""
    try:
        expected = resolve(deadline, DEFAULT_POLICY).instant
    except DeadlineError:
        with pytest.raises(DeadlineError):
            binding_instant(deadline)
        return
    assert expected == binding_instant(deadline)
    assert deadline.instant == expected
