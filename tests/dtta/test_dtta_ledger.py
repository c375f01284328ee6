"""The DTTA ledger: statements that balance, checks with every reason, and expiry."""

from __future__ import annotations

from pathlib import Path

import attrs
import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st

from jpo_model import dump, dumps, examples, from_dict, load, loads, to_dict
from jpo_model.assignment.contract_years import ContractExtension, Funding
from jpo_model.dtta.ledger import (
    DttaDecision,
    DttaEntry,
    DttaEntryStatus,
    DttaLedger,
    DttaStatement,
    TrainingJustification,
)
from jpo_model.dtta.policy import DttaCategory, DttaPolicy
from jpo_model.errors import ValidationError
from jpo_model.exchange import ExchangeRate
from jpo_model.money import Money
from jpo_model.strategies import dtta_entries, dtta_ledgers

START = pendulum.Date(2026, 3, 10)
ON = pendulum.Date(2026, 4, 1)
TRAVEL = pendulum.Date(2026, 6, 1)
NETHERLANDS = DttaPolicy.for_post(examples.load("ohchr-25p153"))


def usd(amount: int | str) -> Money:
    """US dollars."""
    return Money.of(amount, "USD")


def entry(  # noqa: PLR0913 - a test factory with a default for every field
    amount: Money | int = 1000,
    *,
    date: pendulum.Date = TRAVEL,
    category: DttaCategory = DttaCategory.COURSE,
    status: DttaEntryStatus = DttaEntryStatus.PLANNED,
    rate: ExchangeRate | None = None,
    justification: TrainingJustification | None = None,
) -> DttaEntry:
    """An entry with defaults that every check allows on ON."""
    return DttaEntry(
        date=date,
        category=category,
        description="Human rights monitoring course",
        amount=usd(amount) if isinstance(amount, int) else amount,
        status=status,
        rate=rate,
        justification=justification,
    )


def ledger(months: int = 24, *, policy: DttaPolicy = NETHERLANDS, **kw: object) -> DttaLedger:
    """An empty Netherlands ledger from 10 March 2026."""
    return DttaLedger.open(policy, start=START, months=months, **kw)  # type: ignore[arg-type]


def refusals(decision: DttaDecision) -> list[str]:
    """The kinds of reason, in order."""
    return [r.refusal.value for r in decision.reasons]


def test_two_years_earn_8000() -> None:
    """Oracle: a two-year Netherlands assignment earns US$8,000."""
    assert usd(8000) == ledger(24).statement().allocated


def test_six_month_extension_earns_2000() -> None:
    """Oracle: a 6-month Netherlands extension earns US$2,000."""
    extended = ledger(24, extensions=(ContractExtension(months=6),))
    assert usd(2000) == extended.statement().years[2].allocated


def test_spending_1500_in_year_one_leaves_6500_in_year_two() -> None:
    """Oracle: year 1 spends 1,500 of 4,000, so year 2 has 6,500 available."""
    spent = ledger(24).add(entry(1500, status=DttaEntryStatus.SPENT))
    year_one, year_two = spent.statement().years
    assert (usd(2500), usd(2500), usd(6500)) == (
        year_one.available,
        year_two.carried_in,
        year_two.available,
    )


def test_a_year_one_request_of_5000_is_refused() -> None:
    """Oracle: 5,000 in year 1 would advance year 2's funds."""
    decision = ledger(24).check(entry(5000), on=ON)
    assert (False, ["advances-later-funds"], 1) == (
        decision.allowed,
        refusals(decision),
        decision.year,
    )
    assert "USD 4,000.00" in decision.reasons[0].message


def test_more_than_every_year_holds_is_over_budget() -> None:
    """A request beyond the whole assignment's funds is over budget."""
    assert ["over-budget"] == refusals(ledger(24).check(entry(9000), on=ON))


