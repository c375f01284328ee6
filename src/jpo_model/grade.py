"""Grade and step of a post (P1, P2, P3 …), and the alternatives an announcement may offer."""

from __future__ import annotations

import enum
import re
from collections.abc import Iterator

import attrs

from jpo_model._model import Model, checks, in_range, non_empty, problem, text
from jpo_model.errors import ErrorDetail, ValidationError

__all__ = ["Grade", "GradeLevel", "GradeOffer"]


class GradeLevel(enum.Enum):
    """UN common-system professional and director levels."""

    P1 = "P1"
    P2 = "P2"
    P3 = "P3"
    P4 = "P4"
    P5 = "P5"
    D1 = "D1"
    D2 = "D2"


# Steps per level in the UN salary scale (Staff Regulations, Annex I): the highest is 15
# (P1-P3) and fewer above; 15 is the library-wide ceiling.
MAX_STEP = 15

_GRADE_TEXT = re.compile(
    r"^\s*([PD])\s*[-.]?\s*(\d)\s*(?:,?\s*step\s*(\d{1,2}))?\s*$", re.IGNORECASE | re.ASCII
)


@attrs.frozen(kw_only=True)
class Grade(Model):
    """A grade level with an optional step, e.g. P2 step 1."""

    level: GradeLevel
    """The level, e.g. ``GradeLevel.P2``."""
    step: int | None = attrs.field(default=None, metadata=checks(in_range(1, MAX_STEP)))
    """The step within the level, if the announcement states one."""

    @classmethod
    def from_text(cls, wording: str) -> Grade:
        """Read a grade as announcements write it: "P2", "P-2", "P.2", "P2 step 1".

        >>> Grade.from_text("P-2 step 1")
        Grade(level=<GradeLevel.P2: 'P2'>, step=1)
        """
        match = _GRADE_TEXT.match(wording)
        levels = {level.value: level for level in GradeLevel}
        level = levels.get(f"{match[1].upper()}{match[2]}") if match else None
        if match is None or level is None:
            raise ValidationError.single("", "is not a grade such as P2 or P-2 step 1", wording)
        return cls(level=level, step=int(match[3]) if match[3] else None)

    def __str__(self) -> str:
        return self.level.value if self.step is None else f"{self.level.value} step {self.step}"


@attrs.frozen(kw_only=True)
class GradeOffer(Model):
    """The grade a post is offered at: one grade, or alternatives such as "P2 step 1 or P1 step 1".

    Steps rise yearly with satisfactory service (UN Staff Regulations Annex I para. 4);
    ``step_in_first_year`` records wordings such as "P2 step 1 in the first year".
    """

    options: tuple[Grade, ...] = attrs.field(metadata=checks(non_empty))
    """The grades offered, preferred first."""
    step_in_first_year: bool = False
    """The stated step applies to the first year only (it rises with service)."""
    wording: str | None = attrs.field(default=None, metadata=checks(text))
    """The grade as the announcement wrote it."""

    def _invariants(self) -> Iterator[ErrorDetail]:
        if len(set(self.options)) != len(self.options):
            yield problem("must not list the same grade twice", self.options, "options")

    @property
    def grade(self) -> Grade:
        """The first (preferred) grade offered."""
        return self.options[0]

    def __str__(self) -> str:
        return " or ".join(str(g) for g in self.options)
