"""The exception hierarchy and error details (`jpo_model.errors`)."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from jpo_model import errors
from jpo_model.errors import (
    MISSING,
    CurrencyMismatchError,
    DeadlineError,
    ErrorDetail,
    FloatAmountError,
    JpoModelError,
    Step,
    UnknownDonorError,
    UnknownExampleError,
    ValidationError,
)


@pytest.mark.parametrize(
    ("error", "builtin"),
    [
        (ValidationError, ValueError),
        (UnknownExampleError, LookupError),
        (CurrencyMismatchError, ValueError),
        (FloatAmountError, TypeError),
        (UnknownDonorError, LookupError),
        (DeadlineError, ValueError),
    ],
)
def test_every_error_is_rooted_and_a_builtin(error: type[Exception], builtin: type) -> None:
    """Each error is a JpoModelError and the builtin a caller would catch."""
    assert issubclass(error, JpoModelError)
    assert issubclass(error, builtin)


def test_every_exported_exception_is_rooted() -> None:
    """Every exception the module exports derives from JpoModelError."""
    exported = [getattr(errors, name) for name in errors.__all__]
    exceptions = [e for e in exported if isinstance(e, type) and issubclass(e, BaseException)]
    assert [] == [e for e in exceptions if not issubclass(e, JpoModelError)]


def test_error_detail_names_path_message_and_value() -> None:
    """A detail reads "path: message (got value)"."""
    detail = ErrorDetail(path="grade.options[0].step", message="must be at least 1", value=0)
    assert "grade.options[0].step: must be at least 1 (got 0)" == str(detail)


def test_error_detail_at_the_root() -> None:
    """A detail without a path is shown at <root>."""
    assert "<root>: must be an object (got [])" == str(
        ErrorDetail(path="", message="must be an object", value=[])
    )


def test_error_detail_of_a_missing_key_shows_no_value() -> None:
    """A missing value is not shown as a JSON null."""
    detail = ErrorDetail(path="title", message="is required but missing", value=MISSING)
    assert "title: is required but missing" == str(detail)
    assert "MISSING" == repr(MISSING)


def test_error_detail_bounds_huge_values() -> None:
    """A huge offending value is shortened in the message."""
    detail = ErrorDetail(path="title", message="is too long", value="x" * 10_000)
    assert len(str(detail)) < 300


def test_error_detail_survives_deeply_nested_values() -> None:
    """A deeply nested value never raises RecursionError when shown."""
    nested: list[object] = []
    for _ in range(5_000):
        nested = [nested]
    assert str(ErrorDetail(path="x", message="is nested", value=nested)).startswith("x: is nested")


def test_validation_error_lists_every_problem() -> None:
    """A validation error keeps every detail and shows one line per problem."""
    details = [
        ErrorDetail(path="a", message="is wrong", value=1),
        ErrorDetail(path="b[2]", message="is missing", value=None),
    ]
    error = ValidationError(details)
    assert tuple(details) == error.errors
    assert "a: is wrong (got 1)\nb[2]: is missing (got None)" == str(error)


def test_single_builds_one_detail() -> None:
    """``single`` carries exactly one problem."""
    error = ValidationError.single("currency", "is not an ISO 4217 currency code", "XXX")
    assert (
        ErrorDetail(path="currency", message="is not an ISO 4217 currency code", value="XXX"),
    ) == error.errors


@pytest.mark.parametrize(
    ("prefix", "path", "expected"),
    [
        ("post", "title", "post.title"),
        ("post.duties", "[0]", "post.duties[0]"),
        ("post", "", "post"),
        ("", "title", "title"),
    ],
)
def test_at_prefixes_every_path(prefix: str, path: str, expected: str) -> None:
    """``at`` places nested errors under their parent's path, indices without a dot."""
    error = ValidationError.single(path, "is wrong").at(prefix)
    assert [expected] == [e.path for e in error.errors]


