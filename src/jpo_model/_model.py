"""The base of every model class: validation at construction that reports every problem.

attrs stops at the first failing validator; a document with three mistakes should name all
three. So each field lists its checks in its metadata (``attrs.field(metadata=checks(...))``)
and the base class runs them all after ``__init__``, together with the class's own
cross-field invariants, raising one `ValidationError` with every problem and its path.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from decimal import Decimal
from typing import Any

import attrs

from jpo_model import _cldr
from jpo_model.errors import ErrorDetail, ValidationError

Check = Callable[[Any], Iterable[ErrorDetail]]
"""A check takes a field's value and yields problems with paths relative to the field."""

_CHECKS = "jpo_model.checks"


def checks(*fns: Check) -> Mapping[str, tuple[Check, ...]]:
    """Field metadata naming the checks run on the field's value at construction."""
    return {_CHECKS: fns}


class Model:
    """Mixin for attrs classes: runs every field check and `_invariants` after ``__init__``."""

    __slots__ = ()

    def __attrs_post_init__(self) -> None:
        problems = list(self._problems())
        if problems:
            raise ValidationError(problems)

    def _problems(self) -> Iterator[ErrorDetail]:
        cls: type = type(self)
        for name, fns in _plan(cls):
            value = getattr(self, name)
            for fn in fns:
                for problem in fn(value):
                    yield attrs.evolve(problem, path=_join(name, problem.path))
        yield from self._invariants()

    def _invariants(self) -> Iterator[ErrorDetail]:
        """Cross-field rules of the class; override to yield problems."""
        return iter(())


@functools.cache
def _plan(cls: type) -> tuple[tuple[str, tuple[Check, ...]], ...]:
    """The checked fields of a class, computed once per class."""
    return tuple((a.name, a.metadata[_CHECKS]) for a in attrs.fields(cls) if _CHECKS in a.metadata)


def _join(name: str, path: str) -> str:
    if not path:
        return name
    return name + path if path.startswith("[") else f"{name}.{path}"


def problem(message: str, value: object, path: str = "") -> ErrorDetail:
    """Build one problem (a shorthand used by checks and invariants)."""
    return ErrorDetail(path=path, message=message, value=value)


def _predicate(test: Callable[[Any], bool], message: str) -> Check:
    def check(value: Any) -> Iterator[ErrorDetail]:
        if value is not None and not test(value):
            yield problem(message, value)

    return check


def each(*fns: Check) -> Check:
    """Apply checks to every item of a tuple or frozenset, with the item's index in the path."""

    def check(value: Any) -> Iterator[ErrorDetail]:
        items = sorted(value) if isinstance(value, frozenset) else value
        for i, item in enumerate(items):
            for fn in fns:
                for p in fn(item):
                    yield attrs.evolve(p, path=f"[{i}]" + ("." + p.path if p.path else ""))

    return check


def text(value: Any) -> Iterator[ErrorDetail]:
    """Text must not be empty or only whitespace, nor carry surrounding whitespace."""
    if value is None:
        return
    if not value.strip():
        yield problem("must not be empty", value)
    elif value != value.strip():
        yield problem("must not start or end with whitespace", value)


def non_empty(value: Any) -> Iterator[ErrorDetail]:
    """A collection must hold at least one item."""
    if value is not None and len(value) == 0:
        yield problem("must not be empty", value)


def in_range(low: int | Decimal | None, high: int | Decimal | None) -> Check:
    """A number must lie between low and high, both inclusive (None: unbounded)."""
    if low is not None and high is not None:
        message = f"must be between {low} and {high}"
    elif low is not None:
        message = f"must be at least {low}"
    else:
        message = f"must be at most {high}"
    return _predicate(lambda v: _within(v, low, high), message)


def _within(value: Any, low: int | Decimal | None, high: int | Decimal | None) -> bool:
    # A NaN Decimal cannot be ordered (comparing it raises InvalidOperation);
    # `finite_decimal` reports it, so the range check lets it pass.
    if isinstance(value, Decimal) and not value.is_finite():
        return True
    return (low is None or value >= low) and (high is None or value <= high)


def finite_decimal(value: Any) -> Iterator[ErrorDetail]:
    """A Decimal must be a finite number (not NaN or Infinity)."""
    if value is not None and not value.is_finite():
        yield problem("must be a finite number", value)


country_code = _predicate(
    lambda v: v in _cldr.country_codes(), "is not an ISO 3166-1 alpha-2 country or territory code"
)
currency_code = _predicate(
    lambda v: v in _cldr.currency_codes(), "is not an ISO 4217 currency code"
)
time_zone = _predicate(lambda v: v in _cldr.time_zone_names(), "is not an IANA time zone name")

# BCP 47 language tags (RFC 5646), the common shape: language[-script][-region][-variant...].
_BCP47 = re.compile(
    r"^(?P<lang>[a-z]{2,3})(-[A-Z][a-z]{3})?(-(?:[A-Z]{2}|[0-9]{3}))?(-(?:[a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*$"
)


def _is_language_tag(value: str) -> bool:
    match = _BCP47.fullmatch(value)
    return match is not None and match["lang"] in _cldr.language_codes()


language_tag = _predicate(_is_language_tag, "is not a BCP 47 language tag with a known language")

_EMAIL = re.compile(r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")
email = _predicate(lambda v: _EMAIL.fullmatch(v) is not None, "is not an e-mail address")

_URL = re.compile(r"^https?://[A-Za-z0-9.-]+\.[A-Za-z]{2,}(:[0-9]+)?(/[^\s]*)?$")
url = _predicate(lambda v: _URL.fullmatch(v) is not None, "is not an http(s) URL")
