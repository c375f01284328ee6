"""Tests for `jpo_model.eligibility.candidate`: validation and lossless documents."""

from __future__ import annotations

from decimal import Decimal

import pendulum
import pytest
from hypothesis import given

from jpo_model import (
    Candidate,
    Degree,
    EducationLevel,
    ExperienceKind,
    ExperiencePeriod,
    LanguageSkill,
    Proficiency,
    Relevance,
    ValidationError,
    dumps,
    from_dict,
    loads,
    to_dict,
)
from jpo_model.strategies import candidates

D = pendulum.Date


@given(candidates())
def test_candidates_round_trip_through_dicts(candidate: Candidate) -> None:
    """Every candidate survives to_dict and from_dict unchanged."""
    assert candidate == from_dict(to_dict(candidate), Candidate)


@given(candidates())
def test_candidates_round_trip_through_json_and_toml(candidate: Candidate) -> None:
    """Every candidate survives JSON and TOML text unchanged."""
    assert candidate == loads(dumps(candidate), Candidate)
    assert candidate == loads(dumps(candidate, format="toml"), Candidate, format="toml")


def test_a_document_reads_as_expected() -> None:
    """A hand-written JSON document gives the candidate it describes."""
    text = """{
      "birth_date": "1995-05-17",
      "nationalities": ["KE", "UG"],
      "degrees": [{"level": "advanced", "field": "Law", "countries": ["KE"],
                   "completed": "2020-06-30"}],
      "experience": [{"kind": "internship", "start": "2021-01-01", "end": "2021-06-30",
                      "un_system": true, "full_time_percent": "50", "relevance": "relevant"}],
      "languages": [{"language": "en", "level": "fluent"}],
      "military_service_months": 0
    }"""
    expected = Candidate(
        birth_date=D(1995, 5, 17),
        nationalities=frozenset({"KE", "UG"}),
        degrees=(
            Degree(
                level=EducationLevel.ADVANCED,
                field="Law",
                countries=frozenset({"KE"}),
                completed=D(2020, 6, 30),
            ),
        ),
        experience=(
            ExperiencePeriod(
                kind=ExperienceKind.INTERNSHIP,
                start=D(2021, 1, 1),
                end=D(2021, 6, 30),
                un_system=True,
                full_time_percent=Decimal(50),
                relevance=Relevance.RELEVANT,
            ),
        ),
        languages=(LanguageSkill(language="en", level=Proficiency.FLUENT),),
        military_service_months=0,
    )
    assert expected == loads(text, Candidate)


def test_every_problem_is_reported_with_its_path() -> None:
    """A document with several mistakes names each one with its path."""
    data = {
        "birth_date": "1995-05-17",
        "nationalities": ["XX"],
        "experience": [
            {"kind": "employment", "start": "2021-01-01", "end": "2020-01-01"},
            {"kind": "employment", "start": "2021-01-01", "full_time_percent": "0"},
        ],
        "military_service_months": -1,
    }
    with pytest.raises(ValidationError) as caught:
        from_dict(data, Candidate)
    paths = {e.path for e in caught.value.errors}
    assert {
        "nationalities[0]",
        "experience[0].end",
        "experience[1].full_time_percent",
        "military_service_months",
    } <= paths


def test_nationalities_are_required() -> None:
    """A candidate holds at least one nationality."""
    with pytest.raises(ValidationError) as caught:
        Candidate(birth_date=D(1995, 1, 1), nationalities=frozenset())
    assert ["nationalities"] == [e.path for e in caught.value.errors]


def test_an_ongoing_period_has_no_end() -> None:
    """A period without an end is ongoing and is valid."""
    period = ExperiencePeriod(kind=ExperienceKind.UNV, start=D(2024, 1, 1))
    assert period.end is None
    assert Relevance.UNKNOWN is period.relevance


def test_a_language_is_listed_once() -> None:
    """Listing a language twice is refused, with the path of the list."""
    skills = (
        LanguageSkill(language="en", level=Proficiency.FLUENT),
        LanguageSkill(language="en", level=Proficiency.GOOD),
    )
    with pytest.raises(ValidationError) as caught:
        Candidate(birth_date=D(1995, 1, 1), nationalities=frozenset({"KE"}), languages=skills)
    assert ["languages"] == [e.path for e in caught.value.errors]
