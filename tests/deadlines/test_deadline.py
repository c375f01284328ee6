"""Closing deadlines: the binding instant, conflicts, DST gaps and folds, and ``jpo deadline``."""

from __future__ import annotations

import copy
import datetime as dt
import functools
import pickle
import zoneinfo

import pendulum
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from jpo_model import (
    Binding,
    Deadline,
    DeadlineError,
    DeadlinePolicy,
    DeadlineReading,
    ReadingBasis,
    ValidationError,
    WallTimeChoice,
    examples,
    from_dict,
    parse_deadline,
    to_dict,
)
from jpo_model.deadlines.policy import ABBREVIATION_OFFSETS
from jpo_model.strategies import deadlines

UTC = dt.UTC
SEED = "ohchr-25p153"
ZONES = sorted(zoneinfo.available_timezones() - {"Factory", "localtime"})


def _utc(  # noqa: PLR0913, PLR0917 - the parts of a date-time, as pendulum takes them
    year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0
) -> pendulum.DateTime:
    return pendulum.datetime(year, month, day, hour, minute, second, tz="UTC")


# --- the oracles of domain.md §2 ------------------------------------------------------------


def test_seed_002_binds_the_stated_offset() -> None:
    """Seed 002's deadline binds its stated UTC-5: 2026-03-10T23:00:00Z."""
    deadline = examples.load(SEED).deadline
    assert deadline is not None
    assert _utc(2026, 3, 10, 23) == deadline.instant


def test_seed_002_reports_the_new_york_wall_clock_reading() -> None:
    """Seed 002 reports New York's EDT wall clock reading, 22:00Z, with its reason."""
    deadline = examples.load(SEED).deadline
    assert deadline is not None
    expected = (
        DeadlineReading(
            instant=_utc(2026, 3, 10, 22),
            basis=ReadingBasis.ZONE_WALL_CLOCK,
            reason="EST (UTC-5) was stated, but New York observes EDT (UTC-4) on 2026-03-10",
        ),
    )
    assert expected == deadline.conflicts


def test_seed_002_restatement_resolves_to_the_same_instant() -> None:
    """The header's "10 March 2026 6pm EST" resolves to the same instant as the full text."""
    post = examples.load(SEED)
    assert post.deadline is not None
    assert post.deadline.instant == post.deadline_restatements[0].instant


def test_the_two_readings_fall_on_different_dates_in_geneva() -> None:
    """Read literally the deadline is 00:00 on 11 March in Geneva; on New York's clock 23:00."""
    deadline = examples.load(SEED).deadline
    assert deadline is not None
    zone_policy = DeadlinePolicy(binding=Binding.ZONE_WALL_CLOCK)
    literal = deadline.in_timezone("Europe/Zurich")
    new_york = deadline.in_timezone("Europe/Zurich", policy=zone_policy)
    assert ("2026-03-11T00:00:00+01:00", "2026-03-10T23:00:00+01:00") == (
        literal.isoformat(),
        new_york.isoformat(),
    )


def test_zone_policy_reports_the_literal_offset_as_the_conflict() -> None:
    """Under the zone wall-clock policy, the literal UTC-5 reading is the conflict."""
    deadline = examples.load(SEED).deadline
    assert deadline is not None
    resolution = deadline.resolve(DeadlinePolicy(binding=Binding.ZONE_WALL_CLOCK))
    assert (_utc(2026, 3, 10, 22), ReadingBasis.ZONE_WALL_CLOCK) == (
        resolution.instant,
        resolution.basis,
    )
    [conflict] = resolution.conflicts
    assert (_utc(2026, 3, 10, 23), ReadingBasis.STATED_OFFSET) == (
        conflict.instant,
        conflict.basis,
    )
    assert "takes EST (UTC-5) literally" in conflict.reason


