"""The one adapter between jpo_model and babel: CLDR names and formats, catalogs, code lists.

Only this module imports babel. `parse_locale` is the one locale parser; every other
function here takes a `Locale` that is already parsed, so that a caller parses a name once,
at its entry point, and passes the result down. babel's global locale defaults are never
touched: the locale is always an argument.

The code lists that decide validity are not read here at run time: they are a snapshot
(`jpo_model._code_lists`) that `code_lists_from_installed_data` regenerates, so that
validity depends on the jpo_model version only.
"""

from __future__ import annotations

import datetime as dt
import functools
import gettext
import importlib.metadata
import re
from collections.abc import Sequence
from decimal import Decimal
from importlib import resources
from pathlib import Path
from typing import Any, Literal, NamedTuple, TypeAlias

import babel
import babel.core
import babel.dates
import babel.lists
import babel.localedata
import babel.numbers
import babel.units
from babel import Locale, UnknownLocaleError
from babel.numbers import get_currency_precision, list_currencies
from babel.support import Translations

__all__ = [
    "DateOrder",
    "ListStyle",
    "Locale",
    "ZoneName",
    "ZoneVariant",
    "code_lists_from_installed_data",
    "country_zones",
    "day_period_names",
    "display_name",
    "exemplar_cities",
    "format_date",
    "format_date_range",
    "format_datetime",
    "format_duration",
    "format_list",
    "format_money",
    "format_percent",
    "format_skeleton",
    "format_wall_time",
    "join",
    "language_name",
    "language_names",
    "listed_zones",
    "load_translations",
    "metazone_of",
    "metazone_zones",
    "month_name",
    "month_numbers",
    "numeric_date_orders",
    "own_names",
    "parse_locale",
    "regional_language_names",
    "short_date_order",
    "territory_aliases",
    "territory_codes",
    "territory_name",
    "text_direction",
    "times_named_after_places",
    "weekday_numbers",
    "zone_link_target",
    "zone_name",
    "zone_names",
    "zone_offset",
    "zone_territory",
    "zones_now",
]

# CLDR territory codes that are not ISO 3166-1 alpha-2 countries or territories:
# exceptionally reserved codes (AC, CP, CQ, DG, EA, IC, TA), groupings (EU, EZ, UN, QO),
# private-use pseudo-locales (XA, XB), the user-assigned XK and "unknown" ZZ.
_NOT_ISO_3166 = frozenset(
    {"AC", "CP", "CQ", "DG", "EA", "EU", "EZ", "IC", "QO", "TA", "UN", "XA", "XB", "XK", "ZZ"}
)
# ISO 4217 codes that are not money: funds, precious metals, testing and "no currency".
_NOT_MONEY = frozenset(
    {"XAG", "XAU", "XBA", "XBB", "XBC", "XBD", "XDR", "XPD", "XPT", "XSU", "XTS", "XUA", "XXX"}
)


def code_lists_from_installed_data() -> dict[str, Any]:
    """The code lists as the installed babel (CLDR) and tzdata state them today.

    The source of the snapshot that decides validity (`jpo_model._code_lists`); nothing
    validates against this directly, so that validity never depends on the installed babel.
    """
    english = Locale("en")
    countries = sorted(
        code
        for code in map(str, english.territories)
        if len(code) == 2 and code.isalpha() and code not in _NOT_ISO_3166
    )
    currencies = {
        code: int(get_currency_precision(code))
        for code in sorted(list_currencies())
        if code not in _NOT_MONEY
    }
    languages = sorted(code for code in map(str, english.languages) if "_" not in code)
    zones = resources.files("tzdata").joinpath("zones").read_text(encoding="utf-8").split()
    return {
        "sources": {
            "babel": babel.__version__,
            "cldr": str(getattr(babel.core, "get_cldr_version", lambda: "unknown")()),
            "tzdata": importlib.metadata.version("tzdata"),
        },
        "countries": countries,
        "currencies": currencies,
        "languages": languages,
        "time_zones": sorted(zones),
    }


# --- locales ------------------------------------------------------------------------------


