"""The screening pass: a post's precomputed `Plan` applied to candidates, one at a time.

Every rule is applied to every candidate (no rule is skipped because an earlier one
failed); findings that depend only on values many candidates share are worked out once per
screening and shared. A finding's explanation is written from its verdict and numbers only
when it is read.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Hashable
from datetime import date
from typing import TypeVar

from jpo_model.age import age_on
from jpo_model.eligibility._explanations import (
    explain_age,
    explain_ceiling,
    explain_experience,
    explain_field,
    explain_language,
    explain_level,
    explain_location,
    explain_nationality,
)
from jpo_model.eligibility._plan import (
    ELIGIBLE,
    INELIGIBLE,
    LEVEL_BY_RANK,
    RANK_BY_ID,
    REVIEW,
    Numbers,
    Plan,
    languages_met,
)
from jpo_model.eligibility.candidate import Candidate, Degree
from jpo_model.eligibility.experience import days_number
from jpo_model.eligibility.findings import (
    Assessment,
    Criterion,
    Finding,
    Rule,
    new_assessment,
    new_finding,
)
from jpo_model.posts import Post
from jpo_model.qualifications import Necessity

__all__ = ["Screening"]

_Key = TypeVar("_Key", bound=Hashable)
_Value = TypeVar("_Value")
_REMEMBERED = 100_000
"""Distinct findings a screening keeps for sharing, per rule: memory stays bounded."""


def _remember(cache: dict[_Key, _Value], key: _Key, value: _Value) -> None:
    """Keep a shared finding for later candidates, unless the cache is full."""
    if len(cache) < _REMEMBERED:
        cache[key] = value


class Screening(Plan):
    """A plan with its rules' findings: assesses candidates and shares common findings."""

    def __init__(self, post: Post, on: date) -> None:
        super().__init__(post, on)
        self._age_findings: dict[object, Finding] = {}
        self._nationality_findings: dict[frozenset[str], Finding] = {}
        self._level_findings: dict[tuple[int, int, int], Finding] = {}
        self._ceiling_findings: dict[int, Finding] = {}
        self._language_findings: dict[
            tuple[tuple[str, int], ...], tuple[tuple[Finding, ...], bool]
        ] = {}
        self.language_rules = tuple(
            (
                Rule(
                    Criterion.LANGUAGE,
                    decisive=requirement.necessity is Necessity.REQUIRED,
                    explain=functools.partial(explain_language, requirement),
                ),
                wanted,
                rank,
                count,
                count_pair,
            )
            for requirement, wanted, rank, count, count_pair in self.language_asks
        )
        self.age_rule = self._rule(Criterion.AGE, explain_age)
        self.nationality_rule = self._rule(Criterion.NATIONALITY, explain_nationality)
        self.level_rule = self._rule(Criterion.EDUCATION_LEVEL, explain_level)
        self.field_rule = self._rule(Criterion.EDUCATION_FIELD, explain_field)
        self.location_rule = self._rule(Criterion.EDUCATION_LOCATION, explain_location)
        self.experience_rule = self._rule(Criterion.EXPERIENCE, explain_experience)
        self.ceiling_rule = self._rule(Criterion.UN_EXPERIENCE_CEILING, explain_ceiling)

    def _rule(
        self, criterion: Criterion, explain: Callable[[Plan, Candidate, Finding], str]
    ) -> Rule:
        """A decisive rule whose findings this screening explains."""
        return Rule(criterion, decisive=True, explain=functools.partial(explain, self))

    def assess(self, candidate: Candidate) -> Assessment:  # noqa: C901, PLR0912, PLR0915 - every rule, inline: the hot path
        """Every rule's finding, in a fixed order, and the overall verdict they give."""
        findings: list[Finding] = []
        failed = review = age_pending = False
        # Findings that depend only on values many candidates share (a birth date, a set
        # of nationalities, the highest degree, UN-system days, the languages spoken) are
        # worked out once per screening and shared: their explanations read only those.
        if self.age is not None:
            birth, months = candidate.birth_date.toordinal(), candidate.military_service_months
            key: object = (birth, months) if months else birth
            finding = self._age_findings.get(key)
            if finding is None:
                finding = self._age_finding(candidate)
                _remember(self._age_findings, key, finding)
            if (
                finding.verdict is not ELIGIBLE
                and self.age_alternatives
                and self._within_an_alternative(birth, months or 0)
            ):
                age_pending = True  # decided once the degrees held are known
            else:
                failed = finding.verdict is INELIGIBLE
                review = finding.verdict is REVIEW
            findings.append(finding)
        if self.nationality is not None:
            finding = self._nationality_findings.get(candidate.nationalities)
            if finding is None:
                finding = self._nationality_finding(candidate)
                _remember(self._nationality_findings, candidate.nationalities, finding)
            failed = failed or finding.verdict is INELIGIBLE
            findings.append(finding)
        degrees = candidate.degrees
        held = []
        top = earliest = 0
        cutoff = self.degree_cutoff_ordinal
        for degree in degrees:
            completed = degree.completed.toordinal()
            if completed <= cutoff:
                held.append(degree)
                rank = RANK_BY_ID[id(degree.level)]
                if rank > top:  # noqa: PLR1730 - plain comparisons: cheaper than max here
                    top = rank
                if not earliest or completed < earliest:
                    earliest = completed
        if age_pending:
            finding = self._alternative_finding(candidate, held, findings[0])
            findings[0] = finding
            failed = failed or finding.verdict is INELIGIBLE
            review = review or finding.verdict is REVIEW
        level_verdict, _, plan = self.by_top[top]
        if level_verdict is not None:
            key = (top, len(held), len(degrees))
            finding = self._level_findings.get(key)
            if finding is None:
                finding = self._level_finding(candidate, top, len(held))
                _remember(self._level_findings, key, finding)
            failed = failed or level_verdict is INELIGIBLE
            review = review or level_verdict is REVIEW
            findings.append(finding)
        if self.fields:
            verdict = REVIEW
            fields = self.fields
            for degree in held:
                if degree.field.casefold() in fields:
                    verdict = ELIGIBLE
                    break
            else:
                review = True
            numbers: Numbers = (self.fields_count, ("degrees_held", len(held)))
            findings.append(new_finding(self.field_rule, verdict, numbers, candidate))
        if self.location is not None:
            verdict, considered = self._location(held)
            numbers = (("degrees_considered", considered), self.countries_count)
            failed = failed or verdict is INELIGIBLE
            review = review or verdict is REVIEW
            findings.append(new_finding(self.location_rule, verdict, numbers, candidate))
        if plan is not None:
            verdict, low, high = self._experience(plan, earliest, candidate)
            numbers = (("counted_days", days_number(low)), *plan.numbers)
            if high != low:
                numbers += (("counted_days_if_relevant", days_number(high)),)
            if self.maximum_years is not None:
                numbers += (("maximum_years", self.maximum_years),)
            failed = failed or verdict is INELIGIBLE
            review = review or verdict is REVIEW
            findings.append(new_finding(self.experience_rule, verdict, numbers, candidate))
        if self.ceiling is not None:
            days = self._un_days(candidate)
            finding = self._ceiling_findings.get(days)
            if finding is None:
                finding = self._ceiling_finding(candidate, days)
                _remember(self._ceiling_findings, days, finding)
            failed = failed or finding.verdict is INELIGIBLE
            findings.append(finding)
        if self.language_rules:
            languages = tuple([(skill.language, id(skill.level)) for skill in candidate.languages])
            spoken = self._language_findings.get(languages)
            if spoken is None:
                spoken = self._languages(candidate)
                _remember(self._language_findings, languages, spoken)
            failed = failed or spoken[1]
            findings.extend(spoken[0])
        overall = INELIGIBLE if failed else REVIEW if review else ELIGIBLE
        return new_assessment(overall, candidate, tuple(findings))

    def _level_finding(self, candidate: Candidate, top: int, held: int) -> Finding:
        assert self.minimum is not None  # noqa: S101 - only asked with a minimum
        verdict, substitution, _ = self.by_top[top]
        assert verdict is not None  # noqa: S101
        numbers: Numbers = (
            ("highest_degree", LEVEL_BY_RANK[top]),
            ("required_degree", self.minimum.value),
            ("degrees_held", held),
        )
        if substitution is not None:
            numbers += (("additional_experience_years", substitution.additional_experience_years),)
        return new_finding(self.level_rule, verdict, numbers, candidate)

    def _age_finding(self, candidate: Candidate) -> Finding:
        rule = self.age
        assert rule is not None  # noqa: S101 - only asked with an age rule
        months = candidate.military_service_months or 0
        earliest, earliest_date, limit, added = self._age_row(months)
        birth = candidate.birth_date
        reference = self.age_reference
        age = age_on(birth, reference, leap_day=rule.leap_day)
        latest = self.latest_birth
        numbers: Numbers = (("birth_date", birth), ("earliest_birth_date", earliest_date))
        if latest is not None:
            numbers += (("latest_birth_date", latest),)
        numbers += (("reference_date", reference), ("age", age), ("limit", limit))
        if rule.minimum is not None:
            numbers += (("minimum", rule.minimum),)
        if added:
            numbers += (("military_service_months", months), ("years_added", added))
        within = birth.toordinal() >= earliest and (rule.minimum is None or age >= rule.minimum)
        verdict = ELIGIBLE if within else self.age_failure
        return new_finding(self.age_rule, verdict, numbers, candidate)

    def _within_an_alternative(self, birth: int, months: int) -> bool:
        """Born before the rule's earliest date, but within an alternative's limit."""
        rows = self.alternative_rows(months)
        return rows[-1].earliest <= birth < self._age_row(months)[0]

    def _alternative_finding(
        self, candidate: Candidate, held: list[Degree], finding: Finding
    ) -> Finding:
        """The age finding of a candidate above the limit but within an alternative's."""
        months = candidate.military_service_months or 0
        verdict, row, degree = self.alternative_outcome(
            candidate.birth_date.toordinal(), months, held
        )
        assert row is not None  # noqa: S101 - only asked within an alternative's limit
        numbers: Numbers = (
            *finding.numbers,
            ("alternative_limit", row.limit),
            ("alternative_earliest_birth_date", row.earliest_date),
        )
        if degree is not None:
            numbers += (("alternative_degree", degree.field),)
        final = self.age_failure if verdict is None else verdict
        return new_finding(self.age_rule, final, numbers, candidate)

    def _nationality_finding(self, candidate: Candidate) -> Finding:
        accepted = self.nationality
        assert accepted is not None  # noqa: S101 - only asked with a nationality rule
        ok = not accepted.isdisjoint(candidate.nationalities)
        numbers: Numbers = (
            ("nationalities", ", ".join(sorted(candidate.nationalities))),
            ("accepted_count", len(accepted)),
        )
        return new_finding(
            self.nationality_rule, ELIGIBLE if ok else INELIGIBLE, numbers, candidate
        )

    def _languages(self, candidate: Candidate) -> tuple[tuple[Finding, ...], bool]:
        """A finding per language requirement, and whether a required one is not met."""
        findings = []
        failed = False
        for rule, wanted, rank, count, count_pair in self.language_rules:
            met = languages_met(wanted, rank, candidate)
            ok = met >= count
            failed = failed or (rule.decisive and not ok)
            numbers = (count_pair, ("met_count", met))
            findings.append(new_finding(rule, ELIGIBLE if ok else INELIGIBLE, numbers, candidate))
        return tuple(findings), failed

    def _ceiling_finding(self, candidate: Candidate, days: int) -> Finding:
        verdict = ELIGIBLE if days <= self.ceiling_days else INELIGIBLE
        numbers = (("un_system_days", days), *self.ceiling_numbers)
        return new_finding(self.ceiling_rule, verdict, numbers, candidate)
