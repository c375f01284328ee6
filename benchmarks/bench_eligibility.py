"""Screening throughput: candidates per second against seed 002, with and without findings.

Run: ``python benchmarks/bench_eligibility.py [--count N] [--seed S] [--repeat R]``.

Generates N candidates deterministically (``random.Random(seed)``: a few degrees and 3-8
periods of experience each), then times, on one core:

- ``screen``: the library's batch assessment, reading every assessment's verdict and every
  finding's verdict and numbers (every rule is applied to every candidate; only the
  explanation text is written later, when read, and this figure reads none);
- ``bare``: the same precomputed rules evaluated to a plain True/False, stopping at the
  first failed rule, no findings;
- reading every finding's explanation for a sample, to show what the text costs.

Targets: at least 200,000 candidates/s with findings, and within 3x of the bare check.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import random
import time
import timeit
from collections.abc import Callable, Sequence
from decimal import Decimal

import pendulum

from jpo_model import (
    Candidate,
    Degree,
    EducationLevel,
    ExperienceKind,
    ExperiencePeriod,
    LanguageSkill,
    Proficiency,
    Relevance,
    examples,
    screen,
)
from jpo_model.eligibility._plan import _PROFICIENCY_BY_ID, RANK_BY_ID
from jpo_model.eligibility._screening import Screening
from jpo_model.eligibility.experience import UNITS_PER_DAY, union_days

ON = pendulum.Date(2026, 3, 1)
_LISTED = ("KE", "UG", "IN", "NG", "VN", "GH", "SN", "CO")  # on seed 002's list
_OTHER = ("NL", "FR", "US", "BR")
_FIELDS = ("Law", "Law", "Human rights", "Sociology")
_LANGUAGES = ("en", "fr", "es", "ar", "zh", "ru", "sw")
_SHARES = (Decimal(100),) * 6 + (Decimal(50), Decimal(80))
_RELEVANCE = (Relevance.RELEVANT,) * 3 + (Relevance.NOT_RELEVANT, Relevance.UNKNOWN)
_KINDS = (ExperienceKind.EMPLOYMENT,) * 4 + tuple(ExperienceKind)
_BACHELOR, _MASTER = EducationLevel.FIRST_LEVEL, EducationLevel.ADVANCED
_DEGREE_PATHS = ((_BACHELOR,), (_BACHELOR, _MASTER), (_BACHELOR, _MASTER, _MASTER))


def _date(rng: random.Random, first: int, last: int) -> pendulum.Date:
    d = dt.date.fromordinal(rng.randint(first, last))
    return pendulum.Date(d.year, d.month, d.day)


def _countries(rng: random.Random, listed_share: float) -> frozenset[str]:
    """One country, sometimes two; from seed 002's list with probability ``listed_share``."""
    count = 2 if rng.random() < 0.15 else 1
    return frozenset(
        rng.choice(_LISTED if rng.random() < listed_share else _OTHER) for _ in range(count)
    )


def generate(count: int, seed: int) -> list[Candidate]:
    """Deterministic applicants to seed 002: most pass nationality, many reach experience."""
    rng = random.Random(seed)  # noqa: S311 - reproducible test data, not secrets
    born = (dt.date(1990, 1, 1).toordinal(), dt.date(2003, 12, 31).toordinal())
    studied = (dt.date(2012, 1, 1).toordinal(), dt.date(2024, 12, 31).toordinal())
    worked = (dt.date(2013, 1, 1).toordinal(), dt.date(2025, 12, 31).toordinal())
    result = []
    for i in range(count):
        levels = rng.choice(_DEGREE_PATHS)
        degrees = tuple(
            Degree(
                level=level,
                field=rng.choice(_FIELDS),
                countries=_countries(rng, 0.85),
                completed=_date(rng, *studied),
            )
            for level in levels
        )
        periods = []
        for _ in range(rng.randint(3, 8)):
            start = _date(rng, *worked)
            periods.append(
                ExperiencePeriod(
                    kind=rng.choice(_KINDS),
                    start=start,
                    end=None if rng.random() < 0.1 else start.add(days=rng.randint(30, 900)),
                    un_system=rng.random() < 0.1,
                    full_time_percent=rng.choice(_SHARES),
                    relevance=rng.choice(_RELEVANCE),
                )
            )
        others = rng.sample(_LANGUAGES[1:], rng.randint(0, 2))
        languages = tuple(
            LanguageSkill(language=tag, level=rng.choice(tuple(Proficiency)))
            for tag in ([*others, "en"] if rng.random() < 0.85 else others)
        )
        result.append(
            Candidate(
                birth_date=_date(rng, *born),
                nationalities=_countries(rng, 0.9),
                degrees=degrees,
                experience=tuple(periods),
                languages=languages,
                reference=f"C-{i}",
            )
        )
    return result


