"""Batch screening: many candidates against one post, from columns.

`CandidateColumns` holds candidates as flat columns: dates as day ordinals, codes and
texts dictionary-encoded once per batch (a set of nationalities, a field of study, a set of
countries, a list of languages becomes an integer), degrees and periods of experience as
rows pointing at their candidate. It is built from `Candidate` objects, from JSON Lines
text (validated as the loader validates, without a `Candidate` per valid line) or from a
mapping of columns (an Arrow table's ``to_pydict()``). `screen_columns` applies a post's
rules to every row at once and returns a `BatchResult`: per candidate the verdict and the
numbers of every finding, the same as `assess` gives; ``result.assessment(i)`` builds the
exact `Assessment`, explanations included, only when asked.

The columnar pass needs numpy (the ``batch`` extra: array arithmetic is what makes a
batch cheaper than one candidate at a time). Without it, `screen_columns` assesses each
candidate with `assess` and returns the same result. Inputs and results are plain values
(tuples, dicts, integer arrays): they pickle, so partitions can be screened elsewhere.
"""

from __future__ import annotations

import array
import importlib
import io
import json
import json.scanner
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import date
from decimal import Decimal
from types import ModuleType
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

import attrs
import pendulum

from jpo_model import _code_lists
from jpo_model._model import MOST_MONTHS, language_tag, text
from jpo_model.age import age_on
from jpo_model.eligibility._plan import ELIGIBLE, INELIGIBLE, LEVEL_BY_RANK, REVIEW, Numbers
from jpo_model.eligibility._screening import Screening
from jpo_model.eligibility.candidate import (
    Candidate,
    Degree,
    ExperiencePeriod,
    LanguageSkill,
    Relevance,
)
from jpo_model.eligibility.experience import days_number
from jpo_model.eligibility.findings import Assessment, Criterion, Verdict
from jpo_model.errors import ErrorDetail, ValidationError
from jpo_model.posts import Post
from jpo_model.qualifications import EducationLevel, ExperienceKind, Proficiency

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

__all__ = [
    "BatchResult",
    "CandidateColumns",
    "FindingNumbers",
    "RefusedRecord",
    "screen_columns",
]

_VERDICTS = (ELIGIBLE, REVIEW, INELIGIBLE)
"""Verdict codes in the columns: 0, 1, 2 (the worst is the largest)."""
_CODE = {verdict: code for code, verdict in enumerate(_VERDICTS)}
_RANK_OF = {level.value: level.rank for level in EducationLevel}
_KINDS = tuple(ExperienceKind)
_KIND_CODE = {kind.value: i for i, kind in enumerate(_KINDS)}
_RELEVANCES = tuple(Relevance)
_RELEVANCE_CODE = {relevance.value: i for i, relevance in enumerate(_RELEVANCES)}
_PROFICIENCY_RANK = {level.value: level.rank for level in Proficiency}
_PAID_CODE = {None: 0, True: 1, False: 2}
_PAID_BY_ID = {id(value): code for value, code in _PAID_CODE.items()}
_BOOLEAN_BY_ID = {id(False): 0, id(True): 1}  # noqa: FBT003 - the singletons themselves
_ONGOING = 0
"""The end ordinal of an ongoing period (ordinals start at 1)."""
_MOST_MONTHS = MOST_MONTHS
"""The most months of military service a candidate may state: a record stating more goes to
the loader (which refuses it). A candidate beyond it would be stored as `_TOO_MANY` and
assessed on its own (a guard: `Candidate` refuses one)."""
_TOO_MANY = -1
_SPAN = 1 << 22
"""More than any day ordinal (`date.max` is 3,652,059): keeps candidates' spans apart."""
_WEIGHTS = 1 << 27
"""More than any weight (100 % of full time at 100 % is 100,000,000 units a day)."""


def _keys(cls: type) -> frozenset[str]:
    """The keys a record of ``cls`` may hold: its fields' names, as the loader reads them."""
    return frozenset(field.name for field in attrs.fields(cls))


_CANDIDATE_KEYS = _keys(Candidate) | {"schema_version"}  # the document's version, as dumped
_DEGREE_KEYS = _keys(Degree)
_PERIOD_KEYS = _keys(ExperiencePeriod)
_LANGUAGE_KEYS = _keys(LanguageSkill)
_LARGEST_FAST_LINE = 1_000_000
"""Longer lines go to the loader, which knows its own size limit: 4,000,000 bytes of UTF-8,
more than a line this long can hold (at most 4 bytes a character)."""
_is_text = text.passes
_scan: Callable[[str, int], tuple[object, int]] = json.scanner.make_scanner(
    json.JSONDecoder()  # type: ignore[arg-type] # typeshed's context type is the scanner's own
)
"""`json.loads` without its checks for blanks around the value (a line with any goes to the
loader): the parser itself, as `json.loads` calls it."""


def _is_language(tag: str) -> bool:
    return next(iter(language_tag(tag)), None) is None


class RefusedRecord(NamedTuple):
    """A record that is not a valid candidate: where it was, and every problem the loader found."""

    line: int
    """The line number (JSON Lines, from 1) or the row index (columns, from 0)."""
    errors: tuple[ErrorDetail, ...]
    """The loader's problems, with their paths."""


class FindingNumbers(NamedTuple):
    """One finding of a batch: its rule, verdict and numbers, as `Finding` has them."""

    criterion: Criterion
    """The rule applied."""
    verdict: Verdict
    """The rule's verdict for the candidate."""
    decisive: bool
    """Whether the rule decides eligibility (desirable languages do not)."""
    numbers: Numbers
    """The numbers used, by name, equal to those of `assess`'s finding."""