def test_unknown_example_names_the_known_ones() -> None:
    """The error for an unknown example lists the known slugs, sorted."""
    error = UnknownExampleError.for_slug("nope", ["b", "a"])
    assert "no bundled example 'nope'; known examples: a, b" == str(error)


def test_currency_mismatch_names_both_currencies() -> None:
    """Mixing currencies names both and the operation."""
    assert "cannot add USD and EUR" in str(CurrencyMismatchError.between("USD", "EUR", "add"))
    assert "a USD/EUR rate cannot convert CHF" == str(
        CurrencyMismatchError.for_rate("CHF", "USD", "EUR")
    )


def test_float_amount_shows_the_exact_spelling() -> None:
    """A float amount is refused with advice on writing it exactly."""
    assert '"0.1"' in str(FloatAmountError.for_value(0.1, "an amount"))


def test_unknown_donor_names_the_sponsor() -> None:
    """The error names the sponsor, or says the post has none."""
    assert "'Atlantis'" in str(UnknownDonorError.for_sponsor("Atlantis", "the 2024 table"))
    assert "a post without a sponsor" in str(UnknownDonorError.for_sponsor(None, "the 2024 table"))


def test_deadline_error_carries_its_candidate_instants() -> None:
    """A DST fold or gap keeps the instants the wall time could mean."""
    instants = (
        dt.datetime(2026, 11, 1, 5, 30, tzinfo=dt.UTC),
        dt.datetime(2026, 11, 1, 6, 30, tzinfo=dt.UTC),
    )
    error = DeadlineError("ambiguous", candidates=instants)
    assert instants == error.candidates
    assert () == DeadlineError.for_missing_zone(None).candidates
    assert "'XST'" in str(DeadlineError.for_missing_zone("XST"))
    assert "cannot read the deadline 'soon': no date" == str(
        DeadlineError.for_text("soon", "no date")
    )


@pytest.mark.parametrize(
    ("path", "pointer"),
    [
        ("", ""),
        ("title", "/title"),
        ("grade.options[0].step", "/grade/options/0/step"),
        ('organisation.units[1]["a.b"]', "/organisation/units/1/a.b"),
        ('[""]', "/"),
        ("units.a/b~c", "/units/a~1b~0c"),
    ],
)
def test_a_pointer_follows_the_path(path: str, pointer: str) -> None:
    """Without a document to resolve against, the pointer is the path written as RFC 6901."""
    assert pointer == ErrorDetail(path=path, message="is wrong").pointer


def test_a_pointer_given_is_kept_and_prefixed_with_the_path() -> None:
    """A loader's pointer may stop short of the path (a missing key: its object)."""
    detail = ErrorDetail(path="name", message="is required", value=MISSING, pointer="")
    assert "" == detail.pointer
    nested = detail.at("organisation.units[1]")
    assert ("organisation.units[1].name", "/organisation/units/1") == (nested.path, nested.pointer)
    assert detail == ErrorDetail(path="name", message="is required", value=MISSING)


STEPS = st.lists(
    st.one_of(st.integers(0, 10**6), st.text()),
    max_size=6,
)


@given(STEPS)
def test_paths_read_back_into_their_steps(steps: list[str | int]) -> None:
    """Any keys (dots, brackets, quotes, blanks, surrogates) and indices survive a path."""
    path = errors.path_of(steps)
    assert tuple(steps) == errors.path_steps(path)
    assert errors.json_pointer(steps) == ErrorDetail(path=path, message="x").pointer


@pytest.mark.parametrize(
    ("key", "step"),
    [
        ("title", "title"),
        ("a.b", '["a.b"]'),
        ("", '[""]'),
        ("[0]", '["[0]"]'),
        ("x y", '["x y"]'),
        ('say "hi"', '["say \\"hi\\""]'),
        ("line\nbreak", '["line\\nbreak"]'),
        ("\ud800", '["\\ud800"]'),
        ("Zürich", "Zürich"),
        ("a/b~c", "a/b~c"),
    ],
)
def test_keys_that_need_it_are_quoted(key: str, step: str) -> None:
    """Ordinary keys are written as they are; others as a JSON string in brackets."""
    assert step == errors.key_step(key)


