"""The bundled example ilo-socpro-2212: ILO vacancy proposal 2212 (September 2024), SOCPRO."""

from __future__ import annotations

import pytest

from jpo_model import (
    CompetencyFramework,
    DocumentForm,
    EducationLevel,
    EvaluationSystem,
    GradeLevel,
    KeyDocument,
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
    return examples.load("ilo-socpro-2212")


def test_document_and_kind(post: Post) -> None:
    """It is an ILO vacancy proposal for a JPO post."""
    assert (DocumentForm.VACANCY_PROPOSAL, PostKind.JPO) == (post.document, post.kind)
    expected = "Junior Professional Officer on Gender-responsive Social Protection Policies"
    assert expected == post.title


def test_reference_and_issue_date(post: Post) -> None:
    """Post number 2212, issued by the ILO in September 2024."""
    expected = PostReference(number="2212", issuer="ILO", issued_year=2024, issued_month=9)
    assert expected == post.reference


def test_organisation_path(post: Post) -> None:
    """International Labour Office / SOCPRO (department) / SOC/POLICY (unit)."""
    assert [
        ("International Labour Office", "ILO", OrganisationLevel.ENTITY),
        ("Universal Social Protection Department", "SOCPRO", OrganisationLevel.DEPARTMENT),
        ("Social Policy Unit", "SOC/POLICY", OrganisationLevel.UNIT),
    ] == [(u.name, u.abbreviation, u.level) for u in post.organisation.units]


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
    """The Head of SOC/POLICY supervises directly, under the direction of the SOCPRO Director."""
    supervision = post.supervision
    assert supervision is not None
    direct, overall = supervision.lines
    assert supervision.direct == direct
    assert ((SupervisionRole.DIRECT,), "Head") == (direct.roles, direct.position)
    assert "SOC/POLICY, Universal Social Protection Department (SOCPRO)" == direct.unit
    assert Person(name="Christina Behrendt", email="behrendt@ilo.org") == direct.person
    assert ((SupervisionRole.OVERALL,), "Director", "Universal Social Protection Department") == (
        overall.roles,
        overall.position,
        overall.unit,
    )
    assert overall.person is None
    assert (None, None) == (supervision.meetings, supervision.work_plan)
    assert EvaluationSystem.ILO_PMF == supervision.evaluation
    assert 1 == len(supervision.methodology)


def test_duties(post: Post) -> None:
    """Eight duties in one ungrouped list, kept with their printed numbers."""
    assert post.duties is not None
    duties = post.duties.all
    assert 8 == len(duties)
    assert [f"({i})" for i in range(1, 9)] == [d.split(" ", 1)[0] for d in duties]


def test_education(post: Post) -> None:
    """An advanced degree or equivalent professional experience, in listed or related fields."""
    assert post.qualifications is not None
    education = post.qualifications.education
    assert education is not None
    assert (EducationLevel.ADVANCED, None) == (education.minimum, education.desirable)
    assert ("social policy", "economics", "political science", "sociology", "law") == (
        education.fields
    )
    assert education.related_fields_accepted
    assert education.equivalent_experience_accepted


def test_experience(post: Post) -> None:
    """Two to three years in social protection policy work; household survey data an asset."""
    assert post.qualifications is not None
    experience = post.qualifications.experience
    assert experience is not None
    assert (2, 3) == (experience.minimum_years, experience.maximum_years)
    expected_areas = (
        "development, implementation, monitoring and analysis of social protection policies",
    )
    assert expected_areas == experience.areas
    assert [Necessity.REQUIRED, Necessity.DESIRABLE, Necessity.DESIRABLE] == [
        s.necessity for s in experience.statements
    ]
    assert all("household survey data" in s.text for s in experience.statements[1:])


def test_languages(post: Post) -> None:
    """Excellent English or French is required; a second ILO working language is desirable."""
    assert post.qualifications is not None
    assert (
        LanguageRequirement(languages=("en", "fr"), level=Proficiency.EXCELLENT, count=1),
        LanguageRequirement(
            languages=("en", "fr", "es"),
            level=Proficiency.GOOD,
            necessity=Necessity.DESIRABLE,
            count=2,
        ),
    ) == post.qualifications.languages
    assert ("en", "fr", "es") == post.qualifications.working_languages


def test_skills(post: Post) -> None:
    """Ten skills, each its own requirement; only the last ("would be an asset") is desirable."""
    assert post.qualifications is not None
    skills = post.qualifications.skills
    assert [Necessity.REQUIRED] * 9 + [Necessity.DESIRABLE] == [s.necessity for s in skills]
    assert skills[-1].text.startswith("Knowledge of statistical packages, such as SPSS or STATA")


def test_competencies(post: Post) -> None:
    """Three ILO competencies, in the printed order, without core competencies."""
    assert post.qualifications is not None
    competencies = post.qualifications.competencies
    assert competencies is not None
    assert (CompetencyFramework.ILO, False) == (
        competencies.framework,
        competencies.includes_core,
    )
    assert [
        "Good communication skills, both written and verbal.",
        "Capacity to work on own initiative as well as cooperate as a team member.",
        (
            "The ability to work in a multicultural environment, and gender-sensitive behaviour"
            " and attitudes are also required."
        ),
    ] == [c.name for c in competencies.items]


def test_key_documents(post: Post) -> None:
    """Thirteen key documents with the year written after each title (none for the last two)."""
    dash = "\N{EN DASH}"
    assert (
        KeyDocument(
            title="ILO Social Protection Floors Recommendation", year=2012, number="No. 202"
        ),
        KeyDocument(
            title="ILO Social Security (Minimum Standards) Convention", year=1952, number="No. 102"
        ),
        KeyDocument(title="ILO Centenary Declaration for the Future of Work", year=2019),
        KeyDocument(
            title=(
                "Global call to action for a human-centred recovery from the COVID-19 crisis"
                " that is inclusive, sustainable and resilient"
            ),
            year=2021,
        ),
        KeyDocument(
            title=(
                "Resolution concerning the second recurrent discussion on social protection"
                " (social security)"
            ),
            year=2021,
        ),
        KeyDocument(
            title=f"Together to Achieve Universal Social Protection by 2030 (USP2030) {dash} A"
            " Call to Action",
            year=2019,
        ),
        KeyDocument(
            title="Building the Future of Social Protection for a Human-Centred World of Work",
            year=2021,
        ),
        KeyDocument(
            title=(
                "Building Social Protection Systems: International Standards and Human Rights"
                " Instruments"
            ),
            year=2021,
        ),
        KeyDocument(
            title="World Social Protection Report 2020-22: Social Protection at the Crossroads"
            f" {dash} in Pursuit of a Better Future",
            year=2021,
        ),
        KeyDocument(
            title=(
                "World Social Protection Report 2024-26: Universal social protection for climate"
                " action and a just transition"
            ),
            year=2024,
        ),
        KeyDocument(
            title=(
                "Extending Social Security Coverage to Workers in the Informal Economy: Lessons"
                " from International Experience"
            ),
            year=2021,
        ),
        KeyDocument(title="Plan of Action on Social Protection 2021-26"),
        KeyDocument(
            title="Programme and budget for 2024-25 - Outcome 7: Universal social protection"
        ),
    ) == post.key_documents
    assert ("http://www.social-protection.org",) == post.resource_urls


def test_learning_and_prose(post: Post) -> None:
    """One training component, eight learning elements, five intro and background paragraphs."""
    assert post.learning is not None
    assert (1, 8) == (len(post.learning.training_components), len(post.learning.elements))
    assert (5, 5) == (len(post.introduction), len(post.background))
    assert 3 == len(post.statements)
    assert post.statements[0].startswith("An information booklet for JPOs")
    assert "The ILO has a smoke-free environment." == post.statements[-1]


def test_nothing_unstated(post: Post) -> None:
    """No donor, deadline, DTTA or eligibility rules are stated."""
    assert (None, None, None, None) == (post.sponsor, post.deadline, post.dtta, post.eligibility)


def test_round_trip(post: Post) -> None:
    """The example survives `to_dict` then `from_dict` unchanged."""
    assert post == from_dict(to_dict(post), Post)
