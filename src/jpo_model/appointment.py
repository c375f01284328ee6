"""Appointment terms: the initial duration and how a JPO assignment may be extended."""

from __future__ import annotations

import enum
from collections.abc import Iterator

import attrs

from jpo_model._model import MOST_MONTHS, Model, checks, in_range, problem, text
from jpo_model.errors import ErrorDetail

__all__ = ["AppointmentTerms", "ExtensionCondition", "ExtensionRule"]


class ExtensionCondition(enum.Enum):
    """What an extension is subject to.

    Seed 23P302: "priorities, availability of funds, and satisfactory performance"; UNDP
    JPO Service Centre job descriptions: "renewable at least once subject to satisfactory
    performance, recommendation by respective office and donor agreement".
    """

    PRIORITIES = "priorities"
    FUNDING = "funding"
    PERFORMANCE = "performance"
    DONOR_APPROVAL = "donor-approval"
    OFFICE_RECOMMENDATION = "office-recommendation"
    """The hosting office recommends the extension."""


@attrs.frozen(kw_only=True)
class ExtensionRule(Model):
    """How the initial appointment may be extended.

    "possible extension for another year": ``step_months=12, max_extensions=1``;
    "extend up to a maximum of 3 years": ``max_total_months=36``; "renewable at least
    once": ``min_extensions=1``.
    """

    step_months: int | None = attrs.field(default=None, metadata=checks(in_range(1, MOST_MONTHS)))
    """Length of one extension, if stated."""
    min_extensions: int | None = attrs.field(
        default=None, metadata=checks(in_range(1, MOST_MONTHS))
    )
    """How many extensions are offered at least ("renewable at least once": 1), if stated;
    each is still subject to the terms' conditions."""
    max_extensions: int | None = attrs.field(
        default=None, metadata=checks(in_range(1, MOST_MONTHS))
    )
    """How many extensions at most, if stated."""
    max_total_months: int | None = attrs.field(
        default=None, metadata=checks(in_range(1, MOST_MONTHS))
    )
    """The longest the whole assignment may last, initial period included, if stated."""

    def _invariants(self) -> Iterator[ErrorDetail]:
        low, high = self.min_extensions, self.max_extensions
        if low is not None and high is not None and high < low:
            yield problem("must not be below the minimum", high, "max_extensions")


@attrs.frozen(kw_only=True)
class AppointmentTerms(Model):
    """Duration of the assignment: initial months, renewability and extension rules."""

    initial_months: int = attrs.field(metadata=checks(in_range(1, MOST_MONTHS)))
    """Length of the initial appointment in months (usually 12)."""
    renewable: bool = False
    """The appointment may be renewed or extended."""
    extension: ExtensionRule | None = None
    """The limits on extensions, if the announcement states any."""
    extension_conditions: tuple[ExtensionCondition, ...] = ()
    """What each extension is subject to."""
    review_every_months: int | None = attrs.field(
        default=None, metadata=checks(in_range(1, MOST_MONTHS))
    )
    """Extensions are reviewed at this interval ("subject to yearly review": 12)."""
    wording: str | None = attrs.field(default=None, metadata=checks(text))
    """The duration as the announcement wrote it."""

    def _invariants(self) -> Iterator[ErrorDetail]:
        if self.extension is not None and not self.renewable:
            yield problem("an extension rule needs renewable terms", self.renewable, "renewable")
        ext = self.extension
        if (
            ext is not None
            and ext.max_total_months is not None
            and (ext.max_total_months < self.initial_months)
        ):
            yield problem(
                "the maximum total is shorter than the initial appointment",
                ext.max_total_months,
                "extension.max_total_months",
            )

    @property
    def max_total_months(self) -> int | None:
        """The longest possible assignment in months, if the terms bound it."""
        if not self.renewable:
            return self.initial_months
        ext = self.extension
        if ext is None:
            return None
        bounds = []
        if ext.max_total_months is not None:
            bounds.append(ext.max_total_months)
        if ext.step_months is not None and ext.max_extensions is not None:
            bounds.append(self.initial_months + ext.step_months * ext.max_extensions)
        return min(bounds) if bounds else None
