"""A candidate's profile: what eligibility rules are applied to.

Only the facts the rules need: birth date, nationalities, degrees, periods of experience,
languages and military service. Judgements a machine cannot make (is this internship
relevant?) are data too: `Relevance.UNKNOWN`, like pay left unstated
(``ExperiencePeriod.paid``), makes an assessment ask for review instead of guessing.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator
from decimal import Decimal

import attrs
import pendulum

from jpo_model._model import (
    MOST_MONTHS,
    Model,
    checks,
    country_code,
    each,
    finite_decimal,
    in_range,
    language_tag,
    non_empty,
    problem,
    text,
)
from jpo_model.errors import ErrorDetail
from jpo_model.qualifications import EducationLevel, ExperienceKind, Proficiency

__all__ = ["Candidate", "Degree", "ExperiencePeriod", "LanguageSkill", "Relevance"]


class Relevance(enum.Enum):
    """Whether a period of experience is relevant to the post, as judged by a person."""

    RELEVANT = "relevant"
    NOT_RELEVANT = "not-relevant"
    UNKNOWN = "unknown"
    """Not judged yet: an assessment that depends on it needs review."""


@attrs.frozen(kw_only=True)
class Degree(Model):
    """A university degree: level, field, where it was studied and when it was completed."""

    level: EducationLevel
    """First-level, advanced or doctorate."""
    field: str = attrs.field(metadata=checks(text))
    """The field of study as the candidate states it (an open vocabulary)."""
    countries: frozenset[str] = attrs.field(metadata=checks(non_empty, each(country_code)))
    """ISO 3166 codes of the countries where the studies took place."""
    completed: pendulum.Date
    """The day the degree was (or will be) obtained."""


@attrs.frozen(kw_only=True)
class ExperiencePeriod(Model):
    """A period of work experience; ``end`` is the last day worked (``None``: ongoing)."""

    kind: ExperienceKind
    """Employment, internship, volunteering, UNV, consultancy or fellowship."""
    start: pendulum.Date
    """The first day worked."""
    end: pendulum.Date | None = None
    """The last day worked, inclusive; ``None`` while the period is ongoing."""
    un_system: bool = False
    """The employer is an organisation of the UN system."""
    full_time_percent: Decimal = attrs.field(
        default=Decimal(100),
        metadata=checks(finite_decimal, in_range(Decimal("0.01"), Decimal(100))),
    )
    """The share of full time worked, in percent (100: full time; 50: half time)."""
    relevance: Relevance = Relevance.UNKNOWN
    """Whether the experience is relevant to the post."""
    paid: bool | None = None
    """Whether the work was paid; ``None``: not stated (where only paid experience counts,
    an assessment that depends on it needs review)."""
    employer: str | None = attrs.field(default=None, metadata=checks(text))
    """The employer's name, for people reading a report."""

    def _invariants(self) -> Iterator[ErrorDetail]:
        if self.end is not None and self.end < self.start:
            yield problem("must not be before start", self.end.isoformat(), "end")


@attrs.frozen(kw_only=True)
class LanguageSkill(Model):
    """A language the candidate speaks, at a proficiency."""

    language: str = attrs.field(metadata=checks(language_tag))
    """The language as a BCP 47 tag (``en``, ``fr``, ``zh-Hans``)."""
    level: Proficiency
    """The candidate's proficiency."""


@attrs.frozen(kw_only=True)
class Candidate(Model):
    """A candidate's profile, as eligibility rules read it.

    >>> import pendulum
    >>> candidate = Candidate(
    ...     birth_date=pendulum.Date(1995, 5, 17), nationalities=frozenset({"KE"}))
    >>> sorted(candidate.nationalities), candidate.degrees
    (['KE'], ())
    """

    birth_date: pendulum.Date
    """The candidate's date of birth."""
    nationalities: frozenset[str] = attrs.field(metadata=checks(non_empty, each(country_code)))
    """ISO 3166 codes of every nationality held (dual nationals list both)."""
    degrees: tuple[Degree, ...] = ()
    """University degrees, in any order."""
    experience: tuple[ExperiencePeriod, ...] = ()
    """Periods of work experience, in any order; they may overlap."""
    languages: tuple[LanguageSkill, ...] = ()
    """Languages spoken, each once."""
    military_service_months: int | None = attrs.field(
        default=None, metadata=checks(in_range(0, MOST_MONTHS))
    )
    """Months of military service, if any was stated (``None`` counts as none)."""
    reference: str | None = attrs.field(default=None, metadata=checks(text))
    """An identifier shown in reports, such as an application number."""

    def _invariants(self) -> Iterator[ErrorDetail]:
        tags = [skill.language for skill in self.languages]
        if len(set(tags)) != len(tags):
            yield problem("must not repeat a language", tags, "languages")
