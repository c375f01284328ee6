"""Organisation paths and duty stations (`jpo_model.organisation`)."""

from __future__ import annotations

from collections.abc import Callable

import attrs
import pytest
from hypothesis import given

from jpo_model import (
    DutyStation,
    FamilyStatus,
    HardshipCategory,
    Organisation,
    OrganisationLevel,
    OrganisationUnit,
    ValidationError,
)
from jpo_model.strategies import duty_stations, organisations

ILO = OrganisationUnit(
    name="International Labour Organization", level=OrganisationLevel.ENTITY, abbreviation="ILO"
)
ETHICS = OrganisationUnit(name="Ethics Office", level=OrganisationLevel.OFFICE)


def _problems(build: Callable[[], object]) -> list[tuple[str, str]]:
    with pytest.raises(ValidationError) as caught:
        build()
    return [(e.path, e.message) for e in caught.value.errors]


def test_organisation_path_runs_from_the_entity_down() -> None:
    """The entity is the first unit; the path reads entity / unit."""
    organisation = Organisation(units=(ILO, ETHICS))
    assert ILO == organisation.entity
    assert "International Labour Organization / Ethics Office" == str(organisation)


def test_organisation_needs_a_unit() -> None:
    """An organisation path is never empty."""
    assert [("units", "must not be empty")] == _problems(lambda: Organisation(units=()))


def test_unit_names_and_abbreviations_are_text() -> None:
    """A unit's name and abbreviation must be non-empty, stripped text."""
    expected = [
        ("name", "must not be empty"),
        ("abbreviation", "must not start or end with whitespace"),
    ]
    assert expected == _problems(
        lambda: OrganisationUnit(name=" ", level=OrganisationLevel.UNIT, abbreviation="ILO ")
    )


def test_office_based_duty_station() -> None:
    """A duty station with a city, zone, family status and hardship category."""
    geneva = DutyStation(
        country="CH",
        city="Geneva",
        time_zone="Europe/Zurich",
        family_status=FamilyStatus.FAMILY,
        hardship=HardshipCategory.H,
    )
    assert ("CH", "Geneva", False) == (geneva.country, geneva.city, geneva.home_based)


def test_a_territory_is_a_duty_station() -> None:
    """ "Jerusalem, oPt" is representable with the territory's ISO code PS."""
    assert "PS" == DutyStation(country="PS", city="Jerusalem", time_zone="Asia/Jerusalem").country


def test_duty_station_defaults_state_nothing() -> None:
    """Unstated family status is NOT_STATED and unstated hardship is None."""
    station = DutyStation(country="KH", city="Phnom Penh")
    assert (FamilyStatus.NOT_STATED, None, None) == (
        station.family_status,
        station.hardship,
        station.time_zone,
    )


def test_home_based_posts_have_no_city() -> None:
    """A home-based post names no city; an office-based one must."""
    assert "KH" == DutyStation(country="KH", home_based=True).country
    assert [("city", "a home-based post has no city")] == _problems(
        lambda: DutyStation(country="KH", city="Phnom Penh", home_based=True)
    )
    assert [("city", "a post that is not home-based needs a city")] == _problems(
        lambda: DutyStation(country="KH")
    )


def test_duty_station_reports_every_bad_field() -> None:
    """Bad country and zone are reported together with the city rule."""
    expected = [
        ("country", "is not an ISO 3166-1 alpha-2 country or territory code"),
        ("time_zone", "is not an IANA time zone name"),
        ("city", "a post that is not home-based needs a city"),
    ]
    assert expected == _problems(lambda: DutyStation(country="XK", time_zone="Europe/Geneva"))


@given(duty_stations())
def test_home_based_is_exactly_having_no_city(station: DutyStation) -> None:
    """Every valid duty station is home-based exactly when it has no city."""
    assert station.home_based == (station.city is None)


@given(duty_stations())
def test_moving_a_station_home_without_dropping_the_city_fails(station: DutyStation) -> None:
    """Flipping home_based without changing the city always breaks the rule."""
    with pytest.raises(ValidationError):
        attrs.evolve(station, home_based=not station.home_based)


@given(organisations())
def test_entity_is_the_first_unit(organisation: Organisation) -> None:
    """The entity of any organisation path is its first unit, and str lists every unit."""
    assert organisation.units[0] == organisation.entity
    assert " / ".join(u.name for u in organisation.units) == str(organisation)