@attrs.frozen(eq=False)
class _Flat:
    """The columns, as compact integer arrays, and the tables their codes point into.

    ``people`` holds per candidate (birth ordinal, months of military service, nationality
    code, language code); ``degrees`` per degree (candidate, rank, completion ordinal,
    field code, countries code); ``periods`` per period (candidate, kind, relevance, paid,
    start ordinal, end ordinal, UN system, share in basis points): one ``extend`` per row.
    """

    people: array.array[int] = attrs.field(factory=lambda: array.array("q"))
    references: list[str | None] = attrs.field(factory=list)
    """Each candidate's reference, for reports."""
    degrees: array.array[int] = attrs.field(factory=lambda: array.array("q"))
    periods: array.array[int] = attrs.field(factory=lambda: array.array("q"))
    nationalities: dict[frozenset[str], int] = attrs.field(factory=dict)
    languages: dict[tuple[tuple[str, int], ...], int] = attrs.field(factory=dict)
    fields: dict[str, int] = attrs.field(factory=dict)
    countries: dict[frozenset[str], int] = attrs.field(factory=dict)
    points: dict[str, int] = attrs.field(factory=dict)
    """Basis points of each share written as text, 0 if invalid (a cache; shares repeat)."""
    shares: dict[Decimal, int] = attrs.field(factory=dict)
    """Basis points of each share of a `Candidate` (a cache; shares repeat)."""
    dates: dict[object, int] = attrs.field(factory=dict)
    """The ordinal of each date text, 0 if the loader would refuse it (a cache)."""
    tags: set[str] = attrs.field(factory=set)
    """The language tags found valid so far (a cache)."""
    country_lists: dict[tuple[object, ...], int] = attrs.field(factory=dict)
    """The code of each list of country codes in `countries`, -1 if invalid (a cache)."""


_PEOPLE, _DEGREES, _PERIODS = 4, 5, 8
"""The number of columns of ``people``, ``degrees`` and ``periods``."""


def _code(table: dict[Any, int], value: object) -> int:
    code = table.get(value)
    if code is None:
        code = table[value] = len(table)
    return code


@attrs.frozen(eq=False)
class CandidateColumns:
    """Candidates as columns, for `screen_columns`.

    Records that are not candidates are kept in `refused`, never dropped.

    >>> import pendulum
    >>> from jpo_model import Candidate
    >>> columns = CandidateColumns.from_candidates(
    ...     [Candidate(birth_date=pendulum.Date(1995, 5, 17), nationalities=frozenset({"KE"}))])
    >>> len(columns), columns.refused
    (1, ())
    """

    _flat: _Flat = attrs.field(alias="flat")
    _records: tuple[Candidate | dict[str, Any] | str | bytes, ...] = attrs.field(alias="records")
    """Per candidate, what it was read from: an object, a checked record or a checked line
    (kept as text, which is smaller than its parsed record)."""
    lines: tuple[int, ...]
    """Per candidate, its line number (JSON Lines) or row index (columns)."""
    refused: tuple[RefusedRecord, ...] = ()
    """The records refused, in input order, with the loader's problems."""

    def __len__(self) -> int:
        return len(self._records)

    def reference(self, index: int) -> str | None:
        """The reference of one row's candidate (without building the candidate)."""
        return self._flat.references[index]

    def candidate(self, index: int) -> Candidate:
        """The candidate of one row, as the loader would have built it."""
        record = self._records[index]
        if isinstance(record, Candidate):
            return record
        if isinstance(record, dict):
            return _candidate_of(record)
        parsed: dict[str, Any] = json.loads(record)
        return _candidate_of(parsed)

    @classmethod
    def from_candidates(cls, candidates: Iterable[Candidate]) -> CandidateColumns:
        """Columns of candidates already built."""
        flat = _Flat()
        records = tuple(candidates)
        for owner, candidate in enumerate(records):
            _add_candidate(flat, owner, candidate)
        return cls(flat=flat, records=records, lines=tuple(range(len(records))))

    @classmethod
    def from_json_lines(
        cls,
        data: str | bytes | Iterable[str | bytes],
        *,
        load: Callable[[str | bytes], Candidate],
        first_line: int = 1,
    ) -> CandidateColumns:
        r"""Columns of the candidates in JSON Lines text; blank lines are skipped.

        ``data`` is the text, or its lines as reading a file gives them (each with its
        ``\n``, a chunk of a longer file); lines are numbered from ``first_line``. Lines
        end at ``\n`` only. Each line is parsed once and checked by a fast test of the
        common, valid shape; only a line that fails it goes to ``load``, the full loader
        (pass ``functools.partial(jpo_model.loads, cls=Candidate)``: the loader sits in the
        layer above this one), with its line end as the text has it, so a refused line
        carries exactly the problems the loader finds in that line of the file. A line the
        loader accepts after all joins the columns.

        >>> import functools
        >>> from jpo_model import Candidate, loads
        >>> columns = CandidateColumns.from_json_lines(
        ...     [b'{"birth_date": "1995-05-17", "nationalities": ["KE"]}\n', b"\n", b"{\n"],
        ...     load=functools.partial(loads, cls=Candidate), first_line=41)
        >>> columns.lines, [(r.line, r.errors[0].message[:18]) for r in columns.refused]
        ((41,), [(43, 'is not valid JSON:')])
        """
        if isinstance(data, bytes):
            pieces: Iterable[str | bytes] = io.BytesIO(data).readlines()
        elif isinstance(data, str):
            pieces = io.StringIO(data, newline="\n").readlines()
        else:
            pieces = data

        def fast(line: str | bytes) -> Callable[[_Flat, int], bool]:
            def test(flat: _Flat, owner: int) -> bool:
                parsed = _parsed(line)
                return parsed is not None and _add_record(flat, owner, *parsed)

            return test

        entries = (
            (number, line, fast(line))
            for number, line in enumerate(pieces, start=first_line)
            if line and not line.isspace()  # (no copy of the line, as strip() makes)
        )
        return _gathered(entries, load)

    @classmethod
    def from_arrays(
        cls,
        table: Mapping[str, Sequence[object]],
        *,
        load: Callable[[dict[str, Any]], Candidate],
    ) -> CandidateColumns:
        """Columns of a table: per field of `Candidate`, a column of its values.

        Values are as JSON has them (what an Arrow table's ``to_pydict()`` gives); a missing
        column or a null value is left unstated. A row that fails the fast test goes to
        ``load`` (pass ``functools.partial(jpo_model.from_dict, cls=Candidate)``).
        """
        names = [name for name in table if name in _CANDIDATE_KEYS]
        unknown = [name for name in table if name not in _CANDIDATE_KEYS]
        size = len(next(iter(table.values()))) if table else 0
        columns = [table[name] for name in (*names, *unknown)]
        keys = (*names, *unknown)

        def rows() -> Iterator[tuple[int, dict[str, Any], Callable[[_Flat, int], bool]]]:
            for row in range(size):
                values = zip(keys, (column[row] for column in columns), strict=True)
                record = {key: value for key, value in values if value is not None}

                def test(flat: _Flat, owner: int, record: dict[str, Any] = record) -> bool:
                    return not unknown and _add_record(flat, owner, record)

                yield row, record, test

        return _gathered(rows(), load)