def test_adding_a_refused_entry_raises() -> None:
    """The ledger is never overdrawn: adding what check refuses is invalid data."""
    with pytest.raises(ValidationError, match="1 entry overdraws contract year 1"):
        ledger(24).add(entry(5000))


def test_spending_that_starves_a_later_commitment_is_refused() -> None:
    """Year 2 has committed all 8,000; any year-1 spending would overdraw it."""
    full = ledger(24).add(entry(8000, date=pendulum.Date(2027, 6, 1)))
    decision = full.check(entry(100), on=ON)
    assert ["overdraws-later-year"] == refusals(decision)
    assert "USD 100.00" in decision.reasons[0].message


def test_without_carry_over_each_year_expires() -> None:
    """Without carry-over, a year's rest expires at its end (or at the spend cut-off)."""
    policy = attrs.evolve(NETHERLANDS, carry_over=False)
    book = ledger(24, policy=policy).add(entry(1500, status=DttaEntryStatus.SPENT))
    assert [(1, usd(2500), "2027-03-09"), (2, usd(4000), "2028-02-09")] == [
        (e.year, e.amount, e.last_use.isoformat()) for e in book.expiring()
    ]
    assert ["advances-later-funds"] == refusals(book.check(entry(3000), on=ON))


def test_with_carry_over_only_the_last_year_expires() -> None:
    """Oracle-style: two untouched years expire US$8,000 a month before the end."""
    assert [(2, usd(8000), pendulum.Date(2028, 2, 9))] == [
        (e.year, e.amount, e.last_use) for e in ledger(24).expiring()
    ]


def test_nothing_expires_when_everything_is_committed() -> None:
    """A fully committed assignment has nothing to lose."""
    assert () == ledger(12).add(entry(4000)).expiring()


def test_host_funded_extension_adds_no_funds_or_time() -> None:
    """A host-funded year earns nothing and its days are outside the DTTA term."""
    book = ledger(24, extensions=(ContractExtension(months=12, funding=Funding.HOST),))
    assert usd(8000) == book.statement().allocated
    late = entry(100, date=pendulum.Date(2028, 6, 1))
    assert "outside-term" in refusals(book.check(late, on=ON))


def test_excluded_categories_are_refused() -> None:
    """A policy that lists computer training nowhere never pays for it: a plain refusal."""
    strict = attrs.evolve(NETHERLANDS, authorisable=frozenset())
    authorised = TrainingJustification(exceptionally_authorised=True)
    for why in (None, authorised):
        computer = entry(category=DttaCategory.COMPUTER_TRAINING, justification=why)
        decision = ledger(policy=strict).check(computer, on=ON)
        assert (["category-excluded"], False) == (refusals(decision), decision.needs_authorisation)


def test_computer_training_needs_an_exceptional_authorisation() -> None:
    """UN DESA: computer courses are excluded "unless exceptionally authorised": without the
    authorisation the decision needs it (not a plain refusal); with it, it is allowed."""
    computer = entry(category=DttaCategory.COMPUTER_TRAINING)
    decision = ledger().check(computer, on=ON)
    assert (["needs-authorisation"], False, True) == (
        refusals(decision),
        decision.allowed,
        decision.needs_authorisation,
    )
    assert "DTTA pays for computer training only if exceptionally authorised" == (
        decision.reasons[0].message
    )
    authorised = attrs.evolve(
        computer, justification=TrainingJustification(exceptionally_authorised=True)
    )
    allowed = ledger().check(authorised, on=ON)
    assert (True, False) == (allowed.allowed, allowed.needs_authorisation)
    assert (authorised,) == ledger().add(authorised).entries


def test_an_unauthorised_entry_is_kept_out_of_the_ledger() -> None:
    """A ledger holds only entries it may pay for: the authorisation comes first."""
    with pytest.raises(ValidationError, match="exceptionally authorised"):
        ledger().add(entry(category=DttaCategory.COMPUTER_TRAINING))


