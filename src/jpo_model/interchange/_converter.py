"""The private cattrs converters behind `jpo_model.interchange.serialization`, and their reports.

A fast cattrs converter structures valid documents with no bookkeeping; when it fails,
`report` collects the problems with their paths (at most ``max_errors`` of them: the
detailed pass stops there), starting from what the fast pass had built when it failed
(`built_when_failed`) and reading again, with the same strict hooks, only the part that
failed and the part the fast pass never reached.
No converter is ever ``cattrs.global_converter``, and none coerces: ``"5"`` is not 5, ``1``
is not ``True``, a string is not a list of characters.

Representation: dates, wall times and date-times as ISO 8601 strings (an aware date-time
in a named IANA zone carries the zone in an RFC 9557 suffix, ``…-05:00[America/New_York]``,
if the code-list snapshot names the zone; read back, a suffix must name one of its zones),
Decimals as plain decimal strings (never floats), enums as their string values, tuples as
arrays, frozensets as sorted arrays without repeats.
"""

from __future__ import annotations

import collections
import difflib
import enum
import functools
import itertools
import operator
import re
import types
import typing
import zoneinfo
from collections.abc import Callable, Iterator, Mapping, Sequence
from decimal import Decimal
from typing import Any, Final

import attrs
import cattrs
import pendulum
from cattrs.errors import ForbiddenExtraKeysError
from cattrs.fns import identity
from cattrs.gen import make_dict_structure_fn

from jpo_model import _code_lists, _model
from jpo_model.errors import (
    MISSING,
    ErrorDetail,
    Step,
    ValidationError,
    join_path,
    json_pointer,
    key_step,
    path_of,
    problem_at,
)

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
    # Validity is the snapshot's, as for every zone field (`jpo_model._code_lists`): the
    # installed tzdata also holds files that are no zone ("posixrules", "right/UTC") and
    # folders ("Europe"), and may lack a zone the snapshot names or add one it does not.
    if zone_name not in _code_lists.time_zone_names():
        shown = zone_name if len(zone_name) <= 60 else zone_name[:57] + "..."
        raise InvalidValueError(f"names {shown!r} as its zone, which is not an IANA time zone name")
    try:
        zone = pendulum.timezone(zone_name)
    except (ValueError, KeyError, OSError):  # pendulum raises InvalidTimezone, a ValueError
        raise InvalidValueError(
            f"names the zone {zone_name!r}, which the installed tzdata has no rules for"
        ) from None
    result = instant.in_timezone(zone)
    if result.utcoffset() != parsed.utcoffset():
        raise InvalidValueError(f"has an offset that {zone_name} does not use at that time")
    return result


def _unstructure_datetime(value: pendulum.DateTime) -> str:
    text = value.isoformat()
    zone = value.tzinfo
    # pendulum's named zones are ZoneInfos. A zone the loader would refuse (a tzdata file
    # outside the snapshot, such as "posix/UTC") is written as its offset alone.
    if isinstance(zone, zoneinfo.ZoneInfo) and zone.key in _code_lists.time_zone_names():
        return f"{text}[{zone.key}]"
    return text


def _enum_hook(cls: type[enum.Enum]) -> Hook:
    members = {m.value: m for m in cls}
    allowed = ", ".join(repr(v) for v in members)

    def structure(value: Any, _: Any) -> enum.Enum:
        try:
            return members[value]
        except Exception:  # noqa: BLE001 - not a member, or unhashable, or a hostile __hash__
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


def _collection_factory(t: Any, converter: cattrs.Converter) -> Hook:
    """Structure ``tuple[X, ...]`` and ``frozenset[X]`` from arrays only (never from strings)."""
    args = typing.get_args(t)
    if _is_tuple(t) and (len(args) != 2 or args[1] is not Ellipsis):
        raise TypeError(f"only homogeneous tuples are supported, not {t}")
    item_type = args[0]
    item = converter.get_structure_hook(item_type)
    build = _unique if _is_frozenset(t) else tuple
    if item_type in _PLAIN:  # checked by type alone: no hook call per item
        return _plain_collection(item_type, build)
    return lambda value, _: build([item(v, item_type) for v in _array(value)])


_PLAIN_NAMES: Final[Mapping[type, str]] = {
    str: "a string",
    bool: "true or false",
    int: "an integer",
}
"""How messages name the plain JSON types ("must be a string, not null")."""

_PLAIN: Final = (str, int, bool)
"""Item types a collection checks by ``type(item) is ...`` alone (their hooks do no more)."""


def _unique(items: list[Any] | tuple[Any, ...]) -> frozenset[Any]:
    result = frozenset(items)
    if len(result) != len(items):
        raise InvalidValueError("must not repeat an item")  # the detailed pass says which
    return result


def _plain_collection(item_type: type, build: Callable[[Any], Any]) -> Hook:
    def structure(value: Any, _: Any) -> Any:
        if not _all_of_type(_array(value), item_type):
            raise InvalidValueError("has an item of the wrong type")
        return build(value)

    return structure


def _all_of_type(items: list[Any] | tuple[Any, ...], kind: type) -> bool:
    """Whether every item is exactly of type ``kind`` (not a subclass: True is no int)."""
    return _ONLY[kind].issuperset(map(type, items))  # in C, stopping at the first other


_ONLY: Final[Mapping[type, frozenset[type]]] = {
    kind: frozenset({kind}) for kind in (str, int, bool)
}


@functools.cache
def _has_generated_code(cls: Any) -> bool:
    """Whether ``cls`` is structured by code `_dict_structure_fn` generates.

    Not a class with a converter, a field outside ``__init__`` or a default made from the
    object itself: cattrs' own code builds those.
    """
    if not _is_model(cls):
        return False
    return not any(
        a.converter is not None
        or not a.init
        or (isinstance(a.default, attrs.Factory) and a.default.takes_self)  # type: ignore[arg-type]
        for a in attrs.fields(cls)
    )


def _model_hook(cls: Any, converter: cattrs.Converter) -> Hook:
    """Structure attrs classes from objects only, with code generated for the class.

    A dict is read by `_dict_structure_fn`; anything else by cattrs' generated code, which
    fails on anything but a mapping (it indexes it and calls .keys()): the detailed pass
    then explains why.
    """
    if not _has_generated_code(cls):
        return make_dict_structure_fn(cls, converter)
    # cattrs' code is generated when first needed: most documents never need it, and
    # generating it for every class would double the cost of a program's first load.
    made = functools.cache(lambda: make_dict_structure_fn(cls, converter))

    def general(value: Any, _: Any = None) -> Any:
        return made()(value, _)

    return _dict_structure_fn(cls, converter, general)


