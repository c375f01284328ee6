"""Runs ``jpo validate``, ``jpo convert``, ``jpo schema`` and ``jpo jsonld``: documents.

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
from jpo_model.cli._commands import STREAM, did_you_mean
from jpo_model.cli._common import (
    CommandError,
    Console,
    Format,
    InputError,
    UsageError,
    date_argument,
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


def validate(args: argparse.Namespace, console: Console) -> None:
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


def convert(args: argparse.Namespace, _console: Console) -> None:
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


def schema(args: argparse.Namespace, console: Console) -> None:
    console.out(render(_model_type(args.type)).removesuffix("\n"))


def jsonld(args: argparse.Namespace, console: Console) -> None:
    day = None if args.date_posted is None else date_argument(args.date_posted, "--date-posted")
    post = load_post(args.post)
    posting = to_jobposting(post, date_posted=day)
    if args.script:
        console.out(jobposting_script(posting))
    else:
        console.out(json.dumps(posting, ensure_ascii=False, indent=2))
    for issue in jobposting_issues(posting):
        console.err(str(issue))
