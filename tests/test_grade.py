"""Grades and grade offers (`jpo_model.grade`)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jpo_model import Grade, GradeLevel, GradeOffer, ValidationError
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
