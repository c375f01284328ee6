"""Reading deadline wordings (domain.md §2 and variants) into `Deadline` values."""

from __future__ import annotations

import datetime as dt
import json
import re
from importlib import resources
from pathlib import Path
from typing import Any

import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st

from jpo_model import Deadline, DeadlineError, _cldr, _code_lists, examples, parse_deadline
from jpo_model.deadlines import MAX_DEADLINE_LENGTH, parsing

SEED = "ohchr-25p153"


def test_seed_002_full_wording_parses_to_the_bundled_deadline() -> None:
    """The seed's full wording parses to exactly the bundled deadline."""
    post = examples.load(SEED)
    assert post.deadline is not None
    assert post.deadline.wording is not None
    assert post.deadline == parse_deadline(post.deadline.wording)


def test_seed_002_header_parses_to_the_bundled_restatement() -> None:
    """The header "10 March 2026 6pm EST" parses to the bundled restatement."""
    restatement = examples.load(SEED).deadline_restatements[0]
    assert restatement.wording is not None
    assert restatement == parse_deadline(restatement.wording)


@pytest.mark.parametrize(
    ("text", "time", "offset", "abbreviation", "zone", "place"),
    [
        ("28 February 2023, midnight (GMT-5)", None, -300, None, None, None),
        ("28 February 2023, midnight Geneva time", None, None, None, "Europe/Zurich", "Geneva"),
        (
            "28 February 2023, 23:59 GMT+02:00 Central Africa Time (Maputo)",
            pendulum.time(23, 59),
            120,
            "CAT",
            "Africa/Maputo",
            "Maputo",
        ),
        (
            "28 February 2023, 3 pm (Italian local time)",
            pendulum.time(15),
            None,
            None,
            "Europe/Rome",
            "Italy",
        ),
        ("28 February 2023 18:00 UTC-5", pendulum.time(18), -300, None, None, None),
        ("28 February 2023 6 pm CET", pendulum.time(18), None, "CET", None, None),
        ("28 February 2023 6.00 p.m. UTC", pendulum.time(18), 0, None, None, None),
        (
            "28 Feb 2023, 12 noon (New York time)",
            pendulum.time(12),
            None,
            None,
            "America/New_York",
            "New York",
        ),
        ("February 28, 2023 23:59 UTC+5:30", pendulum.time(23, 59), 330, None, None, None),
        (
            "2023-02-28 at 17h30 Geneva time",
            pendulum.time(17, 30),
            None,
            None,
            "Europe/Zurich",
            "Geneva",
        ),
        ("28/02/2023 midnight GMT", None, 0, None, None, None),
        ("2023-02-28T18:00:00-05:00", pendulum.time(18), -300, None, None, None),
    ],
)
def test_wordings_seen_in_announcements_parse(  # noqa: PLR0913, PLR0917 - one argument per column
    text: str,
    time: pendulum.Time | None,
    offset: int | None,
    abbreviation: str | None,
    zone: str | None,
    place: str | None,
) -> None:
    """Each wording keeps its date, time, offset, abbreviation, zone and place."""
    expected = Deadline(
        date=pendulum.date(2023, 2, 28),
        time=time,
        utc_offset_minutes=offset,
        abbreviation=abbreviation,
        zone=zone,
        place=place,
        wording=text,
    )
    assert expected == parse_deadline(text)


def test_a_date_alone_takes_the_default_zone() -> None:
    """ "no later than 28 February 2023" is the end of that day in the given default zone."""
    deadline = parse_deadline("no later than 28 February 2023", default_zone="Asia/Phnom_Penh")
    assert (None, "Asia/Phnom_Penh") == (deadline.time, deadline.zone)
    assert pendulum.datetime(2023, 2, 28, 17, tz="UTC") == deadline.instant


def test_a_stated_zone_wins_over_the_default_zone() -> None:
    """The default zone is used only when the text states no zone of its own."""
    deadline = parse_deadline("1 May 2024, 5 pm Geneva time", default_zone="Asia/Tokyo")
    assert "Europe/Zurich" == deadline.zone


