"""The JSON Schema and the loader agree on thousands of mutated documents.

Every bundled post, and two candidates, is changed in one to three places: a value swapped
for a near miss of its kind (a code that is not in the lists, a zone the tz database does
not name, a malformed language tag, a date the calendar lacks, a decimal beyond a range or
a currency's minor units, text with surrounding whitespace, ``1.0`` for ``1``), for another
JSON type, for null or for a value found elsewhere in the corpus; a key dropped, added,
misspelt or written at its default; a list item repeated, changed or dropped. Each field
position of a document is as likely to change as any other. The mutations are drawn from a
fixed seed, so every run holds the same documents.

The schema must accept exactly what `jpo_model.from_dict` accepts, but for what
`jpo_model.interchange.schema` documents as beyond JSON Schema: there the loader refuses,
the schema accepts, and every problem the loader names is of a documented kind.
"""

from __future__ import annotations

import collections
import enum
import functools
import random
import re
import types
import typing
import zoneinfo
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any

import attrs
import pendulum
import pytest
from babel import Locale
from babel.numbers import list_currencies
from jsonschema import Draft202012Validator

from jpo_model import (
    Candidate,
    ErrorDetail,
    Post,
    ValidationError,
    examples,
    from_dict,
    json_schema,
    to_dict,
)

Path = tuple[str | int, ...]
DELETE = object()
SEED = 20260310
DOCUMENTS = {Post: 5_000, Candidate: 500}

_CANDIDATES = [
    {
        "birth_date": "1995-05-17",
        "nationalities": ["KE", "NL"],
        "degrees": [
            {"level": "advanced", "field": "Law", "countries": ["NL"], "completed": "2020-06-30"}
        ],
        "experience": [
            {
                "kind": "employment",
                "start": "2020-09-01",
                "end": "2023-08-31",
                "un_system": True,
                "full_time_percent": "80",
                "relevance": "relevant",
                "employer": "UNDP",
            },
            {"kind": "internship", "start": "2019-01-01", "end": "2019-06-30"},
        ],
        "languages": [
            {"language": "en", "level": "fluent"},
            {"language": "fr", "level": "good"},
            {"language": "zh-Hans", "level": "knowledge"},
        ],
        "military_service_months": 0,
        "reference": "A-1",
    },
    {
        "birth_date": "2000-02-29",
        "nationalities": ["JP"],
        "languages": [{"language": "ja", "level": "excellent"}],
    },
]

