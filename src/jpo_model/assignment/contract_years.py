"""Contract years: the anniversary years of an assignment, which DTTA is counted in.

DTTA is allocated per contract year: anniversary years from the start date, not calendar
years (UNDP JPO Service Centre, https://www.undp.org/jposc/dtta-faqs). Only the period the
donor funds earns DTTA; extensions funded by the host organisation earn none, so they end
the DTTA term (`ContractTerm.years` stops where donor funding stops).
"""

from __future__ import annotations

import enum
from collections.abc import Iterator

import attrs
import pendulum

from jpo_model._model import MOST_MONTHS, MOST_YEARS, Model, checks, in_range, problem
from jpo_model.errors import ErrorDetail

__all__ = ["ContractExtension", "ContractTerm", "ContractYear", "Funding"]


class Funding(enum.Enum):
    """Who pays for a period of the assignment."""

    DONOR = "donor"
    """The sponsoring government or fund: the period earns DTTA."""
    HOST = "host"
    """The hosting organisation: the period earns no DTTA."""


@attrs.frozen(kw_only=True)
class ContractExtension(Model):
    """An extension of the assignment, in months, and who funds it."""

    months: int = attrs.field(metadata=checks(in_range(1, MOST_MONTHS)))
    """Length of the extension."""
    funding: Funding = Funding.DONOR
    """Who funds it."""


@attrs.frozen(kw_only=True)
class ContractYear(Model):
    """One anniversary year of an assignment, and the part of it the donor funds.

    ``until`` and ``funded_until`` are exclusive: the day after the last day.
    """

    number: int = attrs.field(metadata=checks(in_range(1, MOST_YEARS)))
    """1 for the first contract year."""
    start: pendulum.Date
    """The start date or its anniversary."""
    until: pendulum.Date
    """The next anniversary (exclusive end of the full year)."""
    funded_until: pendulum.Date
    """Where donor funding stops within the year (exclusive); ``until`` for a full year."""

    def _invariants(self) -> Iterator[ErrorDetail]:
        if not self.start < self.funded_until <= self.until:
            yield problem(
                "must lie after start and not after until",
                self.funded_until.isoformat(),
                "funded_until",
            )

    @property
    def last_day(self) -> pendulum.Date:
        """The last donor-funded day of the year."""
        return self.funded_until.subtract(days=1)

    def contains(self, day: pendulum.Date) -> bool:
        """Whether a day falls in the donor-funded part of the year."""
        return self.start <= day < self.funded_until


@attrs.frozen(kw_only=True)
class ContractTerm(Model):
    """The assignment's duration: start, initial months and extensions in order.

    >>> term = ContractTerm(start=pendulum.Date(2026, 3, 10), initial_months=12,
    ...                     extensions=(ContractExtension(months=6),))
    >>> [(y.number, y.start.isoformat(), y.last_day.isoformat()) for y in term.years()]
    [(1, '2026-03-10', '2027-03-09'), (2, '2027-03-10', '2027-09-09')]
    """

    start: pendulum.Date
    """First day of the assignment."""
    initial_months: int = attrs.field(metadata=checks(in_range(1, MOST_MONTHS)))
    """Length of the initial (donor-funded) appointment."""
    extensions: tuple[ContractExtension, ...] = ()
    """Extensions in order; host-funded ones can only follow the donor-funded ones."""

    def _invariants(self) -> Iterator[ErrorDetail]:
        seen_host = False
        for i, extension in enumerate(self.extensions):
            if extension.funding is Funding.HOST:
                seen_host = True
            elif seen_host:
                yield problem(
                    "a donor-funded extension cannot follow a host-funded one",
                    extension.funding.value,
                    f"extensions[{i}].funding",
                )

    @property
    def donor_months(self) -> int:
        """Months the donor funds: the initial appointment and donor-funded extensions."""
        return self.initial_months + sum(
            e.months for e in self.extensions if e.funding is Funding.DONOR
        )

    @property
    def funded_until(self) -> pendulum.Date:
        """The day after the last donor-funded day (exclusive end of the DTTA term)."""
        return self.start.add(months=self.donor_months)

    @property
    def last_day(self) -> pendulum.Date:
        """The last donor-funded day: the end of the contract for every DTTA time limit."""
        return self.funded_until.subtract(days=1)

    def years(self) -> tuple[ContractYear, ...]:
        """The donor-funded contract years, the last one possibly partial."""
        months = self.donor_months
        return tuple(
            ContractYear(
                number=k + 1,
                start=self.start.add(months=12 * k),
                until=self.start.add(months=12 * (k + 1)),
                funded_until=self.start.add(months=min(12 * (k + 1), months)),
            )
            for k in range((months + 11) // 12)
        )
