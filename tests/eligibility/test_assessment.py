"""`jpo_model.eligibility.assessment`: assessments, their findings, and batch screening."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from random import Random

import attrs
import pendulum
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from jpo_model import (
    AgeReference,
    AgeRule,
    Assessment,
    Candidate,
    Criterion,
    Degree,
    DegreeSubstitution,
    EducationLevel,
    EligibilityRules,
    ExperienceCounting,
    ExperienceKind,
    ExperiencePeriod,
    LanguageRequirement,
    LanguageSkill,
    LeapDayBirthday,
    MilitaryServiceExtension,
    Post,
    Proficiency,
    Qualifications,
    Relevance,
    Verdict,
    assess,
    examples,
    screen,
)
from jpo_model.eligibility import Finding
from jpo_model.eligibility.experience import ExperienceTally
from jpo_model.eligibility_rules import AgeAlternative
from jpo_model.strategies import age_rules, candidates, degrees, experience_periods

D = pendulum.Date
SEED = examples.load("ohchr-25p153")
ON = D(2026, 3, 1)
SEED_CRITERIA = [
    Criterion.AGE,
    Criterion.NATIONALITY,
    Criterion.EDUCATION_LEVEL,
    Criterion.EDUCATION_FIELD,
    Criterion.EDUCATION_LOCATION,
    Criterion.EXPERIENCE,
    Criterion.UN_EXPERIENCE_CEILING,
    Criterion.LANGUAGE,
    Criterion.LANGUAGE,
]
"""The rules seed 002 states, in the order findings report them (two language rules)."""
SEED_COUNTRIES = ("KE", "UG", "IN", "NL", "FR")
EMPLOYMENT, INTERNSHIP = ExperienceKind.EMPLOYMENT, ExperienceKind.INTERNSHIP


def _degree(level: EducationLevel = EducationLevel.ADVANCED, **changes: object) -> Degree:
    fields: dict[str, object] = {
        "level": level,
        "field": "Law",
        "countries": frozenset({"KE"}),
        "completed": D(2020, 6, 30),
    }
    return Degree(**(fields | changes))  # type: ignore[arg-type]


def _period(
    start: pendulum.Date,
    end: pendulum.Date | None,
    kind: ExperienceKind = EMPLOYMENT,
    **changes: object,
) -> ExperiencePeriod:
    fields: dict[str, object] = {
        "kind": kind,
        "start": start,
        "end": end,
        "relevance": Relevance.RELEVANT,
    }
    return ExperiencePeriod(**(fields | changes))  # type: ignore[arg-type]


def _candidate(**changes: object) -> Candidate:
    """A candidate eligible for seed 002 on ON; each test changes one thing."""
    fields: dict[str, object] = {
        "birth_date": D(1996, 5, 5),
        "nationalities": frozenset({"KE"}),
        "degrees": (_degree(),),
        "experience": (_period(D(2020, 9, 1), D(2023, 8, 31)),),
        "languages": (LanguageSkill(language="en", level=Proficiency.FLUENT),),
    }
    return Candidate(**(fields | changes))  # type: ignore[arg-type]


def _finding(assessment: Assessment, criterion: Criterion) -> Finding:
    return next(f for f in assessment.findings if f.criterion is criterion)


def _with_rules(*, age: AgeRule) -> Post:
    rules = SEED.eligibility or EligibilityRules()
    return attrs.evolve(SEED, eligibility=attrs.evolve(rules, age=age))


# Seed 002 oracles (domain.md §3).


def test_the_reference_candidate_is_eligible_with_one_finding_per_rule() -> None:
    """Seed 002 states nine rules; a candidate meeting all is eligible on each."""
    result = assess(SEED, _candidate(), on=ON)
    assert Verdict.ELIGIBLE is result.verdict
    assert SEED_CRITERIA == [f.criterion for f in result.findings]


@pytest.mark.parametrize(
    ("birth", "expected"),
    [
        (D(1994, 1, 1), Verdict.ELIGIBLE),
        (D(1994, 12, 31), Verdict.ELIGIBLE),
        (D(1993, 12, 31), Verdict.INELIGIBLE),
    ],
)
@pytest.mark.parametrize("on", [D(2026, 1, 1), D(2026, 3, 10), D(2026, 12, 31)])
def test_seed_age_oracles(birth: pendulum.Date, expected: Verdict, on: pendulum.Date) -> None:
    """Born 1994-01-01 or 1994-12-31: eligible on age in 2026; born 1993-12-31: not."""
    result = assess(SEED, _candidate(birth_date=birth), on=on)
    assert expected is _finding(result, Criterion.AGE).verdict


def test_seed_age_rule_derives_born_on_or_after_1_january_1994() -> None:
    """ "32 or below as of 31 December" means born on or after 1 January 1994 for 2026."""
    assert SEED.eligibility is not None
    assert SEED.eligibility.age is not None
    assert D(1994, 1, 1) == SEED.eligibility.age.earliest_birth_date(D(2026, 3, 10))


def test_age_at_the_application_date_counts_full_birth_dates() -> None:
    """ "Must not have turned 33 at the time of application": the birthday itself excludes."""
    rule = AgeRule(limit=33, inclusive=False, reference=AgeReference.APPLICATION_DATE)
    post = _with_rules(age=rule)
    on = D(2026, 3, 10)
    turned = assess(post, _candidate(birth_date=D(1993, 3, 10)), on=on)
    not_yet = assess(post, _candidate(birth_date=D(1993, 3, 11)), on=on)
    assert Verdict.INELIGIBLE is _finding(turned, Criterion.AGE).verdict
    assert Verdict.ELIGIBLE is _finding(not_yet, Criterion.AGE).verdict


def test_leap_day_births_reach_their_birthday_on_1_march() -> None:
    """Born 29 February 1992, not yet 33 on 28 February 2025, 33 on 1 March."""
    rule = AgeRule(limit=33, inclusive=False, reference=AgeReference.APPLICATION_DATE)
    assert rule.allows(D(1992, 2, 29), on=D(2025, 2, 28))
    assert not rule.allows(D(1992, 2, 29), on=D(2025, 3, 1))
    assert D(1992, 2, 29) == rule.earliest_birth_date(D(2025, 2, 28))


BETWEEN_25_AND_32 = AgeRule(
    limit=32, minimum=25, wording="between 25 and 32 years of age as of 31 December"
)


@pytest.mark.parametrize(
    ("born", "verdict", "explanation"),
    [
        (
            D(2001, 12, 31),
            Verdict.ELIGIBLE,
            (
                "born 2001-12-31, between 1994-01-01 and 2001-12-31: aged 25 on 2026-12-31, "
                "within the age range of 25 to 32"
            ),
        ),
        (
            D(2002, 1, 1),
            Verdict.INELIGIBLE,
            (
                "born 2002-01-01, after 2001-12-31: aged 24 on 2026-12-31, "
                "below the age range of 25 to 32"
            ),
        ),
        (
            D(1993, 12, 31),
            Verdict.INELIGIBLE,
            (
                "born 1993-12-31, before 1994-01-01: aged 33 on 2026-12-31, "
                "above the age range of 25 to 32"
            ),
        ),
    ],
)
def test_a_minimum_age_excludes_the_too_young(
    born: pendulum.Date, verdict: Verdict, explanation: str
) -> None:
    """ "between 25 and 32 years of age": 25 and 32 pass on 31 December 2026, 24 does not."""
    finding = _finding(
        assess(_with_rules(age=BETWEEN_25_AND_32), _candidate(birth_date=born), on=ON),
        Criterion.AGE,
    )
    assert (verdict, explanation) == (finding.verdict, finding.explanation)
    assert (25, D(2001, 12, 31)) == (
        dict(finding.numbers)["minimum"],
        dict(finding.numbers)["latest_birth_date"],
    )


@pytest.mark.parametrize(
    "wording",
    [
        "32 years of age or below; the age limit may be waived in exceptional cases",
        "candidates should normally be 32 years of age or below",
    ],
)
def test_a_waivable_limit_needs_review_instead_of_excluding(wording: str) -> None:
    """A limit that "may be waived in exceptional cases" or holds "normally" asks a person."""
    rule = AgeRule(limit=32, waivable=True, wording=wording)
    over = assess(_with_rules(age=rule), _candidate(birth_date=D(1993, 12, 31)), on=ON)
    finding = _finding(over, Criterion.AGE)
    assert (Verdict.NEEDS_REVIEW, Verdict.NEEDS_REVIEW) == (finding.verdict, over.verdict)
    assert (
        "born 1993-12-31, before 1994-01-01: aged 33 on 2026-12-31, above the limit of 32 "
        "or below; the rule may be waived: a person decides"
    ) == finding.explanation
    within = assess(_with_rules(age=rule), _candidate(birth_date=D(1994, 1, 1)), on=ON)
    assert Verdict.ELIGIBLE is _finding(within, Criterion.AGE).verdict


def test_a_waivable_rule_never_outweighs_another_rule_failed() -> None:
    """A waivable age rule failed needs review; a failed nationality still excludes."""
    rule = AgeRule(limit=32, waivable=True)
    candidate = _candidate(birth_date=D(1993, 12, 31), nationalities=frozenset({"NL"}))
    assert Verdict.INELIGIBLE is assess(_with_rules(age=rule), candidate, on=ON).verdict


def test_the_leap_day_convention_is_the_rules_own() -> None:
    """ "must not have turned 33 at the time of application": born 29 February 1992, a rule
    counting 28 February reaches 33 a day earlier than the default 1 March."""
    march = AgeRule(limit=33, inclusive=False, reference=AgeReference.APPLICATION_DATE)
    february = attrs.evolve(march, leap_day=LeapDayBirthday.FEBRUARY_28)
    born, on = D(1992, 2, 29), D(2025, 2, 28)
    assert (Verdict.ELIGIBLE, Verdict.INELIGIBLE) == tuple(
        _finding(
            assess(_with_rules(age=r), _candidate(birth_date=born), on=on), Criterion.AGE
        ).verdict
        for r in (march, february)
    )
    assert (D(1992, 2, 29), D(1992, 3, 1)) == (
        march.earliest_birth_date(on),
        february.earliest_birth_date(on),
    )
    assert (
        33
        == dict(
            _finding(
                assess(_with_rules(age=february), _candidate(birth_date=born), on=on), Criterion.AGE
            ).numbers
        )["age"]
    )


def test_military_service_extends_the_age_limit() -> None:
    """Korea: +2 years for 12-23 months of service."""
    rule = AgeRule(
        limit=32,
        extensions=(
            MilitaryServiceExtension(min_months=0, max_months=12, years_added=1),
            MilitaryServiceExtension(min_months=12, max_months=24, years_added=2),
            MilitaryServiceExtension(min_months=24, years_added=3),
        ),
    )
    post = _with_rules(age=rule)
    born = D(1992, 6, 1)
    without = assess(post, _candidate(birth_date=born), on=ON)
    served = assess(post, _candidate(birth_date=born, military_service_months=18), on=ON)
    assert Verdict.INELIGIBLE is _finding(without, Criterion.AGE).verdict
    finding = _finding(served, Criterion.AGE)
    assert Verdict.ELIGIBLE is finding.verdict
    assert "32 + 2 years for 18 months of military service" in finding.explanation


@given(
    age_rules(alternatives=st.just(())),
    st.dates(dt.date(1950, 1, 1), dt.date(2015, 12, 31)),
    st.dates(dt.date(2000, 1, 1), dt.date(2040, 12, 31)),
    st.integers(0, 40),
)
def test_age_verdict_agrees_with_the_born_on_or_after_date(
    rule: AgeRule, birth: dt.date, on: dt.date, months: int
) -> None:
    """The age finding passes exactly when born between the derived days; a waivable rule
    failed needs review."""
    post = _with_rules(age=rule)
    candidate = _candidate(
        birth_date=D(birth.year, birth.month, birth.day), military_service_months=months
    )
    earliest = rule.earliest_birth_date(on, military_service_months=months)
    latest = rule.latest_birth_date(on)
    passes = birth >= earliest and (latest is None or birth <= latest)
    assert passes == rule.allows(birth, on=on, military_service_months=months)
    verdict = _finding(assess(post, candidate, on=on), Criterion.AGE).verdict
    failed = Verdict.NEEDS_REVIEW if rule.waivable else Verdict.INELIGIBLE
    assert (Verdict.ELIGIBLE if passes else failed) is verdict


# Alternative limits for degrees in named fields (Italy: "31 or 33 for graduates in medicine").

MEDICINE_UP_TO_34 = AgeRule(
    limit=32,
    alternatives=(AgeAlternative(limit=34, fields=frozenset({"Medicine"})),),
)
"""Seed 002's limit, with two more years for graduates in medicine."""


