"""Closing deadlines: the stated value, the policy that binds it to one instant, the reader.

`Deadline` holds what an announcement states; `DeadlinePolicy` decides how it becomes one
binding instant (and reports conflicting readings); `parse_deadline` reads the wording
announcements use. This folder sits below `jpo_model.posts`: a post holds a deadline.

The names are loaded on first use (PEP 562), as in `jpo_model`: a post that holds a
deadline loads `jpo_model.deadlines.deadline`, not the reader and its CLDR tables.
"""

from __future__ import annotations

from jpo_model._lazy import lazy_names

# Not `typing.TYPE_CHECKING`: importing typing costs more than this module (type checkers
# read any constant of this name as true).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from jpo_model.deadlines.deadline import Deadline
    from jpo_model.deadlines.parsing import MAX_DEADLINE_LENGTH, parse_deadline
    from jpo_model.deadlines.policy import (
        DEFAULT_POLICY,
        Binding,
        DeadlinePolicy,
        DeadlineReading,
        DeadlineResolution,
        ReadingBasis,
        WallTimeChoice,
    )

__all__ = [
    "DEFAULT_POLICY",
    "MAX_DEADLINE_LENGTH",
    "Binding",
    "Deadline",
    "DeadlinePolicy",
    "DeadlineReading",
    "DeadlineResolution",
    "ReadingBasis",
    "WallTimeChoice",
    "parse_deadline",
]

_WHERE: dict[str, str] = {
    "DEFAULT_POLICY": "jpo_model.deadlines.policy",
    "MAX_DEADLINE_LENGTH": "jpo_model.deadlines.parsing",
    "Binding": "jpo_model.deadlines.policy",
    "Deadline": "jpo_model.deadlines.deadline",
    "DeadlinePolicy": "jpo_model.deadlines.policy",
    "DeadlineReading": "jpo_model.deadlines.policy",
    "DeadlineResolution": "jpo_model.deadlines.policy",
    "ReadingBasis": "jpo_model.deadlines.policy",
    "WallTimeChoice": "jpo_model.deadlines.policy",
    "parse_deadline": "jpo_model.deadlines.parsing",
}
"""The module each public name is loaded from."""


__getattr__, __dir__ = lazy_names(__name__, _WHERE, globals())
