"""``jpo_model.cli._posts_run``: the module that runs ``jpo examples`` and ``jpo show``."""

from __future__ import annotations

from collections.abc import Callable

from jpo_model.cli._posts import ANNOUNCEMENT_FORMATS
from jpo_model.localisation import FORMATS


def test_examples_imports_only_its_own_run_module(run_modules: Callable[..., set[str]]) -> None:
    """``jpo examples`` loads this module and no other command group's."""
    assert {"jpo_model.cli._posts_run"} == run_modules("examples")


def test_show_offers_every_format_the_renderer_writes() -> None:
    """``show --format`` lists the renderer's formats without importing it to register."""
    assert sorted(FORMATS) == sorted(ANNOUNCEMENT_FORMATS)
