"""The private cattrs converters: strict primitives, document depth, problems with paths."""

from __future__ import annotations

import datetime as dt
import difflib
import io
import json
import math
import random
import types
import typing
import zoneinfo
from decimal import Decimal
from importlib import resources
from typing import Any

import attrs
import pendulum
import pendulum.tz.exceptions
import pytest
import test_hostile_documents as hostile  # the mutated posts of the hostile-input tests
from cattrs.errors import ForbiddenExtraKeysError
from cattrs.gen import make_dict_structure_fn
from hypothesis import example, given, settings
from hypothesis import strategies as st

from jpo_model import (
    Candidate,
    Money,
    Post,
    ValidationError,
    _code_lists,
    _model,
    examples,
    loads,
    to_dict,
)
from jpo_model.errors import ErrorDetail
from jpo_model.interchange import _converter
from jpo_model.strategies import posts


@pytest.mark.parametrize(
    ("value", "name"),
    [(None, "null"), (True, "a boolean"), (1, "an integer"), (1.5, "a number"), ("x", "a string"),
     ([], "an array"), ({}, "an object")],
)  # fmt: skip
def test_json_types_are_named_as_a_document_author_knows_them(value: object, name: str) -> None:
    """Messages say "an integer", not "int"."""
    assert name == _converter.json_type_name(value)


def test_the_fast_converter_refuses_what_the_detailed_one_reports() -> None:
    """Both converters refuse a float amount; only the detailed one says where and why."""
    fast = _converter.make_converter(detailed=False)
    detailed = _converter.make_converter(detailed=True)
    document = {"amount": 4000.0, "currency": "USD"}
    with pytest.raises(Exception):  # noqa: B017, PT011 - the fast path's error is not reported
        fast.structure(document, Money)
    with pytest.raises(Exception) as caught:  # noqa: PT011 - flattened by details() below
        detailed.structure(document, Money)
    problems = list(_converter.details(caught.value, document, ""))
    assert ["amount"] == [p.path for p in problems]
    assert 4000.0 == problems[0].value


def test_valid_documents_structure_and_unstructure_losslessly() -> None:
    """Money goes in as a decimal string and comes out the same."""
    converter = _converter.make_converter(detailed=False)
    money = converter.structure({"amount": "12.50", "currency": "EUR"}, Money)
    assert Money(amount=Decimal("12.50"), currency="EUR") == money
    assert {"amount": "12.50", "currency": "EUR"} == converter.unstructure(money)


def test_document_depth_is_finite_for_a_post_and_infinite_for_nothing() -> None:
    """A post nests a bounded number of levels: deeper input is refused before structuring."""
    depth = _converter.document_depth(Post)
    assert not math.isinf(depth)
    assert depth > _converter.document_depth(Money)


def test_details_keep_the_paths_of_a_validation_error_under_a_prefix() -> None:
    """A nested ValidationError's paths are joined under the field that raised it."""
    error = ValidationError([ErrorDetail(path="currency", message="is required", value=None)])
    [problem] = _converter.details(error, {}, "dtta.annual")
    assert "dtta.annual.currency" == problem.path


WORDS = st.text(alphabet="abcdeilstu_.", max_size=14)


@given(WORDS, st.frozensets(WORDS.filter(bool), min_size=1, max_size=30))
@example("titel", frozenset({"title", "grade", "kind"}))
@example("ab", frozenset({"ba", "ab_", "a_b"}))  # equal ratios: the greater word wins
def test_close_match_is_what_difflib_finds(word: str, known: frozenset[str]) -> None:
    """The faster search suggests exactly the word difflib.get_close_matches(n=1) does."""
    expected = difflib.get_close_matches(word, known, n=1)
    assert (expected[0] if expected else None) == _converter.close_match(word, known)


def test_only_the_first_unknown_keys_get_a_suggestion(monkeypatch: pytest.MonkeyPatch) -> None:
    """The close-match search runs for 10 unknown keys, not for thousands."""
    searched: list[str] = []
    search = _converter.close_match

    def counted(word: str, known: frozenset[str]) -> str | None:
        searched.append(word)
        return search(word, known)

    monkeypatch.setattr(_converter, "close_match", counted)
    document = {**to_dict(examples.load("ohchr-25p153")), **{f"titel{i}": i for i in range(8000)}}
    with pytest.raises(ValidationError) as caught:
        loads(json.dumps(document), Post)
    assert 10 == len(searched)
    assert "titel0: is not a known key (did you mean 'title'?) (got 0)" == str(
        caught.value.errors[0]
    )
    assert "titel10: is not a known key (got 10)" == str(caught.value.errors[10])
    assert 7900 == caught.value.omitted


