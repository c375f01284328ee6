"""Strategies for exchange rates, DTTA policies, contract terms, entries and ledgers."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pendulum
from hypothesis import strategies as st
from hypothesis.strategies import SearchStrategy

from jpo_model.assignment.contract_years import ContractExtension, ContractTerm, Funding
from jpo_model.dtta.ledger import DttaEntry, DttaEntryStatus, DttaLedger, TrainingJustification
from jpo_model.dtta.policy import (
    DEFAULT_AUTHORISABLE,
    DEFAULT_ELIGIBLE,
    DEFAULT_EXCEPTED,
    DttaCategory,
    DttaPolicy,
    ProrationUnit,
)
from jpo_model.errors import ValidationError
from jpo_model.exchange import ExchangeRate
from jpo_model.money import Money
from jpo_model.strategies._money import amounts
from jpo_model.strategies._primitives import (
    currency_codes,
    date_ranges,
    dates,
    frozensets,
    optional,
    pick,
    texts,
    tuples,
    urls,
)

# Rates from a millionth to a million, with up to six decimals: every pair of currencies.
_RATES = st.decimals(
    Decimal("0.000001"), Decimal(1_000_000), places=6, allow_nan=False, allow_infinity=False
)
# Starts early enough that the longest drawn term still ends before the latest drawn date.
_LAST_START = dt.date(2090, 12, 31)


def exchange_rates(
    *,
    from_currency: SearchStrategy[str] | None = None,
    to_currency: SearchStrategy[str] | None = None,
    rate: SearchStrategy[Decimal] | None = None,
    validity: SearchStrategy[tuple[pendulum.Date, pendulum.Date]] | None = None,
) -> SearchStrategy[ExchangeRate]:
    """Positive rates between two different currencies over a period of days.

    >>> from hypothesis import given
    >>> @given(exchange_rates(from_currency=st.just("EUR")))
    ... def test_rates_from_euros(rate):
    ...     assert rate.from_currency == "EUR" and rate.rate > 0
    >>> test_rates_from_euros()
    """
    pair = st.tuples(pick(from_currency, currency_codes()), pick(to_currency, currency_codes()))
    return st.builds(
        lambda currencies, value, period: ExchangeRate(
            from_currency=currencies[0],
            to_currency=currencies[1],
            rate=value,
            valid_from=period[0],
            valid_until=period[1],
        ),
        pair.filter(lambda p: p[0] != p[1]),
        pick(rate, _RATES),
        pick(validity, date_ranges()),
    )


def _non_negative_money(currency: SearchStrategy[str] | None = None) -> SearchStrategy[Money]:
    return pick(currency, currency_codes()).flatmap(
        lambda code: st.builds(Money, amount=amounts(code, signed=False), currency=st.just(code))
    )


Categories = tuple[frozenset[DttaCategory], frozenset[DttaCategory], frozenset[DttaCategory]]
"""A policy's eligible, excepted and authorisable categories."""


def _categories() -> SearchStrategy[Categories]:
    """Eligible categories and, among the rest, excepted and authorisable ones.

    The three never overlap. Half the time the defaults (the uses UNDP and UN DESA name,
    language training excepted, computer training authorisable).
    """
    every = sorted(DttaCategory, key=lambda c: c.value)
    defaults = (DEFAULT_ELIGIBLE, DEFAULT_EXCEPTED, DEFAULT_AUTHORISABLE)

    def others(eligible: frozenset[DttaCategory]) -> SearchStrategy[Categories]:
        rest = st.sampled_from([c for c in every if c not in eligible] or every)
        return frozensets(rest, max_size=2).flatmap(
            lambda excepted: st.tuples(
                st.just(eligible),
                st.just(excepted - eligible),
                frozensets(rest, max_size=2).map(lambda a: a - eligible - excepted),
            )
        )

    return st.just(defaults) | frozensets(st.sampled_from(every), max_size=len(every)).flatmap(
        others
    )


