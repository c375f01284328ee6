"""The bundled example ohchr-25p153 (seed 002) holds every fact of vacancy announcement 25P153."""

from __future__ import annotations

from decimal import Decimal
from typing import TypeVar

import pendulum
import pytest

from jpo_model import (
    AgeReference,
    AgeRule,
    AppointmentTerms,
    Deadline,
    DegreeSubstitution,
    DutyStation,
    EducationLevel,
    EducationLocationRule,
    EvaluationSystem,
    ExperienceCounting,
    ExperienceKind,
    ExperienceWeight,
    ExtensionRule,
    Grade,
    GradeLevel,
    GradeOffer,
    LanguageRequirement,
    LearningEvent,
    Money,
    NationalityRule,
    NationalityScope,
    Necessity,
    Post,
    PostKind,
    PostReference,
    Proficiency,
    ReportingLine,
    Sponsor,
    SupervisionRole,
    UnExperienceCeiling,
    WorkPlan,
    examples,
    from_dict,
    to_dict,
)

T = TypeVar("T")

# "Afghanistan, Bangladesh, … Ivory Coast, … Democratic Rep. Congo (DRC), … Palestinian
# Territory, … South-Sudan, …": the 30 listed countries as ISO 3166 codes.
LISTED_COUNTRIES = frozenset(
    {
        *("AF", "BD", "BJ", "BF", "BI", "TD", "CO", "CD", "ET", "GH"),
        *("IN", "ID", "IQ", "CI", "JO", "KE", "LB", "ML", "MZ", "NE"),
        *("NG", "PS", "SN", "SO", "SS", "TN", "UG", "UA", "VN", "YE"),
    }
)


def _some(value: T | None) -> T:
    assert value is not None
    return value


@pytest.fixture(scope="module")
def post() -> Post:
    """The example as bundled."""
    return examples.load("ohchr-25p153")


def test_identity(post: Post) -> None:
    """The post is JPO vacancy announcement 25P153 of the UN JPO Programme, in human rights."""
    assert PostReference(number="25P153", issuer="UN JPO Programme") == post.reference
    assert PostKind.JPO is post.kind
    expected_sectors = ("Human Rights",)
    assert expected_sectors == post.sectors


def test_organisation_and_duty_station(post: Post) -> None:
    """OHCHR's Women's Human Rights and Gender Section in Geneva, Switzerland."""
    expected_path = [("OHCHR", "entity"), ("WHRGS", "section")]
    assert expected_path == [(u.abbreviation, u.level.value) for u in post.organisation.units]
    expected_station = DutyStation(city="Geneva", country="CH", time_zone="Europe/Zurich")
    assert expected_station == post.duty_station


def test_grade(post: Post) -> None:
    """P2 step 1, the step holding for the first year only."""
    expected = GradeOffer(
        options=(Grade(level=GradeLevel.P2, step=1),),
        step_in_first_year=True,
        wording="P2 step 1 in the first year",
    )
    assert expected == post.grade


def test_sponsor(post: Post) -> None:
    """The Government of the Netherlands sponsors the post through the Dutch JPO Programme."""
    expected = Sponsor(
        name="Government of the Netherlands",
        country="NL",
        programme="Dutch JPO Programme",
        information="Nedworc Foundation",
    )
    assert expected == post.sponsor


def test_appointment(post: Post) -> None:
    """One year initially, renewable up to 36 months in total."""
    expected = AppointmentTerms(
        initial_months=12,
        renewable=True,
        extension=ExtensionRule(max_total_months=36),
        wording="Initially one year with the possibility to extend up to a maximum of 3 years",
    )
    assert expected == post.appointment
    assert 36 == _some(post.appointment).max_total_months


def test_nationalities(post: Post) -> None:
    """Only nationals of the 30 listed countries may apply, written as ISO codes."""
    expected = NationalityRule(scope=NationalityScope.LISTED_COUNTRIES, countries=LISTED_COUNTRIES)
    assert expected == _some(post.eligibility).nationality
    assert len(LISTED_COUNTRIES) == len(_some(_some(post.eligibility).nationality).countries)


def test_age_rule(post: Post) -> None:
    """32 or below (inclusive) as of 31 December of the application year."""
    expected = AgeRule(
        limit=32,
        inclusive=True,
        reference=AgeReference.END_OF_APPLICATION_YEAR,
        wording=(
            "32 years of age or below as of 31 December of the application year"
            " (i.e. born on or after 1 January 1994)"
        ),
    )
    assert expected == _some(post.eligibility).age


def test_education_location(post: Post) -> None:
    """The bachelor's or master's degree must come from one of the listed countries."""
    expected = EducationLocationRule(
        countries=LISTED_COUNTRIES,
        levels=frozenset({EducationLevel.FIRST_LEVEL, EducationLevel.ADVANCED}),
    )
    assert expected == _some(post.eligibility).education_location


def test_un_experience_ceiling(post: Post) -> None:
    """At most 12 months of UN-system experience, internships, UNV and consultancies included."""
    expected = UnExperienceCeiling(max_months=12, kinds=frozenset(ExperienceKind))
    assert expected == _some(post.eligibility).un_experience_ceiling
    included = {ExperienceKind.INTERNSHIP, ExperienceKind.UNV, ExperienceKind.CONSULTANCY}
    assert included <= expected.kinds


def test_education(post: Post) -> None:
    """An advanced degree, or exceptionally a first-level degree plus two years."""
    education = _some(_some(post.qualifications).education)
    assert EducationLevel.ADVANCED is education.minimum
    expected_fields = ("Law", "Other discipline related to human rights")
    assert expected_fields == education.fields
    assert education.related_fields_accepted
    expected_substitution = DegreeSubstitution(
        held=EducationLevel.FIRST_LEVEL,
        in_lieu_of=EducationLevel.ADVANCED,
        additional_experience_years=2,
        exceptional=True,
    )
    assert (expected_substitution,) == education.substitutions


