"""Reading what a post asks of a candidate: education, experience, languages, skills, competencies.

The qualifications section of every form is a handful of subsections ("Education:", "Work
experience:", "Languages:", "Skills", "UN competencies:"), sometimes split into "Minimum:" and
"Desirable:" blocks (the ILO vacancy proposal), sometimes one list of sentences. Each sentence
is read by what it says: a degree level and its fields, years of experience and their areas,
how experience is counted, languages with a level, a skill, a named competency. A sentence
this reader cannot read for sure stays unplaced; so do the sentences about where a degree was
earned and how much UN experience is too much, which are eligibility rules (read by `_terms`).
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator, Sequence

import attrs

from jpo_model.reading._claims import Announcement, Claim, Inference, Step, folded, number_in
from jpo_model.reading.sections import Section, Topic, topic_of
from jpo_model.reading.source import Line

__all__ = ["read"]

_Q = "qualifications"
_SUBTOPICS = frozenset(
    {Topic.EDUCATION, Topic.EXPERIENCE, Topic.LANGUAGES, Topic.SKILLS, Topic.COMPETENCIES}
)


@attrs.frozen(kw_only=True)
class _Sentence:
    """A sentence of a qualifications section, with what its place says about it."""

    text: str
    topic: Topic
    """The subsection it sits in (QUALIFICATIONS when the section has none)."""
    block: str | None
    """The necessity its "Minimum:" / "Desirable:" block gives it, if any."""
    lines: tuple[Line, ...]
    """Its line, and the block's label line when there is one."""
    section: Section
    free: bool = False
    """Found outside the qualifications, in a passage that states requirements."""


def read(announcement: Announcement) -> Iterator[Claim | Inference]:
    """The claims this reader makes about an announcement's qualifications."""
    sentences = list(_sentences(announcement)) or list(_free_sentences(announcement))
    if not sentences:
        return
    names = _LanguageNames.of(announcement.language)
    language_sentences = [s for s in sentences if _is_language_sentence(s, names)]
    taken = {id(s) for s in language_sentences}
    yield from _languages(language_sentences, names)
    rest = [s for s in sentences if id(s) not in taken]
    yield from _education([s for s in rest if Topic.EDUCATION in _about(s)])
    yield from _experience([s for s in rest if Topic.EXPERIENCE in _about(s)])
    yield from _skills([s for s in rest if s.topic is Topic.SKILLS])
    yield from _competencies(announcement)


# --- Sentences and their blocks ------------------------------------------------------------

_BLOCK_LABEL = re.compile(
    r"(?P<label>minimum|minimum requirements?|required|requirements?|essential|mandatory"
    r"|desirable|desired|preferred|assets?|highly desirable|requis|exige|souhaitable|atouts?"
    r"|minimo|requerido|deseable|mindestens|erforderlich|wunschenswert)"
    r"\s*(?::|\t)\s*(?P<rest>.*)",
)
_LABEL = re.compile(r"(?P<label>[^\t:.;]{2,40}?)\s*(?::|\t)\s*(?P<rest>.*)")


def _block_of(label: str | None) -> str | None:
    """The necessity a block label or a section title gives its sentences, if it gives one."""
    if label is None:
        return None
    text = folded(label).rstrip(": ")
    if re.match(r"(?:minimum|required|essential|mandatory|requis|exige|minimo|requerid)", text):
        return "required"
    return _stated_necessity(text)


def _sentences(announcement: Announcement) -> Iterator[_Sentence]:  # noqa: C901 - one branch per label kind
    for section in announcement.sections:
        if section.topic not in _SUBTOPICS and section.topic is not Topic.QUALIFICATIONS:
            continue
        topic = section.topic
        block, block_line = _block_of(section.title), None
        for line in section.lines:
            text = line.text.strip().strip("*").strip()
            if not text:
                continue
            found = _BLOCK_LABEL.fullmatch(folded(text))
            if found is not None:
                block, block_line = _block_of(found.group("label")), line
                text = text[len(text) - len(found.group("rest")) :] if found.group("rest") else ""
                if not text:
                    continue
            labelled = _LABEL.fullmatch(text)
            if labelled is not None and topic is not Topic.COMPETENCIES:
                named = topic_of(labelled.group("label"))
                if named in _SUBTOPICS:
                    if not labelled.group("rest"):
                        topic, block, block_line = named, None, None
                        continue
                    text = labelled.group("rest")
                    topic = named if topic is Topic.QUALIFICATIONS else topic
            lines = (line,) if block_line is None else (block_line, line)
            for sentence in _split(text):
                yield _Sentence(
                    text=sentence, topic=topic, block=block, lines=lines, section=section
                )


_ABBREVIATIONS = re.compile(r"(?:\b(?:e\.g|i\.e|etc|no|nos|incl|approx|cf|p|ca|vs|art)|\b[A-Z])\.$")


def _split(text: str) -> list[str]:
    """The sentences of a line: split after '.', '!' or '?' followed by a capital, outside brackets.

    >>> _split("Fluency in English is required. Knowledge of French (e.g. B2) is an asset.")
    ['Fluency in English is required.', 'Knowledge of French (e.g. B2) is an asset.']
    """
    sentences: list[str] = []
    depth, start = 0, 0
    for index, char in enumerate(text):
        if char in "([":
            depth += 1
        elif char in ")]":
            depth = max(0, depth - 1)
        elif (
            char in ".!?"
            and depth == 0
            and re.match(r"\s+[^\W\d_]", text[index + 1 :])
            and text[index + 1 :].lstrip()[:1].isupper()
            and not _ABBREVIATIONS.search(text[start : index + 1])
        ):
            sentences.append(text[start : index + 1].strip())
            start = index + 1
    sentences.append(text[start:].strip())
    return [s for s in sentences if s]


