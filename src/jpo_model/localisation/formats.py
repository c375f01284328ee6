"""Locale-aware text: dates, amounts, lists and names as CLDR writes them, and our own words.

Every function takes the locale as an explicit argument (a `babel.Locale` or a name such
as ``"fr"``, ``"zh-Hans"`` or ``"ar_EG"``); nothing here has a default locale, a setter, or
reads ``LANG``/``LC_*``. Dates, times, money, percentages, lists and durations are written
the way CLDR writes them in the locale; country and language names come from CLDR; the
library's own words (headings, labels, enum values) come from the gettext catalogs shipped
in ``jpo_model/locale`` for the six UN official languages. A message a catalog lacks falls
back to English, which is the message id itself.

Each function parses its locale once and hands the parsed `Locale` to `jpo_model._cldr`,
the one module that talks to babel.

>>> from jpo_model.grade import GradeLevel
>>> label(GradeLevel.P2, locale="ar")
'ف-2'
>>> country_name("CH", locale="fr")
'Suisse'
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import gettext
import zoneinfo
from collections.abc import Mapping, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Literal, TypeAlias

from jpo_model import _cldr
from jpo_model._cldr import Locale
from jpo_model.appointment import ExtensionCondition
from jpo_model.dtta.policy import DttaCategory
from jpo_model.eligibility.findings import Verdict
from jpo_model.eligibility_rules import NationalityScope
from jpo_model.grade import GradeLevel
from jpo_model.money import Money
from jpo_model.organisation import FamilyStatus
from jpo_model.posts import DocumentForm, PostKind
from jpo_model.qualifications import (
    CompetencyFramework,
    EducationLevel,
    ExperienceKind,
    Necessity,
    Proficiency,
)
from jpo_model.supervision import EvaluationSystem, SupervisionRole

__all__ = [
    "CATALOG_DOMAIN",
    "CATALOG_LOCALES",
    "LABELS",
    "LOCALE_DIR",
    "N_",
    "DurationUnit",
    "country_name",
    "format_date",
    "format_date_range",
    "format_datetime",
    "format_day_of_year",
    "format_duration",
    "format_list",
    "format_money",
    "format_month",
    "format_percent",
    "format_wall_time",
    "join",
    "label",
    "language_name",
    "parse_locale",
    "text_direction",
    "translate",
]

CATALOG_DOMAIN = "jpo_model"
"""The gettext domain of the library's message catalogs."""

CATALOG_LOCALES = ("ar", "en", "es", "fr", "ru", "zh")
"""Locales with a message catalog: the six official languages of the United Nations."""

LOCALE_DIR = Path(__file__).parent.parent / "locale"
"""Where the catalogs live: ``<lang>/LC_MESSAGES/jpo_model.po`` and the compiled ``.mo``."""

DurationUnit: TypeAlias = Literal["day", "week", "month", "year"]
"""A unit of `format_duration`."""


def N_(message: str) -> str:  # noqa: N802 - the name gettext's extractors know
    """Mark a message for extraction into the catalogs; it is translated later, by `translate`.

    >>> N_("Duty station")
    'Duty station'
    """
    return message


def parse_locale(locale: Locale | str) -> Locale:
    """The babel locale for a `Locale` or a name written with ``-`` or ``_`` (``"zh-Hans"``).

    Raises `ValueError` for a name CLDR does not know.

    >>> parse_locale("zh-Hans").script
    'Hans'
    """
    return _cldr.parse_locale(locale)


def translate(message: str, *, locale: Locale | str) -> str:
    """A message (marked with `N_`) in the locale's catalog; English when it has none.

    >>> translate("Duty station", locale="es")
    'Lugar de destino'
    >>> translate("Duty station", locale="de")
    'Duty station'
    """
    return _catalog(str(parse_locale(locale))).gettext(message)


@functools.cache
def _catalog(name: str) -> gettext.NullTranslations:
    # Loaded once per locale name: catalogs are read-only files shipped with the package.
    return _cldr.load_translations(LOCALE_DIR, name, domain=CATALOG_DOMAIN)


def text_direction(locale: Locale | str) -> Literal["ltr", "rtl"]:
    """The direction the locale's script is written in: ``"rtl"`` for Arabic, else ``"ltr"``.

    >>> text_direction("ar"), text_direction("fr")
    ('rtl', 'ltr')
    """
    return _cldr.text_direction(parse_locale(locale))


def country_name(code: str, *, locale: Locale | str) -> str:
    """The CLDR name of a country or territory (ISO 3166 code); the code if CLDR has none.

    >>> country_name("PS", locale="en")
    'Palestinian Territories'
    """
    return _cldr.territory_name(code, locale=parse_locale(locale))


def language_name(tag: str, *, locale: Locale | str) -> str:
    """The CLDR name of a language (BCP 47 tag such as ``zh-Hans``); the tag if CLDR has none.

    >>> language_name("zh-Hans", locale="fr")
    'chinois (simplifié)'
    """
    return _cldr.language_name(tag, locale=parse_locale(locale))


