"""The DTTA ledger: what a JPO planned, got approved and spent, year by year.

A `DttaLedger` holds a `DttaPolicy`, the assignment's `ContractTerm` and its entries. It is
immutable (`add` returns a new ledger) and always within budget: constructing one whose
entries overdraw a contract year, fall outside the donor-funded term or pay for an excluded
use raises `ValidationError`. Whether a proposed entry may be added is a value:
`DttaLedger.check` returns a `DttaDecision` with every reason it is refused, including the
time limits that depend on the day the request is made; a use excluded "unless exceptionally
authorised" and not yet authorised gets a decision that `needs_authorisation`, not a plain
refusal.

Every amount is counted in the policy's currency; an entry in another currency is converted
with its own `ExchangeRate` (rounded half to even to the policy currency's minor units).
The statement of each contract year balances exactly::

    allocated + carried_in = spent + committed + carried_out + expired

With carry-over (the default) what is left at the end of a year passes to the next, and
what is left at the end of the last year expires; without it, each year's rest expires.
Funds never pass backwards: an entry cannot spend a later year's allocation.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator, Sequence

import attrs
import pendulum

from jpo_model._model import Model, checks, problem, text
from jpo_model.assignment.contract_years import ContractExtension, ContractTerm, ContractYear
from jpo_model.dtta.policy import DttaCategory, DttaPolicy
from jpo_model.errors import ErrorDetail
from jpo_model.exchange import ExchangeRate
from jpo_model.money import Money

__all__ = [
    "DttaDecision",
    "DttaEntry",
    "DttaEntryStatus",
    "DttaExpiry",
    "DttaLedger",
    "DttaReason",
    "DttaRefusal",
    "DttaStatement",
    "DttaYearStatement",
    "TrainingJustification",
]


class DttaEntryStatus(enum.Enum):
    """Where an entry stands: planned and approved amounts are committed, spent ones are not."""

    PLANNED = "planned"
    APPROVED = "approved"
    SPENT = "spent"


@attrs.frozen(kw_only=True)
class TrainingJustification(Model):
    """Why an excluded use (language or computer training) should be paid for all the same.

    An excepted use (`DttaPolicy.excepted`) needs the first three; an authorisable one
    (`DttaPolicy.authorisable`) needs ``exceptionally_authorised``.
    """

    required_by_post: bool = False
    """The post's terms of reference require the language."""
    supervisor_approved: bool = False
    """The supervisor approves."""
    no_free_option: bool = False
    """No free course exists (e.g. from the host organisation)."""
    exceptionally_authorised: bool = False
    """The use is exceptionally authorised (UN DESA: "excluded unless exceptionally
    authorised")."""


@attrs.frozen(kw_only=True)
class DttaEntry(Model):
    """One use of DTTA funds, in any currency.

    ``date`` is when the money is used: the travel or activity date of a planned or approved
    entry, the payment date of a spent one.
    """

    date: pendulum.Date
    """When the money is used or was paid."""
    category: DttaCategory
    """What it pays for."""
    description: str = attrs.field(metadata=checks(text))
    """What it is, e.g. "Human rights monitoring course, Geneva"."""
    amount: Money
    """The cost, in the currency it is paid in."""
    status: DttaEntryStatus = DttaEntryStatus.PLANNED
    """Planned, approved or spent."""
    rate: ExchangeRate | None = None
    """The rate into the policy's currency, when ``amount`` is in another one."""
    justification: TrainingJustification | None = None
    """Why an excluded use should be paid for, if it is one."""

    def _invariants(self) -> Iterator[ErrorDetail]:
        if self.amount.amount <= 0:
            yield problem("must be positive", str(self.amount.amount), "amount.amount")
        if self.rate is not None and self.amount.currency not in (
            self.rate.from_currency,
            self.rate.to_currency,
        ):
            yield problem(
                f"cannot convert the amount's currency {self.amount.currency}",
                f"{self.rate.from_currency}/{self.rate.to_currency}",
                "rate",
            )