@pytest.mark.parametrize(
    ("text", "missing"),
    [
        ("", "empty"),
        ("6 pm EST", "no date"),
        ("10 March, 6 pm EST", "no year"),
        ("10/03/2026 6 pm EST", "ambiguous (day/month or month/day)"),
        ("10 March 2026 12 am UTC", "12 am is ambiguous"),
        ("10 March 2026 6 pm", "no time zone"),
        ("10 March 2026 6 pm IST", "IST names several offsets"),
        ("31 February 2026 UTC", "2026-02-31 is not a date"),
        ("10 March 2026 25:00 UTC", "is not a time of day"),
        ("10 March 2026 13 pm UTC", "is not a time of day"),
        ("2026-03-10T18:00:00", "no UTC offset"),
    ],
)
def test_unreadable_or_ambiguous_text_names_the_problem(text: str, missing: str) -> None:
    """Text lacking a part, or open to two readings, raises `DeadlineError` naming it."""
    with pytest.raises(DeadlineError, match="cannot read the deadline") as caught:
        parse_deadline(text)
    assert missing in str(caught.value)


def test_a_statement_as_long_as_the_limit_is_read() -> None:
    """Wording of `MAX_DEADLINE_LENGTH` characters, blanks folded, is read as any other."""
    statement = "Deadline: 10 March 2026, 6.00 pm (New York time)"
    padding = "x " * ((MAX_DEADLINE_LENGTH - len(statement)) // 2)
    text = (padding + statement).rjust(MAX_DEADLINE_LENGTH, "x") + "   \n "
    assert MAX_DEADLINE_LENGTH == len(" ".join(text.split()))
    assert "2026-03-10T22:00:00+00:00" == parse_deadline(text).instant.isoformat()


@given(
    extra=st.integers(min_value=1, max_value=4_000_000), unit=st.sampled_from(["1 ", "a", "31."])
)
def test_longer_text_is_refused_with_a_short_message(extra: int, unit: str) -> None:
    """Text longer than the limit is refused at once, its message shows only its start."""
    text = (unit * (MAX_DEADLINE_LENGTH // len(unit) + extra))[: MAX_DEADLINE_LENGTH + extra]
    with pytest.raises(
        DeadlineError, match="a deadline is one statement of at most 1,000"
    ) as caught:
        parse_deadline(text)
    assert len(str(caught.value)) < 400


@pytest.mark.parametrize("value", [None, 20260310, b"10 March 2026, UTC", ["10 March 2026"]])
def test_a_value_that_is_not_text_is_refused(value: object) -> None:
    """A value that is not a `str` (data read from elsewhere) is a `DeadlineError`, not a crash."""
    with pytest.raises(DeadlineError, match="a deadline is text, not"):
        parse_deadline(value)  # type: ignore[arg-type]


def test_parse_errors_are_value_errors() -> None:
    """A caller catching ValueError catches parse errors too."""
    with pytest.raises(ValueError, match="no date"):
        parse_deadline("tomorrow")


@given(
    st.dates(min_value=pendulum.date(1970, 1, 1), max_value=pendulum.date(2100, 12, 31)),
    st.integers(0, 23),
    st.integers(0, 59),
    st.integers(-12 * 60, 14 * 60).filter(lambda m: m % 15 == 0),
)
def test_generated_wordings_round_trip(
    date: pendulum.Date, hour: int, minute: int, offset: int
) -> None:
    """A wording written from parts ("5 March 2026, 18:05 UTC+5:30") parses back to them."""
    sign = "-" if offset < 0 else "+"
    hours, minutes = divmod(abs(offset), 60)
    text = (
        f"{date.day} {date:%B} {date.year}, {hour:02d}:{minute:02d} UTC{sign}{hours}:{minutes:02d}"
    )
    deadline = parse_deadline(text)
    assert (date, pendulum.time(hour, minute), offset) == (
        deadline.date,
        deadline.time,
        deadline.utc_offset_minutes,
    )


# --- the corpus of real deadline statements -----------------------------------------------

CORPUS = json.loads(
    (Path(__file__).parent / "data" / "real_deadlines.json").read_text(encoding="utf-8")
)["entries"]


def _arguments(entry: dict[str, Any]) -> dict[str, Any]:
    arguments = dict(entry["arguments"])
    if "close_of_business" in arguments:
        arguments["close_of_business"] = dt.time.fromisoformat(arguments["close_of_business"])
    return arguments


def _utc(text: str) -> pendulum.DateTime:
    return pendulum.instance(dt.datetime.fromisoformat(text)).in_timezone("UTC")


@pytest.mark.parametrize(
    "entry", CORPUS, ids=[f"{i}-{e['language']}-{e['text'][:30]}" for i, e in enumerate(CORPUS)]
)
def test_real_deadline_statements_read_as_decided(entry: dict[str, Any]) -> None:
    """Each collected statement gives the fields, instant and conflicts decided, or its refusal."""
    if entry["refused"] is not None:
        with pytest.raises(DeadlineError, match="cannot read the deadline") as caught:
            parse_deadline(entry["text"], **_arguments(entry))
        assert [] == [part for part in entry["refused"] if part not in str(caught.value)]
        return
    expected = entry["expected"]
    deadline = parse_deadline(entry["text"], **_arguments(entry))
    assert (
        expected["date"],
        expected["time"],
        expected["utc_offset_minutes"],
        expected["abbreviation"],
        expected["zone"],
        expected["place"],
    ) == (
        deadline.date.isoformat(),
        None if deadline.time is None else deadline.time.isoformat(),
        deadline.utc_offset_minutes,
        deadline.abbreviation,
        deadline.zone,
        deadline.place,
    )
    assert _utc(expected["instant"]) == deadline.instant
    assert [_utc(c) for c in expected["conflicts"]] == [c.instant for c in deadline.conflicts]


@pytest.mark.parametrize(
    ("entry", "name"),
    [(e, name) for e in CORPUS for name in e["arguments"]],
    ids=[f"{e['text'][:30]}-{name}" for e in CORPUS for name in e["arguments"]],
)
def test_every_argument_the_corpus_passes_is_needed(entry: dict[str, Any], name: str) -> None:
    """Without any one of the keyword arguments an entry passes, its text is refused."""
    arguments = {k: v for k, v in _arguments(entry).items() if k != name}
    with pytest.raises(DeadlineError):
        parse_deadline(entry["text"], **arguments)


def test_the_corpus_keeps_its_sources_and_decisions() -> None:
    """Every entry cites the page it was read on and says why it reads as it does."""
    assert [] == [e["text"] for e in CORPUS if not e["source"].startswith("http")]
    assert [] == [e["text"] for e in CORPUS if not e["decision"]]
    assert 56 == len(CORPUS)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (
            (
                "IMPORTANT NOTICE\\: Please note that Closure Date and Time displayed above are "
                "based on date and time settings of your personal device"
            ),
            "each reader's own time zone",
        ),
        (
            (
                "Closure Date: 25/Aug/2025, 11:59:00 PM. Closure Date and Time displayed above "
                "are based on date and time settings of your personal device"
            ),
            "each reader's own time zone",
        ),
        ("Closing Date: Closed", "no date"),
        (
            (
                "Jährlich werden etwa 40 Stellen ausgeschrieben (in der Regel im Februar, mit "
                "Fristen bis Mitte März)."
            ),
            "no date",
        ),
    ],
)
def test_collected_statements_that_are_not_deadlines_are_refused(text: str, problem: str) -> None:
    """FAO's device-time notice, "Closed" and "mid-March" are no deadline a model can hold."""
    with pytest.raises(DeadlineError, match=problem):
        parse_deadline(text)


# --- the wordings of the field ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "instant", "zone", "place"),
    [
        # The wordings in the languages announcements are written in.
        (
            "entro il 30 settembre 2024 alle ore 12:00 (ora di Roma)",
            "2024-09-30T10:00Z",
            "Europe/Rome",
            "Roma",
        ),
        (
            "10 mars 2026 à 18 h 00 (heure de Genève)",
            "2026-03-10T17:00Z",
            "Europe/Zurich",
            "Genève",
        ),
        (
            "10 de marzo de 2026, 18:00 (hora de Nueva York)",
            "2026-03-10T22:00Z",
            "America/New_York",
            "Nueva York",
        ),
        ("bis 10. März 2026, 18:00 Uhr MEZ", "2026-03-10T17:00Z", None, None),
        (
            "até 15 de maio de 2025, 23h59 (hora de Maputo)",
            "2025-05-15T21:59Z",
            "Africa/Maputo",
            "Maputo",
        ),
        (
            "10 марта 2026 г., 18:00 по московскому времени (UTC+3)",  # noqa: RUF001 - a Russian date writes its year "2026 g."
            "2026-03-10T15:00Z",
            "Europe/Moscow",
            "московскому",
        ),
        ("2026年3月10日18:00（日内瓦时间）", "2026-03-10T17:00Z", "Europe/Zurich", "日内瓦"),  # noqa: RUF001 - Chinese text uses fullwidth brackets
        ("10 مارس 2026، الساعة 18:00 بتوقيت جنيف", "2026-03-10T17:00Z", "Europe/Zurich", "جنيف"),
        # Countries, their adjectives and places.
        ("10 March 2026, 18:00 Kenya local time", "2026-03-10T15:00Z", "Africa/Nairobi", "Kenya"),
        ("10 March 2026, 18:00 Kenyan time", "2026-03-10T15:00Z", "Africa/Nairobi", "Kenya"),
        (
            "10 March 2026, 18:00 Switzerland time",
            "2026-03-10T17:00Z",
            "Europe/Zurich",
            "Switzerland",
        ),
        ("10 March 2026, 18:00 Swiss time", "2026-03-10T17:00Z", "Europe/Zurich", "Switzerland"),
        ("10 March 2026, 18:00 Dutch time", "2026-03-10T17:00Z", "Europe/Amsterdam", "Netherlands"),
        ("10 March 2026, 18:00 German time", "2026-03-10T17:00Z", "Europe/Berlin", "Germany"),
        ("10 March 2026, 18:00 UK time", "2026-03-10T18:00Z", "Europe/London", "UK"),
        ("10 mars 2026, 18 h (heure suisse)", "2026-03-10T17:00Z", "Europe/Zurich", "suisse"),
        (
            "10 marzo 2026, ore 18:00 (ora svizzera)",
            "2026-03-10T17:00Z",
            "Europe/Zurich",
            "svizzera",
        ),
        ("10 March 2026, 18:00 Geneva time", "2026-03-10T17:00Z", "Europe/Zurich", "Geneva"),
        (
            "10 March 2026, 18:00 (Geneva, Switzerland)",
            "2026-03-10T17:00Z",
            "Europe/Zurich",
            "Geneva, Switzerland",
        ),
        ("bis 10. März 2026, 17 Uhr (Ortszeit Genf)", "2026-03-10T16:00Z", "Europe/Zurich", "Genf"),
        (
            "10 March 2026, 18:00 New York time",
            "2026-03-10T22:00Z",
            "America/New_York",
            "New York",
        ),
        ("10 March 2026, 18:00 Kolkata time", "2026-03-10T12:30Z", "Asia/Kolkata", "Kolkata"),
        # Zone names and abbreviations.
        ("10 March 2026, 18:00 CET/CEST", "2026-03-10T17:00Z", "Europe/Paris", None),
        ("10 July 2026, 18:00 CET/CEST", "2026-07-10T16:00Z", "Europe/Paris", None),
        ("10 March 2026, 18:00 EAT", "2026-03-10T15:00Z", None, None),
        ("10 March 2026, 18:00 WAT", "2026-03-10T17:00Z", None, None),
        ("10 March 2026, 18:00 CAT", "2026-03-10T16:00Z", None, None),
        ("10 March 2026, 5 pm ET", "2026-03-10T21:00Z", "America/New_York", None),
        ("10 March 2026, 18:00 Eastern Time", "2026-03-10T22:00Z", "America/New_York", None),
        ("10 March 2026, 18:00 Central European Time", "2026-03-10T17:00Z", "Europe/Paris", None),
        ("10 March 2026, 18:00 West Africa Standard Time", "2026-03-10T17:00Z", None, None),
        ("10 March 2026, 18:00 Coordinated Universal Time", "2026-03-10T18:00Z", None, None),
        (
            "10 March 2026, 18:00 Horário de Brasília",
            "2026-03-10T21:00Z",
            "America/Sao_Paulo",
            None,
        ),
        # Portal and numeric formats.
        ("07-Oct-2025 11:59:00 PM (GMT+01:00)", "2025-10-07T22:59Z", None, None),
        ("25/Aug/2025, 11:59:00 PM UTC", "2025-08-25T23:59Z", None, None),
        ("10.03.2026 18:00 Geneva time", "2026-03-10T17:00Z", "Europe/Zurich", "Geneva"),
        ("2026-03-10 18:00 Geneva time", "2026-03-10T17:00Z", "Europe/Zurich", "Geneva"),
        ("10 March 2026, 12:00 noon (Geneva time)", "2026-03-10T11:00Z", "Europe/Zurich", "Geneva"),
        ("Tuesday 03/10/2026 18:00 UTC", "2026-03-10T18:00Z", None, None),
        ("30 September 2024, 24:00 CEST", "2024-09-30T22:00Z", None, None),
        ("10 mars 2026 à minuit (heure de Paris)", "2026-03-10T23:00Z", "Europe/Paris", "Paris"),
    ],
)
def test_wordings_of_the_field_resolve_to_the_instant_computed_by_hand(
    text: str, instant: str, zone: str | None, place: str | None
) -> None:
    """Each wording gives the instant a person computes, the named place's zone, no conflict."""
    deadline = parse_deadline(text)
    assert (_utc(instant), zone, place, ()) == (
        deadline.instant,
        deadline.zone,
        deadline.place,
        deadline.conflicts,
    )


