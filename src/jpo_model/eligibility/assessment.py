"""Eligibility assessment: apply a post's rules to a candidate, with reasons.

`assess` answers eligible, not eligible or needs review, with one `Finding` per rule the
post states (age, nationality, education level, field and location, experience, the
UN-system ceiling, each language requirement), each explained with the numbers it used.
A machine never guesses a judgement: unknown relevance or a "related field" makes a
finding (and the assessment) need review. `screen` applies one post to many candidates,
precomputing the post's rules once; per candidate it applies every rule (no rule is
skipped because an earlier one failed) with plain date-ordinal and integer arithmetic,
and writes a finding's explanation only when it is read.

Conventions beyond `jpo_model.eligibility.experience`:

- A degree counts if completed on or before ``on`` (or, when the rules require the degree
  by the deadline and the post has one, on or before the deadline's date).
- "Only experience after the first-level degree" starts the day after the earliest degree
  held was completed.
- A substitution accepted "in exceptional cases" needs review: a person decides.
- The upper end of an experience range ("two to three years") is guidance, never decisive
  by machine: exceeding it needs review.
- Fields of study are an open vocabulary: a field that is not listed word for word needs
  review, never a silent fail.
- Age limits use the rule's own 29 February convention (`AgeRule.leap_day`, by default
  `LeapDayBirthday.MARCH_1`); a failed limit that may be waived needs review; unstated
  military service counts as none.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date

from jpo_model.eligibility._screening import Screening
from jpo_model.eligibility.candidate import Candidate
from jpo_model.eligibility.findings import Assessment
from jpo_model.posts import Post

__all__ = ["assess", "screen"]


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
    return map(Screening(post, on).assess, candidates)
