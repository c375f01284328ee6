"""The precomputed plan of one post's eligibility rules on one day.

`Plan` turns a post's rules into tables (the born-on-or-after date per months of military
service, the verdict and experience requirement per highest degree, the weight of each kind
of experience …) with plain date-ordinal and integer arithmetic. The screening pass
(`jpo_model.eligibility._screening`) applies it to candidates; the explainers
(`jpo_model.eligibility._explanations`) read it to write a finding's text. Both read the
same plan, so a rule's numbers and its explanation cannot drift apart.
"""

from __future__ import annotations

from datetime import date

import attrs

from jpo_model.eligibility.candidate import Candidate, Degree
from jpo_model.eligibility.experience import (
    UNITS_PER_DAY,
    ExperienceTally,
    longest_days_in_months,
    shortest_days_in_years,
    union_days,
)
from jpo_model.eligibility.findings import Number, Verdict
from jpo_model.eligibility_rules import AgeAlternative
from jpo_model.posts import Post
from jpo_model.qualifications import (
    DegreeSubstitution,
    EducationLevel,
    EducationRequirement,
    ExperienceCounting,
    Proficiency,
)

__all__ = [
    "ELIGIBLE",
    "INELIGIBLE",
    "LEVEL_BY_RANK",
    "RANK_BY_ID",
    "REVIEW",
    "AlternativeRow",
    "ExperienceAsk",
    "Numbers",
    "Plan",
    "languages_met",
]

ELIGIBLE, REVIEW, INELIGIBLE = Verdict.ELIGIBLE, Verdict.NEEDS_REVIEW, Verdict.INELIGIBLE
_RANK = {level: level.rank for level in EducationLevel}
# Enum members hash through a Python-level __hash__; the per-candidate lookups below are
# keyed by the members' identities instead (the same members, so the same answers).
RANK_BY_ID = {id(level): level.rank for level in EducationLevel}
_PROFICIENCY_BY_ID = {id(level): level.rank for level in Proficiency}
LEVEL_BY_RANK = {0: "none"} | {level.rank: level.value for level in EducationLevel}

Numbers = tuple[tuple[str, Number], ...]


@attrs.frozen
class AlternativeRow:
    """An alternative age limit on one day, for one number of months of military service."""

    alternative: AgeAlternative
    earliest: int
    """The ordinal of the earliest birth date within the alternative's limit."""
    earliest_date: date
    limit: int
    """The alternative's limit plus the years added for military service."""
    fields: frozenset[str]
    """The fields named, case-folded."""
    levels: frozenset[int] | None
    """The identities of the levels named (``None``: any level)."""


@attrs.frozen
class ExperienceAsk:
    """What the experience rule asks of a candidate whose highest degree is of one rank."""

    required_years: int
    required_units: int
    numbers: Numbers


