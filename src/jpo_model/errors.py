"""The exceptions jpo_model raises: one root, each also a builtin a caller would catch.

Business outcomes (an ineligible candidate, an overspent budget) are values, never
exceptions; these are raised only for invalid data or misuse of the API.
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs

__all__ = ["ErrorDetail", "JpoModelError", "UnknownExampleError", "ValidationError"]


class JpoModelError(Exception):
    """The root of every exception raised by jpo_model."""


@attrs.frozen(kw_only=True)
class ErrorDetail:
    """One problem found in input data: where it is, what is wrong, and the offending value."""

    path: str
    """Dotted path to the value, e.g. ``qualifications.languages[0].level``; empty for the root."""
    message: str
    """What is wrong, in plain language."""
    value: object = None
    """The offending value as received (``None`` when the value is missing)."""

    def __str__(self) -> str:
        where = self.path or "<root>"
        return f"{where}: {self.message} (got {self.value!r})"


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
        return ValidationError(
            attrs.evolve(e, path=_join_path(prefix, e.path)) for e in self.errors
        )


def _join_path(prefix: str, path: str) -> str:
    if not prefix:
        return path
    if not path:
        return prefix
    if path.startswith("["):
        return prefix + path
    return f"{prefix}.{path}"


class UnknownExampleError(JpoModelError, LookupError):
    """A bundled example was asked for by a slug that does not exist."""

    @classmethod
    def for_slug(cls, slug: str, known: Iterable[str]) -> UnknownExampleError:
        """Build the error naming the slug asked for and every known slug."""
        return cls(f"no bundled example {slug!r}; known examples: {', '.join(sorted(known))}")
