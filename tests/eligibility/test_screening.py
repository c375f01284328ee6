"""The screening pass: every rule for every candidate, shared findings, bounded memory."""

from __future__ import annotations

import pendulum
import pytest

from jpo_model import Candidate, Criterion, Verdict, examples
from jpo_model.eligibility import _screening
from jpo_model.eligibility._screening import Screening

SEED = examples.load("ohchr-25p153")
ON = pendulum.Date(2026, 3, 1)


def _person(year: int, *nationalities: str) -> Candidate:
    return Candidate(birth_date=pendulum.Date(year, 6, 1), nationalities=frozenset(nationalities))


def test_every_rule_gives_a_finding_even_after_an_ineligible_one() -> None:
    """A candidate too old and of the wrong nationality still gets all nine findings."""
    result = Screening(SEED, ON).assess(_person(1980, "US"))
    assert Verdict.INELIGIBLE == result.verdict
    assert [Criterion.AGE, Criterion.NATIONALITY] == [f.criterion for f in result.findings[:2]]
    assert 9 == len(result.findings)
    assert [Verdict.INELIGIBLE, Verdict.INELIGIBLE] == [f.verdict for f in result.findings[:2]]


def test_findings_that_depend_only_on_shared_values_are_shared() -> None:
    """Two candidates born the same day share one age finding; its text names each one's date."""
    screening = Screening(SEED, ON)
    first = screening.assess(_person(1996, "KE"))
    second = screening.assess(_person(1996, "KE", "UG"))
    assert first.findings[0] is second.findings[0]
    assert first.findings[1] is not second.findings[1]  # other nationalities, own finding
    assert "born 1996-06-01" in second.findings[0].explanation


def test_shared_findings_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    """Past the cap, findings are still right but no longer kept for sharing."""
    monkeypatch.setattr(_screening, "_REMEMBERED", 3)
    screening = Screening(SEED, ON)
    results = [screening.assess(_person(year, "KE")) for year in range(1990, 2000)]
    assert 3 == len(screening._age_findings)
    expected = [Verdict.INELIGIBLE] * 4 + [Verdict.ELIGIBLE] * 6  # born on or after 1994
    assert expected == [r.findings[0].verdict for r in results]
