"""Learning: what the JPO will have learnt, training components and dated learning events."""

from __future__ import annotations

from collections.abc import Iterator

import attrs
import pendulum

from jpo_model._model import Model, checks, country_code, each, problem, text
from jpo_model.errors import ErrorDetail

__all__ = ["Learning", "LearningEvent"]


@attrs.frozen(kw_only=True)
class LearningEvent(Model):
    """A dated learning event, e.g. the JPO Orientation Programme in Turin.

    The dates are a window (both inclusive) that may hold several editions of the event.
    """

    name: str = attrs.field(metadata=checks(text))
    """The event's name, e.g. "2026 JPO Orientation Programme"."""
    start: pendulum.Date
    """First day of the window."""
    end: pendulum.Date
    """Last day of the window (inclusive)."""
    provider: str | None = attrs.field(default=None, metadata=checks(text))
    """Who organises it, e.g. "United Nations System Staff College"."""
    city: str | None = attrs.field(default=None, metadata=checks(text))
    """Where it takes place."""
    country: str | None = attrs.field(default=None, metadata=checks(country_code))
    """ISO 3166 code of the country where it takes place."""

    def _invariants(self) -> Iterator[ErrorDetail]:
        if self.end < self.start:
            yield problem("must not be before the start", self.end.isoformat(), "end")


@attrs.frozen(kw_only=True)
class Learning(Model):
    """The learning side of a JPO assignment.

    ILO separates "training components" from "learning elements"; UN ToRs list what the
    JPO "will have" learnt on completion (``outcomes``).
    """

    outcomes: tuple[str, ...] = attrs.field(default=(), metadata=checks(each(text)))
    """What the JPO will have learnt or be able to do on completion."""
    elements: tuple[str, ...] = attrs.field(default=(), metadata=checks(each(text)))
    """Learning elements the programme offers."""
    training_components: tuple[str, ...] = attrs.field(default=(), metadata=checks(each(text)))
    """Training components (ILO)."""
    events: tuple[LearningEvent, ...] = ()
    """Dated learning events."""