def test_language_training_can_follow_un_desa_alone() -> None:
    """UN DESA: "language and computer courses" are both excluded unless exceptionally
    authorised; a policy listing both as authorisable asks for that alone."""
    desa = attrs.evolve(
        NETHERLANDS,
        excepted=frozenset(),
        authorisable=frozenset({DttaCategory.LANGUAGE_TRAINING, DttaCategory.COMPUTER_TRAINING}),
    )
    language = entry(category=DttaCategory.LANGUAGE_TRAINING)
    assert ["needs-authorisation"] == refusals(ledger(policy=desa).check(language, on=ON))
    authorised = attrs.evolve(
        language, justification=TrainingJustification(exceptionally_authorised=True)
    )
    assert ledger(policy=desa).check(authorised, on=ON).allowed


def test_language_training_needs_all_three_conditions() -> None:
    """Language training: required by the post, approved, and no free option."""
    book = ledger()
    bare = book.check(entry(category=DttaCategory.LANGUAGE_TRAINING), on=ON)
    assert ["not-required-by-post", "no-supervisor-approval", "free-option-exists"] == refusals(
        bare
    )
    partly = TrainingJustification(required_by_post=True, supervisor_approved=True)
    assert ["free-option-exists"] == refusals(
        book.check(entry(category=DttaCategory.LANGUAGE_TRAINING, justification=partly), on=ON)
    )
    full = attrs.evolve(partly, no_free_option=True)
    assert book.check(
        entry(category=DttaCategory.LANGUAGE_TRAINING, justification=full), on=ON
    ).allowed


def test_lead_time_of_21_days() -> None:
    """A request 20 days before travel is too late; 21 days is in time."""
    travel = pendulum.Date(2026, 6, 1)
    assert ["lead-time-too-short"] == refusals(
        ledger().check(entry(date=travel), on=travel.subtract(days=20))
    )
    assert ledger().check(entry(date=travel), on=travel.subtract(days=21)).allowed


def test_requests_close_three_months_before_the_end() -> None:
    """A 24-month term from 10 March 2026 takes requests until 9 December 2027."""
    book = ledger()
    travel = pendulum.Date(2028, 1, 20)
    assert pendulum.Date(2027, 12, 9) == book.last_request
    assert book.check(entry(date=travel), on=pendulum.Date(2027, 12, 9)).allowed
    assert ["request-too-late"] == refusals(
        book.check(entry(date=travel), on=pendulum.Date(2027, 12, 10))
    )


def test_funds_are_used_a_month_before_the_end() -> None:
    """Travel after 9 February 2028 (one month before a 9 March end) is refused."""
    book = ledger()
    assert pendulum.Date(2028, 2, 9) == book.last_use
    late = entry(date=pendulum.Date(2028, 2, 10))
    assert ["after-spend-cutoff"] == refusals(book.check(late, on=pendulum.Date(2027, 11, 1)))


def _messages(decision: DttaDecision) -> list[str]:
    """The reasons in words, in order."""
    return [r.message for r in decision.reasons]


@pytest.mark.parametrize(
    ("on", "expected"),
    [
        (pendulum.Date(2026, 12, 1), "requested 183 days after 2026-06-01"),
        (pendulum.Date(2026, 6, 2), "requested 1 day after 2026-06-01"),
        (pendulum.Date(2026, 6, 1), "requested on 2026-06-01 itself"),
        (pendulum.Date(2026, 5, 31), "requested 1 day before 2026-06-01"),
        (pendulum.Date(2026, 5, 12), "requested 20 days before 2026-06-01"),
    ],
)
def test_the_lead_time_reason_says_before_or_after_in_plain_words(
    on: pendulum.Date, expected: str
) -> None:
    """A late request reads "183 days after", never "-183 day(s) before"; one day is singular."""
    decision = ledger().check(entry(date=TRAVEL), on=on)
    assert [f"{expected}; at least 21 days are needed"] == _messages(decision)


