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
import gettext
import importlib.metadata
from collections.abc import Sequence
from decimal import Decimal
from importlib import resources
from pathlib import Path
from typing import Any, Literal, TypeAlias

import babel
import babel.core
import babel.dates
import babel.lists
import babel.numbers
import babel.units
from babel import Locale, UnknownLocaleError
from babel.numbers import get_currency_precision, list_currencies
from babel.support import Translations

__all__ = [
    "ListStyle",
    "Locale",
    "code_lists_from_installed_data",
    "display_name",
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
    "load_translations",
    "month_name",
    "parse_locale",
    "territory_name",
    "text_direction",
    "zone_name",
    "zone_offset",
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
