"""Reading a post's terms: grade, sponsor, duration, eligibility, deadline, DTTA, how to apply.

These facts sit in the "General information" block ("Grade: P2", "Duration of Assignment:
Initially one year …"), in the paragraph of the sponsoring programme ("sponsored by the
Government of the Netherlands and is addressed exclusively to nationals of …"), in the
learning elements (the DTTA) and under "How to apply" (the deadline, the links). Each is
read only from a passage that states it: a grade stated twice differently, a list of
countries with a name the reader does not know, or a deadline with no zone and no duty
station give no value, and the passage stays unplaced. Dates and deadlines are read by
`jpo_model.deadlines.parse_deadline`, never here.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from decimal import Decimal, InvalidOperation

import attrs

from jpo_model import _code_lists
from jpo_model.deadlines import Deadline, parse_deadline
from jpo_model.errors import JpoModelError
from jpo_model.grade import GradeOffer, parse_grade
from jpo_model.interchange.serialization import to_dict
from jpo_model.money import Money
from jpo_model.qualifications import ExperienceKind
from jpo_model.reading import _identity
from jpo_model.reading._claims import (
    Announcement,
    Claim,
    Inference,
    country_named,
    folded,
    number_in,
)
from jpo_model.reading.sections import Topic, is_heading
from jpo_model.reading.source import Line

__all__ = ["read"]

Found = Claim | Inference

# Sections whose prose is about the work, not the terms: a "P4" or a "Government of
# Japan" there names someone else's grade or a project's donor.
_ABOUT_THE_WORK = frozenset(
    {
        Topic.DUTIES,
        Topic.LEARNING,
        Topic.SUPERVISION,
        Topic.BACKGROUND,
        Topic.INTRODUCTION,
        Topic.DIVERSITY,
        Topic.COMPETENCIES,
        Topic.SKILLS,
        Topic.LANGUAGES,
    }
)


def read(announcement: Announcement) -> Iterator[Found]:
    """Claims about the post's terms."""
    terms = _Text(announcement)
    yield from _grade(terms)
    sponsor = list(_sponsor(terms))
    yield from sponsor
    yield from _appointment(terms)
    yield from _target_start(terms)
    sponsor_country = next((c.value for c in sponsor if c.path == ("sponsor", "country")), None)
    yield from _eligibility(terms, sponsor_country)
    deadline = list(_deadlines(terms))
    yield from deadline
    yield from _dtta(terms)
    used = {line.number for claim in deadline for line in claim.lines}
    yield from _application(terms, used)
    yield from _contact(terms)


# --- the text read --------------------------------------------------------------------


@attrs.frozen
class _Text:
    """An announcement's lines, with the pools each fact is looked for in.

    Cells, sentences and their folded forms are computed once per announcement: every
    reader below looks at the same lines many times.
    """

    announcement: Announcement

    @functools.cached_property
    def _heading_topics(self) -> dict[int, Topic]:
        return {
            section.heading.number: section.topic
            for section in self.announcement.sections
            if section.heading is not None
        }

    def topic(self, line: Line) -> Topic | None:
        """The topic of the section a line sits in, or that it heads."""
        section = self.announcement.section_of(line)
        if section is None:
            return self._heading_topics.get(line.number)
        return section.topic

    @functools.cached_property
    def terms(self) -> tuple[Line, ...]:
        """Lines (headings included) outside the sections about the work, in document order."""
        return tuple(
            line for line in self.announcement.lines if self.topic(line) not in _ABOUT_THE_WORK
        )

    def lines_of(self, *topics: Topic) -> tuple[Line, ...]:
        """The lines of sections about ``topics`` (subsections included), headings too."""
        key = ("lines", *sorted(t.value for t in topics))
        if key not in self._pools:
            self._pools[key] = self._lines_of(topics)
        return self._pools[key]

    @functools.cached_property
    def _pools(self) -> dict[tuple[str, ...], tuple[Line, ...]]:
        return {}

    def _lines_of(self, topics: Sequence[Topic]) -> tuple[Line, ...]:
        found = []
        for line in self.announcement.lines:
            section = self.announcement.section_of(line)
            if section is None:
                if self._heading_topics.get(line.number) in topics:
                    found.append(line)
            elif section.topic in topics or section.parent in topics:
                found.append(line)
        return tuple(found)

    def with_terms(self, lines: Sequence[Line]) -> tuple[Line, ...]:
        """``lines`` and the terms lines together, in document order."""
        key = ("with", *(str(line.number) for line in lines))
        if key not in self._pools:
            wanted = {line.number for line in lines} | {line.number for line in self.terms}
            self._pools[key] = tuple(
                line for line in self.announcement.lines if line.number in wanted
            )
        return self._pools[key]

    @functools.cached_property
    def _cache(self) -> dict[tuple[str, int], tuple[tuple[str, str], ...]]:
        return {}

    def cells(self, line: Line) -> tuple[tuple[str, str], ...]:
        """The cells of a line (its text, or its table cells) without bullets, and folded."""
        key = ("cells", line.number)
        if key not in self._cache:
            texts = [_BULLET.sub("", c.strip()) for c in line.text.split("\t") if c.strip()]
            self._cache[key] = tuple((t, _fold(t)) for t in texts if t)
        return self._cache[key]

    def sentences(self, line: Line) -> tuple[tuple[str, str], ...]:
        """The sentences of a line's cells, with their folded form."""
        key = ("sentences", line.number)
        if key not in self._cache:
            self._cache[key] = tuple(
                (sentence, _fold(sentence))
                for text, _ in self.cells(line)
                for sentence in _sentences(text)
            )
        return self._cache[key]

    def statements(self, lines: Sequence[Line]) -> Iterator[tuple[Line, str, str]]:
        """Each sentence of each cell of ``lines``, with its line and its folded form."""
        for line in lines:
            for sentence, key in self.sentences(line):
                yield line, sentence, key


def _fold(text: str) -> str:
    """`folded`, with a shortcut for ASCII text (most of any announcement)."""
    return " ".join(text.lower().split()) if text.isascii() else folded(text)


_BULLET = re.compile(r"^[\s•·*▪◦‣–-]+")
_CELL_LABEL = re.compile(r"\s*(?::|：|\t|\s+-\s+)\s*|\s+(?=[(\d])")


@attrs.frozen
class _Value:
    """A value written after a label, and the lines it spans."""

    text: str
    lines: tuple[Line, ...]


def _values(
    text: _Text, lines: Sequence[Line], labels: Sequence[str], *, loose: bool = False
) -> Iterator[_Value]:
    """Values written after any of ``labels`` (folded), in document order.

    A label starts a line or a table cell and is followed by a colon and the value
    ("Grade: P2"), by the next cell of a table row, or stands alone, its value on the next
    line ("Grade" / "PR2"). With ``loose``, a space before a parenthesis or a digit also
    ends the label ("Closing date 10 March 2026", "Application Deadline (midnight Geneva
    time) …").
    """
    wanted = tuple(sorted(set(labels), key=len, reverse=True))
    first_words = {re.split(r"[ /]", label, maxsplit=1)[0] for label in wanted}
    for index, line in enumerate(lines):
        cells = text.cells(line)
        for position, (cell, key) in enumerate(cells):
            if re.split(r"[ /:\t(]", key, maxsplit=1)[0].rstrip(":") not in first_words:
                continue
            label = next((w for w in wanted if key.startswith(w)), None)
            if label is None:
                continue
            rest = cell[_raw_length(cell, len(label)) :]
            if rest.strip(" :：*"):
                end = _CELL_LABEL.match(rest)
                if end is not None and (loose or end.group().strip()) and rest[end.end() :].strip():
                    yield _Value(rest[end.end() :].strip(), (line,))
            elif position + 1 < len(cells):
                yield _Value(cells[position + 1][0], (line,))
            else:
                following = _next_line(text, lines, index)
                if following is not None:
                    yield _Value(text.cells(following)[0][0], (line, following))


