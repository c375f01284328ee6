"""Reading what a post is: title, reference, form, kind, organisation, duty station.

These facts sit in the header and the "General information" block of every form: as
labelled lines ("Title:", "Duty Station:", "Agency:"), in the form's own heading ("TERMS OF
REFERENCE 23P302", "Vacancy Announcement # 25P153", "Post number: 2340"), or in the
sentence a job description opens with ("Job description for a Gender Focal Point within
the United Nations Secretariat").
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from jpo_model.reading._claims import (
    Announcement,
    Claim,
    Inference,
    Labelled,
    country_named,
    folded,
)
from jpo_model.reading.sections import Topic
from jpo_model.reading.source import Line

__all__ = ["read"]

_TITLE = (
    "jpo position title",
    "title",
    "post title",
    "position title",
    "job title",
    "functional title",
    "titre",
    "titre du poste",
    "intitule du poste",
    "titulo",
    "titulo del puesto",
    "denominacion del puesto",
    "titel",
    "stellenbezeichnung",
    "titolo",
    "posizione",
)
_DUTY_STATION = (
    "country and duty station",
    "duty station and country",
    "jpo position location",
    "duty station",
    "location of assignment",
    "place of assignment",
    "lieu d'affectation",
    "lugar de destino",
    "lugar de asignacion",
    "dienstort",
    "einsatzort",
    "sede di servizio",
    "luogo di assegnazione",
    "duty station/location",
    "location",
)
_CITY = ("location (city)", "city", "ville", "ciudad", "stadt", "citta")
_COUNTRY = ("country", "country of assignment", "pays", "pais", "land", "paese")
_SECTORS = ("sector of assignment", "sector", "secteur", "sector de asignacion", "settore")
_FIELDS = (
    "jpo in field of assignment",
    "field of assignment",
    "domaine d'affectation",
    "area of assignment",
    "ambito",
)
_FAMILY = ("family type", "family status", "family duty station", "type de lieu d'affectation")
_HARDSHIP = ("hardship level", "hardship category", "hardship classification")

# Organisation labels, and the level of the unit each names.
_ORGANISATION: tuple[tuple[str, str], ...] = (
    ("agency", "entity"),
    ("organization/office", "entity"),
    ("organisation/office", "entity"),
    ("organization", "entity"),
    ("organisation", "entity"),
    ("organisme", "entity"),
    ("organismo", "entity"),
    ("entity", "entity"),
    ("department/ field office", "department"),
    ("department/field office", "department"),
    ("department", "department"),
    ("departement", "department"),
    ("division", "division"),
    ("organisational unit", "unit"),
    ("organizational unit", "unit"),
    ("unit", "unit"),
    ("section", "section"),
    ("office", "office"),
    ("bureau", "office"),
    ("oficina", "office"),
)
_LEVEL_WORDS = (
    ("section", "section"),
    ("unit", "unit"),
    ("branch", "branch"),
    ("division", "division"),
    ("department", "department"),
    ("office", "office"),
    ("system", "system"),
    ("team", "team"),
    ("departement", "department"),
    ("bureau", "office"),
    ("oficina", "office"),
)

# The forms' names, as their headings write them.
_FORMS: tuple[tuple[str, str], ...] = (
    ("terms of reference", "terms-of-reference"),
    ("termes de reference", "terms-of-reference"),
    ("terminos de referencia", "terms-of-reference"),
    ("termini di riferimento", "terms-of-reference"),
    ("vacancy announcement", "vacancy-announcement"),
    ("vacancy notice", "vacancy-announcement"),
    ("avis de vacance", "vacancy-announcement"),
    ("anuncio de vacante", "vacancy-announcement"),
    ("aviso de vacante", "vacancy-announcement"),
    ("stellenausschreibung", "vacancy-announcement"),
    ("vacancy proposal", "vacancy-proposal"),
    ("job description", "job-description"),
    ("description de poste", "job-description"),
    ("description du poste", "job-description"),
    ("descripcion del puesto", "job-description"),
    ("stellenbeschreibung", "job-description"),
)

_JPO = re.compile(
    r"\b(?:JPOs?|Junior Professional Officers?|Associate Experts?|Associate Professional Officers?"
    r"|jeunes? experts? associ[ée]s?|JEA|expert[oa]s? asociad[oa]s?"
    r"|Beigeordnete[rn]? Sachverst[äa]ndige[rn]?"
    r"|funzionari[oa]? espert[oi] associat[oi]|esperti associati|JPO-?Programm[e]?)\b",
    re.IGNORECASE,
)
_SARC = re.compile(r"\b(?:SARC|Special Assistants? to the Resident Coordinator)\b")

_REFERENCE_LABELS = (
    "vacancy no",
    "vacancy no.",
    "jpo position no.",
    "position no.",
    "job opening number",
    "requisition id",
    "post number",
    "vacancy number",
    "vacancy announcement",
    "reference",
    "ref",
    "reference number",
    "position number",
    "job id",
    "job opening id",
    "tor number",
    "numero de poste",
    "numero",
    "referencia",
)
_REFERENCE = re.compile(r"(?<![\w/-])((?=[A-Z0-9/-]*\d)[A-Z0-9][A-Z0-9/-]{2,24})(?![\w/-])")
_FORM_NUMBER = re.compile(
    r"(?:terms of reference|vacancy announcement|vacancy notice|termes de r[ée]f[ée]rence|"
    r"t[ée]rminos de referencia)\s*(?:no\.?|n[°º]|#|:)?\s*([A-Z0-9][A-Z0-9/-]{2,24})\b",
    re.IGNORECASE,
)
_LABELLED_REFERENCE = re.compile(r"(?=\S*\d)[A-Za-z0-9][A-Za-z0-9/_.-]{1,39}")
_PROGRAMME = re.compile(r"\b(?:UN|United Nations) JPO\s*Programme\b", re.IGNORECASE)
_ISSUED_MONTH = ("month of issue", "month")
_ISSUED_YEAR = ("year of issue", "year")
_MONTHS = {
    name: n
    for n, names in enumerate(
        (
            "january janvier enero januar gennaio janeiro",
            "february fevrier febrero februar febbraio fevereiro",
            "march mars marzo marz marco",
            "april avril abril aprile",
            "may mai mayo maggio maio",
            "june juin junio juni giugno junho",
            "july juillet julio juli luglio julho",
            "august aout agosto",
            "september septembre septiembre settembre setembro",
            "october octobre octubre oktober ottobre outubro",
            "november novembre noviembre",
            "december decembre diciembre dezember dicembre dezembro",
        ),
        start=1,
    )
    for name in names.split()
}

_JOB_DESCRIPTION_OF = re.compile(
    r"^(?:draft\s+)?"
    r"(?:job description|terms of reference|description de poste|descripci[oó]n del puesto)"
    r"\s+(?:for|of|pour|de|del)\s+(?:an?|the|un|une|le|la|el)?\s*(?P<title>.+?)"
    r"(?:\s+(?:within|in|at|au sein de|dans|en)\s+(?:the\s+|la\s+|le\s+|el\s+)?"
    r"(?P<organisation>[A-Z].+?))?\.?$",
    re.IGNORECASE,
)

_KNOWN_ENTITIES = {
    "international labour office": "ILO",
    "international labour organization": "ILO",
    "united nations office of the high commissioner for human rights": "OHCHR",
    "office of the united nations high commissioner for refugees": "UNHCR",
    "united nations high commissioner for refugees": "UNHCR",
    "united nations children's fund": "UNICEF",
    "united nations development programme": "UNDP",
    "world food programme": "WFP",
    "world health organization": "WHO",
    "food and agriculture organization of the united nations": "FAO",
    "united nations population fund": "UNFPA",
    "united nations office for the coordination of humanitarian affairs": "OCHA",
    "united nations environment programme": "UNEP",
    "united nations environment": "UNEP",
    "un environment": "UNEP",
    "international fund for agricultural development": "IFAD",
    "united nations industrial development organization": "UNIDO",
    "united nations office on drugs and crime": "UNODC",
    "united nations educational, scientific and cultural organization": "UNESCO",
    "international organization for migration": "IOM",
    "united nations office for project services": "UNOPS",
    "un women": "UN Women",
    "united nations entity for gender equality and the empowerment of women": "UN Women",
}


def read(announcement: Announcement) -> Iterator[Claim | Inference]:
    """Claims about the post's identity and place."""
    header = _header_lines(announcement)
    yield from _title(announcement, header)
    yield from _reference(announcement, header)
    yield from _form(announcement, header)
    yield from _kind(announcement)
    yield from _organisation(announcement, header)
    yield from _duty_station(announcement, header)
    yield from _list_field(announcement, _SECTORS, ("sectors",), header)
    yield from _list_field(announcement, _FIELDS, ("fields_of_assignment",), header)


