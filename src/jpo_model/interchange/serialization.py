"""Documents: lossless conversion between model objects and plain data (dicts, JSON, TOML).

Every public model type (any attrs class of the package) converts the same way: one
private cattrs converter does the work (see `jpo_model.interchange._converter` for the
representation), every document carries a ``schema_version``, and every problem in the
input becomes one `ValidationError` that lists each problem with its path and value.

Input is untrusted: a document larger than ``max_size`` bytes or nested deeper than
``max_depth`` arrays and objects is refused, and no input makes these functions raise
anything but `ValidationError` (malformed text, NaN, duplicate keys, lone surrogates,
integers of a million digits, 100,000 nested brackets included). A valid document is read
in one fast pass; only a failed one is read again, slowly, to name its problems, and that
second pass stops after ``max_errors`` of them: refusing a document costs about what
loading a valid one of its size costs, however much of it is wrong
(``benchmarks/bench_refusal.py`` measures it).

JSON output is indented by two spaces, keeps non-ASCII text as is and puts keys in field
order, so the same object always gives the same text. orjson, when installed, makes
writing faster; it is never required and never changes a result. JSON is read by the
standard parser, which (unlike orjson) lets an object that repeats a key be refused.
"""

from __future__ import annotations

import gc
import importlib
import json
import os
import secrets
import stat
import tomllib
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from types import ModuleType
from typing import Any, Final, Literal, TypeVar

import attrs
import cattrs
import tomli_w

from jpo_model import _model
from jpo_model.errors import MISSING, ErrorDetail, Step, ValidationError, json_pointer, path_of
from jpo_model.interchange import _converter

