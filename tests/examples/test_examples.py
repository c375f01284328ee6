"""The bundled examples: their names, sources, loading, hashing and round-trips."""

from __future__ import annotations

import pytest

import jpo_model
from jpo_model import Post, UnknownExampleError, dumps, examples, loads
from jpo_model.interchange.serialization import Format

SEED_SLUGS = (
    "rco-cambodia-23p302",
    "ilo-ethics-2340",
    "ohchr-25p153",
    "osagi-gender-focal-point",
    "ilo-socpro-2212",
)
"""The slugs of the seeds README, in the order of the source files."""

PUBLISHED_SOURCES = {
    "unhcr-luanda-10021061": (
        "https://fdocuments.in/document/"
        "unhcr-terms-of-reference-for-junior-professional-2020-02-03-24-es-nt-ialm-uq.html"
    ),
    "wfp-maputo-gender-protection": "http://d2joq6sj09wk6y.cloudfront.net/jobs/1135967",
    "ilo-addis-ababa-labour-migration": (
        "http://naombakazi.blogspot.com/2015/11/junior-professional-officer-labour.html"
    ),
    "unhcr-associate-programme-officer-pr2": "https://www.unjobnet.org/jobs/detail/84413855",
    "ocha-jerusalem-isr-160-17-p049": "https://docsbay.net/united-nations-jpoprogramme",
    "undesa-italy-jpo-call-2022": (
        "https://alexahm.com/onuitalia/2022/10/20/"
        "giovani-e-onu-online-il-bando-per-i-giovani-funzionari-delle-oi-jpo-edizione-2022-23"
    ),
}
"""The published announcements beyond the seeds, with the pages they were read from
(tests/reading/corpus/README.md lists the same addresses)."""

SLUGS = (*SEED_SLUGS, *PUBLISHED_SOURCES)


def test_names_are_the_seed_slugs_in_order_then_the_published_ones() -> None:
    """`examples.names()` lists the five seeds in file order, then the published examples."""
    assert SLUGS == examples.names()


def test_sources_name_each_seed_file_and_each_published_page() -> None:
    """`examples.sources()` gives each seed's file and each other example's web address."""
    seed_files = (
        "000_a23a2f03c1031300.txt",
        "001_7523aa324b10b826.txt",
        "002_79a711115a296add.txt",
        "003_2fecbb0ebb8bc5c7.txt",
        "004_a56a5a441572a93c.txt",
    )
    expected = {
        **{
            slug: f"../shared/seeds/{name}"
            for slug, name in zip(SEED_SLUGS, seed_files, strict=True)
        },
        **PUBLISHED_SOURCES,
    }
    assert expected == dict(examples.sources())
    assert list(examples.names()) == list(examples.sources())


def test_sources_are_read_only() -> None:
    """The source index cannot be changed through the mapping `sources()` returns."""
    index = examples.sources()
    with pytest.raises(TypeError):
        index["ohchr-25p153"] = "https://example.org"  # type: ignore[index]
    assert "../shared/seeds/002_79a711115a296add.txt" == examples.sources()["ohchr-25p153"]


def test_at_least_one_example_is_not_in_english() -> None:
    """The Italian call for the JPO Programme is bundled in its own language."""
    expected = {"undesa-italy-jpo-call-2022": "it"}
    actual = {s: examples.load(s).language for s in SLUGS if examples.load(s).language != "en"}
    assert expected == actual


@pytest.mark.parametrize("slug", SLUGS)
def test_every_example_loads_as_a_post(slug: str) -> None:
    """Each bundled example loads as a `Post`."""
    assert isinstance(examples.load(slug), Post)


@pytest.mark.parametrize("slug", SLUGS)
def test_every_example_is_hashable(slug: str) -> None:
    """Each example hashes, and equal loads hash equally."""
    assert hash(examples.load(slug)) == hash(examples.load(slug))


@pytest.mark.parametrize("fmt", ["json", "toml"])
@pytest.mark.parametrize("slug", SLUGS)
def test_every_example_round_trips(slug: str, fmt: Format) -> None:
    """Each example survives `dumps` then `loads` unchanged, in JSON and in TOML."""
    post = examples.load(slug)
    assert post == loads(dumps(post, format=fmt), Post, format=fmt)


def test_unknown_slug_raises_a_lookup_error_naming_every_slug() -> None:
    """An unknown slug raises `UnknownExampleError`, a `LookupError` listing every known slug."""
    with pytest.raises(UnknownExampleError) as caught:
        examples.load("no-such-post")
    assert isinstance(caught.value, LookupError)
    assert isinstance(caught.value, jpo_model.JpoModelError)
    message = str(caught.value)
    assert "no-such-post" in message
    assert [] == [slug for slug in SLUGS if slug not in message]
