"""Age in completed years on a given day, with an explicit rule for 29 February birthdays.

Age limits are checked for thousands of candidates at once, so this is plain date and
integer arithmetic: no intervals, no time zones (a birth date and a reference day are
calendar dates).

In a common year a 29 February birthday has no day of its own. The default convention,
`LeapDayBirthday.MARCH_1`, says the birthday is reached on 1 March, once 28 February has
fully passed (a common legal reading, e.g. Hong Kong's Age of Majority (Related
Provisions) Ordinance): someone born on 29 February 2000 is 24 on 28 February 2025 and 25
on 1 March. It never makes anyone older earlier than the calendar allows, so an age limit
never excludes a candidate a day early. `LeapDayBirthday.FEBRUARY_28` reaches it a day
earlier, for programmes that count that way.
"""

from __future__ import annotations

import enum
from datetime import date

__all__ = ["LeapDayBirthday", "age_on"]


class LeapDayBirthday(enum.Enum):
    """The day on which a 29 February birthday is reached in a common year."""

    MARCH_1 = "march-1"
    """The birthday is reached on 1 March (the default)."""
    FEBRUARY_28 = "february-28"
    """The birthday is reached on 28 February."""


def age_on(
    birth_date: date, on: date, *, leap_day: LeapDayBirthday = LeapDayBirthday.MARCH_1
) -> int:
    """Completed years of age on the day ``on`` for someone born on ``birth_date``.

    A birthday counts as reached on the day itself ("aged 33 on one's 33rd birthday").
    Ages before birth are negative; callers that care refuse such dates themselves.

    >>> from datetime import date
    >>> age_on(date(1994, 1, 1), date(2026, 12, 31))
    32
    >>> age_on(date(2000, 2, 29), date(2025, 2, 28))
    24
    >>> age_on(date(2000, 2, 29), date(2025, 2, 28), leap_day=LeapDayBirthday.FEBRUARY_28)
    25
    """
    month, day = birth_date.month, birth_date.day
    # Comparing (month, day) with (2, 29) in a common year already means "reached on
    # 1 March": no date of that year equals it. Only the 28 February reading needs a move.
    if (
        month == 2
        and day == 29
        and leap_day is LeapDayBirthday.FEBRUARY_28
        and not _is_leap(on.year)
    ):
        day = 28
    before_birthday = (on.month, on.day) < (month, day)
    return on.year - birth_date.year - before_birthday


def _is_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