def _next_line(text: _Text, lines: Sequence[Line], index: int) -> Line | None:
    """The line after ``lines[index]`` when it follows closely (a blank line or two between)."""
    if index + 1 < len(lines) and lines[index + 1].number - lines[index].number <= 3:
        following = lines[index + 1]
        return following if text.cells(following) else None
    return None


def _raw_length(text: str, folded_length: int) -> int:
    """How many characters of ``text`` fold to its first ``folded_length`` folded ones."""
    for end in range(len(text) + 1):
        if len(folded(text[:end])) >= folded_length:
            return end
    return len(text)


_SENTENCE_END = re.compile(r"(?<![ap]\.m)(?<!\b\w)(?<!\be\.g)(?<!\bi\.e)\.(?=\s+[\"“(\[A-ZÀ-Ý])")


def _sentences(text: str) -> list[str]:
    """The sentences of a cell: a full stop before a capital ends one ("6.00 pm", "i.e." do not)."""
    parts: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        parts.append(text[start : match.end()].strip())
        start = match.end()
    parts.append(text[start:].strip())
    return [p for p in parts if p]


def _clean(text: str) -> str:
    return " ".join(text.strip(" \t*_[]").split()).rstrip(" .;,")


# --- grade ------------------------------------------------------------------------------

_GRADE_LABELS = (
    "grade",
    "grade level",
    "grade/level",
    "level",
    "post level",
    "position grade",
    "jpo position grade",
    "grade of the post",
    "category and level",
    "niveau",
    "grade du poste",
    "classe",
    "grado",
    "nivel",
    "categoria y nivel",
    "livello",
)
# A grade in a phrase of the header: "Protection Specialist at P2 level", "au niveau P2".
_GRADE_PHRASE = re.compile(
    r"\bat\s+(?:the\s+)?(?P<en>[PD][-.]?\d(?:,?\s*step\s*\d{1,2})?)\s+level\b"
    r"|\b(?:niveau|nivel|livello|grado|categor[ií]a)\s+(?P<other>[PD][-.]?\d)\b",
    re.ASCII | re.IGNORECASE,
)
# UNHCR writes its professional grades "PR2" (a Workday grade profile): P2.
_PR = re.compile(r"\bPR\s*-?\s*(\d)\b")
_STEP_IN_BRACKETS = re.compile(r"\(\s*(step\s*\d{1,2})\s*\)", re.IGNORECASE)
_OTHER_LABEL = re.compile(r"\s+[A-Z][\w /]{2,40}:.*$")


def _grade(terms: _Text) -> Iterator[Found]:
    statements: list[tuple[GradeOffer, tuple[Line, ...]]] = []
    for value in _values(terms, terms.terms, _GRADE_LABELS):
        offer = _offer(value.text)
        if offer is not None:
            statements.append((offer, value.lines))
    statements = statements or list(_grade_phrases(terms))
    if not statements:
        return
    options = {offer.options for offer, _ in statements}
    if len(options) > 1:
        return  # two grades stated in two places: neither is picked
    offer = statements[0][0]
    lines = tuple(line for _, found in statements for line in found)
    grade: dict[str, object] = {
        "options": [
            {"level": g.level.value} | ({"step": g.step} if g.step is not None else {})
            for g in offer.options
        ],
        "wording": offer.wording,
    }
    if offer.step_in_first_year:
        grade["step_in_first_year"] = True
    yield Claim(path=("grade",), value=grade, lines=_unique(lines))


def _grade_phrases(terms: _Text) -> Iterator[tuple[GradeOffer, tuple[Line, ...]]]:
    """Grades stated in a phrase of the terms' lines ("at P2 level")."""
    for line in terms.terms:
        if len(line.text) > 300:
            continue
        for match in _GRADE_PHRASE.finditer(line.text):
            offer = _offer(match.group("en") or match.group("other"))
            if offer is not None:
                yield offer, (line,)


def _offer(text: str) -> GradeOffer | None:
    """The grade a value states, its wording as written (without a following label)."""
    wording = _clean(_OTHER_LABEL.sub("", text))
    parts = [p for p in re.split(r",\s+|;\s*", wording) if p]
    kept = [p for p in parts if _parsed(p) is not None]
    if not kept:
        return None
    wording = ", ".join(kept) if len(parts) > 1 else wording
    offer = _parsed(wording)
    return None if offer is None else attrs.evolve(offer, wording=wording)


def _parsed(text: str) -> GradeOffer | None:
    plain = _STEP_IN_BRACKETS.sub(r"\1", _PR.sub(r"P\1", text))
    try:
        return parse_grade(plain)
    except ValueError:
        return None


# --- sponsor --------------------------------------------------------------------------

_SPONSORED = re.compile(
    r"\b(?:sponsored|funded|financed|seconded)\s+by\s+(?P<by>.+)"
    r"|\b(?:parrain[ée]e?s?|financ[ée]e?s?)\s+par\s+(?P<par>.+)"
    r"|\b(?:financiad[oa]s?|patrocinad[oa]s?)\s+por\s+(?P<por>.+)"
    r"|\bfinanziat[oaie]\s+da(?:l|lla|llo|i)?\s+(?P<da>.+)"
    r"|\b(?:finanziert|gef[öo]rdert)\s+(?:von|durch)\s+(?P<von>.+)"
    r"|\bJPO[- ]Program(?:me)?\s+of\s+(?P<programme_of>.+)",
    re.IGNORECASE,
)
_SPONSORS = re.compile(r"(?P<before>(?:[\w.'-]+\s+){1,5})sponsors\b")
_GOVERNMENT = re.compile(
    r"^(?P<government>(?:government|gouvernement|gobierno|governo|regierung)"
    r"\s+(?:of|de|des|du|d'|di|del|della|von|der)\s*)",
    re.IGNORECASE,
)
_ARTICLE = re.compile(
    r"^(?:(?:the|le|la|les|el|los|il|lo|die|der|den|des)\s+|l['’]\s*)", re.IGNORECASE
)
_PROGRAMME = re.compile(r"\b(?P<name>(?!UN\b|The\b|This\b|A\b)[A-Z][a-z]+\s+JPO[- ]Programme)\b")
_PROGRAMME_OF = re.compile(
    r"\b(?P<name>JPO[- ]Program(?:me)?\s+of\s+(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)"
)
_INFORMATION = re.compile(
    r"\bwebsite\s+of\s+(?:the\s+)?(?P<name>[A-Z][\w'&-]*(?:\s+[A-Z][\w'&-]*){0,4})"
)
_ABOUT_A_POST = re.compile(
    r"\b(?:JPOs?|Junior Professional|Associate Experts?|SARC|post|position|poste?s?|JEA"
    r"|expert[oa]s?|puesto|vacanc|programme|program|scheme|plaza)\b",
    re.IGNORECASE,
)