def _header_lines(announcement: Announcement) -> tuple[Line, ...]:
    """The lines where identity facts are written: the header and the general section."""
    return announcement.within(Topic.HEADER, Topic.GENERAL, Topic.OTHER) + tuple(
        s.heading for s in announcement.sections if s.heading is not None
    )


def _title(announcement: Announcement, header: Sequence[Line]) -> Iterator[Claim | Inference]:
    found = announcement.first_labelled(_TITLE, lines=_ordered(announcement, header))
    if found is not None and not folded(found.value).startswith(("e.g", "please")):
        yield Claim(path=("title",), value=_clean(found.value), lines=found.lines)
        return
    for line in announcement.lines[:40]:
        match = _JOB_DESCRIPTION_OF.match(line.text.strip())
        if match:
            yield Claim(path=("title",), value=_clean(match.group("title")), lines=(line,))
            return
    for line in announcement.lines[:20]:
        if (
            line.heading
            and 1 <= line.heading <= 3
            and not _names_form(line.text)
            and not _PROGRAMME.search(line.text)
        ):
            yield Claim(path=("title",), value=_clean(line.text), lines=(line,))
            return
    for line in announcement.lines[:12]:
        title = _post_title(line.text)
        if title is not None:
            yield Claim(path=("title",), value=title, lines=(line,))
            return
    heading = next((line for line in announcement.lines[:12] if _stands_for_title(line)), None)
    if heading is not None:
        yield Inference(
            path=("title",),
            value=_clean(heading.text),
            statement=(
                f"the text states no post title; its heading on line {heading.number}, "
                f"{_clean(heading.text)!r}, stands for it"
            ),
            lines=(heading,),
        )


