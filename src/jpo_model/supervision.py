"""Supervision: reporting lines (direct, overall, matrix), work plan, meetings and evaluation."""

from __future__ import annotations

import enum
from collections.abc import Iterator
from decimal import Decimal

import attrs

from jpo_model._model import (
    MOST_DAYS,
    MOST_MONTHS,
    Model,
    checks,
    each,
    email,
    finite_decimal,
    in_range,
    non_empty,
    problem,
    text,
)
from jpo_model.errors import ErrorDetail
from jpo_model.grade import Grade

__all__ = [
    "Cadence",
    "CadenceUnit",
    "EvaluationSystem",
    "Person",
    "ReportingLine",
    "Supervision",
    "SupervisionRole",
    "TimeShare",
    "WorkPlan",
]


class SupervisionRole(enum.Enum):
    """The kind of supervision a reporting line carries; a matrix has several lines."""

    DIRECT = "direct"
    OVERALL = "overall"
    FUNCTIONAL = "functional"
    TECHNICAL = "technical"
    PERSONNEL = "personnel"


@attrs.frozen(kw_only=True)
class Person(Model):
    """A named person, e.g. a supervisor the announcement names."""

    name: str = attrs.field(metadata=checks(text))
    """Full name as written."""
    email: str | None = attrs.field(default=None, metadata=checks(email))
    """E-mail address, if given."""


@attrs.frozen(kw_only=True)
class ReportingLine(Model):
    """One line of supervision: its roles and the position (optionally the person) it runs to."""

    roles: tuple[SupervisionRole, ...] = attrs.field(metadata=checks(non_empty))
    """What this line supervises, e.g. technical and personnel supervision."""
    position: str = attrs.field(metadata=checks(text))
    """The supervising position's title, e.g. "Team Leader"."""
    unit: str | None = attrs.field(default=None, metadata=checks(text))
    """The unit or group the position belongs to, if stated."""
    person: Person | None = None
    """The person holding the position, if named."""
    grade: Grade | None = None
    """The supervising position's grade, if stated ("Supervisor Position Grade: P4")."""
    position_number: str | None = attrs.field(default=None, metadata=checks(text))
    """The supervising position's number as written, if stated ("Supervisor Position No:
    10002621"); text, since numbering differs per organisation and may keep leading zeros."""

    def _invariants(self) -> Iterator[ErrorDetail]:
        if len(set(self.roles)) != len(self.roles):
            yield problem("must not repeat a role", self.roles, "roles")


class CadenceUnit(enum.Enum):
    """The unit of a recurring interval."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"


@attrs.frozen(kw_only=True)
class Cadence(Model):
    """A recurring interval, e.g. "every two weeks"."""

    every: int = attrs.field(metadata=checks(in_range(1, MOST_DAYS)))
    """How many units between occurrences."""
    unit: CadenceUnit
    """The unit of the interval."""


@attrs.frozen(kw_only=True)
class WorkPlan(Model):
    """When the JPO's work plan is agreed ("during the first month") and what it covers.

    "a 3-month work plan" agreed "during the first month": ``horizon_months=3,
    due_within_months=1``.
    """

    due_within_months: int | None = attrs.field(
        default=None, metadata=checks(in_range(1, MOST_MONTHS))
    )
    """The plan is agreed within this many months of the start, if stated."""
    horizon_months: int | None = attrs.field(
        default=None, metadata=checks(in_range(1, MOST_MONTHS))
    )
    """The months the plan covers from the start of the assignment ("a 3-month work plan":
    3), if stated."""
    time_bound: bool = False
    """The plan has dated milestones ("a time-bound work plan")."""


class EvaluationSystem(enum.Enum):
    """The performance evaluation system the post is appraised in."""

    UN_E_PERFORMANCE = "un-e-performance"
    """UN Performance Evaluation System (e-performance, Inspira)."""
    ILO_PMF = "ilo-pmf"
    """ILO Performance Management Framework."""
    UN_PAS = "un-pas"
    """UN Performance Appraisal System (PAS)."""
    UNDP_RCA = "undp-rca"
    """UNDP Results and Competency Assessment."""


@attrs.frozen(kw_only=True)
class TimeShare(Model):
    """The part of working time a part-time role takes; the percentage may be unstated."""

    percent: Decimal | None = attrs.field(
        default=None, metadata=checks(finite_decimal, in_range(Decimal(0), Decimal(100)))
    )
    """Share of working time in percent; ``None`` when a share exists but is not given."""


@attrs.frozen(kw_only=True)
class Supervision(Model):
    """How the post is supervised, planned and evaluated."""

    lines: tuple[ReportingLine, ...] = ()
    """Reporting lines, the direct one first; a matrix structure has several."""
    matrix: bool = False
    """The announcement calls the structure a matrix."""
    work_plan: WorkPlan | None = None
    """When the work plan is agreed, if stated."""
    meetings: Cadence | None = None
    """Cadence of regular supervision meetings, if stated."""
    evaluation: EvaluationSystem | None = None
    """The performance evaluation system, if stated."""
    time_share: TimeShare | None = None
    """For a part-time role: the share of working time allocated to it."""
    methodology: tuple[str, ...] = attrs.field(default=(), metadata=checks(each(text)))
    """Other statements on the content and methodology of supervision."""

    def _invariants(self) -> Iterator[ErrorDetail]:
        if self.matrix and len(self.lines) < 2:
            yield problem("a matrix structure needs at least two lines", len(self.lines), "lines")

    @property
    def direct(self) -> ReportingLine | None:
        """The line carrying direct supervision, if any."""
        return next((ln for ln in self.lines if SupervisionRole.DIRECT in ln.roles), None)
