"""Fixtures of the command-line tests: standard input, and the files the examples name."""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Callable
from pathlib import Path

import pendulum
import pytest

from jpo_model import dump, examples
from jpo_model.dtta.ledger import DttaEntry, DttaEntryStatus
from jpo_model.dtta.policy import DttaCategory
from jpo_model.money import Money

CANDIDATE = {
    "birth_date": "1996-05-05",
    "nationalities": ["KE"],
    "reference": "A-1",
    "degrees": [
        {"level": "advanced", "field": "Law", "countries": ["KE"], "completed": "2020-06-30"}
    ],
    "experience": [
        {"kind": "employment", "start": "2020-09-01", "end": "2023-08-31", "relevance": "relevant"}
    ],
    "languages": [{"language": "en", "level": "fluent"}],
}
"""A candidate eligible for ohchr-25p153 on 2026-03-01."""


@pytest.fixture
def stdin(monkeypatch: pytest.MonkeyPatch) -> Callable[[bytes], None]:
    """Set what the command reads from standard input (bytes, as a pipe delivers them)."""

    def feed(data: bytes) -> None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))

    return feed


@pytest.fixture
def example_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A working folder holding the files the commands' --help examples name."""
    monkeypatch.chdir(tmp_path)
    post = examples.load("ohchr-25p153")
    dump(post, tmp_path / "post.json")
    dump(post, tmp_path / "post.toml")
    lines = [CANDIDATE, {**CANDIDATE, "reference": "A-2", "nationalities": ["FR"]}]
    (tmp_path / "candidates.jsonl").write_text(
        "".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8"
    )
    dump(
        DttaEntry(
            date=pendulum.Date(2026, 6, 1),
            category=DttaCategory.COURSE,
            description="Course",
            amount=Money.of(500, "USD"),
            status=DttaEntryStatus.APPROVED,
        ),
        tmp_path / "entry.json",
    )
    return tmp_path