def test_a_metazone_then_a_city_resolves_to_the_city_and_no_legacy_zone() -> None:
    """The WFP wording gives Bangui's zone, not Australia/West from the word "West"."""
    deadline = parse_deadline("3 September 2025-23:59-GMT+01:00 West Africa Standard Time (Bangui)")
    assert (60, "WAT", "Africa/Bangui", "Bangui", ()) == (
        deadline.utc_offset_minutes,
        deadline.abbreviation,
        deadline.zone,
        deadline.place,
        deadline.conflicts,
    )


@pytest.mark.parametrize("word", ["West", "North", "South", "East", "Standard"])
def test_words_of_a_phrase_name_no_zone(word: str) -> None:
    """ "West", "North"… name no place: no legacy zone such as Australia/West."""
    with pytest.raises(DeadlineError, match="no time zone"):
        parse_deadline(f"10 March 2026, 18:00 {word} time")


@pytest.mark.parametrize(
    ("word", "zone"),
    [
        ("Central", "America/Chicago"),
        ("Eastern", "America/New_York"),
        ("Pacific", "America/Los_Angeles"),
        ("Mountain", "America/Denver"),
    ],
)
def test_cldrs_generic_zone_names_give_their_listed_zone(word: str, zone: str) -> None:
    """ "Central Time" is CLDR's name of the US Central zone: Chicago, never US/Central."""
    assert zone == parse_deadline(f"10 March 2026, 18:00 {word} Time").zone