@pytest.mark.parametrize(
    ("field", "related", "expected"),
    [
        ("medicine", False, Verdict.ELIGIBLE),
        ("Law", False, Verdict.INELIGIBLE),
        ("Law", True, Verdict.NEEDS_REVIEW),
    ],
)
def test_a_degree_in_a_named_field_allows_the_alternative_limit(
    field: str, related: bool, expected: Verdict
) -> None:
    """Aged 34, over 32: eligible with a degree in medicine; else review only if related
    fields are accepted."""
    alternative = attrs.evolve(MEDICINE_UP_TO_34.alternatives[0], related_fields_accepted=related)
    rule = attrs.evolve(MEDICINE_UP_TO_34, alternatives=(alternative,))
    candidate = _candidate(birth_date=D(1992, 1, 1), degrees=(_degree(field=field),))
    result = assess(_with_rules(age=rule), candidate, on=ON)
    finding = _finding(result, Criterion.AGE)
    assert (expected, 34, D(1992, 1, 1)) == (
        finding.verdict,
        dict(finding.numbers)["alternative_limit"],
        dict(finding.numbers)["alternative_earliest_birth_date"],
    )


def test_the_explanations_say_which_limit_applied() -> None:
    """Within 32, the rule's limit; within 34 with medicine, the alternative; beyond, neither."""
    post = _with_rules(age=MEDICINE_UP_TO_34)
    medicine = (_degree(field="Medicine"),)
    texts = [
        _finding(assess(post, _candidate(birth_date=born, degrees=medicine), on=ON), Criterion.AGE)
        for born in (D(1994, 1, 1), D(1992, 1, 1), D(1991, 12, 31))
    ]
    assert [Verdict.ELIGIBLE, Verdict.ELIGIBLE, Verdict.INELIGIBLE] == [f.verdict for f in texts]
    within = "born 1994-01-01, on or after 1994-01-01: aged 32 on 2026-12-31, within the limit "
    over = "before 1994-01-01: aged {} on 2026-12-31, above the limit of 32 or below; "
    assert [
        within + "of 32 or below",
        "born 1992-01-01, "
        + over.format(34)
        + "within the alternative limit of 34 or below for a degree in Medicine (born on or "
        "after 1992-01-01), which applies: holds a degree in Medicine",
        "born 1991-12-31, "
        + over.format(35)
        + "above the alternative limits for degrees in named fields too (the highest: 34 or "
        "below for a degree in Medicine, born on or after 1992-01-01)",
    ] == [f.explanation for f in texts]