class DttaRefusal(enum.Enum):
    """Why an entry is not allowed."""

    OUTSIDE_TERM = "outside-term"
    """Its date is outside the donor-funded term."""
    CATEGORY_EXCLUDED = "category-excluded"
    """The policy does not pay for its category."""
    NEEDS_AUTHORISATION = "needs-authorisation"
    """An authorisable use (computer training) that is not exceptionally authorised: not a
    plain refusal, since the authorisation alone would admit it."""
    NOT_REQUIRED_BY_POST = "not-required-by-post"
    """An excepted use (language training) the post does not require."""
    NO_SUPERVISOR_APPROVAL = "no-supervisor-approval"
    """An excepted use the supervisor has not approved."""
    FREE_OPTION_EXISTS = "free-option-exists"
    """An excepted use for which a free option exists."""
    NO_EXCHANGE_RATE = "no-exchange-rate"
    """It is in another currency than the policy's and has no rate into it."""
    RATE_NOT_VALID = "rate-not-valid"
    """It was spent on a day its rate does not apply to."""
    AFTER_SPEND_CUTOFF = "after-spend-cutoff"
    """It uses funds later than the policy allows before the contract ends."""
    OVER_BUDGET = "over-budget"
    """It costs more than its year has, even counting every later year's allocation."""
    ADVANCES_LATER_FUNDS = "advances-later-funds"
    """It costs more than its year has and could only be paid from later years' funds."""
    OVERDRAWS_LATER_YEAR = "overdraws-later-year"
    """It fits its year but leaves a later year unable to pay for what it has committed."""
    REQUEST_TOO_LATE = "request-too-late"
    """It is requested later than the policy allows before the contract ends."""
    LEAD_TIME_TOO_SHORT = "lead-time-too-short"
    """It is requested too short a time before the travel or activity."""
    CLAIM_WINDOW_CLOSED = "claim-window-closed"
    """It is claimed later than the policy allows after payment."""


@attrs.frozen(kw_only=True)
class DttaReason(Model):
    """One reason an entry is refused, in words."""

    refusal: DttaRefusal
    """The kind of reason."""
    message: str = attrs.field(metadata=checks(text))
    """The reason with its figures and dates."""


@attrs.frozen(kw_only=True)
class DttaDecision(Model):
    """Whether an entry may be added to a ledger, and every reason if it may not."""

    entry: DttaEntry
    """The entry checked."""
    reasons: tuple[DttaReason, ...] = ()
    """Every reason it is refused; empty when allowed."""
    value: Money | None = None
    """Its cost in the policy's currency, when it can be converted."""
    year: int | None = None
    """The contract year it falls in, when it falls in one."""

    @property
    def allowed(self) -> bool:
        """Whether the entry may be added."""
        return not self.reasons

    @property
    def refusals(self) -> frozenset[DttaRefusal]:
        """The kinds of reason it is refused."""
        return frozenset(r.refusal for r in self.reasons)

    @property
    def needs_authorisation(self) -> bool:
        """The entry is refused only for want of an exceptional authorisation.

        Once authorised (``TrainingJustification.exceptionally_authorised``), it is allowed.
        """
        return self.refusals == {DttaRefusal.NEEDS_AUTHORISATION}


@attrs.frozen(kw_only=True)
class DttaYearStatement(Model):
    """The balance of one contract year, in the policy's currency.

    ``allocated + carried_in = spent + committed + carried_out + expired``, exactly.
    """

    year: ContractYear
    """The contract year."""
    allocated: Money
    """What the year earns."""
    carried_in: Money
    """What the previous year passed on."""
    spent: Money
    """What was spent."""
    committed: Money
    """What is planned or approved."""
    available: Money
    """What is left to plan: ``carried_out + expired``."""
    carried_out: Money
    """What passes to the next year."""
    expired: Money
    """What is lost if nothing more is spent."""
    expires_after: pendulum.Date | None = None
    """The last day ``expired`` can still be used, when something would expire."""


@attrs.frozen(kw_only=True)
class DttaExpiry(Model):
    """Funds that are lost if nothing more is spent, and the last day they can be used."""

    year: int
    """The contract year they expire from."""
    amount: Money
    """How much expires."""
    last_use: pendulum.Date
    """The last day they can be used."""


@attrs.frozen(kw_only=True)
class DttaStatement(Model):
    """The balances of every contract year of a ledger."""

    years: tuple[DttaYearStatement, ...]
    """One statement per contract year."""
    currency: str
    """The policy's currency, which every amount is in."""

    def _total(self, field: str) -> Money:
        total = Money.zero(self.currency)
        for year in self.years:
            total += getattr(year, field)
        return total

    @property
    def allocated(self) -> Money:
        """What the whole term earns."""
        return self._total("allocated")

    @property
    def spent(self) -> Money:
        """What was spent over the whole term."""
        return self._total("spent")

    @property
    def committed(self) -> Money:
        """What is planned or approved over the whole term."""
        return self._total("committed")

    @property
    def expired(self) -> Money:
        """What is lost over the whole term if nothing more is spent."""
        return self._total("expired")


