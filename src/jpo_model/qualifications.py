"""Qualifications: education, work experience, languages, skills and competencies."""

from __future__ import annotations

import enum
from collections.abc import Iterator
from decimal import Decimal

import attrs

from jpo_model._model import (
    MOST_YEARS,
    Model,
    checks,
    each,
    finite_decimal,
    in_range,
    language_tag,
    non_empty,
    problem,
    text,
)
from jpo_model.errors import ErrorDetail

__all__ = [
    "Competencies",
    "Competency",
    "CompetencyFramework",
    "DegreeSubstitution",
    "EducationLevel",
    "EducationRequirement",
    "ExperienceCounting",
    "ExperienceKind",
    "ExperienceRequirement",
    "ExperienceWeight",
    "LanguageRequirement",
    "Necessity",
    "Proficiency",
    "Qualifications",
    "Requirement",
]


class Necessity(enum.Enum):
    """How strongly a qualification is asked for."""

    REQUIRED = "required"
    HIGHLY_DESIRABLE = "highly-desirable"
    DESIRABLE = "desirable"


class EducationLevel(enum.Enum):
    """University degree levels as UN announcements name them, lowest first."""

    FIRST_LEVEL = "first-level"
    """Bachelor's degree or equivalent."""
    ADVANCED = "advanced"
    """Master's degree or equivalent."""
    DOCTORATE = "doctorate"
    """Doctoral degree."""

    @property
    def rank(self) -> int:
        """Order of the level: a higher rank satisfies a lower requirement."""
        return _EDUCATION_RANK[self]


_EDUCATION_RANK = {
    EducationLevel.FIRST_LEVEL: 1,
    EducationLevel.ADVANCED: 2,
    EducationLevel.DOCTORATE: 3,
}


@attrs.frozen(kw_only=True)
class DegreeSubstitution(Model):
    """A lower degree plus qualifying experience accepted in lieu of a higher one.

    Seed 25P153: a first-level degree "in combination with two additional years (i.e. a
    minimum of 4 years) of qualifying experience" in lieu of the advanced degree.
    """

    held: EducationLevel
    """The degree the candidate holds."""
    in_lieu_of: EducationLevel
    """The degree it stands in for."""
    additional_experience_years: int = attrs.field(metadata=checks(in_range(0, MOST_YEARS)))
    """Years of qualifying experience added to the experience requirement."""
    exceptional: bool = False
    """Accepted only "in exceptional cases"."""

    def _invariants(self) -> Iterator[ErrorDetail]:
        if self.held.rank >= self.in_lieu_of.rank:
            yield problem("must stand in for a higher degree", self.held.value, "held")


@attrs.frozen(kw_only=True)
class EducationRequirement(Model):
    """Degree levels, fields of study and accepted substitutions."""

    minimum: EducationLevel | None = None
    """The lowest degree accepted without substitution, if stated."""
    desirable: EducationLevel | None = None
    """A higher degree that is an advantage, if stated."""
    fields: tuple[str, ...] = attrs.field(default=(), metadata=checks(each(text)))
    """Fields of study as listed (an open vocabulary)."""
    related_fields_accepted: bool = False
    """"or another relevant field": a related field is acceptable (a human judgement)."""
    substitutions: tuple[DegreeSubstitution, ...] = ()
    """Lower degrees plus experience accepted in lieu of the minimum."""
    equivalent_experience_accepted: bool = False
    """"or the equivalent professional experience" is accepted in lieu of the degree."""

    def _invariants(self) -> Iterator[ErrorDetail]:
        lo, hi = self.minimum, self.desirable
        if lo is not None and hi is not None and hi.rank <= lo.rank:
            yield problem("must be higher than the minimum", hi.value, "desirable")


class ExperienceKind(enum.Enum):
    """The kind of a period of work experience, as counting rules distinguish them."""

    EMPLOYMENT = "employment"
    INTERNSHIP = "internship"
    VOLUNTEERING = "volunteering"
    UNV = "unv"
    """United Nations Volunteer assignment."""
    CONSULTANCY = "consultancy"
    FELLOWSHIP = "fellowship"


@attrs.frozen(kw_only=True)
class ExperienceWeight(Model):
    """The share at which experience of one kind counts (internships at 50 %)."""

    kind: ExperienceKind
    """The kind of experience weighted."""
    percent: Decimal = attrs.field(
        metadata=checks(finite_decimal, in_range(Decimal(0), Decimal(100)))
    )
    """The share in percent, 0-100."""
    if_relevant: bool = False
    """The weight applies only to relevant experience ("if considered relevant")."""


@attrs.frozen(kw_only=True)
class ExperienceCounting(Model):
    """How work experience is counted; kinds without a weight count in full."""

    only_after_first_degree: bool = False
    """Only experience acquired after the first-level degree counts."""
    weights: tuple[ExperienceWeight, ...] = ()
    """Reduced weights per kind of experience."""
    part_time_pro_rata: bool = True
    """Part-time work counts in proportion to its share of full time."""

    def _invariants(self) -> Iterator[ErrorDetail]:
        kinds = [w.kind for w in self.weights]
        if len(set(kinds)) != len(kinds):
            yield problem("must weight each kind at most once", [k.value for k in kinds], "weights")

    def weight_of(self, kind: ExperienceKind) -> Decimal:
        """The percentage at which a kind of experience counts (100 unless weighted)."""
        return next((w.percent for w in self.weights if w.kind is kind), Decimal(100))


