"""JSON Schema (draft 2020-12) for the documents of every model type, derived from the model.

The schema is computed by walking the attrs fields of a class and their types, so it never
drifts from what `jpo_model.interchange.serialization` reads and writes: ``X | None`` admits null,
tuples are arrays, frozensets arrays of unique items, enums their string values, Decimals
strings in plain decimal notation, dates ``format: date``; nested classes are ``$defs``,
objects take no other keys, and fields without a default are ``required``. Field checks
become keywords where JSON Schema can say the same thing cheaply: non-empty text, ranges,
non-empty collections, country and currency codes (as enums of the CLDR lists), language
tags, time zones and URLs (as patterns). Cross-field rules (``_invariants``) and minor
units of money stay with the loader.

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
import enum
import functools
import inspect
import json
import textwrap
import types
import typing
from decimal import Decimal
from typing import Any

import attrs
import pendulum

from jpo_model import _code_lists, _model
from jpo_model.interchange import _converter
from jpo_model.interchange.serialization import SCHEMA_VERSION

__all__ = ["json_schema", "render"]

DIALECT = "https://json-schema.org/draft/2020-12/schema"

# A text check: not empty, no surrounding whitespace (``[\s\S]`` is "any character"
# in both ECMA-262 and Python regular expressions, newlines included).
_TEXT = {"minLength": 1, "pattern": r"^\S(?:[\s\S]*\S)?$"}
_LANGUAGE_TAG = (
    r"^[a-z]{2,3}(-[A-Z][a-z]{3})?(-(?:[A-Z]{2}|[0-9]{3}))?(-(?:[a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*$"
)
_ZONE = r"^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*$"
# The same expressions as the model's checks (jpo_model._model), in ECMA-262 syntax.
_URL = r"^https?://[A-Za-z0-9.-]+\.[A-Za-z]{2,}(:[0-9]+)?(/[^\s]*)?$"
_EMAIL = r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$"


def json_schema(cls: type) -> dict[str, Any]:
    r"""The JSON Schema (draft 2020-12) of the documents of a model class.

    Every document `jpo_model.to_dict` writes for ``cls`` is valid against it, and most
    documents the loader refuses are refused by it too (not cross-field rules).

    >>> from jpo_model import Money
    >>> schema = json_schema(Money)
    >>> schema["required"], schema["properties"]["amount"]["pattern"]
    (['amount', 'currency'], '^-?[0-9]+(\\.[0-9]+)?$')
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
    Decimal: {"type": "string", "pattern": _converter.DECIMAL_PATTERN},
    pendulum.Date: {"type": "string", "format": "date", "pattern": _converter.DATE_PATTERN},
    # RFC 3339's "time" format requires an offset; these are wall-clock times without one.
    pendulum.Time: {"type": "string", "pattern": _converter.TIME_PATTERN},
    # RFC 3339 date-time, optionally followed by an RFC 9557 IANA zone suffix, which the
    # "date-time" format does not allow: hence a pattern.
    pendulum.DateTime: {"type": "string", "pattern": _converter.DATETIME_PATTERN},
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
        return {
            **_titled(cls),
            "type": "object",
            "properties": properties,
            "required": required,
            "additionalProperties": False,
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
        if check is _model.country_code:
            return {**schema, **self.codes("CountryCode", _COUNTRY, _code_lists.country_codes())}
        if check is _model.currency_code:
            return {**schema, **self.codes("CurrencyCode", _CURRENCY, _code_lists.currency_codes())}
        return {**schema, **_keywords(check, schema)}

    def codes(self, name: str, title: str, codes: frozenset[str]) -> dict[str, Any]:
        """A reference to a shared enum of codes (listed once, however many fields use it)."""
        self.definitions[name] = {"title": title, "type": "string", "enum": sorted(codes)}
        return {"$ref": f"#/$defs/{name}"}


_COUNTRY = "ISO 3166-1 alpha-2 code of a country or territory (the CLDR list)."
_CURRENCY = "ISO 4217 code of a currency (the CLDR list; no metals, funds or test codes)."


def _keywords(check: _model.Check, schema: dict[str, Any]) -> dict[str, Any]:  # noqa: PLR0911
    if check is _model.text:
        return _TEXT
    if check is _model.non_empty:
        return {"minItems": 1}
    if check is _model.language_tag:
        return {"pattern": _LANGUAGE_TAG}
    if check is _model.time_zone:
        return {"pattern": _ZONE}
    if check is _model.url:
        return {"pattern": _URL}
    if check is _model.email:
        return {"format": "email", "pattern": _EMAIL}
    bounds = getattr(check, "bounds", None)
    if bounds is not None and schema.get("type") == "integer":
        low, high = bounds
        return {
            **({"minimum": int(low)} if low is not None else {}),
            **({"maximum": int(high)} if high is not None else {}),
        }
    return {}  # finite_decimal (the pattern already excludes NaN), decimal ranges, others


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