def _dict_structure_fn(cls: Any, converter: cattrs.Converter, general: Hook) -> Hook:
    """Straight-line code that builds ``cls`` from a dict as cattrs' code does, but faster.

    The same result and the same exceptions as calling each field's hook on its value (the
    fast pass only needs to know that a document failed; the detailed pass says why), but a
    value the hook would return unchanged (a string, an integer, null for an optional
    field…) is tested inline, a hook is called directly rather than through its optional
    wrapper, an absent field gets its default in the call (no ``**kwargs`` dict), and unknown
    keys are found by counting keys rather than building a set. The class is built last,
    after every field and key is checked, as in cattrs' code: its own checks then run only
    on an object whose every part is right (what `report` relies on).
    """
    hints = typing.get_type_hints(cls)
    namespace: dict[str, Any] = {"general": general, "cls": cls}
    lines: list[str] = []
    arguments = []
    required = 0
    for i, a in enumerate(attrs.fields(cls)):
        key = a.name
        default = a.default  # (never a factory taking the object: see `_has_generated_code`)
        if a.default is attrs.NOTHING:
            required += 1
            lines.append(f"    v = o[{key!r}]")
            lines.extend(
                "    " + line for line in _field_lines(hints[key], i, converter, namespace)
            )
            lines.append(f"    f_{i} = v")
        else:
            if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
                namespace[f"factory_{i}"] = default.factory
                absent = f"factory_{i}()"
            else:
                namespace[f"default_{i}"] = default
                absent = f"default_{i}"
            lines.append(f"    if {key!r} in o:")
            lines.append("        n += 1")
            lines.append(f"        v = o[{key!r}]")
            lines.extend(
                "        " + line for line in _field_lines(hints[key], i, converter, namespace)
            )
            lines.append(f"        f_{i} = v")
            lines.append("    else:")
            lines.append(f"        f_{i} = {absent}")
        arguments.append(f"{a.alias}=f_{i}")
    lines = [
        "    if type(o) is not dict:",
        "        return general(o, _)",
        f"    n = {required}",  # the keys read: the required ones, and each optional one found
        *lines,
    ]
    if converter.forbid_extra_keys:
        # Every key counted is a distinct field: any other key makes the count short. The
        # error cattrs' code raises, without building the object again to raise it.
        namespace["known"] = frozenset(a.name for a in attrs.fields(cls))
        namespace["unknown_keys"] = ForbiddenExtraKeysError
        lines.append("    if len(o) != n:")
        lines.append("        raise unknown_keys('', cls, set(o) - known)")
    lines.append(f"    return cls({', '.join(arguments)})")
    exec("\n".join(["def structure(o, _=None):", *lines]), namespace)  # noqa: S102 - from the class's own fields
    structure: Hook = namespace["structure"]
    code = structure.__code__
    others = tuple(name for name in code.co_varnames if not name.startswith("f_"))
    _GENERATED[id(code)] = (code, cls, others)
    return structure


_GENERATED: Final[dict[int, tuple[types.CodeType, type, tuple[str, ...]]]] = {}
"""The class each generated ``structure`` function builds, and its locals that are not
fields (``o``, ``n``, ``v``…), by the id of the function's code (hashing a code object hashes
its bytecode: several microseconds for a large class)."""


def built_when_failed(
    failure: BaseException,
) -> Iterator[tuple[tuple[int, type], Mapping[str, Any], int]]:
    """What the generated code had built of each object ``failure`` passed through.

    For each object (by its id and class) the generated code of its class was building
    when ``failure`` came, the code's locals (the value ``o`` and ``f_0``, ``f_1``, … for the
    fields it had built, in field order) and how many fields it had built. Read from the
    frames the traceback keeps, so the fast pass does no bookkeeping: the detailed pass
    starts from what was built, and walks only the part of the document that failed and
    the part the fast pass never reached. A failure that depends on where it happened
    rather than on the data (too deep a recursion, no memory) tells nothing of the data.
    """
    if isinstance(failure, RecursionError | MemoryError):
        return
    trace = failure.__traceback__
    while trace is not None:
        frame = trace.tb_frame
        generated = _GENERATED.get(id(frame.f_code))
        if generated is not None and generated[0] is frame.f_code:
            bound = frame.f_locals
            # The code is straight-line and binds the fields in order: those bound are
            # the first ones, as many as the bound locals that are not something else.
            others = sum(map(bound.__contains__, generated[2]))
            yield (id(bound["o"]), generated[1]), bound, len(bound) - others
        trace = trace.tb_next


def _field_lines(
    t: Any, i: int, converter: cattrs.Converter, namespace: dict[str, Any]
) -> list[str]:
    """Code that replaces ``v`` by what the hook of ``t`` returns for it (or raises)."""
    namespace[f"hook_{i}"] = converter.get_structure_hook(t)
    namespace[f"type_{i}"] = t
    call = f"    v = hook_{i}(v, type_{i})"
    optional = _is_optional(t)
    inner = next(a for a in typing.get_args(t) if a is not type(None)) if optional else t
    if inner in _PLAIN:  # the hook returns a value of the exact type as it is
        namespace[f"kind_{i}"] = inner
        guard = "v is not None and " if optional else ""
        return [f"if {guard}type(v) is not kind_{i}:", call]
    if optional:  # null is null; anything else goes to the inner hook, without the wrapper
        lines = _field_lines(inner, i, converter, namespace)
        return ["if v is not None:", *("    " + line for line in lines)]
    if _is_enum(t):  # the hook's own lookup, and the hook itself for its error
        namespace[f"members_{i}"] = {m.value: m for m in t}
        return ["try:", f"    v = members_{i}[v]", "except Exception:", call]
    if _is_tuple(t) or _is_frozenset(t):
        return _collection_lines(t, i, converter, namespace, call)
    return [call.strip()]


def _collection_lines(
    t: Any, i: int, converter: cattrs.Converter, namespace: dict[str, Any], call: str
) -> list[str]:
    """`_field_lines` for a tuple or a frozenset: the items read in C where they can be."""
    item = typing.get_args(t)[0]
    unique = _is_frozenset(t)
    build = "frozenset" if unique else "tuple"
    if _is_model(item) and not unique:  # the item hook needs no type argument
        namespace[f"item_{i}"] = converter.get_structure_hook(item)
        return [
            "if type(v) is list or type(v) is tuple:",
            f"    v = tuple(map(item_{i}, v))",
            "else:",
            call,
        ]
    if _is_enum(item):  # a value that is no member: the lookup's KeyError
        namespace[f"member_{i}"] = {m.value: m for m in item}.__getitem__
        test = "type(v) is not list and type(v) is not tuple"
        return [f"if {test}:", call, *_built(build, f"map(member_{i}, v)", unique=unique)]
    if item in _PLAIN:
        namespace[f"only_{i}"] = _ONLY[item]
        test = (
            f"type(v) is not list and type(v) is not tuple or not only_{i}.issuperset(map(type, v))"
        )
        return [f"if {test}:", call, *_built(build, "v", unique=unique)]
    return [call.strip()]


