"""Eligibility assessment: apply a post's rules to a candidate, with reasons.

`assess` answers eligible, not eligible or needs review, with one `Finding` per rule the
post states (age, nationality, education level, field and location, experience, the
UN-system ceiling, each language requirement), each explained with the numbers it used.
A machine never guesses a judgement: unknown relevance or a "related field" makes a
finding (and the assessment) need review. `screen` applies one post to many candidates,
precomputing the post's rules once; per candidate it applies every rule (no rule is
skipped because an earlier one failed) with plain date-ordinal and integer arithmetic,
and writes a finding's explanation only when it is read.

Conventions beyond `jpo_model.experience_counting`:

- A degree counts if completed on or before ``on`` (or, when the rules require the degree
  by the deadline and the post has one, on or before the deadline's date).
- "Only experience after the first-level degree" starts the day after the earliest degree
  held was completed.
- A substitution accepted "in exceptional cases" needs review: a person decides.
- The upper end of an experience range ("two to three years") is guidance, never decisive
  by machine: exceeding it needs review.
- Fields of study are an open vocabulary: a field that is not listed word for word needs
  review, never a silent fail.
- Age limits use `LeapDayBirthday.MARCH_1`; unstated military service counts as none.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Iterator
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

import attrs

from jpo_model.candidate import Candidate
from jpo_model.posts import Post

if TYPE_CHECKING:
    from jpo_model._screening import Rule

__all__ = ["Assessment", "Criterion", "Finding", "Number", "Verdict", "assess", "screen"]

Number = int | Decimal | date | str
"""A value a finding used; its text (``str``) appears in the finding's explanation."""


class Verdict(enum.Enum):
    """The outcome of a rule, or of a whole assessment."""

    ELIGIBLE = "eligible"
    NEEDS_REVIEW = "needs-review"
    """A person must decide (unknown relevance, a related field, an exceptional case)."""
    INELIGIBLE = "ineligible"


class Criterion(enum.Enum):
    """Which rule a finding is about."""

    AGE = "age"
    NATIONALITY = "nationality"
    EDUCATION_LEVEL = "education-level"
    EDUCATION_FIELD = "education-field"
    EDUCATION_LOCATION = "education-location"
    EXPERIENCE = "experience"
    UN_EXPERIENCE_CEILING = "un-experience-ceiling"
    LANGUAGE = "language"


@attrs.frozen(kw_only=True, eq=False, repr=False)
class Finding:
    """The outcome of one rule for one candidate, with the numbers it used.

    The verdict and the numbers are worked out for every rule the post states; the
    explanation is written from them each time it is read, so screening many candidates
    only pays for the text it prints. Two findings are equal when their rule, verdict,
    numbers and explanation are.
    """

    verdict: Verdict
    """Eligible, ineligible or needs review on this rule alone (for a non-decisive
    rule: whether the candidate meets it)."""
    numbers: tuple[tuple[str, Number], ...]
    """The numbers used, by name (``dict(finding.numbers)`` for look-ups)."""
    _rule: Rule = attrs.field(alias="rule")
    _candidate: Candidate = attrs.field(alias="candidate")

    @property
    def criterion(self) -> Criterion:
        """The rule applied."""
        return self._rule.criterion

    @property
    def decisive(self) -> bool:
        """Whether the rule decides eligibility (desirable languages do not)."""
        return self._rule.decisive

    @property
    def explanation(self) -> str:
        """Plain-language reasons, naming every number used (written when read)."""
        return self._rule.explain(self._candidate, self)

    def _key(self) -> tuple[object, ...]:
        return (self.criterion, self.verdict, self.decisive, self.numbers, self.explanation)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Finding):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return (
            f"Finding(criterion={self.criterion!r}, verdict={self.verdict!r}, "
            f"decisive={self.decisive!r}, explanation={self.explanation!r})"
        )


@attrs.frozen(kw_only=True, eq=False)
class Assessment:
    """A candidate's eligibility for a post: the overall verdict and one finding per rule.

    INELIGIBLE if any decisive finding is ineligible, else NEEDS_REVIEW if any needs review,
    else ELIGIBLE. Built by `assess` and `screen`, which apply every rule the post states
    (no rule is skipped because an earlier one failed); only the findings' explanations
    are written later, when read. Two assessments are equal when their verdicts and
    findings are.
    """

    verdict: Verdict
    """The overall verdict."""
    candidate: Candidate
    """The candidate assessed."""
    findings: tuple[Finding, ...]
    """One finding per rule the post states, in a fixed order."""

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Assessment):
            return NotImplemented
        return self.verdict is other.verdict and self.findings == other.findings

    def __hash__(self) -> int:
        return hash((self.verdict, self.findings))


def assess(post: Post, candidate: Candidate, *, on: date) -> Assessment:
    """Assess a candidate against a post's rules on the day ``on`` (the application day).

    >>> import pendulum
    >>> from jpo_model import examples, Candidate
    >>> post = examples.load("ohchr-25p153")
    >>> candidate = Candidate(
    ...     birth_date=pendulum.Date(1993, 12, 31), nationalities=frozenset({"KE"}))
    >>> result = assess(post, candidate, on=pendulum.Date(2026, 3, 1))
    >>> result.verdict
    <Verdict.INELIGIBLE: 'ineligible'>
    >>> result.findings[0].explanation
    'born 1993-12-31, before 1994-01-01: aged 33 on 2026-12-31, above the limit of 32 or below'
    """
    from jpo_model._screening import Screening  # noqa: PLC0415 - it reads this module's types

    return Screening(post, on).assess(candidate)


def screen(post: Post, candidates: Iterable[Candidate], *, on: date) -> Iterator[Assessment]:
    """Assess many candidates against one post, in order, precomputing its rules once.

    >>> import pendulum
    >>> from jpo_model import examples, Candidate
    >>> people = [Candidate(birth_date=pendulum.Date(y, 6, 1), nationalities=frozenset({"KE"}))
    ...           for y in (1990, 2000)]
    >>> [a.findings[0].verdict.value for a in screen(
    ...     examples.load("ohchr-25p153"), people, on=pendulum.Date(2026, 3, 1))]
    ['ineligible', 'eligible']
    """
    from jpo_model._screening import Screening  # noqa: PLC0415 - it reads this module's types

    return map(Screening(post, on).assess, candidates)
