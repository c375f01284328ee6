"""``jpo_model._cldr``: the one module that imports babel, and what it writes in a locale."""

from __future__ import annotations

import ast
import datetime as dt
import zoneinfo
from decimal import Decimal
from importlib import resources
from pathlib import Path

import babel.core
import babel.dates
import babel.localedata
import pendulum
import pytest

import jpo_model
from jpo_model import _cldr, _code_lists
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


# --- reading deadlines: CLDR's names and tzdata's tables ----------------------------------

DE = _cldr.parse_locale("de")


def _listed_zones() -> frozenset[str]:
    """The zones tzdata's zone.tab and zone1970.tab list, read here as the oracle."""
    zones = set()
    for table in ("zone.tab", "zone1970.tab"):
        text = resources.files("tzdata").joinpath("zoneinfo", table).read_text(encoding="utf-8")
        zones |= {line.split("\t")[2] for line in text.splitlines() if line[:1] != "#"}
    return frozenset(zones)


def _same_clock(first: str, second: str) -> bool:
    """Whether two zones show the same offset on the 1st and 15th of every month, 1990-2037."""
    a, b = zoneinfo.ZoneInfo(first), zoneinfo.ZoneInfo(second)
    moments = (
        dt.datetime(year, month, day, 12, tzinfo=dt.UTC)
        for year in range(1990, 2038)
        for month in range(1, 13)
        for day in (1, 15)
    )
    return all(m.astimezone(a).utcoffset() == m.astimezone(b).utcoffset() for m in moments)


@pytest.mark.cldr_text
def test_month_and_weekday_names_to_their_numbers() -> None:
    """Wide and abbreviated, formatting and stand-alone names, case-folded, without the dot."""
    french = _cldr.month_numbers(FR)
    assert (2, 2, 8, 3) == (french["février"], french["févr"], french["août"], french["mars"])
    assert (3, 3) == (_cldr.month_numbers(DE)["märz"], _cldr.month_numbers(DE)["mär"])
    russian = _cldr.month_numbers(_cldr.parse_locale("ru"))
    assert (3, 3) == (russian["марта"], russian["март"])  # a date's genitive, and the name
    assert 12 == len(set(_cldr.month_numbers(EN).values()))
    assert (0, 6) == (_cldr.weekday_numbers(EN)["monday"], _cldr.weekday_numbers(FR)["dim"])


@pytest.mark.cldr_text
def test_day_periods_name_am_pm_noon_and_midnight() -> None:
    """CLDR's markers: "minuit" and "midi" in French, "p. m." in Spanish."""
    assert {"midnight", "noon"} <= set(_cldr.day_period_names(FR).values())
    assert "midnight" == _cldr.day_period_names(FR)["minuit"]
    assert "pm" == _cldr.day_period_names(_cldr.parse_locale("es"))["p. m."]
    assert {"am", "pm"} <= set(_cldr.day_period_names(_cldr.parse_locale("zh")).values())


def test_short_date_orders() -> None:
    """en_US writes the month first, en_GB and French the day, Chinese the year."""
    orders = [
        _cldr.short_date_order(_cldr.parse_locale(name))
        for name in ("en_US", "en_GB", "fr", "zh", "de")
    ]
    assert ["mdy", "dmy", "dmy", "ymd", "dmy"] == orders


def test_numeric_date_orders_of_a_language() -> None:
    """English locales write both orders with slashes; German only the day first."""
    english = _cldr.numeric_date_orders("en")
    assert {("mdy", "/"), ("dmy", "/")} <= english
    assert {"dmy"} == {order for order, _ in _cldr.numeric_date_orders("de")}
    assert frozenset() == _cldr.numeric_date_orders("zz")


def test_every_locale_that_writes_dots_puts_the_day_first() -> None:
    """The reader's rule for dotted dates (10.03.2026) holds in every CLDR locale."""
    languages = {name.split("_")[0] for name in babel.localedata.locale_identifiers()}
    dotted = {
        order
        for language in languages
        for order, separator in _cldr.numeric_date_orders(language)
        if separator == "." and order != "ymd"
    }
    assert {"dmy"} == dotted


@pytest.mark.cldr_text
def test_zone_names_name_metazones_and_their_variants() -> None:
    """Long and short names, case-folded, to the metazone or zone and the variant named."""
    english = _cldr.zone_names(EN, width="long")
    assert ("America_Eastern", "standard") == english["eastern standard time"]
    assert ("America_Eastern", "generic") == english["eastern time"]
    assert ("Etc/UTC", "standard") == english["coordinated universal time"]
    short = _cldr.zone_names(DE, width="short")
    assert ("Europe_Central", "standard") == short["mez"]  # generic and standard alike
    assert ("Europe_Central", "daylight") == short["mesz"]
    assert "∅∅∅" not in _cldr.zone_names(_cldr.parse_locale("en_GB"), width="short")


def test_metazones_and_their_zones() -> None:
    """Maputo is in Central Africa's metazone today; the metazone's zones carry tz's names."""
    assert "Africa_Central" == _cldr.metazone_of("Africa/Maputo")
    assert "India" == _cldr.metazone_of("Asia/Calcutta")
    assert None is _cldr.metazone_of("Etc/Unknown")
    central = _cldr.metazone_zones("Europe_Central")
    assert {"Europe/Paris", "Europe/Zurich", "Africa/Algiers"} <= set(central)
    assert ("Asia/Colombo", "Asia/Kolkata") == _cldr.metazone_zones("India")
    assert () == _cldr.metazone_zones("Volgograd")  # Volgograd keeps Moscow time since 2020