@attrs.frozen(kw_only=True)
class DttaLedger(Model):
    """A JPO's DTTA: policy, contract term and entries, always within budget.

    >>> from jpo_model.dtta.policy import DttaPolicy
    >>> policy = DttaPolicy(annual=Money.of(4000, "USD"), donor="Netherlands")
    >>> ledger = DttaLedger.open(policy, start=pendulum.Date(2026, 3, 10), months=24)
    >>> course = DttaEntry(date=pendulum.Date(2026, 6, 1), category=DttaCategory.COURSE,
    ...                    description="Course", amount=Money.of(1500, "USD"),
    ...                    status=DttaEntryStatus.SPENT)
    >>> ledger = ledger.add(course)
    >>> [str(year.available) for year in ledger.statement().years]
    ['USD 2,500.00', 'USD 6,500.00']
    """

    policy: DttaPolicy
    """The terms the funds come with."""
    term: ContractTerm
    """The assignment's start, initial months and extensions."""
    entries: tuple[DttaEntry, ...] = ()
    """Planned, approved and spent entries, in the order recorded."""

    def _invariants(self) -> Iterator[ErrorDetail]:
        for i, entry in enumerate(self.entries):
            for reason in self._fixed_reasons(entry):
                yield problem(reason.message, entry.description, f"entries[{i}]")
        for year in self.statement().years:
            if year.available.amount < 0:
                count = len(self.entries)
                entries = "1 entry overdraws" if count == 1 else f"{count} entries overdraw"
                yield problem(
                    f"{entries} contract year {year.year.number} by {-year.available}",
                    count,
                    "entries",
                )

    @classmethod
    def open(
        cls,
        policy: DttaPolicy,
        *,
        start: pendulum.Date,
        months: int,
        extensions: Sequence[ContractExtension] = (),
    ) -> DttaLedger:
        """An empty ledger for an assignment starting on ``start`` for ``months`` months."""
        term = ContractTerm(start=start, initial_months=months, extensions=tuple(extensions))
        return cls(policy=policy, term=term)

    def add(self, entry: DttaEntry) -> DttaLedger:
        """A new ledger with the entry added.

        Raises `ValidationError` when the entry breaks the budget or the policy; call
        `check` first to get the reasons as a value.
        """
        return attrs.evolve(self, entries=(*self.entries, entry))

    def replace(self, old: DttaEntry, new: DttaEntry) -> DttaLedger:
        """A new ledger with an entry replaced, e.g. a planned one now approved or spent."""
        if old not in self.entries:
            raise ValueError(f"the ledger has no entry {old.description!r} of {old.date}")
        index = self.entries.index(old)
        entries = (*self.entries[:index], new, *self.entries[index + 1 :])
        return attrs.evolve(self, entries=entries)

    @property
    def currency(self) -> str:
        """The currency every balance is counted in."""
        return self.policy.annual.currency

    @property
    def last_use(self) -> pendulum.Date:
        """The last day funds may be used (the spend cut-off before the contract ends)."""
        cutoff = self.term.funded_until.subtract(months=self.policy.spend_cutoff_months)
        return cutoff.subtract(days=1)

    @property
    def last_request(self) -> pendulum.Date:
        """The last day a request may be made before the contract ends."""
        cutoff = self.term.funded_until.subtract(months=self.policy.request_cutoff_months)
        return cutoff.subtract(days=1)

    def year_of(self, day: pendulum.Date) -> ContractYear | None:
        """The donor-funded contract year a day falls in, if any."""
        return next((year for year in self.term.years() if year.contains(day)), None)

    def value(self, entry: DttaEntry) -> Money | None:
        """An entry's cost in the policy's currency, or ``None`` when it has no usable rate."""
        if entry.amount.currency == self.currency:
            return entry.amount
        if entry.rate is not None and entry.rate.converts(entry.amount.currency, self.currency):
            return entry.rate.convert(entry.amount)
        return None

    def statement(self) -> DttaStatement:
        """The balance of every contract year (entry order never changes it)."""
        years = self.term.years()
        number = {year.number: i for i, year in enumerate(years)}
        spent = [0] * len(years)
        committed = [0] * len(years)
        for entry in self.entries:
            year, value = self.year_of(entry.date), self.value(entry)
            if year is None or value is None:
                continue
            column = spent if entry.status is DttaEntryStatus.SPENT else committed
            column[number[year.number]] += value.minor_units
        statements: list[DttaYearStatement] = []
        carried_in = 0
        for i, year in enumerate(years):
            allocated = self.policy.allocation(year).minor_units
            available = allocated + carried_in - spent[i] - committed[i]
            passes = self.policy.carry_over and i < len(years) - 1
            carried_out = available if passes else 0
            expired = 0 if passes else available
            statements.append(
                DttaYearStatement(
                    year=year,
                    allocated=self._money(allocated),
                    carried_in=self._money(carried_in),
                    spent=self._money(spent[i]),
                    committed=self._money(committed[i]),
                    available=self._money(available),
                    carried_out=self._money(carried_out),
                    expired=self._money(expired),
                    expires_after=min(year.last_day, self.last_use) if expired > 0 else None,
                )
            )
            carried_in = carried_out
        return DttaStatement(years=tuple(statements), currency=self.currency)

    def expiring(self) -> tuple[DttaExpiry, ...]:
        """What is lost if nothing more is spent, and the last day each amount can be used.

        >>> from jpo_model.dtta.policy import DttaPolicy
        >>> policy = DttaPolicy(annual=Money.of(4000, "USD"))
        >>> ledger = DttaLedger.open(policy, start=pendulum.Date(2026, 3, 10), months=24)
        >>> [(str(e.amount), e.last_use.isoformat()) for e in ledger.expiring()]
        [('USD 8,000.00', '2028-02-09')]
        """
        return tuple(
            DttaExpiry(year=year.year.number, amount=year.expired, last_use=last_use)
            for year in self.statement().years
            if (last_use := year.expires_after) is not None
        )

    def check(self, entry: DttaEntry, *, on: pendulum.Date) -> DttaDecision:
        """Whether an entry requested (or, if spent, claimed) ``on`` a day may be added.

        Returns every reason it is refused: outside the term, excluded use, no rate, over
        budget or advancing later years' funds, overdrawing a later year, and the time
        limits (spend cut-off, request cut-off and lead time, claims window).

        >>> from jpo_model.dtta.policy import DttaPolicy
        >>> policy = DttaPolicy(annual=Money.of(4000, "USD"))
        >>> ledger = DttaLedger.open(policy, start=pendulum.Date(2026, 3, 10), months=24)
        >>> entry = DttaEntry(date=pendulum.Date(2026, 9, 1), category=DttaCategory.COURSE,
        ...                   description="Course", amount=Money.of(5000, "USD"))
        >>> decision = ledger.check(entry, on=pendulum.Date(2026, 7, 1))
        >>> decision.allowed, [r.refusal.value for r in decision.reasons]
        (False, ['advances-later-funds'])
        """
        reasons = [*self._fixed_reasons(entry), *self._timing_reasons(entry, on)]
        year, value = self.year_of(entry.date), self.value(entry)
        if year is not None and value is not None:
            reasons.extend(self._budget_reasons(year, value))
        return DttaDecision(
            entry=entry,
            reasons=tuple(reasons),
            value=value,
            year=year.number if year is not None else None,
        )

    def _money(self, units: int) -> Money:
        return Money.from_minor_units(units, self.currency)

    def _fixed_reasons(self, entry: DttaEntry) -> Iterator[DttaReason]:
        """Reasons that do not depend on the request day or on other entries."""
        policy = self.policy
        if self.year_of(entry.date) is None:
            yield _reason(
                DttaRefusal.OUTSIDE_TERM,
                f"{entry.date} is outside the donor-funded term "
                f"{self.term.start} to {self.term.last_day}",
            )
        elif entry.date > self.last_use:
            yield _reason(
                DttaRefusal.AFTER_SPEND_CUTOFF,
                f"funds must be used by {self.last_use}, "
                f"{_before_the_end(policy.spend_cutoff_months)}",
            )
        yield from _category_reasons(policy, entry)
        if self.value(entry) is None:
            yield _reason(
                DttaRefusal.NO_EXCHANGE_RATE,
                f"{entry.amount.currency} needs a rate into {self.currency}",
            )
        elif (
            entry.status is DttaEntryStatus.SPENT
            and entry.rate is not None
            and not entry.rate.applies_on(entry.date)
        ):
            yield _reason(
                DttaRefusal.RATE_NOT_VALID,
                f"the rate applies from {entry.rate.valid_from} to {entry.rate.valid_until}, "
                f"not on the payment date {entry.date}",
            )

    def _timing_reasons(self, entry: DttaEntry, on: pendulum.Date) -> Iterator[DttaReason]:
        policy = self.policy
        if entry.status is DttaEntryStatus.SPENT:
            window = entry.date.add(months=policy.claims_window_months)
            if on > window:
                yield _reason(
                    DttaRefusal.CLAIM_WINDOW_CLOSED,
                    f"a claim for a payment on {entry.date} is due by {window}",
                )
            return
        if on > self.last_request:
            yield _reason(
                DttaRefusal.REQUEST_TOO_LATE,
                f"requests are due by {self.last_request}, "
                f"{_before_the_end(policy.request_cutoff_months)}",
            )
        lead = entry.date.toordinal() - on.toordinal()
        needed = policy.request_lead_days
        if lead < needed:
            yield _reason(
                DttaRefusal.LEAD_TIME_TOO_SHORT,
                f"{_requested(lead, entry.date)}; at least {_count(needed, 'day', 'days')} "
                f"{'is' if needed == 1 else 'are'} needed",
            )

    def _budget_reasons(self, year: ContractYear, value: Money) -> Iterator[DttaReason]:
        years = self.statement().years
        own = years[year.number - 1]
        later = years[year.number :]
        if value > own.available:
            later_allocations = sum((y.allocated for y in later), Money.zero(self.currency))
            if value <= own.available + later_allocations:
                yield _reason(
                    DttaRefusal.ADVANCES_LATER_FUNDS,
                    f"{value} exceeds the {own.available} available in contract year "
                    f"{year.number}; later years' funds cannot be advanced",
                )
            else:
                yield _reason(
                    DttaRefusal.OVER_BUDGET,
                    f"{value} exceeds the {own.available} available in contract year {year.number}",
                )
        elif self.policy.carry_over:
            short = next((y for y in later if y.available < value), None)
            if short is not None:
                yield _reason(
                    DttaRefusal.OVERDRAWS_LATER_YEAR,
                    f"contract year {short.year.number} would be overdrawn by "
                    f"{value - short.available}: its commitments use the funds carried to it",
                )


