"""schema.org JobPosting JSON-LD: vocabulary, Google's guidelines, deadlines and safe embedding."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import attrs
import pendulum
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jpo_model import DutyStation, Post, examples
from jpo_model.interchange.jsonld import (
    IssueSeverity,
    JobPostingIssue,
    jobposting_issues,
    jobposting_script,
    to_jobposting,
)
from jpo_model.posts import TargetStart
from jpo_model.strategies import posts

TERMS = json.loads((Path(__file__).parent / "data" / "schema_org_terms.json").read_text("utf-8"))
GOOGLE = TERMS["google"]
PUBLISHED = pendulum.Date(2026, 2, 1)


def _properties(type_name: str) -> set[str]:
    """The properties of a schema.org type, its ancestors' included."""
    found: set[str] = set()
    current: str | None = type_name
    while current is not None:
        found.update(TERMS["types"][current]["properties"])
        current = TERMS["types"][current]["parent"]
    return found


def _typed_objects(data: object) -> Iterator[Mapping[str, Any]]:
    if isinstance(data, Mapping):
        if "@type" in data:
            yield data
        for value in data.values():
            yield from _typed_objects(value)
    elif isinstance(data, list):
        for value in data:
            yield from _typed_objects(value)


def _unknown_terms(posting: Mapping[str, Any]) -> list[str]:
    unknown = []
    for obj in _typed_objects(posting):
        type_name = obj["@type"]
        if type_name not in TERMS["types"]:
            unknown.append(f"@type {type_name}")
            continue
        allowed = _properties(type_name) | {"@context", "@type"}
        unknown.extend(f"{type_name}.{key}" for key in obj if key not in allowed)
    return unknown


@pytest.mark.parametrize("slug", examples.names())
def test_every_term_is_in_the_schema_org_vocabulary(slug: str) -> None:
    """Each type and property written for a bundled post is a schema.org term of that type."""
    posting = to_jobposting(examples.load(slug), date_posted=PUBLISHED)
    assert [] == _unknown_terms(posting)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(posts(), st.none() | st.dates().map(lambda d: pendulum.Date(d.year, d.month, d.day)))
def test_every_term_of_any_post_is_in_the_vocabulary(post: Post, published: Any) -> None:
    """Whatever the post states, the posting uses only schema.org terms and valid JSON."""
    posting = to_jobposting(post, date_posted=published)
    assert [] == _unknown_terms(posting)
    assert posting == json.loads(json.dumps(posting))
    assert set(posting.get("employmentType", [])) <= set(GOOGLE["employment_types"])


def _missing_required(posting: Mapping[str, Any]) -> set[str]:
    missing = {name for name in GOOGLE["required"] if name not in posting}
    if posting.get("jobLocationType") == "TELECOMMUTE":
        missing |= {n for n in GOOGLE["required_if_remote"] if n not in posting}
    else:
        missing |= {n for n in GOOGLE["required_unless_remote"] if n not in posting}
    return missing


@pytest.mark.parametrize("slug", examples.names())
def test_google_required_properties_are_present_where_the_post_states_them(slug: str) -> None:
    """With a publication date, only what the post does not state is missing, and reported."""
    post = examples.load(slug)
    posting = to_jobposting(post, date_posted=PUBLISHED)
    expected = set() if post.duty_station is not None else {"jobLocation"}
    assert expected == _missing_required(posting)
    errors = {i.property for i in jobposting_issues(posting) if i.severity is IssueSeverity.ERROR}
    assert expected == errors


def test_a_target_start_date_is_the_job_start_date() -> None:
    """ "Target Start Date 2026-03-02" is ``jobStartDate``; no immediate start is claimed."""
    post = attrs.evolve(
        examples.load("ohchr-25p153"), target_start=TargetStart(on=pendulum.Date(2026, 3, 2))
    )
    posting = to_jobposting(post)
    assert ("2026-03-02", None) == (posting["jobStartDate"], posting.get("jobImmediateStart"))
    assert [] == _unknown_terms(posting)


def test_as_soon_as_possible_is_an_immediate_start() -> None:
    """ "Start Date Required: As soon as possible" is ``jobImmediateStart``, with no date."""
    start = TargetStart(wording="Start Date Required: As soon as possible")
    posting = to_jobposting(attrs.evolve(examples.load("ohchr-25p153"), target_start=start))
    assert (True, None) == (posting["jobImmediateStart"], posting.get("jobStartDate"))
    assert [] == _unknown_terms(posting)


def test_a_post_without_a_target_start_states_none() -> None:
    """A post that states no start gets neither start property."""
    posting = to_jobposting(examples.load("ohchr-25p153"))
    assert set() == {"jobStartDate", "jobImmediateStart"} & set(posting)


def test_a_missing_publication_date_is_a_warning() -> None:
    """A post does not know when it is published: datePosted is omitted and flagged as a warning."""
    posting = to_jobposting(examples.load("ohchr-25p153"))
    assert "datePosted" not in posting
    assert JobPostingIssue(
        severity=IssueSeverity.WARNING,
        property="datePosted",
        message="is required by Google; pass date_posted when publishing",
    ) in jobposting_issues(posting)
    assert (
        "2026-02-01"
        == to_jobposting(examples.load("ohchr-25p153"), date_posted=PUBLISHED)["datePosted"]
    )


