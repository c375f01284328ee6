"""``jpo_model._cldr``: the one module that imports babel, and what it writes in a locale."""

from __future__ import annotations

import ast
import datetime as dt
from decimal import Decimal
from pathlib import Path

import pendulum
import pytest

import jpo_model
from jpo_model import _cldr
from jpo_model.localisation import CATALOG_DOMAIN, LOCALE_DIR

PACKAGE = Path(jpo_model.__file__).parent
EN = _cldr.parse_locale("en")
FR = _cldr.parse_locale("fr")


def _imports_babel(tree: ast.AST) -> bool:
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        else:
            continue
        if any(name == "babel" or name.startswith("babel.") for name in names):
            return True
    return False


def test_only_the_adapter_imports_babel() -> None:
    """No module of the package but ``_cldr.py`` imports babel, at any depth of its code."""
    importers = sorted(
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if _imports_babel(ast.parse(path.read_text(encoding="utf-8"), filename=str(path)))
    )
    assert ["_cldr.py"] == importers


def test_the_import_check_sees_every_form_of_import() -> None:
    """``import babel.x``, ``from babel import x`` and imports inside functions all count."""
    sources = [
        "import babel",
        "import babel.dates as d",
        "from babel import Locale",
        "from babel.numbers import format_currency",
        "def f():\n    from babel.support import Translations",
    ]
    assert [True] * len(sources) == [_imports_babel(ast.parse(s)) for s in sources]
    others = ["import babelfish", "from .babel import x", "import pendulum"]
    assert [False] * len(others) == [_imports_babel(ast.parse(s)) for s in others]


def test_parse_locale_reads_both_separators() -> None:
    """``zh-Hans`` and ``zh_Hans`` name the same locale; a parsed locale passes unchanged."""
    hyphen = _cldr.parse_locale("zh-Hans")
    assert ("zh", "Hans") == (hyphen.language, hyphen.script)
    assert hyphen == _cldr.parse_locale("zh_Hans")
    assert FR is _cldr.parse_locale(FR)


@pytest.mark.parametrize("name", ["xx", "", "en-", "not a locale"])
def test_parse_locale_refuses_unknown_names(name: str) -> None:
    """A name CLDR does not know is a ValueError naming it, not a silent default."""
    with pytest.raises(ValueError, match="is not a locale CLDR knows") as info:
        _cldr.parse_locale(name)
    assert repr(name) in str(info.value)


@pytest.mark.cldr_text
@pytest.mark.parametrize(
    ("locale", "expected"),
    [("en", "$4,000.00"), ("fr", "4\u202f000,00\xa0$US"), ("zh", "US$4,000.00")],
)
def test_format_money_writes_usd_as_the_locale_does(locale: str, expected: str) -> None:
    """USD 4,000 in English, French and Chinese, with CLDR's symbols and separators."""
    parsed = _cldr.parse_locale(locale)
    assert expected == _cldr.format_money(Decimal("4000.00"), "USD", locale=parsed)


@pytest.mark.cldr_text
def test_format_money_keeps_the_currencys_digits() -> None:
    """JPY has no minor units and KWD three: the amount shows what it holds."""
    assert "¥1,000" == _cldr.format_money(Decimal(1000), "JPY", locale=EN)
    assert "KWD1.250" == _cldr.format_money(Decimal("1.250"), "KWD", locale=EN)


def test_format_money_parses_a_name_once_given_one() -> None:
    """A locale name gives the same text as the parsed locale; an unknown one is refused."""
    assert _cldr.format_money(Decimal(5), "EUR", locale=FR) == _cldr.format_money(
        Decimal(5), "EUR", locale="fr"
    )
    with pytest.raises(ValueError, match="'xx' is not a locale"):
        _cldr.format_money(Decimal(5), "EUR", locale="xx")


@pytest.mark.cldr_text
def test_dates_in_french() -> None:
    """A date, a range of days, a month and a day of the year, as French writes them."""
    assert "10 mars 2026" == _cldr.format_date(dt.date(2026, 3, 10), locale=FR)
    assert "9–27 nov. 2026" == _cldr.format_date_range(  # noqa: RUF001 - CLDR's en dash
        dt.date(2026, 11, 9), dt.date(2026, 11, 27), locale=FR
    )
    assert "mai 2023" == _cldr.format_skeleton("yMMMM", dt.date(2023, 5, 1), locale=FR)
    assert "1 février" == _cldr.format_skeleton("MMMMd", dt.date(2001, 2, 1), locale=FR)
    assert "mai" == _cldr.month_name(5, locale=FR)