def test_zone_territories() -> None:
    """CLDR places a zone in a country; zones of no country have none."""
    assert ("CH", "IN", None) == tuple(
        _cldr.zone_territory(zone) for zone in ("Europe/Zurich", "Asia/Kolkata", "EST5EDT")
    )


@pytest.mark.cldr_text
def test_exemplar_cities_in_the_locale() -> None:
    """Cities as each language writes them, to the zone tz's tables list."""
    assert "America/New_York" == _cldr.exemplar_cities(_cldr.parse_locale("es"))["Nueva York"]
    assert "Europe/Rome" == _cldr.exemplar_cities(_cldr.parse_locale("it"))["Roma"]
    assert "Asia/Kolkata" == _cldr.exemplar_cities(EN)["Kolkata"]
    assert "Europe/Zurich" == _cldr.exemplar_cities(EN)["Zurich"]
    assert "Unknown Location" not in _cldr.exemplar_cities(EN)


def test_exemplar_cities_zones_are_cldrs_under_the_tz_tables_names() -> None:
    """Each English city's zone is the one babel places it in, or a listed one with its clock."""
    listed = _listed_zones()
    locations = {}
    for cldr_zone in sorted(babel.core.get_global("zone_territories")):
        try:
            city = babel.dates.get_timezone_location(cldr_zone, "en", return_city=True)
        except LookupError:
            continue  # Etc/Unknown: no zone to compare with
        locations[city] = cldr_zone
    wrong = [
        (city, zone, locations.get(city))
        for city, zone in sorted(_cldr.exemplar_cities(EN).items())
        if zone not in listed
        or city not in locations
        or not (zone == locations[city] or _same_clock(zone, locations[city]))
    ]
    assert [] == wrong


@pytest.mark.cldr_text
def test_territory_names_and_aliases_to_codes() -> None:
    """Country names in a locale, and CLDR's other codes (USA, UK), to ISO alpha-2 codes."""
    assert ("CH", "KE") == (
        _cldr.territory_codes(FR)["Suisse"],
        _cldr.territory_codes(EN)["Kenya"],
    )
    assert "EU" not in _cldr.territory_codes(EN).values()
    assert ("US", "GB", "CH") == tuple(_cldr.territory_aliases()[a] for a in ("USA", "UK", "CHE"))


@pytest.mark.cldr_text
def test_language_names_plain_and_regional() -> None:
    """Languages by code; as a country speaks them ("Swiss French"); their own names."""
    assert "Dutch" == _cldr.language_names(EN)["nl"]
    assert "fr_CH" not in _cldr.language_names(EN)
    assert "Swiss French" == _cldr.regional_language_names(EN)["fr", "CH"]
    own = _cldr.own_names("nl")
    assert own is not None
    assert ("Nederlands", "Nederland", "België") == (own[0], own[1]["NL"], own[1]["BE"])
    assert None is _cldr.own_names("zz")


def test_country_zones_from_zone_tab() -> None:
    """A country's zones, its most populous first; listed zones include links zone.tab keeps."""
    assert ("Europe/Zurich",) == _cldr.country_zones("CH")
    assert ("Europe/Berlin", "Europe/Busingen") == _cldr.country_zones("DE")
    assert "America/New_York" == _cldr.country_zones("US")[0]
    assert _listed_zones() == _cldr.listed_zones()
    assert "Africa/Bangui" in _cldr.listed_zones()


def test_links_and_canonical_zones() -> None:
    """Old names become the listed zone; listed ones, Bangui's included, stay."""
    assert "Africa/Abidjan" == _cldr.zone_link_target("Africa/Dakar")
    assert "Africa/Abidjan" == _cldr.zone_link_target("Africa/Abidjan")
    canonical = [
        _cldr.canonical_zone(name)
        for name in ("Asia/Calcutta", "Australia/West", "US/Eastern", "Europe/Kiev")
    ]
    assert ["Asia/Kolkata", "Australia/Perth", "America/New_York", "Europe/Kyiv"] == canonical
    assert "Africa/Bangui" == _cldr.canonical_zone("Africa/Bangui")


def test_every_geographic_name_has_a_listed_canonical_zone() -> None:
    """Any tz name of a place (not Etc/ nor a POSIX rule) maps to a zone tz's tables list."""
    listed = _cldr.listed_zones()
    places = [z for z in _code_lists.time_zone_names() if "/" in z and not z.startswith("Etc/")]
    assert [] == [z for z in places if _cldr.canonical_zone(z) not in listed]
    assert [] == [z for z in places if not _same_clock(z, _cldr.canonical_zone(z))]


def test_zones_now_name_their_abbreviations() -> None:
    """zonenow.tab's rows: one zone per behaviour today, with the area's abbreviations."""
    rows = dict(_cldr.zones_now())
    assert "(CET/CEST)" in rows["Europe/Paris"]
    assert "(WAT)" in rows["Africa/Lagos"]


def test_times_named_after_places_come_from_one_country_rows() -> None:
    """zone.tab's "Beijing Time" names a place; a multi-country region's row names none."""
    named = _cldr.times_named_after_places()
    assert "Asia/Shanghai" == named["Beijing"]
    assert "West Africa" not in named
