"""Closing deadlines: the stated value, the policy that binds it to one instant, the reader.

`Deadline` holds what an announcement states; `DeadlinePolicy` decides how it becomes one
binding instant (and reports conflicting readings); `parse_deadline` reads the wording
announcements use. This folder sits below `jpo_model.posts`: a post holds a deadline.
"""

from __future__ import annotations

from jpo_model.deadlines.deadline import Deadline
from jpo_model.deadlines.parsing import parse_deadline
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
    "Binding",
    "Deadline",
    "DeadlinePolicy",
    "DeadlineReading",
    "DeadlineResolution",
    "ReadingBasis",
    "WallTimeChoice",
    "parse_deadline",
]