def _about(sentence: _Sentence) -> frozenset[Topic]:
    """The subtopics a sentence is about: its subsection's, or (in a plain list) its words'.

    Under a heading about education or about qualifications in general, a sentence asking
    for years of experience is about experience ("Required Education and Work Experience:").
    """
    if sentence.topic not in {Topic.QUALIFICATIONS, Topic.EDUCATION}:
        return frozenset({sentence.topic})
    text = folded(sentence.text)
    found: set[Topic] = set()
    degree = any(pattern.search(text) for pattern, _ in _DEGREES)
    if degree or sentence.topic is Topic.EDUCATION:
        found.add(Topic.EDUCATION)
    substitution = _LIEU.search(text) is not None
    if (
        not substitution
        and not (degree and sentence.topic is Topic.EDUCATION)
        and _minimum_years(text, under_heading=_under_experience(sentence)) is not None
    ):
        found.add(Topic.EXPERIENCE)
        if not degree:
            found.discard(Topic.EDUCATION)
    elif _EXPERIENCE_WORD.match(text) and not sentence.free:
        found.add(Topic.EXPERIENCE)
    return frozenset(found)


_CUE = re.compile(
    r"\brequirements?\b|\b(?:candidates?|applicants?"
    r"|participants?)\b.{0,40}\b(?:must|should|shall)\b"
    r"|\bmandatory\b|\bdoivent (?:disposer|avoir|posseder|etre)|\bdeben (?:tener|poseer|contar)"
    r"|\brequisit|\bexigences\b|\bconditions d'admission|\bvoraussetzung"
)


def _free_sentences(announcement: Announcement) -> Iterator[_Sentence]:
    """Sentences stating requirements in a text without a qualifications section.

    A donor's programme page or eligibility block ("General requirements for candidates …",
    "les candidats doivent disposer d'un diplôme …"): the line that says so, and the list
    items that follow it.
    """
    for section in announcement.sections:
        cued = False
        for line in section.lines:
            if _CUE.search(folded(line.text)):
                cued = True
            elif not line.item:
                cued = False
                continue
            if cued:
                for sentence in _split(line.text.strip()):
                    yield _Sentence(
                        text=sentence,
                        topic=Topic.QUALIFICATIONS,
                        block=None,
                        lines=(line,),
                        section=section,
                        free=True,
                    )


# --- Necessity -----------------------------------------------------------------------------

_HIGHLY = re.compile(
    r"\b(?:highly|strongly) desir|\bstrong asset|\btres souhaitable|\bhautement souhaitable"
    r"|\baltamente deseable|\bmuy deseable|\bsehr wunschenswert"
)
_DESIRABLE = re.compile(
    r"\bdesir(?:able|ed)\b|\basset\b|\badvantage|\bpreferred\b|\b(?:is|a|un) plus\b|\bsouhait"
    r"|\batout|\bavantage|\bapprecie|\bdeseable|\bse valorar|\bvalorad|\bventaja|\bpreferible"
    r"|\bwunschenswert|\bvon vorteil|\bvorteilhaft|\bauspicabil|\bpreferenzial|\bdesejavel"
    r"|\bvantagem|\bnot (?:required|mandatory|a requirement)|\bnon (?:considerat[ie] )?necessar"
    r"|\bnon richiest|\bpas (?:necessaire|obligatoire"
    r"|requis)|\bno (?:es |son )?(?:necesari|obligatori)"
)
_REQUIRED = re.compile(
    r"\brequired\b|\brequirement\b|\bessential\b|\bmandatory\b|\bmust\b|\brequise?s?\b"
    r"|\bexigee?s?\b|\bindispensable|\bobligatoire|\bse requiere|\brequerid|\bimprescindible"
    r"|\bobligatori|\berforderlich|\bvorausgesetzt|\brichiest|\bobbligatori|\bexigid"
)


def _stated_necessity(text: str) -> str | None:
    """The necessity a (folded) sentence states in words, if it states one."""
    if _HIGHLY.search(text):
        return "highly-desirable"
    if _DESIRABLE.search(text):
        return "desirable"
    if _REQUIRED.search(text):
        return "required"
    return None


def _necessity(sentence: _Sentence, text: str | None = None) -> str:
    stated = _stated_necessity(folded(sentence.text if text is None else text))
    return stated or sentence.block or "required"


_PREDICATE = re.compile(
    r"\s+(?:is|are)\s+(?:also\s+)?(?:a requirement|required|(?:highly |strongly )?desirable"
    r"|an? (?:additional )?(?:asset|advantage)|essential|mandatory)\s*[.;]?\s*$",
    re.IGNORECASE,
)


def _requirement(sentence: _Sentence) -> dict[str, str]:
    """A sentence as a Requirement: its text without "is required" and the like."""
    text = _PREDICATE.sub("", sentence.text).strip()
    found: dict[str, str] = {"text": text}
    necessity = _necessity(sentence)
    if necessity != "required":
        found["necessity"] = necessity
    return found


# --- Education -----------------------------------------------------------------------------

