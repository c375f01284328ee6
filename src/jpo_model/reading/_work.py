"""Reading what the post's work is: duties, supervision, learning, and the prose around them.

Every form lists the duties under a "Duties and responsibilities" heading ("Tâches et
responsabilités", "Funciones"), bulleted or numbered, often in groups under short
sub-headings, after the sentence that introduces them ("Under the supervision of …, the JPO
will:"). Supervision is written as labelled lines ("Title of Supervisor: Resident
Coordinator", "Direct Supervision by: Jordi Agustí-Panareda, Ethics Officer") and as
sentences ("receive technical and personnel supervision from the co-chairs of …", "regular
meetings … every two weeks", "the United Nations Performance Evaluation System
(e-performance)"). Learning sections separate what the JPO will have learnt on completion
from the elements and training components the programme offers, and name dated events
("the “2026 JPO Orientation Programme” organised by the United Nations System Staff College
in Turin from 9 to 27 November 2026"). The introduction, background, standard statements,
key documents and resource addresses are kept as prose, one paragraph per item.
"""

from __future__ import annotations

import contextlib
import functools
import re
from collections.abc import Iterable, Iterator, Sequence

import attrs

from jpo_model import _cldr
from jpo_model.reading._claims import (
    Announcement,
    Claim,
    Inference,
    country_named,
    folded,
    number_in,
)
from jpo_model.reading.sections import Section, Topic
from jpo_model.reading.source import Line

__all__ = ["read"]


def read(announcement: Announcement) -> Iterator[Claim | Inference]:
    """The claims this reader makes: duties, supervision, learning and the post's prose."""
    duties = _read_duties(announcement)
    yield from duties.claims
    yield from _read_supervision(announcement, duties.intro)
    yield from _read_learning(announcement)
    yield from _read_prose(announcement, duties.preamble)


# --- Paragraphs ----------------------------------------------------------------------------


@attrs.frozen
class _Block:
    """A paragraph or a list item: the lines it spans and their text joined."""

    lines: tuple[Line, ...]
    text: str
    item: bool


_RULE = re.compile(r"[-_*=~—–\s]{3,}")
_ENDS_SENTENCE = (".", ":", ";", "!", "?", "…")


def _starts_lower(text: str) -> bool:
    letter = next((c for c in text if c.isalpha()), "")
    return letter.islower()


def _blocks(announcement: Announcement, lines: Iterable[Line]) -> list[_Block]:
    """Lines joined into paragraphs and items.

    A line starting in lower case continues the paragraph before it when that one stops
    mid-sentence (a page break in a copied document); in text and Markdown, a line right
    below a long line that stops mid-sentence continues it too (a hard-wrapped paragraph).
    """
    wrapped = announcement.source.format in {"text", "markdown"}
    blocks: list[_Block] = []
    last: Line | None = None
    for line in lines:
        text = " ".join(line.text.replace("\\", " ").split())
        if not text or _RULE.fullmatch(text):
            continue
        if (
            blocks
            and last is not None
            and not line.item
            and _continues(blocks[-1], last, line, text, wrapped=wrapped)
        ):
            previous = blocks[-1]
            blocks[-1] = _Block((*previous.lines, line), f"{previous.text} {text}", previous.item)
        else:
            blocks.append(_Block((line,), text, line.item))
        last = line
    return blocks


def _continues(block: _Block, last: Line, line: Line, text: str, *, wrapped: bool) -> bool:
    if block.text.endswith(_ENDS_SENTENCE):
        return False
    if _starts_lower(text):
        return True
    adjacent = wrapped and line.number == last.number + 1
    return adjacent and (len(last.text) >= 60 or block.text.endswith(","))


def _sections(announcement: Announcement, *topics: Topic) -> tuple[Section, ...]:
    return tuple(s for s in announcement.sections if s.topic in topics)


def _sentences(text: str) -> list[str]:
    """Sentences of a paragraph (a full stop followed by a capital starts the next)."""
    parts = re.split(r"(?<=[a-z0-9)\]”\"’'][.!?])\s+(?=[A-Z“\"(])", text)
    return [p.strip() for p in parts if p.strip()]


def _words(text: str) -> int:
    return len(text.split())


# --- Duties --------------------------------------------------------------------------------


@attrs.frozen
class _Duties:
    claims: tuple[Claim, ...]
    intro: tuple[_Block, ...]
    """The paragraphs introducing the duties (they may name supervisors)."""
    preamble: tuple[_Block, ...]
    """Paragraphs before the introducing sentence: about the post, read as its introduction."""


# Words of the sentence that introduces the duties ("Under the supervision of … the JPO will:").
_INTRO_CUES = (
    "supervision",
    "guidance",
    "following",
    "the jpo will",
    "will be responsible",
    "will perform",
    "will undertake",
    "sous la",
    "le jea",
    "le jpo",
    "les taches suivantes",
    "bajo la",
    "el jpo",
    "las siguientes",
)
_HEADING_WORDS = 16


def _read_duties(announcement: Announcement) -> _Duties:
    blocks = [b for s in _duty_sections(announcement) for b in _section_blocks(announcement, s)]
    if not blocks:
        return _Duties((), (), ())
    if not any(b.item for b in blocks):
        blocks = _items_from_paragraphs(blocks)
    first = next(i for i, b in enumerate(blocks) if b.item or _heads_group(blocks, i))
    before = blocks[:first]
    intro_at = [i for i, b in enumerate(before) if _introduces(b)]
    intro = before[intro_at[0] :] if intro_at else []
    preamble = before[: intro_at[0]] if intro_at else before
    claims: list[Claim] = []
    if intro:
        claims.append(_claim(("duties", "intro"), intro))
    claims.extend(_groups(blocks[first:]))
    duties = [c for c in claims if len(c.path) > 4]
    if not duties or _cut_off(announcement, duties[-1]):
        return _Duties((), tuple(intro), tuple(preamble))
    return _Duties(tuple(claims), tuple(intro), tuple(preamble))


