"""The private cattrs converters behind `jpo_model.interchange.serialization`, and their reports.

Two converters share one set of strict hooks. The fast one (``detailed_validation=False``)
structures valid documents with no bookkeeping; when it fails, the detailed one runs on
the same data only to collect every problem with its path. Neither is ever
``cattrs.global_converter``, and neither coerces: ``"5"`` is not 5, ``1`` is not ``True``,
a string is not a list of characters.

Representation: dates, wall times and date-times as ISO 8601 strings (an aware date-time
in a named IANA zone carries the zone in an RFC 9557 suffix, ``…-05:00[America/New_York]``),
Decimals as plain decimal strings (never floats), enums as their string values, tuples as
arrays, frozensets as sorted arrays without repeats.
"""

from __future__ import annotations

import difflib
import enum
import functools
import operator
import re
import types
import typing
import zoneinfo
from collections.abc import Callable, Iterator, Mapping
from decimal import Decimal
from typing import Any

import attrs
import cattrs
import pendulum
from cattrs.fns import identity
from cattrs.gen import make_dict_structure_fn

from jpo_model import _model
from jpo_model.errors import MISSING, ErrorDetail, ValidationError, join_path

Hook = Callable[[Any, Any], Any]


class InvalidValueError(ValueError):
    """A value our hooks refuse; its text is the message of the error detail as is."""


# Plain decimal notation: what `format(d, "f")` writes, and what JSON Schema can pattern-match.
DECIMAL_PATTERN = r"^-?[0-9]+(\.[0-9]+)?$"
DATE_PATTERN = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
TIME_PATTERN = r"^([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\.[0-9]{1,6})?$"
DATETIME_PATTERN = (
    r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\.[0-9]{1,6})?"
    r"(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?)(\[[A-Za-z0-9_+/-]+\])?$"
)
_DECIMAL = re.compile(DECIMAL_PATTERN)
_DATE = re.compile(DATE_PATTERN)
_TIME = re.compile(TIME_PATTERN)
_DATETIME = re.compile(DATETIME_PATTERN)

_JSON_TYPES: Mapping[type, str] = {
    str: "a string",
    int: "an integer",
    float: "a number",
    bool: "a boolean",
    list: "an array",
    tuple: "an array",
    dict: "an object",
    type(None): "null",
}


def json_type_name(value: object) -> str:
    """Name the JSON type of a wrong value, for messages such as 'must be a string, not null'."""
    return _JSON_TYPES.get(type(value), type(value).__name__)


def _strict(kind: type, name: str) -> Hook:
    def structure(value: Any, _: Any) -> Any:
        if type(value) is not kind:
            raise InvalidValueError(f"must be {name}, not {json_type_name(value)}")
        return value

    return structure


def _structure_decimal(value: Any, _: Any) -> Decimal:
    if type(value) is not str:
        got = json_type_name(value)
        raise InvalidValueError(
            f'must be a decimal number written as a string, e.g. "4000.00", not {got}'
        )
    if _DECIMAL.fullmatch(value) is None:
        raise InvalidValueError('must be a decimal number in plain notation, e.g. "4000.00"')
    return Decimal(value)


def _unstructure_decimal(value: Decimal) -> str:
    # Plain notation even for values built as Decimal("1E+3"): same value, and no exponent
    # for a reader (or the schema's pattern) to misread.
    return format(value, "f")


def _structure_date(value: Any, _: Any) -> pendulum.Date:
    if type(value) is not str:
        raise InvalidValueError(
            f'must be an ISO 8601 date string, e.g. "2026-03-10", not {json_type_name(value)}'
        )
    if _DATE.fullmatch(value) is None:
        raise InvalidValueError("must be an ISO 8601 date (YYYY-MM-DD)")
    try:
        return pendulum.Date(int(value[:4]), int(value[5:7]), int(value[8:]))
    except ValueError:
        raise InvalidValueError("is not a date in the calendar") from None


