"""The assignment calendar: the dates a JPO assignment's terms imply once it has a start date.

From the start date (passed, or the post's target start date) and the post's terms: the
last day of the initial appointment, the last day after each possible extension up to the
maximum, the work-plan due date ("during the first month") and the last day the plan covers
("a 3-month work plan"), supervision meetings at the stated cadence ("every two weeks"),
step increments (yearly with satisfactory service) and the learning events that fall within
the assignment.

Month arithmetic clamps to the month's end and always counts from the start date:
31 January + 1 month is 28 February (29 in a leap year), and the second extension's end is
computed from the start, never from the first extension's end (which would drift: 31 January
→ 28 February → 28 March instead of 31 March). A period of N months ends the day before
its anniversary, or on the anniversary month's last day when the anniversary was clamped:
one month from 31 January, like one month from 1 February, ends on 28 February.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator

import attrs
import pendulum

from jpo_model._model import Model, problem
from jpo_model.appointment import AppointmentTerms
from jpo_model.errors import ErrorDetail, JpoModelError, ValidationError
from jpo_model.grade import MAX_STEP, Grade
from jpo_model.learning import LearningEvent
from jpo_model.posts import Post
from jpo_model.supervision import Cadence, CadenceUnit

__all__ = ["AssignmentCalendar", "StepIncrement", "add_months", "period_end"]

# UN Staff Regulations, Annex I, para. 4 (https://policy.un.org/en/node/48): within-grade
# steps are annual with satisfactory service, and every two years above step VII.
_ANNUAL_STEPS_UP_TO = 7


def add_months(day: dt.date, months: int) -> pendulum.Date:
    """The same day of the month ``months`` later, clamped to that month's last day.

    >>> add_months(pendulum.date(2026, 1, 31), 1), add_months(pendulum.date(2028, 1, 31), 1)
    (Date(2026, 2, 28), Date(2028, 2, 29))
    """
    if isinstance(months, bool) or not isinstance(months, int):
        raise TypeError(f"months must be an integer, not {type(months).__name__}")
    if abs(months) > _MOST_MONTHS_AWAY:
        raise _beyond_the_calendar(day, months)
    try:
        return pendulum.Date(day.year, day.month, day.day).add(months=months)
    except (ValueError, OverflowError):  # before year 1 or after 9999
        raise _beyond_the_calendar(day, months) from None


_MOST_MONTHS_AWAY = 12 * 10_000
"""More months than separate any two dates a calendar holds (years 1 to 9999)."""


def _beyond_the_calendar(day: dt.date, months: int) -> ValidationError:
    return ValidationError.single(
        "months", f"from {day.isoformat()} leads outside the years 1 to 9999", months
    )


def period_end(start: dt.date, months: int) -> pendulum.Date:
    """The last day of a period of ``months`` months starting on ``start``.

    The day before the anniversary, or the anniversary month's last day if the anniversary
    was clamped (the start's day does not exist in that month).

    >>> period_end(pendulum.date(2026, 6, 1), 12), period_end(pendulum.date(2026, 1, 31), 1)
    (Date(2027, 5, 31), Date(2026, 2, 28))
    """
    if start.day == 1 and (start.year * 12 + start.month - 1 + months) == 10_000 * 12:
        return pendulum.Date(9999, 12, 31)  # the anniversary, 10000-01-01, cannot be held
    anniversary = add_months(start, months)
    if anniversary.day < start.day:
        return anniversary
    return anniversary.subtract(days=1)


@attrs.frozen(kw_only=True)
class StepIncrement(Model):
    """A within-grade step increment due on a date, subject to satisfactory service."""

    on: pendulum.Date
    """The date the increment is due."""
    grade: Grade
    """The grade and step from that date."""


@attrs.frozen(kw_only=True)
class AssignmentCalendar(Model):
    """The dates of an assignment, computed from its start date and the post's terms.

    >>> from jpo_model import examples
    >>> post = examples.load("ohchr-25p153")
    >>> cal = AssignmentCalendar.from_post(post, start=pendulum.date(2026, 6, 1))
    >>> cal.initial_end, cal.extension_ends, cal.work_plan_due
    (Date(2027, 5, 31), (Date(2028, 5, 31), Date(2029, 5, 31)), Date(2026, 6, 30))
    >>> [e.name for e in cal.learning_events]
    ['2026 JPO Orientation Programme']
    """

    start: pendulum.Date
    """The first day of the assignment."""
    initial_end: pendulum.Date
    """The last day of the initial appointment."""
    extension_ends: tuple[pendulum.Date, ...] = ()
    """The last day after each possible extension, up to the maximum the terms allow."""
    work_plan_due: pendulum.Date | None = None
    """The last day by which the work plan is agreed, if the terms say."""
    work_plan_until: pendulum.Date | None = None
    """The last day the work plan covers (its horizon from the start), if the terms say."""
    meetings: tuple[pendulum.Date, ...] = ()
    """Supervision meetings at the stated cadence, within the initial appointment."""
    step_increments: tuple[StepIncrement, ...] = ()
    """Step increments due within the longest possible assignment."""
    learning_events: tuple[LearningEvent, ...] = ()
    """Learning events whose window overlaps the longest possible assignment."""

    def _invariants(self) -> Iterator[ErrorDetail]:
        if self.initial_end < self.start:
            yield problem("must not be before the start", self.initial_end, "initial_end")
        ends = (self.initial_end, *self.extension_ends)
        if any(b <= a for a, b in itertools.pairwise(ends)):
            yield problem("must be later and later", self.extension_ends, "extension_ends")

    @property
    def last_possible_end(self) -> pendulum.Date:
        """The last day of the longest possible assignment the terms state."""
        return self.extension_ends[-1] if self.extension_ends else self.initial_end

    @classmethod
    def from_post(
        cls,
        post: Post,
        *,
        start: dt.date | None = None,
        meetings_until: dt.date | None = None,
    ) -> AssignmentCalendar:
        """Compute the calendar of a post's assignment starting on ``start``.

        Without ``start``, the assignment starts on the post's target start date ("Target
        Start Date 2026-03-02"). Meetings run to ``meetings_until`` (default: the end of the
        initial appointment). Raises `ValidationError` if the post states no appointment
        terms, or if neither ``start`` nor a target start date is given (a post to be filled
        "as soon as possible" has no date to start from), or if the start is so late that a
        date of the assignment would fall after 9999-12-31.

        >>> from jpo_model import examples
        >>> from jpo_model.posts import TargetStart
        >>> post = attrs.evolve(examples.load("ohchr-25p153"),
        ...                     target_start=TargetStart(on=pendulum.date(2026, 3, 2)))
        >>> AssignmentCalendar.from_post(post).initial_end
        Date(2027, 3, 1)
        """
        if post.appointment is None:
            raise ValidationError.single(
                "appointment", "is needed to compute an assignment calendar", None
            )
        stated = start is None
        start = _start_of(post) if start is None else start
        try:
            begin = pendulum.Date(start.year, start.month, start.day)
            return cls._from_start(post, begin, meetings_until)
        except ValidationError as error:
            if error.errors[0].path != "months":
                raise
        except JpoModelError:
            raise
        except (ValueError, OverflowError):  # pendulum's own: a meeting or step after 9999
            pass
        # A start so late (or counts so long) that a date of the assignment would fall after
        # 9999-12-31: the calendar cannot hold it.
        where = "target_start.on" if stated else "start"
        raise ValidationError.single(
            where, "is too late: the assignment would end after 9999-12-31", start.isoformat()
        )

    @classmethod
    def _from_start(
        cls, post: Post, begin: pendulum.Date, meetings_until: dt.date | None
    ) -> AssignmentCalendar:
        assert post.appointment is not None  # noqa: S101 - checked by from_post
        terms = post.appointment
        initial_end = period_end(begin, terms.initial_months)
        extension_ends = tuple(period_end(begin, m) for m in extension_months(terms))
        last = extension_ends[-1] if extension_ends else initial_end
        supervision = post.supervision
        work_plan = supervision.work_plan if supervision else None
        due = work_plan.due_within_months if work_plan else None
        horizon = work_plan.horizon_months if work_plan else None
        meetings: tuple[pendulum.Date, ...] = ()
        if supervision is not None and supervision.meetings is not None:
            until = meetings_until or initial_end
            meetings = tuple(_occurrences(begin, supervision.meetings, until))
        grade = post.grade.grade if post.grade else None
        steps = tuple(_step_increments(begin, grade, last)) if grade else ()
        events = post.learning.events if post.learning else ()
        return cls(
            start=begin,
            initial_end=initial_end,
            extension_ends=extension_ends,
            work_plan_due=period_end(begin, due) if due else None,
            work_plan_until=period_end(begin, horizon) if horizon else None,
            meetings=meetings,
            step_increments=steps,
            learning_events=tuple(e for e in events if e.end >= begin and e.start <= last),
        )


def _start_of(post: Post) -> dt.date:
    """The post's target start date, when no start is passed."""
    target = post.target_start
    if target is None:
        raise ValidationError.single(
            "target_start", "is needed to compute an assignment calendar without a start", None
        )
    if target.on is None:
        raise ValidationError.single(
            "target_start.on",
            'is "as soon as possible": pass the start to compute an assignment calendar',
            None,
        )
    return target.on