def format_date(value: dt.date, *, locale: Locale | str) -> str:
    """A date in the locale's long form.

    >>> format_date(dt.date(2026, 3, 10), locale="fr")
    '10 mars 2026'
    """
    return _cldr.format_date(value, locale=parse_locale(locale))


def format_date_range(start: dt.date, end: dt.date, *, locale: Locale | str) -> str:
    """A range of days (both included) as CLDR writes an interval in the locale.

    >>> format_date_range(dt.date(2026, 11, 9), dt.date(2026, 11, 27), locale="fr")
    '9–27 nov. 2026'

    The text is CLDR's and may change with a babel release (zh's changed in CLDR 49); the
    tests pin babel through the development lock.
    """  # noqa: RUF002 - CLDR writes ranges with an en dash
    return _cldr.format_date_range(start, end, locale=parse_locale(locale))


def format_wall_time(day: dt.date, time: dt.time | None, *, locale: Locale | str) -> str:
    """A wall-clock date and time, without a zone (the date alone when there is no time).

    >>> format_wall_time(dt.date(2026, 3, 10), dt.time(18), locale="fr")
    '10 mars 2026, 18:00'
    """
    parsed = parse_locale(locale)
    if time is None:
        return _cldr.format_date(day, locale=parsed)
    return _cldr.format_wall_time(day, time, locale=parsed)


def format_datetime(instant: dt.datetime, zone: str, *, locale: Locale | str) -> str:
    """An aware instant on the wall clock of an IANA zone, with the zone's offset and name.

    The zone's name is the one in force at that instant (standard or daylight time), so a
    reader sees which clock is meant.

    >>> import pendulum
    >>> format_datetime(pendulum.datetime(2026, 3, 10, 23), "Europe/Zurich", locale="es")
    '11 de marzo de 2026, 0:00 GMT+01:00 (hora estándar de Europa central)'
    """
    if instant.tzinfo is None or instant.utcoffset() is None:
        raise TypeError(f"instant must be aware (with a zone or offset), not {instant!r}")
    parsed = parse_locale(locale)
    local = instant.astimezone(zoneinfo.ZoneInfo(zone))
    wall = _cldr.format_wall_time(local.date(), local.time(), locale=parsed)
    offset = _cldr.zone_offset(local, locale=parsed)
    name = _cldr.zone_name(local, locale=parsed)
    return f"{wall} {offset} ({name})"


def format_month(year: int, month: int, *, locale: Locale | str) -> str:
    """A month of a year, as in "issued May 2023".

    >>> format_month(2023, 5, locale="fr")
    'mai 2023'
    """
    day = dt.date(year, month, 1)
    return _cldr.format_skeleton("yMMMM", day, locale=parse_locale(locale))


def format_day_of_year(month: int, day: int, *, locale: Locale | str) -> str:
    """A day of every year, such as a reference date "1 February".

    >>> format_day_of_year(2, 1, locale="es")
    '1 de febrero'
    """
    # 2001 is not a leap year: a day of every year exists in it.
    value = dt.date(2001, month, day)
    return _cldr.format_skeleton("MMMMd", value, locale=parse_locale(locale))


def format_money(money: Money, *, locale: Locale | str) -> str:
    """An amount with its currency as CLDR writes it, with the currency's minor-unit digits.

    The same text as `Money.format`: both go through the library's one money formatter.

    >>> format_money(Money.of(4000, "USD"), locale="zh")
    'US$4,000.00'
    """
    return _cldr.format_money(money.amount, money.currency, locale=parse_locale(locale))


def format_percent(percent: Decimal, *, locale: Locale | str) -> str:
    """A percentage given on a 0-100 scale (``Decimal(50)`` is 50 %), as CLDR writes it.

    >>> format_percent(Decimal("12.5"), locale="en")
    '12.5%'
    """
    return _cldr.format_percent(percent, locale=parse_locale(locale))


def format_list(
    items: Sequence[str],
    *,
    locale: Locale | str,
    style: Literal["standard", "or", "unit"] = "standard",
) -> str:
    """Items joined as the locale joins a list: ``"standard"`` (and), ``"or"``, ``"unit"``.

    >>> format_list(["English", "French", "Spanish"], locale="en", style="or")
    'English, French, or Spanish'
    """
    return _cldr.format_list(items, locale=parse_locale(locale), style=style)


def join(items: Sequence[str], *, locale: Locale | str) -> str:
    """Items separated the way the locale separates list items, with no final "and".

    >>> join(["12 months", "renewable"], locale="zh")
    '12 months、renewable'
    """
    return _cldr.join(items, locale=parse_locale(locale))


def format_duration(count: int, unit: DurationUnit, *, locale: Locale | str) -> str:
    """A count of days, weeks, months or years with the locale's plural form ("12 months").

    >>> format_duration(12, "month", locale="ru"), format_duration(3, "year", locale="zh")
    ('12 месяцев', '3年')
    """
    return _cldr.format_duration(count, unit, locale=parse_locale(locale))


