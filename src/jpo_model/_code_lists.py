"""The code lists that decide validity: a dated snapshot shipped with jpo_model.

Whether a document is valid must depend on the jpo_model version only, never on the babel
or tzdata release installed beside it (CLDR 49, in babel 2.19, dropped the currency ``CNX``
and added ``XAD``; two users with the same document must still get the same answer). So the
ISO 3166 countries, ISO 4217 currencies with their minor units, the ISO 639 languages a
BCP 47 tag may start with, and the IANA zone names are read from
``jpo_model/data/code_lists.json``, a file generated from CLDR (through babel) and tzdata by
``nox -s codes`` and reviewed as a diff when regenerated. The file records the babel, CLDR
and tzdata versions it was made from.

babel stays the source of names and formatting, tzdata the source of zone rules.
"""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any, Final

__all__ = [
    "SNAPSHOT",
    "country_codes",
    "currency_codes",
    "currency_digits",
    "language_codes",
    "sources",
    "time_zone_names",
]

SNAPSHOT: Final = "code_lists.json"
"""The name of the snapshot file in ``jpo_model/data``."""


@functools.cache
def _snapshot() -> dict[str, Any]:
    text = resources.files("jpo_model").joinpath("data", SNAPSHOT).read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def sources() -> dict[str, str]:
    """The versions the snapshot was generated from (babel, CLDR, tzdata) and its date."""
    return dict(_snapshot()["sources"])


@functools.cache
def country_codes() -> frozenset[str]:
    """ISO 3166-1 alpha-2 codes of countries and territories (CLDR's list, less groupings)."""
    return frozenset(_snapshot()["countries"])


@functools.cache
def _currencies() -> dict[str, int]:
    return {str(code): int(digits) for code, digits in _snapshot()["currencies"].items()}


@functools.cache
def currency_codes() -> frozenset[str]:
    """ISO 4217 codes of currencies (CLDR's list; no metals, funds or test codes)."""
    return frozenset(_currencies())


def currency_digits(code: str) -> int:
    """The number of minor-unit digits of a currency (USD 2, JPY 0, KWD 3).

    A code outside the snapshot has CLDR's default of 2 digits.
    """
    return _currencies().get(code, 2)


@functools.cache
def language_codes() -> frozenset[str]:
    """Primary language subtags (ISO 639) that a BCP 47 tag may start with (CLDR names them)."""
    return frozenset(_snapshot()["languages"])


@functools.cache
def time_zone_names() -> frozenset[str]:
    """IANA time zone names (the tz database's list, as tzdata ships it)."""
    return frozenset(_snapshot()["time_zones"])
