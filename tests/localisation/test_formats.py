"""The localisation adapter: CLDR formatting in an explicit locale, and complete catalogs."""

from __future__ import annotations

import datetime as dt
import enum
import io
from decimal import Decimal
from pathlib import Path

import pendulum
import pytest
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po

from jpo_model import localisation
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

_DIR = localisation.LOCALE_DIR


def _template_ids() -> set[str]:
    with (_DIR / "jpo_model.pot").open("rb") as f:
        return {m.id for m in read_po(f) if m.id and isinstance(m.id, str)}


@pytest.mark.parametrize("lang", localisation.CATALOG_LOCALES)
def test_every_catalog_translates_every_message(lang: str) -> None:
    """Each .po has every message of the template, none empty or fuzzy (English included)."""
    with (_DIR / lang / "LC_MESSAGES" / "jpo_model.po").open("rb") as f:
        catalog = read_po(f)
    translated = {m.id for m in catalog if m.id and m.string and not m.fuzzy}
    assert set() == _template_ids() - translated


@pytest.mark.parametrize("lang", localisation.CATALOG_LOCALES)
def test_compiled_catalogs_match_their_sources(lang: str) -> None:
    """Each committed .mo holds exactly the messages and translations of its .po."""
    folder = _DIR / lang / "LC_MESSAGES"
    with (folder / "jpo_model.po").open("rb") as f:
        source = {m.id: m.string for m in read_po(f) if m.id and m.string and not m.fuzzy}
    compiled = read_mo(io.BytesIO((folder / "jpo_model.mo").read_bytes()))
    assert source == {m.id: m.string for m in compiled if m.id}


def test_every_marked_message_is_in_the_template() -> None:
    """Every enum label is in the template, so no label is left out of the catalogs."""
    assert set() == set(localisation.LABELS.values()) - _template_ids()


@pytest.mark.parametrize(
    "vocabulary",
    [
        GradeLevel,
        PostKind,
        DocumentForm,
        FamilyStatus,
        ExtensionCondition,
        SupervisionRole,
        EvaluationSystem,
        EducationLevel,
        ExperienceKind,
        Necessity,
        Proficiency,
        CompetencyFramework,
        NationalityScope,
        Verdict,
        DttaCategory,
    ],
)
def test_every_value_of_a_labelled_vocabulary_has_a_label(vocabulary: type[enum.Enum]) -> None:
    """Every member of each labelled enum has a label, translated in each catalog locale."""
    for member in vocabulary:
        english = localisation.label(member, locale="en")
        assert english == localisation.LABELS[member]
        assert all(localisation.label(member, locale=lang) for lang in localisation.CATALOG_LOCALES)


def test_translations_use_un_terminology() -> None:
    """ "Duty station" reads as the UN's own terms in the six official languages."""
    expected = {
        "ar": "مركز العمل",
        "en": "Duty station",
        "es": "Lugar de destino",
        "fr": "Lieu d'affectation",
        "ru": "Место службы",
        "zh": "工作地点",
    }
    actual = {lang: localisation.translate("Duty station", locale=lang) for lang in expected}
    assert expected == actual


def test_a_locale_without_catalog_or_message_falls_back_to_english() -> None:
    """German has no catalog and regional French uses French; unknown messages stay as given."""
    assert "Closing date" == localisation.translate("Closing date", locale="de")
    assert "Date de clôture" == localisation.translate("Closing date", locale="fr-CA")
    assert "no such message" == localisation.translate("no such message", locale="fr")


def test_an_unknown_locale_is_refused() -> None:
    """A name CLDR does not know raises ValueError."""
    with pytest.raises(ValueError, match="not a locale"):
        localisation.parse_locale("xx-invalid")


def test_the_environment_never_chooses_the_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    """LANG, LANGUAGE and LC_ALL change nothing: the locale is always the argument."""
    before = localisation.translate("Grade", locale="es")
    for name in ("LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.setenv(name, "ru_RU.UTF-8")
    assert before == localisation.translate("Grade", locale="es")
    assert "Categoría" == before


@pytest.mark.cldr_text
def test_cldr_formats_follow_the_locale() -> None:
    """Dates, money, percentages, lists, durations and names are CLDR's for the locale."""
    assert "10 mars 2026" == localisation.format_date(dt.date(2026, 3, 10), locale="fr")
    assert "$4,000.00" == localisation.format_money(Money.of(4000, "USD"), locale="en")
    assert "¥1,000" == localisation.format_money(Money.of(1000, "JPY"), locale="en")
    assert "50%" == localisation.format_percent(Decimal(50), locale="en")
    assert "a, b, and c" == localisation.format_list(["a", "b", "c"], locale="en")
    assert "3 года" == localisation.format_duration(3, "year", locale="ru")
    assert "12个月" == localisation.format_duration(12, "month", locale="zh")
    assert "Suiza" == localisation.country_name("CH", locale="es")
    assert "французский" == localisation.language_name("fr", locale="ru")
    assert "rtl" == localisation.text_direction("ar")


@pytest.mark.cldr_text
def test_datetimes_name_the_clock_in_force() -> None:
    """An instant in New York on 10 March 2026 reads as daylight time, with its offset."""
    instant = pendulum.datetime(2026, 3, 10, 23)
    assert "March 10, 2026, 7:00\u202fPM GMT-04:00 (Eastern Daylight Time)" == (
        localisation.format_datetime(instant, "America/New_York", locale="en")
    )


@pytest.mark.parametrize("locale", ["ar", "en", "es", "fr", "ru", "zh", "zh-Hans", "fr_CA"])
@pytest.mark.parametrize(
    "money", [Money.of("4000", "USD"), Money.of(1000, "JPY"), Money.of("-1.25", "KWD")]
)
def test_format_money_writes_what_money_format_writes(locale: str, money: Money) -> None:
    """One money formatter: the function and the method agree, for a name or a parsed locale."""
    expected = money.format(locale=locale)
    assert expected == localisation.format_money(money, locale=locale)
    assert expected == localisation.format_money(money, locale=localisation.parse_locale(locale))


def test_format_money_refuses_an_unknown_locale_as_money_format_does() -> None:
    """An unknown locale is the same ValueError from both."""
    with pytest.raises(ValueError, match="'xx' is not a locale CLDR knows") as method:
        Money.of(1, "USD").format(locale="xx")
    with pytest.raises(ValueError, match="'xx' is not a locale CLDR knows") as function:
        localisation.format_money(Money.of(1, "USD"), locale="xx")
    assert str(method.value) == str(function.value)


def test_naive_datetimes_are_refused() -> None:
    """A datetime without a zone raises TypeError rather than guessing one."""
    with pytest.raises(TypeError, match="aware"):
        localisation.format_datetime(dt.datetime(2026, 3, 10, 23), "UTC", locale="en")  # noqa: DTZ001


def test_the_template_holds_exactly_the_marked_messages() -> None:
    """The .pot matches what `nox -s catalogs` extracts from the source (no stale template)."""
    from babel.messages.extract import extract_from_file  # noqa: PLC0415 - only this test

    package = Path(localisation.__file__).parent.parent
    files = [
        *(f"localisation/{name}" for name in ("formats.py", "_announcement.py", "rendering.py")),
        "cli/_deadlines_run.py",  # the command line's own labels
        "cli/_dtta_run.py",
    ]
    marked = {
        message
        for name in files
        for _, message, _, _ in extract_from_file("python", package / name, keywords={"N_": None})
        if isinstance(message, str)
    }
    assert marked == _template_ids()
