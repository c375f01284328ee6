"""The bundled example ohchr-25p153 (seed 002) holds every fact of vacancy announcement 25P153."""

from __future__ import annotations

from decimal import Decimal
from typing import TypeVar

import pendulum
import pytest

from jpo_model import (
    AgeReference,
    DocumentForm,
    EducationLevel,
    EvaluationSystem,
    ExperienceKind,
    GradeLevel,
    Money,
    NationalityScope,
    Necessity,
    Post,
    PostKind,
    Proficiency,
    SupervisionRole,
    examples,
    from_dict,
    to_dict,
)

T = TypeVar("T")

# "Afghanistan, Bangladesh, … Ivory Coast, … Democratic Rep. Congo (DRC), … Palestinian
# Territory, … South-Sudan, …": the 30 listed countries as ISO 3166 codes.
LISTED_COUNTRIES = frozenset(
    "AF BD BJ BF BI TD CO CD ET GH IN ID IQ CI JO KE LB ML MZ NE NG PS SN SO SS TN UG UA VN YE".split()
)


def _some(value: T | None) -> T:
    assert value is not None
    return value


@pytest.fixture(scope="module")
def post() -> Post:
    return examples.load("ohchr-25p153")


def test_identity(post: Post) -> None:
    """The post is JPO vacancy announcement 25P153 of the UN JPO Programme."""
    reference = _some(post.reference)
    assert PostKind.JPO is post.kind
    assert DocumentForm.VACANCY_ANNOUNCEMENT is post.document
    assert ("25P153", "UN JPO Programme") == (reference.number, reference.issuer)
    assert ("Human Rights",) == post.sectors


def test_organisation_and_duty_station(post: Post) -> None:
    """OHCHR's Women's Human Rights and Gender Section in Geneva, Switzerland."""
    station = _some(post.duty_station)
    assert [("OHCHR", "entity"), ("WHRGS", "section")] == [
        (u.abbreviation, u.level.value) for u in post.organisation.units
    ]
    assert ("Geneva", "CH", "Europe/Zurich") == (station.city, station.country, station.time_zone)


def test_grade(post: Post) -> None:
    """P2 step 1, the step holding for the first year only."""
    offer = _some(post.grade)
    assert (GradeLevel.P2, 1) == (offer.grade.level, offer.grade.step)
    assert 1 == len(offer.options)
    assert offer.step_in_first_year
    assert "P2 step 1 in the first year" == offer.wording


def test_sponsor(post: Post) -> None:
    """The Government of the Netherlands sponsors the post through the Dutch JPO Programme."""
    sponsor = _some(post.sponsor)
    assert ("Government of the Netherlands", "NL", "Dutch JPO Programme") == (
        sponsor.name,
        sponsor.country,
        sponsor.programme,
    )
    assert "Nedworc Foundation" == sponsor.information


def test_appointment(post: Post) -> None:
    """One year initially, renewable up to 36 months in total."""
    terms = _some(post.appointment)
    assert (12, True) == (terms.initial_months, terms.renewable)
    assert 36 == _some(terms.extension).max_total_months
    assert 36 == terms.max_total_months


def test_nationalities(post: Post) -> None:
    """Only nationals of the 30 listed countries may apply, written as ISO codes."""
    nationality = _some(_some(post.eligibility).nationality)
    assert NationalityScope.LISTED_COUNTRIES is nationality.scope
    assert 30 == len(LISTED_COUNTRIES)
    assert LISTED_COUNTRIES == nationality.countries


def test_age_rule(post: Post) -> None:
    """32 or below (inclusive) as of 31 December of the application year."""
    age = _some(_some(post.eligibility).age)
    assert (32, True, AgeReference.END_OF_APPLICATION_YEAR) == (
        age.limit,
        age.inclusive,
        age.reference,
    )
    assert (None, None, ()) == (age.fixed_month, age.fixed_day, age.extensions)
    assert _some(age.wording).endswith("(i.e. born on or after 1 January 1994)")


def test_education_location_and_un_ceiling(post: Post) -> None:
    """Degrees from a listed country; at most 12 months of UN experience of any kind."""
    eligibility = _some(post.eligibility)
    location = _some(eligibility.education_location)
    assert LISTED_COUNTRIES == location.countries
    assert frozenset({EducationLevel.FIRST_LEVEL, EducationLevel.ADVANCED}) == location.levels
    ceiling = _some(eligibility.un_experience_ceiling)
    assert 12 == ceiling.max_months
    assert {ExperienceKind.INTERNSHIP, ExperienceKind.UNV, ExperienceKind.CONSULTANCY} <= (
        ceiling.kinds
    )
    assert frozenset(ExperienceKind) == ceiling.kinds


def test_education(post: Post) -> None:
    """An advanced degree, or exceptionally a first-level degree plus two years."""
    education = _some(_some(post.qualifications).education)
    assert EducationLevel.ADVANCED is education.minimum
    assert ("Law", "Other discipline related to human rights") == education.fields
    [substitution] = education.substitutions
    assert (EducationLevel.FIRST_LEVEL, EducationLevel.ADVANCED, 2, True) == (
        substitution.held,
        substitution.in_lieu_of,
        substitution.additional_experience_years,
        substitution.exceptional,
    )


