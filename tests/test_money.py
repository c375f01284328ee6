"""Money: exact Decimal amounts, CLDR minor units, one rounding mode, exact allocation."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from jpo_model import to_dict
from jpo_model.errors import CurrencyMismatchError, FloatAmountError, ValidationError
from jpo_model.money import ROUNDING, Money
from jpo_model.strategies import amounts, currency_codes


def moneys(currency: str) -> st.SearchStrategy[Money]:
    """Money in one currency, any sign."""
    return amounts(currency).map(lambda a: Money(amount=a, currency=currency))


@pytest.mark.parametrize(("currency", "digits"), [("USD", 2), ("JPY", 0), ("KWD", 3)])
def test_of_rounds_to_the_currency_minor_units(currency: str, digits: int) -> None:
    """Money.of keeps exactly the currency's CLDR minor-unit digits."""
    assert -digits == Money.of("1.23456", currency).amount.as_tuple().exponent


def test_of_rounds_half_to_even() -> None:
    """The one rounding mode is half to even: 0.125 -> 0.12, 0.135 -> 0.14."""
    assert (Decimal("0.12"), Decimal("0.14")) == (
        Money.of("0.125", "USD").amount,
        Money.of("0.135", "USD").amount,
    )
    assert "ROUND_HALF_EVEN" == ROUNDING


def test_json_form_is_stable() -> None:
    """Money is written as a decimal string and a currency code."""
    expected = {"schema_version": 1, "amount": "4000.00", "currency": "USD"}
    assert expected == to_dict(Money.of(4000, "USD"))


def test_of_refuses_floats() -> None:
    """A float amount raises FloatAmountError (a TypeError), which names the exact spelling."""
    with pytest.raises(FloatAmountError, match=r'"0\.1"') as info:
        Money.of(0.1, "USD")  # type: ignore[arg-type]
    assert isinstance(info.value, TypeError)


def test_constructor_refuses_floats() -> None:
    """Money built with a float amount is invalid data."""
    with pytest.raises(ValidationError) as info:
        Money(amount=0.1, currency="USD")  # type: ignore[arg-type]
    assert ["amount"] == [e.path for e in info.value.errors]


def test_multiplying_by_a_float_is_refused() -> None:
    """Money multiplies by whole numbers only; a float factor raises FloatAmountError."""
    with pytest.raises(FloatAmountError):
        Money.of(10, "USD") * 1.5  # type: ignore[operator]


def test_multiplying_by_a_decimal_is_refused() -> None:
    """Dividing money goes through allocate, so a fractional factor raises TypeError."""
    with pytest.raises(TypeError):
        Money.of(10, "USD") * Decimal("0.5")  # type: ignore[operator]


def test_of_refuses_non_numbers() -> None:
    """Text that is not a number, infinities and booleans are refused."""
    for bad in ("ten", "Infinity"):
        with pytest.raises(ValueError, match="an amount"):
            Money.of(bad, "USD")
    with pytest.raises(TypeError):
        Money.of(True, "USD")  # noqa: FBT003 - the boolean is the refused input


def test_of_refuses_unknown_currencies() -> None:
    """An unknown currency code is invalid data."""
    with pytest.raises(ValidationError):
        Money.of(1, "XYZ")


def test_too_many_decimals_are_invalid() -> None:
    """Money may not carry more decimals than its currency's minor units."""
    with pytest.raises(ValidationError, match="minor-unit"):
        Money(amount=Decimal("1.5"), currency="JPY")


@pytest.mark.parametrize(
    "operation",
    [lambda a, b: a + b, lambda a, b: a - b, lambda a, b: a < b, lambda a, b: a >= b],
    ids=["add", "subtract", "less", "greater-or-equal"],
)
def test_mixing_currencies_raises(operation: Callable[[Money, Money], object]) -> None:
    """Arithmetic and comparison between two currencies raise CurrencyMismatchError."""
    with pytest.raises(CurrencyMismatchError, match="USD and EUR") as info:
        operation(Money.of(1, "USD"), Money.of(1, "EUR"))
    assert isinstance(info.value, ValueError)


