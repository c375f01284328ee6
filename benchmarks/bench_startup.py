"""Start-up time of ``import jpo_model`` and of the ``jpo`` command, against fair baselines.

Run: ``python benchmarks/bench_startup.py [--repeat R]``. Each command is a whole new
process of the interpreter running this script (``sys.executable``); the command line runs
as the ``jpo`` console script installed beside that interpreter, run by it
(``sys.executable .../bin/jpo``: what a user types, without ``-m``'s runpy), or as
``sys.executable -m jpo_model`` where no script is installed. The commands run R times each,
interleaved (one of each per round, so that a load on the machine falls on all of them
alike), and the script prints the median wall time of each and, for the three targets of
issue 17, the ratio beside its goal. It also times the floors a command cannot go below,
the imports of the dependencies it needs (attrs, cattrs and pendulum for any command that
loads a post; babel's dates module too for one that writes a date in a locale), in the same
units as the targets.

Every command runs with compiled bytecode, as after ``pip install`` (which compiles it):
the children write and read it under a temporary ``PYTHONPYCACHEPREFIX``, warmed up before
timing, so an environment without ``.pyc`` files (uv does not compile by default, and
``PYTHONDONTWRITEBYTECODE`` may be set) does not time the compiler. ``--no-bytecode``
measures without it.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import sysconfig
import tempfile
import time
from pathlib import Path

PYTHON = sys.executable
_SCRIPT = Path(sysconfig.get_path("scripts"), "jpo.exe" if sys.platform == "win32" else "jpo")
JPO = (PYTHON, str(_SCRIPT)) if _SCRIPT.is_file() else (PYTHON, "-m", "jpo_model")
"""How the ``jpo`` command runs: its console script, or ``-m`` where there is none."""

COMMANDS: dict[str, tuple[str, ...]] = {
    "python -c pass": (PYTHON, "-c", "pass"),
    "from pydantic import BaseModel": (PYTHON, "-c", "from pydantic import BaseModel"),
    "import jpo_model": (PYTHON, "-c", "import jpo_model"),
    "jpo --help": (*JPO, "--help"),
    "jpo deadline ohchr-25p153": (
        *JPO,
        "deadline",
        "ohchr-25p153",
        "--at",
        "2026-03-01T12:00:00Z",
    ),
    "import attrs, cattrs, pendulum": (PYTHON, "-c", "import attrs, cattrs, pendulum"),
    "import attrs, cattrs, pendulum, babel.dates": (
        PYTHON,
        "-c",
        "import attrs, cattrs, pendulum, babel.dates",
    ),
}

TARGETS = (
    ("import jpo_model", "from pydantic import BaseModel", 0.75),
    ("jpo --help", "python -c pass", 3.0),
    ("jpo deadline ohchr-25p153", "python -c pass", 8.0),
)
"""Each target: the command, its baseline, and the most the ratio may be (issue 17)."""

FLOORS = (
    ("import attrs, cattrs, pendulum", "every command that loads a post"),
    (
        "import attrs, cattrs, pendulum, babel.dates",
        "jpo deadline ohchr-25p153 (CLDR writes its dates)",
    ),
)
"""Each floor: the dependencies' import, and what it bounds (in units of ``python -c pass``)."""


def run_once(command: tuple[str, ...], env: dict[str, str]) -> float:
    """Seconds of wall time for one run of the command, which must succeed."""
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, env=env)  # noqa: S603 - our own commands
    return time.perf_counter() - start


def medians(repeat: int, env: dict[str, str]) -> dict[str, float]:
    """The median time of each command over ``repeat`` interleaved rounds (after a warm-up)."""
    times: dict[str, list[float]] = {name: [] for name in COMMANDS}
    for command in COMMANDS.values():
        run_once(command, env)  # write the bytecode files, and warm the file cache
    for _ in range(repeat):
        for name, command in COMMANDS.items():
            times[name].append(run_once(command, env))
    return {name: statistics.median(runs) for name, runs in times.items()}


def environment(*, bytecode: bool, cache: str) -> dict[str, str]:
    """The children's environment: with bytecode compiled once into ``cache``, or none."""
    env = dict(os.environ)
    if bytecode:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = cache
    else:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
        env["PYTHONPYCACHEPREFIX"] = cache  # empty, and never written: nothing compiled is read
    return env


def main() -> None:
    """Measure, then print each command's median and each target's ratio beside its goal."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--repeat", type=int, default=20, help="rounds (default: 20)")
    parser.add_argument(
        "--no-bytecode", action="store_true", help="time the commands compiling every module"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as cache:
        found = medians(args.repeat, environment(bytecode=not args.no_bytecode, cache=cache))
    bytecode = "without bytecode" if args.no_bytecode else "with bytecode"
    print(f"{args.repeat} interleaved runs each, {bytecode}; median wall time")
    print(f"  python: {PYTHON}\n  jpo:    {' '.join(JPO)}")
    for name, seconds in found.items():
        print(f"  {name:<32} {seconds * 1000:8.1f} ms")
    print("targets (issue 17):")
    for name, baseline, goal in TARGETS:
        ratio = found[name] / found[baseline]
        verdict = "met" if ratio <= goal else "NOT met"
        print(f"  {name:<27} {ratio:5.2f}x {baseline:<32} goal <= {goal:g}x: {verdict}")
    print("floors (the dependencies' imports alone):")
    for name, bounds in FLOORS:
        ratio = found[name] / found["python -c pass"]
        print(f"  {name:<32} {ratio:5.2f}x python -c pass; bounds {bounds}")


if __name__ == "__main__":
    main()
