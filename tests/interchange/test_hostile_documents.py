"""Hostile documents: whatever arrives, loading answers with an object or a `ValidationError`.

Each property pins a finding of the outside fuzzing of untrusted documents: refusing was
unbounded, a huge integer escaped as a bare ValueError, paths pointed at the wrong item
(or could not be resolved), lone surrogates and repeated keys were accepted.
"""

from __future__ import annotations

import copy
import itertools
import json
import math
import random
from collections.abc import Callable, Iterator
from decimal import Decimal
from functools import partial
from typing import Any, NamedTuple

import attrs
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from jpo_model import (
    MAX_SIZE,
    Candidate,
    Money,
    Post,
    ValidationError,
    examples,
    from_dict,
    loads,
    to_dict,
)
from jpo_model.errors import ErrorDetail, path_steps

DOCUMENTS = {slug: to_dict(examples.load(slug)) for slug in examples.names()}
MISSING_NODE = object()
Path = tuple[str | int, ...]

# ---------------------------------------------------------------------------- oracles


def resolve(document: object, pointer: str) -> object:
    """The value an RFC 6901 JSON Pointer names in ``document`` (MISSING_NODE if none).

    Strict: an object's key must be a string that is there, an array's index the canonical
    decimal of an item that is there.
    """
    if pointer == "":
        return document
    if not pointer.startswith("/"):
        return MISSING_NODE
    node = document
    for token in pointer[1:].split("/"):
        key = token.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict):
            if key not in node:
                return MISSING_NODE
            node = node[key]
        elif isinstance(node, list | tuple):
            if not key.isdigit() or (key != "0" and key.startswith("0")) or int(key) >= len(node):
                return MISSING_NODE
            node = node[int(key)]
        else:
            return MISSING_NODE
    return node


def _pointer_tokens(pointer: str) -> list[str]:
    return [t.replace("~1", "/").replace("~0", "~") for t in pointer.split("/")[1:]]


def check_report(document: object, error: ValidationError, *, max_errors: int = 100) -> None:
    """What every report must hold, whatever the document."""
    assert error.errors
    assert len(error.errors) <= max_errors + 1
    text = str(error)  # never raises, whatever the values
    assert text
    for problem in error.errors:
        assert isinstance(problem, ErrorDetail)
        assert resolve(document, problem.pointer) is not MISSING_NODE, problem
        # The pointer is the path, or the longest start of it that is in the document.
        steps = [str(step) for step in path_steps(problem.path)]
        tokens = _pointer_tokens(problem.pointer)
        assert tokens == steps[: len(tokens)], problem
        repr(problem)
    if error.omitted:
        assert error.errors[-1].message.startswith("… and ")


def load_or_refuse(load: Callable[[], object], document: object, **limits: int) -> None:
    """Loading gives an object, or a ValidationError whose report holds up; nothing else."""
    try:
        load()
    except ValidationError as error:
        check_report(document, error, **limits)


# ---------------------------------------------------------------------------- mutations

NESTED = st.integers(1, 40).map(lambda depth: _nested("x", depth))
HOSTILE_KEYS = st.sampled_from(["a.b", "", "[0]", '"', "a/b", "~0", "x y", "\n", "\ud800", "ü"])
HOSTILE_VALUES = st.one_of(
    st.sampled_from(
        [
            10**5000,
            -(10**400),
            2**64,
            math.nan,
            math.inf,
            -0.0,
            "\ud800",
            "a\udfff",
            "\ud83d\ude00",
            "x" * 100_000,
            " ",
            "",
            True,
            None,
            [],
            {},
            b"bytes",
            frozenset({1}),
            (1, 2),
            Decimal("NaN"),
            object(),
            {1: "a non-string key"},
            [1] * 500,
            ["XX"] * 300,
        ]
    ),
    NESTED,
    st.text(max_size=30),
    st.integers(),
    st.floats(),
    st.dictionaries(HOSTILE_KEYS | st.text(max_size=5), st.integers(), max_size=4),
)


def _nested(value: object, depth: int) -> object:
    for _ in range(depth):
        value = [value]
    return value