def test_a_lead_time_of_one_day_is_singular() -> None:
    """A policy needing one day of notice says "at least 1 day is needed"."""
    policy = attrs.evolve(NETHERLANDS, request_lead_days=1)
    decision = ledger(policy=policy).check(entry(date=TRAVEL), on=TRAVEL)
    assert ["requested on 2026-06-01 itself; at least 1 day is needed"] == _messages(decision)


@pytest.mark.parametrize(
    ("months", "expected"),
    [
        (3, "requests are due by 2027-12-09, 3 months before the contract ends"),
        (1, "requests are due by 2028-02-09, 1 month before the contract ends"),
        (0, "requests are due by 2028-03-09, the last day of the contract"),
    ],
)
def test_the_request_cutoff_reason_counts_months_in_plain_words(months: int, expected: str) -> None:
    """The request cut-off is "3 months", "1 month" or the contract's last day."""
    policy = attrs.evolve(NETHERLANDS, request_cutoff_months=months, spend_cutoff_months=0)
    decision = ledger(policy=policy).check(
        entry(date=pendulum.Date(2028, 3, 9)),
        on=pendulum.Date(2028, 3, 10),
    )
    assert expected in _messages(decision)


@pytest.mark.parametrize(
    ("months", "expected"),
    [
        (2, "funds must be used by 2028-01-09, 2 months before the contract ends"),
        (1, "funds must be used by 2028-02-09, 1 month before the contract ends"),
    ],
)
def test_the_spend_cutoff_reason_counts_months_in_plain_words(months: int, expected: str) -> None:
    """The spend cut-off is "2 months" or "1 month" before the end."""
    policy = attrs.evolve(NETHERLANDS, spend_cutoff_months=months)
    late = entry(date=pendulum.Date(2028, 3, 1))
    decision = ledger(policy=policy).check(late, on=pendulum.Date(2027, 11, 1))
    assert [expected] == _messages(decision)


@pytest.mark.parametrize(
    ("amounts", "expected"),
    [
        ((5000,), "1 entry overdraws contract year 1 by USD 1,000.00"),
        ((3000, 3000), "2 entries overdraw contract year 1 by USD 2,000.00"),
    ],
)
def test_an_overdrawn_ledger_counts_its_entries_in_plain_words(
    amounts: tuple[int, ...], expected: str
) -> None:
    """One entry "overdraws", two entries "overdraw": never "1 entries"."""
    with pytest.raises(ValidationError) as caught:
        DttaLedger(
            policy=NETHERLANDS,
            term=ledger().term,
            entries=tuple(entry(amount) for amount in amounts),
        )
    assert [("entries", expected, len(amounts))] == [
        (e.path, e.message, e.value) for e in caught.value.errors
    ]


def test_excluded_and_excepted_categories_are_named_in_words() -> None:
    """Reasons name a category as a sentence does ("language training"), not by its code."""
    closed = attrs.evolve(NETHERLANDS, eligible=frozenset(), authorisable=frozenset())
    mission = ledger(policy=closed).check(entry(category=DttaCategory.OFFICIAL_MISSION), on=ON)
    assert ["DTTA does not pay for official missions"] == _messages(mission)
    language = ledger().check(entry(category=DttaCategory.LANGUAGE_TRAINING), on=ON)
    assert [
        "DTTA pays for language training only if the post requires it",
        "DTTA pays for language training only with the supervisor's approval",
        "DTTA pays for language training only if no free option exists",
    ] == _messages(language)


@pytest.mark.parametrize("category", list(DttaCategory))
def test_every_category_has_words_and_no_code_in_its_reason(category: DttaCategory) -> None:
    """Whatever the category, its refusal names it in words, without hyphens."""
    closed = attrs.evolve(NETHERLANDS, eligible=frozenset(), authorisable=frozenset())
    closed = attrs.evolve(closed, excepted=frozenset())
    [message] = _messages(ledger(policy=closed).check(entry(category=category), on=ON))
    assert message.startswith("DTTA does not pay for ")
    assert "-" not in message