def parse_locale(locale: Locale | str) -> Locale:
    """The babel locale for a `Locale` or a name written with ``-`` or ``_`` (``"zh-Hans"``).

    The one locale parser of the library; raises `ValueError` for a name CLDR does not know.

    >>> parse_locale("zh-Hans").script
    'Hans'
    """
    if isinstance(locale, Locale):
        return locale
    try:
        return Locale.parse(locale, sep="-" if "-" in locale else "_")
    except (UnknownLocaleError, ValueError, TypeError):
        raise ValueError(
            f"{locale!r} is not a locale CLDR knows, e.g. ar, en, es, fr, ru, zh"
        ) from None


def text_direction(locale: Locale) -> Literal["ltr", "rtl"]:
    """The direction the locale's script is written in: ``"rtl"`` for Arabic, else ``"ltr"``."""
    return "rtl" if locale.text_direction == "rtl" else "ltr"


def load_translations(directory: Path, name: str, *, domain: str) -> gettext.NullTranslations:
    """The gettext catalog of ``domain`` for a locale name, found in ``directory``.

    gettext tries "zh_Hans_CN", then "zh_Hans", "zh_CN" and "zh": a language's catalog serves
    its regional and script variants. With no catalog, the messages stay as they are. The
    explicit list never reads ``LANGUAGE``.
    """
    return Translations.load(str(directory), [name], domain=domain)


# --- names --------------------------------------------------------------------------------


def territory_name(code: str, *, locale: Locale) -> str:
    """The CLDR name of a country or territory (ISO 3166 code); the code if CLDR has none.

    >>> territory_name("CH", locale=parse_locale("fr"))
    'Suisse'
    """
    return str(locale.territories.get(code, code))


def language_name(tag: str, *, locale: Locale) -> str:
    """The CLDR name of a language (BCP 47 tag such as ``zh-Hans``); the tag if CLDR has none.

    A tag CLDR cannot parse as a locale is looked up by its language subtag.
    """
    try:
        language = parse_locale(tag)
    except ValueError:
        return str(locale.languages.get(tag.split("-", maxsplit=1)[0], tag))
    return str(language.get_display_name(locale) or tag)


def display_name(code: str, *, kind: str, locale: str) -> str:
    """The CLDR name of a territory (``kind="territory"``) or language in a locale.

    Falls back to the code itself when CLDR has no name for it or does not know the locale.
    """
    try:
        parsed = parse_locale(locale)
    except ValueError:
        return code
    names = parsed.territories if kind == "territory" else parsed.languages
    return str(names.get(code.replace("-", "_"), code))


def month_name(month: int, *, locale: Locale) -> str:
    """The wide name of a month (1 to 12) standing in a date ("May" in English)."""
    return str(locale.months["format"]["wide"][month])


# --- dates and times ----------------------------------------------------------------------


def format_date(value: dt.date, *, locale: Locale) -> str:
    """A date in the locale's long form ("10 mars 2026" in French)."""
    return babel.dates.format_date(value, "long", locale=locale)


def format_date_range(start: dt.date, end: dt.date, *, locale: Locale) -> str:
    """A range of days as CLDR writes an interval of day, abbreviated month and year."""
    return babel.dates.format_interval(start, end, "yMMMd", locale=locale)


def format_skeleton(skeleton: str, value: dt.date, *, locale: Locale) -> str:
    """A date written with a CLDR skeleton such as ``yMMMM`` (month and year)."""
    return babel.dates.format_skeleton(skeleton, value, locale=locale)


def format_wall_time(day: dt.date, time: dt.time, *, locale: Locale) -> str:
    """A date and time without a zone: the long date and short time, joined as CLDR joins them.

    >>> format_wall_time(dt.date(2026, 3, 10), dt.time(18), locale=parse_locale("fr"))
    '10 mars 2026, 18:00'
    """
    pattern = str(locale.datetime_formats["long"]).replace("'", "")
    short_time = babel.dates.format_time(time, "short", locale=locale)
    return pattern.replace("{1}", format_date(day, locale=locale)).replace("{0}", short_time)