def test_experience_counting(post: Post) -> None:
    """Only experience after the first degree counts; internships and volunteering at 50 %."""
    experience = _some(_some(post.qualifications).experience)
    assert 2 == experience.minimum_years
    expected = ExperienceCounting(
        only_after_first_degree=True,
        weights=(
            ExperienceWeight(kind=ExperienceKind.INTERNSHIP, percent=Decimal(50), if_relevant=True),
            ExperienceWeight(
                kind=ExperienceKind.VOLUNTEERING, percent=Decimal(50), if_relevant=True
            ),
        ),
    )
    assert expected == experience.counting
    assert Decimal(100) == expected.weight_of(ExperienceKind.EMPLOYMENT)


def test_experience_statements(post: Post) -> None:
    """Two required and two desirable experience statements, in the announcement's order."""
    experience = _some(_some(post.qualifications).experience)
    expected = [
        Necessity.REQUIRED,
        Necessity.REQUIRED,
        Necessity.DESIRABLE,
        Necessity.DESIRABLE,
    ]
    assert expected == [s.necessity for s in experience.statements]


def test_languages(post: Post) -> None:
    """English fluency is required; another UN official language is desirable."""
    qualifications = _some(post.qualifications)
    expected = (
        LanguageRequirement(languages=("en",), level=Proficiency.FLUENT),
        LanguageRequirement(
            languages=("ar", "zh", "fr", "ru", "es"),
            level=Proficiency.PROFICIENT,
            necessity=Necessity.DESIRABLE,
        ),
    )
    assert expected == qualifications.languages
    expected_working = ("en", "fr")
    assert expected_working == qualifications.working_languages
    expected_skills = [Necessity.HIGHLY_DESIRABLE]
    assert expected_skills == [s.necessity for s in qualifications.skills]


def test_competencies(post: Post) -> None:
    """Four UN competencies in the announcement's order."""
    competencies = _some(_some(post.qualifications).competencies)
    expected = ["Professionalism", "Communication", "Teamwork", "Accountability"]
    assert expected == [c.name for c in competencies.items]


def test_supervision(post: Post) -> None:
    """Direct supervision by the team leader, overall supervision by the section chief."""
    supervision = _some(post.supervision)
    expected_lines = (
        ReportingLine(
            roles=(SupervisionRole.DIRECT,), position="Team Leader", unit="Rights of LGBTI people"
        ),
        ReportingLine(
            roles=(SupervisionRole.OVERALL,),
            position="Section Chief",
            unit="Women's Human Rights and Gender Section, OHCHR",
        ),
    )
    assert expected_lines == supervision.lines
    assert not supervision.matrix
    assert WorkPlan(due_within_months=1) == supervision.work_plan
    assert EvaluationSystem.UN_E_PERFORMANCE is supervision.evaluation


def test_duties(post: Post) -> None:
    """Twelve duties in one group without heading."""
    duties = _some(post.duties)
    expected_groups = [(None, 12)]
    assert expected_groups == [(g.heading, len(g.duties)) for g in duties.groups]
    expected_last = "Perform other duties as may be required."
    assert expected_last == duties.all[-1]


def test_orientation_programme(post: Post) -> None:
    """The 2026 JPO Orientation Programme: UNSSC, Turin, 9 to 27 November 2026."""
    expected = LearningEvent(
        name="2026 JPO Orientation Programme",
        provider="United Nations System Staff College",
        city="Turin",
        country="IT",
        start=pendulum.Date(2026, 11, 9),
        end=pendulum.Date(2026, 11, 27),
    )
    assert (expected,) == _some(post.learning).events


def test_learning(post: Post) -> None:
    """Six learning outcomes and three learning elements."""
    learning = _some(post.learning)
    expected_counts = (6, 3)
    assert expected_counts == (len(learning.outcomes), len(learning.elements))


def test_dtta(post: Post) -> None:
    """A DTTA of USD 4,000.00 a year."""
    expected = Money(amount=Decimal("4000.00"), currency="USD")
    assert expected == _some(post.dtta).annual


def test_deadline(post: Post) -> None:
    """The full deadline keeps the date, wall time, stated offset, abbreviation, zone and place."""
    expected = Deadline(
        date=pendulum.Date(2026, 3, 10),
        time=pendulum.Time(18, 0),
        utc_offset_minutes=-300,
        abbreviation="EST",
        zone="America/New_York",
        place="New York USA",
        wording="10 March 2026, 6.00 pm (Eastern Standard Time UTC-5, New York USA)",
    )
    assert expected == post.deadline


def test_deadline_restatement(post: Post) -> None:
    """The header's short form states the same date, time and abbreviation, and nothing more."""
    expected = Deadline(
        date=pendulum.Date(2026, 3, 10),
        time=pendulum.Time(18, 0),
        abbreviation="EST",
        wording="10 March 2026 6pm EST",
    )
    assert (expected,) == post.deadline_restatements


def test_application(post: Post) -> None:
    """Applications go online to the UN DESA system, with three notes on the process."""
    application = _some(post.application)
    expected_urls = ("https://owa.undesa.it/oas/oas.aspx?CMD=START&CP=7",)
    assert expected_urls == application.urls
    expected_information = ("https://jpo.desa.un.org/",)
    assert expected_information == application.information_urls
    assert application.online_only
    assert 3 == len(application.notes)


def test_round_trip(post: Post) -> None:
    """Plain data and back gives the same post."""
    assert post == from_dict(to_dict(post), Post)
