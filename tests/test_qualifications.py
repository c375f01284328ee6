"""Qualifications: education, experience, languages, skills, competencies."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jpo_model import (
    Competencies,
    Competency,
    CompetencyFramework,
    DegreeSubstitution,
    EducationLevel,
    EducationRequirement,
    ExperienceCounting,
    ExperienceKind,
    ExperienceRequirement,
    ExperienceWeight,
    LanguageRequirement,
    Necessity,
    Proficiency,
    Qualifications,
    Requirement,
    ValidationError,
)
from jpo_model.strategies import experience_countings, language_requirements

FIRST, ADVANCED, DOCTORATE = (
    EducationLevel.FIRST_LEVEL,
    EducationLevel.ADVANCED,
    EducationLevel.DOCTORATE,
)


def _problems(build: Callable[[], object]) -> list[tuple[str, str, object]]:
    with pytest.raises(ValidationError) as caught:
        build()
    return [(e.path, e.message, e.value) for e in caught.value.errors]


def test_education_levels_are_ranked() -> None:
    """A doctorate outranks an advanced degree, which outranks a first-level degree."""
    assert [1, 2, 3] == [level.rank for level in (FIRST, ADVANCED, DOCTORATE)]


def test_first_level_degree_in_lieu_of_an_advanced_one() -> None:
    """Seed 25P153: a first-level degree plus two years stands in for an advanced degree."""
    substitution = DegreeSubstitution(
        held=FIRST, in_lieu_of=ADVANCED, additional_experience_years=2
    )
    education = EducationRequirement(
        minimum=ADVANCED, fields=("Law", "Political science"), substitutions=(substitution,)
    )
    assert (substitution,) == education.substitutions


@pytest.mark.parametrize(("held", "in_lieu_of"), [(ADVANCED, ADVANCED), (DOCTORATE, FIRST)])
def test_a_substitute_is_a_lower_degree(held: EducationLevel, in_lieu_of: EducationLevel) -> None:
    """A degree can only stand in for a higher one."""
    assert [("held", "must stand in for a higher degree", held.value)] == _problems(
        lambda: DegreeSubstitution(held=held, in_lieu_of=in_lieu_of, additional_experience_years=2)
    )


def test_a_substitution_adds_no_negative_years() -> None:
    """Additional experience is never negative."""
    assert [("additional_experience_years", "must be between 0 and 100", -1)] == _problems(
        lambda: DegreeSubstitution(held=FIRST, in_lieu_of=ADVANCED, additional_experience_years=-1)
    )


@pytest.mark.parametrize(("minimum", "desirable"), [(ADVANCED, ADVANCED), (ADVANCED, FIRST)])
def test_a_desirable_degree_exceeds_the_minimum(
    minimum: EducationLevel, desirable: EducationLevel
) -> None:
    """A desirable degree at or below the minimum says nothing and is refused."""
    assert [("desirable", "must be higher than the minimum", desirable.value)] == _problems(
        lambda: EducationRequirement(minimum=minimum, desirable=desirable)
    )


def test_experience_ranges() -> None:
    """ "two to three years" is a range; an upside-down range is refused."""
    assert (2, 3) == (
        ExperienceRequirement(minimum_years=2, maximum_years=3).minimum_years,
        ExperienceRequirement(minimum_years=2, maximum_years=3).maximum_years,
    )
    assert [("maximum_years", "must not be below the minimum", 2)] == _problems(
        lambda: ExperienceRequirement(minimum_years=3, maximum_years=2)
    )


def test_internships_count_at_half_if_relevant() -> None:
    """Seed 25P153: internships and volunteering count at 50 %; other kinds in full."""
    counting = ExperienceCounting(
        only_after_first_degree=True,
        weights=(
            ExperienceWeight(kind=ExperienceKind.INTERNSHIP, percent=Decimal(50), if_relevant=True),
            ExperienceWeight(
                kind=ExperienceKind.VOLUNTEERING, percent=Decimal(50), if_relevant=True
            ),
        ),
    )
    assert Decimal(50) == counting.weight_of(ExperienceKind.INTERNSHIP)
    assert Decimal(100) == counting.weight_of(ExperienceKind.EMPLOYMENT)


def test_a_kind_is_weighted_once() -> None:
    """Two weights for the same kind contradict each other."""
    weight = ExperienceWeight(kind=ExperienceKind.UNV, percent=Decimal(0))
    assert [("weights", "must weight each kind at most once", ["unv", "unv"])] == _problems(
        lambda: ExperienceCounting(weights=(weight, weight))
    )


@pytest.mark.parametrize("percent", [Decimal(-1), Decimal("100.01"), Decimal("NaN")])
def test_weights_are_percentages(percent: Decimal) -> None:
    """A weight lies between 0 and 100 percent."""
    assert ["percent"] == [
        p[0] for p in _problems(lambda: ExperienceWeight(kind=ExperienceKind.UNV, percent=percent))
    ]


@given(experience_countings(), st.sampled_from(ExperienceKind))
def test_weight_of_is_a_percentage(counting: ExperienceCounting, kind: ExperienceKind) -> None:
    """Every kind counts at some share between 0 and 100 percent."""
    assert Decimal(0) <= counting.weight_of(kind) <= Decimal(100)


def test_one_working_language_of_three() -> None:
    """ "one working language of the ILO (English, French, Spanish)" needs one of three."""
    requirement = LanguageRequirement(languages=("en", "fr", "es"), level=Proficiency.FLUENT)
    assert 1 == requirement.count


def test_language_requirements_are_consistent() -> None:
    """Languages are distinct known tags, and the count never exceeds them."""
    assert [
        ("languages[1]", "is not a BCP 47 language tag with a known language", "French"),
        ("count", "exceeds the number of languages listed", 3),
    ] == _problems(
        lambda: LanguageRequirement(languages=("en", "French"), level=Proficiency.GOOD, count=3)
    )
    assert [("languages", "must not repeat a language", ("en", "en"))] == _problems(
        lambda: LanguageRequirement(languages=("en", "en"), level=Proficiency.GOOD)
    )


@given(language_requirements())
def test_a_count_beyond_the_languages_is_refused(requirement: LanguageRequirement) -> None:
    """Asking for more languages than listed is refused, for any requirement."""
    with pytest.raises(ValidationError):
        LanguageRequirement(
            languages=requirement.languages,
            level=requirement.level,
            count=len(requirement.languages) + 1,
        )


def test_proficiency_is_ranked() -> None:
    """Proficiency levels rise from knowledge to excellent."""
    ranks = [level.rank for level in Proficiency]
    assert sorted(ranks) == ranks
    assert Proficiency.FLUENT.rank > Proficiency.GOOD.rank


def test_qualifications_gather_every_part() -> None:
    """Education, experience, languages, skills and competencies sit together."""
    qualifications = Qualifications(
        education=EducationRequirement(minimum=ADVANCED),
        experience=ExperienceRequirement(minimum_years=2),
        languages=(LanguageRequirement(languages=("en",), level=Proficiency.FLUENT),),
        working_languages=("en", "fr"),
        skills=(Requirement(text="Knowledge of human rights", necessity=Necessity.DESIRABLE),),
        competencies=Competencies(
            framework=CompetencyFramework.UN,
            items=(Competency(name="Professionalism"),),
            includes_core=True,
        ),
    )
    assert ("en", "fr") == qualifications.working_languages
    assert [
        ("working_languages[0]", "is not a BCP 47 language tag with a known language", "EN")
    ] == (_problems(lambda: Qualifications(working_languages=("EN",))))


def test_requirements_and_competencies_are_text() -> None:
    """A requirement or competency without words is refused."""
    assert [("text", "must not be empty", "")] == _problems(lambda: Requirement(text=""))
    assert [("name", "must not be empty", " ")] == _problems(lambda: Competency(name=" "))
