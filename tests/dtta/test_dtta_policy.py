"""DTTA policy: the donor table as dated data, the policy of a post, and exact proration."""

from __future__ import annotations

import itertools
import tomllib
from fractions import Fraction
from importlib import resources

import attrs
import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st

from jpo_model import dumps, examples, from_dict, loads, to_dict
from jpo_model.assignment.contract_years import (
    ContractExtension,
    ContractTerm,
    ContractYear,
    Funding,
)
from jpo_model.dtta.policy import (
    DEFAULT_AUTHORISABLE,
    DEFAULT_ELIGIBLE,
    DEFAULT_EXCEPTED,
    DonorRate,
    DttaCategory,
    DttaPolicy,
    DttaRateTable,
    ProrationUnit,
)
from jpo_model.dtta_allowance import DttaAllowance
from jpo_model.errors import UnknownDonorError, ValidationError
from jpo_model.money import Money
from jpo_model.posts import Sponsor
from jpo_model.strategies import contract_terms, dtta_policies

START = pendulum.Date(2026, 3, 10)
NETHERLANDS = DttaPolicy(annual=Money.of(4000, "USD"), donor="Netherlands")

# UNDP JPO Service Centre, https://www.undp.org/jposc/dtta-faqs (the project's domain notes).
PUBLISHED = {
    "KW": 6000,
    "QA": 5000,
    "CH": 5000,
    "GB": 5000,
    "AU": 4000,
    "DK": 4000,
    "FI": 4000,
    "DE": 4000,
    "NL": 4000,
    "NO": 4000,
    "ES": 4000,
    "SE": 4000,
    "BE": 3000,
    "CA": 3000,
    "CN": 3000,
    "FR": 3000,
    "GR": 3000,
    "IS": 3000,
    "IE": 3000,
    "IT": 3000,
    "JP": 3000,
    "LU": 3000,
    "PT": 3000,
    "KR": 3000,
    "SA": 3000,
    "AE": 3000,
    "US": 3000,
    "AT": 1800,
    "MC": 1500,
}


def _years(months: int, *, start: pendulum.Date = START) -> tuple[ContractYear, ...]:
    return ContractTerm(start=start, initial_months=months).years()


def test_bundled_table_holds_the_published_amounts() -> None:
    """The shipped table has every published donor, its amount, source and date."""
    table = DttaRateTable.bundled()
    by_country = {r.country: int(r.annual.amount) for r in table.rates if r.country is not None}
    assert PUBLISHED == by_country
    assert Money.of(3000, "USD") == table.find(name="DCC Trust Fund").annual  # type: ignore[union-attr]
    assert 30 == len(table.rates)
    assert "https://www.undp.org/jposc/dtta-faqs" == table.source
    assert isinstance(table.as_of, pendulum.Date)


def test_france_and_sweden_cover_two_years() -> None:
    """The footnote: only the first two years earn DTTA for France and Sweden."""
    table = DttaRateTable.bundled()
    covered = {r.country: r.years_covered for r in table.rates if r.years_covered is not None}
    assert {"FR": 2, "SE": 2} == covered


def test_table_round_trips() -> None:
    """The bundled table survives to_dict/from_dict and TOML."""
    table = DttaRateTable.bundled()
    assert table == from_dict(to_dict(table), DttaRateTable)
    assert table == loads(dumps(table, format="toml"), DttaRateTable, format="toml")


def test_table_refuses_a_donor_twice() -> None:
    """A table with two rows for one country is invalid data."""
    row = DonorRate(donor="Netherlands", country="NL", annual=Money.of(4000, "USD"))
    with pytest.raises(ValidationError, match="twice"):
        DttaRateTable(source="https://example.org", as_of=START, rates=(row, row))


def test_seed_002_yields_the_netherlands_policy() -> None:
    """Seed 25P153 (Netherlands) earns US$4,000 a year, with the table's source."""
    policy = DttaPolicy.for_post(examples.load("ohchr-25p153"))
    assert ("Netherlands", Money.of(4000, "USD"), None) == (
        policy.donor,
        policy.annual,
        policy.years_covered,
    )
    assert (DttaRateTable.bundled().source, DttaRateTable.bundled().as_of) == (
        policy.source,
        policy.as_of,
    )


