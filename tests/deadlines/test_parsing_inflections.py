"""Reading places declined or made adjectives (Russian, German), and capitals CLDR lacks."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jpo_model import DeadlineError, _cldr, parse_deadline


def _utc(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


@pytest.mark.parametrize(
    ("text", "instant", "zone", "place"),
    [
        # Russian: a city in the genitive or prepositional, an adjective in the dative.
        (
            "10 марта 2026 г. 18:00 по времени Женевы",  # noqa: RUF001 - a Russian date writes its year "2026 g."
            "2026-03-10T17:00Z",
            "Europe/Zurich",
            "Женевы",
        ),
        (
            "10 марта 2026 г., 18:00 (время Нью-Йорка)",  # noqa: RUF001 - a Russian date writes its year "2026 g."
            "2026-03-10T22:00Z",
            "America/New_York",
            "Нью-Йорка",
        ),
        (
            "10 марта 2026 года в 18:00 по времени в Женеве",
            "2026-03-10T17:00Z",
            "Europe/Zurich",
            "Женеве",
        ),
        (
            "до 10 марта 2026 года, 18:00 по московскому времени",
            "2026-03-10T15:00Z",
            "Europe/Moscow",
            "московскому",
        ),
        (
            "10 марта 2026 г., 18:00 (по женевскому времени)",  # noqa: RUF001 - a Russian date writes its year "2026 g."
            "2026-03-10T17:00Z",
            "Europe/Zurich",
            "женевскому",
        ),
        (
            "10 марта 2026 года в 18:00 (московское время)",
            "2026-03-10T15:00Z",
            "Europe/Moscow",
            "московское",
        ),
        (
            "10 марта 2026 года в 18:00 по киевскому времени",
            "2026-03-10T16:00Z",
            "Europe/Kyiv",
            "киевскому",
        ),
        (
            "10 марта 2026 года в 18:00 по швейцарскому времени",
            "2026-03-10T17:00Z",
            "Europe/Zurich",
            "Швейцария",
        ),
        (
            "10 марта 2026 года в 18:00 по кенийскому времени",
            "2026-03-10T15:00Z",
            "Africa/Nairobi",
            "Кения",
        ),
        (
            "10 марта 2026 года в 18:00 по итальянскому времени",
            "2026-03-10T17:00Z",
            "Europe/Rome",
            "Италия",
        ),
        # German: places made adjectives with -er, and adjectives inflected.
        (
            "10. März 2026, 18:00 Uhr Schweizer Zeit",
            "2026-03-10T17:00Z",
            "Europe/Zurich",
            "Schweizer",
        ),
        ("10. März 2026, 18:00 Uhr Genfer Zeit", "2026-03-10T17:00Z", "Europe/Zurich", "Genfer"),
        (
            "10. März 2026, 18:00 Uhr New Yorker Zeit",
            "2026-03-10T22:00Z",
            "America/New_York",
            "New Yorker",
        ),
        (
            "10. März 2026, 18:00 Uhr deutscher Zeit",
            "2026-03-10T17:00Z",
            "Europe/Berlin",
            "Deutschland",
        ),
        (
            "10. März 2026, 18:00 Uhr italienischer Zeit",
            "2026-03-10T17:00Z",
            "Europe/Rome",
            "italienischer",
        ),
        (
            "10. März 2026, 18:00 Uhr österreichischer Zeit",
            "2026-03-10T17:00Z",
            "Europe/Vienna",
            "österreichischer",
        ),
        (
            "10. März 2026, 18:00 Uhr mitteleuropäischer Zeit",
            "2026-03-10T17:00Z",
            "Europe/Paris",
            None,
        ),
        # tz's zone.tab names China's time after its capital, which CLDR does not name.
        ("10 March 2026, 18:00 Beijing time", "2026-03-10T10:00Z", "Asia/Shanghai", "Beijing"),
    ],
)
def test_declined_places_and_adjectives_resolve_to_the_instant_computed_by_hand(
    text: str, instant: str, zone: str | None, place: str | None
) -> None:
    """Each wording gives the instant a person computes, the named place's zone, no conflict."""
    deadline = parse_deadline(text)
    assert (_utc(instant), zone, place, ()) == (
        deadline.instant,
        deadline.zone,
        deadline.place,
        deadline.conflicts,
    )