Raw = TypeVar("Raw", bound=str | bytes | dict[str, Any])


def _gathered(
    entries: Iterable[tuple[int, Raw, Callable[[_Flat, int], bool]]],
    load: Callable[[Raw], Candidate],
) -> CandidateColumns:
    """Columns of records, each at its position (a line, or a row).

    A record its fast test takes joins the columns as it is; any other is built by ``load``,
    whose refusal is kept with the loader's own problems.
    """
    flat = _Flat()
    records: list[Candidate | dict[str, Any] | str | bytes] = []
    lines: list[int] = []
    refused: list[RefusedRecord] = []
    for position, raw, fast in entries:
        if fast(flat, len(records)):
            records.append(raw)
        else:
            try:
                candidate = load(raw)
            except ValidationError as error:
                refused.append(RefusedRecord(position, error.errors))
                continue
            _add_candidate(flat, len(records), candidate)
            records.append(candidate)
        lines.append(position)
    return CandidateColumns(
        flat=flat, records=tuple(records), lines=tuple(lines), refused=tuple(refused)
    )


def _add_candidate(flat: _Flat, owner: int, candidate: Candidate) -> None:
    shares = flat.shares
    for d in candidate.degrees:
        flat.degrees.extend(
            (
                owner,
                d.level.rank,
                d.completed.toordinal(),
                _code(flat.fields, d.field),
                _code(flat.countries, d.countries),
            )
        )
    for p in candidate.experience:
        flat.periods.extend(
            (
                owner,
                _KIND_CODE[p.kind.value],
                _RELEVANCE_CODE[p.relevance.value],
                _PAID_CODE[p.paid],
                p.start.toordinal(),
                _ONGOING if p.end is None else p.end.toordinal(),
                int(p.un_system),
                _share_points(shares, p.full_time_percent),
            )
        )
    languages = tuple([(skill.language, skill.level.rank) for skill in candidate.languages])
    flat.references.append(candidate.reference)
    flat.people.extend(
        (
            candidate.birth_date.toordinal(),
            _months(candidate.military_service_months),
            _code(flat.nationalities, candidate.nationalities),
            _code(flat.languages, languages),
        )
    )


def _months(months: int | None) -> int:
    if months is None:
        return 0
    return _TOO_MANY if months > _MOST_MONTHS else months


def _share_points(cache: dict[Decimal, int], share: Decimal) -> int:
    points = cache.get(share)
    if points is None:
        # As `ExperienceTally` reads a share: to 0.01 %, truncated.
        points = cache[share] = int(share * 100)
    return points


def _parsed(line: str | bytes) -> tuple[dict[str, Any], int] | None:
    """A line's object and the colons in its text, if it parses (else ``None``: ask the loader).

    Every key is followed by a colon: as many colons in the text as keys in the objects
    parsed means no object repeats a key (a colon inside a string only sends the line to
    the loader).
    """
    if len(line) > _LARGEST_FAST_LINE:
        return None
    try:
        text = line.decode() if isinstance(line, bytes) else line
        record, end = _scan(text, 0)
    except (ValueError, StopIteration, RecursionError):  # not UTF-8 or JSON, leading blanks
        return None  # (or nested beyond the parser's depth: the loader's limit says so)
    if type(record) is not dict:
        return None
    if end != len(text) and (end != len(text) - 1 or text[end] != "\n"):
        return None  # trailing text other than the line's end: let the loader say
    return record, text.count(":")


def _date(cache: dict[object, int], value: object) -> int:
    """The ordinal of an ISO date string as the loader reads it; 0 if it would refuse it."""
    ordinal = cache.get(value)
    if ordinal is None:
        ordinal = cache[value] = _parsed_date(value)
    return ordinal


def _parsed_date(value: object) -> int:
    if (
        type(value) is not str
        or len(value) != 10
        or not value.isascii()
        or value[4] != "-"
        or value[7] != "-"
        or not (value[:4] + value[5:7] + value[8:]).isdigit()
    ):
        return 0
    try:
        return date(int(value[:4]), int(value[5:7]), int(value[8:])).toordinal()
    except ValueError:
        return 0


def _countries(flat: _Flat, value: object) -> int:
    """The code of a non-empty list of distinct known country codes; -1 if not one."""
    if type(value) is not list or not value:
        return -1
    key = tuple(value)
    code = flat.country_lists.get(key)
    if code is None:
        codes = frozenset(value)
        valid = len(codes) == len(value) and codes <= _code_lists.country_codes()
        code = flat.country_lists[key] = _code(flat.countries, codes) if valid else -1
    return code


def _nationalities(flat: _Flat, value: object) -> int:
    """The code of a non-empty list of distinct known country codes; -1 if not one."""
    if type(value) is not list or not value:
        return -1
    codes = frozenset(value)
    code = flat.nationalities.get(codes)
    if code is None:
        if not codes <= _code_lists.country_codes():
            return -1
        code = _code(flat.nationalities, codes)
    return code if len(codes) == len(value) else -1


def _add_record(flat: _Flat, owner: int, record: dict[str, Any], keys: int | None = None) -> bool:
    """Append a record that is a valid candidate in the common shape; False if unsure.

    ``keys``: how many keys the record's text names (``None``: it is no text).
    """
    try:
        return _add_checked(flat, owner, record, keys)
    except TypeError:  # an unhashable value where a code or a date belongs
        return False


