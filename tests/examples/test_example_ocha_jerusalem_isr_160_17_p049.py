"""The bundled example ocha-jerusalem-isr-160-17-p049 holds every fact of ToR ISR-160-17-P049."""

from __future__ import annotations

from typing import TypeVar

import pytest

from jpo_model import (
    AppointmentTerms,
    DocumentForm,
    DutyStation,
    EvaluationSystem,
    ExtensionCondition,
    ExtensionRule,
    FamilyStatus,
    Organisation,
    OrganisationLevel,
    OrganisationUnit,
    Post,
    PostKind,
    PostReference,
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
    return examples.load("ocha-jerusalem-isr-160-17-p049")


def test_identity(post: Post) -> None:
    """UN JPO Programme terms of reference ISR-160-17-P049, in humanitarian affairs."""
    assert "JPO in Humanitarian Affairs (Associate Humanitarian Affairs Officer)" == post.title
    assert PostKind.JPO is post.kind
    assert DocumentForm.TERMS_OF_REFERENCE is post.document
    assert PostReference(number="ISR-160-17-P049", issuer="UN JPO Programme") == post.reference
    expected_sectors = ("Humanitarian Affairs",)
    assert expected_sectors == post.sectors


def test_organisation(post: Post) -> None:
    """ "OCHA/Coordination and Response Division/OCHA occupied Palestinian territory (oPt)"."""
    expected = Organisation(
        units=(
            OrganisationUnit(name="OCHA", level=OrganisationLevel.ENTITY),
            OrganisationUnit(
                name="Coordination and Response Division", level=OrganisationLevel.DIVISION
            ),
            OrganisationUnit(
                name="OCHA occupied Palestinian territory",
                level=OrganisationLevel.OFFICE,
                abbreviation="oPt",
            ),
        )
    )
    assert expected == post.organisation


def test_duty_station(post: Post) -> None:
    """Jerusalem, oPt (``PS``); "Non-Family Duty Station: no", so a family duty station."""
    # No zone: PS has two (Asia/Gaza, Asia/Hebron) and Jerusalem's clock is not stated.
    expected = DutyStation(city="Jerusalem", country="PS", family_status=FamilyStatus.FAMILY)
    assert expected == post.duty_station


def test_appointment(post: Post) -> None:
    """One year with one possible extension of a year, reviewed yearly on three conditions."""
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
    assert 24 == _some(post.appointment).max_total_months


def test_supervision(post: Post) -> None:
    """Direct supervision by the Deputy Head of Office; a work plan in the first month."""
    supervision = _some(post.supervision)
    expected_lines = (
        ReportingLine(roles=(SupervisionRole.DIRECT,), position="Deputy Head of Office"),
    )
    assert expected_lines == supervision.lines
    assert not supervision.matrix
    assert WorkPlan(due_within_months=1) == supervision.work_plan
    assert EvaluationSystem.UN_E_PERFORMANCE is supervision.evaluation
    assert supervision.meetings is None  # "regular and, if needed, ad-hoc": no cadence
    assert 2 == len(supervision.methodology)


def test_introduction(post: Post) -> None:
    """The paragraph that opens the duties; the duty bullets are cut off by the excerpt."""
    assert 1 == len(post.introduction)
    assert post.introduction[0].startswith("Under the guidance and supervision of the Deputy")
    assert post.duties is None


def test_the_excerpt_states_nothing_more(post: Post) -> None:
    """No grade, sponsor, eligibility, deadline or qualifications are in the excerpt."""
    unstated = (post.grade, post.sponsor, post.eligibility, post.deadline, post.qualifications)
    assert (None,) * len(unstated) == unstated


def test_round_trip(post: Post) -> None:
    """Plain data and back gives the same post."""
    assert post == from_dict(to_dict(post), Post)
