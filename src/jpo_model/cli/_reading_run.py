"""Runs ``jpo import`` (registered by `_reading`)."""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from jpo_model.cli._commands import STREAM
from jpo_model.cli._common import (
    CommandError,
    Console,
    UsageError,
    count,
    shown_name,
    write_output,
)
from jpo_model.interchange.serialization import Format, dumps
from jpo_model.reading import Reading, ReadingError, read_announcement

_LIMIT = 8_000_000
"""The most bytes read from standard input (the reader refuses longer texts)."""


def import_announcements(args: argparse.Namespace, console: Console) -> None:
    """Read each FILE, write its post where -o says, and print its report."""
    files: list[str] = args.files
    if files.count(STREAM) > 1:
        raise UsageError("- (standard input) can be read only once")
    folder = _folder(args.output, several=len(files) > 1)
    _check_output_format(args, folder)
    reports: list[dict[str, object]] = []
    progress = console.progress(verb="reading", noun="announcement", total=len(files))
    for name in files:
        reports.append(_import_one(name, args, folder, console))
        progress.advance()
    progress.close()
    if args.json:
        text = json.dumps(reports, ensure_ascii=False, indent=2)
        console.err(text) if args.output == STREAM else console.out(text)


def _check_output_format(args: argparse.Namespace, folder: Path | None) -> None:
    if folder is None and args.output not in {None, STREAM} and args.format is None:
        suffix = Path(args.output).suffix.lower()
        if suffix not in {".json", ".toml"}:
            raise CommandError(
                f"cannot tell the format of {args.output}: name a .json or .toml file, "
                "or pass --format"
            )


def _import_one(
    name: str, args: argparse.Namespace, folder: Path | None, console: Console
) -> dict[str, object]:
    """Read one announcement, write its post, print its report; the report as JSON data."""
    try:
        reading = _read(name, args)
    except ReadingError as exc:
        console.fail()
        if not args.json:
            console.err(f"error: {shown_name(name)}: {exc}")
        return {"file": shown_name(name), "read": False, "error": str(exc)}
    target = _target(name, args.output, folder, args.format)
    if target is not None:
        write_output(target, dumps(reading.post, format=_format(target, args.format)))
    if not args.json and not args.quiet:
        for line in _report_lines(name, reading, target):
            console.err(line) if target == STREAM else console.out(line)
    return _report(name, reading, target)


def _read(name: str, args: argparse.Namespace) -> Reading:
    if name == STREAM:
        data = sys.stdin.buffer.read(_LIMIT + 1) if sys.stdin is not None else b""
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ReadingError(f"not UTF-8 text (byte {exc.start})") from None
        return read_announcement(text or " ", format=args.source_format, locale=args.language)
    path = Path(name)
    if path.is_dir():
        raise ReadingError("a folder, not an announcement")
    return read_announcement(path, format=args.source_format, locale=args.language)


def _folder(output: str | None, *, several: bool) -> Path | None:
    if output is None or output == STREAM or not several:
        if several and output == STREAM:
            raise UsageError("-o - takes one FILE; with several, -o names a folder")
        return None
    folder = Path(output)
    if folder.exists() and not folder.is_dir():
        raise UsageError(f"-o {output}: with several files, -o names a folder")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise CommandError(f"cannot create {output}: {exc.strerror or exc}") from None
    return folder


def _target(name: str, output: str | None, folder: Path | None, given: str | None) -> str | None:
    if output is None:
        return None
    if folder is None:
        return output
    stem = "announcement" if name == STREAM else Path(name).stem
    return str(folder / f"{stem}.{given or 'json'}")


def _format(target: str, given: Format | None) -> Format:
    suffix = Path(target).suffix.lower()
    if target != STREAM and suffix == ".toml":
        return "toml"
    if target != STREAM and suffix == ".json":
        return "json"
    return given or "json"


def _report(name: str, reading: Reading, target: str | None) -> dict[str, object]:
    return {
        "file": shown_name(name),
        "read": True,
        "post": None if target is None else shown_name(target),
        "title": reading.post.title,
        "unit": reading.unit,
        "placed": {
            path: [[p.first_line, p.last_line] for p in passages]
            for path, passages in reading.placed.items()
        },
        "unplaced": [
            {
                "lines": [p.first_line, p.last_line],
                "section": p.section,
                "text": p.text,
                **({"note": p.note} if p.note else {}),
            }
            for p in reading.unplaced
        ],
        "assumptions": [{"path": a.path, "statement": a.statement} for a in reading.assumptions],
    }


def _report_lines(name: str, reading: Reading, target: str | None) -> list[str]:
    unit = reading.unit
    lines = [f"{shown_name(name)}: {reading.post.title}" + (f" -> {target}" if target else "")]
    sections: Counter[str] = Counter()
    for passages in reading.placed.values():
        sections[(passages[0].section or "(header)").rstrip(":")] += 1
    lines.append(f"  {count(len(reading.placed), 'fact')} placed:")
    lines.extend(f"    {section}: {n}" for section, n in sections.items())
    lines.append(f"  {count(len(reading.unplaced), 'passage')} not placed:")
    for passage in reading.unplaced:
        where = (
            f"{unit} {passage.first_line}"
            if passage.first_line == passage.last_line
            else f"{unit}s {passage.first_line}-{passage.last_line}"
        )
        first = passage.text.split("\n", 1)[0]
        shown = first if len(first) <= 70 else first[:67] + "..."
        note = f" ({passage.note})" if passage.note else ""
        lines.append(f"    {where}: {shown}{note}")
    if reading.assumptions:
        lines.append(f"  {count(len(reading.assumptions), 'assumption')}:")
        lines.extend(f"    {a.path}: {a.statement}" for a in reading.assumptions)
    return lines