def _stands_for_title(line: Line) -> bool:
    """A short first line that names the document or the programme it is about."""
    text = line.text.strip()
    return (
        3 <= len(text) <= 100
        and "\t" not in text
        and not text.endswith((".", ";", ",", ":"))
        and (bool(line.heading) or bool(_JPO.search(text)) or _names_form(text))
        and folded(text) not in {"job description", "terms of reference", "vacancy announcement"}
    )


_POST_WORDS = re.compile(
    r"\b(?:Officer|Specialist|Associate|Expert|Adviser|Advisor|Analyst|Coordinator|Assistant"
    r"|Manager|Economist|Engineer|Consultant|JPO|SARC|Oficial|Especialista|Experto|Experta"
    r"|Asesor[a]?|Charg[ée]e? d[e']|Sp[ée]cialiste|Conseill[eè]re?|Administrat(?:eur|rice)"
    r"|Funzionari[oa]|Esperto|Referent(?:in)?|Sachbearbeiter(?:in)?)\b"
)
# What vacancy boards append to a title: who may apply, the grade, the place.
_TITLE_TAIL = re.compile(
    r"\s*(?:[-–(]\s*(?:open to|only for|reserved for|for)\b.*|\s+at\s+P-?\d\s+level\b.*)$",
    re.IGNORECASE,
)


_PROGRAMME_NAME = re.compile(
    r"\b(?:JPO|Junior Professional Officers?|Associate Experts?|SARC)\s+Programm\w*(?P<rest>.*)",
    re.IGNORECASE,
)


