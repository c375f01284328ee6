"""Strategies for learning outcomes, elements, training components and dated events."""

from __future__ import annotations

import pendulum
from hypothesis import strategies as st
from hypothesis.strategies import SearchStrategy

from jpo_model.learning import Learning, LearningEvent
from jpo_model.strategies._primitives import (
    builds_joint,
    country_codes,
    date_ranges,
    dates,
    led_by,
    optional,
    pick,
    texts,
    tuples,
)


def learning_events(  # noqa: PLR0913 - one keyword per field of the model
    *,
    name: SearchStrategy[str] | None = None,
    start: SearchStrategy[pendulum.Date] | None = None,
    end: SearchStrategy[pendulum.Date] | None = None,
    provider: SearchStrategy[str | None] | None = None,
    city: SearchStrategy[str | None] | None = None,
    country: SearchStrategy[str | None] | None = None,
) -> SearchStrategy[LearningEvent]:
    """Dated learning events whose window never ends before it starts.

    Whichever of ``start`` and ``end`` the caller fixes, the other is drawn to match.
    """
    if start is not None and end is None:
        window = led_by(
            "start", start, lambda s: st.fixed_dictionaries({"end": dates(min_value=s)})
        )
    elif start is None and end is not None:
        window = led_by("end", end, lambda e: st.fixed_dictionaries({"start": dates(max_value=e)}))
    elif start is not None and end is not None:
        window = st.fixed_dictionaries({"start": start, "end": end})
    else:
        window = date_ranges().map(lambda pair: {"start": pair[0], "end": pair[1]})
    return builds_joint(
        LearningEvent,
        window,
        name=pick(name, texts()),
        provider=pick(provider, optional(texts())),
        city=pick(city, optional(texts())),
        country=pick(country, optional(country_codes())),
    )


def learning(
    *,
    outcomes: SearchStrategy[tuple[str, ...]] | None = None,
    elements: SearchStrategy[tuple[str, ...]] | None = None,
    training_components: SearchStrategy[tuple[str, ...]] | None = None,
    events: SearchStrategy[tuple[LearningEvent, ...]] | None = None,
) -> SearchStrategy[Learning]:
    """The learning side of an assignment, each list empty or holding a few items."""
    return st.builds(
        Learning,
        outcomes=pick(outcomes, tuples(texts())),
        elements=pick(elements, tuples(texts())),
        training_components=pick(training_components, tuples(texts())),
        events=pick(events, tuples(learning_events())),
    )
