"""Benchmark: every array of every bundled post made long, refused at most twice a valid load.

Run: ``python benchmarks/bench_long_arrays.py [--size BYTES] [--repeat R] [--show N]``.

The arrays are those of the bundled announcements (``tests/interchange/
test_hostile_documents.py``, `long_arrays`): each lengthened to about ``--size`` bytes
(300 kB) with its first item repeated, made distinct, blank strings, empty objects or
integers — a set of country codes holding 50,000 codes that are none, an enum array of
unknown values, a list of objects lacking their keys. Each document goes through `loads`
and is timed against a valid post of the same size made of the same kind of JSON (padded
with key documents where the array holds objects, else with sector names: see
``bench_refusal.py``), best of R runs each, interleaved. It prints the N worst ratios and
how many documents were refused, accepted, and refused at more than twice a valid load;
anything raised but `ValidationError` is counted as unexpected (exit status 1).

A small array of objects whose every item is wrong (a 10 kB post of 2,400 empty objects)
is where a refusal costs most against its valid load: a hundred problems cost what they
cost to make, and a valid post of that size takes a third of a millisecond.
"""

from __future__ import annotations

import argparse
import math
import sys
from functools import partial
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent / "tests" / "interchange")]

import bench_refusal  # noqa: E402 - found through the path set just above
import test_hostile_documents as hostile  # noqa: E402

from jpo_model import Post, ValidationError, loads  # noqa: E402


def _refused(text: str) -> bool:
    try:
        loads(text, Post)
    except ValidationError:
        return True
    return False


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=300_000, help="bytes of each long array")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs per figure")
    parser.add_argument("--show", type=int, default=15, help="how many worst ratios to print")
    args = parser.parse_args()
    rows: list[tuple[float, float, float, hostile.LongArray, int]] = []
    unexpected = accepted = 0
    for array in hostile.long_arrays(args.size):
        size = len(array.text.encode("utf-8", "surrogatepass"))
        shape = "key_documents" if array.objects else "sectors"
        valid = bench_refusal._text(bench_refusal.valid_document(shape, size))  # noqa: SLF001
        try:
            if not _refused(array.text):
                accepted += 1
                continue
        except Exception as exc:  # noqa: BLE001 - counted and shown, the run goes on
            unexpected += 1
            print(f"unexpected {type(exc).__name__} for {array.source} {array.path} {array.kind}")
            continue
        load_valid = partial(loads, valid, Post)
        refuse = partial(_refused, array.text)
        loading = refusing = math.inf
        for _ in range(bench_refusal.rounds(args.repeat, bench_refusal.best_of(1, load_valid))):
            loading = min(loading, bench_refusal.best_of(1, load_valid))
            refusing = min(refusing, bench_refusal.best_of(1, refuse))
        rows.append((refusing / loading, refusing, loading, array, size))
    rows.sort(key=lambda row: -row[0])
    print(f"{'ratio':>6} {'refused':>9} {'valid':>9} {'size':>7}  array (kind, post)")
    for ratio, refusing, loading, array, size in rows[: args.show]:
        where = ".".join(map(str, array.path))
        print(
            f"{ratio:>5.2f}x {refusing * 1000:>7.2f}ms {loading * 1000:>7.2f}ms"
            f" {size / 1000:>5.0f}kB  {where} ({array.kind}, {array.source})"
        )
    over = sum(1 for row in rows if row[0] > 2)
    print(
        f"{len(rows)} refused, {accepted} accepted, {unexpected} unexpected;"
        f" {over} refused at more than 2x a valid load of their size"
    )
    return 1 if unexpected else 0


if __name__ == "__main__":
    sys.exit(main())