def test_valid_through_is_the_binding_instant_with_the_stated_offset() -> None:
    """Seed 002: 6 pm EST (UTC-5) stated literally is 23:00 UTC, written with its -05:00 offset."""
    post = examples.load("ohchr-25p153")
    posting = to_jobposting(post)
    assert "2026-03-10T18:00:00-05:00" == posting["validThrough"]
    assert post.deadline is not None
    assert post.deadline.instant == pendulum.parse(posting["validThrough"])


def test_a_deadline_with_only_a_zone_is_shown_in_that_zone() -> None:
    """Without a stated offset, validThrough uses the stated zone's offset on that day."""
    post = examples.load("ohchr-25p153")
    assert post.deadline is not None
    deadline = attrs.evolve(post.deadline, utc_offset_minutes=None, abbreviation=None)
    posting = to_jobposting(attrs.evolve(post, deadline=deadline, deadline_restatements=()))
    assert "2026-03-10T18:00:00-04:00" == posting["validThrough"]


def test_nationality_rules_are_eligibility_to_work_not_applicant_location() -> None:
    """Who may be hired is eligibilityToWorkRequirement, not applicantLocationRequirements."""
    posting = to_jobposting(examples.load("ohchr-25p153"))
    assert "applicantLocationRequirements" not in posting
    assert posting["eligibilityToWorkRequirement"].startswith("Open to nationals of: Afghanistan, ")
    assert "Palestinian Territories" in posting["eligibilityToWorkRequirement"]


def test_hiring_organisation_nests_departments() -> None:
    """The entity hires; each lower unit is the department of the one above."""
    organisation = to_jobposting(examples.load("ohchr-25p153"))["hiringOrganization"]
    assert {
        "@type": "Organization",
        "name": "United Nations Office of the High Commissioner for Human Rights",
        "alternateName": "OHCHR",
        "department": {
            "@type": "Organization",
            "name": "Women's Human Rights and Gender Section",
            "alternateName": "WHRGS",
        },
    } == organisation


def test_education_and_experience_use_their_schema_org_types() -> None:
    """Degrees are credentials with Google's categories; experience is counted in months."""
    posting = to_jobposting(examples.load("ohchr-25p153"))
    education = posting["educationRequirements"]
    assert "EducationalOccupationalCredential" == education["@type"]
    assert education["credentialCategory"] in GOOGLE["credential_categories"]
    assert {"@type": "OccupationalExperienceRequirements", "monthsOfExperience": 24} == {
        k: v for k, v in posting["experienceRequirements"].items() if k != "description"
    }
    assert posting["experienceInPlaceOfEducation"] is True
    assert {
        "@type": "Place",
        "address": {
            "@type": "PostalAddress",
            "addressCountry": "CH",
            "addressLocality": "Geneva",
        },
    } == posting["jobLocation"]


def test_a_home_based_post_is_remote_with_an_applicant_country() -> None:
    """A home-based post is TELECOMMUTE, limited to applicants in its country."""
    post = attrs.evolve(
        examples.load("ohchr-25p153"), duty_station=DutyStation(country="KH", home_based=True)
    )
    posting = to_jobposting(post, date_posted=PUBLISHED)
    assert "TELECOMMUTE" == posting["jobLocationType"]
    assert {"@type": "Country", "name": "Cambodia", "identifier": "KH"} == posting[
        "applicantLocationRequirements"
    ]
    assert "jobLocation" not in posting
    assert set() == _missing_required(posting)
    assert [] == [i for i in jobposting_issues(posting) if i.severity is IssueSeverity.ERROR]


def test_a_remote_posting_without_an_applicant_location_is_an_error() -> None:
    """Google needs applicantLocationRequirements for a remote job."""
    issues = jobposting_issues(
        {
            "title": "t",
            "description": "d",
            "hiringOrganization": {},
            "jobLocationType": "TELECOMMUTE",
        }
    )
    assert "applicantLocationRequirements" in {i.property for i in issues}


def _script_body(script: str) -> str:
    match = re.fullmatch(r'<script type="application/ld\+json">(.*)</script>', script, re.DOTALL)
    assert match is not None
    return match.group(1)


@given(st.text())
def test_the_script_element_cannot_be_broken_out_of(text: str) -> None:
    """No text makes markup inside the element; the body parses back to the same data."""
    posting = {"@type": "JobPosting", "title": text, "description": f"</script>{text}&<!--"}
    body = _script_body(jobposting_script(posting))
    assert not set("<>&") & set(body)
    assert "\u2028" not in body
    assert posting == json.loads(body)


@pytest.mark.parametrize("slug", examples.names())
def test_the_script_of_every_example_round_trips(slug: str) -> None:
    """The embedded JSON-LD of each bundled post is the posting itself."""
    posting = to_jobposting(examples.load(slug), date_posted=PUBLISHED)
    assert posting == json.loads(_script_body(jobposting_script(posting)))