def _report(data: dict[str, Any], cls: type, *, reuse: bool) -> list[tuple[str, str, str]]:
    failure = None
    failing_fast = _model.FAIL_FAST.set(True)  # as the loaders read a document first
    try:
        _converter.FAST.structure(data, cls)
    except Exception as exc:  # noqa: BLE001 - what the loader hands to the report
        failure = exc
    finally:
        _model.FAIL_FAST.reset(failing_fast)
    with pytest.raises(ValidationError) as caught:
        _converter.report(
            data, cls, _converter.FAST, max_errors=100, failure=failure if reuse else None
        )
    return [(e.path, e.pointer, str(e)) for e in caught.value.errors]


@given(
    st.lists(st.sampled_from(["CH", "KE", "XX", "ch", "SG", "ZZ"]), min_size=1, unique=True),
    st.lists(st.sampled_from(["Health", " ", "", " x", "Gender"]), max_size=300),
)
def test_a_root_refused_by_its_own_checks_is_reported_as_a_second_reading_would(
    nationalities: list[str], sectors: list[str]
) -> None:
    """Placing the fast pass's error of the root gives the report a full detailed pass gives."""
    candidate = {"birth_date": "1995-05-17", "nationalities": nationalities}
    post = {**to_dict(examples.load("ohchr-25p153")), "sectors": sectors}
    post.pop("schema_version")
    for data, cls in ((candidate, Candidate), (post, Post)):
        try:
            _converter.FAST.structure(data, cls)
        except Exception:  # noqa: BLE001 - the document is refused: its report is compared
            assert _report(data, cls, reuse=False) == _report(data, cls, reuse=True)


@settings(max_examples=300)
@given(st.integers(min_value=0, max_value=2**32))
def test_reusing_what_the_fast_pass_built_gives_the_report_a_full_reading_gives(
    seed: int,
) -> None:
    """On any mutated post, the report that starts from the fast pass's work is the same."""
    mutant = next(hostile.mutated_documents(seed, 1))
    data = mutant.data if mutant.data is not None else json.loads(mutant.text or "{}")
    data.pop("schema_version", None)
    try:
        _converter.FAST.structure(data, Post)
    except Exception:  # noqa: BLE001 - the document is refused: its report is compared
        assert _report(data, Post, reuse=False) == _report(data, Post, reuse=True)


def _walked(post: dict[str, Any], plan_types: tuple[type, ...]) -> tuple[list[object], Any]:
    """The values the report of ``post`` hands to plans of ``plan_types``, and its error."""
    with pytest.raises(Exception) as fast:  # noqa: PT011 - whatever the fast pass raises
        _converter.FAST.structure(post, Post)
    walked: list[object] = []
    with pytest.MonkeyPatch.context() as patch:
        for plan_type in plan_types:
            original = typing.cast("Any", plan_type).structure

            def spy(
                self: object, value: object, *args: object, _original: Any = original
            ) -> object:
                walked.append(value)
                return _original(self, value, *args)

            patch.setattr(plan_type, "structure", spy)
        with pytest.raises(ValidationError) as caught:
            _converter.report(post, Post, _converter.FAST, max_errors=100, failure=fast.value)
    return walked, caught.value


_PLAN_TYPES = (
    _converter._ModelPlan,
    _converter._FastFirstPlan,
    _converter._CollectionPlan,
    _converter._OptionalPlan,
    _converter._LeafPlan,
    _converter._PlainPlan,
)


def test_a_refused_root_is_not_read_again() -> None:
    """The report of a root refused by its own checks walks none of the document's parts."""
    post = {**to_dict(examples.load("ohchr-25p153")), "sectors": [" "] * 150}
    post.pop("schema_version")
    walked, error = _walked(post, _PLAN_TYPES)
    assert [post] == walked
    assert [f"sectors[{i}]" for i in range(100)] == [e.path for e in error.errors[:100]]
    assert "… and at least 1 more problem" == error.errors[-1].message