def _cut_off(announcement: Announcement, last: Claim) -> bool:
    """Whether the text stops inside the last duty (a copy cut mid-word): the list is partial."""
    return last.lines[-1] == announcement.lines[-1] and not str(last.value).endswith(
        (".", ";", "!", "?", ")", "”", '"')
    )


def _duty_sections(announcement: Announcement) -> list[tuple[Section, str | None]]:
    """The duties sections, and the sections of unknown topic right under them (a group each)."""
    found: list[tuple[Section, str | None]] = []
    level: int | None = None
    for section in announcement.sections:
        if section.topic is Topic.DUTIES:
            found.append((section, None))
            level = section.heading.heading if section.heading is not None else 0
        elif (
            section.topic is Topic.OTHER
            and level is not None
            and section.heading is not None
            and section.heading.heading > level > 0
        ):
            found.append((section, section.title))
        else:
            level = None
    return found


# A blank template's instruction to whoever fills it in: "(Present the main tasks …)".
_INSTRUCTION = re.compile(
    r"^\(?\s*(?:please\s+)?(?:present|include|describe|indicate|specify|list|enter|insert|"
    r"provide|state|add|fill)\b.*",
    re.IGNORECASE | re.DOTALL,
)


def _section_blocks(announcement: Announcement, found: tuple[Section, str | None]) -> list[_Block]:
    section, heading = found
    blocks = [
        b
        for b in _blocks(announcement, section.lines)
        if not (b.text.startswith("(") and _INSTRUCTION.match(b.text))
    ]
    if heading is not None and section.heading is not None:
        title = heading.rstrip(":").strip()
        blocks.insert(0, _Block((section.heading,), title, item=False))
    return blocks


def _items_from_paragraphs(blocks: list[_Block]) -> list[_Block]:
    """A list written without bullets: the paragraphs after the introducing one are the items."""
    colon = [i for i, b in enumerate(blocks) if b.text.endswith(":")]
    start = colon[0] + 1 if colon else 0
    return [
        *blocks[:start],
        *(
            b if _heads_group(blocks, i) else _Block(b.lines, b.text, item=True)
            for i, b in enumerate(blocks[start:], start=start)
        ),
    ]


def _introduces(block: _Block) -> bool:
    text = _folded(block.text)
    return block.text.endswith(":") or any(cue in text for cue in _INTRO_CUES)


def _looks_like_heading(block: _Block) -> bool:
    return (
        not block.item
        and _words(block.text) <= _HEADING_WORDS
        and len(block.text) <= 120
        and not block.text.endswith((":", ";", ",", "…"))
    )


def _heads_group(blocks: Sequence[_Block], index: int) -> bool:
    """Whether a paragraph is a group's sub-heading.

    A sub-heading is short, and items follow it (maybe after an introducing paragraph).
    """
    if not _looks_like_heading(blocks[index]):
        return False
    following = blocks[index + 1 : index + 3]
    if following and following[0].item:
        return True
    return len(following) == 2 and not following[0].item and following[1].item


_CLOSING_WORDS = 8


def _groups(blocks: Sequence[_Block]) -> Iterator[Claim]:
    group = -1
    duty = 0
    pending: list[_Block] = []
    heading: _Block | None = None
    for index, block in enumerate(blocks):
        if block.item:
            if not duty or pending or heading is not None:
                group, duty = group + 1, 0
                if heading is not None:
                    yield _claim(("duties", "groups", group, "heading"), [heading])
                if pending:
                    yield _claim(("duties", "groups", group, "intro"), pending)
            yield _claim(("duties", "groups", group, "duties", duty), [block])
            duty += 1
            heading, pending = None, []
        elif _heads_group(blocks, index):
            heading, pending = block, []
        else:
            pending.append(block)
    closing = [b for b in pending if _words(b.text) >= _CLOSING_WORDS]
    if group >= 0 and heading is None and closing:
        yield _claim(("duties", "closing"), closing)


def _claim(path: tuple[str | int, ...], blocks: Sequence[_Block]) -> Claim:
    return Claim(
        path=path,
        value=" ".join(b.text for b in blocks),
        lines=tuple(line for b in blocks for line in b.lines),
    )


# --- Supervision ---------------------------------------------------------------------------

