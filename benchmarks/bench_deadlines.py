"""Resolve 100,000 deadlines and show each in three zones: jpo_model against plain zoneinfo.

Run: ``python benchmarks/bench_deadlines.py [--count N] [--repeat R]``. Both sides get the
same inputs, built afresh before each run and untimed (for the library: validated
`Deadline` objects); each side resolves every deadline to its UTC instant and converts it
into three zones. The script checks that both sides agree, then prints the best of R runs
(CPU time, the sides alternating) and the ratio beside its goal (issue 17: <= 1.5x).
The zoneinfo side refuses a wall time in a DST gap or fold, as the library's default
policy does; a zoneinfo loop without that check is timed alongside, for information.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import time
import timeit
import zoneinfo
from collections.abc import Callable

import pendulum

from jpo_model import Deadline

ZONES = (
    "America/New_York",
    "Europe/Zurich",
    "Asia/Phnom_Penh",
    "Africa/Maputo",
    "Europe/Rome",
    "Asia/Kolkata",
    "America/Mexico_City",
    "Australia/Sydney",
)
TARGETS = ("Europe/Zurich", "America/New_York", "Asia/Tokyo")
# Wall times from 06:00 on: these zones change their clocks at night, so no input falls in
# a DST gap or fold, which the default policy would (rightly) refuse to guess.
FIRST_HOUR = 6

Row = tuple[dt.date, dt.time, int | None, str | None]


def inputs(count: int, seed: int = 2026) -> list[Row]:
    """Random deadlines 1970-2037: a third with an offset only, a third zone only, a third both."""
    rng = random.Random(seed)  # noqa: S311 - reproducible test data, not secrets
    rows: list[Row] = []
    for n in range(count):
        day = dt.date(1970, 1, 1) + dt.timedelta(days=rng.randrange(68 * 365))
        time = dt.time(rng.randrange(FIRST_HOUR, 24), rng.choice((0, 30, 59)))
        kind = n % 3
        offset = rng.choice((-300, -240, 0, 60, 120, 330)) if kind != 1 else None
        zone = rng.choice(ZONES) if kind != 0 else None
        rows.append((day, time, offset, zone))
    return rows


def build(rows: list[Row]) -> list[Deadline]:
    """The validated model objects (not timed)."""
    return [
        Deadline(
            date=pendulum.Date(d.year, d.month, d.day),
            time=pendulum.Time(t.hour, t.minute),
            utc_offset_minutes=offset,
            zone=zone,
        )
        for d, t, offset, zone in rows
    ]


def with_jpo_model(deadlines: list[Deadline]) -> list[tuple[dt.datetime, ...]]:
    """The library's way: the binding instant, then ``in_timezone`` for each target."""
    return [(d.instant, *(d.in_timezone(z) for z in TARGETS)) for d in deadlines]


def with_conflicts(deadlines: list[Deadline]) -> list[int]:
    """The full analysis (binding instant plus every conflicting reading), for information."""
    return [len(d.resolve().conflicts) for d in deadlines]


def with_zoneinfo(rows: list[Row]) -> list[tuple[dt.datetime, ...]]:
    """The same answers as a competent zoneinfo user writes them, with the same refusals.

    A stated offset binds; otherwise the zone's wall clock does, and a wall time that the
    zone skips or repeats is refused (PEP 495: ``fold=1`` gives a different offset exactly
    then), as the library's default policy refuses it. No conflicts and no messages: the
    library computes those only when asked (``resolve()``).
    """
    utc = dt.UTC
    zone_of = zoneinfo.ZoneInfo
    targets = [zone_of(z) for z in TARGETS]
    results = []
    for day, wall, offset, zone in rows:
        if offset is not None:
            tz = dt.timezone(dt.timedelta(minutes=offset))
            instant = dt.datetime.combine(day, wall, tz).astimezone(utc)
        elif zone is not None:
            local = dt.datetime.combine(day, wall, zone_of(zone))
            if local.utcoffset() != local.replace(fold=1).utcoffset():
                raise ValueError(f"{local:%Y-%m-%d %H:%M} is skipped or repeated in {zone}")
            instant = local.astimezone(utc)
        else:
            raise ValueError("no offset and no zone")
        results.append((instant, *(instant.astimezone(t) for t in targets)))
    return results


