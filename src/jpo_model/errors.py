"""The exceptions jpo_model raises: one root, each also a builtin a caller would catch.

Business outcomes (an ineligible candidate, an overspent budget) are values, never
exceptions; these are raised only for invalid data or misuse of the API.
"""

from __future__ import annotations

import enum
import reprlib
from collections.abc import Iterable
from datetime import datetime

import attrs

__all__ = [
    "MISSING",
    "CurrencyMismatchError",
    "DeadlineError",
    "ErrorDetail",
    "FloatAmountError",
    "JpoModelError",
    "UnknownDonorError",
    "UnknownExampleError",
    "ValidationError",
    "join_path",
]


class JpoModelError(Exception):
    """The root of every exception raised by jpo_model."""


class _Missing(enum.Enum):
    MISSING = "missing"

    def __repr__(self) -> str:
        return "MISSING"


MISSING = _Missing.MISSING
"""The `ErrorDetail.value` of a required key that is absent (``None`` would be a JSON null)."""

# Offending values come from untrusted input: bound what an error message prints, so that a
# huge or deeply nested value never produces a huge message or a RecursionError.
_REPR = reprlib.Repr()
_REPR.maxlevel = 3
_REPR.maxstring = _REPR.maxother = 120
_REPR.maxlist = _REPR.maxtuple = _REPR.maxdict = _REPR.maxset = _REPR.maxfrozenset = 8
_REPR.maxlong = 60
_MAX_SHOWN = 240


@attrs.frozen(kw_only=True)
class ErrorDetail:
    """One problem found in input data: where it is, what is wrong, and the offending value."""

    path: str
    """Dotted path to the value, e.g. ``qualifications.languages[0].level``; empty for the root."""
    message: str
    """What is wrong, in plain language."""
    value: object = None
    """The offending value as received (`MISSING` when a required key is absent)."""

    def __str__(self) -> str:
        where = self.path or "<root>"
        if self.value is MISSING:
            return f"{where}: {self.message}"
        return f"{where}: {self.message} (got {self.shown_value})"

    @property
    def shown_value(self) -> str:
        """The offending value as `str` prints it: its repr, bounded in depth and length."""
        shown = _REPR.repr(self.value)
        if len(shown) > _MAX_SHOWN:
            shown = shown[: _MAX_SHOWN - 3] + "..."
        return shown


class ValidationError(JpoModelError, ValueError):
    """Input data is invalid; ``errors`` lists every problem found, each with its path."""

    errors: tuple[ErrorDetail, ...]

    def __init__(self, errors: Iterable[ErrorDetail]) -> None:
        self.errors = tuple(errors)
        super().__init__("\n".join(str(e) for e in self.errors))

    @classmethod
    def single(cls, path: str, message: str, value: object = None) -> ValidationError:
        """Build an error that carries one problem."""
        return cls([ErrorDetail(path=path, message=message, value=value)])

    def at(self, prefix: str) -> ValidationError:
        """Return the same errors with every path prefixed, for errors raised in nested data."""
        return ValidationError(attrs.evolve(e, path=join_path(prefix, e.path)) for e in self.errors)


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
        return cls(f"cannot read the deadline {text!r}: {missing}")