# Labels of the supervising position (written folded); each gives a direct line.
_SUPERVISOR_LABELS = (
    "title of supervisor",
    "title of the supervisor",
    "supervisor's title",
    "supervisor title",
    "supervisor position title",
    "name and title of supervisor",
    "name and title of the supervisor",
    "direct supervision by",
    "direct supervisor",
    "immediate supervisor",
    "first reporting officer",
    "supervised by",
    "reports to",
    "supervisor",
    "titre du superviseur",
    "titre du/de la superviseur(e)",
    "superviseur direct",
    "superviseur",
    "supervise par",
    "supervision directe",
    "titulo del supervisor",
    "titulo del/de la supervisor/a",
    "supervisor directo",
    "supervisado por",
    "supervision directa",
)
_INLINE_TITLE = re.compile(
    r"\bSupervisor(?:'s)? Position Title\s*:\s*(?P<value>.+?)"
    r"(?=\s+(?:Supervisor|JPO|Position|Post)\b[^:]{0,30}:|\s+-\s|$)",
    re.IGNORECASE,
)
_INLINE_GRADE = re.compile(r"\bSupervisor Position Grade\s*:\s*(?P<grade>[PD])-?(?P<n>[1-5])\b")
_INLINE_NUMBER = re.compile(r"\bSupervisor Position No\.?\s*:\s*(?P<number>\d{4,12})\b")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_ROLE_WORDS = frozenset(
    [
        "officer",
        "head",
        "chief",
        "director",
        "coordinator",
        "manager",
        "leader",
        "specialist",
        "adviser",
        "advisor",
        "representative",
        "secretary",
        "deputy",
        "senior",
        "associate",
        "assistant",
        "unit",
        "section",
        "office",
        "team",
        "division",
        "branch",
        "department",
        "programme",
        "program",
        "co-chairs",
        "chair",
        "analyst",
        "expert",
        "under-secretary-general",
        "commissioner",
        "executive",
    ]
)
_NOT_A_SUPERVISOR = frozenset(
    [
        "supervisor",
        "supervisors",
        "jpo",
        "incumbent",
        "post",
        "position",
        "supervisor(s)",
        "staff",
        "him",
        "her",
    ]
)

_ROLE_OF_WORD = {
    "overall": "overall",
    "general": "overall",
    "generale": "overall",
    "direct": "direct",
    "directe": "direct",
    "directa": "direct",
    "immediate": "direct",
    "day-to-day": "direct",
    "technical": "technical",
    "technique": "technical",
    "tecnica": "technical",
    "functional": "functional",
    "fonctionnelle": "functional",
    "funcional": "functional",
    "personnel": "personnel",
    "administrative": "personnel",
}
_ROLES = "|".join(sorted(_ROLE_OF_WORD, key=len, reverse=True))
_STOP = (
    r"(?=\s*(?:,\s*(?:the|JPO|s/he|he|she|and\s)|\s+and\s+the\s|\s+under\s|\s+in\s+close|"
    r"\s+to\s|\s+via\s|\s+through\s|\s+with\s|\s+who\s|\s+while\s|\s+at\s|;|\.(?:\s|$)|:|$))"
)
# "under the overall supervision of the Section Chief", "technical and personnel supervision
# from the co-chairs of …", "under the direction of the Director of …".
_SUPERVISED = re.compile(
    rf"(?P<roles>(?:(?:{_ROLES})\s*(?:,|and|&)?\s*)*)"
    r"(?P<kind>supervision|guidance|direction)\s+(?:and\s+(?:supervision|guidance)\s+)?"
    r"(?:of|from|by)\s+(?:the\s+|his/her\s+)?(?P<who>[A-Za-z][^;:]*?)" + _STOP,
    re.IGNORECASE,
)
_SUPERVISED_FR = re.compile(
    rf"(?P<kind>supervision|direction|encadrement)\s*(?P<roles>(?:(?:{_ROLES})\s*(?:et)?\s*)*)"
    r"\s*(?:du|de\s+la|de\s+l'|de\s+l’|des)\s*(?P<who>[A-ZÉ][^,;:.]*?)"
    r"(?=\s*(?:,|;|\.|\s+et\s|$))",
    re.IGNORECASE,
)
_SUPERVISED_ES = re.compile(
    rf"(?P<kind>supervisi[oó]n|direcci[oó]n|orientaci[oó]n)\s*(?P<roles>(?:(?:{_ROLES})\s*(?:y)?\s*)*)"
    r"\s*(?:del|de\s+la|de\s+los|de\s+las)\s+(?P<who>[A-ZÁÉÍÓÚ][^,;:.]*?)"
    r"(?=\s*(?:,|;|\.|\s+y\s|$))",
    re.IGNORECASE,
)


_SUPERVISION_WORD = re.compile(r"supervis|guidance|direction|encadrement|orientaci", re.IGNORECASE)


@attrs.define
class _Line:
    """A reporting line being read, with the lines that state it."""

    position: str
    roles: list[str]
    unit: str | None = None
    person: dict[str, str] | None = None
    grade: str | None = None
    number: str | None = None
    evidence: list[Line] = attrs.Factory(list)
    grade_lines: tuple[Line, ...] = ()
    number_lines: tuple[Line, ...] = ()


def _read_supervision(
    announcement: Announcement, duties_intro: Sequence[_Block]
) -> Iterator[Claim]:
    sections = _sections(announcement, Topic.SUPERVISION)
    blocks = [b for s in sections for b in _supervision_blocks(announcement, s)]
    lines: list[_Line] = []
    used: set[int] = set()
    for block, value in _labelled_supervisors(announcement, sections):
        _add_line(lines, value, ["direct"], block)
        used.update(line.number for line in block.lines)
    for block in _inline_supervisors(announcement, lines):
        used.update(line.number for line in block.lines)
    prose = [b for b in blocks if not used.intersection(line.number for line in b.lines)]
    around = _blocks(announcement, announcement.within(Topic.INTRODUCTION, Topic.BACKGROUND))
    for block in [*prose, *duties_intro, *around]:
        about_post = block in prose or block in duties_intro
        for sentence in _sentences(block.text):
            new = about_post or _ABOUT_THE_POST.search(sentence) is not None
            for roles, who in _supervised(sentence, announcement.language):
                _add_line(lines, who, roles, block, new=new)
    yield from _line_claims(lines)
    text_blocks = prose or around
    matrix = next(
        (b for b in prose if re.search(r"matri(?:x|cial|cielle)", b.text, re.IGNORECASE)), None
    )
    if matrix is not None and len(lines) >= 2:
        yield Claim(path=("supervision", "matrix"), value=True, lines=matrix.lines)
    typed: set[int] = set()
    for field, fact, block in _typed_supervision(prose, text_blocks, announcement):
        if field in {"work_plan", "meetings"}:
            typed.add(id(block))
        yield Claim(path=("supervision", field), value=fact, lines=block.lines)
    for index, (text, block) in enumerate(_methodology(prose, typed)):
        yield Claim(path=("supervision", "methodology", index), value=text, lines=block.lines)


