"""The base of every model class: validation at construction that reports every problem.

attrs stops at the first failing validator; a document with three mistakes should name all
three. So each field lists its checks in its metadata (``attrs.field(metadata=checks(...))``)
and the base class runs them all after ``__init__``, together with the class's own
cross-field invariants, raising one `ValidationError` with every problem and its path.
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
import heapq
import re
import types
import typing
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from decimal import Decimal
from typing import Any

import attrs

from jpo_model import _code_lists
from jpo_model.errors import ErrorDetail, JpoModelError, ValidationError, key_step, problem_at

Check = Callable[[Any], Iterable[ErrorDetail]]
"""A check takes a field's value and yields problems with paths relative to the field."""

_CHECKS = "jpo_model.checks"

_REPORTED = 100
"""The most problems a constructor lists, before one entry counting the rest (as `loads`)."""


def checks(*fns: Check) -> Mapping[str, tuple[Check, ...]]:
    """Field metadata naming the checks run on the field's value at construction."""
    return {_CHECKS: fns}


def checks_of(metadata: Mapping[str, Any]) -> tuple[Check, ...]:
    """The checks a field's metadata names (none if it names none)."""
    found: tuple[Check, ...] = metadata.get(_CHECKS, ())
    return found


class ChecksFailedError(JpoModelError):
    """A model object's checks failed, where a loader asked only whether they pass.

    Raised instead of `ValidationError` while `FAIL_FAST` is set, by an object that holds
    a set: a loader's first pass needs to know that a document is wrong, and its report
    asks again, with the document at hand (`listed_as`), for the problems, each where the
    document has it (naming them at once would sort each set). An object without sets
    makes its problems at once: the report takes them as they are.
    """


FAIL_FAST: contextvars.ContextVar[bool] = contextvars.ContextVar("fail_fast", default=False)
"""While true, a model object whose checks fail raises `ChecksFailedError`, its problems
unmade (set by the loaders around a document's first pass: ``token = FAIL_FAST.set(True)``)."""
_LISTED: contextvars.ContextVar[Mapping[int, tuple[frozenset[Any], Sequence[Any]]]] = (
    contextvars.ContextVar("listed", default=types.MappingProxyType({}))
)


@contextlib.contextmanager
def listed_as(orders: Mapping[int, tuple[frozenset[Any], Sequence[Any]]]) -> Iterator[None]:
    """Within: problems are made, each set of ``orders`` numbered as a document listed it.

    `FAIL_FAST` is unset; the items of each set in ``orders`` (by id: the set, and its items
    in the order a document listed them) are numbered in the document's order, so that no
    set is sorted to name its problems (see `ordered`).
    """
    fast, listed = FAIL_FAST.set(False), _LISTED.set(orders)
    try:
        yield
    finally:
        _LISTED.reset(listed)
        FAIL_FAST.reset(fast)


@functools.cache
def holds_sets(cls: type) -> bool:
    """Whether a field of ``cls`` holds a set: its checks fail fast (`ChecksFailedError`)."""
    hints = typing.get_type_hints(cls)
    return any(
        typing.get_origin(u) is frozenset for t in hints.values() for u in (t, *typing.get_args(t))
    )


class Model:
    """Mixin for attrs classes: runs every field check and `_invariants` after ``__init__``."""

    __slots__ = ()

    def __attrs_post_init__(self) -> None:
        cls: type = type(self)  # a plain `type` is hashable for functools.cache
        if _passes(cls)(self):
            return
        if FAIL_FAST.get() and holds_sets(cls):  # a loader asks again, with the document
            raise ChecksFailedError
        # Read lazily: a field of a million bad items costs no more than _REPORTED of them.
        error = ValidationError.capped(self._problems(), _REPORTED)
        if error.errors:
            raise error

    def _problems(self) -> Iterator[ErrorDetail]:
        cls: type = type(self)
        for name, fn, test, explain, path in _tests(cls):
            value = getattr(self, name)
            if test is None or not test(value):  # most checks pass: no generator for them
                if explain is not None and value is not None:  # one problem, in one step
                    yield problem_at(path, explain(value), value, steps=(name,))
                else:
                    yield from _check_problems(name, value, fn)
        yield from self._invariants()

    def _invariants(self) -> Iterator[ErrorDetail]:
        """Cross-field rules of the class; override to yield problems."""
        return iter(())