def test_a_zone_id_stated_exactly_is_kept_even_a_legacy_one() -> None:
    """A text that writes an IANA id keeps it, Australia/West included."""
    assert "Australia/West" == parse_deadline("10 March 2026, 18:00 Australia/West").zone
    assert "Europe/Zurich" == parse_deadline("10 March 2026, 18:00 (Europe/Zurich)").zone


@pytest.mark.parametrize(
    ("text", "zones"),
    [
        ("10 March 2026, 18:00 Brazil time", ("America/Sao_Paulo", "America/Manaus")),
        ("10 March 2026, 18:00 US time", ("America/New_York", "America/Los_Angeles")),
        ("10 March 2026, 18:00 Spanish time", ("Europe/Madrid", "Atlantic/Canary")),
    ],
)
def test_a_country_with_several_zones_is_an_error_that_names_them(
    text: str, zones: tuple[str, ...]
) -> None:
    """Brazil, the United States and Spain have zones that differ: the error lists them."""
    with pytest.raises(DeadlineError, match="several time zones that differ") as caught:
        parse_deadline(text)
    assert [] == [zone for zone in zones if zone not in str(caught.value)]


def test_a_country_whose_zones_agree_at_the_deadline_is_one_zone() -> None:
    """Germany lists Berlin and Büsingen (Zurich's rules): they agree, so Berlin's."""
    assert "Europe/Berlin" == parse_deadline("10 March 2026, 18:00 Germany time").zone


