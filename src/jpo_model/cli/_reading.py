"""Registers ``jpo import``: reading announcements (text, Markdown, HTML, Word) into posts.

It is run by `_reading_run`.
"""

from __future__ import annotations

import argparse

from jpo_model.cli._commands import add_command

_IMPORT_DESCRIPTION = """\
Read announcements (terms of reference, vacancy pages, job descriptions; .txt, .md,
.html, .docx) into post documents, and report for each what was placed per section, the
passages no field holds (with their lines) and what was assumed rather than read. A fact
is set only from a passage that states it.

With one FILE, -o OUT writes the post (.json or .toml; - writes standard output, as JSON
unless --format says otherwise). With several, -o names a folder that receives one
document per announcement. Exit 0 when every FILE gave a post, 1 when any cannot be read
as an announcement. --json prints the reports as one JSON array; --quiet prints none.
The report goes to standard output, or to standard error when the post does.
"""


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``jpo import`` to the ``jpo`` parser."""
    cmd = add_command(
        commands,
        "import",
        summary="read announcements (.txt, .md, .html, .docx) into post documents",
        description=_IMPORT_DESCRIPTION,
        examples=[
            ("jpo import tor.docx -o post.json", "read a Word ToR, write its post, report"),
            ("jpo import vacancy.html -o - --quiet | jpo validate -", "read a page, check it"),
            ("jpo import *.txt -o posts/ --json", "many announcements, reports as JSON"),
        ],
        handler="jpo_model.cli._reading_run:import_announcements",
    )
    cmd.add_argument(
        "files",
        metavar="FILE",
        nargs="+",
        help="an announcement: .txt, .md, .html or .docx (- reads standard input as text)",
    )
    cmd.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        help="where the post goes: a .json or .toml file, - for standard output, or a folder "
        "when several files are read (default: no document, only the report)",
    )
    cmd.add_argument(
        "--format",
        choices=("json", "toml"),
        help="the format of the written posts where OUT's extension names none (default json)",
    )
    cmd.add_argument(
        "--source-format",
        choices=("text", "markdown", "html", "docx"),
        help="the format of the announcements (default: from each file's extension or content)",
    )
    cmd.add_argument(
        "--language",
        metavar="LANG",
        help="the language the announcements are written in, e.g. fr (default: found from "
        "the words)",
    )
    cmd.add_argument("--json", action="store_true", help="print the reports as JSON")
    cmd.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        help="print no report and no progress (errors still go to standard error)",
    )