def _names_programme(text: str) -> bool:
    """Whether a line names a programme ("JPO Programme - Nedworc Foundation"), not a post."""
    match = _PROGRAMME_NAME.search(text)
    return match is not None and not _POST_WORDS.search(match.group("rest"))


def _post_title(text: str) -> str | None:
    """A line near the top that names a post ("Associate Programme Officer"), as its title."""
    stripped = text.strip()
    if (
        not 3 <= len(stripped) <= 140
        or "\t" in stripped
        or ":" in stripped
        or stripped.endswith((".", ";", ","))
        or _names_form(stripped)
        or len(stripped.split()) > 16
        or not _POST_WORDS.search(stripped)
        or _names_programme(stripped)
        or _JPO.sub("", _ABBREVIATION_WORD.sub("", stripped)).strip(" ()-") == ""
    ):
        return None
    title = _TITLE_TAIL.sub("", stripped)
    return _clean(title) or None


def _names_form(text: str) -> bool:
    key = folded(text)
    return any(name in key for name, _ in _FORMS)


def _reference(announcement: Announcement, header: Sequence[Line]) -> Iterator[Claim | Inference]:
    lines = _ordered(announcement, header)
    number = _reference_number(announcement, lines)
    if number is None:
        return
    yield Claim(path=("reference", "number"), value=number[0], lines=number[1])
    programme = next(
        (line for line in announcement.lines[:15] if _PROGRAMME.search(line.text)), None
    )
    if programme is not None:
        yield Claim(path=("reference", "issuer"), value="UN JPO Programme", lines=(programme,))
    else:
        entity = _entity_in_header(announcement)
        abbreviation = None if entity is None else _KNOWN_ENTITIES.get(folded(entity[0]["name"]))
        if entity is not None and abbreviation and _mentioned(announcement, abbreviation):
            yield Inference(
                path=("reference", "issuer"),
                value=abbreviation,
                statement=f"the reference's issuer, {abbreviation}, the entity heading the form",
                lines=entity[1],
            )
    yield from _issued(announcement, lines)


def _reference_number(
    announcement: Announcement, lines: Sequence[Line]
) -> tuple[str, tuple[Line, ...]] | None:
    for line in lines[:60]:
        match = _FORM_NUMBER.search(line.text)
        if match and any(c.isdigit() for c in match.group(1)):
            return match.group(1), (line,)
    found = announcement.first_labelled(_REFERENCE_LABELS, lines=lines)
    if found is None:
        alone = _reference_alone(announcement)
        return None if alone is None else (alone.text.strip(), (alone,))
    if len(found.value) > 40:
        return None
    value = found.value.strip()
    if _LABELLED_REFERENCE.fullmatch(value):
        return value, found.lines
    match = _REFERENCE.search(value.replace(" ", ""))
    return None if match is None else (match.group(1), found.lines)


_CODE_ALONE = re.compile(r"(?=\S*\d)(?=\S*[A-Z/-])[A-Z0-9][A-Z0-9/-]{4,24}")


def _reference_alone(announcement: Announcement) -> Line | None:
    """A code alone just below the form's name ("TERMS OF REFERENCE", then "ISR-160-17-P049")."""
    lines = announcement.lines[:12]
    for index, line in enumerate(lines):
        if _names_form(line.text):
            for following in lines[index + 1 : index + 4]:
                if _CODE_ALONE.fullmatch(following.text.strip()):
                    return following
    return None


def _issued(announcement: Announcement, lines: Sequence[Line]) -> Iterator[Claim]:
    """The month and year of issue the ILO form states ("Month of issue: May" / "2023")."""
    month = announcement.first_labelled(_ISSUED_MONTH, lines=lines[:30])
    if month is None or folded(month.value) not in _MONTHS:
        return
    yield Claim(
        path=("reference", "issued_month"), value=_MONTHS[folded(month.value)], lines=month.lines
    )
    year = announcement.first_labelled(_ISSUED_YEAR, lines=lines[:30])
    after = announcement.line_after(month.lines[-1])
    if year is not None and year.value.isdigit():
        yield Claim(path=("reference", "issued_year"), value=int(year.value), lines=year.lines)
    elif after is not None and re.fullmatch(r"(19|20)\d\d", after.text.strip()):
        yield Claim(
            path=("reference", "issued_year"), value=int(after.text.strip()), lines=(after,)
        )