def test_places_in_different_zones_are_an_error() -> None:
    """Two places that disagree are refused rather than one picked."""
    with pytest.raises(DeadlineError, match="places in different time zones"):
        parse_deadline("10 March 2026, 18:00 New York time (Geneva time)")


def test_a_city_named_with_another_country_is_an_error() -> None:
    """Córdoba is Argentina's in CLDR: "Córdoba, Spain" is refused, not misread."""
    with pytest.raises(DeadlineError, match="Córdoba is in AR, not in Spain"):
        parse_deadline("10 March 2026, 18:00 (Córdoba, Spain)")


def test_a_job_title_place_is_not_the_deadlines_place() -> None:
    """ "Officer (Geneva)" is not tied to the time; "18:00 (Geneva)" is."""
    with pytest.raises(DeadlineError, match="no time zone"):
        parse_deadline("Programme Officer (Geneva), closing date 20 March 2026")
    assert "Europe/Zurich" == parse_deadline("20 March 2026 18:00 (Geneva)").zone


def test_an_unknown_place_where_one_belongs_is_named_in_the_error() -> None:
    """ "hora del centro del país" is no place CLDR knows: the error says so."""
    with pytest.raises(DeadlineError, match="'centro del país' names no place"):
        parse_deadline(
            "Hasta las 18:00 hrs. (hora del centro del país) del día 13 de febrero del 2017"
        )