def field_problems(name: str, value: object, fns: Iterable[Check]) -> Iterator[ErrorDetail]:
    """The problems the checks ``fns`` find in the value of the field ``name``, at their paths."""
    for fn in fns:
        if not isinstance(fn, _FastCheck) or not fn.passes(value):
            yield from _check_problems(name, value, fn)


def _check_problems(name: str, value: Any, fn: Check) -> Iterator[ErrorDetail]:
    # A report of a hundred bad items is mostly the making of its problems: the items of an
    # `each` check are tested cheaply and placed under the field in one step, not two.
    fast = fn if isinstance(fn, _FastCheck) else None
    items = fast.items if fast is not None else ()
    if not items:
        if fast is not None and fast.explain is not None and value is not None:  # one problem
            yield ErrorDetail.at_steps((name,), fast.explain(value), value)
            return
        for problem in fn(value):
            yield problem.under(name)
        return
    tests = [_test_of(item_fn) for item_fn in items]
    explains = [f.explain if isinstance(f, _FastCheck) else None for f in items]
    field = key_step(name)
    checks = list(zip(items, tests, explains, strict=True))
    for i, item in enumerate(ordered(value)):
        for item_fn, test, explain in checks:  # (one, mostly)
            if test(item):
                continue
            if explain is not None and item is not None:
                yield problem_at(f"{field}[{i}]", explain(item), item, steps=(name, i))
            else:
                for problem in item_fn(item):
                    yield problem.under(name, i)


_Test = tuple[str, Check, Callable[[Any], bool] | None, Callable[[Any], str] | None, str]


@functools.cache
def _tests(cls: type) -> tuple[_Test, ...]:
    """Each check of a class, with what finding its problems needs.

    The field, the check, its cheap test (None: it has none), the message of its one
    problem (`_FastCheck.explain`, for a check of the value itself) and the field's path.
    """
    return tuple(
        (
            name,
            fn,
            fn.passes if isinstance(fn, _FastCheck) else None,
            fn.explain if isinstance(fn, _FastCheck) and not fn.items else None,
            key_step(name),
        )
        for name, fns in _plan(cls)
        for fn in fns
    )


@functools.cache
def _plan(cls: type) -> tuple[tuple[str, tuple[Check, ...]], ...]:
    """The checked fields of a class, computed once per class."""
    return tuple((a.name, a.metadata[_CHECKS]) for a in attrs.fields(cls) if _CHECKS in a.metadata)


@attrs.frozen
class _FastCheck:
    """A check with a cheap yes/no test: a valid value costs one call, not a generator.

    Construction is the hot path of loading documents; problems are collected (by calling
    the check) only once some test has failed.
    """

    passes: Callable[[Any], bool]
    report: Check
    bounds: tuple[int | Decimal | None, int | Decimal | None] | None = None
    """For a range check: the inclusive bounds (read by the JSON Schema generator)."""
    items: tuple[Check, ...] = ()
    """For a check applied to every item: the item checks (read by the JSON Schema generator)."""
    test: Callable[[Any], bool] | None = None
    """For a check of one condition: the condition on a value that is not None (`_passes`
    calls it directly, one call instead of two)."""
    codes: Callable[[], frozenset[str]] | None = None
    """For a code-list check: the list (`_passes` tests membership inline, and a whole
    collection of codes with one subset test in C)."""
    explain: Callable[[Any], str] | None = None
    """For a check that finds at most one problem in a value: the message for a value (not
    None) that fails ``passes``. The problem is then made in one step, without `report`."""

    def __call__(self, value: Any) -> Iterable[ErrorDetail]:
        return self.report(value)


def _test_of(fn: Check) -> Callable[[Any], bool]:
    if isinstance(fn, _FastCheck):
        return fn.passes
    return lambda value: next(iter(fn(value)), None) is None


@functools.cache
def _passes(cls: type) -> Callable[[Any], bool]:
    """A function telling whether an object of ``cls`` has no problem at all, built once.

    The fast path of validation, generated as straight-line code (one test per checked
    field, the common checks written inline) because it runs for every object loaded.
    """
    return _generated_test(cls, of_values=False)


