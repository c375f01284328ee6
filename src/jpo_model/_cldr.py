"""The one place jpo_model reads CLDR data (through babel) and the IANA zone list.

Everything else asks this adapter, so the code lists and their exclusions live in one
module and babel's global locale defaults are never touched.
"""

from __future__ import annotations

import functools
import zoneinfo
from decimal import Decimal

from babel import Locale, UnknownLocaleError
from babel.numbers import format_currency, get_currency_precision, list_currencies

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


@functools.cache
def country_codes() -> frozenset[str]:
    """ISO 3166-1 alpha-2 codes of countries and territories known to CLDR."""
    return frozenset(
        code
        for code in map(str, Locale("en").territories)
        if len(code) == 2 and code.isalpha() and code not in _NOT_ISO_3166
    )


@functools.cache
def currency_codes() -> frozenset[str]:
    """ISO 4217 codes of currencies known to CLDR (no metals, funds or test codes)."""
    return frozenset(c for c in list_currencies() if c not in _NOT_MONEY)


@functools.cache
def currency_digits(code: str) -> int:
    """The number of minor-unit digits of a currency, from CLDR (USD 2, JPY 0, KWD 3)."""
    return int(get_currency_precision(code))


@functools.cache
def language_codes() -> frozenset[str]:
    """Primary language subtags (ISO 639) that CLDR names."""
    return frozenset(code for code in map(str, Locale("en").languages) if "_" not in code)


@functools.cache
def time_zone_names() -> frozenset[str]:
    """IANA time zone names available from the installed tz database (tzdata)."""
    return frozenset(zoneinfo.available_timezones())


def parse_locale(locale: Locale | str) -> Locale:
    """The babel locale for a `Locale` or a name written with ``-`` or ``_`` (``"zh-Hans"``).

    The one locale parser of the library; raises `ValueError` for a name CLDR does not know.
    """
    if isinstance(locale, Locale):
        return locale
    try:
        return Locale.parse(locale, sep="-" if "-" in locale else "_")
    except (UnknownLocaleError, ValueError, TypeError):
        raise ValueError(
            f"{locale!r} is not a locale CLDR knows, e.g. ar, en, es, fr, ru, zh"
        ) from None


def format_money(amount: Decimal, currency: str, *, locale: Locale | str) -> str:
    """Format an amount with its currency the way CLDR writes it in a locale ("$4,000.00").

    Raises `ValueError` for a locale CLDR does not know.
    """
    return str(format_currency(amount, currency, locale=parse_locale(locale)))


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