@pytest.mark.parametrize(
    ("text", "default_zone", "instant"),
    [
        # European Parliament vacancy PE/334/2025/S/ITEC, German page ("Ort : Brüssel"):
        # https://apply4ep.gestmax.eu/762/1/pe-334-2025-s-itec-ict-applications-specialist-ad-7/de_DE
        (
            "Publikationsende auf externer Website : 16/09/2025 12:00",
            "Europe/Brussels",
            "2025-09-16T10:00Z",
        ),
        # Shanghai Normal University, call for international-organisation internships 2024:
        # https://mimixin.cn/76/37/c18172a816695/page.htm
        ("请于2024年4月15日（星期一）17:00前", "Asia/Shanghai", "2024-04-15T09:00Z"),  # noqa: RUF001 - fullwidth brackets
    ],
)
def test_real_wordings_without_a_zone_take_the_issuers(
    text: str, default_zone: str, instant: str
) -> None:
    """A real wording that states no zone reads with the issuer's zone, passed by the caller."""
    with pytest.raises(DeadlineError, match="no time zone"):
        parse_deadline(text)
    assert _utc(instant) == parse_deadline(text, default_zone=default_zone).instant


@pytest.mark.parametrize(
    ("capital", "zone"),
    [
        ("New Delhi", "Asia/Kolkata"),
        ("Washington, D.C.", "America/New_York"),
        ("Bern", "Europe/Zurich"),
        ("The Hague", "Europe/Amsterdam"),
        ("Ottawa", "America/Toronto"),
        ("Canberra", "Australia/Sydney"),
    ],
)
def test_a_capital_cldr_does_not_name_is_read_from_the_seats_table(capital: str, zone: str) -> None:
    """Capitals CLDR and tzdata do not name are read from the reader's table of seats."""
    assert zone == parse_deadline(f"10 March 2026, 18:00 {capital} time").zone
    assert "Asia/Kolkata" == parse_deadline("10 March 2026, 18:00 New Delhi, India time").zone


@pytest.mark.parametrize("capital", ["Ngerulmud", "Gitega", "Dodoma"])
def test_a_capital_no_data_names_is_refused_by_name(capital: str) -> None:
    """A place neither CLDR, tzdata nor the table names: the error names the words unread."""
    with pytest.raises(DeadlineError, match=f"'{capital}' names no place"):
        parse_deadline(f"10 March 2026, 18:00 {capital} time")


def test_a_russian_country_of_several_zones_is_an_error_that_names_them() -> None:
    """ "по российскому времени" names Russia, whose zones differ: the error lists them."""
    with pytest.raises(DeadlineError, match=r"several time zones .*Europe/Moscow.*Asia/Anadyr"):
        parse_deadline("10 марта 2026 года в 18:00 по российскому времени")


def test_local_time_in_russian_names_no_place() -> None:
    """ "по местному времени" (local time) names no place: the duty station's zone is passed."""
    with pytest.raises(DeadlineError, match="no time zone"):
        parse_deadline("10 марта 2026 года в 18:00 по местному времени")
    deadline = parse_deadline(
        "10 марта 2026 года в 18:00 по местному времени", default_zone="Asia/Almaty"
    )
    assert _utc("2026-03-10T13:00Z") == deadline.instant


# --- CLDR's exemplar cities in Russian, declined ------------------------------------------


def _genitive(city: str) -> str | None:
    """The genitive singular by the school rule, for names it fits; None for the rest.

    An independent oracle: the reader takes forms back to CLDR's nominative, this writes
    them forward. Names ending in -ь (either gender) and in a vowel (not declined) are left
    out.
    """
    last = city[-1]
    if last == "а":  # noqa: RUF001 - Cyrillic a
        return city[:-1] + ("и" if city[-2] in "гкхжчшщ" else "ы")
    if last == "я":
        return city[:-1] + "и"
    if last == "й":
        return city[:-1] + "я"
    return city + "а" if last in "бвгджзклмнпрстфхцчшщ" else None  # noqa: RUF001 - Cyrillic a


RUSSIAN_CITIES = _cldr.exemplar_cities(_cldr.parse_locale("ru"))
DECLINED = sorted(
    (genitive, zone)
    for city, zone in RUSSIAN_CITIES.items()
    if " " not in city
    and "(" not in city
    and (genitive := _genitive(city)) is not None
    and genitive not in RUSSIAN_CITIES  # a form that is another city's name names that one
)


@given(st.sampled_from(DECLINED), st.sampled_from(["(время {})", "по времени {}"]))
def test_exemplar_cities_declined_in_russian_resolve_to_their_zone(
    genitive_zone: tuple[str, str], wording: str
) -> None:
    """ "(время Нью-Йорка)", "по времени Женевы": a Russian city in the genitive is its zone."""
    genitive, zone = genitive_zone
    deadline = parse_deadline(f"10 марта 2026 г., 18:00 {wording.format(genitive)}")  # noqa: RUF001
    assert zone == deadline.zone
    assert () == deadline.conflicts
