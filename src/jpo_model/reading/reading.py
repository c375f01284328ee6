"""Reading an announcement into a `Post`, honestly: every fact with its evidence.

`read_announcement` turns a terms of reference, a vacancy announcement or a job
description (text, Markdown, HTML or Word) into a `Reading`: a valid `Post` holding every
fact the reader could place, the passage each field's value came from, the passages no
field holds, and what was inferred rather than read. A fact is set only from a passage
that states it; a value the post refuses (an unknown country, a grade outside the scale)
is reported with its passage, never forced in.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

import attrs

from jpo_model.errors import ValidationError, path_of, path_steps
from jpo_model.interchange.serialization import from_dict
from jpo_model.posts import Post
from jpo_model.reading import _identity, _requirements, _terms, _work
from jpo_model.reading._claims import (
    Announcement,
    Claim,
    FactReader,
    Inference,
    Step,
    guess_language,
)
from jpo_model.reading.sections import is_heading
from jpo_model.reading.source import Format, Line, ReadingError, load_source, split_run_together

__all__ = ["Assumption", "Passage", "Reading", "read_announcement"]

_READERS: tuple[FactReader, ...] = (_identity.read, _terms.read, _work.read, _requirements.read)
"""The fact readers, in the order their claims are considered (the first claim of a field wins)."""

_ATTEMPTS = 8
"""How many times the post is rebuilt without the claims it refused before giving up."""


@attrs.frozen(kw_only=True)
class Passage:
    """Some consecutive lines of the source, with where they sit."""

    text: str
    """The lines' text, one per line, markup removed."""
    first_line: int
    """The first line (or paragraph, in a Word document) of the source it spans."""
    last_line: int
    section: str | None = None
    """The heading of the section it sits in (None before the first heading)."""
    note: str | None = None
    """Why the passage was not placed, when the reader read something there and the post
    refused it (e.g. "read as duty_station.country, refused: 'XX' is not a country")."""


@attrs.frozen(kw_only=True)
class Assumption:
    """A value the reader inferred rather than read, for a person to confirm."""

    path: str
    """The field it set, e.g. ``"duty_station.time_zone"``."""
    statement: str
    """What was inferred and from what."""
    evidence: tuple[Passage, ...] = ()
    """The passages it was inferred from."""


@attrs.frozen(kw_only=True)
class Reading:
    """What a reader made of an announcement."""

    post: Post
    """A valid post holding every fact the reader could place."""
    unplaced: tuple[Passage, ...]
    """Every passage that no field holds, in document order."""
    assumptions: tuple[Assumption, ...]
    """What was inferred rather than read, in the order of the fields."""
    format: Format
    unit: str = "line"
    """What the passages' line numbers count: ``"line"``, or ``"paragraph"`` in Word."""
    _evidence: Mapping[str, tuple[Passage, ...]] = attrs.field(alias="evidence_by_path")

    @property
    def placed(self) -> Mapping[str, tuple[Passage, ...]]:
        """Each field read (its path) and the passages it came from, in document order."""
        return self._evidence

    def evidence(self, path: str) -> tuple[Passage, ...]:
        """The passages the value of the field at ``path`` came from.

        ``path`` is written as validation errors write it (``"duty_station.city"``,
        ``"duties.groups[0].duties[2]"``); a path naming an object or a list gathers the
        evidence of everything read under it. Raises `KeyError` when the reader set
        nothing at ``path``; a field set by an assumption drawn from no passage (the
        document's form when no heading names it) has none.
        """
        steps = path_steps(path)
        found: list[Passage] = []
        for key, passages in self._evidence.items():
            if path_steps(key)[: len(steps)] == steps:
                found.extend(p for p in passages if p not in found)
        if not found and not any(
            path_steps(a.path)[: len(steps)] == steps for a in self.assumptions
        ):
            raise KeyError(path)
        return tuple(sorted(found, key=lambda p: p.first_line))