@attrs.frozen(kw_only=True)
class Requirement(Model):
    """One stated qualification in prose, with how strongly it is asked for."""

    text: str = attrs.field(metadata=checks(text))
    """The requirement as written."""
    necessity: Necessity = Necessity.REQUIRED
    """Required, highly desirable or desirable."""


@attrs.frozen(kw_only=True)
class ExperienceRequirement(Model):
    """Years and areas of work experience, and how experience is counted."""

    minimum_years: int | None = attrs.field(default=None, metadata=checks(in_range(0, MOST_YEARS)))
    """The minimum years of experience, if stated."""
    maximum_years: int | None = attrs.field(default=None, metadata=checks(in_range(1, MOST_YEARS)))
    """The upper end of a range such as "two to three years", if stated."""
    areas: tuple[str, ...] = attrs.field(default=(), metadata=checks(each(text)))
    """The areas the experience must be in."""
    relevant: bool = True
    """The experience must be relevant to the areas (a human judgement)."""
    paid_only: bool = False
    """Only paid experience counts ("two years of paid professional experience"): unpaid
    periods count nothing, and periods whose pay is not stated need review."""
    progressive: bool = False
    """"progressively relevant" / responsible experience."""
    level: str | None = attrs.field(default=None, metadata=checks(text))
    """The level asked for, e.g. "national / international"."""
    statements: tuple[Requirement, ...] = ()
    """Further required or desirable experience, as written."""
    counting: ExperienceCounting | None = None
    """Counting rules, if the announcement states any."""

    def _invariants(self) -> Iterator[ErrorDetail]:
        lo, hi = self.minimum_years, self.maximum_years
        if lo is not None and hi is not None and hi < lo:
            yield problem("must not be below the minimum", hi, "maximum_years")


class Proficiency(enum.Enum):
    """Language proficiency as announcements phrase it, lowest first."""

    KNOWLEDGE = "knowledge"
    GOOD = "good"
    PROFICIENT = "proficient"
    FLUENT = "fluent"
    EXCELLENT = "excellent"

    @property
    def rank(self) -> int:
        """Order of the level: a higher rank satisfies a lower requirement."""
        return list(Proficiency).index(self)


@attrs.frozen(kw_only=True)
class LanguageRequirement(Model):
    """A language requirement: ``count`` of ``languages`` at ``level`` or better.

    "fluency in English": ``languages=("en",), count=1``; "one working language of the ILO
    (English, French, Spanish)": ``languages=("en", "fr", "es"), count=1``; "a second working
    language": the same languages with ``count=2``.
    """

    languages: tuple[str, ...] = attrs.field(metadata=checks(non_empty, each(language_tag)))
    """The languages, as BCP 47 tags (``en``, ``fr``, ``zh-Hans``)."""
    level: Proficiency
    """The least proficiency that satisfies the requirement."""
    necessity: Necessity = Necessity.REQUIRED
    """Required or desirable; desirable requirements are never decisive."""
    count: int = attrs.field(default=1, metadata=checks(in_range(1, None)))
    """How many of the languages are needed."""

    def _invariants(self) -> Iterator[ErrorDetail]:
        if len(set(self.languages)) != len(self.languages):
            yield problem("must not repeat a language", self.languages, "languages")
        if self.count > len(self.languages):
            yield problem("exceeds the number of languages listed", self.count, "count")


class CompetencyFramework(enum.Enum):
    """The competency framework a post's competencies come from."""

    UN = "un"
    """UN values and competencies (UN Secretariat)."""
    ILO = "ilo"
    """ILO competency model."""


@attrs.frozen(kw_only=True)
class Competency(Model):
    """A named competency with the behaviours the post expects."""

    name: str = attrs.field(metadata=checks(text))
    """The competency's name, e.g. "Professionalism"."""
    description: str | None = attrs.field(default=None, metadata=checks(text))
    """Its description as written."""


@attrs.frozen(kw_only=True)
class Competencies(Model):
    """The competencies a post requires, from one framework."""

    framework: CompetencyFramework
    """Which framework the competencies belong to."""
    items: tuple[Competency, ...] = ()
    """The competencies listed."""
    includes_core: bool = False
    """The framework's core competencies are required in addition to the listed ones."""


@attrs.frozen(kw_only=True)
class Qualifications(Model):
    """Everything the post asks of a candidate's education, experience and skills."""

    education: EducationRequirement | None = None
    """Degree requirements."""
    experience: ExperienceRequirement | None = None
    """Work experience requirements."""
    languages: tuple[LanguageRequirement, ...] = ()
    """Language requirements, required ones first."""
    working_languages: tuple[str, ...] = attrs.field(
        default=(), metadata=checks(each(language_tag))
    )
    """The organisation's working languages as the announcement names them."""
    skills: tuple[Requirement, ...] = ()
    """Skills, each required or desirable."""
    competencies: Competencies | None = None
    """Competencies and their framework."""
