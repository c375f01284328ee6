"""The exceptions jpo_model raises: one root, each also a builtin a caller would catch.

Business outcomes (an ineligible candidate, an overspent budget) are values, never
exceptions; these are raised only for invalid data or misuse of the API.
"""

from __future__ import annotations

import enum
import itertools
import json
import math
import re
import reprlib
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import TypeAlias

import attrs

__all__ = [
    "MISSING",
    "CurrencyMismatchError",
    "DeadlineError",
    "ErrorDetail",
    "FloatAmountError",
    "JpoModelError",
    "Step",
    "UnknownDonorError",
    "UnknownExampleError",
    "ValidationError",
    "join_path",
    "json_pointer",
    "key_step",
    "path_of",
    "path_steps",
    "problem_at",
]


class JpoModelError(Exception):
    """The root of every exception raised by jpo_model."""


class _Missing(enum.Enum):
    MISSING = "missing"

    def __repr__(self) -> str:
        return "MISSING"


MISSING = _Missing.MISSING
"""The `ErrorDetail.value` of a required key that is absent (``None`` would be a JSON null)."""

Step: TypeAlias = str | int
"""One step of a path: a key of an object, or an index into an array."""


class _BoundedRepr(reprlib.Repr):
    """reprlib's bounded repr, which also shows integers too long to write in decimal."""

    def repr_int(self, x: int, level: int) -> str:
        try:
            return super().repr_int(x, level)
        except ValueError:  # more digits than sys.get_int_max_str_digits() lets repr write
            return _long_integer(x)


# Offending values come from untrusted input: bound what an error message prints, so that a
# huge or deeply nested value never produces a huge message or a RecursionError.
_REPR = _BoundedRepr()
_REPR.maxlevel = 3
_REPR.maxstring = _REPR.maxother = 120
_REPR.maxlist = _REPR.maxtuple = _REPR.maxdict = _REPR.maxset = _REPR.maxfrozenset = 8
_REPR.maxlong = 60
_MAX_SHOWN = 240
# Finding an integer's leading digits takes a power of ten as long as the integer: fast up
# to ~60,000 digits (a few milliseconds); beyond, only the number of digits is shown.
_HEAD_BITS = 200_000


def _long_integer(x: int) -> str:
    """An integer too long for repr: its sign, first 20 digits and number of digits."""
    magnitude = abs(x)
    sign = "-" if x < 0 else ""
    bits = magnitude.bit_length()
    digits = int((bits - 1) * math.log10(2)) + 1  # exact, or one too few
    if bits > _HEAD_BITS:
        return f"<{sign}an integer of about {digits} digits>"
    power = 10**digits
    if magnitude >= power:
        digits += 1
    else:
        power //= 10
    head = magnitude // (power // 10**19)  # power is now 10 ** (digits - 1)
    return f"{sign}{head}...<{digits} digits>"


def _shown(value: object) -> str:
    shown = _REPR.repr(value)
    if len(shown) > _MAX_SHOWN:
        shown = shown[: _MAX_SHOWN - 3] + "..."
    return shown


