"""Reading TOPIC from an announcement (filled in by its owner)."""

from __future__ import annotations

from collections.abc import Iterator

from jpo_model.reading._claims import Announcement, Claim, Inference

__all__ = ["read"]


def read(announcement: Announcement) -> Iterator[Claim | Inference]:
    """The claims this reader makes about announcement."""
    del announcement
    return iter(())