def bare(screening: Screening, candidate: Candidate) -> bool:  # noqa: C901, PLR0911 - every rule
    """The same precomputed rules as `screen`, to a plain True/False: no findings at all.

    Written directly against the precomputed rules, without the library's rule methods
    (but with its experience count), so it shows what the assessment structure costs on
    top of the arithmetic. Stops at the first rule that fails.
    """
    if screening.nationality is not None and screening.nationality.isdisjoint(
        candidate.nationalities
    ):
        return False
    if screening.age is not None and candidate.birth_date.toordinal() < screening.earliest_birth:
        return False
    cutoff = screening.degree_cutoff_ordinal
    held = [d for d in candidate.degrees if d.completed.toordinal() <= cutoff]
    if not held:
        return False
    top = max([RANK_BY_ID[id(d.level)] for d in held])
    if screening.minimum is not None and top < screening.minimum.rank:
        return False  # seed 002's substitution is exceptional: never a plain True
    location = screening.location
    if location is not None and not any(d.countries <= location.countries for d in held):
        return False
    for rule, wanted, rank, count, _ in screening.language_rules:
        if not rule.decisive:
            continue
        spoken = [
            s.language for s in candidate.languages if _PROFICIENCY_BY_ID[id(s.level)] >= rank
        ]
        if sum(1 for language, _ in wanted if language in spoken) < count:
            return False
    if screening.ceiling is not None:
        last = screening.on_ordinal
        un = [
            (p.start.toordinal(), (last if p.end is None else min(p.end.toordinal(), last)) + 1)
            for p in candidate.experience
            if p.un_system
        ]
        if union_days(un) > screening.ceiling_days:
            return False
    first = min([d.completed.toordinal() for d in held]) + 1
    required = 365 * 2 * UNITS_PER_DAY
    low, _ = screening.tally.count(
        candidate.experience, first, screening.on_ordinal, enough=required
    )
    if low < required:
        return False
    return not screening.fields or any(d.field.casefold() in screening.fields for d in held)


def _time(
    label: str, fn: Callable[[list[Candidate]], object], group: list[Candidate], *, repeat: int
) -> float:
    """Best of ``repeat`` runs, with the cyclic garbage collector paused as timeit does.

    100,000 candidates are millions of objects: a full collection that happens to fall in a
    run would time the heap, not the rules. Screening itself creates no reference cycles.
    """
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        gc.disable()
        try:
            started = time.perf_counter()
            fn(group)
            best = min(best, time.perf_counter() - started)
        finally:
            gc.enable()
    rate = len(group) / best
    print(f"{label:<34} {best:8.3f} s  {rate:12,.0f} candidates/s")
    return rate


def main(argv: Sequence[str] | None = None) -> None:
    """Generate candidates, time screening with and without findings, print the rates."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)

    post = examples.load("ohchr-25p153")
    assert post.eligibility is not None
    assert post.eligibility.nationality is not None
    post_nationalities = post.eligibility.nationality.countries
    started = time.perf_counter()
    people = generate(args.count, args.seed)
    print(f"generated {len(people):,} candidates in {time.perf_counter() - started:.1f} s")

    screening = Screening(post, ON)
    assessments = list(screen(post, people, on=ON))
    verdicts: dict[str, int] = {}
    for assessment in assessments:
        verdicts[assessment.verdict.value] = verdicts.get(assessment.verdict.value, 0) + 1
    print(f"verdicts: {verdicts}")
    # The baseline must decide exactly as the library does, or the comparison means nothing.
    assert [bare(screening, c) for c in people] == [
        a.verdict.value == "eligible" for a in assessments
    ]
    calibration = min(timeit.repeat("sum(range(1000))", number=1000, repeat=5))
    print(f"this machine: sum(range(1000)) takes {calibration * 1000:.1f} us")

    def with_findings(group: list[Candidate]) -> None:
        for assessment in screen(post, group, on=ON):
            _ = assessment.verdict
            for finding in assessment.findings:
                _ = finding.verdict, finding.numbers

    def compare(label: str, group: list[Candidate]) -> None:
        print(f"-- {label}: {len(group):,} candidates")
        screened = _time(
            "screen (every finding, no text)", with_findings, group, repeat=args.repeat
        )
        baseline = _time(
            "bare True/False (same rules)",
            lambda g: [bare(screening, c) for c in g],
            group,
            repeat=args.repeat,
        )
        print(f"bare / screen = {baseline / screened:.2f}x (target: within 3x)")

    compare("all applicants", people)
    earliest = screening.earliest_birth
    past_the_door = [
        c
        for c in people
        if not post_nationalities.isdisjoint(c.nationalities)
        and c.birth_date.toordinal() >= earliest
    ]
    compare("those who pass nationality and age (the costly rules run)", past_the_door)

    sample = people[: min(10_000, len(people))]

    def explained(group: list[Candidate]) -> None:
        for assessment in screen(post, group, on=ON):
            for finding in assessment.findings:
                _ = finding.explanation

    print(f"-- reading every finding's explanation too (for information): {len(sample):,}")
    _time("screen + every explanation", explained, sample, repeat=args.repeat)


if __name__ == "__main__":
    main()
