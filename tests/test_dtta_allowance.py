"""The DTTA an announcement states: an amount per contract year, never negative."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given

from jpo_model import DttaAllowance, Money, ValidationError, examples, from_dict, to_dict
from jpo_model.strategies import dtta_allowances


def test_seed_002_states_4000_dollars_a_year() -> None:
    """25P153: "DTTA US$4,000 a year"."""
    post = examples.load("ohchr-25p153")
    assert post.dtta is not None
    assert Money(amount=Decimal("4000.00"), currency="USD") == post.dtta.annual


def test_a_negative_allowance_is_refused_with_its_path() -> None:
    """The amount's path inside the allowance is named, with the offending value."""
    with pytest.raises(ValidationError) as caught:
        DttaAllowance(annual=Money(amount=Decimal("-1.00"), currency="USD"))
    assert [("annual.amount", "must not be negative", "-1.00")] == [
        (e.path, e.message, e.value) for e in caught.value.errors
    ]


@given(dtta_allowances())
def test_allowances_round_trip(allowance: DttaAllowance) -> None:
    """Every drawn allowance survives a document unchanged."""
    assert allowance == from_dict(to_dict(allowance), DttaAllowance)