def test_arithmetic_with_non_money_raises() -> None:
    """Adding a number to money is a TypeError, not a silent coercion."""
    with pytest.raises(TypeError):
        Money.of(1, "USD") + 1  # type: ignore[operator]


@given(currency_codes().flatmap(lambda c: st.tuples(moneys(c), moneys(c))))
def test_addition_and_subtraction_are_exact(pair: tuple[Money, Money]) -> None:
    """Sums and differences are exact in minor units and subtraction undoes addition."""
    a, b = pair
    assert a.minor_units + b.minor_units == (a + b).minor_units
    assert a == (a + b) - b
    assert a + b == b + a


@given(currency_codes().flatmap(lambda c: st.tuples(moneys(c), moneys(c))))
def test_comparison_follows_minor_units(pair: tuple[Money, Money]) -> None:
    """Ordering agrees with the minor-unit counts."""
    a, b = pair
    assert (a.minor_units < b.minor_units, a.minor_units >= b.minor_units) == (a < b, a >= b)
    assert (a.minor_units > b.minor_units, a.minor_units <= b.minor_units) == (a > b, a <= b)


@given(currency_codes().flatmap(moneys), st.integers(-1000, 1000))
def test_whole_multiples_are_exact(money: Money, factor: int) -> None:
    """Multiplying by a whole number multiplies the minor units, from either side."""
    assert (
        money.minor_units * factor == (money * factor).minor_units == (factor * money).minor_units
    )


@given(currency_codes(), st.integers(-(10**15), 10**15))
def test_minor_units_round_trip(currency: str, units: int) -> None:
    """from_minor_units and minor_units are inverses."""
    assert units == Money.from_minor_units(units, currency).minor_units


@example(Money.of(100, "USD"), [1, 1, 1])  # the textbook case: a cent left over
@example(Money.of("0.01", "USD"), [1, 1])  # fewer units than parts
@given(
    currency_codes().flatmap(moneys),
    st.lists(
        st.integers(0, 1000) | st.decimals("0", "10", places=3), min_size=1, max_size=8
    ).filter(lambda r: sum(r) > 0),
)
def test_allocation_sums_exactly_to_the_whole(money: Money, ratios: list[int | Decimal]) -> None:
    """The parts sum to the whole and each is within one minor unit of its exact share."""
    parts = money.allocate(ratios)
    total = sum(Decimal(r) for r in ratios)
    assert len(ratios) == len(parts)
    assert money.minor_units == sum(p.minor_units for p in parts)
    for part, ratio in zip(parts, ratios, strict=True):
        exact = Decimal(money.minor_units) * Decimal(ratio) / total
        assert abs(part.minor_units - exact) < 1
        assert money.currency == part.currency


def test_allocation_gives_left_over_units_to_the_first_largest_remainders() -> None:
    """US$100 in three equal parts: the left-over cent goes to the first part."""
    assert ("33.34", "33.33", "33.33") == tuple(
        str(p.amount) for p in Money.of(100, "USD").allocate([1, 1, 1])
    )


def test_allocation_refuses_bad_ratios() -> None:
    """Ratios must exist, be non-negative, not all zero, and not floats."""
    usd = Money.of(1, "USD")
    for bad in ([], [-1, 2], [0, 0]):
        with pytest.raises(ValueError, match="ratio"):
            usd.allocate(bad)
    with pytest.raises(FloatAmountError):
        usd.allocate([0.5, 0.5])  # type: ignore[list-item]


def test_zero_has_the_currency_digits() -> None:
    """Zero money is written with the currency's minor units."""
    assert ("USD 0.00", "JPY 0", "KWD 0.000") == tuple(
        str(Money.zero(c)) for c in ("USD", "JPY", "KWD")
    )


