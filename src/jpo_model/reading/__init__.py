"""Reading announcements (terms of reference, vacancy pages, Word documents) into posts.

`read_announcement` returns a `Reading`: the `Post` built from what the text states, the
evidence of each field, the passages no field holds and what was inferred. This folder is
a boundary: it sits on the post and its parts, the deadline reader and the loader.
"""

from __future__ import annotations

from jpo_model.reading.reading import Assumption, Passage, Reading, read_announcement
from jpo_model.reading.source import Format, ReadingError

__all__ = ["Assumption", "Format", "Passage", "Reading", "ReadingError", "read_announcement"]
