"""Closing deadlines as stated by an announcement.

A `Deadline` keeps what the text said (wall date, optional wall time, stated UTC offset or
abbreviation, place or IANA zone, and the original wording); resolving it to one binding
instant is a documented policy applied on top of these facts (`jpo_model.deadlines.policy`).

Every operation takes the moment it is asked about as an argument: nothing here reads the
clock.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Iterator
from typing import cast

import attrs
import pendulum

from jpo_model._model import Model, checks, in_range, problem, text, time_zone
from jpo_model.deadlines.policy import (
    DEFAULT_POLICY,
    DeadlinePolicy,
    DeadlineReading,
    DeadlineResolution,
    binding_instant,
    resolve,
)
from jpo_model.errors import ErrorDetail

__all__ = ["Deadline"]

_UTC = pendulum.UTC
_DateTime = pendulum.DateTime  # one global lookup on the hot path instead of two

# A datetime's pickle form: ``datetime.__reduce__`` gives its fields as ten bytes (fold
# excluded) and the constructor takes them back with a zone. Building a pendulum value so
# skips parsing eight arguments, which in CPython 3.11 costs more than the conversion
# itself: twice as fast (benchmarks/bench_deadlines.py). Typed here once, as typeshed
# types neither form.
_fields_of = cast(
    "Callable[[dt.datetime], tuple[object, tuple[bytes, ...]]]", dt.datetime.__reduce__
)
_from_fields = cast("Callable[[bytes, dt.tzinfo], pendulum.DateTime]", pendulum.DateTime)


# The instant of a deadline lies within a day of its date, and shown in any zone it moves by
# at most a day more: two days' margin keeps every conversion inside datetime's range.
_FIRST_DAY = dt.date.min + dt.timedelta(days=2)
_LAST_DAY = dt.date.max - dt.timedelta(days=2)


class _InstantMemo:
    """A slot that remembers a deadline's instant under the default policy.

    Resolving is pure, so a deadline may keep its result. A slot set to ``None`` at
    construction is read without the exception that an unset slot (what
    ``functools.cached_property`` relies on) costs on every first access; together with
    the stdlib arithmetic this keeps conversions near plain zoneinfo's speed
    (benchmarks/bench_deadlines.py).
    """

    __slots__ = ("_utc_memo",)
    _utc_memo: dt.datetime | None


# The slot's own setter: cheaper than object.__setattr__, which looks the name up first.
_set_utc_memo: Callable[[_InstantMemo, dt.datetime | None], None] = vars(_InstantMemo)[
    "_utc_memo"
].__set__


# cache_hash: resolutions under other policies are cached per deadline and policy.
@attrs.frozen(kw_only=True, cache_hash=True)
class Deadline(Model, _InstantMemo):
    """A closing deadline as the announcement wrote it.

    "10 March 2026, 6.00 pm (Eastern Standard Time UTC-5, New York USA)" is
    ``date=2026-03-10, time=18:00, utc_offset_minutes=-300, abbreviation="EST",
    zone="America/New_York", place="New York USA"``. A deadline without a time ("no later
    than 28 February 2023", "midnight") has ``time=None``: the end of that day.
    """

    date: pendulum.Date
    """The wall-clock date of the deadline."""
    time: pendulum.Time | None = None
    """The wall-clock time; ``None`` means the end of the day ("midnight", date only)."""
    utc_offset_minutes: int | None = attrs.field(
        default=None, metadata=checks(in_range(-14 * 60, 14 * 60))
    )
    """An explicitly stated UTC offset in minutes ("UTC-5": -300), if any."""
    abbreviation: str | None = attrs.field(default=None, metadata=checks(text))
    """A stated zone abbreviation such as ``EST`` or ``CET``, if any."""
    zone: str | None = attrs.field(default=None, metadata=checks(time_zone))
    """The IANA zone of the stated place ("New York" → ``America/New_York``), if any."""
    place: str | None = attrs.field(default=None, metadata=checks(text))
    """The place named with the time, as written ("New York USA", "Geneva")."""
    wording: str | None = attrs.field(default=None, metadata=checks(text))
    """The deadline exactly as the announcement wrote it."""

    def __attrs_post_init__(self) -> None:
        super().__attrs_post_init__()
        _set_utc_memo(self, None)

    def _invariants(self) -> Iterator[ErrorDetail]:
        if self.time is not None and self.time.tzinfo is not None:
            yield problem("must be a wall time without a zone", self.time.isoformat(), "time")
        if not _FIRST_DAY <= self.date <= _LAST_DAY:
            yield problem(
                f"must be between {_FIRST_DAY} and {_LAST_DAY}, so that its instant exists "
                "in every time zone",
                self.date.isoformat(),
                "date",
            )

    def resolve(self, policy: DeadlinePolicy = DEFAULT_POLICY) -> DeadlineResolution:
        """Resolve the deadline by a policy: the binding instant and the conflicting readings.

        Raises `DeadlineError` when nothing states a zone or offset, or when the stated wall
        time falls in a DST gap or fold that the policy does not settle.

        >>> from jpo_model import examples
        >>> examples.load("ohchr-25p153").deadline.resolve().basis
        <ReadingBasis.STATED_OFFSET: 'stated-offset'>
        """
        return _resolved(self, policy)

    @property
    def instant(self) -> pendulum.DateTime:
        """The binding instant in UTC under the default policy (resolved once per deadline).

        >>> from jpo_model import examples
        >>> examples.load("ohchr-25p153").deadline.instant.isoformat()
        '2026-03-10T23:00:00+00:00'
        """
        return _from_fields(_fields_of(self._utc)[1][0], _UTC)

    @property
    def _utc(self) -> dt.datetime:
        """The default policy's instant as a plain UTC datetime (conversions start from it)."""
        try:
            utc = self._utc_memo
        except AttributeError:  # a copied or unpickled deadline: attrs restores fields only
            utc = None
        if utc is None:
            utc = binding_instant(self, DEFAULT_POLICY)
            _set_utc_memo(self, utc)
        return utc

    @property
    def conflicts(self) -> tuple[DeadlineReading, ...]:
        """The other plausible readings under the default policy, each with its reason.

        >>> from jpo_model import examples
        >>> [c.reason for c in examples.load("ohchr-25p153").deadline.conflicts]
        ['EST (UTC-5) was stated, but New York observes EDT (UTC-4) on 2026-03-10']
        """
        return _resolved(self, DEFAULT_POLICY).conflicts

    def in_timezone(
        self, zone: str, *, policy: DeadlinePolicy = DEFAULT_POLICY
    ) -> pendulum.DateTime:
        """The binding instant on the wall clock of an IANA zone.

        >>> from jpo_model import examples
        >>> examples.load("ohchr-25p153").deadline.in_timezone("Europe/Zurich").isoformat()
        '2026-03-11T00:00:00+01:00'
        """
        tz = _pendulum_zone(zone)
        if policy is DEFAULT_POLICY:
            # The memo read inline (a property call costs more than the read itself).
            try:
                utc = self._utc_memo
            except AttributeError:  # a copied or unpickled deadline: attrs restores fields only
                utc = None
            if utc is None:
                utc = self._utc
        else:
            utc = _resolved_utc(self, policy)
        local = utc.astimezone(tz)
        if local.fold:
            return _pendulum(local, tz)
        return _from_fields(_fields_of(local)[1][0], tz)  # _pendulum inlined: the hot path

    def is_open(self, at: dt.datetime, *, policy: DeadlinePolicy = DEFAULT_POLICY) -> bool:
        """Whether applications are still accepted at an aware instant (the deadline excluded).

        >>> from jpo_model import examples
        >>> deadline = examples.load("ohchr-25p153").deadline
        >>> deadline.is_open(pendulum.datetime(2026, 3, 10, 22, 59))
        True
        >>> deadline.is_open(deadline.instant)
        False
        """
        return _aware(at) < _utc_under(self, policy)

    def time_left(
        self, at: dt.datetime, *, policy: DeadlinePolicy = DEFAULT_POLICY
    ) -> pendulum.Duration:
        """The time from an aware instant to the deadline; zero or negative once it has closed.

        >>> from jpo_model import examples
        >>> deadline = examples.load("ohchr-25p153").deadline
        >>> deadline.time_left(pendulum.datetime(2026, 3, 10, 20)).in_hours()
        3
        """
        delta = _utc_under(self, policy) - _aware(at)
        return pendulum.duration(
            days=delta.days, seconds=delta.seconds, microseconds=delta.microseconds
        )


def _aware(at: dt.datetime) -> dt.datetime:
    if at.tzinfo is None or at.utcoffset() is None:
        raise TypeError(f"at must be an aware date-time (with a zone or offset), not {at!r}")
    return at


# Resolution is pure and both keys are immutable, so it is computed once per deadline and
# policy; with the stdlib fast path this keeps conversions within 1.5x of zoneinfo doing
# the same work (see benchmarks/bench_deadlines.py).
@functools.lru_cache(maxsize=4096)
def _resolved(deadline: Deadline, policy: DeadlinePolicy) -> DeadlineResolution:
    return resolve(deadline, policy)


def _utc_under(deadline: Deadline, policy: DeadlinePolicy) -> dt.datetime:
    # Deadline._utc is private to the class; this module is its home too.
    return deadline._utc if policy is DEFAULT_POLICY else _resolved_utc(deadline, policy)  # noqa: SLF001


@functools.lru_cache(maxsize=4096)
def _resolved_utc(deadline: Deadline, policy: DeadlinePolicy) -> dt.datetime:
    """The binding instant as a plain UTC datetime (the fast path, without conflicts)."""
    return binding_instant(deadline, policy)


def _pendulum(
    local: dt.datetime, tz: pendulum.Timezone | pendulum.FixedTimezone
) -> pendulum.DateTime:
    """Wrap a plain datetime into pendulum at the edge (cheaper than pendulum's conversions)."""
    if local.fold:  # the pickle form leaves fold out; a keyword is slow, but folds are rare
        return _DateTime(
            local.year,
            local.month,
            local.day,
            local.hour,
            local.minute,
            local.second,
            local.microsecond,
            tz,
            fold=1,
        )
    return _from_fields(_fields_of(local)[1][0], tz)


# pendulum.timezone() re-reads its registry on every call; zones are immutable, so keep them.
@functools.cache
def _pendulum_zone(name: str) -> pendulum.Timezone | pendulum.FixedTimezone:
    return pendulum.timezone(name)
