"""schema.org ``JobPosting`` JSON-LD for publishing a post, and Google's job-posting checks.

`to_jobposting` maps what a post states onto schema.org terms: title, an HTML description,
the reference as ``identifier``, the binding deadline as ``validThrough`` (an ISO 8601
instant with the offset the announcement stated), the entity and its departments as
``hiringOrganization``, the duty station as ``jobLocation`` (a home-based post is
``TELECOMMUTE`` with an ``applicantLocationRequirements`` country), education, experience,
languages, skills, duties, the target start as ``jobStartDate`` (or ``jobImmediateStart``
for "as soon as possible"), the DTTA as a benefit, and the nationality rule as
``eligibilityToWorkRequirement`` (it says who may be hired, not where applicants live, so
it is not ``applicantLocationRequirements``).

A post does not know when it is published: ``datePosted`` is written only when the caller
passes ``date_posted`` (the clock is never read). Google requires the property, so
`jobposting_issues` reports its absence as a warning, like every other missing property
Google requires or recommends.

Names of countries and languages come from CLDR in the post's own language
(``Post.language``), the language of the rest of the text.
"""

from __future__ import annotations

import enum
import html
import json
from collections.abc import Iterator, Mapping
from typing import Any

import attrs
import pendulum

from jpo_model import _cldr
from jpo_model.eligibility_rules import NationalityScope
from jpo_model.errors import DeadlineError
from jpo_model.organisation import DutyStation
from jpo_model.posts import Post, PostKind, TargetStart
from jpo_model.qualifications import EducationLevel, Qualifications

__all__ = [
    "IssueSeverity",
    "JobPostingIssue",
    "jobposting_issues",
    "jobposting_script",
    "to_jobposting",
]

# Google's credentialCategory values (developers.google.com/search/docs/appearance/
# structured-data/job-posting, "educationRequirements"); Google has no doctoral category.
_CREDENTIAL = {
    EducationLevel.FIRST_LEVEL: "bachelor degree",
    EducationLevel.ADVANCED: "postgraduate degree",
    EducationLevel.DOCTORATE: "postgraduate degree",
}
_LEVEL = {
    EducationLevel.FIRST_LEVEL: "First-level university degree (bachelor's or equivalent)",
    EducationLevel.ADVANCED: "Advanced university degree (master's or equivalent)",
    EducationLevel.DOCTORATE: "Doctoral degree",
}


def to_jobposting(post: Post, *, date_posted: pendulum.Date | None = None) -> dict[str, Any]:
    """The schema.org ``JobPosting`` of a post, as a JSON-LD object (plain dicts and lists).

    ``date_posted`` is the day the posting is published; without it ``datePosted`` is left
    out (see `jobposting_issues`).

    >>> from jpo_model import examples
    >>> post = examples.load("ohchr-25p153")
    >>> posting = to_jobposting(post, date_posted=pendulum.Date(2026, 2, 1))
    >>> posting["validThrough"], posting["jobLocation"]["address"]["addressCountry"]
    ('2026-03-10T18:00:00-05:00', 'CH')
    """
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "JobPosting",
        "title": post.title,
        "description": _description(post),
    }
    if post.reference is not None:
        data["identifier"] = {
            "@type": "PropertyValue",
            "name": post.reference.issuer or post.organisation.entity.name,
            "value": post.reference.number,
        }
    if date_posted is not None:
        data["datePosted"] = date_posted.isoformat()
    valid_through = _valid_through(post)
    if valid_through is not None:
        data["validThrough"] = valid_through
    data["hiringOrganization"] = _organisation(post)
    if post.duty_station is not None:
        data.update(_location(post.duty_station, post.language))
    data["employmentType"] = _employment_type(post)
    if post.target_start is not None:
        data.update(_start(post.target_start))
    if post.qualifications is not None:
        data.update(_qualifications(post.qualifications, post.language))
    data.update(_about_the_job(post))
    return data


def _start(start: TargetStart) -> dict[str, Any]:
    """``jobStartDate`` for a target date; ``jobImmediateStart`` for "as soon as possible".

    schema.org: "use the jobImmediateStart property to indicate the position is to be
    filled as soon as possible" (https://schema.org/jobStartDate).
    """
    if start.on is None:
        return {"jobImmediateStart": True}
    return {"jobStartDate": start.on.isoformat()}


def _about_the_job(post: Post) -> dict[str, Any]:
    """Duties, sectors, benefits, eligibility, the employer and where to apply."""
    data: dict[str, Any] = {}
    if post.duties is not None:
        data["responsibilities"] = _html_list(post.duties.all, intro=post.duties.intro)
    if post.sectors or post.fields_of_assignment:
        data["industry"] = list(dict.fromkeys((*post.sectors, *post.fields_of_assignment)))
    if post.dtta is not None:
        money = post.dtta.annual
        try:
            amount = _cldr.format_money(money.amount, money.currency, locale=post.language)
        except ValueError:  # a language CLDR has no locale for
            amount = str(money)
        data["jobBenefits"] = (
            f"Duty Travel and Training Allowance (DTTA): {amount} per contract year"
        )
    eligibility = _eligibility(post)
    if eligibility:
        data["eligibilityToWorkRequirement"] = eligibility
    if post.background:
        data["employerOverview"] = "\n\n".join(post.background)
    if post.application is not None and post.application.urls:
        data["url"] = post.application.urls[0]
        data["directApply"] = False  # applications go through the organisation's own site
    return data


