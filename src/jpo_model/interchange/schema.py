r"""JSON Schema (draft 2020-12) for the documents of every model type, derived from the model.

The schema is computed by walking the attrs fields of a class and their types, so it never
drifts from what `jpo_model.interchange.serialization` reads and writes: ``X | None`` admits null,
tuples are arrays, frozensets arrays of unique items, enums their string values, Decimals
strings in plain decimal notation, dates ``format: date``; nested classes are ``$defs``,
objects take no other keys, and fields without a default are ``required``. Validate with
format assertion on (jsonschema's ``FORMAT_CHECKER``): no pattern tells 2026-02-30 from a date.

Field checks become keywords that accept exactly what the check accepts: non-empty text
without surrounding whitespace, integer and decimal ranges (a decimal range as patterns on
its digits), non-empty collections, URLs and e-mail addresses (the loader's expressions),
and the code lists of the shipped snapshot (`jpo_model._code_lists`): country, currency
and time zone codes as shared enums (``CountryCode``, ``CurrencyCode``, ``TimeZone``), and
BCP 47 tags as a shared pattern (``LanguageTag``) whose primary language lists the known
codes. Patterns mean the same in ECMA-262 and in Python's ``re`` (what Python validators
run): whitespace is spelled out as the characters `str.strip` removes, and every pattern
ends in ``$(?!\n)``, since Python's ``$`` also matches before a final newline.

Cross-field rules (the classes' ``_invariants``) are the class's ``allOf``, where JSON
Schema can state them: a city unless home-based, a matrix with two lines, a month of issue
with a year, restatements with a deadline, extension rules with renewable terms, a fixed
age reference with its month and day (and a day every year has), a substituted degree
below the one it stands in for, a desirable degree above the minimum, roles, languages,
weights and grades each once, a language count up to the number of languages (for counts
up to ten), a deadline's date inside the range of dates, and the signs of amounts and rates.

What the schema does not say stays with the loader; a document the schema accepts may
still be refused for:

- a number written with a fraction or an exponent where an integer is due (``1.0``,
  ``1e2``): JSON Schema holds ``1.0`` and ``1`` to be the same number ("integer" matches
  both), while the loader takes only JSON integers;
- two fields out of order: an end before its start (experience, learning events), a
  maximum below its minimum (years of experience, months of military service), an
  extension's maximum total below the initial appointment, an age alternative's limit not
  above its rule's;
- two age alternatives for the same fields and levels (fields compared without case);
- a language requirement listing ten languages or more and counting more than it lists;
- a candidate's language listed twice at different levels (the same entry twice is
  refused);
- an amount with more decimals than its currency's minor units (USD 2, JPY 0): the schema
  checks the plain decimal form only;
- text holding a lone surrogate, which no UTF-8 document can carry (an ECMA-262 pattern
  without the ``u`` flag cannot tell it from half of a pair).

Beyond posts and candidates, the same holds for an exchange rate's two currencies and
dates, the currencies of a DTTA entry and its rate, DTTA table rows per donor, ledger
balances, the order of contract years, extensions and calendar dates, and for date-times:
the calendar and the zone of the RFC 9557 suffix are the loader's (the schema has a
pattern).

Titles and descriptions come from the docstrings: a class's summary line is its title and
the rest its description; the string literal after a field is the field's description.

The package ships the `Post` and `Candidate` schemas as
``jpo_model/schemas/post.schema.json`` and ``candidate.schema.json``. After a model
change, regenerate them with::

    python -m jpo_model schema Post > src/jpo_model/schemas/post.schema.json
    python -m jpo_model schema Candidate > src/jpo_model/schemas/candidate.schema.json
"""

from __future__ import annotations

import ast
import calendar
import datetime as dt
import enum
import functools
import inspect
import json
import textwrap
import types
import typing
from collections.abc import Callable, Iterator, Mapping, Sequence
from decimal import Decimal
from typing import Any

import attrs
import pendulum