def test_claims_close_a_year_after_payment() -> None:
    """A spent entry is claimed within a year of its payment date."""
    paid = entry(status=DttaEntryStatus.SPENT)
    assert ledger().check(paid, on=pendulum.Date(2027, 6, 1)).allowed
    assert ["claim-window-closed"] == refusals(ledger().check(paid, on=pendulum.Date(2027, 6, 2)))


def test_entries_in_other_currencies_convert_with_their_rate() -> None:
    """CHF 1,000 at 1.25 USD counts as US$1,250."""
    rate = ExchangeRate.monthly("CHF", "USD", "1.25", year=2026, month=6)
    swiss = entry(Money.of(1000, "CHF"), rate=rate, status=DttaEntryStatus.SPENT)
    decision = ledger().check(swiss, on=ON)
    assert (True, usd(1250)) == (decision.allowed, decision.value)
    assert usd(1250) == ledger().add(swiss).statement().spent


def test_an_entry_without_a_usable_rate_is_refused() -> None:
    """Money in another currency needs a rate into the policy's currency."""
    assert ["no-exchange-rate"] == refusals(ledger().check(entry(Money.of(10, "CHF")), on=ON))


def test_a_spent_entry_needs_the_rate_of_its_payment_month() -> None:
    """A payment in June converted at May's rate is refused; a plan may use any rate."""
    may = ExchangeRate.monthly("CHF", "USD", "1.25", year=2026, month=5)
    planned = entry(Money.of(10, "CHF"), rate=may)
    assert ledger().check(planned, on=ON).allowed
    spent = attrs.evolve(planned, status=DttaEntryStatus.SPENT)
    assert ["rate-not-valid"] == refusals(ledger().check(spent, on=ON))


def test_every_reason_is_given_at_once() -> None:
    """An unauthorised, unaffordable, late request gets every reason, so it is refused
    whatever the authorisation."""
    travel = pendulum.Date(2028, 2, 20)
    decision = ledger().check(
        entry(20000, date=travel, category=DttaCategory.COMPUTER_TRAINING),
        on=pendulum.Date(2028, 2, 10),
    )
    assert {
        "after-spend-cutoff",
        "needs-authorisation",
        "over-budget",
        "request-too-late",
        "lead-time-too-short",
    } == {r.value for r in decision.refusals}
    assert not decision.needs_authorisation


def test_replace_moves_an_entry_through_its_statuses() -> None:
    """A planned entry replaced by its spent self moves from committed to spent."""
    planned = entry(1500)
    book = ledger().add(planned)
    spent = book.replace(planned, attrs.evolve(planned, status=DttaEntryStatus.SPENT))
    assert (usd(1500), usd(0)) == (spent.statement().spent, spent.statement().committed)
    with pytest.raises(ValueError, match="no entry"):
        spent.replace(planned, planned)


def test_ledger_file_is_written_and_read_back(tmp_path: Path) -> None:
    """A ledger written with dump loads back unchanged, with no temporary file left."""
    book = ledger().add(entry(1500, status=DttaEntryStatus.SPENT))
    target = tmp_path / "ledger.json"
    dump(book, target)
    assert book == load(target, DttaLedger)
    assert ["ledger.json"] == [p.name for p in tmp_path.iterdir()]


def test_overdrawn_ledger_documents_are_refused() -> None:
    """A ledger file whose entries overdraw a year does not load."""
    data = to_dict(ledger(12))
    data["entries"] = [to_dict(entry(3000)), to_dict(entry(3000))]
    for item in data["entries"]:
        del item["schema_version"]
    with pytest.raises(ValidationError, match="overdraw"):
        from_dict(data, DttaLedger)


def _units(money: Money) -> int:
    return money.minor_units