# Near misses by kind; the valid values come from sources independent of jpo_model's
# snapshot (the stdlib's zones, babel's CLDR), so they hold some codes the snapshot lacks.
_ENGLISH = Locale("en")
_COUNTRIES: list[object] = [*sorted(_ENGLISH.territories)]
_NEAR_COUNTRIES: list[object] = ["XX", "UK", "nl", "NLD", "N", "ZZ", "XK", "EU", "QO", "001"]
_CURRENCIES: list[object] = [*sorted(list_currencies())]
_NEAR_CURRENCIES: list[object] = ["usd", "US$", "EURO", "CNX", "XAD", "USDT", "XAU", "XTS"]
_ZONES: list[object] = [*sorted(zoneinfo.available_timezones())]
_NEAR_ZONES: list[object] = [
    "localtime",
    "Europe",
    "posixrules",
    "Europe/",
    "europe/zurich",
    "Europe/Geneva",
    "America/New York",
    "right/UTC",
    "posix/Europe/Zurich",
    "UTC+1",
    "Etc/GMT+15",
]
_LANGUAGES: list[object] = [*sorted({str(tag).replace("_", "-") for tag in _ENGLISH.languages})]
_NEAR_LANGUAGES: list[object] = [
    "zh_Hans",
    "EN",
    "en-us",
    "eng",
    "english",
    "xx",
    "qaa",
    "und",
    "zh-hans",
    "en-GB-oed",
    "de-1996",
    "sl-rozaj-biske",
    "de-CH-1901",
    "en-US-x-private",
    "i-klingon",
    "en-",
    "en--US",
    "sgn-BE-FR",
    "en-Latn-US-basiceng",
    "es-4191",
    "ar-SA-u-ca-islamic",
    "zh-Hant-TW",
    "en-latn",
    "en-1234",
    "ja-Jpan-JP-5abcd",
]
_URLS: list[object] = [
    "http://example.org",
    "https://example.org/a?b=c",
    "ftp://example.org",
    "https://example",
    "https://example.org/ a",
    "www.example.org",
    "https://ex_ample.org",
    "https://example.org:80/",
    "https://example.org\n",
    "HTTPS://EXAMPLE.ORG",
]
_EMAILS: list[object] = [
    "a@example.org",
    "a@example",
    "a.b@c.d.org",
    "a b@c.org",
    "@c.org",
    "a@-.org",
]
_DATES: list[object] = [
    "2024-02-29",
    "2026-02-29",
    "1900-02-29",
    "2000-02-29",
    "0001-01-01",
    "0001-01-02",
    "0001-01-03",
    "9999-12-29",
    "9999-12-30",
    "9999-12-31",
    "0000-01-01",
    "2026-13-01",
    "2026-00-10",
    "2026-04-31",
    "2026-1-1",
    "2026/03/10",
    "2026-03-10T00:00:00",
    "2026-03-10\n",
]
_TIMES: list[object] = [
    "00:00:00",
    "23:59:59",
    "24:00:00",
    "23:59:60",
    "18:00",
    "18:00:00.5",
    "18:00:00.123456",
    "18:00:00.1234567",
    "18:00:00Z",
    "18:00:00+01:00",
    "6:00:00",
    "18:00:00\n",
]
_DECIMALS: list[object] = [
    "-1",
    "-0",
    "-0.00",
    "0",
    "0.00",
    "0.01",
    "0.009",
    "0.0100",
    "1",
    "99.999",
    "100",
    "100.00",
    "100.000001",
    "100.01",
    "150",
    "1E+3",
    ".5",
    "5.",
    "+5",
    "4000.005",
    "4000.000",
    "4000.0",
    "4000",
    "-4000.00",
    "NaN",
    "Infinity",
    "4,000.00",
    "007.50",
    " 1",
    "1\n",
    4000,
    4000.0,
]
_INTEGERS: list[object] = [0, 1, -1, 2, 3, 10, 11, 12, 13, 15, 16, 24, 28, 29, 30, 31, 32, 99, 100]
_INTEGERS += [1899, 1900, 1944, 1945, 2200, 2201, -840, -841, 840, 841, 10**20]
_OTHER_TYPES: list[object] = [None, True, False, 0, 1, -1, 1.0, 2.5, "", "x", "1", [], [1], {}]
_OTHER_TYPES.append({"a": 1})


def _near_text(value: str) -> list[object]:
    """Text that differs from ``value`` by whitespace, case or a character."""
    return [
        "",
        " ",
        value + " ",
        " " + value,
        value + "\n",
        "\t" + value,
        value + "\u00a0",
        "\u3000" + value,
        value + "\x1f",
        "\ufeff" + value,
        value + "\u200b",
        value.upper(),
        value.lower(),
        value[:-1],
        value + value[-1:],
        value.replace("-", "_"),
    ]


def _near_string(value: str) -> list[list[object]]:
    """Near misses of a string: changed text, and codes of the kind its shape suggests."""
    if value.startswith("http"):
        kinds = [_URLS]
    elif "@" in value:
        kinds = [_EMAILS]
    elif re.fullmatch(r"[A-Z]{2}", value):
        kinds = [_COUNTRIES, _NEAR_COUNTRIES]
    elif re.fullmatch(r"[A-Z]{3}", value):
        kinds = [_CURRENCIES, _NEAR_CURRENCIES]
    elif "/" in value or value == "UTC":
        kinds = [_ZONES, _NEAR_ZONES]
    elif re.fullmatch(r"[a-z]{2,3}(-[A-Za-z0-9]+)*", value):
        kinds = [_LANGUAGES, _NEAR_LANGUAGES]
    else:
        kinds = []
    return [*kinds, _near_text(value)]


def _near_integer(value: int) -> list[list[object]]:
    return [
        [value + 1, value - 1, -value, str(value), True],
        [float(value), value + 0.5],
        _INTEGERS,
    ]


