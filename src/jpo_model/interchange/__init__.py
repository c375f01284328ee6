"""Interchange: posts in and out as documents (JSON, TOML), JSON Schema, JSON-LD, iCalendar.

The boundary where model objects meet other programs. iCalendar needs the ``ical`` extra
and imports ``icalendar`` only when called.
"""

from __future__ import annotations

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
