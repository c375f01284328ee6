"""``jpo examples`` and ``jpo show``."""

from __future__ import annotations

import argparse

from jpo_model import examples
from jpo_model.cli._common import load_post


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add this module's commands to the ``jpo`` parser."""
    cmd = commands.add_parser("examples", help="list the bundled example posts")
    cmd.set_defaults(handler=_examples)
    cmd = commands.add_parser("show", help="print a readable summary of a post")
    cmd.add_argument("post", metavar="SLUG_OR_FILE")
    cmd.set_defaults(handler=_show)


def _examples(_: argparse.Namespace) -> int:
    for slug in examples.names():
        print(f"{slug}\t{examples.load(slug).title}")
    return 0


def _show(args: argparse.Namespace) -> int:
    post = load_post(args.post)
    print(post.title)
    return 0
