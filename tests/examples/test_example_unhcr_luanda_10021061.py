"""The bundled example unhcr-luanda-10021061 holds every fact of UNHCR JPO ToR 10021061."""

from __future__ import annotations

from typing import TypeVar

import pytest

from jpo_model import (
    DocumentForm,
    DutyStation,
    FamilyStatus,
    Grade,
    GradeLevel,
    GradeOffer,
    Organisation,
    OrganisationLevel,
    OrganisationUnit,
    Post,
    PostKind,
    PostReference,
    ReportingLine,
    SupervisionRole,
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
    return examples.load("unhcr-luanda-10021061")


def test_identity(post: Post) -> None:
    """UNHCR terms of reference for JPO position 10021061, Associate Protection Officer."""
    assert "Associate Protection Officer" == post.title
    assert PostKind.JPO is post.kind  # "Position Category: JPO"
    assert DocumentForm.TERMS_OF_REFERENCE is post.document
    assert PostReference(number="10021061", issuer="UNHCR") == post.reference
    assert "en" == post.language
    assert not post.draft  # "DATE SUBMITTED: dd/mm/yyyy" is the blank form, not a draft mark


def test_organisation(post: Post) -> None:
    """The form names UNHCR only, by its acronym."""
    expected = Organisation(units=(OrganisationUnit(name="UNHCR", level=OrganisationLevel.ENTITY),))
    assert expected == post.organisation


def test_duty_station(post: Post) -> None:
    """ "JPO Position Location: Luanda, Angola", in Angola's one zone; family status unstated."""
    expected = DutyStation(city="Luanda", country="AO", time_zone="Africa/Luanda")
    assert expected == post.duty_station
    assert FamilyStatus.NOT_STATED is _some(post.duty_station).family_status


def test_grade(post: Post) -> None:
    """ "JPO Position Grade: P2"."""
    expected = GradeOffer(options=(Grade(level=GradeLevel.P2),), wording="P2")
    assert expected == post.grade


def test_supervisor_grade_and_position_number(post: Post) -> None:
    """The supervisor: Senior Protection Officer, P4, position number 10002621."""
    expected = ReportingLine(
        roles=(SupervisionRole.DIRECT,),
        position="Senior Protection Officer",
        grade=Grade(level=GradeLevel.P4),
        position_number="10002621",
    )
    supervision = _some(post.supervision)
    assert (expected,) == supervision.lines
    assert (None, None, ()) == (
        supervision.work_plan,
        supervision.evaluation,
        supervision.methodology,
    )


def test_the_excerpt_states_nothing_more(post: Post) -> None:
    """The excerpt ends in part 1A: no duties, qualifications, terms, sponsor or deadline."""
    unstated = (
        post.duties,
        post.qualifications,
        post.appointment,
        post.sponsor,
        post.eligibility,
        post.deadline,
        post.dtta,
        post.application,
        post.target_start,
    )
    assert (None,) * len(unstated) == unstated


def test_round_trip(post: Post) -> None:
    """Plain data and back gives the same post."""
    assert post == from_dict(to_dict(post), Post)
