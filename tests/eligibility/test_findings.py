"""Findings and assessments: what a rule found, equal by content, built fast or by attrs."""

from __future__ import annotations

import pendulum

from jpo_model import Assessment, Candidate, Criterion, Finding, Verdict
from jpo_model.eligibility.findings import Rule, new_assessment, new_finding

CANDIDATE = Candidate(birth_date=pendulum.Date(1994, 1, 1), nationalities=frozenset({"KE"}))


def _explain(candidate: Candidate, finding: Finding) -> str:
    return f"{candidate.birth_date} gives {finding.verdict.value}"


AGE = Rule(Criterion.AGE, decisive=True, explain=_explain)
LANGUAGE = Rule(Criterion.LANGUAGE, decisive=False, explain=_explain)


def test_a_finding_reads_its_rule_and_writes_its_explanation_when_read() -> None:
    """Criterion and decisiveness come from the rule; the text from its explainer."""
    finding = new_finding(AGE, Verdict.ELIGIBLE, (("limit", 32),), CANDIDATE)
    assert (Criterion.AGE, True) == (finding.criterion, finding.decisive)
    assert "1994-01-01 gives eligible" == finding.explanation
    assert {"limit": 32} == dict(finding.numbers)
    assert "explanation='1994-01-01 gives eligible'" in repr(finding)


def test_the_fast_constructor_builds_what_attrs_builds() -> None:
    """`new_finding` and `new_assessment` give objects equal to the generated __init__'s."""
    fast = new_finding(LANGUAGE, Verdict.INELIGIBLE, (("met_count", 0),), CANDIDATE)
    built = Finding(
        verdict=Verdict.INELIGIBLE, numbers=(("met_count", 0),), rule=LANGUAGE, candidate=CANDIDATE
    )
    assert built == fast
    assert hash(built) == hash(fast)
    assessment = new_assessment(Verdict.ELIGIBLE, CANDIDATE, (fast,))
    assert Assessment(verdict=Verdict.ELIGIBLE, candidate=CANDIDATE, findings=(built,)) == (
        assessment
    )


def test_findings_differ_by_verdict_numbers_rule_or_text() -> None:
    """Equality compares what a finding says, not which objects made it."""
    one = new_finding(AGE, Verdict.ELIGIBLE, (("limit", 32),), CANDIDATE)
    assert one != new_finding(AGE, Verdict.INELIGIBLE, (("limit", 32),), CANDIDATE)
    assert one != new_finding(AGE, Verdict.ELIGIBLE, (("limit", 35),), CANDIDATE)
    assert one != new_finding(LANGUAGE, Verdict.ELIGIBLE, (("limit", 32),), CANDIDATE)
    older = Candidate(birth_date=pendulum.Date(1990, 1, 1), nationalities=frozenset({"KE"}))
    assert one != new_finding(AGE, Verdict.ELIGIBLE, (("limit", 32),), older)