def _sponsor(terms: _Text) -> Iterator[Found]:
    found: list[tuple[str, str, Line]] = []
    for line, sentence, key in terms.statements(terms.terms):
        if not _SPONSOR_HINT.search(key) or not _ABOUT_A_POST.search(sentence):
            continue
        for match in _SPONSORED.finditer(sentence):
            named = _sponsor_named(match)
            if named is not None:
                found.append((*named, line))
        sponsors = _SPONSORS.search(sentence)
        if sponsors is not None:
            named = _country_before(sponsors.group("before"))
            if named is not None:
                found.append((*named, line))
    if not found or len({code for _, code, _ in found}) > 1:
        return
    name, code, line = found[0]
    yield Claim(path=("sponsor", "name"), value=name, lines=(line,))
    yield Claim(path=("sponsor", "country"), value=code, lines=(line,))
    yield from _programme(terms)


def _programme(terms: _Text) -> Iterator[Found]:
    """The donor's programme ("Dutch JPO Programme") and where its criteria are published."""
    for other, sentence, _ in terms.statements(terms.terms):
        programme = _PROGRAMME.search(sentence) or _PROGRAMME_OF.search(sentence)
        if programme is not None:
            yield Claim(
                path=("sponsor", "programme"), value=programme.group("name"), lines=(other,)
            )
            information = _INFORMATION.search(sentence)
            if information is not None:
                yield Claim(
                    path=("sponsor", "information"),
                    value=information.group("name"),
                    lines=(other,),
                )
            break


def _country_before(text: str) -> tuple[str, str] | None:
    """The country the last words of ``text`` name ("… the United States" sponsors)."""
    words = text.split()
    for start in range(len(words)):
        name = _ARTICLE.sub("", " ".join(words[start:]))
        code = country_named(name)
        if code is not None:
            return name, code
    return None


def _sponsor_named(match: re.Match[str]) -> tuple[str, str] | None:
    """The sponsor's name as written and its country, from what follows "sponsored by"."""
    rest = _ARTICLE.sub("", next(group for group in match.groups() if group is not None).strip())
    government = _GOVERNMENT.match(rest)
    prefix = government.group("government") if government else ""
    words = re.split(r"\s+", rest[len(prefix) :].strip())
    for count in range(min(6, len(words)), 0, -1):
        name = " ".join(words[:count]).rstrip(" .,;:)")
        code = None if "(" in name else country_named(_ARTICLE.sub("", name))
        if code is not None:
            if not government:
                return _ARTICLE.sub("", name), code
            full = f"{prefix}{name}"
            return full[0].upper() + full[1:], code
    return None


# --- appointment ----------------------------------------------------------------------

_DURATION_LABELS = (
    "duration",
    "duration of assignment",
    "duration of the assignment",
    "duration of appointment",
    "duration of contract",
    "contract duration",
    "length of assignment",
    "length of appointment",
    "duree",
    "duree de l'affectation",
    "duree du contrat",
    "duree de l'assignation",
    "duracion",
    "duracion de la asignacion",
    "duracion del contrato",
    "durata",
    "durata dell'incarico",
    "dauer",
    "laufzeit",
)
_YEARS = r"years?|yrs?|ans?|ann[ée]es?|a[ñn]os?|anni|anno|jahre?n?"
_MONTHS = r"months?|mois|meses|mes|mesi|mese|monate?n?"
_DURATION = re.compile(
    rf"(?<![\w-])(?P<count>\d{{1,2}}|[^\W\d_]+(?:-[^\W\d_]+)?)[\s-]*(?P<unit>{_YEARS}|{_MONTHS})(?!\w)",
    re.IGNORECASE,
)
_RANGE = re.compile(rf"\d\s*(?:[-–]|to|à|a)\s*\d+\s*(?:{_YEARS}|{_MONTHS})\b", re.IGNORECASE)
_MAXIMUM_BEFORE = re.compile(
    r"(?:maximum|max\.?|up to|total|jusqu'a|hasta|fino a|bis zu|not exceed|no more than"
    r"|massimo|maximal|insgesamt|hochstens)(?:\s+(?:duration|duree|duracion|durata))?(?:\s+(?:of|de|di|d'un|d'une))?\s*(?:a|an|un|une)?\s*$"
)
_MAXIMUM_AFTER = re.compile(
    r"^\s*(?:au maximum|maximum|max\b|in total|au total|en total|in tutto|insgesamt)"
)
_ANOTHER = re.compile(
    r"\b(?:for|by|of)\s+(?:another|an additional|a further|one more|one additional)\s+year\b"
    r"|d'une? (?:annee|an) supplementaire|por un ano (?:mas|adicional)|por otro ano"
    r"|di un ulteriore anno|un altro anno|ein weiteres jahr|um ein jahr",
)
_EXTENSION_OF = re.compile(
    r"(?:extension|extended|prolongation|prorroga|estensione)\s+(?:of|for|by|de|di|por)\s+$"
)
_RENEWAL = re.compile(
    r"renew|extend|extension|prolong|renouvel|reconduct|renovab|prorroga|ampliac|rinnov"
    r"|estensi|proroga|verlanger"
)
_NOT_RENEWABLE = re.compile(
    r"\bnon[- ]?(?:renewable|extendable)|\bnot (?:be )?(?:renewable|extended|extendable)"
    r"|\bno extension"
    r"|non renouvelable|no (?:es )?renovable|non rinnovabile|nicht verlangerbar"
)
_AT_LEAST_ONCE = re.compile(
    r"\bat least once\b|au moins une fois|al menos una vez|almeno una volta"
)
_ONCE = re.compile(
    r"\b(?:renewable|extendable) once\b|renouvelable une (?:seule )?fois|renovable una vez"
)
_CONDITIONS = (
    ("priorities", re.compile(r"priorit")),
    (
        "funding",
        re.compile(
            r"availability of funds|funding|disponibilite des fonds|financement|fondos"
            r"|financiacion|fondi"
        ),
    ),
    ("performance", re.compile(r"performance|rendement|desempeno|rendimiento|prestazion")),
    (
        "donor-approval",
        re.compile(r"donor (?:agreement|approval|consent)|accord du donateur|donante"),
    ),
    (
        "office-recommendation",
        re.compile(r"recommendation by|recommended by|recommandation|recomendacion"),
    ),
)
_YEARLY_REVIEW = re.compile(
    r"yearly review|annual review|reviewed annually|examen annuel|revision anual|revisione annuale"
)
_CONDITION_SENTENCE = re.compile(r"^\[?(?:the\s+)?extension|^\[", re.IGNORECASE)


def _appointment(terms: _Text) -> Iterator[Found]:
    value = next(iter(_values(terms, terms.terms, _DURATION_LABELS)), None)
    if value is None:
        return
    text = value.text
    lines = value.lines
    following = terms.announcement.line_after(lines[-1])
    conditions_text = folded(text)
    if following is not None and _CONDITION_SENTENCE.match(following.text.strip()):
        lines = (*lines, following)
        conditions_text = folded(f"{text} {following.text}")
    terms_read = _duration_terms(text, conditions_text)
    if terms_read is not None:
        yield Claim(path=("appointment",), value=terms_read, lines=lines)


