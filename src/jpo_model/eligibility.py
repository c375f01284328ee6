"""Eligibility assessment: apply a post's rules to a candidate, with reasons.

`assess` answers eligible, not eligible or needs review, with one `Finding` per rule the
post states (age, nationality, education level, field and location, experience, the
UN-system ceiling, each language requirement), each explained with the numbers it used.
A machine never guesses a judgement: unknown relevance or a "related field" makes a
finding (and the assessment) need review. `screen` applies one post to many candidates,
precomputing the post's rules once; per candidate it does plain date-ordinal and integer
arithmetic and defers the explanation text until a finding is read.

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
import functools
from collections.abc import Iterable, Iterator
from datetime import date
from decimal import Decimal

import attrs

from jpo_model.age import age_on
from jpo_model.candidate import Candidate, Degree
from jpo_model.experience_counting import (
    UNITS_PER_DAY,
    ExperienceTally,
    days_number,
    duration_text,
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
    ExperienceKind,
    LanguageRequirement,
    Necessity,
    Proficiency,
)

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


@attrs.frozen(kw_only=True)
class Finding:
    """The outcome of one rule for one candidate, explained with the numbers it used."""

    criterion: Criterion
    """The rule applied."""
    verdict: Verdict
    """Eligible, ineligible or needs review on this rule alone (for a non-decisive
    rule: whether the candidate meets it)."""
    explanation: str
    """Plain-language reasons, naming every number used."""
    numbers: tuple[tuple[str, Number], ...] = ()
    """The numbers used, by name (``dict(finding.numbers)`` for look-ups)."""
    decisive: bool = True
    """Whether the rule decides eligibility (desirable languages do not)."""


@attrs.frozen(kw_only=True, eq=False)
class Assessment:
    """A candidate's eligibility for a post: the overall verdict and one finding per rule.

    INELIGIBLE if any decisive finding is ineligible, else NEEDS_REVIEW if any needs review,
    else ELIGIBLE. Built by `assess` and `screen`, which decide the verdict eagerly (the
    cheapest rules first, stopping at the first decisive fail) and work out the findings,
    with their explanations, when they are first read. Two assessments are equal when
    their verdicts and findings are.
    """

    verdict: Verdict
    """The overall verdict."""
    candidate: Candidate
    """The candidate assessed."""
    _screening: _Screening = attrs.field(alias="screening", repr=False)

    @functools.cached_property
    def findings(self) -> tuple[Finding, ...]:
        """One finding per rule the post states, in a fixed order."""
        return self._screening.findings(self.candidate)

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
    return _Screening(post, on).assess(candidate)


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
    return map(_Screening(post, on).assess, candidates)


_ELIGIBLE, _REVIEW, _INELIGIBLE = Verdict.ELIGIBLE, Verdict.NEEDS_REVIEW, Verdict.INELIGIBLE
_RANK = {level: level.rank for level in EducationLevel}
# Enum members hash through a Python-level __hash__; the per-candidate lookups below are
# keyed by the members' identities instead (the same members, so the same answers).
_RANK_BY_ID = {id(level): level.rank for level in EducationLevel}
_PROFICIENCY_BY_ID = {id(level): level.rank for level in Proficiency}


class _Screening:
    """One post's rules on one day, precomputed for assessing many candidates."""

    def __init__(self, post: Post, on: date) -> None:
        self.on = on
        self.on_ordinal = on.toordinal()
        rules = post.eligibility
        qualifications = post.qualifications
        self.age = rules.age if rules else None
        self.nationality = rules.nationality.countries if rules and rules.nationality else None
        self.location = rules.education_location if rules else None
        self.location_levels = (
            frozenset(id(level) for level in self.location.levels) if self.location else None
        )
        self.ceiling = rules.un_experience_ceiling if rules else None
        self.education = qualifications.education if qualifications else None
        self.minimum = self.education.minimum if self.education else None
        # The best substitution for each highest degree held (rank 0: none held).
        self.substitutions = {
            top: _substitution(self.education, top) if self.minimum else None
            for top in (0, *_RANK.values())
        }
        self.experience = qualifications.experience if qualifications else None
        self.languages = qualifications.languages if qualifications else ()
        self.degree_cutoff = on
        if rules and rules.degree_by_deadline and post.deadline is not None:
            self.degree_cutoff = post.deadline.date
        self.degree_cutoff_ordinal = self.degree_cutoff.toordinal()
        self._earliest: dict[int, int] = {}
        if self.age is not None:
            self.age_reference = self.age.reference_date(on)
            self._earliest[0] = self.age.earliest_birth_date(on).toordinal()
        self.fields = (
            frozenset(f.casefold() for f in self.education.fields)
            if self.education
            else frozenset()
        )
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
        if self.ceiling is not None:
            self.ceiling_kinds = frozenset(id(kind) for kind in self.ceiling.kinds)
            self.ceiling_days = longest_days_in_months(self.ceiling.max_months)
        self.required_languages = tuple(
            (_with_prefixes(requirement.languages), requirement.level.rank, requirement.count)
            for requirement in self.languages
            if requirement.necessity is Necessity.REQUIRED
        )

    def assess(self, candidate: Candidate) -> Assessment:
        return Assessment(verdict=self.verdict(candidate), candidate=candidate, screening=self)

    def verdict(self, candidate: Candidate) -> Verdict:  # noqa: C901, PLR0911 - every rule, cheapest first
        """The overall verdict: the cheapest rules first, stopping at the first decisive fail."""
        if self.nationality is not None and self.nationality.isdisjoint(candidate.nationalities):
            return _INELIGIBLE
        if self.age is not None and not self._age_ok(candidate):
            return _INELIGIBLE
        review = False
        held = self._held(candidate)
        substitution = None
        if self.minimum is not None:
            level, substitution = self._level(held)
            if level is _INELIGIBLE:
                return _INELIGIBLE
            review = level is _REVIEW
        if self.location is not None:
            location = self._location(held)
            if location is _INELIGIBLE:
                return _INELIGIBLE
            review = review or location is _REVIEW
        for languages, rank, count in self.required_languages:
            if _languages_met(languages, rank, candidate) < count:
                return _INELIGIBLE
        if self.ceiling is not None and self._un_days(candidate) > self.ceiling_days:
            return _INELIGIBLE
        if self._experience_applies(substitution):
            experience = self._experience(candidate, held, substitution)[0]
            if experience is _INELIGIBLE:
                return _INELIGIBLE
            review = review or experience is _REVIEW
        if not review and self.fields and not self._field_matches(held):
            review = True
        return _REVIEW if review else _ELIGIBLE

    def findings(self, candidate: Candidate) -> tuple[Finding, ...]:
        """Every rule's finding, explained, in a fixed order."""
        result: list[Finding] = []

        def add(
            criterion: Criterion,
            verdict: Verdict,
            explained: tuple[str, tuple[tuple[str, Number], ...]],
            *,
            decisive: bool = True,
        ) -> None:
            text, numbers = explained
            result.append(
                Finding(
                    criterion=criterion,
                    verdict=verdict,
                    explanation=text,
                    numbers=numbers,
                    decisive=decisive,
                )
            )

        if self.age is not None:
            ok = self._age_ok(candidate)
            add(Criterion.AGE, _ELIGIBLE if ok else _INELIGIBLE, self._explain_age(candidate, ok))
        if self.nationality is not None:
            ok = not self.nationality.isdisjoint(candidate.nationalities)
            verdict = _ELIGIBLE if ok else _INELIGIBLE
            add(Criterion.NATIONALITY, verdict, self._explain_nationality(candidate, ok))
        held = self._held(candidate)
        substitution = None
        if self.minimum is not None:
            verdict, substitution = self._level(held)
            explained = self._explain_level(candidate, verdict, substitution)
            add(Criterion.EDUCATION_LEVEL, verdict, explained)
        if self.fields:
            verdict = _ELIGIBLE if self._field_matches(held) else _REVIEW
            add(Criterion.EDUCATION_FIELD, verdict, self._explain_field(candidate))
        if self.location is not None:
            verdict = self._location(held)
            add(Criterion.EDUCATION_LOCATION, verdict, self._explain_location(candidate, verdict))
        if self._experience_applies(substitution):
            counted = self._experience(candidate, held, substitution)
            explained = self._explain_experience(candidate, counted[1:], substitution)
            add(Criterion.EXPERIENCE, counted[0], explained)
        if self.ceiling is not None:
            days = self._un_days(candidate)
            verdict = _ELIGIBLE if days <= self.ceiling_days else _INELIGIBLE
            add(Criterion.UN_EXPERIENCE_CEILING, verdict, self._explain_ceiling(days))
        for requirement in self.languages:
            wanted = _with_prefixes(requirement.languages)
            met = _languages_met(wanted, requirement.level.rank, candidate)
            verdict = _ELIGIBLE if met >= requirement.count else _INELIGIBLE
            decisive = requirement.necessity is Necessity.REQUIRED
            explained = _explain_language(requirement, candidate, met)
            add(Criterion.LANGUAGE, verdict, explained, decisive=decisive)
        return tuple(result)

    # The rules, one method each, shared by `verdict` and `findings`.

    def _age_ok(self, candidate: Candidate) -> bool:
        months = candidate.military_service_months
        earliest = self._earliest[0] if not months else self._earliest_for(months)
        return candidate.birth_date.toordinal() >= earliest

    def _earliest_for(self, months: int) -> int:
        earliest = self._earliest.get(months)
        if earliest is None:
            assert self.age is not None  # noqa: S101 - only asked with an age rule
            birth = self.age.earliest_birth_date(self.on, military_service_months=months)
            earliest = self._earliest[months] = birth.toordinal()
        return earliest

    def _held(self, candidate: Candidate) -> list[Degree]:
        cutoff = self.degree_cutoff_ordinal
        return [d for d in candidate.degrees if d.completed.toordinal() <= cutoff]

    def _level(self, held: list[Degree]) -> tuple[Verdict, DegreeSubstitution | None]:
        education, minimum = self.education, self.minimum
        assert education is not None  # noqa: S101 - only asked with a minimum
        assert minimum is not None  # noqa: S101
        top = max([_RANK_BY_ID[id(d.level)] for d in held], default=0)
        if top >= _RANK[minimum]:
            return _ELIGIBLE, None
        substitution = self.substitutions[top]
        if substitution is not None:
            return (_REVIEW if substitution.exceptional else _ELIGIBLE), substitution
        if education.equivalent_experience_accepted:
            return _REVIEW, None
        return _INELIGIBLE, None

    def _field_matches(self, held: list[Degree]) -> bool:
        fields = self.fields
        return any(d.field.casefold() in fields for d in held)

    def _location(self, held: list[Degree]) -> Verdict:
        rule, levels = self.location, self.location_levels
        assert rule is not None  # noqa: S101 - only asked with a location rule
        assert levels is not None  # noqa: S101
        countries = rule.countries
        partly = False
        for degree in held:
            if id(degree.level) in levels:
                if degree.countries <= countries:
                    return _ELIGIBLE
                if not degree.countries.isdisjoint(countries):
                    partly = True
        return _REVIEW if partly else _INELIGIBLE

    def _experience_applies(self, substitution: DegreeSubstitution | None) -> bool:
        if self.experience is None:
            return False
        return self.experience_bounded or (
            substitution is not None and substitution.additional_experience_years > 0
        )

    def _experience(
        self, candidate: Candidate, held: list[Degree], substitution: DegreeSubstitution | None
    ) -> tuple[Verdict, int, int, int, int]:
        """Verdict, first day counted, low and high units counted, and years required."""
        experience = self.experience
        assert experience is not None  # noqa: S101 - only asked with an experience rule
        if not self.counting.only_after_first_degree:
            first = 1
        elif held:
            first = min([d.completed.toordinal() for d in held]) + 1
        else:
            first = self.on_ordinal + 1
        low, high = self.tally.count(candidate.experience, first, self.on_ordinal)
        required_years = experience.minimum_years or 0
        if substitution is not None:
            required_years += substitution.additional_experience_years
        required = shortest_days_in_years(required_years) * UNITS_PER_DAY
        if low >= required:
            verdict = _ELIGIBLE
            if experience.maximum_years is not None and high > self.maximum_units:
                verdict = _REVIEW
        elif high < required:
            verdict = _INELIGIBLE
        else:
            verdict = _REVIEW
        return verdict, first, low, high, required_years

    def _un_days(self, candidate: Candidate) -> int:
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

    # Explanations: written only when a finding is read.

    def _explain_age(
        self, candidate: Candidate, ok: bool
    ) -> tuple[str, tuple[tuple[str, Number], ...]]:
        rule = self.age
        assert rule is not None  # noqa: S101 - only called when the post has an age rule
        months = candidate.military_service_months or 0
        added = rule.years_added(months)
        earliest = rule.earliest_birth_date(self.on, military_service_months=months)
        reference = self.age_reference
        age = age_on(candidate.birth_date, reference)
        limit = rule.limit + added
        wording = f"{limit} or below" if rule.inclusive else f"under {limit}"
        born = candidate.birth_date.isoformat()
        relation = "on or after" if ok else "before"
        side = "within" if ok else "above"
        text = (
            f"born {born}, {relation} {earliest}: aged {age} on {reference}, "
            f"{side} the limit of {wording}"
        )
        numbers: list[tuple[str, Number]] = [
            ("birth_date", candidate.birth_date),
            ("earliest_birth_date", earliest),
            ("reference_date", reference),
            ("age", age),
            ("limit", limit),
        ]
        if added:
            text += f" ({rule.limit} + {added} years for {months} months of military service)"
            numbers += [("military_service_months", months), ("years_added", added)]
        return text, tuple(numbers)

    def _explain_nationality(
        self, candidate: Candidate, ok: bool
    ) -> tuple[str, tuple[tuple[str, Number], ...]]:
        accepted = self.nationality or frozenset()
        held = ", ".join(sorted(candidate.nationalities))
        count = len(accepted)
        if ok:
            matching = ", ".join(sorted(candidate.nationalities & accepted))
            text = f"holds {held}; {matching} is among the {count} accepted nationalities"
        else:
            text = f"holds {held}; none is among the {count} accepted nationalities"
        return text, (("nationalities", held), ("accepted_count", count))

    def _held_text(self, candidate: Candidate) -> tuple[list[Degree], str]:
        cutoff = self.degree_cutoff_ordinal
        held = sorted(
            (d for d in candidate.degrees if d.completed.toordinal() <= cutoff),
            key=lambda d: (d.completed, _RANK[d.level], d.field, sorted(d.countries)),
        )
        later = sum(1 for d in candidate.degrees if d.completed.toordinal() > cutoff)
        note = (
            f"; {later} degree(s) completed after {self.degree_cutoff} not counted" if later else ""
        )
        return held, note

    def _explain_level(
        self, candidate: Candidate, verdict: Verdict, substitution: DegreeSubstitution | None
    ) -> tuple[str, tuple[tuple[str, Number], ...]]:
        education = self.education
        assert education is not None  # noqa: S101 - only called with an education rule
        assert education.minimum is not None  # noqa: S101
        held, note = self._held_text(candidate)
        minimum = education.minimum.value
        highest = max(held, key=lambda d: _RANK[d.level]).level.value if held else "none"
        numbers: tuple[tuple[str, Number], ...] = (
            ("highest_degree", highest),
            ("required_degree", minimum),
            ("degrees_held", len(held)),
        )
        base = (
            f"{len(held)} degree(s) held by {self.degree_cutoff}, the highest {highest}; "
            f"{minimum} required"
        )
        if verdict is _ELIGIBLE and substitution is None:
            return f"{base}: met{note}", numbers
        if substitution is not None:
            years = substitution.additional_experience_years
            numbers += (("additional_experience_years", years),)
            text = (
                f"{base}: a {substitution.held.value} degree is accepted in lieu of it with "
                f"{years} additional years of qualifying experience"
            )
            if substitution.exceptional:
                text += ", in exceptional cases only: a person decides"
            return text + note, numbers
        if verdict is _REVIEW:
            return (
                f"{base}: equivalent professional experience is accepted, a person decides{note}",
                numbers,
            )
        return f"{base}: not met{note}", numbers

    def _explain_field(self, candidate: Candidate) -> tuple[str, tuple[tuple[str, Number], ...]]:
        education = self.education
        assert education is not None  # noqa: S101 - only called with listed fields
        held, note = self._held_text(candidate)
        listed = "; ".join(education.fields)
        fields = "; ".join(d.field for d in held) or "no degree"
        count = len(education.fields)
        numbers: tuple[tuple[str, Number], ...] = (
            ("fields_listed", count),
            ("degrees_held", len(held)),
        )
        if any(d.field.casefold() in self.fields for d in held):
            text = (
                f"{len(held)} degree(s) held, in {fields}: one of the {count} fields listed "
                f"({listed}){note}"
            )
            return text, numbers
        related = " or a related field" if education.related_fields_accepted else ""
        text = (
            f"{len(held)} degree(s) held, in {fields}: not one of the {count} fields listed "
            f"({listed}){related}; a person decides whether it qualifies{note}"
        )
        return text, numbers

    def _explain_location(
        self, candidate: Candidate, verdict: Verdict
    ) -> tuple[str, tuple[tuple[str, Number], ...]]:
        rule = self.location
        assert rule is not None  # noqa: S101 - only called with a location rule
        held, note = self._held_text(candidate)
        levels = sorted(level.value for level in rule.levels)
        considered = [d for d in held if d.level in rule.levels]
        count = len(rule.countries)
        parts = [f"{d.level.value} in {', '.join(sorted(d.countries))}" for d in considered]
        numbers: tuple[tuple[str, Number], ...] = (
            ("degrees_considered", len(considered)),
            ("countries_listed", count),
        )
        studied = "; ".join(parts) if parts else "none held"
        head = f"{len(considered)} {' or '.join(levels)} degree(s) considered ({studied})"
        if verdict is _ELIGIBLE:
            return f"{head}: one was obtained in the {count} listed countries{note}", numbers
        if verdict is _REVIEW:
            text = (
                f"{head}: one was obtained partly in the {count} listed countries; "
                f"a person decides whether the substantive part was{note}"
            )
            return text, numbers
        return f"{head}: none was obtained in the {count} listed countries{note}", numbers

    def _explain_experience(
        self,
        candidate: Candidate,
        counted: tuple[int, int, int, int],
        substitution: DegreeSubstitution | None,
    ) -> tuple[str, tuple[tuple[str, Number], ...]]:
        first, low, high, required_years = counted
        experience = self.experience
        assert experience is not None  # noqa: S101 - only called with an experience rule
        since = (
            f" since {date.fromordinal(first - 1)} (after the first degree)"
            if self.counting.only_after_first_degree and first <= self.on_ordinal
            else ""
        )
        if self.counting.only_after_first_degree and first > self.on_ordinal:
            since = " (only experience after a first degree counts, and none is held)"
        shares = self.tally.shares(candidate.experience, first, self.on_ordinal, high=False)
        parts = []
        for share in shares:
            if share.weight == 0:
                continue
            if share.weight == UNITS_PER_DAY:
                parts.append(f"{duration_text(share.units)} {share.kind.value}")
            else:
                whole = duration_text(share.days * UNITS_PER_DAY)
                parts.append(
                    f"{duration_text(share.units)} from {whole} of {share.kind.value} "
                    f"at {share.percent}%"
                )
        breakdown = ": " + " + ".join(parts) if parts else ""
        counted_days = days_number(low)
        reason = f" with a {substitution.held.value} degree" if substitution is not None else ""
        required_days = shortest_days_in_years(required_years)
        text = (
            f"counted {_with_days(low)} of qualifying experience{since}"
            f"{breakdown}; {required_years} years ({required_days} days) are required{reason}"
        )
        numbers: list[tuple[str, Number]] = [
            ("counted_days", counted_days),
            ("required_years", required_years),
            ("required_days", required_days),
        ]
        if high != low:
            upper = days_number(high)
            text += (
                f"; {_with_days(high)} if every period of unknown "
                "relevance proves relevant: a person decides"
            )
            numbers.append(("counted_days_if_relevant", upper))
        if experience.maximum_years is not None:
            text += f"; the post states at most {experience.maximum_years} years"
            numbers.append(("maximum_years", experience.maximum_years))
        return text, tuple(numbers)

    def _explain_ceiling(self, days: int) -> tuple[str, tuple[tuple[str, Number], ...]]:
        ceiling = self.ceiling
        assert ceiling is not None  # noqa: S101 - only called with a ceiling
        kinds = ", ".join(kind.value for kind in ExperienceKind if kind in ceiling.kinds)
        allowed = self.ceiling_days
        relation = "within" if days <= allowed else "more than"
        text = (
            f"UN-system experience ({kinds}) totals {_with_days(days * UNITS_PER_DAY)}, "
            f"{relation} the {ceiling.max_months} months allowed ({allowed} days at most)"
        )
        return text, (
            ("un_system_days", days),
            ("max_months", ceiling.max_months),
            ("allowed_days", allowed),
        )


def _with_days(units: int) -> str:
    """A duration as years and months with the exact days beside, e.g. "1 year (366 days)"."""
    duration = duration_text(units)
    if duration.endswith(("day", "days")):
        return duration
    return f"{duration} ({days_number(units)} days)"


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


def _explain_language(
    requirement: LanguageRequirement, candidate: Candidate, met: int
) -> tuple[str, tuple[tuple[str, Number], ...]]:
    languages = ", ".join(requirement.languages)
    spoken = (
        ", ".join(
            f"{s.language} ({s.level.value})"
            for s in sorted(candidate.languages, key=lambda s: s.language)
        )
        or "none stated"
    )
    necessity = requirement.necessity.value
    outcome = "met" if met >= requirement.count else "not met"
    text = (
        f"{necessity}: {requirement.count} of {languages} at {requirement.level.value} or better; "
        f"{met} met (speaks {spoken}): {outcome}"
    )
    if requirement.necessity is not Necessity.REQUIRED:
        text += "; reported, not decisive"
    return text, (("required_count", requirement.count), ("met_count", met))
