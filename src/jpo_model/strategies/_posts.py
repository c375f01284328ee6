"""Strategies for posts and their parts: reference, sponsor, application, documents, contact."""

from __future__ import annotations

import pendulum
from hypothesis import strategies as st
from hypothesis.strategies import SearchStrategy

from jpo_model.appointment import AppointmentTerms
from jpo_model.deadlines.deadline import Deadline
from jpo_model.dtta_allowance import DttaAllowance
from jpo_model.duties import Duties
from jpo_model.eligibility_rules import EligibilityRules
from jpo_model.grade import GradeOffer
from jpo_model.learning import Learning
from jpo_model.organisation import DutyStation, Organisation
from jpo_model.posts import (
    Application,
    Contact,
    DocumentForm,
    KeyDocument,
    Post,
    PostKind,
    PostReference,
    Sponsor,
    TargetStart,
)
from jpo_model.qualifications import Qualifications
from jpo_model.strategies import _duties, _learning, _qualifications
from jpo_model.strategies._appointment import appointment_terms
from jpo_model.strategies._deadlines import deadlines
from jpo_model.strategies._eligibility_rules import eligibility_rules
from jpo_model.strategies._grade import grade_offers
from jpo_model.strategies._money import dtta_allowances
from jpo_model.strategies._organisation import duty_stations, organisations
from jpo_model.strategies._primitives import (
    builds_joint,
    country_codes,
    dates,
    language_tags,
    led_by,
    optional,
    pick,
    texts,
    tuples,
    urls,
)
from jpo_model.strategies._supervision import supervisions
from jpo_model.supervision import Supervision

_urls = urls  # `applications`, `key_documents`, `contacts` and `posts` have url parameters


def post_references(
    *,
    number: SearchStrategy[str] | None = None,
    issuer: SearchStrategy[str | None] | None = None,
    issued_year: SearchStrategy[int | None] | None = None,
    issued_month: SearchStrategy[int | None] | None = None,
) -> SearchStrategy[PostReference]:
    """Reference numbers; a month of issue appears only with a year (either may lead)."""
    with_year = st.fixed_dictionaries(
        {"issued_month": pick(issued_month, optional(st.integers(1, 12)))}
    )
    without_year = st.fixed_dictionaries({"issued_month": pick(issued_month, st.none())})
    year = optional(st.integers(1970, 2100))
    if issued_month is not None and issued_year is None:
        joint = led_by(
            "issued_month",
            issued_month,
            lambda month: st.fixed_dictionaries(
                {"issued_year": year if month is None else st.integers(1970, 2100)}
            ),
        )
    else:
        joint = led_by(
            "issued_year",
            pick(issued_year, year),
            lambda stated: without_year if stated is None else with_year,
        )
    return builds_joint(
        PostReference,
        joint,
        number=pick(number, texts(max_size=8)),
        issuer=pick(issuer, optional(texts())),
    )


def sponsors(
    *,
    name: SearchStrategy[str] | None = None,
    country: SearchStrategy[str | None] | None = None,
    programme: SearchStrategy[str | None] | None = None,
    information: SearchStrategy[str | None] | None = None,
) -> SearchStrategy[Sponsor]:
    """Sponsoring governments (with a country) and funds (without one)."""
    return st.builds(
        Sponsor,
        name=pick(name, texts()),
        country=pick(country, optional(country_codes())),
        programme=pick(programme, optional(texts())),
        information=pick(information, optional(texts())),
    )


def applications(
    *,
    urls: SearchStrategy[tuple[str, ...]] | None = None,
    information_urls: SearchStrategy[tuple[str, ...]] | None = None,
    online_only: SearchStrategy[bool] | None = None,
    notes: SearchStrategy[tuple[str, ...]] | None = None,
) -> SearchStrategy[Application]:
    """How to apply: a few URLs and notes, online only or not."""
    return st.builds(
        Application,
        urls=pick(urls, tuples(_urls())),
        information_urls=pick(information_urls, tuples(_urls())),
        online_only=pick(online_only, st.booleans()),
        notes=pick(notes, tuples(texts())),
    )


def key_documents(
    *,
    title: SearchStrategy[str] | None = None,
    year: SearchStrategy[int | None] | None = None,
    url: SearchStrategy[str | None] | None = None,
    number: SearchStrategy[str | None] | None = None,
) -> SearchStrategy[KeyDocument]:
    """Reference documents, each with or without a year, URL and number."""
    return st.builds(
        KeyDocument,
        title=pick(title, texts()),
        year=pick(year, optional(st.integers(1970, 2100))),
        url=pick(url, optional(_urls())),
        number=pick(number, optional(texts(max_size=8))),
    )


def contacts(
    *,
    organisation: SearchStrategy[str] | None = None,
    address: SearchStrategy[tuple[str, ...]] | None = None,
    country: SearchStrategy[str | None] | None = None,
    url: SearchStrategy[str | None] | None = None,
) -> SearchStrategy[Contact]:
    """Postal contacts of an office."""
    return st.builds(
        Contact,
        organisation=pick(organisation, texts()),
        address=pick(address, tuples(texts(), max_size=3)),
        country=pick(country, optional(country_codes())),
        url=pick(url, optional(_urls())),
    )