def test_a_degree_not_yet_held_does_not_allow_the_alternative() -> None:
    """A degree in medicine completed after the assessment day is not held."""
    later = _degree(field="Medicine", completed=D(2026, 6, 30))
    candidate = _candidate(birth_date=D(1992, 1, 1), degrees=(_degree(), later))
    finding = _finding(assess(_with_rules(age=MEDICINE_UP_TO_34), candidate, on=ON), Criterion.AGE)
    assert Verdict.INELIGIBLE is finding.verdict
    assert finding.explanation.endswith("but holds no such degree")


def test_a_waivable_rule_failed_beside_an_alternative_needs_review() -> None:
    """Within the alternative's limit without its degree, a waivable rule still asks a person."""
    rule = attrs.evolve(MEDICINE_UP_TO_34, waivable=True)
    candidate = _candidate(birth_date=D(1992, 1, 1))
    finding = _finding(assess(_with_rules(age=rule), candidate, on=ON), Criterion.AGE)
    assert Verdict.NEEDS_REVIEW is finding.verdict
    assert finding.explanation.endswith(
        "but holds no such degree; the rule may be waived: a person decides"
    )


_FIELDS = ("Law", "Sociology", "Medicine")
_RANK = {Verdict.INELIGIBLE: 0, Verdict.NEEDS_REVIEW: 1, Verdict.ELIGIBLE: 2}


def _alternatives_above(limit: int) -> st.SearchStrategy[AgeAlternative]:
    return st.builds(
        AgeAlternative,
        limit=st.integers(limit + 1, 99),
        fields=st.frozensets(st.sampled_from(_FIELDS), min_size=1),
        levels=st.frozensets(st.sampled_from(EducationLevel)),
        related_fields_accepted=st.booleans(),
    )


