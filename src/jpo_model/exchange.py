"""Exchange rates: the only way money changes currency, always explicit and dated.

UN operational rates of exchange are set monthly (https://treasury.un.org/operationalrates),
so a rate carries the period it is valid for; `ExchangeRate.monthly` builds one for a
calendar month. A rate converts in both directions: multiplying from ``from_currency`` to
``to_currency`` and dividing back, each result rounded half-to-even (`jpo_model.money.ROUNDING`)
to the target currency's minor units.

Round trips: converting ``m`` and back with the same rate differs from ``m`` by at most half
a minor unit of its currency plus half a minor unit of the other currency valued at the
rate. When the other currency's minor unit is worth no more than ``m``'s (USD to EUR at
ordinary rates, USD to JPY), a round trip never creates or loses more than one minor unit.
"""

from __future__ import annotations

import decimal
from collections.abc import Iterator
from decimal import Decimal

import attrs
import pendulum

from jpo_model._model import Model, checks, currency_code, problem
from jpo_model.errors import CurrencyMismatchError, ErrorDetail
from jpo_model.money import Money, exact_decimal, to_decimal

__all__ = ["ExchangeRate"]

_PRECISION = 60


@attrs.frozen(kw_only=True)
class ExchangeRate(Model):
    """How many units of ``to_currency`` one unit of ``from_currency`` buys, over a period.

    >>> rate = ExchangeRate.monthly("EUR", "USD", "1.0834", year=2026, month=3)
    >>> rate.convert(Money.of("100", "EUR"))
    Money(amount=Decimal('108.34'), currency='USD')
    >>> rate.convert(Money.of("108.34", "USD"))
    Money(amount=Decimal('100.00'), currency='EUR')
    """

    from_currency: str = attrs.field(metadata=checks(currency_code))
    """ISO 4217 code of the currency being priced."""
    to_currency: str = attrs.field(metadata=checks(currency_code))
    """ISO 4217 code of the currency the price is in."""
    rate: Decimal = attrs.field(metadata=checks(exact_decimal))
    """Units of ``to_currency`` per one unit of ``from_currency``; positive."""
    valid_from: pendulum.Date
    """First day the rate applies."""
    valid_until: pendulum.Date
    """Last day the rate applies (inclusive)."""

    def _invariants(self) -> Iterator[ErrorDetail]:
        rate: object = self.rate  # may be anything when the field check has failed
        if isinstance(rate, Decimal) and rate.is_finite() and rate <= 0:
            yield problem("must be positive", str(self.rate), "rate")
        if self.from_currency == self.to_currency:
            yield problem("must differ from from_currency", self.to_currency, "to_currency")
        if self.valid_until < self.valid_from:
            yield problem(
                "must not be before valid_from", self.valid_until.isoformat(), "valid_until"
            )

    @classmethod
    def monthly(
        cls,
        from_currency: str,
        to_currency: str,
        rate: Decimal | int | str,
        *,
        year: int,
        month: int,
    ) -> ExchangeRate:
        """A rate valid for one calendar month, as UN operational rates are.

        >>> ExchangeRate.monthly("USD", "CHF", "0.79", year=2026, month=2).valid_until
        Date(2026, 2, 28)
        """
        first = pendulum.Date(year, month, 1)
        return cls(
            from_currency=from_currency,
            to_currency=to_currency,
            rate=to_decimal(rate, "a rate"),
            valid_from=first,
            valid_until=first.add(months=1).subtract(days=1),
        )

    def applies_on(self, day: pendulum.Date) -> bool:
        """Whether the rate is valid on a day.

        >>> ExchangeRate.monthly("EUR", "USD", "1.08", year=2026, month=3).applies_on(
        ...     pendulum.Date(2026, 4, 1)
        ... )
        False
        """
        return self.valid_from <= day <= self.valid_until

    def converts(self, source: str, target: str) -> bool:
        """Whether the rate converts between two currencies, in either direction."""
        return {source, target} == {self.from_currency, self.to_currency}

    def convert(self, money: Money) -> Money:
        """Convert money in either of the rate's currencies into the other one.

        The result is rounded half-to-even to the other currency's minor units. Money in a
        third currency raises `CurrencyMismatchError`. The rate's dates are the caller's to
        check (`applies_on`): a plan may use the latest known rate.
        """
        with decimal.localcontext(prec=_PRECISION):
            if money.currency == self.from_currency:
                return Money.of(money.amount * self.rate, self.to_currency)
            if money.currency == self.to_currency:
                return Money.of(money.amount / self.rate, self.from_currency)
        raise CurrencyMismatchError.for_rate(money.currency, self.from_currency, self.to_currency)