_DEGREES: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(
            r"\bph\.? ?d\b|\bdoctora(?:te|l|t|do)\b|\bdoktor|\bdottorato|\bdoutorado",
        ),
        "doctorate",
    ),
    (
        re.compile(
            r"\badvanced (?:university |academic )?degree|\bmaster'?s?\b|\bpost-?graduate degree"
            r"|\bdiplome (?:universitaire )?superieur|\bdiplome universitaire de (?:deuxieme|2e)"
            r"|\bniveau master|\btitulo (?:universitario )?(?:avanzado|de posgrado|de postgrado)"
            r"|\bmaestria|\bmasterabschluss|\bmagister|\blaurea (?:magistrale|specialistica)"
            r"|\bmestrado|\bmaitrise\b",
        ),
        "advanced",
    ),
    (
        re.compile(
            r"\bfirst[- ]level (?:university |academic )?degree|\bfirst (?:university )?degree"
            r"|\bbachelor'?s?\b|\bundergraduate degree|\bdiplome universitaire de premier"
            r"|\bpremier (?:cycle|diplome) universitaire|\blicence\b"
            r"|\btitulo (?:universitario )?de primer nivel|\bprimer titulo universitario"
            r"|\blicenciatura|\bbachelorabschluss|\blaurea triennale|\bbacharelado",
        ),
        "first-level",
    ),
)
_RANK = {"first-level": 1, "advanced": 2, "doctorate": 3}
_LIEU = re.compile(
    r"\bin lieu of\b|\binstead of\b|\bin place of\b|\ben lieu et place\b|\bau lieu d|\ba la place d"
    r"|\ben lugar de\b|\ben sustitucion\b|\ben vez de\b|\banstelle\b|\bin luogo\b|\binvece d"
    r"|\bem (?:vez|lugar) de\b|\bequivalent to\b"
)
_COMBINED = re.compile(
    r"\bin combination with\b|\bcombined with\b|\bplus\b"
    r"|\band an? additional\b|\bwith an? additional"
    r"|\ben combinaison avec\b|\bcombinee? (?:a|avec)\b|\bcombinado con\b|\ben combinacion con\b"
    r"|\bjunto con\b|\bin kombination mit\b|\bin combinazione con\b|\bem combinacao com\b"
)
_EXCEPTIONAL = re.compile(r"\bexception|\bexcepcion|\bausnahme|\beccezional")
_YEARS_WORD = r"(?:years?|yrs?|ans|annees|anos|jahre|jahren|anni)\b"
_SUBSTITUTION_YEARS = re.compile(
    r"(?P<number>\d{1,2}|[a-z]+(?:-[a-z]+)?)\s*(?:\(\d{1,2}\)\s*)?"
    r"(?:(?:additional|further|more|supplementaires?"
    r"|adicionales?|zusatzliche|weitere|ulteriori)\s+)?" + _YEARS_WORD
)
_WHERE_EARNED = re.compile(
    r"\btaken place\b|\bcountr|\bpays\b|\bpais\b|\bobtained (?:in|from)\b|\baccredit|\binstitution"
)
_EQUIVALENT_EXPERIENCE = re.compile(
    r",?\s*(?:or|ou|o)\s+(?:the\s+|an?\s+|une?\s+|l'|la\s+)?equivalent(?:e)?\s+"
    r"(?:combination of education and\s+)?(?:relevant\s+|professional\s+|work\s+)?"
    r"(?:professional\s+|work\s+)?(?:experiences?|experiencia|experience professionnelle)\b.*$",
    re.IGNORECASE,
)
_FIELDS_START = re.compile(
    r"^\s*(?:\([^)]*\)\s*)*,?\s*(?:in|en|dans|in der|im)\s+(?:the\s+|one of the\s+)?"
    r"(?:(?:fields?|areas?|disciplines?) of(?: study)?(?: of)?\s*:?\s+"
    r"|following (?:fields|areas)\s*:?\s*"
    r"|domaines? (?:de |du |des )|(?:area|campo|ambito) de |el area de |las areas de )?",
    re.IGNORECASE,
)
_FIELDS_END = re.compile(
    r"\s+(?:is|are|will be|would be)\s+(?:required|desirable|an asset|a requirement|essential)"
    r"|\s+(?:est|es)\s+(?:exige|requis|indispensable|necesario|obligatorio)"
    r"|;|\s+with\b|\s+preferably\b|,?\s+or equivalent\b|\.\s*$|\s+from an?\b|\s+de preference\b",
    re.IGNORECASE,
)
_GENERIC_FIELD = re.compile(
    r"(?:(?:any|an|a|another|other|similar)\s+)*(?:other\s+)?(?:relevant|related|similar|pertinent"
    r"|appropriate)?\s*(?:fields?|disciplines?|subjects?|areas?)"
    r"(?: of (?:study|expertise|specialization|specialisation))?"
    r"|related (?:fields?|subjects?|disciplines?|areas?)"
    r"|(?:autre )?(?:domaine|discipline) (?:connexe|pertinente?|apparente)"
    r"|(?:otra |otras )?(?:disciplinas?|areas?|campos?) (?:afines?|relacionad[oa]s?|pertinentes?)",
    re.IGNORECASE,
)
_OTHER_FIELD = re.compile(r"^(?:any |an |a )?(?:other|another|autre|otra|otro)\b", re.IGNORECASE)


def _levels_in(text: str) -> list[tuple[int, str]]:
    """Where each degree level is named in a folded text, in order."""
    found = [(m.start(), level) for pattern, level in _DEGREES for m in pattern.finditer(text)]
    return sorted(found)


def _education(sentences: Sequence[_Sentence]) -> Iterator[Claim]:
    path: tuple[Step, ...] = (_Q, "education")
    minimum: str | None = None
    desirable: str | None = None
    substitutions = 0
    fields_read = False
    for sentence in sentences:
        text = folded(sentence.text)
        levels = _levels_in(text)
        if not levels or _WHERE_EARNED.search(text) or _AFTER_FIRST_DEGREE.search(text):
            continue
        if _LIEU.search(text) or (_COMBINED.search(text) and len({lv for _, lv in levels}) > 1):
            found = _substitution(text, levels, minimum)
            if found is not None:
                yield Claim(
                    path=(*path, "substitutions", substitutions), value=found, lines=sentence.lines
                )
                substitutions += 1
            continue
        necessity = _necessity(sentence)
        lowest = min((lv for _, lv in levels), key=_RANK.__getitem__)
        preferred = re.search(
            r"\b(?:preferabl[ey]|de preference|preferiblemente|vorzugsweise)\b", text
        )
        if necessity == "required" and minimum is None:
            minimum = lowest
            yield Claim(path=(*path, "minimum"), value=lowest, lines=sentence.lines)
            if preferred:
                higher = [
                    lv
                    for pos, lv in levels
                    if pos > preferred.start() and _RANK[lv] > _RANK[lowest]
                ]
                if higher and desirable is None:
                    desirable = higher[0]
                    yield Claim(path=(*path, "desirable"), value=desirable, lines=sentence.lines)
        elif (
            necessity != "required"
            and desirable is None
            and (minimum is None or _RANK[lowest] > _RANK[minimum])
        ):
            desirable = lowest
            yield Claim(path=(*path, "desirable"), value=lowest, lines=sentence.lines)
        else:
            continue
        if not fields_read:
            fields_read = True
            yield from _fields(sentence, path)


