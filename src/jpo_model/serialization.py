"""Documents: lossless conversion between model objects and plain data (dicts, JSON, TOML).

One private cattrs converter does all (un)structuring; it is strict (no silent coercion of
``"5"`` to ``5`` or ``"false"`` to ``True``), rejects unknown keys, and every failure is
translated into one `ValidationError` listing each problem with its path.
"""

from __future__ import annotations

import json
import tomllib
from collections.abc import Callable, Iterator, Mapping
from datetime import date, time
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, Literal, TypeVar

import attrs
import cattrs
import pendulum
import tomli_w
from cattrs.errors import (
    AttributeValidationNote,
    BaseValidationError,
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationNote,
)

from jpo_model.errors import ErrorDetail, ValidationError

__all__ = ["SCHEMA_VERSION", "dump", "dumps", "from_dict", "load", "loads", "to_dict"]

T = TypeVar("T")
Format = Literal["json", "toml"]

SCHEMA_VERSION = 1
"""The version of the document format this release writes."""

_MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}
"""Upgrades from version N to N + 1, applied in turn to older documents (none yet)."""


def _strict(kind: type, name: str) -> Callable[[Any, type], Any]:
    def structure(value: Any, _: type) -> Any:
        if type(value) is not kind:
            raise TypeError(f"must be {name}")
        return value

    return structure


def _structure_decimal(value: Any, _: type) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise TypeError("must be a decimal number written as a string, e.g. \"4000.00\"")
    try:
        result = Decimal(value)
    except InvalidOperation:
        raise ValueError("is not a decimal number") from None
    if not result.is_finite():
        raise ValueError("must be a finite number")
    return result


def _structure_date(value: Any, _: type) -> pendulum.Date:
    if not isinstance(value, str):
        raise TypeError("must be an ISO 8601 date string, e.g. \"2026-03-10\"")
    try:
        parsed = date.fromisoformat(value)
    except ValueError:
        raise ValueError("is not an ISO 8601 date (YYYY-MM-DD)") from None
    return pendulum.Date(parsed.year, parsed.month, parsed.day)


def _structure_time(value: Any, _: type) -> pendulum.Time:
    if not isinstance(value, str):
        raise TypeError("must be an ISO 8601 time string, e.g. \"18:00:00\"")
    try:
        parsed = time.fromisoformat(value)
    except ValueError:
        raise ValueError("is not an ISO 8601 time (HH:MM[:SS])") from None
    if parsed.tzinfo is not None:
        raise ValueError("must be a wall time without an offset")
    return pendulum.Time(parsed.hour, parsed.minute, parsed.second, parsed.microsecond)


def _structure_datetime(value: Any, _: type) -> pendulum.DateTime:
    if not isinstance(value, str):
        raise TypeError("must be an ISO 8601 date-time string with an offset")
    zone_name = None
    text = value
    if text.endswith("]") and "[" in text:
        text, zone_name = text[:-1].split("[", 1)
    try:
        parsed = pendulum.DateTime.fromisoformat(text)
    except ValueError:
        raise ValueError("is not an ISO 8601 date-time") from None
    if parsed.tzinfo is None:
        raise ValueError("must carry a UTC offset (naive date-times are refused)")
    if zone_name is None:
        return pendulum.instance(parsed)
    try:
        zone = pendulum.timezone(zone_name)
    except (ValueError, KeyError):  # pendulum raises InvalidTimezone (a ValueError)
        raise ValueError(f"names an unknown time zone {zone_name!r}") from None
    result = pendulum.instance(parsed).in_timezone(zone)
    if result.utcoffset() != parsed.utcoffset():
        raise ValueError(f"has an offset that {zone_name} does not use at that time")
    return result


def _unstructure_datetime(value: pendulum.DateTime) -> str:
    zone = value.timezone_name
    text = value.isoformat()
    if zone and "/" in zone:
        return f"{text}[{zone}]"
    return text


def _make_converter() -> cattrs.Converter:
    converter = cattrs.Converter(forbid_extra_keys=True, omit_if_default=True)
    converter.register_structure_hook(str, _strict(str, "a string"))
    converter.register_structure_hook(bool, _strict(bool, "true or false"))
    converter.register_structure_hook(int, _strict(int, "an integer"))
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_unstructure_hook(Decimal, str)
    converter.register_structure_hook(pendulum.Date, _structure_date)
    converter.register_unstructure_hook(pendulum.Date, lambda d: d.isoformat())
    converter.register_structure_hook(pendulum.Time, _structure_time)
    converter.register_unstructure_hook(pendulum.Time, lambda t: t.isoformat())
    converter.register_structure_hook(pendulum.DateTime, _structure_datetime)
    converter.register_unstructure_hook(pendulum.DateTime, _unstructure_datetime)
    converter.register_unstructure_hook_func(
        lambda t: getattr(t, "__origin__", None) is frozenset,
        lambda s: sorted(converter.unstructure(v) for v in s),
    )
    return converter


_CONVERTER = _make_converter()


def to_dict(obj: object) -> dict[str, Any]:
    """Turn a model object into plain data (dicts, lists, strings, numbers, booleans).

    The result carries ``schema_version`` and round-trips through `from_dict` unchanged.

    >>> from jpo_model import Money
    >>> to_dict(Money.of(4000, "USD"))
    {'schema_version': 1, 'amount': '4000.00', 'currency': 'USD'}
    """
    if not attrs.has(type(obj)):
        raise TypeError(f"to_dict takes a jpo_model object, not {type(obj).__name__}")
    data: dict[str, Any] = _CONVERTER.unstructure(obj, type(obj))
    return {"schema_version": SCHEMA_VERSION, **data}


