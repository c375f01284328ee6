"""Precision and recall of the reader on the seeds and on real announcements it was not built on.

The figures are the issue's targets where they are met (the seeds: precision 100 %, recall
≥ 95 %) and the measured floors where they are not yet (the corpus): a change that reads a
fact wrongly, or loses facts, fails here. `benchmarks/bench_reading.py` prints the tables.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from jpo_model import examples
from jpo_model.reading import ReadingError, read_announcement
from jpo_model.reading.accuracy import (
    Score,
    assumed_kinds,
    checked_announcements,
    facts_of,
    prose_placed,
    score,
)

SEEDS = Path(__file__).parents[3] / "shared" / "seeds"
CORPUS = Path(__file__).parent / "corpus"
SLUGS = {
    "000": "rco-cambodia-23p302",
    "001": "ilo-ethics-2340",
    "002": "ohchr-25p153",
    "003": "osagi-gender-focal-point",
    "004": "ilo-socpro-2212",
}


def _scored(path: Path, expected: dict[str, Any]) -> Score:
    reading = read_announcement(path)
    assumed = assumed_kinds(a.path for a in reading.assumptions)
    return score(expected, facts_of(reading.post), assumed=assumed)


def _corpus() -> list[tuple[Path, dict[str, Any]]]:
    return checked_announcements(CORPUS)


def test_the_seeds_are_read_with_no_wrong_fact_and_95_percent_recall() -> None:
    """On the five seeds: precision 100 %, recall ≥ 95 % against the bundled examples."""
    total = None
    for seed in sorted(SEEDS.glob("0*.txt")):
        result = _scored(seed, facts_of(examples.load(SLUGS[seed.name[:3]])))
        assert () == result.wrong, seed.name
        total = result if total is None else total + result
    assert total is not None
    assert total.recall >= 0.95


def test_the_real_corpus_is_read_above_its_measured_floors() -> None:
    """On 14 real pages not among the seeds: precision ≥ 95 %, recall ≥ 70 % (97.3, 76.8 now)."""
    total = None
    refused = 0
    for path, expected in _corpus():
        try:
            result = _scored(path, expected)
        except ReadingError:
            refused += 1
            continue
        total = result if total is None else total + result
    assert total is not None
    assert total.precision >= 0.95
    assert total.recall >= 0.70
    assert refused <= 4


@pytest.mark.parametrize(
    ("stem", "kind", "value"),
    [
        ("wfp-gender-protection-maputo-en", "deadline", "2025-03-03T21:59:00Z"),
        ("wfp-gender-protection-maputo-en", "eligibility.nationalities", ["NO"]),
        ("wfp-gender-protection-maputo-en", "grade", ["P2"]),
        ("ilo-labour-migration-addis-ababa-en", "grade", ["P1", "P2"]),
        ("ilo-labour-migration-addis-ababa-en", "sponsor.country", "NL"),
        ("unhcr-associate-programme-pr2-en", "grade", ["P2"]),
        ("unhcr-associate-programme-pr2-en", "target_start", "2026-03-02"),
        ("ocha-humanitarian-jerusalem-en", "reference", "ISR-160-17-P049"),
        ("ocha-humanitarian-jerusalem-en", "supervisors", ["Deputy Head of Office"]),
        ("who-health-emergencies-gaza-en", "eligibility.age_limit", 32),
    ],
)
def test_facts_of_real_pages(stem: str, kind: str, value: object) -> None:
    """Single facts of real pages, as a person reads them."""
    path = next(p for p in CORPUS.glob(f"{stem}.*") if not p.name.endswith(".json"))
    assert value == facts_of(read_announcement(path).post).get(kind)


def test_the_seeds_prose_lands_in_the_right_fields() -> None:
    """At least 95 % of the seeds' prose characters sit in the same field as the examples'."""
    placed = total = 0
    for seed in sorted(SEEDS.glob("0*.txt")):
        done, of = prose_placed(examples.load(SLUGS[seed.name[:3]]), read_announcement(seed).post)
        placed, total = placed + done, total + of
    assert placed / total >= 0.95
