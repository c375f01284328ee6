"""Tests for `jpo_model.age`: completed years on a day, and 29 February birthdays."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from jpo_model import LeapDayBirthday, age_on

_BIRTHS = st.dates(date(1900, 1, 1), date(2100, 12, 31))
_CONVENTIONS = st.sampled_from(LeapDayBirthday)


def _birthday(birth: date, years: int, leap_day: LeapDayBirthday) -> date:
    """An independent oracle: the day the n-th birthday is reached."""
    year = birth.year + years
    try:
        return birth.replace(year=year)
    except ValueError:  # 29 February in a common year
        if leap_day is LeapDayBirthday.MARCH_1:
            return date(year, 3, 1)
        return date(year, 2, 28)


@pytest.mark.parametrize(
    ("birth", "on", "expected"),
    [
        (date(1994, 1, 1), date(2026, 12, 31), 32),
        (date(1994, 12, 31), date(2026, 12, 31), 32),
        (date(1993, 12, 31), date(2026, 12, 31), 33),
        (date(1993, 3, 10), date(2026, 3, 9), 32),
        (date(1993, 3, 10), date(2026, 3, 10), 33),
        (date(2000, 2, 29), date(2025, 2, 28), 24),
        (date(2000, 2, 29), date(2025, 3, 1), 25),
        (date(2000, 2, 29), date(2024, 2, 28), 23),
        (date(2000, 2, 29), date(2024, 2, 29), 24),
    ],
)
def test_age_oracles(birth: date, on: date, expected: int) -> None:
    """Ages on known days, including 29 February birthdays under the default convention."""
    assert expected == age_on(birth, on)


def test_february_28_convention_reaches_the_birthday_a_day_earlier() -> None:
    """Under FEBRUARY_28 a leap-day birthday is reached on 28 February of a common year."""
    birth = date(2000, 2, 29)
    assert age_on(birth, date(2025, 2, 28), leap_day=LeapDayBirthday.FEBRUARY_28) == 25
    assert age_on(birth, date(2025, 2, 27), leap_day=LeapDayBirthday.FEBRUARY_28) == 24
    assert age_on(birth, date(2024, 2, 28), leap_day=LeapDayBirthday.FEBRUARY_28) == 23


@given(_BIRTHS, st.integers(0, 120), _CONVENTIONS)
@example(date(2000, 2, 29), 25, LeapDayBirthday.MARCH_1)
@example(date(2000, 2, 29), 25, LeapDayBirthday.FEBRUARY_28)
def test_age_changes_exactly_on_the_birthday(
    birth: date, years: int, leap_day: LeapDayBirthday
) -> None:
    """On the day the n-th birthday is reached the age is n; the day before, n - 1."""
    birthday = _birthday(birth, years, leap_day)
    assert years == age_on(birth, birthday, leap_day=leap_day)
    if years > 0:
        assert years - 1 == age_on(birth, birthday - timedelta(days=1), leap_day=leap_day)


@given(_BIRTHS, _BIRTHS, _CONVENTIONS)
def test_age_never_decreases_and_steps_by_at_most_one(
    birth: date, on: date, leap_day: LeapDayBirthday
) -> None:
    """From one day to the next, age stays or rises by one."""
    if on >= date(2100, 12, 31):
        return
    step = age_on(birth, on + timedelta(days=1), leap_day=leap_day) - age_on(
        birth, on, leap_day=leap_day
    )
    assert step in (0, 1)


@given(_BIRTHS, _BIRTHS)
def test_conventions_differ_only_on_28_february_for_leap_day_births(birth: date, on: date) -> None:
    """The two conventions agree except on 28 February of a common year for 29 February births."""
    march = age_on(birth, on, leap_day=LeapDayBirthday.MARCH_1)
    february = age_on(birth, on, leap_day=LeapDayBirthday.FEBRUARY_28)
    special = (birth.month, birth.day) == (2, 29) and (on.month, on.day) == (2, 28)
    assert (march != february) == (special and not calendar.isleap(on.year))
