"""The post: the aggregate that ties every stated fact of an announcement together."""

from __future__ import annotations

import enum
from collections.abc import Iterator

import attrs
import pendulum

from jpo_model._model import (
    Model,
    checks,
    country_code,
    each,
    in_range,
    language_tag,
    problem,
    text,
    url,
)
from jpo_model.appointment import AppointmentTerms
from jpo_model.deadlines.deadline import Deadline
from jpo_model.dtta_allowance import DttaAllowance
from jpo_model.duties import Duties
from jpo_model.eligibility_rules import EligibilityRules
from jpo_model.errors import ErrorDetail
from jpo_model.grade import GradeOffer
from jpo_model.learning import Learning
from jpo_model.organisation import DutyStation, Organisation
from jpo_model.qualifications import Qualifications
from jpo_model.supervision import Supervision

__all__ = [
    "Application",
    "Contact",
    "DocumentForm",
    "KeyDocument",
    "Post",
    "PostKind",
    "PostReference",
    "Sponsor",
    "TargetStart",
]


class PostKind(enum.Enum):
    """What kind of post this is."""

    JPO = "jpo"
    """Junior Professional Officer / Associate Expert."""
    SARC = "sarc"
    """Special Assistant to the Resident Coordinator (JPO-like, at P3)."""
    STAFF_ROLE = "staff-role"
    """Another staff role, e.g. a gender focal point held beside other duties."""


class DocumentForm(enum.Enum):
    """The kind of document the post comes from."""

    TERMS_OF_REFERENCE = "terms-of-reference"
    VACANCY_ANNOUNCEMENT = "vacancy-announcement"
    VACANCY_PROPOSAL = "vacancy-proposal"
    JOB_DESCRIPTION = "job-description"


@attrs.frozen(kw_only=True)
class PostReference(Model):
    """A reference number as issued: "23P302", or ILO "post number 2340, issued May 2023"."""

    number: str = attrs.field(metadata=checks(text))
    """The number exactly as issued."""
    issuer: str | None = attrs.field(default=None, metadata=checks(text))
    """Who issued it, e.g. "UN JPO Programme" or "ILO"."""
    issued_year: int | None = attrs.field(default=None, metadata=checks(in_range(1945, 2200)))
    """Year of issue, if stated."""
    issued_month: int | None = attrs.field(default=None, metadata=checks(in_range(1, 12)))
    """Month of issue, if stated."""

    def _invariants(self) -> Iterator[ErrorDetail]:
        if self.issued_month is not None and self.issued_year is None:
            yield problem("a month of issue needs a year", self.issued_month, "issued_month")

    def __str__(self) -> str:
        return self.number


@attrs.frozen(kw_only=True)
class Sponsor(Model):
    """The sponsoring (donor) government or fund and its programme."""

    name: str = attrs.field(metadata=checks(text))
    """E.g. "Government of the Netherlands" or "DCC Trust Fund"."""
    country: str | None = attrs.field(default=None, metadata=checks(country_code))
    """ISO 3166 code of a sponsoring government; ``None`` for a fund."""
    programme: str | None = attrs.field(default=None, metadata=checks(text))
    """The donor's JPO programme, e.g. "Dutch JPO Programme"."""
    information: str | None = attrs.field(default=None, metadata=checks(text))
    """Where the programme's criteria are published, as named (e.g. "Nedworc Foundation")."""


@attrs.frozen(kw_only=True)
class Application(Model):
    """How to apply."""

    urls: tuple[str, ...] = attrs.field(default=(), metadata=checks(each(url)))
    """Where applications are submitted."""
    information_urls: tuple[str, ...] = attrs.field(default=(), metadata=checks(each(url)))
    """Where more information on applying is published."""
    online_only: bool = False
    """Applications are accepted online only."""
    notes: tuple[str, ...] = attrs.field(default=(), metadata=checks(each(text)))
    """Other statements on the process ("Only short-listed candidates will be contacted")."""


@attrs.frozen(kw_only=True)
class KeyDocument(Model):
    """A reference document named by the announcement, with its year."""

    title: str = attrs.field(metadata=checks(text))
    """The document's title."""
    year: int | None = attrs.field(default=None, metadata=checks(in_range(1900, 2200)))
    """Year of publication, if stated."""
    url: str | None = attrs.field(default=None, metadata=checks(url))
    """Where to read it, if given."""
    number: str | None = attrs.field(default=None, metadata=checks(text))
    """The document's number as printed, without brackets, e.g. "No. 202" for an ILO
    Recommendation; ``None`` if none is given."""


