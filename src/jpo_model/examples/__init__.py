"""The five source announcements, bundled as typed example posts.

>>> from jpo_model import examples
>>> examples.names()[:3]
('rco-cambodia-23p302', 'ilo-ethics-2340', 'ohchr-25p153')
>>> examples.load("ilo-ethics-2340").reference.number
'2340'
"""

from __future__ import annotations

from importlib import resources

from jpo_model.errors import UnknownExampleError
from jpo_model.interchange.serialization import loads
from jpo_model.posts import Post

__all__ = ["load", "names"]

_SLUGS = (
    "rco-cambodia-23p302",
    "ilo-ethics-2340",
    "ohchr-25p153",
    "osagi-gender-focal-point",
    "ilo-socpro-2212",
)


def names() -> tuple[str, ...]:
    """The slugs of the bundled examples, in the order of the source files."""
    return _SLUGS


def load(slug: str) -> Post:
    """Load a bundled example post by its slug.

    Raises `UnknownExampleError` (a `LookupError`) naming every known slug.
    """
    if slug not in _SLUGS:
        raise UnknownExampleError.for_slug(slug, _SLUGS)
    text = resources.files(__package__).joinpath("data", f"{slug}.json").read_text("utf-8")
    return loads(text, Post)
