"""Eligibility rules as data: nationality, age, where degrees were obtained, UN experience.

Rules differ per donor and per year, so they are values on a post (or a reusable rule
set), never constants in code. The assessment that applies them lives in `eligibility`.
"""

from __future__ import annotations

import calendar
import enum
from collections.abc import Iterator
from datetime import date, timedelta

import attrs
import pendulum

from jpo_model._model import (
    MOST_MONTHS,
    MOST_YEARS,
    Model,
    checks,
    country_code,
    each,
    in_range,
    non_empty,
    problem,
    text,
)
from jpo_model.age import LeapDayBirthday, age_on
from jpo_model.errors import ErrorDetail
from jpo_model.qualifications import EducationLevel, ExperienceKind

__all__ = [
    "AgeAlternative",
    "AgeReference",
    "AgeRule",
    "EducationLocationRule",
    "EligibilityRules",
    "MilitaryServiceExtension",
    "NationalityRule",
    "NationalityScope",
    "UnExperienceCeiling",
]


class NationalityScope(enum.Enum):
    """Who a sponsoring programme accepts."""

    DONOR_NATIONALS = "donor-nationals"
    """Nationals of the sponsoring country (the usual case)."""
    LISTED_COUNTRIES = "listed-countries"
    """Nationals of a listed set of countries (e.g. developing countries)."""


@attrs.frozen(kw_only=True)
class NationalityRule(Model):
    """Nationalities accepted; any one of a dual national's nationalities qualifies."""

    scope: NationalityScope
    """Own nationals or a listed set."""
    countries: frozenset[str] = attrs.field(metadata=checks(non_empty, each(country_code)))
    """ISO 3166 codes accepted (the donor's own code for ``DONOR_NATIONALS``)."""


class AgeReference(enum.Enum):
    """The date on which a candidate's age is measured."""

    END_OF_APPLICATION_YEAR = "end-of-application-year"
    """31 December of the year of application (only the birth year matters)."""
    APPLICATION_DATE = "application-date"
    """The day the application is made."""
    FIXED_DATE = "fixed-date"
    """A fixed day of the year, e.g. 1 February (Japan)."""


@attrs.frozen(kw_only=True)
class MilitaryServiceExtension(Model):
    """Years added to the age limit for military service (Korea: +1 for under 12 months …)."""

    min_months: int = attrs.field(metadata=checks(in_range(0, MOST_MONTHS)))
    """Served at least this many months."""
    years_added: int = attrs.field(metadata=checks(in_range(1, MOST_YEARS)))
    """Years added to the age limit."""
    max_months: int | None = attrs.field(default=None, metadata=checks(in_range(1, MOST_MONTHS)))
    """Served fewer than this many months (``None``: no upper bound)."""

    def _invariants(self) -> Iterator[ErrorDetail]:
        if self.max_months is not None and self.max_months <= self.min_months:
            yield problem("must be above min_months", self.max_months, "max_months")


