"""Reading a closing deadline as announcements write it into a `Deadline`.

The reader keeps what the text states and nothing more: the date, the wall time (or none
for "midnight" and a bare date: the end of the day), a numeric UTC offset ("UTC-5",
"GMT+02:00"), a zone abbreviation ("EST"; German "MEZ" is CET) or zone name ("Eastern
Standard Time"), and a place with its IANA zone ("New York USA", "Geneva time", "Italian
local time", "ora di Roma"). Resolving these to an instant is
`jpo_model.deadlines.policy`'s job. Text that lacks a part, or that could mean two things
("03/04/2026" in English, "12 am", "IST" alone, a country with several zones), raises
`DeadlineError` saying what it found and what is missing or ambiguous.

Where the words come from:

- month, weekday and day-period names ("mars", "Mitternacht", "p. m."), zone names ("West
  Africa Time", "Mitteleuropäische Zeit", "MEZ"), exemplar cities ("Nueva York") and
  country names: CLDR, through `jpo_model._cldr`, in the languages announcements are
  written in (`LANGUAGES`) and in the locale passed;
- the zone of a city or country: the tz database's tables (zone.tab, zone1970.tab,
  zonenow.tab), never a backward-compatibility alias such as Australia/West;
- a country's adjective ("Kenyan", "Swiss", "ora italiana"): CLDR has no demonyms, so the
  reader takes what CLDR offers, the name of a language official in one country whose own
  name starts like the language's own ("Dutch": Nederlands, Nederland) and the names of
  regional languages ("Swiss French" → Swiss), and derives the rest from country names by
  the suffix rules of `_ENGLISH_ADJECTIVES` (Kenya → Kenyan, Italy → Italian) and, for
  cities and countries, `_RUSSIAN_ADJECTIVES` (Москва → московский);
- a place name declined ("по времени Женевы", "по московскому времени", "Schweizer Zeit",
  "deutscher Zeit"): CLDR holds nominatives only, so the reader takes a word back to them
  by the endings of `_INFLECTIONS`, and looks up what it finds;
- a time zone.tab names after a place ("Beijing Time", Asia/Shanghai): tz's own comment;
- seats of governments and UN offices that CLDR and tz name no zone after ("Bonn time",
  "heure de La Haye", "New Delhi time"): the small table `_SEATS_NAMED_AFTER_ANOTHER_CITY`;
- the words that tie a place to the time ("time", "heure de", "ora di", "hora de",
  "Ortszeit", "时间", "بتوقيت") and the words dates and hours are written with: the small
  grammar tables below.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
import unicodedata
import zoneinfo
from collections.abc import Callable, Iterable, Iterator

import attrs
import pendulum

from jpo_model import _cldr, _code_lists
from jpo_model.deadlines.deadline import Deadline
from jpo_model.deadlines.policy import ABBREVIATION_OFFSETS, offset_label
from jpo_model.errors import DeadlineError

__all__ = ["LANGUAGES", "MAX_DEADLINE_LENGTH", "parse_deadline"]

LANGUAGES = ("ar", "de", "en", "es", "fr", "it", "pt", "ru", "zh")
"""The languages read without a locale: the UN's six, and German, Italian and Portuguese."""
MAX_DEADLINE_LENGTH = 1_000
"""The most characters a deadline's wording may have (blanks folded), so that refusing a
text costs a bounded time (reading costs up to ~40 µs a character). A deadline is one
statement: the longest of the 56 real statements in the tests has 249 characters, and the
announcement reader looks for deadlines only in wordings of at most 160."""

# --- grammar: what CLDR does not hold ------------------------------------------------------

# Abbreviations that name several offsets; see deadline_policy.ABBREVIATION_OFFSETS.
_AMBIGUOUS = frozenset({"IST", "BST", "AST", "CST", "GST", "ECT"})

# A place announcements tie deadlines to that neither CLDR nor the tz tables name:
# Geneva, seat of the UN Office at Geneva, the ILO, WHO and OHCHR ("midnight Geneva time",
# ILO). CLDR names Switzerland's zone after Zurich; Switzerland has one zone (zone.tab), so
# the city resolves through its country. Its name in each of `LANGUAGES`.
_CITIES_OUTSIDE_CLDR = {
    "CH": ("Geneva", "Genève", "Ginevra", "Genf", "Ginebra", "Genebra", "Женева", "日内瓦", "جنيف")
}

# Seats of governments and of UN offices that deadlines are tied to ("Bonn time", UNV and
# UNFCCC; "The Hague time", OPCW; "Washington DC time", PAHO), whose zone CLDR and tz name
# after another city of the country: each with the zone tz's zone.tab lists for it (the
# country's one zone, or the listed zone of its region), in English and in the forms the
# UN's other working languages and German and Italian write where they differ.
_SEATS_NAMED_AFTER_ANOTHER_CITY = {
    "Africa/Douala": ("Yaoundé", "Yaounde"),
    "Africa/Johannesburg": ("Pretoria",),
    "Africa/Lagos": ("Abuja",),
    "America/New_York": ("Washington DC", "Washington D.C."),
    "America/Panama": ("Panama City", "Ciudad de Panamá", "Panamá"),
    "America/Toronto": ("Ottawa", "Montreal", "Montréal"),
    "Asia/Dubai": ("Abu Dhabi",),
    "Asia/Ho_Chi_Minh": ("Hanoi", "Hà Nội"),
    "Asia/Shanghai": ("Beijing", "北京", "Pékin", "Pekín", "Pechino", "Peking", "Пекин", "بكين"),
    "Asia/Karachi": ("Islamabad",),
    "Asia/Kolkata": ("New Delhi", "Nueva Delhi", "Nuova Delhi", "Neu-Delhi", "Delhi"),
    "Asia/Yangon": ("Nay Pyi Taw", "Naypyidaw"),
    "Australia/Sydney": ("Canberra",),
    "Europe/Amsterdam": ("The Hague", "La Haye", "La Haya", "Den Haag", "L'Aia"),
    "Europe/Berlin": ("Bonn",),
    "Europe/Istanbul": ("Ankara",),
    "Europe/Rome": ("Turin", "Turín", "Torino"),
    "Europe/Zurich": ("Bern", "Berne", "Berna"),
    "Pacific/Auckland": ("Wellington",),
    "Pacific/Fiji": ("Suva",),
}

# English adjectives of countries, derived from CLDR's English country names: (ending,
# replacement), each tried on every name. A rule that makes a word nobody writes
# ("Chinan") is harmless: only a word written before "time" is looked up. When two
# countries give the same word, the longer name wins ("Nigerian": Nigeria, not Niger).
_ENGLISH_ADJECTIVES = (
    ("a", "an"),  # Kenya → Kenyan, Nigeria → Nigerian, Cambodia → Cambodian
    ("a", "ian"),  # Canada → Canadian
    ("a", "ese"),  # China → Chinese, Malta → Maltese
    ("any", "an"),  # Germany → German
    ("y", "ian"),  # Italy → Italian, Hungary → Hungarian
    ("o", "an"),  # Mexico → Mexican, Morocco → Moroccan
    ("que", "can"),  # Mozambique → Mozambican
    ("e", "ean"),  # Chile → Chilean, Zimbabwe → Zimbabwean
    ("e", "ian"),  # Ukraine → Ukrainian
    ("", "an"),  # Mali → Malian, Haiti → Haitian
    ("", "ian"),  # Brazil → Brazilian, Egypt → Egyptian, Ghana → Ghanaian
    ("", "ese"),  # Japan → Japanese, Senegal → Senegalese, Sudan → Sudanese
    ("", "i"),  # Pakistan → Pakistani, Iraq → Iraqi, Qatar → Qatari
    ("on", "ese"),  # Lebanon → Lebanese
    ("istan", ""),  # Afghanistan → Afghan
    ("stan", ""),  # Kazakhstan → Kazakh
)

# Russian adjectives of cities and countries, derived from CLDR's Russian names as the
# English ones are: (ending, replacement), each tried on every name, the masculine
# nominative every declined form is taken back to (`_INFLECTIONS`).
_RUSSIAN_ADJECTIVES = (
    ("ва", "овский"),  # Москва → московский
    ("ия", "ийский"),  # Россия → российский, Кения → кенийский, Австрия → австрийский
    ("ия", "ский"),  # Швейцария → швейцарский
    ("а", "ский"),  # noqa: RUF001 - Женева → женевский, Вена → венский
    ("я", "ский"),
    ("ь", "ский"),  # Ярославль → ярославский
    ("й", "йский"),  # Шанхай → шанхайский
    ("о", "ийский"),  # noqa: RUF001 - Токио → токийский
    ("", "ский"),  # Нью-Йорк → нью-йоркский, Лондон → лондонский, Париж → парижский
)