def _substitution(
    text: str, levels: list[tuple[int, str]], minimum: str | None
) -> dict[str, object] | None:
    """A degree plus years of experience accepted in lieu of a higher one (folded text)."""
    lieu = _LIEU.search(text)
    after = [lv for pos, lv in levels if lieu is not None and pos > lieu.start()]
    in_lieu_of = after[0] if after else minimum
    held = next((lv for pos, lv in levels if lieu is None or pos < lieu.start()), None)
    if held is None or in_lieu_of is None or _RANK[held] >= _RANK[in_lieu_of]:
        return None
    years = None
    for match in _SUBSTITUTION_YEARS.finditer(text):
        word = match.group("number")
        years = (
            1 if word in {"a", "an", "one", "un", "une", "una", "ein", "einem"} else number_in(word)
        )
        if years is not None:
            break
    if years is None:
        return None
    found: dict[str, object] = {
        "held": held,
        "in_lieu_of": in_lieu_of,
        "additional_experience_years": years,
    }
    if _EXCEPTIONAL.search(text):
        found["exceptional"] = True
    return found


def _fields(sentence: _Sentence, path: tuple[Step, ...]) -> Iterator[Claim]:
    """The fields of study a degree sentence lists, as written."""
    text = sentence.text.replace("’", "'")
    if len(folded(text)) != len(text):
        return
    # Brackets masked, so that "(master's degree or equivalent)" neither ends nor starts a list.
    masked = re.sub(r"\([^()]*\)", lambda m: " " * len(m.group(0)), text)
    ends = [m.end() for pattern, _ in _DEGREES for m in pattern.finditer(folded(masked))]
    if not ends:
        return
    rest = masked[max(ends) :]
    rest = re.sub(r"^\s*(?:degree|diploma)\b", "", rest, flags=re.IGNORECASE)
    equivalent = _EQUIVALENT_EXPERIENCE.search(rest)
    if equivalent is not None:
        rest = rest[: equivalent.start()]
        yield Claim(
            path=(*path, "equivalent_experience_accepted"), value=True, lines=sentence.lines
        )
    start = _FIELDS_START.match(rest)
    if start is None or not start.group(0).strip(" (),"):
        return
    rest = rest[start.end() :]
    end = _FIELDS_END.search(rest)
    rest = rest[: end.start()] if end else rest
    items = _list_items(rest, ("or", "ou", "o", "u", "oder", "and", "et", "y", "und"))
    fields = [item for item in items if not _GENERIC_FIELD.fullmatch(item)]
    related = len(fields) < len(items) or any(_OTHER_FIELD.match(item) for item in fields)
    if fields:
        yield Claim(path=(*path, "fields"), value=fields, lines=sentence.lines)
    if related:
        yield Claim(path=(*path, "related_fields_accepted"), value=True, lines=sentence.lines)


def _list_items(text: str, joins: Sequence[str]) -> list[str]:
    """Items of a written list: "A, B, C or D", "A, B, and C" (a last "and" splits after commas)."""
    parts = [p.strip() for p in re.split(r",\s*(?:(?:and|or|et|ou|y|o)\s+)?", text) if p.strip()]
    if not parts:
        return []
    alternatives = "|".join(re.escape(j) for j in joins if j not in {"and", "et", "y", "und"})
    tail = re.split(rf"\s+(?:{alternatives})\s+", parts[-1])
    if len(parts) > 1 and len(tail) == 1:
        tail = re.split(r"\s+(?:and|et|y|und)\s+", parts[-1], maxsplit=1)
        if len(tail) == 2 and any(" and " in p or " et " in p for p in parts[:-1]):
            tail = [parts[-1]]
    items = [*parts[:-1], *tail]
    return [item.strip(" .;:") for item in items if item.strip(" .;:")]


# --- Experience ----------------------------------------------------------------------------

