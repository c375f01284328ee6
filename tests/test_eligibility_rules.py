"""Eligibility rules as data (`jpo_model.eligibility_rules`): construction-time validation."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jpo_model import (
    AgeReference,
    AgeRule,
    EducationLevel,
    EducationLocationRule,
    EligibilityRules,
    ExperienceKind,
    LeapDayBirthday,
    MilitaryServiceExtension,
    NationalityRule,
    NationalityScope,
    UnExperienceCeiling,
    ValidationError,
    dumps,
    from_dict,
    loads,
    to_dict,
)
from jpo_model.eligibility_rules import AgeAlternative
from jpo_model.strategies import age_rules


def _problems(build: Callable[[], object]) -> list[tuple[str, str, object]]:
    with pytest.raises(ValidationError) as caught:
        build()
    return [(e.path, e.message, e.value) for e in caught.value.errors]


def test_seed_25p153_rules() -> None:
    """Seed 25P153 (Netherlands): listed nationalities, age 32, degree location, UN ceiling."""
    rules = EligibilityRules(
        nationality=NationalityRule(
            scope=NationalityScope.LISTED_COUNTRIES, countries=frozenset({"CI", "CD", "PS", "SS"})
        ),
        age=AgeRule(limit=32),
        education_location=EducationLocationRule(
            countries=frozenset({"CI", "CD", "PS", "SS"}),
            levels=frozenset({EducationLevel.FIRST_LEVEL, EducationLevel.ADVANCED}),
        ),
        un_experience_ceiling=UnExperienceCeiling(
            max_months=12,
            kinds=frozenset(
                {ExperienceKind.INTERNSHIP, ExperienceKind.UNV, ExperienceKind.CONSULTANCY}
            ),
        ),
    )
    assert rules.age is not None
    assert (32, True, AgeReference.END_OF_APPLICATION_YEAR) == (
        rules.age.limit,
        rules.age.inclusive,
        rules.age.reference,
    )


def test_nationality_rules_need_known_countries() -> None:
    """An empty set or a code that is no country is refused (indices follow sorted codes)."""
    assert [("countries", "must not be empty", frozenset())] == _problems(
        lambda: NationalityRule(scope=NationalityScope.DONOR_NATIONALS, countries=frozenset())
    )
    assert [
        ("countries[0]", "is not an ISO 3166-1 alpha-2 country or territory code", "EU")
    ] == _problems(
        lambda: NationalityRule(
            scope=NationalityScope.LISTED_COUNTRIES, countries=frozenset({"NL", "EU"})
        )
    )


def test_japan_measures_age_on_1_february() -> None:
    """ "35 or under as of 1 February" is a fixed reference date."""
    rule = AgeRule(limit=35, reference=AgeReference.FIXED_DATE, fixed_month=2, fixed_day=1)
    assert (2, 1) == (rule.fixed_month, rule.fixed_day)


def test_a_fixed_reference_needs_its_day() -> None:
    """A fixed reference without month and day is incomplete."""
    assert [("fixed_month", "a fixed reference needs fixed_month and fixed_day", None)] == (
        _problems(lambda: AgeRule(limit=35, reference=AgeReference.FIXED_DATE, fixed_month=2))
    )


def test_only_a_fixed_reference_takes_a_day() -> None:
    """A month and day beside another reference contradict it."""
    assert [("fixed_month", "only a fixed reference takes a month and day", 2)] == _problems(
        lambda: AgeRule(limit=32, fixed_month=2, fixed_day=1)
    )


@pytest.mark.parametrize(("month", "day"), [(2, 29), (2, 30), (4, 31), (6, 31), (11, 31)])
def test_a_fixed_reference_day_exists_every_year(month: int, day: int) -> None:
    """31 April or 29 February cannot be a reference day: some years lack it."""
    assert [("fixed_day", "is not a day of that month in every year", day)] == _problems(
        lambda: AgeRule(
            limit=35, reference=AgeReference.FIXED_DATE, fixed_month=month, fixed_day=day
        )
    )


def test_out_of_range_values_are_all_reported() -> None:
    """Limit, month and day outside their ranges are reported together."""
    assert ["limit", "fixed_month", "fixed_day"] == [
        p[0]
        for p in _problems(
            lambda: AgeRule(
                limit=14, reference=AgeReference.FIXED_DATE, fixed_month=13, fixed_day=32
            )
        )
    ]


@given(age_rules(), st.dates(dt.date(1970, 1, 1), dt.date(2100, 12, 31)))
def test_every_valid_rule_has_a_reference_day_every_year(rule: AgeRule, on: dt.date) -> None:
    """Any valid rule names an existing reference day for any application date."""
    assert on.year == rule.reference_date(on).year


def test_an_age_range_states_its_minimum() -> None:
    """ "between 25 and 32 years of age": born 1994 to 2001 for 2026, both years included."""
    rule = AgeRule(limit=32, minimum=25, wording="between 25 and 32 years of age")
    on = dt.date(2026, 3, 10)
    assert (dt.date(1994, 1, 1), dt.date(2001, 12, 31)) == (
        rule.earliest_birth_date(on),
        rule.latest_birth_date(on),
    )
    assert [True, True, False, False] == [
        rule.allows(born, on=on)
        for born in (
            dt.date(1994, 1, 1),
            dt.date(2001, 12, 31),
            dt.date(2002, 1, 1),
            dt.date(1993, 12, 31),
        )
    ]
    assert AgeRule(limit=32).latest_birth_date(on) is None


def test_the_minimum_is_never_above_the_limit() -> None:
    """A range "between 33 and 32" is refused; "25 to 25" is one year of birth."""
    assert [("limit", "must not be below the minimum", 32)] == _problems(
        lambda: AgeRule(limit=32, minimum=33)
    )
    assert [("minimum", "must be between 15 and 99", 14)] == _problems(
        lambda: AgeRule(limit=32, minimum=14)
    )
    assert 25 == AgeRule(limit=25, minimum=25).minimum


def test_a_waivable_limit_and_its_leap_day_convention_round_trip() -> None:
    """ "may be waived in exceptional cases", counting 29 February birthdays on 28 February."""
    rule = AgeRule(
        limit=32,
        minimum=25,
        waivable=True,
        leap_day=LeapDayBirthday.FEBRUARY_28,
        wording="between 25 and 32; the age limit may be waived in exceptional cases",
    )
    written = to_dict(rule)
    assert (25, True, "february-28") == (
        written["minimum"],
        written["waivable"],
        written["leap_day"],
    )
    assert rule == from_dict(written, AgeRule)
    assert rule == loads(dumps(rule, format="toml"), AgeRule, format="toml")


def test_a_rule_is_not_waivable_and_counts_1_march_by_default() -> None:
    """Unless the announcement says so, the limit binds and 29 February is reached on 1 March."""
    rule = AgeRule(limit=32)
    assert (False, LeapDayBirthday.MARCH_1, None) == (rule.waivable, rule.leap_day, rule.minimum)


@given(age_rules(), st.dates(dt.date(1970, 1, 1), dt.date(2100, 12, 31)))
def test_the_latest_birth_date_is_exactly_old_enough(rule: AgeRule, on: dt.date) -> None:
    """Born on the latest birth date reaches the minimum on the reference day; a day later not."""
    latest = rule.latest_birth_date(on)
    if latest is None:
        assert rule.minimum is None
        return
    unlimited = AgeRule(
        limit=99,
        minimum=rule.minimum,
        reference=rule.reference,
        fixed_month=rule.fixed_month,
        fixed_day=rule.fixed_day,
        leap_day=rule.leap_day,
    )
    assert unlimited.allows(latest, on=on)
    assert not unlimited.allows(latest + dt.timedelta(days=1), on=on)


def test_korean_military_service_bands() -> None:
    """Korea: +1 year under 12 months, +2 for 12-23, +3 for 24 or more."""
    bands = (
        MilitaryServiceExtension(min_months=1, max_months=12, years_added=1),
        MilitaryServiceExtension(min_months=12, max_months=24, years_added=2),
        MilitaryServiceExtension(min_months=24, years_added=3),
    )
    assert bands == AgeRule(limit=29, extensions=bands).extensions


def test_a_band_ends_after_it_starts() -> None:
    """A military service band whose end is not above its start is refused."""
    assert [("max_months", "must be above min_months", 12)] == _problems(
        lambda: MilitaryServiceExtension(min_months=12, max_months=12, years_added=1)
    )
    assert ["min_months", "years_added"] == [
        p[0] for p in _problems(lambda: MilitaryServiceExtension(min_months=-1, years_added=0))
    ]


def test_location_and_ceiling_rules_are_never_empty() -> None:
    """Degree locations need countries and levels; a ceiling needs the kinds it counts."""
    assert ["countries", "levels"] == [
        p[0]
        for p in _problems(lambda: EducationLocationRule(countries=frozenset(), levels=frozenset()))
    ]
    assert ["max_months", "kinds"] == [
        p[0] for p in _problems(lambda: UnExperienceCeiling(max_months=-1, kinds=frozenset()))
    ]


def test_no_rules_by_default() -> None:
    """A programme that states nothing has no rules."""
    rules = EligibilityRules()
    assert (None, None, None, None, False) == (
        rules.nationality,
        rules.age,
        rules.education_location,
        rules.un_experience_ceiling,
        rules.degree_by_deadline,
    )


_MEDICINE = AgeAlternative(limit=33, fields=frozenset({"Medicine and surgery"}))


def test_an_alternative_limit_derives_its_own_born_on_or_after_date() -> None:
    """UN/DESA: "not over the age of 30 (33 for graduates in medicine and surgery)"."""
    rule = AgeRule(limit=30, alternatives=(_MEDICINE,))
    on = dt.date(2022, 12, 15)
    # By hand: 31 December 2022 - 33 years: born on or after 1 January 1989 (1992 for 30).
    assert (dt.date(1992, 1, 1), dt.date(1989, 1, 1)) == (
        rule.earliest_birth_date(on),
        _MEDICINE.earliest_birth_date(rule, on),
    )


def test_an_alternative_is_measured_as_its_rule_measures() -> None:
    """Under 33 at the application date, with military service years added to it too."""
    rule = AgeRule(
        limit=30,
        inclusive=False,
        reference=AgeReference.APPLICATION_DATE,
        extensions=(MilitaryServiceExtension(min_months=12, years_added=2),),
        alternatives=(_MEDICINE,),
    )
    on = dt.date(2026, 3, 10)
    # By hand: under 33 on 10 March 2026 is born after 10 March 1993; +2 years: 1991.
    assert dt.date(1993, 3, 11) == _MEDICINE.earliest_birth_date(rule, on)
    assert dt.date(1991, 3, 11) == _MEDICINE.earliest_birth_date(
        rule, on, military_service_months=12
    )


def test_an_alternative_admits_its_fields_case_aside_at_its_levels() -> None:
    """Fields compare word for word, case aside; levels, when named, must match."""
    doctors = AgeAlternative(
        limit=33,
        fields=frozenset({"Medicine"}),
        levels=frozenset({EducationLevel.ADVANCED, EducationLevel.DOCTORATE}),
    )
    assert [True, True, False, False] == [
        doctors.admits("MEDICINE", EducationLevel.ADVANCED),
        doctors.admits("medicine", EducationLevel.DOCTORATE),
        doctors.admits("medicine", EducationLevel.FIRST_LEVEL),
        doctors.admits("Medicine and surgery", EducationLevel.ADVANCED),
    ]


def test_an_alternative_limit_is_above_the_rules_limit() -> None:
    """An alternative at or below the rule's own limit would change nothing: refused."""
    assert [
        ("alternatives[0].limit", "must be above the rule's limit", 30),
        ("alternatives[1].limit", "must be above the rule's limit", 29),
    ] == _problems(
        lambda: AgeRule(
            limit=30,
            alternatives=(
                AgeAlternative(limit=30, fields=frozenset({"Medicine"})),
                AgeAlternative(limit=29, fields=frozenset({"Law"})),
            ),
        )
    )


