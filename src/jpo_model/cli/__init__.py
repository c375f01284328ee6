"""The ``jpo`` command line: one module per command group, registered here.

Exit codes: 0 success, 1 an error (``error: …`` on stderr, no traceback), 2 usage error.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from jpo_model.cli import _deadlines, _documents, _dtta, _eligibility, _posts
from jpo_model.cli._common import CommandError
from jpo_model.errors import JpoModelError

__all__ = ["main"]

_COMMAND_GROUPS = (_posts, _deadlines, _dtta, _eligibility, _documents)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="jpo", description="Work with UN Junior Professional Officer posts."
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for group in _COMMAND_GROUPS:
        group.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``jpo`` command line and return its exit code."""
    args = _parser().parse_args(argv)
    try:
        code: int = args.handler(args)
        sys.stdout.flush()  # a closed pipe shows here, not in the flush at exit
    except BrokenPipeError:
        # The reader went away (`jpo show … | head`): nothing to report, and the final flush
        # at exit must not fail again, so stdout goes to the null device.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except (CommandError, JpoModelError, OSError) as exc:
        message = str(exc).replace("\n", "; ")
        print(f"error: {message}", file=sys.stderr)
        return 1
    return code