from jpo_model import _code_lists, _model
from jpo_model.appointment import AppointmentTerms
from jpo_model.deadlines.deadline import Deadline
from jpo_model.dtta.ledger import DttaEntry
from jpo_model.dtta.policy import DttaCategory, DttaPolicy
from jpo_model.dtta_allowance import DttaAllowance
from jpo_model.eligibility.candidate import Candidate
from jpo_model.eligibility_rules import AgeReference, AgeRule
from jpo_model.exchange import ExchangeRate
from jpo_model.grade import GradeLevel, GradeOffer
from jpo_model.interchange import _converter
from jpo_model.interchange.serialization import SCHEMA_VERSION
from jpo_model.organisation import DutyStation
from jpo_model.posts import Post, PostReference
from jpo_model.qualifications import (
    DegreeSubstitution,
    EducationLevel,
    EducationRequirement,
    ExperienceCounting,
    ExperienceKind,
    LanguageRequirement,
)
from jpo_model.supervision import ReportingLine, Supervision

__all__ = ["json_schema", "render"]

DIALECT = "https://json-schema.org/draft/2020-12/schema"

# The end of the text. Python's `$` (which Python validators run) also matches before a
# final newline; the lookahead rules that out and changes nothing for ECMA-262's `$`.
_END = r"$(?!\n)"
# What `str.isspace` (and so `str.strip` and Python's `\s`) counts as whitespace, spelled
# out: ECMA-262's `\s` differs (it has U+FEFF, lacks U+001C-U+001F and U+0085).
_WHITESPACE = r"\t-\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
# A text check: not empty, no surrounding whitespace (``[\s\S]`` is "any character").
_TEXT = {"minLength": 1, "pattern": rf"^[^{_WHITESPACE}](?:[\s\S]*[^{_WHITESPACE}])?{_END}"}
# The same expressions as the model's checks (jpo_model._model).
_URL = rf"^https?://[A-Za-z0-9.-]+\.[A-Za-z]{{2,}}(:[0-9]+)?(/[^{_WHITESPACE}]*)?{_END}"
_EMAIL = rf"^[A-Za-z0-9.!#$%&'*+/=?^_`{{|}}~-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+{_END}"
# A BCP 47 tag after its primary language: [-script][-region][-variant...].
_LANGUAGE_TAG_REST = (
    r"(-[A-Z][a-z]{3})?(-(?:[A-Z]{2}|[0-9]{3}))?(-(?:[a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*"
)


def _whole(pattern: str) -> str:
    """A loader's full-match expression (``^…$``) as a schema pattern that ends at the end."""
    if not (pattern.startswith("^") and pattern.endswith("$")):  # pragma: no cover - ours
        raise ValueError(f"expected an anchored pattern, not {pattern!r}")
    return pattern.removesuffix("$") + _END


def json_schema(cls: type) -> dict[str, Any]:
    r"""The JSON Schema (draft 2020-12) of the documents of a model class.

    Every document `jpo_model.to_dict` writes for ``cls`` is valid against it, and every
    document the loader refuses is refused by it too, but for the rules the module's
    documentation lists.

    >>> from jpo_model import Money
    >>> schema = json_schema(Money)
    >>> schema["required"], schema["properties"]["amount"]["pattern"]
    (['amount', 'currency'], '^-?[0-9]+(\\.[0-9]+)?$(?!\\n)')
    """
    if not attrs.has(cls):
        raise TypeError(f"json_schema describes jpo_model classes, not {cls!r}")
    return json.loads(render(cls))  # type: ignore[no-any-return]


@functools.cache
def render(cls: type) -> str:
    """The JSON Schema of ``cls`` as stable, indented JSON text (what the package ships)."""
    walker = _Walker()
    root = walker.model(cls)
    properties = {
        "schema_version": {
            "description": "The document format's version; older versions are migrated on load.",
            "type": "integer",
            "const": SCHEMA_VERSION,
        },
        **root["properties"],
    }
    schema: dict[str, Any] = {"$schema": DIALECT, **root, "properties": properties}
    definitions = {name: walker.definitions[name] for name in sorted(walker.definitions)}
    definitions.pop(cls.__name__, None)
    if definitions:
        schema["$defs"] = definitions
    return json.dumps(schema, ensure_ascii=False, indent=2) + "\n"