def extension_months(terms: AppointmentTerms) -> tuple[int, ...]:
    """The total length in months after each possible extension, up to the terms' maximum.

    One extension lasts the stated step, else the review interval, else the initial period
    (the domain's usual "renewable yearly"). Unbounded terms give the extensions they offer
    at least ("renewable at least once": one), else none.

    >>> from jpo_model import AppointmentTerms, ExtensionRule
    >>> extension_months(AppointmentTerms(initial_months=12, renewable=True,
    ...                                   extension=ExtensionRule(max_total_months=30)))
    (24, 30)
    >>> extension_months(AppointmentTerms(initial_months=12, renewable=True,
    ...                                   extension=ExtensionRule(min_extensions=1)))
    (24,)
    """
    ext = terms.extension
    step = (ext.step_months if ext else None) or terms.review_every_months or terms.initial_months
    maximum = terms.max_total_months
    if maximum is None:
        offered = (ext.min_extensions if ext else None) or 0
        return tuple(terms.initial_months + step * k for k in range(1, offered + 1))
    totals = list(range(terms.initial_months + step, maximum + 1, step))
    if maximum > terms.initial_months and (not totals or totals[-1] != maximum):
        totals.append(maximum)
    return tuple(totals)


def _occurrences(start: pendulum.Date, cadence: Cadence, until: dt.date) -> Iterator[pendulum.Date]:
    k = 1
    while True:
        if cadence.unit is CadenceUnit.MONTH:
            day = _later(start, months=k * cadence.every)
        else:
            days = cadence.every * (7 if cadence.unit is CadenceUnit.WEEK else 1)
            day = _later(start, days=k * days)
        if day is None or day > until:
            return
        yield day
        k += 1


def _step_increments(start: pendulum.Date, grade: Grade, last: dt.date) -> Iterator[StepIncrement]:
    step = grade.step
    if step is None:
        return
    months = 0
    while step < MAX_STEP:
        months += 12 if step + 1 <= _ANNUAL_STEPS_UP_TO else 24
        day = _later(start, months=months)
        if day is None or day > last:
            return
        step += 1
        yield StepIncrement(on=day, grade=Grade(level=grade.level, step=step))


def _later(start: pendulum.Date, *, months: int = 0, days: int = 0) -> pendulum.Date | None:
    """The day ``months`` then ``days`` after ``start``; None after 9999-12-31.

    The next meeting or step of an assignment that ends on the calendar's last day is beyond
    it, not an error.
    """
    if start.toordinal() + days > dt.date.max.toordinal():
        return None
    try:
        return add_months(start, months).add(days=days)
    except ValidationError:
        return None
