"""The bundled example ilo-ethics-2340: ILO vacancy proposal 2340 (May 2023), PSEA, Geneva."""

from __future__ import annotations

import pytest

from jpo_model import (
    Cadence,
    CadenceUnit,
    CompetencyFramework,
    DocumentForm,
    EducationLevel,
    EvaluationSystem,
    GradeLevel,
    LanguageRequirement,
    Necessity,
    OrganisationLevel,
    Person,
    Post,
    PostKind,
    PostReference,
    Proficiency,
    SupervisionRole,
    examples,
    from_dict,
    to_dict,
)


@pytest.fixture(scope="module")
def post() -> Post:
    """The example as bundled."""
    return examples.load("ilo-ethics-2340")


def test_document_and_kind(post: Post) -> None:
    """It is an ILO vacancy proposal for a JPO post."""
    assert (DocumentForm.VACANCY_PROPOSAL, PostKind.JPO) == (post.document, post.kind)
    assert post.title.startswith("Junior Professional Officer in Prevention and Protection")


def test_reference_and_issue_date(post: Post) -> None:
    """Post number 2340, issued by the ILO in May 2023."""
    expected = PostReference(number="2340", issuer="ILO", issued_year=2023, issued_month=5)
    assert expected == post.reference


def test_organisation_path(post: Post) -> None:
    """International Labour Office / Ethics Office (department) / Ethics Office (unit)."""
    units = post.organisation.units
    assert [
        ("International Labour Office", "ILO", OrganisationLevel.ENTITY),
        ("Ethics Office", None, OrganisationLevel.DEPARTMENT),
        ("Ethics Office", None, OrganisationLevel.UNIT),
    ] == [(u.name, u.abbreviation, u.level) for u in units]


def test_duty_station_grade_and_duration(post: Post) -> None:
    """Geneva, P2 without a step, 12 months renewable with no stated maximum."""
    assert post.duty_station is not None
    assert ("Geneva", "CH", "Europe/Zurich") == (
        post.duty_station.city,
        post.duty_station.country,
        post.duty_station.time_zone,
    )
    assert post.grade is not None
    assert [(GradeLevel.P2, None)] == [(g.level, g.step) for g in post.grade.options]
    assert post.appointment is not None
    assert (12, True, None) == (
        post.appointment.initial_months,
        post.appointment.renewable,
        post.appointment.max_total_months,
    )


def test_supervision(post: Post) -> None:
    """A named Ethics Officer supervises directly; meetings every two weeks; ILO PMF."""
    supervision = post.supervision
    assert supervision is not None
    direct = supervision.direct
    assert direct is not None
    assert ((SupervisionRole.DIRECT,), "Ethics Officer") == (direct.roles, direct.position)
    assert Person(name="Jordi Agustí-Panareda", email="agusti-panareda@ilo.org") == direct.person
    assert 1 == len(supervision.lines)
    assert Cadence(every=2, unit=CadenceUnit.WEEK) == supervision.meetings
    assert supervision.work_plan is not None
    assert supervision.work_plan.time_bound
    assert EvaluationSystem.ILO_PMF == supervision.evaluation
    assert 3 == len(supervision.methodology)


def test_duties(post: Post) -> None:
    """Ten duties in one ungrouped list, with an intro and a closing sentence."""
    assert post.duties is not None
    duties = post.duties.all
    assert 10 == len(duties)
    assert duties[0].startswith("Monitor, promote and assist")
    assert "that can be used by regional focal points)" in duties[4]
    assert "Perform any other duties that may be assigned by the supervisor." == duties[-1]
    assert post.duties.closing is not None


def test_education(post: Post) -> None:
    """A first-level degree is the minimum, an advanced one desirable; related fields count."""
    assert post.qualifications is not None
    education = post.qualifications.education
    assert education is not None
    assert (EducationLevel.FIRST_LEVEL, EducationLevel.ADVANCED) == (
        education.minimum,
        education.desirable,
    )
    assert (
        "law",
        "human rights",
        "political science",
        "social sciences",
        "international relations",
        "human resources",
        "management",
    ) == education.fields
    assert education.related_fields_accepted
    assert not education.equivalent_experience_accepted


def test_experience(post: Post) -> None:
    """At least two years relevant to PSEA at national / international level; one desirable."""
    assert post.qualifications is not None
    experience = post.qualifications.experience
    assert experience is not None
    assert (2, None, ("PSEA",), "national / international") == (
        experience.minimum_years,
        experience.maximum_years,
        experience.areas,
        experience.level,
    )
    assert [Necessity.DESIRABLE] == [s.necessity for s in experience.statements]


def test_languages(post: Post) -> None:
    """One ILO working language excellent is required; a second one is desirable."""
    assert post.qualifications is not None
    ilo = ("en", "fr", "es")
    assert (
        LanguageRequirement(languages=ilo, level=Proficiency.EXCELLENT, count=1),
        LanguageRequirement(
            languages=ilo, level=Proficiency.GOOD, necessity=Necessity.DESIRABLE, count=2
        ),
    ) == post.qualifications.languages
    assert ilo == post.qualifications.working_languages


def test_skills(post: Post) -> None:
    """One required skill and one desirable ("would be an asset")."""
    assert post.qualifications is not None
    expected = [Necessity.REQUIRED, Necessity.DESIRABLE]
    assert expected == [s.necessity for s in post.qualifications.skills]


def test_competencies(post: Post) -> None:
    """ILO core competencies plus four named ones, each with its description."""
    assert post.qualifications is not None
    competencies = post.qualifications.competencies
    assert competencies is not None
    assert (CompetencyFramework.ILO, True) == (competencies.framework, competencies.includes_core)
    assert [
        "Professionalism and integrity",
        "Technical",
        "Coordination and managing performance",
        "Gender mainstreaming",
    ] == [c.name for c in competencies.items]
    assert all(c.description for c in competencies.items)


def test_learning_and_prose(post: Post) -> None:
    """One training component, six learning elements, three intro paragraphs, two statements."""
    assert post.learning is not None
    assert (1, 6) == (len(post.learning.training_components), len(post.learning.elements))
    assert 3 == len(post.introduction)
    assert ("The ILO has a smoke-free environment.",) == post.statements[1:]
    assert post.statements[0].startswith("The ILO values diversity.")


def test_nothing_unstated(post: Post) -> None:
    """No donor, deadline, DTTA or eligibility rules are stated."""
    assert (None, None, None, None) == (post.sponsor, post.deadline, post.dtta, post.eligibility)
    assert () == post.key_documents


def test_round_trip(post: Post) -> None:
    """The example survives `to_dict` then `from_dict` unchanged."""
    assert post == from_dict(to_dict(post), Post)
