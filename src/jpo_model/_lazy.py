"""Names of a package loaded on first use (PEP 562), so that importing it costs nothing.

A folder's ``__init__`` lists where each public name lives and gets its module-level
``__getattr__`` and ``__dir__`` from `lazy_names`; the names are also imported under
``TYPE_CHECKING`` for type checkers. ``jpo --help`` and ``jpo deadline`` then import only the
modules they use (see "How the command line starts quickly" in the design notes).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Collection, Mapping, MutableMapping

__all__ = ["lazy_names"]


def lazy_names(
    package: str, where: Mapping[str, str], namespace: MutableMapping[str, object]
) -> tuple[Callable[[str], object], Callable[[], list[str]]]:
    """The ``__getattr__`` and ``__dir__`` of ``package``, loading the names of ``where``.

    Each name is imported from its module when first asked for, then kept in ``namespace``
    (the package's globals), so later look-ups skip ``__getattr__``.

    >>> namespace: dict[str, object] = {}
    >>> getattr_, dir_ = lazy_names("pkg", {"sqrt": "math"}, namespace)
    >>> getattr_("sqrt")(9.0), "sqrt" in namespace, dir_()
    (3.0, True, ['sqrt'])
    """
    names: Collection[str] = where.keys()

    def __getattr__(name: str) -> object:  # noqa: N807 - the module attribute PEP 562 names
        module = where.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module), name)
        namespace[name] = value  # later look-ups skip this function
        return value

    def __dir__() -> list[str]:  # noqa: N807 - as above
        return sorted({*namespace, *names})

    return __getattr__, __dir__
