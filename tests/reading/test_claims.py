"""The look-ups the fact readers share: labelled values, countries, numbers, language."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jpo_model.reading._claims import (
    Announcement,
    country_named,
    folded,
    guess_language,
    number_in,
)
from jpo_model.reading.source import Line, load_source


def _announcement(text: str) -> Announcement:
    return Announcement.of(load_source(text), "en")


def test_a_label_and_its_value_on_one_line() -> None:
    """'Duty Station: Geneva' and 'Duty Station<TAB>Geneva' give Geneva."""
    announcement = _announcement("Duty Station: Geneva\nCountry:\tSwitzerland")
    assert "Geneva" == announcement.first_labelled(["duty station"]).value  # type: ignore[union-attr]
    assert "Switzerland" == announcement.first_labelled(["country"]).value  # type: ignore[union-attr]


def test_a_label_alone_takes_the_next_line() -> None:
    """Seed 000 writes 'Duty Station:' and, two lines below, 'Phnom Penh, Cambodia'."""
    announcement = _announcement("Duty Station:\n\nPhnom Penh, Cambodia\n")
    found = announcement.first_labelled(["duty station"])
    assert found is not None
    assert "Phnom Penh, Cambodia" == found.value
    assert [1, 3] == [line.number for line in found.lines]


def test_a_label_alone_does_not_take_another_label() -> None:
    """'Title of Supervisor:' followed by 'Duration:' states no supervisor."""
    announcement = _announcement("Title of Supervisor:\nDuration:\n1 year")
    assert announcement.first_labelled(["title of supervisor"]) is None


def test_a_label_must_end_where_the_line_says_so() -> None:
    """'Countryside' does not start with the label 'country'."""
    assert _announcement("Countryside work is expected").first_labelled(["country"]) is None


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Switzerland", "CH"),
        ("Suisse", "CH"),
        ("Camboya", "KH"),
        ("the Netherlands", "NL"),
        ("Republic of Korea", "KR"),
        ("Türkiye", "TR"),
        ("Turkey", "TR"),
        ("Côte d’Ivoire", "CI"),
        ("USA", "US"),
    ],
)
def test_countries_are_named_in_the_un_languages(name: str, code: str) -> None:
    """CLDR's names in the UN languages, its alpha-3 aliases, and common other names."""
    assert code == country_named(name)


def test_a_word_that_is_no_country_names_none() -> None:
    """'Geneva' and 'Europe' are not countries."""
    assert (None, None) == (country_named("Geneva"), country_named("Europe"))


@given(st.integers(min_value=0, max_value=9999))
def test_numbers_in_digits_read_back(number: int) -> None:
    """A count in digits reads as itself."""
    assert number == number_in(str(number))


@pytest.mark.parametrize(
    ("word", "number"),
    [("two", 2), ("deux", 2), ("dos", 2), ("zwei", 2), ("Three", 3), ("twelve", 12)],
)
def test_numbers_in_words(word: str, number: int) -> None:
    """Counts as words, in six languages."""
    assert number == number_in(word)


def test_folding_ignores_case_accents_and_spacing() -> None:
    """Labels compare folded."""
    assert folded("Durée  de l’affectation") == folded("DUREE DE L'AFFECTATION")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The JPO will be responsible for the following duties and tasks", "en"),
        ("Le JEA sera chargé des tâches suivantes dans le bureau", "fr"),
        ("El experto asociado será responsable de las siguientes funciones en la oficina", "es"),
        ("Die Aufgaben sind mit dem Büro und der Leitung abzustimmen", "de"),
    ],
)
def test_the_language_is_found_from_common_words(text: str, language: str) -> None:
    """Common words tell the language of the text."""
    assert language == guess_language([Line(number=1, text=text)])
