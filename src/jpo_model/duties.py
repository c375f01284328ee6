"""Duties and responsibilities: ordered, optionally grouped under headings."""

from __future__ import annotations

import attrs

from jpo_model._model import Model, checks, each, non_empty, text

__all__ = ["Duties", "DutyGroup"]


@attrs.frozen(kw_only=True)
class DutyGroup(Model):
    """Duties under one heading (or none), in the announcement's order."""

    duties: tuple[str, ...] = attrs.field(metadata=checks(non_empty, each(text)))
    """The duties, one sentence or paragraph each."""
    heading: str | None = attrs.field(default=None, metadata=checks(text))
    """The group's heading, e.g. "Policy, strategy and action plan on gender mainstreaming"."""
    intro: str | None = attrs.field(default=None, metadata=checks(text))
    """Text between the heading and the duties, if any."""


@attrs.frozen(kw_only=True)
class Duties(Model):
    """All duties of a post: an introduction, groups of duties, and closing remarks."""

    groups: tuple[DutyGroup, ...] = attrs.field(metadata=checks(non_empty))
    """Groups in order; an ungrouped list is one group without heading."""
    intro: str | None = attrs.field(default=None, metadata=checks(text))
    """The sentence that introduces the duties ("Under the supervision of …")."""
    closing: str | None = attrs.field(default=None, metadata=checks(text))
    """Text after the list, if any."""

    @property
    def all(self) -> tuple[str, ...]:
        """Every duty in order, across groups."""
        return tuple(d for g in self.groups for d in g.duties)