@functools.cache
def fields_pass(cls: type) -> Callable[[Mapping[str, Any]], bool]:
    """A function telling whether field values of ``cls``, by field name, pass their checks.

    `_passes` for a mapping of some of the fields (those not in it are not tested) and
    without the class's invariants: for a loader's report, which knows the fields of an
    object it could not build that are right, and must find their checks' problems.
    """
    return _generated_test(cls, of_values=True)


def _generated_test(cls: type, *, of_values: bool) -> Callable[[Any], bool]:
    namespace: dict[str, Any] = {"surrogate": _SURROGATE.search}
    lines = ["def passes(self):"]
    for i, (name, fns) in enumerate(_plan(cls)):
        if of_values:
            lines.append(f"    if {name!r} in self:")
            lines.append(f"        v = self[{name!r}]")
        else:
            lines.append(f"    v = self.{name}")
        start = len(lines)
        _check_lines(i, fns, lines, namespace)
        if of_values:
            lines[start:] = ["    " + line for line in lines[start:]]
    if not of_values and any("_invariants" in vars(k) for k in cls.__mro__ if k is not Model):
        lines.append("    return next(iter(self._invariants()), None) is None")
    else:
        lines.append("    return True")
    exec("\n".join(lines), namespace)  # noqa: S102 - code built from the class's own field names
    passes: Callable[[Any], bool] = namespace["passes"]
    return passes


def _check_lines(i: int, fns: Iterable[Check], lines: list[str], namespace: dict[str, Any]) -> None:
    """The lines of `_generated_test` that test ``v``, the value of the ``i``-th checked field."""
    for j, fn in enumerate(fns):
        inline = _inline(fn)
        items = fn.items if isinstance(fn, _FastCheck) else ()
        item = items[0] if len(items) == 1 else None
        if inline is not None:
            lines.append(f"    if v is not None and {inline.format(v='v')}: return False")
        elif (failing := _failing(fn, f"c_{i}_{j}", namespace)) is not None:
            lines.append(f"    if v is not None and {failing.format(v='v')}: return False")
        elif item is not None and (inline := _inline(item)) is not None:
            lines.append("    for x in v or ():")
            lines.append(f"        if {inline.format(v='x')}: return False")
        elif isinstance(item, _FastCheck) and item.codes is not None:
            # One subset test in C for the whole collection. (A None item, which the
            # item check lets pass, fails it: the full check then finds no problem.)
            namespace[f"c_{i}_{j}"] = item.codes()
            lines.append(f"    if not c_{i}_{j}.issuperset(v): return False")
        elif item is not None and (failing := _failing(item, f"c_{i}_{j}", namespace)):
            lines.append("    for x in v:")
            lines.append(f"        if x is not None and {failing.format(v='x')}: return False")
        elif not isinstance(fn, _FastCheck):  # as `_test_of`, without its call
            namespace[f"test_{i}_{j}"] = fn
            lines.append(f"    if next(iter(test_{i}_{j}(v)), None) is not None: return False")
        else:
            namespace[f"test_{i}_{j}"] = _test_of(fn)
            lines.append(f"    if not test_{i}_{j}(v): return False")


def _failing(fn: Check, name: str, namespace: dict[str, Any]) -> str | None:
    """The failing condition of a one-condition check on a value ``{v}`` that is not None.

    What it reads is put in ``namespace`` under ``name``; None if the check has no such
    condition.
    """
    if not isinstance(fn, _FastCheck):
        return None
    if fn.codes is not None:
        namespace[name] = fn.codes()
        return f"{{v}} not in {name}"
    if fn.test is not None and fn.bounds is not None:  # an integer compared inline
        low, high = fn.bounds
        namespace[name], namespace[f"{name}_low"], namespace[f"{name}_high"] = fn.test, low, high
        within = " and ".join(
            [f"{{v}} >= {name}_low"] * (low is not None)
            + [f"{{v}} <= {name}_high"] * (high is not None)
        )
        return f"(not ({within}) if type({{v}}) is int else not {name}({{v}}))"
    if fn.test is not None:
        namespace[name] = fn.test
        return f"not {name}({{v}})"
    return None


def problem(message: str, value: object, path: str = "") -> ErrorDetail:
    """Build one problem (a shorthand used by checks and invariants)."""
    return problem_at(path, message, value)