def _description(post: Post) -> str:
    parts = [f"<p>{html.escape(p)}</p>" for p in (*post.introduction, *post.background)]
    if post.duties is not None:
        parts.append(_html_list(post.duties.all, intro=post.duties.intro))
    return "\n".join(parts) or f"<p>{html.escape(post.title)}</p>"


def _html_list(items: tuple[str, ...], *, intro: str | None = None) -> str:
    head = f"<p>{html.escape(intro)}</p>\n" if intro else ""
    return head + "<ul>" + "".join(f"<li>{html.escape(i)}</li>" for i in items) + "</ul>"


def _valid_through(post: Post) -> str | None:
    """The binding instant of the deadline, shown with the offset the announcement stated.

    A deadline that states no zone or offset is read on the duty station's wall clock; one
    that still does not resolve to one instant (no zone at all, a DST gap or fold under
    the default policy) is left out rather than guessed.
    """
    deadline = post.deadline
    if deadline is None:
        return None
    station_zone = post.duty_station.time_zone if post.duty_station is not None else None
    if deadline.zone is None and deadline.utc_offset_minutes is None and station_zone:
        deadline = attrs.evolve(deadline, zone=station_zone)
    try:
        instant = deadline.instant
    except DeadlineError:
        return None
    if deadline.utc_offset_minutes is not None:
        shown = instant.in_timezone(pendulum.FixedTimezone(deadline.utc_offset_minutes * 60))
    elif deadline.zone is not None:
        shown = instant.in_timezone(deadline.zone)
    else:
        shown = instant
    return shown.isoformat()


def _organisation(post: Post) -> dict[str, Any]:
    """The entity, with each lower unit as the ``department`` of the one above it."""
    result: dict[str, Any] | None = None
    for unit in reversed(post.organisation.units):
        current: dict[str, Any] = {"@type": "Organization", "name": unit.name}
        if unit.abbreviation is not None:
            current["alternateName"] = unit.abbreviation
        if result is not None:
            current["department"] = result
        result = current
    assert result is not None  # noqa: S101 - an organisation has at least one unit
    if post.contact is not None and post.contact.url is not None:
        result["url"] = post.contact.url
    return result


def _location(station: DutyStation, language: str) -> dict[str, Any]:
    if station.home_based:
        return {
            "jobLocationType": "TELECOMMUTE",
            "applicantLocationRequirements": {
                "@type": "Country",
                "name": _cldr.display_name(station.country, kind="territory", locale=language),
                "identifier": station.country,
            },
        }
    address = {"@type": "PostalAddress", "addressCountry": station.country}
    if station.city is not None:
        address["addressLocality"] = station.city
    return {"jobLocation": {"@type": "Place", "address": address}}


def _employment_type(post: Post) -> list[str]:
    """JPO and SARC assignments are full-time and fixed-term; a staff role may be part-time."""
    supervision = post.supervision
    if post.kind is PostKind.STAFF_ROLE and supervision and supervision.time_share is not None:
        return ["PART_TIME"]
    if post.kind is PostKind.STAFF_ROLE:
        return ["FULL_TIME"]
    return ["FULL_TIME", "TEMPORARY"]


def _qualifications(q: Qualifications, language: str) -> dict[str, Any]:
    data: dict[str, Any] = {}
    education = q.education
    if education is not None and education.minimum is not None:
        credential: dict[str, Any] = {
            "@type": "EducationalOccupationalCredential",
            "credentialCategory": _CREDENTIAL[education.minimum],
            "educationalLevel": _LEVEL[education.minimum],
        }
        if education.fields:
            credential["about"] = list(education.fields)
        data["educationRequirements"] = credential
    if education is not None and (
        education.substitutions or education.equivalent_experience_accepted
    ):
        data["experienceInPlaceOfEducation"] = True
    experience = q.experience
    if experience is not None and experience.minimum_years is not None:
        requirement: dict[str, Any] = {
            "@type": "OccupationalExperienceRequirements",
            "monthsOfExperience": experience.minimum_years * 12,
        }
        if experience.areas:
            requirement["description"] = "; ".join(experience.areas)
        data["experienceRequirements"] = requirement
    lines = [s.text for s in experience.statements] if experience is not None else []
    lines.extend(_language_lines(q, language))
    if lines:
        data["qualifications"] = _html_list(tuple(lines))
    skills = [s.text for s in q.skills]
    if q.competencies is not None:
        skills.extend(c.name for c in q.competencies.items)
    if skills:
        data["skills"] = _html_list(tuple(skills))
    return data


