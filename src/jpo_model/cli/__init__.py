"""The ``jpo`` command line: one module per command group, registered here.

Exit codes (stated in ``jpo --help``): 0 success; 1 when an error occurred (one
``error: …`` line on stderr, never a traceback) or any input record was refused; 2 a usage
error; 130 interrupted. A result such as "not eligible" is not an error. A closed output
pipe (``jpo examples | head -1``) ends quietly, with the status of the work done.

Start-up: ``jpo --help`` and the parsing of every command line import no more than
argparse, because each command group is two modules. ``_<group>.py`` (``_deadlines.py``)
registers the group's commands: a ``register(commands)`` function that declares each one
with `_commands.add_command` (summary, description, examples, arguments) and names its
handler as ``"jpo_model.cli._<group>_run:function"``; it imports only `_commands` and the
standard library. ``_<group>_run.py`` (``_deadlines_run.py``) holds the handlers, each a
function of the parsed arguments and a `_common.Console`, and imports what they need from
the library; `_common.run` imports it only when one of its commands runs. A new group adds
both modules and one line to `_COMMAND_GROUPS`; ``tests/cli/test_cli_commands.py`` checks
that every handler exists and that parsing imports none of the library.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from jpo_model._version import __version__
from jpo_model.cli import _deadlines, _documents, _dtta, _eligibility, _posts, _reading
from jpo_model.cli._commands import did_you_mean

__all__ = ["main"]

_COMMAND_GROUPS = (
    _posts,  # examples, show
    _deadlines,  # deadline, ics, calendar
    _dtta,  # dtta
    _eligibility,  # check
    _documents,  # validate, convert, schema, jsonld
    _reading,  # import
)
"""The registration module of each command group, in the order of ``jpo --help``."""

_EPILOG = """\
conventions:
  A file name of - reads standard input, and an output of - (-o -) writes to
  standard output; --format names the format where an extension cannot.
  Commands that print data take --json. Long runs show their progress on
  standard error when it is a terminal (--quiet: never).

exit status:
  0    success; a result such as "not eligible", or an entry that dtta --check
       refuses, is not an error
  1    an error (one "error: ..." line on standard error), or an input record
       refused
  2    a usage error: an unknown command or option, a missing or extra
       argument, or options that do not go together
  130  interrupted

examples:
  jpo examples
      list the bundled example posts
  jpo show ohchr-25p153 --json | jpo validate -
      write a post as a JSON document, and check it
  jpo show --help
      what one command does, with examples (any command)
"""


def _parser() -> tuple[argparse.ArgumentParser, Sequence[str]]:
    """The parser, and the names of its commands."""
    parser = argparse.ArgumentParser(
        prog="jpo",
        description="Work with UN Junior Professional Officer posts.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(
        dest="command", required=True, metavar="COMMAND", help="one of:"
    )
    for group in _COMMAND_GROUPS:
        group.register(commands)
    return parser, list(commands.choices)


def _parse(argv: Sequence[str] | None) -> argparse.Namespace:
    """The parsed arguments; an unknown command is a usage error with a suggestion."""
    parser, known = _parser()
    arguments = sys.argv[1:] if argv is None else list(argv)
    if arguments and not arguments[0].startswith("-") and arguments[0] not in known:
        hint = did_you_mean(arguments[0], known)
        parser.error(f"unknown command {arguments[0]!r}{hint} (see jpo --help)")
    return parser.parse_args(arguments)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``jpo`` command line and return its exit code."""
    args = _parse(argv)
    # The library is imported from here on, by the command that runs (see the docstring).
    common = importlib.import_module("jpo_model.cli._common")
    status: int = common.run(args)
    return status