def _names_itself(key: str, name: str) -> bool:
    """Whether a line names the document's own form, not another's ("Skip to Job Description").

    The name opens the line, or follows a few words naming the issuer ("UNHCR TERMS OF
    REFERENCE …"); a link to or a mention of a form names none.
    """
    before = key[: key.index(name)].split()
    return len(before) <= 3 and not {"to", "see", "the", "a", "our", "of"} & set(before)


def _form(announcement: Announcement, header: Sequence[Line]) -> Iterator[Claim | Inference]:
    for line in _ordered(announcement, header)[:40]:
        key = folded(line.text)
        if "standard job description" in key:
            continue  # a section of UNHCR's vacancy pages, not the page's own form
        for name, form in _FORMS:
            if name in key and len(key) < 160 and _names_itself(key, name):
                yield Claim(path=("document",), value=form, lines=(line,))
                return
    yield Inference(
        path=("document",),
        value="job-description",
        statement="the document does not name its form; read as a job description",
    )


def _kind(announcement: Announcement) -> Iterator[Claim | Inference]:
    for line in announcement.lines[:80]:
        if _SARC.search(line.text):
            yield Claim(path=("kind",), value="sarc", lines=(line,))
            return
    for line in announcement.lines:
        if _JPO.search(line.text):
            yield Claim(path=("kind",), value="jpo", lines=(line,))
            return
    yield Inference(
        path=("kind",),
        value="staff-role",
        statement="the text names no JPO, Associate Expert or SARC programme; read as a staff role",
    )


Unit = tuple[dict[str, str], tuple[Line, ...]]


def _organisation(
    announcement: Announcement, header: Sequence[Line]
) -> Iterator[Claim | Inference]:
    units: list[Unit] = []
    entity = _entity_in_header(announcement)
    if entity is not None:
        units.append(entity)
    units.extend(_labelled_units(announcement, _ordered(announcement, header), units))
    if not units:
        sentence = _job_description_organisation(announcement)
        if sentence is not None:
            units.append(sentence)
    first = 0
    if not units or (entity is None and units[0][0]["level"] != "entity"):
        # No line labels the organisation itself (at most a unit of it): its first mention.
        mentioned = _entity_mentioned(announcement)
        if mentioned is not None:
            unit, unit_lines = mentioned
            named = unit.get("abbreviation") or unit["name"]
            yield Inference(
                path=("organisation", "units", 0),
                value=unit,
                statement=f"the organisation, {named}, from its first mention: no line labels it",
                lines=unit_lines,
            )
            first = 1
    for index, (unit, unit_lines) in enumerate(units, start=first):
        yield Claim(
            path=("organisation", "units", index),
            value=_at_level(announcement, unit, first=index == 0),
            lines=unit_lines,
        )


def _at_level(announcement: Announcement, unit: dict[str, str], *, first: bool) -> dict[str, str]:
    """A unit at its place in the path: the first is the entity, a later one never is.

    The entity gets its known abbreviation where the text uses it ("International Labour
    Office" heading a form that writes "ILO").
    """
    if not first:
        return {**unit, "level": "office"} if unit["level"] == "entity" else unit
    value = {**unit, "level": "entity"}
    abbreviation = _KNOWN_ENTITIES.get(folded(unit["name"]))
    if "abbreviation" not in unit and abbreviation and _mentioned(announcement, abbreviation):
        value["abbreviation"] = abbreviation
    return value


