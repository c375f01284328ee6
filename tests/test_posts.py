"""The post aggregate and its parts (`jpo_model.posts`)."""

from __future__ import annotations

from collections.abc import Callable

import attrs
import pendulum
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jpo_model import (
    Application,
    Contact,
    Deadline,
    DocumentForm,
    KeyDocument,
    Organisation,
    OrganisationLevel,
    OrganisationUnit,
    Post,
    PostKind,
    PostReference,
    Sponsor,
    ValidationError,
    dumps,
    examples,
    from_dict,
    loads,
    to_dict,
)
from jpo_model.posts import TargetStart
from jpo_model.strategies import deadlines, posts

OHCHR = Organisation(
    units=(OrganisationUnit(name="OHCHR", level=OrganisationLevel.ENTITY, abbreviation="OHCHR"),)
)


def _problems(build: Callable[[], object]) -> list[tuple[str, str, object]]:
    with pytest.raises(ValidationError) as caught:
        build()
    return [(e.path, e.message, e.value) for e in caught.value.errors]


def _post(**fields: object) -> Post:
    base: dict[str, object] = {
        "title": "Associate Human Rights Officer",
        "kind": PostKind.JPO,
        "document": DocumentForm.VACANCY_ANNOUNCEMENT,
        "organisation": OHCHR,
    }
    return Post(**{**base, **fields})  # type: ignore[arg-type]


def test_a_bare_terms_of_reference() -> None:
    """Seed 000: a ToR without donor, grade, deadline or DTTA is a valid post."""
    post = _post(document=DocumentForm.TERMS_OF_REFERENCE)
    assert (None, None, None, None, "en") == (
        post.sponsor,
        post.grade,
        post.deadline,
        post.dtta,
        post.language,
    )


def test_the_bundled_example_is_a_post() -> None:
    """The bundled seed 25P153 loads as a post with its reference and duty station."""
    post = examples.load("ohchr-25p153")
    assert post.reference is not None
    assert "25P153" == str(post.reference)


def test_restatements_need_a_deadline() -> None:
    """A header's short form of the deadline restates a deadline that must exist."""
    short = Deadline(date=pendulum.Date(2026, 3, 10), wording="10 March 2026 6pm EST")
    assert [("deadline", "restatements need a deadline", 1)] == _problems(
        lambda: _post(deadline_restatements=(short,))
    )
    assert (short,) == _post(deadline=short, deadline_restatements=(short,)).deadline_restatements


def test_post_fields_are_all_checked() -> None:
    """Title, language and lists of text are checked together, each with its path."""
    assert [
        ("title", "must not be empty", ""),
        ("language", "is not a BCP 47 language tag with a known language", "English"),
        ("sectors[0]", "must not start or end with whitespace", "Human Rights "),
        ("resource_urls[0]", "is not an http(s) URL", "www.social-protection.org"),
    ] == _problems(
        lambda: _post(
            title="",
            language="English",
            sectors=("Human Rights ",),
            resource_urls=("www.social-protection.org",),
        )
    )


def test_reference_numbers_as_issued() -> None:
    """ILO "post number 2340, issued May 2023" keeps the number, issuer, year and month."""
    reference = PostReference(number="2340", issuer="ILO", issued_year=2023, issued_month=5)
    assert "2340" == str(reference)


def test_a_month_of_issue_needs_a_year() -> None:
    """A month without a year is not a date of issue; out-of-range values are refused."""
    assert [("issued_month", "a month of issue needs a year", 5)] == _problems(
        lambda: PostReference(number="2340", issued_month=5)
    )
    assert ["issued_year", "issued_month"] == [
        p[0]
        for p in _problems(lambda: PostReference(number="1", issued_year=1900, issued_month=13))
    ]


def test_sponsors_governments_and_funds() -> None:
    """A government sponsor has a country; a fund such as the DCC Trust Fund has none."""
    netherlands = Sponsor(
        name="Government of the Netherlands", country="NL", programme="Dutch JPO Programme"
    )
    fund = Sponsor(name="DCC Trust Fund")
    assert ("NL", None) == (netherlands.country, fund.country)
    assert [("country", "is not an ISO 3166-1 alpha-2 country or territory code", "EU")] == (
        _problems(lambda: Sponsor(name="European Union", country="EU"))
    )


def test_application_links_are_urls() -> None:
    """Application and information links must be http(s) URLs."""
    application = Application(urls=("https://careers.un.org",), online_only=True)
    assert application.online_only
    assert ["urls[0]", "information_urls[1]", "notes[0]"] == [
        p[0]
        for p in _problems(
            lambda: Application(
                urls=("careers.un.org",),
                information_urls=("https://jposc.undp.org", "mailto:jpo@un.org"),
                notes=("",),
            )
        )
    ]


def test_key_documents_and_contacts() -> None:
    """Documents carry a plausible year and a URL; contacts a country and a URL."""
    document = KeyDocument(title="Convention No. 202", year=2012, number="202")
    contact = Contact(
        organisation="OSAGI", address=("405 East 42nd Street", "New York"), country="US"
    )
    assert (2012, "US") == (document.year, contact.country)
    assert ["year", "url"] == [
        p[0] for p in _problems(lambda: KeyDocument(title="Old", year=1899, url="ftp://x.org"))
    ]
    assert ["organisation", "country"] == [
        p[0] for p in _problems(lambda: Contact(organisation=" ", country="UN"))
    ]


def test_a_target_start_date_is_a_date() -> None:
    """ "Target Start Date 2026-03-02": the assignment is to start on 2 March 2026."""
    start = TargetStart(on=pendulum.Date(2026, 3, 2), wording="Target Start Date 2026-03-02")
    assert (pendulum.Date(2026, 3, 2), False) == (start.on, start.as_soon_as_possible)


def test_as_soon_as_possible_is_a_start_without_a_date() -> None:
    """ "Start Date Required: As soon as possible": no date, and the post says so."""
    start = TargetStart(wording="As soon as possible")
    assert (None, True) == (start.on, start.as_soon_as_possible)


@pytest.mark.parametrize(
    "start",
    [
        TargetStart(on=pendulum.Date(2026, 3, 2), wording="Target Start Date 2026-03-02"),
        TargetStart(wording="Start Date Required: As soon as possible"),
    ],
)
def test_a_posts_target_start_round_trips(start: TargetStart) -> None:
    """A post's target start, dated or "as soon as possible", survives dicts, JSON and TOML."""
    post = attrs.evolve(examples.load("ohchr-25p153"), target_start=start)
    written = to_dict(post)["target_start"]
    expected = {"wording": start.wording} | ({"on": "2026-03-02"} if start.on else {})
    assert expected == written
    assert post == from_dict(to_dict(post), Post)
    for fmt in ("json", "toml"):
        assert post == loads(dumps(post, format=fmt), Post, format=fmt)


@settings(max_examples=20)  # posts are big; their parts have their own properties
@given(
    posts(
        deadline=deadlines(),
        deadline_restatements=st.lists(deadlines(), min_size=1, max_size=2).map(tuple),
    )
)
def test_dropping_the_deadline_of_a_restating_post_is_refused(post: Post) -> None:
    """Any post that restates its deadline becomes invalid without it."""
    with pytest.raises(ValidationError):
        attrs.evolve(post, deadline=None)
