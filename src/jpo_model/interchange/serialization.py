"""Documents: lossless conversion between model objects and plain data (dicts, JSON, TOML).

Every public model type (any attrs class of the package) converts the same way: one
private cattrs converter does the work (see `jpo_model.interchange._converter` for the
representation), every document carries a ``schema_version``, and every problem in the
input becomes one `ValidationError` that lists each problem with its path and value.

Input is untrusted: a document larger than ``max_size`` bytes or nested deeper than
``max_depth`` arrays and objects is refused, and no input makes these functions raise
anything but `ValidationError` (malformed text, NaN, 100,000 nested brackets included).
A valid document is read in one fast pass; only a failed one is read again, slowly, to
name every problem.

JSON output is indented by two spaces, keeps non-ASCII text as is and puts keys in field
order, so the same object always gives the same text. orjson, when installed, makes
reading and writing faster; it is never required and never changes a result.
"""

from __future__ import annotations

import importlib
import json
import os
import tempfile
import tomllib
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from types import ModuleType
from typing import Any, Final, Literal, TypeVar

import attrs
import cattrs
import tomli_w

from jpo_model.errors import MISSING, ValidationError
from jpo_model.interchange import _converter

__all__ = [
    "MAX_DEPTH",
    "MAX_SIZE",
    "SCHEMA_VERSION",
    "dump",
    "dumps",
    "from_dict",
    "load",
    "loads",
    "to_dict",
]

T = TypeVar("T")
Format = Literal["json", "toml"]
UnknownKeys = Literal["reject", "ignore"]

SCHEMA_VERSION: Final = 1
"""The version of the document format this release writes."""

MAX_SIZE: Final = 4_000_000
"""Default largest document `loads` and `load` accept, in bytes of UTF-8 (a post is ~20 kB)."""

MAX_DEPTH: Final = 32
"""Default deepest nesting of arrays and objects accepted (a post nests 6 deep)."""

Migration = Callable[[dict[str, Any]], dict[str, Any]]


def _optional_orjson() -> ModuleType | None:
    try:
        return importlib.import_module("orjson")
    except ImportError:  # pragma: no cover - orjson is not a dependency
        return None


_orjson = _optional_orjson()


@attrs.frozen
class _Migrations:
    """The upgrades from each older document version to the next, applied in turn."""

    current: int
    steps: Mapping[int, Migration]

    def upgrade(self, data: dict[str, Any]) -> dict[str, Any]:
        version = data.pop("schema_version", self.current)
        if type(version) is not int or version < 1:
            raise ValidationError.single("schema_version", "must be a positive integer", version)
        if version > self.current:
            raise ValidationError.single(
                "schema_version",
                f"is newer than this release understands (at most {self.current}); "
                "upgrade jpo_model to read it",
                version,
            )
        while version < self.current:
            try:
                data = self.steps[version](data)
            except (KeyError, TypeError, ValueError, AttributeError) as exc:
                raise ValidationError.single(
                    "",
                    f"cannot be migrated from schema version {version} "
                    f"({type(exc).__name__}: {exc})",
                    MISSING,
                ) from None
            version += 1
        return data


_MIGRATIONS = _Migrations(current=SCHEMA_VERSION, steps={})
"""Version 1 is the first: no upgrades yet. Version N's upgrade goes in ``steps[N]``."""


def to_dict(obj: object) -> dict[str, Any]:
    """Turn a model object into plain data (dicts, lists, strings, integers, booleans).

    The result carries ``schema_version`` first, omits fields at their default, and
    round-trips through `from_dict` to an equal object.

    >>> from jpo_model import Money
    >>> to_dict(Money.of(4000, "USD"))
    {'schema_version': 1, 'amount': '4000.00', 'currency': 'USD'}
    """
    if not attrs.has(type(obj)):
        raise TypeError(f"to_dict takes a jpo_model object, not {type(obj).__name__}")
    data: dict[str, Any] = _converter.FAST.unstructure(obj, type(obj))
    return {"schema_version": SCHEMA_VERSION, **data}


