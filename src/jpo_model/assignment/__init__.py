"""The assignment: the dates its terms imply once it starts, and its contract years.

The names are loaded on first use (PEP 562), as in `jpo_model`: contract years load
without the calendar (which needs the whole post).
"""

from __future__ import annotations

from jpo_model._lazy import lazy_names

# Not `typing.TYPE_CHECKING`: importing typing costs more than this module (type checkers
# read any constant of this name as true).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from jpo_model.assignment.calendar import (
        AssignmentCalendar,
        StepIncrement,
        add_months,
        period_end,
    )
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

_WHERE: dict[str, str] = {
    "AssignmentCalendar": "jpo_model.assignment.calendar",
    "ContractExtension": "jpo_model.assignment.contract_years",
    "ContractTerm": "jpo_model.assignment.contract_years",
    "ContractYear": "jpo_model.assignment.contract_years",
    "Funding": "jpo_model.assignment.contract_years",
    "StepIncrement": "jpo_model.assignment.calendar",
    "add_months": "jpo_model.assignment.calendar",
    "period_end": "jpo_model.assignment.calendar",
}
"""The module each public name is loaded from."""


__getattr__, __dir__ = lazy_names(__name__, _WHERE, globals())
