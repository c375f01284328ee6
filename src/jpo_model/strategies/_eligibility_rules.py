"""Strategies for eligibility rules: nationality, age, degree location, UN experience."""

from __future__ import annotations

import calendar
from collections.abc import Mapping

from hypothesis import strategies as st
from hypothesis.strategies import SearchStrategy

from jpo_model.age import LeapDayBirthday
from jpo_model.eligibility_rules import (
    AgeAlternative,
    AgeReference,
    AgeRule,
    EducationLocationRule,
    EligibilityRules,
    MilitaryServiceExtension,
    NationalityRule,
    NationalityScope,
    UnExperienceCeiling,
)
from jpo_model.qualifications import EducationLevel, ExperienceKind
from jpo_model.strategies._primitives import (
    builds_joint,
    country_codes,
    frozensets,
    led_by,
    optional,
    pick,
    texts,
    tuples,
)


def nationality_rules(
    *,
    scope: SearchStrategy[NationalityScope] | None = None,
    countries: SearchStrategy[frozenset[str]] | None = None,
) -> SearchStrategy[NationalityRule]:
    """Nationality rules accepting one to five countries or territories."""
    return st.builds(
        NationalityRule,
        scope=pick(scope, st.sampled_from(NationalityScope)),
        countries=pick(countries, frozensets(country_codes(), min_size=1, max_size=5)),
    )


def military_service_extensions(
    *,
    min_months: SearchStrategy[int] | None = None,
    years_added: SearchStrategy[int] | None = None,
    max_months: SearchStrategy[int | None] | None = None,
) -> SearchStrategy[MilitaryServiceExtension]:
    """Years added for military service; the upper bound exceeds ``min_months`` (either leads)."""

    def maximum_for(least: int) -> SearchStrategy[Mapping[str, object]]:
        above = optional(st.integers(least + 1, least + 36))
        return st.fixed_dictionaries({"max_months": pick(max_months, above)})

    def minimum_for(most: int | None) -> SearchStrategy[Mapping[str, object]]:
        below = st.integers(0, 36 if most is None else most - 1)
        return st.fixed_dictionaries({"min_months": below})

    if max_months is not None and min_months is None:
        joint = led_by("max_months", max_months, minimum_for)
    else:
        joint = led_by("min_months", pick(min_months, st.integers(0, 36)), maximum_for)
    return builds_joint(
        MilitaryServiceExtension,
        joint,
        years_added=pick(years_added, st.integers(1, 5)),
    )


_UNFIXED = tuple(r for r in AgeReference if r is not AgeReference.FIXED_DATE)


def age_alternatives(
    *,
    limit: SearchStrategy[int] | None = None,
    fields: SearchStrategy[frozenset[str]] | None = None,
    levels: SearchStrategy[frozenset[EducationLevel]] | None = None,
    related_fields_accepted: SearchStrategy[bool] | None = None,
    wording: SearchStrategy[str | None] | None = None,
) -> SearchStrategy[AgeAlternative]:
    """Higher age limits for degrees in one to three named fields, at any level or some.

    A field never appears twice, case aside; `age_rules` draws these above its own limit.
    """
    return st.builds(
        AgeAlternative,
        limit=pick(limit, st.integers(16, 99)),
        fields=pick(
            fields,
            st.lists(texts(), min_size=1, max_size=3, unique_by=str.casefold).map(frozenset),
        ),
        levels=pick(levels, frozensets(st.sampled_from(EducationLevel))),
        related_fields_accepted=pick(related_fields_accepted, st.booleans()),
        wording=pick(wording, optional(texts())),
    )


def _alternative_key(
    alternative: AgeAlternative,
) -> tuple[frozenset[str], frozenset[EducationLevel]]:
    """What two alternatives of one rule never share: their fields (case aside) and levels."""
    return frozenset(f.casefold() for f in alternative.fields), alternative.levels


def _alternatives_above(limit: int) -> SearchStrategy[tuple[AgeAlternative, ...]]:
    """None to two alternatives whose limits are above ``limit``."""
    if limit >= 99:  # the highest limit an age rule takes: none above it
        return st.just(())
    above = age_alternatives(limit=st.integers(limit + 1, 99))
    return st.lists(above, max_size=2, unique_by=_alternative_key).map(tuple)


