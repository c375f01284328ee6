"""The bundled examples: their names, loading, hashing and round-trips."""

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


def test_names_are_the_seed_slugs_in_order() -> None:
    """`examples.names()` lists the five seeds' slugs in the order of the source files."""
    assert SEED_SLUGS == examples.names()


@pytest.mark.parametrize("slug", SEED_SLUGS)
def test_every_example_loads_as_a_post(slug: str) -> None:
    """Each bundled example loads as a `Post`."""
    assert isinstance(examples.load(slug), Post)


@pytest.mark.parametrize("slug", SEED_SLUGS)
def test_every_example_is_hashable(slug: str) -> None:
    """Each example hashes, and equal loads hash equally."""
    assert hash(examples.load(slug)) == hash(examples.load(slug))


@pytest.mark.parametrize("fmt", ["json", "toml"])
@pytest.mark.parametrize("slug", SEED_SLUGS)
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
    assert [] == [slug for slug in SEED_SLUGS if slug not in message]