def _supervision_blocks(announcement: Announcement, section: Section) -> list[_Block]:
    blocks = _blocks(announcement, section.lines)
    title = folded(section.title or "").rstrip(":").strip()
    if blocks and section.heading is not None and title in _SUPERVISOR_LABELS:
        first = blocks[0]
        blocks[0] = _Block(
            (section.heading, *first.lines), f"{section.title} {first.text}", item=False
        )
    return blocks


def _labelled_supervisors(
    announcement: Announcement, sections: Sequence[Section]
) -> Iterator[tuple[_Block, str]]:
    pool = [line for s in sections for line in s.lines]
    for section in sections:
        title = folded(section.title or "").rstrip(":").strip()
        if section.heading is not None and title in _SUPERVISOR_LABELS:
            blocks = _blocks(announcement, section.lines)
            if blocks:
                first = blocks[0]
                block = _Block((section.heading, *first.lines), first.text, item=False)
                yield block, first.text
    header = announcement.within(Topic.HEADER, Topic.GENERAL)
    for labelled in announcement.labelled(_SUPERVISOR_LABELS, lines=[*pool, *header]):
        value = labelled.value
        following = _following_email(announcement, labelled.lines[-1], pool)
        lines = labelled.lines if following is None else (*labelled.lines, following)
        if following is not None:
            value = f"{value} {following.text}"
        text = " ".join(line.text for line in lines)
        yield _Block(lines, text, item=False), value


def _following_email(announcement: Announcement, line: Line, pool: Sequence[Line]) -> Line | None:
    """The line right below a supervisor's name holding only an e-mail address, if any."""
    del announcement
    numbers = [candidate.number for candidate in pool]
    if line.number not in numbers:
        return None
    at = numbers.index(line.number)
    if at + 1 < len(pool):
        below = pool[at + 1]
        if (
            below.number == line.number + 1
            and _EMAIL.search(below.text)
            and _words(below.text) <= 4
        ):
            return below
    return None


def _inline_supervisors(announcement: Announcement, lines: list[_Line]) -> Iterator[_Block]:
    """UNHCR's form: "Supervisor Position No: … Supervisor Position Title: … Grade: P4"."""
    for line in announcement.lines:
        title = _INLINE_TITLE.search(line.text)
        if title is None or folded(line.text).startswith("supervisor position title"):
            continue
        block = _Block((line,), line.text, item=False)
        found = _add_line(lines, title.group("value"), ["direct"], block)
        grade = _INLINE_GRADE.search(line.text)
        number = _INLINE_NUMBER.search(line.text)
        if found is not None and grade is not None and found.grade is None:
            found.grade, found.grade_lines = grade.group("grade") + grade.group("n"), (line,)
        if found is not None and number is not None and found.number is None:
            found.number, found.number_lines = number.group("number"), (line,)
        yield block


def _supervised(text: str, language: str) -> Iterator[tuple[list[str], str]]:
    """The (roles, position) pairs a sentence names as supervising the post."""
    if not _SUPERVISION_WORD.search(text):
        return
    pattern = {"fr": _SUPERVISED_FR, "es": _SUPERVISED_ES}.get(language, _SUPERVISED)
    for match in pattern.finditer(text):
        words = re.findall(r"[\w-]+", folded(match.group("roles") or ""))
        roles = [_ROLE_OF_WORD[w] for w in words if w in _ROLE_OF_WORD]
        kind = folded(match.group("kind"))
        if kind == "direction" and not roles:
            roles = ["overall"]
        if kind in {"guidance", "orientacion"} and not roles:
            continue
        yield list(dict.fromkeys(roles)), match.group("who")


def _add_line(
    lines: list[_Line], value: str, roles: list[str], block: _Block, *, new: bool = True
) -> _Line | None:
    parsed = _parse_supervisor(value)
    if parsed is None:
        return None
    position, unit, person = parsed
    for line in lines:
        if folded(line.position) == folded(position):
            for role in roles:
                if role not in line.roles and not (role == "direct" and _has(lines, "direct")):
                    line.roles.append(role)
            line.evidence.extend(x for x in block.lines if x not in line.evidence)
            line.unit = line.unit or unit
            line.person = line.person or person
            return line
    if not new:
        return None
    if not roles or ("direct" in roles and _has(lines, "direct")):
        roles = [r for r in roles if r != "direct"]
        if not roles:
            if _has(lines, "direct"):
                return None
            roles = ["direct"]
    line = _Line(position=position, roles=roles, unit=unit, person=person, evidence=[*block.lines])
    lines.append(line)
    return line


def _has(lines: Sequence[_Line], role: str) -> bool:
    return any(role in line.roles for line in lines)