_AGE_PEOPLE = candidates(
    birth_date=st.dates(dt.date(1970, 1, 1), dt.date(2002, 12, 31)).map(
        lambda d: D(d.year, d.month, d.day)
    ),
    nationalities=st.just(frozenset({"KE"})),
    degrees=st.lists(
        degrees(
            completed=st.dates(dt.date(2010, 1, 1), dt.date(2027, 1, 1)).map(
                lambda d: D(d.year, d.month, d.day)
            ),
            field=st.sampled_from(_FIELDS),
        ),
        max_size=3,
    ).map(tuple),
)


@given(age_rules(limit=st.integers(20, 98), alternatives=st.just(())), _AGE_PEOPLE, st.data())
def test_adding_an_alternative_never_makes_a_candidate_less_eligible(
    rule: AgeRule, candidate: Candidate, data: st.DataObject
) -> None:
    """With one more alternative limit, the age finding and the verdict are never worse."""
    drawn = data.draw(st.lists(_alternatives_above(rule.limit), max_size=2))
    extra = data.draw(_alternatives_above(rule.limit))
    # The fields are drawn in one spelling each: no two spellings of a field to fold.
    keys = {(a.fields, a.levels) for a in (*drawn, extra)}
    assume(len(keys) == len(drawn) + 1)
    fewer = attrs.evolve(rule, alternatives=tuple(drawn))
    more = attrs.evolve(rule, alternatives=(*drawn, extra))
    before = assess(_with_rules(age=fewer), candidate, on=ON)
    after = assess(_with_rules(age=more), candidate, on=ON)
    assert _RANK[after.verdict] >= _RANK[before.verdict]
    age_before, age_after = (_finding(a, Criterion.AGE) for a in (before, after))
    assert _RANK[age_after.verdict] >= _RANK[age_before.verdict]
    for name, value in age_after.numbers:
        if name.startswith("alternative_"):
            assert str(value) in age_after.explanation, name


@given(age_rules(alternatives=st.just(())), _AGE_PEOPLE, st.data())
def test_a_candidate_not_over_the_limit_is_unaffected_by_alternatives(
    rule: AgeRule, candidate: Candidate, data: st.DataObject
) -> None:
    """Born on or after the rule's own date, alternatives change no finding and no text."""
    months = candidate.military_service_months or 0
    assume(candidate.birth_date >= rule.earliest_birth_date(ON, military_service_months=months))
    assume(rule.limit < 99)
    drawn = data.draw(st.lists(_alternatives_above(rule.limit), min_size=1, max_size=2))
    keys = {(a.fields, a.levels) for a in drawn}
    assume(len(keys) == len(drawn))
    with_alternatives = attrs.evolve(rule, alternatives=tuple(drawn))
    assert assess(_with_rules(age=rule), candidate, on=ON) == assess(
        _with_rules(age=with_alternatives), candidate, on=ON
    )


@given(st.lists(_AGE_PEOPLE, max_size=6))
def test_screening_with_alternatives_equals_assessing_each(people: list[Candidate]) -> None:
    """Age findings shared within a screening still weigh each candidate's own degrees."""
    post = examples.load("undesa-italy-jpo-call-2022")
    assert [assess(post, c, on=ON) for c in people] == list(screen(post, people, on=ON))


def test_any_nationality_of_a_dual_national_qualifies() -> None:
    """A Dutch-Kenyan candidate qualifies through the Kenyan nationality."""
    dual = assess(SEED, _candidate(nationalities=frozenset({"NL", "KE"})), on=ON)
    dutch = assess(SEED, _candidate(nationalities=frozenset({"NL"})), on=ON)
    assert Verdict.ELIGIBLE is _finding(dual, Criterion.NATIONALITY).verdict
    assert Verdict.INELIGIBLE is dutch.verdict


# Education.


def test_a_first_level_degree_raises_the_experience_requirement_to_four_years() -> None:
    """Seed 002: with a first-level degree 4 years are needed (exceptional: a person decides)."""
    bachelor = (_degree(EducationLevel.FIRST_LEVEL, completed=D(2018, 6, 30)),)
    three = _candidate(degrees=bachelor, experience=(_period(D(2019, 1, 1), D(2021, 12, 31)),))
    five = _candidate(degrees=bachelor, experience=(_period(D(2019, 1, 1), D(2023, 12, 31)),))
    short = assess(SEED, three, on=ON)
    assert Verdict.INELIGIBLE is short.verdict
    assert Verdict.INELIGIBLE is _finding(short, Criterion.EXPERIENCE).verdict
    long = assess(SEED, five, on=ON)
    assert Verdict.ELIGIBLE is _finding(long, Criterion.EXPERIENCE).verdict
    assert Verdict.NEEDS_REVIEW is _finding(long, Criterion.EDUCATION_LEVEL).verdict
    assert Verdict.NEEDS_REVIEW is long.verdict


def test_an_ordinary_substitution_is_eligible_without_review() -> None:
    """A substitution not limited to exceptional cases is decided by the machine."""
    assert SEED.qualifications is not None
    education = SEED.qualifications.education
    assert education is not None
    plain = DegreeSubstitution(
        held=EducationLevel.FIRST_LEVEL,
        in_lieu_of=EducationLevel.ADVANCED,
        additional_experience_years=2,
    )
    post = attrs.evolve(
        SEED,
        qualifications=attrs.evolve(
            SEED.qualifications, education=attrs.evolve(education, substitutions=(plain,))
        ),
    )
    candidate = _candidate(
        degrees=(_degree(EducationLevel.FIRST_LEVEL, completed=D(2018, 6, 30)),),
        experience=(_period(D(2019, 1, 1), D(2023, 12, 31)),),
    )
    assert Verdict.ELIGIBLE is assess(post, candidate, on=ON).verdict