def _duration_terms(text: str, conditions_text: str) -> dict[str, object] | None:  # noqa: C901, PLR0912 - one rule per wording
    key = folded(text)
    if _RANGE.search(key):
        return None  # "1-3 years": neither the first period nor a maximum is stated as such
    initial: int | None = None
    maximum: int | None = None
    step: int | None = None
    for match in _DURATION.finditer(key):
        months = _months(match)
        if months is None:
            continue
        before, after = key[: match.start()], key[match.end() :]
        if _MAXIMUM_BEFORE.search(before) or _MAXIMUM_AFTER.match(after):
            maximum = maximum or months
        elif _EXTENSION_OF.search(before):
            step = step or months
        elif initial is None:
            initial = months
    if initial is None:
        return None
    renewable = bool(_RENEWAL.search(key)) and not _NOT_RENEWABLE.search(key)
    extension: dict[str, int] = {}
    if renewable:
        if _ANOTHER.search(key):
            extension |= {"step_months": 12, "max_extensions": 1}
        elif step is not None:
            extension |= {"step_months": step, "max_extensions": 1}
        if _AT_LEAST_ONCE.search(key):
            extension["min_extensions"] = 1
        elif _ONCE.search(key):
            extension["max_extensions"] = 1
        if maximum is not None and maximum >= initial:
            extension["max_total_months"] = maximum
    found: dict[str, object] = {"initial_months": initial, "renewable": renewable}
    if extension:
        found["extension"] = extension
    if renewable:
        conditions = [name for name, pattern in _CONDITIONS if pattern.search(conditions_text)]
        if "performance" in conditions and "satisf" not in conditions_text:
            conditions.remove("performance")
        if conditions:
            found["extension_conditions"] = conditions
        if _YEARLY_REVIEW.search(conditions_text):
            found["review_every_months"] = 12
    found["wording"] = _duration_wording(text)
    return found


def _months(match: re.Match[str]) -> int | None:
    count = number_in(match.group("count"))
    if count is None or count == 0:
        return None
    return count * 12 if re.fullmatch(_YEARS, match.group("unit"), re.IGNORECASE) else count


def _duration_wording(text: str) -> str:
    """The duration as written: its sentences up to a separate one on extensions' conditions."""
    kept: list[str] = []
    for sentence in _sentences(text):
        if kept and re.match(r"(?:the\s+)?extension|please", sentence, re.IGNORECASE):
            break
        kept.append(sentence)
    return _clean(" ".join(kept))


# --- target start ---------------------------------------------------------------------

_START_LABELS = (
    "target start date",
    "expected start date",
    "estimated start date",
    "start date",
    "starting date",
    "expected start",
    "date of entry on duty",
    "entry on duty",
    "start date required",
    "date d'entree en fonction",
    "date de prise de fonction",
    "date de debut",
    "fecha de inicio",
    "fecha prevista de inicio",
    "fecha de incorporacion",
    "data di inizio",
    "data prevista di inizio",
    "dienstantritt",
    "arbeitsbeginn",
)
_AS_SOON_AS_POSSIBLE = re.compile(
    r"^(?:as soon as possible|asap|immediately|des que possible|au plus vite|lo antes posible"
    r"|a la brevedad|cuanto antes|il prima possibile|al piu presto|so bald wie moglich|sofort)\b"
)


def _target_start(terms: _Text) -> Iterator[Found]:
    for value in _values(terms, terms.terms, _START_LABELS):
        text = _clean(value.text)
        if _AS_SOON_AS_POSSIBLE.match(folded(text)):
            yield Claim(path=("target_start",), value={"wording": text}, lines=value.lines)
            return
        day = _date_in(text, terms.announcement.language)
        if day is not None:
            yield Claim(
                path=("target_start",), value={"on": day, "wording": text}, lines=value.lines
            )
            return


def _date_in(text: str, language: str) -> str | None:
    """The day a short value states ("2026-03-02", "2 March 2026"), read by the deadline reader.

    The zone passed only lets the reader accept a bare date; nothing but the day is kept,
    and a month alone ("January 2027") states no day, so it gives none.
    """
    if len(text) > 60:
        return None
    try:
        return parse_deadline(text, locale=language, default_zone="UTC").date.isoformat()
    except (JpoModelError, ValueError):
        return None


# --- eligibility ----------------------------------------------------------------------

_FOLLOWING_COUNTRIES = re.compile(
    r"(?:citizenship|nationals?|nationality|citizens?|ressortissants?|nationalite|nacionales"
    r"|nacionalidad|ciudadanos|cittadini|nazionalita)\s+(?:of|de|des|d'|del|di)\s+"
    r"(?:one of\s+|l'un des\s+|uno de los\s+)?(?:the\s+|les\s+|los\s+|la\s+)?"
    r"(?:following countries|pays suivants|siguientes paises|paesi seguenti)\s*:\s*(?P<list>.+)"
)
_NATIONALS_OF = re.compile(
    r"(?:nationals?|citizens?|nationality|citizenship|ressortissants?|nacionales|ciudadanos|cittadini)"
    r"\s+(?:of|de|du|des|d'|del|di)\s+(?P<rest>.+)"
)
_ADJECTIVE_NATIONALS = re.compile(
    r"(?P<adj>[a-z][a-z.]+)\s+(?:nationals?|citizens?|citizenship|nationality)\b"
    r"|(?:nationalite|citoyennete|nacionalidad|nazionalita|staatsangehorigkeit|cittadinanza)\s+(?P<after>[a-z]+)"
)
_EXCLUSIVE = re.compile(
    r"exclusively|\bonly\b|open to|addressed to|restricted to|reserved for|\bmust\b|requirement"
    r"|sponsors|reserve|uniquement|exclusivement|doivent|exclusivamente|unicamente|\bsolo\b"
    r"|riservat|possedere|posseder|\btener\b|deben"
)
_OR_OTHER_COUNTRIES = re.compile(r"\b(?:or|ou|o|oder)\b[^.]*\b(?:countr|pays|paises|paesi|lander)")
# Nationality adjectives of the JPO programme's donor countries (UN DESA, jpo.desa.un.org,
# "Donor countries"), in the languages announcements use: CLDR names countries and
# languages but holds no demonyms, and a language name ("Dutch", "German") names a
# country only by accident.
_NATIONALITIES = {
    "AT": "austrian autrichienne autrichien austriaca austriaco osterreichische",
    "BE": "belgian belge belga",
    "CA": "canadian canadienne canadien canadiense",
    "CH": "swiss suisse suiza suizo svizzera svizzero schweizerische",
    "CN": "chinese chinoise chinois china chino cinese",
    "DE": "german allemande allemand alemana aleman tedesca tedesco deutsche",
    "DK": "danish danoise danois danesa danes danese danische",
    "FI": "finnish finlandaise finlandais finlandesa finlandes finlandese finnische",
    "FR": "french francaise francais francesa frances francese franzosische",
    "IT": "italian italienne italien italiana italiano italienische",
    "JP": "japanese japonaise japonais japonesa japones giapponese japanische",
    "KR": "korean coreenne coreen coreana coreano koreanische",
    "KW": "kuwaiti koweitienne koweitien kuwaiti",
    "LU": "luxembourgish luxembourgeoise luxembourgeois luxemburguesa luxemburgues",
    "NL": "dutch neerlandaise neerlandais neerlandesa neerlandes olandese niederlandische",
    "NO": "norwegian norvegienne norvegien noruega noruego norvegese norwegische",
    "QA": "qatari qatarienne qatarien catari",
    "SA": "saudi saoudienne saoudien saudita",
    "SE": "swedish suedoise suedois sueca sueco svedese schwedische",
    "US": "american americaine americain estadounidense statunitense u.s. us",
}
_COUNTRY_OF_ADJECTIVE = {
    word: code for code, words in _NATIONALITIES.items() for word in words.split()
}
_DEGREE_ABROAD = re.compile(
    r"(?:degree|academic|qualification|studies|diplome|titulo|laurea).*"
    r"(?:taken place|obtained|earned|completed|awarded|obtenu|obtenido|conseguit)"
    r".*eligible countries"
)
_LEVEL_WORDS = (
    ("first-level", re.compile(r"bachelor|first[- ]level|licence|licenciatura|laurea triennale")),
    ("advanced", re.compile(r"master|advanced|maitrise|maestria|laurea magistrale")),
    ("doctorate", re.compile(r"\bphd\b|doctora")),
)
_UN_CEILING = re.compile(
    r"(?:experience|experiencia).{0,40}\b(?:un|united nations|nations unies|naciones unidas)\b"
    r"(?: system| common system| systeme| sistema)?.{0,30}?"
    r"(?:not exceed|ne (?:doit|peut) pas depasser|no (?:debe|puede) (?:superar|exceder)"
    r"|no more than)"
    r"\s+(?P<duration>.{1,20})"
)
_INCLUDING = re.compile(r"\b(?:including|incl\.|y compris|incluid|incluyendo|inclus)")