def target_starts(
    *,
    on: SearchStrategy[pendulum.Date | None] | None = None,
    wording: SearchStrategy[str | None] | None = None,
) -> SearchStrategy[TargetStart]:
    """Target starts: a date, or "as soon as possible" (no date)."""
    return st.builds(
        TargetStart,
        on=pick(on, optional(dates())),
        wording=pick(wording, optional(texts())),
    )


_key_documents = key_documents  # `posts` has a parameter of the same name


def posts(  # noqa: PLR0913 - one keyword per field of the model
    *,
    title: SearchStrategy[str] | None = None,
    kind: SearchStrategy[PostKind] | None = None,
    document: SearchStrategy[DocumentForm] | None = None,
    organisation: SearchStrategy[Organisation] | None = None,
    language: SearchStrategy[str] | None = None,
    reference: SearchStrategy[PostReference | None] | None = None,
    draft: SearchStrategy[bool] | None = None,
    fields_of_assignment: SearchStrategy[tuple[str, ...]] | None = None,
    sectors: SearchStrategy[tuple[str, ...]] | None = None,
    duty_station: SearchStrategy[DutyStation | None] | None = None,
    grade: SearchStrategy[GradeOffer | None] | None = None,
    sponsor: SearchStrategy[Sponsor | None] | None = None,
    appointment: SearchStrategy[AppointmentTerms | None] | None = None,
    target_start: SearchStrategy[TargetStart | None] | None = None,
    supervision: SearchStrategy[Supervision | None] | None = None,
    duties: SearchStrategy[Duties | None] | None = None,
    qualifications: SearchStrategy[Qualifications | None] | None = None,
    learning: SearchStrategy[Learning | None] | None = None,
    eligibility: SearchStrategy[EligibilityRules | None] | None = None,
    deadline: SearchStrategy[Deadline | None] | None = None,
    deadline_restatements: SearchStrategy[tuple[Deadline, ...]] | None = None,
    dtta: SearchStrategy[DttaAllowance | None] | None = None,
    application: SearchStrategy[Application | None] | None = None,
    introduction: SearchStrategy[tuple[str, ...]] | None = None,
    background: SearchStrategy[tuple[str, ...]] | None = None,
    key_documents: SearchStrategy[tuple[KeyDocument, ...]] | None = None,
    resource_urls: SearchStrategy[tuple[str, ...]] | None = None,
    statements: SearchStrategy[tuple[str, ...]] | None = None,
    contact: SearchStrategy[Contact | None] | None = None,
) -> SearchStrategy[Post]:
    """Whole posts, from a bare terms of reference to a complete vacancy announcement.

    Every part is present or absent independently; restatements of the deadline appear only
    with a deadline (either may lead). Collections are kept small so that a post
    generates in milliseconds.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=10)
    ... @given(posts(deadline=st.none()))
    ... def test_posts_without_a_deadline_restate_none(post):
    ...     assert post.deadline_restatements == ()
    >>> test_posts_without_a_deadline_restate_none()
    """
    restated = st.fixed_dictionaries(
        {"deadline_restatements": pick(deadline_restatements, tuples(deadlines(), max_size=1))}
    )
    unstated = st.fixed_dictionaries(
        {"deadline_restatements": pick(deadline_restatements, st.just(()))}
    )
    if deadline_restatements is not None and deadline is None:
        stated = deadlines()
        joint = led_by(
            "deadline_restatements",
            deadline_restatements,
            lambda again: st.fixed_dictionaries(
                {"deadline": stated if again else optional(stated)}
            ),
        )
    else:
        joint = led_by(
            "deadline",
            pick(deadline, optional(deadlines())),
            lambda stated: unstated if stated is None else restated,
        )
    return builds_joint(
        Post,
        joint,
        title=pick(title, texts()),
        kind=pick(kind, st.sampled_from(PostKind)),
        document=pick(document, st.sampled_from(DocumentForm)),
        organisation=pick(organisation, organisations()),
        language=pick(language, language_tags()),
        reference=pick(reference, optional(post_references())),
        draft=pick(draft, st.booleans()),
        fields_of_assignment=pick(fields_of_assignment, tuples(texts())),
        sectors=pick(sectors, tuples(texts())),
        duty_station=pick(duty_station, optional(duty_stations())),
        grade=pick(grade, optional(grade_offers())),
        sponsor=pick(sponsor, optional(sponsors())),
        appointment=pick(appointment, optional(appointment_terms())),
        target_start=pick(target_start, optional(target_starts())),
        supervision=pick(supervision, optional(supervisions())),
        duties=pick(duties, optional(_duties.duties())),
        qualifications=pick(qualifications, optional(_qualifications.qualifications())),
        learning=pick(learning, optional(_learning.learning())),
        eligibility=pick(eligibility, optional(eligibility_rules())),
        dtta=pick(dtta, optional(dtta_allowances())),
        application=pick(application, optional(applications())),
        introduction=pick(introduction, tuples(texts())),
        background=pick(background, tuples(texts())),
        key_documents=pick(key_documents, tuples(_key_documents())),
        resource_urls=pick(resource_urls, tuples(_urls())),
        statements=pick(statements, tuples(texts())),
        contact=pick(contact, optional(contacts())),
    )