def test_no_degree_is_ineligible() -> None:
    """Without a degree the education level rule fails and no experience counts."""
    result = assess(SEED, _candidate(degrees=()), on=ON)
    assert Verdict.INELIGIBLE is _finding(result, Criterion.EDUCATION_LEVEL).verdict
    assert Verdict.INELIGIBLE is _finding(result, Criterion.EDUCATION_LOCATION).verdict
    assert dict(_finding(result, Criterion.EXPERIENCE).numbers)["counted_days"] == 0


def test_a_degree_completed_after_the_assessment_day_is_not_held() -> None:
    """A degree expected later does not count yet."""
    later = _candidate(degrees=(_degree(completed=D(2026, 6, 30)),))
    result = assess(SEED, later, on=ON)
    finding = _finding(result, Criterion.EDUCATION_LEVEL)
    assert Verdict.INELIGIBLE is finding.verdict
    assert "1 degree(s) completed after 2026-03-01 not counted" in finding.explanation


def test_a_field_not_listed_needs_review() -> None:
    """ "Law or other discipline related to human rights": another field needs a person."""
    result = assess(SEED, _candidate(degrees=(_degree(field="Sociology"),)), on=ON)
    assert Verdict.NEEDS_REVIEW is _finding(result, Criterion.EDUCATION_FIELD).verdict
    assert Verdict.NEEDS_REVIEW is result.verdict


@pytest.mark.parametrize(
    ("countries", "expected"),
    [
        (frozenset({"KE"}), Verdict.ELIGIBLE),
        (frozenset({"KE", "NL"}), Verdict.NEEDS_REVIEW),
        (frozenset({"NL"}), Verdict.INELIGIBLE),
    ],
)
def test_where_the_degree_was_obtained(countries: frozenset[str], expected: Verdict) -> None:
    """A degree from a listed country qualifies; partly listed needs review; unlisted fails."""
    result = assess(SEED, _candidate(degrees=(_degree(countries=countries),)), on=ON)
    assert expected is _finding(result, Criterion.EDUCATION_LOCATION).verdict


# Experience counting.


def test_the_counting_oracle_of_the_issue() -> None:
    """1 year 10 months of employment plus a 12-month internship at 50 % make 2 years 4 months."""
    candidate = _candidate(
        degrees=(_degree(EducationLevel.FIRST_LEVEL, completed=D(2019, 6, 30)),),
        experience=(
            _period(D(2020, 1, 1), D(2021, 10, 31)),
            _period(D(2022, 1, 1), D(2022, 12, 31), INTERNSHIP),
        ),
    )
    finding = _finding(assess(SEED, candidate, on=ON), Criterion.EXPERIENCE)
    assert Verdict.INELIGIBLE is finding.verdict
    assert (
        "counted 2 years 4 months (852.5 days) of qualifying experience since 2019-06-30 "
        "(after the first degree): 1 year 10 months employment + 6 months from 1 year of "
        "internship at 50%; 4 years (1460 days) are required with a first-level degree"
    ) == finding.explanation


def _paid_only(post: Post = SEED) -> Post:
    """The post asking for "two years of paid professional experience"."""
    assert post.qualifications is not None
    experience = post.qualifications.experience
    assert experience is not None
    paid = attrs.evolve(experience, paid_only=True)
    return attrs.evolve(post, qualifications=attrs.evolve(post.qualifications, experience=paid))


def test_only_paid_experience_counts_where_the_post_says_so() -> None:
    """ "two years of paid professional experience": three paid years pass, three unpaid
    years count nothing."""
    paid = _candidate(experience=(_period(D(2020, 9, 1), D(2023, 8, 31), paid=True),))
    unpaid = _candidate(experience=(_period(D(2020, 9, 1), D(2023, 8, 31), paid=False),))
    assert (
        Verdict.ELIGIBLE
        is _finding(assess(_paid_only(), paid, on=ON), Criterion.EXPERIENCE).verdict
    )
    finding = _finding(assess(_paid_only(), unpaid, on=ON), Criterion.EXPERIENCE)
    assert (Verdict.INELIGIBLE, 0) == (finding.verdict, dict(finding.numbers)["counted_days"])
    assert finding.explanation.startswith("counted 0 days of qualifying paid experience")


def test_experience_of_unstated_pay_needs_review() -> None:
    """ "two years of paid professional experience": three years of unstated pay may count,
    so a person decides, as for experience of unknown relevance."""
    unknown = _candidate(experience=(_period(D(2020, 9, 1), D(2023, 8, 31), paid=None),))
    result = assess(_paid_only(), unknown, on=ON)
    finding = _finding(result, Criterion.EXPERIENCE)
    assert (Verdict.NEEDS_REVIEW, Verdict.NEEDS_REVIEW) == (finding.verdict, result.verdict)
    assert (0, 1095) == (
        dict(finding.numbers)["counted_days"],
        dict(finding.numbers)["counted_days_if_relevant"],
    )
    assert finding.explanation.endswith(
        "; 3 years (1095 days) if every period of unknown relevance or pay proves relevant "
        "and paid: a person decides"
    )


def test_pay_does_not_matter_where_the_post_does_not_ask_for_it() -> None:
    """Seed 002 does not ask for paid experience: unpaid and unstated pay count alike."""
    unpaid = _candidate(experience=(_period(D(2020, 9, 1), D(2023, 8, 31), paid=False),))
    assert Verdict.ELIGIBLE is _finding(assess(SEED, unpaid, on=ON), Criterion.EXPERIENCE).verdict


