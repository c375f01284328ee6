"""Strategies for where a post sits: organisation paths and duty stations."""

from __future__ import annotations

from hypothesis import strategies as st
from hypothesis.strategies import SearchStrategy

from jpo_model.organisation import (
    DutyStation,
    FamilyStatus,
    HardshipCategory,
    Organisation,
    OrganisationLevel,
    OrganisationUnit,
)
from jpo_model.strategies._primitives import (
    builds_joint,
    country_codes,
    led_by,
    optional,
    pick,
    texts,
    time_zones,
    tuples,
)


def organisation_units(
    *,
    name: SearchStrategy[str] | None = None,
    level: SearchStrategy[OrganisationLevel] | None = None,
    abbreviation: SearchStrategy[str | None] | None = None,
) -> SearchStrategy[OrganisationUnit]:
    """One step of an organisation path at any level, sometimes with an abbreviation."""
    return st.builds(
        OrganisationUnit,
        name=pick(name, texts()),
        level=pick(level, st.sampled_from(OrganisationLevel)),
        abbreviation=pick(abbreviation, optional(texts(max_size=8))),
    )


def organisations(
    *, units: SearchStrategy[tuple[OrganisationUnit, ...]] | None = None
) -> SearchStrategy[Organisation]:
    """Organisation paths of one to three units."""
    return st.builds(
        Organisation, units=pick(units, tuples(organisation_units(), min_size=1, max_size=3))
    )


def duty_stations(  # noqa: PLR0913 - one keyword per field of the model
    *,
    country: SearchStrategy[str] | None = None,
    city: SearchStrategy[str | None] | None = None,
    time_zone: SearchStrategy[str | None] | None = None,
    family_status: SearchStrategy[FamilyStatus] | None = None,
    hardship: SearchStrategy[HardshipCategory | None] | None = None,
    home_based: SearchStrategy[bool] | None = None,
) -> SearchStrategy[DutyStation]:
    """Duty stations, office-based (with a city) or home-based (without one).

    A city and home-basedness go together: whichever of the two the caller fixes, the other
    follows (``duty_stations(city=st.none())`` draws home-based posts).

    >>> from hypothesis import given
    >>> @given(duty_stations(country=st.just("CH"), home_based=st.just(True)))
    ... def test_home_based_posts_have_no_city(station):
    ...     assert (station.country, station.city) == ("CH", None)
    >>> test_home_based_posts_have_no_city()
    """
    if city is not None and home_based is None:
        joint = led_by(
            "city", city, lambda c: st.fixed_dictionaries({"home_based": st.just(c is None)})
        )
    elif city is not None and home_based is not None:
        joint = st.fixed_dictionaries({"city": city, "home_based": home_based})
    else:
        office = st.fixed_dictionaries({"city": texts()})
        home = st.fixed_dictionaries({"city": st.none()})
        joint = led_by(
            "home_based", pick(home_based, st.booleans()), lambda h: home if h else office
        )
    return builds_joint(
        DutyStation,
        joint,
        country=pick(country, country_codes()),
        time_zone=pick(time_zone, optional(time_zones())),
        family_status=pick(family_status, st.sampled_from(FamilyStatus)),
        hardship=pick(hardship, optional(st.sampled_from(HardshipCategory))),
    )
