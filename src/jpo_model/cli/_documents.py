"""Registers ``jpo validate``, ``jpo convert``, ``jpo schema`` and ``jpo jsonld``.

They are run by `_documents_run`.
"""

from __future__ import annotations

import argparse

from jpo_model.cli._commands import (
    DOCUMENT_FORMATS,
    add_command,
    add_post_argument,
    add_quiet_argument,
)

_VALIDATE_DESCRIPTION = """\
Check documents, and print every problem of each as FILE: PATH: MESSAGE; a count of the
valid ones goes to standard error. Exit 0 if all are valid, 1 otherwise. --json prints an
array with one {file, valid, errors: [{path, message, value}]} object per document.
"""

_CONVERT_DESCRIPTION = """\
Read IN, validate it, and write OUT in the format of its extension (or of --format). OUT
is replaced all at once or not at all; IN is never written.
"""


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add this module's commands to the ``jpo`` parser."""
    cmd = add_command(
        commands,
        "validate",
        summary="check .json and .toml documents, reporting every problem",
        description=_VALIDATE_DESCRIPTION,
        examples=[
            ("jpo validate post.json post.toml", "every problem, as FILE: PATH: MESSAGE"),
            ("jpo validate --json post.toml", "the same, as JSON for machines"),
            ("jpo show ohchr-25p153 --json | jpo validate -", "a document read from a pipe"),
        ],
        handler="jpo_model.cli._documents_run:validate",
    )
    cmd.add_argument(
        "files",
        metavar="FILE",
        nargs="+",
        help="a .json or .toml document (- reads standard input)",
    )
    _add_type_argument(cmd, "documents")
    cmd.add_argument(
        "--format",
        choices=DOCUMENT_FORMATS,
        help="the format of - and of files whose extension names none (default for -: JSON "
        "if it starts with {, else TOML)",
    )
    cmd.add_argument("--json", action="store_true", help="print a JSON report")
    add_quiet_argument(cmd)

    cmd = add_command(
        commands,
        "convert",
        summary="convert a document between JSON and TOML",
        description=_CONVERT_DESCRIPTION,
        examples=[
            ("jpo convert post.json converted.toml", "JSON to TOML (or back), never half-written"),
            ("jpo convert post.toml - --format json", "TOML to JSON, on standard output"),
        ],
        handler="jpo_model.cli._documents_run:convert",
    )
    cmd.add_argument(
        "source", metavar="IN", help="the .json or .toml document to read (- reads standard input)"
    )
    cmd.add_argument(
        "target",
        metavar="OUT",
        help="the .json or .toml file to write (- writes standard output, with --format)",
    )
    _add_type_argument(cmd, "document")
    cmd.add_argument(
        "--format",
        choices=DOCUMENT_FORMATS,
        help="the format of OUT where its extension names none (needed for -)",
    )

    cmd = add_command(
        commands,
        "schema",
        summary="print the JSON Schema of a document type",
        description="Print the JSON Schema (draft 2020-12) of the documents of a model type.",
        examples=[
            ("jpo schema", "the JSON Schema of a post document"),
            ("jpo schema Money", "... or of any other model type"),
        ],
        handler="jpo_model.cli._documents_run:schema",
    )
    cmd.add_argument(
        "type",
        metavar="TYPE",
        nargs="?",
        default="Post",
        help="a public model type, such as Post, Candidate or DttaEntry (default: Post)",
    )

    cmd = add_command(
        commands,
        "jsonld",
        summary="print a post as schema.org JobPosting JSON-LD",
        description="Print a post as schema.org JobPosting JSON-LD; Google's job-posting "
        "findings go to\nstandard error.",
        examples=[
            ("jpo jsonld ohchr-25p153 --date-posted 2026-02-01", "the JobPosting, as JSON-LD"),
            ("jpo jsonld ohchr-25p153 --script", 'a <script type="application/ld+json"> element'),
        ],
        handler="jpo_model.cli._documents_run:jsonld",
    )
    add_post_argument(cmd)
    cmd.add_argument("--date-posted", metavar="YYYY-MM-DD", help="the day the post was published")
    cmd.add_argument("--script", action="store_true", help="print an HTML <script> element")


def _add_type_argument(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument(
        "--type", default="Post", help=f"the model type of the {what} (default: Post)"
    )
