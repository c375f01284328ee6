"""Exchange rates: explicit, dated, exact conversion in both directions."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pendulum
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from jpo_model import _code_lists, dumps, from_dict, loads, to_dict
from jpo_model.errors import CurrencyMismatchError, FloatAmountError, ValidationError
from jpo_model.exchange import ExchangeRate
from jpo_model.money import Money
from jpo_model.strategies import amounts, exchange_rates


def test_monthly_rate_covers_the_calendar_month() -> None:
    """A UN operational rate is valid from the first to the last day of its month."""
    rate = ExchangeRate.monthly("EUR", "USD", "1.08", year=2028, month=2)
    assert (pendulum.Date(2028, 2, 1), pendulum.Date(2028, 2, 29)) == (
        rate.valid_from,
        rate.valid_until,
    )
    assert (False, True, False) == tuple(
        rate.applies_on(pendulum.Date(2028, m, d)) for m, d in ((1, 31), (2, 15), (3, 1))
    )


def test_convert_multiplies_one_way_and_divides_back() -> None:
    """EUR 100 at 1.0834 is USD 108.34, and USD 108.34 is EUR 100.00."""
    rate = ExchangeRate.monthly("EUR", "USD", "1.0834", year=2026, month=3)
    assert Money.of("108.34", "USD") == rate.convert(Money.of(100, "EUR"))
    assert Money.of(100, "EUR") == rate.convert(Money.of("108.34", "USD"))


def test_convert_rounds_half_to_even_in_the_target_minor_units() -> None:
    """USD 1 at 150.5 yen is 150 yen (half to even), USD 3 is 452 (451.5 to even)."""
    rate = ExchangeRate.monthly("USD", "JPY", "150.5", year=2026, month=3)
    assert (Money.of(150, "JPY"), Money.of(452, "JPY")) == (
        rate.convert(Money.of(1, "USD")),
        rate.convert(Money.of(3, "USD")),
    )


def test_convert_refuses_a_third_currency() -> None:
    """A EUR/USD rate cannot convert CHF."""
    rate = ExchangeRate.monthly("EUR", "USD", "1.08", year=2026, month=3)
    with pytest.raises(CurrencyMismatchError, match="CHF"):
        rate.convert(Money.of(1, "CHF"))


def test_rates_refuse_floats() -> None:
    """A float rate raises FloatAmountError; built directly it is invalid data."""
    with pytest.raises(FloatAmountError):
        ExchangeRate.monthly("EUR", "USD", 1.08, year=2026, month=3)  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        ExchangeRate(
            from_currency="EUR",
            to_currency="USD",
            rate=1.08,  # type: ignore[arg-type]
            valid_from=pendulum.Date(2026, 3, 1),
            valid_until=pendulum.Date(2026, 3, 31),
        )


def test_invalid_rates_name_every_problem() -> None:
    """A non-positive rate between one currency and itself, ending before it starts."""
    with pytest.raises(ValidationError) as info:
        ExchangeRate(
            from_currency="EUR",
            to_currency="EUR",
            rate=Decimal(0),
            valid_from=pendulum.Date(2026, 3, 31),
            valid_until=pendulum.Date(2026, 3, 1),
        )
    assert ["rate", "to_currency", "valid_until"] == sorted(e.path for e in info.value.errors)


def test_converts_either_direction() -> None:
    """A rate converts between its two currencies in either order, and no others."""
    rate = ExchangeRate.monthly("EUR", "USD", "1.08", year=2026, month=3)
    assert (True, True, False) == (
        rate.converts("EUR", "USD"),
        rate.converts("USD", "EUR"),
        rate.converts("USD", "CHF"),
    )


@st.composite
def _conversions(draw: st.DrawFn) -> tuple[ExchangeRate, Money]:
    rate = draw(exchange_rates())
    currency = draw(st.sampled_from((rate.from_currency, rate.to_currency)))
    return rate, Money(amount=draw(amounts(currency)), currency=currency)


def _minor_unit(currency: str) -> Fraction:
    return Fraction(1, 10 ** _code_lists.currency_digits(currency))


# A yen to Kuwaiti dinar round trip at a tiny rate: the dinar's minor unit dwarfs the yen's.
@example((ExchangeRate.monthly("JPY", "KWD", "0.002", year=2026, month=1), Money.of(250, "JPY")))
@given(_conversions())
def test_round_trip_stays_within_half_a_minor_unit_each_way(
    case: tuple[ExchangeRate, Money],
) -> None:
    """There and back differs by at most half a minor unit of each currency, valued at the rate.

    So when the other currency's minor unit is worth no more than the original's, a round
    trip never creates (or loses) more than one minor unit.
    """
    rate, money = case
    there = rate.convert(money)
    back = rate.convert(there)
    factor = Fraction(rate.rate)
    to_original = 1 / factor if money.currency == rate.from_currency else factor
    bound = _minor_unit(money.currency) / 2 + _minor_unit(there.currency) * to_original / 2
    assert abs(Fraction(back.amount) - Fraction(money.amount)) <= bound
    if _minor_unit(there.currency) * to_original <= _minor_unit(money.currency):
        assert abs(back.minor_units - money.minor_units) <= 1


@given(exchange_rates())
def test_rates_round_trip_through_documents(rate: ExchangeRate) -> None:
    """A rate survives to_dict/from_dict, JSON and TOML unchanged."""
    assert rate == from_dict(to_dict(rate), ExchangeRate)
    assert rate == loads(dumps(rate), ExchangeRate)
    assert rate == loads(dumps(rate, format="toml"), ExchangeRate, format="toml")