_NUMBER = r"\d{1,2}|[a-z]+(?:-[a-z]+)?"
_YEARS = re.compile(
    rf"(?<![\w-])(?P<lo>{_NUMBER})(?:\s*\(\d{{1,2}}\))?"
    rf"(?:(?:\s*[-–]\s*|\s+(?:to|a|y|et|and|bis|und|e)\s+)(?P<hi>{_NUMBER})(?:\s*\(\d{{1,2}}\))?)?"
    rf"\s*\+?\s*(?:or more\s+)?(?:full[- ]time\s+)?{_YEARS_WORD}"
)
_NOT_A_MINIMUM = re.compile(
    r"(?:exceed|no more than|not more than|maximum(?: of)?|up to|less than|under|at most|au plus"
    r"|pas plus de|hasta|no mas de|hochstens|older than|more than|over|plus de|mas de)\s*$"
)
_EXPERIENCE_WORD = re.compile(
    r"\b(?:(?:work|professional|relevant|paid)\s+)?experien|\bexperiencia|erfahrung|\besperienza"
    r"|\berfarenhet"
)
_AGE = re.compile(r"^\s*(?:of age|old|d'age|de edad|alt)\b")
_AREAS = re.compile(
    r"\bexperien\w*\s+(?:\w+\s+){0,3}?(?:in|within|relevant to|related to|on|dans|en)\s+"
    r"(?:(?:the\s+)?(?:areas?|fields?|domaines?) (?:of|de|du|des)\s+(?:the\s+)?)?(?P<areas>.+)",
    re.IGNORECASE,
)
_AREAS_END = re.compile(
    r"\s+(?:is|are|will be|would be)\s+(?:also\s+)?(?:required"
    r"|desirable|an asset|a requirement|essential)"
    r"|\s+at (?:the |a )?[\w /,-]+ levels?\b|\s+with\b"
    r"|\s*\(|;|\s+would\b|\s+including\b|\s+preferably\b"
    r"|\s+(?:is|est|es)\s+(?:exige|requis|indispensable|necesario)|\.\s*$",
    re.IGNORECASE,
)
_LEVEL = re.compile(r"\bat (?:the|a) (?P<level>[\w /-]{2,40}?) levels?\b", re.IGNORECASE)
_PROGRESSIVE = re.compile(r"\bprogressive|\bprogressivement|\bprogresiva|\bprogressiva|\bzunehmend")
_PAID = re.compile(r"\bpaid\b|\bremuner")
_AFTER_FIRST_DEGREE = re.compile(
    r"\bafter (?:the |obtaining (?:the |a |their )?"
    r"|completion of (?:the |a )?|receiving (?:the |a )?)?"
    r"(?:first[- ]level|first|bachelor)|\bpost[- ]bachelor|\bapres (?:l'obtention d[eu] )?"
    r"(?:premier|la licence|le bachelor)|\bdespues de (?:obtener |la obtencion de )?(?:el |un )?"
    r"(?:primer titulo|titulo universitario de primer nivel|licenciatura)|\bnach (?:dem|einem) "
    r"(?:ersten|bachelor)"
)
_KINDS = (
    (
        "internship",
        re.compile(r"\bintern(?:ship)?s?\b|\bstages?\b|\bpasantias?\b|\bpracticas\b|\bpraktik"),
    ),
    ("volunteering", re.compile(r"\bvolunteer(?:ing|ism| work)?s?\b|\bbenevolat|\bvoluntariado")),
    ("unv", re.compile(r"\bunvs?\b|\bun volunteers?\b|\bunited nations volunteers?\b")),
    ("consultancy", re.compile(r"\bconsultanc(?:y|ies)\b|\bconsultorias?\b")),
    ("fellowship", re.compile(r"\bfellowships?\b")),
)
_PERCENT = re.compile(r"(?P<percent>\d{1,3})\s*(?:%|per ?cent|percent|pour ?cent|por ?ciento)")
_NOT_COUNTED = re.compile(
    r"\b(?:not (?:be )?(?:counted|considered)|do(?:es)? not count|ne (?:sont|seront|compte) pas"
    r"|no (?:se )?(?:cuenta|cuentan|consideran?))\b"
)
_IF_RELEVANT = re.compile(
    r"\bif (?:considered |deemed )?relevant|\bsi (?:elle est "
    r"|ils sont )?pertinent|\bsi (?:es|son) pertinente"
)
_PART_TIME = re.compile(r"\bpart[- ]time|\btemps partiel|\btiempo parcial|\bteilzeit")
_PRO_RATA = re.compile(r"\bpro[- ]?rata|\bprorata|\bprorrat|\banteilig")
_CEILING = re.compile(
    r"\bexceed|\bno more than|\bnot more than|\bmaximum\b|\bne (?:doit"
    r"|doivent) pas depasser|\bno (?:debe|deberan?) (?:exceder|superar)|\beligib"
)


def _experience(sentences: Sequence[_Sentence]) -> Iterator[Claim]:
    path: tuple[Step, ...] = (_Q, "experience")
    years_read = False
    statements = 0
    weights: set[str] = set()
    for sentence in sentences:
        text = folded(sentence.text)
        if _CEILING.search(text):
            continue  # how much UN experience is too much: an eligibility rule
        out: list[Claim] = []
        if _counting(sentence, text, path, weights, out):
            yield from out
            continue
        years = (
            None if years_read else _minimum_years(text, under_heading=_under_experience(sentence))
        )
        if years is not None and "required" in {_necessity(sentence), sentence.block}:
            years_read = True
            yield from _years_claims(sentence, years, path)
            continue
        if _EXPERIENCE_WORD.search(text) and not sentence.free:
            yield Claim(
                path=(*path, "statements", statements),
                value=_requirement(sentence),
                lines=sentence.lines,
            )
            statements += 1


def _under_experience(sentence: _Sentence) -> bool:
    """Whether the sentence sits under a heading about experience ("… and Work Experience:")."""
    return sentence.section.title is not None and "experien" in folded(sentence.section.title)


def _minimum_years(text: str, *, under_heading: bool = False) -> tuple[int, int | None] | None:
    """The least (and greatest) years of experience a folded sentence asks for.

    The sentence must name experience, or sit under an experience heading and read "N years
    of …" ("A minimum of two years of paid").
    """
    named = _EXPERIENCE_WORD.search(text) is not None
    for match in _YEARS.finditer(text):
        if not named and not (under_heading and re.match(r"\s+of\b", text[match.end() :])):
            continue
        if _NOT_A_MINIMUM.search(text[: match.start()]) or _AGE.match(text[match.end() :]):
            continue
        lo = number_in(match.group("lo"))
        if lo is None:
            continue
        hi = number_in(match.group("hi")) if match.group("hi") else None
        if match.group("hi") and (hi is None or hi < lo):
            continue
        return lo, hi
    return None


def _years_claims(
    sentence: _Sentence, years: tuple[int, int | None], path: tuple[Step, ...]
) -> Iterator[Claim]:
    lo, hi = years
    lines = sentence.lines
    yield Claim(path=(*path, "minimum_years"), value=lo, lines=lines)
    if hi is not None and hi > lo:
        yield Claim(path=(*path, "maximum_years"), value=hi, lines=lines)
    text = folded(sentence.text)
    if _PROGRESSIVE.search(text):
        yield Claim(path=(*path, "progressive"), value=True, lines=lines)
    if _PAID.search(text):
        yield Claim(path=(*path, "paid_only"), value=True, lines=lines)
    raw = sentence.text.replace("’", "'")
    level = _LEVEL.search(raw)
    if level is not None:
        yield Claim(path=(*path, "level"), value=level.group("level").strip(), lines=lines)
    areas = _AREAS.search(raw)
    if areas is not None:
        rest = areas.group("areas")
        end = _AREAS_END.search(rest)
        rest = rest[: end.start()] if end else rest
        if rest.lower().startswith("the ") and " of " in rest.rsplit(",", 1)[-1]:
            items = [rest[4:].strip(" .")]  # "the development, implementation … of X": one area
        else:
            items = _list_items(rest, ("or", "ou", "o", "oder"))
        if items:
            yield Claim(path=(*path, "areas"), value=items, lines=lines)