# Endings of declined place names and adjectives, and the nominative endings they come
# from: (ending of the last word, replacements), each tried in turn on a name the tables
# lack. Russian declines a city ("по времени Женевы", genitive of Женева; "в Женеве") and
# an adjective ("по московскому времени", dative of московский); German inflects an
# adjective ("deutscher Zeit") and makes one of a place with -er ("Schweizer Zeit",
# "Genfer Zeit", "New Yorker Zeit") or -(er)isch ("österreichischer", "schweizerischer").
_RUSSIAN_ADJECTIVE_ENDINGS = ("ому", "ого", "ом", "ое", "ая", "ой", "ую", "ие", "их", "им")  # noqa: RUF001
_INFLECTIONS: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "ru": (
        *((ending, ("ий",)) for ending in _RUSSIAN_ADJECTIVE_ENDINGS),
        ("ии", ("ия",)),  # Швейцарии → Швейцария
        ("ы", ("а",)),  # noqa: RUF001 - Женевы, Москвы
        ("и", ("а", "я", "ь")),  # noqa: RUF001 - Праги, Кении
        ("е", ("а", "я", "")),  # noqa: RUF001 - в Женеве, в Лондоне
        ("у", ("а", "")),  # noqa: RUF001 - к Лондону
        ("а", ("",)),  # noqa: RUF001 - Нью-Йорка, Лондона
        ("я", ("й", "ь")),  # Шанхая, Ярославля
    ),
    "de": (
        *((e, ("",)) for e in ("erischen", "erischer", "erische", "ischen", "ischer", "ische")),
        *((e, ("",)) for e in ("er", "en", "em", "es", "e")),
    ),
}

# Feminine forms of adjectives where the word for the hour is feminine (heure, ora, hora):
# (ending of the case-folded, unaccented word, replacement); the first that fits applies.
_FEMININE = {
    "fr": (("ais", "aise"), ("ois", "oise"), ("ien", "ienne"), ("en", "enne"), ("e", "e")),
    "it": (("o", "a"), ("e", "e")),
    "es": (("o", "a"), ("a", "a"), ("e", "e"), ("", "a")),
    "pt": (("o", "a"), ("a", "a"), ("e", "e"), ("", "a")),
}

# Words that tie a place to the time: a place written before them ("Geneva time",
# "日内瓦时间"), or after them ("heure de Genève", "ora di Roma", "hora de Maputo").
_PLACE_BEFORE = (
    r"(?:local\s+)?time",
    r"Ortszeit",
    r"(?<![^\W\d_])Zeit",
    r"(?:当地)?时间",
    r"(?<![^\W\d_])(?:времени|время)",
)
_PLACE_AFTER = (
    r"(?:local\s+)?time\s+(?=(?:in|at|of)\s)",
    r"heures?",
    r"hora",
    r"horário",
    r"ora",
    r"Ortszeit",
    r"بتوقيت|توقيت",
    r"(?:по\s+)?(?:местному\s+)?(?:времени|время)",
)
# Words that may stand between those and the place ("heure locale de La Havane"): the place
# is looked for from each of the next words on, the earliest first.
_PLACE_LINKS = frozenset(
    {
        *("in", "at", "of", "local", "locale", "locales", "de", "d'", "du", "des", "la", "l'"),
        *("à", "del", "en", "di", "della", "dell'", "a", "da", "do", "em"),
        *("в", "во", "г"),  # noqa: RUF001, RUF003 - "время в Женеве"; "г" abbreviates город
    }
)
# Between the places of a list: "heure du Sénégal, Mali, Mauritanie".
_AND = re.compile(r"\s*(?:[,،、]|\bet\b|\band\b|\be\b|\by\b|\bund\b|و)\s*", re.IGNORECASE)

# Words deadlines are written with beyond CLDR's names of months, weekdays and day
# periods: with those, they tell the language of a text (`_languages`).
_GRAMMAR_WORDS = {
    "en": "deadline closing date time local applications until before by at on the of and",
    "fr": "date limite heure heures candidature clôture avant le la de du au à et",
    "es": "plazo fecha hora horas hasta las el de del día y",
    "it": "scadenza entro ore alle il di del della e ora domanda",
    "de": "frist bis zum uhr ortszeit am der die das und bewerbungsfrist",
    "pt": "prazo até às dia de do da hora horas e candidaturas",
}
# Words for the end of the day and for noon that CLDR's day periods lack.
_END_OF_DAY_WORDS = ("end of the day", "end of day", "medianoche")
_NOON_WORDS = ("midday", "mediodía", "Mittag")
# Words for hours after a number: "18:00 Uhr", "a las 23:59 horas", "17 h", "18 heures".
_HOUR_WORDS = r"(?:hrs?\.?|hours|h|Uhr|horas|heures)"
# What stands between the first and last day of a period ("21-Jun-2019 to 23-Jan-2020").
_RANGE = re.compile(
    r"-|to|until|till|through|au|jusqu'au|al|a|hasta(?:\s+el)?|bis(?:\s+zum|\s+am)?"
    r"|até(?:\s+o)?|ao|至|到|إلى|до|по",
    re.IGNORECASE,
)
# A deadline shown in each reader's own zone (FAO's iRecruitment: "Closure Date and Time
# displayed above are based on date and time settings of your personal device").
_READERS_OWN_TIME = re.compile(
    r"settings of your (?:personal )?(?:device|computer)"
    r"|your (?:personal |own )?(?:device|computer)'?s? (?:time|clock|settings)"
    r"|(?:in|on) your (?:own |local )?time ?zone"
    r"|paramètres de votre (?:appareil|ordinateur)|configuración de su dispositivo",
    re.IGNORECASE,
)
# Numeric dates written with dots: every CLDR locale that writes its short date with dots
# and the year last puts the day first (CLDR 48; tests/test_cldr.py checks it).
_DAY_FIRST_SEPARATORS = frozenset({"."})

_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
# A word: letters and digits, with the apostrophes, dots, hyphens, soft hyphens and
# combining marks that names hold ("St. John's", "Reyk\u00adja\u00advík", Arabic vowel marks).
_WORD = re.compile(r"[^\W_][\w'.\u00ad\u0300-\u036f\u064b-\u065f\u0670-]*")
_NOT_AFTER_LETTER = r"(?<![^\W\d_])"
_NOT_BEFORE_LETTER = r"(?![^\W\d_])"
# One character for another, so that a position in the text read is one in the wording.
_PLAIN = str.maketrans(
    "\u2212\u2010\u2011\u2013\u2014\u2019\u2018\uff08\uff09\uff1a\\", "-----''():" + " "
)


