"""The bundled example osagi-gender-focal-point (seed 003) holds every fact of the draft."""

from __future__ import annotations

from typing import TypeVar

import pytest

from jpo_model import (
    Contact,
    DocumentForm,
    EvaluationSystem,
    Organisation,
    OrganisationLevel,
    OrganisationUnit,
    Post,
    PostKind,
    ReportingLine,
    SupervisionRole,
    TimeShare,
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
    return examples.load("osagi-gender-focal-point")


def test_identity(post: Post) -> None:
    """The post is a draft job description of a staff role, not a JPO post, without reference."""
    assert "Gender Focal Point" == post.title
    assert PostKind.STAFF_ROLE is post.kind
    assert DocumentForm.JOB_DESCRIPTION is post.document
    assert post.draft
    assert post.reference is None


def test_organisation(post: Post) -> None:
    """The role sits in the United Nations Secretariat; no department is named."""
    expected = Organisation(
        units=(OrganisationUnit(name="United Nations Secretariat", level=OrganisationLevel.ENTITY),)
    )
    assert expected == post.organisation


def test_nothing_unstated_is_invented(post: Post) -> None:
    """No duty station, grade, sponsor, appointment, qualifications, deadline or DTTA."""
    assert post.duty_station is None
    assert post.grade is None
    assert post.sponsor is None
    assert post.appointment is None
    assert post.qualifications is None
    assert post.eligibility is None
    assert post.deadline is None
    assert post.dtta is None
    assert post.application is None
    assert ((), ()) == (post.fields_of_assignment, post.sectors)


def test_supervision(post: Post) -> None:
    """A direct line to the Under-Secretary-General, appraised in the UN PAS."""
    supervision = _some(post.supervision)
    assert (
        ReportingLine(roles=(SupervisionRole.DIRECT,), position="Under-Secretary-General"),
    ) == supervision.lines
    assert not supervision.matrix
    assert EvaluationSystem.UN_PAS is supervision.evaluation
    assert supervision.work_plan is None
    assert supervision.meetings is None
    assert (
        "The gender focal point reports to, and should receive support from, senior management."
        == supervision.methodology[0]
    )


def test_part_time_share_is_unstated(post: Post) -> None:
    """The role takes a share of working time, and the share is not stated."""
    assert TimeShare(percent=None) == _some(post.supervision).time_share


def test_duty_groups(post: Post) -> None:
    """Thirty-one functions in eight groups; the field heading holds two introduced lists."""
    duties = _some(post.duties)
    assert [
        ("Act as adviser on gender mainstreaming to the Under-Secretary General", False, 4),
        ("Policy, strategy and action plan on gender mainstreaming", False, 3),
        ("Analysis, knowledge development and information activities", False, 4),
        ("Support to gender mainstreaming in headquarters", True, 3),
        ("Support to gender mainstreaming in the field, if relevant", True, 4),
        (None, True, 3),
        ("Regular monitoring and reporting on gender mainstreaming", True, 5),
        ("Representation, collaboration and resource base development", True, 5),
    ] == [(g.heading, g.intro is not None, len(g.duties)) for g in duties.groups]
    assert 31 == len(duties.all)
    assert (None, None) == (duties.intro, duties.closing)


def test_group_intros(post: Post) -> None:
    """Group introductions are kept as written, including the second field list's."""
    groups = _some(post.duties).groups
    assert "The gender focal point should:" == groups[7].intro
    assert _some(groups[5].intro).startswith(
        "Where such gender units or gender focal points do not exist in the field"
    )
    assert _some(groups[3].intro).endswith(
        "carried out with any additional needed support from outside experts:"
    )


def test_duties_are_verbatim(post: Post) -> None:
    """Duties keep the source's wording, typos included."""
    duties = _some(post.duties).all
    assert (
        "Provide advice on request on gender perspectives in all aspects of the work of the"
        " department, using own resources or outside expertise."
    ) == duties[0]
    assert "at international leve, to disseminate" in duties[3]
    assert duties[-1].endswith("which can be used throughout the department as necessary")


def test_learning(post: Post) -> None:
    """Professional development for newcomers to gender mainstreaming is a learning element."""
    learning = _some(post.learning)
    [element] = learning.elements
    assert "including an initial programme of competence development" in element
    assert ((), ()) == (learning.outcomes, learning.events)


def test_background(post: Post) -> None:
    """Four background paragraphs, the third saying the role is not full-time."""
    assert 4 == len(post.background)
    assert post.background[2].startswith("The gender focal point is not a full-time position;")


def test_contact(post: Post) -> None:
    """OSAGI's postal contact in New York, as printed."""
    expected = Contact(
        organisation=(
            "Office of the Special Adviser on Gender Issues and Advancement of Women (OSAGI)"
        ),
        address=("United Nations, Two United Nations Plaza", "44th St. 12th Floor, NY ,NY 10017"),
        country="US",
        url="http://www.un.org/osagi",
    )
    assert expected == post.contact


def test_round_trip(post: Post) -> None:
    """Plain data and back gives the same post."""
    assert post == from_dict(to_dict(post), Post)