def test_alternatives_never_repeat_their_fields_and_levels() -> None:
    """Two limits for the same degrees contradict each other; a field twice, case aside, too."""
    assert [
        (
            "alternatives[1].fields",
            "must not repeat the fields and levels of another alternative",
            ["MEDICINE"],
        )
    ] == _problems(
        lambda: AgeRule(
            limit=30,
            alternatives=(
                AgeAlternative(limit=31, fields=frozenset({"Medicine"})),
                AgeAlternative(limit=33, fields=frozenset({"MEDICINE"})),
            ),
        )
    )
    assert [("fields", "must not repeat a field (case aside)", ["Medicine", "medicine"])] == (
        _problems(lambda: AgeAlternative(limit=31, fields=frozenset({"Medicine", "medicine"})))
    )
    assert [("fields", "must not be empty", frozenset())] == _problems(
        lambda: AgeAlternative(limit=31, fields=frozenset())
    )


def test_the_same_fields_at_other_levels_are_another_alternative() -> None:
    """Italy 2022/23: medicine allows 31; medicine with a specialisation diploma 33."""
    rule = AgeRule(
        limit=30,
        alternatives=(
            AgeAlternative(limit=31, fields=frozenset({"medicina"})),
            AgeAlternative(
                limit=33,
                fields=frozenset({"medicina"}),
                levels=frozenset({EducationLevel.DOCTORATE}),
            ),
        ),
    )
    assert [31, 33] == [a.limit for a in rule.alternatives]


def test_alternatives_round_trip_through_json_and_toml() -> None:
    """An age rule's alternatives are written and read back, in the order stated."""
    rule = AgeRule(
        limit=30,
        alternatives=(
            _MEDICINE,
            AgeAlternative(
                limit=35,
                fields=frozenset({"Public health", "Epidemiology"}),
                levels=frozenset({EducationLevel.DOCTORATE}),
                related_fields_accepted=True,
                wording="35 for doctors of public health",
            ),
        ),
    )
    written = to_dict(rule)
    assert ["Epidemiology", "Public health"] == written["alternatives"][1]["fields"]
    assert rule == from_dict(written, AgeRule)
    assert rule == loads(dumps(rule, format="toml"), AgeRule, format="toml")


@given(age_rules(), st.dates(dt.date(1970, 1, 1), dt.date(2100, 12, 31)))
def test_a_higher_limit_is_an_earlier_born_on_or_after_date(rule: AgeRule, on: dt.date) -> None:
    """Every alternative's born-on-or-after date is before the rule's own."""
    earliest = rule.earliest_birth_date(on)
    for alternative in rule.alternatives:
        assert alternative.earliest_birth_date(rule, on) < earliest