@given(candidates(), st.booleans())
def test_counting_only_paid_experience_never_counts_more(
    candidate: Candidate, relevant_required: bool
) -> None:
    """Asking for paid experience never raises the low or the high count, and equals the
    count of the same periods with unpaid ones dropped (unstated pay as unpaid, low)."""
    counting = ExperienceCounting()
    tallies = [
        ExperienceTally.from_rules(counting, relevant_required=relevant_required, paid_only=p)
        for p in (False, True)
    ]
    periods = candidate.experience
    (any_low, any_high), (paid_low, paid_high) = (
        t.count(periods, 1, ON.toordinal()) for t in tallies
    )
    assert any_high is not None
    assert paid_high is not None
    assert paid_low <= any_low
    assert paid_high <= any_high
    paid = tuple(p for p in periods if p.paid is True)
    stated = tuple(p for p in periods if p.paid is not False)
    assert paid_low == tallies[0].count(paid, 1, ON.toordinal())[0]
    assert paid_high == tallies[0].count(stated, 1, ON.toordinal())[1]


def test_experience_before_the_first_degree_does_not_count() -> None:
    """Seed 002 counts only experience acquired after the first-level degree."""
    before = _candidate(experience=(_period(D(2015, 1, 1), D(2020, 6, 30)),))
    result = assess(SEED, before, on=ON)
    assert dict(_finding(result, Criterion.EXPERIENCE).numbers)["counted_days"] == 0


def test_overlapping_periods_count_each_day_once_at_the_highest_weight() -> None:
    """An internship inside a job adds nothing; two overlapping jobs count once."""
    job = _period(D(2021, 1, 1), D(2022, 12, 31))
    inside = _period(D(2021, 6, 1), D(2021, 11, 30), INTERNSHIP)
    twin = _period(D(2022, 1, 1), D(2023, 12, 31))
    alone = assess(SEED, _candidate(experience=(job,)), on=ON)
    both = assess(SEED, _candidate(experience=(job, inside)), on=ON)
    assert _finding(alone, Criterion.EXPERIENCE) == _finding(both, Criterion.EXPERIENCE)
    merged = assess(SEED, _candidate(experience=(job, twin)), on=ON)
    assert dict(_finding(merged, Criterion.EXPERIENCE).numbers)["counted_days"] == 1095


def test_part_time_counts_pro_rata_unless_the_programme_says_otherwise() -> None:
    """Half time for two years is one year; with pro rata off it is nothing."""
    half = _candidate(
        experience=(_period(D(2021, 1, 1), D(2022, 12, 31), full_time_percent=Decimal(50)),)
    )
    counted = dict(_finding(assess(SEED, half, on=ON), Criterion.EXPERIENCE).numbers)
    assert Decimal(365) == counted["counted_days"]
    assert SEED.qualifications is not None
    assert SEED.qualifications.experience is not None
    strict = attrs.evolve(
        SEED,
        qualifications=attrs.evolve(
            SEED.qualifications,
            experience=attrs.evolve(
                SEED.qualifications.experience,
                counting=ExperienceCounting(part_time_pro_rata=False),
            ),
        ),
    )
    counted = dict(_finding(assess(strict, half, on=ON), Criterion.EXPERIENCE).numbers)
    assert counted["counted_days"] == 0


def test_unknown_relevance_needs_review_only_when_it_decides() -> None:
    """If the verdict turns on periods of unknown relevance, a person decides."""
    unknown = _period(D(2023, 9, 1), D(2024, 8, 31), relevance=Relevance.UNKNOWN)
    short = _period(D(2020, 9, 1), D(2021, 8, 31))
    deciding = assess(SEED, _candidate(experience=(short, unknown)), on=ON)
    finding = _finding(deciding, Criterion.EXPERIENCE)
    assert Verdict.NEEDS_REVIEW is finding.verdict
    assert "if every period of unknown relevance proves relevant" in finding.explanation
    enough = _period(D(2020, 9, 1), D(2023, 8, 31))
    settled = _finding(
        assess(SEED, _candidate(experience=(enough, unknown)), on=ON), Criterion.EXPERIENCE
    )
    assert Verdict.ELIGIBLE is settled.verdict
    assert "counted_days_if_relevant" not in dict(settled.numbers)
    assert "a person decides" not in settled.explanation


def test_irrelevant_internships_count_nothing() -> None:
    """Internships count at 50 % only if relevant."""
    internship = _period(
        D(2021, 1, 1), D(2022, 12, 31), INTERNSHIP, relevance=Relevance.NOT_RELEVANT
    )
    result = assess(SEED, _candidate(experience=(internship,)), on=ON)
    assert dict(_finding(result, Criterion.EXPERIENCE).numbers)["counted_days"] == 0


@given(st.integers(1, 6), st.dates(dt.date(2000, 1, 1), dt.date(2019, 12, 31)))
def test_exactly_n_calendar_years_meet_an_n_year_minimum(years: int, start: dt.date) -> None:
    """A single unbroken full-time period of exactly N calendar years meets N years."""
    first = D(start.year, start.month, start.day)
    end = first.add(years=years).subtract(days=1)
    degree = _degree(completed=first.subtract(days=1))
    post = _with_minimum(years)
    candidate = _candidate(degrees=(degree,), experience=(_period(first, end),))
    on = end.add(days=400)
    assert (
        Verdict.ELIGIBLE is _finding(assess(post, candidate, on=on), Criterion.EXPERIENCE).verdict
    )


def test_a_day_short_of_n_years_without_a_leap_day_fails() -> None:
    """2 years minus a day (no 29 February inside) is not 2 years."""
    candidate = _candidate(experience=(_period(D(2021, 1, 1), D(2022, 12, 30)),))
    assert (
        Verdict.INELIGIBLE is _finding(assess(SEED, candidate, on=ON), Criterion.EXPERIENCE).verdict
    )