@attrs.frozen(kw_only=True)
class Contact(Model):
    """An office's postal contact as printed on the document."""

    organisation: str = attrs.field(metadata=checks(text))
    """The office, e.g. OSAGI."""
    address: tuple[str, ...] = attrs.field(default=(), metadata=checks(each(text)))
    """Address lines."""
    country: str | None = attrs.field(default=None, metadata=checks(country_code))
    """ISO 3166 code of the address's country."""
    url: str | None = attrs.field(default=None, metadata=checks(url))
    """The office's web address."""


@attrs.frozen(kw_only=True)
class TargetStart(Model):
    """When the assignment is to start: a date, or "as soon as possible".

    "Target Start Date 2026-03-02": ``on=Date(2026, 3, 2)``; "Start Date Required: As soon
    as possible": no date (``on=None``), which `as_soon_as_possible` reports.
    """

    on: pendulum.Date | None = None
    """The target first day of the assignment; ``None``: "as soon as possible"."""
    wording: str | None = attrs.field(default=None, metadata=checks(text))
    """The start as the announcement wrote it."""

    @property
    def as_soon_as_possible(self) -> bool:
        """The post is to be filled as soon as possible: no date is set."""
        return self.on is None


@attrs.frozen(kw_only=True)
class Post(Model):
    """A post as announced: every stated fact, typed; everything unstated is ``None`` or empty.

    >>> from jpo_model import examples
    >>> post = examples.load("ohchr-25p153")
    >>> (post.reference.number, str(post.grade), post.duty_station.city)
    ('25P153', 'P2 step 1', 'Geneva')
    """

    title: str = attrs.field(metadata=checks(text))
    """The post's title as announced."""
    kind: PostKind
    """JPO, SARC or another staff role."""
    document: DocumentForm
    """The form of the source document."""
    organisation: Organisation
    """Entity -> department -> unit."""
    language: str = attrs.field(default="en", metadata=checks(language_tag))
    """BCP 47 tag of the language the announcement's free text is written in."""
    reference: PostReference | None = None
    """The reference number, if any."""
    draft: bool = False
    """The document is marked as a draft."""
    fields_of_assignment: tuple[str, ...] = attrs.field(default=(), metadata=checks(each(text)))
    """Fields of assignment (e.g. "Gender Equality and Women's Empowerment")."""
    sectors: tuple[str, ...] = attrs.field(default=(), metadata=checks(each(text)))
    """Sectors of assignment (e.g. "Human Rights")."""
    duty_station: DutyStation | None = None
    """Where the post is located, if stated."""
    grade: GradeOffer | None = None
    """Grade and step, if stated."""
    sponsor: Sponsor | None = None
    """The sponsoring government or fund, if known."""
    appointment: AppointmentTerms | None = None
    """Duration and extension terms, if stated."""
    target_start: TargetStart | None = None
    """When the assignment is to start, if stated."""
    supervision: Supervision | None = None
    """Supervision arrangements, if stated."""
    duties: Duties | None = None
    """Duties and responsibilities."""
    qualifications: Qualifications | None = None
    """Required and desirable qualifications."""
    learning: Learning | None = None
    """Learning elements, training components and events."""
    eligibility: EligibilityRules | None = None
    """The sponsoring programme's eligibility rules, if stated."""
    deadline: Deadline | None = None
    """The closing deadline, in its most complete statement."""
    deadline_restatements: tuple[Deadline, ...] = ()
    """Other places the same deadline is stated (e.g. a header's short form)."""
    dtta: DttaAllowance | None = None
    """The DTTA stated on the post, if any."""
    application: Application | None = None
    """How to apply, if stated."""
    introduction: tuple[str, ...] = attrs.field(default=(), metadata=checks(each(text)))
    """Introductory paragraphs about the post or its purpose."""
    background: tuple[str, ...] = attrs.field(default=(), metadata=checks(each(text)))
    """Background paragraphs on the entity, department or section."""
    key_documents: tuple[KeyDocument, ...] = ()
    """Reference documents named by the announcement."""
    resource_urls: tuple[str, ...] = attrs.field(default=(), metadata=checks(each(url)))
    """Where further resource documents and publications are found (seed 2212:
    "For more resource documents and publications: www.social-protection.org")."""
    statements: tuple[str, ...] = attrs.field(default=(), metadata=checks(each(text)))
    """Standard statements (workforce diversity, smoke-free environment …)."""
    contact: Contact | None = None
    """The issuing office's contact, if printed."""

    def _invariants(self) -> Iterator[ErrorDetail]:
        if self.deadline_restatements and self.deadline is None:
            yield problem(
                "restatements need a deadline", len(self.deadline_restatements), "deadline"
            )