@attrs.frozen(kw_only=True)
class ErrorDetail:
    """One problem found in input data: where it is, what is wrong, and the offending value.

    The `path` is for people, the `pointer` for programs: both name the same place, and
    both keep the document's own positions (an index into an array is the one the document
    used, even for a field whose items form a set).
    """

    path: str
    """Where the value is, e.g. ``qualifications.languages[0].level``; empty for the root.

    Keys are joined with dots and indices follow in brackets; a key that a dot would make
    ambiguous (one holding ``.``, ``[``, ``]``, quotes, backslashes or blanks, or an empty
    key) is written quoted in brackets as a JSON string: ``organisation.units[1]["a.b"]``,
    ``[""]``.
    """
    message: str
    """What is wrong, in plain language."""
    value: object = attrs.field(default=None, repr=_shown)
    """The offending value as received (`MISSING` when a required key is absent)."""
    _pointer: str | None = attrs.field(default=None, eq=False, repr=False)
    _steps: tuple[Step, ...] | None = attrs.field(default=None, init=False, eq=False, repr=False)

    def __str__(self) -> str:
        where = self.path or "<root>"
        if self.value is MISSING:
            return f"{where}: {self.message}"
        return f"{where}: {self.message} (got {self.shown_value})"

    @property
    def shown_value(self) -> str:
        """The offending value as `str` prints it: its repr, bounded in depth and length."""
        return _shown(self.value)

    @property
    def pointer(self) -> str:
        """An RFC 6901 JSON Pointer to the value, e.g. ``/qualifications/languages/0/level``.

        For a problem found in a loaded document, it always resolves in the document as it
        was received: a required key that is absent points at the object that lacks it, and a
        rule that names a field the document leaves at its default points at the object that
        holds it. Otherwise it is the `path` written as a pointer.

        >>> ErrorDetail(path='units[1]["a/b"]', message="is not a known key").pointer
        '/units/1/a~1b'
        """
        if self._pointer is not None:
            return self._pointer
        return json_pointer(path_steps(self.path))

    @property
    def steps(self) -> tuple[Step, ...]:
        """The keys and indices that `path` names, e.g. ``('languages', 0, 'level')``.

        >>> ErrorDetail(path='units[1]["a.b"]', message="is not a known key").steps
        ('units', 1, 'a.b')
        """
        if self._steps is None:  # read from the path once, when first asked for
            object.__setattr__(self, "_steps", path_steps(self.path))
        return self._steps  # type: ignore[return-value]  # set just above

    def at(self, prefix: str) -> ErrorDetail:
        """Return the same problem as found in data nested at the path ``prefix``."""
        pointer = self._pointer
        if pointer is not None:
            pointer = json_pointer(path_steps(prefix)) + pointer
        return ErrorDetail(
            path=join_path(prefix, self.path),
            message=self.message,
            value=self.value,
            pointer=pointer,
        )

    @classmethod
    def at_steps(cls, steps: tuple[Step, ...], message: str, value: object) -> ErrorDetail:
        """A problem at the keys and indices ``steps``: ``under`` for a problem made there.

        >>> ErrorDetail.at_steps(("sectors", 2), "must not be empty", " ").path
        'sectors[2]'
        """
        return problem_at(path_of(steps), message, value, steps=steps)

    def under(self, *steps: Step) -> ErrorDetail:
        """Return the same problem as found in data nested at the keys and indices ``steps``.

        `at` for a caller that holds the steps rather than a path (the model's checks, the
        loaders): the new problem knows its `steps` without reading them back from text.

        >>> ErrorDetail(path="level", message="is required").under("languages", 0).path
        'languages[0].level'
        """
        pointer = self._pointer
        if pointer is not None:
            pointer = json_pointer(steps) + pointer
        own = self.steps if self.path else ()
        return problem_at(
            join_path(path_of(steps), self.path),
            self.message,
            self.value,
            steps=(*steps, *own),
            pointer=pointer,
        )


# The setters of ErrorDetail's slots (attrs makes the class slotted and frozen).
_SET_PATH, _SET_MESSAGE, _SET_VALUE, _SET_POINTER, _SET_STEPS = (
    ErrorDetail.__dict__[name].__set__
    for name in ("path", "message", "value", "_pointer", "_steps")
)


def problem_at(
    path: str,
    message: str,
    value: object = None,
    *,
    steps: tuple[Step, ...] | None = None,
    pointer: str | None = None,
) -> ErrorDetail:
    """``ErrorDetail(path=path, message=message, value=value, pointer=pointer)``, made faster.

    For the model's checks and the loaders' reports, which make up to a hundred problems
    for each document they refuse: the attrs constructor's keyword arguments cost half of
    making one, so this fills the slots directly. ``steps``, when given, must be what
    ``path`` names (`path_steps`); the problem then knows them without reading the path.

    >>> problem_at("sectors[2]", "must not be empty", " ", steps=("sectors", 2)).steps
    ('sectors', 2)
    """
    detail: ErrorDetail = object.__new__(ErrorDetail)
    _SET_PATH(detail, path)
    _SET_MESSAGE(detail, message)
    _SET_VALUE(detail, value)
    _SET_POINTER(detail, pointer)
    _SET_STEPS(detail, steps)
    return detail