def test_capped_counts_a_sequence_exactly_and_an_iterator_lazily() -> None:
    """A list beyond the cap says how many more; an iterator is read no further than needed."""
    problems = [ErrorDetail(path=f"[{i}]", message="is wrong", value=i) for i in range(7)]
    error = ValidationError.capped(problems, 3)
    assert ["[0]", "[1]", "[2]", ""] == [e.path for e in error.errors]
    assert "<root>: … and 4 more problems" == str(error.errors[-1])
    assert 4 == error.omitted
    read: list[int] = []

    def endless() -> Iterator[ErrorDetail]:
        for i in itertools.count():
            read.append(i)
            yield ErrorDetail(path=f"[{i}]", message="is wrong", value=i)

    lazy = ValidationError.capped(endless(), 3)
    assert "… and at least 1 more problem" == lazy.errors[-1].message
    assert [0, 1, 2, 3] == read
    complete = ValidationError.capped(problems, 7)
    assert (7, 0) == (len(complete.errors), complete.omitted)


def test_at_keeps_the_count_of_a_capped_error() -> None:
    """Prefixing a capped error moves its problems, not the entry that counts the rest."""
    problems = [ErrorDetail(path=f"[{i}]", message="is wrong") for i in range(5)]
    moved = ValidationError.capped(problems, 2).at("items")
    assert ["items[0]", "items[1]", ""] == [e.path for e in moved.errors]
    assert 3 == moved.omitted


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (10**5000, "10000000000000000000...<5001 digits>"),
        (-(10**5000) + 1, "-99999999999999999999...<5000 digits>"),
        (2**1_000_000, "<an integer of about 301030 digits>"),
    ],
    ids=["5001 digits", "5000 digits, negative", "a million bits"],
)
def test_integers_too_long_to_print_are_shown_shortened(value: int, shown: str) -> None:
    """repr cannot write a 5000-digit integer; the detail shows its head and length instead."""
    detail = ErrorDetail(path="x", message="is too large", value=value)
    assert shown == detail.shown_value
    assert f"x: is too large (got {shown})" == str(detail)
    assert shown in repr(detail)
    assert shown in str(ValidationError([detail]))


def test_showing_a_value_never_raises() -> None:
    """Values whose repr raises, or that nest 100,000 deep, are shown all the same."""

    class Unprintable:
        def __repr__(self) -> str:
            raise RuntimeError

    nested: list[object] = []
    for _ in range(100_000):
        nested = [nested]
    for value in (Unprintable(), nested, "x" * 10_000_000, {"k": [Unprintable()] * 1000}):
        detail = ErrorDetail(path="x", message="is odd", value=value)
        assert len(str(detail)) < 300
        assert len(repr(detail)) < 400


_STEPS = st.lists(st.one_of(st.text(max_size=5), st.integers(0, 99)), max_size=4).map(tuple)


@given(_STEPS, st.text(), st.one_of(st.none(), st.integers(), st.text()), st.booleans())
def test_problem_at_makes_the_problem_the_constructor_makes(
    steps: tuple[Step, ...], message: str, value: object, pointed: bool
) -> None:
    """The fast way the loaders make problems: equal, and alike in every attribute."""
    path = errors.path_of(steps)
    pointer = errors.json_pointer(steps[:1]) if pointed else None
    made = errors.problem_at(path, message, value, steps=steps, pointer=pointer)
    expected = ErrorDetail(path=path, message=message, value=value, pointer=pointer)
    assert expected == made
    assert (expected.steps, expected.pointer, str(expected), repr(expected)) == (
        made.steps,
        made.pointer,
        str(made),
        repr(made),
    )


def test_problem_at_fills_every_attribute_of_a_problem() -> None:
    """`problem_at` sets ErrorDetail's slots one by one: a new attribute must be added there."""
    assert ["path", "message", "value", "_pointer", "_steps"] == [
        a.name for a in attrs.fields(ErrorDetail)
    ]
