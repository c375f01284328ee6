"""What the fact readers say and the text they read it from: claims, inferences, look-ups.

Each fact reader (`_identity`, `_terms`, `_work`, `_requirements`) is a function from an
`Announcement` to claims: a value for one field of the post's document (the form
`jpo_model.to_dict` writes), with the lines that state it. An `Inference` is a claim whose
value was worked out rather than read (a zone from the duty station); it becomes one of the
reading's assumptions. `Announcement` gives the readers the sections and the look-ups they
share: a labelled value ("Duty Station: Geneva"), the lines of a topic, the language.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence

import attrs

from jpo_model.reading.sections import Section, Topic, divide, folded, is_heading
from jpo_model.reading.source import Line, Source

__all__ = [
    "Announcement",
    "Claim",
    "FactReader",
    "Inference",
    "Labelled",
    "Step",
    "country_named",
    "folded",
    "guess_language",
    "number_in",
]

Step = str | int
"""One step of a field's path in the post's document: a key or a list index."""


@attrs.frozen(kw_only=True)
class Claim:
    """A value for one field, and the lines that state it."""

    path: tuple[Step, ...]
    value: object
    """The value as the post's document holds it (str, int, bool, list of str, dict)."""
    lines: tuple[Line, ...]


@attrs.frozen(kw_only=True)
class Inference:
    """A value for one field worked out from what the lines state, not stated by them."""

    path: tuple[Step, ...]
    value: object
    statement: str
    """What was inferred and from what, for a person to check."""
    lines: tuple[Line, ...] = ()


FactReader = Callable[["Announcement"], Iterable[Claim | Inference]]
"""A reader of some of a post's facts."""


@attrs.frozen(kw_only=True)
class Labelled:
    """A value written after a label ("Duty Station: Geneva"), and the lines it spans."""

    label: str
    value: str
    lines: tuple[Line, ...]


_LABEL_END = re.compile(r"\s*(?::|\t|：)\s*")


@attrs.frozen
class Announcement:
    """An announcement's source divided into sections, with the look-ups readers share."""

    source: Source
    sections: tuple[Section, ...]
    language: str
    """The BCP 47 tag of the language the text is written in (see `guess_language`)."""

    @classmethod
    def of(cls, source: Source, language: str) -> Announcement:
        """Divide ``source`` into sections."""
        return cls(source, divide(source.lines), language)

    @property
    def lines(self) -> tuple[Line, ...]:
        """Every line, headings included."""
        return self.source.lines

    def topic(self, *topics: Topic) -> tuple[Section, ...]:
        """The sections about any of ``topics`` (subsections count under their own topic)."""
        return tuple(s for s in self.sections if s.topic in topics)

    def within(self, *topics: Topic) -> tuple[Line, ...]:
        """The lines of the sections about ``topics`` and of their subsections."""
        return tuple(
            line
            for s in self.sections
            if s.topic in topics or s.parent in topics
            for line in s.lines
        )

    @functools.cached_property
    def order(self) -> dict[int, int]:
        """Each line's position in the source, by its number."""
        return {line.number: index for index, line in enumerate(self.source.lines)}

    @functools.cached_property
    def _folded(self) -> dict[int, str]:
        """Each line's text folded, once (labels are looked up many times)."""
        return {id(line): folded(line.text) for line in self.source.lines}

    def line_after(self, line: Line) -> Line | None:
        """The line that follows ``line`` in the source, or None after the last."""
        lines = self.source.lines
        for index, candidate in enumerate(lines[:-1]):
            if candidate is line:
                return lines[index + 1]
        return None

    def section_of(self, line: Line) -> Section | None:
        """The section a line sits in."""
        return self._by_line.get(line.number)

    @functools.cached_property
    def _by_line(self) -> dict[int, Section]:
        found: dict[int, Section] = {}
        for section in self.sections:
            for line in section.lines:
                found.setdefault(line.number, section)
        return found

    def labelled(
        self, labels: Iterable[str], *, lines: Sequence[Line] | None = None
    ) -> Iterator[Labelled]:
        """Values written after any of ``labels``, in document order.

        A label matches the start of a line, compared folded ("duty station" matches
        "Duty Station:"), followed by a colon or a tab, then the value; a line holding only
        the label (with or without its colon, as vacancy pages write "Grade" above "PR2")
        takes the next line as its value unless that line is a heading or another label.
        ``labels`` are written folded.
        """
        wanted = tuple(sorted(set(labels), key=len, reverse=True))
        pool = self.lines if lines is None else tuple(lines)
        folded_lines = self._folded
        for index, line in enumerate(pool):
            text = folded_lines.get(id(line)) or folded(line.text)
            for label in wanted:
                if not text.startswith(label):
                    continue
                if text == label:
                    value = ""  # the label alone: its value is on the next line
                else:
                    rest = line.text[_raw_length(line.text, len(label)) :]
                    end = _LABEL_END.match(rest)
                    if end is None:
                        continue
                    value = rest[end.end() :].strip(" \t")
                if value:
                    yield Labelled(label=label, value=value, lines=(line,))
                elif index + 1 < len(pool) and not _is_label(pool[index + 1]):
                    following = pool[index + 1]
                    if not is_heading(following):
                        yield Labelled(
                            label=label, value=following.text.strip(), lines=(line, following)
                        )
                break

    def first_labelled(
        self, labels: Iterable[str], *, lines: Sequence[Line] | None = None
    ) -> Labelled | None:
        """The first value written after any of ``labels``, or None."""
        return next(iter(self.labelled(labels, lines=lines)), None)


