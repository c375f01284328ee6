"""Helpers shared by the command modules: loading a post from a slug or a file."""

from __future__ import annotations

from pathlib import Path

from jpo_model import examples
from jpo_model.errors import JpoModelError, ValidationError
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
        try:
            return load(path, Post)
        except OSError as exc:
            raise CommandError(f"cannot read {path}: {exc.strerror or exc}") from exc
        except ValidationError as exc:
            raise CommandError(f"{path} is not a valid post document: {exc}") from exc
    raise CommandError(
        f"{slug_or_file!r} is neither a bundled example ({', '.join(examples.names())}) "
        "nor a .json or .toml file"
    )