# --- close of business, numeric dates, several statements ---------------------------------


def test_close_of_business_needs_the_issuers_hour() -> None:
    """COB is refused without a policy hour, and read as that hour with one."""
    with pytest.raises(DeadlineError, match="'close of business' names no hour"):
        parse_deadline("10 March 2026 COB Nairobi time")
    deadline = parse_deadline("10 March 2026 COB Nairobi time", close_of_business=dt.time(17))
    assert (pendulum.time(17), "Africa/Nairobi") == (deadline.time, deadline.zone)


def test_close_of_business_with_a_stated_time_takes_the_time() -> None:
    """ "17:00 (COB)" states its hour: no policy is needed."""
    assert pendulum.time(17) == parse_deadline("10 March 2026, 17:00 (COB) Nairobi time").time


@pytest.mark.parametrize(
    ("locale", "expected"),
    [("en_US", pendulum.date(2026, 3, 4)), ("en_GB", pendulum.date(2026, 4, 3)), ("fr", None)],
)
def test_the_locale_decides_a_numeric_date(locale: str, expected: pendulum.Date | None) -> None:
    """03/04/2026 is 4 March in en_US, 3 April in en_GB and in French."""
    deadline = parse_deadline("03/04/2026 18:00 UTC", locale=locale)
    assert (expected or pendulum.date(2026, 4, 3)) == deadline.date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Date limite : 04/02/2026 UTC", pendulum.date(2026, 2, 4)),  # French: day first
        ("Tuesday 03/10/2026 UTC", pendulum.date(2026, 3, 10)),  # only 10 March is a Tuesday
        ("Saturday 03/10/2026 UTC", pendulum.date(2026, 10, 3)),
        ("10.03.2026 UTC", pendulum.date(2026, 3, 10)),  # dots: day first in every locale
    ],
)
def test_the_text_decides_a_numeric_date(text: str, expected: pendulum.Date) -> None:
    """The language, a weekday or the dots settle the order of day and month."""
    assert expected == parse_deadline(text).date


@pytest.mark.parametrize("text", ["03/04/2026 UTC", "Closing Date 04-05-2025 UTC"])
def test_an_undecided_numeric_date_is_refused(text: str) -> None:
    """With nothing to settle it, a numeric date of two readings is refused."""
    with pytest.raises(DeadlineError, match="ambiguous \\(day/month or month/day\\)"):
        parse_deadline(text)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("October 24, 2025December 8, 2025 UTC", "several dates (2025-10-24, 2025-12-08)"),
        ("10 March 2026 18:00 UTC+1 / GMT+2", "several UTC offsets (UTC+1, UTC+2)"),
        ("10 March 2026 18:00 and 19:00 UTC", "several times"),
        ("10 March 2026 18:00 Eastern Time (Central European Time)", "several time zones"),
    ],
)
def test_statements_that_disagree_are_refused(text: str, problem: str) -> None:
    """Two dates, offsets, times or zones that differ are refused, not one picked."""
    with pytest.raises(DeadlineError, match=re.escape(problem)):
        parse_deadline(text)