@pytest.mark.cldr_text
@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("ar", "\u200f4,000.00\xa0US$"),
        ("en", "$4,000.00"),
        ("es", "4.000,00\xa0US$"),
        ("fr", "4\u202f000,00\xa0$US"),
        ("ru", "4\xa0000,00\xa0$"),
        ("zh", "US$4,000.00"),
    ],
)
def test_format_in_the_six_official_languages(locale: str, expected: str) -> None:
    """Amounts are formatted by CLDR for the locale asked for."""
    assert expected == Money.of(4000, "USD").format(locale=locale)


def test_format_refuses_unknown_locales() -> None:
    """An unknown locale is a ValueError, not a silent default."""
    with pytest.raises(ValueError, match="locale"):
        Money.of(1, "USD").format(locale="xx")


def test_not_a_number_is_invalid() -> None:
    """NaN is not an amount."""
    with pytest.raises(ValidationError, match="finite"):
        Money(amount=Decimal("NaN"), currency="USD")


def test_from_minor_units_needs_an_integer_and_a_known_currency() -> None:
    """Minor units are whole; the currency must be an ISO 4217 code."""
    with pytest.raises(TypeError):
        Money.from_minor_units(1.5, "USD")  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        Money.from_minor_units(1, "XYZ")


@given(
    st.integers(-(10**45), 10**45),
    st.lists(
        st.integers(0, 10**30) | st.decimals(0, 10**12, places=4).map(Decimal),
        min_size=1,
        max_size=8,
    ).filter(any),
)
def test_allocation_is_exact_at_forty_digits_and_more(
    units: int, ratios: list[Decimal | int]
) -> None:
    """Parts of any amount sum to it exactly, each within one minor unit of its exact share."""
    whole = Money.from_minor_units(units, "USD")
    parts = whole.allocate(ratios)
    assert units == sum(part.minor_units for part in parts)
    exact = [Fraction(abs(units)) * Fraction(r) / sum(map(Fraction, ratios)) for r in ratios]
    assert all(abs(abs(p.minor_units) - e) < 1 for p, e in zip(parts, exact, strict=True))


@given(st.integers(-(10**80), 10**80), currency_codes())
def test_minor_units_round_trip_at_any_size(units: int, currency: str) -> None:
    """No context precision limits money: 80-digit counts of minor units come back whole."""
    assert units == Money.from_minor_units(units, currency).minor_units
    assert units == Money.of(Money.from_minor_units(units, currency).amount, currency).minor_units


def test_the_reported_allocation_loses_nothing() -> None:
    """10**40 + 7 cents split 1 : 10**29 + 1 : 3 (a fixed 60-digit precision lost 5e11 units)."""
    parts = Money.from_minor_units(10**40 + 7, "USD").allocate([1, 10**29 + 1, 3])
    assert 10**40 + 7 == sum(p.minor_units for p in parts)


def test_amounts_beyond_the_decimal_context_still_print() -> None:
    """40 digits of dollars print whole (quantize in the default 28-digit context raised)."""
    money = Money.from_minor_units(10**40 + 7, "USD")
    assert "USD 100,000,000,000,000,000,000,000,000,000,000,000,000.07" == str(money)
    assert "JPY 1,000" == str(Money.of(1000, "JPY"))
    assert "KWD 0.000" == str(Money.zero("KWD"))


@given(
    units=st.integers(min_value=-(10**6000), max_value=10**6000),
    currency=st.sampled_from(["USD", "JPY", "KWD"]),
)
def test_minor_units_round_trip_at_any_number_of_digits(units: int, currency: str) -> None:
    """Minor units beyond Python's 4,300-digit int-to-str limit convert exactly, both ways."""
    assert units == Money.from_minor_units(units, currency).minor_units


# Not hypothesis examples: hypothesis 6.100 (the lowest the tests allow) prints each explicit
# example with repr(), which raises for an integer of more than 4,300 digits.
@pytest.mark.parametrize(
    ("units", "currency"), [(10**5000 + 7, "USD"), (-(10**4301), "KWD")], ids=["5001", "4302"]
)
def test_minor_units_beyond_the_int_to_str_limit_round_trip(units: int, currency: str) -> None:
    """The two sides of the 4,300-digit limit of `int` to `str`, each way."""
    assert units == Money.from_minor_units(units, currency).minor_units
