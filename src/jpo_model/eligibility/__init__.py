"""Eligibility: a candidate's profile assessed against a post's rules, with reasons.

`assess` and `screen` apply the rules a post states (`jpo_model.eligibility_rules` and its
qualifications) to a `Candidate`; every `Finding` names the numbers it used. Experience is
counted by `jpo_model.eligibility.experience`. `screen_columns` screens many candidates
at once from `CandidateColumns` (`jpo_model.eligibility.batch`).
"""

from __future__ import annotations

from jpo_model.eligibility.assessment import assess, screen
from jpo_model.eligibility.batch import (
    BatchResult,
    CandidateColumns,
    FindingNumbers,
    RefusedRecord,
    screen_columns,
)
from jpo_model.eligibility.candidate import (
    Candidate,
    Degree,
    ExperiencePeriod,
    LanguageSkill,
    Relevance,
)
from jpo_model.eligibility.findings import Assessment, Criterion, Finding, Number, Verdict

__all__ = [
    "Assessment",
    "BatchResult",
    "Candidate",
    "CandidateColumns",
    "Criterion",
    "Degree",
    "ExperiencePeriod",
    "Finding",
    "FindingNumbers",
    "LanguageSkill",
    "Number",
    "RefusedRecord",
    "Relevance",
    "Verdict",
    "assess",
    "screen",
    "screen_columns",
]