# Cheap tests a sentence must pass before the full patterns run on it.
_CEILING_HINT = re.compile(r"exceed|depasser|superar|no more than")
_AGE_HINT = re.compile(r"\d\d (?:years|ans|anos|anni)|age|\d\d\b")
_DTTA_HINT = re.compile(r"dtta|travel|allowance|indemnit|allocation|asignacion|viajes|indennita")
_SPONSOR_HINT = re.compile(
    r"sponsor|fund|financ|parrain|patrocin|finanz|geford|programme of|program of"
)


def _eligibility(terms: _Text, sponsor_country: object) -> Iterator[Found]:
    listed: tuple[frozenset[str], Line] | None = None
    for found in _nationality(terms, sponsor_country):
        if isinstance(found.value, dict) and found.value.get("scope") == "listed-countries":
            countries = found.value["countries"]
            assert isinstance(countries, list)  # noqa: S101 - built below as a list
            listed = (frozenset(countries), found.lines[0])
        yield found
        break
    yield from _age(terms)
    pool = terms.with_terms(
        terms.lines_of(Topic.EDUCATION, Topic.QUALIFICATIONS, Topic.ELIGIBILITY)
    )
    for line, _, key in terms.statements(pool):
        if listed is not None and "eligible countries" in key and _DEGREE_ABROAD.search(key):
            levels = [level for level, pattern in _LEVEL_WORDS if pattern.search(key)]
            if levels:
                yield Claim(
                    path=("eligibility", "education_location"),
                    value={"countries": sorted(listed[0]), "levels": sorted(levels)},
                    lines=_unique((line, listed[1])),
                )
                break
    pool = terms.with_terms(
        terms.lines_of(Topic.EXPERIENCE, Topic.QUALIFICATIONS, Topic.ELIGIBILITY)
    )
    for line, _, key in terms.statements(pool):
        match = _UN_CEILING.search(key) if _CEILING_HINT.search(key) else None
        if match is None:
            continue
        duration = _DURATION.search(match.group("duration"))
        months = None if duration is None else _months(duration)
        if months is None:
            continue
        kinds = (
            sorted(kind.value for kind in ExperienceKind)
            if _INCLUDING.search(key)
            else [ExperienceKind.EMPLOYMENT.value]
        )
        yield Claim(
            path=("eligibility", "un_experience_ceiling"),
            value={"max_months": months, "kinds": kinds},
            lines=(line,),
        )
        break


def _nationality(terms: _Text, sponsor_country: object) -> Iterator[Found]:
    for line, _, key in terms.statements(terms.terms):
        listed = _FOLLOWING_COUNTRIES.search(key)
        if listed is not None:
            countries = None
            for cell, cell_key in terms.cells(line):
                whole = _FOLLOWING_COUNTRIES.search(cell_key)
                if whole is not None:
                    written = (
                        cell[whole.start("list") :]
                        if len(cell) == len(cell_key)
                        else whole.group("list")
                    )
                    countries = _country_list(written)
                    break
            if countries:
                yield Claim(
                    path=("eligibility", "nationality"),
                    value={"scope": "listed-countries", "countries": countries},
                    lines=(line,),
                )
            return
        if not _EXCLUSIVE.search(key) or _OR_OTHER_COUNTRIES.search(key):
            continue
        code = _one_nationality(key)
        if code is None:
            continue
        scope = "donor-nationals" if code == sponsor_country else "listed-countries"
        yield Claim(
            path=("eligibility", "nationality"),
            value={"scope": scope, "countries": [code]},
            lines=(line,),
        )
        return


def _one_nationality(key: str) -> str | None:
    match = _NATIONALS_OF.search(key)
    if match is not None:
        words = re.split(r"\s+", _ARTICLE.sub("", match.group("rest")))
        for count in range(min(6, len(words)), 0, -1):
            code = country_named(" ".join(words[:count]).rstrip(" .,;:"))
            if code is not None:
                return code
    for match in _ADJECTIVE_NATIONALS.finditer(key):
        word = (match.group("adj") or match.group("after") or "").strip(".")
        code = _COUNTRY_OF_ADJECTIVE.get(word) or _COUNTRY_OF_ADJECTIVE.get(f"{word}.")
        if code is not None:
            return code
    return None


def _country_list(text: str) -> list[str] | None:
    """The countries of a written list, or None when any name is unknown.

    A partial list would turn eligible candidates away. The list ends where a sentence
    ends after a name.
    """
    codes: list[str] = []
    for raw in re.split(r"\s*(?:,|;|\band\b|\bet\b|\by\b)\s*", text):
        name = raw.strip(" ")
        if not name:
            continue
        code = _country_variant(name.rstrip("."))
        if code is not None:
            codes.append(code)
            continue
        head = re.split(r"\.\s+|\t", name, maxsplit=1)[0]
        code = _country_variant(head) if head != name else None
        if code is None:
            return None
        codes.append(code)
        break
    return sorted(set(codes)) or None


def _country_variant(name: str) -> str | None:
    """A country named as lists write it: "South-Sudan", "Democratic Rep. Congo (DRC)"."""
    bracketed = re.search(r"\(([^)]+)\)", name)
    plain = re.sub(r"\s*\([^)]*\)", "", name)
    for candidate in (
        plain,
        plain.replace("-", " "),
        re.sub(r"\bRep\.", "Republic", plain),
        re.sub(r"\bRep\.\s*", "Republic of the ", plain),
        f"{plain[:-1]}ies" if plain.endswith("y") else f"{plain}s",
        bracketed.group(1) if bracketed else "",
    ):
        code = country_named(candidate) if candidate else None
        if code is not None:
            return code
    return None


