"""Where a post sits: the organisation path (entity, department, unit) and the duty station."""

from __future__ import annotations

import enum
from collections.abc import Iterator

import attrs

from jpo_model._model import Model, checks, country_code, non_empty, problem, text, time_zone
from jpo_model.errors import ErrorDetail

__all__ = [
    "DutyStation",
    "FamilyStatus",
    "HardshipCategory",
    "Organisation",
    "OrganisationLevel",
    "OrganisationUnit",
]


class OrganisationLevel(enum.Enum):
    """The level of a unit in an organisation path, from the entity down."""

    ENTITY = "entity"
    SYSTEM = "system"
    DEPARTMENT = "department"
    DIVISION = "division"
    OFFICE = "office"
    BRANCH = "branch"
    SECTION = "section"
    UNIT = "unit"
    TEAM = "team"


@attrs.frozen(kw_only=True)
class OrganisationUnit(Model):
    """One step of an organisation path, e.g. the Ethics Office of the ILO."""

    name: str = attrs.field(metadata=checks(text))
    """The unit's name as the announcement writes it."""
    level: OrganisationLevel
    """Where the unit sits in the hierarchy."""
    abbreviation: str | None = attrs.field(default=None, metadata=checks(text))
    """The acronym the announcement uses, e.g. ``OHCHR`` or ``SOC/POLICY``."""


@attrs.frozen(kw_only=True)
class Organisation(Model):
    """The organisation path of a post, from the UN entity down to the unit or section."""

    units: tuple[OrganisationUnit, ...] = attrs.field(metadata=checks(non_empty))
    """Entity first, then department, then unit or section."""

    @property
    def entity(self) -> OrganisationUnit:
        """The UN entity that hosts the post (the first unit of the path)."""
        return self.units[0]

    def __str__(self) -> str:
        return " / ".join(u.name for u in self.units)


class FamilyStatus(enum.Enum):
    """Whether staff may bring their families to the duty station (independent of hardship)."""

    FAMILY = "family"
    NON_FAMILY = "non-family"
    NOT_STATED = "not-stated"


class HardshipCategory(enum.Enum):
    """ICSC hardship classification: H for headquarters, A (least) to E (most hardship).

    Source: https://icsc.un.org/Home/MobilityHardship
    """

    H = "H"
    A = "A"
    B = "B"
    C = "C"
    D = "D"
    E = "E"


@attrs.frozen(kw_only=True)
class DutyStation(Model):
    """Where the post is located: city, country or territory, time zone and conditions.

    A home-based post has no city; the country is still stated. A territory such as
    "Jerusalem, oPt" uses its ISO 3166 code (``PS``).
    """

    country: str = attrs.field(metadata=checks(country_code))
    """ISO 3166-1 alpha-2 code of the country or territory."""
    city: str | None = attrs.field(default=None, metadata=checks(text))
    """The city as the announcement writes it; ``None`` for a home-based post."""
    time_zone: str | None = attrs.field(default=None, metadata=checks(time_zone))
    """IANA time zone of the duty station, e.g. ``Europe/Zurich``."""
    family_status: FamilyStatus = FamilyStatus.NOT_STATED
    """Family or non-family duty station, or not stated."""
    hardship: HardshipCategory | None = None
    """ICSC hardship category; ``None`` when not stated."""
    home_based: bool = False
    """The post is performed from home rather than from an office."""

    def _invariants(self) -> Iterator[ErrorDetail]:
        if self.home_based and self.city is not None:
            yield problem("a home-based post has no city", self.city, "city")
        if not self.home_based and self.city is None:
            yield problem("a post that is not home-based needs a city", None, "city")
