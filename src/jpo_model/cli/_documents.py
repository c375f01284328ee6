"""``jpo validate``, ``jpo convert``, ``jpo schema`` and ``jpo jsonld``: working with documents.

``validate`` checks .json and .toml documents and reports every problem with its file and
path; ``convert`` rewrites a document in the other format, atomically; ``schema`` prints
the JSON Schema of a model type; ``jsonld`` prints a post as schema.org JobPosting JSON-LD.
Each reads ``-`` as standard input; ``convert`` writes ``-`` to standard output.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import jpo_model
from jpo_model._model import Model
from jpo_model.cli._common import (
    DOCUMENT_FORMATS,
    STREAM,
    CommandError,
    Console,
    Format,
    InputError,
    UsageError,
    add_command,
    add_quiet_argument,
    date_argument,
    did_you_mean,
    load_document,
    load_post,
    output_format,
    problem_json,
    read_document,
    shown_name,
    write_output,
)
from jpo_model.errors import MISSING, ErrorDetail, ValidationError
from jpo_model.interchange.jsonld import jobposting_issues, jobposting_script, to_jobposting
from jpo_model.interchange.schema import render
from jpo_model.interchange.serialization import dumps

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
        handler=_validate,
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
        handler=_convert,
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
        handler=_schema,
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
        handler=_jsonld,
    )
    cmd.add_argument(
        "post",
        metavar="SLUG_OR_FILE",
        help="a bundled example's slug, or a post document (.json, .toml; - reads standard input)",
    )
    cmd.add_argument("--date-posted", metavar="YYYY-MM-DD", help="the day the post was published")
    cmd.add_argument("--script", action="store_true", help="print an HTML <script> element")


def _add_type_argument(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument(
        "--type", default="Post", help=f"the model type of the {what} (default: Post)"
    )


def model_types() -> Mapping[str, type]:
    """The public model types by name, as ``--type`` and ``jpo schema`` accept them."""
    found = {}
    for name in jpo_model.__all__:
        obj = getattr(jpo_model, name)
        if isinstance(obj, type) and issubclass(obj, Model):
            found[name] = obj
    return found


def _model_type(name: str) -> type:
    types = model_types()
    if name not in types:
        raise CommandError(
            f"unknown type {name!r}; known types: {', '.join(sorted(types))}"
            + did_you_mean(name, types)
        )
    return types[name]


def _validate(args: argparse.Namespace, console: Console) -> None:
    if args.files.count(STREAM) > 1:
        raise UsageError("- (standard input) can be read only once")
    cls = _model_type(args.type)
    progress = console.progress(verb="validated", noun="file", total=len(args.files))
    report: list[tuple[str, tuple[ErrorDetail, ...]]] = []
    for source in args.files:
        report.append((shown_name(source), _problems(source, cls, args.format)))
        progress.advance()
    invalid = sum(1 for _, problems in report if problems)
    if invalid:
        console.fail()
    if args.json:
        entries = [_json_entry(file, problems) for file, problems in report]
        console.out(json.dumps(entries, ensure_ascii=False, indent=2))
        return
    for file, problems in report:
        for problem in problems:
            console.out(f"{file}: {problem}")
    console.err(f"{len(report) - invalid:,} of {len(report):,} documents valid")


def _problems(source: str, cls: type, format: Format | None) -> tuple[ErrorDetail, ...]:  # noqa: A002 - the option's name
    try:
        read_document(source, cls, format=format)
    except ValidationError as error:
        return error.errors
    except InputError as error:
        return (ErrorDetail(path="", message=f"cannot be read: {error.reason}", value=MISSING),)
    return ()


def _json_entry(file: str, problems: tuple[ErrorDetail, ...]) -> dict[str, Any]:
    return {"file": file, "valid": not problems, "errors": [problem_json(p) for p in problems]}


def _convert(args: argparse.Namespace, _console: Console) -> None:
    source, target = args.source, args.target
    out_format = output_format(target, args.format)
    if out_format is None:
        raise UsageError("OUT - (standard output) needs --format json or --format toml")
    if STREAM not in (source, target) and _same_file(source, target):
        raise CommandError(f"{target} is the input file; write the converted document elsewhere")
    cls = _model_type(args.type)
    obj: object = load_document(source, cls, what=args.type)
    write_output(target, dumps(obj, format=out_format))


def _same_file(source: str, target: str) -> bool:
    try:
        return Path(target).exists() and Path(source).samefile(target)
    except OSError:  # the source is missing: reading it reports that
        return False


def _schema(args: argparse.Namespace, console: Console) -> None:
    console.out(render(_model_type(args.type)).removesuffix("\n"))


def _jsonld(args: argparse.Namespace, console: Console) -> None:
    day = None if args.date_posted is None else date_argument(args.date_posted, "--date-posted")
    post = load_post(args.post)
    posting = to_jobposting(post, date_posted=day)
    if args.script:
        console.out(jobposting_script(posting))
    else:
        console.out(json.dumps(posting, ensure_ascii=False, indent=2))
    for issue in jobposting_issues(posting):
        console.err(str(issue))