def format_datetime(value: dt.datetime, *, locale: Locale) -> str:
    """An aware date-time in CLDR's full form, on the wall clock of its own zone."""
    return babel.dates.format_datetime(value, "full", tzinfo=value.tzinfo, locale=locale)


def zone_name(value: dt.datetime, *, locale: Locale) -> str:
    """The long name of the zone in force at an aware date-time ("Central European Time")."""
    return babel.dates.get_timezone_name(value, "long", locale=locale)


def zone_offset(value: dt.datetime, *, locale: Locale) -> str:
    """The UTC offset of an aware date-time as the locale writes it ("GMT+01:00")."""
    return babel.dates.get_timezone_gmt(value, "long", locale=locale)


def format_duration(count: int, unit: str, *, locale: Locale) -> str:
    """A count of a CLDR duration unit (``day``, ``hour``, ``month`` …) in its plural form.

    >>> format_duration(12, "month", locale=parse_locale("ru"))
    '12 месяцев'
    """
    measurement = f"duration-{unit}"
    # babel lacks some long unit patterns (zh, ar) and then writes the unit's id: the
    # short form (CLDR "{0}个月") is the locale's own wording, so it stands in.
    text = babel.units.format_unit(count, measurement, locale=locale)
    if measurement in text:
        text = babel.units.format_unit(count, measurement, length="short", locale=locale)
    return text


# --- numbers and lists --------------------------------------------------------------------


def format_money(amount: Decimal, currency: str, *, locale: Locale | str) -> str:
    """An amount with its currency the way CLDR writes it in a locale ("$4,000.00").

    The library's one money formatter. Callers pass a parsed `Locale`; a name is parsed
    here for `jpo_model.interchange.jsonld`, which holds the post's language tag. Raises
    `ValueError` for a name CLDR does not know.

    >>> format_money(Decimal("4000.00"), "USD", locale=parse_locale("en"))
    '$4,000.00'
    """
    return babel.numbers.format_currency(amount, currency, locale=parse_locale(locale))


def format_percent(percent: Decimal, *, locale: Locale) -> str:
    """A percentage given on a 0-100 scale (``Decimal(50)`` is 50 %), with all its digits."""
    # No rounding to the pattern's whole percent: a stated 12.5 % stays 12.5 %.
    value = percent / 100
    return babel.numbers.format_percent(value, locale=locale, decimal_quantization=False)


ListStyle: TypeAlias = Literal["standard", "or", "unit"]
"""A style of `format_list`: a list joined by "and", by "or", or of units ("3 ft, 7 in")."""


def format_list(items: Sequence[str], *, locale: Locale, style: ListStyle = "standard") -> str:
    """Items joined as the locale joins a list: ``"standard"`` (and), ``"or"``, ``"unit"``."""
    return babel.lists.format_list(list(items), style=style, locale=locale)


def join(items: Sequence[str], *, locale: Locale) -> str:
    """Items separated the way the locale separates list items, with no final "and"."""
    middle = str(locale.list_patterns["standard"]["middle"])
    text = items[0] if items else ""
    for item in items[1:]:
        text = middle.format(text, item)
    return text


# --- reading deadlines: CLDR's names of months, times, zones and places -------------------
# The functions below return CLDR's data as lookups for `jpo_model.deadlines.parsing`. They
# build their tables on first use (functools.cache), so that importing stays cheap.

DateOrder: TypeAlias = Literal["dmy", "mdy", "ymd"]
"""The order of day, month and year in a numeric date ("dmy": 31/12/2026)."""

ZoneVariant: TypeAlias = Literal["generic", "standard", "daylight"]
"""Which name of a zone: generic ("Eastern Time"), standard ("… Standard Time") or daylight."""

# A name that is both generic and standard ("MEZ" in German) is read as the standard one:
# the more specific statement of the two.
_VARIANTS: tuple[ZoneVariant, ...] = ("daylight", "generic", "standard")
# CLDR writes this for "no name here" where a regional locale cancels its parent's name.
_NO_NAME = "∅∅∅"


def _is_country(code: object) -> bool:
    text = str(code)
    return len(text) == 2 and text.isalpha() and text not in _NOT_ISO_3166


