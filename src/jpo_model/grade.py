"""Grade and step of a post (P1, P2, P3 …), and the alternatives an announcement may offer."""

from __future__ import annotations

import enum
import re
from collections.abc import Iterator

import attrs

from jpo_model._model import Model, checks, in_range, non_empty, problem, text
from jpo_model.errors import ErrorDetail, ValidationError

__all__ = ["Grade", "GradeLevel", "GradeOffer", "parse_grade"]


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


# A grade inside other text: a capital P or D, an optional hyphen, dot or space, one digit,
# and an optional step; never part of a longer word or number (not "UNDP-2", nor "P22").
_GRADE_IN_TEXT = re.compile(
    r"(?<![A-Za-z0-9])([PD])\s*[-.]?\s*([0-9])(?![0-9])"
    r"(?:\s*,?\s*(?i:step)\s*([0-9]{1,2})(?![0-9]))?",
    re.ASCII,
)
_FIRST_YEAR = re.compile(r"\bin\s+the\s+first\s+year\b", re.IGNORECASE | re.ASCII)
# Workforce levels of agencies' own contract scales (UNOPS ICS, IICA, LICA): one level of
# these covers several contract types (ICS-9 is also NO-B), so alone it names no UN grade.
_AGENCY_LEVEL = re.compile(r"(?<![A-Za-z])(?:ICS|I-?ICA|LICA)\s*-?\s*[0-9]", re.ASCII)


def parse_grade(wording: str) -> GradeOffer:
    """Read the grade a post is offered at, as announcements write it.

    Every UN grade the wording names becomes an option, in the order written, each once:

    - "P2", "P-2", "P.2", "P 2", and "D-1": the notations UN announcements use (seeds
      2340 and 2212: "Grade: P2"; the domain notes: "P2", "P-2", "P.2");
    - "P2 step 1 in the first year": a step, and ``step_in_first_year`` (seed 25P153);
    - a grade inside a phrase: "Junior level - P-2";
    - options: "P1/P2", "P2 step 1 or P1 step 1";
    - an agency's own workforce level with its UN equivalent: UNOPS vacancies write their
      ICS level with the contract levels it stands for, "ICS10 (IICA2-P3-LICA10-NOC)" or
      "ICS-11: P4 FTA / P4 TA / I-ICA 3" (https://jobs.unops.org): the P grade is read.

    A grade in a phrase must be written with a capital P or D; a wording that is only a
    grade may be in lower case ("p-2"). Raises `ValidationError` (a `ValueError`) for a
    wording that names no UN grade, a grade level that does not exist ("P6", "D3"), or only
    an agency's level ("ICS10" alone: one ICS level covers several contract types, so it
    is never guessed).

    >>> [str(g) for g in parse_grade("ICS10 (IICA2-P3-LICA10-NOC)").options]
    ['P3']
    >>> offer = parse_grade("P2 step 1 in the first year")
    >>> str(offer), offer.step_in_first_year
    ('P2 step 1', True)
    >>> str(parse_grade("P1/P2"))
    'P1 or P2'
    """
    text = wording.strip()
    # A wording that is one grade alone may be in any case; in a phrase, only capitals.
    searched = text.upper() if _GRADE_TEXT.match(text) else text
    levels = {level.value: level for level in GradeLevel}
    options: list[Grade] = []
    for match in _GRADE_IN_TEXT.finditer(searched):
        level = levels.get(f"{match[1]}{match[2]}")
        if level is None:
            raise ValidationError.single(
                "", f"names {match[0]!r}, which is not a grade level (P1 to P5, D1, D2)", wording
            )
        grade = Grade(level=level, step=int(match[3]) if match[3] else None)
        if grade not in options:
            options.append(grade)
    if not options:
        message = (
            "names an agency's workforce level but no UN grade (such as P3) it stands for"
            if _AGENCY_LEVEL.search(text)
            else "names no grade such as P2, P-2 or P2 step 1"
        )
        raise ValidationError.single("", message, wording)
    return GradeOffer(
        options=tuple(options),
        step_in_first_year=_FIRST_YEAR.search(text) is not None,
        wording=text,
    )
