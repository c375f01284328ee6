"""What an eligibility assessment says: a verdict per rule, with the numbers it used.

`Finding` and `Assessment` are the results `jpo_model.eligibility.assessment` and `screen`
return; `Rule` is what a finding refers to (its criterion, whether it decides, and how its
explanation is written). A finding's explanation is written only when it is read.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from datetime import date
from decimal import Decimal

import attrs

from jpo_model.eligibility.candidate import Candidate

__all__ = ["Assessment", "Criterion", "Finding", "Number", "Rule", "Verdict"]

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


@attrs.frozen
class Rule:
    """One rule of a post, as its findings refer to it: what it is and how it explains."""

    criterion: Criterion
    decisive: bool
    explain: Callable[[Candidate, Finding], str]


# A screening creates one finding per rule and candidate: hundreds of thousands a second.
# The generated __init__ of a frozen class costs twice what setting the slots directly
# does, so `new_finding` and `new_assessment` set them; the attributes are the same.
_new = object.__new__
_SET_VERDICT, _SET_NUMBERS, _SET_RULE, _SET_CANDIDATE = (
    vars(Finding)[name].__set__ for name in ("verdict", "numbers", "_rule", "_candidate")
)
_SET_OVERALL, _SET_SUBJECT, _SET_FINDINGS = (
    vars(Assessment)[name].__set__ for name in ("verdict", "candidate", "findings")
)


def new_finding(
    rule: Rule, verdict: Verdict, numbers: tuple[tuple[str, Number], ...], candidate: Candidate
) -> Finding:
    """A finding, built without the generated ``__init__`` (the screening's hot path)."""
    finding: Finding = _new(Finding)
    _SET_VERDICT(finding, verdict)
    _SET_NUMBERS(finding, numbers)
    _SET_RULE(finding, rule)
    _SET_CANDIDATE(finding, candidate)
    return finding


def new_assessment(
    verdict: Verdict, candidate: Candidate, findings: tuple[Finding, ...]
) -> Assessment:
    """An assessment, built without the generated ``__init__`` (the screening's hot path)."""
    assessment: Assessment = _new(Assessment)
    _SET_OVERALL(assessment, verdict)
    _SET_SUBJECT(assessment, candidate)
    _SET_FINDINGS(assessment, findings)
    return assessment