def _labelled_units(
    announcement: Announcement, lines: Sequence[Line], before: Sequence[Unit]
) -> Iterator[Unit]:
    """The units that labelled lines name, each at the level its label or its name gives."""
    used = [unit_lines[0] for _, unit_lines in before]
    has_entity = bool(before)
    for label, level in _ORGANISATION:
        found = next(
            (f for f in announcement.labelled((label,), lines=lines) if f.label == label), None
        )
        if found is None or any(found.lines[0] is line for line in used):
            continue
        used.append(found.lines[0])
        for name, abbreviation in _units_in(found.value):
            named = _level_of(name)
            unit_level = level if level != "entity" or not has_entity else named
            if unit_level == "entity" and has_entity:
                unit_level = "office"
            has_entity = True
            unit = {"name": name, "level": unit_level}
            if abbreviation:
                unit["abbreviation"] = abbreviation
            yield unit, found.lines


_ABBREVIATIONS = {abbreviation: name for name, abbreviation in _KNOWN_ENTITIES.items()}
_ABBREVIATION_WORD = re.compile(
    r"(?<![\w-])("
    + "|".join(re.escape(a) for a in sorted(_ABBREVIATIONS, key=len, reverse=True))
    + r")(?![\w-])"
)


def _entity_mentioned(announcement: Announcement) -> Unit | None:
    """The first UN entity the text names, by its name or its abbreviation."""
    names = sorted(_KNOWN_ENTITIES, key=len, reverse=True)
    for line in announcement.lines[:60]:
        key = folded(line.text)
        for name in names:
            if name in key:
                written = _as_written(line.text, name)
                after = line.text[line.text.find(written) + len(written) :]
                stated = re.match(r"\s*\(([A-Z][A-Za-z/&.-]{1,14})\)", after)
                known = _KNOWN_ENTITIES[name]
                abbreviation = stated.group(1) if stated else known
                unit = {"name": written, "level": "entity"}
                if stated or _mentioned(announcement, known):
                    unit["abbreviation"] = abbreviation
                return unit, (line,)
        match = _ABBREVIATION_WORD.search(line.text)
        if match:
            abbreviation = match.group(1)
            return {"name": abbreviation, "level": "entity", "abbreviation": abbreviation}, (line,)
    return None


def _as_written(text: str, folded_name: str) -> str:
    """The words of ``text`` that fold to ``folded_name``, as the text writes them."""
    words = text.split()
    size = len(folded_name.split())
    for start in range(len(words) - size + 1):
        candidate = " ".join(words[start : start + size]).strip(" ,.;:()")
        if folded(candidate) == folded_name:
            return candidate
    return folded_name.title()


def _entity_in_header(announcement: Announcement) -> Unit | None:
    """The entity the first lines name, maybe on several ("International / Labour / Office")."""
    first = [line for line in announcement.lines[:8] if not line.heading]
    for start in range(len(first)):
        for end in range(start + 1, min(start + 5, len(first)) + 1):
            joined = " ".join(line.text.strip() for line in first[start:end])
            if folded(joined) in _KNOWN_ENTITIES:
                return {"name": joined, "level": "entity"}, tuple(first[start:end])
    return None


def _job_description_organisation(
    announcement: Announcement,
) -> tuple[dict[str, str], tuple[Line, ...]] | None:
    for line in announcement.lines[:40]:
        match = _JOB_DESCRIPTION_OF.match(line.text.strip())
        if match and match.group("organisation"):
            name, abbreviation = _name_and_abbreviation(match.group("organisation"))
            unit = {"name": name, "level": "entity"}
            if abbreviation:
                unit["abbreviation"] = abbreviation
            return unit, (line,)
    return None


def _mentioned(announcement: Announcement, word: str) -> bool:
    pattern = re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])")
    return any(pattern.search(line.text) for line in announcement.lines)


_ABBREVIATION = re.compile(r"^(?P<name>.+?)\s*\((?P<abbreviation>[A-Z][A-Za-z/&.-]{1,14})\)\s*$")


_ABBREVIATION_FIRST = re.compile(
    r"^(?P<abbreviation>[A-Z][A-Z/&.-]{1,14})\s+[-–]\s+(?P<name>[A-Z].+)$"
)


