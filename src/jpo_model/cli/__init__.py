"""The ``jpo`` command line: one module per command group, registered here.

Exit codes (stated in ``jpo --help``): 0 success; 1 when an error occurred (one
``error: …`` line on stderr, never a traceback) or any input record was refused; 2 a usage
error; 130 interrupted. A result such as "not eligible" is not an error. A closed output
pipe (``jpo examples | head -1``) ends quietly, with the status of the work done.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Sequence

from jpo_model._version import __version__
from jpo_model.cli import _deadlines, _documents, _dtta, _eligibility, _posts
from jpo_model.cli._common import Console, UsageError, did_you_mean
from jpo_model.errors import JpoModelError

__all__ = ["main"]

_COMMAND_GROUPS = (_posts, _deadlines, _dtta, _eligibility, _documents)

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

_INTERRUPTED = 130
"""The conventional exit code after SIGINT (128 + 2)."""


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
    console = Console(stdout=sys.stdout, stderr=sys.stderr, quiet=getattr(args, "quiet", False))
    try:
        args.handler(args, console)
        sys.stdout.flush()  # a closed pipe shows here, not in the flush at exit
    except UsageError as exc:
        console.clear()
        args.command_parser.error(str(exc))  # prints the usage and exits with 2
    except BrokenPipeError:
        # The reader went away (`jpo examples | head -1`): nothing to report, and the final
        # flush at exit must not fail again, so stdout goes to the null device.
        console.clear()
        with contextlib.suppress(OSError, ValueError):  # no file descriptor: nothing to flush
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except KeyboardInterrupt:
        console.clear()
        return _INTERRUPTED
    except (JpoModelError, OSError) as exc:
        message = str(exc).replace("\n", "; ")
        console.err(f"error: {message}")
        return 1
    console.clear()
    return 1 if console.failed else 0