_SCALARS: dict[Any, dict[str, Any]] = {
    str: {"type": "string"},
    bool: {"type": "boolean"},
    int: {"type": "integer"},
    # A decimal number in plain notation, as a string (never a float).
    Decimal: {"type": "string", "pattern": _whole(_converter.DECIMAL_PATTERN)},
    pendulum.Date: {
        "type": "string",
        "format": "date",
        "pattern": _whole(_converter.DATE_PATTERN),
    },
    # RFC 3339's "time" format requires an offset; these are wall-clock times without one.
    pendulum.Time: {"type": "string", "pattern": _whole(_converter.TIME_PATTERN)},
    # RFC 3339 date-time, optionally followed by an RFC 9557 IANA zone suffix, which the
    # "date-time" format does not allow: hence a pattern.
    pendulum.DateTime: {"type": "string", "pattern": _whole(_converter.DATETIME_PATTERN)},
}


class _Walker:
    """Builds the schemas of classes and types, collecting nested classes as ``$defs``."""

    def __init__(self) -> None:
        self.definitions: dict[str, dict[str, Any]] = {}
        self.owners: dict[str, type] = {}

    def ref(self, cls: type) -> dict[str, Any]:
        name = cls.__name__
        if self.owners.setdefault(name, cls) is not cls:
            raise TypeError(f"two classes are named {name}: {cls!r} and {self.owners[name]!r}")
        if name not in self.definitions:
            self.definitions[name] = {}  # a placeholder: recursive classes refer to it
            self.definitions[name] = self.model(cls) if attrs.has(cls) else _enum(cls)
        return {"$ref": f"#/$defs/{name}"}

    def model(self, cls: type) -> dict[str, Any]:
        hints = typing.get_type_hints(cls)
        docs = _attribute_docs(cls)
        properties: dict[str, Any] = {}
        required = []
        for field in attrs.fields(cls):
            schema = self.type(hints[field.name])
            for check in _model.checks_of(field.metadata):
                schema = self.narrow(schema, check, hints[field.name])
            described = {"description": docs[field.name]} if field.name in docs else {}
            properties[field.name] = {**described, **schema}
            if field.default is attrs.NOTHING:
                required.append(field.name)
            elif not isinstance(field.default, attrs.Factory):  # type: ignore[arg-type]
                properties[field.name]["default"] = _converter.FAST.unstructure(
                    field.default, hints[field.name]
                )
        rules = _CROSS_FIELD_RULES.get(cls, ())
        return {
            **_titled(cls),
            "type": "object",
            "properties": properties,
            "required": required,
            "additionalProperties": False,
            **({"allOf": list(rules)} if rules else {}),
        }

    def type(self, t: object) -> dict[str, Any]:
        origin, args = typing.get_origin(t), typing.get_args(t)
        if origin in (typing.Union, types.UnionType):
            options = [a for a in args if a is not type(None)]
            if len(options) != 1:
                raise TypeError(f"only X | None unions are supported, not {t}")
            return {"anyOf": [self.type(options[0]), {"type": "null"}]}
        if origin is tuple:
            return {"type": "array", "items": self.type(args[0])}
        if origin is frozenset:
            return {"type": "array", "items": self.type(args[0]), "uniqueItems": True}
        if isinstance(t, type) and (attrs.has(t) or issubclass(t, enum.Enum)):
            return self.ref(t)
        if t in _SCALARS:
            return dict(_SCALARS[t])
        raise TypeError(f"no JSON Schema for the type {t!r}")

    def narrow(self, schema: dict[str, Any], check: _model.Check, t: object) -> dict[str, Any]:
        """Add what a field check requires to the field's schema, where JSON Schema can say it."""
        if "anyOf" in schema:  # X | None: the check applies to the X
            inner, null = schema["anyOf"]
            inner_type = next(a for a in typing.get_args(t) if a is not type(None))
            return {**schema, "anyOf": [self.narrow(inner, check, inner_type), null]}
        item_checks = getattr(check, "items", ())
        if item_checks:
            items = schema["items"]
            for item_check in item_checks:
                items = self.narrow(items, item_check, typing.get_args(t)[0])
            return {**schema, "items": items}
        for shared, name, definition in _SHARED:
            if check is shared:
                self.definitions[name] = definition()
                return {**schema, "$ref": f"#/$defs/{name}"}
        return {**schema, **_keywords(check, schema)}


