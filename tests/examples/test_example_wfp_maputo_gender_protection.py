"""The bundled example wfp-maputo-gender-protection holds every fact of the WFP Maputo vacancy."""

from __future__ import annotations

from typing import TypeVar

import pendulum
import pytest

from jpo_model import (
    Deadline,
    DocumentForm,
    DutyStation,
    EligibilityRules,
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
    return examples.load("wfp-maputo-gender-protection")


def test_identity(post: Post) -> None:
    """A WFP JPO vacancy; the title's "OPEN TO NORWEGIAN NATIONALS ONLY" is its eligibility."""
    assert "JPO Programme Policy Officer (Gender and Protection)" == post.title
    assert PostKind.JPO is post.kind
    assert DocumentForm.VACANCY_ANNOUNCEMENT is post.document
    assert post.reference is None
    assert "en" == post.language


def test_organisation_and_sectors(post: Post) -> None:
    """ "WFP - World Food Programme", and the four occupational groups in the page's order."""
    expected = Organisation(
        units=(
            OrganisationUnit(
                name="World Food Programme", level=OrganisationLevel.ENTITY, abbreviation="WFP"
            ),
        )
    )
    assert expected == post.organisation
    expected_sectors = (
        "Legal - Broad",
        "Political Affairs",
        "Women's Empowerment and Gender Mainstreaming",
        "Project and Programme Management",
    )
    assert expected_sectors == post.sectors


def test_duty_station(post: Post) -> None:
    """Maputo; the page names the city only, Mozambique's capital in zone Africa/Maputo."""
    expected = DutyStation(city="Maputo", country="MZ", time_zone="Africa/Maputo")
    assert expected == post.duty_station


def test_grade(post: Post) -> None:
    """P2, read from the aggregator's "Junior level - P-2, …" string."""
    expected = GradeOffer(
        options=(Grade(level=GradeLevel.P2),),
        wording=(
            "Junior level - P-2, International Professional - Internationally recruited position"
        ),
    )
    assert expected == post.grade


def test_nationality(post: Post) -> None:
    """Norwegian nationals only; the text does not say who sponsors the post."""
    expected = EligibilityRules(
        nationality=NationalityRule(
            scope=NationalityScope.LISTED_COUNTRIES, countries=frozenset({"NO"})
        )
    )
    assert expected == post.eligibility
    assert post.sponsor is None


def test_deadline(post: Post) -> None:
    """The full deadline keeps the wall time, the stated offset, the place and its zone."""
    expected = Deadline(
        date=pendulum.Date(2025, 3, 3),
        time=pendulum.Time(23, 59),
        utc_offset_minutes=120,
        zone="Africa/Maputo",
        place="Maputo",
        wording="3 March 2025-23:59-GMT+02:00 Central Africa Time (Maputo)",
    )
    assert expected == post.deadline


def test_deadline_instant(post: Post) -> None:
    """23:59 at GMT+02:00 is 21:59 UTC, and Maputo (no DST) agrees: no conflict."""
    # By hand: 2025-03-03 23:59 at UTC+2 = 2025-03-03 21:59 UTC; Africa/Maputo is UTC+2
    # all year, so the zone's reading is the same instant.
    deadline = _some(post.deadline)
    assert "2025-03-03T21:59:00+00:00" == deadline.instant.isoformat()
    assert () == deadline.conflicts


def test_closing_date_restatement(post: Post) -> None:
    """The aggregator's "Closing Date: 2025-03-03" states the date alone."""
    expected = (Deadline(date=pendulum.Date(2025, 3, 3), wording="2025-03-03"),)
    assert expected == post.deadline_restatements


def test_background_and_statements(post: Post) -> None:
    """Two paragraphs about WFP, its web address, and the diversity statement."""
    assert 2 == len(post.background)
    assert post.background[0].startswith(
        "The World Food Programme is the world\N{RIGHT SINGLE QUOTATION MARK}s largest"
    )
    expected_urls = ("https://www.wfp.org",)
    assert expected_urls == post.resource_urls
    assert 1 == len(post.statements)
    assert post.statements[0].startswith("WFP celebrates and embraces diversity.")


def test_the_excerpt_states_nothing_more(post: Post) -> None:
    """The excerpt ends in "WHY JOIN WFP?": no duties, qualifications or terms."""
    unstated = (post.duties, post.qualifications, post.appointment, post.supervision)
    assert (None,) * len(unstated) == unstated


def test_round_trip(post: Post) -> None:
    """Plain data and back gives the same post."""
    assert post == from_dict(to_dict(post), Post)