@attrs.frozen(kw_only=True)
class AgeAlternative(Model):
    """A higher age limit for candidates holding a degree in one of the named fields.

    Italy's JPO call 2022/23 (UN/DESA): born on or after 1 January 1992, "1° gennaio 1991
    per i laureati in medicina; 1° gennaio 1989 per i laureati in medicina che abbiano
    conseguito un diploma di specializzazione in area sanitaria" (limits 30, 31 and 33 on
    31 December 2022). UN/DESA's programme page states the same rule in years: "not more
    than 30 years of age (31 or 33 for graduates in medicine and surgery)"
    (http://www.undesa.it/index.php/jpo-programme/), and its earlier page a single
    alternative: "not over the age of 30 (33 for graduates in medicine and surgery)"
    (http://www.undesa.it/human_resources/jpo.htm).

    The alternative is measured like its rule (reference day, ``inclusive``, 29 February,
    years added for military service); only the limit differs. A candidate qualifies for it
    with one degree held in one of ``fields`` (compared case-insensitively, word for word)
    at one of ``levels`` (any level when empty).

    >>> medicine = AgeAlternative(limit=31, fields=frozenset({"medicine"}))
    >>> medicine.earliest_birth_date(AgeRule(limit=30, alternatives=(medicine,)),
    ...                              date(2022, 12, 15))
    Date(1991, 1, 1)
    >>> medicine.admits("Medicine", EducationLevel.ADVANCED)
    True
    """

    limit: int = attrs.field(metadata=checks(in_range(15, 99)))
    """The age limit in years for holders of such a degree; above the rule's own limit."""
    fields: frozenset[str] = attrs.field(metadata=checks(non_empty, each(text)))
    """Fields of study a degree must be in, as the announcement names them (an open
    vocabulary, compared case-insensitively)."""
    levels: frozenset[EducationLevel] = frozenset()
    """The levels such a degree must be of (empty: any level)."""
    related_fields_accepted: bool = False
    """A degree in a related field may qualify (a human judgement): a candidate who holds a
    degree of the levels, but not in a named field, needs review."""
    wording: str | None = attrs.field(default=None, metadata=checks(text))
    """The alternative as the announcement wrote it."""

    def _invariants(self) -> Iterator[ErrorDetail]:
        folded = {field.casefold() for field in self.fields}
        if len(folded) != len(self.fields):
            yield problem("must not repeat a field (case aside)", sorted(self.fields), "fields")

    def admits(self, field: str, level: EducationLevel) -> bool:
        """Whether a degree in ``field`` at ``level`` is one this alternative names.

        >>> AgeAlternative(limit=33, fields=frozenset({"Medicine"}),
        ...                levels=frozenset({EducationLevel.DOCTORATE})
        ...                ).admits("medicine", EducationLevel.ADVANCED)
        False
        """
        if self.levels and level not in self.levels:
            return False
        folded = field.casefold()
        return any(folded == named.casefold() for named in self.fields)

    def earliest_birth_date(
        self,
        rule: AgeRule,
        on: date,
        *,
        military_service_months: int = 0,
        leap_day: LeapDayBirthday | None = None,
    ) -> pendulum.Date:
        """The earliest birth date within this limit under ``rule``: "born on or after …".

        Measured as ``rule`` measures age (its reference day, ``inclusive``, years added
        for military service); ``leap_day`` defaults to the rule's own convention.
        """
        return _earliest_birth_date(
            rule,
            self.limit,
            on,
            military_service_months=military_service_months,
            leap_day=leap_day,
        )