def _name_and_abbreviation(text: str) -> tuple[str, str | None]:
    match = _ABBREVIATION.match(text.strip()) or _ABBREVIATION_FIRST.match(text.strip())
    if match:
        return match.group("name").strip(), match.group("abbreviation")
    return text.strip(), None


def _units_in(value: str) -> list[tuple[str, str | None]]:
    """The units of an organisation line: "A (X) / B (Y)", "A/B/C", "A (X), B Section (Y)"."""
    separator = "/" if "/" in _outside_parentheses(value) else ","
    parts: list[str] = []
    depth, start = 0, 0
    for index, character in enumerate(value):
        depth += {"(": 1, ")": -1}.get(character, 0)
        if character == separator and depth == 0:
            parts.append(value[start:index])
            start = index + 1
    parts.append(value[start:])
    names = [p.strip(" .;") for p in parts if p.strip(" .;")]
    return [_name_and_abbreviation(name) for name in names]


def _outside_parentheses(value: str) -> str:
    return re.sub(r"\([^()]*\)", "", value)


def _level_of(name: str) -> str:
    words = folded(name).split()
    for word, level in _LEVEL_WORDS:
        if word in words:
            return level
    return "entity"


Found = tuple[str, tuple[Line, ...]]


def _city_and_country(
    announcement: Announcement, lines: Sequence[Line]
) -> tuple[Found | None, Found | None]:
    """The duty station's city and country code, each with its lines."""
    city: Found | None = None
    country: Found | None = None
    found = announcement.first_labelled(_DUTY_STATION, lines=lines)
    if found is None:
        found = announcement.first_labelled(_DUTY_STATION)
    if found is not None:
        city, country = _place(found)
    if city is None:
        labelled = announcement.first_labelled(_CITY, lines=lines)
        if labelled is not None:
            city = (_clean(labelled.value), labelled.lines)
    if country is None:
        labelled = announcement.first_labelled(_COUNTRY, lines=lines)
        code = None if labelled is None else country_named(labelled.value)
        if labelled is not None and code is not None:
            country = (code, labelled.lines)
    return city, country


def _duty_station(
    announcement: Announcement, header: Sequence[Line]
) -> Iterator[Claim | Inference]:
    lines = _ordered(announcement, header)
    city, country = _city_and_country(announcement, lines)
    if country is None and city is not None:
        code = _country_of_city(city[0])
        named = None if code is None else _line_naming(announcement, code)
        if code is not None and named is not None:
            yield Inference(
                path=("duty_station", "country"),
                value=code,
                statement=(
                    f"the duty station's country, {code}, from its city ({city[0]}) and the "
                    f"country the text names on line {named.number}"
                ),
                lines=(*city[1], named),
            )
            country = (code, ())
    if country is None:
        return
    if country[1]:
        yield Claim(path=("duty_station", "country"), value=country[0], lines=country[1])
    if city is not None:
        yield Claim(path=("duty_station", "city"), value=city[0], lines=city[1])
    zone = _zone_of(country[0], None if city is None else city[0])
    if zone is not None:
        where = country[0] if city is None else f"{city[0]}, {country[0]}"
        yield Inference(
            path=("duty_station", "time_zone"),
            value=zone,
            statement=f"the duty station's time zone, {zone}, from its place ({where})",
            lines=(city or country)[1],
        )
    yield from _family(announcement, lines)
    yield from _hardship(announcement, lines)


def _hardship(announcement: Announcement, lines: Sequence[Line]) -> Iterator[Claim]:
    found = announcement.first_labelled(_HARDSHIP, lines=lines)
    category = None if found is None else found.value.strip().upper()
    if found is not None and category in {"H", "A", "B", "C", "D", "E"}:
        yield Claim(path=("duty_station", "hardship"), value=category, lines=found.lines)


def _place(
    found: Labelled,
) -> tuple[tuple[str, tuple[Line, ...]] | None, tuple[str, tuple[Line, ...]] | None]:
    """The city and country of a duty station written "City, Country" (or "Country")."""
    value = _clean(found.value)
    parts = [p.strip() for p in re.split(r",|\s+-\s+|\s*\(|\)", value) if p.strip()]
    if not parts:
        return None, None
    if len(parts) >= 2 and country_named(parts[-1]):
        return (", ".join(parts[:-1]), found.lines), (country_named(parts[-1]) or "", found.lines)
    code = country_named(value)
    if code is not None:
        return None, (code, found.lines)
    return (value, found.lines), None