def _built(build: str, items: str, *, unique: bool) -> list[str]:
    """The lines that build the collection of ``items``; a repeated item raises ValueError.

    What fails here, the hook refuses too (the fast pass only learns that the array is
    wrong: the hook would read every item again, one call each, only to raise).
    """
    lines = [f"b = {build}({items})"]
    if unique:
        lines += ["if len(b) != len(v):", "    raise ValueError"]
    return [*lines, "v = b"]


def make_converter(*, detailed: bool, forbid_unknown_keys: bool = True) -> cattrs.Converter:
    """Build a converter: fast, or detailed for error reports; strict about keys or not.

    A detailed converter structures attrs classes with `report` (at most `REPORTED`
    problems): it is for tests and tools; the loaders call `report` themselves.
    """
    converter = cattrs.Converter(
        forbid_extra_keys=forbid_unknown_keys, omit_if_default=True, detailed_validation=detailed
    )
    for kind, name in _PLAIN_NAMES.items():
        converter.register_structure_hook(kind, _strict(kind, name))
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
        lambda t: _is_tuple(t) or _is_frozenset(t), _collection_factory
    )
    if detailed:
        fast = make_converter(detailed=False, forbid_unknown_keys=forbid_unknown_keys)
        converter.register_structure_hook_factory(
            _is_model, lambda cls: functools.partial(_report_hook, fast, cls)
        )
    else:
        converter.register_structure_hook_factory(_is_model, _model_hook)
    converter.register_structure_hook_factory(_is_optional, _optional_factory)
    converter.register_unstructure_hook_factory(_is_enum, _enum_unstructure_hook)
    converter.register_unstructure_hook_factory(_is_optional, _optional_unstructure_factory)
    converter.register_unstructure_hook_factory(
        lambda t: _is_tuple(t) or _is_frozenset(t), _collection_unstructure_factory
    )
    converter.register_unstructure_hook_factory(_is_model, _model_unstructure_factory)
    return converter


def _report_hook(fast: cattrs.Converter, cls: type, value: Any, _: Any) -> Any:
    return report(value, cls, fast, max_errors=REPORTED)


def _model_unstructure_factory(cls: Any, converter: cattrs.Converter) -> Callable[[Any], Any]:
    """Objects as dicts in field order, without the fields at their default.

    Generated code like cattrs' own, but a field defaulting to None or to an enum member is
    tested by identity (``is not``), not by ``!=``, which would call the field value's
    ``__ne__`` for every optional part of a post; plain strings, integers and booleans are
    written without a hook call, and the hooks of optional values, collections and enum
    members are written inline (what they return, without calling them).
    """
    hints = typing.get_type_hints(cls)
    namespace: dict[str, Any] = {}
    lines = ["def unstructure(obj):", "    res = {}"]
    for i, field in enumerate(attrs.fields(cls)):
        written = _written(hints[field.name], i, converter, namespace)
        value = f"obj.{field.name}"
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
        if default is None and written.startswith(_IF_NONE):  # v is not None here
            written = written.removeprefix(_IF_NONE).removesuffix(")")
        lines.append(f"        res[{field.name!r}] = {written}")
    lines.append("    return res")
    exec("\n".join(lines), namespace)  # noqa: S102 - code built from the class's own field names
    unstructure: Callable[[Any], Any] = namespace["unstructure"]
    return unstructure


_IF_NONE: Final = "(None if v is None else "


def _written(t: Any, i: int, converter: cattrs.Converter, namespace: dict[str, Any]) -> str:
    """What the unstructure hook of ``t`` returns for ``v``, as an expression."""
    hook = converter.get_unstructure_hook(t)
    if hook is identity or t in _PLAIN:
        return "v"
    if _is_enum(t):  # as `_enum_unstructure_hook`
        return "v._value_"
    args = typing.get_args(t)
    if _is_optional(t):  # as `_optional_unstructure_factory`
        inner = _written(next(a for a in args if a is not type(None)), i, converter, namespace)
        return "v" if inner == "v" else f"{_IF_NONE}{inner})"
    if _is_tuple(t) or _is_frozenset(t):  # as `_collection_unstructure_factory`
        item = converter.get_unstructure_hook(args[0])
        plain = item is identity or args[0] in _PLAIN
        namespace[f"item_{i}"] = item
        items = "v" if plain else f"map(item_{i}, v)"
        return f"sorted({items})" if _is_frozenset(t) else f"list({items})"
    namespace[f"hook_{i}"] = hook
    return f"hook_{i}(v)"


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


@functools.cache
def lenient() -> cattrs.Converter:
    """The fast converter that ignores unknown keys (built when first asked for)."""
    return make_converter(detailed=False, forbid_unknown_keys=False)


def details(exc: BaseException, data: object, path: str) -> Iterator[ErrorDetail]:
    """Flatten an exception raised while structuring into problems with paths and values."""
    if isinstance(exc, ValidationError):
        listed = exc.errors[:-1] if exc.omitted else exc.errors
        yield from (e.at(path) for e in listed)
    elif isinstance(exc, InvalidValueError):
        yield ErrorDetail(path=path, message=str(exc), value=data)
    else:
        yield ErrorDetail(path=path, message=f"is invalid ({type(exc).__name__})", value=data)


# ---------------------------------------------------------------------------- the report
#
# The detailed pass runs only on data the fast converter refused. It walks the data along
# the class's fields, as the fast pass does (taking as they are the fields and items the
# fast pass built before it failed), but records each problem with its place in
# the document (keys and indices, so the pointer resolves in the data as received) and
# stops once it has found more problems than it may report: what it reads is bounded by the
# report, not by how much is wrong. The rest is then counted cheaply (a type test per item
# of a list of strings, a set difference for unknown keys, the fast hook for anything
# else), which gives a lower bound for the "… and at least N more" entry.

REPORTED: Final = 100
"""How many problems `report` lists unless told otherwise."""

SUGGESTED: Final = 10
"""How many unknown keys of one report get a close-match search ("did you mean …?").

The search (`close_match`) costs up to ~0.1 ms a key: the first few keys are the likely
typos, and a document with thousands of unknown keys is not one to be helped by suggestions."""

Steps = tuple[Step, ...]


class _Bad(enum.Enum):
    BAD = "bad"


_BAD: Final = _Bad.BAD
"""What a plan returns for a value whose problems it has recorded."""


_ABSENT: Final = object()
"""What the detailed pass reads for a key the document lacks (not a value a caller can pass)."""


