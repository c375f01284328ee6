"""Batch screening from columns against `screen`, and reading JSON Lines against `json.loads`.

Run: ``python benchmarks/bench_batch.py [--count N] [--seed S] [--repeat R] [--post SLUG]``.

Generates N candidates as ``bench_eligibility.py`` does (seed 002 applicants: a few degrees
and 3-8 periods of experience each), writes them as JSON Lines, then, in one run and
interleaved (the best of R rounds of each, the cyclic garbage collector paused):

- ``screen`` reading every assessment's verdict and every finding's verdict and numbers,
  against ``screen_columns`` on columns built beforehand (its result holds the same
  verdicts and numbers as columns; ``verdicts()`` is read). Target: >= 10x.
- CPU time of ``CandidateColumns.from_json_lines`` (every line validated as the loader
  validates it) against ``json.loads`` per line. Target: <= 2x. For information: the same
  plus ``screen_columns``, what ``jpo check`` would spend.
- The differential count: candidates whose verdict or findings' numbers differ from
  `assess`, from both kinds of columns. Goal: 0.
"""

from __future__ import annotations

import argparse
import functools
import gc
import json
import time
from collections.abc import Callable, Sequence

from bench_eligibility import ON, generate

from jpo_model import Candidate, assess, examples, loads, screen, to_dict
from jpo_model.eligibility import BatchResult, CandidateColumns, screen_columns


def _best(fn: Callable[[], object], clock: Callable[[], float]) -> float:
    gc.collect()
    gc.disable()
    try:
        started = clock()
        fn()
        return clock() - started
    finally:
        gc.enable()


def _mismatches(result: BatchResult, people: Sequence[Candidate], post_slug: str) -> int:
    post = examples.load(post_slug)
    wrong = 0
    for i, candidate in enumerate(people):
        expected = assess(post, candidate, on=ON)
        numbers = [(f.criterion, f.verdict, f.decisive, f.numbers) for f in expected.findings]
        if expected.verdict is not result.verdict(i) or numbers != [
            tuple(f) for f in result.findings(i)
        ]:
            wrong += 1
    return wrong


def main(argv: Sequence[str] | None = None) -> None:
    """Generate candidates, time both comparisons interleaved, count mismatches."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--post", default="ohchr-25p153")
    args = parser.parse_args(argv)

    post = examples.load(args.post)
    people = generate(args.count, args.seed)
    lines = [json.dumps(to_dict(c)) for c in people]
    text = "\n".join(lines)
    load = functools.partial(loads, cls=Candidate)
    print(f"{len(people):,} candidates against {args.post}, {len(text) / 1e6:.0f} MB of JSON Lines")

    started = time.perf_counter()
    columns = CandidateColumns.from_candidates(people)
    print(f"columns from Candidate objects: {time.perf_counter() - started:.2f} s (once)")
    screen_columns(post, columns, on=ON)  # warm up: numpy's first calls

    def with_findings() -> None:
        for assessment in screen(post, people, on=ON):
            _ = assessment.verdict
            for finding in assessment.findings:
                _ = finding.verdict, finding.numbers

    timings: dict[str, float] = {}
    cases: dict[str, tuple[Callable[[], object], Callable[[], float]]] = {
        "screen, every finding read": (with_findings, time.perf_counter),
        "screen_columns on columns": (
            lambda: screen_columns(post, columns, on=ON).verdicts(),
            time.perf_counter,
        ),
        "json.loads per line (CPU)": (
            lambda: [json.loads(line) for line in lines],
            time.process_time,
        ),
        "from_json_lines (CPU)": (
            lambda: CandidateColumns.from_json_lines(text, load=load),
            time.process_time,
        ),
        "from_json_lines + screen_columns (CPU)": (
            lambda: screen_columns(
                post, CandidateColumns.from_json_lines(text, load=load), on=ON
            ).verdicts(),
            time.process_time,
        ),
    }
    for _ in range(args.repeat):
        for label, (fn, clock) in cases.items():
            timings[label] = min(timings.get(label, float("inf")), _best(fn, clock))
    for label, seconds in timings.items():
        print(f"{label:<40} {seconds:8.3f} s  {len(people) / seconds:12,.0f} candidates/s")

    speed_up = timings["screen, every finding read"] / timings["screen_columns on columns"]
    reading = timings["from_json_lines (CPU)"] / timings["json.loads per line (CPU)"]
    whole = timings["from_json_lines + screen_columns (CPU)"] / timings["json.loads per line (CPU)"]
    print(f"screen / screen_columns          = {speed_up:5.1f}x  (goal: >= 10x)")
    print(f"from_json_lines / json.loads     = {reading:5.2f}x  (goal: <= 2x CPU)")
    print(f"  + screen_columns / json.loads  = {whole:5.2f}x  (for information)")

    from_text = CandidateColumns.from_json_lines(text, load=load)
    assert len(from_text) == len(people), from_text.refused[:3]
    wrong = _mismatches(screen_columns(post, columns, on=ON), people, args.post)
    wrong_text = _mismatches(screen_columns(post, from_text, on=ON), people, args.post)
    print(
        f"differential vs assess: {wrong:,} mismatches (objects), {wrong_text:,} (JSON Lines) "
        f"over {len(people):,} candidates (goal: 0)"
    )


if __name__ == "__main__":
    main()
