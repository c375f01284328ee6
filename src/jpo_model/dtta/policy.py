"""DTTA policy: how much Duty Travel and Training Allowance a donor gives, and on what terms.

The rules come from the UNDP JPO Service Centre (https://www.undp.org/jposc/dtta-faqs) and
UN DESA (https://www.un.org/development/desa/jpo/current-jpos/). Where they are silent or
differ, the rule is a field of `DttaPolicy` with a documented default. The per-donor
amounts are data with a date (`DttaRateTable.bundled`), not code.

Proration: a contract year shorter than twelve months earns a share of the annual amount,
counted in whole months (the default) or days. The share of the part of a year from its
start to a boundary is ``round_half_even(annual_minor_units * elapsed / whole)`` where
``elapsed`` is the whole months (or days) from the year's start to the boundary and
``whole`` is 12 (or the days in that year). The share of any part ``[a, b)`` is the
difference of the two boundaries' shares, so the shares of a year split at any dates sum
exactly to the unsplit amount, and a six-month period of a US$4,000 year earns exactly
US$2,000.00.
"""

from __future__ import annotations

import enum
import functools
import tomllib
from collections.abc import Iterator
from decimal import Decimal
from fractions import Fraction
from importlib import resources

import attrs
import pendulum

from jpo_model._model import (
    MOST_DAYS,
    MOST_MONTHS,
    MOST_YEARS,
    Model,
    checks,
    country_code,
    in_range,
    problem,
    text,
    url,
)
from jpo_model.assignment.contract_years import ContractYear
from jpo_model.errors import ErrorDetail, UnknownDonorError
from jpo_model.money import Money
from jpo_model.posts import Post, Sponsor

__all__ = [
    "DEFAULT_AUTHORISABLE",
    "DEFAULT_ELIGIBLE",
    "DEFAULT_EXCEPTED",
    "DonorRate",
    "DttaCategory",
    "DttaPolicy",
    "DttaRateTable",
    "ProrationUnit",
]


class DttaCategory(enum.Enum):
    """What a DTTA entry pays for."""

    COURSE = "course"
    """A work-related course attended in person."""
    ONLINE_COURSE = "online-course"
    """A work-related course taken online."""
    WORKSHOP = "workshop"
    SEMINAR = "seminar"
    LEARNING_ASSIGNMENT = "learning-assignment"
    """A learning assignment, e.g. a temporary field assignment (seed 25P153)."""
    OFFICIAL_MISSION = "official-mission"
    """An official mission related to the JPO's tasks."""
    ORIENTATION = "orientation"
    """The JPO orientation programme."""
    LANGUAGE_TRAINING = "language-training"
    """Excluded unless the post requires the language, the supervisor approves, and no free
    option exists (by default, `DEFAULT_EXCEPTED`)."""
    COMPUTER_TRAINING = "computer-training"
    """Excluded unless exceptionally authorised (by default, `DEFAULT_AUTHORISABLE`)."""


DEFAULT_ELIGIBLE = frozenset(
    {
        DttaCategory.COURSE,
        DttaCategory.ONLINE_COURSE,
        DttaCategory.WORKSHOP,
        DttaCategory.SEMINAR,
        DttaCategory.LEARNING_ASSIGNMENT,
        DttaCategory.OFFICIAL_MISSION,
        DttaCategory.ORIENTATION,
    }
)
"""The uses UNDP JPOSC and UN DESA name; language and computer training are excluded.

Sources: UNDP JPO Service Centre, DTTA FAQs (https://www.undp.org/jposc/dtta-faqs), and
UN DESA (https://www.un.org/development/desa/jpo/): work-related courses in person or
online, workshops, seminars, learning assignments and official missions; the orientation
programme is the UN DESA JPO Programme's own learning event.
"""

DEFAULT_EXCEPTED = frozenset({DttaCategory.LANGUAGE_TRAINING})
"""Excluded uses paid when the post requires it, the supervisor approves and no free option
exists: language training.

Source: UNDP JPO Service Centre, DTTA FAQs (https://www.undp.org/jposc/dtta-faqs), where
language training is excluded unless the terms of reference require the language, the
supervisor approves and no free course is available.
"""

DEFAULT_AUTHORISABLE = frozenset({DttaCategory.COMPUTER_TRAINING})
"""Excluded uses paid only when exceptionally authorised: computer training.

Source: UN DESA (https://www.un.org/development/desa/jpo/): language and computer courses
are excluded "unless exceptionally authorised". Language training is excepted on the UNDP
JPO Service Centre's stricter terms by default (`DEFAULT_EXCEPTED`); a policy that follows
UN DESA alone lists both here and excepts none.
"""


class ProrationUnit(enum.Enum):
    """What a partial contract year is counted in (no source says; months by default)."""

    MONTHS = "months"
    DAYS = "days"


