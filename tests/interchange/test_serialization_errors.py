"""Bad documents: every problem reported as a `ValidationError` with path, message and value."""

from __future__ import annotations

import contextlib
import copy
import json
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from jpo_model import (
    MISSING,
    ErrorDetail,
    Money,
    Post,
    ValidationError,
    dumps,
    examples,
    from_dict,
    loads,
    to_dict,
)

BASE = to_dict(examples.load("ohchr-25p153"))
DELETE = object()
Path = tuple[str | int, ...]


def _edit(changes: dict[Path, object]) -> dict[str, Any]:
    """A copy of the base document with values replaced (or deleted) at the given paths."""
    data = copy.deepcopy(BASE)
    for path, value in changes.items():
        parent: Any = data
        for step in path[:-1]:
            parent = parent[step]
        if value is DELETE:
            del parent[path[-1]]
        else:
            parent[path[-1]] = value
    return data


# Each bad document with the exact report it must produce, one problem per line: problems
# in the order of the class's fields (nested ones where their field is), unknown keys last.
CORPUS: list[tuple[str, dict[Path, object], list[str]]] = [
    (
        "a bad enum value lists the allowed values",
        {("qualifications", "languages", 0, "level"): "fluid"},
        [
            (
                "qualifications.languages[0].level: must be one of: 'knowledge', 'good', "
                "'proficient', 'fluent', 'excellent' (got 'fluid')"
            )
        ],
    ),
    (
        "missing required keys, at the top and nested",
        {("title",): DELETE, ("organisation", "units", 0, "name"): DELETE},
        ["title: is required", "organisation.units[0].name: is required"],
    ),
    (
        "unknown keys, with a suggestion when one is close",
        {("titel",): "x", ("duty_station", "zzz"): 1},
        [
            "duty_station.zzz: is not a known key (got 1)",
            "titel: is not a known key (did you mean 'title'?) (got 'x')",
        ],
    ),
    (
        "no coercion of strings, floats or integers",
        {
            ("grade", "options", 0, "step"): "1",
            ("grade", "options", 0, "level"): "P-2",
            ("grade", "step_in_first_year"): 1,
            ("appointment", "initial_months"): 12.0,
        },
        [
            (
                "grade.options[0].level: must be one of: 'P1', 'P2', 'P3', 'P4', 'P5', 'D1', "
                "'D2' (got 'P-2')"
            ),
            "grade.options[0].step: must be an integer, not a string (got '1')",
            "grade.step_in_first_year: must be true or false, not an integer (got 1)",
            "appointment.initial_months: must be an integer, not a number (got 12.0)",
        ],
    ),
    (
        "a string is not a list, a list is not an object",
        {("sectors",): "Human Rights", ("organisation",): [], ("duty_station",): "Geneva"},
        [
            "organisation: must be an object, not an array (got [])",
            "sectors: must be an array, not a string (got 'Human Rights')",
            "duty_station: must be an object, not a string (got 'Geneva')",
        ],
    ),
    (
        "null where a value is required",
        {("kind",): None, ("title",): None},
        [
            "title: must be a string, not null (got None)",
            "kind: must be one of: 'jpo', 'sarc', 'staff-role' (got None)",
        ],
    ),
    (
        "money is a decimal string in plain notation, never a float",
        {("dtta", "annual", "amount"): 4000.0},
        [
            (
                'dtta.annual.amount: must be a decimal number written as a string, e.g. "4000.00", '
                "not a number (got 4000.0)"
            )
        ],
    ),
    (
        "money in exponent notation or with NaN",
        {("dtta", "annual", "amount"): "NaN"},
        [
            (
                'dtta.annual.amount: must be a decimal number in plain notation, e.g. "4000.00" '
                "(got 'NaN')"
            )
        ],
    ),
    (
        "a negative amount",
        {("dtta", "annual", "amount"): "-4000.00"},
        ["dtta.annual.amount: must not be negative (got '-4000.00')"],
    ),
    (
        "an amount finer than the currency's minor units, and a bad currency code",
        {("dtta", "annual", "amount"): "4000.001"},
        ["dtta.annual.amount: has more decimals than USD's 2 minor-unit digits (got '4000.001')"],
    ),
    (
        "bad codes",
        {
            ("duty_station", "country"): "XX",
            ("duty_station", "time_zone"): "Europe/Geneva",
            ("language",): "english",
            ("dtta", "annual", "currency"): "usd",
        },
        [
            "language: is not a BCP 47 language tag with a known language (got 'english')",
            (
                "duty_station.country: is not an ISO 3166-1 alpha-2 country or territory code "
                "(got 'XX')"
            ),
            "duty_station.time_zone: is not an IANA time zone name (got 'Europe/Geneva')",
            "dtta.annual.currency: is not an ISO 4217 currency code (got 'usd')",
        ],
    ),
    (
        "every bad item of a set, with its index",
        {("eligibility", "nationality", "countries"): ["NL", "XX", "nl"]},
        [
            (
                "eligibility.nationality.countries[1]: is not an ISO 3166-1 alpha-2 country or "
                "territory code (got 'XX')"
            ),
            (
                "eligibility.nationality.countries[2]: is not an ISO 3166-1 alpha-2 country or "
                "territory code (got 'nl')"
            ),
        ],
    ),
    (
        "a set must not repeat an item",
        {("eligibility", "nationality", "countries"): ["NL", "BE", "NL"]},
        ["eligibility.nationality.countries[2]: repeats an earlier item (got 'NL')"],
    ),
    (
        "dates and wall times in ISO 8601 only",
        {("deadline", "date"): "10 March 2026", ("deadline", "time"): "6 pm"},
        [
            "deadline.date: must be an ISO 8601 date (YYYY-MM-DD) (got '10 March 2026')",
            "deadline.time: must be an ISO 8601 wall time (HH:MM:SS, no offset) (got '6 pm')",
        ],
    ),
    (
        "a date that is not in the calendar, a wall time with an offset",
        {("deadline", "date"): "2026-02-30", ("deadline", "time"): "18:00:00-05:00"},
        [
            "deadline.date: is not a date in the calendar (got '2026-02-30')",
            (
                "deadline.time: must be an ISO 8601 wall time (HH:MM:SS, no offset) "
                "(got '18:00:00-05:00')"
            ),
        ],
    ),
    (
        "model rules: text without surrounding blanks, ranges, cross-field invariants",
        {
            ("title",): " JPO ",
            ("grade", "options", 0, "step"): 16,
            ("qualifications", "languages", 0, "count"): 2,
        },
        [
            "title: must not start or end with whitespace (got ' JPO ')",
            "grade.options[0].step: must be between 1 and 15 (got 16)",
            "qualifications.languages[0].count: exceeds the number of languages listed (got 2)",
        ],
    ),
    (
        "a bad item among good ones",
        {("application", "urls"): ["https://ok.example.org", 5]},
        ["application.urls[1]: must be a string, not an integer (got 5)"],
    ),
]