__all__ = [
    "MAX_DEPTH",
    "MAX_ERRORS",
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

MAX_ERRORS: Final = _converter.REPORTED
"""Default most problems a `ValidationError` of the loaders lists, before one entry that
counts the rest ("… and at least 5 more problems")."""

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


def from_dict(  # noqa: PLR0913 - keyword-only limits with documented defaults
    data: object,
    cls: type[T],
    *,
    max_size: int = MAX_SIZE,
    max_depth: int = MAX_DEPTH,
    max_errors: int = MAX_ERRORS,
    unknown_keys: UnknownKeys = "reject",
) -> T:
    """Build a model object of type ``cls`` from plain data, validating everything.

    A missing ``schema_version`` means the current one; an older one is migrated, a newer
    one refused. Keys the model does not know are refused, unless ``unknown_keys`` is
    ``"ignore"`` (they are then dropped: what a reader of an extended document may want).
    Raises `ValidationError` naming every problem with its path and value, up to
    ``max_errors`` of them. Data whose JSON text would be larger than ``max_size`` (counted
    in characters, on the data) or that nests deeper than ``max_depth`` is refused, as
    `loads` refuses such text.

    >>> from jpo_model import Money
    >>> from_dict({"amount": "12.50", "currency": "EUR"}, Money)
    Money(amount=Decimal('12.50'), currency='EUR')
    >>> from_dict({"amount": "12.50", "curency": "EUR"}, Money)
    Traceback (most recent call last):
    ...
    jpo_model.errors.ValidationError: currency: is required
    curency: is not a known key (did you mean 'currency'?) (got 'EUR')
    """
    _check_class(cls)
    _check_max_errors(max_errors)
    document = _document(data, cls)
    _check_size(document, max_size, max_depth)
    return _structure(
        document, cls, max_depth=None, max_errors=max_errors, unknown_keys=unknown_keys
    )


def _structure(
    data: dict[str, Any],
    cls: type[T],
    *,
    max_depth: int | None,
    max_errors: int,
    unknown_keys: UnknownKeys,
) -> T:
    """Structure a document; ``max_depth`` None: its depth was checked already."""
    model: type = cls  # a plain `type` is hashable for functools.cache
    if max_depth is not None and max_depth < _converter.document_depth(model):
        _check_depth(data, max_depth)
    body = _MIGRATIONS.upgrade(dict(data))
    fast = _converter_for(unknown_keys)
    # The first pass only asks whether the document is right: an object whose checks
    # fail does not make its problems (the report makes them, where the document has them).
    failing_fast = _model.FAIL_FAST.set(True)
    try:
        result: T = fast.structure(body, cls)
    except Exception as failure:  # noqa: BLE001 - the detailed pass below reports what went wrong
        # Only a failed document can be deeper than the class's own shape (a valid one
        # nests exactly as the class does), so the depth check costs nothing on the
        # common path.
        if max_depth is not None:
            _check_depth(data, max_depth)
        result = _converter.report(body, cls, fast, max_errors=max_errors, failure=failure)
    finally:
        _model.FAIL_FAST.reset(failing_fast)
    return result


def _converter_for(unknown_keys: UnknownKeys) -> cattrs.Converter:
    if unknown_keys == "reject":
        return _converter.FAST
    if unknown_keys == "ignore":
        return _converter.lenient()
    raise ValueError(f"unknown_keys must be 'reject' or 'ignore', not {unknown_keys!r}")


def _check_class(cls: type) -> None:
    if not attrs.has(cls):
        raise TypeError(f"from_dict builds jpo_model objects, not {cls!r}")


def _check_max_errors(max_errors: int) -> None:
    if type(max_errors) is not int or max_errors < 1:
        raise ValueError(f"max_errors must be a positive integer, not {max_errors!r}")


def _document(data: object, cls: type) -> dict[str, Any]:
    """The data as a document: an object, or the root's one problem."""
    if type(data) is not dict:
        got = _converter.json_type_name(data)
        raise ValidationError.single(
            "", f"must be an object (a {cls.__name__} document), not {got}", data
        )
    return data


def _check_depth(data: object, limit: int) -> None:
    """Refuse parsed text nested deeper than ``limit`` arrays and objects, without recursion.

    For data parsed from JSON or TOML only, where nothing but objects and arrays holds other
    values: then the values at each distance from the root are found by one call of
    `gc.get_referents` (the values of many objects and the items of many arrays, read in C;
    strings and numbers have none and are skipped in C too). A Python loop over 500,000
    nested arrays would cost more than parsing them. (`from_dict`'s data may hold any
    object, whose referents include its class: `_check_size` follows only objects, arrays
    and tuples, in Python.)
    """
    level: list[Any] = [data]
    for _ in range(limit):
        level = gc.get_referents(*level)
        if not level:
            return
    if not _CONTAINERS.isdisjoint(map(type, level)):  # a container at depth limit + 1
        raise _too_deep(limit)


def _check_size(data: dict[str, Any], max_size: int, max_depth: int) -> None:
    """Refuse data whose compact JSON text would exceed ``max_size`` characters, or too deep.

    An estimate, level by level, without recursion: strings count their characters,
    integers their digits, every other value four, and each member of an object its key,
    quotes, colon and comma. A value met twice (data built with shared references, as a
    YAML alias makes) counts twice, as its text would; the count stops as soon as it is
    over the limit, so that a thousand-fold nesting of shared lists costs no more.
    """
    size = 0
    level: list[Any] = [data]
    depth = 1
    while level:
        if depth > max_depth:
            raise _too_deep(max_depth)
        deeper: list[Any] = []
        for container in level:
            if type(container) is dict:
                size += 2 + 4 * len(container) + _keys_size(container)
                size += _values_size(container.values(), deeper)
            elif len(container) > _LONG and (counted := _scalars_size(container)) is not None:
                size += 2 + len(container) + counted
            else:
                size += 2 + len(container) + _values_size(container, deeper)
            if size > max_size:
                raise ValidationError.single(
                    "", f"is larger than the {max_size} bytes allowed (as JSON text)", MISSING
                )
        level = deeper
        depth += 1


def _values_size(values: Iterable[Any], deeper: list[Any]) -> int:
    """The size of the scalars among ``values``; the arrays and objects go to ``deeper``."""
    size = 0
    for value in values:
        kind = type(value)
        if kind is str:
            size += len(value)
        elif kind is dict or kind is list or kind is tuple:
            deeper.append(value)
        elif kind is int:
            size += 1 + value.bit_length() * 3 // 10  # log10(2) digits a bit
        else:
            size += 4
    return size


_LONG: Final = 64
"""Arrays longer than this are first tried as arrays of strings or of integers only."""


def _scalars_size(items: list[Any] | tuple[Any, ...]) -> int | None:
    """The size of an array of strings only, or integers only, counted in C (else None)."""
    kinds = set(map(type, items))
    if kinds == {str}:
        return sum(map(len, items))
    if kinds == {int}:
        return len(items) + sum(map(int.bit_length, items)) * 3 // 10
    return None


def _keys_size(obj: dict[Any, Any]) -> int:
    try:
        return sum(map(len, obj))
    except TypeError:  # a key that is not a string: only from_dict's callers make them
        return sum(len(k) if isinstance(k, str) else 4 for k in obj)


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
    max_errors: int = MAX_ERRORS,
    unknown_keys: UnknownKeys = "reject",
) -> T:
    """Parse JSON or TOML text into a model object of type ``cls``, validating everything.

    Text larger than ``max_size`` bytes (UTF-8) or nested deeper than ``max_depth`` is
    refused; malformed text, NaN and Infinity, and an object that names a key twice raise
    `ValidationError` like any bad value. ``max_errors`` and ``unknown_keys`` are as for
    `from_dict`.

    >>> from jpo_model import Money
    >>> loads('{"amount": "4000.00", "currency": "USD"}', Money)
    Money(amount=Decimal('4000.00'), currency='USD')
    >>> loads('{"amount": NaN}', Money)
    Traceback (most recent call last):
    ...
    jpo_model.errors.ValidationError: <root>: is not valid JSON: NaN is not a number JSON allows
    >>> loads('{"amount": "1.00", "amount": "2.00", "currency": "USD"}', Money)
    Traceback (most recent call last):
    ...
    jpo_model.errors.ValidationError: amount: is repeated (an object names each key once)
    """
    if format not in ("json", "toml"):
        raise ValueError(f"unknown format {format!r}; use 'json' or 'toml'")
    _check_class(cls)
    _check_max_errors(max_errors)
    if not isinstance(text, str | bytes):
        raise TypeError(f"loads reads str or bytes, not {type(text).__name__}")
    if isinstance(text, bytes) or text.isascii():  # isascii() reads a flag: no encoding
        size = len(text)
    else:
        size = len(text.encode("utf-8", "surrogatepass"))
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
    else:
        data = _parse_json(text, max_depth, max_errors)
    document = _document(data, cls)
    return _structure(
        document, cls, max_depth=max_depth, max_errors=max_errors, unknown_keys=unknown_keys
    )