def _structure_time(value: Any, _: Any) -> pendulum.Time:
    if type(value) is not str:
        raise InvalidValueError(
            f'must be an ISO 8601 wall time string, e.g. "18:00:00", not {json_type_name(value)}'
        )
    if _TIME.fullmatch(value) is None:
        raise InvalidValueError("must be an ISO 8601 wall time (HH:MM:SS, no offset)")
    fraction = value[9:]
    micro = int(fraction.ljust(6, "0")) if fraction else 0
    return pendulum.Time(int(value[:2]), int(value[3:5]), int(value[6:8]), micro)


def _structure_datetime(value: Any, _: Any) -> pendulum.DateTime:
    if type(value) is not str:
        raise InvalidValueError(
            f"must be an ISO 8601 date-time string with an offset, not {json_type_name(value)}"
        )
    if _DATETIME.fullmatch(value) is None:
        if re.match(r"^[0-9-]+T[0-9:.]+(\[.*\])?$", value):
            raise InvalidValueError("must carry a UTC offset (naive date-times are refused)")
        raise InvalidValueError(
            "must be an ISO 8601 date-time with an offset, e.g. 2026-03-10T18:00:00-05:00"
        )
    text, _, zone_name = value.partition("[")
    try:
        parsed = pendulum.DateTime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise InvalidValueError("is not a date-time in the calendar") from None
    offset = parsed.utcoffset()
    if offset is None:  # pragma: no cover - the pattern requires an offset
        raise InvalidValueError("must carry a UTC offset (naive date-times are refused)")
    instant = pendulum.instance(
        parsed.replace(tzinfo=pendulum.FixedTimezone(int(offset.total_seconds())))
    )
    if not zone_name:
        return instant
    zone_name = zone_name[:-1]
    try:
        zone = pendulum.timezone(zone_name)
    except (ValueError, KeyError):  # pendulum raises InvalidTimezone, a ValueError
        raise InvalidValueError(f"names an unknown time zone {zone_name!r}") from None
    result = instant.in_timezone(zone)
    if result.utcoffset() != parsed.utcoffset():
        raise InvalidValueError(f"has an offset that {zone_name} does not use at that time")
    return result


def _unstructure_datetime(value: pendulum.DateTime) -> str:
    text = value.isoformat()
    if isinstance(value.tzinfo, zoneinfo.ZoneInfo):  # pendulum's named zones are ZoneInfos
        return f"{text}[{value.tzinfo.key}]"
    return text


def _enum_hook(cls: type[enum.Enum]) -> Hook:
    members = {m.value: m for m in cls}
    allowed = ", ".join(repr(v) for v in members)

    def structure(value: Any, _: Any) -> enum.Enum:
        try:
            return members[value]
        except (KeyError, TypeError):  # TypeError: an unhashable value (a list, an object)
            raise InvalidValueError(f"must be one of: {allowed}") from None

    return structure


def _is_tuple(t: Any) -> bool:
    return typing.get_origin(t) is tuple


def _is_frozenset(t: Any) -> bool:
    return typing.get_origin(t) is frozenset


def _is_model(t: Any) -> bool:
    return isinstance(t, type) and attrs.has(t)


def _is_enum(t: Any) -> bool:
    return isinstance(t, type) and issubclass(t, enum.Enum)


def _is_optional(t: Any) -> bool:
    args = typing.get_args(t)
    return (
        typing.get_origin(t) in (typing.Union, types.UnionType)
        and len(args) == 2
        and type(None) in args
    )


def _optional_factory(t: Any, converter: cattrs.Converter) -> Hook:
    """``X | None``: null, or an X (the X hook is looked up once, not on every value)."""
    inner_type = next(a for a in typing.get_args(t) if a is not type(None))
    inner = converter.get_structure_hook(inner_type)

    def structure(value: Any, _: Any) -> Any:
        return None if value is None else inner(value, inner_type)

    return structure


def _array(value: Any) -> list[Any] | tuple[Any, ...]:
    if type(value) is not list and type(value) is not tuple:
        raise InvalidValueError(f"must be an array, not {json_type_name(value)}")
    return value


