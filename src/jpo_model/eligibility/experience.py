"""Counting work experience: weights per kind, part time, overlaps, and what a year is.

The arithmetic behind the experience findings of `jpo_model.eligibility.assessment`, kept apart so
the rules can be read (and tested) on their own. Everything is integer arithmetic on day
ordinals (`datetime.date.toordinal`), because screening calls it for every candidate.

Conventions (each a documented choice, as the sources are silent):

- A period runs from its first to its last day, both included; an ongoing period, and any
  period, is counted up to the assessment day ``on`` included.
- A day counts at its *weight*: the kind's percentage (internships at 50 %) times the
  share of full time (half time: 50 %), both to 0.01 %. A weight that applies "if
  relevant" gives 0 to experience judged not relevant, and where only paid experience
  counts, unpaid periods weigh 0 (periods of unstated pay count only in the high count, as
  periods of unknown relevance do). Where periods overlap, each day counts once, at the
  highest weight of the periods covering it.
- A minimum of N years is met by N x 365 counted days: the shortest N calendar years, so a
  single unbroken full-time period of exactly N calendar years always meets it.
- A ceiling of M months is exceeded by more days than the longest M calendar months
  (12 months: 366 days), so exactly one calendar year never exceeds "1 year".
- Durations are reported as years and months of 365 / 12 days, with the exact days beside.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from decimal import Decimal

import attrs

from jpo_model.eligibility.candidate import ExperiencePeriod, Relevance
from jpo_model.qualifications import ExperienceCounting, ExperienceKind

__all__ = [
    "UNITS_PER_DAY",
    "ExperienceTally",
    "Share",
    "days_number",
    "duration_text",
    "longest_days_in_months",
    "shortest_days_in_years",
    "union_days",
]

_BASIS = 10_000
"""A percentage to 0.01 %: 100 % is 10,000."""
UNITS_PER_DAY = _BASIS * _BASIS
"""One full-time day at 100 %, in the integer units experience is counted in."""
_KIND_ORDER = {kind: i for i, kind in enumerate(ExperienceKind)}


def _basis_points(percent: Decimal) -> int:
    return int(percent * 100)


def shortest_days_in_years(years: int) -> int:
    """The fewest days that N calendar years can hold (365 each): what "N years" needs.

    >>> shortest_days_in_years(2)
    730
    """
    return 365 * years


@functools.cache
def longest_days_in_months(months: int) -> int:
    """The most days that M consecutive calendar months can hold: what "M months" allows.

    >>> longest_days_in_months(12), longest_days_in_months(6), longest_days_in_months(1)
    (366, 184, 31)
    """
    longest = 0
    # Spans starting on the first of a month are the longest; 2000-2003 holds every pattern
    # of month lengths and leap years that spans of any length meet.
    for year in range(2000, 2004):
        for month in range(1, 13):
            start = date(year, month, 1)
            end_year, end_month = divmod(month - 1 + months, 12)
            end = date(year + end_year, end_month + 1, 1)
            longest = max(longest, end.toordinal() - start.toordinal())
    return longest


def union_days(spans: Iterable[tuple[int, int]]) -> int:
    """Days covered by half-open ordinal spans ``[start, end)``, each day counted once.

    >>> union_days([(0, 10), (5, 15), (20, 21)])
    16
    """
    total = 0
    reach = None
    for start, end in sorted(spans):
        if reach is None or start >= reach:
            total += end - start
            reach = end
        elif end > reach:
            total += end - reach
            reach = end
    return total


def duration_text(units: int) -> str:
    """Counted units as years and months of 365 / 12 days, e.g. "2 years 4 months".

    >>> duration_text(730 * UNITS_PER_DAY), duration_text(45 * UNITS_PER_DAY)
    ('2 years', '1 month')
    """
    months = units * 12 // (365 * UNITS_PER_DAY)
    if months == 0:
        days = days_number(units)
        return f"{days} day" if days == 1 else f"{days} days"
    years, months = divmod(months, 12)
    parts = []
    if years:
        parts.append(f"{years} year" if years == 1 else f"{years} years")
    if months:
        parts.append(f"{months} month" if months == 1 else f"{months} months")
    return " ".join(parts)


def days_number(units: int) -> Decimal:
    """Counted units as a number of full-time days (a Decimal: half days are possible)."""
    whole, part = divmod(units, UNITS_PER_DAY)
    if not part:
        return Decimal(whole)  # the common case, without a Decimal division
    return (Decimal(units) / UNITS_PER_DAY).normalize()


@attrs.frozen(kw_only=True)
class Share:
    """Days of one kind at one weight that a tally counted, for explanations."""

    kind: ExperienceKind
    """The kind of experience."""
    weight: int
    """Units per day (`UNITS_PER_DAY` is 100 %)."""
    days: int
    """Calendar days counted at this weight (each day once)."""

    @property
    def units(self) -> int:
        """The counted units: days times weight."""
        return self.days * self.weight

    @property
    def percent(self) -> Decimal:
        """The weight as a percentage."""
        percent = Decimal(self.weight) * 100 / UNITS_PER_DAY
        return percent.quantize(Decimal(1)) if percent == int(percent) else percent.normalize()


class ExperienceTally:
    """A post's counting rules, precomputed once, applied to many candidates' periods."""

    __slots__ = ("_by_id", "_points", "paid_only", "part_time_pro_rata", "weights")

    def __init__(
        self,
        weights: Mapping[ExperienceKind, Mapping[Relevance, tuple[int, int]]],
        *,
        part_time_pro_rata: bool,
        paid_only: bool = False,
    ) -> None:
        self.weights = weights
        """Per kind and relevance: the weight in basis points if unknown relevance proves
        not relevant (low) and relevant (high)."""
        self.part_time_pro_rata = part_time_pro_rata
        """Part-time days count pro rata (otherwise they count nothing)."""
        self.paid_only = paid_only
        """Only paid periods count: unpaid ones weigh nothing, and periods of unstated pay
        count only in the high count (as if they prove paid)."""
        # Enum members hash through a Python-level __hash__; screening looks weights up for
        # every period, so the hot table is keyed by the members' identities instead.
        self._by_id = {
            id(kind): {id(relevance): pair for relevance, pair in row.items()}
            for kind, row in weights.items()
        }
        self._points: dict[Decimal, int] = {}
        """Basis points of each part-time share met so far (a cache; shares repeat)."""

    @classmethod
    def from_rules(
        cls, counting: ExperienceCounting, *, relevant_required: bool, paid_only: bool = False
    ) -> ExperienceTally:
        """Precompute the weight table of a post's counting rules.

        ``relevant_required``: only relevant experience counts at all (the requirement asks
        for relevant experience). ``paid_only``: only paid experience counts.
        """
        table: dict[ExperienceKind, dict[Relevance, tuple[int, int]]] = {}
        for kind in ExperienceKind:
            weight = next((w for w in counting.weights if w.kind is kind), None)
            full = _BASIS if weight is None else _basis_points(weight.percent)
            needs_relevance = relevant_required or (weight is not None and weight.if_relevant)
            table[kind] = {
                Relevance.RELEVANT: (full, full),
                Relevance.NOT_RELEVANT: (0, 0) if needs_relevance else (full, full),
                Relevance.UNKNOWN: (0, full) if needs_relevance else (full, full),
            }
        return cls(table, part_time_pro_rata=counting.part_time_pro_rata, paid_only=paid_only)

    def spans(
        self, periods: Sequence[ExperiencePeriod], first: int, last: int
    ) -> list[tuple[int, int, int, int, ExperiencePeriod]]:
        """Periods clipped to ordinals ``first..last`` as ``(start, end, low, high, period)``.

        ``end`` is exclusive; ``low`` and ``high`` are the weights per day in units when
        unknown relevance proves not relevant or relevant. Periods that count nothing either
        way are left out.
        """
        return [
            (start, end, low, high, period)
            for period in periods
            for start, end, low, high in self._clipped((period,), first, last)
        ]

    def _clipped(  # noqa: C901 - the hot loop of screening, written inline
        self, periods: Iterable[ExperiencePeriod], first: int, last: int
    ) -> list[tuple[int, int, int, int]]:
        """Periods clipped to ``first..last`` as ``(start, end, low, high)``, sorted.

        ``end`` is exclusive; periods that count nothing either way are left out.
        """
        # The hot loop of screening: plain comparisons rather than max/min (4x cheaper per call
        # here), and part-time shares converted once per distinct value.
        by_id = self._by_id
        points_of = self._points
        paid_only = self.paid_only
        result = []
        for period in periods:
            low, high = by_id[id(period.kind)][id(period.relevance)]
            if paid_only:
                paid = period.paid
                if paid is not True:  # unstated pay counts only if it proves paid
                    low = 0
                    if paid is False:
                        high = 0
            if not high:
                continue
            start = period.start.toordinal()
            if start < first:  # noqa: PLR1730 - see above
                start = first
            end = period.end
            stop = last if end is None else end.toordinal()
            if stop > last:  # noqa: PLR1730 - see above
                stop = last
            if stop < start:
                continue
            share = period.full_time_percent
            points = points_of.get(share)
            if points is None:
                points = _basis_points(share)
                if points != _BASIS and not self.part_time_pro_rata:
                    points = 0
                points_of[share] = points
            if points:
                result.append((start, stop + 1, low * points, high * points))
        result.sort()
        return result

    def count(
        self,
        periods: Iterable[ExperiencePeriod],
        first: int,
        last: int,
        *,
        enough: int | None = None,
    ) -> tuple[int, int | None]:
        """Units counted from ordinal ``first`` to ``last`` (inclusive): (low, high).

        ``low`` counts unknown relevance as not relevant, ``high`` as relevant; they are
        equal when nothing is unknown. With ``enough``, ``high`` is not worked out
        (``None``) once ``low`` reaches it: nothing of unknown relevance can change an
        outcome then.
        """
        # Screening counts every candidate's experience. One pass reads and clips the
        # periods and sums them; only if some overlap are they merged, weight by weight.
        spans = self._clipped(periods, first, last)
        low_total = high_total = 0
        reach = 0  # day ordinals start at 1
        overlap = False
        for start, end, low, high in spans:
            if start < reach:
                overlap = True
                break
            reach = end
            low_total += low * (end - start)
            high_total += high * (end - start)
        if not overlap:
            return low_total, high_total
        low_total = _max_weight_total(spans, 2)
        if enough is not None and low_total >= enough:
            return low_total, None
        return low_total, _max_weight_total(spans, 3)

    def shares(
        self, periods: Sequence[ExperiencePeriod], first: int, last: int, *, high: bool
    ) -> tuple[Share, ...]:
        """What a count consists of, by kind and weight (for explanations; not fast)."""
        spans = [
            (start, end, high_weight if high else low_weight, period)
            for start, end, low_weight, high_weight, period in self.spans(periods, first, last)
        ]
        spans.sort(key=lambda s: (-s[2], _KIND_ORDER[s[3].kind], s[0], s[1]))
        days: dict[tuple[ExperienceKind, int], int] = {}
        covered: list[tuple[int, int]] = []
        for start, end, weight, period in spans:
            pieces = _uncovered(start, end, covered)
            covered.extend(pieces)
            key = (period.kind, weight)
            days[key] = days.get(key, 0) + sum(end - start for start, end in pieces)
        return tuple(
            Share(kind=kind, weight=weight, days=n)
            for (kind, weight), n in sorted(
                days.items(), key=lambda item: (_KIND_ORDER[item[0][0]], -item[0][1])
            )
            if n
        )


def _max_weight_total(spans: list[tuple[int, int, int, int]], at: int) -> int:
    """Units where each day counts once, at the highest weight covering it.

    ``spans`` are ``(start, end, low, high)`` sorted by start; ``at`` picks the weight
    (2: low, 3: high). For weights w1 > w2 > …, the days covered at weight w1 or more, then
    w2 or more …: each layer adds its new days at its own weight. Few distinct weights
    occur, so this is a few linear passes.
    """
    total = 0
    covered = 0
    for level in sorted({span[at] for span in spans}, reverse=True):
        if not level:
            break
        length = 0
        reach = 0  # day ordinals start at 1
        for span in spans:
            if span[at] < level:
                continue
            start, end = span[0], span[1]
            if start >= reach:
                length += end - start
                reach = end
            elif end > reach:
                length += end - reach
                reach = end
        total += level * (length - covered)
        covered = length
    return total


def _uncovered(start: int, end: int, covered: list[tuple[int, int]]) -> list[tuple[int, int]]:
    pieces = [(start, end)]
    for covered_start, covered_end in covered:
        remaining = []
        for piece_start, piece_end in pieces:
            if covered_end <= piece_start or covered_start >= piece_end:
                remaining.append((piece_start, piece_end))
                continue
            if piece_start < covered_start:
                remaining.append((piece_start, covered_start))
            if covered_end < piece_end:
                remaining.append((covered_end, piece_end))
        pieces = remaining
    return pieces
