"""Money: a Decimal amount in an ISO 4217 currency, never a float.

Amounts carry no more decimals than the currency's minor units (CLDR, via babel): USD 2,
JPY 0, KWD 3. Arithmetic is exact and only between equal currencies (mixing raises
`CurrencyMismatchError`); rounding happens only where asked for (`Money.of`, conversion
with an `ExchangeRate`) and always with the one mode `ROUNDING`. Dividing money is done
by `Money.allocate`, whose parts always sum exactly to the whole.
"""

from __future__ import annotations

import decimal
from collections.abc import Iterator, Sequence
from decimal import ROUND_HALF_EVEN, Decimal

import attrs

from jpo_model import _cldr, _code_lists
from jpo_model._model import Model, checks, currency_code, problem
from jpo_model.errors import CurrencyMismatchError, ErrorDetail, FloatAmountError

__all__ = ["ROUNDING", "Money"]

ROUNDING = ROUND_HALF_EVEN
"""The one rounding mode of the library: banker's rounding, half to even (no drift on sums)."""

# Enough digits for any amount times any rate without the thread's context rounding it.
_PRECISION = 60


def _units_to_decimal(units: int, digits: int) -> Decimal:
    """``units`` minor units as a Decimal with exactly ``digits`` places, at any size."""
    # Decimal's own conversion of an int: exact, and free of the int-to-str digit limit.
    sign, coefficient, _ = Decimal(units).as_tuple()
    return Decimal((sign, coefficient, -digits))


def _decimal_to_units(amount: Decimal, digits: int) -> int:
    """An amount with at most ``digits`` places as an integer count of minor units, exactly."""
    sign, coefficient, exponent = amount.as_tuple()
    assert isinstance(exponent, int)  # noqa: S101 - money amounts are finite
    value = int(Decimal((0, coefficient, 0)))  # exact at any size, as above
    shift = exponent + digits
    value = value * int(10**shift) if shift >= 0 else value // int(10**-shift)
    return -value if sign else value


def _integer_ratio(weights: Sequence[Decimal]) -> list[int]:
    """Non-negative Decimal ratios scaled by one power of ten to integers, exactly."""
    places = max(
        (-e for w in weights if isinstance(e := w.as_tuple().exponent, int) and e < 0), default=0
    )
    return [_decimal_to_units(w, places) for w in weights]


def exact_decimal(value: object) -> Iterator[ErrorDetail]:
    """A field check: the value must be a finite Decimal (floats are refused, not rounded)."""
    if value is None:
        return
    if not isinstance(value, Decimal):
        yield problem(f"must be a Decimal, not {type(value).__name__}", value)
    elif not value.is_finite():
        yield problem("must be a finite number", value)


def to_decimal(value: Decimal | int | str, what: str) -> Decimal:
    """Turn an exact amount (Decimal, int or decimal string) into a finite Decimal.

    Raises `FloatAmountError` for a float and `ValueError` for anything else inexact.
    """
    if isinstance(value, float):
        raise FloatAmountError.for_value(value, what)
    if isinstance(value, bool) or not isinstance(value, Decimal | int | str):
        raise TypeError(f"{what} must be a Decimal, int or decimal string, not {value!r}")
    try:
        result = Decimal(value)
    except decimal.InvalidOperation:
        raise ValueError(f"{what} {value!r} is not a decimal number") from None
    if not result.is_finite():
        raise ValueError(f"{what} must be a finite number, not {value!r}")
    return result


def _quantum(currency: str) -> Decimal:
    return Decimal(1).scaleb(-_code_lists.currency_digits(currency))


def _fits_minor_units(value: Money) -> Iterator[ErrorDetail]:
    amount: object = value.amount  # may be anything when the field check has failed
    if value.currency in _code_lists.currency_codes() and isinstance(amount, Decimal):
        digits = _code_lists.currency_digits(value.currency)
        exponent = amount.as_tuple().exponent
        if isinstance(exponent, int) and exponent < -digits:
            yield problem(
                f"has more decimals than {value.currency}'s {digits} minor-unit digits",
                str(amount),
                "amount",
            )