def test_more_than_the_upper_end_of_a_range_needs_review() -> None:
    """ILO "two to three years": four years need a person, never a machine's fail."""
    post = examples.load("ilo-socpro-2212")
    four = _candidate(experience=(_period(D(2020, 9, 1), D(2024, 8, 31)),))
    finding = _finding(assess(post, four, on=ON), Criterion.EXPERIENCE)
    assert Verdict.NEEDS_REVIEW is finding.verdict
    assert "the post states at most 3 years" in finding.explanation


# UN-system ceiling.


@pytest.mark.parametrize(
    ("end", "expected"),
    [
        (D(2024, 12, 31), Verdict.ELIGIBLE),
        (D(2025, 1, 1), Verdict.INELIGIBLE),
    ],
)
def test_un_experience_above_one_year_is_disqualifying(
    end: pendulum.Date, expected: Verdict
) -> None:
    """One calendar year (even a leap year) is allowed; a day more is not; internships count."""
    un = _period(D(2024, 1, 1), end, INTERNSHIP, un_system=True)
    result = assess(SEED, _candidate(experience=(*_candidate().experience, un)), on=ON)
    assert expected is _finding(result, Criterion.UN_EXPERIENCE_CEILING).verdict
    assert expected is result.verdict


# Languages.


def test_one_of_a_set_of_languages() -> None:
    """ILO: one working language (English, French, Spanish) is enough; a second is desirable."""
    post = examples.load("ilo-ethics-2340")
    french = (LanguageSkill(language="fr", level=Proficiency.EXCELLENT),)
    result = assess(post, _candidate(languages=french), on=ON)
    required, desirable = [f for f in result.findings if f.criterion is Criterion.LANGUAGE]
    assert (Verdict.ELIGIBLE, True) == (required.verdict, required.decisive)
    assert (Verdict.INELIGIBLE, False) == (desirable.verdict, desirable.decisive)


def test_desirable_languages_are_never_decisive() -> None:
    """Lacking a desirable language leaves an eligible candidate eligible."""
    result = assess(SEED, _candidate(), on=ON)
    desirable = [f for f in result.findings if not f.decisive]
    assert [Verdict.INELIGIBLE] == [f.verdict for f in desirable]
    assert Verdict.ELIGIBLE is result.verdict


def test_a_regional_tag_satisfies_its_language() -> None:
    """Speaking zh-Hans satisfies a requirement for zh; too low a level does not."""
    requirement = LanguageRequirement(languages=("zh",), level=Proficiency.FLUENT)
    post = attrs.evolve(
        SEED, qualifications=Qualifications(languages=(requirement,)), eligibility=None
    )
    fluent = (LanguageSkill(language="zh-Hans", level=Proficiency.EXCELLENT),)
    good = (LanguageSkill(language="zh", level=Proficiency.GOOD),)
    assert Verdict.ELIGIBLE is assess(post, _candidate(languages=fluent), on=ON).verdict
    assert Verdict.INELIGIBLE is assess(post, _candidate(languages=good), on=ON).verdict


def test_posts_without_rules_yield_findings_only_for_what_is_stated() -> None:
    """A post without eligibility or qualifications has nothing to find: eligible."""
    bare = examples.load("osagi-gender-focal-point")
    result = assess(bare, _candidate(), on=ON)
    assert (Verdict.ELIGIBLE, ()) == (result.verdict, result.findings)
    ilo = assess(examples.load("ilo-ethics-2340"), _candidate(), on=ON)
    assert Criterion.AGE not in {f.criterion for f in ilo.findings}


def test_every_rule_has_a_finding_even_when_the_first_rules_fail() -> None:
    """Failing age and nationality still leaves one explained finding per rule, with numbers."""
    refused = _candidate(
        birth_date=D(1980, 1, 1), nationalities=frozenset({"NL"}), degrees=(), languages=()
    )
    (result,) = screen(SEED, [refused], on=ON)
    assert Verdict.INELIGIBLE is result.verdict
    assert SEED_CRITERIA == [f.criterion for f in result.findings]
    assert dict(_finding(result, Criterion.EXPERIENCE).numbers)["counted_days"] == 0
    for finding in result.findings:
        assert finding.explanation
        for name, value in finding.numbers:
            assert str(value) in finding.explanation, name


def test_screen_gives_the_same_assessments_as_assess() -> None:
    """Screening many candidates equals assessing each."""
    people = [_candidate(), _candidate(degrees=()), _candidate(nationalities=frozenset({"NL"}))]
    assert [assess(SEED, c, on=ON) for c in people] == list(screen(SEED, people, on=ON))


# Properties on generated candidates.

_DAY = st.dates(dt.date(2005, 1, 1), dt.date(2026, 2, 1)).map(lambda d: D(d.year, d.month, d.day))
_PERIODS = experience_periods(start=_DAY, days=st.none() | st.integers(0, 5 * 366))
_DEGREES = degrees(
    completed=st.dates(dt.date(2003, 1, 1), dt.date(2027, 1, 1)).map(
        lambda d: D(d.year, d.month, d.day)
    ),
    countries=st.frozensets(st.sampled_from(SEED_COUNTRIES), min_size=1, max_size=2),
    field=st.sampled_from(("Law", "Sociology")),
)
_PEOPLE = candidates(
    birth_date=st.dates(dt.date(1988, 1, 1), dt.date(2002, 12, 31)).map(
        lambda d: D(d.year, d.month, d.day)
    ),
    nationalities=st.frozensets(st.sampled_from(SEED_COUNTRIES), min_size=1, max_size=2),
    degrees=st.lists(_DEGREES, max_size=3).map(tuple),
    experience=st.lists(_PERIODS, max_size=6).map(tuple),
)
_POSTS = st.sampled_from(
    [SEED, *(examples.load(s) for s in ("ilo-socpro-2212", "ilo-ethics-2340"))]
)


