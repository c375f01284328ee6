"""Duty Travel and Training Allowance (DTTA) as an announcement states it.

DTTA (UN DESA) is the same concept as the Duty-related Travel and Training Allocation
(UNDP JPO Service Centre): an annual amount per contract year set by the donor.
"""

from __future__ import annotations

from collections.abc import Iterator

import attrs

from jpo_model._model import Model, checks, problem, text
from jpo_model.errors import ErrorDetail
from jpo_model.money import Money

__all__ = ["DttaAllowance"]


@attrs.frozen(kw_only=True)
class DttaAllowance(Model):
    """The DTTA stated on a post: an amount per contract year (seed 25P153: US$4,000)."""

    annual: Money
    """The amount per contract year."""
    purpose: str | None = attrs.field(default=None, metadata=checks(text))
    """What the allowance may be used for, as written."""

    def _invariants(self) -> Iterator[ErrorDetail]:
        if self.annual.amount < 0:
            yield problem("must not be negative", str(self.annual.amount), "annual.amount")