def _reason(refusal: DttaRefusal, message: str) -> DttaReason:
    return DttaReason(refusal=refusal, message=message)


def _count(number: int, one: str, many: str) -> str:
    """A count with its noun in the right number: "1 day", "0 days", "183 days"."""
    return f"{number} {one if number == 1 else many}"


def _requested(lead: int, day: pendulum.Date) -> str:
    """When a request was made, ``lead`` days before ``day`` (after it when negative)."""
    if lead == 0:
        return f"requested on {day} itself"
    when = "before" if lead > 0 else "after"
    return f"requested {_count(abs(lead), 'day', 'days')} {when} {day}"


def _before_the_end(months: int) -> str:
    """How long before the contract ends a cut-off falls, in words."""
    if months == 0:
        return "the last day of the contract"
    return f"{_count(months, 'month', 'months')} before the contract ends"


# Each category as a sentence names it ("DTTA pays for language training only ...").
_IN_WORDS = {
    DttaCategory.COURSE: "courses",
    DttaCategory.ONLINE_COURSE: "online courses",
    DttaCategory.WORKSHOP: "workshops",
    DttaCategory.SEMINAR: "seminars",
    DttaCategory.LEARNING_ASSIGNMENT: "learning assignments",
    DttaCategory.OFFICIAL_MISSION: "official missions",
    DttaCategory.ORIENTATION: "the orientation programme",
    DttaCategory.LANGUAGE_TRAINING: "language training",
    DttaCategory.COMPUTER_TRAINING: "computer training",
}


def _category_reasons(policy: DttaPolicy, entry: DttaEntry) -> Iterator[DttaReason]:
    category = entry.category
    if category in policy.eligible:
        return
    why = entry.justification or TrainingJustification()
    name = _IN_WORDS[category]
    if category in policy.authorisable:
        if not why.exceptionally_authorised:
            yield _reason(
                DttaRefusal.NEEDS_AUTHORISATION,
                f"DTTA pays for {name} only if exceptionally authorised",
            )
        return
    if category not in policy.excepted:
        yield _reason(DttaRefusal.CATEGORY_EXCLUDED, f"DTTA does not pay for {name}")
        return
    if not why.required_by_post:
        yield _reason(
            DttaRefusal.NOT_REQUIRED_BY_POST,
            f"DTTA pays for {name} only if the post requires it",
        )
    if not why.supervisor_approved:
        yield _reason(
            DttaRefusal.NO_SUPERVISOR_APPROVAL,
            f"DTTA pays for {name} only with the supervisor's approval",
        )
    if not why.no_free_option:
        yield _reason(
            DttaRefusal.FREE_OPTION_EXISTS,
            f"DTTA pays for {name} only if no free option exists",
        )
