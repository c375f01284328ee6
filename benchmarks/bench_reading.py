"""Benchmark: how well and how fast announcements are read into posts.

Run: ``python benchmarks/bench_reading.py [--repeat R]``.

For each of the five seed announcements (``../shared/seeds``) the expected facts are those
of its bundled example (`jpo_model.reading.accuracy.facts_of`); for each real announcement
of ``tests/reading/corpus`` they are the hand-checked facts beside it. The script prints
precision and recall per fact kind over each set (targets: precision 100 %, recall
≥ 95 %), then the time of one reading, the best of R, beside `jpo_model.loads` of the same
post's JSON in the same run (target: ≤ 50 ms a reading); last, the time hostile sources at
the size limits take to be read or refused (bound: 5 s each).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

from jpo_model import dumps, examples, loads
from jpo_model.posts import Post
from jpo_model.reading import ReadingError, read_announcement
from jpo_model.reading.accuracy import (
    Score,
    assumed_kinds,
    checked_announcements,
    facts_of,
    prose_placed,
    score,
)
from jpo_model.reading.sections import folded
from jpo_model.reading.source import MAX_LINES, MAX_SOURCE_CHARACTERS

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
CORPUS = ROOT / "tests" / "reading" / "corpus"
SLUGS = {
    "000": "rco-cambodia-23p302",
    "001": "ilo-ethics-2340",
    "002": "ohchr-25p153",
    "003": "osagi-gender-focal-point",
    "004": "ilo-socpro-2212",
}


def _best(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def _read_cold(path: Path) -> object:
    """One reading with the cache of folded lines emptied: each run reads a new text."""
    folded.cache_clear()
    return read_announcement(path)


def _cases() -> tuple[list[tuple[Path, dict[str, object]]], list[tuple[Path, dict[str, object]]]]:
    seeds = [(p, facts_of(examples.load(SLUGS[p.name[:3]]))) for p in sorted(SEEDS.glob("0*.txt"))]
    corpus = checked_announcements(CORPUS)
    return seeds, corpus


def _score(cases: list[tuple[Path, dict[str, object]]]) -> tuple[Score, int]:
    total: Score | None = None
    refused = 0
    for path, expected in cases:
        try:
            reading = read_announcement(path)
        except ValueError:
            refused += 1
            continue
        assumed = assumed_kinds(a.path for a in reading.assumptions)
        result = score(expected, facts_of(reading.post), assumed=assumed)
        total = result if total is None else total + result
    assert total is not None
    return total, refused


def _print_score(name: str, result: Score, refused: int, count: int) -> None:
    print(f"\n{name}: {count} announcements, {refused} not read as announcements")
    print(f"  {'fact':28} {'stated':>7} {'read':>5} {'right':>6}")
    for kind in result.kinds:
        if kind.expected or kind.read:
            print(f"  {kind.kind:28} {kind.expected:7} {kind.read:5} {kind.right:6}")
    print(
        f"  precision {result.precision:.1%} (goal 100%), recall {result.recall:.1%} (goal ≥ 95%)"
    )
    for kind, stated, read in result.wrong:
        print(f"  wrong: {kind}: stated {stated!r}, read {read!r}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    seeds, corpus = _cases()
    for name, cases in (("seeds", seeds), ("corpus", corpus)):
        result, refused = _score(cases)
        _print_score(name, result, refused, len(cases))
    placed = total = 0
    for path, _ in seeds:
        read = read_announcement(path).post
        done, of = prose_placed(examples.load(SLUGS[path.name[:3]]), read)
        placed, total = placed + done, total + of
    print(f"\nprose of the seeds in the right field: {placed:,} of {total:,} characters")
    print(f"  {placed / total:.1%} (goal ≥ 95%)")
    print(f"\n{'announcement':45} {'read ms':>8} {'loads ms':>9} {'ratio':>6}")
    slowest = 0.0
    for path, _ in seeds:
        post = examples.load(SLUGS[path.name[:3]])
        text = dumps(post)
        read_announcement(path)  # tables (CLDR names, zones) load once per process
        reading = _best(lambda path=path: _read_cold(path), args.repeat)
        loading = _best(lambda text=text: loads(text, Post), args.repeat)
        slowest = max(slowest, reading)
        print(
            f"{path.name:45} {reading * 1000:8.2f} {loading * 1000:9.2f} {reading / loading:6.1f}"
        )
    print(f"slowest reading {slowest * 1000:.1f} ms (goal ≤ 50 ms)")
    worst = _hostile()
    return 0 if slowest <= 0.050 and worst <= _HOSTILE_BOUND else 1


_HOSTILE_BOUND = 5.0
"""Seconds a hostile source at the size limits may take to read or refuse, at most."""


def _hostile() -> float:
    """Read sources at the limits that repeat what the readers look for; the slowest time."""
    lines = MAX_LINES - 10
    cases = {
        "one line of 499,000 letters": "a" * (MAX_SOURCE_CHARACTERS - 1000),
        "4,990 labelled lines": "Title: x\n" * lines,
        "4,990 deadline statements": "Title: JPO\nAgency: UNDP\n"
        + "Closing date: 10 March 2026 6pm EST\n" * lines,
        "4,990 duties": "Title: JPO\nAgency: UNDP\nDuties and responsibilities\n"
        + "- do a thing\n" * lines,
        "160,000 places on one line": "Title: JPO\nAgency: UNDP\nDuty Station: " + "A, " * 160_000,
        "a page nested 150,000 deep": "<!DOCTYPE html><html>" + "<div>" * 150_000 + "</html>",
    }
    print(f"\n{'hostile source':32} {'seconds':>8}  outcome")
    worst = 0.0
    for name, text in cases.items():
        start = time.perf_counter()
        try:
            read_announcement(text)
            outcome = "read"
        except ReadingError as exc:
            outcome = f"refused: {str(exc)[:40]}"
        took = time.perf_counter() - start
        worst = max(worst, took)
        print(f"{name:32} {took:8.2f}  {outcome}")
    print(f"slowest hostile source {worst:.2f} s (bound {_HOSTILE_BOUND:.0f} s)")
    return worst


if __name__ == "__main__":
    sys.exit(main())
