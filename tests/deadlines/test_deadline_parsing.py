"""Reading deadline wordings (domain.md §2 and variants) into `Deadline` values."""

from __future__ import annotations

import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st

from jpo_model import Deadline, DeadlineError, examples, parse_deadline

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
