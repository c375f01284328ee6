"""A griffe extension for the API reference: docstring examples shown as code.

Docstrings hold doctest examples (``>>>`` lines and their output) the way reStructuredText
writes them: a block that starts with ``>>>`` and ends at the next blank line. Markdown has
no such block (``>>>`` is a nested quote there), so this extension wraps each one in a
fenced ``pycon`` block before mkdocstrings renders the docstring. The docstrings themselves
stay plain, so Sybil keeps running them as tests.
"""

from __future__ import annotations

import re
from typing import Any

import griffe

_PROMPT = re.compile(r"^(\s*)>>>")


def fence_doctests(text: str) -> str:
    """Wrap every doctest block of a docstring in a fenced ``pycon`` code block."""
    lines = text.splitlines()
    out: list[str] = []
    i = 0
    while i < len(lines):
        match = _PROMPT.match(lines[i])
        if match is None:
            out.append(lines[i])
            i += 1
            continue
        indent = match.group(1)
        out.append(f"{indent}```pycon")
        while i < len(lines) and lines[i].strip():
            out.append(lines[i])
            i += 1
        out.append(f"{indent}```")
    return "\n".join(out)


class DoctestBlocks(griffe.Extension):
    """Fence the doctest blocks of every docstring griffe loads."""

    def on_object(self, *, obj: griffe.Object, **kwargs: Any) -> None:  # noqa: ARG002, ANN401
        """Rewrite the object's docstring, if it has one."""
        if obj.docstring is not None and ">>>" in obj.docstring.value:
            obj.docstring.value = fence_doctests(obj.docstring.value)
