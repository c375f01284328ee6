"""Localisation: posts written for people, in any CLDR locale, with translated labels.

`jpo_model.localisation.formats` writes dates, amounts, lists and names as CLDR does in a
locale (through `jpo_model._cldr`, the one babel adapter) and translates the library's own
words through gettext catalogs; `render` lays a post out as a vacancy announcement.
"""

from __future__ import annotations

from jpo_model.localisation.formats import (
    CATALOG_DOMAIN,
    CATALOG_LOCALES,
    LABELS,
    LOCALE_DIR,
    N_,
    DurationUnit,
    country_name,
    format_date,
    format_date_range,
    format_datetime,
    format_day_of_year,
    format_duration,
    format_list,
    format_money,
    format_month,
    format_percent,
    format_wall_time,
    join,
    label,
    language_name,
    parse_locale,
    text_direction,
    translate,
)
from jpo_model.localisation.rendering import FORMATS, Format, render

__all__ = [
    "CATALOG_DOMAIN",
    "CATALOG_LOCALES",
    "FORMATS",
    "LABELS",
    "LOCALE_DIR",
    "N_",
    "DurationUnit",
    "Format",
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
    "render",
    "text_direction",
    "translate",
]