def _add_checked(  # noqa: C901, PLR0911, PLR0912, PLR0915 - one test per field, inline: the hot path
    flat: _Flat, owner: int, record: dict[str, Any], keys: int | None
) -> bool:
    if not _CANDIDATE_KEYS.issuperset(record):
        return False
    version = record.get("schema_version", 1)
    dates = flat.dates
    birth = _date(dates, record["birth_date"]) if "birth_date" in record else 0
    nationality = _nationalities(flat, record.get("nationalities"))
    months = record.get("military_service_months")
    reference = record.get("reference")
    if (
        not birth
        or nationality < 0
        or type(version) is not int
        or version != 1
        or not (months is None or (type(months) is int and 0 <= months <= _MOST_MONTHS))
        or not (reference is None or (type(reference) is str and _is_text(reference)))
    ):
        return False
    named = len(record)
    degrees: list[int] = []
    fields = flat.fields
    for degree in record.get("degrees", ()):
        if type(degree) is not dict or degree.keys() != _DEGREE_KEYS:
            return False
        rank = _RANK_OF.get(degree["level"])
        completed = dates.get(degree["completed"]) or _date(dates, degree["completed"])
        field = degree["field"]
        countries = _countries(flat, degree["countries"])
        if rank is None or not completed or countries < 0:
            return False
        code = fields.get(field)
        if code is None:
            if type(field) is not str or not _is_text(field):
                return False
            code = _code(fields, field)
        degrees += (owner, rank, completed, code, countries)
        named += 4
    periods: list[int] = []
    points_cache = flat.points
    for period in record.get("experience", ()):
        if type(period) is not dict or not _PERIOD_KEYS.issuperset(period):
            return False
        get = period.get  # (bound once: nine look-ups a period)
        kind = _KIND_CODE.get(get("kind"))  # type: ignore[arg-type]
        start_text = get("start")
        start = dates.get(start_text) or _date(dates, start_text)
        end_text = get("end")
        end = _ONGOING if end_text is None else dates.get(end_text) or _date(dates, end_text)
        # Looked up by identity: 1 == 1.0 == True, but only a JSON boolean is one here.
        un_system = _BOOLEAN_BY_ID.get(id(get("un_system", False)), -1)
        relevance = _RELEVANCE_CODE.get(get("relevance", "unknown"))
        paid = _PAID_BY_ID.get(id(get("paid")), -1)
        share = get("full_time_percent", "100")
        points = points_cache.get(share)
        if points is None:
            points = points_cache[share] = _text_share_points(share)
        employer = get("employer")
        if (
            kind is None
            or not start
            or (end_text is not None and (not end or end < start))
            or un_system < 0
            or relevance is None
            or paid < 0
            or not points
            or not (employer is None or (type(employer) is str and _is_text(employer)))
        ):
            return False
        periods += (owner, kind, relevance, paid, start, end, un_system, points)
        named += len(period)
    languages = []
    tags = set()
    known_tags = flat.tags
    for skill in record.get("languages", ()):
        if type(skill) is not dict or skill.keys() != _LANGUAGE_KEYS:
            return False
        tag, rank = skill["language"], _PROFICIENCY_RANK.get(skill["level"])
        if rank is None or tag in tags:
            return False
        if tag not in known_tags:
            if type(tag) is not str or not _is_language(tag):
                return False
            known_tags.add(tag)
        tags.add(tag)
        languages.append((tag, rank))
        named += 2
    if (
        type(record.get("degrees", [])) is not list
        or type(record.get("experience", [])) is not list
    ):
        return False
    if type(record.get("languages", [])) is not list or (keys is not None and keys != named):
        return False
    flat.degrees.extend(degrees)
    flat.periods.extend(periods)
    flat.references.append(reference)
    flat.people.extend((birth, months or 0, nationality, _code(flat.languages, tuple(languages))))
    return True


def _text_share_points(share: object) -> int:
    """A share written as plain decimal text between 0.01 and 100, in basis points (0: not)."""
    if type(share) is not str or not share.isascii():
        return 0
    whole, dot, part = share.partition(".")
    if not whole.isdigit() or (dot and not part.isdigit()):
        return 0
    value = Decimal(share)
    if not Decimal("0.01") <= value <= 100:
        return 0
    return int(value * 100)


def _candidate_of(record: dict[str, Any]) -> Candidate:
    """The `Candidate` a record that passed the fast test stands for."""
    return Candidate(
        birth_date=_pendulum_date(record["birth_date"]),
        nationalities=frozenset(record["nationalities"]),
        degrees=tuple(
            Degree(
                level=EducationLevel(d["level"]),
                field=d["field"],
                countries=frozenset(d["countries"]),
                completed=_pendulum_date(d["completed"]),
            )
            for d in record.get("degrees", ())
        ),
        experience=tuple(
            ExperiencePeriod(
                kind=ExperienceKind(p["kind"]),
                start=_pendulum_date(p["start"]),
                end=None if p.get("end") is None else _pendulum_date(p["end"]),
                un_system=p.get("un_system", False),
                full_time_percent=Decimal(p.get("full_time_percent", "100")),
                relevance=Relevance(p.get("relevance", "unknown")),
                paid=p.get("paid"),
                employer=p.get("employer"),
            )
            for p in record.get("experience", ())
        ),
        languages=tuple(
            LanguageSkill(language=s["language"], level=Proficiency(s["level"]))
            for s in record.get("languages", ())
        ),
        military_service_months=record.get("military_service_months"),
        reference=record.get("reference"),
    )


def _pendulum_date(value: str) -> pendulum.Date:
    return pendulum.Date(int(value[:4]), int(value[5:7]), int(value[8:]))


@attrs.frozen(eq=False)
class _Table:
    """What the columnar pass found, per candidate (verdicts as codes into `_VERDICTS`)."""

    age_verdict: NDArray[np.int64]
    age: NDArray[np.int64]
    nationality_verdict: NDArray[np.int64]
    top: NDArray[np.int64]
    held: NDArray[np.int64]
    field_verdict: NDArray[np.int64]
    location_verdict: NDArray[np.int64]
    considered: NDArray[np.int64]
    experience_verdict: NDArray[np.int64]
    low: NDArray[np.int64]
    high: NDArray[np.int64]
    un_days: NDArray[np.int64]
    languages: tuple[tuple[tuple[int, int], ...], ...]
    """Per language category: per requirement, the verdict code and the count met."""
    deferred: dict[int, tuple[FindingNumbers, ...]]
    """Candidates assessed one at a time, by row: those within an alternative age limit
    (whose age verdict depends on their degrees) and those of `_TOO_MANY` months."""

    def values(self) -> _Values:
        """The per-candidate columns as lists: one row's values read without numpy scalars."""
        return _Values(
            age_verdict=self.age_verdict.tolist(),
            age=self.age.tolist(),
            nationality_verdict=self.nationality_verdict.tolist(),
            top=self.top.tolist(),
            held=self.held.tolist(),
            field_verdict=self.field_verdict.tolist(),
            location_verdict=self.location_verdict.tolist(),
            considered=self.considered.tolist(),
            experience_verdict=self.experience_verdict.tolist(),
            low=self.low.tolist(),
            high=self.high.tolist(),
            un_days=self.un_days.tolist(),
            languages=self.languages,
        )