def test_midnight_with_a_fixed_offset_is_the_end_of_the_day() -> None:
    """ "midnight (GMT-5)" on 28 February 2023 closes at 2023-03-01T05:00Z."""
    deadline = Deadline(date=pendulum.date(2023, 2, 28), utc_offset_minutes=-300)
    assert _utc(2023, 3, 1, 5) == deadline.instant


def test_midnight_geneva_time_is_the_end_of_the_day_on_the_zurich_clock() -> None:
    """ "midnight Geneva time" closes at the end of the day on Europe/Zurich's wall clock."""
    winter = Deadline(date=pendulum.date(2023, 2, 28), zone="Europe/Zurich")
    summer = Deadline(date=pendulum.date(2023, 6, 30), zone="Europe/Zurich")
    assert (_utc(2023, 2, 28, 23), _utc(2023, 6, 30, 22)) == (winter.instant, summer.instant)


def test_explicit_offset_in_the_duty_station_zone_agrees() -> None:
    """ "23:59 GMT+02:00 Central Africa Time (Maputo)": offset and zone agree, no conflict."""
    deadline = Deadline(
        date=pendulum.date(2023, 6, 14),
        time=pendulum.time(23, 59),
        utc_offset_minutes=120,
        abbreviation="CAT",
        zone="Africa/Maputo",
    )
    assert (_utc(2023, 6, 14, 21, 59), ()) == (deadline.instant, deadline.conflicts)


def test_italian_local_time_follows_the_rome_clock() -> None:
    """ "3 pm (Italian local time)" is Europe/Rome's wall clock, DST included."""
    deadline = Deadline(date=pendulum.date(2024, 4, 1), time=pendulum.time(15), zone="Europe/Rome")
    assert _utc(2024, 4, 1, 13) == deadline.instant


def test_an_abbreviation_that_disagrees_with_the_stated_offset_is_a_conflict() -> None:
    """ "CET UTC+2" binds UTC+2 and reports the CET (UTC+1) reading."""
    deadline = Deadline(
        date=pendulum.date(2026, 1, 10),
        time=pendulum.time(12),
        utc_offset_minutes=120,
        abbreviation="CET",
    )
    [conflict] = deadline.conflicts
    assert (_utc(2026, 1, 10, 10), _utc(2026, 1, 10, 11)) == (deadline.instant, conflict.instant)
    assert "CET (UTC+1) was named, but UTC+2 was stated" == conflict.reason


def test_a_deadline_without_any_zone_cannot_be_resolved() -> None:
    """A date without offset, known abbreviation or zone raises, naming what is missing."""
    with pytest.raises(DeadlineError, match="no UTC offset or time zone is stated"):
        _ = Deadline(date=pendulum.date(2023, 2, 28), abbreviation="IST").instant


# --- DST gaps and folds --------------------------------------------------------------------

GAP = Deadline(date=pendulum.date(2026, 3, 8), time=pendulum.time(2, 30), zone="America/New_York")
FOLD = Deadline(date=pendulum.date(2026, 11, 1), time=pendulum.time(1, 30), zone="America/New_York")


def test_a_wall_time_in_a_gap_raises_naming_both_candidates() -> None:
    """02:30 on 8 March 2026 does not exist in New York: the error names both instants."""
    with pytest.raises(DeadlineError) as caught:
        _ = GAP.instant
    message = str(caught.value)
    assert "does not exist" in message
    assert "2026-03-08T06:30:00Z" in message
    assert "2026-03-08T07:30:00Z" in message
    assert (_utc(2026, 3, 8, 6, 30), _utc(2026, 3, 8, 7, 30)) == caught.value.candidates


def test_a_wall_time_in_a_fold_raises_naming_both_candidates() -> None:
    """01:30 on 1 November 2026 occurs twice in New York: the error names both instants."""
    with pytest.raises(DeadlineError, match="occurs twice") as caught:
        _ = FOLD.instant
    assert (_utc(2026, 11, 1, 5, 30), _utc(2026, 11, 1, 6, 30)) == caught.value.candidates