def _near_decimal(value: object) -> list[list[object]]:
    text = str(value)
    return [[text + "0", text + "1", "-" + text, "0" + text, text + "00001"], _DECIMALS]


def _near_date(value: object) -> list[list[object]]:
    try:
        day = pendulum.Date.fromisoformat(str(value))
    except ValueError:
        return [_DATES]
    shifted: list[object] = []
    for days in (-366, -31, -1, 1, 31, 366):
        try:
            shifted.append(day.add(days=days).isoformat())
        except OverflowError:  # beyond year 9999 or before year 1
            continue
    return [shifted, _DATES]


def _written(default: object) -> object:
    """A field's default as a document writes it."""
    if isinstance(default, enum.Enum):
        return default.value
    if isinstance(default, Decimal):
        return format(default, "f")
    if isinstance(default, tuple):
        return [_written(v) for v in default]
    if isinstance(default, frozenset):
        return sorted(str(_written(v)) for v in default)
    return default


_NEAR_BY_TYPE: dict[Any, Callable[[Any], list[list[object]]]] = {
    bool: lambda old: [[not old, 0, 1, "true", None]],
    Decimal: _near_decimal,
    pendulum.Date: _near_date,
    pendulum.Time: lambda _: [_TIMES],
}


def _near(old: object, t: Any) -> list[list[object]]:
    """Families of values near ``old``, a value of type ``t``."""
    if isinstance(t, type) and issubclass(t, enum.Enum):
        return [[m.value for m in t], [str(old).upper(), str(old).replace("-", "_"), f"{old} "]]
    if t is int and type(old) is int:
        return _near_integer(old)
    if t in _NEAR_BY_TYPE:
        return _NEAR_BY_TYPE[t](old)
    return _near_string(old) if isinstance(old, str) else [_OTHER_TYPES]


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _optional_inner(t: Any) -> Any:
    """The X of ``X | None``, or None for any other type."""
    args = typing.get_args(t)
    if typing.get_origin(t) in (typing.Union, types.UnionType) and type(None) in args:
        return next(a for a in args if a is not type(None))
    return None


def _nodes(value: object, t: Any, path: Path, position: str) -> Iterator[tuple[str, Path, Any]]:
    """Every value of a document with its path, its declared type and its field position."""
    yield position, path, t
    inner = _optional_inner(t)
    if inner is not None:
        t = inner
    if attrs.has(t) and isinstance(value, dict):
        for key, item in value.items():
            if key in _hints(t):
                yield from _nodes(item, _hints(t)[key], (*path, key), f"{position}.{key}")
    elif typing.get_origin(t) in (tuple, frozenset) and isinstance(value, list):
        for i, item in enumerate(value):
            yield from _nodes(item, typing.get_args(t)[0], (*path, i), f"{position}[]")


def _get(data: Any, path: Path) -> Any:
    """The value at ``path``; TypeError, KeyError or IndexError if an earlier change moved it."""
    for step in path:
        if not _steps_into(data, step):
            raise TypeError(f"no {step!r} in {data!r}")
        data = data[step]
    return data


def _steps_into(data: object, step: str | int) -> bool:
    return isinstance(data, dict) or (isinstance(data, list) and isinstance(step, int))


def _put(data: Any, path: Path, value: object) -> Any:
    """A copy of ``data`` with ``value`` at ``path`` (DELETE: without it), sharing the rest."""
    if not path:
        return value
    head, rest = path[0], path[1:]
    copied: Any = dict(data) if isinstance(data, dict) else list(data)
    if rest:
        copied[head] = _put(data[head], rest, value)
    elif value is DELETE:
        del copied[head]
    else:
        copied[head] = value
    return copied


def _weight(t: Any) -> int:
    """How often a field is chosen to change: text less often than the fields rules tie."""
    inner = _optional_inner(t)
    t = inner if inner is not None else t
    return 1 if t is str or t == tuple[str, ...] else 3


