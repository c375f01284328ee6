"""Benchmark: refusing a hostile document costs at most twice loading a valid one of its size.

Run: ``python benchmarks/bench_refusal.py [--scale S] [--repeat R] [--only NAME]``.

Each case is a hostile post document within the default limits (4 MB, 32 levels), and a
valid post of about the same size in bytes, made of the same kind of JSON: the ohchr-25p153
announcement padded with one-letter sector names where the hostile document is a long list
of scalars, and with small key documents (``{"title": "Doc"}``) where it is made of objects
or arrays (many keys, many objects, deep nesting). Both are timed in the same run, through
`loads` (JSON text) and through `from_dict` (the parsed data), and the script prints the
best of R runs of each and their ratio: refusing / loading. The target is a ratio of at
most 2 for every case; the script exits with status 1 if a case misses it. ``--scale``
shrinks or grows every document (0.01 for a quick look).

Why the same kind of JSON: the standard parser alone reads a megabyte of strings several
times faster than a megabyte of distinct keys or nested brackets, so a valid document of
strings would measure the parser, not the refusal. The ``parse`` column shows what the
parser alone takes for the hostile text (``json.loads``), the floor of any refusal.

The cases, at scale 1 (the sizes the outside fuzzing of the issue used):

- ``bad items``: ``sectors`` holds 400,000 integers where strings belong (1.2 MB);
- ``bad checked items``: 300,000 sector names that are blank (right type, wrong text);
- ``bad objects``: ``key_documents`` holds 100,000 objects without their title;
- ``unknown keys``: 200,000 keys the model does not know, at the top level (3.3 MB);
- ``bad set items``: 300,000 distinct codes that are no country's, in a set of countries
  (the set must not be sorted to name them: 2.4 MB);
- ``deep nesting``: 20,000 sector names each nested 28 arrays deep (inside the limit);
- ``too deep``: one value nested 1,000,000 arrays deep (beyond the limit, 2 MB);
- ``one unknown key``, ``one bad last item``, ``one bad first item``: a valid post of 2 MB
  of key documents with one problem: a misspelt key at the top, a key document without its
  title at the end or at the start of the list (the report must not read it all twice).

And small documents (15-25 kB, whatever the scale) with more problems than a report lists,
where the fixed cost of making 100 problems shows most:

- ``few blank items``: 150 blank sector names (the post's own checks find them);
- ``few bad items``: 150 integers among the sectors;
- ``few bad objects``: 150 key documents with a wrong year and no title;
- ``few big years``: 120 key documents whose year is out of range (their checks find it);
- ``few unknown keys``: 60 key documents with 3 unknown keys each, 300 at the top level;
- ``few of each``: 40 bad sectors, 30 key documents with 3 problems each, 30 typos of keys.
"""

from __future__ import annotations

import argparse
import copy
import dataclasses
import itertools
import json
import string
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from typing import Any

from jpo_model import Post, ValidationError, examples, from_dict, loads, to_dict

BASE = to_dict(examples.load("ohchr-25p153"))


def _text(data: object) -> str:
    return json.dumps(data, ensure_ascii=False)


def _with(**changes: object) -> dict[str, Any]:
    data = copy.deepcopy(BASE)
    data.update(changes)
    return data


def _codes(count: int) -> list[str]:
    """``count`` distinct four-letter codes, none a country's."""
    letters = string.ascii_uppercase
    return ["".join(code) for code in itertools.islice(itertools.product(letters, repeat=4), count)]


def _nationals(countries: list[str]) -> dict[str, Any]:
    """The base post's eligibility with the nationality rule listing ``countries``."""
    eligibility = copy.deepcopy(BASE["eligibility"])
    eligibility["nationality"]["countries"] = countries
    return eligibility


def _nested(value: object, depth: int) -> object:
    for _ in range(depth):
        value = [value]
    return value


def hostile_documents(scale: float) -> dict[str, tuple[str, dict[str, Any], str]]:
    """Each case's name, with the shape of valid document it is compared to, data and text."""

    def n(count: int) -> int:
        return max(1, int(count * scale))

    unknown = {f"k{i:07d}": 1 for i in range(n(200_000))}
    large = valid_document("key_documents", n(2_000_000))
    many = large["key_documents"]
    cases: dict[str, tuple[str, dict[str, Any]]] = {
        "bad items": ("sectors", _with(sectors=[1] * n(400_000))),
        "bad checked items": ("sectors", _with(sectors=[" "] * n(300_000))),
        "bad objects": ("key_documents", _with(key_documents=[{"year": 2020}] * n(100_000))),
        "unknown keys": ("key_documents", {**copy.deepcopy(BASE), **unknown}),
        "deep nesting": ("key_documents", _with(sectors=[_nested("x", 28)] * n(20_000))),
        "bad set items": ("sectors", _with(eligibility=_nationals(_codes(n(300_000))))),
        # One problem in a large valid document: found without building it twice.
        "one unknown key": ("key_documents", {**large, "titel": "x"}),
        "one bad last item": ("key_documents", {**large, "key_documents": [*many, {"year": 1}]}),
        "one bad first item": ("key_documents", {**large, "key_documents": [{"year": 1}, *many]}),
    }
    documents = {name: (shape, data, _text(data)) for name, (shape, data) in cases.items()}
    # Too deep for json.dumps (which recurses): the text is written out by hand.
    depth = n(1_000_000)
    deep = (
        "sectors",
        {"title": _nested(1, depth)},
        '{"title": ' + "[" * depth + "1" + "]" * depth + "}",
    )
    documents["too deep"] = deep
    for name, (shape, data) in small_documents().items():
        documents[name] = (shape, data, _text(data))
    return documents


