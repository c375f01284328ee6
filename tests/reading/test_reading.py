"""Reading an announcement: a valid post, every field with evidence, the rest reported."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jpo_model import ValidationError
from jpo_model.reading import Passage, ReadingError, read_announcement

SEEDS = Path(__file__).parents[3] / "shared" / "seeds"

TOR = """\
TERMS OF REFERENCE 23P302
Title: Gender & PSEA Officer
Organization/Office: United Nations / Resident Coordinator System (RCS)
Duty Station: Phnom Penh, Cambodia
The office is located in a building with a garden.
"""


def test_every_field_read_has_its_evidence() -> None:
    """Each placed field names the passage it came from, with its line numbers."""
    reading = read_announcement(TOR)
    assert [Passage(text="Duty Station: Phnom Penh, Cambodia", first_line=4, last_line=4)] == list(
        reading.evidence("duty_station.city")
    )
    assert 1 == reading.evidence("reference.number")[0].first_line
    assert reading.evidence("organisation") == reading.evidence("organisation.units")


def test_a_field_the_reader_did_not_set_has_no_evidence() -> None:
    """Asking for the evidence of an unset field is a KeyError, not an empty answer."""
    with pytest.raises(KeyError):
        read_announcement(TOR).evidence("grade")


def test_what_no_field_holds_is_reported_with_its_lines() -> None:
    """A sentence the reader cannot place is unplaced, never dropped."""
    reading = read_announcement(TOR)
    assert [(5, "The office is located in a building with a garden.")] == [
        (p.first_line, p.text) for p in reading.unplaced
    ]


def test_every_line_is_evidence_or_unplaced_or_a_heading() -> None:
    """No passage of a seed is lost: each line is placed, unplaced or a section heading."""
    for seed in sorted(SEEDS.glob("*.txt")):
        reading = read_announcement(seed)
        covered: set[int] = set()
        for passages in reading.placed.values():
            for p in passages:
                covered.update(range(p.first_line, p.last_line + 1))
        for p in reading.unplaced:
            covered.update(range(p.first_line, p.last_line + 1))
        from jpo_model.reading.sections import is_heading  # noqa: PLC0415
        from jpo_model.reading.source import load_source  # noqa: PLC0415

        lines = load_source(seed).lines
        missing = [
            line.number for line in lines if line.number not in covered and not is_heading(line)
        ]
        assert [] == missing, seed.name


def test_assumptions_say_what_was_inferred() -> None:
    """The zone comes from the duty station, and the reading says so."""
    reading = read_announcement(TOR)
    zone = [a for a in reading.assumptions if a.path == "duty_station.time_zone"]
    assert 1 == len(zone)
    assert "Asia/Phnom_Penh" in zone[0].statement
    assert "Asia/Phnom_Penh" == reading.post.duty_station.time_zone  # type: ignore[union-attr]


def test_a_value_the_post_refuses_is_reported_not_forced_in() -> None:
    """A claim that would make the post invalid is dropped and its line noted."""
    from jpo_model.reading import reading as module  # noqa: PLC0415
    from jpo_model.reading._claims import Claim  # noqa: PLC0415
    from jpo_model.reading.source import Line  # noqa: PLC0415

    line = Line(number=7, text="See: not a web address")
    original = module._READERS
    module._READERS = (
        *original,
        lambda _: iter(
            [Claim(path=("resource_urls",), value=["not a web address"], lines=(line,))]
        ),
    )
    try:
        reading = read_announcement(TOR + "\nSee: not a web address\n")
    finally:
        module._READERS = original
    assert () == reading.post.resource_urls
    assert any(p.note and "resource_urls" in p.note for p in reading.unplaced)


def test_a_text_without_a_title_or_organisation_is_no_announcement() -> None:
    """A shopping list cannot be read as an announcement: ReadingError, a ValueError."""
    with pytest.raises(ReadingError, match="not read as an announcement"):
        read_announcement("milk\neggs\nbread\n")
    assert issubclass(ReadingError, ValueError)
    assert not issubclass(ReadingError, ValidationError)


def test_reading_is_deterministic() -> None:
    """The same input gives the same reading."""
    seed = SEEDS / "002_79a711115a296add.txt"
    assert read_announcement(seed) == read_announcement(seed)


def test_a_path_given_as_text_and_as_a_path_read_the_same() -> None:
    """A str naming a file reads the file."""
    seed = SEEDS / "000_a23a2f03c1031300.txt"
    assert read_announcement(seed) == read_announcement(str(seed))


def test_the_locale_given_is_not_an_assumption() -> None:
    """With locale, the language is stated by the caller, not inferred."""
    reading = read_announcement(TOR, locale="en")
    assert "language" not in [a.path for a in reading.assumptions]
    assert "language" in [a.path for a in read_announcement(TOR).assumptions]


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=400))
def test_any_text_gives_a_reading_or_a_reading_error(text: str) -> None:
    """Only ReadingError escapes, whatever the text (hostile input stays bounded)."""
    try:
        reading = read_announcement(text or "x")
    except ReadingError:
        return
    assert reading.post.title


@settings(max_examples=30, deadline=None)
@given(st.lists(st.sampled_from(TOR.splitlines()), min_size=2, max_size=12))
def test_any_arrangement_of_real_lines_reads_to_a_valid_post_or_refuses(lines: list[str]) -> None:
    """Shuffled, repeated lines of a real ToR read without an error other than ReadingError."""
    try:
        reading = read_announcement("\n".join(lines))
    except ReadingError:
        return
    assert reading.post.title


@pytest.mark.parametrize(
    "text",
    [
        "a" * 20_000,
        "Title: x\n" * 2_000,
        "Title: JPO\nAgency: UNDP\n" + "Closing date: 10 March 2026 6pm EST\n" * 500,
        "Title: JPO\nAgency: UNDP\nDuty Station: " + "A, " * 5_000,
        "<!DOCTYPE html><html>" + "<div>" * 5_000 + "</html>",
        "Job description for a " + "x " * 5_000,
    ],
    ids=["long line", "labels", "deadlines", "places", "nesting", "job description"],
)
def test_hostile_sources_read_or_refuse_with_a_reading_error(text: str) -> None:
    """Sources that repeat what the readers look for give a reading or a ReadingError."""
    try:
        reading = read_announcement(text)
    except ReadingError:
        return
    assert reading.post.title


def test_a_text_repeating_its_deadline_reads_only_the_first_statements() -> None:
    """Thousands of deadline statements: a dozen are read, the rest stay unplaced."""
    reading = read_announcement(
        "Title: JPO\nAgency: UNDP\n" + "Closing date: 10 March 2026 6pm EST\n" * 40
    )
    assert 11 == len(reading.post.deadline_restatements)
    assert reading.unplaced