def test_what_the_fast_pass_built_is_not_read_again() -> None:
    """Of a long array of objects, the report reads the item that failed and those after it.

    The fast pass built the items before it (and every field of the post before
    ``key_documents``): the report takes them as built.
    """
    post = to_dict(examples.load("ohchr-25p153"))
    post.pop("schema_version")
    documents = [{"title": f"Document {i}"} for i in range(1000)]
    documents[600] = {"title": "Document 600", "year": "2020"}
    post["key_documents"] = documents
    walked, error = _walked(post, _PLAN_TYPES)
    assert ["key_documents[600].year: must be an integer, not a string (got '2020')"] == [
        str(e) for e in error.errors
    ]
    position = {id(document): i for i, document in enumerate(documents)}
    read = [position[id(value)] for value in walked if id(value) in position]
    assert [600, 600, *range(601, 1000)] == read  # the item plan, then the object's own


@pytest.mark.parametrize("zone", ["right/UTC", "Europe", "posixrules", "localtime", "Mars/Olympus"])
def test_a_zone_suffix_must_be_a_zone_of_the_snapshot(zone: str) -> None:
    """Files of the installed tzdata that are no zone, and folders, are refused with a message."""
    text = f"2026-03-10T23:00:00+00:00[{zone}]"
    with pytest.raises(_converter.InvalidValueError) as caught:
        _converter.FAST.structure(text, pendulum.DateTime)
    assert f"names {zone!r} as its zone, which is not an IANA time zone name" == str(caught.value)


def test_a_zone_suffix_of_the_snapshot_gives_that_zone() -> None:
    """A zone the snapshot names is read with its rules: the instant keeps its offset."""
    value = _converter.FAST.structure(
        "2026-03-10T19:00:00-04:00[America/New_York]", pendulum.DateTime
    )
    assert ("America/New_York", dt.timedelta(hours=-4)) == (value.timezone_name, value.utcoffset())


def test_a_snapshot_zone_the_installed_tzdata_lacks_is_named(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """If tzdata has no rules for a zone of the snapshot, the message says so."""

    def missing(name: str) -> object:
        raise pendulum.tz.exceptions.InvalidTimezone(name)

    monkeypatch.setattr(pendulum, "timezone", missing)
    with pytest.raises(_converter.InvalidValueError, match="the installed tzdata has no rules"):
        _converter.FAST.structure("2026-03-10T23:00:00+00:00[Europe/Zurich]", pendulum.DateTime)


_NEAR_ZONES = ["Europe", "posixrules", "right/UTC", "posix/Europe/Zurich", "localtime", "Factory"]


@given(
    st.sampled_from(
        sorted(_code_lists.time_zone_names() | zoneinfo.available_timezones() | set(_NEAR_ZONES))
    )
)
def test_the_loader_accepts_exactly_the_zones_of_the_snapshot(zone: str) -> None:
    """A date-time's zone is valid if and only if the snapshot names it, whatever tzdata holds."""
    instant = dt.datetime(2026, 3, 10, 23, tzinfo=dt.UTC)
    try:
        local = instant.astimezone(zoneinfo.ZoneInfo(zone))
    except (ValueError, OSError, zoneinfo.ZoneInfoNotFoundError):
        local = instant
    try:
        _converter.FAST.structure(f"{local.isoformat()}[{zone}]", pendulum.DateTime)
    except _converter.InvalidValueError:
        accepted = False
    else:
        accepted = True
    assert (zone in _code_lists.time_zone_names()) == accepted


def test_a_zone_outside_the_snapshot_is_written_as_its_offset() -> None:
    """What the loader would refuse is never written: such a date-time keeps its offset only."""
    rules = resources.files("tzdata.zoneinfo").joinpath("UTC").read_bytes()
    posix = zoneinfo.ZoneInfo.from_file(io.BytesIO(rules), key="posix/UTC")  # no tzdata file
    outside = dt.datetime(2026, 3, 10, 23, tzinfo=posix)
    inside = dt.datetime(2026, 3, 10, 23, tzinfo=zoneinfo.ZoneInfo("Etc/UTC"))
    written = [_converter.FAST.unstructure(pendulum.instance(d)) for d in (outside, inside)]
    assert ["2026-03-10T23:00:00+00:00", "2026-03-10T23:00:00+00:00[Etc/UTC]"] == written


def _cattrs_reference() -> Any:
    """The fast converter as it was: cattrs' own generated code for every class."""
    reference = _converter.make_converter(detailed=False)
    reference.register_structure_hook_factory(
        lambda t: isinstance(t, type) and attrs.has(t), make_dict_structure_fn
    )
    return reference


_REFERENCE = _cattrs_reference()

_ODD_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-3, 3),
    st.sampled_from(["", " x", "USD", "CH", "2026-03-10", "18:00:00", "1.50", "jpo", "\ud800"]),
    st.lists(st.sampled_from(["a", "b", "a", 1, None]), max_size=3),
    st.dictionaries(st.sampled_from(["title", "name", "zz"]), st.just("x"), max_size=2),
)


