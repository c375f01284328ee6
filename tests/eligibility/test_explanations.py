"""The explainers: plain-language reasons naming every number a finding used."""

from __future__ import annotations

import attrs
import pendulum

from jpo_model import Candidate, Criterion, MilitaryServiceExtension, assess, examples
from jpo_model.eligibility._explanations import explain_age, explain_nationality
from jpo_model.eligibility._plan import Plan

SEED = examples.load("ohchr-25p153")
ON = pendulum.Date(2026, 3, 1)


def _findings(candidate: Candidate) -> dict[Criterion, str]:
    return {f.criterion: f.explanation for f in assess(SEED, candidate, on=ON).findings[:-2]}


def test_age_and_nationality_read_from_the_plan_and_the_finding() -> None:
    """The explainers take the plan, the candidate and the finding, and name the numbers."""
    candidate = Candidate(birth_date=pendulum.Date(1994, 1, 1), nationalities=frozenset({"KE"}))
    age, nationality = assess(SEED, candidate, on=ON).findings[:2]
    plan = Plan(SEED, ON)
    assert (
        "born 1994-01-01, on or after 1994-01-01: aged 32 on 2026-12-31, "
        "within the limit of 32 or below"
    ) == explain_age(plan, candidate, age)
    assert "holds KE; KE is among the 30 accepted nationalities" == explain_nationality(
        plan, candidate, nationality
    )


def test_an_ineligible_nationality_says_none_is_accepted() -> None:
    """Held nationalities are listed sorted; none accepted is said so."""
    candidate = Candidate(
        birth_date=pendulum.Date(1995, 1, 1), nationalities=frozenset({"US", "CA"})
    )
    assert (
        "holds CA, US; none is among the 30 accepted nationalities"
        == (_findings(candidate)[Criterion.NATIONALITY])
    )


def test_the_age_explanation_names_years_added_for_military_service() -> None:
    """A rule that adds years for military service says how many, and for what service."""
    assert SEED.eligibility is not None
    assert SEED.eligibility.age is not None
    age = attrs.evolve(
        SEED.eligibility.age,
        extensions=(MilitaryServiceExtension(min_months=12, years_added=2),),
    )
    post = attrs.evolve(SEED, eligibility=attrs.evolve(SEED.eligibility, age=age))
    candidate = Candidate(
        birth_date=pendulum.Date(1992, 6, 1),
        nationalities=frozenset({"KE"}),
        military_service_months=18,
    )
    finding = assess(post, candidate, on=ON).findings[0]
    assert (
        "born 1992-06-01, on or after 1992-01-01: aged 34 on 2026-12-31, within the limit of "
        "34 or below (32 + 2 years for 18 months of military service)"
    ) == finding.explanation
