"""The assignment calendar: month arithmetic, extensions, work plan, meetings, steps, learning."""

from __future__ import annotations

import calendar
import datetime as dt
import itertools
from pathlib import Path

import attrs
import pendulum
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from jpo_model import (
    AppointmentTerms,
    AssignmentCalendar,
    Cadence,
    CadenceUnit,
    ExtensionRule,
    Grade,
    GradeLevel,
    GradeOffer,
    StepIncrement,
    Supervision,
    ValidationError,
    WorkPlan,
    add_months,
    examples,
    from_dict,
    period_end,
    to_dict,
)
from jpo_model.assignment.calendar import extension_months
from jpo_model.cli import main
from jpo_model.posts import TargetStart

SEED = "ohchr-25p153"
START = pendulum.date(2026, 6, 1)
DATES = st.dates(min_value=dt.date(1970, 1, 1), max_value=dt.date(2100, 12, 31))


def test_31_january_plus_one_month_clamps_to_the_end_of_february() -> None:
    """31 January + 1 month is 28 February, or 29 in a leap year."""
    assert (pendulum.date(2026, 2, 28), pendulum.date(2028, 2, 29)) == (
        add_months(pendulum.date(2026, 1, 31), 1),
        add_months(pendulum.date(2028, 1, 31), 1),
    )


def test_a_one_month_period_from_31_january_ends_on_28_february() -> None:
    """A clamped anniversary is itself the last day; otherwise the day before is."""
    assert (pendulum.date(2026, 2, 28), pendulum.date(2026, 2, 28), pendulum.date(2026, 2, 27)) == (
        period_end(pendulum.date(2026, 1, 31), 1),
        period_end(pendulum.date(2026, 2, 1), 1),
        period_end(pendulum.date(2026, 1, 28), 1),
    )


def test_seed_002_calendar() -> None:
    """Seed 002 from 1 June 2026: one year, extensions to three, plan in June, two steps, Turin."""
    post = examples.load(SEED)
    cal = AssignmentCalendar.from_post(post, start=START)
    grade = Grade(level=GradeLevel.P2, step=2)
    assert pendulum.date(2027, 5, 31) == cal.initial_end
    assert (pendulum.date(2028, 5, 31), pendulum.date(2029, 5, 31)) == cal.extension_ends
    assert pendulum.date(2026, 6, 30) == cal.work_plan_due
    assert (
        StepIncrement(on=pendulum.date(2027, 6, 1), grade=grade),
        StepIncrement(on=pendulum.date(2028, 6, 1), grade=attrs.evolve(grade, step=3)),
    ) == cal.step_increments
    assert ("2026 JPO Orientation Programme",) == tuple(e.name for e in cal.learning_events)


def test_learning_events_outside_the_assignment_are_left_out() -> None:
    """An assignment starting after the orientation window does not list it."""
    cal = AssignmentCalendar.from_post(examples.load(SEED), start=pendulum.date(2026, 11, 28))
    assert () == cal.learning_events


def test_meetings_every_two_weeks_run_through_the_initial_appointment() -> None:
    """ILO's "every two weeks" gives fortnightly meetings up to the initial appointment's end."""
    cal = AssignmentCalendar.from_post(examples.load("ilo-ethics-2340"), start=START)
    assert pendulum.date(2026, 6, 15) == cal.meetings[0]
    assert all(b - a == dt.timedelta(days=14) for a, b in itertools.pairwise(cal.meetings))
    assert cal.meetings[-1] <= cal.initial_end < cal.meetings[-1].add(days=14)


def test_monthly_meetings_count_from_the_start() -> None:
    """Monthly meetings from 31 January stay on the month's last day where clamped."""
    post = examples.load("ilo-ethics-2340")
    post = attrs.evolve(
        post, supervision=Supervision(meetings=Cadence(every=1, unit=CadenceUnit.MONTH))
    )
    cal = AssignmentCalendar.from_post(
        post, start=pendulum.date(2026, 1, 31), meetings_until=pendulum.date(2026, 5, 31)
    )
    expected = (
        pendulum.date(2026, 2, 28),
        pendulum.date(2026, 3, 31),
        pendulum.date(2026, 4, 30),
        pendulum.date(2026, 5, 31),
    )
    assert expected == cal.meetings


def test_unbounded_renewable_terms_list_no_extension_ends() -> None:
    """ "12 months, renewable" states no maximum, so no extension end is invented."""
    cal = AssignmentCalendar.from_post(examples.load("ilo-ethics-2340"), start=START)
    assert () == cal.extension_ends


def test_a_post_without_terms_is_refused() -> None:
    """Without appointment terms there is no calendar to compute."""
    post = attrs.evolve(examples.load(SEED), appointment=None)
    with pytest.raises(ValidationError, match="appointment"):
        AssignmentCalendar.from_post(post, start=START)