class _StopError(Exception):
    """Unwinds the detailed pass once it has found more problems than it may report."""


_Built: typing.TypeAlias = tuple[Mapping[str, Any], BaseException, int]
"""What the fast pass had built of an object when it failed: the generated code's locals,
the exception, and how many fields (in order) it had built."""


@attrs.define
class _Findings:
    """The problems one detailed pass has found so far (one per report, never shared)."""

    limit: int
    problems: list[ErrorDetail] = attrs.Factory(list)
    omitted: int = 0
    """Problems known beyond the limit: a lower bound, as the pass stops early."""
    suggestions: int = SUGGESTED
    """How many more unknown keys may get a close-match search."""
    positions: dict[int, Mapping[Any, int]] = attrs.Factory(dict)
    """For each frozenset built (by id), the index in the document of each of its items."""
    listed: dict[int, frozenset[Any]] = attrs.Factory(dict)
    """The sets (by id) whose problems were made in the order the document lists them."""
    ranked: dict[int, tuple[Sequence[Any], Mapping[Any, int]]] = attrs.Factory(dict)
    """For each frozenset a check found problems in (by id), its items in the order the
    checks number them (sorted), and the index in the document of each."""
    paths: dict[Steps, str] = attrs.Factory(dict)
    """The path of each object or array written so far (a report's problems share them)."""
    pointers: dict[Steps, str] = attrs.Factory(dict)
    """The same, as JSON Pointers (a missing key points at its object)."""
    partials: dict[tuple[int, type], _Built] = attrs.Factory(dict)
    """What the fast pass had built of each object it failed on, and the exception."""

    def learn(self, failure: BaseException) -> None:
        """Keep what the fast code had built when it raised ``failure`` (`built_when_failed`)."""
        for key, bound, count in built_when_failed(failure):
            self.partials.setdefault(key, (bound, failure, count))

    def add(
        self, steps: Steps, message: str, value: object, *, pointer: Steps | None = None
    ) -> None:
        """Record a problem at ``steps``, or stop the pass if the report is full."""
        self.add_detail(self.detail(steps, message, value, pointer=pointer))

    def add_detail(self, detail: ErrorDetail) -> None:
        """Record a problem, or stop the pass if the report is full."""
        if len(self.problems) >= self.limit:
            self.omitted += 1
            raise _StopError
        self.problems.append(detail)

    def add_raised(self, steps: Steps, exc: BaseException, value: object) -> None:
        """Record the problem a hook raised for ``value``."""
        if isinstance(exc, InvalidValueError):
            self.add(steps, str(exc), value)
        else:
            self.add(steps, f"is invalid ({type(exc).__name__})", value)

    def detail(
        self, steps: Steps, message: str, value: object, *, pointer: Steps | None
    ) -> ErrorDetail:
        """A problem at ``steps``; its pointer leads to ``pointer`` instead, when given."""
        # The pointer is written only where it is not the path's own (the property of
        # ErrorDetail writes that one if it is ever asked for).
        return problem_at(
            self.path(steps),
            message,
            value,
            steps=steps,
            pointer=None if pointer is None or pointer == steps else self.pointer(pointer),
        )

    def pointer(self, steps: Steps) -> str:
        """The JSON Pointer of ``steps``, its parents' pointers kept as their paths are."""
        if len(steps) <= 1:
            return json_pointer(steps)
        parent = steps[:-1]
        written = self.pointers.get(parent)
        if written is None:  # as `path` does
            written = self.pointers[parent] = json_pointer(parent)
        return written + json_pointer(steps[-1:])

    def path(self, steps: Steps) -> str:
        """The path that ``steps`` lead to, its parents' paths kept for the next problems."""
        if not steps:
            return ""
        last = steps[-1]
        step = f"[{last}]" if isinstance(last, int) else key_step(last)
        if len(steps) == 1:
            return step
        parent = steps[:-1]
        written = self.paths.get(parent)
        if written is None:  # the parent's own parents are rarely shared: written in one go
            written = self.paths[parent] = path_of(parent)
        return join_path(written, step)


class _Plan(typing.Protocol):
    def structure(self, value: Any, steps: Steps, found: _Findings) -> Any:
        """The structured value, or `_BAD` once its problems are recorded in ``found``."""

    def count(self, value: Any) -> int:
        """A cheap lower bound of the problems in ``value`` (0 or 1 but for collections)."""


class _Plans:
    """The plan of the detailed pass for each type, built once per fast converter."""

    def __init__(self, converter: cattrs.Converter) -> None:
        self.converter = converter
        self.forbid: bool = converter.forbid_extra_keys
        self._plans: dict[Any, _Plan] = {}
        self._parts: dict[Any, _Plan] = {}

    def of(self, t: Any) -> _Plan:
        plan = self._plans.get(t)
        if plan is None:
            plan = self._plans[t] = self._build(t)
        return plan

    def part(self, t: Any) -> _Plan:
        """The plan of a field or an item: the fast hook first where ``t`` holds objects.

        Most parts of a refused document are right, and cattrs' generated code reads them
        several times faster than the detailed plan; only a part it refuses is walked.
        """
        if not _holds_objects(t):
            return self.of(t)
        plan = self._parts.get(t)
        if plan is None:
            plan = self._parts[t] = _FastFirstPlan(self, self.converter.get_structure_hook(t), t)
        return plan

    def _build(self, t: Any) -> _Plan:
        # Plans refer to their parts through `of`, looked up when first used: a class
        # may (in principle) contain itself.
        if _is_optional(t):
            return _OptionalPlan(self, next(a for a in typing.get_args(t) if a is not type(None)))
        if _is_tuple(t) or _is_frozenset(t):
            return _CollectionPlan(self, typing.get_args(t)[0], unique=_is_frozenset(t))
        if _is_model(t):
            return _ModelPlan(self, t)
        if t in _PLAIN:
            return _PlainPlan(t, f"must be {_PLAIN_NAMES[t]}, not ")
        members = {m.value: m for m in t} if _is_enum(t) else None
        return _LeafPlan(self.converter.get_structure_hook(t), t, members)


def _holds_objects(t: Any) -> bool:
    """Whether values of ``t`` are or contain attrs objects."""
    if _is_model(t):
        return True
    if _is_optional(t) or _is_tuple(t) or _is_frozenset(t):
        return any(_holds_objects(a) for a in typing.get_args(t) if a is not Ellipsis)
    return False


@functools.cache
def _plans(converter: cattrs.Converter) -> _Plans:
    return _Plans(converter)