@pytest.mark.cldr_text
def test_wall_times_join_date_and_time_as_the_locale_does() -> None:
    """The long date and short time, in the order and with the words of the locale."""
    assert "10 mars 2026, 18:00" == _cldr.format_wall_time(
        dt.date(2026, 3, 10), dt.time(18), locale=FR
    )
    assert "March 10, 2026, 6:00\u202fPM" == _cldr.format_wall_time(
        dt.date(2026, 3, 10), dt.time(18), locale=EN
    )


@pytest.mark.cldr_text
def test_aware_datetimes_name_their_zone_in_the_locale() -> None:
    """An instant on Zurich's clock: full form, zone name and offset, in French."""
    wall = pendulum.datetime(2026, 3, 10, 23).in_timezone("Europe/Zurich")
    assert "mercredi 11 mars 2026, 00:00:00 heure normale d\u2019Europe centrale" == (
        _cldr.format_datetime(wall, locale=FR)
    )
    assert "heure normale d\u2019Europe centrale" == _cldr.zone_name(wall, locale=FR)
    assert "UTC+01:00" == _cldr.zone_offset(wall, locale=FR)
    assert "GMT+01:00" == _cldr.zone_offset(wall, locale=EN)


@pytest.mark.cldr_text
def test_durations_take_the_plural_form_of_the_count() -> None:
    """One hour, twelve months in Russian and Chinese, three days in French."""
    assert "1 hour" == _cldr.format_duration(1, "hour", locale=EN)
    assert "12 месяцев" == _cldr.format_duration(12, "month", locale=_cldr.parse_locale("ru"))
    assert "12个月" == _cldr.format_duration(12, "month", locale=_cldr.parse_locale("zh"))
    assert "3\xa0jours" == _cldr.format_duration(3, "day", locale=FR)


@pytest.mark.cldr_text
def test_numbers_and_lists_in_the_locale() -> None:
    """Percentages keep their digits; lists join with the locale's words and separators."""
    assert "12,5\xa0%" == _cldr.format_percent(Decimal("12.5"), locale=FR)
    assert "50%" == _cldr.format_percent(Decimal(50), locale=EN)
    assert "a, b ou c" == _cldr.format_list(["a", "b", "c"], locale=FR, style="or")
    assert "a, b, and c" == _cldr.format_list(("a", "b", "c"), locale=EN)
    zh = _cldr.parse_locale("zh")
    assert "a、b、c" == _cldr.join(["a", "b", "c"], locale=zh)
    assert "" == _cldr.join([], locale=zh)


@pytest.mark.cldr_text
def test_names_of_territories_and_languages() -> None:
    """CLDR's names in French; a code or tag CLDR does not name comes back unchanged."""
    assert "Suisse" == _cldr.territory_name("CH", locale=FR)
    assert "QQ" == _cldr.territory_name("QQ", locale=FR)
    assert "chinois (simplifié)" == _cldr.language_name("zh-Hans", locale=FR)
    assert "anglais" == _cldr.language_name("en-x-private", locale=FR)
    assert "zz-Qqqq" == _cldr.language_name("zz-Qqqq", locale=FR)


def test_display_names_fall_back_to_the_code() -> None:
    """An unknown locale or code gives the code itself rather than an error."""
    assert "Suisse" == _cldr.display_name("CH", kind="territory", locale="fr")
    assert "CH" == _cldr.display_name("CH", kind="territory", locale="xx")
    assert "QQ" == _cldr.display_name("QQ", kind="language", locale="fr")


def test_text_direction() -> None:
    """Arabic is written right to left; French and Chinese left to right."""
    directions = [_cldr.text_direction(_cldr.parse_locale(n)) for n in ("ar", "fr", "zh")]
    assert ["rtl", "ltr", "ltr"] == directions


def test_translations_fall_back_to_the_message() -> None:
    """A shipped catalog translates; a locale without one returns the message id."""
    spanish = _cldr.load_translations(LOCALE_DIR, "es", domain=CATALOG_DOMAIN)
    assert "Lugar de destino" == spanish.gettext("Duty station")
    regional = _cldr.load_translations(LOCALE_DIR, "es_AR", domain=CATALOG_DOMAIN)
    assert "Lugar de destino" == regional.gettext("Duty station")
    german = _cldr.load_translations(LOCALE_DIR, "de", domain=CATALOG_DOMAIN)
    assert "Duty station" == german.gettext("Duty station")