@attrs.frozen(kw_only=True, order=False)
class Money(Model):
    """An amount of money in one currency.

    >>> Money.of("4000", "USD")
    Money(amount=Decimal('4000.00'), currency='USD')
    >>> Money.of("4000", "USD") - Money.of("1500", "USD")
    Money(amount=Decimal('2500.00'), currency='USD')
    """

    amount: Decimal = attrs.field(metadata=checks(exact_decimal))
    """The amount, with at most the currency's minor-unit digits."""
    currency: str = attrs.field(metadata=checks(currency_code))
    """ISO 4217 currency code, e.g. ``USD``."""

    def _invariants(self) -> Iterator[ErrorDetail]:
        yield from _fits_minor_units(self)

    @classmethod
    def of(cls, amount: Decimal | int | str, currency: str) -> Money:
        """Build money from an exact amount, rounded half-to-even to the currency's minor units.

        Floats are refused with `FloatAmountError`: write ``"0.10"``, not ``0.1``.

        >>> Money.of("0.125", "USD").amount
        Decimal('0.12')
        >>> Money.of(1000, "JPY")
        Money(amount=Decimal('1000'), currency='JPY')
        """
        value = to_decimal(amount, "an amount")
        if currency not in _code_lists.currency_codes():
            return cls(amount=Decimal(0), currency=currency)  # raises with the bad code
        # Precision enough for every digit of the amount: quantize never rounds what it keeps.
        precision = max(_PRECISION, value.adjusted() + _code_lists.currency_digits(currency) + 2)
        with decimal.localcontext(prec=precision):
            return cls(
                amount=value.quantize(_quantum(currency), rounding=ROUNDING), currency=currency
            )

    @classmethod
    def zero(cls, currency: str) -> Money:
        """No money in a currency.

        >>> str(Money.zero("KWD"))
        'KWD 0.000'
        """
        return cls.of(0, currency)

    @classmethod
    def from_minor_units(cls, units: int, currency: str) -> Money:
        """Build money from an integer count of minor units (cents for USD).

        >>> Money.from_minor_units(400000, "USD")
        Money(amount=Decimal('4000.00'), currency='USD')
        """
        if isinstance(units, bool) or not isinstance(units, int):
            raise TypeError(f"minor units must be an integer, not {units!r}")
        if currency not in _code_lists.currency_codes():
            return cls(amount=Decimal(0), currency=currency)  # raises with the bad code
        return cls(
            amount=_units_to_decimal(units, _code_lists.currency_digits(currency)),
            currency=currency,
        )

    @property
    def minor_units(self) -> int:
        """The amount as an integer count of the currency's minor units (cents for USD)."""
        return _decimal_to_units(self.amount, _code_lists.currency_digits(self.currency))

    def _same_currency(self, other: object, operation: str) -> Money:
        if not isinstance(other, Money):
            raise TypeError(f"cannot {operation} Money and {type(other).__name__}")
        if other.currency != self.currency:
            raise CurrencyMismatchError.between(self.currency, other.currency, operation)
        return other

    def __add__(self, other: Money) -> Money:
        other = self._same_currency(other, "add")
        return Money.from_minor_units(self.minor_units + other.minor_units, self.currency)

    def __sub__(self, other: Money) -> Money:
        other = self._same_currency(other, "subtract")
        return Money.from_minor_units(self.minor_units - other.minor_units, self.currency)

    def __neg__(self) -> Money:
        return Money.from_minor_units(-self.minor_units, self.currency)

    def __mul__(self, factor: int) -> Money:
        if isinstance(factor, float):
            raise FloatAmountError.for_value(factor, "a factor")
        if isinstance(factor, bool) or not isinstance(factor, int):
            raise TypeError("money multiplies by whole numbers only; use allocate to divide")
        return Money.from_minor_units(self.minor_units * factor, self.currency)

    __rmul__ = __mul__

    def __lt__(self, other: Money) -> bool:
        return self.amount < self._same_currency(other, "compare").amount

    def __le__(self, other: Money) -> bool:
        return self.amount <= self._same_currency(other, "compare").amount

    def __gt__(self, other: Money) -> bool:
        return self.amount > self._same_currency(other, "compare").amount

    def __ge__(self, other: Money) -> bool:
        return self.amount >= self._same_currency(other, "compare").amount

    def allocate(self, ratios: Sequence[Decimal | int]) -> tuple[Money, ...]:
        """Split the amount into parts proportional to ``ratios`` that sum exactly to it.

        Each part gets its proportional share rounded down in minor units; the minor units
        left over go one each to the parts with the largest remainders (the earliest on a
        tie), so no unit is created or lost.

        >>> [str(m) for m in Money.of(100, "USD").allocate([1, 1, 1])]
        ['USD 33.34', 'USD 33.33', 'USD 33.33']
        """
        weights = [to_decimal(r, "a ratio") for r in ratios]
        if not weights:
            raise ValueError("allocate needs at least one ratio")
        if any(w < 0 for w in weights):
            raise ValueError(f"ratios must not be negative, got {list(ratios)!r}")
        scaled = _integer_ratio(weights)
        total = sum(scaled)
        if total == 0:
            raise ValueError("ratios must not all be zero")
        sign = -1 if self.amount < 0 else 1
        units = abs(self.minor_units)
        # Integer arithmetic only: part i is floor(units * w_i / total), its remainder the
        # exact numerator left over, so any amount and any ratios split without loss.
        shares = [divmod(units * w, total) for w in scaled]
        parts = [part for part, _ in shares]
        leftover = units - sum(parts)
        by_remainder = sorted(range(len(parts)), key=lambda i: (-shares[i][1], i))
        for i in by_remainder[:leftover]:
            parts[i] += 1
        return tuple(Money.from_minor_units(sign * p, self.currency) for p in parts)

    def format(self, *, locale: str) -> str:
        """The amount as CLDR writes it in ``locale`` (a locale name such as ``fr`` or ``zh-Hans``).

        Raises `ValueError` for a name CLDR does not know.
        `jpo_model.localisation.format_money` writes the same text.

        >>> Money.of(4000, "USD").format(locale="en")
        '$4,000.00'
        >>> Money.of(4000, "USD").format(locale="zh")
        'US$4,000.00'
        """
        return _cldr.format_money(self.amount, self.currency, locale=_cldr.parse_locale(locale))

    def __str__(self) -> str:
        digits = _code_lists.currency_digits(self.currency)
        whole = _units_to_decimal(self.minor_units, digits)  # exact at any size
        return f"{self.currency} {whole:,}"