def _parse_supervisor(value: str) -> tuple[str, str | None, dict[str, str] | None] | None:
    """Position, unit and person of "Jordi Agustí-Panareda, Ethics Officer, jordi@ilo.org"."""
    email_match = _EMAIL.search(value)
    email = email_match.group() if email_match else None
    text = _EMAIL.sub("", value)
    text = re.sub(r"\((?:mailto:)?\s*\)|\(mailto:[^)]*\)", "", text)
    parts = [p.strip(" .*[]") for p in text.split(",") if p.strip(" .*[]")]
    if not parts:
        return None
    name = None
    if len(parts) > 1 and _is_name(parts[0]):
        name = parts.pop(0)
    position = re.sub(r"^(?:the|his/her|her|his|a|an)\s+", "", parts[0], flags=re.IGNORECASE)
    position = re.sub(r"\s*\([A-Z][A-Za-z]{1,6}\)$", "", position)  # "Chief of Staff (CoS)"
    unit_parts = parts[1:]
    head = re.fullmatch(
        r"(Head|Chief|Director|Manager|Coordinator)\s+([A-Z][A-Z/&-]{1,20})", position
    )
    if head:
        position, unit_parts = head.group(1), [head.group(2), *unit_parts]
    of_the = re.fullmatch(r"(.+?)\s+of\s+the\s+(.+)", position)
    if of_the and _words(of_the.group(1)) <= 3:
        position, unit_parts = of_the.group(1), [of_the.group(2), *unit_parts]
    if not _is_position(position):
        return None
    unit = ", ".join(unit_parts) or None
    person = None
    if name is not None:
        person = {"name": name} if email is None else {"name": name, "email": email}
    return position[:1].upper() + position[1:], unit, person


def _is_name(text: str) -> bool:
    words = text.split()
    return (
        2 <= len(words) <= 4
        and all(w[:1].isupper() for w in words)
        and not any(w.casefold().strip(".") in _ROLE_WORDS for w in words)
        and not any(c.isdigit() for c in text)
    )


def _is_position(text: str) -> bool:
    words = text.split()
    return (
        0 < len(words) <= 8
        and folded(text) not in _NOT_A_SUPERVISOR
        and not re.search(r"[\[\]_]|\.\s|enter text|xxx|n/a", text, re.IGNORECASE)
        and any(c.isalpha() for c in text)
    )


def _line_claims(lines: Sequence[_Line]) -> Iterator[Claim]:
    for index, line in enumerate(lines):
        path = ("supervision", "lines", index)
        evidence = tuple(line.evidence)
        yield Claim(path=(*path, "roles"), value=list(line.roles), lines=evidence)
        yield Claim(path=(*path, "position"), value=line.position, lines=evidence)
        if line.unit is not None:
            yield Claim(path=(*path, "unit"), value=line.unit, lines=evidence)
        if line.person is not None:
            yield Claim(path=(*path, "person"), value=line.person, lines=evidence)
        if line.grade is not None:
            yield Claim(path=(*path, "grade"), value={"level": line.grade}, lines=line.grade_lines)
        if line.number is not None:
            yield Claim(path=(*path, "position_number"), value=line.number, lines=line.number_lines)


# A sentence about the post itself ("The incumbent will work under the direction of …").
_ABOUT_THE_POST = re.compile(
    r"\b(?:the incumbent|the JPO|this position|the position|the post|s/he|le titulaire|"
    r"le JEA|el titular|el JPO|la persona seleccionada)\b",
    re.IGNORECASE,
)
_EVALUATION = (
    (
        re.compile(r"e-performance|performance evaluation system|inspira", re.IGNORECASE),
        "un-e-performance",
    ),
    (re.compile(r"performance management framework", re.IGNORECASE), "ilo-pmf"),
    (re.compile(r"\bPAS\b|performance appraisal system", re.IGNORECASE), "un-pas"),
    (re.compile(r"results and competency assessment|\bRCA\b", re.IGNORECASE), "undp-rca"),
)
_WORK_PLAN = re.compile(r"work\s*plan|plan de travail|plan de trabajo", re.IGNORECASE)
_MEETING = re.compile(r"meeting|r[ée]union", re.IGNORECASE)
_EVERY = re.compile(
    r"\b(?:every|toutes les|tous les|cada)\s+(?P<n>[\w-]+\s+)?(?P<unit>days?|weeks?|months?|"
    r"jours|semaines|mois|d[ií]as|semanas|meses)\b",
    re.IGNORECASE,
)
_CADENCE_WORDS = {
    "weekly": (1, "week"),
    "fortnightly": (2, "week"),
    "monthly": (1, "month"),
    "daily": (1, "day"),
    "hebdomadaire": (1, "week"),
    "mensuelle": (1, "month"),
    "semanal": (1, "week"),
    "mensual": (1, "month"),
}
_UNITS = {
    "day": "day",
    "jour": "day",
    "dia": "day",
    "week": "week",
    "semaine": "week",
    "semana": "week",
    "month": "month",
    "moi": "month",
    "mes": "month",
    "mois": "month",
}
_WITHIN_MONTHS = re.compile(
    r"(?:during|within|in)\s+the\s+first\s+(?:(?P<n>[\w-]+)\s+)?months?"
    r"|(?:au cours|dans le courant)\s+du\s+premier\s+mois|durante\s+el\s+primer\s+mes",
    re.IGNORECASE,
)
_HORIZON = re.compile(r"\b(?P<n>[\w-]+)[- ]month(?:s)?\s+work\s*plan", re.IGNORECASE)
_TIME_SHARE = re.compile(
    r"not a full-time position|part-time|percentage of the time|(?P<p>\d{1,3})\s?%\s+of\s+"
    r"(?:his|her|their|the)\s+(?:working\s+)?time",
    re.IGNORECASE,
)