def test_a_caller_table_overrides_the_bundled_one() -> None:
    """A caller's table gives the donor's terms; the post's stated amount still wins."""
    post = examples.load("ohchr-25p153")
    table = DttaRateTable(
        source="https://example.org/dtta",
        as_of=pendulum.Date(2030, 1, 1),
        rates=(
            DonorRate(
                donor="Netherlands", country="NL", annual=Money.of(9000, "USD"), years_covered=1
            ),
        ),
    )
    policy = DttaPolicy.for_post(post, table=table)
    assert (Money.of(4000, "USD"), 1, "https://example.org/dtta") == (
        policy.annual,
        policy.years_covered,
        policy.source,
    )
    unstated = attrs.evolve(post, dtta=None)
    assert Money.of(9000, "USD") == DttaPolicy.for_post(unstated, table=table).annual


def test_sponsor_found_by_name_when_it_has_no_country() -> None:
    """A fund is found by its name inside the sponsor's name."""
    post = attrs.evolve(
        examples.load("ohchr-25p153"), sponsor=Sponsor(name="The DCC Trust Fund"), dtta=None
    )
    assert ("DCC Trust Fund", Money.of(3000, "USD")) == (
        DttaPolicy.for_post(post).donor,
        DttaPolicy.for_post(post).annual,
    )


def test_unknown_donor_without_a_stated_amount_raises() -> None:
    """With no table row and no stated amount there is no policy: UnknownDonorError."""
    post = attrs.evolve(
        examples.load("ohchr-25p153"), sponsor=Sponsor(name="Atlantis", country="AQ"), dtta=None
    )
    with pytest.raises(UnknownDonorError, match="Atlantis") as info:
        DttaPolicy.for_post(post)
    assert isinstance(info.value, LookupError)


def test_unknown_donor_with_a_stated_amount_uses_it() -> None:
    """A post that states its DTTA needs no table row."""
    post = attrs.evolve(
        examples.load("ohchr-25p153"),
        sponsor=None,
        dtta=DttaAllowance(annual=Money.of(2500, "EUR")),
    )
    assert (Money.of(2500, "EUR"), None) == (DttaPolicy.for_post(post).annual, None)


def test_from_rate_takes_the_row_terms() -> None:
    """A policy built from a table row carries its amount, years and source."""
    table = DttaRateTable.bundled()
    row = table.find(country="SE")
    assert row is not None
    policy = DttaPolicy.from_rate(row, table=table)
    assert (Money.of(4000, "USD"), 2, table.source) == (
        policy.annual,
        policy.years_covered,
        policy.source,
    )


def test_defaults_are_the_documented_rules() -> None:
    """Months proration, carry-over, one-month spend cut-off, 21 days, 3 months, one year."""
    assert (ProrationUnit.MONTHS, True, 1, 21, 3, 12, DEFAULT_ELIGIBLE) == (
        NETHERLANDS.proration,
        NETHERLANDS.carry_over,
        NETHERLANDS.spend_cutoff_months,
        NETHERLANDS.request_lead_days,
        NETHERLANDS.request_cutoff_months,
        NETHERLANDS.claims_window_months,
        NETHERLANDS.eligible,
    )
    assert frozenset({DttaCategory.LANGUAGE_TRAINING}) == NETHERLANDS.excepted
    assert frozenset({DttaCategory.COMPUTER_TRAINING}) == NETHERLANDS.authorisable


def test_computer_training_is_excluded_unless_exceptionally_authorised() -> None:
    """UN DESA: "language and computer courses are excluded unless exceptionally authorised";
    language training keeps the UNDP JPOSC's three conditions by default."""
    assert (DEFAULT_EXCEPTED, DEFAULT_AUTHORISABLE) == (
        frozenset({DttaCategory.LANGUAGE_TRAINING}),
        frozenset({DttaCategory.COMPUTER_TRAINING}),
    )
    every = DEFAULT_ELIGIBLE | DEFAULT_EXCEPTED | DEFAULT_AUTHORISABLE
    assert frozenset(DttaCategory) == every


def test_an_authorisable_category_is_listed_once() -> None:
    """A category both eligible (or excepted) and authorisable is refused."""
    with pytest.raises(ValidationError) as info:
        DttaPolicy(
            annual=Money.of(4000, "USD"),
            authorisable=frozenset({DttaCategory.COURSE, DttaCategory.LANGUAGE_TRAINING}),
        )
    assert [
        (
            "authorisable",
            "must not repeat eligible or excepted categories",
            ["course", "language-training"],
        )
    ] == [(e.path, e.message, e.value) for e in info.value.errors]


def test_an_authorisable_category_round_trips() -> None:
    """A policy following UN DESA alone (both courses authorisable) survives JSON and TOML."""
    desa = attrs.evolve(
        NETHERLANDS,
        excepted=frozenset(),
        authorisable=frozenset({DttaCategory.LANGUAGE_TRAINING, DttaCategory.COMPUTER_TRAINING}),
    )
    assert ["computer-training", "language-training"] == to_dict(desa)["authorisable"]
    assert desa == from_dict(to_dict(desa), DttaPolicy)
    assert desa == loads(dumps(desa, format="toml"), DttaPolicy, format="toml")