@given(dtta_ledgers())
def test_every_year_balances_exactly(book: DttaLedger) -> None:
    """allocated + carried in = spent + committed + carried out + expired, in minor units."""
    statement = book.statement()
    for year in statement.years:
        assert _units(year.allocated) + _units(year.carried_in) == sum(
            map(_units, (year.spent, year.committed, year.carried_out, year.expired))
        )
        assert _units(year.available) == _units(year.carried_out) + _units(year.expired)
    assert _units(statement.allocated) == sum(
        map(_units, (statement.spent, statement.committed, statement.expired))
    )
    for before, after in zip(statement.years, statement.years[1:], strict=False):
        assert before.carried_out == after.carried_in


@given(dtta_ledgers(), st.randoms(use_true_random=False))
def test_entry_order_never_changes_the_statement(book: DttaLedger, random: object) -> None:
    """Any order of the same entries gives the same statement."""
    shuffled = list(book.entries)
    random.shuffle(shuffled)  # type: ignore[attr-defined]
    assert book.statement() == attrs.evolve(book, entries=tuple(shuffled)).statement()


@given(dtta_ledgers(), st.data())
def test_allowed_entries_never_overdraw(book: DttaLedger, data: st.DataObject) -> None:
    """An allowed entry adds cleanly and leaves no balance below zero; a failing add was refused."""
    days = book.term.funded_until.toordinal() - book.term.start.toordinal()
    proposed = data.draw(
        dtta_entries(
            date=st.integers(-30, days + 30).map(lambda n: book.term.start.add(days=n)),
            amount=st.integers(1, 2 * book.policy.annual.minor_units + 1).map(
                lambda units: Money.from_minor_units(units, book.currency)
            ),
            rate=st.none(),
        )
    )
    on = proposed.date.subtract(days=data.draw(st.integers(-10, 120)))
    decision = book.check(proposed, on=on)
    try:
        added = book.add(proposed)
    except ValidationError:
        assert not decision.allowed
        return
    assert all(y.available.amount >= 0 for y in added.statement().years)


@given(dtta_ledgers())
def test_ledgers_never_hold_negative_balances(book: DttaLedger) -> None:
    """No year of a valid ledger is overdrawn, and nothing ever expires below zero."""
    for year in book.statement().years:
        assert year.available.amount >= 0
        assert year.expired.amount >= 0


@given(dtta_ledgers())
def test_ledgers_round_trip(book: DttaLedger) -> None:
    """A ledger survives to_dict/from_dict, JSON and TOML unchanged."""
    assert book == from_dict(to_dict(book), DttaLedger)
    assert book == loads(dumps(book), DttaLedger)
    assert book == loads(dumps(book, format="toml"), DttaLedger, format="toml")


@given(dtta_ledgers())
def test_statements_round_trip(book: DttaLedger) -> None:
    """A statement survives to_dict/from_dict unchanged."""
    statement = book.statement()
    assert statement == from_dict(to_dict(statement), DttaStatement)


@given(dtta_entries())
def test_entries_round_trip(item: DttaEntry) -> None:
    """An entry survives JSON and TOML unchanged."""
    assert item == loads(dumps(item), DttaEntry)
    assert item == loads(dumps(item, format="toml"), DttaEntry, format="toml")


def test_decisions_round_trip() -> None:
    """A decision with its reasons survives to_dict/from_dict unchanged."""
    decision = ledger().check(entry(5000, category=DttaCategory.COMPUTER_TRAINING), on=ON)
    assert decision == from_dict(to_dict(decision), DttaDecision)


def test_entries_must_cost_something_in_a_convertible_currency() -> None:
    """A zero amount, or a rate that cannot convert the amount, is invalid data."""
    rate = ExchangeRate.monthly("CHF", "USD", "1.25", year=2026, month=6)
    with pytest.raises(ValidationError) as info:
        entry(Money.of(0, "EUR"), rate=rate)
    assert ["amount.amount", "rate"] == sorted(e.path for e in info.value.errors)