def _codes(title: str, codes: frozenset[str]) -> dict[str, Any]:
    return {"title": title, "type": "string", "enum": sorted(codes)}


def _language_tag() -> dict[str, Any]:
    # The loader's expression with its primary language narrowed to the known codes
    # (every one of them two or three lower-case letters, as the expression requires).
    languages = "|".join(sorted(_code_lists.language_codes()))
    return {
        "title": "BCP 47 language tag (RFC 5646) whose primary language CLDR names.",
        "type": "string",
        "pattern": f"^(?:{languages}){_LANGUAGE_TAG_REST}{_END}",
    }


# Checks whose accepted values are listed once, in a shared definition, however many
# fields use them: the check, the definition's name, and how to build it.
_SHARED: tuple[tuple[_model.Check, str, Callable[[], dict[str, Any]]], ...] = (
    (
        _model.country_code,
        "CountryCode",
        lambda: _codes(
            "ISO 3166-1 alpha-2 code of a country or territory (the CLDR list).",
            _code_lists.country_codes(),
        ),
    ),
    (
        _model.currency_code,
        "CurrencyCode",
        lambda: _codes(
            "ISO 4217 code of a currency (the CLDR list; no metals, funds or test codes).",
            _code_lists.currency_codes(),
        ),
    ),
    (
        _model.time_zone,
        "TimeZone",
        lambda: _codes(
            "IANA time zone name (the tz database's list, as tzdata ships it).",
            _code_lists.time_zone_names(),
        ),
    ),
    (_model.language_tag, "LanguageTag", _language_tag),
)


def _keywords(check: _model.Check, schema: dict[str, Any]) -> dict[str, Any]:  # noqa: PLR0911
    if check is _model.text:
        return _TEXT
    if check is _model.non_empty:
        return {"minItems": 1}
    if check is _model.url:
        return {"pattern": _URL}
    if check is _model.email:
        # Only the pattern: the "email" format is stricter in some validators than the
        # loader's expression.
        return {"pattern": _EMAIL}
    bounds = getattr(check, "bounds", None)
    if bounds is not None and schema.get("type") == "integer":
        low, high = bounds
        return {
            **({"minimum": int(low)} if low is not None else {}),
            **({"maximum": int(high)} if high is not None else {}),
        }
    if bounds is not None and schema.get("type") == "string":  # a Decimal, as a string
        low, high = bounds
        patterns = [
            *([{"pattern": _at_least(Decimal(low))}] if low is not None else []),
            *([{"pattern": _at_most(Decimal(high))}] if high is not None else []),
        ]
        return {"allOf": patterns}
    return {}  # finite_decimal (the pattern already excludes NaN), others


# Decimal ranges as patterns. A decimal is a string matching DECIMAL_PATTERN (plain
# notation, leading zeros allowed, "-0" is zero), so its order is its digits' order: these
# patterns, meant beside that one, compare the digits with a bound's. `magnitude` patterns
# match the digits without a sign; a whole part may have leading zeros (``0*``), a fraction
# trailing ones.

_FRACTION = r"(?:\.[0-9]+)?"


def _at_least(bound: Decimal) -> str:
    """A pattern for the decimals of a value at least ``bound``."""
    if bound > 0:
        return f"^{_magnitude_at_least(bound)}$"
    return f"^(?:[0-9]|-{_magnitude_at_most(abs(bound))}$)"


