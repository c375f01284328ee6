"""The sections of an announcement: where its headings divide it, and what each is about.

Announcements of the field share a vocabulary of headings whatever their form ("Duties and
responsibilities", "Supervision", "Required qualifications", "How to apply"; "Tâches et
responsabilités", "Funciones", "Aufgaben"), numbered in Roman numerals in the UN JPO
Programme's forms ("II Duties and responsibilities") or in digits in others, marked by the
markup or written alone on a line. A line is a heading when the markup makes it one or when
it is short and names a known topic; a heading the reader does not know starts a section of
`Topic.OTHER` only where the markup marks it.
"""

from __future__ import annotations

import enum
import functools
import re
import unicodedata
from collections.abc import Sequence

import attrs

from jpo_model.reading.source import Line

__all__ = ["Section", "Topic", "divide", "folded", "is_heading", "topic_of"]


class Topic(enum.Enum):
    """What a section of an announcement is about."""

    HEADER = "header"
    """What comes before the first heading: title, reference, organisation, dates."""
    GENERAL = "general"
    DUTIES = "duties"
    LEARNING = "learning"
    SUPERVISION = "supervision"
    QUALIFICATIONS = "qualifications"
    EDUCATION = "education"
    EXPERIENCE = "experience"
    LANGUAGES = "languages"
    SKILLS = "skills"
    COMPETENCIES = "competencies"
    INTRODUCTION = "introduction"
    BACKGROUND = "background"
    ELIGIBILITY = "eligibility"
    CONDITIONS = "conditions"
    APPLICATION = "application"
    DIVERSITY = "diversity"
    CONTACT = "contact"
    OTHER = "other"


# Heading words, most specific first: the first that a heading contains decides its topic.
# Each is compared with the heading folded to lower case without accents.
_TOPICS: tuple[tuple[Topic, tuple[str, ...]], ...] = (
    (
        Topic.LEARNING,
        (
            "training component",
            "learning element",
            "learning and development",
            "learning",
            "composante de formation",
            "elements d'apprentissage",
            "elements de formation",
            "elementos de aprendizaje",
            "formacion y aprendizaje",
            "componente de formacion",
            "aprendizaje",
            "lernelement",
            "weiterbildung",
        ),
    ),
    (
        Topic.SUPERVISION,
        (
            "supervision",
            "supervisor",
            "encadrement",
            "superviseur",
            "supervisor",
            "betreuung",
            "vorgesetzte",
            "supervisione",
        ),
    ),
    (
        Topic.COMPETENCIES,
        (
            "competenc",
            "competences",
            "competencias",
            "kompetenzen",
            "competenze",
        ),
    ),
    (Topic.LANGUAGES, ("language", "langues", "idiomas", "lenguas", "sprachen", "lingue")),
    (
        Topic.EDUCATION,
        (
            "education",
            "academic",
            "degree",
            "formation universitaire",
            "etudes",
            "educacion",
            "formacion academica",
            "ausbildung",
            "studium",
            "istruzione",
        ),
    ),
    (Topic.SKILLS, ("skill", "aptitudes", "habilidades", "fahigkeiten", "capacita")),
    (
        Topic.QUALIFICATIONS,
        (
            "qualification",
            "requirement",
            "candidate profile",
            "profile",
            "minimum and desirable",
            "minimum requirements",
            "desirable requirements",
            "profil",
            "requisitos",
            "perfil",
            "anforderung",
            "qualifikation",
            "requisiti",
        ),
    ),
    (Topic.EXPERIENCE, ("experience", "experiencia", "berufserfahrung", "esperienza")),
    (
        Topic.DUTIES,
        (
            "duties",
            "responsibilit",
            "functions",
            "tasks",
            "job content",
            "description of",
            "taches",
            "fonctions",
            "attributions",
            "funciones",
            "tareas",
            "aufgaben",
            "mansioni",
            "compiti",
            "responsabilita",
        ),
    ),
    (Topic.ELIGIBILITY, ("eligib", "who can apply", "admissib", "elegib", "voraussetzung")),
    (
        Topic.APPLICATION,
        (
            "how to apply",
            "application",
            "apply",
            "candidature",
            "postuler",
            "como postular",
            "solicitud",
            "postulacion",
            "bewerbung",
            "candidatura",
        ),
    ),
    (Topic.DIVERSITY, ("diversity", "special notice", "statement", "diversite", "diversidad")),
    (Topic.CONTACT, ("contact", "contacto", "kontakt", "contatti")),
    (
        Topic.INTRODUCTION,
        ("introduction", "purpose of the", "objective of the", "objectif", "objetivo"),
    ),
    (
        Topic.BACKGROUND,
        (
            "background",
            "context",
            "organizational setting",
            "organisational setting",
            "about the",
            "agency",
            "department",
            "contexte",
            "antecedentes",
            "contexto",
            "hintergrund",
            "contesto",
        ),
    ),
    (
        Topic.CONDITIONS,
        (
            "conditions",
            "entitlement",
            "remuneration",
            "salary",
            "benefits",
            "condiciones",
            "bedingungen",
        ),
    ),
    (
        Topic.GENERAL,
        (
            "general information",
            "position information",
            "post information",
            "job information",
            "informations generales",
            "informacion general",
            "allgemeine",
            "informazioni generali",
        ),
    ),
)

