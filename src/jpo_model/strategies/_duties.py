"""Strategies for duties and responsibilities."""

from __future__ import annotations

from hypothesis import strategies as st
from hypothesis.strategies import SearchStrategy

from jpo_model.duties import Duties, DutyGroup
from jpo_model.strategies._primitives import optional, pick, texts, tuples


def duty_groups(
    *,
    duties: SearchStrategy[tuple[str, ...]] | None = None,
    heading: SearchStrategy[str | None] | None = None,
    intro: SearchStrategy[str | None] | None = None,
) -> SearchStrategy[DutyGroup]:
    """Groups of one to three duties, with or without a heading."""
    return st.builds(
        DutyGroup,
        duties=pick(duties, tuples(texts(), min_size=1, max_size=3)),
        heading=pick(heading, optional(texts())),
        intro=pick(intro, optional(texts())),
    )


def duties(
    *,
    groups: SearchStrategy[tuple[DutyGroup, ...]] | None = None,
    intro: SearchStrategy[str | None] | None = None,
    closing: SearchStrategy[str | None] | None = None,
) -> SearchStrategy[Duties]:
    """All duties of a post: one or two groups, an optional introduction and closing."""
    return st.builds(
        Duties,
        groups=pick(groups, tuples(duty_groups(), min_size=1, max_size=2)),
        intro=pick(intro, optional(texts())),
        closing=pick(closing, optional(texts())),
    )
