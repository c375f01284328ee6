"""Where jpo_model reads CLDR data through babel: names, formats, and the code lists' source.

The code lists that decide validity are not read here at run time: they are a snapshot
(`jpo_model._code_lists`) that `code_lists_from_installed_data` regenerates, so that
validity depends on the jpo_model version only. babel's global locale defaults are never
touched.
"""

from __future__ import annotations

import importlib.metadata
from decimal import Decimal
from importlib import resources
from typing import Any

import babel
import babel.core
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