def read_announcement(
    source: str | os.PathLike[str],
    *,
    format: Format | None = None,  # noqa: A002 - the public name
    locale: str | None = None,
) -> Reading:
    """Read an announcement into a `Reading`.

    ``source`` is the text of the announcement, or the path of a file (see
    `jpo_model.reading.source.load_source` for how a ``str`` is told apart); ``format`` is
    ``"text"``, ``"markdown"``, ``"html"`` or ``"docx"``, found from the file's suffix or its
    content when None (``.docx`` needs the ``documents`` extra). ``locale`` is the language
    of the text (``"fr"``); without it the reader finds the language from the words, and
    says so in the assumptions.

    Raises `ReadingError` when the source cannot be read as an announcement: not text, or
    no title and organisation found.

    >>> reading = read_announcement('''Title: JPO in Human Rights
    ... Agency: United Nations Office of the High Commissioner for Human Rights (OHCHR)
    ... Duty Station: Geneva, Switzerland''')
    >>> reading.post.duty_station.city, reading.post.duty_station.country
    ('Geneva', 'CH')
    >>> reading.evidence("duty_station.city")[0].text
    'Duty Station: Geneva, Switzerland'
    """
    loaded = split_run_together(load_source(source, format=format))
    if not loaded.lines:
        raise ReadingError("the source holds no text")
    language = (
        locale.replace("_", "-").split("-")[0].lower() if locale else guess_language(loaded.lines)
    )
    announcement = Announcement.of(loaded, language)
    claims: list[Claim | Inference] = []
    if locale is None:
        claims.append(
            Inference(
                path=("language",),
                value=language,
                statement=f"the text's language, {language}, from its words",
            )
        )
    else:
        claims.append(Claim(path=("language",), value=language, lines=()))
    for reader in _READERS:
        claims.extend(reader(announcement))
    return _assemble(announcement, claims)


def _assemble(announcement: Announcement, claims: Sequence[Claim | Inference]) -> Reading:
    kept = _first_per_path(claims)
    refused: dict[int, str] = {}
    for _ in range(_ATTEMPTS):
        document = _document(kept)
        try:
            post = from_dict(document, Post)
        except ValidationError as exc:
            dropped = _refused_claims(kept, exc)
            if not dropped:
                raise _not_an_announcement(exc) from None
            for claim, message in dropped:
                for line in claim.lines:
                    refused.setdefault(
                        line.number, f"read as {path_of(claim.path)}, refused: {message}"
                    )
            kept = [c for c in kept if all(c is not d for d, _ in dropped)]
            continue
        return _reading(announcement, post, kept, refused)
    raise ReadingError("the facts read do not make a valid post")


def _first_per_path(claims: Iterable[Claim | Inference]) -> list[Claim | Inference]:
    """The first claim of each field; a claim under or above a field already set is dropped."""
    kept: list[Claim | Inference] = []
    paths: set[tuple[Step, ...]] = set()
    prefixes: set[tuple[Step, ...]] = set()  # every proper prefix of a kept path
    for claim in claims:
        path = claim.path
        if path in prefixes or any(path[:n] in paths for n in range(1, len(path) + 1)):
            continue
        paths.add(path)
        prefixes.update(path[:n] for n in range(1, len(path)))
        kept.append(claim)
    return kept


def _document(claims: Iterable[Claim | Inference]) -> dict[str, Any]:
    """The post's document the claims make (lists in the order of their indices)."""
    root: dict[str, Any] = {}
    for claim in sorted(
        claims,
        key=lambda c: tuple((isinstance(s, int), s if isinstance(s, int) else 0) for s in c.path),
    ):
        _put(root, claim.path, claim.value)
    document: dict[str, Any] = _lists(root)
    return document


def _put(root: dict[str, Any], path: tuple[Step, ...], value: object) -> None:
    node: dict[Step, Any] = root  # type: ignore[assignment]
    for step in path[:-1]:
        node = node.setdefault(step, {})
    node[path[-1]] = value


