"""The private cattrs converters behind `jpo_model.serialization`, and their error reports.

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
import re
import typing
from collections.abc import Callable, Iterator, Mapping
from decimal import Decimal
from typing import Any

import attrs
import cattrs
import pendulum
from cattrs.errors import (
    AttributeValidationNote,
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationNote,
)
from cattrs.gen import make_dict_structure_fn

from jpo_model.errors import MISSING, ErrorDetail, ValidationError

Hook = Callable[[Any, Any], Any]

# Plain decimal notation: what `format(d, "f")` writes, and what JSON Schema can pattern-match.
DECIMAL_PATTERN = r"^-?[0-9]+(\.[0-9]+)?$"
DATE_PATTERN = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
TIME_PATTERN = r"^([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\.[0-9]{1,6})?$"
DATETIME_PATTERN = (
    r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\.[0-9]{1,6})?"
    r"(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])(\[[A-Za-z0-9_+/-]+\])?$"
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


def _got(value: object) -> str:
    """Name the JSON type of a wrong value, for messages such as 'must be a string, not null'."""
    return _JSON_TYPES.get(type(value), type(value).__name__)


def _strict(kind: type, name: str) -> Hook:
    def structure(value: Any, _: Any) -> Any:
        if type(value) is not kind:
            raise TypeError(f"must be {name}, not {_got(value)}")
        return value

    return structure


def _structure_decimal(value: Any, _: Any) -> Decimal:
    if type(value) is not str:
        raise TypeError(f'must be a decimal number written as a string, e.g. "4000.00", not {_got(value)}')
    if _DECIMAL.match(value) is None:
        raise ValueError('must be a decimal number in plain notation, e.g. "4000.00"')
    return Decimal(value)


def _unstructure_decimal(value: Decimal) -> str:
    # Plain notation even for values built as Decimal("1E+3"): same value, and no exponent
    # for a reader (or the schema's pattern) to misread.
    return format(value, "f")


def _structure_date(value: Any, _: Any) -> pendulum.Date:
    if type(value) is not str:
        raise TypeError(f'must be an ISO 8601 date string, e.g. "2026-03-10", not {_got(value)}')
    if _DATE.match(value) is None:
        raise ValueError("must be an ISO 8601 date (YYYY-MM-DD)")
    try:
        return pendulum.Date(int(value[:4]), int(value[5:7]), int(value[8:]))
    except ValueError:
        raise ValueError("is not a date in the calendar") from None


def _structure_time(value: Any, _: Any) -> pendulum.Time:
    if type(value) is not str:
        raise TypeError(f'must be an ISO 8601 wall time string, e.g. "18:00:00", not {_got(value)}')
    if _TIME.match(value) is None:
        raise ValueError("must be an ISO 8601 wall time (HH:MM:SS, no offset)")
    fraction = value[9:]
    micro = int(fraction.ljust(6, "0")) if fraction else 0
    return pendulum.Time(int(value[:2]), int(value[3:5]), int(value[6:8]), micro)


def _structure_datetime(value: Any, _: Any) -> pendulum.DateTime:
    if type(value) is not str:
        raise TypeError(f"must be an ISO 8601 date-time string with an offset, not {_got(value)}")
    if _DATETIME.match(value) is None:
        if re.match(r"^[0-9-]+T[0-9:.]+(\[.*\])?$", value):
            raise ValueError("must carry a UTC offset (naive date-times are refused)")
        raise ValueError("must be an ISO 8601 date-time with an offset, e.g. 2026-03-10T18:00:00-05:00")
    text, _, zone_name = value.partition("[")
    try:
        parsed = pendulum.DateTime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise ValueError("is not a date-time in the calendar") from None
    instant = pendulum.instance(parsed)
    if not zone_name:
        return instant
    zone_name = zone_name[:-1]
    try:
        zone = pendulum.timezone(zone_name)
    except (ValueError, KeyError):  # pendulum raises InvalidTimezone, a ValueError
        raise ValueError(f"names an unknown time zone {zone_name!r}") from None
    result = instant.in_timezone(zone)
    if result.utcoffset() != parsed.utcoffset():
        raise ValueError(f"has an offset that {zone_name} does not use at that time")
    return result


def _unstructure_datetime(value: pendulum.DateTime) -> str:
    text = value.isoformat()
    if isinstance(value.tzinfo, pendulum.Timezone) and not isinstance(
        value.tzinfo, pendulum.FixedTimezone
    ):
        return f"{text}[{value.tzinfo.name}]"
    return text


def _enum_hook(cls: type[enum.Enum]) -> Hook:
    members = {m.value: m for m in cls}
    allowed = ", ".join(repr(v) for v in members)

    def structure(value: Any, _: Any) -> enum.Enum:
        try:
            return members[value]
        except (KeyError, TypeError):  # TypeError: an unhashable value (a list, an object)
            raise ValueError(f"must be one of: {allowed}") from None

    return structure


def _is_tuple(t: Any) -> bool:
    return typing.get_origin(t) is tuple


def _is_frozenset(t: Any) -> bool:
    return typing.get_origin(t) is frozenset


def _is_model(t: Any) -> bool:
    return isinstance(t, type) and attrs.has(t)


def _is_enum(t: Any) -> bool:
    return isinstance(t, type) and issubclass(t, enum.Enum)


def _array(value: Any) -> list[Any] | tuple[Any, ...]:
    if type(value) is not list and type(value) is not tuple:
        raise TypeError(f"must be an array, not {_got(value)}")
    return typing.cast("list[Any] | tuple[Any, ...]", value)


def _collection_factory(*, detailed: bool) -> Callable[[Any, cattrs.Converter], Hook]:
    """Structure ``tuple[X, ...]`` and ``frozenset[X]`` from arrays only (never from strings)."""

    def factory(t: Any, converter: cattrs.Converter) -> Hook:
        args = typing.get_args(t)
        if _is_tuple(t) and (len(args) != 2 or args[1] is not Ellipsis):
            raise TypeError(f"only homogeneous tuples are supported, not {t}")
        item_type = args[0]
        item = converter.get_structure_hook(item_type)
        unique = _is_frozenset(t)

        def fast(value: Any, _: Any) -> Any:
            items = [item(v, item_type) for v in _array(value)]
            if unique:
                result = frozenset(items)
                if len(result) != len(items):
                    raise ValueError("must not repeat an item")
                return result
            return tuple(items)

        def report(value: Any, _: Any) -> Any:
            items, problems = [], []
            for i, v in enumerate(_array(value)):
                try:
                    items.append(item(v, item_type))
                except Exception as exc:  # noqa: BLE001 - every problem becomes an error detail
                    problems.extend(details(exc, v, f"[{i}]"))
            if not problems and unique:
                seen: set[Any] = set()
                for i, structured in enumerate(items):
                    if structured in seen:
                        problems.append(
                            ErrorDetail(path=f"[{i}]", message="repeats an earlier item", value=value[i])
                        )
                    seen.add(structured)
            if problems:
                raise ValidationError(problems)
            return frozenset(items) if unique else tuple(items)

        return report if detailed else fast

    return factory


def _model_factory(*, detailed: bool) -> Callable[[Any, cattrs.Converter], Hook]:
    """Structure attrs classes from objects only, through cattrs' generated code."""

    def factory(cls: Any, converter: cattrs.Converter) -> Hook:
        generated = make_dict_structure_fn(cls, converter)

        def structure(value: Any, _: Any) -> Any:
            if type(value) is not dict:
                raise TypeError(f"must be an object, not {_got(value)}")
            return generated(value, cls)

        def report(value: Any, _: Any) -> Any:
            try:
                return structure(value, cls)
            except ClassValidationError as exc:
                raise ValidationError(details(exc, value, "")) from None

        return report if detailed else structure

    return factory