def dtta_policies(  # noqa: PLR0913 - one override per field is the strategies' convention
    *,
    annual: SearchStrategy[Money] | None = None,
    donor: SearchStrategy[str | None] | None = None,
    years_covered: SearchStrategy[int | None] | None = None,
    proration: SearchStrategy[ProrationUnit] | None = None,
    carry_over: SearchStrategy[bool] | None = None,
    spend_cutoff_months: SearchStrategy[int] | None = None,
    request_lead_days: SearchStrategy[int] | None = None,
    request_cutoff_months: SearchStrategy[int] | None = None,
    claims_window_months: SearchStrategy[int] | None = None,
    categories: SearchStrategy[Categories] | None = None,
    source: SearchStrategy[str | None] | None = None,
    as_of: SearchStrategy[pendulum.Date | None] | None = None,
) -> SearchStrategy[DttaPolicy]:
    """DTTA policies: a non-negative annual amount in any currency and any terms.

    ``categories`` draws the ``(eligible, excepted, authorisable)`` sets together, since
    they never overlap.

    >>> from hypothesis import given
    >>> @given(dtta_policies(carry_over=st.just(False)))
    ... def test_policies_without_carry_over(policy):
    ...     assert not policy.carry_over
    >>> test_policies_without_carry_over()
    """
    return st.builds(
        lambda sets, **fields: DttaPolicy(
            eligible=sets[0], excepted=sets[1], authorisable=sets[2], **fields
        ),
        pick(categories, _categories()),
        annual=pick(annual, _non_negative_money()),
        donor=pick(donor, optional(texts())),
        years_covered=pick(years_covered, optional(st.integers(1, 5))),
        proration=pick(proration, st.sampled_from(ProrationUnit)),
        carry_over=pick(carry_over, st.booleans()),
        spend_cutoff_months=pick(spend_cutoff_months, st.integers(0, 2)),
        request_lead_days=pick(request_lead_days, st.integers(0, 60)),
        request_cutoff_months=pick(request_cutoff_months, st.integers(0, 6)),
        claims_window_months=pick(claims_window_months, st.integers(0, 24)),
        source=pick(source, optional(urls())),
        as_of=pick(as_of, optional(dates())),
    )


def contract_terms(
    *,
    start: SearchStrategy[pendulum.Date] | None = None,
    initial_months: SearchStrategy[int] | None = None,
    extensions: SearchStrategy[tuple[ContractExtension, ...]] | None = None,
) -> SearchStrategy[ContractTerm]:
    """Assignments of up to four years with donor-funded, then host-funded, extensions."""
    months = st.integers(1, 12)
    default_extensions = st.builds(
        lambda donor, host: donor + host,
        tuples(st.builds(ContractExtension, months=months, funding=st.just(Funding.DONOR))),
        tuples(
            st.builds(ContractExtension, months=months, funding=st.just(Funding.HOST)), max_size=1
        ),
    )
    return st.builds(
        ContractTerm,
        start=pick(start, dates(max_value=_LAST_START)),
        initial_months=pick(initial_months, st.integers(1, 24)),
        extensions=pick(extensions, default_extensions),
    )


def justifications() -> SearchStrategy[TrainingJustification]:
    """Any combination of the conditions for an excepted or an authorisable use."""
    return st.builds(
        TrainingJustification,
        required_by_post=st.booleans(),
        supervisor_approved=st.booleans(),
        no_free_option=st.booleans(),
        exceptionally_authorised=st.booleans(),
    )


def _positive_money(currency: SearchStrategy[str] | None = None) -> SearchStrategy[Money]:
    return _non_negative_money(currency).filter(lambda m: m.amount > 0)


def _rates_for(money: Money) -> SearchStrategy[ExchangeRate | None]:
    return optional(exchange_rates(from_currency=st.just(money.currency)))