def report(
    data: object,
    cls: type,
    converter: cattrs.Converter,
    *,
    max_errors: int,
    failure: BaseException | None = None,
) -> Any:
    """Structure ``data``, which ``converter`` refused, as ``cls``, to report its problems.

    Raises `ValidationError` with at most ``max_errors`` problems, in the order of the
    class's fields (nested ones where their field is, unknown keys last), then one entry
    counting at least the problems left out; returns the object if it finds none.
    ``failure`` is what the converter raised: it holds what the converter had built when it
    failed (`built_when_failed`), which the report takes as it is: only the object that failed,
    along the path to it, and what the converter never reached are read again.
    """
    found = _Findings(limit=max_errors)
    if failure is not None:
        found.learn(failure)
    plan = _plans(converter).of(cls)
    # The parts read by the fast hooks only ask whether they are right: an object whose
    # checks fail is built again, its problems made in the document's order (`_construct`).
    failing_fast = _model.FAIL_FAST.set(True)
    try:
        result = plan.structure(data, (), found)
    except _StopError:
        result = _BAD
    except RecursionError:  # only a class that contains itself recurses with the data
        raise ValidationError.single("", "nests too deeply to be read", MISSING) from None
    finally:
        _model.FAIL_FAST.reset(failing_fast)
        found.partials.clear()  # the failures' frames hold `found`: no cycle is left behind
    if found.problems or found.omitted:
        raise ValidationError(found.problems, omitted=found.omitted, at_least=True)
    return result


@attrs.frozen
class _LeafPlan:
    """A value our hooks structure whole: a string, a number, a date, an enum member."""

    hook: Hook
    type: Any
    members: Mapping[Any, enum.Enum] | None = None
    """For an enum, its members by value: what the hook looks a value up in."""

    def structure(self, value: Any, steps: Steps, found: _Findings) -> Any:
        try:
            return self.hook(value, self.type)
        except Exception as exc:  # noqa: BLE001 - every problem becomes an error detail
            found.add_raised(steps, exc, value)
            return _BAD

    def count(self, value: Any) -> int:
        if self.members is not None:  # the hook's own lookup, without its exception
            counted = self.count_all((value,))
            return 1 if counted is None else counted  # (None: unhashable)
        try:
            self.hook(value, self.type)
        except Exception:  # noqa: BLE001 - counted, not reported
            return 1
        return 0

    def count_all(self, values: list[Any] | tuple[Any, ...]) -> int | None:
        """The problems among ``values``, counted in C for an enum; else None (or unhashable)."""
        if self.members is None:
            return None
        try:
            return len(values) - sum(map(self.members.__contains__, values))
        except Exception:  # noqa: BLE001 - an unhashable item: counted one by one
            return None


@attrs.frozen
class _PlainPlan:
    """A string, an integer or a boolean: a type test, and no exception to raise and catch."""

    type: type
    message: str
    """The message up to the name of the wrong type ("must be a string, not ")."""

    def structure(self, value: Any, steps: Steps, found: _Findings) -> Any:
        if type(value) is self.type:
            return value
        found.add(steps, self.message + json_type_name(value), value)
        return _BAD

    def count(self, value: Any) -> int:
        return int(type(value) is not self.type)


@attrs.frozen
class _FastFirstPlan:
    """A part that holds objects: read by the fast hook, and by its plan only if refused."""

    plans: _Plans
    hook: Hook
    type: Any

    def structure(self, value: Any, steps: Steps, found: _Findings) -> Any:
        if not found.partials or (id(value), self.type) not in found.partials:  # else it fails
            try:
                return self.hook(value, self.type)
            except Exception as failure:  # noqa: BLE001 - the plan below says what is wrong
                found.learn(failure)
        return self.plans.of(self.type).structure(value, steps, found)

    def count(self, value: Any) -> int:
        return self.plans.of(self.type).count(value)


@attrs.frozen
class _OptionalPlan:
    """``X | None``: null, or an X."""

    plans: _Plans
    inner: Any

    def structure(self, value: Any, steps: Steps, found: _Findings) -> Any:
        return None if value is None else self.plans.of(self.inner).structure(value, steps, found)

    def count(self, value: Any) -> int:
        return 0 if value is None else self.plans.of(self.inner).count(value)


@attrs.define
class _CollectionPlan:
    """An array of items, as a tuple, or as a frozenset whose items must not repeat."""

    plans: _Plans
    item_type: Any
    unique: bool

    def structure(self, value: Any, steps: Steps, found: _Findings) -> Any:
        if type(value) is not list and type(value) is not tuple:
            found.add(steps, f"must be an array, not {json_type_name(value)}", value)
            return _BAD
        plain = self.item_type if self.item_type in _PLAIN else None
        if plain is not None and _all_of_type(value, plain):
            items: list[Any] = list(value)
        else:
            failed = self._first_failed(value, found)
            if failed and len(self._items(value, failed, steps, found)) < len(value) - failed:
                # The fast pass read the items before the one it failed on: they are right,
                # and the array is wrong whatever they hold.
                return _BAD
            items = self._items(value, 0, steps, found)
            if len(items) < len(value):
                return _BAD
        if not self.unique:
            return tuple(items)
        return self._unique(items, value, steps, found)

    def _items(
        self, value: list[Any] | tuple[Any, ...], start: int, steps: Steps, found: _Findings
    ) -> list[Any]:
        """The items from ``start`` on that are right (their problems go to ``found``)."""
        item = self.plans.part(self.item_type)
        items = []
        position = start
        try:
            if isinstance(item, _PlainPlan):  # a type test, and the message of the wrong ones
                plain, wrong = item.type, item.message
                array = found.path(steps)  # each wrong item's path is this and its index
                for position in range(start, len(value)):
                    v = value[position]
                    if type(v) is plain:
                        items.append(v)
                    else:
                        at = (*steps, position)
                        path = f"{array}[{position}]"
                        found.add_detail(problem_at(path, wrong + json_type_name(v), v, steps=at))
            else:
                # After a wrong item the next is read in detail at once (a wrong item tends
                # to be one of many alike, and trying the fast hook on it first costs more
                # than its detail); after a right one, the fast hook is tried first again.
                detailed, plan = self.plans.of(self.item_type), item
                for position in range(start, len(value)):
                    result = plan.structure(value[position], (*steps, position), found)
                    if result is _BAD:
                        plan = detailed
                    else:
                        items.append(result)
                        plan = item
        except _StopError:
            found.omitted += self._count(value[position + 1 :])
            raise
        return items

    def _first_failed(self, value: list[Any] | tuple[Any, ...], found: _Findings) -> int:
        """The position of the item the fast pass failed on, if known; else 0.

        Only asked of an array the fast pass has read (every array of objects is, before
        its plan is): it read the items in order and stopped at the first it could not
        build, whose frame the failure's traceback holds (`built_when_failed`, for every
        class with generated code). An earlier item known to fail would have failed first:
        the same data fails the same way.
        """
        kind = self.item_type
        if not found.partials or not _has_generated_code(kind):
            return 0
        ids = {key for key, cls in found.partials if cls is kind}
        flags = list(map(ids.__contains__, map(id, value)))  # in C
        try:
            return flags.index(True)
        except ValueError:
            return 0

    def count(self, value: Any) -> int:
        if type(value) is not list and type(value) is not tuple:
            return 1
        return self._count(value)

    def _count(self, rest: list[Any] | tuple[Any, ...]) -> int:
        if self.item_type in _PLAIN:  # one type test per item, in C
            return len(rest) - operator.countOf(map(type, rest), self.item_type)
        item = self.plans.of(self.item_type)
        if isinstance(item, _LeafPlan) and (total := item.count_all(rest)) is not None:
            return total
        counted: dict[int, int] = {}  # an item listed many times (shared data) is counted once
        total = 0
        if isinstance(item, _ModelPlan):  # what is no object, or lacks a key, counted in C
            rest, total = item.shaped(rest)
        for v in rest:
            known = counted.get(id(v))
            if known is None:
                known = counted[id(v)] = item.count(v)
            total += known
        return total

    def _unique(
        self, items: list[Any], value: list[Any] | tuple[Any, ...], steps: Steps, found: _Findings
    ) -> Any:
        positions: dict[Any, int] = {}
        repeated = False
        for i, structured in enumerate(items):
            if structured in positions:
                found.add((*steps, i), "repeats an earlier item", value[i])
                repeated = True
            else:
                positions[structured] = i
        if repeated:
            return _BAD
        result = frozenset(items)
        found.positions[id(result)] = positions
        return result

    def positions(self, value: object) -> dict[Any, int]:
        """Where the array ``value`` lists each item, by the item's structured value."""
        if type(value) is not list and type(value) is not tuple:
            return {}
        if self.item_type in _PLAIN:  # each item is its own value: the first of each, in C
            count = len(value)
            return dict(zip(reversed(value), range(count - 1, -1, -1), strict=True))
        hook = self.plans.converter.get_structure_hook(self.item_type)
        positions: dict[Any, int] = {}
        for i, item in enumerate(value):
            try:
                positions.setdefault(hook(item, self.item_type), i)
            except Exception:  # noqa: BLE001, S112 - a wrong item is placed by its own problem
                continue
        return positions


