"""Counting experience: weights per kind, part time, overlaps, and what a year is."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pendulum
from hypothesis import given
from hypothesis import strategies as st

from jpo_model import Candidate, ExperienceCounting, ExperienceKind, ExperienceWeight
from jpo_model.eligibility.experience import (
    UNITS_PER_DAY,
    ExperienceTally,
    days_number,
    duration_text,
    longest_days_in_months,
    shortest_days_in_years,
    union_days,
)
from jpo_model.strategies import candidates, experience_periods

D = pendulum.Date
ON = D(2026, 3, 1)
INTERNSHIP = ExperienceKind.INTERNSHIP
_DAY = st.dates(dt.date(2005, 1, 1), dt.date(2026, 2, 1)).map(lambda d: D(d.year, d.month, d.day))
_PERIODS = experience_periods(start=_DAY, days=st.none() | st.integers(0, 5 * 366))
_PEOPLE = candidates(experience=st.lists(_PERIODS, max_size=6).map(tuple))


def test_a_year_needs_365_days_and_a_year_of_months_allows_366() -> None:
    """N years are met by the shortest N calendar years; M months allow the longest M."""
    assert (365, 730, 0) == tuple(map(shortest_days_in_years, (1, 2, 0)))
    assert (31, 62, 184, 366, 731) == tuple(map(longest_days_in_months, (1, 2, 6, 12, 24)))


@given(st.integers(1, 120))
def test_m_consecutive_months_never_hold_more_days_than_allowed(months: int) -> None:
    """Every span of M months starting on any day of 2000-2030 fits the allowance."""
    allowed = longest_days_in_months(months)
    for year in (2000, 2023, 2024):
        start = D(year, 3, 1)
        assert (start.add(months=months) - start).in_days() <= allowed


@given(st.lists(st.tuples(st.integers(0, 500), st.integers(0, 60)), max_size=12))
def test_union_days_counts_each_covered_day_once(spans: list[tuple[int, int]]) -> None:
    """The union of half-open spans, checked against a set of days."""
    half_open = [(start, start + length) for start, length in spans]
    days = {day for start, end in half_open for day in range(start, end)}
    assert len(days) == union_days(half_open)


def test_durations_read_as_years_months_or_days() -> None:
    """Counted units are reported in years and months of 365/12 days, or in days."""
    assert "2 years 6 months" == duration_text((730 + 183) * UNITS_PER_DAY)
    assert "1 day" == duration_text(UNITS_PER_DAY)
    assert Decimal("0.5") == days_number(UNITS_PER_DAY // 2)
    assert Decimal(3) == days_number(3 * UNITS_PER_DAY)


@given(_PEOPLE, st.booleans(), st.booleans())
def test_the_count_agrees_with_a_day_by_day_oracle(
    candidate: Candidate, relevant_required: bool, pro_rata: bool
) -> None:
    """Each day counts once at the highest weight covering it, as a day-by-day walk finds."""
    counting = ExperienceCounting(
        weights=(ExperienceWeight(kind=INTERNSHIP, percent=Decimal(50), if_relevant=True),),
        part_time_pro_rata=pro_rata,
    )
    tally = ExperienceTally.from_rules(counting, relevant_required=relevant_required)
    first, last = D(2008, 1, 1).toordinal(), ON.toordinal()
    spans = tally.spans(candidate.experience, first, last)
    expected = []
    for high in (False, True):
        weighted = [(start, end, top if high else bottom) for start, end, bottom, top, _ in spans]
        total = 0
        for day in range(first, last + 1):
            total += max((w for start, end, w in weighted if start <= day < end), default=0)
        expected.append(total)
    assert tuple(expected) == tally.count(candidate.experience, first, last)
    for high, total in zip((False, True), expected, strict=True):
        shares = tally.shares(candidate.experience, first, last, high=high)
        assert total == sum(share.units for share in shares)


@given(_PEOPLE, st.integers(0, 4000))
def test_the_high_count_is_left_out_only_once_the_low_count_is_enough(
    candidate: Candidate, days: int
) -> None:
    """``enough`` never changes a count; it only spares the high one when low reaches it."""
    counting = ExperienceCounting(
        weights=(ExperienceWeight(kind=INTERNSHIP, percent=Decimal(50), if_relevant=True),),
    )
    tally = ExperienceTally.from_rules(counting, relevant_required=True)
    first, last = D(2008, 1, 1).toordinal(), ON.toordinal()
    low, high = tally.count(candidate.experience, first, last)
    enough = days * UNITS_PER_DAY
    spared_low, spared_high = tally.count(candidate.experience, first, last, enough=enough)
    assert low == spared_low
    assert spared_high in (None, high)
    if spared_high is None:
        assert low >= enough