@functools.cache
def month_numbers(locale: Locale) -> dict[str, int]:
    """A locale's month names and abbreviations, case-folded, to the month's number.

    Formatting and stand-alone forms, wide and abbreviated; an abbreviation's final dot is
    dropped ("févr." is "févr").

    >>> month_numbers(parse_locale("fr"))["févr"], month_numbers(parse_locale("ru"))["марта"]
    (2, 3)
    """
    names: dict[str, int] = {}
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            for number, name in locale.months.get(context, {}).get(width, {}).items():
                names[str(name).casefold().rstrip(".")] = int(number)
    return names


@functools.cache
def weekday_numbers(locale: Locale) -> dict[str, int]:
    """A locale's weekday names and abbreviations, case-folded, to 0 (Monday) to 6 (Sunday)."""
    names: dict[str, int] = {}
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            for number, name in locale.days.get(context, {}).get(width, {}).items():
                names[str(name).casefold().rstrip(".")] = int(number)
    return names


@functools.cache
def day_period_names(locale: Locale) -> dict[str, str]:
    """A locale's names of ``am``, ``pm``, ``noon`` and ``midnight``, case-folded, to the period.

    >>> day_period_names(parse_locale("fr"))["minuit"]
    'midnight'
    """
    names: dict[str, str] = {}
    for width in ("abbreviated", "wide"):
        for period, name in locale.day_periods.get("format", {}).get(width, {}).items():
            if period in {"am", "pm", "noon", "midnight"}:
                names[" ".join(str(name).split()).casefold()] = str(period)
    return names


_ORDERS: dict[str, DateOrder] = {"dmy": "dmy", "mdy": "mdy", "ymd": "ymd"}


def _numeric_order(pattern: str) -> tuple[DateOrder, str] | None:
    """The order and separator of a numeric short date pattern ("dd/MM/y" → dmy, "/")."""
    fields = re.sub(r"'[^']*'|[\u200e\u200f]", "", pattern).strip()
    match = re.fullmatch(r"([dMy])\1*(\W+)([dMy])\3*\2([dMy])\4*", fields)
    if match is None:
        return None
    order = _ORDERS.get((match[1] + match[3] + match[4]).lower())
    return None if order is None else (order, match[2].strip() or " ")


def short_date_order(locale: Locale) -> DateOrder | None:
    """The order of a locale's numeric short date, or None if it is not numeric.

    >>> short_date_order(parse_locale("en_US")), short_date_order(parse_locale("en_GB"))
    ('mdy', 'dmy')
    """
    found = _numeric_order(str(locale.date_formats["short"].pattern))
    return None if found is None else found[0]


@functools.cache
def numeric_date_orders(language: str) -> frozenset[tuple[DateOrder, str]]:
    """The (order, separator) pairs of the numeric short dates of every locale of a language.

    English writes both ``("mdy", "/")`` (en_US) and ``("dmy", "/")`` (en_GB); French
    ``dmy`` with ``/`` and ``.``, and ``ymd`` with ``-`` (fr_CA).
    """
    orders: set[tuple[DateOrder, str]] = set()
    for name in babel.localedata.locale_identifiers():
        if name == language or name.startswith(f"{language}_"):
            found = _numeric_order(str(Locale.parse(name).date_formats["short"].pattern))
            if found is not None:
                orders.add(found)
    return frozenset(orders)


class ZoneName(NamedTuple):
    """What a CLDR zone name names: a metazone or a zone, and which of its names it is."""

    key: str
    """A metazone ("America_Eastern") or, for a zone's own name, the zone's id ("Etc/UTC")."""
    variant: ZoneVariant
    """Generic, standard or daylight."""


@functools.cache
def zone_names(locale: Locale, *, width: Literal["long", "short"]) -> dict[str, ZoneName]:
    """A locale's long or short names of metazones and zones, case-folded, to what they name.

    >>> zone_names(parse_locale("de"), width="short")["mesz"]
    ZoneName(key='Europe_Central', variant='daylight')
    """
    names: dict[str, ZoneName] = {}
    sources = [*locale.meta_zones.items(), *locale.time_zones.items()]
    for key, info in sources:
        for variant in _VARIANTS:
            name = info.get(width, {}).get(variant)
            if name and name != _NO_NAME:
                names[" ".join(str(name).split()).casefold()] = ZoneName(str(key), variant)
    return names