def test_without_a_start_the_calendar_starts_on_the_target_start_date() -> None:
    """ "Target Start Date 2026-03-02": seed 002's terms then run from 2 March 2026."""
    target = TargetStart(on=pendulum.date(2026, 3, 2), wording="Target Start Date 2026-03-02")
    post = attrs.evolve(examples.load(SEED), target_start=target)
    cal = AssignmentCalendar.from_post(post)
    assert (pendulum.date(2026, 3, 2), pendulum.date(2027, 3, 1)) == (cal.start, cal.initial_end)
    assert (pendulum.date(2028, 3, 1), pendulum.date(2029, 3, 1)) == cal.extension_ends
    assert cal == AssignmentCalendar.from_post(post, start=pendulum.date(2026, 3, 2))


def test_a_start_passed_wins_over_the_target_start_date() -> None:
    """The day the assignment actually starts overrides the announced target."""
    post = attrs.evolve(examples.load(SEED), target_start=TargetStart(on=pendulum.date(2026, 3, 2)))
    assert START == AssignmentCalendar.from_post(post, start=START).start


def test_as_soon_as_possible_needs_a_start() -> None:
    """ "Start Date Required: As soon as possible" gives no date: the start must be passed."""
    start = TargetStart(wording="Start Date Required: As soon as possible")
    post = attrs.evolve(examples.load(SEED), target_start=start)
    with pytest.raises(ValidationError) as caught:
        AssignmentCalendar.from_post(post)
    assert [
        (
            "target_start.on",
            'is "as soon as possible": pass the start to compute an assignment calendar',
        )
    ] == [(e.path, e.message) for e in caught.value.errors]
    assert START == AssignmentCalendar.from_post(post, start=START).start


def test_without_a_start_or_a_target_start_there_is_no_calendar() -> None:
    """A post that states no start, computed without one, is refused with a clear reason."""
    with pytest.raises(ValidationError) as caught:
        AssignmentCalendar.from_post(examples.load(SEED))
    assert [("target_start", "is needed to compute an assignment calendar without a start")] == [
        (e.path, e.message) for e in caught.value.errors
    ]


def test_renewable_at_least_once_gives_the_first_extension() -> None:
    """ "renewable at least once": without a maximum, the one extension offered is dated."""
    terms = AppointmentTerms(
        initial_months=12, renewable=True, extension=ExtensionRule(min_extensions=1)
    )
    post = attrs.evolve(examples.load("ilo-ethics-2340"), appointment=terms)
    cal = AssignmentCalendar.from_post(post, start=START)
    assert (pendulum.date(2027, 5, 31), (pendulum.date(2028, 5, 31),)) == (
        cal.initial_end,
        cal.extension_ends,
    )


def test_the_fewest_extensions_never_pass_the_maximum() -> None:
    """With a maximum of 24 months, "at least twice" still ends at the maximum."""
    terms = AppointmentTerms(
        initial_months=12,
        renewable=True,
        extension=ExtensionRule(min_extensions=2, max_total_months=24),
    )
    assert (24,) == extension_months(terms)


def test_a_three_month_work_plan_covers_the_first_three_months() -> None:
    """ "a 3-month work plan" agreed "during the first month": due 30 June, covering to 31
    August for a start on 1 June 2026."""
    post = examples.load(SEED)
    assert post.supervision is not None
    supervision = attrs.evolve(
        post.supervision, work_plan=WorkPlan(due_within_months=1, horizon_months=3)
    )
    cal = AssignmentCalendar.from_post(attrs.evolve(post, supervision=supervision), start=START)
    assert (pendulum.date(2026, 6, 30), pendulum.date(2026, 8, 31)) == (
        cal.work_plan_due,
        cal.work_plan_until,
    )


def test_a_work_plan_without_a_horizon_covers_no_stated_period() -> None:
    """Seed 002 states when the plan is agreed, not what it covers."""
    cal = AssignmentCalendar.from_post(examples.load(SEED), start=START)
    assert (pendulum.date(2026, 6, 30), None) == (cal.work_plan_due, cal.work_plan_until)


def test_steps_above_seven_come_every_two_years() -> None:
    """From step 6, step 7 comes after a year and step 8 two years later."""
    post = attrs.evolve(
        examples.load(SEED),
        grade=GradeOffer(options=(Grade(level=GradeLevel.P2, step=6),)),
        appointment=AppointmentTerms(
            initial_months=12, renewable=True, extension=ExtensionRule(max_total_months=48)
        ),
    )
    cal = AssignmentCalendar.from_post(post, start=START)
    assert ((pendulum.date(2027, 6, 1), 7), (pendulum.date(2029, 6, 1), 8)) == tuple(
        (s.on, s.grade.step) for s in cal.step_increments
    )