def _collection_factory(*, detailed: bool) -> Callable[[Any, cattrs.Converter], Hook]:
    """Structure ``tuple[X, ...]`` and ``frozenset[X]`` from arrays only (never from strings)."""

    def factory(t: Any, converter: cattrs.Converter) -> Hook:
        args = typing.get_args(t)
        if _is_tuple(t) and (len(args) != 2 or args[1] is not Ellipsis):
            raise TypeError(f"only homogeneous tuples are supported, not {t}")
        item_type = args[0]
        item = converter.get_structure_hook(item_type)
        build = _unique if _is_frozenset(t) else tuple
        if detailed:
            return _collection_report(item, item_type, unique=_is_frozenset(t))
        if item_type in (str, int, bool):  # checked by type alone: no hook call per item
            return _plain_collection(item_type, build)
        return lambda value, _: build([item(v, item_type) for v in _array(value)])

    return factory


def _unique(items: list[Any] | tuple[Any, ...]) -> frozenset[Any]:
    result = frozenset(items)
    if len(result) != len(items):
        raise InvalidValueError("must not repeat an item")  # the detailed pass says which
    return result


def _plain_collection(item_type: type, build: Callable[[Any], Any]) -> Hook:
    def structure(value: Any, _: Any) -> Any:
        for v in _array(value):
            if type(v) is not item_type:
                raise InvalidValueError("has an item of the wrong type")
        return build(value)

    return structure


def _collection_report(item: Hook, item_type: Any, *, unique: bool) -> Hook:
    """Structure every item, reporting each bad one (and each repeat) with its index."""

    def report(value: Any, _: Any) -> Any:
        items: list[Any] = []
        problems: list[ErrorDetail] = []
        for i, v in enumerate(_array(value)):
            try:
                items.append(item(v, item_type))
            except Exception as exc:  # noqa: BLE001 - every problem becomes an error detail
                problems.extend(details(exc, v, f"[{i}]"))
        if not problems and unique:
            problems.extend(_repeats(items, value))
        if problems:
            raise ValidationError(problems)
        return frozenset(items) if unique else tuple(items)

    return report


def _repeats(items: list[Any], raw: list[Any] | tuple[Any, ...]) -> Iterator[ErrorDetail]:
    seen: set[Any] = set()
    for i, structured in enumerate(items):
        if structured in seen:
            yield ErrorDetail(path=f"[{i}]", message="repeats an earlier item", value=raw[i])
        seen.add(structured)


def _model_factory(*, detailed: bool, forbid: bool) -> Callable[[Any, cattrs.Converter], Hook]:
    """Structure attrs classes from objects only.

    The fast hook is cattrs' generated code. The detailed one structures field by field,
    so that when some fields are wrong it can still run the checks of the fields that are
    right: the report names every problem of the object, not only the structural ones.
    """

    def factory(cls: Any, converter: cattrs.Converter) -> Hook:
        if detailed:
            return _detailed_model_hook(cls, converter, forbid=forbid)
        # No type check here: anything but an object fails in the generated code (which
        # indexes it and calls .keys()), and the detailed pass then explains why.
        return make_dict_structure_fn(cls, converter)

    return factory


@attrs.frozen
class _Field:
    """What the detailed pass needs to know of one attrs field."""

    name: str
    alias: str
    required: bool
    type: Any
    hook: Hook
    metadata: Mapping[str, Any]


def _detailed_model_hook(cls: Any, converter: cattrs.Converter, *, forbid: bool) -> Hook:
    hints = typing.get_type_hints(cls)
    fields = [
        _Field(
            name=a.name,
            alias=a.alias,
            required=a.default is attrs.NOTHING,
            type=hints[a.name],
            hook=converter.get_structure_hook(hints[a.name]),
            metadata=a.metadata,
        )
        for a in attrs.fields(cls)
    ]
    known = frozenset(f.name for f in fields)

    def report(value: Any, _: Any) -> Any:
        if type(value) is not dict:
            raise InvalidValueError(f"must be an object, not {json_type_name(value)}")
        arguments: dict[str, Any] = {}
        problems: dict[str, list[ErrorDetail]] = {}
        for f in fields:
            if f.name not in value:
                if f.required:
                    problems[f.name] = [
                        ErrorDetail(path=f.name, message="is required", value=MISSING)
                    ]
                continue
            try:
                arguments[f.alias] = f.hook(value[f.name], f.type)
            except Exception as exc:  # noqa: BLE001 - every problem becomes an error detail
                problems[f.name] = list(details(exc, value[f.name], f.name))
        unknown = [
            ErrorDetail(path=str(key), message=_unknown_key_message(key, known), value=value[key])
            for key in value
            if forbid and key not in known
        ]
        if not problems and not unknown:
            return cls(**arguments)
        raise ValidationError([*_in_field_order(fields, problems, arguments), *unknown])

    return report