class ValidationError(JpoModelError, ValueError):
    """Input data is invalid; ``errors`` lists every problem found, each with its path.

    A report that stops at a limit ends with one more entry, at the root, counting the
    problems it leaves out ("… and 5 more problems"); `omitted` holds that count.
    """

    errors: tuple[ErrorDetail, ...]
    omitted: int
    """How many problems the last entry of `errors` counts as left out (0: none is)."""
    _at_least: bool

    def __init__(
        self, errors: Iterable[ErrorDetail], *, omitted: int = 0, at_least: bool = False
    ) -> None:
        listed = tuple(errors)
        self.omitted = omitted
        self._at_least = at_least
        if omitted:
            more = f"at least {omitted}" if at_least else str(omitted)
            message = f"… and {more} more problem{'' if omitted == 1 else 's'}"
            listed = (*listed, ErrorDetail(path="", message=message, value=MISSING))
        self.errors = listed
        super().__init__(listed)

    def __str__(self) -> str:
        # Written when asked for, not when raised: a loader refuses many documents whose
        # errors nobody prints (a failed fast pass, a report that is read as data).
        return "\n".join(str(e) for e in self.errors)

    @classmethod
    def single(cls, path: str, message: str, value: object = None) -> ValidationError:
        """Build an error that carries one problem."""
        return cls([ErrorDetail(path=path, message=message, value=value)])

    @classmethod
    def capped(cls, problems: Iterable[ErrorDetail], max_errors: int) -> ValidationError:
        """Build an error listing at most ``max_errors`` problems, then one counting the rest.

        A sequence is counted exactly; an iterator is read no further than needed, so that
        a million problems cost no more than ``max_errors`` of them.

        >>> problems = [ErrorDetail(path=f"[{i}]", message="is wrong") for i in range(5)]
        >>> print(ValidationError.capped(problems, 2))
        [0]: is wrong (got None)
        [1]: is wrong (got None)
        <root>: … and 3 more problems
        """
        if isinstance(problems, Sequence):
            more = len(problems) - max_errors
            return cls(problems[:max_errors], omitted=max(more, 0))
        remaining = iter(problems)
        listed = list(itertools.islice(remaining, max_errors))
        beyond = next(remaining, None) is not None
        return cls(listed, omitted=int(beyond), at_least=True)

    def at(self, prefix: str) -> ValidationError:
        """Return the same errors with every path prefixed, for errors raised in nested data."""
        listed = self.errors[:-1] if self.omitted else self.errors
        return ValidationError(
            (e.at(prefix) for e in listed), omitted=self.omitted, at_least=self._at_least
        )


def join_path(prefix: str, step: str) -> str:
    """Join a path prefix and a step: ``a`` + ``b`` is ``a.b``, ``a`` + ``[0]`` is ``a[0]``.

    The one way `ErrorDetail` paths are built, by the model's checks and the loaders.
    """
    if not prefix:
        return step
    if not step:
        return prefix
    if step.startswith("["):
        return prefix + step
    return f"{prefix}.{step}"


# A key written as is in a path: one that cannot be mistaken for a separator, an index or
# a quoted key, and prints as itself on one line.
_PLAIN_KEY = re.compile(r"[^.\[\]\"\\\s]+")
# One step of a path: a dotted key, an index, or a key quoted as a JSON string.
_PATH_STEP = re.compile(r'\.?([^.\[\]"\\\s]+)|\[([0-9]+)\]|\[("(?:[^"\\]|\\.)*")\]')


def key_step(key: str) -> str:
    """The path step that names an object's key: the key, or the key quoted in brackets.

    >>> key_step("title"), key_step("a.b"), key_step("")
    ('title', '["a.b"]', '[""]')
    """
    # An identifier is a plain key (isidentifier reads the text in C: most keys are one).
    if key.isidentifier() or (_PLAIN_KEY.fullmatch(key) and key.isprintable()):
        return key
    return f"[{json.dumps(key)}]"


def path_of(steps: Iterable[Step]) -> str:
    """Write keys and indices as a path, e.g. ``organisation.units[1]["a.b"]``."""
    path = ""
    for step in steps:
        path = join_path(path, f"[{step}]" if isinstance(step, int) else key_step(step))
    return path