class Plan:
    """One post's rules on one day, precomputed for assessing many candidates."""

    def __init__(self, post: Post, on: date) -> None:
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
        if self.age is not None:
            self.age_reference = self.age.reference_date(on)
            self.earliest_birth = self._age_row(0)[0]
            """The ordinal of the earliest birth date allowed without military service."""
            self.latest_birth = self.age.latest_birth_date(on)
            """The latest birth date old enough for the minimum (``None``: no minimum)."""
            # A candidate outside a waivable rule needs review: a person decides.
            self.age_failure = REVIEW if self.age.waivable else INELIGIBLE
        self.age_alternatives = self.age.alternatives if self.age is not None else ()
        """Higher limits for degrees in named fields (empty for most posts)."""
        self._alternative_rows: dict[int, tuple[AlternativeRow, ...]] = {}
        self.fields_listed = self.education.fields if self.education else ()
        self.fields = frozenset(f.casefold() for f in self.fields_listed)
        self.fields_count = ("fields_listed", len(self.fields_listed))
        counting = (self.experience.counting if self.experience else None) or ExperienceCounting()
        self.counting = counting
        self.tally = ExperienceTally.from_rules(
            counting,
            relevant_required=self.experience is not None and self.experience.relevant,
            paid_only=self.experience is not None and self.experience.paid_only,
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
        self.language_asks = tuple(
            (
                requirement,
                _with_prefixes(requirement.languages),
                requirement.level.rank,
                requirement.count,
                ("required_count", requirement.count),
            )
            for requirement in self.languages
        )
        """Per language requirement: the languages wanted, the level's rank, the count."""

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

    def alternative_rows(self, months: int) -> tuple[AlternativeRow, ...]:
        """The alternative limits for this much military service, the lowest limit first."""
        rows = self._alternative_rows.get(months)
        if rows is None:
            rule = self.age
            assert rule is not None  # noqa: S101 - only asked with an age rule
            added = rule.years_added(months)
            built = []
            for alternative in sorted(rule.alternatives, key=lambda a: a.limit):
                earliest = alternative.earliest_birth_date(
                    rule, self.on, military_service_months=months
                )
                levels = alternative.levels
                built.append(
                    AlternativeRow(
                        alternative=alternative,
                        earliest=earliest.toordinal(),
                        earliest_date=earliest,
                        limit=alternative.limit + added,
                        fields=frozenset(f.casefold() for f in alternative.fields),
                        levels=frozenset(id(level) for level in levels) if levels else None,
                    )
                )
            rows = self._alternative_rows[months] = tuple(built)
        return rows

    def alternative_outcome(
        self, birth: int, months: int, held: list[Degree]
    ) -> tuple[Verdict | None, AlternativeRow | None, Degree | None]:
        """What the alternative limits make of a candidate born on the ordinal ``birth``.

        ELIGIBLE with the lowest alternative whose limit the candidate is within and a
        degree held in one of its fields at one of its levels, and that degree; else
        NEEDS_REVIEW with the lowest such alternative that accepts related fields, where a
        degree of its levels is held; else ``None`` with the lowest alternative whose limit
        the candidate is within (``None`` if there is none).
        """
        considered = review = None
        for row in self.alternative_rows(months):
            if birth < row.earliest:
                continue
            levels = row.levels
            for degree in held:
                if (levels is None or id(degree.level) in levels) and (
                    degree.field.casefold() in row.fields
                ):
                    return ELIGIBLE, row, degree
            if considered is None:
                considered = row
            if (
                review is None
                and row.alternative.related_fields_accepted
                and any(levels is None or id(degree.level) in levels for degree in held)
            ):
                review = row
        if review is not None:
            return REVIEW, review, None
        return None, considered, None

    def held(self, candidate: Candidate) -> list[Degree]:
        """The degrees completed by the cutoff day."""
        cutoff = self.degree_cutoff_ordinal
        return [d for d in candidate.degrees if d.completed.toordinal() <= cutoff]

    def top_rank(self, candidate: Candidate) -> int:
        """The rank of the highest degree the candidate holds (0: none)."""
        return max([RANK_BY_ID[id(d.level)] for d in self.held(candidate)], default=0)

    def _by_top(
        self, top: int
    ) -> tuple[Verdict | None, DegreeSubstitution | None, ExperienceAsk | None]:
        """What follows from the rank of the highest degree held (0: none).

        The education-level verdict (``None`` without a minimum), the substitution that
        applies, and what the experience rule asks (``None`` if it does not apply).
        """
        education, minimum = self.education, self.minimum
        verdict: Verdict | None = None
        substitution = None
        if education is not None and minimum is not None:
            if top >= minimum.rank:
                verdict = ELIGIBLE
            else:
                substitution = _substitution(education, top)
                if substitution is not None:
                    verdict = REVIEW if substitution.exceptional else ELIGIBLE
                elif education.equivalent_experience_accepted:
                    verdict = REVIEW
                else:
                    verdict = INELIGIBLE
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
        plan = ExperienceAsk(
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
        verdict = INELIGIBLE
        considered = 0
        for degree in held:
            if id(degree.level) in levels:
                considered += 1
                if degree.countries <= countries:
                    verdict = ELIGIBLE
                elif verdict is INELIGIBLE and not degree.countries.isdisjoint(countries):
                    verdict = REVIEW
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
        self, plan: ExperienceAsk, earliest: int, candidate: Candidate
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
            return ELIGIBLE, low, low
        assert high is not None  # noqa: S101 - worked out below the minimum or with a maximum
        if low >= required:
            return (REVIEW if high > self.maximum_units else ELIGIBLE), low, high
        if high < required:
            return INELIGIBLE, low, high
        return REVIEW, low, high

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


def languages_met(wanted: tuple[tuple[str, str], ...], rank: int, candidate: Candidate) -> int:
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