def _in_field_order(
    fields: list[_Field], problems: Mapping[str, list[ErrorDetail]], arguments: Mapping[str, Any]
) -> Iterator[ErrorDetail]:
    """Each field's structural problems, or else the problems its own checks find."""
    for f in fields:
        if f.name in problems:
            yield from problems[f.name]
        elif f.alias in arguments:
            yield from _field_problems(f.name, arguments[f.alias], f.metadata)


def _field_problems(name: str, value: object, metadata: Mapping[str, Any]) -> Iterator[ErrorDetail]:
    """The problems a field's own checks find (see `jpo_model._model.checks`)."""
    for check in _model.checks_of(metadata):
        for found in check(value):
            yield attrs.evolve(found, path=join_path(name, found.path))


def make_converter(*, detailed: bool, forbid_unknown_keys: bool = True) -> cattrs.Converter:
    """Build a converter: fast, or detailed for error reports; strict about keys or not."""
    converter = cattrs.Converter(
        forbid_extra_keys=forbid_unknown_keys, omit_if_default=True, detailed_validation=detailed
    )
    converter.register_structure_hook(str, _strict(str, "a string"))
    converter.register_structure_hook(bool, _strict(bool, "true or false"))
    converter.register_structure_hook(int, _strict(int, "an integer"))
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_unstructure_hook(Decimal, _unstructure_decimal)
    converter.register_structure_hook(pendulum.Date, _structure_date)
    converter.register_unstructure_hook(pendulum.Date, pendulum.Date.isoformat)
    converter.register_structure_hook(pendulum.Time, _structure_time)
    converter.register_unstructure_hook(pendulum.Time, pendulum.Time.isoformat)
    converter.register_structure_hook(pendulum.DateTime, _structure_datetime)
    converter.register_unstructure_hook(pendulum.DateTime, _unstructure_datetime)
    converter.register_structure_hook_factory(_is_enum, _enum_hook)
    converter.register_structure_hook_factory(
        lambda t: _is_tuple(t) or _is_frozenset(t), _collection_factory(detailed=detailed)
    )
    converter.register_structure_hook_factory(
        _is_model, _model_factory(detailed=detailed, forbid=forbid_unknown_keys)
    )
    converter.register_structure_hook_factory(_is_optional, _optional_factory)
    converter.register_unstructure_hook_factory(_is_enum, _enum_unstructure_hook)
    converter.register_unstructure_hook_factory(_is_optional, _optional_unstructure_factory)
    converter.register_unstructure_hook_factory(
        lambda t: _is_tuple(t) or _is_frozenset(t), _collection_unstructure_factory
    )
    converter.register_unstructure_hook_factory(_is_model, _model_unstructure_factory)
    return converter