def _paths(data: object, prefix: Path = ()) -> Iterator[Path]:
    yield prefix
    if isinstance(data, dict):
        for key, value in data.items():
            yield from _paths(value, (*prefix, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from _paths(value, (*prefix, index))


def _parent(data: Any, path: Path) -> Any:
    for step in path[:-1]:
        data = data[step]
    return data


@st.composite
def hostile_documents(draw: st.DrawFn) -> dict[str, Any]:
    """A bundled post with one to four hostile edits: odd values, keys, deletions, repeats."""
    document = copy.deepcopy(DOCUMENTS[draw(st.sampled_from(sorted(DOCUMENTS)))])
    for _ in range(draw(st.integers(1, 4))):
        path = draw(st.sampled_from(list(_paths(document))[1:]))
        parent = _parent(document, path)
        action = draw(st.sampled_from(["replace", "delete", "add-key", "repeat", "shuffle"]))
        if action == "replace":
            parent[path[-1]] = draw(HOSTILE_VALUES)
        elif action == "delete":
            del parent[path[-1]]
        elif action == "add-key" and isinstance(parent[path[-1]], dict):
            parent[path[-1]][draw(HOSTILE_KEYS)] = draw(HOSTILE_VALUES)
        elif action == "repeat" and isinstance(parent[path[-1]], list):
            parent[path[-1]] = parent[path[-1]] * draw(st.integers(2, 50))
        elif action == "shuffle" and isinstance(parent[path[-1]], list):
            parent[path[-1]] = draw(st.permutations(parent[path[-1]]))
    return document


def _json_text(document: object) -> str | None:
    try:
        return json.dumps(document, ensure_ascii=False)
    except (TypeError, ValueError):  # bytes, sets, objects, integers of 5000 digits
        return None


# ------------------------------------------------------------- random mutations, at scale
#
# The hypothesis strategy above shrinks what it finds; this generator is plain `random`, so
# that `benchmarks/bench_hostile.py` can run 100,000 of its documents in minutes. A CI-sized
# run of it is a test below.

MUTATIONS = (
    "type swap",
    "deletion",
    "insertion",
    "huge int",
    "surrogate",
    "duplicate key",
    "deep nesting",
    "long list",
    "unknown key",
    "shuffle",
)
_SWAPS: tuple[object, ...] = (
    *(1, -1, 0, 1.5, True, False, None),
    *("x", "", " ", "1"),
    *([], {}, [1], {"a": 1}),
)
_HUGE: tuple[int, ...] = (10**5000, -(10**400), 2**64, 10**30)
_SURROGATES = ("\ud800", "a\udfff", "\udc80 b")
TEXTS = {slug: json.dumps(document, ensure_ascii=False) for slug, document in DOCUMENTS.items()}


class Mutant(NamedTuple):
    """A damaged post: its data (for `from_dict`) and its JSON text (for `loads`)."""

    source: str
    """The bundled example it was made from."""
    kinds: tuple[str, ...]
    data: dict[str, Any] | None
    """None when only JSON text can hold the damage (a repeated key)."""
    text: str | None
    """None when JSON cannot write the data (a 5,000-digit integer, a lone surrogate)."""


def mutated_documents(seed: int, count: int) -> Iterator[Mutant]:
    """``count`` bundled posts, each with one to four random mutations of `MUTATIONS`."""
    rng = random.Random(seed)  # noqa: S311 - reproducible test data, not a secret
    slugs = sorted(TEXTS)
    made = 0
    while made < count:
        source = rng.choice(slugs)
        data = json.loads(TEXTS[source])
        kinds = tuple(rng.choice(MUTATIONS) for _ in range(rng.randint(1, 4)))
        for kind in kinds:
            if kind != "duplicate key":
                _mutate(data, kind, rng)
        if _larger_than(data, 2 * MAX_SIZE):
            continue  # refused by its size at once (tested on its own): not worth writing
        made += 1
        # Last, so that no other mutation removes the key written twice.
        repeated = _pick_object(data, rng) if "duplicate key" in kinds else None
        text = _written(data, repeated, rng)
        yield Mutant(source, kinds, None if repeated else data, text)


_MOST_PATHS = 20_000
"""Where a mutation may land: among the first paths of a document (a lengthened list would
otherwise make every later mutation walk, and multiply, millions of shared items)."""


def _larger_than(data: object, limit: int) -> bool:
    """Whether ``data`` written as JSON would take more than about ``limit`` bytes.

    Counted without writing it, and given up as soon as the count passes ``limit``: shared
    items (a lengthened list repeats one object) are counted each time they appear.
    """
    size, stack = 0, [data]
    while stack and size <= limit:
        value = stack.pop()
        if isinstance(value, dict):
            size += 2 + 4 * len(value) + sum(len(str(key)) for key in value)
            stack.extend(value.values())
        elif isinstance(value, list):
            size += 2 + 2 * len(value)
            stack.extend(value)
        elif isinstance(value, str):
            size += len(value) + 2
        elif isinstance(value, int) and not isinstance(value, bool):
            size += value.bit_length() // 3 + 1
        else:
            size += 5
    return size > limit


def _mutate(data: dict[str, Any], kind: str, rng: random.Random) -> None:
    paths = list(itertools.islice(_paths(data), 1, _MOST_PATHS))
    if kind == "long list" and len(paths) == _MOST_PATHS - 1:
        return  # long already: lengthening inside shared items would multiply them again
    path = rng.choice(paths or [()])
    if path:
        parent = _parent(data, path)
        _MUTATE[kind](parent, path[-1], rng)


Step = str | int


def _swap(parent: Any, step: Step, rng: random.Random) -> None:
    parent[step] = copy.deepcopy(rng.choice(_SWAPS))


def _delete(parent: Any, step: Step, _: random.Random) -> None:
    del parent[step]


def _insert(parent: Any, step: Step, rng: random.Random) -> None:
    if isinstance(value := parent[step], list):
        value.insert(rng.randint(0, len(value)), copy.deepcopy(rng.choice(_SWAPS)))


def _huge(parent: Any, step: Step, rng: random.Random) -> None:
    parent[step] = rng.choice(_HUGE)


def _surrogate(parent: Any, step: Step, rng: random.Random) -> None:
    if isinstance(value := parent[step], str):
        parent[step] = value + rng.choice(_SURROGATES)


def _deepen(parent: Any, step: Step, rng: random.Random) -> None:
    parent[step] = _nested(parent[step], rng.randint(1, 40))


def _lengthen(parent: Any, step: Step, rng: random.Random) -> None:
    value = parent[step]
    items = value if isinstance(value, list) and value else [value]
    if len(items) < 50:  # a list already lengthened is not lengthened again
        parent[step] = items * rng.randint(50, 2000)


def _unknown_key(parent: Any, step: Step, rng: random.Random) -> None:
    if isinstance(value := parent[step], dict):
        typo = rng.choice([*value, "x"]) + rng.choice(["", "s", "_", ".", "/", "~"])
        value[rng.choice([typo, "", "a.b", "[0]", "x y", "\ud800"])] = copy.deepcopy(
            rng.choice(_SWAPS)
        )


def _shuffle(parent: Any, step: Step, rng: random.Random) -> None:
    if isinstance(value := parent[step], list):
        rng.shuffle(value)


_MUTATE: dict[str, Callable[[Any, Step, random.Random], None]] = {
    "type swap": _swap,
    "deletion": _delete,
    "insertion": _insert,
    "huge int": _huge,
    "surrogate": _surrogate,
    "deep nesting": _deepen,
    "long list": _lengthen,
    "unknown key": _unknown_key,
    "shuffle": _shuffle,
}


def _pick_object(data: object, rng: random.Random) -> tuple[dict[str, Any], str] | None:
    objects = [node for path in _paths(data) if isinstance(node := _at(data, path), dict) and node]
    if not objects:
        return None
    chosen = rng.choice(objects)
    return chosen, rng.choice(list(chosen))


def _at(data: Any, path: Path) -> Any:
    for step in path:
        data = data[step]
    return data


_MARK = "\u0000repeated"


def _written(
    data: dict[str, Any], repeated: tuple[dict[str, Any], str] | None, rng: random.Random
) -> str | None:
    """The data as JSON text, with ``repeated``'s key written a second time if given."""
    if repeated is not None:
        obj, key = repeated
        obj[_MARK] = None
    try:
        text = json.dumps(data, ensure_ascii=rng.random() < 0.5)
    except (TypeError, ValueError):  # an integer beyond the int-to-string limit
        return None
    finally:
        if repeated is not None:
            del repeated[0][_MARK]
    if repeated is not None:
        obj, key = repeated
        pair = f"{json.dumps(key)}: {json.dumps(obj[key], ensure_ascii=False)}"
        text = text.replace(f"{json.dumps(_MARK)}: null", pair)
    return text


def check_mutant(mutant: Mutant) -> None:
    """Loading the mutant gives a post or a ValidationError whose report holds up."""
    if mutant.data is not None:
        data = mutant.data
        load_or_refuse(lambda: from_dict(data, Post), data)
    if mutant.text is not None:
        text = mutant.text
        try:
            parsed: object = json.loads(text)
        except RecursionError:  # deeper than the standard parser goes: refused unread
            parsed = None
        load_or_refuse(lambda: loads(text, Post), parsed)


# ------------------------------------------------------------- every array, made long
#
# `benchmarks/bench_long_arrays.py` times these at 300 kB each; a CI-sized run is a test.

LENGTHENINGS = ("same", "distinct", "blank", "empty object", "integer")


class LongArray(NamedTuple):
    """A bundled post with one of its arrays made long, in one of `LENGTHENINGS`."""

    source: str
    path: Path
    """Where the array is in the document."""
    kind: str
    objects: bool
    """Whether the long array holds objects (else strings or integers)."""
    data: dict[str, Any]
    text: str


def long_arrays(size: int) -> Iterator[LongArray]:
    """Each array of each bundled post, lengthened to about ``size`` bytes of JSON.

    The array's first item repeated (``same``: a set refuses it, a tuple may not), made
    distinct (``distinct``: a string or an object's first string with a number added),
    blank strings, empty objects and integers in its place: what the item's type allows
    or refuses, checked one item at a time, in sets and tuples, enums and codes alike.
    Each array once per document shape (its path with every index 0).
    """
    seen: set[tuple[Path, str]] = set()
    for source in sorted(DOCUMENTS):
        document = DOCUMENTS[source]
        for path in _paths(document):
            items = _at(document, path)
            if not isinstance(items, list) or not items:
                continue
            shape = tuple(0 if isinstance(step, int) else step for step in path)
            for kind, value in _lengthened(items[0], size):
                if (shape, kind) in seen:
                    continue
                seen.add((shape, kind))
                data = copy.deepcopy(document)
                _parent(data, path)[path[-1]] = value
                text = json.dumps(data, ensure_ascii=False)
                objects = isinstance(value[0], dict)
                yield LongArray(source, path, kind, objects, data, text)


def _lengthened(first: object, size: int) -> Iterator[tuple[str, list[Any]]]:
    count = max(2, size // (len(json.dumps(first, ensure_ascii=False)) + 2))
    yield "same", [first] * count
    if isinstance(first, str):
        yield "distinct", [f"{first}{i}" for i in range(count)]
        yield "blank", [" "] * count
    if isinstance(first, dict):
        texts = [key for key, item in first.items() if isinstance(item, str)]
        if texts:
            key = texts[0]
            yield "distinct", [{**first, key: f"{first[key]} {i}"} for i in range(count)]
        yield "empty object", [{} for _ in range(count)]
    yield "integer", [7] * count


# ---------------------------------------------------------------------------- properties


def test_every_array_made_long_loads_or_raises_a_validation_error() -> None:
    """A CI-sized run of the long-arrays benchmark: only ValidationError escapes."""
    made = list(long_arrays(4_000))
    assert {array.kind for array in made} == set(LENGTHENINGS)
    assert len({array.path[0] for array in made}) > 10  # arrays all over the post
    for array in made:
        load_or_refuse(lambda: loads(array.text, Post), array.data)  # noqa: B023 - called now


def test_mutated_documents_load_or_raise_a_validation_error() -> None:
    """A CI-sized run of the benchmark's 100,000 mutations: only ValidationError escapes."""
    kinds: set[str] = set()
    for mutant in mutated_documents(seed=15, count=300):
        check_mutant(mutant)
        kinds.update(mutant.kinds)
    assert set(MUTATIONS) == kinds


def test_a_repeated_key_mutant_is_text_only() -> None:
    """The duplicate-key mutation writes the key twice in the text, which loads refuses."""
    mutant = next(m for m in mutated_documents(seed=1, count=200) if m.kinds == ("duplicate key",))
    assert mutant.data is None
    assert mutant.text is not None
    with pytest.raises(ValidationError, match="is repeated"):
        loads(mutant.text, Post)


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(hostile_documents())
@example({**DOCUMENTS["ohchr-25p153"], "title": "JPO \ud800"})  # was accepted
@example({**DOCUMENTS["ohchr-25p153"], "a.b": 1, "": 2, "x/y~": 3})  # unresolvable paths
def test_hostile_documents_load_or_raise_a_validation_error(document: dict[str, Any]) -> None:
    """A damaged post gives a post or a ValidationError whose every pointer resolves."""
    load_or_refuse(lambda: from_dict(document, Post), document)


# Not hypothesis examples: older hypothesis releases print an example's repr, and a
# 5,000-digit int cannot be turned into text.
@pytest.mark.parametrize(
    "changes",
    [{"schema_version": 10**5000}, {"key_documents": [{"title": "A", "year": 10**5000}]}],
    ids=["schema_version", "a field"],
)
def test_a_huge_integer_is_a_validation_error(changes: dict[str, Any]) -> None:
    """A 5,000-digit int used to escape as a bare ValueError (int-to-string limit)."""
    document = {**DOCUMENTS["ohchr-25p153"], **changes}
    load_or_refuse(lambda: from_dict(document, Post), document)
    with pytest.raises(ValidationError):
        from_dict(document, Post)


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(hostile_documents())
def test_hostile_text_loads_or_raises_a_validation_error(document: dict[str, Any]) -> None:
    """The same holds for the document as JSON text, read by `loads`."""
    text = _json_text(document)
    if text is not None:
        load_or_refuse(lambda: loads(text, Post), json.loads(text))


@given(hostile_documents(), st.integers(1, 5))
def test_reports_stop_at_max_errors(document: dict[str, Any], max_errors: int) -> None:
    """No report lists more than max_errors problems, then one entry counting the rest."""
    load_or_refuse(
        lambda: from_dict(document, Post, max_errors=max_errors), document, max_errors=max_errors
    )


COUNTRIES = ["CH", "KE", "NL", "SG", "FR", "BR", "IN"]


@given(st.permutations(COUNTRIES), st.integers(0, len(COUNTRIES)), st.sampled_from(["XX", "ch"]))
@example(["SG"], 0, "XX")  # the issue's ["XX", "SG"]: reported at [1], the sorted position
def test_set_items_keep_the_index_the_document_used(
    countries: list[str], position: int, bad: str
) -> None:
    """A bad item of a set-like field is reported at its index in the document, not sorted."""
    listed = [*countries[:position], bad, *countries[position:]]
    candidate = {"birth_date": "1995-05-17", "nationalities": listed}
    post = copy.deepcopy(DOCUMENTS["ohchr-25p153"])
    post["eligibility"]["nationality"]["countries"] = listed
    for document, cls, field in (
        (candidate, Candidate, "nationalities"),
        (post, Post, "eligibility.nationality.countries"),
    ):
        with pytest.raises(ValidationError) as caught:
            from_dict(document, cls)
        [problem] = caught.value.errors
        assert (f"{field}[{position}]", bad) == (problem.path, problem.value)
        assert bad == resolve(document, problem.pointer)


def test_the_report_is_capped_and_counts_the_rest() -> None:
    """A list of 400,000 bad items gives max_errors problems and a count of the others."""
    document = {**DOCUMENTS["ohchr-25p153"], "sectors": [1] * 400_000}
    with pytest.raises(ValidationError) as caught:
        from_dict(document, Post)
    error = caught.value
    assert 101 == len(error.errors)
    assert [f"sectors[{i}]" for i in range(100)] == [e.path for e in error.errors[:100]]
    assert 399_900 == error.omitted
    assert "… and at least 399900 more problems" == error.errors[-1].message
    assert "" == error.errors[-1].pointer
    with pytest.raises(ValidationError) as few:
        from_dict(document, Post, max_errors=3)
    assert ["sectors[0]", "sectors[1]", "sectors[2]", ""] == [e.path for e in few.value.errors]


@pytest.mark.parametrize(
    ("field", "bad", "good"),
    [
        ("key_documents", {}, {"title": "Doc"}),  # a required key missing
        ("key_documents", 7, {"title": "Doc"}),  # no object
        ("key_documents", {"title": "Doc", "zz": 1}, {"title": "Doc"}),  # an unknown key
        ("key_documents", {"title": 5}, {"title": "Doc"}),  # a wrong value (read by the hook)
        ("supervision.lines.0.roles", "nobody", "direct"),  # no member of the enum
        ("supervision.lines.0.roles", ["direct"], "direct"),  # unhashable where a member goes
    ],
)
def test_the_problems_left_out_of_a_report_are_counted_whatever_the_items(
    field: str, bad: object, good: object
) -> None:
    """Each wrong item beyond the report's hundred problems is counted, the right ones not.

    (The wrong items are counted without an exception each: in C where an item is no
    object, lacks or adds a key, or is no member of an enum.)
    """
    document = copy.deepcopy(DOCUMENTS["ohchr-25p153"])
    *parents, name = [int(step) if step.isdigit() else step for step in field.split(".")]
    holder: Any = document
    for step in parents:
        holder = holder[step]
    holder[name] = [bad] * 140 + [good] + [copy.deepcopy(bad) for _ in range(60)] + [good]
    with pytest.raises(ValidationError) as caught:
        from_dict(document, Post)
    assert 100 == len(caught.value.errors) - 1
    assert 100 == caught.value.omitted


@pytest.mark.parametrize(
    ("field", "value", "path"),
    [
        ("un_experience_ceiling", {"max_months": 12, "kinds": []}, "un_experience_ceiling.kinds"),
        ("nationality", {"scope": "listed-countries", "countries": []}, "nationality.countries"),
    ],
)
def test_an_object_holding_a_set_is_refused_by_its_own_checks_at_its_path(
    field: str, value: dict[str, Any], path: str
) -> None:
    """An object with a set (of enum members or of codes) that fails its checks is named.

    The first pass only learns that its checks fail; the report builds it again to name
    the problems (it once built it again and again, to "nests too deeply to be read").
    """
    document = copy.deepcopy(DOCUMENTS["ohchr-25p153"])
    document["eligibility"][field] = value
    for load in (partial(from_dict, document, Post), partial(loads, json.dumps(document), Post)):
        with pytest.raises(ValidationError) as caught:
            load()
        assert [f"eligibility.{path}"] == [e.path for e in caught.value.errors]


def test_a_constructor_reports_at_most_100_problems() -> None:
    """Items that pass structuring but fail the model's checks are capped as well."""
    document = {**DOCUMENTS["ohchr-25p153"], "sectors": [" "] * 300_000}
    with pytest.raises(ValidationError) as caught:
        loads(json.dumps(document), Post)
    assert 101 == len(caught.value.errors)
    assert "sectors[99]" == caught.value.errors[99].path
    assert caught.value.errors[-1].message.startswith("… and at least ")


@pytest.mark.parametrize(
    ("key", "path", "pointer"),
    [
        ("a.b", 'organisation.units[0]["a.b"]', "/organisation/units/0/a.b"),
        ("", 'organisation.units[0][""]', "/organisation/units/0/"),
        ("a/b~c", "organisation.units[0].a/b~c", "/organisation/units/0/a~1b~0c"),
        ("[1]", 'organisation.units[0]["[1]"]', "/organisation/units/0/[1]"),
        ("x y", 'organisation.units[0]["x y"]', "/organisation/units/0/x y"),
        ("\ud800", 'organisation.units[0]["\\ud800"]', "/organisation/units/0/\ud800"),
        ("zzz", "organisation.units[0].zzz", "/organisation/units/0/zzz"),
    ],
)
def test_odd_keys_are_quoted_in_paths_and_escaped_in_pointers(
    key: str, path: str, pointer: str
) -> None:
    """A key a dot would make ambiguous is quoted; the pointer resolves whatever the key."""
    document = copy.deepcopy(DOCUMENTS["ohchr-25p153"])
    document["organisation"]["units"][0][key] = 1
    with pytest.raises(ValidationError) as caught:
        from_dict(document, Post)
    [problem] = caught.value.errors
    assert (path, pointer) == (problem.path, problem.pointer)
    assert 1 == resolve(document, problem.pointer)
    assert key == path_steps(problem.path)[-1]


def test_a_missing_key_points_at_the_object_that_lacks_it() -> None:
    """The pointer of an absent required key names its object, which is in the document."""
    document = copy.deepcopy(DOCUMENTS["ohchr-25p153"])
    del document["organisation"]["units"][0]["name"]
    del document["duty_station"]["city"]
    with pytest.raises(ValidationError) as caught:
        from_dict(document, Post)
    assert [
        ("organisation.units[0].name", "/organisation/units/0"),
        ("duty_station.city", "/duty_station"),
    ] == [(e.path, e.pointer) for e in caught.value.errors]


@pytest.mark.parametrize(
    ("text", "paths"),
    [
        ('{"title": "a", "title": "b"}', ["title"]),
        ('{"organisation": {"entity": "x", "entity": "y"}}', ["organisation.entity"]),
        ('{"key_documents": [{}, {"url": 1, "url": 2, "a.b": 1, "a.b": 2}]}',
         ["key_documents[1].url", 'key_documents[1]["a.b"]']),
    ],
)  # fmt: skip
def test_json_objects_must_not_repeat_a_key(text: str, paths: list[str]) -> None:
    """A repeated key is refused with its path (json keeps the last one silently)."""
    with pytest.raises(ValidationError) as caught:
        loads(text, Post)
    assert paths == [e.path for e in caught.value.errors]
    assert all(
        e.message == "is repeated (an object names each key once)" for e in caught.value.errors
    )
    for problem in caught.value.errors:
        assert resolve(json.loads(text), problem.pointer) is not MISSING_NODE


def test_repeated_keys_are_capped_too() -> None:
    """Ten thousand repeated keys give a capped report."""
    pairs = ", ".join(f'"k{i}": 1, "k{i}": 2' for i in range(10_000))
    with pytest.raises(ValidationError) as caught:
        loads("{" + pairs + "}", Post, max_errors=5)
    assert ["k0", "k1", "k2", "k3", "k4", ""] == [e.path for e in caught.value.errors]
    assert 9995 == caught.value.omitted


@pytest.mark.parametrize(
    "text",
    [
        'amount = "1.00"\namount = "2.00"\ncurrency = "USD"',
        "[a]\nb = 1\n[a]\nc = 2",
        "a = {b = 1}\na.c = 2",
    ],
)
def test_toml_refuses_repeated_keys_itself(text: str) -> None:
    """tomllib refuses a key or table defined twice; the loader reports it as invalid TOML."""
    with pytest.raises(ValidationError) as caught:
        loads(text, Money, format="toml")
    [problem] = caught.value.errors
    assert problem.message.startswith("is not valid TOML: ")


@pytest.mark.parametrize("title", ["JPO \ud800", "\udfffJPO", "JPO \udc80 Officer"])
def test_lone_surrogates_are_refused_everywhere(title: str) -> None:
    """Text UTF-8 cannot encode is refused by from_dict, loads and the constructor alike."""
    message = "must be text that UTF-8 can encode (it holds a lone surrogate)"
    document = {**DOCUMENTS["ohchr-25p153"], "title": title}
    loaders: list[Callable[[], Post]] = [
        lambda: from_dict(document, Post),
        lambda: loads(json.dumps(document), Post),  # ensure_ascii: "\\ud800" escapes
        lambda: attrs.evolve(examples.load("ohchr-25p153"), title=title),
    ]
    for load in loaders:
        with pytest.raises(ValidationError) as caught:
            load()
        assert [("title", message)] == [(e.path, e.message) for e in caught.value.errors]
        str(caught.value).encode("utf-8")  # the report itself can be written


def test_surrogate_pairs_are_text() -> None:
    """A character beyond the BMP written as a JSON surrogate pair is ordinary text."""
    document = {**DOCUMENTS["ohchr-25p153"], "title": "JPO \ud83d\ude00"}
    post = loads(json.dumps(document), Post)
    assert "JPO \U0001f600" == post.title


@pytest.mark.parametrize(
    ("changes", "path"),
    [
        ({"schema_version": 10**5000}, "schema_version"),
        ({"key_documents": [{"title": "A report", "year": 10**5000}]}, "key_documents[0].year"),
        ({"grade": {"options": [{"level": "P2", "step": -(10**5000)}]}}, "grade.options[0].step"),
        ({"title": 10**5000}, "title"),
    ],
)
def test_huge_integers_are_reported_where_they_are(changes: dict[str, object], path: str) -> None:
    """A 5000-digit integer is a problem at its path, shown shortened, never a bare ValueError."""
    document = {**DOCUMENTS["ohchr-25p153"], **changes}
    with pytest.raises(ValidationError) as caught:
        from_dict(document, Post)
    assert [path] == [e.path for e in caught.value.errors]
    shown = str(caught.value)
    assert "<5001 digits>" in shown
    assert len(shown) < 1000
    assert "<5001 digits>" in repr(caught.value.errors[0])


def test_huge_integers_in_text_are_invalid_json_or_toml() -> None:
    """The parsers refuse integers beyond the int-to-string limit; that is a ValidationError."""
    digits = "9" * 5000
    with pytest.raises(ValidationError, match="is not valid JSON"):
        loads('{"schema_version": ' + digits + "}", Post)
    with pytest.raises(ValidationError, match="is not valid TOML"):
        loads("schema_version = " + digits, Post, format="toml")


def test_from_dict_has_the_size_and_depth_limits_of_loads() -> None:
    """Data whose text would be too large, or that nests too deep, is refused before reading."""
    document = DOCUMENTS["ohchr-25p153"]
    size = len(json.dumps(document))
    assert examples.load("ohchr-25p153") == from_dict(document, Post, max_size=size)
    with pytest.raises(ValidationError) as caught:
        from_dict(document, Post, max_size=size // 2)
    assert f"<root>: is larger than the {size // 2} bytes allowed (as JSON text)" == str(
        caught.value
    )
    shared = ["x" * 1000] * 5000  # 5 MB of text from one string: counted as its text is
    with pytest.raises(ValidationError, match="is larger than the 4000000 bytes allowed"):
        from_dict({**document, "sectors": shared}, Post)
    with pytest.raises(ValidationError, match="nests deeper than 5 levels"):
        from_dict(document, Post, max_depth=5)


@pytest.mark.parametrize("max_errors", [0, -1, 1.5, True])
def test_max_errors_must_be_a_positive_integer(max_errors: Any) -> None:
    """A limit of no problems at all is a usage error, not a validation error."""
    with pytest.raises(ValueError, match="max_errors must be a positive integer"):
        from_dict({}, Money, max_errors=max_errors)


def test_nothing_escapes_for_odd_python_values() -> None:
    """from_dict data may hold any Python object; each is a problem, never an exception."""

    class Hostile:
        def __repr__(self) -> str:
            raise RuntimeError

        def __eq__(self, other: object) -> bool:
            raise RuntimeError

        __hash__ = object.__hash__

    values = [Hostile(), {Hostile(): 1}, {(1, 2): 1}, {1, 2}, b"x", Decimal(1), math.nan]
    for value, field in itertools.product(values, ["title", "kind", "sectors", "grade"]):
        document = {**DOCUMENTS["ohchr-25p153"], field: value}
        load_or_refuse(lambda: from_dict(document, Post), document)  # noqa: B023
