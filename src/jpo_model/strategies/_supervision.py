"""Strategies for supervision: people, reporting lines, work plans, meetings and evaluation."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import strategies as st
from hypothesis.strategies import SearchStrategy

from jpo_model.grade import Grade
from jpo_model.strategies._grade import grades
from jpo_model.strategies._primitives import (
    builds_joint,
    decimals,
    emails,
    led_by,
    optional,
    pick,
    texts,
    tuples,
)
from jpo_model.supervision import (
    Cadence,
    CadenceUnit,
    EvaluationSystem,
    Person,
    ReportingLine,
    Supervision,
    SupervisionRole,
    TimeShare,
    WorkPlan,
)


def people(
    *,
    name: SearchStrategy[str] | None = None,
    email: SearchStrategy[str | None] | None = None,
) -> SearchStrategy[Person]:
    """Named people, sometimes with an e-mail address."""
    return st.builds(Person, name=pick(name, texts()), email=pick(email, optional(emails())))


def reporting_lines(  # noqa: PLR0913 - one keyword per field of the model
    *,
    roles: SearchStrategy[tuple[SupervisionRole, ...]] | None = None,
    position: SearchStrategy[str] | None = None,
    unit: SearchStrategy[str | None] | None = None,
    person: SearchStrategy[Person | None] | None = None,
    grade: SearchStrategy[Grade | None] | None = None,
    position_number: SearchStrategy[str | None] | None = None,
) -> SearchStrategy[ReportingLine]:
    """Reporting lines carrying one to three distinct roles, sometimes with a grade and number."""
    return st.builds(
        ReportingLine,
        roles=pick(
            roles, tuples(st.sampled_from(SupervisionRole), min_size=1, max_size=3, unique=True)
        ),
        position=pick(position, texts()),
        unit=pick(unit, optional(texts())),
        person=pick(person, optional(people())),
        grade=pick(grade, optional(grades())),
        position_number=pick(position_number, optional(texts())),
    )


def cadences(
    *,
    every: SearchStrategy[int] | None = None,
    unit: SearchStrategy[CadenceUnit] | None = None,
) -> SearchStrategy[Cadence]:
    """Recurring intervals such as "every two weeks"."""
    return st.builds(
        Cadence,
        every=pick(every, st.integers(1, 12)),
        unit=pick(unit, st.sampled_from(CadenceUnit)),
    )


def work_plans(
    *,
    due_within_months: SearchStrategy[int | None] | None = None,
    horizon_months: SearchStrategy[int | None] | None = None,
    time_bound: SearchStrategy[bool] | None = None,
) -> SearchStrategy[WorkPlan]:
    """Work plan statements, with or without a due date and a horizon."""
    return st.builds(
        WorkPlan,
        due_within_months=pick(due_within_months, optional(st.integers(1, 12))),
        horizon_months=pick(horizon_months, optional(st.integers(1, 24))),
        time_bound=pick(time_bound, st.booleans()),
    )


def time_shares(
    *, percent: SearchStrategy[Decimal | None] | None = None
) -> SearchStrategy[TimeShare]:
    """Shares of working time from 0 to 100 percent, or a share left unstated."""
    return st.builds(TimeShare, percent=pick(percent, optional(decimals(0, 100))))


def supervisions(  # noqa: PLR0913 - one keyword per field of the model
    *,
    lines: SearchStrategy[tuple[ReportingLine, ...]] | None = None,
    matrix: SearchStrategy[bool] | None = None,
    work_plan: SearchStrategy[WorkPlan | None] | None = None,
    meetings: SearchStrategy[Cadence | None] | None = None,
    evaluation: SearchStrategy[EvaluationSystem | None] | None = None,
    time_share: SearchStrategy[TimeShare | None] | None = None,
    methodology: SearchStrategy[tuple[str, ...]] | None = None,
) -> SearchStrategy[Supervision]:
    """Supervision arrangements; a matrix always has at least two reporting lines.

    The lines follow ``matrix``: a matrix draws two or three lines, other structures zero to
    two (when only ``lines`` is given, ``matrix`` follows the lines instead).
    """
    if lines is not None and matrix is None:
        joint = led_by(
            "lines",
            lines,
            lambda ls: st.fixed_dictionaries(
                {"matrix": st.booleans() if len(ls) >= 2 else st.just(False)}  # noqa: FBT003
            ),
        )
    else:
        matrix_lines = st.fixed_dictionaries(
            {"lines": pick(lines, tuples(reporting_lines(), min_size=2, max_size=3))}
        )
        plain_lines = st.fixed_dictionaries({"lines": pick(lines, tuples(reporting_lines()))})
        joint = led_by(
            "matrix", pick(matrix, st.booleans()), lambda m: matrix_lines if m else plain_lines
        )
    return builds_joint(
        Supervision,
        joint,
        work_plan=pick(work_plan, optional(work_plans())),
        meetings=pick(meetings, optional(cadences())),
        evaluation=pick(evaluation, optional(st.sampled_from(EvaluationSystem))),
        time_share=pick(time_share, optional(time_shares())),
        methodology=pick(methodology, tuples(texts())),
    )