def parse_deadline(
    text: str,
    *,
    locale: str | None = None,
    default_zone: str | None = None,
    close_of_business: dt.time | None = None,
) -> Deadline:
    """Read a closing deadline as an announcement writes it, in any of `LANGUAGES`.

    ``locale`` (a CLDR name: ``"fr"``, ``"en_GB"``) is the language of the text; without it
    the reader finds the language from the words. A numeric date such as 03/04/2026 is read
    in the order the locale, the language or the text (a weekday) gives it, and refused
    when none settles it. ``default_zone`` (an IANA name) is the zone to assume when the
    text states no offset, abbreviation or place, e.g. the duty station's; it is recorded as
    the deadline's zone. ``close_of_business`` is the hour "close of business" (COB) means;
    without it, a text that gives no other time is refused.

    >>> d = parse_deadline("10 March 2026, 6.00 pm (Eastern Standard Time UTC-5, New York USA)")
    >>> (d.date.isoformat(), d.time.isoformat(), d.utc_offset_minutes, d.abbreviation, d.zone)
    ('2026-03-10', '18:00:00', -300, 'EST', 'America/New_York')
    >>> parse_deadline("28 February 2023, midnight Geneva time").instant.isoformat()
    '2023-02-28T23:00:00+00:00'
    >>> parse_deadline("10 mars 2026 à 18 h 00 (heure de Genève)").instant.isoformat()
    '2026-03-10T17:00:00+00:00'
    """
    if not isinstance(text, str):
        raise DeadlineError(f"a deadline is text, not {type(text).__name__}")
    wording = " ".join(text.split())
    if not wording:
        raise DeadlineError.for_text(text, "it is empty")
    if len(wording) > MAX_DEADLINE_LENGTH:
        raise DeadlineError.for_text(
            wording,
            f"it is {len(wording):,} characters long; a deadline is one statement of at most"
            f" {MAX_DEADLINE_LENGTH:,}",
        )
    iso = _iso_deadline(wording, default_zone)
    if iso is not None:
        return iso
    scan = _Scan(wording, None if locale is None else _cldr.parse_locale(locale))
    if _READERS_OWN_TIME.search(scan.rest):
        raise scan.refuse(
            "the deadline is shown in each reader's own time zone (their device's settings), "
            "which a Deadline cannot hold",
            "ask the issuer for the deadline's time zone",
        )
    date = _take_date(scan)
    stated_zone = _take_zone_id(scan)
    offset = _take_offset(scan)
    time = _take_time(scan, close_of_business)
    named = _take_zone_name(scan)
    abbreviation = _take_abbreviation(scan)
    wall = _wall(date, time)
    zone, place = _place_zone(scan, _find_places(scan), wall)
    if named is not None:
        zone, abbreviation = _with_zone_name(named, zone, abbreviation, wall)
    zone = stated_zone or zone
    if offset is None and abbreviation is None and zone is None:
        if default_zone is None:
            unknown = "".join(f", {u!r} names no place the reader knows" for u in scan.unknown)
            raise scan.refuse(
                f"no time zone{unknown}",
                "state a UTC offset, an abbreviation or a place, or pass default_zone",
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


# --- the text being read ------------------------------------------------------------------


class _Scan:
    """The text being read: what is left of it, its language, and what was found in it.

    ``rest`` is the wording in plain characters (ASCII digits and hyphens, one apostrophe)
    with the parts already read blanked out, one character for one, so that a position in
    it is the same position in the wording.
    """

    __slots__ = ("found", "languages", "locale", "rest", "time_ends", "unknown", "wording")

    def __init__(self, wording: str, locale: _cldr.Locale | None) -> None:
        self.wording = wording
        self.rest = "".join(
            str(unicodedata.decimal(c)) if unicodedata.category(c) == "Nd" else c
            for c in wording.translate(_PLAIN)
        )
        self.locale = locale
        self.languages = (str(locale.language),) if locale else _languages(self.rest)
        self.found: list[str] = []
        """What was read, for messages: "the date 2026-03-10", "the offset UTC-5"."""
        self.unknown: list[str] = []
        """Words where a place belongs that name none ("hora del centro del país")."""
        self.time_ends: list[int] = []
        """Where the stated times end: a short name such as "ET" counts only there."""

    def cut(self, start: int, end: int) -> None:
        self.rest = self.rest[:start] + " " * (end - start) + self.rest[end:]

    def was_read(self, index: int) -> bool:
        return self.rest[index] == " " and not self.wording[index].isspace()

    def written(self, start: int, end: int) -> str:
        return self.wording[start:end].strip(" ,;:()")

    def refuse(self, problem: str, advice: str = "") -> DeadlineError:
        """The error for text that cannot be read, saying what was found in it."""
        message = problem
        if self.found:
            message += f" (found {', '.join(self.found)})"
        if advice:
            message += f": {advice}"
        return DeadlineError.for_text(self.wording, message)


def _languages(rest: str) -> tuple[str, ...]:
    """The languages of `LANGUAGES` a text is most likely in: by its script, else its words.

    A word that is a month, weekday or day-period name of a language, or one of its
    `_GRAMMAR_WORDS`, counts for it; the languages with the most words win, all of them on
    a tie ("12 agosto" may be Italian, Spanish or Portuguese). None for a text without any.
    """
    scripts = (("[\u4e00-\u9fff]", "zh"), ("[\u0600-\u06ff]", "ar"), ("[\u0400-\u04ff]", "ru"))
    for script, language in scripts:
        if re.search(script, rest):
            return (language,)
    words = [_key(w) for w in re.findall(r"[^\W\d_]+", rest)]
    scores = {language: sum(w in _vocabulary(language) for w in words) for language in LANGUAGES}
    best = max(scores.values())
    return () if best == 0 else tuple(lang for lang, score in scores.items() if score == best)


@functools.cache
def _vocabulary(language: str) -> frozenset[str]:
    locale = _cldr.parse_locale(language)
    grammar = _GRAMMAR_WORDS.get(language, "").split()
    names = [
        name
        for table in (_cldr.month_numbers, _cldr.weekday_numbers, _cldr.day_period_names)
        for name in table(locale)
        if len(name) > 2
    ]
    return frozenset(map(_key, [*names, *grammar]))


def _key(text: str) -> str:
    """A name as it is looked up: case-folded, without accents, punctuation as spaces."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(c for c in folded if not unicodedata.combining(c) and c != "\u00ad")
    return " ".join(re.findall(r"[^\W_]+", bare))


def _alternatives(names: Iterable[str]) -> str:
    """A pattern of any of the names, longest first, each a whole word (except in CJK)."""
    parts = []
    for name in sorted(set(names), key=len, reverse=True):
        pattern = re.escape(name.translate(_PLAIN)).replace(r"\ ", r"\s+")
        if not _CJK.search(name):
            pattern = f"{_NOT_AFTER_LETTER}{pattern}{_NOT_BEFORE_LETTER}"
        parts.append(pattern)
    return "(?:" + "|".join(parts) + ")"


@functools.cache
def _locales(locale: _cldr.Locale | None) -> tuple[_cldr.Locale, ...]:
    """The locales whose names are read: the one passed, then those of `LANGUAGES`."""
    known = tuple(_cldr.parse_locale(language) for language in LANGUAGES)
    return known if locale is None or locale in known else (locale, *known)


# --- the date -----------------------------------------------------------------------------

_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th|er|re|º|°|ª)?"
_YEAR = r"(?P<year>\d{4})(?!\d)"
_LINK = r"(?:\s*[-/.,]\s*|\s+)(?:(?:de|del|of|di)\s+)?"
_YEAR_FIRST = re.compile(
    r"(?<![\d.])(?P<year>\d{4})(?P<sep>[-/.])(?P<month>\d{1,2})(?P=sep)(?P<day>\d{1,2})(?!\d)"
)
_CJK_DATE = re.compile(
    r"(?P<year>\d{4})\s*年\s*(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*[日号]"
)
_NUMERIC_DATE = re.compile(
    r"(?<![\d.:/-])(?P<first>\d{1,2})(?P<sep>[-/.])(?P<second>\d{1,2})(?P=sep)" + _YEAR
)


@attrs.frozen
class _Dates:
    """The patterns of dates written with a month's name, in the locales read."""

    months: dict[str, int]
    """Month names by `_key` ("fevr" for "févr.")."""
    written: tuple[re.Pattern[str], ...]
    """ "10 March 2026", "10. März 2026", "10 de marzo de 2026"; "March 10, 2026"."""
    without_year: tuple[re.Pattern[str], ...]


@functools.cache
def _dates(locale: _cldr.Locale | None) -> _Dates:
    months: dict[str, int] = {}
    clashes: set[str] = set()
    spellings: set[str] = set()
    for each in _locales(locale):
        for name, number in _cldr.month_numbers(each).items():
            if len(name) < 3 or any(c.isdigit() for c in name) or _CJK.search(name):
                continue
            spellings |= {name, _key(name)}
            if months.setdefault(_key(name), number) != number:
                clashes.add(_key(name))
    months = {name: number for name, number in months.items() if name not in clashes}
    month = f"(?P<month>{_alternatives(n for n in spellings if _key(n) in months)})\\.?"
    flags = re.IGNORECASE
    return _Dates(
        months,
        written=(
            re.compile(rf"(?<!\d){_DAY}\.?{_LINK}{month}{_LINK}{_YEAR}", flags),
            re.compile(rf"{month}\s+{_DAY}(?!\d)\s*,?\s*{_YEAR}", flags),
        ),
        without_year=(
            re.compile(rf"(?<!\d){_DAY}\.?{_LINK}{month}", flags),
            re.compile(rf"{month}\s+{_DAY}(?!\d)", flags),
        ),
    )


def _take_date(scan: _Scan) -> pendulum.Date:
    """The one date of the deadline: the date stated, or the last day of a stated period."""
    dates = _dates(scan.locale)
    found: list[tuple[int, int, pendulum.Date]] = []
    for pattern in (_YEAR_FIRST, _CJK_DATE, *dates.written, _NUMERIC_DATE):
        for match in list(pattern.finditer(scan.rest)):
            if pattern is _NUMERIC_DATE:
                day = _numeric_date(scan, match)
            else:
                month = match["month"]
                number = int(month) if month.isdigit() else dates.months[_key(month)]
                day = _date(scan, int(match["year"]), number, int(match["day"]))
            found.append((match.start(), match.end(), day))
            scan.cut(*match.span())
    if not found:
        for pattern in dates.without_year:
            missing = pattern.search(scan.rest)
            if missing is not None:
                raise scan.refuse(f"the date {missing[0]!r} has no year")
        raise scan.refuse("no date (day, month and year)" + _language_note(scan))
    found.sort()
    day = found[-1][2]
    periods = (_is_period(scan, a[1], b[0]) for a, b in itertools.pairwise(found))
    if len({d for _, _, d in found}) > 1 and not all(periods):
        days = ", ".join(sorted({d.isoformat() for _, _, d in found}))
        raise scan.refuse(f"it states several dates ({days})", "give the deadline alone")
    scan.found.append(f"the date {day.isoformat()}")
    return day


def _is_period(scan: _Scan, end: int, start: int) -> bool:
    """Whether the text between two dates makes them a period ("… to …", "… bis …")."""
    words = [w for w in re.split(r"[\s,()]+", scan.rest[end:start]) if w]
    weekdays = _weekdays(scan.locale)
    return _RANGE.fullmatch(" ".join(w for w in words if _key(w) not in weekdays)) is not None


@functools.cache
def _weekdays(locale: _cldr.Locale | None) -> dict[str, int]:
    return {_key(n): d for each in _locales(locale) for n, d in _cldr.weekday_numbers(each).items()}


def _language_note(scan: _Scan) -> str:
    if scan.languages or not re.search(r"[^\W\d_]{3}", scan.rest):
        return ""
    return f", in a text in none of the languages the reader knows ({', '.join(LANGUAGES)})"


def _date(scan: _Scan, year: int, month: int, day: int) -> pendulum.Date:
    try:
        return pendulum.Date(year, month, day)
    except ValueError:
        raise scan.refuse(f"{year}-{month:02d}-{day:02d} is not a date") from None


def _numeric_date(scan: _Scan, match: re.Match[str]) -> pendulum.Date:
    """A numeric date with the year last, read in the order the text, locale or language set."""
    first, second, year = int(match["first"]), int(match["second"]), int(match["year"])
    order: _cldr.DateOrder | None = "dmy" if first > 12 else "mdy" if second > 12 else None
    if order is None and first != second:
        order = _weekday_order(scan, match) or _numeric_order(scan, match["sep"])
        if order is None:
            raise scan.refuse(
                f"{match[0]} is ambiguous (day/month or month/day)",
                "write the month's name or YYYY-MM-DD, or pass the text's locale",
            )
    day, month = (second, first) if order == "mdy" else (first, second)
    return _date(scan, year, month, day)


def _weekday_order(scan: _Scan, match: re.Match[str]) -> _cldr.DateOrder | None:
    """The order a weekday written before a numeric date gives it ("Tuesday 03/10/2026")."""
    before = re.search(r"([^\W\d_]+)\.?,?\s*$", scan.rest[: match.start()])
    weekday = None if before is None else _weekdays(scan.locale).get(_key(before[1]))
    if weekday is None:
        return None
    first, second, year = int(match["first"]), int(match["second"]), int(match["year"])
    fits: list[_cldr.DateOrder] = []
    readings: tuple[tuple[_cldr.DateOrder, int, int], ...] = (
        ("dmy", first, second),
        ("mdy", second, first),
    )
    for order, day, month in readings:
        try:
            if dt.date(year, month, day).weekday() == weekday:
                fits.append(order)
        except ValueError:
            continue
    return fits[0] if len(fits) == 1 else None


def _numeric_order(scan: _Scan, separator: str) -> _cldr.DateOrder | None:
    """The order of day and month CLDR gives the separator, locale or languages, if only one."""
    if separator in _DAY_FIRST_SEPARATORS:
        return "dmy"
    if scan.locale is not None:
        own = _cldr.short_date_order(scan.locale)
        if own in {"dmy", "mdy"}:
            return own
    orders = {
        order
        for language in scan.languages
        for order, _ in _cldr.numeric_date_orders(language)
        if order != "ymd"
    }
    return orders.pop() if len(orders) == 1 else None


# --- the offset and the time ----------------------------------------------------------------

_ZONE_ID = re.compile(r"(?<![\w/])[A-Z][A-Za-z_]+(?:/[A-Za-z0-9_+-]+)+")
# "UTC+2", "GMT -05:00", and one offset under both names: "UTC/GMT +2", "GMT/UTC+1".
_OFFSET = re.compile(
    r"\b(?:UTC|GMT)(?:\s*/\s*(?:UTC|GMT))?\s*(?P<sign>[+-])\s*(?P<hours>\d{1,2})"
    r"(?::?(?P<minutes>\d{2}))?(?!\d)"
)
_BARE_UTC = re.compile(r"\b(?:UTC|GMT)\b(?!\s*[+-]\s*\d)")
_COB = re.compile(r"(?i:close\s+of\s+business)|\bC\.?O\.?B\b\.?")
_CLOCK = re.compile(
    r"(?<![\d:.])(?P<hour>\d{1,2})\s?(?:[:.]|\s?h\s?)\s?(?P<minute>\d{2})"
    rf"(?:[:.](?P<second>\d{{2}}))?(?!\d)(?:\s*{_HOUR_WORDS}{_NOT_BEFORE_LETTER})?",
    re.IGNORECASE,
)
_HOUR = re.compile(rf"(?<![\d:.])(?P<hour>\d{{1,2}})\s?{_HOUR_WORDS}{_NOT_BEFORE_LETTER}")


def _take_zone_id(scan: _Scan) -> str | None:
    """An IANA zone written out ("Europe/Zurich"): taken as stated, even an old alias."""
    for match in _ZONE_ID.finditer(scan.rest):
        if match[0] in _code_lists.time_zone_names():
            scan.cut(*match.span())
            scan.found.append(f"the zone {match[0]}")
            return match[0]
    return None


def _take_offset(scan: _Scan) -> int | None:
    """The stated UTC offset in minutes; it may be stated twice ("UTC+1 / GMT+1")."""
    offsets = set()
    for match in list(_OFFSET.finditer(scan.rest)):
        hours, minutes = int(match["hours"]), int(match["minutes"] or 0)
        offsets.add((-1 if match["sign"] == "-" else 1) * (hours * 60 + minutes))
        scan.cut(*match.span())
    for match in list(_BARE_UTC.finditer(scan.rest)):
        offsets.add(0)
        scan.cut(*match.span())
    if len(offsets) > 1:
        stated = ", ".join(offset_label(o) for o in sorted(offsets))
        raise scan.refuse(f"it states several UTC offsets ({stated})")
    offset = offsets.pop() if offsets else None
    if offset is not None:
        scan.found.append(f"the offset {offset_label(offset)}")
    return offset


_Reader = Callable[[_Scan, re.Match[str]], pendulum.Time | None]


@functools.cache
def _times(locale: _cldr.Locale | None) -> tuple[tuple[re.Pattern[str], _Reader], ...]:
    """The patterns of times of day, first to last, each with the reader of its matches.

    The end of the day ("midnight", CLDR's "minuit", "24:00"), noon ("12 noon", "midi"), a
    12-hour clock with CLDR's AM/PM markers ("11:59:00 PM", "6.00 p.m.", "6 م"), a 24-hour
    clock ("18:00", "17h30", "18 h 00", "16.15", "18:00 Uhr"), and an hour alone ("17 Uhr").
    """
    periods: dict[str, set[str]] = {"am": set(), "pm": set(), "noon": set(), "midnight": set()}
    for each in _locales(locale):
        for name, period in _cldr.day_period_names(each).items():
            if not name.endswith("."):
                periods[period].add(name.removeprefix("del "))
    midnight = _alternatives({*periods["midnight"], *_END_OF_DAY_WORDS})
    noon = _alternatives({*periods["noon"], *_NOON_WORDS})
    am, pm = ("|".join(map(_half_day, periods[half])) for half in ("am", "pm"))
    twelve = (
        r"(?<![\d:.])(?P<hour>\d{1,2})(?:[:.](?P<minute>\d{2})(?:[:.](?P<second>\d{2}))?)?"
        rf"\s*(?:(?P<am>{am})|(?P<pm>{pm})){_NOT_BEFORE_LETTER}\.?"
    )
    flags = re.IGNORECASE
    return (
        (
            re.compile(
                rf"(?:(?:12|24)(?:[:.h]00)?\s*)?{midnight}|(?<![\d:.])24[:.h]00(?!\d)", flags
            ),
            lambda _scan, _match: None,
        ),
        (re.compile(rf"(?:12(?:[:.h]00)?\s*)?{noon}", flags), lambda _s, _m: pendulum.Time(12)),
        (re.compile(twelve, flags), _twelve_hour),
        (_CLOCK, _clock),
        (_HOUR, _clock),
    )


def _half_day(name: str) -> str:
    """A pattern of an AM or PM marker that takes its dots and spaces as optional (p. m.)."""
    return r"\.?\s?".join(re.escape(c) for c in name if c not in ". ")


def _take_time(scan: _Scan, close_of_business: dt.time | None) -> pendulum.Time | None:
    """The stated wall time; None for the end of the day (midnight, or no time at all)."""
    stated: set[pendulum.Time | None] = set()
    for pattern, read in _times(scan.locale):
        for match in list(pattern.finditer(scan.rest)):
            if pattern is _HOUR and int(match["hour"]) > 23:
                continue  # "48 h" is a duration, not a time of day
            stated.add(read(scan, match))
            scan.cut(*match.span())
            scan.time_ends.append(match.end())
    business = list(_COB.finditer(scan.rest))
    for match in business:
        scan.cut(*match.span())
    if business and not stated:
        if close_of_business is None:
            raise scan.refuse(
                "'close of business' names no hour",
                "pass close_of_business, the hour the issuer closes",
            )
        cob = close_of_business
        stated.add(pendulum.Time(cob.hour, cob.minute, cob.second))
    if len(stated) > 1:
        times = ", ".join(sorted("the end of the day" if t is None else f"{t}" for t in stated))
        raise scan.refuse(f"it states several times ({times})")
    time = stated.pop() if stated else None
    scan.found.append("the end of the day" if time is None else f"the time {time:%H:%M}")
    return time


def _twelve_hour(scan: _Scan, match: re.Match[str]) -> pendulum.Time:
    hour, minute, second = int(match["hour"]), int(match["minute"] or 0), int(match["second"] or 0)
    afternoon = match["pm"] is not None
    if not 1 <= hour <= 12 or minute > 59 or second > 59:
        raise scan.refuse(f"{match[0]!r} is not a time of day")
    if hour == 12 and minute == 0 and not afternoon:
        raise scan.refuse("12 am is ambiguous (the start or the end of the day): write midnight")
    return pendulum.Time(hour % 12 + (12 if afternoon else 0), minute, second)


def _clock(scan: _Scan, match: re.Match[str]) -> pendulum.Time:
    groups = match.groupdict()
    hour, minute, second = (int(groups.get(g) or 0) for g in ("hour", "minute", "second"))
    if hour > 23 or minute > 59 or second > 59:
        raise scan.refuse(f"{match[0]!r} is not a time of day")
    return pendulum.Time(hour, minute, second)


def _wall(date: pendulum.Date, time: pendulum.Time | None) -> dt.datetime:
    """The naive wall clock of the deadline; no time is the start of the next day."""
    if time is None:
        return dt.datetime.combine(date, dt.time()) + dt.timedelta(days=1)
    return dt.datetime.combine(date, time)


# --- zone names and abbreviations -----------------------------------------------------------

_PAIR = re.compile(r"(?<![\w/])([A-Z]{2,5})\s*/\s*([A-Z]{2,5})(?![\w/])")
_TOKEN = re.compile(r"(?<![\w/])[A-Z]{2,5}(?![\w/])")


@attrs.frozen
class _ZoneNamed:
    """A zone the text names by a CLDR name: "Eastern Standard Time", "MEZ", "CET/CEST"."""

    key: str
    """A metazone ("America_Eastern") or a zone ("Etc/UTC", "Europe/Paris")."""
    variant: _cldr.ZoneVariant
    short: bool
    """An abbreviation ("MEZ"): it states an offset, not a place."""
    written: str = ""
    """The name as the text writes it."""


@functools.cache
def _long_zone_names(locale: _cldr.Locale | None) -> dict[str, _cldr.ZoneName]:
    """The long zone names of the locales read, by `_key`.

    English also takes "X Standard Time" for a zone CLDR calls "X Time" that has no summer
    time: CLDR 48 renamed "West Africa Standard Time", which e-recruitment systems still
    print, "West Africa Time".
    """
    names: dict[str, _cldr.ZoneName] = {}
    clashes: set[str] = set()
    for each in _locales(locale):
        found = dict(_cldr.zone_names(each, width="long"))
        if each.language == "de":
            found = _with_inflected_adjectives(found)
        if each.language == "en":
            summer = {n.key for n in found.values() if n.variant == "daylight"}
            for name, named in list(found.items()):
                if named.key not in summer and name.endswith(" time") and "standard" not in name:
                    found.setdefault(name.removesuffix(" time") + " standard time", named)
        for name, named in found.items():
            if "/" not in named.key and not _cldr.metazone_zones(named.key):
                continue  # a metazone no zone is in today ("Volgograd Time"): the city counts
            if names.setdefault(_key(name), named).key != named.key:
                clashes.add(_key(name))
    return {name: named for name, named in names.items() if name not in clashes}


def _with_inflected_adjectives(names: dict[str, _cldr.ZoneName]) -> dict[str, _cldr.ZoneName]:
    """German zone names with their adjective inflected: "mitteleuropäischer Zeit" (um …)."""
    found = dict(names)
    for name, named in names.items():
        first, _, rest = name.partition(" ")
        if first.endswith("e") and rest:
            found.setdefault(f"{first}r {rest}", named)
            found.setdefault(f"{first}n {rest}", named)
    return found


@functools.cache
def _short_zone_names(
    locale: _cldr.Locale | None, languages: tuple[str, ...]
) -> dict[str, _cldr.ZoneName]:
    """CLDR's abbreviations of zones that tz does not use ("MEZ", "OESZ", "ET"), as written.

    Only those of the text's languages and locale: Portuguese's "ACT" (Acre Time) is not
    read in an English text.
    """
    names: dict[str, _cldr.ZoneName] = {}
    for each in _locales(locale):
        if each == locale or each.language in languages:
            for name, named in _cldr.zone_names(each, width="short").items():
                token = name.upper()
                if token not in ABBREVIATION_OFFSETS and token not in _AMBIGUOUS:
                    names.setdefault(token, named)
    return names


@functools.cache
def _unspaced_zone_names(locale: _cldr.Locale | None) -> tuple[str, ...]:
    """The long zone names of `_long_zone_names` in a script written without spaces."""
    return tuple(name for name in _long_zone_names(locale) if _CJK.search(name))


def _names_in(
    rest: str, names: dict[str, _cldr.ZoneName], unspaced: tuple[str, ...]
) -> Iterator[tuple[int, int, str]]:
    """The spans of the names a text holds, left to right, the longest at each word.

    A name in a script written without spaces (Chinese, ``unspaced``) is found anywhere in
    the text that does not follow another character of that script.
    """
    words = list(_WORD.finditer(rest))
    i = 0
    while i < len(words):
        for j in range(min(len(words), i + 8) - 1, i - 1, -1):
            text = rest[words[i].start() : words[j].end()]
            if _key(text) in names and not _CJK.search(text):
                yield words[i].start(), words[j].end(), _key(text)
                i = j
                break
        i += 1
    for name in unspaced if _CJK.search(rest) else ():
        start = rest.find(name)
        if start >= 0 and not _CJK.search(rest[start - 1 : start] if start else ""):
            yield start, start + len(name), name  # "汤加时间" is not in "拉罗汤加时间"


def _take_zone_name(scan: _Scan) -> _ZoneNamed | None:
    """The zone a CLDR name states: a long name, a pair of abbreviations, a CLDR abbreviation."""
    named: list[_ZoneNamed] = []
    long_names = _long_zone_names(scan.locale)
    unspaced = _unspaced_zone_names(scan.locale)
    for start, end, key in list(_names_in(scan.rest, long_names, unspaced)):
        if not _in_longer_place(scan, start, end):
            name = long_names[key]
            named.append(
                _ZoneNamed(name.key, name.variant, short=False, written=scan.rest[start:end])
            )
            scan.cut(start, end)
    shorts = _short_zone_names(scan.locale, scan.languages)
    for match in list(_PAIR.finditer(scan.rest)):
        pair = _abbreviation_pair(match[1], match[2], shorts)
        if pair is not None:
            named.append(_ZoneNamed(pair, "generic", short=False, written=match[0]))
            scan.cut(*match.span())
    for match in list(_TOKEN.finditer(scan.rest)):
        short = shorts.get(match[0])
        if short is not None and (len(match[0]) > 2 or _after_time(scan, match.start())):
            named.append(_ZoneNamed(short.key, short.variant, short=True, written=match[0]))
            scan.cut(*match.span())
    named = _agreeing(named)
    if len({n.key for n in named}) > 1:
        written = ", ".join(repr(n.written) for n in named)
        raise scan.refuse(f"it names several time zones ({written})")
    if named:
        scan.found.append(f"the zone name of {named[0].key}")
    return named[0] if named else None


def _agreeing(named: list[_ZoneNamed]) -> list[_ZoneNamed]:
    """The names that state the most, when the others only restate them.

    "Central European Time (CET/CEST)": the metazone's name and a pair that names one of its
    zones state the same time; the zone is kept. Names of different times are all kept
    (and refused by the caller).
    """
    zones = {n.key for n in named if "/" in n.key}
    metazones = {n.key for n in named} - zones
    if len(zones) != 1 or not metazones:
        return named
    (zone,) = zones
    if all(zone in _cldr.metazone_zones(metazone) for metazone in metazones):
        return [n for n in named if n.key == zone]
    return named


def _in_longer_place(scan: _Scan, start: int, end: int) -> bool:
    """Whether a zone name ends inside a longer place name.

    "hora de Geórgia do Sul" is South Georgia's time, not "hora de Georgia" (Georgia's, in
    Spanish) followed by "do Sul".
    """
    names = _place_names(scan.locale)
    words = list(_WORD.finditer(scan.rest, start))
    inside = [w for w in words if w.start() < end]
    after = [w for w in words if w.start() >= end][:5]
    return any(
        _key(scan.rest[first.start() : last.end()]) in names for first in inside for last in after
    )


def _after_time(scan: _Scan, start: int) -> bool:
    """Whether a word follows the stated time ("5 pm ET"; not "AT THE OFFICE")."""
    return any(not scan.rest[end:start].strip(" ,(") for end in scan.time_ends if end <= start)


def _abbreviation_pair(
    standard: str, daylight: str, shorts: dict[str, _cldr.ZoneName]
) -> str | None:
    """The zone or metazone a pair such as CET/CEST names: whichever is in force."""
    for zone, comment in _cldr.zones_now():
        if f"({standard}/{daylight})" in comment:
            return zone
    first, second = shorts.get(standard), shorts.get(daylight)
    if first is not None and second is not None and first.key == second.key:
        return first.key
    return None


def _take_abbreviation(scan: _Scan) -> str | None:
    """A tz abbreviation ("EST", "CET"), or one that names several offsets ("IST")."""
    for match in re.finditer(r"\b[A-Z]{2,5}\b", scan.rest):
        token = match[0]
        if token in ABBREVIATION_OFFSETS or token in _AMBIGUOUS:
            scan.cut(*match.span())
            scan.found.append(f"the abbreviation {token}")
            return token
    return None


def _with_zone_name(
    named: _ZoneNamed, zone: str | None, abbreviation: str | None, wall: dt.datetime
) -> tuple[str | None, str | None]:
    """The zone and abbreviation, with what a zone name adds to those stated otherwise.

    A standard or daylight name states that time's tz abbreviation ("Eastern Standard
    Time" is EST, "MEZ" is CET), read in the named place's zone when it is in the named
    metazone. A long name states its zone too, unless its abbreviation holds all it says
    (a zone without summer time: "West Africa Standard Time" is WAT).
    """
    if "/" in named.key:  # a zone's own name: "Coordinated Universal Time", "CET/CEST"
        reference: str | None = _cldr.canonical_zone(named.key)
    elif zone is not None and zone in _cldr.metazone_zones(named.key):
        reference = zone
    else:
        reference = _representative(named.key)
    if reference is None:
        return zone, abbreviation
    if abbreviation is None and named.variant != "generic":
        abbreviation = _variant_abbreviation(reference, named.variant, wall.year)
    if zone is None and (
        named.variant == "generic"
        or abbreviation is None
        or (not named.short and _observes_dst(reference, wall.year))
    ):
        zone = reference
    return zone, abbreviation


@functools.cache
def _representative(metazone: str) -> str | None:
    """The zone that stands for a metazone when no place is named: tz's zonenow.tab's.

    A metazone named after a city stands for that city's zone. Otherwise zonenow.tab
    lists one zone for each behaviour in use today; of a metazone's, the one whose comment
    names abbreviations ("central Europe (CET/CEST)") wins, a pair (summer time) when the
    metazone has a summer time, else a single one.
    """
    zones = _cldr.metazone_zones(metazone)
    named_after = [z for z in zones if z.rpartition("/")[2] == metazone]
    if named_after:  # "Samara Time" is Europe/Samara's, though Europe/Saratov shares it
        return named_after[0]
    rows = [(z, c) for z, c in _cldr.zones_now() if _cldr.canonical_zone(z) in zones]
    if not rows:
        return zones[0] if zones else None
    english = _cldr.zone_names(_cldr.parse_locale("en"), width="long").values()
    summer = any(n.key == metazone and n.variant == "daylight" for n in english)

    def rank(row: tuple[str, str]) -> tuple[bool, bool]:
        named = re.search(r"\([A-Z]+(/[A-Z]+)?\)", row[1])
        return named is None, named is None or (named[1] is not None) != summer

    return _cldr.canonical_zone(min(rows, key=rank)[0])


def _variant_abbreviation(zone: str, variant: _cldr.ZoneVariant, year: int) -> str | None:
    """The tz abbreviation of a zone's standard or summer time in a year ("EST"), if known.

    Only an abbreviation `ABBREVIATION_OFFSETS` holds with the zone's offset counts:
    Kabul's "+0430" is none.
    """
    tz = zoneinfo.ZoneInfo(zone)
    for month in range(1, 13):
        moment = dt.datetime(year, month, 15, 12, tzinfo=tz)
        if bool(moment.dst()) == (variant == "daylight"):
            name, offset = moment.tzname() or "", moment.utcoffset() or dt.timedelta()
            fits = ABBREVIATION_OFFSETS.get(name) == int(offset.total_seconds()) // 60
            return name if fits else None
    return None


def _observes_dst(zone: str, year: int) -> bool:
    tz = zoneinfo.ZoneInfo(zone)
    return any(dt.datetime(year, month, 15, tzinfo=tz).dst() for month in range(1, 13))


# --- places: the names ----------------------------------------------------------------------


@attrs.frozen
class _PlaceName:
    """What a place name names: a city's zone, or a country."""

    zone: str | None = None
    country: str | None = None
    name: str | None = None
    """For an adjective ("Italian"), the country's name to record as the place ("Italy")."""
    language: str | None = None
    """For an adjective, the language it is a word of."""
    city: bool = False
    """A city known by its country alone (`_CITIES_OUTSIDE_CLDR`)."""


@functools.cache
def _place_names(locale: _cldr.Locale | None) -> dict[str, frozenset[_PlaceName]]:
    """The cities, countries and adjectives of countries of the locales read, by `_key`.

    Cities are CLDR's exemplar cities and the places tz names its listed zones after
    ("Kolkata"); each stands for the zone the tz tables list (`_cldr.canonical_zone`).
    """
    names: dict[str, set[_PlaceName]] = {}

    def add(name: str, place: _PlaceName) -> None:
        names.setdefault(_key(name), set()).add(place)

    valid = _code_lists.time_zone_names()  # what a Deadline accepts: the snapshot's names
    for each in _locales(locale):
        for city, zone in _cldr.exemplar_cities(each).items():
            for name in _city_forms(city) if zone in valid else ():
                add(name, _PlaceName(zone=zone))
        for country, code in _cldr.territory_codes(each).items():
            add(country, _PlaceName(country=code))
        for adjective, (code, country) in _adjectives(each).items():
            add(adjective, _PlaceName(country=code, name=country, language=str(each.language)))
    seats = [
        (form, zone)
        for zone, names in _SEATS_NAMED_AFTER_ANOTHER_CITY.items()
        for seat in names
        for form in _city_forms(seat)
    ]
    for place, zone in [*_tz_places(), *seats]:
        add(place, _PlaceName(zone=zone))
    for code, cities in _CITIES_OUTSIDE_CLDR.items():
        for name in {form for city in cities for form in _city_forms(city)}:
            add(name, _PlaceName(country=code, city=True))
    return {key: frozenset(places) for key, places in names.items() if key}


def _tz_places() -> list[tuple[str, str]]:
    """The places tz names zones after ("Kolkata") or names a time after ("Beijing Time")."""
    valid = _code_lists.time_zone_names()
    named = [(z.rpartition("/")[2].replace("_", " "), z) for z in _cldr.listed_zones()]
    named += _cldr.times_named_after_places().items()
    return [(place, _cldr.canonical_zone(zone)) for place, zone in named if zone in valid]


def _city_forms(city: str) -> set[str]:
    """A city's name, and in Russian its adjectives (Москва, московский): `_RUSSIAN_ADJECTIVES`."""
    return {city, *_derived(city, _RUSSIAN_ADJECTIVES)} if _CYRILLIC.search(city) else {city}


@functools.cache
def _adjectives(locale: _cldr.Locale) -> dict[str, tuple[str, str]]:
    """A locale's adjectives of countries from CLDR's names: adjective → (code, name).

    The names of languages as one country speaks them ("Swiss French" → Swiss, "allemand
    suisse" → suisse) and, in English, the `_ENGLISH_ADJECTIVES` of country names, with
    feminine forms where the hour is feminine ("svizzera"). Names of languages ("Dutch")
    are looked up when a word is read (`_language_adjectives`).
    """
    countries = {code: name for name, code in _cldr.territory_codes(locale).items()}
    languages = _cldr.language_names(locale)
    found: dict[str, set[str]] = {}
    for (language, code), name in _cldr.regional_language_names(locale).items():
        base = languages.get(language, "")
        rest = " ".join(w for w in name.split() if _key(w) != _key(base))
        if base and rest != name and rest.isalpha() and _shares_stem(rest, countries.get(code, "")):
            found.setdefault(rest, set()).add(code)
    rules = {"en": _ENGLISH_ADJECTIVES, "ru": _RUSSIAN_ADJECTIVES}.get(str(locale.language), ())
    for code, name in countries.items():
        for adjective in _derived(name, rules):
            found.setdefault(adjective, set()).add(code)
    adjectives: dict[str, tuple[str, str]] = {}
    for adjective, codes in found.items():
        owner = _owner(adjective, codes, countries)
        if owner is not None:
            for form in _feminine(_key(adjective), str(locale.language)):
                adjectives[form] = (owner, countries[owner])
    return adjectives


@functools.cache
def _language_adjectives(locale: _cldr.Locale | None, key: str) -> frozenset[_PlaceName]:
    """The country a language's name stands for as an adjective ("Dutch time": NL), if any.

    The language must be official in exactly one country whose own name starts like the
    language's own name (Nederlands, Nederland; português, Portugal, not Brasil).
    """
    places = set()
    for each in _locales(locale):
        language = _language_forms(each).get(key)
        home = None if language is None else _home(language)
        if home is not None:
            name = _cldr.territory_name(home, locale=each)
            places.add(_PlaceName(country=home, name=name, language=str(each.language)))
    return frozenset(places)


@functools.cache
def _language_forms(locale: _cldr.Locale) -> dict[str, str]:
    """A locale's one-word names of languages and their feminine forms, by `_key`: the code."""
    forms: dict[str, str] = {}
    for language, name in _cldr.language_names(locale).items():
        if " " not in name:
            for form in _feminine(_key(name), str(locale.language)):
                forms.setdefault(form, language)
    return forms


@functools.cache
def _home(language: str) -> str | None:
    own = _cldr.own_names(language)
    if own is None:
        return None
    homes = [code for code, country in own[1].items() if _shares_stem(own[0], country)]
    return homes[0] if len(homes) == 1 else None


def _owner(adjective: str, codes: set[str], countries: dict[str, str]) -> str | None:
    """The country an adjective belongs to: the only one, or the longest name it starts with."""
    if len(codes) == 1:
        return next(iter(codes))
    starts = sorted(
        (len(countries[c]), c) for c in codes if _key(adjective).startswith(_key(countries[c]))
    )
    if not starts or (len(starts) > 1 and starts[-1][0] == starts[-2][0]):
        return None
    return starts[-1][1]


def _shares_stem(word: str, name: str) -> bool:
    """Whether a word and a name's first word start alike ("dansk", "Danmark").

    Three letters in common; in Chinese and Japanese, whose words are short, one ("中文",
    "中国").
    """
    first, other = (_key(word).split() or [""])[0], (_key(name).split() or [""])[0]
    common = len(_common_prefix(first, other))
    return common >= 3 or (common >= 1 and bool(_CJK.match(first)))


def _common_prefix(a: str, b: str) -> str:
    prefix = []
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        prefix.append(x)
    return "".join(prefix)


def _derived(name: str, rules: tuple[tuple[str, str], ...]) -> set[str]:
    """The words suffix rules make of a name: (ending, replacement) where the name so ends."""
    folded = name.casefold() if _CYRILLIC.search(name) else name
    return {
        folded.removesuffix(ending) + replacement
        for ending, replacement in rules
        if folded.endswith(ending)
    }


def _feminine(adjective: str, language: str) -> set[str]:
    """An adjective and its feminine form in a language (`_FEMININE`): italiano, italiana."""
    for ending, replacement in _FEMININE.get(language, ()):
        if adjective.endswith(ending):
            return {adjective, adjective.removesuffix(ending) + replacement}
    return {adjective}


# --- places: finding them -------------------------------------------------------------------


@attrs.frozen
class _Place:
    """A place the text ties the time to, with the zones it may be in."""

    written: str
    zones: tuple[str, ...]
    """One for a city; a country's zones, the most populous first."""
    start: int
    end: int


@functools.cache
def _contexts() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The patterns of the words a place is written before, and after."""
    before = "|".join(_PLACE_BEFORE)
    after = "|".join(_PLACE_AFTER)
    return (
        re.compile(rf"(?:{before}){_NOT_BEFORE_LETTER}", re.IGNORECASE),
        re.compile(rf"{_NOT_AFTER_LETTER}(?:{after})", re.IGNORECASE),
    )


def _find_places(scan: _Scan) -> list[_Place]:
    """The places the text ties its time to: "Geneva time", "heure de Genève", "(Maputo)".

    A place in brackets counts when the brackets follow, or hold, what was read as the
    time, offset or zone ("Central Africa Time (Maputo)"); a job title's "(Geneva)" does not.
    """
    before, after = _contexts()
    places: list[_Place] = []
    for match in list(after.finditer(scan.rest)):
        places.extend(_places_from(scan, match.end()))
    for match in list(before.finditer(scan.rest)):
        place = _place_before(scan, match.start())
        if place is not None:
            places.append(place)
    for match in list(re.finditer(r"\(([^()]*)\)", scan.rest)):
        start, end = match.span(1)
        inner = scan.rest[start:end].strip(" ,;:-")
        if inner and _by_the_time(scan, match.start(), match.end()):
            first = start + scan.rest[start:end].index(inner)
            place = _place_at(scan, first, first + len(inner))
            if place is not None:
                scan.cut(place.start, place.end)
                places.append(place)
    scan.found.extend(f"the place {place.written}" for place in places)
    return places


def _by_the_time(scan: _Scan, start: int, end: int) -> bool:
    """Whether brackets follow or hold a part of the text that was read."""
    before = start - 1
    while before >= 0 and scan.wording[before] in " ,;:-":
        before -= 1
    return (before >= 0 and scan.was_read(before)) or any(map(scan.was_read, range(start, end)))


def _places_from(scan: _Scan, start: int) -> Iterator[_Place]:
    """The place, or list of places, written from a position on ("Sénégal, Mali, Mauritanie")."""
    first = True
    while True:
        words = _name_words(scan, start)
        place = None
        for skip in range(len(words)):
            place = next(
                (
                    found
                    for size in range(len(words), skip, -1)
                    if (found := _place_at(scan, words[skip].start(), words[size - 1].end()))
                ),
                None,
            )
            if place is not None or _key(words[skip][0]).replace(" ", "'") not in _PLACE_LINKS:
                break
        if place is None:
            named = [w for w in words if _key(w[0]).replace(" ", "'") not in _PLACE_LINKS]
            if first and named:
                scan.unknown.append(scan.written(named[0].start(), named[-1].end()))
            return
        first = False
        scan.cut(place.start, place.end)
        yield place
        link = _AND.match(scan.rest, place.end)
        if link is None or link.end() == place.end:
            return
        start = link.end()


def _name_words(scan: _Scan, start: int) -> list[re.Match[str]]:
    """The words, up to six, of a name that may start at a position."""
    words: list[re.Match[str]] = []
    for word in _WORD.finditer(scan.rest, start):
        if len(words) == 6 or (not words and scan.rest[start : word.start()].strip()):
            break
        if words and not _joined(scan, words[-1], word):
            break
        words.append(word)
    return words


def _joined(scan: _Scan, first: re.Match[str], second: re.Match[str]) -> bool:
    """Whether two words may be one name's ("Beulah, North Dakota"): nothing else between."""
    return re.fullmatch(r"[\s,،、-]*", scan.rest[first.end() : second.start()]) is not None


def _place_before(scan: _Scan, end: int) -> _Place | None:
    """The place written just before a position ("Geneva" in "Geneva time")."""
    if _CJK.search(scan.rest[max(0, end - 1) : end]):
        spans = [
            (end - size, end)
            for size in range(min(12, end), 0, -1)
            if all(_CJK.match(c) for c in scan.rest[end - size : end])
        ]
    else:
        words = list(_WORD.finditer(scan.rest, 0, end))[-6:]
        if not words or scan.rest[words[-1].end() : end].strip():
            return None
        spans = [
            (words[-size].start(), words[-1].end())
            for size in range(len(words), 0, -1)
            if all(_joined(scan, a, b) for a, b in itertools.pairwise(words[-size:]))
        ]
    for start, stop in spans:
        place = _place_at(scan, start, stop)
        if place is not None:
            scan.cut(place.start, place.end)
            return place
    named = [
        scan.written(start, stop)
        for start, stop in spans
        if all(w[0][:1].isupper() for w in _WORD.finditer(scan.rest, start, stop))
    ]
    if named and not _CJK.search(named[0]):
        scan.unknown.append(named[0])  # "New Delhi time": a name, not "by the time"
    return None


def _place_at(scan: _Scan, start: int, end: int) -> _Place | None:
    """The place a span of text names, alone or with its country ("New York USA"), or None."""
    names = _place_names(scan.locale)
    text = scan.rest[start:end]
    found = (
        names.get(_key(text))
        or _language_adjectives(scan.locale, _key(text))
        or _country_code(text.strip())
        or _inflected(scan, _key(text))
    )
    if found:
        zones = _place_zones(scan, text, found)
        return _Place(_place_written(scan, start, end, found), zones, start, end) if zones else None
    words = list(_WORD.finditer(text))
    for size in range(min(3, len(words) - 1), 0, -1):
        split = words[-size].start()
        city = frozenset(p for p in names.get(_key(text[:split]), ()) if p.zone or p.city)
        country = _country(text[split:], names)
        if country is None or not city:
            continue
        zones = _place_zones(scan, text[:split], city)
        if not zones or len(zones) > 1:
            continue
        if zones[0] not in _cldr.country_zones(country) and (
            _cldr.zone_territory(zones[0]) != country
        ):
            raise scan.refuse(
                f"{text[:split].strip(' ,')} is in {_cldr.zone_territory(zones[0])}, "
                f"not in {text[split:].strip()} ({country})"
            )
        return _Place(scan.written(start, end), zones, start, end)
    return None


def _inflected(scan: _Scan, key: str) -> frozenset[_PlaceName]:
    """The place a declined name or an inflected adjective names, by `_INFLECTIONS`.

    Only the rules of the text's languages apply, to its last word: "по времени Женевы"
    is Женева's, "deutscher Zeit" Deutsch's country.
    """
    names = _place_names(scan.locale)
    head, _, last = key.rpartition(" ")
    for language in scan.languages:
        for ending, replacements in _INFLECTIONS.get(language, ()):
            if not last.endswith(ending) or len(last) <= len(ending) + 1:
                continue
            for replacement in replacements:
                lemma = _key(f"{head} {last.removesuffix(ending)}{replacement}")
                found = names.get(lemma) or _language_adjectives(scan.locale, lemma)
                if found:
                    return found
    return frozenset()


def _country_code(text: str) -> frozenset[_PlaceName]:
    """A country written as its two-letter code or alias ("UK time").

    Longer codes are words too often ("AND" is Andorra's).
    """
    code = _cldr.territory_aliases().get(text, text)
    if len(text) == 2 and text.isupper() and code in _code_lists.country_codes():
        return frozenset({_PlaceName(country=code)})
    return frozenset()


def _country(text: str, names: dict[str, frozenset[_PlaceName]]) -> str | None:
    """The country a text names: a name, a CLDR alias ("USA", "U.S.A.", "UK") or a code."""
    bare = text.strip(" ,").replace(".", "")
    if bare.isupper() and bare in _cldr.territory_aliases():
        return _cldr.territory_aliases()[bare]
    if bare.isupper() and bare in _code_lists.country_codes():
        return bare
    countries = {p.country for p in names.get(_key(text), ()) if p.country and p.name is None}
    return countries.pop() if len(countries) == 1 else None


def _place_written(scan: _Scan, start: int, end: int, found: frozenset[_PlaceName]) -> str:
    """A place as recorded: as written, or for an adjective the country's name in its language."""
    if any(p.name is None for p in found):
        return scan.written(start, end)
    named = sorted(found, key=lambda p: (p.language not in scan.languages, p.language or ""))
    return named[0].name or scan.written(start, end)


def _place_zones(scan: _Scan, text: str, found: frozenset[_PlaceName]) -> tuple[str, ...]:
    """The zones a place name may mean: a city's one, or its country's."""
    cities = {p.zone for p in found if p.zone is not None}
    if len(cities) > 1:
        raise scan.refuse(f"{text.strip()} names several places ({', '.join(sorted(cities))})")
    if cities:
        return (cities.pop(),)
    countries = {p.country for p in found if p.country is not None}
    if len(countries) > 1:
        raise scan.refuse(
            f"{text.strip()} names several countries ({', '.join(sorted(countries))})"
        )
    return tuple(
        z for z in _cldr.country_zones(countries.pop()) if z in _code_lists.time_zone_names()
    )


def _place_zone(
    scan: _Scan, places: list[_Place], wall: dt.datetime
) -> tuple[str | None, str | None]:
    """The one zone of the places named, and the place as recorded; None for no place.

    A country of several zones counts as one when all show the same time at the deadline
    (Germany's Berlin and Büsingen); several places count as one when they share a tz zone
    (Dakar, Bamako and Nouakchott are Africa/Abidjan) or show the same time.
    """
    if not places:
        return None, None
    zones = []
    for place in places:
        if len({_instant(z, wall) for z in place.zones}) > 1:
            raise scan.refuse(
                f"{place.written} has several time zones that differ on "
                f"{wall.date().isoformat()} ({', '.join(place.zones)})",
                "name a city or state the UTC offset",
            )
        zones.append(place.zones[0])
    written = places[0].written
    if len(places) > 1:
        written = scan.written(min(p.start for p in places), max(p.end for p in places))
    shared = {_cldr.zone_link_target(z) for z in zones}
    if len(set(zones)) == 1 or len(shared) == 1:
        return (zones[0] if len(set(zones)) == 1 else shared.pop()), written
    if len({_instant(z, wall) for z in zones}) == 1:
        return zones[0], written
    named = ", ".join(f"{p.written} ({z})" for p, z in zip(places, zones, strict=True))
    raise scan.refuse(f"it names places in different time zones: {named}")


def _instant(zone: str, wall: dt.datetime) -> dt.datetime:
    return wall.replace(tzinfo=zoneinfo.ZoneInfo(zone)).astimezone(dt.UTC)
