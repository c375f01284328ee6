"""Learning outcomes, elements and dated events (`jpo_model.learning`)."""

from __future__ import annotations

import attrs
import pendulum
import pytest
from hypothesis import given

from jpo_model import Learning, LearningEvent, ValidationError
from jpo_model.strategies import learning_events

TURIN = LearningEvent(
    name="2026 JPO Orientation Programme",
    start=pendulum.Date(2026, 11, 9),
    end=pendulum.Date(2026, 11, 27),
    provider="United Nations System Staff College",
    city="Turin",
    country="IT",
)


def test_orientation_programme_window() -> None:
    """Seed 25P153: the Turin programme is a window from 9 to 27 November 2026."""
    learning = Learning(outcomes=("Will have gained experience in human rights",), events=(TURIN,))
    assert (pendulum.Date(2026, 11, 9), pendulum.Date(2026, 11, 27)) == (
        learning.events[0].start,
        learning.events[0].end,
    )


def test_a_one_day_event() -> None:
    """An event may start and end on the same day."""
    day = pendulum.Date(2026, 3, 10)
    assert day == attrs.evolve(TURIN, start=day, end=day).end


def test_an_event_never_ends_before_it_starts() -> None:
    """An end before the start is refused, naming the end."""
    with pytest.raises(ValidationError) as caught:
        attrs.evolve(TURIN, end=pendulum.Date(2026, 11, 8))
    assert [("end", "must not be before the start", "2026-11-08")] == [
        (e.path, e.message, e.value) for e in caught.value.errors
    ]


def test_event_fields_are_checked_together() -> None:
    """A bad country and a blank name are reported together."""
    with pytest.raises(ValidationError) as caught:
        attrs.evolve(TURIN, name="", country="ZZ")
    assert ["name", "country"] == [e.path for e in caught.value.errors]


def test_learning_lists_hold_text() -> None:
    """Outcomes, elements and training components are non-empty texts."""
    with pytest.raises(ValidationError) as caught:
        Learning(outcomes=("",), elements=(" x",), training_components=("ok", ""))
    assert ["outcomes[0]", "elements[0]", "training_components[1]"] == [
        e.path for e in caught.value.errors
    ]


@given(learning_events())
def test_swapping_a_longer_window_is_refused(event: LearningEvent) -> None:
    """Swapping the start and end of a window longer than a day is always refused."""
    if event.start == event.end:
        return
    with pytest.raises(ValidationError):
        attrs.evolve(event, start=event.end, end=event.start)
