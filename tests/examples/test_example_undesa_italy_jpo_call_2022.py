"""The bundled example undesa-italy-jpo-call-2022 holds every fact of Italy's 2022/23 JPO call."""

from __future__ import annotations

import datetime as dt
from typing import TypeVar

import pendulum
import pytest

from jpo_model import (
    AgeReference,
    AgeRule,
    AppointmentTerms,
    Deadline,
    DocumentForm,
    EducationLevel,
    EducationRequirement,
    ExtensionRule,
    LanguageRequirement,
    Necessity,
    Organisation,
    OrganisationLevel,
    OrganisationUnit,
    Post,
    PostKind,
    Proficiency,
    Sponsor,
    examples,
    from_dict,
    to_dict,
)

T = TypeVar("T")


def _some(value: T | None) -> T:
    assert value is not None
    return value


@pytest.fixture(scope="module")
def post() -> Post:
    """The example as bundled."""
    return examples.load("undesa-italy-jpo-call-2022")


def test_identity(post: Post) -> None:
    """The call for "l'edizione 2022/2023 del Programma JPO", written in Italian."""
    assert "Programma JPO, edizione 2022/2023" == post.title
    assert PostKind.JPO is post.kind
    assert DocumentForm.VACANCY_ANNOUNCEMENT is post.document
    assert "it" == post.language
    assert post.reference is None


def test_organisation_and_sponsor(post: Post) -> None:
    """Promoted and funded by the Farnesina with UN/DESA; no host entity or duty station."""
    expected = Organisation(
        units=(
            OrganisationUnit(
                name="Dipartimento degli Affari Economici e Sociali delle Nazioni Unite",
                level=OrganisationLevel.DEPARTMENT,
                abbreviation="UN/DESA",
            ),
        )
    )
    assert expected == post.organisation
    assert Sponsor(name="Farnesina", country="IT", programme="Programma JPO") == post.sponsor
    assert post.duty_station is None


def test_appointment(post: Post) -> None:
    """Two years, with a possible extension of one more year: at most 36 months."""
    expected = AppointmentTerms(
        initial_months=24,
        renewable=True,
        extension=ExtensionRule(step_months=12, max_extensions=1),
        wording="un periodo di due anni (con possibilità di estensione di un ulteriore anno)",
    )
    assert expected == post.appointment
    assert 36 == _some(post.appointment).max_total_months


def test_age_rule(post: Post) -> None:
    """Born on or after 1 January 1992: 30 or below on 31 December 2022, the year of the call."""
    expected = AgeRule(
        limit=30,
        inclusive=True,
        reference=AgeReference.END_OF_APPLICATION_YEAR,
        wording="Essere nati il o dopo il 1° gennaio 1992",
    )
    rules = _some(post.eligibility)
    assert expected == rules.age
    # By hand: 2022 - 1992 = 30 on 31 December 2022 (limit 30 inclusive); 1991 gives 31.
    assert pendulum.Date(1992, 1, 1) == expected.earliest_birth_date(dt.date(2022, 12, 15))


def test_degree_by_deadline_and_education(post: Post) -> None:
    """A laurea magistrale or Master's degree, held before the closing deadline."""
    assert _some(post.eligibility).degree_by_deadline
    expected = EducationRequirement(minimum=EducationLevel.ADVANCED)
    assert expected == _some(post.qualifications).education


def test_languages_and_skills(post: Post) -> None:
    """Excellent English and Italian; teamwork, communication and planning count in favour."""
    qualifications = _some(post.qualifications)
    expected_languages = (
        LanguageRequirement(languages=("en",), level=Proficiency.EXCELLENT),
        LanguageRequirement(languages=("it",), level=Proficiency.EXCELLENT),
    )
    assert expected_languages == qualifications.languages
    expected_skills = [
        ("attitudine al lavoro di squadra", Necessity.DESIRABLE),
        ("comunicazione", Necessity.DESIRABLE),
        ("organizzazione e pianificazione", Necessity.DESIRABLE),
    ]
    assert expected_skills == [(s.text, s.necessity) for s in qualifications.skills]


def test_no_nationality_rule(post: Post) -> None:
    """Italian nationality "or a listed developing country", but the list is not in the text."""
    assert _some(post.eligibility).nationality is None


def test_deadline(post: Post) -> None:
    """ "15 Dicembre 2022 alle 15:00 (ora italiana)": 15:00 on Rome's clock."""
    expected = Deadline(
        date=pendulum.Date(2022, 12, 15),
        time=pendulum.Time(15, 0),
        zone="Europe/Rome",
        wording="15 Dicembre 2022 alle 15:00 (ora italiana)",
    )
    assert expected == post.deadline


def test_deadline_instant(post: Post) -> None:
    """15:00 Italian time in December (CET, UTC+1) is 14:00 UTC."""
    # By hand: 2022-12-15 15:00 CET (UTC+1; no DST in December) = 2022-12-15 14:00 UTC.
    deadline = _some(post.deadline)
    assert "2022-12-15T14:00:00+00:00" == deadline.instant.isoformat()
    assert () == deadline.conflicts


def test_introduction(post: Post) -> None:
    """The news item's opening paragraph, in Italian."""
    assert 1 == len(post.introduction)
    assert post.introduction[0].startswith("È online il bando per il JPO")


def test_round_trip(post: Post) -> None:
    """Plain data and back gives the same post."""
    assert post == from_dict(to_dict(post), Post)