def metazone_of(zone: str) -> str | None:
    """The metazone a zone is in today ("Africa/Maputo" → "Africa_Central"), if any."""
    canonical = babel.core.get_global("zone_aliases").get(zone, zone)
    metazone = babel.core.get_global("meta_zones").get(canonical)
    return None if metazone is None else str(metazone)


@functools.cache
def metazone_zones(metazone: str) -> tuple[str, ...]:
    """The zones in a metazone today, as the tz tables name them, sorted."""
    zones = babel.core.get_global("meta_zones")
    return tuple(sorted({canonical_zone(str(z)) for z, m in zones.items() if m == metazone}))


def zone_territory(zone: str) -> str | None:
    """The ISO 3166 country CLDR places a zone in ("Europe/Zurich" → "CH"), if any."""
    canonical = babel.core.get_global("zone_aliases").get(zone, zone)
    territory = babel.core.get_global("zone_territories").get(canonical)
    return str(territory) if _is_country(territory) else None


@functools.cache
def exemplar_cities(locale: Locale) -> dict[str, str]:
    """A locale's exemplar cities of the zones, as CLDR writes them, to the zone's tz name.

    A zone CLDR gives no city is named after the last part of its id ("Zurich"); only zones
    that lie in a country count (no "Unknown Location", no "GMT+1").

    >>> exemplar_cities(parse_locale("es"))["Nueva York"]
    'America/New_York'
    """
    metazones = babel.core.get_global("meta_zones")
    cities: dict[str, str] = {}
    for zone in sorted(babel.core.get_global("zone_territories")):
        if zone_territory(zone) is None:
            continue
        info = locale.time_zones.get(zone, {})
        city = info.get("city") or locale.meta_zones.get(metazones.get(zone), {}).get("city")
        cities[str(city or zone.rpartition("/")[2].replace("_", " "))] = canonical_zone(zone)
    return cities


@functools.cache
def territory_codes(locale: Locale) -> dict[str, str]:
    """A locale's names of countries and territories to their ISO 3166 codes.

    >>> territory_codes(parse_locale("fr"))["Suisse"]
    'CH'
    """
    return {str(name): str(code) for code, name in locale.territories.items() if _is_country(code)}


@functools.cache
def territory_aliases() -> dict[str, str]:
    """CLDR's other codes of countries (ISO alpha-3 "USA", "UK") to the alpha-2 code.

    >>> territory_aliases()["USA"], territory_aliases()["UK"]
    ('US', 'GB')
    """
    aliases = babel.core.get_global("territory_aliases")
    return {
        str(alias): str(codes[0])
        for alias, codes in aliases.items()
        if str(alias).isalpha() and len(codes) == 1 and _is_country(codes[0])
    }


def language_names(locale: Locale) -> dict[str, str]:
    """A locale's names of languages (plain codes only, no regional variants): code → name."""
    return {str(code): str(name) for code, name in locale.languages.items() if "_" not in code}


def regional_language_names(locale: Locale) -> dict[tuple[str, str], str]:
    """A locale's names of languages as a country speaks them ("Swiss French").

    Keys are (language, ISO 3166 country): ``("fr", "CH")`` → "Swiss French" in English.
    """
    names: dict[tuple[str, str], str] = {}
    for code, name in locale.languages.items():
        language, _, territory = str(code).partition("_")
        if _is_country(territory):
            names[language, territory] = str(name)
    return names


@functools.cache
def own_names(language: str) -> tuple[str, dict[str, str]] | None:
    """A language's name for itself, and its names of the countries it is official in.

    ``own_names("nl")`` is ``("Nederlands", {"NL": "Nederland", "BE": "België", …})``;
    None when CLDR has no locale for the language.
    """
    if language not in babel.localedata.locale_identifiers():
        return None
    locale = Locale.parse(language)
    own = locale.languages.get(language)
    if not own:
        return None
    countries: dict[str, str] = {}
    for code, spoken in babel.core.get_global("territory_languages").items():
        statuses = (
            info.get("official_status")
            for name, info in spoken.items()
            if name.partition("_")[0] == language
        )
        if _is_country(code) and {"official", "de_facto_official"} & set(statuses):
            countries[str(code)] = str(locale.territories.get(code, code))
    return str(own), countries


