"""The explanations of `jpo_model.eligibility.assessment`'s findings, written when they are read.

Each explainer reads a finding's verdict and numbers, the post's precomputed plan
and the candidate, and says in plain language what was found and which numbers were
used. Screening never calls them: text is written only for findings someone reads.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from jpo_model.eligibility._plan import Plan
from jpo_model.eligibility.candidate import Candidate, Degree
from jpo_model.eligibility.experience import UNITS_PER_DAY, days_number, duration_text
from jpo_model.eligibility.findings import Finding, Number, Verdict
from jpo_model.eligibility_rules import AgeAlternative
from jpo_model.qualifications import ExperienceKind, LanguageRequirement, Necessity

__all__ = [
    "explain_age",
    "explain_ceiling",
    "explain_experience",
    "explain_field",
    "explain_language",
    "explain_level",
    "explain_location",
    "explain_nationality",
]

_ELIGIBLE, _REVIEW = Verdict.ELIGIBLE, Verdict.NEEDS_REVIEW


def explain_age(plan: Plan, candidate: Candidate, finding: Finding) -> str:
    """The birth date against the born-on-or-after (and on-or-before) dates, and the age."""
    rule = plan.age
    assert rule is not None  # noqa: S101 - only called when the post has an age rule
    numbers = dict(finding.numbers)
    limit, age, earliest = numbers["limit"], numbers["age"], numbers["earliest_birth_date"]
    assert isinstance(age, int)  # noqa: S101 - an age in years
    assert isinstance(earliest, date)  # noqa: S101 - a born-on-or-after date
    birth = candidate.birth_date
    too_old = birth < earliest
    too_young = rule.minimum is not None and age < rule.minimum
    wording = f"{limit} or below" if rule.inclusive else f"under {limit}"
    if rule.minimum is None:
        bounds = f"the limit of {wording}"
        relation = f"before {earliest}" if too_old else f"on or after {earliest}"
    else:
        upper = str(limit) if rule.inclusive else f"under {limit}"
        bounds = f"the age range of {rule.minimum} to {upper}"
        latest = numbers["latest_birth_date"]
        relation = (
            f"before {earliest}"
            if too_old
            else f"after {latest}"
            if too_young
            else f"between {earliest} and {latest}"
        )
    side = "above" if too_old else "below" if too_young else "within"
    text = (
        f"born {birth.isoformat()}, {relation}: aged {age} on "
        f"{numbers['reference_date']}, {side} {bounds}"
    )
    if "years_added" in numbers:
        text += (
            f" ({rule.limit} + {numbers['years_added']} years for "
            f"{numbers['military_service_months']} months of military service)"
        )
    if too_old and rule.alternatives:
        text += _alternative_text(plan, candidate, finding)
    if (too_old or too_young) and finding.verdict is not _ELIGIBLE:
        text += "; the rule may be waived: a person decides" if rule.waivable else ""
    return text


def _alternative_text(plan: Plan, candidate: Candidate, finding: Finding) -> str:
    """Which alternative limit applied to a candidate above the limit, and why."""
    rule = plan.age
    assert rule is not None  # noqa: S101 - only called with an age rule
    numbers = dict(finding.numbers)
    months = candidate.military_service_months or 0
    if "alternative_limit" not in numbers:
        highest = plan.alternative_rows(months)[-1]
        return (
            f"; above the alternative limits for degrees in named fields too (the highest: "
            f"{_bound(rule.inclusive, highest.limit)} for {_degree_text(highest.alternative)}, "
            f"born on or after {highest.earliest_date})"
        )
    _, row, _ = plan.alternative_outcome(
        candidate.birth_date.toordinal(), months, plan.held(candidate)
    )
    assert row is not None  # noqa: S101 - the finding names an alternative
    within = (
        f"; within the alternative limit of {_bound(rule.inclusive, row.limit)} for "
        f"{_degree_text(row.alternative)} (born on or after {row.earliest_date})"
    )
    if finding.verdict is _ELIGIBLE:
        return f"{within}, which applies: holds a degree in {numbers['alternative_degree']}"
    if finding.verdict is _REVIEW and row.alternative.related_fields_accepted:
        return f"{within} or a related field: a person decides whether a degree held qualifies"
    return f"{within}, but holds no such degree"


def _bound(inclusive: bool, limit: Number) -> str:
    """A limit as the rule words it: "31 or below", or "under 31"."""
    return f"{limit} or below" if inclusive else f"under {limit}"


def _degree_text(alternative: AgeAlternative) -> str:
    """The degrees an alternative names: "a degree in medicine", "a doctorate degree in law"."""
    fields = " or ".join(sorted(alternative.fields))
    if not alternative.levels:
        return f"a degree in {fields}"
    levels = " or ".join(
        level.value for level in sorted(alternative.levels, key=lambda level: level.rank)
    )
    article = "an" if levels[0] in "aeiou" else "a"
    return f"{article} {levels} degree in {fields}"


def explain_nationality(plan: Plan, candidate: Candidate, finding: Finding) -> str:
    """The nationalities held, and which of them the post accepts."""
    accepted = plan.nationality or frozenset()
    held = ", ".join(sorted(candidate.nationalities))
    count = len(accepted)
    if finding.verdict is _ELIGIBLE:
        matching = ", ".join(sorted(candidate.nationalities & accepted))
        return f"holds {held}; {matching} is among the {count} accepted nationalities"
    return f"holds {held}; none is among the {count} accepted nationalities"


def _held_text(plan: Plan, candidate: Candidate) -> tuple[list[Degree], str]:
    """The degrees held, in a fixed order, and a note on those completed too late."""
    cutoff = plan.degree_cutoff_ordinal
    held = sorted(
        (d for d in candidate.degrees if d.completed.toordinal() <= cutoff),
        key=lambda d: (d.completed, d.level.rank, d.field, sorted(d.countries)),
    )
    later = sum(1 for d in candidate.degrees if d.completed.toordinal() > cutoff)
    note = f"; {later} degree(s) completed after {plan.degree_cutoff} not counted" if later else ""
    return held, note


def explain_level(plan: Plan, candidate: Candidate, finding: Finding) -> str:
    """The highest degree held against the degree required, and any substitution."""
    assert plan.minimum is not None  # noqa: S101 - only called with an education rule
    held, note = _held_text(plan, candidate)
    verdict, substitution, _ = plan.by_top[plan.top_rank(candidate)]
    numbers = dict(finding.numbers)
    base = (
        f"{len(held)} degree(s) held by {plan.degree_cutoff}, the highest "
        f"{numbers['highest_degree']}; {plan.minimum.value} required"
    )
    if verdict is _ELIGIBLE and substitution is None:
        return f"{base}: met{note}"
    if substitution is not None:
        text = (
            f"{base}: a {substitution.held.value} degree is accepted in lieu of it with "
            f"{substitution.additional_experience_years} additional years of qualifying "
            "experience"
        )
        if substitution.exceptional:
            text += ", in exceptional cases only: a person decides"
        return text + note
    if verdict is _REVIEW:
        return f"{base}: equivalent professional experience is accepted, a person decides{note}"
    return f"{base}: not met{note}"


def explain_field(plan: Plan, candidate: Candidate, finding: Finding) -> str:
    """The fields of the degrees held against the fields the post lists."""
    education = plan.education
    assert education is not None  # noqa: S101 - only called with listed fields
    held, note = _held_text(plan, candidate)
    listed = "; ".join(education.fields)
    fields = "; ".join(d.field for d in held) or "no degree"
    count = len(education.fields)
    if finding.verdict is _ELIGIBLE:
        return (
            f"{len(held)} degree(s) held, in {fields}: one of the {count} fields listed "
            f"({listed}){note}"
        )
    related = " or a related field" if education.related_fields_accepted else ""
    return (
        f"{len(held)} degree(s) held, in {fields}: not one of the {count} fields listed "
        f"({listed}){related}; a person decides whether it qualifies{note}"
    )


def explain_location(plan: Plan, candidate: Candidate, finding: Finding) -> str:
    """Where the degrees considered were obtained, against the countries listed."""
    rule = plan.location
    assert rule is not None  # noqa: S101 - only called with a location rule
    held, note = _held_text(plan, candidate)
    levels = sorted(level.value for level in rule.levels)
    considered = [d for d in held if d.level in rule.levels]
    count = len(rule.countries)
    parts = [f"{d.level.value} in {', '.join(sorted(d.countries))}" for d in considered]
    studied = "; ".join(parts) if parts else "none held"
    head = f"{len(considered)} {' or '.join(levels)} degree(s) considered ({studied})"
    if finding.verdict is _ELIGIBLE:
        return f"{head}: one was obtained in the {count} listed countries{note}"
    if finding.verdict is _REVIEW:
        return (
            f"{head}: one was obtained partly in the {count} listed countries; "
            f"a person decides whether the substantive part was{note}"
        )
    return f"{head}: none was obtained in the {count} listed countries{note}"


def explain_experience(plan: Plan, candidate: Candidate, finding: Finding) -> str:
    """The experience counted, kind by kind, against the experience required."""
    earliest = min([d.completed.toordinal() for d in plan.held(candidate)], default=0)
    _, substitution, ask = plan.by_top[plan.top_rank(candidate)]
    assert ask is not None  # noqa: S101 - only called when the rule applies
    required_years = ask.required_years
    first = plan.first_counted(earliest)
    numbers = dict(finding.numbers)
    low = _units(numbers["counted_days"])
    high = _units(numbers.get("counted_days_if_relevant", numbers["counted_days"]))
    since = (
        f" since {date.fromordinal(first - 1)} (after the first degree)"
        if plan.counting.only_after_first_degree and first <= plan.on_ordinal
        else ""
    )
    if plan.counting.only_after_first_degree and first > plan.on_ordinal:
        since = " (only experience after a first degree counts, and none is held)"
    shares = plan.tally.shares(candidate.experience, first, plan.on_ordinal, high=False)
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
    reason = f" with a {substitution.held.value} degree" if substitution is not None else ""
    paid_only = plan.tally.paid_only
    text = (
        f"counted {_with_days(low)} of qualifying {'paid ' if paid_only else ''}experience"
        f"{since}{breakdown}; {required_years} years ({numbers['required_days']} days) are "
        f"required{reason}"
    )
    if high != low:
        unknown = (
            "relevance or pay proves relevant and paid"
            if paid_only
            else "relevance proves relevant"
        )
        text += f"; {_with_days(high)} if every period of unknown {unknown}: a person decides"
    if plan.maximum_years is not None:
        text += f"; the post states at most {plan.maximum_years} years"
    return text


def explain_ceiling(plan: Plan, candidate: Candidate, finding: Finding) -> str:  # noqa: ARG001 - the explainers' signature
    """The UN-system experience against the ceiling the post sets."""
    ceiling = plan.ceiling
    assert ceiling is not None  # noqa: S101 - only called with a ceiling
    kinds = ", ".join(kind.value for kind in ExperienceKind if kind in ceiling.kinds)
    days = dict(finding.numbers)["un_system_days"]
    assert isinstance(days, int)  # noqa: S101 - a count of days
    allowed = plan.ceiling_days
    relation = "within" if finding.verdict is _ELIGIBLE else "more than"
    return (
        f"UN-system experience ({kinds}) totals {_with_days(days * UNITS_PER_DAY)}, "
        f"{relation} the {ceiling.max_months} months allowed ({allowed} days at most)"
    )


def _with_days(units: int) -> str:
    """A duration as years and months with the exact days beside, e.g. "1 year (366 days)"."""
    duration = duration_text(units)
    if duration.endswith(("day", "days")):
        return duration
    return f"{duration} ({days_number(units)} days)"


def _units(days: Number) -> int:
    """Counted days (a number of a finding) back in units."""
    assert isinstance(days, (int, Decimal))  # noqa: S101 - counted days are numbers
    return int(days * UNITS_PER_DAY)


def explain_language(
    requirement: LanguageRequirement, candidate: Candidate, finding: Finding
) -> str:
    """The languages spoken against one language requirement."""
    languages = ", ".join(requirement.languages)
    spoken = (
        ", ".join(
            f"{s.language} ({s.level.value})"
            for s in sorted(candidate.languages, key=lambda s: s.language)
        )
        or "none stated"
    )
    met = dict(finding.numbers)["met_count"]
    outcome = "met" if finding.verdict is _ELIGIBLE else "not met"
    text = (
        f"{requirement.necessity.value}: {requirement.count} of {languages} at "
        f"{requirement.level.value} or better; {met} met (speaks {spoken}): {outcome}"
    )
    if requirement.necessity is not Necessity.REQUIRED:
        text += "; reported, not decisive"
    return text