def label(member: enum.Enum, *, locale: Locale | str) -> str:
    """The translated label of a value of one of the model's closed vocabularies.

    Raises `KeyError` for an enum the catalogs do not label.

    >>> label(Verdict.NEEDS_REVIEW, locale="fr")
    'à examiner'
    >>> label(DttaCategory.ONLINE_COURSE, locale="zh")
    '在线课程'
    """
    return translate(LABELS[member], locale=locale)


LABELS: Mapping[enum.Enum, str] = {
    GradeLevel.P1: N_("P-1"),
    GradeLevel.P2: N_("P-2"),
    GradeLevel.P3: N_("P-3"),
    GradeLevel.P4: N_("P-4"),
    GradeLevel.P5: N_("P-5"),
    GradeLevel.D1: N_("D-1"),
    GradeLevel.D2: N_("D-2"),
    PostKind.JPO: N_("Junior Professional Officer (JPO)"),
    PostKind.SARC: N_("Special Assistant to the Resident Coordinator (SARC)"),
    PostKind.STAFF_ROLE: N_("Staff role (not a JPO post)"),
    DocumentForm.TERMS_OF_REFERENCE: N_("Terms of reference"),
    DocumentForm.VACANCY_ANNOUNCEMENT: N_("Vacancy announcement"),
    DocumentForm.VACANCY_PROPOSAL: N_("Vacancy proposal"),
    DocumentForm.JOB_DESCRIPTION: N_("Job description"),
    FamilyStatus.FAMILY: N_("family duty station"),
    FamilyStatus.NON_FAMILY: N_("non-family duty station"),
    FamilyStatus.NOT_STATED: N_("not stated"),
    ExtensionCondition.PRIORITIES: N_("priorities"),
    ExtensionCondition.FUNDING: N_("availability of funds"),
    ExtensionCondition.PERFORMANCE: N_("satisfactory performance"),
    ExtensionCondition.DONOR_APPROVAL: N_("donor approval"),
    ExtensionCondition.OFFICE_RECOMMENDATION: N_("recommendation by the office"),
    SupervisionRole.DIRECT: N_("Direct supervision"),
    SupervisionRole.OVERALL: N_("Overall supervision"),
    SupervisionRole.FUNCTIONAL: N_("Functional supervision"),
    SupervisionRole.TECHNICAL: N_("Technical supervision"),
    SupervisionRole.PERSONNEL: N_("Personnel supervision"),
    EvaluationSystem.UN_E_PERFORMANCE: N_("UN e-performance (Inspira)"),
    EvaluationSystem.ILO_PMF: N_("ILO Performance Management Framework"),
    EvaluationSystem.UN_PAS: N_("UN Performance Appraisal System (PAS)"),
    EvaluationSystem.UNDP_RCA: N_("UNDP Results and Competency Assessment"),
    EducationLevel.FIRST_LEVEL: N_("first-level university degree (bachelor's or equivalent)"),
    EducationLevel.ADVANCED: N_("advanced university degree (master's or equivalent)"),
    EducationLevel.DOCTORATE: N_("doctoral degree"),
    ExperienceKind.EMPLOYMENT: N_("employment"),
    ExperienceKind.INTERNSHIP: N_("internships"),
    ExperienceKind.VOLUNTEERING: N_("volunteering"),
    ExperienceKind.UNV: N_("UN Volunteer assignments"),
    ExperienceKind.CONSULTANCY: N_("consultancies"),
    ExperienceKind.FELLOWSHIP: N_("fellowships"),
    Necessity.REQUIRED: N_("Required"),
    Necessity.HIGHLY_DESIRABLE: N_("Highly desirable"),
    Necessity.DESIRABLE: N_("Desirable"),
    Proficiency.KNOWLEDGE: N_("knowledge"),
    Proficiency.GOOD: N_("good command"),
    Proficiency.PROFICIENT: N_("proficiency"),
    Proficiency.FLUENT: N_("fluency"),
    Proficiency.EXCELLENT: N_("excellent command"),
    CompetencyFramework.UN: N_("United Nations values and competencies"),
    CompetencyFramework.ILO: N_("ILO competency model"),
    NationalityScope.DONOR_NATIONALS: N_("nationals of the sponsoring country"),
    NationalityScope.LISTED_COUNTRIES: N_("nationals of the listed countries"),
    Verdict.ELIGIBLE: N_("eligible"),
    Verdict.NEEDS_REVIEW: N_("needs review"),
    Verdict.INELIGIBLE: N_("not eligible"),
    DttaCategory.COURSE: N_("course"),
    DttaCategory.ONLINE_COURSE: N_("online course"),
    DttaCategory.WORKSHOP: N_("workshop"),
    DttaCategory.SEMINAR: N_("seminar"),
    DttaCategory.LEARNING_ASSIGNMENT: N_("learning assignment"),
    DttaCategory.OFFICIAL_MISSION: N_("official mission"),
    DttaCategory.ORIENTATION: N_("orientation programme"),
    DttaCategory.LANGUAGE_TRAINING: N_("language training"),
    DttaCategory.COMPUTER_TRAINING: N_("computer training"),
}
"""The English label of every value of the vocabularies `label` translates."""