def _counting(
    sentence: _Sentence, text: str, path: tuple[Step, ...], weights: set[str], out: list[Claim]
) -> bool:
    """Read a counting rule into ``out``; whether the sentence was one."""
    counting = (*path, "counting")
    if _AFTER_FIRST_DEGREE.search(text) and _EXPERIENCE_WORD.search(text):
        out.append(
            Claim(path=(*counting, "only_after_first_degree"), value=True, lines=sentence.lines)
        )
        return True
    if _PART_TIME.search(text) and _PRO_RATA.search(text):
        out.append(Claim(path=(*counting, "part_time_pro_rata"), value=True, lines=sentence.lines))
        return True
    percent = _PERCENT.search(text)
    half = re.search(r"\b(?:half|la moitie|la mitad)\b", text)
    if percent is None and half is None and not _NOT_COUNTED.search(text):
        return False
    value = percent.group("percent") if percent else ("50" if half else "0")
    kinds = [kind for kind, pattern in _KINDS if pattern.search(text) and kind not in weights]
    if not kinds or int(value) > 100:
        return False
    for kind in kinds:
        weight: dict[str, object] = {"kind": kind, "percent": value}
        if _IF_RELEVANT.search(text):
            weight["if_relevant"] = True
        out.append(
            Claim(path=(*counting, "weights", len(weights)), value=weight, lines=sentence.lines)
        )
        weights.add(kind)
    return True


# --- Languages -----------------------------------------------------------------------------

# The six official languages of the United Nations (General Assembly resolution 3190 (XXVIII),
# 1973), in the order the UN lists them (English names, alphabetical).
_UN_LANGUAGES = ("ar", "zh", "en", "fr", "ru", "es")
# Constructed languages whose names are ordinary words in some language ("ido" in Spanish).
_NOT_NAMES = frozenset({"io", "ia", "ie", "vo"})
_OTHER_NAMES = {"mandarin": "zh", "farsi": "fa", "kiswahili": "sw", "bahasa indonesia": "id"}

_LEVELS: tuple[tuple[str, str], ...] = (
    (
        "excellent",
        (
            r"excellen\w*|excelent\w*|outstanding|perfect\w*|parfaite maitrise|mother tongue|native"
            r"|langue maternelle|lengua materna|mutterspr\w*|ausgezeichnet\w*|hervorragend\w*"
            r"|verhandlungssicher\w*|ottim[oae]|eccellent\w*|utmarkt\w*|perfeit[oa]"
        ),
    ),
    ("fluent", r"fluen\w*|couramment|courant\w*|fluidez|fluid[oa]|fliessend\w*|fluente"),
    (
        "proficient",
        (
            r"proficien\w*|very good|tres bonnes?|muy buen[oa]?|sehr gute?\w*|maitrise\w*|dominio"
            r"|domina\w*|command of|padronanza"
        ),
    ),
    ("good", r"good|bonnes?|bon|buen[oa]?|gute?\w*|buon[oa]?|boa|bom|solid\w*|sound"),
    (
        "knowledge",
        (
            r"(?:working )?knowledge|familiarity|basic|notions?|connaissances?|conocimientos?"
            r"|kenntniss\w*|conoscenz[ae]|conhecimentos?|understanding"
        ),
    ),
)
_LEVEL_PHRASE = re.compile("|".join(rf"(?P<{level}>\b(?:{words})\b)" for level, words in _LEVELS))
_UN_SET = re.compile(
    r"\b(?:official\s+)?(?:un|u\.n\.|united nations)\s+(?:official\s+)?languages?\b"
    r"|\bofficial\s+(?:un\s+|united nations\s+)?languages?\s+of\s+the\s+(?:un|united nations)\b"
    r"|\blangues?\s+officielles?\s+(?:de\s+l'onu|des\s+nations\s+unies|de\s+l'organisation)"
    r"|\blangues?\s+de\s+l'onu\b"
    r"|\b(?:idiomas?|lenguas?)\s+oficial(?:es)?\s+de\s+(?:las\s+naciones\s+unidas|la\s+onu)"
    r"|\b(?:idiomas?|lenguas?)\s+de\s+(?:las\s+naciones\s+unidas|la\s+onu)"
    r"|\bamtssprachen?\s+der\s+vereinten\s+nationen|\b(?:un|vn)-(?:amts)?sprachen?\b"
    r"|\blingue\s+ufficiali\s+(?:delle\s+nu|delle\s+nazioni\s+unite|dell'onu)"
)
_WORKING_SET = re.compile(
    r"\bworking\s+languages?\b|\blangues?\s+de\s+travail\b|\b(?:idiomas?|lenguas?)\s+de\s+trabajo\b"
    r"|\barbeitssprachen?\b|\blingue?\s+di\s+lavoro\b|\blinguas?\s+de\s+trabalho\b"
)
_OTHER = re.compile(r"\b(?:another|other|autres?|otros?|otras?|weitere\w*|andere\w*|altr[ae])\s+$")
_SECOND = re.compile(r"\b(?:second|deuxieme|seconde|segund[oa]|zweite\w*|second[oa]|two)\s+$")
_ONE_OF = re.compile(r"\b(?:one of|l'une des|uno de|una de|eine der|either)\b")
_ALTERNATIVE = re.compile(r"^\s*,?\s*(?:or|ou|o|u|oder|ovvero|/)\s*$|^\s*,?\s*(?:or|ou|o|oder)\s")
_CONJUNCTION = re.compile(r"^\s*,?\s*(?:and|et|y|e|und|as well as|ainsi que|asi como)\s")
_LANGUAGE_WORD = re.compile(r"\blanguage|\blangue|\bidioma|\blengua|\bsprach|\blingu")


@attrs.frozen
class _LanguageNames:
    """The names of languages in the document's language and in English, found in text."""

    pattern: re.Pattern[str]
    codes: dict[str, str]

    @classmethod
    @functools.cache
    def of(cls, language: str) -> _LanguageNames:
        from jpo_model import _cldr  # noqa: PLC0415 - CLDR's tables load only when read

        codes: dict[str, str] = {}
        for tag in dict.fromkeys((language, "en")):
            try:
                locale = _cldr.parse_locale(tag)
            except ValueError:
                continue
            for code, name in _cldr.language_names(locale).items():
                if len(code) == 2 and code not in _NOT_NAMES:
                    for form in _forms(folded(name)):
                        codes.setdefault(form, code)
        codes.update(_OTHER_NAMES)
        names = sorted(codes, key=len, reverse=True)
        # German writes "Englischkenntnisse" and "Englisch- und Französischkenntnisse".
        pattern = re.compile(
            r"\b(?P<name>" + "|".join(re.escape(n) for n in names) + r")(?:\b|(?=kenntniss|-))"
        )
        return cls(pattern, codes)

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """Each language named in a folded text: (start, end, BCP 47 tag)."""
        return [
            (m.start(), m.end(), self.codes[m.group("name")]) for m in self.pattern.finditer(text)
        ]