def test_six_month_extension_earns_2000() -> None:
    """Oracle: a 6-month Netherlands period earns US$2,000."""
    assert Money.of(2000, "USD") == NETHERLANDS.allocation(_years(6)[0])


def test_two_years_earn_8000() -> None:
    """Oracle: a two-year Netherlands assignment earns US$8,000."""
    years = _years(24)
    assert Money.of(8000, "USD") == NETHERLANDS.allocation(years[0]) + NETHERLANDS.allocation(
        years[1]
    )


def test_years_beyond_the_covered_ones_earn_nothing() -> None:
    """France: the third year of an assignment earns nothing."""
    france = DttaPolicy(annual=Money.of(3000, "USD"), years_covered=2)
    assert ["3000.00", "3000.00", "0.00"] == [str(france.allocation(y).amount) for y in _years(36)]


def test_host_funded_extension_earns_nothing() -> None:
    """An extension the host funds adds nothing to the allocation."""
    term = ContractTerm(
        start=START,
        initial_months=12,
        extensions=(ContractExtension(months=12, funding=Funding.HOST),),
    )
    assert [Money.of(4000, "USD")] == [NETHERLANDS.allocation(y) for y in term.years()]


def test_day_proration_counts_days_of_the_contract_year() -> None:
    """By days, half a non-leap year (182 of 365 days) earns round(4000 * 182 / 365)."""
    by_days = attrs.evolve(NETHERLANDS, proration=ProrationUnit.DAYS)
    year = _years(12, start=pendulum.Date(2026, 1, 1))[0]
    half = by_days.prorate(year, start=year.start, until=pendulum.Date(2026, 7, 2))
    assert Money.of("1994.52", "USD") == half


def test_month_proration_matches_an_independent_formula() -> None:
    """k months of a year earn round_half_even(annual * k / 12) in minor units."""
    policy = DttaPolicy(annual=Money.of("1000.01", "USD"))
    for months in range(1, 13):
        year = _years(months)[0]
        expected = round(Fraction(100001 * months, 12))
        assert expected == policy.allocation(year).minor_units


def test_prorate_refuses_periods_outside_the_year() -> None:
    """A period that leaves its contract year is a ValueError."""
    year = _years(12)[0]
    with pytest.raises(ValueError, match="not within"):
        NETHERLANDS.prorate(year, start=year.start, until=year.until.add(days=1))


@given(
    dtta_policies(),
    contract_terms(),
    st.lists(st.integers(0, 366), max_size=5),
    st.data(),
)
def test_proration_over_a_split_year_sums_to_the_whole(
    policy: DttaPolicy, term: ContractTerm, cuts: list[int], data: st.DataObject
) -> None:
    """Splitting a contract year at any days never creates or loses a minor unit."""
    year = data.draw(st.sampled_from(term.years()))
    length = year.until.toordinal() - year.start.toordinal()
    bounds = sorted({year.start, year.until, *(year.start.add(days=c % length) for c in cuts)})
    parts = [policy.prorate(year, start=a, until=b) for a, b in itertools.pairwise(bounds)]
    whole = policy.prorate(year, start=year.start, until=year.until)
    assert whole.minor_units == sum(p.minor_units for p in parts)
    assert policy.annual == whole


def test_invalid_policies_name_every_problem() -> None:
    """A negative amount and a category both eligible and excepted are refused."""
    with pytest.raises(ValidationError) as info:
        DttaPolicy(
            annual=Money.of(-1, "USD"),
            excepted=frozenset({DttaCategory.COURSE}),
            request_lead_days=-1,
        )
    assert ["annual.amount", "excepted", "request_lead_days"] == sorted(
        e.path for e in info.value.errors
    )


@given(dtta_policies())
def test_policies_round_trip(policy: DttaPolicy) -> None:
    """A policy survives to_dict/from_dict, JSON and TOML unchanged."""
    assert policy == from_dict(to_dict(policy), DttaPolicy)
    assert policy == loads(dumps(policy), DttaPolicy)
    assert policy == loads(dumps(policy, format="toml"), DttaPolicy, format="toml")


def test_bundled_table_is_what_its_document_reads_as() -> None:
    """The constructors that build the bundled table read it as `load` does."""
    data = resources.files("jpo_model").joinpath("data", "dtta_rates.toml").read_text("utf-8")
    assert from_dict(tomllib.loads(data), DttaRateTable) == DttaRateTable.bundled()
