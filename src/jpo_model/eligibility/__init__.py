"""Eligibility: a candidate's profile assessed against a post's rules, with reasons.

`assess` and `screen` apply the rules a post states (`jpo_model.eligibility_rules` and its
qualifications) to a `Candidate`; every `Finding` names the numbers it used. Experience is
counted by `jpo_model.eligibility.experience`.
"""

from __future__ import annotations

from jpo_model.eligibility.assessment import assess, screen
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
    "Candidate",
    "Criterion",
    "Degree",
    "ExperiencePeriod",
    "Finding",
    "LanguageSkill",
    "Number",
    "Relevance",
    "Verdict",
    "assess",
    "screen",
]