_AGE_RULES: tuple[tuple[re.Pattern[str], bool], ...] = (
    (
        re.compile(
            r"between\s+(?:the\s+ages?\s+of\s+)?(?P<minimum>\d{2})\s+and\s+(?P<limit>\d{2})\s+years"
            r"|entre\s+(?P<minimum_fr>\d{2})\s+(?:et|y)\s+(?P<limit_fr>\d{2})\s+(?:ans|anos)"
        ),
        True,
    ),
    (
        re.compile(
            r"(?P<limit>\d{2})\s+(?:years?(?:\s+of\s+age|\s+old)?|ans|anos(?:\s+de\s+edad)?|anni)"
            r"\s+(?:or\s+(?:below|under|younger|less)|et moins|ou moins|o menos|o meno|au plus"
            r"|au maximum|maximum|como maximo|al maximo|massimo)"
        ),
        True,
    ),
    (
        re.compile(
            r"(?:not|no|never)\s+(?:be\s+)?older\s+than\s+(?P<limit>\d{2})"
            r"|ne\s+pas\s+(?:avoir\s+plus|etre\s+agee?\s+de\s+plus)\s+de\s+(?P<limit_fr>\d{2})\s+ans"
            r"|no\s+(?:ser\s+)?mayor(?:es)?\s+de\s+(?P<limit_es>\d{2})\s+anos"
            r"|no\s+superar\s+los\s+(?P<limit_es2>\d{2})\s+anos"
        ),
        True,
    ),
    (
        re.compile(
            r"(?:maximum|maximal|upper)?\s*age\s+limit\s*(?:is|of|:)?\s*(?P<limit>\d{2})\b"
            r"|maximum\s+age\s*(?:is|of|:)?\s*(?P<limit_max>\d{2})\b"
            r"|limite\s+d'age\s*(?:est\s+de|est\s+fixee\s+a|de|:)?\s*(?P<limit_fr>\d{2})\s+ans"
            r"|edad\s+maxima\s*(?:es\s+de|de|:)?\s*(?P<limit_es>\d{2})\s+anos"
            r"|eta\s+massima\s*(?:di|:)?\s*(?P<limit_it>\d{2})\s+anni"
        ),
        True,
    ),
    (
        re.compile(
            r"(?:under|below|younger than|less than)\s+the\s+age\s+of\s+(?P<limit>\d{2})\b"
            r"|(?:under|below|younger than|less than)\s+(?P<limit_years>\d{2})\s+years\s+of\s+age"
            r"|moins\s+de\s+(?P<limit_fr>\d{2})\s+ans|menores\s+de\s+(?P<limit_es>\d{2})\s+anos"
        ),
        False,
    ),
)
_END_OF_YEAR = re.compile(
    r"31(?:st)?\s*(?:of\s+)?(?:december|decembre|de\s+diciembre|dicembre|\.?\s*dezember)"
    r"|end of the (?:application )?year|fin de l'annee"
)
_APPLICATION_DAY = re.compile(
    r"(?:at|on) the (?:time|date|day) of (?:the )?application|when applying"
    r"|au moment de (?:la|leur) candidature|a la date de (?:la )?candidature"
    r"|al momento de (?:la )?(?:solicitud|postulacion)|vid ansokningstillfallet"
)
_WAIVABLE = re.compile(
    r"\bnormally\b|may be waived|exceptional cases|normalement|en principe|normalmente"
    r"|casos excepcionales"
)
_MILITARY = re.compile(r"militar|militaire|military")
_CANDIDATE = re.compile(
    r"candidat|applicant|eligib|\bage\b|\bborn\b|\bnes?\b|nacid|\bjpo|\bjea\b|requirement"
    r"|must|doivent|deben|requisit"
)


def _age(terms: _Text) -> Iterator[Found]:
    pool = terms.with_terms(terms.lines_of(Topic.ELIGIBILITY, Topic.QUALIFICATIONS))
    statements = list(terms.statements(pool))
    for index, (line, sentence, key) in enumerate(statements):
        if not _AGE_HINT.search(key) or not _CANDIDATE.search(key):
            continue
        for pattern, inclusive in _AGE_RULES:
            match = pattern.search(key)
            rule = None if match is None else _age_rule(match, sentence, key, inclusive=inclusive)
            if match is None or rule is None:
                continue
            after = key[match.start() :]
            nearby = " ".join(k for _, _, k in statements[index + 1 : index + 3])
            path = ("eligibility", "age")
            if _MILITARY.search(f"{after} {nearby}"):
                yield Inference(path=path, value=rule, statement=_MILITARY_UNREAD, lines=(line,))
            elif rule.get("reference") is None and not _END_OF_YEAR.search(after):
                rule["reference"] = "application-date"
                yield Inference(path=path, value=rule, statement=_NO_AGE_DAY, lines=(line,))
            else:
                yield Claim(path=path, value=rule, lines=(line,))
            return


_MILITARY_UNREAD = "the age limit as stated; the years it adds for military service were not read"
_NO_AGE_DAY = "the age limit names no day on which age is measured; read as the day of application"


def _age_rule(
    match: re.Match[str], sentence: str, key: str, *, inclusive: bool
) -> dict[str, object] | None:
    """The age rule a match states, with its wording from the match to the sentence's end."""
    numbers = {name: int(v) for name, v in match.groupdict().items() if v is not None}
    limit = next(v for name, v in numbers.items() if name.startswith("limit"))
    minimum = next((v for name, v in numbers.items() if name.startswith("minimum")), None)
    if not 15 <= limit <= 99:
        return None
    rule: dict[str, object] = {"limit": limit}
    if not inclusive:
        rule["inclusive"] = False
    if minimum is not None:
        rule["minimum"] = minimum
    if _WAIVABLE.search(key):
        rule["waivable"] = True
    rule["wording"] = _clean(sentence[match.start() :] if len(sentence) == len(key) else sentence)
    if _APPLICATION_DAY.search(key[match.start() :]):
        rule["reference"] = "application-date"
    return rule


# --- deadline -------------------------------------------------------------------------

_DEADLINE_LABELS = (
    "closing date",
    "closing date for applications",
    "closure date",
    "deadline",
    "deadline for applications",
    "deadline for application",
    "deadline to apply",
    "application deadline",
    "applications deadline",
    "date limite",
    "date limite de candidature",
    "date limite de depot des candidatures",
    "date de cloture",
    "fecha limite",
    "fecha limite de postulacion",
    "fecha limite para postular",
    "fecha de cierre",
    "plazo de presentacion",
    "scadenza",
    "termine ultimo",
    "bewerbungsschluss",
    "bewerbungsfrist",
)
_BY_DAY = re.compile(
    r"\b(?:no later than|not later than|au plus tard le|au plus tard|avant le|jusqu'au"
    r"|a m[aá]s tardar el|a m[aá]s tardar|antes del|hasta el|entro e non oltre il|entro il"
    r"|[eè] fissata per il|bis zum|bis sp[aä]testens|sp[aä]testens am|ist der)\s+",
    re.IGNORECASE,
)
_APPLYING = re.compile(
    r"applica|candidat|nominat|submi|receiv|deadline|closing|cloture|limite|solicitud|postula"
    r"|scadenza|domanda|bewerbung"
)