@pytest.mark.parametrize(
    ("deadline", "choice", "expected"),
    [
        (GAP, WallTimeChoice.EARLIER, _utc(2026, 3, 8, 6, 30)),
        (GAP, WallTimeChoice.LATER, _utc(2026, 3, 8, 7, 30)),
        (FOLD, WallTimeChoice.EARLIER, _utc(2026, 11, 1, 5, 30)),
        (FOLD, WallTimeChoice.LATER, _utc(2026, 11, 1, 6, 30)),
    ],
)
def test_an_explicit_policy_picks_one_candidate_and_reports_the_other(
    deadline: Deadline, choice: WallTimeChoice, expected: pendulum.DateTime
) -> None:
    """An explicit gap or fold choice picks that instant; the other one is a conflict."""
    policy = DeadlinePolicy(gap=choice, fold=choice)
    resolution = deadline.resolve(policy)
    assert expected == resolution.instant
    assert expected == deadline.in_timezone("UTC", policy=policy)
    assert 1 == len(resolution.conflicts)


def test_a_stated_offset_binds_even_when_the_zone_reading_is_in_a_fold() -> None:
    """A stated offset binds; the zone's two fold readings become conflicts, nothing raises."""
    deadline = Deadline(date=FOLD.date, time=FOLD.time, zone=FOLD.zone, utc_offset_minutes=-300)
    resolution = deadline.resolve()
    assert _utc(2026, 11, 1, 6, 30) == resolution.instant
    assert (_utc(2026, 11, 1, 5, 30),) == tuple(c.instant for c in resolution.conflicts)


def test_the_end_of_a_day_that_starts_in_a_gap_is_never_ambiguous() -> None:
    """A date-only deadline before a midnight DST jump closes when the next day starts."""
    # Santiago moved its clocks from 00:00 to 01:00 on 2022-09-11 (the day starts at 01:00).
    deadline = Deadline(date=pendulum.date(2022, 9, 10), zone="America/Santiago")
    assert _utc(2022, 9, 11, 4) == deadline.instant


# --- queries --------------------------------------------------------------------------------


def test_is_open_until_the_instant_and_time_left_counts_down() -> None:
    """Open one second before the instant, closed at it; time left is then zero."""
    deadline = examples.load(SEED).deadline
    assert deadline is not None
    before = _utc(2026, 3, 10, 22, 59, 59)
    assert (True, False) == (deadline.is_open(before), deadline.is_open(deadline.instant))
    assert (1, 0) == (
        deadline.time_left(before).in_seconds(),
        deadline.time_left(deadline.instant).in_seconds(),
    )


def test_time_left_is_negative_once_closed() -> None:
    """A day after closing, the time left is minus one day, not an error."""
    deadline = examples.load(SEED).deadline
    assert deadline is not None
    assert -86400 == deadline.time_left(_utc(2026, 3, 11, 23)).total_seconds()


def test_a_naive_moment_is_refused() -> None:
    """Asking about a naive date-time is a misuse: no zone may be guessed."""
    deadline = examples.load(SEED).deadline
    assert deadline is not None
    with pytest.raises(TypeError, match="aware"):
        deadline.is_open(dt.datetime(2026, 3, 1))  # noqa: DTZ001 - the misuse under test


def test_copied_and_unpickled_deadlines_resolve_alike() -> None:
    """A copy or an unpickled deadline (its remembered instant not restored) resolves alike."""
    deadline = examples.load(SEED).deadline
    assert deadline is not None
    _ = deadline.instant
    twins = (copy.copy(deadline), copy.deepcopy(deadline), pickle.loads(pickle.dumps(deadline)))  # noqa: S301 - our own bytes
    assert [deadline.instant] * 3 == [t.instant for t in twins]
    assert [deadline] * 3 == list(twins)