class _RepeatedKeys(dict[str, Any]):
    """A JSON object that names some keys more than once (each keeps its last value)."""

    __slots__ = ("repeated",)
    repeated: tuple[str, ...]


class _RepeatedKeyError(Exception):
    """Raised by the fast parse at the first object that names a key twice."""


def _unique_or_raise(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    obj = dict(pairs)
    if len(obj) < len(pairs):
        raise _RepeatedKeyError
    return obj


def _refuse_constant(name: str) -> object:
    raise ValueError(f"{name} is not a number JSON allows")


# One decoder for every call: `json.loads` with options builds a new one (and its scanner)
# each time, which costs as much as parsing a small post. Its hooks keep no state.
_FAST_JSON: Final = json.JSONDecoder(
    object_pairs_hook=_unique_or_raise, parse_constant=_refuse_constant
)


def _parse_json(text: str, max_depth: int, max_errors: int) -> object:
    """Parse JSON text, refusing NaN, Infinity and objects that repeat a key (RFC 8259 §4).

    Text is parsed once by a decoder that stops at the first repeated key; only such text is
    parsed again, marking every object that repeats a key, to report them all.
    """
    if text.startswith("\ufeff"):  # what `json.loads` refuses before parsing
        error = json.JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", text, 0)
        raise ValidationError.single("", f"is not valid JSON: {error}", MISSING)
    try:
        return _decode(_FAST_JSON, text, max_depth)
    except _RepeatedKeyError:
        pass
    repeating: list[_RepeatedKeys] = []

    def unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        obj = dict(pairs)
        if len(obj) < len(pairs):  # rare: only then are the keys looked at one by one
            marked = _RepeatedKeys(obj)
            marked.repeated = _repeats(key for key, _ in pairs)
            repeating.append(marked)
            return marked
        return obj

    decoder = json.JSONDecoder(object_pairs_hook=unique_keys, parse_constant=_refuse_constant)
    data = _decode(decoder, text, max_depth)
    if repeating:  # (the search follows the data no deeper than the parser went)
        raise ValidationError.capped(list(_repeated_keys(data)), max_errors)
    return data  # pragma: no cover - the first parse found a repeated key


def _decode(decoder: json.JSONDecoder, text: str, max_depth: int) -> object:
    try:
        return decoder.decode(text)
    except RecursionError:
        raise _too_deep(max_depth) from None
    except ValueError as exc:  # malformed text, NaN, Infinity, an integer of too many digits
        raise ValidationError.single("", f"is not valid JSON: {exc}", MISSING) from None


def _repeats(keys: Iterable[str]) -> tuple[str, ...]:
    """The keys that come more than once, in the order of their second coming."""
    seen: set[str] = set()
    repeated: dict[str, None] = {}
    for key in keys:
        if key in seen:
            repeated[key] = None
        seen.add(key)
    return tuple(repeated)


def _repeated_keys(data: object) -> Iterator[ErrorDetail]:
    """Each repeated key of the objects in ``data``, in document order."""
    stack: list[tuple[object, tuple[Step, ...]]] = [(data, ())]
    while stack:
        value, steps = stack.pop()
        children: Iterable[tuple[Step, object]] = ()
        if isinstance(value, dict):
            for key in value.repeated if isinstance(value, _RepeatedKeys) else ():
                where = (*steps, key)
                yield ErrorDetail(
                    path=path_of(where),
                    message="is repeated (an object names each key once)",
                    value=MISSING,
                    pointer=json_pointer(where),
                )
            children = value.items()
        elif isinstance(value, list):
            children = enumerate(value)
        nested = [
            (v, (*steps, k)) for k, v in children if type(v) in _CONTAINERS or isinstance(v, dict)
        ]
        stack.extend(reversed(nested))


def _parse_toml(text: str, max_depth: int) -> object:
    # tomllib refuses a key defined twice itself ("Cannot overwrite a value", with the line).
    try:
        return tomllib.loads(text)
    except RecursionError:
        raise _too_deep(max_depth) from None
    except ValueError as exc:  # TOMLDecodeError, or an integer of too many digits
        raise ValidationError.single("", f"is not valid TOML: {exc}", MISSING) from None


def _too_deep(max_depth: int) -> ValidationError:
    return ValidationError.single("", f"nests deeper than {max_depth} levels", MISSING)


_FORMATS: Mapping[str, Format] = {".json": "json", ".toml": "toml"}


def _format_of(path: Path) -> Format:
    try:
        return _FORMATS[path.suffix.lower()]
    except KeyError:
        raise ValueError(f"cannot tell the format of {path.name}: use .json or .toml") from None


def dump(obj: object, path: str | os.PathLike[str]) -> None:
    """Write a model object to a .json or .toml file, atomically (all or nothing).

    The text goes to a temporary file in the same directory, flushed to disk, then renamed
    over the target: a failure never leaves a half-written file behind. The file gets the
    mode a plain ``open()`` would give it (``0o666`` less the umask), or keeps the mode of the
    file it replaces; an error names ``path``, never the temporary file.
    """
    target = Path(path)
    text = dumps(obj, format=_format_of(target))
    write_atomically(target, text)


def write_atomically(target: Path, text: str) -> None:
    """Replace ``target`` with ``text`` (UTF-8) all at once, or leave it untouched.

    Modes and errors are as for `dump`.
    """
    try:
        _replace(target, text)
    except OSError as exc:
        raise _naming(exc, target) from None


def _replace(target: Path, text: str) -> None:
    try:
        mode: int | None = stat.S_IMODE(target.stat().st_mode)
    except FileNotFoundError:
        mode = None  # a new file: os.open below applies the umask, as open() does
    temporary, fd = _create_temporary(target)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as stream:
            if mode is not None:
                temporary.chmod(mode)
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        temporary.replace(target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def _create_temporary(target: Path) -> tuple[Path, int]:
    """A new file next to ``target``, created with mode 0o666 (less the umask) like open()."""
    # tempfile.mkstemp would create it 0o600 whatever the umask.
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    while True:
        candidate = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
        try:
            return candidate, os.open(candidate, flags, 0o666)
        except FileExistsError:  # pragma: no cover - 2**32 names: a clash is a curiosity
            continue


def _naming(exc: OSError, target: Path) -> OSError:
    """The same error, naming the target instead of the temporary file."""
    if exc.errno is None:
        return OSError(f"cannot write {target}: {exc}")
    return OSError(exc.errno, exc.strerror, str(target))


def load(  # noqa: PLR0913 - keyword-only limits with documented defaults
    path: str | os.PathLike[str],
    cls: type[T],
    *,
    max_size: int = MAX_SIZE,
    max_depth: int = MAX_DEPTH,
    max_errors: int = MAX_ERRORS,
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
        max_errors=max_errors,
        unknown_keys=unknown_keys,
    )