def without_checks(rows: list[Row]) -> list[tuple[dt.datetime, ...]]:
    """Plain zoneinfo that never looks for a DST gap or fold (for information only)."""
    utc = dt.UTC
    zone_of = zoneinfo.ZoneInfo
    targets = [zone_of(z) for z in TARGETS]
    results = []
    for day, wall, offset, zone in rows:
        tz: dt.tzinfo
        if offset is not None:
            tz = dt.timezone(dt.timedelta(minutes=offset))
        else:
            tz = zone_of(zone or "UTC")
        instant = dt.datetime.combine(day, wall, tz).astimezone(utc)
        results.append((instant, *(instant.astimezone(t) for t in targets)))
    return results


def _comparable(results: list[tuple[dt.datetime, ...]]) -> list[tuple[tuple[float, str], ...]]:
    # Aware datetimes in a DST fold never compare equal across zones (PEP 495), so compare
    # what matters: the instant and the wall clock's offset.
    return [tuple((d.timestamp(), str(d.utcoffset())) for d in row) for row in results]


def _cpu_seconds(work: Callable[[], object]) -> float:
    # CPU time of this process, not wall time: other processes on a busy machine then
    # slow neither side (timeit also switches the garbage collector off while timing).
    return timeit.timeit(work, number=1, timer=time.process_time)


def main() -> None:
    """Time the sides and print the ratio."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    rows = inputs(args.count)
    deadlines = build(rows)
    assert _comparable(with_jpo_model(deadlines)) == _comparable(with_zoneinfo(rows)), "disagree"

    from jpo_model.deadlines import deadline as module  # noqa: PLC0415 - only to reset its caches

    # Alternate the sides so that a change in machine load hits them alike. Each run starts
    # cold, with new input objects (built untimed) and the library's caches empty: an
    # instant cached by an earlier run would flatter it.
    ours_times, stdlib_times, bare_times = [], [], []
    for _ in range(args.repeat):
        batch, plain = build(rows), inputs(args.count)  # fresh objects for every side
        module._resolved.cache_clear()  # noqa: SLF001 - the benchmark resets the library's caches
        module._resolved_utc.cache_clear()  # noqa: SLF001
        ours_times.append(_cpu_seconds(lambda: with_jpo_model(batch)))  # noqa: B023
        stdlib_times.append(_cpu_seconds(lambda: with_zoneinfo(plain)))  # noqa: B023
        bare_times.append(_cpu_seconds(lambda: without_checks(plain)))  # noqa: B023
    ours, stdlib, bare = min(ours_times), min(stdlib_times), min(bare_times)
    batch = build(rows)
    full = _cpu_seconds(lambda: with_conflicts(batch))
    per = 1e6 / args.count
    print(f"deadlines: {args.count}, zones per deadline: {len(TARGETS)}, best of {args.repeat}")
    print(f"jpo_model (pendulum API):     {ours:.3f} s  ({ours * per:.2f} us per deadline)")
    print(f"stdlib zoneinfo, DST checked: {stdlib:.3f} s  ({stdlib * per:.2f} us per deadline)")
    print(f"stdlib zoneinfo, unchecked:   {bare:.3f} s  ({bare * per:.2f} us per deadline)")
    print(f"ratio jpo_model / zoneinfo (DST checked): {ours / stdlib:.2f}x  (goal <= 1.5x)")
    print(f"(for information: / unchecked zoneinfo {ours / bare:.2f}x; ", end="")
    print(f"resolve() with conflicts, cold: {full * per:.2f} us per deadline)")


if __name__ == "__main__":
    main()