def from_dict(
    data: object,
    cls: type[T],
    *,
    max_depth: int = MAX_DEPTH,
    unknown_keys: UnknownKeys = "reject",
) -> T:
    """Build a model object of type ``cls`` from plain data, validating everything.

    A missing ``schema_version`` means the current one; an older one is migrated, a newer
    one refused. Keys the model does not know are refused, unless ``unknown_keys`` is
    ``"ignore"`` (they are then dropped: what a reader of an extended document may want).
    Raises `ValidationError` naming every problem with its path and value.

    >>> from jpo_model import Money
    >>> from_dict({"amount": "12.50", "currency": "EUR"}, Money)
    Money(amount=Decimal('12.50'), currency='EUR')
    >>> from_dict({"amount": "12.50", "curency": "EUR"}, Money)
    Traceback (most recent call last):
    ...
    jpo_model.errors.ValidationError: currency: is required
    curency: is not a known key (did you mean 'currency'?) (got 'EUR')
    """
    if not _is_model_class(cls):
        raise TypeError(f"from_dict builds jpo_model objects, not {cls!r}")
    if type(data) is not dict:
        got = _converter.json_type_name(data)
        raise ValidationError.single(
            "", f"must be an object (a {cls.__name__} document), not {got}", data
        )
    model: type = cls  # a plain `type` is hashable for functools.cache
    if max_depth < _converter.document_depth(model):
        _check_depth(data, max_depth)
    body = _MIGRATIONS.upgrade(dict(data))
    fast, detailed = _converters(unknown_keys)
    try:
        result: T = fast.structure(body, cls)
    except Exception:  # noqa: BLE001 - the detailed pass below reports what went wrong
        # Only a failed document can be deeper than the class's own shape (a valid one
        # nests exactly as the class does), so the depth check costs nothing on the
        # common path.
        _check_depth(data, max_depth)
        result = _report(body, cls, detailed)
    return result


def _converters(unknown_keys: UnknownKeys) -> tuple[cattrs.Converter, cattrs.Converter]:
    if unknown_keys == "reject":
        return _converter.FAST, _converter.DETAILED
    if unknown_keys == "ignore":
        return _converter.lenient()
    raise ValueError(f"unknown_keys must be 'reject' or 'ignore', not {unknown_keys!r}")


def _is_model_class(cls: type) -> bool:
    return attrs.has(cls)


def _report(body: dict[str, Any], cls: type[T], detailed: cattrs.Converter) -> T:
    """Structure again with the detailed converter, to report every problem with its path."""
    try:
        result: T = detailed.structure(body, cls)
    except Exception as exc:  # noqa: BLE001 - translated into problems with paths
        raise ValidationError(_converter.details(exc, body, "")) from None
    return result  # pragma: no cover - only if the fast pass failed where the detailed did not


def _check_depth(data: object, limit: int) -> None:
    """Refuse data nested deeper than ``limit`` arrays and objects, without recursion."""
    stack: list[tuple[object, int]] = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        if depth > limit:
            raise _too_deep(limit)
        items = value.values() if isinstance(value, dict) else value
        if isinstance(items, Iterable):
            stack.extend((v, depth + 1) for v in items if type(v) in _CONTAINERS)


_CONTAINERS: Final = frozenset({dict, list, tuple})


def dumps(obj: object, *, format: Format = "json") -> str:  # noqa: A002 - the public name
    """Serialize a model object to JSON or TOML text (stable: the same object, the same text).

    JSON is indented by two spaces, keeps non-ASCII characters as they are, and ends with a
    newline.

    >>> from jpo_model import Money
    >>> print(dumps(Money.of(4000, "USD"), format="toml"), end="")
    schema_version = 1
    amount = "4000.00"
    currency = "USD"
    """
    data = to_dict(obj)
    if format == "json":
        return _encode_json(data)
    if format == "toml":
        return tomli_w.dumps(data)
    raise ValueError(f"unknown format {format!r}; use 'json' or 'toml'")