_ROMAN = re.compile(r"(?P<number>[IVX]{1,5}|\d{1,2})(?:[.)]|\s*[-–:])?\s+(?P<rest>\S.*)")
_MAX_HEADING = 90


@functools.lru_cache(maxsize=65536)
def folded(text: str) -> str:
    """Text folded for comparison: lower case, no accents, one space between words.

    >>> folded("  Durée   de l’Affectation ")
    "duree de l'affectation"
    """
    plain = text.casefold()
    if not plain.isascii():
        plain = unicodedata.normalize("NFKD", plain).translate(_WITHOUT_MARKS)
    return " ".join(plain.split())


# Combining marks dropped (accents), typographic quotes made plain, in one C-level pass.
_WITHOUT_MARKS = {
    **{code: None for code in range(0x300, 0x10000) if unicodedata.combining(chr(code))},
    ord("’"): "'",
    ord("‘"): "'",
}


def topic_of(heading: str) -> Topic | None:
    """The topic a heading names, or None when it names none this reader knows.

    >>> topic_of("II Duties and responsibilities"), topic_of("Tâches et responsabilités")
    (<Topic.DUTIES: 'duties'>, <Topic.DUTIES: 'duties'>)
    >>> topic_of("V Required Qualifications and Experience")
    <Topic.QUALIFICATIONS: 'qualifications'>
    """
    key = folded(_without_number(heading).rstrip(":").strip())
    for topic, words in _TOPICS:
        if any(word in key for word in words):
            return topic
    return None


def _without_number(text: str) -> str:
    match = _ROMAN.fullmatch(text.strip())
    return match.group("rest") if match else text


@attrs.frozen(kw_only=True)
class Section:
    """A heading and the lines under it, up to the next heading of the same or a higher rank."""

    topic: Topic
    heading: Line | None
    """The heading line; None for the lines before the first heading."""
    lines: tuple[Line, ...]
    """The lines of the section, its heading excluded."""
    parent: Topic | None = None
    """The topic of the section this one sits in, e.g. EDUCATION within QUALIFICATIONS."""

    @property
    def title(self) -> str | None:
        """The heading's text."""
        return None if self.heading is None else self.heading.text.strip()


def is_heading(line: Line) -> bool:
    """Whether a line heads a section: marked as a heading, numbered, or alone and short."""
    text = line.text.strip()
    if "\t" in text.strip("\t") or len(text) > _MAX_HEADING or line.item:
        return False
    if line.heading:
        return True
    numbered = _ROMAN.fullmatch(text)
    if numbered and numbered.group("number").isalpha() and topic_of(text) is not None:
        return True
    bare = text.rstrip(":").strip()
    if ":" in bare or len(bare.split()) > 7 or bare.endswith((".", ";", ",")):
        return False
    return topic_of(bare) is not None and (text.endswith(":") or bare[:1].isupper())


_MAIN = frozenset(
    {
        Topic.GENERAL,
        Topic.DUTIES,
        Topic.LEARNING,
        Topic.SUPERVISION,
        Topic.QUALIFICATIONS,
        Topic.BACKGROUND,
        Topic.INTRODUCTION,
        Topic.DIVERSITY,
        Topic.ELIGIBILITY,
        Topic.APPLICATION,
        Topic.CONDITIONS,
        Topic.CONTACT,
    }
)
_WITHIN_QUALIFICATIONS = frozenset(
    {
        Topic.EDUCATION,
        Topic.EXPERIENCE,
        Topic.LANGUAGES,
        Topic.SKILLS,
        Topic.COMPETENCIES,
    }
)


def divide(lines: Sequence[Line]) -> tuple[Section, ...]:
    """The sections of an announcement, in document order.

    A numbered heading ("IV Supervision") or a heading of a main topic opens a main
    section; education, experience, languages, skills and competencies headings met
    within the qualifications open its subsections (``parent`` is QUALIFICATIONS).
    """
    sections: list[Section] = []
    heading: Line | None = None
    topic = Topic.HEADER
    parent: Topic | None = None
    main = Topic.HEADER
    body: list[Line] = []
    for line in lines:
        if not is_heading(line):
            body.append(line)
            continue
        sections.append(Section(topic=topic, heading=heading, lines=tuple(body), parent=parent))
        body = []
        heading = line
        found = topic_of(line.text) or Topic.OTHER
        numbered = _ROMAN.fullmatch(line.text.strip()) is not None
        if found in _WITHIN_QUALIFICATIONS and main is Topic.QUALIFICATIONS and not numbered:
            topic, parent = found, Topic.QUALIFICATIONS
        elif found in {Topic.OTHER, Topic.QUALIFICATIONS} and parent is Topic.QUALIFICATIONS:
            pass  # "Minimum:" / "Desirable:" within a subsection: the subsection goes on
        elif found is Topic.OTHER and main is Topic.QUALIFICATIONS and not numbered:
            topic, parent = Topic.QUALIFICATIONS, None
        else:
            topic, parent = found, None
            main = found if (found in _MAIN or numbered) else main
            if found in _WITHIN_QUALIFICATIONS:
                main = Topic.QUALIFICATIONS
    sections.append(Section(topic=topic, heading=heading, lines=tuple(body), parent=parent))
    return tuple(s for s in sections if s.lines or s.heading is not None)