def _typed_supervision(
    prose: Sequence[_Block], anywhere: Sequence[_Block], announcement: Announcement
) -> Iterator[tuple[str, object, _Block]]:
    evaluation = _first_evaluation(prose) or _first_evaluation(
        _blocks(announcement, announcement.lines)
    )
    if evaluation is not None:
        yield "evaluation", evaluation[0], evaluation[1]
    plan = next(((p, b) for b in prose if (p := _work_plan(b.text))), None)
    if plan is not None:
        yield "work_plan", plan[0], plan[1]
    cadence = next(((c, b) for b in prose if (c := _cadence(b.text))), None)
    if cadence is not None:
        yield "meetings", {"every": cadence[0][0], "unit": cadence[0][1]}, cadence[1]
    share = next(((m, b) for b in anywhere if (m := _TIME_SHARE.search(b.text))), None)
    if share is not None:
        percent = share[0].group("p")
        yield "time_share", ({"percent": percent} if percent else {}), share[1]


def _work_plan(text: str) -> dict[str, object]:
    """What a sentence on the work plan states: when it is agreed, what it covers."""
    plan: dict[str, object] = {}
    if not _WORK_PLAN.search(text):
        return plan
    within = _WITHIN_MONTHS.search(text)
    if within is not None:
        plan["due_within_months"] = number_in(within.group("n") or "1") or 1
    horizon = _HORIZON.search(text)
    if horizon is not None and number_in(horizon.group("n")):
        plan["horizon_months"] = number_in(horizon.group("n"))
    if re.search(r"time-bound|time bound|assorti de d[ée]lais", text, re.IGNORECASE):
        plan["time_bound"] = True
    return plan


def _first_evaluation(blocks: Sequence[_Block]) -> tuple[str, _Block] | None:
    for block in blocks:
        for pattern, system in _EVALUATION:
            if pattern.search(block.text):
                return system, block
    return None


def _cadence(text: str) -> tuple[int, str] | None:
    for sentence in _sentences(text):
        if not _MEETING.search(sentence):
            continue
        every = _EVERY.search(sentence)
        if every is not None:
            count = number_in(every.group("n")) if every.group("n") else 1
            unit = _UNITS.get(folded(every.group("unit")).rstrip("s"))
            if count and unit:
                return count, unit
        for word, cadence in _CADENCE_WORDS.items():
            if re.search(rf"\b{word}s?\b", folded(sentence)):
                return cadence
    return None


_LEADING_LABEL = re.compile(
    r"^(?:content and methodology of supervision|establishment of a work ?plan|evaluation|"
    r"contenu et methodologie de la supervision|contenido y metodologia de la supervision)"
    r"\s*:\s*",
    re.IGNORECASE,
)


def _methodology(prose: Sequence[_Block], typed: set[int]) -> Iterator[tuple[str, _Block]]:
    """The statements of how supervision works, without those a typed field holds."""
    for block in prose:
        text = _without_label(block.text)
        sentences = [s for s in _sentences(text) if not any(p.search(s) for p, _ in _EVALUATION)]
        if not sentences or (id(block) in typed and len(sentences) == 1):
            continue
        if block.text.endswith(":") and len(sentences) == 1:
            continue
        yield " ".join(sentences), block


def _without_label(text: str) -> str:
    """The text without a leading "Evaluation:" or "Establishment of a Work Plan:" label."""
    match = _LEADING_LABEL.match(folded(text))
    if match is None:
        return text
    return text[_raw_end(text, len(match.group().rstrip())) :].strip()


def _raw_end(text: str, folded_end: int) -> int:
    for end in range(len(text) + 1):
        if len(folded(text[:end])) >= folded_end:
            return end
    return len(text)


# --- Learning ------------------------------------------------------------------------------

_OUTCOME_CUES = (
    "on completion",
    "upon completion",
    "end of the assignment",
    "be able to",
    "a l'issue",
    "au terme",
    "a la fin de l'affectation",
    "al finalizar",
    "al termino",
    "al final de",
    "expected outcome",
    "resultats attendus",
)
_TRAINING_CUES = (
    "training component",
    "composante de formation",
    "composantes de formation",
    "componente de formacion",
    "componentes de formacion",
    "componentes de capacitacion",
)
_ELEMENT_CUES = (
    "learning element",
    "elements d'apprentissage",
    "elements de formation",
    "elementos de aprendizaje",
    "learning and development",
    "following learning",
)


def _read_learning(announcement: Announcement) -> Iterator[Claim | Inference]:
    counts = {"outcomes": 0, "elements": 0, "training_components": 0}
    events = 0
    for section in _sections(announcement, Topic.LEARNING):
        title = folded(section.title or "")
        mode = "elements"
        if any(c in title for c in _TRAINING_CUES) and not any(c in title for c in _ELEMENT_CUES):
            mode = "training_components"
        for block in _blocks(announcement, section.lines):
            text = _folded(block.text)
            if not block.item and block.text.endswith((":", "...", "…")) and _words(text) <= 30:
                if any(c in text for c in _OUTCOME_CUES):
                    mode = "outcomes"
                elif any(c in text for c in _ELEMENT_CUES):
                    mode = "elements"
                elif any(c in text for c in _TRAINING_CUES):
                    mode = "training_components"
                continue
            path = ("learning", mode, counts[mode])
            counts[mode] += 1
            yield Claim(path=path, value=block.text, lines=block.lines)
            event = _event(block, announcement.language)
            for claim in event:
                yield attrs.evolve(claim, path=("learning", "events", events, *claim.path))
            events += int(bool(event))