def test_deadline_json_form_is_unchanged() -> None:
    """The deadline's document form round-trips and keeps its keys."""
    deadline = examples.load(SEED).deadline
    assert deadline is not None
    data = to_dict(deadline)
    assert {
        "schema_version",
        "date",
        "time",
        "utc_offset_minutes",
        "abbreviation",
        "zone",
        "place",
        "wording",
    } == set(data)
    assert deadline == from_dict(data, Deadline)


def test_policies_and_readings_round_trip_through_documents() -> None:
    """A policy and a reading serialize with to_dict/from_dict."""
    policy = DeadlinePolicy(binding=Binding.ZONE_WALL_CLOCK, gap=WallTimeChoice.LATER)
    deadline = examples.load(SEED).deadline
    assert deadline is not None
    reading = deadline.conflicts[0]
    assert policy == from_dict(to_dict(policy), DeadlinePolicy)
    assert reading == from_dict(to_dict(reading), DeadlineReading)


def test_a_date_out_of_range_is_a_validation_error() -> None:
    """A deadline on the last representable day is refused at construction, with its path."""
    with pytest.raises(ValidationError, match=r"^date: must be between"):
        Deadline(date=pendulum.date(9999, 12, 31), utc_offset_minutes=60)


# --- properties -----------------------------------------------------------------------------


def _naive(year: int, month: int, day: int, hour: int, minute: int = 0) -> dt.datetime:
    """A wall clock reading (no zone), as the differential test draws them."""
    return dt.datetime.combine(dt.date(year, month, day), dt.time(hour, minute))


@functools.cache
def _transition_days(zone: str, year: int) -> tuple[dt.date, ...]:
    """Days of a year on which the zone's UTC offset changes (scanning noon to noon)."""
    tz = zoneinfo.ZoneInfo(zone)
    days: list[dt.date] = []
    start = dt.datetime(year, 1, 1, 12, tzinfo=UTC)
    previous = start.astimezone(tz).utcoffset()
    for n in range(1, 366):
        moment = start + dt.timedelta(days=n)
        offset = moment.astimezone(tz).utcoffset()
        if offset != previous:
            days.extend({(moment - dt.timedelta(days=1)).date(), moment.date()})
        previous = offset
    return tuple(sorted(days))


@st.composite
def zoned_walls(draw: st.DrawFn) -> tuple[str, dt.datetime]:
    """A zone and a naive wall time between 1970 and 2037, often on a DST transition day."""
    zone = draw(st.sampled_from(ZONES))
    year = draw(st.integers(1970, 2037))
    transitions = _transition_days(zone, year)
    on_transition_day = draw(st.booleans())
    if transitions and on_transition_day:
        day = draw(st.sampled_from(transitions))
        minute = draw(st.integers(0, 24 * 60 - 1))
        wall = dt.datetime.combine(day, dt.time()) + dt.timedelta(minutes=minute)
        return zone, wall
    day = draw(st.dates(dt.date(year, 1, 1), dt.date(year, 12, 31)))
    moment = draw(st.times())
    return zone, dt.datetime.combine(day, moment.replace(microsecond=0))


def _oracle(zone: str, wall: dt.datetime) -> tuple[list[dt.datetime], list[dt.datetime]]:
    """Independently: the instants showing ``wall`` in ``zone``, and the gap's two readings.

    Only UTC-to-local conversion is used (never fold semantics): every offset the zone uses
    within two days either side is tried, and an instant counts if its local time is ``wall``.
    """
    tz = zoneinfo.ZoneInfo(zone)
    near = wall.replace(tzinfo=UTC)
    offsets = {(near + dt.timedelta(hours=h)).astimezone(tz).utcoffset() for h in range(-48, 49)}
    showing = sorted(
        (wall - o).replace(tzinfo=UTC)
        for o in offsets
        if o is not None
        and (wall - o).replace(tzinfo=UTC).astimezone(tz).replace(tzinfo=None) == wall
    )
    before = (near - dt.timedelta(days=1)).astimezone(tz).utcoffset()
    after = (near + dt.timedelta(days=1)).astimezone(tz).utcoffset()
    assert before is not None
    assert after is not None
    gap = sorted({(wall - before).replace(tzinfo=UTC), (wall - after).replace(tzinfo=UTC)})
    return showing, gap