@attrs.frozen
class _Statement:
    deadline: Deadline
    line: Line
    inferred: str | None
    """The zone assumed, when the statement names none."""

    @property
    def precision(self) -> int:
        d = self.deadline
        parts = (d.time, d.utc_offset_minutes, d.abbreviation, d.zone, d.place)
        return sum(part is not None for part in parts) - (5 if self.inferred else 0)


_MAX_DEADLINE_STATEMENTS = 12
"""The most deadline statements read (announcements state one to three); the rest of a text
repeating them stays unplaced, and reading a hostile one stays cheap."""


def _deadlines(terms: _Text) -> Iterator[Found]:
    zone: list[tuple[str, tuple[Line, ...]] | None] = []
    statements: list[_Statement] = []
    seen: set[tuple[int, str]] = set()
    for line, wording in _deadline_wordings(terms):
        if len(seen) >= _MAX_DEADLINE_STATEMENTS:
            break
        if (line.number, wording) in seen:
            continue
        seen.add((line.number, wording))
        statement = _deadline_of(terms.announcement, line, wording, zone)
        if statement is not None:
            statements.append(statement)
    stated = [s for s in statements if s.inferred is None]
    chosen = stated or statements
    if not chosen:
        return
    best = max(chosen, key=lambda s: s.precision)  # the first of the most precise
    value = _deadline_value(best.deadline)
    if best.inferred is None:
        yield Claim(path=("deadline",), value=value, lines=(best.line,))
    else:
        station = zone[0]
        yield Inference(
            path=("deadline",),
            value=value,
            statement=(
                f"the deadline states no time zone; read in the duty station's, {best.inferred}"
            ),
            lines=(best.line, *(station[1] if station else ())),
        )
    restatements = [s for s in stated if s is not best]
    for index, statement in enumerate(restatements):
        yield Claim(
            path=("deadline_restatements", index),
            value=_deadline_value(statement.deadline),
            lines=(statement.line,),
        )


def _deadline_wordings(terms: _Text) -> Iterator[tuple[Line, str]]:
    ordered = terms.with_terms(terms.lines_of(Topic.APPLICATION))
    for value in _values(terms, ordered, _DEADLINE_LABELS, loose=True):
        yield value.lines[-1], _deadline_wording(_sentences(value.text)[0])
    for line, sentence, key in terms.statements(ordered):
        if not _APPLYING.search(key):
            continue
        match = _BY_DAY.search(sentence)
        if match is not None:
            yield line, _deadline_wording(sentence[match.end() :])


def _deadline_wording(text: str) -> str:
    """A deadline as written, without a clause after its bracketed zone.

    "15 Dicembre 2022 alle 15:00 (ora italiana), da presentare tramite …" ends at ")".
    """
    wording = _clean(text)
    close = wording.rfind(")")
    if close != -1 and re.match(r",?\s+[a-zà-ÿ]", wording[close + 1 :]):
        return wording[: close + 1]
    return wording


def _deadline_of(
    announcement: Announcement,
    line: Line,
    wording: str,
    zone: list[tuple[str, tuple[Line, ...]] | None],
) -> _Statement | None:
    if not wording or len(wording) > 160 or not re.search(r"\d", wording):
        return None
    try:
        return _Statement(parse_deadline(wording, locale=announcement.language), line, None)
    except (JpoModelError, ValueError) as error:
        # Only a wording that names no zone at all takes the duty station's; one that names
        # a place the reader does not know ("hora del centro del país") takes none.
        if "no time zone" not in str(error) or "names no place" in str(error):
            return None
    if not zone:
        zone.append(_station_zone(announcement))
    station = zone[0]
    if station is None:
        return None
    try:
        deadline = parse_deadline(wording, locale=announcement.language, default_zone=station[0])
    except (JpoModelError, ValueError):
        return None
    return _Statement(deadline, line, station[0])


def _station_zone(announcement: Announcement) -> tuple[str, tuple[Line, ...]] | None:
    """The duty station's zone as the identity reader finds it (read only when needed)."""
    for claim in _identity.read(announcement):
        if claim.path == ("duty_station", "time_zone") and isinstance(claim.value, str):
            return claim.value, claim.lines
    return None


def _deadline_value(deadline: Deadline) -> dict[str, object]:
    value = to_dict(deadline)
    value.pop("schema_version", None)
    return value


# --- DTTA -----------------------------------------------------------------------------

_DTTA = re.compile(
    r"\bDTTA\b|duty[- ]?(?:related )?travel and training|training allowance"
    r"|indemnit[ée] de (?:voyage|formation)|allocation (?:de|pour) (?:voyage|formation)"
    r"|asignaci[oó]n para viajes|viajes (?:oficiales )?y (?:de )?formaci[oó]n"
    r"|indennit[aà] (?:di|per) (?:viaggio|formazione)",
    re.IGNORECASE,
)
_NUMBER = r"\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?"
# Currency signs and words announcements write beside an amount. "$" alone is read as the
# US dollar, the currency UN budgets mean by it, and said so as an assumption.
_SIGNS = {
    "us$": "USD",
    "usd": "USD",
    "us dollars": "USD",
    "dollars americains": "USD",
    "dolares estadounidenses": "USD",
    "€": "EUR",
    "eur": "EUR",
    "euros": "EUR",
    "euro": "EUR",
    "£": "GBP",
    "chf": "CHF",
    "francs suisses": "CHF",
}
_SIGN = r"US\$|\$|€|£|[A-Z]{3}"
_WORD_SIGN = (
    r"US dollars|dollars am[ée]ricains|d[oó]lares estadounidenses|euros?|francs suisses|[A-Z]{3}"
)
_AMOUNT = re.compile(
    rf"(?P<sign>{_SIGN})\s?(?P<number>{_NUMBER})(?!\d)|(?<![\d,.])(?P<number_first>{_NUMBER})\s?(?P<sign_after>€|{_WORD_SIGN})\b"
)
_PER_YEAR = re.compile(
    r"per year|a year|per annum|annually|yearly|each year|per contract year|par an|annuel|par annee"
    r"|por ano|al ano|anual|all'anno|l'anno|annu|pro jahr|jahrlich"
)
_PURPOSE = re.compile(
    r"\b(?:which )?(?:may|can|is to) be used for\s+(?P<purpose>[^.;]+)", re.IGNORECASE
)


def _dtta(terms: _Text) -> Iterator[Found]:
    ordered = terms.with_terms(terms.lines_of(Topic.LEARNING, Topic.CONDITIONS))
    for line, sentence, key in terms.statements(ordered):
        if not _DTTA_HINT.search(key) or not _DTTA.search(sentence):
            continue
        money = _money_in(sentence)
        if money is None:
            continue
        amount, currency, sign = money
        value: dict[str, object] = {"annual": {"amount": amount, "currency": currency}}
        purpose = _PURPOSE.search(sentence)
        if purpose is not None:
            value["purpose"] = _clean(purpose.group("purpose"))
        assumed = []
        if sign == "$":
            assumed.append("'$' read as US dollars")
        if not _PER_YEAR.search(key):
            assumed.append(
                "the amount read as one contract year's (the text does not say per year)"
            )
        if assumed:
            yield Inference(
                path=("dtta",), value=value, statement="; ".join(assumed), lines=(line,)
            )
        else:
            yield Claim(path=("dtta",), value=value, lines=(line,))
        return