def from_dict(data: object, cls: type[T]) -> T:
    """Build a model object of type ``cls`` from plain data, validating everything.

    Raises `ValidationError` naming every problem with its path and offending value.

    >>> from jpo_model import Money
    >>> from_dict({"amount": "12.50", "currency": "EUR"}, Money)
    Money(amount=Decimal('12.50'), currency='EUR')
    """
    if not isinstance(data, Mapping):
        raise ValidationError.single("", f"must be an object (a {cls.__name__} document)", data)
    body = _migrate(dict(data))
    try:
        return _CONVERTER.structure(body, cls)
    except ValidationError:
        raise
    except (BaseValidationError, ForbiddenExtraKeysError, ValueError, TypeError, KeyError) as exc:
        raise ValidationError(_details(exc, body, "")) from None


def _migrate(data: dict[str, Any]) -> dict[str, Any]:
    version = data.pop("schema_version", SCHEMA_VERSION)
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise ValidationError.single("schema_version", "must be a positive integer", version)
    if version > SCHEMA_VERSION:
        raise ValidationError.single(
            "schema_version",
            f"is newer than this release understands (at most {SCHEMA_VERSION}); upgrade jpo_model",
            version,
        )
    while version < SCHEMA_VERSION:
        data = _MIGRATIONS[version](data)
        version += 1
    return data


def _value_at(data: object, step: str | int) -> object:
    if isinstance(step, int) and isinstance(data, list | tuple) and 0 <= step < len(data):
        return data[step]
    if isinstance(step, str) and isinstance(data, Mapping):
        return data.get(step)
    return None


def _details(exc: BaseException, data: object, path: str) -> Iterator[ErrorDetail]:
    """Flatten a cattrs exception (group) into problems with dotted paths and values."""
    if isinstance(exc, ValidationError):
        yield from (attrs.evolve(e, path=_join(path, e.path)) for e in exc.errors)
    elif isinstance(exc, ForbiddenExtraKeysError):
        for key in sorted(exc.extra_fields):
            yield ErrorDetail(
                path=_join(path, key), message="is not a known key", value=_value_at(data, key)
            )
    elif isinstance(exc, BaseValidationError):
        if isinstance(exc, ClassValidationError) and not isinstance(data, Mapping):
            yield ErrorDetail(path=path, message="must be an object", value=data)
            return
        for sub in exc.exceptions:
            step: str | int | None = None
            for note in getattr(sub, "__notes__", ()):
                if isinstance(note, AttributeValidationNote):
                    step = note.name
                elif isinstance(note, IterableValidationNote):
                    step = note.index
            if step is None:
                yield from _details(sub, data, path)
                continue
            sub_path = _join(path, f"[{step}]" if isinstance(step, int) else step)
            yield from _details(sub, _value_at(data, step), sub_path)
    elif isinstance(exc, KeyError):
        yield ErrorDetail(path=path, message="is required but missing", value=None)
    else:
        yield ErrorDetail(path=path, message=_message(exc, data), value=data)


def _message(exc: BaseException, data: object) -> str:
    text = str(exc)
    if isinstance(exc, TypeError) and text.startswith("must"):
        return text
    if isinstance(exc, ValueError) and text and not text.startswith("'"):
        return text
    return f"has the wrong type ({type(data).__name__})"


def _join(prefix: str, step: str) -> str:
    if not prefix:
        return step
    if step.startswith("["):
        return prefix + step
    return f"{prefix}.{step}"


def dumps(obj: object, *, format: Format = "json") -> str:  # noqa: A002 - the public name
    """Serialize a model object to JSON or TOML text (stable: the same object, the same text)."""
    data = to_dict(obj)
    if format == "json":
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    if format == "toml":
        return tomli_w.dumps(data)
    raise ValueError(f"unknown format {format!r}; use 'json' or 'toml'")


def loads(text: str | bytes, cls: type[T], *, format: Format = "json") -> T:  # noqa: A002
    """Parse JSON or TOML text into a model object of type ``cls``, validating everything."""
    if format not in ("json", "toml"):
        raise ValueError(f"unknown format {format!r}; use 'json' or 'toml'")
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise ValidationError.single("", f"is not UTF-8 text: {exc.reason}", None) from None
    try:
        data = json.loads(text, parse_constant=_refuse_constant) if format == "json" else tomllib.loads(text)
    except (json.JSONDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ValidationError.single("", f"is not valid {format.upper()}: {exc}", None) from None
    except ValueError as exc:
        raise ValidationError.single("", str(exc), None) from None
    return from_dict(data, cls)


def _refuse_constant(name: str) -> object:
    raise ValueError(f"{name} is not a number JSON allows")


_FORMATS: dict[str, Format] = {".json": "json", ".toml": "toml"}


def _format_of(path: Path) -> Format:
    try:
        return _FORMATS[path.suffix.lower()]
    except KeyError:
        raise ValueError(f"cannot tell the format of {path.name}: use .json or .toml") from None


def dump(obj: object, path: str | Path) -> None:
    """Write a model object to a .json or .toml file, atomically (all or nothing)."""
    target = Path(path)
    text = dumps(obj, format=_format_of(target))
    temporary = target.with_name(f".{target.name}.tmp")
    temporary.write_text(text, encoding="utf-8")
    temporary.replace(target)


def load(path: str | Path, cls: type[T]) -> T:
    """Read a model object of type ``cls`` from a .json or .toml file."""
    source = Path(path)
    return loads(source.read_bytes(), cls, format=_format_of(source))