def small_documents() -> dict[str, tuple[str, dict[str, Any]]]:
    """The small documents with many problems, and the shape of valid document for each."""
    unknown = [{"title": "Doc", "zz0": 1, "zz1": 2, "zz2": 3}] * 60
    return {
        "few blank items": ("sectors", _with(sectors=[" "] * 150)),
        "few bad items": ("sectors", _with(sectors=[1] * 150)),
        "few bad objects": ("key_documents", _with(key_documents=[{"year": "x"}] * 150)),
        "few big years": (
            "key_documents",
            _with(key_documents=[{"title": "Doc", "year": 10**30}] * 120),
        ),
        "few unknown keys": (
            "key_documents",
            {**_with(key_documents=unknown), **{f"k{i}": i for i in range(300)}},
        ),
        "few of each": (
            "key_documents",
            {
                **_with(sectors=[1] * 40, key_documents=[{"title": 5, "url": 3, "q": 1}] * 30),
                **{f"titel{i}": i for i in range(30)},
            },
        ),
    }


def valid_document(shape: str, size: int) -> dict[str, Any]:
    """A valid post whose JSON text is about ``size`` bytes, padded in the given list."""
    data = copy.deepcopy(BASE)
    base = len(_text(data))
    if shape == "sectors":
        data["sectors"] = ["S"] * max(1, (size - base) // 5)  # ``"S", `` is 5 bytes
    else:  # ``{"title": "Doc"}, `` is 18 bytes
        data["key_documents"] = [{"title": "Doc"}] * max(1, (size - base) // 18)
    return data


def best_of(repeat: int, run: Callable[[], object]) -> float:
    """The shortest of ``repeat`` wall-clock timings of ``run``, in seconds."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
    return best


def rounds(repeat: int, once: float) -> int:
    """How many timed runs a figure takes: ``repeat``, or more for a quick load.

    A load of a millisecond or less is timed until about a quarter of a second has been
    spent on it (at most 200 runs): on a shared machine, the best of a few such runs is
    mostly the noise of the machine, not the library.
    """
    return max(repeat, min(200, int(0.25 / max(once, 1e-6))))


def _parse(text: str) -> object:
    try:
        return json.loads(text)
    except RecursionError:  # the "too deep" text: the standard parser gives up at once
        return None


def _refuse(load: Callable[[], object]) -> Callable[[], int]:
    def run() -> int:
        try:
            load()
        except ValidationError as error:
            return len(error.errors)
        raise AssertionError("the hostile document was accepted")

    return run


@dataclasses.dataclass(frozen=True)
class Row:
    """One case through one loader: the best times and their ratio."""

    case: str
    size: int
    via: str
    parse: float | None
    valid: float
    refused: float
    problems: int

    @property
    def ratio(self) -> float:
        """Refusing over loading the valid document of the same size."""
        return self.refused / self.valid


def ratios(scale: float, repeat: int, only: str = "") -> Iterator[Row]:
    """Time every case (named with ``only``) through `loads` and `from_dict`, valid and
    refused alternately."""
    for name, (shape, hostile, hostile_text) in hostile_documents(scale).items():
        if only not in name:
            continue
        size = len(hostile_text.encode())
        valid = valid_document(shape, size)
        valid_text = _text(valid)
        assert isinstance(from_dict(valid, Post), Post)
        runs = {
            "loads": (partial(loads, valid_text, Post), partial(loads, hostile_text, Post)),
            "from_dict": (partial(from_dict, valid, Post), partial(from_dict, hostile, Post)),
        }
        parse = best_of(repeat, partial(_parse, hostile_text))
        for via, (load_valid, load_hostile) in runs.items():
            problems = _refuse(load_hostile)()
            valid_time = refused_time = float("inf")
            for _ in range(rounds(repeat, best_of(1, load_valid))):
                # Interleaved: a busy machine slows both alike.
                valid_time = min(valid_time, best_of(1, load_valid))
                refused_time = min(refused_time, best_of(1, _refuse(load_hostile)))
            yield Row(name, size, via, parse if via == "loads" else None,
                      valid_time, refused_time, problems)  # fmt: skip


def print_rows(rows: Iterable[Row]) -> float:
    """Print the rows as a table; return the worst ratio."""
    print(
        f"{'case':<18} {'size':>9} {'via':<9} {'parse':>9} {'valid':>10} {'refused':>10}"
        f" {'ratio':>6} {'problems':>8}"
    )
    worst = 0.0
    for row in rows:
        worst = max(worst, row.ratio)
        parsed = f"{row.parse * 1000:>7.1f}ms" if row.parse is not None else f"{'':>9}"
        print(
            f"{row.case:<18} {row.size / 1000:>7.0f}kB {row.via:<9} {parsed}"
            f" {row.valid * 1000:>8.2f}ms {row.refused * 1000:>8.2f}ms {row.ratio:>5.2f}x"
            f" {row.problems:>8}"
        )
    print(f"worst ratio: {worst:.2f}x (target: at most 2x)")
    return worst


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0, help="document size factor")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs per figure")
    parser.add_argument("--only", default="", help="only the cases whose name holds this")
    args = parser.parse_args()
    worst = print_rows(ratios(args.scale, args.repeat, args.only))
    return 0 if worst <= 2 else 1


if __name__ == "__main__":
    sys.exit(main())