def _at_most(bound: Decimal) -> str:
    """A pattern for the decimals of a value at most ``bound``."""
    if bound < 0:
        return f"^-{_magnitude_at_least(abs(bound))}$"
    return f"^(?:-|{_magnitude_at_most(bound)}$)"


def _digits_of(bound: Decimal) -> tuple[str, str]:
    """The whole part without leading zeros and the fraction without trailing zeros."""
    whole, _, fraction = format(abs(bound), "f").partition(".")
    return whole.lstrip("0"), fraction.rstrip("0")


def _digit(low: int, high: int) -> str:
    return str(low) if low == high else f"[{low}-{high}]"


def _any_digits(count: int) -> str:
    return "" if count == 0 else "[0-9]" if count == 1 else f"[0-9]{{{count}}}"


def _magnitude_at_most(bound: Decimal) -> str:
    whole, fraction = _digits_of(bound)
    n = len(whole)
    options = []
    if n:  # fewer whole digits
        shorter = f"(?:[1-9][0-9]{{0,{n - 2}}})?" if n > 1 else ""
        options.append(f"0*{shorter}{_FRACTION}")
    for i, digit in enumerate(whole):  # as many, smaller at the first difference
        if (lowest := 1 if i == 0 else 0) < int(digit):
            below = _digit(lowest, int(digit) - 1)
            options.append(f"0*{whole[:i]}{below}{_any_digits(n - i - 1)}{_FRACTION}")
    options.append(f"0*{whole}(?:\\.{_fraction_at_most(fraction)})?")  # the same whole part
    return "(?:" + "|".join(options) + ")"


def _magnitude_at_least(bound: Decimal) -> str:
    whole, fraction = _digits_of(bound)
    n = len(whole)
    more = f"[0-9]{{{n},}}" if n else "[0-9]*"
    options = [f"0*[1-9]{more}{_FRACTION}"]  # more whole digits
    for i, digit in enumerate(whole):  # as many, larger at the first difference
        if int(digit) < 9:
            above = _digit(int(digit) + 1, 9)
            options.append(f"0*{whole[:i]}{above}{_any_digits(n - i - 1)}{_FRACTION}")
    if fraction:  # the same whole part
        options.append(f"0*{whole}\\.{_fraction_at_least(fraction)}")
    else:
        options.append(f"0*{whole}{_FRACTION}")
    return "(?:" + "|".join(options) + ")"


def _fraction_at_most(fraction: str) -> str:
    # Smaller at the first difference, or a leading part of the bound's fraction (shorter
    # means smaller: the bound has no trailing zeros), or the same with trailing zeros.
    options = [
        f"{fraction[:i]}{_digit(0, int(digit) - 1)}[0-9]*"
        for i, digit in enumerate(fraction)
        if digit != "0"
    ]
    options += [fraction[:i] for i in range(1, len(fraction))]
    options.append(f"{fraction}0*")
    return "(?:" + "|".join(options) + ")"


def _fraction_at_least(fraction: str) -> str:
    # Larger at the first difference, or the bound's fraction followed by any digits.
    options = [
        f"{fraction[:i]}{_digit(int(digit) + 1, 9)}[0-9]*"
        for i, digit in enumerate(fraction)
        if digit != "9"
    ]
    options.append(f"{fraction}[0-9]*")
    return "(?:" + "|".join(options) + ")"


# Cross-field rules: a class's `_invariants`, where JSON Schema can state them.

Schema = dict[str, Any] | bool


def _given(*names: str) -> dict[str, Any]:
    """The fields are present and not null."""
    return {"required": list(names), "properties": {n: {"not": {"type": "null"}} for n in names}}


def _unset(*names: str) -> dict[str, Any]:
    """The fields are absent or null."""
    return {"properties": {n: {"type": "null"} for n in names}}


def _equals(name: str, value: object) -> dict[str, Any]:
    """The field is present and has this value."""
    return {"required": [name], "properties": {name: {"const": value}}}


