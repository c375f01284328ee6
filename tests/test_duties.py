"""Duties and responsibilities (`jpo_model.duties`)."""

from __future__ import annotations

import pytest
from hypothesis import given

from jpo_model import Duties, DutyGroup, ValidationError
from jpo_model.strategies import duties


def test_all_lists_duties_across_groups_in_order() -> None:
    """``all`` reads every duty in the announcement's order."""
    policy = DutyGroup(heading="Policy", duties=("Draft the strategy", "Review action plans"))
    outreach = DutyGroup(duties=("Organise events",))
    assert ("Draft the strategy", "Review action plans", "Organise events") == Duties(
        groups=(policy, outreach), intro="Under the supervision of the Chief:"
    ).all


def test_groups_and_duties_are_never_empty() -> None:
    """A post with duties has at least one group, and a group at least one duty."""
    with pytest.raises(ValidationError) as caught:
        Duties(groups=())
    assert ["groups"] == [e.path for e in caught.value.errors]
    with pytest.raises(ValidationError) as caught:
        DutyGroup(duties=())
    assert ["duties"] == [e.path for e in caught.value.errors]


def test_every_bad_text_is_reported_with_its_index() -> None:
    """Blank duties and headings are reported together, each with its path."""
    with pytest.raises(ValidationError) as caught:
        DutyGroup(duties=("Draft", " ", "Review "), heading="")
    assert [
        ("duties[1]", "must not be empty"),
        ("duties[2]", "must not start or end with whitespace"),
        ("heading", "must not be empty"),
    ] == [(e.path, e.message) for e in caught.value.errors]


@given(duties())
def test_all_counts_every_duty_once(drawn: Duties) -> None:
    """``all`` holds exactly the groups' duties, in order."""
    assert sum(len(g.duties) for g in drawn.groups) == len(drawn.all)
    assert drawn.groups[0].duties[0] == drawn.all[0]
