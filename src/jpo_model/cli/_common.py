"""Helpers shared by the command modules: loading a post from a slug or a file."""

from __future__ import annotations

from pathlib import Path

from jpo_model import examples
from jpo_model.errors import JpoModelError
from jpo_model.posts import Post
from jpo_model.serialization import load


class CommandError(JpoModelError):
    """A command cannot run as asked (reported as ``error: …`` with exit code 1)."""


def load_post(slug_or_file: str) -> Post:
    """Load a bundled example by slug, or a post document from a .json or .toml file."""
    if slug_or_file in examples.names():
        return examples.load(slug_or_file)
    path = Path(slug_or_file)
    if path.suffix.lower() in (".json", ".toml"):
        return load(path, Post)
    raise CommandError(
        f"{slug_or_file!r} is neither a bundled example ({', '.join(examples.names())}) "
        "nor a .json or .toml file"
    )