@given(zoned_walls(), st.sampled_from([WallTimeChoice.EARLIER, WallTimeChoice.LATER]))
@example(("America/New_York", _naive(2026, 3, 8, 2, 30)), WallTimeChoice.EARLIER)
@example(("America/New_York", _naive(2026, 11, 1, 1, 30)), WallTimeChoice.LATER)
@example(("Pacific/Apia", _naive(2011, 12, 30, 12)), WallTimeChoice.LATER)  # a lost day
def test_zone_wall_clock_agrees_with_a_zoneinfo_oracle(
    zoned: tuple[str, dt.datetime], choice: WallTimeChoice
) -> None:
    """For any zone and wall time 1970-2037 the instant equals an independent zoneinfo oracle."""
    zone, wall = zoned
    deadline = Deadline(
        date=pendulum.date(wall.year, wall.month, wall.day),
        time=pendulum.time(wall.hour, wall.minute, wall.second),
        zone=zone,
    )
    showing, gap = _oracle(zone, wall)
    candidates = showing or gap
    expected = candidates[0] if choice is WallTimeChoice.EARLIER else candidates[-1]
    policy = DeadlinePolicy(gap=choice, fold=choice)
    assert expected == deadline.resolve(policy).instant  # the full resolution
    assert expected == deadline.in_timezone("UTC", policy=policy)  # the fast path
    if len(candidates) > 1:
        with pytest.raises(DeadlineError) as caught:
            deadline.resolve()
        assert tuple(candidates) == caught.value.candidates
    else:
        assert (expected, expected) == (deadline.resolve().instant, deadline.instant)


@given(
    st.sampled_from(ZONES),
    st.dates(dt.date(1970, 1, 1), dt.date(2037, 12, 31)),
)
def test_end_of_day_is_the_first_instant_of_the_next_day(zone: str, day: dt.date) -> None:
    """A date-only deadline closes at the first instant whose local date is the next day."""
    instant = Deadline(date=pendulum.date(day.year, day.month, day.day), zone=zone).instant
    tz = zoneinfo.ZoneInfo(zone)
    before = (instant - dt.timedelta(seconds=1)).astimezone(tz)
    assert (day + dt.timedelta(days=1), day) == (instant.astimezone(tz).date(), before.date())


@given(deadlines(abbreviation=st.none()), st.sampled_from(ZONES))
def test_in_timezone_converts_back_to_the_instant(deadline: Deadline, zone: str) -> None:
    """The wall time in any zone, converted back to UTC, is the binding instant."""
    try:
        instant = deadline.instant
    except DeadlineError:
        return  # no zone stated, or an unsettled gap/fold: nothing to convert
    wall = deadline.in_timezone(zone)
    assert instant == wall.in_timezone("UTC")
    assert zone == wall.timezone_name


def _fields(moment: dt.datetime) -> tuple[object, ...]:
    """What a pendulum value shows: its type, wall clock, fold, offset and zone name."""
    assert isinstance(moment, pendulum.DateTime)
    wall = (moment.year, moment.month, moment.day, moment.hour, moment.minute, moment.second)
    return type(moment), wall, moment.microsecond, moment.fold, moment.utcoffset(), moment.tz


@given(deadlines(abbreviation=st.none()), st.sampled_from(ZONES))
# 06:30 UTC on 1 November 2026 is the second 01:30 in New York (fold=1).
@example(
    Deadline(date=pendulum.date(2026, 11, 1), time=pendulum.time(6, 30), utc_offset_minutes=0),
    "America/New_York",
)
def test_instant_and_in_timezone_agree_with_pendulum_conversions(
    deadline: Deadline, zone: str
) -> None:
    """The pendulum values of the fast path equal pendulum's own conversions, fold included."""
    try:
        resolved = deadline.resolve().instant
    except DeadlineError:
        return  # no zone stated, or an unsettled gap/fold: nothing to convert
    assert _fields(resolved) == _fields(deadline.instant)
    assert _fields(resolved.in_timezone(zone)) == _fields(deadline.in_timezone(zone))