def _line_naming(announcement: Announcement, code: str) -> Line | None:
    """The first line that names the country ``code`` by a name of its own (not a city)."""
    for line in announcement.lines:
        for part in re.split(r"[,;:()\t]|\s+-\s+", line.text):
            if len(part) < 60 and country_named(part) == code:
                return line
    return None


def _country_of_city(city: str) -> str | None:
    """The country of a city CLDR names as a zone's exemplar city ("Maputo" is in MZ)."""
    from jpo_model import _cldr  # noqa: PLC0415 - CLDR's tables load on demand

    key = folded(city)
    for language in ("en", "fr", "es"):
        for name, zone in _cldr.exemplar_cities(_cldr.parse_locale(language)).items():
            if folded(name) == key:
                return _cldr.zone_territory(zone)
    return None


def _zone_of(country: str, city: str | None) -> str | None:
    """The zone of a place: the country's only zone, or the zone CLDR names after the city."""
    from jpo_model import _cldr, _code_lists  # noqa: PLC0415 - CLDR's tables load on demand

    zones = [z for z in _cldr.country_zones(country) if z in _code_lists.time_zone_names()]
    if len(zones) == 1:
        return zones[0]
    if city is None:
        return None
    key = folded(city)
    for language in ("en", "fr", "es"):
        for name, zone in _cldr.exemplar_cities(_cldr.parse_locale(language)).items():
            if folded(name) == key and zone in zones:
                return zone
    return None


_CHECKED = "☒☑✓✔xX■"
_FAMILY_BOX = re.compile(
    r"non[- ]family(?: duty station)?\s*:?\s*"
    r"yes\s*(?P<yes>[☐☒☑✓✔xX■□]?)\s*/\s*no\s*(?P<no>[☐☒☑✓✔xX■□]?)",
    re.IGNORECASE,
)


def _family(announcement: Announcement, lines: Sequence[Line]) -> Iterator[Claim]:
    for line in lines:
        match = _FAMILY_BOX.search(line.text)
        if match:
            yes = match.group("yes") in _CHECKED and match.group("yes") != ""
            no = match.group("no") in _CHECKED and match.group("no") != ""
            if yes != no:
                yield Claim(
                    path=("duty_station", "family_status"),
                    value="non-family" if yes else "family",
                    lines=(line,),
                )
            return
    found = announcement.first_labelled(_FAMILY, lines=lines)
    if found is not None:
        value = folded(found.value)
        if value.startswith(("non-family", "non family", "nonfamily")):
            yield Claim(
                path=("duty_station", "family_status"), value="non-family", lines=found.lines
            )
        elif value.startswith("family"):
            yield Claim(path=("duty_station", "family_status"), value="family", lines=found.lines)


def _list_field(
    announcement: Announcement, labels: Sequence[str], path: tuple[str, ...], header: Sequence[Line]
) -> Iterator[Claim]:
    found = announcement.first_labelled(labels, lines=_ordered(announcement, header))
    if found is None:
        return
    value = re.sub(r"^e\.g\..*?etc\.+\s*", "", found.value, flags=re.IGNORECASE)
    items = [
        _clean(item)
        for item in re.split(r",\s*(?:and\s+|et\s+|y\s+|und\s+|e\s+)?|;\s*", value)
        if _clean(item)
    ]
    if items and all(len(item) <= 120 for item in items):
        yield Claim(path=path, value=items, lines=found.lines)


def _ordered(announcement: Announcement, lines: Sequence[Line]) -> tuple[Line, ...]:
    wanted = {id(line) for line in lines}
    return tuple(line for line in announcement.lines if id(line) in wanted)


def _clean(text: str) -> str:
    return " ".join(text.strip(" \t*_[]").split()).rstrip(" .;,")
