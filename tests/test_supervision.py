"""Supervision: reporting lines, matrix structures, work plans and time shares."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest
from hypothesis import given

from jpo_model import (
    Cadence,
    CadenceUnit,
    EvaluationSystem,
    Grade,
    GradeLevel,
    Person,
    ReportingLine,
    Supervision,
    SupervisionRole,
    TimeShare,
    ValidationError,
    WorkPlan,
    dumps,
    from_dict,
    loads,
    to_dict,
)
from jpo_model.strategies import reporting_lines, supervisions

TEAM_LEADER = ReportingLine(roles=(SupervisionRole.DIRECT,), position="Team Leader")
SECTION_CHIEF = ReportingLine(roles=(SupervisionRole.OVERALL,), position="Chief of Section")


def _problems(build: Callable[[], object]) -> list[tuple[str, str, object]]:
    with pytest.raises(ValidationError) as caught:
        build()
    return [(e.path, e.message, e.value) for e in caught.value.errors]


def test_direct_and_overall_supervision() -> None:
    """Seed 25P153: a team leader supervises directly, the section chief overall."""
    supervision = Supervision(
        lines=(SECTION_CHIEF, TEAM_LEADER),
        work_plan=WorkPlan(due_within_months=1),
        meetings=Cadence(every=2, unit=CadenceUnit.WEEK),
        evaluation=EvaluationSystem.UN_E_PERFORMANCE,
    )
    assert TEAM_LEADER == supervision.direct


def test_no_direct_line() -> None:
    """Without a direct line, ``direct`` is None."""
    assert Supervision(lines=(SECTION_CHIEF,)).direct is None
    assert Supervision().direct is None


def test_a_matrix_has_several_lines() -> None:
    """Seed 23P302: a matrix structure needs at least two reporting lines."""
    technical = ReportingLine(
        roles=(SupervisionRole.TECHNICAL, SupervisionRole.PERSONNEL),
        position="Co-chairs",
        unit="Inter-agency group",
    )
    assert Supervision(lines=(TEAM_LEADER, technical), matrix=True).matrix
    assert [("lines", "a matrix structure needs at least two lines", 1)] == _problems(
        lambda: Supervision(lines=(TEAM_LEADER,), matrix=True)
    )


def test_a_line_never_repeats_a_role() -> None:
    """Roles on one line are distinct and at least one."""
    roles = (SupervisionRole.DIRECT, SupervisionRole.DIRECT)
    assert [("roles", "must not repeat a role", roles)] == _problems(
        lambda: ReportingLine(roles=roles, position="Team Leader")
    )
    assert [("roles", "must not be empty", ())] == _problems(
        lambda: ReportingLine(roles=(), position="Team Leader")
    )


def test_a_named_supervisor() -> None:
    """A supervisor may be named with an e-mail address, which must be valid."""
    person = Person(name="A. Officer", email="a.officer@un.org")
    assert (
        person
        == ReportingLine(roles=(SupervisionRole.DIRECT,), position="Chief", person=person).person
    )
    assert [("email", "is not an e-mail address", "a.officer")] == _problems(
        lambda: Person(name="A. Officer", email="a.officer")
    )


def test_a_line_states_the_supervisors_grade_and_position_number() -> None:
    """ "Supervisor Position Grade: P4", "Supervisor Position No: 10002621": both are kept."""
    line = ReportingLine(
        roles=(SupervisionRole.DIRECT,),
        position="Programme Manager",
        grade=Grade.from_text("P4"),
        position_number="10002621",
    )
    assert (Grade(level=GradeLevel.P4), "10002621") == (line.grade, line.position_number)
    written = to_dict(line)
    assert ({"level": "P4"}, "10002621") == (written["grade"], written["position_number"])
    assert line == from_dict(written, ReportingLine)
    assert line == loads(dumps(line, format="toml"), ReportingLine, format="toml")


def test_a_position_number_is_text_as_written() -> None:
    """A position number keeps its leading zeros and is refused when blank or padded."""
    assert (
        "00123456"
        == ReportingLine(
            roles=(SupervisionRole.DIRECT,), position="Chief", position_number="00123456"
        ).position_number
    )
    assert [("position_number", "must not start or end with whitespace", " 10002621")] == (
        _problems(
            lambda: ReportingLine(
                roles=(SupervisionRole.DIRECT,), position="Chief", position_number=" 10002621"
            )
        )
    )


@pytest.mark.parametrize("percent", [None, Decimal(0), Decimal("12.5"), Decimal(100)])
def test_time_share_is_a_percentage(percent: Decimal | None) -> None:
    """Seed 003: a part-time role's share is 0-100 percent, or unstated."""
    assert percent == TimeShare(percent=percent).percent


@pytest.mark.parametrize(
    ("percent", "message"),
    [
        (Decimal("100.1"), "must be between 0 and 100"),
        (Decimal(-1), "must be between 0 and 100"),
        (Decimal("NaN"), "must be a finite number"),
        (Decimal("Infinity"), "must be a finite number"),
    ],
)
def test_time_share_refuses_other_numbers(percent: Decimal, message: str) -> None:
    """Shares outside 0-100 and non-finite numbers are refused with one problem each."""
    assert [("percent", message)] == [p[:2] for p in _problems(lambda: TimeShare(percent=percent))]


def test_intervals_and_plans_count_from_one() -> None:
    """A cadence of zero units or a plan due in zero months is refused."""
    assert [("every", "must be between 1 and 36525", 0)] == _problems(
        lambda: Cadence(every=0, unit=CadenceUnit.DAY)
    )
    assert [("due_within_months", "must be between 1 and 1200", 0)] == _problems(
        lambda: WorkPlan(due_within_months=0)
    )


def test_a_work_plan_states_its_horizon_beside_its_due_date() -> None:
    """ "a 3-month work plan" agreed "during the first month": a horizon of 3, due in 1."""
    plan = WorkPlan(due_within_months=1, horizon_months=3)
    assert (1, 3) == (plan.due_within_months, plan.horizon_months)
    assert {"schema_version": 1, "due_within_months": 1, "horizon_months": 3} == to_dict(plan)
    assert plan == from_dict(to_dict(plan), WorkPlan)
    assert plan == loads(dumps(plan, format="toml"), WorkPlan, format="toml")
    assert [("horizon_months", "must be between 1 and 1200", 0)] == _problems(
        lambda: WorkPlan(horizon_months=0)
    )


def test_methodology_statements_are_text() -> None:
    """Each methodology statement is non-empty text, reported by index."""
    assert [("methodology[1]", "must not be empty", "")] == _problems(
        lambda: Supervision(methodology=("Weekly check-ins", ""))
    )


@given(supervisions())
def test_direct_is_a_line_with_the_direct_role(supervision: Supervision) -> None:
    """``direct`` is the first line carrying the direct role, if any."""
    direct = [ln for ln in supervision.lines if SupervisionRole.DIRECT in ln.roles]
    assert (direct[0] if direct else None) == supervision.direct


@given(reporting_lines())
def test_a_single_line_is_never_a_matrix(line: ReportingLine) -> None:
    """One reporting line cannot be called a matrix, whatever the line."""
    with pytest.raises(ValidationError):
        Supervision(lines=(line,), matrix=True)