_QUOTED = re.compile(r"[“\"«„]\s*(?P<name>[^”\"»“]{3,120}?)\s*[”\"»“]")
_NAMED = re.compile(
    r"(?P<name>(?:\d{4}\s+)?(?:[A-Z][\w-]*\s+){0,4}(?:Orientation|Induction)\s+"
    r"(?:Programme|Program|Course|Workshop|Training|Seminar))"
)
_PROVIDER = re.compile(
    r"\b(?:organi[sz]ed|run|offered|delivered|hosted|organis[ée]e?|organizad[oa])\s+"
    r"(?:by|par|por)\s+(?:the\s+|le\s+|la\s+|l'|el\s+)?(?P<provider>[A-Z][^,.;()]*?)"
    r"(?=\s+(?:in|at|à|en|from|du|del)\s|,|\.|;|$)"
)
_PLACE = re.compile(
    r"\b(?:in|à|en)\s+(?P<city>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)"
    r"(?:,\s*(?P<country>[A-Z][\w'’ -]+?))?(?=\s+(?:from|du|del|on|le|el|between)\b|,|\.|\s*\(|$)"
)
_RANGE = re.compile(
    r"(?P<d1>\d{1,2})(?:\s+(?:de\s+)?(?P<m1>[^\W\d_]+))?(?:\s+(?P<y1>\d{4}))?\s*"
    r"(?:to|until|au|al|a|-|–|bis)\s*(?P<d2>\d{1,2})\s+(?:de\s+)?(?P<m2>[^\W\d_]+)\s+"
    r"(?:de\s+)?(?P<y2>\d{4})"
)
# Where JPO orientation and learning events are held, for an event naming only its city.
_VENUES = {"turin": "IT", "torino": "IT", "turin (italy)": "IT", "bonn": "DE"}


@functools.cache
def _months(language: str) -> dict[str, int]:
    names = dict(_cldr.month_numbers(_cldr.parse_locale("en")))
    if language != "en":
        with contextlib.suppress(ValueError):
            names.update(_cldr.month_numbers(_cldr.parse_locale(language)))
    return {folded(name): number for name, number in names.items()}


def _event(block: _Block, language: str) -> list[Claim | Inference]:
    """The dated event an element names, as claims on the event's own fields."""
    text = block.text
    dates = _RANGE.search(text)
    if dates is None:
        return []
    name_match = _QUOTED.search(text) or _NAMED.search(text)
    if name_match is None:
        return []
    months = _months(language)
    end_month = months.get(folded(dates.group("m2")).rstrip("."))
    start_month = months.get(folded(dates.group("m1") or dates.group("m2")).rstrip("."))
    if end_month is None or start_month is None:
        return []
    end_year = int(dates.group("y2"))
    start_year = int(dates.group("y1") or end_year)
    start = f"{start_year:04d}-{start_month:02d}-{int(dates.group('d1')):02d}"
    end = f"{end_year:04d}-{end_month:02d}-{int(dates.group('d2')):02d}"
    if end < start:
        return []
    lines = block.lines
    found: list[Claim | Inference] = [
        Claim(path=("name",), value=name_match.group("name").strip(), lines=lines),
        Claim(path=("start",), value=start, lines=lines),
        Claim(path=("end",), value=end, lines=lines),
    ]
    provider = _PROVIDER.search(text)
    if provider is not None:
        found.append(
            Claim(path=("provider",), value=provider.group("provider").strip(), lines=lines)
        )
    place = _PLACE.search(text, provider.end() if provider is not None else 0)
    if place is not None and place.start() < dates.start():
        city = place.group("city")
        found.append(Claim(path=("city",), value=city, lines=lines))
        code = country_named(place.group("country")) if place.group("country") else None
        if code is not None:
            found.append(Claim(path=("country",), value=code, lines=lines))
        elif folded(city) in _VENUES:
            code = _VENUES[folded(city)]
            found.append(
                Inference(
                    path=("country",),
                    value=code,
                    statement=f"the country of the learning event, {code}, from its city ({city})",
                    lines=lines,
                )
            )
    return found


# --- Prose ---------------------------------------------------------------------------------

# Standard statements, wherever the form prints them (written folded).
_STATEMENT_CUES = (
    "values diversity",
    "workforce diversity",
    "embraces diversity",
    "inclusive culture",
    "smoke-free",
    "smoke free",
    "non-smoking",
    "tobacco-free",
    "equal employment opportunit",
    "encourages all qualified",
    "encourages qualified",
    "welcome applications from",
    "does not charge a fee",
    "does not charge any fee",
    "reasonable accommodation",
    "valorise la diversite",
    "sans tabac",
    "non-fumeur",
    "n'exige aucun paiement",
    "valora la diversidad",
    "libre de humo",
    "no cobra",
)
_KEY_DOCUMENT_TITLES = (
    "key document",
    "reference document",
    "key reference",
    "documents de reference",
    "documents cles",
    "documentos de referencia",
    "documentos clave",
)
_RESOURCE_CUES = (
    "resource",
    "publication",
    "more information",
    "further information",
    "plus d'information",
    "mas informacion",
    "can be found",
)
_URL = re.compile(r"https?://[^\s()<>\]]+[^\s()<>\].,;:]")
_KEY_DOCUMENT = re.compile(
    r"(?P<title>.+?),?\s+(?P<year>(?:19|20)\d\d)(?:\s*\((?P<number>No\.?\s*\d+)\))?\s*[.;]?"
)
_STATEMENT_TOPICS = (
    Topic.HEADER,
    Topic.OTHER,
    Topic.BACKGROUND,
    Topic.INTRODUCTION,
    Topic.APPLICATION,
    Topic.CONDITIONS,
)


