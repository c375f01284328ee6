"""How a stated deadline becomes one binding instant: the policy and its readings.

An announcement may state a wall time with a UTC offset, a zone abbreviation, a place (an
IANA zone), or several of these; they can disagree. Seed 002 says "6.00 pm (Eastern
Standard Time UTC-5, New York USA)" for 10 March 2026, when New York already observes EDT
(UTC-4): read literally the deadline is 23:00 UTC, on the New York wall clock it is 22:00
UTC. A `DeadlinePolicy` says which reading binds; every other plausible reading is kept as
a conflict with a plain-language reason, so that a tool can warn a candidate.

The default policy:

- an explicitly stated UTC offset binds; a known zone abbreviation ("EST", "CET") states
  its fixed offset too (a numeric offset wins over an abbreviation that disagrees);
- otherwise the wall clock of the stated zone binds;
- a date without a time ("midnight", "no later than 28 February 2023") means the end of
  that day, i.e. the first instant of the next day, which is never ambiguous;
- a wall time that does not exist (a DST gap) or exists twice (a fold) in its zone raises
  `DeadlineError` naming both candidate instants, unless the policy picks one.

The arithmetic runs on the standard library's ``datetime`` and ``zoneinfo`` (fast, and the
same tz database pendulum uses); pendulum values are built at the edge.
"""

from __future__ import annotations

import datetime as dt
import enum
import zoneinfo
from collections.abc import Iterator, Mapping
from typing import Protocol

import attrs
import pendulum

from jpo_model._model import Model, checks, text
from jpo_model.errors import DeadlineError

__all__ = [
    "ABBREVIATION_OFFSETS",
    "DEFAULT_POLICY",
    "Binding",
    "DeadlinePolicy",
    "DeadlineReading",
    "DeadlineResolution",
    "ReadingBasis",
    "StatedDeadline",
    "WallTimeChoice",
    "binding_instant",
    "resolve",
]

_UTC = dt.UTC
_ONE_DAY = dt.timedelta(days=1)
_MIDNIGHT = dt.time()
_FIRST_CHECKED_YEAR = 1970
# Bound once for binding_instant, the hot path (a global lookup instead of two or three).
_combine = dt.datetime.combine
_timedelta = dt.timedelta
_ZoneInfo = zoneinfo.ZoneInfo

# Abbreviations that name one fixed offset wherever they are used (minutes east of UTC).
# Ambiguous ones are left out on purpose: IST (India, Israel, Ireland), BST (British Summer,
# Bangladesh), AST (Atlantic, Arabia), CST (US Central, China, Cuba), GST (Gulf, South
# Georgia); a text using them needs an offset or a place.
ABBREVIATION_OFFSETS: Mapping[str, int] = {
    "UTC": 0,
    "GMT": 0,
    "WET": 0,
    "WEST": 60,
    "CET": 60,
    "CEST": 120,
    "WAT": 60,
    "CAT": 120,
    "SAST": 120,
    "EET": 120,
    "EEST": 180,
    "EAT": 180,
    "MSK": 180,
    "PKT": 300,
    "NPT": 345,
    "ICT": 420,
    "HKT": 480,
    "SGT": 480,
    "JST": 540,
    "KST": 540,
    "AEST": 600,
    "AEDT": 660,
    "NZST": 720,
    "NZDT": 780,
    "BRT": -180,
    "ART": -180,
    "EDT": -240,
    "EST": -300,
    "CDT": -300,
    "MDT": -360,
    "MST": -420,
    "PDT": -420,
    "PST": -480,
    "AKDT": -480,
    "AKST": -540,
    "HST": -600,
}
"""Zone abbreviations read as a fixed UTC offset, in minutes (``EST`` → -300)."""


class Binding(enum.Enum):
    """Which statement binds when a stated offset and a stated zone disagree."""

    STATED_OFFSET = "stated-offset"
    """The stated UTC offset (or fixed-offset abbreviation) binds; the zone is a conflict."""
    ZONE_WALL_CLOCK = "zone-wall-clock"
    """The wall clock of the stated zone binds; the stated offset is a conflict."""


