"""Interchange: posts in and out as documents (JSON, TOML), JSON Schema, JSON-LD, iCalendar.

The boundary where model objects meet other programs. iCalendar needs the ``ical`` extra
and imports ``icalendar`` only when called.

The names are loaded on first use (PEP 562), as in `jpo_model`: reading a document loads
`jpo_model.interchange.serialization`, not JSON-LD, the JSON Schema or iCalendar.
"""

from __future__ import annotations

from jpo_model._lazy import lazy_names

# Not `typing.TYPE_CHECKING`: importing typing costs more than this module (type checkers
# read any constant of this name as true).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from jpo_model.interchange.ical import (
        DEFAULT_REMINDERS,
        CalendarComponent,
        IcalUnavailableError,
        assignment_to_ical,
        deadline_to_ical,
    )
    from jpo_model.interchange.jsonld import (
        IssueSeverity,
        JobPostingIssue,
        jobposting_issues,
        jobposting_script,
        to_jobposting,
    )
    from jpo_model.interchange.schema import json_schema
    from jpo_model.interchange.serialization import (
        MAX_DEPTH,
        MAX_ERRORS,
        MAX_SIZE,
        SCHEMA_VERSION,
        dump,
        dumps,
        from_dict,
        load,
        loads,
        to_dict,
    )

__all__ = [
    "DEFAULT_REMINDERS",
    "MAX_DEPTH",
    "MAX_ERRORS",
    "MAX_SIZE",
    "SCHEMA_VERSION",
    "CalendarComponent",
    "IcalUnavailableError",
    "IssueSeverity",
    "JobPostingIssue",
    "assignment_to_ical",
    "deadline_to_ical",
    "dump",
    "dumps",
    "from_dict",
    "jobposting_issues",
    "jobposting_script",
    "json_schema",
    "load",
    "loads",
    "to_dict",
    "to_jobposting",
]

_WHERE: dict[str, str] = {
    "DEFAULT_REMINDERS": "jpo_model.interchange.ical",
    "MAX_DEPTH": "jpo_model.interchange.serialization",
    "MAX_ERRORS": "jpo_model.interchange.serialization",
    "MAX_SIZE": "jpo_model.interchange.serialization",
    "SCHEMA_VERSION": "jpo_model.interchange.serialization",
    "CalendarComponent": "jpo_model.interchange.ical",
    "IcalUnavailableError": "jpo_model.interchange.ical",
    "IssueSeverity": "jpo_model.interchange.jsonld",
    "JobPostingIssue": "jpo_model.interchange.jsonld",
    "assignment_to_ical": "jpo_model.interchange.ical",
    "deadline_to_ical": "jpo_model.interchange.ical",
    "dump": "jpo_model.interchange.serialization",
    "dumps": "jpo_model.interchange.serialization",
    "from_dict": "jpo_model.interchange.serialization",
    "jobposting_issues": "jpo_model.interchange.jsonld",
    "jobposting_script": "jpo_model.interchange.jsonld",
    "json_schema": "jpo_model.interchange.schema",
    "load": "jpo_model.interchange.serialization",
    "loads": "jpo_model.interchange.serialization",
    "to_dict": "jpo_model.interchange.serialization",
    "to_jobposting": "jpo_model.interchange.jsonld",
}
"""The module each public name is loaded from."""


__getattr__, __dir__ = lazy_names(__name__, _WHERE, globals())