def _model_unstructure_factory(cls: Any, converter: cattrs.Converter) -> Callable[[Any], Any]:
    """Objects as dicts in field order, without the fields at their default.

    Generated code like cattrs' own, but a field defaulting to None or to an enum member is
    tested by identity (``is not``), not by ``!=``, which would call the field value's
    ``__ne__`` for every optional part of a post; plain strings, integers and booleans are
    written without a hook call.
    """
    hints = typing.get_type_hints(cls)
    namespace: dict[str, Any] = {}
    lines = ["def unstructure(obj):", "    res = {}"]
    for i, field in enumerate(attrs.fields(cls)):
        hook = converter.get_unstructure_hook(hints[field.name])
        value = f"obj.{field.name}"
        if hook is identity or hints[field.name] in (str, int, bool):
            written = "v"
        else:
            namespace[f"hook_{i}"] = hook
            written = f"hook_{i}(v)"
        lines.append(f"    v = {value}")
        default = field.default
        if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
            default = attrs.NOTHING if default.takes_self else default.factory()
        if default is attrs.NOTHING:
            lines.append(f"    res[{field.name!r}] = {written}")
            continue
        namespace[f"default_{i}"] = default
        same = "is" if default is None or isinstance(default, enum.Enum) else "=="
        lines.append(f"    if not (v {same} default_{i}):")
        lines.append(f"        res[{field.name!r}] = {written}")
    lines.append("    return res")
    exec("\n".join(lines), namespace)  # noqa: S102 - code built from the class's own field names
    unstructure: Callable[[Any], Any] = namespace["unstructure"]
    return unstructure


def _enum_unstructure_hook(_: type[enum.Enum]) -> Callable[[Any], Any]:
    # `_value_` is where enum keeps a member's value; attrgetter reads it in C, where the
    # `value` property and enum's own __hash__ would run Python code for every member.
    return operator.attrgetter("_value_")


def _optional_unstructure_factory(t: Any, converter: cattrs.Converter) -> Callable[[Any], Any]:
    inner_type = next(a for a in typing.get_args(t) if a is not type(None))
    if inner_type in (str, int, bool):
        return identity
    inner = converter.get_unstructure_hook(inner_type)
    return lambda value: None if value is None else inner(value)


def _collection_unstructure_factory(t: Any, converter: cattrs.Converter) -> Callable[[Any], Any]:
    """Tuples as arrays in order; frozensets as arrays sorted by their written form (stable)."""
    item_type = typing.get_args(t)[0]
    item = converter.get_unstructure_hook(item_type)
    if _is_frozenset(t):
        return lambda value: sorted(item(v) for v in value)
    if item_type in (str, int, bool):
        return list
    return lambda value: [item(v) for v in value]


@functools.cache
def document_depth(cls: type) -> float:
    """How deep a document of ``cls`` can nest arrays and objects (infinite if recursive)."""
    return _depth(cls, frozenset())


def _depth(t: Any, seen: frozenset[Any]) -> float:
    if _is_optional(t):
        return _depth(next(a for a in typing.get_args(t) if a is not type(None)), seen)
    if _is_tuple(t) or _is_frozenset(t):
        return 1 + _depth(typing.get_args(t)[0], seen)
    if _is_model(t):
        if t in seen:
            return float("inf")
        hints = typing.get_type_hints(t)
        fields = [_depth(hints[a.name], seen | {t}) for a in attrs.fields(t)]
        return 1 + max(fields, default=0)
    return 0


FAST = make_converter(detailed=False)
DETAILED = make_converter(detailed=True)


@functools.cache
def lenient() -> tuple[cattrs.Converter, cattrs.Converter]:
    """The fast and detailed converters that ignore unknown keys (built when first asked for)."""
    return make_converter(detailed=False, forbid_unknown_keys=False), make_converter(
        detailed=True, forbid_unknown_keys=False
    )


def details(exc: BaseException, data: object, path: str) -> Iterator[ErrorDetail]:
    """Flatten an exception raised while structuring into problems with paths and values."""
    if isinstance(exc, ValidationError):
        yield from (attrs.evolve(e, path=join_path(path, e.path)) for e in exc.errors)
    elif isinstance(exc, InvalidValueError):
        yield ErrorDetail(path=path, message=str(exc), value=data)
    else:
        yield ErrorDetail(path=path, message=f"is invalid ({type(exc).__name__})", value=data)


def _unknown_key_message(key: object, known: frozenset[str]) -> str:
    close = difflib.get_close_matches(key, known, n=1) if isinstance(key, str) else []
    if close:
        return f"is not a known key (did you mean {close[0]!r}?)"
    return "is not a known key"