@attrs.frozen
class _Field:
    """What the detailed pass needs to know of one attrs field."""

    name: str
    alias: str
    required: bool
    plan: _Plan
    detailed: _Plan
    """The plan without the fast hook first: for the field the fast pass failed on."""
    index: int
    """The field's position among its class's fields."""
    local: str
    """The name the generated code gives the field's value (``f_3``)."""
    metadata: Mapping[str, Any]
    kind: tuple[type, ...]
    """For a string, an integer or a boolean (or null), the types a right value has: the
    detailed pass takes such a value after a type test, as the fast pass does."""


@attrs.define
class _ModelPlan:
    """An attrs class, from an object: field by field, then the class's own checks.

    When some fields are wrong it still runs the checks of the fields that are right: the
    report names every problem of the object, not only the structural ones.
    """

    plans: _Plans
    cls: type
    _fields: tuple[_Field, ...] | None = attrs.field(default=None, init=False)
    _known: frozenset[str] = attrs.field(default=frozenset(), init=False)
    _named: Mapping[str, _Field] = attrs.field(factory=dict, init=False)
    _aliased: bool = attrs.field(default=False, init=False)
    """Whether some field's ``__init__`` argument is not its name (a private attribute)."""
    _aliases: tuple[str, ...] = attrs.field(default=(), init=False)
    _locals: tuple[str, ...] = attrs.field(default=(), init=False)
    _passes: Callable[[Mapping[str, Any]], bool] | None = attrs.field(default=None, init=False)
    _sets: tuple[_Field, ...] = attrs.field(default=(), init=False)
    """The fields that hold a set of strings, integers or booleans (`_listed`)."""
    _fails_fast: bool = attrs.field(default=False, init=False)
    """Whether the class's checks fail fast (`_model.holds_sets`): built again to name them."""
    _required_names: frozenset[str] = attrs.field(default=frozenset(), init=False)

    def shaped(self, values: list[Any] | tuple[Any, ...]) -> tuple[list[Any], int]:
        """The ``values`` that are objects with the keys of this class, and how many are not.

        An array of a million wrong items is counted in C (a missing or unknown key, or
        what is no object, is a problem whatever the rest holds).
        """
        if self._fields is None:
            self.fields()
        objects = [v for v in values if type(v) is dict]
        fits = map(self._required_names.issubset, objects)
        if self.plans.forbid:
            fits = map(operator.and_, fits, map(self._known.issuperset, objects))
        shaped = list(itertools.compress(objects, fits))
        return shaped, len(values) - len(shaped)

    def count(self, value: Any) -> int:
        if self.shaped((value,))[1]:  # no object, or a missing or unknown key: no exception
            return 1
        try:
            self.plans.converter.get_structure_hook(self.cls)(value, self.cls)
        except Exception:  # noqa: BLE001 - counted, not reported
            return 1
        return 0

    def fields(self) -> tuple[_Field, ...]:
        if self._fields is None:
            hints = typing.get_type_hints(self.cls)
            self._fields = tuple(
                _Field(
                    name=a.name,
                    alias=a.alias,
                    required=a.default is attrs.NOTHING,
                    plan=self.plans.part(hints[a.name]),
                    detailed=self.plans.of(hints[a.name]),
                    index=i,
                    local=f"f_{i}",
                    metadata=a.metadata,
                    kind=_plain_kind(hints[a.name]),
                )
                for i, a in enumerate(attrs.fields(self.cls))
            )
            self._known = frozenset(f.name for f in self._fields)
            self._named = {f.name: f for f in self._fields}
            self._aliased = any(f.alias != f.name for f in self._fields)
            self._aliases = tuple(f.alias for f in self._fields)
            self._locals = tuple(f.local for f in self._fields)
            self._passes = _model.fields_pass(self.cls)
            self._required_names = frozenset(f.name for f in self._fields if f.required)
            self._fails_fast = _model.holds_sets(self.cls)
            hints = typing.get_type_hints(self.cls)
            self._sets = tuple(
                f
                for f in self._fields
                if any(
                    _is_frozenset(t) and typing.get_args(t)[0] in _PLAIN
                    for t in (hints[f.name], *typing.get_args(hints[f.name]))
                )
            )
        return self._fields

    def structure(  # noqa: C901, PLR0912 - field by field, inline: the report's hot path
        self, value: Any, steps: Steps, found: _Findings
    ) -> Any:
        if type(value) is not dict:
            found.add(steps, f"must be an object, not {json_type_name(value)}", value)
            return _BAD
        fields = self._fields or self.fields()
        failed = found.partials.get((id(value), self.cls)) if found.partials else None
        problems = found.problems
        start = len(problems)
        arguments: dict[str, Any] = {}
        spans: dict[str, tuple[int, int]] = {}  # each wrong field's problems in `found`
        begin = 0
        if failed is not None:  # the fields the fast pass built are taken as they are
            built, _, begin = failed
            # (with the defaults of the optional fields left out: the same object)
            arguments = dict(
                zip(
                    self._aliases[:begin], map(built.__getitem__, self._locals[:begin]), strict=True
                )
            )
        position = begin
        try:
            for f in fields[begin:]:
                if not f.required and f.name not in value:
                    continue  # an optional field left out: its default
                position = f.index
                # The field the fast pass failed on is read in detail at once.
                plan = f.detailed if failed is not None and position == begin else f.plan
                field_value = value.get(f.name, _ABSENT)
                if type(field_value) in f.kind:  # a right string, number, boolean or null
                    arguments[f.alias] = field_value
                    continue
                first = len(problems)
                if field_value is _ABSENT:
                    if f.required:
                        found.add((*steps, f.name), "is required", MISSING, pointer=steps)
                        spans[f.name] = (first, len(problems))
                    continue
                result = plan.structure(field_value, (*steps, f.name), found)
                if result is _BAD:
                    spans[f.name] = (first, len(problems))
                else:
                    arguments[f.alias] = result
        except _StopError:
            found.omitted += self._count_rest(value, position + 1)
            raise
        unknown_from = len(found.problems)
        if self.plans.forbid and not self._known.issuperset(value):
            self._report_unknown(value, steps, found)
        if not spans and unknown_from == len(found.problems):
            if failed is not None and begin == len(fields):  # every field built: the checks
                return self._refused(failed[1], arguments, value, steps, found)  # failed
            return self._construct(arguments, value, steps, found)
        self._check_fields(
            arguments, value, steps, found, spans=spans, start=start, unknown_from=unknown_from
        )
        return _BAD

    def _count_rest(self, value: dict[Any, Any], position: int) -> int:
        rest = sum(
            f.plan.count(value[f.name]) if f.name in value else int(f.required)
            for f in self.fields()[position:]
        )
        unknown = len(value.keys() - self._known) if self.plans.forbid else 0
        return rest + unknown

    def _report_unknown(self, value: dict[Any, Any], steps: Steps, found: _Findings) -> None:
        handled = 0
        try:
            for key, item in value.items():
                if key in self._known:
                    continue
                handled += 1
                if isinstance(key, str):
                    found.add((*steps, key), self._unknown_message(key, found), item)
                else:  # only from_dict's callers can build such keys: JSON and TOML cannot
                    found.add(steps, "has a key that is not a string", key)
        except _StopError:
            found.omitted += len(value.keys() - self._known) - handled
            raise

    def _unknown_message(self, key: str, found: _Findings) -> str:
        if found.suggestions <= 0:
            return "is not a known key"
        found.suggestions -= 1
        close = close_match(key, self._known)
        if close is not None:
            return f"is not a known key (did you mean {close!r}?)"
        return "is not a known key"

    def _construct(
        self, arguments: dict[str, Any], value: dict[str, Any], steps: Steps, found: _Findings
    ) -> Any:
        try:
            if not self._fails_fast:  # its checks make their problems at once
                return self.cls(**arguments)
            with _model.listed_as(self._listed(arguments, value, found)):
                return self.cls(**arguments)
        except Exception as exc:  # noqa: BLE001 - every problem becomes an error detail
            return self._refused(exc, arguments, value, steps, found)

    def _listed(
        self, arguments: Mapping[str, Any], value: dict[str, Any], found: _Findings
    ) -> dict[int, tuple[frozenset[Any], Sequence[Any]]]:
        """The sets among ``arguments`` with the order the document listed their items in.

        A set of strings, integers or booleans built from an array of the same length
        holds the array's items exactly once: the array is its order (`_model.listed_as`).
        """
        orders: dict[int, tuple[frozenset[Any], Sequence[Any]]] = {}
        for f in self._sets:
            items = arguments.get(f.alias)
            listed = value.get(f.name)
            if (
                type(items) is frozenset
                and isinstance(listed, list | tuple)
                and len(listed) == len(items)
            ):
                orders[id(items)] = (items, listed)
                found.listed[id(items)] = items
        return orders

    def _refused(
        self,
        exc: BaseException,
        arguments: dict[str, Any],
        value: dict[str, Any],
        steps: Steps,
        found: _Findings,
    ) -> Any:
        """Record why the class refused ``arguments``: its checks' problems, or what raised."""
        if isinstance(exc, _model.ChecksFailedError):  # the first pass: they are made now
            return self._construct(arguments, value, steps, found)
        if isinstance(exc, ValidationError):
            self._place(exc, value, steps, self._by_name(arguments), found)
        else:  # a check that cannot read a value
            found.add_raised(steps, exc, value)
        return _BAD

    def _place(
        self,
        error: ValidationError,
        value: dict[str, Any],
        steps: Steps,
        structured: Mapping[str, Any],
        found: _Findings,
    ) -> None:
        """Record the problems the constructor raised, each at the document's own position."""
        listed = error.errors[:-1] if error.omitted else error.errors
        handled = 0
        problems, room = found.problems, found.limit - len(found.problems)
        try:
            for problem in listed:
                if handled == room:
                    found.omitted += 1
                    raise _StopError
                handled += 1
                problems.append(self._checked(problem, value, steps, structured, found))
        finally:
            # Counted even when the report is full: what the constructor found, and
            # what it left out (a constructor lists at most 100 problems).
            found.omitted += len(listed) - handled + error.omitted

    def _by_name(self, arguments: Mapping[str, Any]) -> Mapping[str, Any]:
        if self._aliased:
            return {f.name: arguments[f.alias] for f in self.fields() if f.alias in arguments}
        return arguments

    def _check_fields(  # noqa: C901, PLR0913 - the state of one object's report
        self,
        arguments: dict[str, Any],
        value: dict[str, Any],
        steps: Steps,
        found: _Findings,
        *,
        spans: Mapping[str, tuple[int, int]],
        start: int,
        unknown_from: int,
    ) -> None:
        """Add the field checks' problems of the right fields, each in its field's place."""
        if not arguments:  # no field is right: the wrong ones' problems are in field order
            return
        structured = self._by_name(arguments)
        if self._passes is not None and self._passes(structured):  # one call: the common case
            return
        room = found.limit - len(found.problems)
        checked: dict[str, list[ErrorDetail]] = {}
        full = False
        with _model.listed_as(self._listed(arguments, value, found)):
            for f in self.fields():
                if f.name in spans or f.name not in structured:
                    continue
                for problem in _field_problems(f.name, structured[f.name], f.metadata):
                    if room == 0:
                        full = True
                        break
                    room -= 1
                    detail = self._checked(problem, value, steps, structured, found)
                    checked.setdefault(f.name, []).append(detail)
                if full:
                    break
        if checked:  # each field's problems in its place: the checks ran after the others
            reported: list[ErrorDetail] = []
            for f in self.fields():
                if f.name in spans:
                    first, end = spans[f.name]
                    reported.extend(found.problems[first:end])
                else:
                    reported.extend(checked.get(f.name, ()))
            found.problems[start:unknown_from] = reported
        if full:
            found.omitted += 1
            raise _StopError

    def _checked(
        self,
        problem: ErrorDetail,
        value: dict[str, Any],
        steps: Steps,
        structured: Mapping[str, Any],
        found: _Findings,
    ) -> ErrorDetail:
        """A problem a check found in this object, placed at the document's own position."""
        relative = problem.steps
        if len(relative) > 1 and isinstance(name := relative[0], str) and type(relative[1]) is int:
            index: int = relative[1]
            items = structured.get(name)
            if type(items) is frozenset:
                at = self._document_index(name, items, index, value, found)
                relative = (name, at, *relative[2:])
            elif (
                not steps
                and len(relative) == 2
                and type(items) is tuple
                and isinstance(value.get(name), list | tuple)
                and problem._pointer is None  # noqa: SLF001 - the pointer is the path's own
            ):
                return problem  # an item of an array, where the document has it (in order)
        reached = _resolved(value, relative)
        if (
            not steps
            and relative is problem.steps
            and len(reached) == len(relative)
            and problem._pointer is None  # noqa: SLF001 - the pointer is the path's own
        ):
            return problem  # already where the document has it: the common case
        return found.detail(
            (*steps, *relative), problem.message, problem.value, pointer=(*steps, *reached)
        )

    def _document_index(
        self, name: str, items: frozenset[Any], index: int, value: dict[str, Any], found: _Findings
    ) -> int:
        """Where the document listed the item a check numbered ``index`` (sets are sorted)."""
        if id(items) in found.listed:  # numbered as the document lists them
            return index
        known = found.ranked.get(id(items))
        if known is None:  # once per set: a check may find a problem in each of its items
            positions = found.positions.get(id(items))
            if positions is None:  # a set the fast hook built: its positions are read once
                plan = self._named[name].plan
                while isinstance(plan, _FastFirstPlan | _OptionalPlan):
                    inner = plan.type if isinstance(plan, _FastFirstPlan) else plan.inner
                    plan = self.plans.of(inner)
                shown = value.get(name)
                positions = plan.positions(shown) if isinstance(plan, _CollectionPlan) else {}
            try:
                in_order = _model.ordered(items)
            except TypeError:  # items that cannot be sorted: numbered as they come
                in_order = ()
            known = found.ranked[id(items)] = (in_order, positions)
        in_order, positions = known
        if not 0 <= index < len(in_order):
            return index
        try:
            return positions.get(in_order[index], index)
        except TypeError:  # items that cannot be compared (sorted as read): numbered as found
            return index


