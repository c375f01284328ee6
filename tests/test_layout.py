"""The tests mirror the package: every source module has its own test module."""

from __future__ import annotations

from pathlib import Path

import jpo_model

SOURCE = Path(jpo_model.__file__).parent
TESTS = Path(__file__).parent

# Modules with nothing of their own to test: the version string and ``python -m``.
WITHOUT_TESTS = frozenset({"__init__.py", "__main__.py", "_version.py"})


def _test_modules_for(module: Path) -> list[Path]:
    """Test modules in the mirrored folder whose name ends with the module's name."""
    relative = module.relative_to(SOURCE)
    folder = TESTS.joinpath(*relative.parts[:-1])
    name = module.stem.lstrip("_")
    return sorted(folder.glob(f"test_*{name}.py"))


def _strategy_module(module: Path) -> bool:
    # The strategies' private modules are tested through the public `jpo_model.strategies`
    # (tests/strategies/test_strategies.py runs every strategy it exports).
    return module.parent.name == "strategies" and module.name.startswith("_")


def test_every_source_module_has_a_test_module() -> None:
    """``src/jpo_model/a/b.py`` is tested in ``tests/a/test_…b.py``."""
    modules = [
        m
        for m in sorted(SOURCE.rglob("*.py"))
        if m.name not in WITHOUT_TESTS and not _strategy_module(m)
    ]
    missing = [str(m.relative_to(SOURCE)) for m in modules if not _test_modules_for(m)]
    assert [] == missing