def test_the_calendar_round_trips_through_documents() -> None:
    """An assignment calendar serializes with to_dict/from_dict."""
    cal = AssignmentCalendar.from_post(examples.load(SEED), start=START)
    assert cal == from_dict(to_dict(cal), AssignmentCalendar)


@given(DATES, st.integers(0, 600))
def test_month_arithmetic_never_passes_the_month_end(start: dt.date, months: int) -> None:
    """The result is the start's day, clamped to the target month's last day."""
    result = add_months(start, months)
    last = calendar.monthrange(result.year, result.month)[1]
    assert min(start.day, last) == result.day
    assert (start.year * 12 + start.month + months) == (result.year * 12 + result.month)


@given(
    DATES,
    st.integers(1, 36),
    st.integers(1, 24),
    st.integers(1, 5),
)
def test_extension_ends_equal_adding_the_total(
    start: dt.date, initial: int, step: int, count: int
) -> None:
    """Adding the extensions one by one ends where adding their total does."""
    terms = AppointmentTerms(
        initial_months=initial,
        renewable=True,
        extension=ExtensionRule(step_months=step, max_extensions=count),
    )
    totals = extension_months(terms)
    running = initial
    for n, total in enumerate(totals, start=1):
        running += step
        assert running == total == initial + n * step
        assert period_end(start, initial + n * step) == period_end(start, total)
    assert count == len(totals)


@given(DATES, st.integers(1, 600))
def test_a_period_ends_within_its_last_month(start: dt.date, months: int) -> None:
    """A period's last day is before its anniversary month ends, and never before its start."""
    end = period_end(start, months)
    anniversary = add_months(start, months)
    assert start <= end <= anniversary
    assert (anniversary.year, anniversary.month) >= (end.year, end.month)


def test_cli_prints_the_calendar_and_writes_ics(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``jpo calendar SLUG --start DATE --ics FILE`` prints the dates and writes the file."""
    target = tmp_path / "assignment.ics"
    argv = ["calendar", SEED, "--start", "2026-06-01", "--ics", str(target)]
    assert 0 == main([*argv, "--stamp", "2026-01-05T00:00Z"])
    out = capsys.readouterr().out
    assert "end of the initial appointment: 2027-05-31" in out
    assert "end if extended (2): 2029-05-31" in out
    assert "learning: 2026 JPO Orientation Programme: 2026-11-09 to 2026-11-27" in out
    assert target.read_text("utf-8").startswith("BEGIN:VCALENDAR")


def test_cli_calendar_refuses_a_bad_start(capsys: pytest.CaptureFixture[str]) -> None:
    """A start that is not a date gives an error line."""
    assert 1 == main(["calendar", SEED, "--start", "June"])
    assert "is not a date" in capsys.readouterr().err


def test_a_start_too_late_for_the_calendar_is_a_validation_error() -> None:
    """An assignment that would end after 9999-12-31 is refused, naming the start."""
    with pytest.raises(ValidationError) as caught:
        AssignmentCalendar.from_post(examples.load(SEED), start=dt.date(9999, 6, 1))
    assert ["start"] == [e.path for e in caught.value.errors]


def test_a_target_start_too_late_names_the_posts_field() -> None:
    """Without a start passed, the refusal points at the post's target start date."""
    post = attrs.evolve(
        examples.load(SEED), target_start=TargetStart(on=pendulum.date(9999, 12, 1))
    )
    with pytest.raises(ValidationError) as caught:
        AssignmentCalendar.from_post(post)
    assert ["target_start.on"] == [e.path for e in caught.value.errors]


@given(months=st.integers(min_value=-(10**30), max_value=10**30))
def test_adding_months_stays_in_the_calendar_or_is_refused(months: int) -> None:
    """Any count of months gives a date in years 1-9999, or a `ValidationError` beyond them."""
    day = dt.date(2026, 1, 31)
    if -(2025 * 12) <= months <= (9999 - 2026) * 12 + 11:
        assert 1 <= add_months(day, months).year <= 9999
        return
    with pytest.raises(ValidationError) as caught:
        add_months(day, months)
    assert ["months"] == [e.path for e in caught.value.errors]


@given(day=st.dates(min_value=dt.date(9990, 1, 1)), months=st.integers(1, 240))
@example(day=dt.date(9994, 1, 1), months=72)  # ends on 9999-12-31
@example(day=dt.date(9999, 12, 2), months=1)  # would end on 10000-01-01
def test_a_period_ends_on_the_calendars_last_day_or_is_refused(day: dt.date, months: int) -> None:
    """Near 9999 a period ends inside the calendar (9999-12-31 at the latest) or is refused."""
    months_left = (9999 - day.year) * 12 + 13 - day.month  # from day's month to 10000-01
    if months < months_left or (months == months_left and day.day == 1):
        assert period_end(day, months) <= dt.date.max
        return
    with pytest.raises(ValidationError):
        period_end(day, months)
