"""The bundled example rco-cambodia-23p302 (seed 000) holds every fact of ToR 23P302."""

from __future__ import annotations

from typing import TypeVar

import pytest

from jpo_model import (
    AppointmentTerms,
    CompetencyFramework,
    DegreeSubstitution,
    DocumentForm,
    DutyStation,
    EducationLevel,
    EvaluationSystem,
    ExtensionCondition,
    ExtensionRule,
    FamilyStatus,
    LanguageRequirement,
    Necessity,
    Organisation,
    OrganisationLevel,
    OrganisationUnit,
    Post,
    PostKind,
    PostReference,
    Proficiency,
    ReportingLine,
    SupervisionRole,
    WorkPlan,
    examples,
    from_dict,
    to_dict,
)

T = TypeVar("T")


def _some(value: T | None) -> T:
    assert value is not None
    return value


@pytest.fixture(scope="module")
def post() -> Post:
    """The example as bundled."""
    return examples.load("rco-cambodia-23p302")


def test_identity(post: Post) -> None:
    """The post is JPO terms of reference 23P302 of the UN JPO Programme, not a draft."""
    assert "Gender & PSEA Officer" == post.title
    assert PostKind.JPO is post.kind
    assert DocumentForm.TERMS_OF_REFERENCE is post.document
    assert PostReference(number="23P302", issuer="UN JPO Programme") == post.reference
    assert not post.draft
    assert "en" == post.language


def test_fields_and_sectors(post: Post) -> None:
    """Fields and sectors of assignment are listed as the ToR lists them, without form text."""
    assert (
        "Gender Equality and Women's Empowerment",
        "Gender Mainstreaming",
        "Protection from Sexual Exploitation and Abuse (PSEA)",
    ) == post.fields_of_assignment
    assert (
        "Gender Studies",
        "Coordination",
        "Communication",
        "International Development",
        "Humanitarian Affairs",
        "Protection",
    ) == post.sectors


def test_organisation_path(post: Post) -> None:
    """The path runs United Nations / RCS / RCO / Substantive Unit."""
    expected = Organisation(
        units=(
            OrganisationUnit(name="United Nations", level=OrganisationLevel.ENTITY),
            OrganisationUnit(
                name="Resident Coordinator System",
                abbreviation="RCS",
                level=OrganisationLevel.SYSTEM,
            ),
            OrganisationUnit(
                name="Resident Coordinator's Office",
                abbreviation="RCO",
                level=OrganisationLevel.OFFICE,
            ),
            OrganisationUnit(name="Substantive Unit", level=OrganisationLevel.UNIT),
        )
    )
    assert expected == post.organisation


def test_duty_station(post: Post) -> None:
    """Phnom Penh, Cambodia: a family duty station ("Non-Family: no ☒") of unstated hardship."""
    expected = DutyStation(
        city="Phnom Penh",
        country="KH",
        time_zone="Asia/Phnom_Penh",
        family_status=FamilyStatus.FAMILY,
    )
    assert expected == post.duty_station
    assert _some(post.duty_station).hardship is None


def test_appointment(post: Post) -> None:
    """One year, extensible once by another year after a yearly review: 24 months at most."""
    expected = AppointmentTerms(
        initial_months=12,
        renewable=True,
        extension=ExtensionRule(step_months=12, max_extensions=1),
        extension_conditions=(
            ExtensionCondition.PRIORITIES,
            ExtensionCondition.FUNDING,
            ExtensionCondition.PERFORMANCE,
        ),
        review_every_months=12,
        wording="1 year (with possible extension for another year)",
    )
    assert expected == post.appointment
    assert 24 == expected.max_total_months


def test_nothing_unstated_is_invented(post: Post) -> None:
    """The ToR states no grade, sponsor, deadline, DTTA, eligibility rules or application."""
    assert post.grade is None
    assert post.sponsor is None
    assert post.deadline is None
    assert () == post.deadline_restatements
    assert post.dtta is None
    assert post.eligibility is None
    assert post.application is None
    assert post.contact is None


def test_matrix_supervision(post: Post) -> None:
    """A matrix: direct and functional to the RC/RCO, technical and personnel to the co-chairs."""
    supervision = _some(post.supervision)
    assert supervision.matrix
    assert (
        ReportingLine(
            roles=(SupervisionRole.DIRECT, SupervisionRole.FUNCTIONAL),
            position="Resident Coordinator",
            unit="Resident Coordinator's Office (RCO)",
        ),
        ReportingLine(
            roles=(SupervisionRole.TECHNICAL, SupervisionRole.PERSONNEL),
            position="Co-chairs",
            unit="inter-agency Gender & PSEA Coordination Group",
        ),
        ReportingLine(roles=(SupervisionRole.OVERALL,), position="Resident Coordinator"),
    ) == supervision.lines
    assert supervision.lines[0] == supervision.direct


