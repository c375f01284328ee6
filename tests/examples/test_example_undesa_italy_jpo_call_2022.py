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
    Candidate,
    Criterion,
    Deadline,
    Degree,
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
    Verdict,
    assess,
    examples,
    from_dict,
    to_dict,
)
from jpo_model.eligibility_rules import AgeAlternative

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


# "1° gennaio 1991 per i laureati in medicina": the degree is "Medicina e chirurgia" (UN/DESA:
# "31 or 33 for graduates in medicine and surgery"), named both ways.
_MEDICINE = AgeAlternative(
    limit=31,
    fields=frozenset({"medicina", "medicina e chirurgia"}),
    wording="1° gennaio 1991 per i laureati in medicina",
)
# "… che abbiano conseguito un diploma di specializzazione in area sanitaria": a specialisation
# diploma is a third-cycle title in Italy (held as a doctorate-level degree); it is named by its
# specialty (cardiology, paediatrics …), so a degree of that level in another field is a related
# field that a person judges.
_SPECIALISATION = AgeAlternative(
    limit=33,
    fields=frozenset({"medicina", "medicina e chirurgia"}),
    levels=frozenset({EducationLevel.DOCTORATE}),
    related_fields_accepted=True,
    wording=(
        "1° gennaio 1989 per i laureati in medicina che abbiano conseguito un diploma di "
        "specializzazione in area sanitaria"
    ),
)


def test_age_rule(post: Post) -> None:
    """Born on or after 1 January 1992: 30 or below on 31 December 2022, the year of the call."""
    rules = _some(post.eligibility)
    expected = AgeRule(
        limit=30,
        inclusive=True,
        reference=AgeReference.END_OF_APPLICATION_YEAR,
        alternatives=(_MEDICINE, _SPECIALISATION),
        wording="Essere nati il o dopo il 1° gennaio 1992",
    )
    assert expected == rules.age
    # By hand: 2022 - 1992 = 30 on 31 December 2022 (limit 30 inclusive); 1991 gives 31.
    assert pendulum.Date(1992, 1, 1) == expected.earliest_birth_date(dt.date(2022, 12, 15))


def test_age_alternatives_derive_the_stated_born_on_or_after_dates(post: Post) -> None:
    """Graduates in medicine: born on or after 1 January 1991; with a specialisation, 1989."""
    rule = _some(_some(post.eligibility).age)
    on = dt.date(2022, 12, 15)
    # By hand: 2022 - 31 = 1991 and 2022 - 33 = 1989, on 31 December 2022 (inclusive limits).
    assert [pendulum.Date(1991, 1, 1), pendulum.Date(1989, 1, 1)] == [
        a.earliest_birth_date(rule, on) for a in rule.alternatives
    ]


def _candidate(born: int, *degrees: tuple[EducationLevel, str]) -> Candidate:
    return Candidate(
        birth_date=pendulum.Date(born, 6, 1),
        nationalities=frozenset({"IT"}),
        degrees=tuple(
            Degree(
                level=level,
                field=field,
                countries=frozenset({"IT"}),
                completed=pendulum.Date(2020, 7, 1),
            )
            for level, field in degrees
        ),
    )


_ADVANCED, _DOCTORATE = EducationLevel.ADVANCED, EducationLevel.DOCTORATE


@pytest.mark.parametrize(
    ("candidate", "expected"),
    [
        (_candidate(1992, (_ADVANCED, "Economia")), Verdict.ELIGIBLE),
        (_candidate(1991, (_ADVANCED, "Medicina e Chirurgia")), Verdict.ELIGIBLE),
        (_candidate(1991, (_ADVANCED, "Economia")), Verdict.INELIGIBLE),
        (_candidate(1990, (_ADVANCED, "Medicina e chirurgia")), Verdict.INELIGIBLE),
        (
            _candidate(1989, (_ADVANCED, "Medicina e chirurgia"), (_DOCTORATE, "medicina")),
            Verdict.ELIGIBLE,
        ),
        (
            _candidate(1989, (_ADVANCED, "Medicina e chirurgia"), (_DOCTORATE, "Cardiologia")),
            Verdict.NEEDS_REVIEW,
        ),
        (_candidate(1988, (_DOCTORATE, "medicina")), Verdict.INELIGIBLE),
    ],
)
def test_assessed_age_follows_the_degree_held(
    post: Post, candidate: Candidate, expected: Verdict
) -> None:
    """Over 30 a degree in medicine allows 31, a specialisation 33; other degrees do not."""
    finding = assess(post, candidate, on=pendulum.Date(2022, 12, 1)).findings[0]
    assert (Criterion.AGE, expected) == (finding.criterion, finding.verdict)


def test_the_explanation_names_the_limit_applied(post: Post) -> None:
    """A graduate in medicine born in 1991 is within the alternative limit of 31."""
    candidate = _candidate(1991, (_ADVANCED, "Medicina e chirurgia"))
    finding = assess(post, candidate, on=pendulum.Date(2022, 12, 1)).findings[0]
    expected = (
        "born 1991-06-01, before 1992-01-01: aged 31 on 2022-12-31, above the limit of 30 or "
        "below; within the alternative limit of 31 or below for a degree in medicina or "
        "medicina e chirurgia (born on or after 1991-01-01), which applies: holds a degree in "
        "Medicina e chirurgia"
    )
    assert expected == finding.explanation


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