def test_a_period_gives_its_last_day() -> None:
    """ "21-Jun-2019 to 23-Jan-2020" closes on 23 January 2020."""
    deadline = parse_deadline("Application period 21-Jun-2019 to 23-Jan-2020, midnight UTC")
    assert pendulum.date(2020, 1, 23) == deadline.date


def test_an_unreadable_text_says_what_it_found() -> None:
    """The error lists what was read, and says when no language the reader knows is there."""
    with pytest.raises(DeadlineError, match="found the date 2026-03-10, the time 18:00"):
        parse_deadline("10 March 2026, 18:00")
    with pytest.raises(DeadlineError, match="none of the languages the reader knows"):
        parse_deadline("Hakuaika päättyy huomenna")


def test_an_unknown_locale_is_a_value_error() -> None:
    """A locale name CLDR does not know is misuse, named as such."""
    with pytest.raises(ValueError, match="is not a locale CLDR knows"):
        parse_deadline("10 March 2026 UTC", locale="xx")


# --- CLDR's exemplar cities ---------------------------------------------------------------


def _listed_zones() -> frozenset[str]:
    """The zones tzdata's zone.tab and zone1970.tab list, read here as the oracle."""
    zones = set()
    for table in ("zone.tab", "zone1970.tab"):
        text = resources.files("tzdata").joinpath("zoneinfo", table).read_text(encoding="utf-8")
        zones |= {line.split("\t")[2] for line in text.splitlines() if line[:1] != "#"}
    return frozenset(zones)


LISTED = _listed_zones()
ENGLISH = _cldr.parse_locale("en")
CITIES = sorted(_cldr.exemplar_cities(ENGLISH).items())


@given(st.sampled_from(CITIES))
def test_every_exemplar_city_resolves_to_its_own_listed_zone(city_zone: tuple[str, str]) -> None:
    """ "… (CITY time)" gives the zone tz's tables list for CLDR's city, never an old alias.

    The place is the city; for a city CLDR names a zone after ("Azores Time") the text
    names the zone, and the place stays unset.
    """
    city, zone = city_zone
    deadline = parse_deadline(f"10 March 2026, 18:00 ({city} time)")
    assert zone == deadline.zone
    assert deadline.zone in LISTED
    assert deadline.place in {city, None}
    assert () == deadline.conflicts


# How each language ties a city to the time, as announcements write it.
WORDINGS = {
    "en": "10 March 2026, 18:00 ({} time)",
    "fr": "10 mars 2026, 18:00 (heure de {})",
    "es": "10 de marzo de 2026, 18:00 (hora de {})",
    "it": "10 marzo 2026, 18:00 (ora di {})",
    "de": "10. März 2026, 18:00 Uhr (Ortszeit {})",
    "pt": "10 de março de 2026, 18:00 (hora de {})",
    "ru": "10 марта 2026 г., 18:00 ({})",  # noqa: RUF001 - a Russian date writes its year "2026 g."
    "zh": "2026年3月10日 18:00（{}时间）",  # noqa: RUF001 - Chinese text uses fullwidth brackets
    "ar": "10 مارس 2026، 18:00 (بتوقيت {})",
}
CITIES_IN_EVERY_LANGUAGE = [
    (language, city, zone)
    for language in WORDINGS
    for city, zone in sorted(_cldr.exemplar_cities(_cldr.parse_locale(language)).items())
    if "(" not in city  # "هيبرون (مدينة الخليل)": a bracket inside the bracket
]


@given(st.sampled_from(CITIES_IN_EVERY_LANGUAGE))
def test_exemplar_cities_resolve_in_the_language_they_are_written_in(
    language_city_zone: tuple[str, str, str],
) -> None:
    """ "heure de Genève", "hora de Nueva York", "纽约时间": CLDR's cities in each language."""
    language, city, zone = language_city_zone
    deadline = parse_deadline(WORDINGS[language].format(city))
    assert zone == deadline.zone
    assert () == deadline.conflicts


SEATS = sorted(
    (zone, name)
    for zone, names in parsing._SEATS_NAMED_AFTER_ANOTHER_CITY.items()
    for name in names
)


@pytest.mark.parametrize(("zone", "seat"), SEATS)
def test_seats_of_governments_and_un_offices_give_their_zone(zone: str, seat: str) -> None:
    """ "Bonn time", "heure de La Haye": a seat CLDR does not name gives its country's zone."""
    deadline = parse_deadline(f"15 March 2026, 17:00 {seat} time")
    assert (zone, seat) == (deadline.zone, deadline.place)