class WallTimeChoice(enum.Enum):
    """What to do with a wall time that does not exist (gap) or exists twice (fold)."""

    RAISE = "raise"
    """Refuse: raise `DeadlineError` naming both candidate instants."""
    EARLIER = "earlier"
    """Take the earlier of the two candidate instants."""
    LATER = "later"
    """Take the later of the two candidate instants."""


class ReadingBasis(enum.Enum):
    """What a reading of a deadline rests on."""

    STATED_OFFSET = "stated-offset"
    """The numeric UTC offset the text states ("UTC-5")."""
    ABBREVIATION = "abbreviation"
    """The fixed offset of a stated abbreviation ("EST" → UTC-5)."""
    ZONE_WALL_CLOCK = "zone-wall-clock"
    """The wall clock of the stated place's IANA zone."""


@attrs.frozen(kw_only=True, cache_hash=True)
class DeadlinePolicy(Model):
    """The documented rule turning what a deadline states into one binding instant.

    >>> DeadlinePolicy().binding
    <Binding.STATED_OFFSET: 'stated-offset'>
    >>> DeadlinePolicy(gap=WallTimeChoice.LATER).fold
    <WallTimeChoice.RAISE: 'raise'>
    """

    binding: Binding = Binding.STATED_OFFSET
    """Which statement binds when both an offset and a zone are stated."""
    gap: WallTimeChoice = WallTimeChoice.RAISE
    """How a stated wall time that the zone skips (spring forward) is resolved."""
    fold: WallTimeChoice = WallTimeChoice.RAISE
    """How a stated wall time that the zone repeats (fall back) is resolved."""


_OFFSET_BINDS = Binding.STATED_OFFSET

DEFAULT_POLICY = DeadlinePolicy()
"""The default policy: stated offset binds; DST gaps and folds raise."""


@attrs.frozen(kw_only=True)
class DeadlineReading(Model):
    """One plausible reading of a deadline: its instant, what it rests on, and why."""

    instant: pendulum.DateTime
    """The instant this reading gives, in UTC."""
    basis: ReadingBasis
    """What the reading rests on."""
    reason: str = attrs.field(metadata=checks(text))
    """Why this reading is plausible, in plain language."""


@attrs.frozen(kw_only=True)
class DeadlineResolution(Model):
    """A deadline resolved by a policy: the binding instant and the other readings."""

    instant: pendulum.DateTime
    """The binding instant, in UTC."""
    basis: ReadingBasis
    """What the binding reading rests on."""
    conflicts: tuple[DeadlineReading, ...] = ()
    """Other plausible readings that give a different instant."""


@attrs.frozen
class _Reading:
    """A reading while it is computed (stdlib UTC datetime; built into pendulum at the end)."""

    instant: dt.datetime
    basis: ReadingBasis
    label: str = ""
    """How the text stated it, for messages ("EST (UTC-5)")."""
    reason: str = ""


class StatedDeadline(Protocol):
    """What a stated deadline gives a policy to read; `jpo_model.Deadline` is one.

    A protocol rather than the class, so that the policy sits below the value type that
    uses it (`Deadline.resolve` calls `resolve(self, policy)`).
    """

    @property
    def date(self) -> dt.date:
        """The stated day."""

    @property
    def time(self) -> dt.time | None:
        """The stated wall time; ``None``: the end of the day."""

    @property
    def utc_offset_minutes(self) -> int | None:
        """A stated UTC offset, in minutes."""

    @property
    def abbreviation(self) -> str | None:
        """A stated zone abbreviation (EST)."""

    @property
    def zone(self) -> str | None:
        """The IANA zone of the named place."""