class _Mutator:
    """Draws mutated documents from a corpus of valid ones."""

    def __init__(self, corpus: list[tuple[type, dict[str, Any]]], seed: int) -> None:
        self.random = random.Random(seed)  # noqa: S311 - reproducible test data, not secrets
        self.corpus = corpus
        self.samples: dict[str, list[object]] = collections.defaultdict(list)
        self.positions: dict[int, dict[str, list[tuple[Path, Any]]]] = {}
        for i, (cls, data) in enumerate(corpus):
            by_position: dict[str, list[tuple[Path, Any]]] = collections.defaultdict(list)
            by_position["schema_version"].append((("schema_version",), int))
            for position, path, t in _nodes(data, cls, (), cls.__name__):
                by_position[position].append((path, t))
                if path and isinstance(path[-1], str):
                    self.samples[path[-1]].append(_get(data, path))
            self.positions[i] = dict(by_position)

    def document(self, cls: type) -> object:
        """A document of ``cls`` from the corpus, changed in one to three places."""
        choices = [i for i, (c, _) in enumerate(self.corpus) if c is cls]
        index = self.random.choice(choices)
        data: Any = self.corpus[index][1]
        positions = self.positions[index]
        for _ in range(self.random.choices((1, 2, 3), weights=(6, 3, 1))[0]):
            path, t = self.random.choice(positions[self.random.choice(sorted(positions))])
            try:
                old = _get(data, path)
            except (KeyError, IndexError, TypeError):  # an earlier change removed it
                continue
            data = _put(data, path, self.change(old, t, path))
        return data

    def change(self, old: object, t: Any, path: Path) -> object:
        """A new value for a node (or DELETE), chosen by the node's value and type."""
        r = self.random
        roll = r.random()
        if roll < 0.08:
            return r.choice(_OTHER_TYPES)
        if roll < 0.14 and path and isinstance(path[-1], str):
            graft = self.samples.get(path[-1]) or [old]
            return DELETE if r.random() < 0.7 else r.choice(graft)
        inner = _optional_inner(t)
        t = inner if inner is not None else t
        if isinstance(old, dict) and attrs.has(t):
            return self.change_object(old, t)
        if isinstance(old, list):
            return self.change_list(old, typing.get_args(t)[0])
        return self.near(old, t)

    def near(self, old: object, t: Any) -> object:
        """A value near ``old`` for its type: from one family of near values, then one of it."""
        return self.random.choice(self.random.choice(_near(old, t)))

    def value_for(self, t: Any, name: str, depth: int = 0) -> object:
        """A value for a field: one seen under its name elsewhere, or a fresh one of its type."""
        r = self.random
        inner = _optional_inner(t)
        if inner is not None:
            return None if r.random() < 0.25 else self.value_for(inner, name, depth)
        if self.samples.get(name) and r.random() < 0.5:
            return r.choice(self.samples[name])
        if typing.get_origin(t) in (tuple, frozenset):
            item = typing.get_args(t)[0]
            return [self.value_for(item, name, depth + 1) for _ in range(r.choice((0, 1, 2)))]
        if attrs.has(t) and depth < 3:
            return {
                f.name: self.value_for(_hints(t)[f.name], f.name, depth + 1)
                for f in attrs.fields(t)
                if f.default is attrs.NOTHING or r.random() < 0.3
            }
        return self.near(None, t) if t is not int else r.choice(_INTEGERS)

    def change_object(self, old: dict[str, Any], cls: type) -> object:
        """An object with one field set: to its default, to a new value, or misspelt."""
        r = self.random
        fields = attrs.fields(cls)
        field = r.choices(fields, weights=[_weight(_hints(cls)[f.name]) for f in fields])[0]
        roll = r.random()
        if roll < 0.35 and field.default is not attrs.NOTHING:
            default = field.default
            if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
                default = default.factory()
            return {**old, field.name: _written(default)}  # the default, written out
        if roll < 0.85:
            return {**old, field.name: self.value_for(_hints(cls)[field.name], field.name)}
        misspelt = r.choice(
            [field.name + "s", field.name[:-1], field.name.upper(), "schema_version"]
        )
        return {**old, misspelt: r.choice(self.samples.get(field.name) or [1])}

    def change_list(self, old: list[Any], item: Any) -> object:
        """A list with an item repeated, changed, dropped or added, or with none left."""
        r = self.random
        if not old:
            return [self.value_for(item, "")]
        i = r.randrange(len(old))
        roll = r.random()
        if roll < 0.3:  # the same item again
            return [*old[: i + 1], old[i], *old[i + 1 :]]
        if roll < 0.55:  # a changed copy of an item
            copy = self.change(old[i], item, ())
            return [*old, old[i] if copy is DELETE else copy]
        if roll < 0.75:
            return old[:i] + old[i + 1 :]
        if roll < 0.85:
            return []
        return [*old, self.value_for(item, "")]