def _days_in(month: int) -> int:
    return calendar.monthrange(2001, month)[1]  # 2001 is not a leap year


def _month_days() -> SearchStrategy[tuple[int, int]]:
    """A month and a day that exist in every year (never 29 February)."""
    return st.integers(1, 12).flatmap(
        lambda month: st.tuples(st.just(month), st.integers(1, _days_in(month)))
    )


def _limits(
    limit: SearchStrategy[int] | None, minimum: SearchStrategy[int | None] | None
) -> SearchStrategy[Mapping[str, object]]:
    """A limit and a minimum never above it (either may lead)."""

    def minimum_for(most: int) -> SearchStrategy[Mapping[str, object]]:
        below = optional(st.integers(15, most))
        return st.fixed_dictionaries({"minimum": pick(minimum, below)})

    def limit_for(least: int | None) -> SearchStrategy[Mapping[str, object]]:
        return st.fixed_dictionaries({"limit": st.integers(least or 15, 99)})

    if minimum is not None and limit is None:
        return led_by("minimum", minimum, limit_for)
    return led_by("limit", pick(limit, st.integers(15, 99)), minimum_for)


def age_rules(  # noqa: PLR0913 - one keyword per field of the model
    *,
    limit: SearchStrategy[int] | None = None,
    inclusive: SearchStrategy[bool] | None = None,
    minimum: SearchStrategy[int | None] | None = None,
    reference: SearchStrategy[AgeReference] | None = None,
    fixed_month: SearchStrategy[int | None] | None = None,
    fixed_day: SearchStrategy[int | None] | None = None,
    extensions: SearchStrategy[tuple[MilitaryServiceExtension, ...]] | None = None,
    waivable: SearchStrategy[bool] | None = None,
    leap_day: SearchStrategy[LeapDayBirthday] | None = None,
    alternatives: SearchStrategy[tuple[AgeAlternative, ...]] | None = None,
    wording: SearchStrategy[str | None] | None = None,
) -> SearchStrategy[AgeRule]:
    """Age limits; a fixed month and day appear exactly with a fixed reference date.

    The month and day follow ``reference``; given only a month or a day, the rest follows it.
    A minimum age is never above the limit (either may lead). Alternatives have limits above
    the rule's: drawn after the limit, or, when given, the limit is drawn below theirs.
    """
    if reference is None and (fixed_month is not None or fixed_day is not None):
        joint = _fixed_day_leading(fixed_month, fixed_day)
    else:
        fixed: SearchStrategy[Mapping[str, object]]
        if fixed_month is None and fixed_day is None:
            fixed = _month_days().map(lambda md: {"fixed_month": md[0], "fixed_day": md[1]})
        else:  # days 1-28 exist in every month, whichever of the two the caller fixed
            fixed = st.fixed_dictionaries(
                {
                    "fixed_month": pick(fixed_month, st.integers(1, 12)),
                    "fixed_day": pick(fixed_day, st.integers(1, 28)),
                }
            )
        unfixed = st.fixed_dictionaries(
            {"fixed_month": pick(fixed_month, st.none()), "fixed_day": pick(fixed_day, st.none())}
        )
        joint = led_by(
            "reference",
            pick(reference, st.sampled_from(AgeReference)),
            lambda ref: fixed if ref is AgeReference.FIXED_DATE else unfixed,
        )

    def merged(
        limits: SearchStrategy[Mapping[str, object]],
    ) -> SearchStrategy[Mapping[str, object]]:
        return st.tuples(joint, limits).map(lambda parts: {**parts[0], **parts[1]})

    def with_alternatives(parts: Mapping[str, object]) -> SearchStrategy[Mapping[str, object]]:
        drawn = parts["limit"]
        assert isinstance(drawn, int)  # noqa: S101 - the limit is an integer
        return _alternatives_above(drawn).map(lambda alts: {**parts, "alternatives": alts})

    def below(alts: tuple[AgeAlternative, ...]) -> SearchStrategy[Mapping[str, object]]:
        lowest = min((a.limit for a in alts), default=100)
        limits = _limits(pick(limit, st.integers(15, lowest - 1)), minimum)
        return merged(limits).map(lambda parts: {**parts, "alternatives": alts})

    both: SearchStrategy[Mapping[str, object]]
    if alternatives is None:
        both = merged(_limits(limit, minimum)).flatmap(with_alternatives)
    else:
        both = alternatives.flatmap(below)
    return builds_joint(
        AgeRule,
        both,
        inclusive=pick(inclusive, st.booleans()),
        extensions=pick(extensions, tuples(military_service_extensions())),
        waivable=pick(waivable, st.booleans()),
        leap_day=pick(leap_day, st.sampled_from(LeapDayBirthday)),
        wording=pick(wording, optional(texts())),
    )