@attrs.frozen(kw_only=True)
class DonorRate(Model):
    """One row of a DTTA table: a donor's annual amount and how many years it covers."""

    donor: str = attrs.field(metadata=checks(text))
    """The donor as the source names it, e.g. "Netherlands" or "DCC Trust Fund"."""
    annual: Money
    """The amount per contract year."""
    country: str | None = attrs.field(default=None, metadata=checks(country_code))
    """ISO 3166 code of a sponsoring government; ``None`` for a fund."""
    years_covered: int | None = attrs.field(default=None, metadata=checks(in_range(1, MOST_YEARS)))
    """Only the first N contract years earn DTTA (France and Sweden: 2); ``None``: all."""


@attrs.frozen(kw_only=True)
class DttaRateTable(Model):
    """Annual DTTA amounts by donor, as published on a date by a source.

    >>> table = DttaRateTable.bundled()
    >>> str(table.find(country="NL").annual), table.find(country="FR").years_covered
    ('USD 4,000.00', 2)
    """

    source: str = attrs.field(metadata=checks(url))
    """Where the figures are published."""
    as_of: pendulum.Date
    """When the figures were taken from the source."""
    rates: tuple[DonorRate, ...] = ()
    """One row per donor."""

    def _invariants(self) -> Iterator[ErrorDetail]:
        seen: set[str] = set()
        for i, rate in enumerate(self.rates):
            key = rate.country or rate.donor
            if key in seen:
                yield problem("appears twice", key, f"rates[{i}]")
            seen.add(key)

    @classmethod
    def bundled(cls) -> DttaRateTable:
        """The table shipped with jpo_model (UNDP JPO Service Centre), read once."""
        return _bundled()

    def find(self, *, country: str | None = None, name: str | None = None) -> DonorRate | None:
        """The row for a sponsoring country (ISO code), or else for a donor named in ``name``.

        A name matches a row whose donor name it contains ("Government of the Netherlands"
        finds "Netherlands").
        """
        for rate in self.rates:
            if country is not None and rate.country == country:
                return rate
        if name is not None:
            for rate in self.rates:
                if rate.donor.casefold() in name.casefold():
                    return rate
        return None

    def for_sponsor(self, sponsor: Sponsor) -> DonorRate | None:
        """The row for a post's sponsor, by country code, else by name."""
        return self.find(country=sponsor.country, name=sponsor.name)


@functools.cache
def _bundled() -> DttaRateTable:
    # The table is the package's own data, written in the document form of DttaRateTable;
    # it is built here with the constructors (which validate it) so that this rule needs
    # nothing from the interchange layer. A test checks it equals `load`'s reading.
    text = resources.files("jpo_model").joinpath("data", "dtta_rates.toml").read_text("utf-8")
    data = tomllib.loads(text)
    return DttaRateTable(
        source=data["source"],
        as_of=pendulum.Date.fromisoformat(data["as_of"]),
        rates=tuple(
            DonorRate(
                donor=row["donor"],
                annual=Money(
                    amount=Decimal(row["annual"]["amount"]), currency=row["annual"]["currency"]
                ),
                country=row.get("country"),
                years_covered=row.get("years_covered"),
            )
            for row in data["rates"]
        ),
    )


