"""``jpo validate``, ``jpo convert``, ``jpo schema`` and ``jpo jsonld``: working with documents.

``validate`` checks .json and .toml documents and reports every problem with its file and
path; ``convert`` rewrites a document in the other format, atomically; ``schema`` prints
the JSON Schema of a model type; ``jsonld`` prints a post as schema.org JobPosting JSON-LD.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Any

import pendulum

import jpo_model
from jpo_model._model import Model
from jpo_model.cli._common import CommandError, load_post
from jpo_model.errors import MISSING, ErrorDetail, ValidationError
from jpo_model.interchange.jsonld import jobposting_issues, jobposting_script, to_jobposting
from jpo_model.interchange.schema import render
from jpo_model.interchange.serialization import dump, load

_EPILOG = """\
examples:
  jpo validate posts/*.json           every problem, as FILE: PATH: MESSAGE
  jpo validate --json post.toml       the same, as JSON for machines
  jpo convert post.json post.toml     JSON to TOML (or back), never half-written
  jpo schema                          the JSON Schema of a post document
  jpo schema Money                    ... or of any other model type
  jpo jsonld ohchr-25p153 --script    a <script type="application/ld+json"> element
"""


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add this module's commands to the ``jpo`` parser."""
    formatter = argparse.RawDescriptionHelpFormatter
    cmd = commands.add_parser(
        "validate",
        help="check .json and .toml documents, reporting every problem",
        description="Check documents; exit 0 if all are valid, 1 otherwise.",
        epilog=_EPILOG,
        formatter_class=formatter,
    )
    cmd.add_argument("files", metavar="FILE", nargs="+", type=Path)
    cmd.add_argument("--type", default="Post", help="the model type of the documents (Post)")
    cmd.add_argument("--json", action="store_true", help="print a JSON report")
    cmd.set_defaults(handler=_validate)

    cmd = commands.add_parser(
        "convert",
        help="convert a document between JSON and TOML",
        description="Read IN, validate it, and write OUT in the format of its extension. OUT "
        "is replaced all at once or not at all; IN is never written.",
        epilog=_EPILOG,
        formatter_class=formatter,
    )
    cmd.add_argument("source", metavar="IN", type=Path)
    cmd.add_argument("target", metavar="OUT", type=Path)
    cmd.add_argument("--type", default="Post", help="the model type of the document (Post)")
    cmd.set_defaults(handler=_convert)

    cmd = commands.add_parser(
        "schema",
        help="print the JSON Schema of a document type",
        description="Print the JSON Schema (draft 2020-12) of the documents of a model type.",
        epilog=_EPILOG,
        formatter_class=formatter,
    )
    cmd.add_argument("type", metavar="TYPE", nargs="?", default="Post")
    cmd.set_defaults(handler=_schema)

    cmd = commands.add_parser(
        "jsonld",
        help="print a post as schema.org JobPosting JSON-LD",
        description="Print a post as schema.org JobPosting JSON-LD; Google's job-posting "
        "findings go to standard error.",
        epilog=_EPILOG,
        formatter_class=formatter,
    )
    cmd.add_argument("post", metavar="SLUG_OR_FILE")
    cmd.add_argument("--date-posted", type=date.fromisoformat, metavar="YYYY-MM-DD")
    cmd.add_argument("--script", action="store_true", help="print an HTML <script> element")
    cmd.set_defaults(handler=_jsonld)


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
        raise CommandError(f"unknown type {name!r}; known types: {', '.join(sorted(types))}")
    return types[name]


def _validate(args: argparse.Namespace) -> int:
    cls = _model_type(args.type)
    report = {str(path): _problems(path, cls) for path in args.files}
    if args.json:
        print(
            json.dumps([_json_entry(f, p) for f, p in report.items()], ensure_ascii=False, indent=2)
        )
    else:
        for file, problems in report.items():
            for problem in problems:
                print(f"{file}: {problem}")
        valid = sum(1 for problems in report.values() if not problems)
        print(f"{valid} of {len(report)} documents valid", file=sys.stderr)
    return 0 if all(not problems for problems in report.values()) else 1


def _problems(path: Path, cls: type) -> tuple[ErrorDetail, ...]:
    try:
        load(path, cls)
    except ValidationError as error:
        return error.errors
    except (OSError, ValueError) as error:  # unreadable, or an extension that names no format
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        return (ErrorDetail(path="", message=f"cannot be read: {reason}", value=MISSING),)
    return ()


def _json_entry(file: str, problems: tuple[ErrorDetail, ...]) -> dict[str, Any]:
    return {
        "file": file,
        "valid": not problems,
        "errors": [
            {"path": p.path, "message": p.message}
            | ({} if p.value is MISSING else {"value": _json_value(p.value)})
            for p in problems
        ],
    }


def _json_value(value: object) -> object:
    """The offending value as JSON when it is JSON data, else its (bounded) text form."""
    try:
        json.dumps(value, allow_nan=False)
    except (TypeError, ValueError, RecursionError):
        return ErrorDetail(path="", message="", value=value).shown_value
    return value


def _convert(args: argparse.Namespace) -> int:
    source, target = args.source, args.target
    if target.exists() and target.resolve() == source.resolve():
        raise CommandError(f"{target} is the input file; write the converted document elsewhere")
    cls = _model_type(args.type)
    try:
        obj: object = load(source, cls)
    except ValidationError as error:
        raise CommandError(f"{source} is not a valid {args.type} document: {error}") from error
    except ValueError as error:  # an extension that names no format
        raise CommandError(str(error)) from error
    try:
        dump(obj, target)
    except ValueError as error:
        raise CommandError(str(error)) from error
    return 0


def _schema(args: argparse.Namespace) -> int:
    sys.stdout.write(render(_model_type(args.type)))
    return 0


def _jsonld(args: argparse.Namespace) -> int:
    post = load_post(args.post)
    published = args.date_posted
    day = (
        None if published is None else pendulum.Date(published.year, published.month, published.day)
    )
    posting = to_jobposting(post, date_posted=day)
    if args.script:
        print(jobposting_script(posting))
    else:
        print(json.dumps(posting, ensure_ascii=False, indent=2))
    for issue in jobposting_issues(posting):
        print(issue, file=sys.stderr)
    return 0