def _forms(name: str) -> tuple[str, ...]:
    """A language's name and, in French, Spanish and Italian, its feminine form.

    "la lingua inglese e italiana", "langue française", "lengua española" name the language
    by an adjective agreeing with a feminine noun.
    """
    for ending, feminine in (("ais", "aise"), ("ol", "ola"), ("es", "esa"), ("o", "a")):
        if name.endswith(ending) and " " not in name:
            return name, name[: len(name) - len(ending)] + feminine
    return (name,)


_DOCUMENT = re.compile(r"\bcertifica|\bscore\b|\btoefl\b|\bielts\b|\bdelf\b|\bdele\b|\btest\b")


def _is_language_sentence(sentence: _Sentence, names: _LanguageNames) -> bool:
    text = folded(sentence.text)
    if sentence.topic is Topic.COMPETENCIES or _DOCUMENT.search(text):
        return False  # a certificate or test score to submit is no requirement of a level
    named = bool(names.find(text)) or bool(_UN_SET.search(text) or _WORKING_SET.search(text))
    if sentence.topic is Topic.LANGUAGES:
        return named
    return (
        named
        and bool(_LEVEL_PHRASE.search(text))
        and (bool(_LANGUAGE_WORD.search(text)) or bool(names.find(text)))
    )


def _languages(sentences: Sequence[_Sentence], names: _LanguageNames) -> Iterator[Claim]:
    working: list[str] = []
    for sentence in sentences:
        found = _working_languages(folded(sentence.text), names)
        if found and not working:
            working = found
            yield Claim(path=(_Q, "working_languages"), value=found, lines=sentence.lines)
    requirements: list[tuple[dict[str, object], tuple[Line, ...]]] = []
    for sentence in sentences:
        for clause in re.split(r";\s*|\.\s+", sentence.text):
            # One by one: "another UN language" leaves out the languages required before it.
            for requirement in _clause_requirements(clause, sentence, names, working, requirements):
                requirements.append((requirement, sentence.lines))  # noqa: PERF401
    ordered = sorted(requirements, key=lambda r: r[0].get("necessity", "required") != "required")
    for index, (requirement, lines) in enumerate(ordered):
        yield Claim(path=(_Q, "languages", index), value=requirement, lines=lines)


def _working_languages(text: str, names: _LanguageNames) -> list[str]:
    """The working languages a sentence lists: "English and French are the working languages …"."""
    working = _WORKING_SET.search(text)
    if working is None:
        return []
    before = text[: working.start()]
    listed = re.search(
        r"(?:are|sont|son|sind|sono|sao)\s+(?:the\s+|les\s+|los\s+|die\s+|le\s+|as\s+)?$", before
    )
    if listed is not None:
        return _codes_in(before[: listed.start()], names)
    after = text[working.end() :]
    brackets = re.match(r"[^()]{0,60}?\(([^)]*)\)", after)
    if brackets is not None:
        return _codes_in(brackets.group(1), names)
    stated = re.match(r"[^,.;]{0,60}?\b(?:are|sont|son|sind|sono|sao)\b([^.;]*)", after)
    return _codes_in(stated.group(1), names) if stated is not None else []


def _codes_in(text: str, names: _LanguageNames) -> list[str]:
    """The languages a list names, when it names nothing else ("English, French and Spanish")."""
    found = names.find(text)
    leftover = text
    for start, end, _ in reversed(found):
        leftover = leftover[:start] + leftover[end:]
    if re.sub(
        r"\b(?:and|et|y|e|und|or|ou|o|oder|the|l'|le|la|el|les|los|die|das)\b|[\s,]", "", leftover
    ):
        return []
    return list(dict.fromkeys(code for _, _, code in found))


def _clause_requirements(
    clause: str,
    sentence: _Sentence,
    names: _LanguageNames,
    working: Sequence[str],
    earlier: Sequence[tuple[dict[str, object], tuple[Line, ...]]],
) -> Iterator[dict[str, object]]:
    """The language requirements of one clause, one per level it states."""
    text = folded(clause)
    if _working_languages(text, names) and not _LEVEL_PHRASE.search(text):
        return
    levels = [(m.start(), m.lastgroup) for m in _LEVEL_PHRASE.finditer(text)]
    if not levels:
        return
    required_before = [
        code
        for r, _ in earlier
        if r.get("necessity", "required") == "required"
        for code in r["languages"]  # type: ignore[attr-defined]
    ]
    bounds = [pos for pos, _ in levels] + [len(text)]
    segments: list[tuple[str, int, int]] = []
    for (pos, level), end in zip(levels, bounds[1:], strict=True):
        if segments and not _mentions(text[segments[-1][1] : pos], names):
            segments[-1] = (
                segments[-1][0],
                segments[-1][1],
                end,
            )  # "fluency and excellent skills in English"
            continue
        segments.append((str(level), pos, end))
    if segments and _mentions(text[: segments[0][1]], names):
        first = segments[0]
        segments[0] = (first[0], 0, first[2])  # "English: fluent"
    for level, start, end in segments:
        found = _segment(text[start:end], names, working, required_before)
        if found is None:
            continue
        languages, count = found
        requirement: dict[str, object] = {"languages": languages, "level": level}
        necessity = (
            _stated_necessity(text[start:end]) or _stated_necessity(text)
            if len(segments) == 1
            else _stated_necessity(text[start:end])
        )
        necessity = necessity or sentence.block or "required"
        if necessity != "required":
            requirement["necessity"] = necessity
        if count != 1:
            requirement["count"] = count
        required_before.extend(languages if necessity == "required" else ())
        yield requirement


