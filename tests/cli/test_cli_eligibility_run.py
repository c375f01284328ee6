"""``jpo_model.cli._eligibility_run``: the module that runs ``jpo check``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from jpo_model.cli import _eligibility, _eligibility_run


def test_check_imports_only_its_own_run_module(
    run_modules: Callable[..., set[str]], example_files: Path
) -> None:
    """``jpo check`` loads this module and no other command group's."""
    candidates = str(example_files / "candidates.jsonl")
    argv = ("check", "ohchr-25p153", candidates, "--on", "2026-03-01", "--json")
    assert {"jpo_model.cli._eligibility_run"} == run_modules(*argv)


def test_format_choices_are_the_formats_check_reads() -> None:
    """``check --format`` offers exactly the formats the run module can read."""
    assert sorted(_eligibility_run._FORMATS.values()) == sorted(_eligibility.CANDIDATE_FORMATS)