@attrs.frozen(eq=False)
class _Values:
    """A `_Table`'s columns as lists, made when findings are first read (see `_Table`)."""

    age_verdict: list[int]
    age: list[int]
    nationality_verdict: list[int]
    top: list[int]
    held: list[int]
    field_verdict: list[int]
    location_verdict: list[int]
    considered: list[int]
    experience_verdict: list[int]
    low: list[int]
    high: list[int]
    un_days: list[int]
    languages: tuple[tuple[tuple[int, int], ...], ...]


def screen_columns(post: Post, columns: CandidateColumns, *, on: date) -> BatchResult:
    """Assess every candidate of ``columns`` against a post's rules on the day ``on``.

    The verdicts and findings' numbers are those `assess` gives each candidate; with numpy
    installed they are worked out column by column, else candidate by candidate.

    >>> import pendulum
    >>> from jpo_model import examples, Candidate
    >>> people = [Candidate(birth_date=pendulum.Date(y, 6, 1), nationalities=frozenset({"KE"}))
    ...           for y in (1990, 2000)]
    >>> result = screen_columns(examples.load("ohchr-25p153"),
    ...     CandidateColumns.from_candidates(people), on=pendulum.Date(2026, 3, 1))
    >>> [finding.verdict.value for finding in (result.findings(0)[0], result.findings(1)[0])]
    ['ineligible', 'eligible']
    """
    screening = Screening(post, on)
    if _numpy_available():
        overall, table = _screen_arrays(screening, columns)
        return BatchResult(post, on, columns, overall=overall, table=table)
    rows = tuple(_summaries(screening.assess(columns.candidate(i))) for i in range(len(columns)))
    overall = tuple(_CODE[max(_verdict_row(row), key=_CODE.__getitem__)] for row in rows)
    return BatchResult(post, on, columns, overall=overall, rows=rows)


def _verdict_row(row: tuple[FindingNumbers, ...]) -> list[Verdict]:
    return [ELIGIBLE, *(finding.verdict for finding in row if finding.decisive)]


def _summaries(assessment: Assessment) -> tuple[FindingNumbers, ...]:
    return tuple(
        FindingNumbers(f.criterion, f.verdict, f.decisive, f.numbers) for f in assessment.findings
    )


def _numpy_available() -> bool:
    """Whether numpy (the ``batch`` extra) can be imported."""
    try:
        importlib.import_module("numpy")
    except ImportError:
        return False
    return True


class BatchResult:
    """The assessments of a batch: per candidate the verdict and each finding's numbers.

    ``assessment(i)`` builds the `Assessment` `assess` gives the candidate of row ``i``,
    with its explanations; the rest reads the batch's columns.
    """

    __slots__ = ("_cache", "_columns", "_on", "_overall", "_post", "_rows", "_table")

    def __init__(  # noqa: PLR0913 - what a batch keeps
        self,
        post: Post,
        on: date,
        columns: CandidateColumns,
        *,
        overall: tuple[int, ...],
        table: _Table | None = None,
        rows: tuple[tuple[FindingNumbers, ...], ...] | None = None,
    ) -> None:
        self._post, self._on, self._columns = post, on, columns
        self._overall, self._table, self._rows = overall, table, rows
        self._cache: dict[str, Any] = {}

    def __getstate__(self) -> dict[str, object]:
        return {
            "post": self._post,
            "on": self._on,
            "columns": self._columns,
            "overall": self._overall,
            "table": self._table,
            "rows": self._rows,
        }

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(  # type: ignore[misc]
            state["post"],
            state["on"],
            state["columns"],
            overall=state["overall"],
            table=state["table"],
            rows=state["rows"],
        )

    def __len__(self) -> int:
        return len(self._overall)

    @property
    def columns(self) -> CandidateColumns:
        """The candidates screened (and the records refused)."""
        return self._columns

    @property
    def refused(self) -> tuple[RefusedRecord, ...]:
        """The records that were not candidates, with the loader's problems."""
        return self._columns.refused

    def verdict(self, index: int) -> Verdict:
        """The overall verdict of the candidate of row ``index``."""
        return _VERDICTS[self._overall[index]]

    def verdicts(self) -> tuple[Verdict, ...]:
        """Every candidate's overall verdict, in row order."""
        return tuple([_VERDICTS[code] for code in self._overall])

    def counts(self) -> dict[Verdict, int]:
        """How many candidates got each verdict."""
        return {verdict: self._overall.count(code) for code, verdict in enumerate(_VERDICTS)}

    def assessment(self, index: int) -> Assessment:
        """The `Assessment` of the candidate of row ``index``, explanations included."""
        return self._screening().assess(self._columns.candidate(index))

    def findings(self, index: int) -> tuple[FindingNumbers, ...]:
        """Each finding of row ``index``: rule, verdict and numbers, in `assess`'s order."""
        if self._rows is not None:
            return self._rows[index]
        table = self._table
        assert table is not None  # noqa: S101 - a batch has rows or a table
        deferred = table.deferred.get(index)
        if deferred is not None:
            return deferred
        values: _Values | None = self._cache.get("values")
        if values is None:
            values = self._cache["values"] = table.values()
        return _findings(self._screening(), self._columns, values, index, self._cache)

    def _screening(self) -> Screening:
        screening: Screening | None = self._cache.get("screening")
        if screening is None:
            screening = self._cache["screening"] = Screening(self._post, self._on)
        return screening


