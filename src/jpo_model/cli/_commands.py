"""Declaring commands: their help, their arguments, and the function that runs each one.

This module and the registration modules that use it (``_posts``, ``_deadlines`` …) are
imported on every run of ``jpo``, and for ``jpo --help``: they import only the standard
library's argparse and a few small modules, never the library itself. A command names the
function that runs it as ``module:function`` (the syntax of entry points); that module,
and through it the library, is imported only when the command runs (`jpo_model.cli._common`
``run``).
"""

from __future__ import annotations

import argparse
import shutil
import textwrap
from collections.abc import Iterable

STREAM = "-"
"""The file name that means standard input (or, for an output, standard output)."""

DOCUMENT_FORMATS = ("json", "toml")
"""The formats of documents, as ``--format`` names them."""

POST_HELP = "a bundled example's slug, or a post document (.json, .toml; - reads standard input)"
"""The help of the ``SLUG_OR_FILE`` argument of the commands that read a post."""

_MAX_WIDTH = 88
"""The widest a command's description is wrapped, however wide the terminal."""


def add_command(  # noqa: PLR0913 - every part of a command's help is keyword-only
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    name: str,
    *,
    summary: str,
    description: str,
    examples: Iterable[tuple[str, str]],
    handler: str,
) -> argparse.ArgumentParser:
    """Add a command with its one-line summary, description and examples (``--help``).

    ``handler`` names the function that runs the command, ``"package.module:function"``;
    it is called with the parsed arguments and a `Console`, and its module is imported
    only then. The description's paragraphs are wrapped to the terminal, as argparse wraps
    its own text; each example is a command line and what it does, and the tests run every
    one.
    """
    width = min(shutil.get_terminal_size().columns - 2, _MAX_WIDTH)
    paragraphs = [" ".join(p.split()) for p in description.split("\n\n")]
    lines = ["examples:"]
    for command, what in examples:
        lines.extend((f"  {command}", f"      {what}"))
    parser = commands.add_parser(
        name,
        help=summary,
        description="\n\n".join(textwrap.fill(p, width=width) for p in paragraphs),
        epilog="\n".join(lines),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.set_defaults(handler=handler, command_parser=parser)
    return parser


def add_post_argument(parser: argparse.ArgumentParser, *, help_text: str = POST_HELP) -> None:
    """Add the ``SLUG_OR_FILE`` positional argument, read by `_common.load_post`."""
    parser.add_argument("post", metavar="SLUG_OR_FILE", help=help_text)


def add_locale_argument(
    parser: argparse.ArgumentParser, *, help_text: str, default: str | None = "en"
) -> None:
    """Add the ``--locale LOCALE`` option, whose value the handler reads with `locale_argument`.

    The name is parsed in the handler, not by argparse, so that an unknown locale is reported
    like the command's other errors: ``error: …`` with exit code 1.
    """
    parser.add_argument("--locale", metavar="LOCALE", default=default, help=help_text)


def add_quiet_argument(parser: argparse.ArgumentParser) -> None:
    """Add ``--quiet``: no progress line on standard error."""
    parser.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        help="show no progress on standard error (shown only when it is a terminal)",
    )


def did_you_mean(text: str, choices: Iterable[str]) -> str:
    """``"; did you mean 'x'?"`` for the closest of ``choices`` (any case), or ``""``."""
    import difflib  # noqa: PLC0415 - only a mistyped command needs it, not every start

    by_lower = {choice.lower(): choice for choice in choices}
    found = difflib.get_close_matches(text.lower(), by_lower, n=1)
    return f"; did you mean {by_lower[found[0]]!r}?" if found else ""
