"""The bundled example unhcr-associate-programme-officer-pr2 holds every fact of the PR2 vacancy."""

from __future__ import annotations

from typing import TypeVar

import pendulum
import pytest

from jpo_model import (
    Deadline,
    DeadlineError,
    DocumentForm,
    Grade,
    GradeLevel,
    GradeOffer,
    Organisation,
    OrganisationLevel,
    OrganisationUnit,
    Post,
    PostKind,
    TargetStart,
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
    return examples.load("unhcr-associate-programme-officer-pr2")


def test_identity(post: Post) -> None:
    """A UNHCR vacancy whose "Staff Member / Affiliate Type" is Junior Professional Officer."""
    assert "Associate Programme Officer" == post.title
    assert PostKind.JPO is post.kind
    assert DocumentForm.VACANCY_ANNOUNCEMENT is post.document
    assert post.reference is None


def test_organisation(post: Post) -> None:
    """ "United Nations High Commissioner for Refugees (UNHCR)"."""
    expected = Organisation(
        units=(
            OrganisationUnit(
                name="United Nations High Commissioner for Refugees",
                level=OrganisationLevel.ENTITY,
                abbreviation="UNHCR",
            ),
        )
    )
    assert expected == post.organisation


def test_grade(post: Post) -> None:
    """UNHCR's workforce grade "PR2" is the professional grade P2, kept as written."""
    expected = GradeOffer(options=(Grade(level=GradeLevel.P2),), wording="PR2")
    assert expected == post.grade


def test_target_start(post: Post) -> None:
    """ "Target Start Date 2026-03-02", before the deadline."""
    expected = TargetStart(on=pendulum.Date(2026, 3, 2), wording="2026-03-02")
    assert expected == post.target_start
    assert not expected.as_soon_as_possible


def test_deadline(post: Post) -> None:
    """ "March 16, 2026": a date with no time and no zone."""
    expected = Deadline(date=pendulum.Date(2026, 3, 16), wording="March 16, 2026")
    assert expected == post.deadline
    assert () == post.deadline_restatements


def test_deadline_has_no_instant_until_a_zone_is_given(post: Post) -> None:
    """Nothing states a zone (and no duty station is printed), so no instant is guessed."""
    with pytest.raises(DeadlineError):
        _some(post.deadline).resolve()


def test_no_duty_station(post: Post) -> None:
    """The page prints hardship B and a family type but no duty station, so none is held."""
    assert post.duty_station is None


def test_introduction(post: Post) -> None:
    """The three whole paragraphs of the standard job description's organisational setting."""
    assert 3 == len(post.introduction)
    assert post.introduction[0].startswith("The Associate Programme Officer may be based in HQ")
    assert post.supervision is None  # "typically reporting to … the Program officer" is generic


def test_round_trip(post: Post) -> None:
    """Plain data and back gives the same post."""
    assert post == from_dict(to_dict(post), Post)
