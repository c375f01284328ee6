"""The assignment: the dates its terms imply once it starts, and its contract years."""

from __future__ import annotations

from jpo_model.assignment.calendar import AssignmentCalendar, StepIncrement, add_months, period_end
from jpo_model.assignment.contract_years import (
    ContractExtension,
    ContractTerm,
    ContractYear,
    Funding,
)

__all__ = [
    "AssignmentCalendar",
    "ContractExtension",
    "ContractTerm",
    "ContractYear",
    "Funding",
    "StepIncrement",
    "add_months",
    "period_end",
]