def path_steps(path: str) -> tuple[Step, ...]:
    """Read a path back into its keys and indices (the inverse of `path_of`).

    >>> path_steps('organisation.units[1]["a.b"]')
    ('organisation', 'units', 1, 'a.b')
    """
    steps: list[Step] = []
    position = 0
    while position < len(path):
        match = _PATH_STEP.match(path, position)
        if match is None:  # not a path `path_of` writes: keep the rest as one key
            steps.append(path[position:])
            break
        key, index, quoted = match.groups()
        if index is not None:
            steps.append(int(index))
        elif quoted is not None:
            steps.append(json.loads(quoted))
        else:
            steps.append(key)
        position = match.end()
    return tuple(steps)


def json_pointer(steps: Iterable[Step]) -> str:
    """Write keys and indices as an RFC 6901 JSON Pointer (``~`` as ``~0``, ``/`` as ``~1``).

    >>> json_pointer(["units", 1, "a/b~"])
    '/units/1/a~1b~0'
    """
    return "".join("/" + str(step).replace("~", "~0").replace("/", "~1") for step in steps)


class UnknownExampleError(JpoModelError, LookupError):
    """A bundled example was asked for by a slug that does not exist."""

    @classmethod
    def for_slug(cls, slug: str, known: Iterable[str]) -> UnknownExampleError:
        """Build the error naming the slug asked for and every known slug."""
        return cls(f"no bundled example {slug!r}; known examples: {', '.join(sorted(known))}")


class CurrencyMismatchError(JpoModelError, ValueError):
    """Money in one currency was combined with money in another, or with a rate for others."""

    @classmethod
    def between(cls, left: str, right: str, operation: str) -> CurrencyMismatchError:
        """Build the error naming both currencies and what was attempted."""
        return cls(f"cannot {operation} {left} and {right}: convert with an ExchangeRate first")

    @classmethod
    def for_rate(cls, currency: str, rate_from: str, rate_to: str) -> CurrencyMismatchError:
        """Build the error for money that a rate between two other currencies cannot convert."""
        return cls(f"a {rate_from}/{rate_to} rate cannot convert {currency}")


class FloatAmountError(JpoModelError, TypeError):
    """A float was given where an exact amount is needed (floats cannot hold 0.10 exactly)."""

    @classmethod
    def for_value(cls, value: object, what: str) -> FloatAmountError:
        """Build the error naming the float and how to write it exactly."""
        return cls(
            f'{what} must be exact (Decimal, int or a decimal string such as "{value}"), '
            f"not the float {value!r}"
        )


class UnknownDonorError(JpoModelError, LookupError):
    """No DTTA rate is known for a post's sponsor and the post states no amount."""

    @classmethod
    def for_sponsor(cls, sponsor: str | None, source: str) -> UnknownDonorError:
        """Build the error naming the sponsor looked for and the table searched."""
        who = repr(sponsor) if sponsor is not None else "a post without a sponsor"
        return cls(f"no DTTA rate for {who} in {source}, and the post states no DTTA amount")


class DeadlineError(JpoModelError, ValueError):
    """A deadline's text cannot be read, or what it states cannot be resolved to one instant.

    ``candidates`` holds the instants a wall time could mean: two for a wall time that a
    DST change skips (a gap) or repeats (a fold), none when something is missing.
    """

    candidates: tuple[datetime, ...]

    def __init__(self, message: str, *, candidates: tuple[datetime, ...] = ()) -> None:
        self.candidates = candidates
        super().__init__(message)

    @classmethod
    def for_missing_zone(cls, abbreviation: str | None) -> DeadlineError:
        """Build the error for a deadline that states no offset, no known abbreviation, no zone."""
        what = ""
        if abbreviation:
            what = f"the abbreviation {abbreviation!r} is ambiguous or unknown and "
        return cls(
            f'{what}no UTC offset or time zone is stated: state one ("UTC-5", "Geneva time") '
            "or pass a default zone"
        )

    @classmethod
    def for_text(cls, text: str, missing: str) -> DeadlineError:
        """Build the error for deadline text that lacks or garbles a part (named in ``missing``)."""
        shown = text if len(text) <= _MAX_SHOWN else text[: _MAX_SHOWN - 3] + "..."
        return cls(f"cannot read the deadline {shown!r}: {missing}")