@pytest.mark.parametrize("zone", sorted(parsing._SEATS_NAMED_AFTER_ANOTHER_CITY))
def test_each_seats_zone_is_a_listed_zone_a_deadline_accepts(zone: str) -> None:
    """The table names tz's listed zones only, never an alias, and each is in the snapshot."""
    assert zone == _cldr.canonical_zone(zone)
    assert zone in _code_lists.time_zone_names()


@pytest.mark.parametrize(
    ("text", "instant"),
    [
        ("15 mars 2026 à 17 h (heure de La Haye)", "2026-03-15T16:00:00+00:00"),
        ("15 de marzo de 2026, 17:00 hora de Ciudad de Panamá", "2026-03-15T22:00:00+00:00"),
        ("15 marzo 2026 ore 17:00 ora di Torino", "2026-03-15T16:00:00+00:00"),
        ("10 July 2026, 11:59 pm (Washington DC time)", "2026-07-11T03:59:00+00:00"),
        ("10 July 2026, 23:59 (Bonn, Germany)", "2026-07-10T21:59:00+00:00"),
        ("10 July 2026, 5 pm New Delhi time", "2026-07-10T11:30:00+00:00"),
        ("2026年3月15日17:00\uff08北京时间\uff09", "2026-03-15T09:00:00+00:00"),
        ("15 марта 2026 года, 17:00 по пекинскому времени", "2026-03-15T09:00:00+00:00"),
        ("15 مارس 2026، الساعة 17:00 بتوقيت بكين", "2026-03-15T09:00:00+00:00"),
    ],
)
def test_seats_in_other_languages_and_summer_time(text: str, instant: str) -> None:
    """The seats read in the UN's languages and Italian, and keep their zone's summer time."""
    assert instant == parse_deadline(text).instant.isoformat()


def test_washington_alone_is_not_read_as_the_capital() -> None:
    """ "Washington" without "DC" could be the state: the reader does not guess."""
    with pytest.raises(DeadlineError, match="no time zone"):
        parse_deadline("15 March 2026, 17:00 Washington time")


@pytest.mark.parametrize(
    ("text", "offset"),
    [
        # "23:59 CEST (UTC/GMT +2)": ZEF Bonn's scholarship deadlines (www.zef.de), with a year.
        ("31 August 2026, 23:59 CEST (UTC/GMT +2)", 120),
        ("20 March 2026 23:59 GMT/UTC-5", -300),
        ("20 March 2026 23:59 (UTC / GMT+1)", 60),
    ],
)
def test_one_offset_written_under_both_names_is_one_offset(text: str, offset: int) -> None:
    """ "UTC/GMT +2" states one offset, not UTC and UTC+2."""
    assert offset == parse_deadline(text).utc_offset_minutes


@pytest.mark.parametrize(
    ("text", "zone", "instant"),
    [
        (
            "Application deadline is 15 March 2026 at 23:59 Central European Time (CET/CEST)",
            "Europe/Paris",
            "2026-03-15T22:59:00+00:00",
        ),
        (
            "15 July 2026, 23:59 Central European Time (CET/CEST)",
            "Europe/Paris",
            "2026-07-15T21:59:00+00:00",
        ),
        (
            "15 March 2026 at 23:59 Eastern Time (EST/EDT)",
            "America/New_York",
            "2026-03-16T03:59:00+00:00",
        ),
    ],
)
def test_a_zones_name_and_its_pair_of_abbreviations_are_one_zone(
    text: str, zone: str, instant: str
) -> None:
    """ "Central European Time (CET/CEST)" restates one time: read, in summer too."""
    deadline = parse_deadline(text)
    assert (zone, instant) == (deadline.zone, deadline.instant.isoformat())


def test_a_zones_name_and_another_zones_pair_are_refused() -> None:
    """ "Pacific Time (EST/EDT)" names two times: refused, not guessed, naming both as written."""
    with pytest.raises(DeadlineError, match=r"several time zones \('Pacific Time', 'EST/EDT'\)"):
        parse_deadline("15 March 2026 at 23:59 Pacific Time (EST/EDT)")
