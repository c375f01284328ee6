"""Real announcements, bundled as typed example posts, each with the address of its source.

The first five are the seed documents the model was built from (``../shared/seeds/`` of the
repository's checkout, not published); the other six are published announcements of other
agencies and sponsors (UNHCR, WFP, ILO for the Netherlands, OCHA, and Italy's call through
UN/DESA, in Italian), read from the public pages that `sources` names. Each holds only the
facts its text states; what an excerpt leaves out stays unstated.

>>> from jpo_model import examples
>>> examples.names()[:3]
('rco-cambodia-23p302', 'ilo-ethics-2340', 'ohchr-25p153')
>>> examples.load("ilo-ethics-2340").reference.number
'2340'
>>> examples.sources()["wfp-maputo-gender-protection"]
'http://d2joq6sj09wk6y.cloudfront.net/jobs/1135967'
"""

from __future__ import annotations

from collections.abc import Mapping
from importlib import resources
from types import MappingProxyType

from jpo_model.errors import UnknownExampleError

TYPE_CHECKING = False  # not `typing.TYPE_CHECKING`, as in `jpo_model`
if TYPE_CHECKING:
    from jpo_model.posts import Post

__all__ = ["load", "names", "sources"]

# Slug -> where the announcement was read: a seed file of the repository's checkout
# (../shared/seeds/README.md lists them), or the public web page of the text.
_SOURCES: Mapping[str, str] = MappingProxyType(
    {
        "rco-cambodia-23p302": "../shared/seeds/000_a23a2f03c1031300.txt",
        "ilo-ethics-2340": "../shared/seeds/001_7523aa324b10b826.txt",
        "ohchr-25p153": "../shared/seeds/002_79a711115a296add.txt",
        "osagi-gender-focal-point": "../shared/seeds/003_2fecbb0ebb8bc5c7.txt",
        "ilo-socpro-2212": "../shared/seeds/004_a56a5a441572a93c.txt",
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
)

_SLUGS = tuple(_SOURCES)


def names() -> tuple[str, ...]:
    """The slugs of the bundled examples: the five seeds in file order, then the others."""
    return _SLUGS


def sources() -> Mapping[str, str]:
    """Where each bundled example was read, by slug, in the order of `names` (read-only).

    A seed's source is its file under ``../shared/seeds/`` relative to the repository's
    checkout; every other example's is the web address of the published text.
    """
    return _SOURCES


def load(slug: str) -> Post:
    """Load a bundled example post by its slug.

    Raises `UnknownExampleError` (a `LookupError`) naming every known slug.
    """
    if slug not in _SLUGS:
        raise UnknownExampleError.for_slug(slug, _SLUGS)
    # The model and its converter load with the first post, not for `names` or `sources`.
    from jpo_model.interchange.serialization import loads  # noqa: PLC0415 - on first load
    from jpo_model.posts import Post  # noqa: PLC0415 - on first load

    text = resources.files(__package__).joinpath("data", f"{slug}.json").read_text("utf-8")
    return loads(text, Post)