@pytest.mark.parametrize(
    ("changes", "expected"), [(c, e) for _, c, e in CORPUS], ids=[n for n, _, _ in CORPUS]
)
def test_bad_documents_report_every_problem_exactly(
    changes: dict[Path, object], expected: list[str]
) -> None:
    """Each hand-written bad document gives exactly the expected report, one line per problem."""
    data = _edit(changes)
    with pytest.raises(ValidationError) as caught:
        from_dict(data, Post)
    assert expected == str(caught.value).splitlines()
    with pytest.raises(ValidationError) as again:
        loads(json.dumps(data), Post)
    assert expected == str(again.value).splitlines()


def test_each_problem_carries_its_path_message_and_value() -> None:
    """`ValidationError.errors` holds structured problems, not only text."""
    data = _edit({("title",): DELETE, ("duty_station", "country"): "XX"})
    with pytest.raises(ValidationError) as caught:
        from_dict(data, Post)
    assert (
        ErrorDetail(path="title", message="is required", value=MISSING),
        ErrorDetail(
            path="duty_station.country",
            message="is not an ISO 3166-1 alpha-2 country or territory code",
            value="XX",
        ),
    ) == caught.value.errors


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ([], "<root>: must be an object (a Post document), not an array (got [])"),
        ("x", "<root>: must be an object (a Post document), not a string (got 'x')"),
        (None, "<root>: must be an object (a Post document), not null (got None)"),
        (1.5, "<root>: must be an object (a Post document), not a number (got 1.5)"),
    ],
)
def test_the_top_level_must_be_an_object(data: object, expected: str) -> None:
    """A document that is not an object is refused at the root."""
    with pytest.raises(ValidationError) as caught:
        from_dict(data, Post)
    assert expected == str(caught.value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "{",
            (
                "<root>: is not valid JSON: Expecting property name enclosed in double quotes: "
                "line 1 column 2 (char 1)"
            ),
        ),
        ("", "<root>: is not valid JSON: Expecting value: line 1 column 1 (char 0)"),
        ('{"amount": NaN}', "<root>: is not valid JSON: NaN is not a number JSON allows"),
        ('{"amount": Infinity}', "<root>: is not valid JSON: Infinity is not a number JSON allows"),
        (
            '{"amount": -Infinity}',
            "<root>: is not valid JSON: -Infinity is not a number JSON allows",
        ),
        ("[1, 2]", "<root>: must be an object (a Money document), not an array (got [1, 2])"),
        (
            '\ufeff{"amount": "1.00", "currency": "USD"}',
            (
                "<root>: is not valid JSON: Unexpected UTF-8 BOM (decode using utf-8-sig): "
                "line 1 column 1 (char 0)"
            ),
        ),
        (  # a repeated key, then malformed text: the text is what is wrong
            '{"amount": "1.00", "amount": "2.00", "currency": ',
            "<root>: is not valid JSON: Expecting value: line 1 column 50 (char 49)",
        ),
    ],
)
def test_malformed_json_is_a_validation_error(text: str, expected: str) -> None:
    """Text that is not JSON, or holds NaN or Infinity, is refused like any bad value."""
    with pytest.raises(ValidationError) as caught:
        loads(text, Money)
    assert expected == str(caught.value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("amount = ", "<root>: is not valid TOML: Invalid value (at end of document)"),
        (
            'amount = "1"\namount = "2"',
            "<root>: is not valid TOML: Cannot overwrite a value (at end of document)",
        ),
        (
            'amount = nan\ncurrency = "USD"',
            (
                'amount: must be a decimal number written as a string, e.g. "4000.00", '
                "not a number (got nan)"
            ),
        ),
    ],
)
def test_malformed_toml_is_a_validation_error(text: str, expected: str) -> None:
    """TOML syntax errors and TOML's own NaN are refused like any bad value."""
    with pytest.raises(ValidationError) as caught:
        loads(text, Money, format="toml")
    assert expected == str(caught.value)