def _raw_length(text: str, folded_length: int) -> int:
    """How many characters of ``text`` fold to its first ``folded_length`` folded ones."""
    for end in range(len(text) + 1):
        if len(folded(text[:end])) >= folded_length:
            return end
    return len(text)


_LABEL_ONLY = re.compile(r"[^\t:.;]{2,60}:")


def _is_label(line: Line) -> bool:
    return _LABEL_ONLY.fullmatch(line.text.strip()) is not None


_STOPWORDS: dict[str, frozenset[str]] = {
    language: frozenset(words.split())
    for language, words in {
        "en": "the and of to in for with is are will be on as by or an",
        "fr": "le la les des et du en pour avec est sont une dans sur au aux",
        "es": "el la los las del y en para con es son una por al se",
        "de": "der die das und mit für ist sind ein eine im zu von den bei",
        "it": "il lo la gli le dei e per con è sono una nel della di che",
        "pt": "o a os as dos e em para com é são uma no da do que",
    }.items()
}


def guess_language(lines: Sequence[Line]) -> str:
    """The language most of the text's common words belong to (English when none stands out).

    >>> guess_language([Line(number=1, text="Les tâches et les responsabilités du poste")])
    'fr'
    """
    counts = dict.fromkeys(_STOPWORDS, 0)
    languages_of = _languages_of_words()
    for line in lines[:400]:
        for word in line.text.casefold().split():
            for language in languages_of.get(word.strip(".,;:()[]\"'«»“”"), ()):
                counts[language] += 1
    best = max(counts, key=lambda language: (counts[language], language == "en"))
    return best if counts[best] > 0 else "en"


@functools.cache
def _languages_of_words() -> dict[str, tuple[str, ...]]:
    found: dict[str, list[str]] = {}
    for language, words in _STOPWORDS.items():
        for word in words:
            found.setdefault(word, []).append(language)
    return {word: tuple(languages) for word, languages in found.items()}


_COUNTRY_LANGUAGES = ("en", "fr", "es", "de", "it", "pt", "ru", "ar", "zh")
# Names announcements use that CLDR writes otherwise (its names are "Türkiye", "Czechia"…).
_OTHER_COUNTRY_NAMES = {
    "turkey": "TR",
    "czech republic": "CZ",
    "ivory coast": "CI",
    "cote d'ivoire": "CI",
    "republic of korea": "KR",
    "korea": "KR",
    "democratic republic of the congo": "CD",
    "drc": "CD",
    "dr congo": "CD",
    "the netherlands": "NL",
    "holland": "NL",
    "russia": "RU",
    "russian federation": "RU",
    "viet nam": "VN",
    "lao pdr": "LA",
    "lao people's democratic republic": "LA",
    "state of palestine": "PS",
    "occupied palestinian territory": "PS",
    "swaziland": "SZ",
    "cape verde": "CV",
    "east timor": "TL",
    "burma": "MM",
    "united states of america": "US",
    "usa": "US",
    "uk": "GB",
    "great britain": "GB",
    "republic of moldova": "MD",
    "united republic of tanzania": "TZ",
    "bolivia (plurinational state of)": "BO",
    "venezuela (bolivarian republic of)": "VE",
    "iran (islamic republic of)": "IR",
    "syrian arab republic": "SY",
}


@functools.cache
def _country_names() -> dict[str, str]:
    from jpo_model import _cldr  # noqa: PLC0415 - CLDR's tables load only when a name is looked up

    names: dict[str, str] = {}
    for language in _COUNTRY_LANGUAGES:
        for name, code in _cldr.territory_codes(_cldr.parse_locale(language)).items():
            names.setdefault(folded(name), code)
    for alias, code in _cldr.territory_aliases().items():
        if len(alias) == 3:
            names.setdefault(folded(alias), code)
    names.update(_OTHER_COUNTRY_NAMES)
    return names


def country_named(name: str) -> str | None:
    """The ISO 3166 code of a country written by name in any of the UN languages (or None).

    >>> country_named("Switzerland"), country_named("Suisse"), country_named("Camboya")
    ('CH', 'CH', 'KH')
    """
    key = folded(name).strip(" .,;:()[]").removeprefix("the ")
    from jpo_model import _code_lists  # noqa: PLC0415 - see _country_names

    code = _country_names().get(key) or _country_names().get(f"the {key}")
    return code if code in _code_lists.country_codes() else None


_NUMBER_WORDS: dict[str, int] = {
    word: number
    for words, number in (
        ("one un une uno una ein eine eins um uma", 1),
        ("two deux dos zwei due dois duas", 2),
        ("three trois tres drei tre três", 3),
        ("four quatre cuatro vier quattro quatro", 4),
        ("five cinq cinco fünf funf cinque", 5),
        ("six seis sechs sei", 6),
        ("seven sept siete sieben sette sete", 7),
        ("eight huit ocho acht otto oito", 8),
        ("nine neuf nueve neun nove", 9),
        ("ten dix diez zehn dieci dez", 10),
        ("eleven onze once elf undici", 11),
        ("twelve douze doce zwölf zwolf dodici", 12),
        ("eighteen dix-huit dieciocho achtzehn diciotto dezoito", 18),
        ("twenty-four vingt-quatre veinticuatro vierundzwanzig ventiquattro", 24),
        ("thirty-six trente-six treinta y seis sechsunddreissig trentasei", 36),
    )
    for word in words.split()
}


def number_in(word: str) -> int | None:
    """A count written in digits or as a word (one to twelve, and a few others) in six languages.

    >>> number_in("two"), number_in("3"), number_in("zwei"), number_in("many")
    (2, 3, 2, None)
    """
    text = folded(word).strip(" .,;:()")
    if text.isdigit() and len(text) <= 4:
        return int(text)
    return _NUMBER_WORDS.get(text)
