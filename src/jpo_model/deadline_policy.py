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
import functools
import zoneinfo
from collections.abc import Iterator, Mapping

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
    "WallTimeChoice",
    "resolve",
]

_UTC = dt.UTC
_ONE_DAY = dt.timedelta(days=1)

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


@attrs.frozen(kw_only=True)
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
    reason: str = ""


def resolve(
    *,
    date: dt.date,
    time: dt.time | None,
    utc_offset_minutes: int | None,
    abbreviation: str | None,
    zone: str | None,
    policy: DeadlinePolicy = DEFAULT_POLICY,
) -> DeadlineResolution:
    """Resolve what a deadline states to one binding instant and its conflicting readings.

    `Deadline.resolve` is the usual entry point; this function takes the stated parts.

    >>> import datetime as dt
    >>> r = resolve(date=dt.date(2026, 3, 10), time=dt.time(18), utc_offset_minutes=-300,
    ...             abbreviation="EST", zone="America/New_York")
    >>> r.instant.isoformat(), r.conflicts[0].instant.isoformat()
    ('2026-03-10T23:00:00+00:00', '2026-03-10T22:00:00+00:00')
    """
    fixed = list(_fixed_readings(date, time, utc_offset_minutes, abbreviation))
    zoned = _zone_readings(date, time, zone, fixed[0] if fixed else None)
    if not fixed and not zoned.readings:
        raise DeadlineError.for_missing_zone(abbreviation)
    if fixed and (policy.binding is Binding.STATED_OFFSET or zone is None):
        binding = fixed[0]
    else:
        binding = zoned.choose(policy)
    others = [r for r in (*fixed, *zoned.readings) if r.instant != binding.instant]
    conflicts: dict[dt.datetime, _Reading] = {}
    for reading in others:
        conflicts.setdefault(reading.instant, reading)
    return DeadlineResolution(
        instant=_pendulum_utc(binding.instant),
        basis=binding.basis,
        conflicts=tuple(
            DeadlineReading(
                instant=_pendulum_utc(r.instant),
                basis=r.basis,
                reason=r.reason or _agreement(binding, r),
            )
            for r in conflicts.values()
        ),
    )


def _fixed_readings(
    date: dt.date, time: dt.time | None, offset: int | None, abbreviation: str | None
) -> Iterator[_Reading]:
    """The fixed-offset readings, the numeric offset first (it binds over an abbreviation)."""
    abbreviated = ABBREVIATION_OFFSETS.get(abbreviation) if abbreviation else None
    if offset is not None:
        yield _Reading(_at_offset(date, time, offset), ReadingBasis.STATED_OFFSET)
    if abbreviated is not None and abbreviated != offset:
        reason = ""
        if offset is not None:
            reason = (
                f"{abbreviation} ({offset_label(abbreviated)}) was named, "
                f"but {offset_label(offset)} was stated"
            )
        yield _Reading(_at_offset(date, time, abbreviated), ReadingBasis.ABBREVIATION, reason)


def _at_offset(date: dt.date, time: dt.time | None, offset: int) -> dt.datetime:
    wall = _wall(date, time)
    return (wall - dt.timedelta(minutes=offset)).replace(tzinfo=_UTC)


def _wall(date: dt.date, time: dt.time | None) -> dt.datetime:
    """The naive wall clock of the deadline; no time means the start of the next day."""
    if time is None:
        return dt.datetime(date.year, date.month, date.day) + _ONE_DAY
    return dt.datetime(
        date.year, date.month, date.day, time.hour, time.minute, time.second, time.microsecond
    )


@attrs.frozen
class _ZoneReadings:
    """The zone wall-clock reading(s): one, or two around a DST gap or fold."""

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
        raise DeadlineError(self.message, candidates=tuple(r.instant for r in self.readings))


def _zone_readings(
    date: dt.date, time: dt.time | None, zone: str | None, stated: _Reading | None
) -> _ZoneReadings:
    if zone is None:
        return _ZoneReadings(())
    tz = _zone(zone)
    wall = _wall(date, time)
    first = wall.replace(tzinfo=tz)
    second = wall.replace(tzinfo=tz, fold=1)
    offset, other = first.utcoffset(), second.utcoffset()
    if offset is None or other is None:  # pragma: no cover - a ZoneInfo always has an offset
        raise AssertionError(zone)
    # The first instant of a day is always taken (fold=0 gives it in a gap and in a fold).
    if offset == other or time is None:
        instant = (wall - offset).replace(tzinfo=_UTC)
        return _ZoneReadings((_zone_reading(instant, zone, stated, date),))
    candidates = sorted({(wall - offset).replace(tzinfo=_UTC), (wall - other).replace(tzinfo=_UTC)})
    in_fold = all(c.astimezone(tz).replace(tzinfo=None) == wall for c in candidates)
    kind = "fold" if in_fold else "gap"
    what = "occurs twice" if in_fold else "does not exist"
    label = f"{wall:%H:%M} on {date.isoformat()} {what} in {zone}"
    readings = (
        _Reading(candidates[0], ReadingBasis.ZONE_WALL_CLOCK, f"{label}; the earlier reading"),
        _Reading(candidates[1], ReadingBasis.ZONE_WALL_CLOCK, f"{label}; the later reading"),
    )
    message = (
        f"{label}: it could mean {_iso(candidates[0])} or {_iso(candidates[1])}; "
        f"choose one with DeadlinePolicy({kind}=WallTimeChoice.EARLIER or LATER)"
    )
    return _ZoneReadings(readings, kind, message)


def _zone_reading(
    instant: dt.datetime, zone: str, stated: _Reading | None, date: dt.date
) -> _Reading:
    """The zone reading, with the reason it disagrees with the stated offset (if it does)."""
    reason = ""
    if stated is not None and stated.instant != instant:
        local = instant.astimezone(_zone(zone))
        minutes = _minutes(local.utcoffset())
        observed = offset_label(minutes)
        name = local.tzname()
        if name and name[0].isalpha() and name not in ("UTC", "GMT"):
            observed = f"{name} ({observed})"
        reason = (
            f"{_stated_label(stated)} was stated, but {zone_label(zone)} observes {observed} "
            f"on {date.isoformat()}"
        )
    return _Reading(instant, ReadingBasis.ZONE_WALL_CLOCK, reason)


def _stated_label(reading: _Reading) -> str:
    return reading.reason or "the offset"  # replaced below; kept simple for the common case


def _agreement(binding: _Reading, reading: _Reading) -> str:
    return f"read by its {reading.basis.value}, the deadline is {_iso(reading.instant)}"


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


@functools.cache
def _zone(name: str) -> zoneinfo.ZoneInfo:
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