def test_naive_and_inconsistent_date_times_are_refused() -> None:
    """A date-time needs an offset, and a stated zone must use that offset at that time."""
    from test_serialization import Stamp  # noqa: PLC0415 - the test-only model

    cases = {
        "2026-03-10T18:00:00": "must carry a UTC offset (naive date-times are refused)",
        "2026-03-10T18:00:00-05:00[America/New_York]": "has an offset that America/New_York "
        "does not use at that time",
        "2026-03-10T18:00:00-04:00[Mars/Olympus]": "names 'Mars/Olympus' as its zone, which is not "
        "an IANA time zone name",
        "2026-03-10 18:00": "must be an ISO 8601 date-time with an offset, e.g. "
        "2026-03-10T18:00:00-05:00",
    }
    for text, message in cases.items():
        with pytest.raises(ValidationError) as caught:
            from_dict({"at": text}, Stamp)
        assert [ErrorDetail(path="at", message=message, value=text)] == list(caught.value.errors)


def test_messages_stay_short_for_huge_values() -> None:
    """The offending value is kept whole, but the message prints a bounded form of it."""
    huge = ["x" * 10_000] * 100  # 1 MB: within the size limit
    with pytest.raises(ValidationError) as caught:
        from_dict({"amount": huge, "currency": "USD"}, Money)
    assert huge is caught.value.errors[0].value
    assert len(str(caught.value)) < 500


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=20,
)


