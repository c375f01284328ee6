"""Fixtures of the command-line tests: standard input, and the files the examples name."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import docx
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
    seeds = Path(__file__).parents[3] / "shared" / "seeds"
    for seed in sorted(seeds.glob("00[01]_*.txt")):
        shutil.copy(seed, tmp_path / f"tor-{seed.name[:3]}.txt")
    (tmp_path / "vacancy.html").write_text(
        "<!DOCTYPE html><html><body><h1>Associate Programme Officer</h1>"
        "<p>Agency: UNHCR</p><p>Duty Station: Kigali, Rwanda</p></body></html>",
        encoding="utf-8",
    )
    document = docx.Document()
    document.add_heading("TERMS OF REFERENCE 23P302", level=1)
    document.add_paragraph("Title: Gender & PSEA Officer")
    document.add_paragraph("Organization/Office: United Nations / Resident Coordinator System")
    document.add_paragraph("Duty Station: Phnom Penh, Cambodia")
    document.save(str(tmp_path / "tor.docx"))
    return tmp_path


@pytest.fixture
def run_modules() -> Callable[..., set[str]]:
    """The ``jpo_model.cli._*_run`` modules a command line imports, run in a new process."""

    def run(*argv: str) -> set[str]:
        script = (
            "import contextlib, io, sys\n"
            "from jpo_model.cli import main\n"
            "with contextlib.redirect_stdout(io.StringIO()):\n"
            f"    main({list(argv)!r})\n"
            "print(' '.join(m for m in sys.modules if m.startswith('jpo_model.cli._')"
            " and m.endswith('_run')))\n"
        )
        result = subprocess.run(  # noqa: S603 - the interpreter running the tests
            [sys.executable, "-c", script], capture_output=True, encoding="utf-8", check=True
        )
        return set(result.stdout.split())

    return run
