"""``jpo_model.cli._documents_run``: the module that runs validate, convert, schema, jsonld."""

from __future__ import annotations

from collections.abc import Callable


def test_schema_imports_only_its_own_run_module(run_modules: Callable[..., set[str]]) -> None:
    """``jpo schema`` loads this module and no other command group's."""
    assert {"jpo_model.cli._documents_run"} == run_modules("schema", "Money")