def _paths(data: object, prefix: Path = ()) -> Iterator[Path]:
    yield prefix
    if isinstance(data, dict):
        for key, value in data.items():
            yield from _paths(value, (*prefix, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from _paths(value, (*prefix, index))


def _documents() -> list[tuple[type, dict[str, Any]]]:
    docs: list[tuple[type, dict[str, Any]]] = [
        (Post, to_dict(examples.load(slug))) for slug in examples.names()
    ]
    docs.append((Money, to_dict(Money.of(1, "USD"))))
    return docs


@st.composite
def mutated_documents(draw: st.DrawFn) -> tuple[type, object]:
    """A bundled document with one to three random edits: deletions, replacements, wrappings."""
    cls, data = draw(st.sampled_from(_documents()))
    document: object = copy.deepcopy(data)
    for _ in range(draw(st.integers(1, 3))):
        paths = list(_paths(document))
        path = draw(st.sampled_from(paths))
        old = _at(document, path)
        new = draw(
            st.sampled_from(["delete", "replace", "wrap-list", "wrap-object", "add-key", "null"])
        )
        if new == "delete" and path:
            replacement: object = DELETE
        elif new == "wrap-list":
            replacement = [old]
        elif new == "wrap-object":
            replacement = {"value": old}
        elif new == "add-key" and isinstance(old, dict):
            replacement = {**old, draw(st.text(max_size=8)): draw(JSON)}
        elif new == "null":
            replacement = None
        else:
            replacement = draw(JSON)
        document = _put(document, path, replacement)
    return cls, document


def _at(data: Any, path: Path) -> Any:
    for step in path:
        data = data[step]
    return data


def _put(data: Any, path: Path, value: object) -> Any:
    if not path:
        return value
    parent = _at(data, path[:-1])
    if value is DELETE:
        del parent[path[-1]]
    else:
        parent[path[-1]] = value
    return data


def _only_validation_errors(cls: type, data: object) -> None:
    try:
        result: object = from_dict(data, cls)
    except ValidationError as error:
        problems, text = error.errors, str(error)
    else:
        assert isinstance(result, cls)
        return
    assert problems
    assert all(isinstance(e, ErrorDetail) for e in problems)
    assert len(text.splitlines()) >= len(problems)


@given(JSON)
@example([[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]])
def test_arbitrary_json_values_raise_only_validation_errors(data: object) -> None:
    """Whatever JSON value arrives, the loader answers with an object or a ValidationError."""
    _only_validation_errors(Post, data)
    _only_validation_errors(Money, data)


@given(mutated_documents())
@example((Money, {"amount": ["1"], "currency": "USD"}))
@example((Money, {"amount": "1", "currency": {"x": []}}))  # an unhashable enum-like value
def test_mutated_documents_raise_only_validation_errors(case: tuple[type, object]) -> None:
    """Randomly damaged valid documents give an object or a ValidationError, nothing else."""
    cls, data = case
    _only_validation_errors(cls, data)


@given(mutated_documents(), st.sampled_from(["json", "toml"]))
def test_mutated_text_raises_only_validation_errors(case: tuple[type, object], fmt: str) -> None:
    """The same holds for text: loads raises only ValidationError."""
    cls, data = case
    text = json.dumps(data) if fmt == "json" else _toml_or_garbage(data)
    with contextlib.suppress(ValidationError):
        loads(text, cls, format="json" if fmt == "json" else "toml")


@given(st.text(max_size=200), st.sampled_from(["json", "toml"]))
@example("[" * 5000, "json")
@example("a = " + "[" * 5000, "toml")
@example('{"a": 1e999}', "json")
@example('{"a": 123456789012345678901234567890}', "json")
@example('"\\ud800"', "json")
def test_arbitrary_text_raises_only_validation_errors(text: str, fmt: str) -> None:
    """Any text at all gives an object or a ValidationError."""
    with contextlib.suppress(ValidationError):
        loads(text, Post, format="json" if fmt == "json" else "toml")


def _toml_or_garbage(data: object) -> str:
    try:
        import tomli_w  # noqa: PLC0415 - only this helper needs it

        if isinstance(data, dict):
            return tomli_w.dumps(data)
    except (TypeError, ValueError):
        pass
    return repr(data)


def test_valid_documents_load_after_a_failed_one() -> None:
    """A failure leaves no state behind: the next valid document loads normally."""
    with pytest.raises(ValidationError):
        loads('{"amount": 1}', Money)
    assert Money.of(1, "USD") == loads(dumps(Money.of(1, "USD")), Money)


def test_unknown_keys_can_be_ignored_on_request() -> None:
    """``unknown_keys="ignore"`` drops keys the model does not know, at any depth."""
    data = _edit({("future_field",): 1, ("duty_station", "altitude"): 375})
    assert examples.load("ohchr-25p153") == from_dict(data, Post, unknown_keys="ignore")
    assert examples.load("ohchr-25p153") == loads(json.dumps(data), Post, unknown_keys="ignore")
    with pytest.raises(ValidationError) as caught:
        from_dict(_edit({("future_field",): 1, ("title",): 5}), Post, unknown_keys="ignore")
    assert ["title: must be a string, not an integer (got 5)"] == str(caught.value).splitlines()
    with pytest.raises(ValueError, match="unknown_keys must be 'reject' or 'ignore'"):
        from_dict(data, Post, unknown_keys="keep")  # type: ignore[arg-type]


def test_every_repeated_key_is_reported_in_document_order() -> None:
    """Every object that repeats keys is named, each before the objects it holds."""
    text = (
        '{"amount": "1.00", "b": {"c": 1, "c": 2}, "amount": "2.00", '
        '"d": [{"e": 1, "e": 1, "f": 0, "f": 0}]}'
    )
    with pytest.raises(ValidationError) as caught:
        loads(text, Money)
    assert ["amount", "b.c", "d[0].e", "d[0].f"] == [e.path for e in caught.value.errors]
    assert json.loads(text) == json.loads(text, object_pairs_hook=dict)  # (what a key keeps)
