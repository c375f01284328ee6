"""Grades and grade offers (`jpo_model.grade`)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jpo_model import Grade, GradeLevel, GradeOffer, ValidationError
from jpo_model.grade import parse_grade
from jpo_model.strategies import grade_offers, grades

P2_STEP_1 = Grade(level=GradeLevel.P2, step=1)


@pytest.mark.parametrize(
    ("wording", "expected"),
    [
        ("P2", Grade(level=GradeLevel.P2)),
        ("P-2", Grade(level=GradeLevel.P2)),
        ("P.2", Grade(level=GradeLevel.P2)),
        ("P 2", Grade(level=GradeLevel.P2)),
        ("p2", Grade(level=GradeLevel.P2)),
        ("P2 step 1", P2_STEP_1),
        ("P-2, step 1", P2_STEP_1),
        (" P2 Step 1 ", P2_STEP_1),
        ("P3 step 12", Grade(level=GradeLevel.P3, step=12)),
        ("D-1", Grade(level=GradeLevel.D1)),
    ],
)
def test_from_text_reads_announcement_wordings(wording: str, expected: Grade) -> None:
    """ "P2", "P-2", "P.2" and "P2 step 1" all read as grades."""
    assert expected == Grade.from_text(wording)


@pytest.mark.parametrize(
    "wording",
    ["", "P", "P22", "P2 step", "G5", "P1/P2", "P9", "D3", "P٢", "P2 step 1 extra", "step 1"],
)
def test_from_text_refuses_other_text(wording: str) -> None:
    """Text that is not one grade (unknown levels and non-ASCII digits included) is refused."""
    with pytest.raises(ValidationError) as caught:
        Grade.from_text(wording)
    assert [("", "is not a grade such as P2 or P-2 step 1", wording)] == [
        (e.path, e.message, e.value) for e in caught.value.errors
    ]


@pytest.mark.parametrize(
    ("step", "message"), [(0, "must be between 1 and 15"), (16, "must be between 1 and 15")]
)
def test_steps_run_from_1_to_15(step: int, message: str) -> None:
    """A step outside the salary scale is refused, also when read from text."""
    with pytest.raises(ValidationError) as caught:
        Grade.from_text(f"P2 step {step}")
    assert [("step", message)] == [(e.path, e.message) for e in caught.value.errors]


def test_grade_text() -> None:
    """A grade prints as the announcement writes it."""
    assert ("P2", "P2 step 1") == (str(Grade(level=GradeLevel.P2)), str(P2_STEP_1))


@given(grades())
def test_a_grade_reads_back_from_its_text(grade: Grade) -> None:
    """``from_text`` inverts ``str`` for every grade."""
    assert grade == Grade.from_text(str(grade))


@given(grades(), st.sampled_from(["{}", "{} ", " {}"]))
def test_dashes_and_dots_are_optional(grade: Grade, spacing: str) -> None:
    """ "P-2" and "P.2" read as "P2", with surrounding spaces ignored."""
    level = grade.level.value
    for wording in (level[0] + "-" + level[1:], level[0] + "." + level[1:]):
        assert Grade(level=grade.level) == Grade.from_text(spacing.format(wording))


def test_offer_of_alternatives() -> None:
    """An offer lists alternatives, the preferred first."""
    p1 = Grade(level=GradeLevel.P1, step=1)
    offer = GradeOffer(
        options=(P2_STEP_1, p1), step_in_first_year=True, wording="P2 step 1 or P1 step 1"
    )
    assert P2_STEP_1 == offer.grade
    assert "P2 step 1 or P1 step 1" == str(offer)


def test_offer_needs_a_grade() -> None:
    """An offer of nothing is refused."""
    with pytest.raises(ValidationError) as caught:
        GradeOffer(options=())
    assert [("options", "must not be empty")] == [(e.path, e.message) for e in caught.value.errors]


@given(grade_offers())
def test_an_offer_never_repeats_a_grade(offer: GradeOffer) -> None:
    """Repeating any offered grade is refused."""
    with pytest.raises(ValidationError) as caught:
        GradeOffer(options=(*offer.options, offer.options[-1]))
    assert [("options", "must not list the same grade twice")] == [
        (e.path, e.message) for e in caught.value.errors
    ]


P1, P2, P3, P4 = (
    Grade(level=level) for level in (GradeLevel.P1, GradeLevel.P2, GradeLevel.P3, GradeLevel.P4)
)


@pytest.mark.parametrize(
    ("wording", "options"),
    [
        ("P2", (P2,)),
        ("P-2", (P2,)),
        ("P.2", (P2,)),
        ("P 2", (P2,)),
        ("p-2", (P2,)),
        ("D-1", (Grade(level=GradeLevel.D1),)),
        ("Junior level - P-2", (P2,)),
        ("Grade: P2 (Junior Professional Officer)", (P2,)),
        ("P1/P2", (P1, P2)),
        ("P-1 / P-2", (P1, P2)),
        ("P2 step 1 or P1 step 1", (P2_STEP_1, Grade(level=GradeLevel.P1, step=1))),
        ("ICS10 (IICA2-P3-LICA10-NOC)", (P3,)),
        ("ICS-11: P4 FTA / P4 TA / I-ICA 3", (P4,)),
    ],
)
def test_parse_grade_reads_the_notations_agencies_write(
    wording: str, options: tuple[Grade, ...]
) -> None:
    """ "P-2", "P.2", "P 2", "Junior level - P-2", "P1/P2" and UNOPS's "ICS10
    (IICA2-P3-LICA10-NOC)" each read as the UN grades they name, in order, each once."""
    offer = parse_grade(wording)
    assert (options, False, wording) == (offer.options, offer.step_in_first_year, offer.wording)


def test_parse_grade_reads_a_step_in_the_first_year() -> None:
    """Seed 25P153: "P2 step 1 in the first year" is P2 step 1, rising with service."""
    assert GradeOffer(
        options=(P2_STEP_1,),
        step_in_first_year=True,
        wording="P2 step 1 in the first year",
    ) == parse_grade("P2 step 1 in the first year")


@pytest.mark.parametrize(
    ("wording", "message"),
    [
        ("", "names no grade such as P2, P-2 or P2 step 1"),
        ("Junior level", "names no grade such as P2, P-2 or P2 step 1"),
        ("G-5", "names no grade such as P2, P-2 or P2 step 1"),
        ("UNDP-2", "names no grade such as P2, P-2 or P2 step 1"),
        ("P22", "names no grade such as P2, P-2 or P2 step 1"),
        ("see p. 2", "names no grade such as P2, P-2 or P2 step 1"),
        ("P6", "names 'P6', which is not a grade level (P1 to P5, D1, D2)"),
        ("P3 or D3", "names 'D3', which is not a grade level (P1 to P5, D1, D2)"),
        ("ICS10", "names an agency's workforce level but no UN grade (such as P3) it stands for"),
        ("IICA-2", "names an agency's workforce level but no UN grade (such as P3) it stands for"),
    ],
)
def test_parse_grade_refuses_what_it_cannot_read(wording: str, message: str) -> None:
    """No grade, an unknown level, or an agency level alone ("ICS10") is refused, not guessed."""
    with pytest.raises(ValidationError) as caught:
        parse_grade(wording)
    assert isinstance(caught.value, ValueError)
    assert [("", message, wording)] == [(e.path, e.message, e.value) for e in caught.value.errors]


@given(grade_offers())
def test_parse_grade_reads_back_every_offer(offer: GradeOffer) -> None:
    """``parse_grade`` reads the options of any offer back from its text."""
    assert offer.options == parse_grade(str(offer)).options