def _predicate(
    test: Callable[[Any], bool],
    message: str,
    *,
    bounds: tuple[int | Decimal | None, int | Decimal | None] | None = None,
    codes: Callable[[], frozenset[str]] | None = None,
) -> Check:
    def check(value: Any) -> Iterator[ErrorDetail]:
        if value is not None and not test(value):
            yield problem(message, value)

    return _FastCheck(
        passes=lambda value: value is None or test(value),
        report=check,
        bounds=bounds,
        test=test,
        codes=codes,
        explain=lambda _: message,
    )


def ordered(items: Collection[Any]) -> Sequence[Any]:
    """The items of a tuple in order, or of a frozenset sorted: the order `each` numbers them in.

    A set has no order of its own; a loader that knows the order a document listed the items
    in renumbers problems with it (see `jpo_model.interchange._converter`), or numbers them
    in its order from the start (`listed_as`). A large set is sorted only as far as it is
    read (`_SortedAsRead`): a report stops after a hundred problems, and a set of a million
    bad items would otherwise be sorted whole to name them.
    """
    if not isinstance(items, frozenset):
        return tuple(items)
    listed = _LISTED.get().get(id(items))
    if listed is not None and listed[0] is items:
        return listed[1]
    return _SortedAsRead(items) if len(items) > _SORTED_WHOLE else sorted(items)


_SORTED_WHOLE = 1024
"""The largest set `ordered` sorts at once (sorting it costs less than a heap's pops)."""


class _SortedAsRead(Sequence[Any]):
    """The items of a set in sorted order, sorted as far as they have been read.

    A binary heap of the items (built in linear time) gives up the next smallest item
    in logarithmic time: reading the first k of n items costs O(n + k log n), not the
    O(n log n) of sorting them all. The same order as `sorted` for items that are totally
    ordered (a set holds no two equal items).

    >>> items = _SortedAsRead(frozenset(range(5000, 0, -1)))
    >>> items[0], items[2], len(items)
    (1, 3, 5000)
    """

    __slots__ = ("_heap", "_read")

    def __init__(self, items: Iterable[Any]) -> None:
        self._heap = list(items)
        heapq.heapify(self._heap)
        self._read: list[Any] = []

    def __len__(self) -> int:
        return len(self._read) + len(self._heap)

    def __getitem__(self, index: int) -> Any:  # type: ignore[override]  # (no slices)
        if not 0 <= index < len(self):
            raise IndexError(index)
        read, heap = self._read, self._heap
        while len(read) <= index:
            read.append(heapq.heappop(heap))
        return read[index]

    def __iter__(self) -> Iterator[Any]:
        index = 0
        while index < len(self):  # by index: another reader may sort further meanwhile
            yield self[index]
            index += 1


def each(*fns: Check) -> Check:
    """Apply checks to every item of a tuple or frozenset, with the item's index in the path."""

    def check(value: Any) -> Iterator[ErrorDetail]:
        for i, item in enumerate(ordered(value)):
            for fn in fns:
                for p in fn(item):
                    yield p.at(f"[{i}]")

    tests = tuple(_test_of(fn) for fn in fns)
    if len(tests) == 1:  # (mostly): the items are walked in C
        [test] = tests
        return _FastCheck(passes=lambda value: all(map(test, value)), report=check, items=fns)
    return _FastCheck(
        passes=lambda value: all(test(item) for item in value for test in tests),
        report=check,
        items=fns,
    )


# Code points no UTF-8 text can hold: a str may carry them (a JSON "\ud800" escape, a
# filename decoded with surrogateescape) but nothing can write them out (RFC 3629 §3).
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def _unwritable(value: str) -> bool:
    # isascii() reads a flag: only non-ASCII text is searched.
    return not value.isascii() and _SURROGATE.search(value) is not None


def _text(value: Any) -> Iterator[ErrorDetail]:
    if value is not None and (message := _text_problem(value)) is not None:
        yield problem(message, value)


def _text_problem(value: str) -> str | None:
    if not value.strip():
        return "must not be empty"
    if value != value.strip():
        return "must not start or end with whitespace"
    if _unwritable(value):
        return "must be text that UTF-8 can encode (it holds a lone surrogate)"
    return None


