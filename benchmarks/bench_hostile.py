"""Benchmark: the large run of issue 15's hostile input, with its figures.

Run: ``python benchmarks/bench_hostile.py [--count N] [--seed S] [--scale S] [--repeat R]``
(``--count 2000 --scale 0.01`` for a quick look; the defaults take several minutes).

Three parts, in one process:

1. ``--count`` (100,000) mutated documents: the bundled examples' JSON with one to four
   random mutations each (type swaps, deletions, insertions, huge integers, lone
   surrogates, repeated keys, deep nesting, long lists, unknown and odd keys, shuffles),
   made by the generator that ``tests/interchange/test_hostile_documents.py`` runs at CI
   size. Each goes through `from_dict` (its data) and `loads` (its JSON text); anything
   raised but `ValidationError`, or a report whose pointers do not resolve in the input, is
   counted as unexpected. Each refusal is timed against loading a valid document of the
   same size made from the same example (padded with key documents): the worst and the 99th
   percentile of those ratios are printed, after the slowest 2 % are timed again, each
   interleaved with its valid document (best of 5 runs, more for a quick load: see
   ``bench_refusal.rounds``), so that one preempted run does not stand for the library.
2. The hostile set: the documents of ``bench_refusal.py`` (long lists of bad items, many
   unknown keys, deep nesting, small documents with many problems) and the named inputs
   of the issue (a 5,000-digit integer, lone surrogates, repeated keys, odd keys).
3. The refusal-cost ratios of ``bench_refusal.py``, through both loaders.

Exit status 1 if anything unexpected escaped or a report did not hold.
"""

from __future__ import annotations

import argparse
import copy
import heapq
import json
import math
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent / "tests" / "interchange")]

import bench_refusal  # noqa: E402 - found through the path set just above
import test_hostile_documents as hostile  # noqa: E402

from jpo_model import MAX_SIZE, Post, ValidationError, from_dict, loads  # noqa: E402


def _padded(source: str, size: int) -> dict[str, Any]:
    """A valid document from the example ``source``, padded to about ``size`` bytes.

    Padded with small key documents (``{"title": "Doc"}``), as ``bench_refusal.py`` pads
    documents made of objects: most of what a mutation lengthens is lists of objects, and a
    megabyte of objects takes several times longer to load than a megabyte of strings.
    """
    data = copy.deepcopy(hostile.DOCUMENTS[source])
    extra = (size - len(json.dumps(data, ensure_ascii=False))) // 18  # 18 bytes each
    if extra > 0:
        data["key_documents"] = [*data.get("key_documents", ()), *[{"title": "Doc"}] * extra]
    return data