def _language_lines(q: Qualifications, locale: str) -> Iterator[str]:
    for requirement in q.languages:
        names = [
            _cldr.display_name(t, kind="language", locale=locale) for t in requirement.languages
        ]
        which = names[0] if len(names) == 1 else f"{requirement.count} of {', '.join(names)}"
        yield f"{which}: {requirement.level.value} ({requirement.necessity.value})"


def _eligibility(post: Post) -> str | None:
    rules = post.eligibility
    if rules is None or rules.nationality is None:
        if post.sponsor is not None and post.sponsor.country is not None:
            name = _cldr.display_name(post.sponsor.country, kind="territory", locale=post.language)
            return f"Sponsored by {post.sponsor.name}: usually open to nationals of {name} only"
        return None
    names = sorted(
        _cldr.display_name(c, kind="territory", locale=post.language)
        for c in rules.nationality.countries
    )
    if rules.nationality.scope is NationalityScope.DONOR_NATIONALS:
        return f"Open to nationals of the sponsoring country: {', '.join(names)}"
    return f"Open to nationals of: {', '.join(names)}"


def jobposting_script(posting: Mapping[str, Any]) -> str:
    r"""The ``<script type="application/ld+json">`` element that embeds a posting in HTML.

    ``<``, ``>`` and ``&`` (and the JavaScript line separators U+2028, U+2029) are written
    as ``\u`` escapes, so no text in the posting can close the element or start markup.

    >>> print(jobposting_script({"title": "</script>&"}))
    <script type="application/ld+json">{"title": "\u003c/script\u003e\u0026"}</script>
    """
    text = json.dumps(posting, ensure_ascii=False)
    for char, escape in _SCRIPT_ESCAPES.items():
        text = text.replace(char, escape)
    return f'<script type="application/ld+json">{text}</script>'


_SCRIPT_ESCAPES = {
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
}


class IssueSeverity(enum.Enum):
    """How serious a finding of `jobposting_issues` is."""

    ERROR = "error"
    """Google requires the property: the posting is not eligible for its job search."""
    WARNING = "warning"
    """Google requires it but the post cannot know it (``datePosted``), or recommends it."""


@attrs.frozen(kw_only=True)
class JobPostingIssue:
    """One finding of Google's job-posting guidelines on a JSON-LD posting."""

    severity: IssueSeverity
    """Error (required) or warning (recommended, or for the publisher to add)."""
    property: str
    """The schema.org property concerned, e.g. ``datePosted``."""
    message: str
    """What is missing or wrong."""

    def __str__(self) -> str:
        return f"{self.severity.value}: {self.property}: {self.message}"


def jobposting_issues(posting: Mapping[str, Any]) -> tuple[JobPostingIssue, ...]:
    """Check a posting against Google's job-posting guidelines (required and recommended).

    Source: https://developers.google.com/search/docs/appearance/structured-data/job-posting

    >>> from jpo_model import examples
    >>> for issue in jobposting_issues(to_jobposting(examples.load("ohchr-25p153"))):
    ...     print(issue)
    warning: datePosted: is required by Google; pass date_posted when publishing
    warning: baseSalary: is recommended by Google; the post states no salary
    """
    return tuple(_issues(posting))


def _issues(posting: Mapping[str, Any]) -> Iterator[JobPostingIssue]:
    error, warning = IssueSeverity.ERROR, IssueSeverity.WARNING
    for name in ("title", "description", "hiringOrganization"):
        if not posting.get(name):
            yield JobPostingIssue(severity=error, property=name, message="is required by Google")
    if "datePosted" not in posting:
        yield JobPostingIssue(
            severity=warning,
            property="datePosted",
            message="is required by Google; pass date_posted when publishing",
        )
    remote = posting.get("jobLocationType") == "TELECOMMUTE"
    if remote and "applicantLocationRequirements" not in posting:
        yield JobPostingIssue(
            severity=error,
            property="applicantLocationRequirements",
            message="is required by Google for a remote (TELECOMMUTE) job",
        )
    if not remote and "jobLocation" not in posting:
        yield JobPostingIssue(
            severity=error,
            property="jobLocation",
            message="is required by Google unless the job is remote (TELECOMMUTE)",
        )
    address = posting.get("jobLocation", {}).get("address", {})
    if "jobLocation" in posting and "addressCountry" not in address:
        yield JobPostingIssue(
            severity=error,
            property="jobLocation.address.addressCountry",
            message="is required by Google",
        )
    for name, why in (
        ("validThrough", "the post states no closing deadline that resolves to an instant"),
        ("employmentType", "the post states no employment type"),
        ("identifier", "the post states no reference number"),
        ("baseSalary", "the post states no salary"),
    ):
        if name not in posting:
            yield JobPostingIssue(
                severity=warning, property=name, message=f"is recommended by Google; {why}"
            )
