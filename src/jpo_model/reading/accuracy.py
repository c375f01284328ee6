"""How well a reading matches what an announcement states: precision and recall per fact.

A person who checks a reader wants two figures per kind of fact: of the facts the reader
set, how many are right (precision: a wrong fact misleads), and of the facts the text
states, how many the reader found (recall). `facts_of` writes the facts of a post that
these figures are counted on as plain values (a grade as ``["P2"]``, a deadline as its UTC
instant), so that a hand-checked list of expected facts can be written as JSON and
compared with any reading.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable, Mapping
from pathlib import Path
from typing import Any

import attrs

from jpo_model.posts import Post

__all__ = [
    "FACT_KINDS",
    "FactScore",
    "Score",
    "assumed_kinds",
    "checked_announcements",
    "facts_of",
    "prose_of",
    "prose_placed",
    "score",
]

FACT_KINDS = (
    "reference",
    "title",
    "document",
    "kind",
    "entity",
    "duty_station.country",
    "duty_station.city",
    "duty_station.time_zone",
    "duty_station.family_status",
    "grade",
    "sponsor.country",
    "appointment.initial_months",
    "appointment.max_total_months",
    "target_start",
    "eligibility.nationalities",
    "eligibility.age_limit",
    "deadline.date",
    "deadline",
    "dtta.annual",
    "education.minimum",
    "experience.minimum_years",
    "experience.maximum_years",
    "languages",
    "supervisors",
    "duties.count",
    "competencies.count",
    "skills.count",
    "learning.elements.count",
)
"""The kinds of fact counted, each written as `facts_of` writes it."""


def facts_of(post: Post) -> dict[str, Any]:  # noqa: C901, PLR0912 - one line per fact kind reads best
    """The facts of ``post`` counted by `score`, as JSON values (kinds the post lacks are absent).

    >>> from jpo_model import examples
    >>> facts = facts_of(examples.load("ohchr-25p153"))
    >>> facts["grade"], facts["deadline"], facts["dtta.annual"]
    (['P2'], '2026-03-10T23:00:00Z', '4000.00 USD')
    """
    facts: dict[str, Any] = {
        "title": post.title,
        "document": post.document.value,
        "kind": post.kind.value,
    }
    if post.reference is not None:
        facts["reference"] = post.reference.number
    entity = post.organisation.units[0]
    facts["entity"] = entity.abbreviation or entity.name
    station = post.duty_station
    if station is not None:
        facts["duty_station.country"] = station.country
        if station.city is not None:
            facts["duty_station.city"] = station.city
        if station.time_zone is not None:
            facts["duty_station.time_zone"] = station.time_zone
        if station.family_status.value != "not-stated":
            facts["duty_station.family_status"] = station.family_status.value
    if post.grade is not None:
        facts["grade"] = sorted({option.level.value for option in post.grade.options})
    if post.sponsor is not None and post.sponsor.country is not None:
        facts["sponsor.country"] = post.sponsor.country
    if post.appointment is not None:
        facts["appointment.initial_months"] = post.appointment.initial_months
        # The longest the terms allow, stated ("up to 36 months") or implied ("1 year, with
        # possible extension for another year": 24); terms that state no renewal bound nothing.
        most = post.appointment.max_total_months if post.appointment.renewable else None
        if most is not None:
            facts["appointment.max_total_months"] = most
    if post.target_start is not None and post.target_start.on is not None:
        facts["target_start"] = post.target_start.on.isoformat()
    rules = post.eligibility
    if rules is not None:
        if rules.nationality is not None:
            facts["eligibility.nationalities"] = sorted(rules.nationality.countries)
        if rules.age is not None:
            facts["eligibility.age_limit"] = rules.age.limit
    if post.deadline is not None:
        facts["deadline.date"] = post.deadline.date.isoformat()
        try:  # a date alone binds at the end of its day (the default deadline policy)
            instant = post.deadline.instant
        except ValueError:  # no zone, or a wall time a DST change skips
            instant = None
        if instant is not None:
            facts["deadline"] = instant.in_timezone("UTC").strftime("%Y-%m-%dT%H:%M:%SZ")
    if post.dtta is not None:
        facts["dtta.annual"] = f"{post.dtta.annual.amount} {post.dtta.annual.currency}"
    facts.update(_qualification_facts(post))
    if post.supervision is not None and post.supervision.lines:
        # The titles, once each: one position named in two reporting lines is one supervisor.
        facts["supervisors"] = sorted({line.position for line in post.supervision.lines})
    if post.duties is not None:
        facts["duties.count"] = sum(len(group.duties) for group in post.duties.groups)
    if post.learning is not None and post.learning.elements:
        facts["learning.elements.count"] = len(post.learning.elements)
    return facts


def _qualification_facts(post: Post) -> dict[str, Any]:
    facts: dict[str, Any] = {}
    qualifications = post.qualifications
    if qualifications is None:
        return facts
    education = qualifications.education
    if education is not None and education.minimum is not None:
        facts["education.minimum"] = education.minimum.value
    experience = qualifications.experience
    if experience is not None:
        if experience.minimum_years is not None:
            facts["experience.minimum_years"] = experience.minimum_years
        if experience.maximum_years is not None:
            facts["experience.maximum_years"] = experience.maximum_years
    if qualifications.languages:
        facts["languages"] = sorted(
            f"{language}:{requirement.level.value}:{requirement.necessity.value}"
            for requirement in qualifications.languages
            for language in requirement.languages
        )
    if qualifications.competencies is not None and qualifications.competencies.items:
        facts["competencies.count"] = len(qualifications.competencies.items)
    if qualifications.skills:
        facts["skills.count"] = len(qualifications.skills)
    return facts


_KIND_OF_PATH = {
    "organisation.units[0]": "entity",
    "duty_station.country": "duty_station.country",
    "duty_station.time_zone": "duty_station.time_zone",
    "duty_station.city": "duty_station.city",
    "document": "document",
    "kind": "kind",
    "title": "title",
    "deadline": "deadline",
}


def assumed_kinds(paths: Iterable[str]) -> frozenset[str]:
    """The fact kinds that fields set by assumption (their paths) stand for.

    >>> sorted(assumed_kinds(["duty_station.time_zone", "organisation.units[0]"]))
    ['duty_station.time_zone', 'entity']
    """
    return frozenset(_KIND_OF_PATH[p] for p in paths if p in _KIND_OF_PATH)


@attrs.frozen(kw_only=True)
class FactScore:
    """The counts of one kind of fact over one or more readings."""

    kind: str
    expected: int = 0
    """Facts of this kind the texts state."""
    read: int = 0
    """Facts of this kind the reader set."""
    right: int = 0
    """Facts the reader set with the stated value."""

    @property
    def precision(self) -> float | None:
        """Right over read (None when nothing was read)."""
        return self.right / self.read if self.read else None

    @property
    def recall(self) -> float | None:
        """Right over expected (None when nothing was expected)."""
        return self.right / self.expected if self.expected else None


@attrs.frozen(kw_only=True)
class Score:
    """Precision and recall per kind of fact, and over all kinds."""

    kinds: tuple[FactScore, ...]
    wrong: tuple[tuple[str, object, object], ...] = ()
    """Each fact read with another value than stated: (kind, expected, read)."""
    missed: tuple[tuple[str, object], ...] = ()
    """Each stated fact not read: (kind, expected)."""

    @property
    def precision(self) -> float:
        """Right over read, over every kind (1.0 when nothing was read)."""
        read = sum(k.read for k in self.kinds)
        return sum(k.right for k in self.kinds) / read if read else 1.0

    @property
    def recall(self) -> float:
        """Right over expected, over every kind (1.0 when nothing was expected)."""
        expected = sum(k.expected for k in self.kinds)
        return sum(k.right for k in self.kinds) / expected if expected else 1.0

    def __add__(self, other: Score) -> Score:
        by_kind = {k.kind: k for k in self.kinds}
        kinds = []
        for theirs in other.kinds:
            mine = by_kind.pop(theirs.kind, FactScore(kind=theirs.kind))
            kinds.append(
                FactScore(
                    kind=theirs.kind,
                    expected=mine.expected + theirs.expected,
                    read=mine.read + theirs.read,
                    right=mine.right + theirs.right,
                )
            )
        kinds.extend(by_kind.values())
        order = {kind: index for index, kind in enumerate(FACT_KINDS)}
        return Score(
            kinds=tuple(sorted(kinds, key=lambda k: order.get(k.kind, len(order)))),
            wrong=self.wrong + other.wrong,
            missed=self.missed + other.missed,
        )


def score(
    expected: Mapping[str, Any],
    read: Mapping[str, Any],
    *,
    kinds: Iterable[str] = FACT_KINDS,
    assumed: Collection[str] = (),
) -> Score:
    """Compare the facts a text states (``expected``) with those a reading set (``read``).

    A fact read but not expected counts as wrong: ``expected`` lists every fact the text
    states, so a fact beyond it was not stated. Both are written as `facts_of` writes them.
    ``assumed`` names the kinds the reading set by an assumption (``Reading.assumptions``'
    paths): one the text does not state is reported as assumed, not counted as read.

    >>> stated, read = {"grade": ["P2"], "title": "JPO"}, {"grade": ["P2"], "kind": "jpo"}
    >>> result = score(stated, read, kinds=["grade", "title", "kind"])
    >>> result.precision, result.recall
    (0.5, 0.5)
    """
    scores: list[FactScore] = []
    wrong: list[tuple[str, object, object]] = []
    missed: list[tuple[str, object]] = []
    for kind in kinds:
        stated, found = kind in expected, kind in read
        if found and not stated and kind in assumed:
            found = False
        right = stated and found and expected[kind] == read[kind]
        if found and not right:
            wrong.append((kind, expected.get(kind), read[kind]))
        if stated and not found:
            missed.append((kind, expected[kind]))
        scores.append(FactScore(kind=kind, expected=int(stated), read=int(found), right=int(right)))
    return Score(kinds=tuple(scores), wrong=tuple(wrong), missed=tuple(missed))


def prose_of(post: Post) -> dict[str, tuple[str, ...]]:
    """The prose of a post by field: duties, descriptions, background and other paragraphs.

    >>> from jpo_model import examples
    >>> len(prose_of(examples.load("ohchr-25p153"))["duties"])
    12
    """
    prose: dict[str, tuple[str, ...]] = {
        "introduction": post.introduction,
        "background": post.background,
        "statements": post.statements,
    }
    if post.duties is not None:
        prose["duties"] = tuple(d for group in post.duties.groups for d in group.duties)
    if post.learning is not None:
        prose["learning.outcomes"] = post.learning.outcomes
        prose["learning.elements"] = post.learning.elements
    if post.supervision is not None:
        prose["supervision.methodology"] = post.supervision.methodology
    qualifications = post.qualifications
    if qualifications is not None and qualifications.competencies is not None:
        prose["competencies"] = tuple(
            c.description for c in qualifications.competencies.items if c.description
        )
    return {field: texts for field, texts in prose.items() if texts}


def prose_placed(expected: Post, read: Post) -> tuple[int, int]:
    """How many characters of ``expected``'s prose ``read`` holds in the same field, of all.

    A paragraph counts when the read post's same field holds it, or holds text containing
    it, whitespace aside: the share of prose "placed in the right section".

    >>> from jpo_model import examples
    >>> post = examples.load("ohchr-25p153")
    >>> placed, total = prose_placed(post, post)
    >>> placed == total > 0
    True
    """
    wanted, got = prose_of(expected), prose_of(read)
    placed = total = 0
    for field, texts in wanted.items():
        held = [" ".join(text.split()) for text in got.get(field, ())]
        for text in texts:
            plain = " ".join(text.split())
            total += len(plain)
            if any(plain in candidate for candidate in held):
                placed += len(plain)
    return placed, total


def checked_announcements(folder: Path) -> list[tuple[Path, dict[str, Any]]]:
    """The announcements of ``folder`` beside their hand-checked facts, in name order.

    Each ``<name>.facts.json`` (``{"source": …, "facts": {kind: value}}``, the facts written
    as `facts_of` writes them) goes with the announcement ``<name>.<ext>`` beside it
    (``.txt``, ``.md``, ``.html``, ``.docx``); a facts file without one is skipped.
    """
    cases = []
    for facts in sorted(folder.glob("*.facts.json")):
        stem = facts.name.removesuffix(".facts.json")
        sources = [p for p in sorted(folder.glob(f"{stem}.*")) if not p.name.endswith(".json")]
        if sources:
            checked = json.loads(facts.read_text(encoding="utf-8"))["facts"]
            cases.append((sources[0], checked))
    return cases