def dtta_entries(  # noqa: PLR0913 - one override per field is the strategies' convention
    *,
    date: SearchStrategy[pendulum.Date] | None = None,
    category: SearchStrategy[DttaCategory] | None = None,
    description: SearchStrategy[str] | None = None,
    amount: SearchStrategy[Money] | None = None,
    status: SearchStrategy[DttaEntryStatus] | None = None,
    rate: SearchStrategy[ExchangeRate | None] | None = None,
    justification: SearchStrategy[TrainingJustification | None] | None = None,
) -> SearchStrategy[DttaEntry]:
    """Entries of any category and status; the rate, when drawn, converts from the amount.

    The amount leads: a ``rate`` strategy given by the caller must convert every amount
    it may be paired with.
    """
    return pick(amount, _positive_money()).flatmap(
        lambda money: st.builds(
            DttaEntry,
            date=pick(date, dates()),
            category=pick(category, st.sampled_from(DttaCategory)),
            description=pick(description, texts()),
            amount=st.just(money),
            status=pick(status, st.sampled_from(DttaEntryStatus)),
            rate=pick(rate, _rates_for(money)),
            justification=pick(justification, optional(justifications())),
        )
    )


# Rates for ledger entries: ordinary enough that converted entries often fit the budget.
_LEDGER_RATES = st.decimals(
    Decimal("0.01"), Decimal(100), places=4, allow_nan=False, allow_infinity=False
)


@st.composite
def _filled_ledgers(
    draw: st.DrawFn,
    policies: SearchStrategy[DttaPolicy],
    terms: SearchStrategy[ContractTerm],
    max_entries: int,
) -> DttaLedger:
    """A ledger with candidate entries dated in its term, each kept only if allowed.

    Candidates cost up to a year's allocation, mostly in eligible categories; one in
    another currency carries the monthly rate of its date's month, so a spent one passes
    the rate check.
    """
    policy, term = draw(policies), draw(terms)
    ledger = DttaLedger(policy=policy, term=term)
    currency = policy.annual.currency
    days = term.funded_until.toordinal() - term.start.toordinal()
    ceiling = max(policy.annual.minor_units, 1)
    categories = sorted(policy.eligible, key=lambda c: c.value) or list(DttaCategory)
    for _ in range(draw(st.integers(0, max_entries))):
        day = term.start.add(days=draw(st.integers(0, days - 1)))
        code = draw(st.just(currency) | currency_codes())
        money = Money.from_minor_units(draw(st.integers(1, ceiling)), code)
        rate = None
        if code != currency:
            value = draw(_LEDGER_RATES)
            rate = ExchangeRate.monthly(code, currency, value, year=day.year, month=day.month)
        entry = DttaEntry(
            date=day,
            category=draw(st.sampled_from(categories)),
            description=draw(texts()),
            amount=money,
            status=draw(st.sampled_from(DttaEntryStatus)),
            rate=rate,
            justification=draw(optional(justifications())),
        )
        try:
            ledger = ledger.add(entry)
        except ValidationError:
            continue
    return ledger


def dtta_ledgers(
    *,
    policy: SearchStrategy[DttaPolicy] | None = None,
    term: SearchStrategy[ContractTerm] | None = None,
    max_entries: int = 6,
) -> SearchStrategy[DttaLedger]:
    """Valid ledgers: a policy, a term and entries added while the budget and rules allow.

    Candidate entries that the ledger would refuse are left out, so every drawn ledger is
    within budget; some are empty.

    >>> from hypothesis import given
    >>> @given(dtta_ledgers())
    ... def test_ledgers_never_overdrawn(ledger):
    ...     assert all(year.available.amount >= 0 for year in ledger.statement().years)
    >>> test_ledgers_never_overdrawn()
    """
    default_policies = dtta_policies(annual=_positive_money())
    return _filled_ledgers(
        pick(policy, default_policies), pick(term, contract_terms()), max_entries
    )
