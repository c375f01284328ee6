"""Registers ``jpo examples`` and ``jpo show``, run by `_posts_run`."""

from __future__ import annotations

import argparse

from jpo_model.cli._commands import add_command, add_locale_argument, add_post_argument

ANNOUNCEMENT_FORMATS = ("markdown", "text", "html")
"""The formats ``show --format`` accepts: those `jpo_model.localisation.render` writes."""

_SHOW_DESCRIPTION = """\
Print a plain-text summary of a post: title, kind, reference, organisation, duty station,
grade, sponsor, appointment terms, supervision, the closing deadline as stated, DTTA,
eligibility rules in brief, counts of duties and learning elements, and where to apply.
Sections the post does not state are left out. With --locale or --format, print the
vacancy announcement instead; with --json, the post document itself (what jpo_model.dump
writes, and jpo validate reads).
"""


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add this module's commands to the ``jpo`` parser."""
    cmd = add_command(
        commands,
        "examples",
        summary="list the bundled example posts",
        description="List the bundled example posts: slug and title, tab-separated, one a "
        "line.\nWith --json, an array of {slug, title} objects.",
        examples=[
            ("jpo examples", "every slug and title"),
            ("jpo examples --json", "the same, as JSON"),
        ],
        handler="jpo_model.cli._posts_run:list_examples",
    )
    cmd.add_argument(
        "--json", action="store_true", help="print a JSON array of {slug, title} objects"
    )
    cmd = add_command(
        commands,
        "show",
        summary="print a readable summary of a post",
        description=_SHOW_DESCRIPTION,
        examples=[
            ("jpo show ohchr-25p153", "a bundled example (list them with `jpo examples`)"),
            ("jpo show post.toml", "a post document written with jpo_model.dump"),
            (
                "jpo show ohchr-25p153 --locale fr --format markdown",
                "the vacancy announcement in French, as Markdown",
            ),
            ("jpo show ohchr-25p153 --json | jpo show -", "a post document read from a pipe"),
        ],
        handler="jpo_model.cli._posts_run:show",
    )
    add_post_argument(
        cmd,
        help_text="a bundled example's slug, or a post document in a .json or .toml file (- "
        "reads standard input)",
    )
    add_locale_argument(
        cmd,
        default=None,
        help_text="print the vacancy announcement in this locale (ar, en, es, fr, ru, zh, fr-CA …)"
        " instead of the summary",
    )
    cmd.add_argument(
        "--format",
        choices=ANNOUNCEMENT_FORMATS,
        help="the announcement's format (default: text); without --locale, in English",
    )
    cmd.add_argument(
        "--json",
        action="store_true",
        help="print the post document as JSON (not with --locale or --format)",
    )