def test_work_plan_and_evaluation(post: Post) -> None:
    """The work plan is agreed within the first month; evaluation is UN e-performance."""
    supervision = _some(post.supervision)
    assert WorkPlan(due_within_months=1) == supervision.work_plan
    assert EvaluationSystem.UN_E_PERFORMANCE is supervision.evaluation
    assert supervision.meetings is None
    assert supervision.time_share is None
    assert 2 == len(supervision.methodology)
    assert supervision.methodology[0].startswith("This position operates under a “matrix”")


def test_duties(post: Post) -> None:
    """Fifteen duties in three headed groups of 7, 4 and 4, after the guidance sentence."""
    duties = _some(post.duties)
    assert [
        ("Coordinate and support inter-agency groups on Gender & PSEA.", 7),
        ("Strengthening mainstreaming Gender Equality and Women's Empowerment in UN System", 4),
        ("Support Chair of PSEA and RCO to enhance PSEA efforts within UN agencies in Cambodia", 4),
    ] == [(g.heading, len(g.duties)) for g in duties.groups]
    assert 15 == len(duties.all)
    assert all(g.intro is None for g in duties.groups)
    assert _some(duties.intro).startswith("Under the overall guidance of the Resident Coordinator")
    assert duties.all[0].startswith("Act as the secretariat and provide support to the Chairs")
    assert duties.all[-1].endswith("alignment with global standards;")


def test_education(post: Post) -> None:
    """An advanced degree in the listed fields, or a first-level degree plus two years."""
    education = _some(_some(post.qualifications).education)
    assert EducationLevel.ADVANCED is education.minimum
    assert education.desirable is None
    assert (
        "Social Work",
        "Gender Studies",
        "Development Studies",
        "Human Rights",
        "international Development",
        "Humanitarian Studies",
    ) == education.fields
    assert education.related_fields_accepted
    substitution = DegreeSubstitution(
        held=EducationLevel.FIRST_LEVEL,
        in_lieu_of=EducationLevel.ADVANCED,
        additional_experience_years=2,
        exceptional=False,
    )
    assert (substitution,) == education.substitutions


def test_experience(post: Post) -> None:
    """At least two years of progressively relevant experience in eight areas."""
    experience = _some(_some(post.qualifications).experience)
    assert (2, None) == (experience.minimum_years, experience.maximum_years)
    assert experience.progressive
    assert experience.relevant
    assert (
        "gender equality",
        "gender mainstreaming",
        "coordination",
        "safeguarding and prevention from sexual exploitation and abuse",
        "preventing gender-based violence protection",
        "partnership",
        "monitoring and evaluation",
        "human rights",
    ) == experience.areas
    assert experience.counting is None


def test_languages(post: Post) -> None:
    """English fluency is required; knowledge of another UN official language is desirable."""
    qualifications = _some(post.qualifications)
    assert (
        LanguageRequirement(languages=("en",), level=Proficiency.FLUENT),
        LanguageRequirement(
            languages=("ar", "zh", "fr", "ru", "es"),
            level=Proficiency.KNOWLEDGE,
            necessity=Necessity.DESIRABLE,
        ),
    ) == qualifications.languages
    assert ("en", "fr") == qualifications.working_languages


def test_competencies(post: Post) -> None:
    """Nine UN competencies in the ToR's order, each with its description."""
    competencies = _some(_some(post.qualifications).competencies)
    assert CompetencyFramework.UN is competencies.framework
    assert [
        "Professionalism",
        "Communication",
        "Teamwork",
        "Planning & Organizing",
        "Accountability",
        "Client Orientation",
        "Creativity",
        "Technological Awareness",
        "Commitment to Continuous Learning",
    ] == [c.name for c in competencies.items]
    assert all(c.description for c in competencies.items)


def test_competency_split_by_a_page_break(post: Post) -> None:
    """Accountability's description, split by a page break in the source, is one text."""
    accountability = _some(_some(post.qualifications).competencies).items[4]
    assert _some(accountability.description).endswith(
        "delegated assignments; Takes personal responsibility for his/her own shortcomings"
        " and those of the work unit, where applicable."
    )


def test_learning_outcomes(post: Post) -> None:
    """Six learning outcomes; no learning elements, training components or dated events."""
    learning = _some(post.learning)
    assert 6 == len(learning.outcomes)
    assert learning.outcomes[1].startswith("Acting as a secretariat of United Nations Country Team")
    assert ((), (), ()) == (learning.elements, learning.training_components, learning.events)


def test_background_and_statements(post: Post) -> None:
    """Five background paragraphs and the workforce diversity statement."""
    assert 5 == len(post.background)
    assert post.background[0].endswith(
        "related to inclusive growth, social well-being, and good governance."
    )
    assert post.background[-1].startswith("The Resident Coordinator System encompasses")
    assert (
        (
            "The United Nations believes that an inclusive culture attracts the best talent and"
            " encourages all qualified applicants, regardless of gender, disability, sexual"
            " orientation, cultural or religious backgrounds, to apply."
        ),
    ) == post.statements


def test_round_trip(post: Post) -> None:
    """Plain data and back gives the same post."""
    assert post == from_dict(to_dict(post), Post)