@attrs.frozen(kw_only=True)
class DttaPolicy(Model):
    """The terms of a JPO's DTTA: amount, proration, carry-over, time limits and uses.

    >>> from jpo_model import examples
    >>> policy = DttaPolicy.for_post(examples.load("ohchr-25p153"))
    >>> policy.donor, str(policy.annual), policy.carry_over
    ('Netherlands', 'USD 4,000.00', True)
    """

    annual: Money
    """The amount per full contract year."""
    donor: str | None = attrs.field(default=None, metadata=checks(text))
    """Who gives it, for display."""
    years_covered: int | None = attrs.field(default=None, metadata=checks(in_range(1, MOST_YEARS)))
    """Only the first N contract years earn DTTA (France and Sweden: 2); ``None``: all."""
    proration: ProrationUnit = ProrationUnit.MONTHS
    """What a partial contract year is counted in."""
    carry_over: bool = True
    """Unspent funds pass to the next contract year (never the other way)."""
    spend_cutoff_months: int = attrs.field(default=1, metadata=checks(in_range(0, MOST_MONTHS)))
    """Funds are used no later than this long before the contract ends (an older UNDP rule: 2)."""
    request_lead_days: int = attrs.field(default=21, metadata=checks(in_range(0, MOST_DAYS)))
    """Requests are made at least this many days before travel (UN DESA)."""
    request_cutoff_months: int = attrs.field(default=3, metadata=checks(in_range(0, MOST_MONTHS)))
    """Requests are made no later than this long before the contract ends (UN DESA)."""
    claims_window_months: int = attrs.field(default=12, metadata=checks(in_range(0, MOST_MONTHS)))
    """Claims are reimbursed only within this long of payment (UNDP)."""
    eligible: frozenset[DttaCategory] = DEFAULT_ELIGIBLE
    """What the allowance may pay for."""
    excepted: frozenset[DttaCategory] = DEFAULT_EXCEPTED
    """Excluded uses admitted when the post requires it, the supervisor approves and no free
    option exists."""
    authorisable: frozenset[DttaCategory] = DEFAULT_AUTHORISABLE
    """Excluded uses admitted only when exceptionally authorised (UN DESA): an entry without
    the authorisation needs it, rather than being refused outright."""
    source: str | None = attrs.field(default=None, metadata=checks(url))
    """Where the amount is published, if it comes from a table."""
    as_of: pendulum.Date | None = None
    """When the amount was taken from that source."""

    def _invariants(self) -> Iterator[ErrorDetail]:
        if self.annual.amount < 0:
            yield problem("must not be negative", str(self.annual.amount), "annual.amount")
        both = self.eligible & self.excepted
        if both:
            yield problem(
                "must not repeat eligible categories", sorted(c.value for c in both), "excepted"
            )
        listed = self.authorisable & (self.eligible | self.excepted)
        if listed:
            yield problem(
                "must not repeat eligible or excepted categories",
                sorted(c.value for c in listed),
                "authorisable",
            )

    @classmethod
    def for_post(cls, post: Post, *, table: DttaRateTable | None = None) -> DttaPolicy:
        """The policy for a post: its sponsor's row in ``table`` (default: the bundled one).

        The amount the post states wins over the table's (the announcement is the more
        specific source); the table gives the donor's other terms. Raises
        `UnknownDonorError` when neither gives an amount.
        """
        rates = table if table is not None else DttaRateTable.bundled()
        row = rates.for_sponsor(post.sponsor) if post.sponsor is not None else None
        stated = post.dtta.annual if post.dtta is not None else None
        if row is None:
            if stated is None:
                name = post.sponsor.name if post.sponsor is not None else None
                raise UnknownDonorError.for_sponsor(name, rates.source)
            return cls(annual=stated, donor=post.sponsor.name if post.sponsor else None)
        return cls(
            annual=stated if stated is not None else row.annual,
            donor=row.donor,
            years_covered=row.years_covered,
            source=rates.source,
            as_of=rates.as_of,
        )

    @classmethod
    def from_rate(cls, rate: DonorRate, *, table: DttaRateTable | None = None) -> DttaPolicy:
        """The default policy for one row of a table."""
        return cls(
            annual=rate.annual,
            donor=rate.donor,
            years_covered=rate.years_covered,
            source=table.source if table is not None else None,
            as_of=table.as_of if table is not None else None,
        )

    def allocation(self, year: ContractYear) -> Money:
        """What a contract year earns: its donor-funded part, prorated, if the year is covered.

        >>> from jpo_model.assignment.contract_years import ContractTerm
        >>> policy = DttaPolicy(annual=Money.of(4000, "USD"))
        >>> term = ContractTerm(start=pendulum.Date(2026, 3, 10), initial_months=18)
        >>> [str(policy.allocation(year)) for year in term.years()]
        ['USD 4,000.00', 'USD 2,000.00']
        """
        if self.years_covered is not None and year.number > self.years_covered:
            return Money.zero(self.annual.currency)
        return self.prorate(year, start=year.start, until=year.funded_until)

    def prorate(self, year: ContractYear, *, start: pendulum.Date, until: pendulum.Date) -> Money:
        """The share of the annual amount earned by the part ``[start, until)`` of a year.

        Shares of consecutive parts always sum exactly to the share of their union (see the
        module's description of proration). The year's coverage is not considered here.
        """
        if not year.start <= start <= until <= year.until:
            raise ValueError(
                f"[{start}, {until}) is not within the contract year [{year.start}, {year.until})"
            )
        units = self.annual.minor_units
        whole = self._elapsed(year, year.until)
        shares = (_share(units, self._elapsed(year, d), whole) for d in (start, until))
        first, last = shares
        return Money.from_minor_units(last - first, self.annual.currency)

    def _elapsed(self, year: ContractYear, day: pendulum.Date) -> int:
        if self.proration is ProrationUnit.DAYS:
            return day.toordinal() - year.start.toordinal()
        if day == year.until:
            return 12
        months = (day.year - year.start.year) * 12 + day.month - year.start.month
        if year.start.add(months=months) > day:
            months -= 1
        return min(months, 12)


def _share(units: int, elapsed: int, whole: int) -> int:
    """Minor units earned after ``elapsed`` of ``whole``, rounded half to even."""
    return round(Fraction(units * elapsed, whole))