def test_experience_counting(post: Post) -> None:
    """Two years; only after the first degree; internships and volunteering at 50% if relevant."""
    experience = _some(_some(post.qualifications).experience)
    counting = _some(experience.counting)
    assert 2 == experience.minimum_years
    assert counting.only_after_first_degree
    assert [
        (ExperienceKind.INTERNSHIP, Decimal(50), True),
        (ExperienceKind.VOLUNTEERING, Decimal(50), True),
    ] == [(w.kind, w.percent, w.if_relevant) for w in counting.weights]
    assert Decimal(100) == counting.weight_of(ExperienceKind.EMPLOYMENT)
    assert [
        Necessity.REQUIRED,
        Necessity.REQUIRED,
        Necessity.DESIRABLE,
        Necessity.DESIRABLE,
    ] == [s.necessity for s in experience.statements]


def test_languages(post: Post) -> None:
    """English fluency is required; another UN official language is desirable."""
    qualifications = _some(post.qualifications)
    assert [
        (("en",), Proficiency.FLUENT, Necessity.REQUIRED),
        (("ar", "zh", "fr", "ru", "es"), Proficiency.PROFICIENT, Necessity.DESIRABLE),
    ] == [(r.languages, r.level, r.necessity) for r in qualifications.languages]
    assert ("en", "fr") == qualifications.working_languages
    assert [Necessity.HIGHLY_DESIRABLE] == [s.necessity for s in qualifications.skills]


def test_competencies(post: Post) -> None:
    """Four UN competencies in the announcement's order."""
    competencies = _some(_some(post.qualifications).competencies)
    assert ["Professionalism", "Communication", "Teamwork", "Accountability"] == [
        c.name for c in competencies.items
    ]


def test_supervision(post: Post) -> None:
    """Direct supervision by the team leader, overall supervision by the section chief."""
    supervision = _some(post.supervision)
    assert [
        ((SupervisionRole.DIRECT,), "Team Leader", "Rights of LGBTI people"),
        (
            (SupervisionRole.OVERALL,),
            "Section Chief",
            "Women's Human Rights and Gender Section, OHCHR",
        ),
    ] == [(line.roles, line.position, line.unit) for line in supervision.lines]
    assert not supervision.matrix
    assert 1 == _some(supervision.work_plan).due_within_months
    assert EvaluationSystem.UN_E_PERFORMANCE is supervision.evaluation


def test_duties(post: Post) -> None:
    """Twelve duties in one group without heading."""
    duties = _some(post.duties)
    assert [(None, 12)] == [(g.heading, len(g.duties)) for g in duties.groups]
    assert "Perform other duties as may be required." == duties.all[-1]


def test_orientation_programme(post: Post) -> None:
    """The 2026 JPO Orientation Programme: UNSSC, Turin, 9 to 27 November 2026."""
    [event] = _some(post.learning).events
    assert (
        "2026 JPO Orientation Programme",
        "United Nations System Staff College",
        "Turin",
        "IT",
    ) == (event.name, event.provider, event.city, event.country)
    assert (pendulum.Date(2026, 11, 9), pendulum.Date(2026, 11, 27)) == (event.start, event.end)


def test_learning(post: Post) -> None:
    """Six learning outcomes and three learning elements."""
    learning = _some(post.learning)
    assert (6, 3) == (len(learning.outcomes), len(learning.elements))


def test_dtta(post: Post) -> None:
    """A DTTA of USD 4,000.00 a year."""
    dtta = _some(post.dtta)
    assert Money(amount=Decimal("4000.00"), currency="USD") == dtta.annual
    assert Money.of(4000, "USD") == dtta.annual


def test_deadline(post: Post) -> None:
    """The full deadline keeps the date, wall time, stated offset, abbreviation, zone and place."""
    deadline = _some(post.deadline)
    assert (
        pendulum.Date(2026, 3, 10),
        pendulum.Time(18, 0),
        -300,
        "EST",
        "America/New_York",
        "New York USA",
    ) == (
        deadline.date,
        deadline.time,
        deadline.utc_offset_minutes,
        deadline.abbreviation,
        deadline.zone,
        deadline.place,
    )
    assert "10 March 2026, 6.00 pm (Eastern Standard Time UTC-5, New York USA)" == (
        deadline.wording
    )


def test_deadline_restatement(post: Post) -> None:
    """The header's short form states the same date, time and abbreviation, and nothing more."""
    [header] = post.deadline_restatements
    assert (pendulum.Date(2026, 3, 10), pendulum.Time(18, 0), "EST") == (
        header.date,
        header.time,
        header.abbreviation,
    )
    assert (None, None, None) == (header.utc_offset_minutes, header.zone, header.place)
    assert "10 March 2026 6pm EST" == header.wording


def test_application(post: Post) -> None:
    """Applications go online to the UN DESA system, with three notes on the process."""
    application = _some(post.application)
    assert ("https://owa.undesa.it/oas/oas.aspx?CMD=START&CP=7",) == application.urls
    assert ("https://jpo.desa.un.org/",) == application.information_urls
    assert application.online_only
    assert 3 == len(application.notes)


def test_round_trip(post: Post) -> None:
    """Plain data and back gives the same post."""
    assert post == from_dict(to_dict(post), Post)