def _findings(  # noqa: C901 - every rule, in order
    s: Screening, columns: CandidateColumns, t: _Values, i: int, cache: dict[str, Any]
) -> tuple[FindingNumbers, ...]:
    flat = columns._flat  # noqa: SLF001 - the columns' own table, read in their module
    found: list[FindingNumbers] = []
    held = t.held[i]
    if s.age is not None:
        found.append(_age_numbers(s, flat, t, i, cache))
    if s.nationality is not None:
        text = _nationalities_text(flat, flat.people[_PEOPLE * i + 2], cache)
        numbers: Numbers = (("nationalities", text), ("accepted_count", len(s.nationality)))
        verdict = _VERDICTS[t.nationality_verdict[i]]
        found.append(FindingNumbers(Criterion.NATIONALITY, verdict, True, numbers))  # noqa: FBT003
    top = t.top[i]
    level_verdict, substitution, plan = s.by_top[top]
    if level_verdict is not None:
        assert s.minimum is not None  # noqa: S101 - a level verdict needs a minimum
        numbers = (
            ("highest_degree", LEVEL_BY_RANK[top]),
            ("required_degree", s.minimum.value),
            ("degrees_held", held),
        )
        if substitution is not None:
            numbers += (("additional_experience_years", substitution.additional_experience_years),)
        found.append(FindingNumbers(Criterion.EDUCATION_LEVEL, level_verdict, True, numbers))  # noqa: FBT003
    if s.fields:
        numbers = (s.fields_count, ("degrees_held", held))
        verdict = _VERDICTS[t.field_verdict[i]]
        found.append(FindingNumbers(Criterion.EDUCATION_FIELD, verdict, True, numbers))  # noqa: FBT003
    if s.location is not None:
        numbers = (("degrees_considered", t.considered[i]), s.countries_count)
        verdict = _VERDICTS[t.location_verdict[i]]
        found.append(FindingNumbers(Criterion.EDUCATION_LOCATION, verdict, True, numbers))  # noqa: FBT003
    if plan is not None:
        low, high = t.low[i], t.high[i]
        numbers = (("counted_days", days_number(low)), *plan.numbers)
        if high != low:
            numbers += (("counted_days_if_relevant", days_number(high)),)
        if s.maximum_years is not None:
            numbers += (("maximum_years", s.maximum_years),)
        verdict = _VERDICTS[t.experience_verdict[i]]
        found.append(FindingNumbers(Criterion.EXPERIENCE, verdict, True, numbers))  # noqa: FBT003
    if s.ceiling is not None:
        days = t.un_days[i]
        verdict = ELIGIBLE if days <= s.ceiling_days else INELIGIBLE
        numbers = (("un_system_days", days), *s.ceiling_numbers)
        found.append(FindingNumbers(Criterion.UN_EXPERIENCE_CEILING, verdict, True, numbers))  # noqa: FBT003
    for (rule, _, _, _, count_pair), (code, met) in zip(
        s.language_rules,
        t.languages[flat.people[_PEOPLE * i + 3]] if s.language_rules else (),
        strict=True,
    ):
        numbers = (count_pair, ("met_count", met))
        found.append(FindingNumbers(Criterion.LANGUAGE, _VERDICTS[code], rule.decisive, numbers))
    return tuple(found)


def _nationalities_text(flat: _Flat, code: int, cache: dict[str, Any]) -> str:
    """A set of nationalities as a finding names it, written once per set."""
    texts: list[str] | None = cache.get("nationalities")
    if texts is None:
        texts = cache["nationalities"] = [", ".join(sorted(c)) for c in flat.nationalities]
    return texts[code]


def _age_numbers(
    s: Screening, flat: _Flat, t: _Values, i: int, cache: dict[str, Any]
) -> FindingNumbers:
    rule = s.age
    assert rule is not None  # noqa: S101 - only asked with an age rule
    birth, months = flat.people[_PEOPLE * i], flat.people[_PEOPLE * i + 1]
    row = cache.get(f"age {months}")
    if row is None:
        earliest = rule.earliest_birth_date(s.on, military_service_months=months)
        added = rule.years_added(months)
        row = cache[f"age {months}"] = (earliest, rule.limit + added, added)
    earliest, limit, added = row
    births: dict[int, pendulum.Date] = cache.setdefault("births", {})
    born = births.get(birth)
    if born is None:  # birth dates repeat: one date object per day
        born = births[birth] = pendulum.Date.fromordinal(birth)
    numbers: Numbers = (("birth_date", born), ("earliest_birth_date", earliest))
    if s.latest_birth is not None:
        numbers += (("latest_birth_date", s.latest_birth),)
    numbers += (("reference_date", s.age_reference), ("age", t.age[i]), ("limit", limit))
    if rule.minimum is not None:
        numbers += (("minimum", rule.minimum),)
    if added:
        numbers += (("military_service_months", months), ("years_added", added))
    return FindingNumbers(Criterion.AGE, _VERDICTS[t.age_verdict[i]], True, numbers)  # noqa: FBT003


