"""Contract years: anniversary years of the donor-funded term."""

from __future__ import annotations

import itertools

import pendulum
import pytest
from hypothesis import given

from jpo_model import from_dict, to_dict
from jpo_model.assignment.contract_years import ContractExtension, ContractTerm, Funding
from jpo_model.errors import ValidationError
from jpo_model.strategies import contract_terms


def test_years_are_anniversary_years() -> None:
    """A 30-month term from 10 March 2026 has two full years and a six-month one."""
    term = ContractTerm(
        start=pendulum.Date(2026, 3, 10),
        initial_months=24,
        extensions=(ContractExtension(months=6),),
    )
    assert [
        (1, "2026-03-10", "2027-03-09"),
        (2, "2027-03-10", "2028-03-09"),
        (3, "2028-03-10", "2028-09-09"),
    ] == [(y.number, y.start.isoformat(), y.last_day.isoformat()) for y in term.years()]


def test_host_funded_extensions_end_the_term() -> None:
    """A host-funded extension adds no contract year and does not move the term's end."""
    term = ContractTerm(
        start=pendulum.Date(2026, 3, 10),
        initial_months=24,
        extensions=(ContractExtension(months=12, funding=Funding.HOST),),
    )
    assert (2, 24, pendulum.Date(2028, 3, 9)) == (
        len(term.years()),
        term.donor_months,
        term.last_day,
    )


def test_donor_extension_cannot_follow_a_host_one() -> None:
    """Donor funding after host funding is refused as invalid data."""
    with pytest.raises(ValidationError, match="cannot follow"):
        ContractTerm(
            start=pendulum.Date(2026, 3, 10),
            initial_months=12,
            extensions=(
                ContractExtension(months=6, funding=Funding.HOST),
                ContractExtension(months=6),
            ),
        )


def test_leap_day_start_keeps_its_anniversaries() -> None:
    """A term starting on 29 February has anniversaries on 28 February, and 29th in leap years."""
    term = ContractTerm(start=pendulum.Date(2024, 2, 29), initial_months=48)
    assert ["2024-02-29", "2025-02-28", "2026-02-28", "2027-02-28"] == [
        y.start.isoformat() for y in term.years()
    ]
    assert pendulum.Date(2028, 2, 29) == term.years()[-1].until


@given(contract_terms())
def test_years_tile_the_term(term: ContractTerm) -> None:
    """Years follow each other without gap and end where donor funding ends."""
    years = term.years()
    assert term.start == years[0].start
    assert term.funded_until == years[-1].funded_until
    for before, after in itertools.pairwise(years):
        assert before.until == before.funded_until == after.start
    assert (term.donor_months + 11) // 12 == len(years)


@given(contract_terms())
def test_terms_round_trip(term: ContractTerm) -> None:
    """A term survives to_dict/from_dict unchanged."""
    assert term == from_dict(to_dict(term), ContractTerm)