@attrs.frozen(kw_only=True)
class AgeRule(Model):
    """An age limit: "32 years of age or below as of 31 December of the application year".

    ``inclusive`` says whether a candidate of exactly ``limit`` years is eligible ("32 or
    below": yes; "under 32": no). "between 25 and 32 years of age" adds ``minimum=25``: a
    candidate of exactly 25 is eligible. A limit that "may be waived in exceptional cases",
    or that holds "normally", is ``waivable``: failing it needs review, not ineligibility.
    Higher limits for holders of a degree in named fields ("31 or 33 for graduates in
    medicine and surgery") are ``alternatives`` (see `AgeAlternative`).
    """

    limit: int = attrs.field(metadata=checks(in_range(15, 99)))
    """The age limit in years."""
    inclusive: bool = True
    """A candidate aged exactly ``limit`` on the reference date is eligible."""
    minimum: int | None = attrs.field(default=None, metadata=checks(in_range(15, 99)))
    """The youngest age accepted, in years, if stated ("between 25 and 32": 25); a
    candidate aged exactly ``minimum`` on the reference date is eligible."""
    reference: AgeReference = AgeReference.END_OF_APPLICATION_YEAR
    """When age is measured."""
    fixed_month: int | None = attrs.field(default=None, metadata=checks(in_range(1, 12)))
    """Month of a fixed reference date."""
    fixed_day: int | None = attrs.field(default=None, metadata=checks(in_range(1, 31)))
    """Day of a fixed reference date."""
    extensions: tuple[MilitaryServiceExtension, ...] = ()
    """Years added for military service."""
    waivable: bool = False
    """The rule "may be waived in exceptional cases" or holds "normally": a candidate
    outside it needs review (a person decides) rather than being ineligible."""
    leap_day: LeapDayBirthday = LeapDayBirthday.MARCH_1
    """The day a 29 February birthday is reached in a common year (the sources are silent;
    1 March by default, see `jpo_model.age`)."""
    alternatives: tuple[AgeAlternative, ...] = ()
    """Higher limits for candidates holding a degree in named fields, in the order stated."""
    wording: str | None = attrs.field(default=None, metadata=checks(text))
    """The rule as the announcement wrote it."""

    def _invariants(self) -> Iterator[ErrorDetail]:
        if self.minimum is not None and self.limit < self.minimum:
            yield problem("must not be below the minimum", self.limit, "limit")
        seen: set[tuple[frozenset[str], frozenset[EducationLevel]]] = set()
        for i, alternative in enumerate(self.alternatives):
            if alternative.limit <= self.limit:
                yield problem(
                    "must be above the rule's limit", alternative.limit, f"alternatives[{i}].limit"
                )
            key = (frozenset(f.casefold() for f in alternative.fields), alternative.levels)
            if key in seen:
                yield problem(
                    "must not repeat the fields and levels of another alternative",
                    sorted(alternative.fields),
                    f"alternatives[{i}].fields",
                )
            seen.add(key)
        fixed = self.fixed_month is not None and self.fixed_day is not None
        if self.reference is AgeReference.FIXED_DATE and not fixed:
            yield problem("a fixed reference needs fixed_month and fixed_day", None, "fixed_month")
        if self.reference is not AgeReference.FIXED_DATE and (
            self.fixed_month is not None or self.fixed_day is not None
        ):
            yield problem(
                "only a fixed reference takes a month and day", self.fixed_month, "fixed_month"
            )
        month, day = self.fixed_month, self.fixed_day
        # 2001 is not a leap year: a reference day must exist in every year (no 29 February).
        longest = (
            calendar.monthrange(2001, month)[1] if month is not None and 0 < month < 13 else 31
        )
        if day is not None and longest < day <= 31:  # beyond 31: the range check reports it
            yield problem("is not a day of that month in every year", day, "fixed_day")

    def reference_date(self, on: date) -> pendulum.Date:
        """The day on which age is measured for an application made on ``on``.

        31 December of ``on``'s year, ``on`` itself, or the fixed day in ``on``'s year.

        >>> AgeRule(limit=32).reference_date(date(2026, 3, 10))
        Date(2026, 12, 31)
        """
        if self.reference is AgeReference.END_OF_APPLICATION_YEAR:
            return pendulum.Date(on.year, 12, 31)
        if self.reference is AgeReference.FIXED_DATE and self.fixed_month and self.fixed_day:
            return pendulum.Date(on.year, self.fixed_month, self.fixed_day)
        return pendulum.Date(on.year, on.month, on.day)

    def years_added(self, military_service_months: int) -> int:
        """Years added to the limit for this many months of military service (0 if none apply).

        No service earns no years, even under an extension stated "for under 12 months".

        >>> rule = AgeRule(limit=29, extensions=(
        ...     MilitaryServiceExtension(min_months=1, max_months=12, years_added=1),
        ...     MilitaryServiceExtension(min_months=12, max_months=24, years_added=2),
        ...     MilitaryServiceExtension(min_months=24, years_added=3)))
        >>> [rule.years_added(m) for m in (0, 11, 12, 23, 24, 40)]
        [0, 1, 2, 2, 3, 3]
        """
        return max(
            (
                e.years_added
                for e in self.extensions
                if military_service_months >= e.min_months
                and (e.max_months is None or military_service_months < e.max_months)
                and (e.min_months > 0 or military_service_months > 0)
            ),
            default=0,
        )

    def earliest_birth_date(
        self,
        on: date,
        *,
        military_service_months: int = 0,
        leap_day: LeapDayBirthday | None = None,
    ) -> pendulum.Date:
        """The earliest birth date that passes the limit: "born on or after …".

        Derived from `age_on`, so a candidate is within the limit exactly when born on or
        after this day. ``leap_day`` defaults to the rule's own convention.

        >>> AgeRule(limit=32).earliest_birth_date(date(2026, 3, 10))
        Date(1994, 1, 1)
        >>> AgeRule(limit=33, inclusive=False, reference=AgeReference.APPLICATION_DATE
        ...         ).earliest_birth_date(date(2026, 3, 10))
        Date(1993, 3, 11)
        """
        return _earliest_birth_date(
            self,
            self.limit,
            on,
            military_service_months=military_service_months,
            leap_day=leap_day,
        )

    def latest_birth_date(
        self, on: date, *, leap_day: LeapDayBirthday | None = None
    ) -> pendulum.Date | None:
        """The latest birth date that reaches the minimum: "born on or before …".

        ``None`` when the rule states no minimum. Derived from `age_on`, so a candidate is
        old enough exactly when born on or before this day. Raises `ValueError` for a day
        on which no birth date on record (from year 1) is old enough.

        >>> AgeRule(limit=32, minimum=25).latest_birth_date(date(2026, 3, 10))
        Date(2001, 12, 31)
        >>> AgeRule(limit=32, minimum=25, reference=AgeReference.APPLICATION_DATE
        ...         ).latest_birth_date(date(2026, 3, 10))
        Date(2001, 3, 10)
        """
        if self.minimum is None:
            return None
        leap_day = self.leap_day if leap_day is None else leap_day
        reference = self.reference_date(on)
        year = reference.year - self.minimum
        if year < 1:
            raise ValueError(f"no birth date on record is {self.minimum} on {reference}")
        day = min(reference.day, calendar.monthrange(year, reference.month)[1])
        latest = date(year, reference.month, day)
        one_day = timedelta(days=1)
        # The clamped day is within a day of the answer; step until age_on agrees.
        while age_on(latest + one_day, reference, leap_day=leap_day) >= self.minimum:
            latest += one_day
        while age_on(latest, reference, leap_day=leap_day) < self.minimum:
            latest -= one_day
        return pendulum.Date(latest.year, latest.month, latest.day)

    def allows(
        self,
        birth_date: date,
        *,
        on: date,
        military_service_months: int = 0,
        leap_day: LeapDayBirthday | None = None,
    ) -> bool:
        """Whether someone born on ``birth_date`` meets the rule for an application on ``on``.

        The limits as stated: a ``waivable`` rule is not met either by a candidate outside
        it (an assessment asks a person to decide), nor are ``alternatives`` applied (they
        need the candidate's degrees: `jpo_model.eligibility.assess` applies them).
        ``leap_day`` defaults to the rule's own.

        >>> rule = AgeRule(limit=32)
        >>> [rule.allows(date(y, m, d), on=date(2026, 3, 10))
        ...  for y, m, d in ((1994, 1, 1), (1994, 12, 31), (1993, 12, 31))]
        [True, True, False]
        >>> between = AgeRule(limit=32, minimum=25)
        >>> [between.allows(date(y, 6, 1), on=date(2026, 3, 10)) for y in (2001, 2002)]
        [True, False]
        """
        leap_day = self.leap_day if leap_day is None else leap_day
        age = age_on(birth_date, self.reference_date(on), leap_day=leap_day)
        limit = self.limit + self.years_added(military_service_months)
        within = age <= limit if self.inclusive else age < limit
        return within and (self.minimum is None or age >= self.minimum)