def _screen_arrays(  # noqa: C901, PLR0912, PLR0915 - every rule, column by column
    s: Screening, columns: CandidateColumns
) -> tuple[tuple[int, ...], _Table]:
    """Every rule applied to every row at once; per candidate, the same numbers as `assess`."""
    import numpy as np  # noqa: PLC0415 - the optional `batch` extra, imported once known present

    flat = columns._flat  # noqa: SLF001 - the columns' own table, read in their module
    n = len(columns)

    def zeros() -> NDArray[np.int64]:
        return np.zeros(n, dtype=np.int64)

    # Rows interleave their columns; each column is made contiguous once.
    people = np.asarray(flat.people, dtype=np.int64).reshape(-1, _PEOPLE).T.copy()
    degrees = np.asarray(flat.degrees, dtype=np.int64).reshape(-1, _DEGREES).T.copy()
    periods = np.asarray(flat.periods, dtype=np.int64).reshape(-1, _PERIODS).T.copy()
    birth, months, nationality, language = people
    owner, rank, completed, field, countries = degrees
    overall = zeros()
    age_verdict, ages = zeros(), zeros()
    one_by_one = np.zeros(n, dtype=bool)
    if s.age is not None:
        rule = s.age
        unique_births, inverse = np.unique(birth, return_inverse=True)
        by_birth = [
            age_on(date.fromordinal(b), s.age_reference, leap_day=rule.leap_day)
            for b in unique_births.tolist()
        ]
        ages = np.array(by_birth, dtype=np.int64)[inverse.reshape(n)] if n else ages
        earliest = zeros()
        service = [m for m in np.unique(months).tolist() if m != _TOO_MANY]
        for m in service:
            earliest[months == m] = rule.earliest_birth_date(
                s.on, military_service_months=m
            ).toordinal()
        within = birth >= earliest
        if rule.minimum is not None:
            within &= ages >= rule.minimum
        age_verdict = np.where(within, 0, _CODE[s.age_failure])
        if s.age_alternatives:
            for m in service:
                lowest = s.alternative_rows(m)[-1].earliest
                one_by_one |= (months == m) & (birth >= lowest) & (birth < earliest)
            one_by_one &= age_verdict != 0
        one_by_one |= months == _TOO_MANY  # assessed on their own, as said above
        overall = np.maximum(overall, age_verdict)
    nationality_verdict = zeros()
    if s.nationality is not None and n:
        accepted = s.nationality
        by_set = [0 if not accepted.isdisjoint(codes) else 2 for codes in flat.nationalities]
        nationality_verdict = np.array(by_set, dtype=np.int64)[nationality]
        overall = np.maximum(overall, nationality_verdict)
    is_held = completed <= s.degree_cutoff_ordinal
    degree_groups = _Groups(np, owner, n)
    top = degree_groups.maximum(np.where(is_held, rank, 0), 0)
    never = np.iinfo(np.int64).max
    first_degree = degree_groups.minimum(np.where(is_held, completed, never), never)
    first_degree[first_degree == never] = 0
    held = degree_groups.sum(is_held.astype(np.int64))
    ranks = range(max(s.by_top) + 1)
    if s.by_top[0][0] is not None:
        by_top = np.array([_CODE[v] if (v := s.by_top[r][0]) else 0 for r in ranks])
        overall = np.maximum(overall, by_top[top])
    field_verdict = zeros()
    if s.fields:
        listed = np.array([f.casefold() in s.fields for f in flat.fields] or [False])
        matched = degree_groups.maximum((is_held & listed[field]).astype(np.int64), 0)
        field_verdict = 1 - matched
        overall = np.maximum(overall, field_verdict)
    location_verdict, considered = zeros(), zeros()
    if s.location is not None:
        allowed = s.location.countries
        levels = [level.rank for level in s.location.levels]
        by_countries = np.array(
            [2 if c <= allowed else 1 if not c.isdisjoint(allowed) else 0 for c in flat.countries]
            or [0],
            dtype=np.int64,
        )
        counted = is_held & np.isin(rank, levels)
        location_verdict = 2 - degree_groups.maximum(
            np.where(counted, by_countries[countries], 0), 0
        )
        considered = degree_groups.sum(counted.astype(np.int64))
        overall = np.maximum(overall, location_verdict)
    # Experience: periods clipped to the counted days, each day at the highest weight.
    p_owner, kind, relevance, paid, p_start, p_end, un_system, points = periods
    last = s.on_ordinal
    stop = np.where(p_end == _ONGOING, last, np.minimum(p_end, last))
    experience_verdict, low, high = zeros(), zeros(), zeros()
    asks = [s.by_top[r][2] for r in ranks]
    if any(ask is not None for ask in asks):
        asked = np.array([ask is not None for ask in asks], dtype=bool)[top]
        required = np.array([ask.required_units if ask else 0 for ask in asks])[top]
        weights = s.tally.weights
        pairs = [weights[k][r] for k in _KINDS for r in _RELEVANCES]
        slot = kind * len(_RELEVANCES) + relevance
        low_weight = np.array([pair[0] for pair in pairs], dtype=np.int64)[slot]
        high_weight = np.array([pair[1] for pair in pairs], dtype=np.int64)[slot]
        if s.tally.paid_only:
            low_weight = np.where(paid != _PAID_CODE[True], 0, low_weight)
            high_weight = np.where(paid == _PAID_CODE[False], 0, high_weight)
        if not s.tally.part_time_pro_rata:
            points = np.where(points != 10_000, 0, points)
        if not s.counting.only_after_first_degree:
            first = np.ones(n, dtype=np.int64)
        else:
            first = np.where(first_degree > 0, first_degree + 1, last + 1)
        start = np.maximum(p_start, first[p_owner])
        kept = asked[p_owner] & (high_weight > 0) & (points > 0) & (stop >= start)
        spans = (p_owner[kept], start[kept], stop[kept] + 1)
        low = _max_weight_units(np, spans, (low_weight * points)[kept], n)
        reached = low >= required
        # The high count differs only where some weight does, and matters only below the
        # minimum or under a maximum (as `ExperienceTally.count` with ``enough``).
        uncertain = np.zeros(n, dtype=bool)
        uncertain[p_owner[kept & (low_weight != high_weight)]] = True
        if s.maximum_years is None:
            uncertain &= ~reached
        high = low.copy()
        if uncertain.any():
            again = kept & uncertain[p_owner]
            spans = (p_owner[again], start[again], stop[again] + 1)
            counted_high = _max_weight_units(np, spans, (high_weight * points)[again], n)
            high[uncertain] = counted_high[uncertain]
        if s.maximum_years is None:
            experience_verdict = np.where(reached, 0, np.where(high < required, 2, 1))
        else:
            above = np.where(high > s.maximum_units, 1, 0)
            experience_verdict = np.where(reached, above, np.where(high < required, 2, 1))
        experience_verdict = np.where(asked, experience_verdict, 0)
        overall = np.maximum(overall, experience_verdict)
    un_days = zeros()
    if s.ceiling is not None:
        kinds = [_KIND_CODE[k.value] for k in s.ceiling.kinds]
        counted = (un_system == 1) & np.isin(kind, kinds) & (stop >= p_start)
        spans = (p_owner[counted], p_start[counted], stop[counted] + 1)
        un_days = _max_weight_units(np, spans, np.ones(int(counted.sum()), dtype=np.int64), n)
        overall = np.maximum(overall, np.where(un_days <= s.ceiling_days, 0, 2))
    languages = _language_table(s, flat)
    if s.language_rules and n:
        failing = [
            2 if any(code and decisive for code, decisive in row) else 0
            for row in (
                [
                    (code, rule[0].decisive)
                    for (code, _), rule in zip(found, s.language_rules, strict=True)
                ]
                for found in languages
            )
        ]
        overall = np.maximum(overall, np.array(failing, dtype=np.int64)[language])
    verdicts = overall.tolist()
    deferred: dict[int, tuple[FindingNumbers, ...]] = {}
    for i in np.flatnonzero(one_by_one).tolist():
        assessment = s.assess(columns.candidate(i))
        deferred[i] = _summaries(assessment)
        verdicts[i] = _CODE[assessment.verdict]
    return tuple(verdicts), _Table(
        age_verdict=age_verdict,
        age=ages,
        nationality_verdict=nationality_verdict,
        top=top,
        held=held,
        field_verdict=field_verdict,
        location_verdict=location_verdict,
        considered=considered,
        experience_verdict=experience_verdict,
        low=low,
        high=high,
        un_days=un_days,
        languages=languages,
        deferred=deferred,
    )


