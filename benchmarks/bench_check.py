"""``jpo check`` over JSON Lines against ``json.loads`` over the same lines: CPU and memory.

Run: ``python benchmarks/bench_check.py [--lines N] [--repeat R] [--post SLUG] [--profile]``.

Writes N JSON Lines (default 1,000,000) of generated candidates (``bench_eligibility.py``'s
applicants, 10,000 per seed, so memory stays flat while writing) to a temporary file, and the
first N/10 of them to a second one. Then, in one run and interleaved (one of each per round,
R rounds, the smallest CPU time of each kept), every command is a new process whose CPU time
(user + system) and peak resident memory come from ``os.wait4``, run with compiled bytecode
and buffered output as after ``pip install`` (see `environment`):

- the baseline ``python -c "import json,sys; [json.loads(l) for l in open(sys.argv[1])]"``;
- ``jpo check SLUG FILE --on 2026-03-01 --quiet > /dev/null`` (the table);
- the same with ``--json`` (every finding's explanation written).

It prints each command's CPU time and peak memory at N and at N/10, the ratios to the
baseline beside the goal (the table: <= 2x CPU, issue 17), and how the peak memory of
``jpo check`` grows from N/10 to N (flat memory: about 1x, while the baseline, which keeps
every record, grows about 10x). ``--profile`` also runs the table over the N/10 file under
cProfile and prints where its time goes.
"""

from __future__ import annotations

import argparse
import json
import os
import pstats
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

PYTHON = sys.executable
ON = "2026-03-01"
BASELINE = "import json,sys; [json.loads(l) for l in open(sys.argv[1])]"
_PER_SEED = 10_000


def write_lines(path: Path, count: int, seed: int) -> None:
    """Write ``count`` generated candidates as JSON Lines, 10,000 per seed.

    Run in a child process (``--write``): on Linux a child's peak memory counts what it
    shared with its parent before ``exec``, so the parent that measures stays small.
    """
    from bench_eligibility import generate  # noqa: PLC0415 - only in the child that writes

    from jpo_model import to_dict  # noqa: PLC0415 - only in the child that writes

    with path.open("w", encoding="utf-8") as out:
        for start in range(0, count, _PER_SEED):
            people = generate(min(_PER_SEED, count - start), seed + start)
            out.writelines(json.dumps(to_dict(c)) + "\n" for c in people)


def head(source: Path, target: Path, count: int) -> None:
    """Copy the first ``count`` lines of ``source`` to ``target``."""
    with source.open("rb") as lines, target.open("wb") as out:
        for _, line in zip(range(count), lines, strict=False):
            out.write(line)


def measure(argv: Sequence[str], env: dict[str, str]) -> tuple[float, int]:
    """CPU seconds (user + system) and peak resident memory (MB) of one child process."""
    with Path(os.devnull).open("wb") as null:
        child = subprocess.Popen(argv, stdout=null, env=env)  # noqa: S603 - our own interpreter
        _, status, usage = os.wait4(child.pid, 0)
        child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode not in (0, 1):  # 1: a record was refused, still a full run
        raise SystemExit(f"{argv} exited with {child.returncode}")
    scale = 1 if sys.platform == "darwin" else 1024  # ru_maxrss: bytes on macOS, else kB
    return usage.ru_utime + usage.ru_stime, usage.ru_maxrss * scale // 1_000_000


def commands(post: str, path: Path) -> dict[str, list[str]]:
    """The commands timed over one file, by name."""
    check = [PYTHON, "-m", "jpo_model", "check", post, str(path), "--on", ON, "--quiet"]
    return {
        "json.loads per line": [PYTHON, "-c", BASELINE, str(path)],
        "jpo check (table)": check,
        "jpo check --json": [*check, "--json"],
    }


def environment(folder: str) -> dict[str, str]:
    """The children's environment: compiled bytecode (under ``folder``), buffered output.

    As after ``pip install``, which compiles the package: without it every run would time
    the compiler, and ``PYTHONUNBUFFERED`` would make each printed line a write of its own.
    """
    skipped = ("PYTHONDONTWRITEBYTECODE", "PYTHONUNBUFFERED")
    env = {k: v for k, v in os.environ.items() if k not in skipped}
    env["PYTHONPYCACHEPREFIX"] = str(Path(folder, "pycache"))
    return env


def profile(post: str, path: Path, env: dict[str, str]) -> None:
    """Run the table over ``path`` under cProfile and print the functions taking most time."""
    with tempfile.TemporaryDirectory() as folder:
        stats = Path(folder, "check.prof")
        argv = [PYTHON, "-m", "cProfile", "-o", str(stats), "-m", "jpo_model", "check"]
        with Path(os.devnull).open("wb") as null:
            subprocess.run(  # noqa: S603 - our own interpreter
                [*argv, post, str(path), "--on", ON, "--quiet"],
                stdout=null,
                env=env,
                check=False,
            )
        pstats.Stats(str(stats)).sort_stats("tottime").print_stats(20)


def main(argv: Sequence[str] | None = None) -> None:
    """Write the lines, time the commands interleaved, print the ratios beside the goals."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--post", default="ohchr-25p153")
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--write", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.write is not None:
        write_lines(args.write, args.lines, args.seed)
        return

    with tempfile.TemporaryDirectory() as folder:
        large, small = Path(folder, "large.jsonl"), Path(folder, "small.jsonl")
        started = time.perf_counter()
        writer = [PYTHON, __file__, "--write", str(large), "--lines", str(args.lines)]
        subprocess.run([*writer, "--seed", str(args.seed)], check=True)  # noqa: S603
        head(large, small, args.lines // 10)
        megabytes = large.stat().st_size / 1e6
        print(
            f"{args.lines:,} candidates ({megabytes:,.0f} MB of JSON Lines) and the first "
            f"{args.lines // 10:,}, written in {time.perf_counter() - started:.0f} s"
        )
        env = environment(folder)
        for command in commands(args.post, small).values():
            measure(command, env)  # warm-up: the bytecode is written once
        sizes = {"N": large, "N/10": small}
        cpu: dict[tuple[str, str], float] = {}
        peak: dict[tuple[str, str], int] = {}
        for _ in range(args.repeat):
            for size, path in sizes.items():
                for name, command in commands(args.post, path).items():
                    seconds, megabytes_peak = measure(command, env)
                    key = (name, size)
                    cpu[key] = min(cpu.get(key, float("inf")), seconds)
                    peak[key] = max(peak.get(key, 0), megabytes_peak)
        names = list(commands(args.post, large))
        print(f"{'':<22} {'CPU at N':>10} {'at N/10':>9} {'peak MB at N':>13} {'at N/10':>8}")
        for name in names:
            print(
                f"{name:<22} {cpu[name, 'N']:9.2f}s {cpu[name, 'N/10']:8.2f}s "
                f"{peak[name, 'N']:13,} {peak[name, 'N/10']:8,}"
            )
        base = cpu[names[0], "N"]
        table, with_json = cpu[names[1], "N"] / base, cpu[names[2], "N"] / base
        print(f"jpo check / json.loads (CPU, N)        = {table:5.2f}x  (goal: <= 2x)")
        print(f"jpo check --json / json.loads (CPU, N) = {with_json:5.2f}x  (for information)")
        for name in names:
            growth = peak[name, "N"] / max(peak[name, "N/10"], 1)
            goal = "  (for comparison)" if name == names[0] else "  (goal: flat, ~1x)"
            print(f"peak memory at N / at N/10, {name:<22} = {growth:5.2f}x{goal}")
        if args.profile:
            profile(args.post, small, env)


if __name__ == "__main__":
    main()