def _mutated(data: object, rng: random.Random, value: object) -> object:
    """``data`` with one value somewhere (or one key of an object) replaced or added."""
    if isinstance(data, dict) and data:
        key = rng.choice(sorted(data))
        if rng.random() < 0.3:  # here: replace, drop, or add an unknown key
            choice = rng.choice(["replace", "drop", "unknown"])
            changed = dict(data)
            if choice == "replace":
                changed[key] = value
            elif choice == "drop":
                del changed[key]
            else:
                changed["zz_unknown"] = value
            return changed
        return {**data, key: _mutated(data[key], rng, value)}
    if isinstance(data, list) and data:
        i = rng.randrange(len(data))
        return [*data[:i], _mutated(data[i], rng, value), *data[i + 1 :]]
    return value


def _outcome(converter: Any, data: object) -> tuple[str, object]:
    try:
        return "built", converter.structure(data, Post)
    except ValidationError as exc:  # some object's checks: the report reuses this error
        return "checks", [str(e) for e in exc.errors]
    except ForbiddenExtraKeysError as exc:  # the same keys as cattrs names, when both do
        return "refused", (exc.cl, sorted(map(repr, exc.extra_fields)))
    except Exception:  # noqa: BLE001 - refused: the detailed pass says why
        return "refused", None


@given(posts(), st.randoms(use_true_random=False), _ODD_VALUES)
def test_the_generated_structure_code_agrees_with_cattrs_own(
    post: Post, rng: random.Random, value: object
) -> None:
    """On valid and mutated documents the fast hooks build, or refuse, as cattrs' code does."""
    data = to_dict(post)
    data.pop("schema_version")
    mutated = _mutated(data, rng, value)
    expected = _outcome(_REFERENCE, mutated)
    actual = _outcome(_converter.FAST, mutated)
    assert expected[0] == actual[0]
    # Refused: for the same reason where both name unknown keys (which one a document both
    # misses a key and adds one raises first is cattrs' own order: the report names both).
    if expected[0] != "refused" or (expected[1] is not None and actual[1] is not None):
        assert expected[1] == actual[1]


def test_a_mapping_that_is_not_a_dict_is_read_by_cattrs_code() -> None:
    """Only a plain dict takes the generated path; any other mapping is read as cattrs reads it."""
    money = types.MappingProxyType({"amount": "12.50", "currency": "EUR"})
    assert Money(amount=Decimal("12.50"), currency="EUR") == _converter.FAST.structure(money, Money)


def test_a_set_of_bad_items_is_reported_in_the_document_order_and_never_sorted(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A set's bad items are named where and in the order the document lists them.

    Nothing is sorted to name them: the first pass only learns that the set's checks fail,
    and the report numbers the items as the document lists them (it used to sort the whole
    set once for each problem: 300,000 bad country codes took 22 s to refuse).
    """
    codes = [f"{a}{b}{c}" for a in "ABCDEF" for b in "GHIJKL" for c in "MNOPQRSTUVWXYZ"]
    random.Random(5).shuffle(codes)  # noqa: S311 - 504 distinct bad codes, in no order
    codes = [*codes, *(f"Q{i:04d}" for i in range(2000))]
    sorted_sizes: list[int] = []

    def counted(items: Any, **kwargs: Any) -> list[Any]:
        sorted_sizes.append(len(items))
        return sorted(items, **kwargs)

    monkeypatch.setattr(_model, "sorted", counted, raising=False)
    monkeypatch.setattr(_model, "_SortedAsRead", lambda items: sorted_sizes.append(len(items)))
    document = to_dict(examples.load("ohchr-25p153"))
    document["eligibility"]["nationality"]["countries"] = ["CH", *codes]
    with pytest.raises(ValidationError) as caught:
        loads(json.dumps(document), Post)
    assert [
        (f"eligibility.nationality.countries[{i + 1}]", code) for i, code in enumerate(codes[:100])
    ] == [(e.path, e.value) for e in caught.value.errors[:100]]
    assert "… and at least 1 more problem" == caught.value.errors[100].message
    assert len(codes) + 1 not in sorted_sizes
