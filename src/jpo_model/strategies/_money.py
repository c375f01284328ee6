"""Strategies for money and the DTTA an announcement states."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import strategies as st
from hypothesis.strategies import SearchStrategy

from jpo_model import _code_lists
from jpo_model.dtta_allowance import DttaAllowance
from jpo_model.money import Money
from jpo_model.strategies._primitives import currency_codes, optional, pick, texts

# Amounts up to a billion in major units: far beyond any post, still exact in TOML and JSON.
_MAX_MAJOR_UNITS = 10**9


def amounts(currency: str, *, signed: bool = True) -> SearchStrategy[Decimal]:
    """Decimal amounts with at most the currency's minor-unit digits (USD 2, JPY 0, KWD 3)."""
    digits = _code_lists.currency_digits(currency)
    bound = _MAX_MAJOR_UNITS * 10**digits
    return st.builds(
        lambda units, places: Decimal(units).scaleb(-places),
        st.integers(-bound if signed else 0, bound),
        st.integers(0, digits),
    )


def money(
    *,
    amount: SearchStrategy[Decimal] | None = None,
    currency: SearchStrategy[str] | None = None,
) -> SearchStrategy[Money]:
    """Money in any ISO 4217 currency, positive, zero or negative, within its minor units.

    The amount is drawn after the currency so that it fits the currency's minor units; given
    only an amount, the currency is drawn among those whose minor units it fits.

    >>> from hypothesis import given
    >>> @given(money(currency=st.just("JPY")))
    ... def test_yen_has_no_minor_units(price):
    ...     assert price.minor_units == price.amount
    >>> test_yen_has_no_minor_units()
    """
    if amount is not None and currency is None:
        return amount.flatmap(
            lambda value: st.builds(
                Money, amount=st.just(value), currency=_currencies_fitting(value)
            )
        )
    if amount is not None and currency is not None:
        return st.builds(Money, amount=amount, currency=currency)
    return pick(currency, currency_codes()).flatmap(
        lambda code: st.builds(Money, amount=amounts(code), currency=st.just(code))
    )


def _currencies_fitting(amount: Decimal) -> SearchStrategy[str]:
    """Currencies with enough minor-unit digits for an amount (any currency fits 4000)."""
    exponent = amount.as_tuple().exponent
    places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    fitting = [
        c for c in sorted(_code_lists.currency_codes()) if _code_lists.currency_digits(c) >= places
    ]
    return st.sampled_from(fitting)


def dtta_allowances(
    *,
    annual: SearchStrategy[Money] | None = None,
    purpose: SearchStrategy[str | None] | None = None,
) -> SearchStrategy[DttaAllowance]:
    """DTTA statements: a non-negative annual amount and sometimes its stated purpose."""
    non_negative = currency_codes().flatmap(
        lambda code: st.builds(Money, amount=amounts(code, signed=False), currency=st.just(code))
    )
    return st.builds(
        DttaAllowance,
        annual=pick(annual, non_negative),
        purpose=pick(purpose, optional(texts())),
    )