class Baselines:
    """How long loading a valid document of a given size takes, per example and loader."""

    def __init__(self) -> None:
        self._times: dict[tuple[str, int, str], float] = {}
        self._loads: dict[tuple[str, int, str], Callable[[], object]] = {}

    def time(self, source: str, size: int, via: str) -> float:
        """The best of 5 loads of a valid document about ``size`` bytes (rounded up)."""
        key = self._key(source, size, via)
        if key not in self._times:
            self._times[key] = bench_refusal.best_of(5, self.load(source, size, via))
        return self._times[key]

    def load(self, source: str, size: int, via: str) -> Callable[[], object]:
        """Loading the valid document of `time`, to be timed again beside a refusal."""
        key = self._key(source, size, via)
        if key not in self._loads:
            _, bucket, _ = key
            data = _padded(source, max(bucket, len(hostile.TEXTS[source])))
            text = json.dumps(data, ensure_ascii=False)
            self._loads[key] = (
                partial(loads, text, Post) if via == "loads" else partial(from_dict, data, Post)
            )
        return self._loads[key]

    @staticmethod
    def _key(source: str, size: int, via: str) -> tuple[str, int, str]:
        # Sizes grouped by powers of two, within the size limit (beyond it, a refusal is
        # one comparison and the valid document of that size does not exist).
        bucket = min(1 << max(size - 1, 1).bit_length(), MAX_SIZE * 9 // 10)
        return source, bucket, via


def _json_size(data: object) -> int:
    """About how many bytes ``data`` takes as JSON, without writing it (a 5,000-digit
    integer cannot be written by the standard library, and a long list is large)."""
    size, stack = 0, [data]
    while stack:
        value = stack.pop()
        if isinstance(value, str):
            size += len(value.encode("utf-8", "surrogatepass")) + 2
        elif isinstance(value, bool) or value is None:
            size += 5
        elif isinstance(value, int):
            size += int(abs(value).bit_length() * 0.30103) + 2
        elif isinstance(value, dict):
            size += 2 + 2 * len(value)
            stack.extend(k if isinstance(k, str) else str(k) for k in value)
            stack.extend(value.values())
        elif isinstance(value, list | tuple | set | frozenset):
            size += 2 + len(value)
            stack.extend(value)
        else:
            size += 8
    return size


def _timed(load: Callable[[], object]) -> tuple[float, bool]:
    """How long ``load`` took, and whether it refused (ValidationError) or loaded."""
    start = time.perf_counter()
    try:
        load()
    except ValidationError:
        return time.perf_counter() - start, True
    return time.perf_counter() - start, False


def run_mutants(count: int, seed: int) -> tuple[int, int, list[float]]:
    """Check and time ``count`` mutants; return unexpected, refused and the refusals' ratios.

    Only the slowest 2 % keep their document (to be timed again): memory stays that of a
    few thousand documents, whatever ``count``.
    """
    baselines = Baselines()
    unexpected = refused = 0
    ratios: list[float] = []
    keep = max(1, 2 * count // 50)  # two loaders a mutant at most
    slowest: list[tuple[float, int, Callable[[], object], Callable[[], object]]] = []  # min-heap
    for mutant in hostile.mutated_documents(seed, count):
        try:
            hostile.check_mutant(mutant)
        except Exception as exc:  # noqa: BLE001 - what the benchmark counts
            unexpected += 1
            print(
                f"unexpected {type(exc).__name__} for {mutant.source} {mutant.kinds}: {exc}"[:300]
            )
            continue
        loaders: list[tuple[str, Callable[[], object], int]] = []
        if mutant.data is not None:
            data, size = mutant.data, _json_size(mutant.data)
            loaders.append(("from_dict", partial(from_dict, data, Post), size))
        if mutant.text is not None:
            text = mutant.text
            loaders.append(
                (
                    "loads",
                    partial(loads, text, Post),
                    len(text.encode("utf-8", "surrogatepass")),
                )
            )
        for via, load, size in loaders:
            elapsed, was_refused = _timed(load)
            if was_refused:
                refused += 1
                baseline = baselines.time(mutant.source, size, via)
                valid = baselines.load(mutant.source, size, via)
                entry = (elapsed / baseline, refused, load, valid)
                if len(slowest) < keep:
                    heapq.heappush(slowest, entry)
                elif entry[0] > slowest[0][0]:
                    ratios.append(heapq.heapreplace(slowest, entry)[0])
                else:
                    ratios.append(entry[0])
    ratios.extend(_timed_again(load, valid) for _, _, load, valid in slowest)
    return unexpected, refused, ratios


def _timed_again(load: Callable[[], object], valid: Callable[[], object]) -> float:
    """Refusing ``load`` over loading ``valid``, interleaved, best of at least 5 runs each.

    For the slowest refusals: a run preempted by the system is no figure.
    """
    refusing = loading = math.inf
    for _ in range(bench_refusal.rounds(5, bench_refusal.best_of(1, valid))):
        loading = min(loading, bench_refusal.best_of(1, valid))
        refusing = min(refusing, _timed(load)[0])
    return refusing / loading


def _hostile_set(scale: float) -> dict[str, Callable[[], object]]:
    documents = bench_refusal.hostile_documents(scale)
    base = hostile.DOCUMENTS["ohchr-25p153"]
    named: dict[str, Callable[[], object]] = {}
    for name, (_, data, text) in documents.items():
        named[f"{name} (text)"] = partial(loads, text, Post)
        if name != "too deep":  # from_dict's data would have to be built without recursion
            named[f"{name} (data)"] = partial(from_dict, data, Post)
    extra: dict[str, dict[str, Any]] = {
        "5000-digit schema_version": {**base, "schema_version": 10**5000},
        "5000-digit year": {**base, "key_documents": [{"title": "A", "year": 10**5000}]},
        "lone surrogate": {**base, "title": "JPO \ud800"},
        "odd keys": {**base, "a.b": 1, "": 2, "x/y~": 3, "\ud800": 4},
        "odd python values": {**base, "title": b"x", "sectors": {1, 2}, "grade": math.nan},
    }
    for name, data in extra.items():
        named[name] = partial(from_dict, data, Post)
    pairs = ", ".join(f'"k{i}": 1, "k{i}": 2' for i in range(10_000))
    named["10,000 repeated keys"] = partial(loads, "{" + pairs + "}", Post)
    return named


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100_000, help="mutated documents (100000)")
    parser.add_argument("--seed", type=int, default=15, help="seed of the mutations (15)")
    parser.add_argument("--scale", type=float, default=1.0, help="size of the hostile set (1)")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs per ratio (3)")
    args = parser.parse_args()
    start = time.perf_counter()

    unexpected, refused, ratios = run_mutants(args.count, args.seed)
    ratios.sort()
    p99 = ratios[min(len(ratios) - 1, int(len(ratios) * 0.99))] if ratios else 0.0
    print(f"mutated documents: {args.count} (seed {args.seed}), {refused} refusals timed")
    print(f"unexpected exceptions or reports that do not hold: {unexpected} (must be 0)")
    print(f"refusal / valid load: worst {max(ratios, default=0):.2f}x, p99 {p99:.2f}x")

    print("\nhostile set")
    for name, load in _hostile_set(args.scale).items():
        try:
            elapsed, was_refused = _timed(load)
        except Exception as exc:  # noqa: BLE001 - what the benchmark counts
            unexpected += 1
            print(f"  {name:<32} unexpected {type(exc).__name__}")
            continue
        print(f"  {name:<32} {elapsed * 1000:>9.1f}ms {'refused' if was_refused else 'LOADED'}")
        unexpected += not was_refused

    print("\nrefusal-cost ratios")
    worst = bench_refusal.print_rows(bench_refusal.ratios(args.scale, args.repeat))
    print(f"\nunexpected in all: {unexpected}; worst ratio of the cases {worst:.2f}x")
    print(f"total time: {time.perf_counter() - start:.1f} s")
    return 1 if unexpected else 0


if __name__ == "__main__":
    sys.exit(main())