text = _FastCheck(
    passes=lambda value: (
        value is None
        or (
            value != ""
            and value == value.strip()
            and (value.isascii() or _SURROGATE.search(value) is None)
        )
    ),
    report=_text,
    explain=lambda value: _text_problem(value) or "is not text",
)
"""Text must not be empty or only whitespace, nor carry surrounding whitespace, and must be
writable as UTF-8 (a lone surrogate, U+D800 to U+DFFF, is not)."""


def _non_empty(value: Any) -> Iterator[ErrorDetail]:
    if value is not None and len(value) == 0:
        yield problem("must not be empty", value)


non_empty = _FastCheck(passes=lambda value: value is None or len(value) > 0, report=_non_empty)
"""A collection must hold at least one item."""

# The failing condition of common checks on a value ``{v}`` that is not None, written
# inline by `_passes`.
_INLINE = (
    (text, "({v} == '' or {v} != {v}.strip() or not {v}.isascii() and surrogate({v}))"),
    (non_empty, "not {v}"),
)


def _inline(fn: Check) -> str | None:
    return next((template for check, template in _INLINE if check is fn), None)


MOST_YEARS = 100
"""The most years a count of years in the model may state (years of experience, of an
allowance's cover): a working life and more. Bounding counts keeps every date computed from
them (an assignment's end, an experience window) inside the calendar's years 1 to 9999."""
MOST_MONTHS = 12 * MOST_YEARS
"""The most months a count of months may state (an appointment, an extension, a ceiling of
experience, military service): a hundred years, as `MOST_YEARS`."""
MOST_DAYS = 36_525
"""The most days a count of days may state: a hundred years, as `MOST_YEARS`."""


def in_range(low: int | Decimal | None, high: int | Decimal | None) -> Check:
    """A number must lie between low and high, both inclusive (None: unbounded)."""
    if low is not None and high is not None:
        message = f"must be between {low} and {high}"
    elif low is not None:
        message = f"must be at least {low}"
    else:
        message = f"must be at most {high}"
    return _predicate(lambda v: _within(v, low, high), message, bounds=(low, high))


def _within(value: Any, low: int | Decimal | None, high: int | Decimal | None) -> bool:
    # A NaN Decimal cannot be ordered (comparing it raises InvalidOperation);
    # `finite_decimal` reports it, so the range check lets it pass.
    if isinstance(value, Decimal) and not value.is_finite():
        return True
    return (low is None or value >= low) and (high is None or value <= high)


def _finite_decimal(value: Any) -> Iterator[ErrorDetail]:
    if value is not None and not value.is_finite():
        yield problem("must be a finite number", value)


finite_decimal = _FastCheck(
    passes=lambda value: value is None or value.is_finite(), report=_finite_decimal
)
"""A Decimal must be a finite number (not NaN or Infinity)."""


country_code = _predicate(
    lambda v: v in _code_lists.country_codes(),
    "is not an ISO 3166-1 alpha-2 country or territory code",
    codes=_code_lists.country_codes,
)
currency_code = _predicate(
    lambda v: v in _code_lists.currency_codes(),
    "is not an ISO 4217 currency code",
    codes=_code_lists.currency_codes,
)
time_zone = _predicate(
    lambda v: v in _code_lists.time_zone_names(),
    "is not an IANA time zone name",
    codes=_code_lists.time_zone_names,
)

# BCP 47 language tags (RFC 5646), the common shape: language[-script][-region][-variant...].
_BCP47 = re.compile(
    r"^(?P<lang>[a-z]{2,3})(-[A-Z][a-z]{3})?(-(?:[A-Z]{2}|[0-9]{3}))?(-(?:[a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*$"
)


@functools.lru_cache(maxsize=2048)  # a document names a few languages, often many times
def _is_language_tag(value: str) -> bool:
    match = _BCP47.fullmatch(value)
    return match is not None and match["lang"] in _code_lists.language_codes()


language_tag = _predicate(_is_language_tag, "is not a BCP 47 language tag with a known language")

_EMAIL = re.compile(r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")
email = _predicate(lambda v: _EMAIL.fullmatch(v) is not None, "is not an e-mail address")

_URL = re.compile(r"^https?://[A-Za-z0-9.-]+\.[A-Za-z]{2,}(:[0-9]+)?(/[^\s]*)?$")
url = _predicate(lambda v: _URL.fullmatch(v) is not None, "is not an http(s) URL")