def _language_table(s: Screening, flat: _Flat) -> tuple[tuple[tuple[int, int], ...], ...]:
    """Per set of languages spoken: per requirement, the verdict code and the count met."""
    table = []
    for skills in flat.languages:
        found = []
        for _, wanted, least, count, _ in s.language_rules:
            met = 0
            for language, prefix in wanted:
                for tag, level in skills:
                    if (tag == language or tag.startswith(prefix)) and level >= least:
                        met += 1
                        break
            found.append((0 if met >= count else 2, met))
        table.append(tuple(found))
    return tuple(table)


class _Groups:
    """Reductions of a column per candidate, over rows sorted by candidate."""

    def __init__(self, np: ModuleType, owner: NDArray[np.int64], n: int) -> None:
        self.np, self.n = np, n
        self.starts = np.flatnonzero(np.diff(owner, prepend=-1))
        self.owners = owner[self.starts]

    def _reduced(self, ufunc: np.ufunc, values: NDArray[np.int64], empty: int) -> NDArray[np.int64]:
        result: NDArray[np.int64] = self.np.full(self.n, empty, dtype=self.np.int64)
        if len(self.starts):
            result[self.owners] = ufunc.reduceat(values, self.starts)
        return result

    def maximum(self, values: NDArray[np.int64], empty: int) -> NDArray[np.int64]:
        """The largest value per candidate (``empty`` for a candidate without rows)."""
        return self._reduced(self.np.maximum, values, empty)

    def minimum(self, values: NDArray[np.int64], empty: int) -> NDArray[np.int64]:
        """The smallest value per candidate (``empty`` for a candidate without rows)."""
        return self._reduced(self.np.minimum, values, empty)

    def sum(self, values: NDArray[np.int64]) -> NDArray[np.int64]:
        """The sum per candidate (0 for a candidate without rows)."""
        return self._reduced(self.np.add, values, 0)


def _max_weight_units(
    np: ModuleType,
    spans: tuple[NDArray[np.int64], NDArray[np.int64], NDArray[np.int64]],
    weight: NDArray[np.int64],
    n: int,
) -> NDArray[np.int64]:
    """Per candidate, units over spans ``[start, end)``: each day once, at its highest weight.

    ``spans`` are (candidate, start, end) columns, in candidate order. Where a candidate's
    spans do not overlap, the units are their sum. Elsewhere layer k holds a candidate's
    spans of its k highest distinct weights, and the days layer k adds to layer k - 1 count
    at its lowest weight; a layer's union is a running maximum of span ends over spans
    sorted by (candidate, start).
    """
    owner, start, end = spans
    positive = weight > 0
    owner, start, end, weight = owner[positive], start[positive], end[positive], weight[positive]
    if not len(owner):
        return np.zeros(n, dtype=np.int64)  # type: ignore[no-any-return]
    start_key = owner * _SPAN + start
    by_start = np.argsort(start_key, kind="stable")  # rows come in candidate order: fast
    owner, start, end, weight = owner[by_start], start[by_start], end[by_start], weight[by_start]
    start_key, end_key = start_key[by_start], owner * _SPAN + end
    reach = np.maximum.accumulate(end_key)
    overlaps = np.zeros(n, dtype=bool)
    overlaps[owner[1:][start_key[1:] < reach[:-1]]] = True
    total = _Groups(np, owner, n).sum(weight * (end - start))
    tangled = overlaps[owner]
    if not tangled.any():
        return total
    owner, weight = owner[tangled], weight[tangled]
    start_key, end_key = start_key[tangled], end_key[tangled]
    total[overlaps] = 0
    # The dense rank of each span's weight among its candidate's weights (0: the highest).
    by_weight = np.argsort(owner * _WEIGHTS + (_WEIGHTS - 1 - weight), kind="stable")
    o, w = owner[by_weight], weight[by_weight]
    new_owner = np.ones(len(o), dtype=bool)
    new_owner[1:] = o[1:] != o[:-1]
    distinct = new_owner.copy()
    distinct[1:] |= w[1:] != w[:-1]
    counted = np.cumsum(distinct)
    layer = np.empty(len(o), dtype=np.int64)
    layer[by_weight] = counted - np.maximum.accumulate(np.where(new_owner, counted, 0))
    layers = _Groups(np, owner, n).maximum(layer, -1)
    covered = np.zeros(n, dtype=np.int64)
    for k in range(int(layer.max()) + 1):
        if k:  # only candidates with a layer k change: the others are done
            going = layers[owner] >= k
            owner, weight, layer = owner[going], weight[going], layer[going]
            start_key, end_key = start_key[going], end_key[going]
        inside = layer <= k
        s, e = start_key[inside], end_key[inside]
        before = np.empty_like(e)
        before[0] = 0
        before[1:] = np.maximum.accumulate(e)[:-1]
        added = np.maximum(e - np.maximum(s, before), 0)
        length = _Groups(np, owner[inside], n).sum(added)
        at = layer == k
        level = np.zeros(n, dtype=np.int64)
        level[owner[at]] = weight[at]
        changed = layers >= k
        total[changed] += level[changed] * (length[changed] - covered[changed])
        covered = length
    return total
