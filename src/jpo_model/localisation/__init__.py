"""Localisation: posts written for people, in any CLDR locale, with translated labels.

`jpo_model.localisation.formats` writes dates, amounts, lists and names as CLDR does in a
locale (through `jpo_model._cldr`, the one babel adapter) and translates the library's own
words through gettext catalogs; `render` lays a post out as a vacancy announcement.

The names are loaded on first use (PEP 562), as in `jpo_model`: the formats load without
the announcement layout of `render`.
"""

from __future__ import annotations

from jpo_model._lazy import lazy_names

# Not `typing.TYPE_CHECKING`: importing typing costs more than this module (type checkers
# read any constant of this name as true).
TYPE_CHECKING = False
if TYPE_CHECKING:
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

_WHERE: dict[str, str] = {
    "CATALOG_DOMAIN": "jpo_model.localisation.formats",
    "CATALOG_LOCALES": "jpo_model.localisation.formats",
    "FORMATS": "jpo_model.localisation.rendering",
    "LABELS": "jpo_model.localisation.formats",
    "LOCALE_DIR": "jpo_model.localisation.formats",
    "N_": "jpo_model.localisation.formats",
    "DurationUnit": "jpo_model.localisation.formats",
    "Format": "jpo_model.localisation.rendering",
    "country_name": "jpo_model.localisation.formats",
    "format_date": "jpo_model.localisation.formats",
    "format_date_range": "jpo_model.localisation.formats",
    "format_datetime": "jpo_model.localisation.formats",
    "format_day_of_year": "jpo_model.localisation.formats",
    "format_duration": "jpo_model.localisation.formats",
    "format_list": "jpo_model.localisation.formats",
    "format_money": "jpo_model.localisation.formats",
    "format_month": "jpo_model.localisation.formats",
    "format_percent": "jpo_model.localisation.formats",
    "format_wall_time": "jpo_model.localisation.formats",
    "join": "jpo_model.localisation.formats",
    "label": "jpo_model.localisation.formats",
    "language_name": "jpo_model.localisation.formats",
    "parse_locale": "jpo_model.localisation.formats",
    "render": "jpo_model.localisation.rendering",
    "text_direction": "jpo_model.localisation.formats",
    "translate": "jpo_model.localisation.formats",
}
"""The module each public name is loaded from."""


__getattr__, __dir__ = lazy_names(__name__, _WHERE, globals())
