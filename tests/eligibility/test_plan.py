"""The precomputed plan of a post's rules: the tables both screening and explanations read."""

from __future__ import annotations

import pendulum

from jpo_model import Candidate, Degree, EducationLevel, examples
from jpo_model.eligibility._plan import Plan

SEED = examples.load("ohchr-25p153")
ON = pendulum.Date(2026, 3, 1)


def test_seed_002_plan_holds_its_rules_on_the_day() -> None:
    """Age 32 on 31 December of the deadline's year: born on or after 1994-01-01."""
    plan = Plan(SEED, ON)
    assert pendulum.Date(2026, 12, 31) == plan.age_reference
    assert pendulum.Date(1994, 1, 1).toordinal() == plan.earliest_birth
    assert plan.nationality is not None
    assert 30 == len(plan.nationality)
    assert EducationLevel.ADVANCED == plan.minimum
    assert frozenset({"law", "other discipline related to human rights"}) == plan.fields
    assert [("en", 1), ("ar zh fr ru es", 1)] == [
        (" ".join(requirement.languages), count)
        for requirement, _, _, count, _ in plan.language_asks
    ]


def test_degrees_count_once_completed_by_the_cutoff() -> None:
    """A degree completed after the cutoff day is not held; the highest held sets the rank."""
    plan = Plan(SEED, ON)
    early = Degree(
        level=EducationLevel.FIRST_LEVEL,
        field="Law",
        countries=frozenset({"KE"}),
        completed=pendulum.Date(2018, 6, 30),
    )
    late = Degree(
        level=EducationLevel.ADVANCED,
        field="Law",
        countries=frozenset({"KE"}),
        completed=pendulum.Date(2026, 6, 30),
    )
    candidate = Candidate(
        birth_date=pendulum.Date(1996, 1, 1), nationalities=frozenset({"KE"}), degrees=(early, late)
    )
    assert [early] == plan.held(candidate)
    assert EducationLevel.FIRST_LEVEL.rank == plan.top_rank(candidate)


def test_experience_counts_from_the_day_after_the_first_degree() -> None:
    """Seed 002 counts only experience after the first-level degree."""
    plan = Plan(SEED, ON)
    assert plan.counting.only_after_first_degree
    completed = pendulum.Date(2018, 6, 30).toordinal()
    assert completed + 1 == plan.first_counted(completed)
    assert ON.toordinal() + 1 == plan.first_counted(0)  # no degree: nothing counts
