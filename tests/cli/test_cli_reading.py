"""``jpo import`` is registered without importing the reader."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from jpo_model.cli import main


def test_import_is_listed_and_explains_itself(capsys: pytest.CaptureFixture[str]) -> None:
    """``jpo import --help`` has a description, examples and help on each argument."""
    with pytest.raises(SystemExit) as exit_:
        main(["import", "--help"])
    assert 0 == exit_.value.code
    out = capsys.readouterr().out
    assert "passages no field holds" in out
    assert "jpo import tor.docx -o post.json" in out


def test_import_imports_only_its_own_run_module(run_modules: Callable[..., set[str]]) -> None:
    """Running ``jpo import`` loads the reader's run module and no other command's."""
    assert {"jpo_model.cli._reading_run"} == run_modules("import", "-", "--quiet") - set()