def _encode_json(data: dict[str, Any]) -> str:
    if _orjson is not None:
        try:
            encoded: bytes = _orjson.dumps(
                data, option=_orjson.OPT_INDENT_2 | _orjson.OPT_APPEND_NEWLINE
            )
        except _orjson.JSONEncodeError:  # e.g. an integer beyond 64 bits: the stdlib has no limit
            pass
        else:
            return encoded.decode()
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def loads(  # noqa: PLR0913 - keyword-only limits with documented defaults
    text: str | bytes,
    cls: type[T],
    *,
    format: Format = "json",  # noqa: A002 - the public name
    max_size: int = MAX_SIZE,
    max_depth: int = MAX_DEPTH,
    unknown_keys: UnknownKeys = "reject",
) -> T:
    """Parse JSON or TOML text into a model object of type ``cls``, validating everything.

    Text larger than ``max_size`` bytes (UTF-8) or nested deeper than ``max_depth`` is
    refused; malformed text, NaN and Infinity raise `ValidationError` like any bad value.
    ``unknown_keys`` is as for `from_dict`.

    >>> from jpo_model import Money
    >>> loads('{"amount": "4000.00", "currency": "USD"}', Money)
    Money(amount=Decimal('4000.00'), currency='USD')
    >>> loads('{"amount": NaN}', Money)
    Traceback (most recent call last):
    ...
    jpo_model.errors.ValidationError: <root>: is not valid JSON: NaN is not a number JSON allows
    """
    if format not in ("json", "toml"):
        raise ValueError(f"unknown format {format!r}; use 'json' or 'toml'")
    size = len(text) if isinstance(text, bytes) else len(text.encode("utf-8", "surrogatepass"))
    if size > max_size:
        raise ValidationError.single(
            "", f"is {size} bytes, larger than the {max_size} bytes allowed", MISSING
        )
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise ValidationError.single("", f"is not UTF-8 text: {exc.reason}", MISSING) from None
    if format == "toml":
        data = _parse_toml(text, max_depth)
        return from_dict(data, cls, max_depth=max_depth, unknown_keys=unknown_keys)
    if _orjson is not None:
        # The fast parser, for the common case of a valid document. It reads integers
        # beyond 64 bits as floats and refuses some text the standard parser takes, so
        # any failure is decided again on the standard parser's reading of the text.
        try:
            return from_dict(
                _orjson.loads(text), cls, max_depth=max_depth, unknown_keys=unknown_keys
            )
        except (_orjson.JSONDecodeError, ValidationError):
            pass
    data = _parse_json(text, max_depth)
    return from_dict(data, cls, max_depth=max_depth, unknown_keys=unknown_keys)


def _parse_json(text: str, max_depth: int) -> object:
    try:
        return json.loads(text, parse_constant=_refuse_constant)
    except RecursionError:
        raise _too_deep(max_depth) from None
    except ValueError as exc:  # malformed text, NaN, Infinity, an integer of too many digits
        raise ValidationError.single("", f"is not valid JSON: {exc}", MISSING) from None


def _parse_toml(text: str, max_depth: int) -> object:
    try:
        return tomllib.loads(text)
    except RecursionError:
        raise _too_deep(max_depth) from None
    except ValueError as exc:  # TOMLDecodeError, or an integer of too many digits
        raise ValidationError.single("", f"is not valid TOML: {exc}", MISSING) from None


def _too_deep(max_depth: int) -> ValidationError:
    return ValidationError.single("", f"nests deeper than {max_depth} levels", MISSING)


def _refuse_constant(name: str) -> object:
    raise ValueError(f"{name} is not a number JSON allows")


_FORMATS: Mapping[str, Format] = {".json": "json", ".toml": "toml"}


def _format_of(path: Path) -> Format:
    try:
        return _FORMATS[path.suffix.lower()]
    except KeyError:
        raise ValueError(f"cannot tell the format of {path.name}: use .json or .toml") from None


def dump(obj: object, path: str | os.PathLike[str]) -> None:
    """Write a model object to a .json or .toml file, atomically (all or nothing).

    The text goes to a temporary file in the same directory, flushed to disk, then renamed
    over the target: a failure never leaves a half-written file behind.
    """
    target = Path(path)
    text = dumps(obj, format=_format_of(target))
    write_atomically(target, text)


def write_atomically(target: Path, text: str) -> None:
    """Replace ``target`` with ``text`` (UTF-8) all at once, or leave it untouched."""
    fd, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        Path(temporary).replace(target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def load(
    path: str | os.PathLike[str],
    cls: type[T],
    *,
    max_size: int = MAX_SIZE,
    max_depth: int = MAX_DEPTH,
    unknown_keys: UnknownKeys = "reject",
) -> T:
    """Read a model object of type ``cls`` from a .json or .toml file, validating everything.

    A file larger than ``max_size`` bytes is refused without being read in full; the other
    options are as for `loads`.
    """
    source = Path(path)
    document_format = _format_of(source)
    with source.open("rb") as stream:
        text = stream.read(max_size + 1)
    if len(text) > max_size:
        raise ValidationError.single("", f"is larger than the {max_size} bytes allowed", MISSING)
    return loads(
        text,
        cls,
        format=document_format,
        max_size=max_size,
        max_depth=max_depth,
        unknown_keys=unknown_keys,
    )