@given(_POSTS, _PEOPLE, st.randoms(use_true_random=False))
def test_order_of_periods_degrees_and_languages_changes_nothing(
    post: Post, candidate: Candidate, random: Random
) -> None:
    """Shuffling a candidate's periods, degrees and languages gives the same assessment."""
    shuffled = attrs.evolve(
        candidate,
        experience=tuple(random.sample(candidate.experience, len(candidate.experience))),
        degrees=tuple(random.sample(candidate.degrees, len(candidate.degrees))),
        languages=tuple(random.sample(candidate.languages, len(candidate.languages))),
    )
    assert assess(post, candidate, on=ON) == assess(post, shuffled, on=ON)


@given(_POSTS, _PEOPLE, st.data())
def test_splitting_a_period_changes_nothing(
    post: Post, candidate: Candidate, data: st.DataObject
) -> None:
    """Two adjacent periods count exactly as the one period they split."""
    assume(candidate.experience)
    index = data.draw(st.integers(0, len(candidate.experience) - 1))
    period = candidate.experience[index]
    last = period.end or ON
    assume(last > period.start)
    offset = data.draw(st.integers(1, (last - period.start).days))
    cut = period.start.add(days=offset)
    first_half = attrs.evolve(period, end=cut.subtract(days=1))
    second_half = attrs.evolve(period, start=cut)
    split = (
        *candidate.experience[:index],
        first_half,
        second_half,
        *candidate.experience[index + 1 :],
    )
    assert assess(post, candidate, on=ON) == assess(
        post, attrs.evolve(candidate, experience=split), on=ON
    )


@given(_POSTS, _PEOPLE, st.data())
def test_a_duplicate_period_changes_nothing(
    post: Post, candidate: Candidate, data: st.DataObject
) -> None:
    """Listing a period twice never counts it twice."""
    assume(candidate.experience)
    period = data.draw(st.sampled_from(candidate.experience))
    doubled = attrs.evolve(candidate, experience=(*candidate.experience, period))
    assert assess(post, candidate, on=ON) == assess(post, doubled, on=ON)


@given(_POSTS, _PEOPLE, _PERIODS)
def test_more_experience_never_makes_a_candidate_ineligible(
    post: Post, candidate: Candidate, extra: ExperiencePeriod
) -> None:
    """Adding a period outside the UN system never turns any finding (or the whole) ineligible."""
    outside = attrs.evolve(extra, un_system=False)
    before = assess(post, candidate, on=ON)
    after = assess(
        post, attrs.evolve(candidate, experience=(*candidate.experience, outside)), on=ON
    )
    if before.verdict is not Verdict.INELIGIBLE:
        assert Verdict.INELIGIBLE is not after.verdict
    for old, new in zip(before.findings, after.findings, strict=True):
        if new.verdict is Verdict.INELIGIBLE:
            assert Verdict.INELIGIBLE is old.verdict


@given(_PEOPLE)
def test_counted_experience_never_exceeds_the_span_since_the_first_degree(
    candidate: Candidate,
) -> None:
    """Seed 002 never counts more days than have passed since the first degree."""
    finding = _finding(assess(SEED, candidate, on=ON), Criterion.EXPERIENCE)
    numbers = dict(finding.numbers)
    held = [d.completed for d in candidate.degrees if d.completed <= ON]
    span = (ON - min(held)).days if held else 0
    assert isinstance(numbers["counted_days"], Decimal)
    assert numbers["counted_days"] <= span
    assert numbers.get("counted_days_if_relevant", numbers["counted_days"]) <= span  # type: ignore[operator]


@given(_POSTS, st.lists(_PEOPLE, max_size=4))
def test_screening_a_batch_equals_assessing_each_candidate(
    post: Post, people: list[Candidate]
) -> None:
    """Findings shared within a screening explain each candidate as assessing it alone does."""
    assert [assess(post, c, on=ON) for c in people] == list(screen(post, people, on=ON))


@given(_POSTS, _PEOPLE)
def test_every_finding_names_the_numbers_it_used(post: Post, candidate: Candidate) -> None:
    """Each explanation is non-empty and contains every number the finding reports."""
    for finding in assess(post, candidate, on=ON).findings:
        assert finding.explanation
        assert finding.numbers
        for name, value in finding.numbers:
            assert str(value) in finding.explanation, name


@given(_POSTS, _PEOPLE)
def test_the_overall_verdict_follows_from_the_decisive_findings(
    post: Post, candidate: Candidate
) -> None:
    """Ineligible if a decisive finding is, else needs review if one does, else eligible."""
    result = assess(post, candidate, on=ON)
    decisive = {f.verdict for f in result.findings if f.decisive}
    if Verdict.INELIGIBLE in decisive:
        expected = Verdict.INELIGIBLE
    elif Verdict.NEEDS_REVIEW in decisive:
        expected = Verdict.NEEDS_REVIEW
    else:
        expected = Verdict.ELIGIBLE
    assert expected is result.verdict


def _with_minimum(years: int) -> Post:
    assert SEED.qualifications is not None
    assert SEED.qualifications.experience is not None
    return attrs.evolve(
        SEED,
        qualifications=attrs.evolve(
            SEED.qualifications,
            experience=attrs.evolve(SEED.qualifications.experience, minimum_years=years),
        ),
    )


def test_degrees_differing_only_in_country_explain_alike_in_any_order() -> None:
    """Ties between degrees are broken by every field, so order never shows in the text."""
    kenya = _degree(countries=frozenset({"KE"}))
    france = _degree(countries=frozenset({"FR"}))
    one = assess(SEED, _candidate(degrees=(kenya, france)), on=ON)
    other = assess(SEED, _candidate(degrees=(france, kenya)), on=ON)
    assert one == other