def resolve(
    deadline: StatedDeadline, policy: DeadlinePolicy = DEFAULT_POLICY
) -> DeadlineResolution:
    """Resolve what a deadline states to one binding instant and its conflicting readings.

    `Deadline.resolve` is the usual entry point.

    >>> import datetime as dt
    >>> from jpo_model import Deadline
    >>> stated = Deadline(date=dt.date(2026, 3, 10), time=dt.time(18), utc_offset_minutes=-300,
    ...                   abbreviation="EST", zone="America/New_York")
    >>> r = resolve(stated)
    >>> r.instant.isoformat(), r.conflicts[0].instant.isoformat()
    ('2026-03-10T23:00:00+00:00', '2026-03-10T22:00:00+00:00')
    >>> r.conflicts[0].reason
    'EST (UTC-5) was stated, but New York observes EDT (UTC-4) on 2026-03-10'
    """
    date, time, zone = deadline.date, deadline.time, deadline.zone
    utc_offset_minutes, abbreviation = deadline.utc_offset_minutes, deadline.abbreviation
    try:
        fixed = tuple(_fixed_readings(date, time, utc_offset_minutes, abbreviation))
        zoned = _zone_readings(date, time, zone)
    except OverflowError:
        raise DeadlineError(f"{date.isoformat()} is out of range for an instant") from None
    if not fixed and not zoned.readings:
        raise DeadlineError.for_missing_zone(abbreviation)
    if fixed and (policy.binding is Binding.STATED_OFFSET or not zoned.readings):
        binding = fixed[0]
        others = fixed[1:] + tuple(_explained(r, fixed[0], zone, date) for r in zoned.readings)
    else:
        binding = zoned.choose(policy)
        others = tuple(r for r in zoned.readings if r is not binding) + tuple(
            _literal(r, binding, zone, date) for r in fixed
        )
    conflicts: dict[dt.datetime, _Reading] = {}
    for reading in others:
        if reading.instant != binding.instant:
            conflicts.setdefault(reading.instant, reading)
    return DeadlineResolution(
        instant=_pendulum_utc(binding.instant),
        basis=binding.basis,
        conflicts=tuple(
            DeadlineReading(instant=_pendulum_utc(r.instant), basis=r.basis, reason=r.reason)
            for r in conflicts.values()
        ),
    )


def binding_instant(
    deadline: StatedDeadline, policy: DeadlinePolicy = DEFAULT_POLICY
) -> dt.datetime:
    """The binding instant alone, as a standard-library UTC datetime: `resolve`'s fast path.

    It skips the conflicting readings and their messages, so converting many deadlines
    costs little more than the arithmetic; any case that needs a message (a gap or fold to
    refuse, a missing zone) is handed to `resolve`, which raises it.

    >>> import datetime as dt
    >>> from jpo_model import Deadline
    >>> stated = Deadline(date=dt.date(2026, 3, 10), time=dt.time(18), abbreviation="EST")
    >>> binding_instant(stated).isoformat()
    '2026-03-10T23:00:00+00:00'
    """
    # One frame, positional calls and module-level names: this is the hot path of
    # conversions, and in CPython 3.11 a keyword argument to a datetime method
    # (replace(tzinfo=...), timedelta(minutes=...)) costs more than the arithmetic itself.
    date, time, zone = deadline.date, deadline.time, deadline.zone
    offset = deadline.utc_offset_minutes
    if offset is None:
        abbreviation = deadline.abbreviation
        if abbreviation is not None:
            offset = ABBREVIATION_OFFSETS.get(abbreviation)
    try:
        # The wall clock, labelled UTC so that subtracting an offset yields the instant.
        if time is None:
            wall = _combine(date, _MIDNIGHT, _UTC) + _ONE_DAY
        else:
            wall = _combine(date, time, _UTC)
        if offset is not None and (zone is None or policy.binding is _OFFSET_BINDS):
            return wall - _timedelta(0, offset * 60)
        if zone is not None:
            tz = _ZoneInfo(zone)  # ZoneInfo keeps its own cache of zones by name
            first = tz.utcoffset(wall)  # ZoneInfo reads the wall fields, not their label
            if first is not None and (time is None or _unique(tz, wall, first)):
                return wall - first
    except OverflowError:
        pass  # resolve() raises it as a DeadlineError
    utc = resolve(deadline, policy).instant
    return _combine(utc.date(), utc.time(), _UTC)