def _true(name: str) -> dict[str, Any]:
    """The boolean field is present and true."""
    return {"required": [name], "properties": {name: {"const": True}}}


def _field(name: str, schema: Schema) -> dict[str, Any]:
    """The field, where present, satisfies ``schema``."""
    return {"properties": {name: schema}}


def _all(*parts: dict[str, Any]) -> dict[str, Any]:
    """All of the parts, written as one schema (their required and properties joined)."""
    required = [name for part in parts for name in part.get("required", ())]
    properties = {k: v for part in parts for k, v in part.get("properties", {}).items()}
    return {**({"required": required} if required else {}), "properties": properties}


def _when(condition: Schema, then: Schema, otherwise: Schema | None = None) -> dict[str, Any]:
    """If ``condition`` holds then ``then``, else ``otherwise`` (if given)."""
    return {"if": condition, "then": then, **({"else": otherwise} if otherwise is not None else {})}


def _at_most_once(item: Schema) -> dict[str, Any]:
    """An array has at most one item that satisfies ``item``."""
    return {"contains": item, "minContains": 0, "maxContains": 1}


def _several(name: str, rules: list[dict[str, Any]]) -> dict[str, Any]:
    """Rules on the items of an array field, each once: checked only when it has two or more."""
    return _when(_field(name, {"minItems": 2}), _field(name, {"uniqueItems": True, "allOf": rules}))


def _higher_degree(lower: str, higher: str, *, nullable: bool) -> Iterator[dict[str, Any]]:
    """For each degree ``lower`` may hold, ``higher`` holds a degree of a higher rank."""
    for level in EducationLevel:
        above: list[str | None] = [h.value for h in EducationLevel if h.rank > level.rank]
        allowed = [*above, None] if nullable else above
        yield _when(
            _equals(lower, level.value), _field(higher, {"enum": allowed}) if allowed else False
        )


def _day_every_year_has() -> Iterator[dict[str, Any]]:
    """A fixed day of a month shorter than 31 days is one that month has every year."""
    # 2001 is not a leap year, as in AgeRule: no reference day on 29 February.
    shorter: dict[int, list[int]] = {}
    for month in range(1, 13):
        if (days := calendar.monthrange(2001, month)[1]) < 31:
            shorter.setdefault(days, []).append(month)
    for days, months in sorted(shorter.items()):
        month_is = {"required": ["fixed_month"], "properties": {"fixed_month": {"enum": months}}}
        yield _when(month_is, _field("fixed_day", {"maximum": days}))


def _holds(cls: type, name: str, value: str) -> dict[str, Any]:
    """The set field ``name`` holds ``value``; an absent field holds its default."""
    listed = {"required": [name], "properties": {name: {"contains": {"const": value}}}}
    default = attrs.fields_dict(cls)[name].default or frozenset()
    if value in {member.value for member in default}:
        return {"anyOf": [listed, {"not": {"required": [name]}}]}
    return listed


# How many languages a requirement's count is held against: "count" at least n needs n
# languages, stated for each n up to this (JSON Schema cannot compare a number with a length).
_LANGUAGE_COUNTS = 10

# A deadline's date leaves two days to either end of the calendar (Deadline._invariants).
_DEADLINE_DATES_OUTSIDE = [
    (dt.date.min + dt.timedelta(days=days)).isoformat() for days in (0, 1)
] + [(dt.date.max - dt.timedelta(days=days)).isoformat() for days in (1, 0)]

_NOT_NEGATIVE = {"pattern": _at_least(Decimal(0))}