def _money_in(text: str) -> tuple[str, str, str] | None:
    """The first amount of money in ``text``: amount (as the currency's digits), code, sign."""
    for match in _AMOUNT.finditer(text):
        sign = match.group("sign") or match.group("sign_after") or ""
        number = match.group("number") or match.group("number_first") or ""
        currency = "USD" if sign == "$" else _SIGNS.get(folded(sign), sign.upper())
        if currency not in _code_lists.currency_codes():
            continue
        amount = _decimal(number)
        if amount is None:
            continue
        money = Money.of(amount, currency)
        if money.amount != amount:
            continue  # more decimals than the currency has: not an amount of it
        return str(money.amount), currency, sign
    return None


def _decimal(number: str) -> Decimal | None:
    """A written amount as a Decimal: "4,000", "4.000", "4 000", "4,000.50", "3.000,50", "4000".

    A separator followed by exactly three digits groups thousands, unless it is the only
    separator and another kind ends the number; one or two digits after the last
    separator are decimals.
    """
    text = number.replace("\u00a0", " ").replace("\u202f", " ")
    separators = [c for c in text if c in ",. "]
    if not separators:
        digits, decimals = text, ""
    else:
        last = max(text.rfind(","), text.rfind("."), text.rfind(" "))
        tail = text[last + 1 :]
        if len(tail) == 3 and len(set(separators)) == 1:
            digits, decimals = text, ""
        elif len(tail) in {1, 2} and text[last] != " ":
            digits, decimals = text[:last], tail
        else:
            return None
        grouping = {c for c in digits if c in ",. "}
        if len(grouping) > 1:
            return None
    whole = re.sub(r"[,. ]", "", digits)
    try:
        return Decimal(f"{whole}.{decimals}" if decimals else whole)
    except InvalidOperation:
        return None


# --- application and contact ----------------------------------------------------------

_URL = re.compile(r"https?://[^\s<>()\"']+")
_INFORMATION_WORDS = re.compile(r"information|informacion|informazioni|details|faq|criteria")
_APPLY_WORDS = re.compile(
    r"apply|submit|application|candidature|postul|solicitud|candidatura|via\b|bewerb"
)
# A note on the process: who is contacted, what is acknowledged, what is not considered.
_NOTE = re.compile(
    r"applica(?!ble)|applying|candidat|short-?listed|contacted|receipt|considered|submi|postul|solicitud"
)
_ONLINE = re.compile(r"\bonline\b|\ben ligne\b|\ben linea\b|\bon-line\b")


@attrs.define
class _Application:
    """What the "How to apply" section states, gathered line by line."""

    urls: list[tuple[str, tuple[Line, ...]]] = attrs.Factory(list)
    information: list[tuple[str, tuple[Line, ...]]] = attrs.Factory(list)
    online: Line | None = None
    notes: list[tuple[str, Line]] = attrs.Factory(list)

    def link(self, url: str, key: str, lines: tuple[Line, ...]) -> None:
        """A link introduced by a text on applying: where to apply, or where to read more."""
        if _APPLY_WORDS.search(key):
            target = self.information if _INFORMATION_WORDS.search(key) else self.urls
            target.append((url.rstrip(".,;"), lines))
        if _ONLINE.search(key) and _APPLY_WORDS.search(key):
            self.online = self.online or lines[0]

    def claims(self) -> Iterator[Found]:
        for name, links in (("urls", self.urls), ("information_urls", self.information)):
            if links:
                yield Claim(
                    path=("application", name),
                    value=_unique_text(u for u, _ in links),
                    lines=_unique(tuple(line for _, lines in links for line in lines)),
                )
        if self.online is not None:
            yield Claim(path=("application", "online_only"), value=True, lines=(self.online,))
        if self.notes:
            yield Claim(
                path=("application", "notes"),
                value=_unique_text(n for n, _ in self.notes),
                lines=_unique(tuple(line for _, line in self.notes)),
            )


def _application(terms: _Text, deadline_lines: set[int]) -> Iterator[Found]:
    section = terms.lines_of(Topic.APPLICATION)
    found = _Application()
    for index, line in enumerate(section):
        text = line.text.strip()
        if _URL.fullmatch(text.strip("<> ")):
            continue
        following = section[index + 1] if index + 1 < len(section) else None
        link = None if following is None else _URL.fullmatch(following.text.strip().strip("<> "))
        if text.endswith(":") and following is not None and link is not None:
            found.link(link.group(), _fold(text), (line, following))
        elif not is_heading(line):
            for sentence, key in terms.sentences(line):
                links = _URL.findall(sentence)
                for url in links:
                    found.link(url, key, (line,))
                if links or (line.number in deadline_lines and _BY_DAY.search(sentence)):
                    continue
                if _ONLINE.search(key) and _APPLY_WORDS.search(key):
                    found.online = found.online or line
                if _is_note(sentence, key):
                    found.notes.append((_note(sentence), line))
    yield from found.claims()


def _is_note(sentence: str, key: str) -> bool:
    """Whether a sentence of "How to apply" states something of the process."""
    return (
        _NOTE.search(key) is not None
        and ":" not in sentence[:40]
        and len(sentence.split()) >= 4
        and len(sentence) <= 300
    )


def _note(sentence: str) -> str:
    return _clean(sentence) + ("." if sentence.rstrip().endswith(".") else "")


_US_ADDRESS = re.compile(r"\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\s*$")


def _contact(terms: _Text) -> Iterator[Found]:
    for section in terms.announcement.topic(Topic.CONTACT):
        lines = [line for line in section.lines if line.text.strip()]
        if not lines or _URL.search(lines[0].text) or "@" in lines[0].text:
            continue
        organisation = lines[0]
        address, url = _address(lines[1:7])
        if len(organisation.text) > 150 or (not address and url is None):
            continue
        yield Claim(
            path=("contact", "organisation"), value=_clean(organisation.text), lines=(organisation,)
        )
        if address:
            yield Claim(
                path=("contact", "address"),
                value=[_clean(line.text) for line in address],
                lines=address,
            )
            yield from _address_country(address[-1])
        if url is not None:
            yield Claim(path=("contact", "url"), value=url[0], lines=(url[1],))
        return


def _address(lines: Sequence[Line]) -> tuple[tuple[Line, ...], tuple[str, Line] | None]:
    """The address lines of a contact block, up to its web address (and that address)."""
    address: list[Line] = []
    for line in lines:
        link = _URL.search(line.text)
        if link is not None:
            return tuple(address), (link.group().rstrip(".,;"), line)
        if "@" in line.text or len(line.text) > 100:
            break
        address.append(line)
    return tuple(address), None


def _address_country(line: Line) -> Iterator[Found]:
    last = line.text.strip()
    code = country_named(last.rsplit(",", 1)[-1])
    if code is not None:
        yield Claim(path=("contact", "country"), value=code, lines=(line,))
    elif _US_ADDRESS.search(last):
        yield Inference(
            path=("contact", "country"),
            value="US",
            statement="the address's country, US, from its state code and ZIP code",
            lines=(line,),
        )


def _unique(lines: Sequence[Line]) -> tuple[Line, ...]:
    seen: set[int] = set()
    kept = []
    for line in lines:
        if line.number not in seen:
            seen.add(line.number)
            kept.append(line)
    return tuple(kept)


def _unique_text(items: Iterator[str] | Sequence[str]) -> list[str]:
    return list(dict.fromkeys(items))
