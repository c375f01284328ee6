"""``jpo_model.cli._posts_run``: the module that runs ``jpo examples`` and ``jpo show``."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from jpo_model.cli import main
from jpo_model.cli._posts import ANNOUNCEMENT_FORMATS
from jpo_model.localisation import FORMATS


def test_examples_imports_only_its_own_run_module(run_modules: Callable[..., set[str]]) -> None:
    """``jpo examples`` loads this module and no other command group's."""
    assert {"jpo_model.cli._posts_run"} == run_modules("examples")


def test_show_offers_every_format_the_renderer_writes() -> None:
    """``show --format`` lists the renderer's formats without importing it to register."""
    assert sorted(FORMATS) == sorted(ANNOUNCEMENT_FORMATS)


def test_show_states_the_facts_of_other_agencies_forms(capsys: pytest.CaptureFixture[str]) -> None:
    """A supervisor's grade and position number, a grade's own notation, a target start."""
    assert 0 == main(["show", "unhcr-luanda-10021061"])
    assert (
        "direct: Senior Protection Officer, grade P4, position 10002621" in capsys.readouterr().out
    )
    assert 0 == main(["show", "unhcr-associate-programme-officer-pr2"])
    out = capsys.readouterr().out.splitlines()
    assert "Grade:         P2" in out
    assert '               as stated: "PR2"' in out
    assert "Target start:  2026-03-02" in out