_CROSS_FIELD_RULES: Mapping[type, Sequence[Schema]] = {
    Post: [
        _when(
            {
                "required": ["deadline_restatements"],
                **_field("deadline_restatements", {"minItems": 1}),
            },
            _given("deadline"),
        )
    ],
    PostReference: [_when(_given("issued_month"), _given("issued_year"))],
    DutyStation: [_when(_true("home_based"), _unset("city"), _given("city"))],
    GradeOffer: [
        # A grade without a step is written with "step": null or without it: uniqueItems
        # alone would take the two for different grades.
        _several(
            "options",
            [_at_most_once(_all(_equals("level", g.value), _unset("step"))) for g in GradeLevel],
        )
    ],
    AppointmentTerms: [_when(_given("extension"), _true("renewable"))],
    ReportingLine: [_field("roles", {"uniqueItems": True})],
    Supervision: [
        _when(_true("matrix"), {"required": ["lines"], **_field("lines", {"minItems": 2})})
    ],
    DegreeSubstitution: list(_higher_degree("held", "in_lieu_of", nullable=False)),
    EducationRequirement: list(_higher_degree("minimum", "desirable", nullable=True)),
    ExperienceCounting: [
        _several("weights", [_at_most_once(_equals("kind", k.value)) for k in ExperienceKind])
    ],
    LanguageRequirement: [
        _field("languages", {"uniqueItems": True}),
        # Only a stated count needs the steps (the default, 1, always holds).
        _when(
            {"required": ["count"]},
            {
                "allOf": [
                    _when(_field("count", {"minimum": n}), _field("languages", {"minItems": n}))
                    for n in range(2, _LANGUAGE_COUNTS + 1)
                ]
            },
        ),
    ],
    AgeRule: [
        _when(
            _equals("reference", AgeReference.FIXED_DATE.value),
            _given("fixed_month", "fixed_day"),
            _unset("fixed_month", "fixed_day"),
        ),
        *_day_every_year_has(),
    ],
    Deadline: [_field("date", {"not": {"enum": _DEADLINE_DATES_OUTSIDE}})],
    # Only identical entries: the same language at two levels needs the loader.
    Candidate: [_field("languages", {"uniqueItems": True})],
    DttaAllowance: [_field("annual", _field("amount", _NOT_NEGATIVE))],
    DttaPolicy: [
        _field("annual", _field("amount", _NOT_NEGATIVE)),
        *(
            {
                "not": {
                    "allOf": [
                        _holds(DttaPolicy, "eligible", c.value),
                        _holds(DttaPolicy, "excepted", c.value),
                    ]
                }
            }
            for c in DttaCategory
        ),
    ],
    DttaEntry: [_field("amount", _field("amount", {"not": {"pattern": _at_most(Decimal(0))}}))],
    ExchangeRate: [_field("rate", {"not": {"pattern": _at_most(Decimal(0))}})],
}


def _enum(cls: type[enum.Enum]) -> dict[str, Any]:
    return {**_titled(cls), "type": "string", "enum": [member.value for member in cls]}


def _titled(cls: type) -> dict[str, str]:
    """A class's title (docstring summary) and description (the rest, examples left out)."""
    doc = inspect.getdoc(cls) or cls.__name__
    summary, _, rest = doc.partition("\n")
    paragraphs = [p for p in rest.strip().split("\n\n") if p and not p.lstrip().startswith(">>>")]
    described = {"description": "\n\n".join(paragraphs)} if paragraphs else {}
    return {"title": summary.strip(), **described}


@functools.cache
def _attribute_docs(cls: type) -> dict[str, str]:
    """The string literal after each field of a class body, read from the source once."""
    docs: dict[str, str] = {}
    for klass in reversed(cls.__mro__):
        if not attrs.has(klass):
            continue
        try:
            source = textwrap.dedent(inspect.getsource(klass))
        except (OSError, TypeError):  # no source (e.g. a class built at run time)
            continue
        body = ast.parse(source).body[0]
        if not isinstance(body, ast.ClassDef):  # pragma: no cover - getsource gave a class
            continue
        for statement, following in zip(body.body, body.body[1:], strict=False):
            if (
                isinstance(statement, ast.AnnAssign)
                and isinstance(statement.target, ast.Name)
                and isinstance(following, ast.Expr)
                and isinstance(following.value, ast.Constant)
                and isinstance(following.value.value, str)
            ):
                docs[statement.target.id] = inspect.cleandoc(following.value.value)
    return docs
