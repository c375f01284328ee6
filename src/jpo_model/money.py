"""Money: a Decimal amount in an ISO 4217 currency, never a float.

Amounts carry no more decimals than the currency's minor units (CLDR, via babel): USD 2,
JPY 0, KWD 3. Rounding happens only where asked for, by `Money.of`.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import ROUND_HALF_EVEN, Decimal
from typing import Any

import attrs

from jpo_model import _cldr
from jpo_model._model import Model, checks, currency_code, finite_decimal, problem
from jpo_model.errors import ErrorDetail

__all__ = ["Money"]

ROUNDING = ROUND_HALF_EVEN
"""The one rounding mode of the library: banker's rounding, half to even (no drift on sums)."""


def _fits_minor_units(value: Any) -> Iterator[ErrorDetail]:
    if not isinstance(value, Money):  # pragma: no cover - only ever called on Money
        return
    if value.currency in _cldr.currency_codes() and value.amount.is_finite():
        digits = _cldr.currency_digits(value.currency)
        exponent = value.amount.as_tuple().exponent
        if isinstance(exponent, int) and exponent < -digits:
            yield problem(
                f"has more decimals than {value.currency}'s {digits} minor-unit digits",
                str(value.amount),
                "amount",
            )


@attrs.frozen(kw_only=True)
class Money(Model):
    """An amount of money in one currency.

    >>> Money.of("4000", "USD")
    Money(amount=Decimal('4000.00'), currency='USD')
    """

    amount: Decimal = attrs.field(metadata=checks(finite_decimal))
    """The amount, with at most the currency's minor-unit digits."""
    currency: str = attrs.field(metadata=checks(currency_code))
    """ISO 4217 currency code, e.g. ``USD``."""

    def _invariants(self) -> Iterator[ErrorDetail]:
        yield from _fits_minor_units(self)

    @classmethod
    def of(cls, amount: Decimal | int | str, currency: str) -> Money:
        """Build money from an amount, rounded half-to-even to the currency's minor units."""
        if currency not in _cldr.currency_codes():
            return cls(amount=Decimal(0), currency=currency)  # raises with the bad code
        exponent = Decimal(1).scaleb(-_cldr.currency_digits(currency))
        return cls(amount=Decimal(amount).quantize(exponent, rounding=ROUNDING), currency=currency)

    @property
    def minor_units(self) -> int:
        """The amount as an integer count of the currency's minor units (cents for USD)."""
        return int(self.amount.scaleb(_cldr.currency_digits(self.currency)))

    def __str__(self) -> str:
        digits = _cldr.currency_digits(self.currency)
        return f"{self.currency} {self.amount.quantize(Decimal(1).scaleb(-digits)):,}"