# The disagreements jpo_model.interchange.schema documents: the loader's message for each,
# and what else must hold of the problem (the error, and the object at its parent path).
_ORDER_MESSAGES = frozenset(
    {
        "must not be before start",
        "must not be before the start",
        "must not be below the minimum",
        "must be above min_months",
        "the maximum total is shorter than the initial appointment",
        "must be above the rule's limit",
    }
)


def _parent(document: Any, error: ErrorDetail) -> Any:
    steps = re.findall(r"[^.\[\]]+|\[\d+\]", error.path)
    path = [int(s[1:-1]) if s.startswith("[") else s for s in steps]
    return _get(document, tuple(path[:-1]))


def _documented(  # noqa: PLR0911 - one return per documented kind reads best
    error: ErrorDetail, document: object, cls: type
) -> str | None:
    """The documented kind of a problem the schema cannot see, or None if it is not one."""
    value = error.value
    if isinstance(value, float) and value.is_integer() and "integer" in error.message:
        return "integral number with a fraction or exponent"
    if error.message in _ORDER_MESSAGES:
        return "two fields out of order"
    if error.message == "exceeds the number of languages listed":
        listed = len(_parent(document, error)["languages"])
        return "language count beyond ten" if listed >= 10 else None
    if cls is Candidate and (error.path, error.message) == (
        "languages",
        "must not repeat a language",
    ):
        return "a candidate's language twice at different levels"
    if error.message.startswith("has more decimals than"):
        return "currency minor units"
    if error.message == "must not repeat the fields and levels of another alternative":
        return "an age alternative repeating another's fields and levels"
    return None


def _verdict(validator: Draft202012Validator, cls: type, document: object) -> str:
    """How the schema and the loader judge a document, or what is wrong with their verdicts."""
    schema_accepts = validator.is_valid(document)
    try:
        from_dict(document, cls)
    except ValidationError as error:
        if not schema_accepts:
            return "both refuse"
        kinds = [_documented(e, document, cls) for e in error.errors]
        if None in kinds:
            return f"UNDOCUMENTED: the schema accepts {document!r}; the loader says {error}"
        return "documented: " + ", ".join(sorted(set(map(str, kinds))))
    if schema_accepts:
        return "both accept"
    problems = [e.message for e in validator.iter_errors(document)]
    return f"STRICTER: the schema refuses {document!r}, which loads: {problems}"


def _corpus() -> list[tuple[type, dict[str, Any]]]:
    posts: list[tuple[type, dict[str, Any]]] = [
        (Post, to_dict(examples.load(slug))) for slug in examples.names()
    ]
    people = [(Candidate, to_dict(from_dict(c, Candidate))) for c in _CANDIDATES]
    return posts + people


@pytest.mark.parametrize("cls", list(DOCUMENTS), ids=lambda t: t.__name__)
def test_the_schema_and_the_loader_agree_on_mutated_documents(cls: type) -> None:
    """Schema and loader accept the same documents, but for the documented disagreements."""
    validator = Draft202012Validator(
        json_schema(cls), format_checker=Draft202012Validator.FORMAT_CHECKER
    )
    mutator = _Mutator(_corpus(), SEED)
    verdicts = collections.Counter(
        _verdict(validator, cls, mutator.document(cls)) for _ in range(DOCUMENTS[cls])
    )
    wrong = [v for v in verdicts if v.startswith(("UNDOCUMENTED", "STRICTER"))]
    assert [] == wrong[:3]
    assert DOCUMENTS[cls] == sum(verdicts.values())
    assert verdicts["both accept"] > DOCUMENTS[cls] // 10
    assert verdicts["both refuse"] > DOCUMENTS[cls] // 2