def _lists(node: object) -> Any:  # noqa: ANN401 - a document's values are of any JSON type
    """Nodes keyed by indices turned into lists, in the order of the indices."""
    if isinstance(node, dict):
        if node and all(isinstance(k, int) for k in node):
            return [_lists(node[k]) for k in sorted(node)]
        return {k: _lists(v) for k, v in node.items()}
    return node


def _refused_claims(
    claims: Sequence[Claim | Inference], error: ValidationError
) -> list[tuple[Claim | Inference, str]]:
    """The claims an error is about: those at, under or above each refused path."""
    dropped: list[tuple[Claim | Inference, str]] = []
    for detail in error.errors:
        steps = path_steps(detail.path)
        message = detail.message
        about = [c for c in claims if _related(c.path, steps)]
        if not about:
            # A field is missing (e.g. a duty station without a country): drop its parent's claims.
            parent = steps[:-1]
            about = [c for c in claims if parent and c.path[: len(parent)] == parent]
        for claim in about:
            if all(claim is not d for d, _ in dropped):
                dropped.append((claim, message))
    return dropped


def _related(path: tuple[Step, ...], steps: tuple[Step, ...]) -> bool:
    shorter = min(len(path), len(steps))
    return shorter > 0 and path[:shorter] == steps[:shorter] and path[0] != "language"


def _not_an_announcement(error: ValidationError) -> ReadingError:
    missing = sorted({d.path for d in error.errors})
    return ReadingError(f"not read as an announcement: no {', '.join(missing)} found")


def _reading(
    announcement: Announcement,
    post: Post,
    claims: Sequence[Claim | Inference],
    refused: Mapping[int, str],
) -> Reading:
    evidence: dict[str, tuple[Passage, ...]] = {}
    assumptions: list[Assumption] = []
    used: set[int] = set()
    for claim in claims:
        passages = tuple(_passages(announcement, claim.lines))
        used.update(line.number for line in claim.lines)
        if isinstance(claim, Inference):
            assumptions.append(
                Assumption(path=path_of(claim.path), statement=claim.statement, evidence=passages)
            )
        if passages:
            evidence[path_of(claim.path)] = passages
    unplaced = tuple(
        _passages(
            announcement,
            [
                line
                for line in announcement.lines
                if line.number not in used and not is_heading(line)
            ],
            notes=refused,
        )
    )
    ordered = dict(sorted(evidence.items(), key=lambda item: item[1][0].first_line))
    return Reading(
        post=post,
        unplaced=unplaced,
        assumptions=tuple(assumptions),
        format=announcement.source.format,
        unit=announcement.source.unit,
        evidence_by_path=ordered,
    )


def _passages(
    announcement: Announcement, lines: Iterable[Line], *, notes: Mapping[int, str] | None = None
) -> Iterator[Passage]:
    """Lines grouped into passages: consecutive lines of one section, with one note."""
    group: list[Line] = []
    order = announcement.order

    def passage() -> Passage:
        section = announcement.section_of(group[0])
        return Passage(
            text="\n".join(line.text for line in group),
            first_line=group[0].number,
            last_line=group[-1].number,
            section=None if section is None else section.title,
            note=None if notes is None else notes.get(group[0].number),
        )

    for line in sorted(set(lines), key=lambda line: order.get(line.number, 0)):
        if group and not _continues(announcement, group[-1], line, order, notes):
            yield passage()
            group = []
        group.append(line)
    if group:
        yield passage()


def _continues(
    announcement: Announcement,
    last: Line,
    line: Line,
    order: Mapping[int, int],
    notes: Mapping[int, str] | None,
) -> bool:
    if order.get(line.number, -2) != order.get(last.number, -9) + 1:
        return False
    if announcement.section_of(line) is not announcement.section_of(last):
        return False
    return notes is None or notes.get(line.number) == notes.get(last.number)
