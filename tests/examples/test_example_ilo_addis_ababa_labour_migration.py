"""The bundled example ilo-addis-ababa-labour-migration: every fact of JPO/Netherlands/3/2015."""

from __future__ import annotations

from typing import TypeVar

import pendulum
import pytest

from jpo_model import (
    AppointmentTerms,
    Deadline,
    DocumentForm,
    DutyStation,
    EligibilityRules,
    ExtensionRule,
    Grade,
    GradeLevel,
    GradeOffer,
    NationalityRule,
    NationalityScope,
    Organisation,
    OrganisationLevel,
    OrganisationUnit,
    Post,
    PostKind,
    PostReference,
    Sponsor,
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
    return examples.load("ilo-addis-ababa-labour-migration")


def test_identity(post: Post) -> None:
    """ILO vacancy JPO/Netherlands/3/2015, dated 10 November 2015."""
    assert "Junior Professional Officer - Labour Migration and Strategic Partnerships" == post.title
    assert PostKind.JPO is post.kind
    assert DocumentForm.VACANCY_ANNOUNCEMENT is post.document
    expected = PostReference(
        number="JPO/Netherlands/3/2015", issuer="ILO", issued_year=2015, issued_month=11
    )
    assert expected == post.reference


def test_organisation_and_duty_station(post: Post) -> None:
    """ILO's "ADDIS ABABA" unit, Migration and Strategic Partnerships Sector, in Addis Ababa."""
    expected = Organisation(
        units=(
            OrganisationUnit(name="ILO", level=OrganisationLevel.ENTITY),
            OrganisationUnit(name="ADDIS ABABA", level=OrganisationLevel.OFFICE),
            OrganisationUnit(
                name="Migration and Strategic Partnerships Sector", level=OrganisationLevel.UNIT
            ),
        )
    )
    assert expected == post.organisation
    expected_station = DutyStation(city="Addis Ababa", country="ET", time_zone="Africa/Addis_Ababa")
    assert expected_station == post.duty_station


def test_grade(post: Post) -> None:
    """ "P.1/P.2": P1 or P2, in the order written."""
    expected = GradeOffer(
        options=(Grade(level=GradeLevel.P1), Grade(level=GradeLevel.P2)), wording="P.1/P.2"
    )
    assert expected == post.grade


def test_sponsor_and_nationality(post: Post) -> None:
    """The Dutch JPO scheme, criteria at Nedworc, exclusively for Dutch nationals."""
    expected_sponsor = Sponsor(
        name="Government of the Netherlands",
        country="NL",
        programme="Junior Professional Officer (JPO) scheme",
        information="Nedworc Foundation",
    )
    assert expected_sponsor == post.sponsor
    expected_rules = EligibilityRules(
        nationality=NationalityRule(
            scope=NationalityScope.DONOR_NATIONALS, countries=frozenset({"NL"})
        )
    )
    assert expected_rules == post.eligibility


def test_appointment(post: Post) -> None:
    """ "1-3 years": at least a year, renewable up to 36 months in total."""
    expected = AppointmentTerms(
        initial_months=12,
        renewable=True,
        extension=ExtensionRule(max_total_months=36),
        wording="1-3 years",
    )
    assert expected == post.appointment
    assert 36 == _some(post.appointment).max_total_months


def test_deadline(post: Post) -> None:
    """Midnight Geneva time on 29 November 2015: the end of the day, with no wall time."""
    expected = Deadline(
        date=pendulum.Date(2015, 11, 29),
        zone="Europe/Zurich",
        place="Geneva",
        wording="(midnight Geneva time) 29 November 2015",
    )
    assert expected == post.deadline


def test_deadline_instant(post: Post) -> None:
    """The end of 29 November 2015 in Geneva (CET, UTC+1) is 23:00 UTC that day."""
    # By hand: 2015-11-30 00:00 CET (UTC+1, no DST in November) = 2015-11-29 23:00 UTC;
    # in Addis Ababa (EAT, UTC+3) that is 02:00 on 30 November.
    deadline = _some(post.deadline)
    assert "2015-11-29T23:00:00+00:00" == deadline.instant.isoformat()
    assert "2015-11-30T02:00:00+03:00" == deadline.in_timezone("Africa/Addis_Ababa").isoformat()
    assert () == deadline.conflicts


def test_deadline_restatement(post: Post) -> None:
    """The same deadline in the other word order, stating the same instant."""
    expected = (
        Deadline(
            date=pendulum.Date(2015, 11, 29),
            zone="Europe/Zurich",
            place="Geneva",
            wording="29th of November 2015 (midnight Geneva Time)",
        ),
    )
    assert expected == post.deadline_restatements
    assert _some(post.deadline).instant == post.deadline_restatements[0].instant


def test_application(post: Post) -> None:
    """Apply through ILO's e-Recruitment site; three notes on the process."""
    application = _some(post.application)
    expected_urls = ("https://erecruit.ilo.org",)
    assert expected_urls == application.urls
    assert not application.online_only  # the text does not say "only"
    expected_notes = (
        "Please read the criteria and FAQ section carefully before considering applying.",
        "Applicants will receive acknowledgement of receipt of their submission.",
        "Only shortlisted candidates will be contacted.",
    )
    assert expected_notes == application.notes


def test_background(post: Post) -> None:
    """One whole paragraph on the ILO Regional Office for Africa; the cut one is left out."""
    assert 1 == len(post.background)
    assert post.background[0].startswith("The ILO Regional Office for Africa")


def test_the_excerpt_states_nothing_more(post: Post) -> None:
    """The excerpt ends before the duties: no duties, qualifications or supervision."""
    unstated = (post.duties, post.qualifications, post.supervision, post.dtta)
    assert (None,) * len(unstated) == unstated


def test_round_trip(post: Post) -> None:
    """Plain data and back gives the same post."""
    assert post == from_dict(to_dict(post), Post)
