"""Helpers shared by the command modules: loading a post, reading date and locale arguments."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

import pendulum

from jpo_model import _cldr, examples
from jpo_model._cldr import Locale
from jpo_model.errors import JpoModelError, ValidationError
from jpo_model.interchange.serialization import load
from jpo_model.posts import Post


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


def date_argument(text: str) -> pendulum.Date:
    """Read a ``YYYY-MM-DD`` command-line argument as a pendulum Date (argparse ``type=``)."""
    try:
        parsed = dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None
    return pendulum.Date(parsed.year, parsed.month, parsed.day)


def add_locale_argument(
    parser: argparse.ArgumentParser, *, help_text: str, default: str | None = "en"
) -> None:
    """Add the ``--locale LOCALE`` option, whose value the handler reads with `locale_argument`.

    The name is parsed in the handler, not by argparse, so that an unknown locale is reported
    like the command's other errors: ``error: …`` with exit code 1.
    """
    parser.add_argument("--locale", metavar="LOCALE", default=default, help=help_text)


def locale_argument(text: str) -> Locale:
    """The CLDR locale a ``--locale`` value names (``fr``, ``zh-Hans``, ``fr_CA``).

    Raises `CommandError` for a name CLDR does not know.
    """
    try:
        return _cldr.parse_locale(text)
    except ValueError as exc:
        raise CommandError(str(exc)) from None