def _unique(tz: zoneinfo.ZoneInfo, wall: dt.datetime, offset: dt.timedelta) -> bool:
    """Whether a wall time occurs exactly once in a zone (no DST gap or fold around it).

    The cheap test: the same offset a day before and a day after. No zone changed its
    offset twice within two days between 1970 and 2037 (the closest pair in tzdata 2024 is
    6.9 days apart, America/Cambridge_Bay 2000), nor do the rules after 2037; earlier
    dates, and walls near a transition, take the exact test with ``fold=1``.
    """
    if (
        wall.year >= _FIRST_CHECKED_YEAR
        and tz.utcoffset(wall - _ONE_DAY) == offset
        and tz.utcoffset(wall + _ONE_DAY) == offset
    ):
        return True
    return tz.utcoffset(wall.replace(fold=1)) == offset


def _fixed_readings(
    date: dt.date, time: dt.time | None, offset: int | None, abbreviation: str | None
) -> Iterator[_Reading]:
    """The fixed-offset readings, the numeric offset first (it binds over an abbreviation)."""
    abbreviated = ABBREVIATION_OFFSETS.get(abbreviation) if abbreviation else None
    if offset is not None:
        label = offset_label(offset)
        if abbreviated == offset:
            label = f"{abbreviation} ({label})"
        yield _Reading(_at_offset(date, time, offset), ReadingBasis.STATED_OFFSET, label)
    if abbreviated is not None and abbreviated != offset:
        label = f"{abbreviation} ({offset_label(abbreviated)})"
        reason = ""
        if offset is not None:
            reason = f"{label} was named, but {offset_label(offset)} was stated"
        instant = _at_offset(date, time, abbreviated)
        yield _Reading(instant, ReadingBasis.ABBREVIATION, label, reason)


def _at_offset(date: dt.date, time: dt.time | None, offset: int) -> dt.datetime:
    wall = _wall(date, time)
    return (wall - dt.timedelta(minutes=offset)).replace(tzinfo=_UTC)


def _wall(date: dt.date, time: dt.time | None) -> dt.datetime:
    """The naive wall clock of the deadline; no time means the start of the next day."""
    if time is None:
        return dt.datetime.combine(date, _MIDNIGHT) + _ONE_DAY
    return dt.datetime.combine(date, time)


@attrs.frozen
class _ZoneReadings:
    """The zone wall-clock reading(s): none, one, or two around a DST gap or fold."""

    readings: tuple[_Reading, ...]
    transition: str = ""
    """``"gap"`` or ``"fold"`` when there are two readings."""
    message: str = ""

    def choose(self, policy: DeadlinePolicy) -> _Reading:
        if len(self.readings) == 1:
            return self.readings[0]
        choice = policy.gap if self.transition == "gap" else policy.fold
        if choice is WallTimeChoice.EARLIER:
            return self.readings[0]
        if choice is WallTimeChoice.LATER:
            return self.readings[1]
        candidates = tuple(_pendulum_utc(r.instant) for r in self.readings)
        raise DeadlineError(self.message, candidates=candidates)