_RESOURCE_TOPICS = (Topic.OTHER, Topic.BACKGROUND, Topic.INTRODUCTION, Topic.DIVERSITY)


@functools.lru_cache(maxsize=2048)
def _folded(text: str) -> str:
    """`folded`, remembered: the same paragraphs are compared with several vocabularies."""
    return folded(text)


def _is_statement(block: _Block) -> bool:
    text = _folded(block.text)
    return any(cue in text for cue in _STATEMENT_CUES)


@attrs.define
class _Prose:
    """The prose paragraphs gathered per field, in the order they are met."""

    fields: dict[str, list[_Block]] = attrs.Factory(
        lambda: {"introduction": [], "background": [], "statements": []}
    )
    resources: list[tuple[str, tuple[Line, ...]]] = attrs.Factory(list)
    documents: list[tuple[dict[str, object], _Block]] = attrs.Factory(list)


def _read_prose(announcement: Announcement, preamble: Sequence[_Block]) -> Iterator[Claim]:
    prose = _Prose()
    for section in announcement.sections:
        blocks = _blocks(announcement, section.lines)
        if section.topic is Topic.DUTIES:
            prose.fields["introduction"].extend(b for b in blocks if b in preamble)
        else:
            _gather(prose, section, blocks)
    for field, found in prose.fields.items():
        ordered = sorted(found, key=lambda b: b.lines[0].number)
        for index, block in enumerate(ordered):
            yield Claim(path=(field, index), value=block.text, lines=block.lines)
    for index, (document, block) in enumerate(prose.documents):
        yield Claim(path=("key_documents", index), value=document, lines=block.lines)
    seen: list[str] = []
    for url, lines in prose.resources:
        if url not in seen:
            yield Claim(path=("resource_urls", len(seen)), value=url, lines=lines)
            seen.append(url)


def _gather(prose: _Prose, section: Section, blocks: Sequence[_Block]) -> None:
    """The paragraphs of one section put in the field each belongs to."""
    title = folded(section.title or "")
    key_documents = section.topic is Topic.OTHER and any(t in title for t in _KEY_DOCUMENT_TITLES)
    pending: list[_Block] = []
    for index, block in enumerate(blocks):
        url = _resource(block, pending)
        if url is not None and section.topic in _RESOURCE_TOPICS:
            prose.resources.append((url, (*(x for b in pending for x in b.lines), *block.lines)))
            pending = []
        elif key_documents and block.item:
            prose.documents.append((_key_document(block), block))
        elif (
            section.topic is Topic.DIVERSITY
            or (section.topic in _STATEMENT_TOPICS and _is_statement(block))
            or key_documents
        ):
            prose.fields["statements"].append(block)
        elif section.topic in {Topic.INTRODUCTION, Topic.BACKGROUND}:
            if _introduces_link(block, blocks, index):
                pending = [block]
            elif not _is_subheading(blocks, index):
                field = "introduction" if section.topic is Topic.INTRODUCTION else "background"
                prose.fields[field].append(block)


def _is_subheading(blocks: Sequence[_Block], index: int) -> bool:
    block = blocks[index]
    return (
        not block.item
        and _words(block.text) <= 8
        and not block.text.endswith(_ENDS_SENTENCE)
        and index + 1 < len(blocks)
    )


def _introduces_link(block: _Block, blocks: Sequence[_Block], index: int) -> bool:
    """Whether a paragraph announces the address on the next line ("… can be found here:")."""
    return (
        block.text.endswith(":")
        and _URL.search(block.text) is None
        and index + 1 < len(blocks)
        and _URL.fullmatch(blocks[index + 1].text.strip("<> ")) is not None
    )


def _resource(block: _Block, pending: Sequence[_Block]) -> str | None:
    """The address of further resources a paragraph gives, if that is all it gives."""
    urls: list[str] = _URL.findall(block.text)
    if len(urls) != 1:
        return None
    if pending:
        return urls[0] if _URL.fullmatch(block.text.strip("<> ")) else None
    text = _folded(block.text)
    if not any(cue in text for cue in _RESOURCE_CUES) or _words(block.text) > 25:
        return None
    return urls[0]


def _key_document(block: _Block) -> dict[str, object]:
    """Title, year, number and address of a listed document.

    "ILO Social Protection Floors Recommendation, 2012 (No. 202)" gives its title, 2012 and
    "No. 202".
    """
    text = block.text
    url = _URL.search(text)
    document: dict[str, object] = {}
    if url is not None:
        document["url"] = url.group()
        text = re.sub(r"\s*\(?\s*" + re.escape(url.group()) + r"\s*\)?", "", text).strip()
    match = _KEY_DOCUMENT.fullmatch(text)
    if match is not None and "," in text[match.start("year") - 2 : match.start("year")]:
        document["title"] = match.group("title").strip()
        document["year"] = int(match.group("year"))
        if match.group("number"):
            document["number"] = match.group("number")
    else:
        document["title"] = text.rstrip(".;")
    return document