def _earliest_birth_date(
    rule: AgeRule,
    limit: int,
    on: date,
    *,
    military_service_months: int,
    leap_day: LeapDayBirthday | None,
) -> pendulum.Date:
    """The earliest birth date within ``limit`` when ``rule`` measures age on ``on``."""
    leap_day = rule.leap_day if leap_day is None else leap_day
    reference = rule.reference_date(on)
    # The first age that fails the rule: limit + 1 when "limit or below", else limit.
    failing_age = limit + rule.years_added(military_service_months)
    failing_age += 1 if rule.inclusive else 0
    year = reference.year - failing_age
    if year < 2:  # nobody alive is that old: every birth date on record passes
        return pendulum.Date(1, 1, 1)
    day = min(reference.day, calendar.monthrange(year, reference.month)[1])
    latest_failing = date(year, reference.month, day)
    one_day = timedelta(days=1)
    # The clamped day is within a day of the answer; step until age_on agrees.
    while age_on(latest_failing + one_day, reference, leap_day=leap_day) >= failing_age:
        latest_failing += one_day
    while age_on(latest_failing, reference, leap_day=leap_day) < failing_age:
        latest_failing -= one_day
    earliest = latest_failing + one_day
    return pendulum.Date(earliest.year, earliest.month, earliest.day)


@attrs.frozen(kw_only=True)
class EducationLocationRule(Model):
    """Substantive parts of the degree must have been obtained in a listed country."""

    countries: frozenset[str] = attrs.field(metadata=checks(non_empty, each(country_code)))
    """ISO 3166 codes of the countries accepted."""
    levels: frozenset[EducationLevel] = attrs.field(metadata=checks(non_empty))
    """The degrees of which at least one must come from a listed country."""


@attrs.frozen(kw_only=True)
class UnExperienceCeiling(Model):
    """More than ``max_months`` of UN-system experience makes a candidate ineligible.

    Not a cap on counting: exceeding it is disqualifying (seed 25P153: "should not exceed 1
    year (including internships, UNV and consultancies)").
    """

    max_months: int = attrs.field(metadata=checks(in_range(0, MOST_MONTHS)))
    """The most UN-system experience allowed, in months."""
    kinds: frozenset[ExperienceKind] = attrs.field(metadata=checks(non_empty))
    """The kinds of experience included in the total."""


@attrs.frozen(kw_only=True)
class EligibilityRules(Model):
    """The eligibility rules a sponsoring programme attaches to a post."""

    nationality: NationalityRule | None = None
    """Who may apply by nationality."""
    age: AgeRule | None = None
    """The age limit."""
    education_location: EducationLocationRule | None = None
    """Where the degree must have been obtained."""
    un_experience_ceiling: UnExperienceCeiling | None = None
    """The most UN-system experience a candidate may have."""
    degree_by_deadline: bool = False
    """The degree must be held by the closing deadline."""