@given(
    deadlines(zone=st.sampled_from(ZONES), abbreviation=st.none()),
    st.integers(-(10**9), 10**9),
    st.integers(0, 10**9),
)
def test_is_open_is_monotone_and_time_left_adds_up(
    deadline: Deadline, seconds: int, later: int
) -> None:
    """Open at a moment means open at every earlier one; while open, at + time left = instant."""
    policy = DeadlinePolicy(gap=WallTimeChoice.LATER, fold=WallTimeChoice.EARLIER)
    instant = deadline.resolve(policy).instant
    first = instant + dt.timedelta(seconds=seconds)
    second = first + dt.timedelta(seconds=later)
    if deadline.is_open(second, policy=policy):
        assert deadline.is_open(first, policy=policy)
    if deadline.is_open(first, policy=policy):
        assert instant == first + deadline.time_left(first, policy=policy)
    else:
        assert deadline.time_left(first, policy=policy) <= dt.timedelta(0)


@given(deadlines(utc_offset_minutes=st.integers(-14 * 60, 14 * 60), abbreviation=st.none()))
def test_a_stated_offset_always_binds_by_default(deadline: Deadline) -> None:
    """Whatever zone is named, the default instant is the wall time minus the stated offset."""
    assert deadline.utc_offset_minutes is not None
    wall = dt.datetime.combine(deadline.date, deadline.time or dt.time())
    if deadline.time is None:
        wall += dt.timedelta(days=1)
    expected = (wall - dt.timedelta(minutes=deadline.utc_offset_minutes)).replace(tzinfo=UTC)
    assert expected == deadline.instant


@given(
    deadlines(
        abbreviation=st.none() | st.sampled_from(sorted(ABBREVIATION_OFFSETS)),
        zone=st.none() | st.sampled_from(ZONES),
    ),
    st.sampled_from(list(Binding)),
    st.sampled_from(list(WallTimeChoice)),
)
def test_resolution_gives_distinct_explained_readings_or_a_deadline_error(
    deadline: Deadline, binding: Binding, choice: WallTimeChoice
) -> None:
    """Any deadline resolves, or raises DeadlineError; each conflict differs and says why."""
    try:
        resolution = deadline.resolve(DeadlinePolicy(binding=binding, gap=choice, fold=choice))
    except DeadlineError:
        return
    instants = [c.instant for c in resolution.conflicts]
    assert resolution.instant not in instants
    assert len(set(instants)) == len(instants)
    assert all(c.reason for c in resolution.conflicts)


@pytest.mark.parametrize("day", [dt.date(1, 1, 1), dt.date(1, 1, 2), dt.date(9999, 12, 30)])
def test_a_date_whose_instant_could_leave_the_calendar_is_refused(day: dt.date) -> None:
    """Years 1 and 9999 edges: refused at construction, never an OverflowError later."""
    with pytest.raises(ValidationError, match="so that its instant exists in every time zone"):
        Deadline(date=pendulum.Date(day.year, day.month, day.day), utc_offset_minutes=0)


@pytest.mark.parametrize("zone", ["Pacific/Kiritimati", "Etc/GMT+12", "America/Adak"])
def test_the_last_allowed_day_converts_to_every_extreme_zone(zone: str) -> None:
    """9999-12-29 at 23:00 UTC still shows in UTC+14 and UTC-12."""
    deadline = Deadline(
        date=pendulum.Date(9999, 12, 29), time=pendulum.Time(23), utc_offset_minutes=0
    )
    assert deadline.in_timezone(zone).year == 9999
    with pytest.raises(ValidationError):
        parse_deadline("31 December 9999, 11 pm UTC")