def make_converter(*, detailed: bool) -> cattrs.Converter:
    """Build one of the two converters (fast, or detailed for error reports)."""
    converter = cattrs.Converter(
        forbid_extra_keys=True, omit_if_default=True, detailed_validation=detailed
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
    converter.register_structure_hook_factory(_is_model, _model_factory(detailed=detailed))
    converter.register_unstructure_hook_func(
        _is_frozenset, lambda s: sorted(converter.unstructure(v) for v in s)
    )
    return converter


FAST = make_converter(detailed=False)
DETAILED = make_converter(detailed=True)


def details(exc: BaseException, data: object, path: str) -> Iterator[ErrorDetail]:
    """Flatten an exception raised while structuring into problems with paths and values."""
    if isinstance(exc, ValidationError):
        yield from (attrs.evolve(e, path=join(path, e.path)) for e in exc.errors)
    elif isinstance(exc, ForbiddenExtraKeysError):
        known = _field_names(exc.cl)
        for key in sorted(exc.extra_fields):
            yield ErrorDetail(
                path=join(path, key),
                message=_unknown_key_message(key, known),
                value=_value_at(data, key),
            )
    elif isinstance(exc, ClassValidationError):
        for sub in exc.exceptions:
            step = _step(sub)
            if step is None:
                yield from details(sub, data, path)
            else:
                sub_path = join(path, f"[{step}]" if isinstance(step, int) else step)
                yield from details(sub, _value_at(data, step), sub_path)
    elif isinstance(exc, KeyError):
        yield ErrorDetail(path=path, message="is required", value=MISSING)
    elif isinstance(exc, TypeError | ValueError) and str(exc).startswith(("must", "is ", "has ")):
        yield ErrorDetail(path=path, message=str(exc), value=data)
    else:
        yield ErrorDetail(path=path, message=f"is invalid ({type(exc).__name__})", value=data)


def _step(exc: BaseException) -> str | int | None:
    step: str | int | None = None
    for note in getattr(exc, "__notes__", ()):
        if isinstance(note, AttributeValidationNote):
            step = note.name
        elif isinstance(note, IterableValidationNote):
            step = note.index
    return step


@functools.cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(a.name for a in attrs.fields(cls))


def _unknown_key_message(key: str, known: tuple[str, ...]) -> str:
    close = difflib.get_close_matches(key, known, n=1) if isinstance(key, str) else []
    if close:
        return f"is not a known key (did you mean {close[0]!r}?)"
    return "is not a known key"


def _value_at(data: object, step: str | int) -> object:
    if isinstance(step, int) and isinstance(data, list | tuple) and 0 <= step < len(data):
        return data[step]
    if isinstance(step, str) and isinstance(data, dict):
        return data.get(step, MISSING)
    return MISSING


def join(prefix: str, step: str) -> str:
    """Join a path prefix and a step: ``a`` + ``b`` is ``a.b``, ``a`` + ``[0]`` is ``a[0]``."""
    if not prefix:
        return step
    if not step:
        return prefix
    if step.startswith("["):
        return prefix + step
    return f"{prefix}.{step}"
