"""Strategies for candidate profiles: `candidates`, `degrees`, `experience_periods` and more.

Defaults draw people a JPO programme would see: born 1960-2010, degrees and experience
between 1990 and 2030, mostly full-time periods of up to eight years, and languages from
the UN's six plus a few others, so that rules match as often as they fail.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pendulum
from hypothesis import strategies as st
from hypothesis.strategies import SearchStrategy

from jpo_model.eligibility.candidate import (
    Candidate,
    Degree,
    ExperiencePeriod,
    LanguageSkill,
    Relevance,
)
from jpo_model.qualifications import EducationLevel, ExperienceKind, Proficiency
from jpo_model.strategies._primitives import country_codes, dates, optional, pick, texts

__all__ = ["candidates", "degrees", "experience_periods", "language_skills"]

_BIRTH = (dt.date(1960, 1, 1), dt.date(2010, 12, 31))
_CAREER = (dt.date(1990, 1, 1), dt.date(2030, 12, 31))
_LANGUAGES = ("en", "fr", "es", "ar", "zh", "ru", "zh-Hans", "pt", "de", "sw")
_FIELDS = ("Law", "Human rights", "Economics", "International relations", "Public health")


def degrees(
    *,
    level: SearchStrategy[EducationLevel] | None = None,
    field: SearchStrategy[str] | None = None,
    countries: SearchStrategy[frozenset[str]] | None = None,
    completed: SearchStrategy[pendulum.Date] | None = None,
) -> SearchStrategy[Degree]:
    """Degrees of any level, in a listed or arbitrary field, from one or two countries."""
    return st.builds(
        Degree,
        level=pick(level, st.sampled_from(EducationLevel)),
        field=pick(field, st.sampled_from(_FIELDS) | texts()),
        countries=pick(countries, st.frozensets(country_codes(), min_size=1, max_size=2)),
        completed=pick(completed, dates(min_value=_CAREER[0], max_value=_CAREER[1])),
    )


def _period(  # noqa: PLR0913 - one parameter per overridable part
    *,
    kind: ExperienceKind,
    start: pendulum.Date,
    days: int | None,
    un_system: bool,
    full_time_percent: Decimal,
    relevance: Relevance,
    paid: bool | None,
    employer: str | None,
) -> ExperiencePeriod:
    end = None if days is None else start.add(days=days)
    return ExperiencePeriod(
        kind=kind,
        start=start,
        end=end,
        un_system=un_system,
        full_time_percent=full_time_percent,
        relevance=relevance,
        paid=paid,
        employer=employer,
    )


def experience_periods(  # noqa: PLR0913 - one parameter per overridable part
    *,
    kind: SearchStrategy[ExperienceKind] | None = None,
    start: SearchStrategy[pendulum.Date] | None = None,
    days: SearchStrategy[int | None] | None = None,
    un_system: SearchStrategy[bool] | None = None,
    full_time_percent: SearchStrategy[Decimal] | None = None,
    relevance: SearchStrategy[Relevance] | None = None,
    paid: SearchStrategy[bool | None] | None = None,
    employer: SearchStrategy[str | None] | None = None,
) -> SearchStrategy[ExperiencePeriod]:
    """Periods of experience; ``start`` leads and ``days`` after it is the last day.

    ``days`` is the number of days from the first to the last day (0: a single day);
    ``None`` draws an ongoing period.
    """
    shares = st.sampled_from((Decimal(100), Decimal(50), Decimal(80))) | st.decimals(
        Decimal("0.01"), Decimal(100), places=2
    )
    return st.builds(
        _period,
        kind=pick(kind, st.sampled_from(ExperienceKind)),
        start=pick(start, dates(min_value=_CAREER[0], max_value=_CAREER[1])),
        days=pick(days, optional(st.integers(0, 8 * 366))),
        un_system=pick(un_system, st.booleans()),
        full_time_percent=pick(full_time_percent, shares),
        relevance=pick(relevance, st.sampled_from(Relevance)),
        paid=pick(paid, optional(st.booleans())),
        employer=pick(employer, optional(texts())),
    )


def language_skills(
    *,
    language: SearchStrategy[str] | None = None,
    level: SearchStrategy[Proficiency] | None = None,
) -> SearchStrategy[LanguageSkill]:
    """Languages spoken at a proficiency (by default the UN's six and a few others)."""
    return st.builds(
        LanguageSkill,
        language=pick(language, st.sampled_from(_LANGUAGES)),
        level=pick(level, st.sampled_from(Proficiency)),
    )


def _some_degrees() -> SearchStrategy[tuple[Degree, ...]]:
    return st.lists(degrees(), max_size=3).map(tuple)


def candidates(  # noqa: PLR0913 - one parameter per overridable part
    *,
    birth_date: SearchStrategy[pendulum.Date] | None = None,
    nationalities: SearchStrategy[frozenset[str]] | None = None,
    degrees: SearchStrategy[tuple[Degree, ...]] | None = None,
    experience: SearchStrategy[tuple[ExperiencePeriod, ...]] | None = None,
    languages: SearchStrategy[tuple[LanguageSkill, ...]] | None = None,
    military_service_months: SearchStrategy[int | None] | None = None,
    reference: SearchStrategy[str | None] | None = None,
) -> SearchStrategy[Candidate]:
    """Candidate profiles; each part can be replaced, e.g. ``candidates(degrees=st.just(()))``.

    Languages are drawn without repeats, as the model requires; a caller overriding
    ``languages`` must keep them unique.
    """
    return st.builds(
        Candidate,
        birth_date=pick(birth_date, dates(min_value=_BIRTH[0], max_value=_BIRTH[1])),
        nationalities=pick(nationalities, st.frozensets(country_codes(), min_size=1, max_size=3)),
        degrees=pick(degrees, _some_degrees()),
        experience=pick(experience, st.lists(experience_periods(), max_size=6).map(tuple)),
        languages=pick(
            languages,
            st.lists(language_skills(), max_size=4, unique_by=lambda s: s.language).map(tuple),
        ),
        military_service_months=pick(military_service_months, optional(st.integers(0, 60))),
        reference=pick(reference, optional(texts())),
    )
