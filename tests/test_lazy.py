"""Names of a package loaded on first use."""

from __future__ import annotations

import importlib
import subprocess
import sys

import pytest

from jpo_model._lazy import lazy_names

FOLDERS = ("deadlines", "interchange", "localisation", "dtta", "assignment")


def test_a_name_is_loaded_once_then_kept() -> None:
    """The first look-up imports the module; the value is then a plain global."""
    namespace: dict[str, object] = {}
    getattr_, dir_ = lazy_names("pkg", {"sqrt": "math"}, namespace)
    assert 3.0 == getattr_("sqrt")(9.0)  # type: ignore[operator]
    assert "sqrt" in namespace
    assert ["sqrt"] == dir_()


def test_an_unknown_name_is_an_attribute_error() -> None:
    """A name the package does not list raises AttributeError naming both."""
    getattr_, _ = lazy_names("pkg", {}, {})
    with pytest.raises(AttributeError, match="'pkg' has no attribute 'nope'"):
        getattr_("nope")


@pytest.mark.parametrize("folder", FOLDERS)
def test_each_folder_imports_nothing_until_asked(folder: str) -> None:
    """Importing a folder loads none of its modules; every name of __all__ resolves."""
    script = (
        "import sys\n"
        f"import jpo_model.{folder} as package\n"
        f"print(sorted(m for m in sys.modules if m.startswith('jpo_model.{folder}.')))\n"
    )
    result = subprocess.run(  # noqa: S603 - the interpreter running the tests
        [sys.executable, "-c", script], capture_output=True, encoding="utf-8", check=True
    )
    assert "[]" == result.stdout.strip()
    package = importlib.import_module(f"jpo_model.{folder}")
    assert [] == [name for name in package.__all__ if not hasattr(package, name)]
    assert set(package.__all__) <= set(dir(package))
