"""How `jpo_model.eligibility` applies a post's rules: precomputed once, then per candidate.

`Screening` turns a post's rules on one day into tables (the born-on-or-after date per
months of military service, the verdict and experience requirement per highest degree, the
weight of each kind of experience …) and applies them to candidates with plain date-ordinal
and integer arithmetic. Every rule is applied to every candidate; a finding's explanation
is written from its verdict and numbers only when it is read.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Hashable
from datetime import date
from typing import TypeVar

import attrs

from jpo_model._explanations import (
    explain_age,
    explain_ceiling,
    explain_experience,
    explain_field,
    explain_language,
    explain_level,
    explain_location,
    explain_nationality,
)
from jpo_model.age import age_on
from jpo_model.candidate import Candidate, Degree
from jpo_model.eligibility import Assessment, Criterion, Finding, Number, Verdict
from jpo_model.experience_counting import (
    UNITS_PER_DAY,
    ExperienceTally,
    days_number,
    longest_days_in_months,
    shortest_days_in_years,
    union_days,
)
from jpo_model.posts import Post
from jpo_model.qualifications import (
    DegreeSubstitution,
    EducationLevel,
    EducationRequirement,
    ExperienceCounting,
    Necessity,
    Proficiency,
)

__all__ = ["Rule", "Screening"]

_ELIGIBLE, _REVIEW, _INELIGIBLE = Verdict.ELIGIBLE, Verdict.NEEDS_REVIEW, Verdict.INELIGIBLE
_RANK = {level: level.rank for level in EducationLevel}
# Enum members hash through a Python-level __hash__; the per-candidate lookups below are
# keyed by the members' identities instead (the same members, so the same answers).
_RANK_BY_ID = {id(level): level.rank for level in EducationLevel}
_PROFICIENCY_BY_ID = {id(level): level.rank for level in Proficiency}
_LEVEL_BY_RANK = {0: "none"} | {level.rank: level.value for level in EducationLevel}

_Numbers = tuple[tuple[str, Number], ...]
_Key = TypeVar("_Key", bound=Hashable)
_Value = TypeVar("_Value")
_REMEMBERED = 100_000
"""Distinct findings a screening keeps for sharing, per rule: memory stays bounded."""


def _remember(cache: dict[_Key, _Value], key: _Key, value: _Value) -> None:
    """Keep a shared finding for later candidates, unless the cache is full."""
    if len(cache) < _REMEMBERED:
        cache[key] = value


@attrs.frozen
class _Plan:
    """What the experience rule asks of a candidate whose highest degree is of one rank."""

    required_years: int
    required_units: int
    numbers: _Numbers


@attrs.frozen
class Rule:
    """One rule of a post, as its findings refer to it: what it is and how it explains."""

    criterion: Criterion
    decisive: bool
    explain: Callable[[Candidate, Finding], str]


# A screening creates one finding per rule and candidate: hundreds of thousands a second.
# The generated __init__ of a frozen class costs twice what setting the slots directly
# does, so findings and assessments are built here; the attributes are the same.
_new = object.__new__
_SET_VERDICT, _SET_NUMBERS, _SET_RULE, _SET_CANDIDATE = (
    vars(Finding)[name].__set__ for name in ("verdict", "numbers", "_rule", "_candidate")
)
_SET_OVERALL, _SET_SUBJECT, _SET_FINDINGS = (
    vars(Assessment)[name].__set__ for name in ("verdict", "candidate", "findings")
)


def _finding(rule: Rule, verdict: Verdict, numbers: _Numbers, candidate: Candidate) -> Finding:
    finding: Finding = _new(Finding)
    _SET_VERDICT(finding, verdict)
    _SET_NUMBERS(finding, numbers)
    _SET_RULE(finding, rule)
    _SET_CANDIDATE(finding, candidate)
    return finding


class Screening:
    """One post's rules on one day, precomputed for assessing many candidates."""

    def __init__(self, post: Post, on: date) -> None:  # noqa: PLR0915 - a table per rule
        self.on = on
        self.on_ordinal = on.toordinal()
        rules = post.eligibility
        qualifications = post.qualifications
        self.age = rules.age if rules else None
        self.nationality = rules.nationality.countries if rules and rules.nationality else None
        self.location = rules.education_location if rules else None
        if self.location is not None:
            self.location_levels = frozenset(id(level) for level in self.location.levels)
            self.countries_count = ("countries_listed", len(self.location.countries))
        self.ceiling = rules.un_experience_ceiling if rules else None
        self.education = qualifications.education if qualifications else None
        self.minimum = self.education.minimum if self.education else None
        self.experience = qualifications.experience if qualifications else None
        self.languages = qualifications.languages if qualifications else ()
        self.degree_cutoff = on
        if rules and rules.degree_by_deadline and post.deadline is not None:
            self.degree_cutoff = post.deadline.date
        self.degree_cutoff_ordinal = self.degree_cutoff.toordinal()
        # Per months of military service: born-on-or-after ordinal and date, limit, years added.
        self._age_rows: dict[int, tuple[int, date, int, int]] = {}
        self._age_findings: dict[object, Finding] = {}
        self._nationality_findings: dict[frozenset[str], Finding] = {}
        self._level_findings: dict[tuple[int, int, int], Finding] = {}
        self._ceiling_findings: dict[int, Finding] = {}
        self._language_findings: dict[
            tuple[tuple[str, int], ...], tuple[tuple[Finding, ...], bool]
        ] = {}
        if self.age is not None:
            self.age_reference = self.age.reference_date(on)
            self.earliest_birth = self._age_row(0)[0]
            """The ordinal of the earliest birth date allowed without military service."""
        self.fields_listed = self.education.fields if self.education else ()
        self.fields = frozenset(f.casefold() for f in self.fields_listed)
        self.fields_count = ("fields_listed", len(self.fields_listed))
        counting = (self.experience.counting if self.experience else None) or ExperienceCounting()
        self.counting = counting
        self.tally = ExperienceTally.from_rules(
            counting, relevant_required=self.experience is not None and self.experience.relevant
        )
        self.experience_bounded = self.experience is not None and (
            self.experience.minimum_years is not None or self.experience.maximum_years is not None
        )
        if self.experience is not None and self.experience.maximum_years is not None:
            months = 12 * self.experience.maximum_years
            self.maximum_units = longest_days_in_months(months) * UNITS_PER_DAY
        self.maximum_years = self.experience.maximum_years if self.experience else None
        # Per rank of the highest degree held (0: none held).
        self.by_top = {top: self._by_top(top) for top in (0, *_RANK.values())}
        if self.ceiling is not None:
            self.ceiling_numbers = (
                ("max_months", self.ceiling.max_months),
                ("allowed_days", longest_days_in_months(self.ceiling.max_months)),
            )
            self.ceiling_kinds = frozenset(id(kind) for kind in self.ceiling.kinds)
            self.ceiling_days = longest_days_in_months(self.ceiling.max_months)
        self.language_rules = tuple(
            (
                Rule(
                    Criterion.LANGUAGE,
                    decisive=requirement.necessity is Necessity.REQUIRED,
                    explain=functools.partial(explain_language, requirement),
                ),
                _with_prefixes(requirement.languages),
                requirement.level.rank,
                requirement.count,
                ("required_count", requirement.count),
            )
            for requirement in self.languages
        )
        self.age_rule = self._rule(Criterion.AGE, explain_age)
        self.nationality_rule = self._rule(Criterion.NATIONALITY, explain_nationality)
        self.level_rule = self._rule(Criterion.EDUCATION_LEVEL, explain_level)
        self.field_rule = self._rule(Criterion.EDUCATION_FIELD, explain_field)
        self.location_rule = self._rule(Criterion.EDUCATION_LOCATION, explain_location)
        self.experience_rule = self._rule(Criterion.EXPERIENCE, explain_experience)
        self.ceiling_rule = self._rule(Criterion.UN_EXPERIENCE_CEILING, explain_ceiling)

    def _rule(
        self, criterion: Criterion, explain: Callable[[Screening, Candidate, Finding], str]
    ) -> Rule:
        """A decisive rule whose findings this screening explains."""
        return Rule(criterion, decisive=True, explain=functools.partial(explain, self))

    def assess(self, candidate: Candidate) -> Assessment:  # noqa: C901, PLR0912, PLR0915 - every rule, inline: the hot path
        """Every rule's finding, in a fixed order, and the overall verdict they give."""
        findings: list[Finding] = []
        failed = review = False
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
            failed = finding.verdict is _INELIGIBLE
            findings.append(finding)
        if self.nationality is not None:
            finding = self._nationality_findings.get(candidate.nationalities)
            if finding is None:
                finding = self._nationality_finding(candidate)
                _remember(self._nationality_findings, candidate.nationalities, finding)
            failed = failed or finding.verdict is _INELIGIBLE
            findings.append(finding)
        degrees = candidate.degrees
        held = []
        top = earliest = 0
        cutoff = self.degree_cutoff_ordinal
        for degree in degrees:
            completed = degree.completed.toordinal()
            if completed <= cutoff:
                held.append(degree)
                rank = _RANK_BY_ID[id(degree.level)]
                if rank > top:  # noqa: PLR1730 - plain comparisons: cheaper than max here
                    top = rank
                if not earliest or completed < earliest:
                    earliest = completed
        level_verdict, _, plan = self.by_top[top]
        if level_verdict is not None:
            key = (top, len(held), len(degrees))
            finding = self._level_findings.get(key)
            if finding is None:
                finding = self._level_finding(candidate, top, len(held))
                _remember(self._level_findings, key, finding)
            failed = failed or level_verdict is _INELIGIBLE
            review = review or level_verdict is _REVIEW
            findings.append(finding)
        if self.fields:
            verdict = _REVIEW
            fields = self.fields
            for degree in held:
                if degree.field.casefold() in fields:
                    verdict = _ELIGIBLE
                    break
            else:
                review = True
            numbers: _Numbers = (self.fields_count, ("degrees_held", len(held)))
            findings.append(_finding(self.field_rule, verdict, numbers, candidate))
        if self.location is not None:
            verdict, considered = self._location(held)
            numbers = (("degrees_considered", considered), self.countries_count)
            failed = failed or verdict is _INELIGIBLE
            review = review or verdict is _REVIEW
            findings.append(_finding(self.location_rule, verdict, numbers, candidate))
        if plan is not None:
            verdict, low, high = self._experience(plan, earliest, candidate)
            numbers = (("counted_days", days_number(low)), *plan.numbers)
            if high != low:
                numbers += (("counted_days_if_relevant", days_number(high)),)
            if self.maximum_years is not None:
                numbers += (("maximum_years", self.maximum_years),)
            failed = failed or verdict is _INELIGIBLE
            review = review or verdict is _REVIEW
            findings.append(_finding(self.experience_rule, verdict, numbers, candidate))
        if self.ceiling is not None:
            days = self._un_days(candidate)
            finding = self._ceiling_findings.get(days)
            if finding is None:
                finding = self._ceiling_finding(candidate, days)
                _remember(self._ceiling_findings, days, finding)
            failed = failed or finding.verdict is _INELIGIBLE
            findings.append(finding)
        if self.language_rules:
            languages = tuple([(skill.language, id(skill.level)) for skill in candidate.languages])
            spoken = self._language_findings.get(languages)
            if spoken is None:
                spoken = self._languages(candidate)
                _remember(self._language_findings, languages, spoken)
            failed = failed or spoken[1]
            findings.extend(spoken[0])
        overall = _INELIGIBLE if failed else _REVIEW if review else _ELIGIBLE
        assessment: Assessment = _new(Assessment)
        _SET_OVERALL(assessment, overall)
        _SET_SUBJECT(assessment, candidate)
        _SET_FINDINGS(assessment, tuple(findings))
        return assessment

    def _level_finding(self, candidate: Candidate, top: int, held: int) -> Finding:
        assert self.minimum is not None  # noqa: S101 - only asked with a minimum
        verdict, substitution, _ = self.by_top[top]
        assert verdict is not None  # noqa: S101
        numbers: _Numbers = (
            ("highest_degree", _LEVEL_BY_RANK[top]),
            ("required_degree", self.minimum.value),
            ("degrees_held", held),
        )
        if substitution is not None:
            numbers += (("additional_experience_years", substitution.additional_experience_years),)
        return _finding(self.level_rule, verdict, numbers, candidate)

    def _age_finding(self, candidate: Candidate) -> Finding:
        months = candidate.military_service_months or 0
        earliest, earliest_date, limit, added = self._age_row(months)
        birth = candidate.birth_date
        reference = self.age_reference
        numbers: _Numbers = (
            ("birth_date", birth),
            ("earliest_birth_date", earliest_date),
            ("reference_date", reference),
            ("age", age_on(birth, reference)),
            ("limit", limit),
        )
        if added:
            numbers += (("military_service_months", months), ("years_added", added))
        verdict = _ELIGIBLE if birth.toordinal() >= earliest else _INELIGIBLE
        return _finding(self.age_rule, verdict, numbers, candidate)

    def _nationality_finding(self, candidate: Candidate) -> Finding:
        accepted = self.nationality
        assert accepted is not None  # noqa: S101 - only asked with a nationality rule
        ok = not accepted.isdisjoint(candidate.nationalities)
        numbers: _Numbers = (
            ("nationalities", ", ".join(sorted(candidate.nationalities))),
            ("accepted_count", len(accepted)),
        )
        return _finding(self.nationality_rule, _ELIGIBLE if ok else _INELIGIBLE, numbers, candidate)

    def _languages(self, candidate: Candidate) -> tuple[tuple[Finding, ...], bool]:
        """A finding per language requirement, and whether a required one is not met."""
        findings = []
        failed = False
        for rule, wanted, rank, count, count_pair in self.language_rules:
            met = _languages_met(wanted, rank, candidate)
            ok = met >= count
            failed = failed or (rule.decisive and not ok)
            numbers = (count_pair, ("met_count", met))
            findings.append(_finding(rule, _ELIGIBLE if ok else _INELIGIBLE, numbers, candidate))
        return tuple(findings), failed

    def _ceiling_finding(self, candidate: Candidate, days: int) -> Finding:
        verdict = _ELIGIBLE if days <= self.ceiling_days else _INELIGIBLE
        numbers = (("un_system_days", days), *self.ceiling_numbers)
        return _finding(self.ceiling_rule, verdict, numbers, candidate)

    # The rules, one method each.

    def _age_row(self, months: int) -> tuple[int, date, int, int]:
        """Born-on-or-after ordinal and date, the limit and the years added, per service."""
        row = self._age_rows.get(months)
        if row is None:
            rule = self.age
            assert rule is not None  # noqa: S101 - only asked with an age rule
            earliest = rule.earliest_birth_date(self.on, military_service_months=months)
            added = rule.years_added(months)
            row = self._age_rows[months] = (
                earliest.toordinal(),
                earliest,
                rule.limit + added,
                added,
            )
        return row

    def held(self, candidate: Candidate) -> list[Degree]:
        """The degrees completed by the cutoff day."""
        cutoff = self.degree_cutoff_ordinal
        return [d for d in candidate.degrees if d.completed.toordinal() <= cutoff]

    def top_rank(self, candidate: Candidate) -> int:
        """The rank of the highest degree the candidate holds (0: none)."""
        return max([_RANK_BY_ID[id(d.level)] for d in self.held(candidate)], default=0)

    def _by_top(self, top: int) -> tuple[Verdict | None, DegreeSubstitution | None, _Plan | None]:
        """What follows from the rank of the highest degree held (0: none).

        The education-level verdict (``None`` without a minimum), the substitution that
        applies, and what the experience rule asks (``None`` if it does not apply).
        """
        education, minimum = self.education, self.minimum
        verdict: Verdict | None = None
        substitution = None
        if education is not None and minimum is not None:
            if top >= minimum.rank:
                verdict = _ELIGIBLE
            else:
                substitution = _substitution(education, top)
                if substitution is not None:
                    verdict = _REVIEW if substitution.exceptional else _ELIGIBLE
                elif education.equivalent_experience_accepted:
                    verdict = _REVIEW
                else:
                    verdict = _INELIGIBLE
        experience = self.experience
        if experience is None or not (
            self.experience_bounded
            or (substitution is not None and substitution.additional_experience_years > 0)
        ):
            return verdict, substitution, None
        years = experience.minimum_years or 0
        if substitution is not None:
            years += substitution.additional_experience_years
        days = shortest_days_in_years(years)
        plan = _Plan(
            required_years=years,
            required_units=days * UNITS_PER_DAY,
            numbers=(("required_years", years), ("required_days", days)),
        )
        return verdict, substitution, plan

    def _location(self, held: list[Degree]) -> tuple[Verdict, int]:
        """The verdict and how many degrees held are of a level the rule considers."""
        rule, levels = self.location, self.location_levels
        assert rule is not None  # noqa: S101 - only asked with a location rule
        countries = rule.countries
        verdict = _INELIGIBLE
        considered = 0
        for degree in held:
            if id(degree.level) in levels:
                considered += 1
                if degree.countries <= countries:
                    verdict = _ELIGIBLE
                elif verdict is _INELIGIBLE and not degree.countries.isdisjoint(countries):
                    verdict = _REVIEW
        return verdict, considered

    def first_counted(self, earliest: int) -> int:
        """The ordinal of the first day whose experience counts.

        ``earliest``: the ordinal of the earliest degree held (0: none held).
        """
        if not self.counting.only_after_first_degree:
            return 1
        if earliest:
            return earliest + 1
        return self.on_ordinal + 1

    def _experience(
        self, plan: _Plan, earliest: int, candidate: Candidate
    ) -> tuple[Verdict, int, int]:
        """Verdict, and the low and high units counted.

        High (periods of unknown relevance proving relevant) is reported only where it can
        change the verdict: below the minimum, or when the post states a maximum.
        """
        required = plan.required_units
        low, high = self.tally.count(
            candidate.experience,
            self.first_counted(earliest),
            self.on_ordinal,
            enough=required if self.maximum_years is None else None,
        )
        if low >= required and self.maximum_years is None:
            return _ELIGIBLE, low, low
        assert high is not None  # noqa: S101 - worked out below the minimum or with a maximum
        if low >= required:
            return (_REVIEW if high > self.maximum_units else _ELIGIBLE), low, high
        if high < required:
            return _INELIGIBLE, low, high
        return _REVIEW, low, high

    def _un_days(self, candidate: Candidate) -> int:
        """Days of UN-system experience of the kinds the ceiling counts, each day once."""
        last = self.on_ordinal
        kinds = self.ceiling_kinds
        spans = []
        for period in candidate.experience:
            if period.un_system and id(period.kind) in kinds:
                start = period.start.toordinal()
                end = last if period.end is None else min(period.end.toordinal(), last)
                if end >= start:
                    spans.append((start, end + 1))
        if not spans:
            return 0
        if len(spans) == 1:
            return spans[0][1] - spans[0][0]
        return union_days(spans)


def _substitution(education: EducationRequirement | None, top: int) -> DegreeSubstitution | None:
    if education is None or education.minimum is None:
        return None
    minimum = education.minimum
    usable = [
        s
        for s in education.substitutions
        if top >= _RANK[s.held] and _RANK[s.in_lieu_of] >= _RANK[minimum]
    ]
    return min(usable, key=lambda s: (s.exceptional, s.additional_experience_years), default=None)


def _with_prefixes(languages: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """Each language with the prefix of its regional tags: ``zh`` also matches ``zh-Hans``."""
    return tuple((language, language + "-") for language in languages)


def _languages_met(wanted: tuple[tuple[str, str], ...], rank: int, candidate: Candidate) -> int:
    """How many of the ``wanted`` languages the candidate speaks at ``rank`` or better."""
    met = 0
    skills = candidate.languages
    for language, prefix in wanted:
        for skill in skills:
            tag = skill.language
            matches = tag == language or tag.startswith(prefix)
            if matches and _PROFICIENCY_BY_ID[id(skill.level)] >= rank:
                met += 1
                break
    return met