def _fixed_day_leading(
    fixed_month: SearchStrategy[int | None] | None, fixed_day: SearchStrategy[int | None] | None
) -> SearchStrategy[Mapping[str, object]]:
    """Month, day and reference of an age rule when the caller fixed the month or the day."""

    def reference_for(month: int | None, day: int | None) -> SearchStrategy[AgeReference]:
        if month is None and day is None:
            return st.sampled_from(_UNFIXED)
        return st.just(AgeReference.FIXED_DATE)

    def day_for(month: int | None) -> SearchStrategy[int | None]:
        return st.none() if month is None else st.integers(1, _days_in(month))

    def month_for(day: int | None) -> SearchStrategy[int | None]:
        if day is None:
            return st.none()
        return st.sampled_from([m for m in range(1, 13) if _days_in(m) >= day])

    month_day: SearchStrategy[tuple[int | None, int | None]]
    if fixed_month is None:
        month_day = pick(fixed_day, st.none()).flatmap(
            lambda d: st.tuples(month_for(d), st.just(d))
        )
    elif fixed_day is None:
        month_day = fixed_month.flatmap(lambda m: st.tuples(st.just(m), day_for(m)))
    else:
        month_day = st.tuples(fixed_month, fixed_day)
    return month_day.flatmap(
        lambda md: reference_for(*md).map(
            lambda ref: {"fixed_month": md[0], "fixed_day": md[1], "reference": ref}
        )
    )


def education_location_rules(
    *,
    countries: SearchStrategy[frozenset[str]] | None = None,
    levels: SearchStrategy[frozenset[EducationLevel]] | None = None,
) -> SearchStrategy[EducationLocationRule]:
    """Rules on where degrees were obtained: one or more countries and degree levels."""
    return st.builds(
        EducationLocationRule,
        countries=pick(countries, frozensets(country_codes(), min_size=1, max_size=5)),
        levels=pick(levels, frozensets(st.sampled_from(EducationLevel), min_size=1)),
    )


def un_experience_ceilings(
    *,
    max_months: SearchStrategy[int] | None = None,
    kinds: SearchStrategy[frozenset[ExperienceKind]] | None = None,
) -> SearchStrategy[UnExperienceCeiling]:
    """Ceilings on UN-system experience over one or more kinds of experience."""
    return st.builds(
        UnExperienceCeiling,
        max_months=pick(max_months, st.integers(0, 60)),
        kinds=pick(kinds, frozensets(st.sampled_from(ExperienceKind), min_size=1)),
    )


def eligibility_rules(
    *,
    nationality: SearchStrategy[NationalityRule | None] | None = None,
    age: SearchStrategy[AgeRule | None] | None = None,
    education_location: SearchStrategy[EducationLocationRule | None] | None = None,
    un_experience_ceiling: SearchStrategy[UnExperienceCeiling | None] | None = None,
    degree_by_deadline: SearchStrategy[bool] | None = None,
) -> SearchStrategy[EligibilityRules]:
    """A programme's eligibility rules, each present or not."""
    return st.builds(
        EligibilityRules,
        nationality=pick(nationality, optional(nationality_rules())),
        age=pick(age, optional(age_rules())),
        education_location=pick(education_location, optional(education_location_rules())),
        un_experience_ceiling=pick(un_experience_ceiling, optional(un_experience_ceilings())),
        degree_by_deadline=pick(degree_by_deadline, st.booleans()),
    )