def _mentions(text: str, names: _LanguageNames) -> bool:
    return bool(names.find(text) or _UN_SET.search(text) or _WORKING_SET.search(text))


def _segment(  # noqa: C901, PLR0911 - one return per unclear case
    text: str, names: _LanguageNames, working: Sequence[str], required_before: Sequence[str]
) -> tuple[list[str], int] | None:
    """The languages a segment asks for and how many of them, or None when it is unclear."""
    if re.search(
        r"\b(?:local|national|regional|native|indigenous)\s+languages?\b"
        r"|\blangue (?:locale|nationale)|\b(?:idioma|lengua) (?:local|nacional)",
        text,
    ):
        return None  # a language the text does not name
    named = names.find(text)
    sets = [(m, _UN_LANGUAGES) for m in _UN_SET.finditer(text)] + [
        (m, tuple(working)) for m in _WORKING_SET.finditer(text)
    ]
    if len(sets) > 1:
        return None
    if sets:
        match, members = sets[0]
        if re.match(
            r"\s*(?:\([^)]*\))?\s*,?\s*(?:or|ou|o|oder)\s+(?:of|de|di|des|del|von)\b",
            text[match.end() :],
        ):
            return None  # "other UN languages or languages of developing countries"
        inside = [code for start, _, code in named if start > match.end()]
        listed = inside or list(members)
        if not listed:
            return None
        before = text[: match.start()]
        if _OTHER.search(before):
            languages = [c for c in listed if c not in required_before]
            return (languages, 1) if languages else None
        if _SECOND.search(before):
            return listed, 2
        outside = [code for start, _, code in named if start < match.start()]
        if outside:
            return None  # "English and one other UN language": two requirements in one
        return listed, 1
    if not named:
        return None
    languages = list(dict.fromkeys(code for _, _, code in named))
    joins = [text[a[1] : b[0]] for a, b in itertools.pairwise(named)]
    alternative = [bool(_ALTERNATIVE.search(j)) for j in joins]
    conjunction = [bool(_CONJUNCTION.search(j)) for j in joins]
    if any(alternative) and any(conjunction):
        return None  # "English and French or Spanish"
    if any(alternative) or _ONE_OF.search(text):
        return languages, 1
    return languages, len(languages)


# --- Skills and competencies ---------------------------------------------------------------


def _skills(sentences: Sequence[_Sentence]) -> Iterator[Claim]:
    index = 0
    for sentence in sentences:
        if sentence.text.rstrip().endswith(":"):
            continue  # "The candidate should have:"
        yield Claim(path=(_Q, "skills", index), value=_requirement(sentence), lines=sentence.lines)
        index += 1


_FRAMEWORKS = (
    (
        "un",
        re.compile(
            r"\b(?:un|united nations|onu|nations unies"
            r"|naciones unidas)\b.{0,20}\b(?:core )?(?:competenc|values|valeurs|valores)"
        ),
    ),
    (
        "ilo",
        re.compile(
            r"\b(?:ilo|oit|bit)\b.{0,20}\bcompetenc"
            r"|\bcompetenc\w* (?:de l'|of the |del )?(?:ilo|oit)\b"
        ),
    ),
)
_CORE = re.compile(
    r"\bin addition to (?:the )?(?:\w+ )?core competenc"
    r"|\bcore competencies\b.{0,40}\b(?:as well|also|and)\b"
)
_NAMED = re.compile(r"(?P<name>[^:.;]{2,60}?)\s*:\s*(?P<description>\S.*)")
_SMALL_WORDS = frozenset({"and", "of", "to", "the", "in", "for", "on", "with", "a", "an"})


def _competencies(announcement: Announcement) -> Iterator[Claim]:  # noqa: C901 - one branch per line form
    path: tuple[Step, ...] = (_Q, "competencies")
    for section in announcement.topic(Topic.COMPETENCIES):
        framework, stating = _framework(section)
        if framework is None:
            continue
        yield Claim(path=(*path, "framework"), value=framework, lines=stating)
        items: list[tuple[dict[str, str], list[Line]]] = []
        for line in section.lines:
            text = line.text.strip()
            if not re.search(r"[^\W\d_]", text):
                continue  # a rule ("---") or a number
            if _CORE.search(folded(text)):
                yield Claim(path=(*path, "includes_core"), value=True, lines=(line,))
                continue
            named = _NAMED.fullmatch(text)
            if named is not None and len(named.group("name").split()) <= 8:
                name = named.group("name").strip(" -*")
                items.append(
                    (
                        {"name": _title(name), "description": named.group("description").strip()},
                        [line],
                    )
                )
            elif text.endswith(":"):
                continue
            elif items and not items[-1][0].get("description", ".").endswith(".") and not line.item:
                item, lines = items[-1]
                item["description"] = (
                    f"{item['description']} {text}"  # a description over two lines
                )
                lines.append(line)
            elif line.item or re.match(r"\d{1,2}[.)]\s", text):
                items.append(({"name": re.sub(r"^\d{1,2}[.)]\s*", "", text)}, [line]))
        for index, (item, lines) in enumerate(items):
            yield Claim(path=(*path, "items", index), value=item, lines=tuple(lines))
        return


def _framework(section: Section) -> tuple[str | None, tuple[Line, ...]]:
    """The framework a competencies section names (in its heading or first lines), and where."""
    lines = [] if section.heading is None else [section.heading]
    found: str | None = None
    stating: list[Line] = []
    for line in [*lines, *section.lines[:2]]:
        for framework, pattern in _FRAMEWORKS:
            if pattern.search(folded(line.text)) and found in {None, framework}:
                found = framework
                stating.append(line)
    return found, tuple(stating)


def _title(name: str) -> str:
    """A competency's name as a title when it is written in capitals ("PLANNING & ORGANIZING")."""
    if not name.isupper():
        return name
    words = name.lower().split()
    return " ".join(
        w if (i and w in _SMALL_WORDS) else w[:1].upper() + w[1:] for i, w in enumerate(words)
    )