# --- the tz database's tables (tzdata) ----------------------------------------------------


def _tzdata_rows(name: str) -> list[list[str]]:
    text = resources.files("tzdata").joinpath("zoneinfo", name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


@functools.cache
def _zone_tab() -> tuple[tuple[str, str], ...]:
    """zone.tab's rows: (country, zone), one country's most populous zone first."""
    return tuple((row[0], row[2]) for row in _tzdata_rows("zone.tab"))


@functools.cache
def listed_zones() -> frozenset[str]:
    """The zones that zone.tab and zone1970.tab list: the names tz offers users to pick."""
    return frozenset(z for _, z in _zone_tab()) | {row[2] for row in _tzdata_rows("zone1970.tab")}


def country_zones(code: str) -> tuple[str, ...]:
    """The zones of a country as zone.tab lists them, the most populous first.

    >>> country_zones("CH"), country_zones("DE")
    (('Europe/Zurich',), ('Europe/Berlin', 'Europe/Busingen'))
    """
    return tuple(zone for country, zone in _zone_tab() if country == code)


@functools.cache
def times_named_after_places() -> dict[str, str]:
    """The places zone.tab's comments name a country's time after, to the zone.

    zone.tab writes "Beijing Time" beside Asia/Shanghai, China's time, though CLDR's
    exemplar city is Shanghai. Only rows of one country count: zone1970.tab's "West Africa
    Time" names a region, which CLDR's metazone names already read.

    >>> times_named_after_places()["Beijing"]
    'Asia/Shanghai'
    """
    places: dict[str, str] = {}
    for table in ("zone.tab", "zone1970.tab"):
        for country, _, zone, *comment in _tzdata_rows(table):
            named = re.fullmatch(r"(.+) Time", comment[0]) if comment else None
            if named is not None and "," not in country:
                places.setdefault(named[1], zone)
    return places


@functools.cache
def _zone_links() -> dict[str, str]:
    text = resources.files("tzdata").joinpath("zoneinfo", "tzdata.zi").read_text("utf-8")
    return {
        parts[2]: parts[1] for line in text.splitlines() if (parts := line.split())[:1] == ["L"]
    }


def zone_link_target(zone: str) -> str:
    """The zone whose rules a tz name follows: a link's target, or the name itself.

    >>> zone_link_target("Africa/Dakar"), zone_link_target("Africa/Abidjan")
    ('Africa/Abidjan', 'Africa/Abidjan')
    """
    return _zone_links().get(zone, zone)


@functools.cache
def canonical_zone(zone: str) -> str:
    """The name the tz tables list for a CLDR or tz zone name, never an old alias.

    A name zone.tab or zone1970.tab lists stays (Africa/Bangui, the Central African
    Republic's row); an old name becomes the listed name CLDR or tz link it to
    (Asia/Calcutta → Asia/Kolkata, Australia/West → Australia/Perth).

    >>> canonical_zone("Asia/Calcutta"), canonical_zone("Africa/Bangui")
    ('Asia/Kolkata', 'Africa/Bangui')
    """
    listed = listed_zones()
    if zone in listed:
        return zone
    aliases = babel.core.get_global("zone_aliases")
    cldr = str(aliases.get(zone, zone))
    group = sorted({cldr, *(str(a) for a, c in aliases.items() if c == cldr)})
    for name in group:
        if name in listed:
            return name
    target = zone_link_target(zone)
    return target if target in listed else zone


@functools.cache
def zones_now() -> tuple[tuple[str, str], ...]:
    """zonenow.tab's rows: (zone, comment), one zone for each behaviour in use today.

    The comment names the area and its abbreviations: ``("Europe/Paris", "central Europe
    (CET/CEST)")``.
    """
    return tuple((row[2], row[3]) for row in _tzdata_rows("zonenow.tab"))