_CUTOFF: Final = 0.6
"""How alike a key must be to a known one to be suggested (difflib's default cutoff)."""


def close_match(word: str, known: frozenset[str]) -> str | None:
    """The known word most like ``word``, as ``difflib.get_close_matches(word, known, n=1)``.

    The same answer, found several times faster. difflib bounds each candidate's ratio by
    its ``quick_ratio`` (the letters both words share, as a ratio), computed in Python for
    every candidate: here it is summed from an index of the known words' letters, and the
    costly ratio is computed best bound first, until no bound can beat the best ratio
    found. Ties go to the greater word, as in difflib.

    >>> close_match("titel", frozenset({"title", "grade"}))
    'title'
    """
    words, letters = _letters(known)
    shared = [0] * len(words)
    for letter in set(word):  # (no Counter: short words)
        count = word.count(letter)
        for i, times in letters.get(letter, ()):
            shared[i] += min(count, times)
    bounds = [
        (bound, words[i])
        for i, common in enumerate(shared)
        if common and (bound := 2.0 * common / (len(words[i]) + len(word))) >= _CUTOFF
    ]
    if not bounds:
        return None
    matcher = difflib.SequenceMatcher()
    matcher.set_seq2(word)
    best: tuple[float, str] | None = None
    for bound, candidate in sorted(bounds, reverse=True):
        if best is not None and (bound, candidate) < best:
            break  # a ratio never exceeds its bound: none of the rest can win
        matcher.set_seq1(candidate)
        ratio = matcher.ratio()
        if ratio >= _CUTOFF and (best is None or (ratio, candidate) > best):
            best = (ratio, candidate)
    return None if best is None else best[1]