def _zone_readings(date: dt.date, time: dt.time | None, zone: str | None) -> _ZoneReadings:
    if zone is None:
        return _ZoneReadings(())
    tz = _zone(zone)
    wall = _wall(date, time)
    offset = wall.replace(tzinfo=tz).utcoffset()
    other = wall.replace(tzinfo=tz, fold=1).utcoffset()
    if offset is None or other is None:  # pragma: no cover - a ZoneInfo always has an offset
        raise AssertionError(zone)
    # The start of a day is its first instant: fold=0 gives it both in a gap and in a fold.
    if offset == other or time is None:
        instant = (wall - offset).replace(tzinfo=_UTC)
        return _ZoneReadings((_Reading(instant, ReadingBasis.ZONE_WALL_CLOCK),))
    earlier, later = sorted((wall - offset, wall - other))
    earlier, later = earlier.replace(tzinfo=_UTC), later.replace(tzinfo=_UTC)
    in_fold = earlier.astimezone(tz).replace(tzinfo=None) == wall
    kind = "fold" if in_fold else "gap"
    what = "occurs twice" if in_fold else "does not exist"
    label = f"{wall:%H:%M} on {date.isoformat()} {what} in {zone}"
    readings = (
        _Reading(earlier, ReadingBasis.ZONE_WALL_CLOCK, zone, f"{label}; the earlier reading"),
        _Reading(later, ReadingBasis.ZONE_WALL_CLOCK, zone, f"{label}; the later reading"),
    )
    message = (
        f"{label}: it could mean {_iso(earlier)} or {_iso(later)}; "
        f"choose one with DeadlinePolicy({kind}=WallTimeChoice.EARLIER or LATER)"
    )
    return _ZoneReadings(readings, kind, message)


def _observed(zone: str, instant: dt.datetime) -> str:
    """What the zone observes at an instant: ``EDT (UTC-4)``, or ``UTC+3`` for numeric names."""
    local = instant.astimezone(_zone(zone))
    observed = offset_label(_minutes(local.utcoffset()))
    name = local.tzname()
    if name and name[0].isalpha() and name not in ("UTC", "GMT"):
        observed = f"{name} ({observed})"
    return observed


def _explained(zoned: _Reading, stated: _Reading, zone: str | None, date: dt.date) -> _Reading:
    """A zone reading that lost to a stated offset, with the reason it differs."""
    if zoned.reason or zone is None:
        return zoned
    reason = (
        f"{stated.label} was stated, but {zone_label(zone)} observes "
        f"{_observed(zone, zoned.instant)} on {date.isoformat()}"
    )
    return attrs.evolve(zoned, reason=reason)


def _literal(stated: _Reading, zoned: _Reading, zone: str | None, date: dt.date) -> _Reading:
    """A stated-offset reading that lost to the zone's wall clock, with the reason it differs."""
    if zone is None:  # pragma: no cover - the zone binds only when there is one
        raise AssertionError(stated)
    reason = (
        f"{stated.label} was stated, but {zone_label(zone)} observes "
        f"{_observed(zone, zoned.instant)} on {date.isoformat()}; this reading takes "
        f"{stated.label} literally"
    )
    return attrs.evolve(stated, reason=reason)


def _minutes(delta: dt.timedelta | None) -> int:
    return 0 if delta is None else int(delta.total_seconds()) // 60


def offset_label(minutes: int) -> str:
    """Write an offset in minutes as announcements do: ``UTC-5``, ``UTC+5:30``, ``UTC``.

    >>> offset_label(-300), offset_label(330), offset_label(0)
    ('UTC-5', 'UTC+5:30', 'UTC')
    """
    if minutes == 0:
        return "UTC"
    sign = "+" if minutes > 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours}" + (f":{rest:02d}" if rest else "")


def zone_label(zone: str) -> str:
    """The city an IANA zone is named after, for messages (``America/New_York`` → New York).

    >>> zone_label("America/New_York")
    'New York'
    """
    return zone.rsplit("/", 1)[-1].replace("_", " ")


def _iso(instant: dt.datetime) -> str:
    return instant.strftime("%Y-%m-%dT%H:%M:%SZ")


def _zone(name: str) -> zoneinfo.ZoneInfo:
    # ZoneInfo keeps its own cache of zones by name; no second cache is needed here.
    return zoneinfo.ZoneInfo(name)


def _pendulum_utc(instant: dt.datetime) -> pendulum.DateTime:
    return pendulum.DateTime(
        instant.year,
        instant.month,
        instant.day,
        instant.hour,
        instant.minute,
        instant.second,
        instant.microsecond,
        tzinfo=pendulum.UTC,
    )
