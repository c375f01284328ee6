"""Reading a closing deadline as announcements write it into a `Deadline`.

The parser keeps what the text states and nothing more: the date, the wall time (or none
for "midnight" and a bare date: the end of the day), a numeric UTC offset ("UTC-5",
"GMT+02:00"), a zone abbreviation ("EST", or "Eastern Standard Time"), and a place with
its IANA zone ("New York USA", "Geneva time", "Italian local time"). Resolving these to an
instant is `jpo_model.deadlines.policy`'s job. Text that lacks a part, or that could mean
two things ("10/03/2026", "12 am", "IST" alone), raises `DeadlineError` naming what is
missing or ambiguous.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

import pendulum

from jpo_model import _code_lists
from jpo_model.deadlines.deadline import Deadline
from jpo_model.deadlines.policy import ABBREVIATION_OFFSETS
from jpo_model.errors import DeadlineError

__all__ = ["parse_deadline"]

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = "(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
_DATES = (
    re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})\b"),
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}\s*,?\s*{_YEAR}\b", re.IGNORECASE),
    re.compile(rf"\b{_MONTH}\s+{_DAY}\s*,?\s*{_YEAR}\b", re.IGNORECASE),
)
_NUMERIC_DATE = re.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b")
_MONTH_NAME = "(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + ")"
_DATE_WITHOUT_YEAR = re.compile(
    rf"\b(?:\d{{1,2}}\s+{_MONTH_NAME}|{_MONTH_NAME}\s+\d{{1,2}})\b", re.IGNORECASE
)

_OFFSET = re.compile(
    r"\b(?:UTC|GMT)\s*(?P<sign>[+-])\s*(?P<hours>\d{1,2})(?::?(?P<minutes>\d{2}))?(?!\d)"
)
_BARE_UTC = re.compile(r"\b(?:UTC|GMT)\b(?!\s*[+-]\s*\d)")
_END_OF_DAY = re.compile(r"\b(?:midnight|end of (?:the )?day|24[:.]00)\b", re.IGNORECASE)
_NOON = re.compile(r"\b(?:noon|midday)\b", re.IGNORECASE)
_TWELVE_HOUR = re.compile(
    r"\b(?P<hour>\d{1,2})(?:[:.](?P<minute>\d{2}))?\s*(?P<half>a\.?\s?m\b\.?|p\.?\s?m\b\.?)",
    re.IGNORECASE,
)
_TWENTY_FOUR_HOUR = re.compile(
    r"\b(?P<hour>\d{1,2})(?:[:.h](?P<minute>\d{2}))(?:\s*(?:hrs|hours|h)\b)?", re.IGNORECASE
)
_TOKEN = re.compile(r"\b[A-Z]{2,5}\b")

# Long names of abbreviations, as announcements spell them out.
_LONG_NAMES = {
    "eastern standard time": "EST",
    "eastern daylight time": "EDT",
    "central daylight time": "CDT",
    "mountain standard time": "MST",
    "mountain daylight time": "MDT",
    "pacific standard time": "PST",
    "pacific daylight time": "PDT",
    "greenwich mean time": "GMT",
    "coordinated universal time": "UTC",
    "central european time": "CET",
    "central european summer time": "CEST",
    "eastern european time": "EET",
    "eastern european summer time": "EEST",
    "western european time": "WET",
    "central africa time": "CAT",
    "central african time": "CAT",
    "east africa time": "EAT",
    "eastern africa time": "EAT",
    "west africa time": "WAT",
    "south africa standard time": "SAST",
    "indochina time": "ICT",
    "japan standard time": "JST",
    "korea standard time": "KST",
}
_LONG_NAME = re.compile(
    r"\b(?:" + "|".join(sorted(_LONG_NAMES, key=len, reverse=True)) + r")\b", re.IGNORECASE
)
# Abbreviations that name several offsets; see deadline_policy.ABBREVIATION_OFFSETS.
_AMBIGUOUS = frozenset({"IST", "BST", "AST", "CST", "GST", "ECT"})

# Duty stations and places whose IANA zone is not named after them (Geneva keeps Zurich
# time), and adjectives announcements use ("Italian local time").
_PLACES = {
    "Geneva": "Europe/Zurich",
    "Bern": "Europe/Zurich",
    "Washington": "America/New_York",
    "Washington DC": "America/New_York",
    "Washington, D.C.": "America/New_York",
    "Bonn": "Europe/Berlin",
    "The Hague": "Europe/Amsterdam",
    "Turin": "Europe/Rome",
    "Florence": "Europe/Rome",
    "Milan": "Europe/Rome",
    "Montreal": "America/Toronto",
    "Ottawa": "America/Toronto",
    "Copenhagen": "Europe/Copenhagen",
    "Nairobi": "Africa/Nairobi",
    "Addis Ababa": "Africa/Addis_Ababa",
    "Bangkok": "Asia/Bangkok",
    "Beirut": "Asia/Beirut",
    "Santiago": "America/Santiago",
    "Panama": "America/Panama",
    "Jerusalem": "Asia/Jerusalem",
    "Hanoi": "Asia/Ho_Chi_Minh",
}
_ADJECTIVES = {
    "Italian": ("Italy", "Europe/Rome"),
    "Swiss": ("Switzerland", "Europe/Zurich"),
    "French": ("France", "Europe/Paris"),
    "German": ("Germany", "Europe/Berlin"),
    "Austrian": ("Austria", "Europe/Vienna"),
    "Belgian": ("Belgium", "Europe/Brussels"),
    "Danish": ("Denmark", "Europe/Copenhagen"),
    "Dutch": ("Netherlands", "Europe/Amsterdam"),
    "Kenyan": ("Kenya", "Africa/Nairobi"),
    "Thai": ("Thailand", "Asia/Bangkok"),
    "Japanese": ("Japan", "Asia/Tokyo"),
    "Cambodian": ("Cambodia", "Asia/Phnom_Penh"),
}
_ADJECTIVE = re.compile(r"\b(" + "|".join(_ADJECTIVES) + r")\s+(?:local\s+)?time\b")
# Backward-compatible and research-station names ("Canada/Eastern", "Antarctica/Davis") would
# match ordinary words; only the geographic zones name places.
_LEGACY_AREAS = (
    "Etc/",
    "SystemV/",
    "US/",
    "Canada/",
    "Brazil/",
    "Chile/",
    "Mexico/",
    "Antarctica/",
)
_COUNTRY_SUFFIXES = ("USA", "U.S.A.", "US", "UK", "United States", "Switzerland", "Italy")


def parse_deadline(text: str, *, default_zone: str | None = None) -> Deadline:
    """Read a closing deadline as an announcement writes it.

    ``default_zone`` (an IANA name) is the zone to assume when the text states no offset,
    abbreviation or place, e.g. the duty station's; it is recorded as the deadline's zone.

    >>> d = parse_deadline("10 March 2026, 6.00 pm (Eastern Standard Time UTC-5, New York USA)")
    >>> (d.date.isoformat(), d.time.isoformat(), d.utc_offset_minutes, d.abbreviation, d.zone)
    ('2026-03-10', '18:00:00', -300, 'EST', 'America/New_York')
    >>> parse_deadline("28 February 2023, midnight Geneva time").instant.isoformat()
    '2023-02-28T23:00:00+00:00'
    """
    wording = " ".join(text.split())
    if not wording:
        raise DeadlineError.for_text(text, "it is empty")
    iso = _iso_deadline(wording, default_zone)
    if iso is not None:
        return iso
    rest = wording.replace("\u2212", "-").replace("\u2013", "-")
    date, rest = _take_date(wording, rest)
    offset, rest = _take_offset(rest)
    time, rest = _take_time(wording, rest)
    abbreviation, rest = _take_abbreviation(rest)
    zone, place = _find_place(rest)
    if offset is None and abbreviation is None and zone is None:
        if default_zone is None:
            raise DeadlineError.for_text(
                wording,
                "no time zone: state a UTC offset, an abbreviation or a place, "
                "or pass default_zone",
            )
        zone = default_zone
    if abbreviation in _AMBIGUOUS and offset is None and zone is None:
        raise DeadlineError.for_text(
            wording, f"the abbreviation {abbreviation} names several offsets; state UTC±H"
        )
    return Deadline(
        date=date,
        time=time,
        utc_offset_minutes=offset,
        abbreviation=abbreviation,
        zone=zone,
        place=place,
        wording=wording,
    )


def _iso_deadline(wording: str, default_zone: str | None) -> Deadline | None:
    """An ISO 8601 date-time ("2026-03-10T18:00:00-05:00"), or None for other text."""
    try:
        parsed = dt.datetime.fromisoformat(wording)
    except ValueError:
        return None
    if "T" not in wording.upper() and " " not in wording:
        return None  # a bare date: read below, where a zone must be found or given
    offset = parsed.utcoffset()
    if offset is None and default_zone is None:
        raise DeadlineError.for_text(wording, "the date-time has no UTC offset")
    return Deadline(
        date=pendulum.Date(parsed.year, parsed.month, parsed.day),
        time=pendulum.Time(parsed.hour, parsed.minute, parsed.second, parsed.microsecond),
        utc_offset_minutes=None if offset is None else int(offset.total_seconds()) // 60,
        zone=default_zone if offset is None else None,
        wording=wording,
    )


def _cut(rest: str, match: re.Match[str]) -> str:
    return rest[: match.start()] + " " + rest[match.end() :]


def _take_date(wording: str, rest: str) -> tuple[pendulum.Date, str]:
    for pattern in _DATES:
        match = pattern.search(rest)
        if match is None:
            continue
        month = match["month"].lower().rstrip(".")
        number = int(month) if month.isdigit() else _MONTHS[month]
        return _date(wording, int(match["year"]), number, int(match["day"])), _cut(rest, match)
    match = _NUMERIC_DATE.search(rest)
    if match is not None:
        first, second, year = (int(g) for g in match.groups())
        if first <= 12 and second <= 12 and first != second:
            raise DeadlineError.for_text(
                wording,
                f"{match[0]} is ambiguous (day/month or month/day): "
                "write the month's name or YYYY-MM-DD",
            )
        day, month = (second, first) if second > 12 else (first, second)
        return _date(wording, year, month, day), _cut(rest, match)
    if _DATE_WITHOUT_YEAR.search(rest):
        raise DeadlineError.for_text(wording, "the date has no year")
    raise DeadlineError.for_text(wording, "no date (day, month and year)")


def _date(wording: str, year: int, month: int, day: int) -> pendulum.Date:
    try:
        return pendulum.Date(year, month, day)
    except ValueError:
        raise DeadlineError.for_text(
            wording, f"{year}-{month:02d}-{day:02d} is not a date"
        ) from None


def _take_offset(rest: str) -> tuple[int | None, str]:
    match = _OFFSET.search(rest)
    if match is not None:
        hours, minutes = int(match["hours"]), int(match["minutes"] or 0)
        sign = -1 if match["sign"] == "-" else 1
        return sign * (hours * 60 + minutes), _cut(rest, match)
    match = _BARE_UTC.search(rest)
    if match is not None:
        return 0, _cut(rest, match)
    return None, rest


def _take_time(wording: str, rest: str) -> tuple[pendulum.Time | None, str]:
    match = _END_OF_DAY.search(rest)
    if match is not None:
        return None, _cut(rest, match)
    match = _NOON.search(rest)
    if match is not None:
        return pendulum.Time(12, 0), _cut(rest, match)
    match = _TWELVE_HOUR.search(rest)
    if match is not None:
        hour, minute = int(match["hour"]), int(match["minute"] or 0)
        afternoon = match["half"].lower().startswith("p")
        if not 1 <= hour <= 12 or minute > 59:
            raise DeadlineError.for_text(wording, f"{match[0]!r} is not a time of day")
        if hour == 12 and minute == 0 and not afternoon:
            raise DeadlineError.for_text(
                wording, "12 am is ambiguous (the start or the end of the day): write midnight"
            )
        hour = hour % 12 + (12 if afternoon else 0)
        return pendulum.Time(hour, minute), _cut(rest, match)
    match = _TWENTY_FOUR_HOUR.search(rest)
    if match is not None:
        hour, minute = int(match["hour"]), int(match["minute"])
        if hour > 23 or minute > 59:
            raise DeadlineError.for_text(wording, f"{match[0]!r} is not a time of day")
        return pendulum.Time(hour, minute), _cut(rest, match)
    return None, rest


def _take_abbreviation(rest: str) -> tuple[str | None, str]:
    match = _LONG_NAME.search(rest)
    if match is not None:
        return _LONG_NAMES[match[0].lower()], _cut(rest, match)
    for match in _TOKEN.finditer(rest):
        token = match[0]
        if token in ABBREVIATION_OFFSETS or token in _AMBIGUOUS:
            return token, _cut(rest, match)
    return None, rest


def _find_place(rest: str) -> tuple[str | None, str | None]:
    """The IANA zone and the place as written, from a place name or an adjective."""
    match = _ADJECTIVE.search(rest)
    if match is not None:
        country, zone = _ADJECTIVES[match[1]]
        return zone, country
    match = _places_pattern().search(rest)
    if match is None:
        return None, None
    name = match["place"]
    zone = _PLACES.get(name) or _cities()[name]
    place = name + (f" {match['country']}" if match["country"] else "")
    return zone, place


@functools.cache
def _cities() -> dict[str, str]:
    """IANA zones by the city they are named after (``New York`` → ``America/New_York``)."""
    cities: dict[str, str] = {}
    for zone in sorted(_code_lists.time_zone_names()):
        if "/" in zone and not zone.startswith(_LEGACY_AREAS):
            cities.setdefault(zone.rsplit("/", 1)[1].replace("_", " "), zone)
    return cities


@functools.cache
def _places_pattern() -> re.Pattern[str]:
    names = sorted({*_PLACES, *_cities()}, key=len, reverse=True)
    countries = "|".join(re.escape(c) for c in _COUNTRY_SUFFIXES)
    return re.compile(
        r"(?<![\w/])(?P<place>" + "|".join(re.escape(n) for n in names) + r")(?![\w/])"
        rf"(?:,?\s+(?P<country>{countries})(?![\w.]))?"
    )