@functools.lru_cache(maxsize=64)  # one entry per class whose unknown keys were reported
def _letters(known: frozenset[str]) -> tuple[tuple[str, ...], dict[str, list[tuple[int, int]]]]:
    """The known words, and for each letter the words holding it with how many times."""
    words = tuple(sorted(known))
    letters: dict[str, list[tuple[int, int]]] = {}
    for i, known_word in enumerate(words):
        for letter, times in collections.Counter(known_word).items():
            letters.setdefault(letter, []).append((i, times))
    return words, letters


def _plain_kind(t: Any) -> tuple[type, ...]:
    """The types of a right value of ``t`` that its hook returns as they are (if it is plain)."""
    if t in _PLAIN:
        return (t,)
    if (
        _is_optional(t)
        and (inner := next(a for a in typing.get_args(t) if a is not type(None))) in _PLAIN
    ):
        return (inner, type(None))
    return ()


def _field_problems(name: str, value: object, metadata: Mapping[str, Any]) -> Iterator[ErrorDetail]:
    """The problems a field's own checks find (see `jpo_model._model.checks`)."""
    return _model.field_problems(name, value, _model.checks_of(metadata))


def _resolved(data: object, steps: Steps) -> Steps:
    """The longest start of ``steps`` that leads somewhere in ``data``."""
    reached = 0
    for step in steps:
        if isinstance(data, dict):
            if not isinstance(step, str) or step not in data:
                break
            data = data[step]
        elif isinstance(data, list | tuple):
            if not isinstance(step, int) or not 0 <= step < len(data):
                break
            data = data[step]
        else:
            break
        reached += 1
    return steps if reached == len(steps) else steps[:reached]
