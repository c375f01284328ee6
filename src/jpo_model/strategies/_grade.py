"""Strategies for grades and the grade a post is offered at."""

from __future__ import annotations

from hypothesis import strategies as st
from hypothesis.strategies import SearchStrategy

from jpo_model.grade import MAX_STEP, Grade, GradeLevel, GradeOffer
from jpo_model.strategies._primitives import optional, pick, texts, tuples


def grades(
    *,
    level: SearchStrategy[GradeLevel] | None = None,
    step: SearchStrategy[int | None] | None = None,
) -> SearchStrategy[Grade]:
    """Grades at every level, with or without a step.

    >>> from hypothesis import given
    >>> @given(grades())
    ... def test_grades_read_back_from_their_text(grade):
    ...     assert Grade.from_text(str(grade)) == grade
    >>> test_grades_read_back_from_their_text()
    """
    return st.builds(
        Grade,
        level=pick(level, st.sampled_from(GradeLevel)),
        step=pick(step, optional(st.integers(1, MAX_STEP))),
    )


def grade_offers(
    *,
    options: SearchStrategy[tuple[Grade, ...]] | None = None,
    step_in_first_year: SearchStrategy[bool] | None = None,
    wording: SearchStrategy[str | None] | None = None,
) -> SearchStrategy[GradeOffer]:
    """Offers of one to three distinct grades."""
    return st.builds(
        GradeOffer,
        options=pick(options, tuples(grades(), min_size=1, max_size=3, unique=True)),
        step_in_first_year=pick(step_in_first_year, st.booleans()),
        wording=pick(wording, optional(texts())),
    )
