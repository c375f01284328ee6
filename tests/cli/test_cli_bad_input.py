"""Every command over a corpus of bad inputs: one ``error:`` line and the documented exit code.

The corpus is what a new user gives by mistake: binary data, a document of another kind, an
unknown extension, an empty file, a missing file, a folder, and a target that cannot be
written; each as a file, and the readable ones on standard input (``-``) too. A command
that reports records (``check``, ``validate``) reports the bad ones its own way, as its help
documents; whatever the input, no command ends with a traceback.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Literal, NamedTuple

import pytest

from jpo_model import dump, examples
from jpo_model.cli import main
from jpo_model.cli._common import shown_name

Outcome = Literal["error", "refused", "report", "none"]

CANDIDATE_DOCUMENT = '{"birth_date": "1996-05-05", "nationalities": ["KE"]}'
"""A valid candidate: a document of the wrong kind wherever a post, entry or ledger goes."""
BINARY = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe\xfd\x00"
AT = "2026-03-01T12:00:00Z"

# The bad inputs, by kind: a file name in the corpus folder, or `-` with what stdin holds.
_BAD_POSTS = {
    "binary": "binary.json",
    "binary toml": "binary.toml",
    "wrong kind": "candidate.json",
    "unknown extension": "post.yaml",
    "empty": "empty.json",
    "empty toml": "empty.toml",
    "missing": "missing.json",
    "folder": "folder.json",
    "folder without extension": "folder",
}
_BAD_STDIN = {"binary": BINARY, "empty": b"", "wrong kind": CANDIDATE_DOCUMENT.encode()}

# Each command with one input slot, `{}` where the bad input goes.
_POST_SLOTS = {
    "show": ["show", "{}"],
    "show --json": ["show", "{}", "--json"],
    "show --locale": ["show", "{}", "--locale", "fr"],
    "deadline": ["deadline", "{}", "--at", AT],
    "ics": ["ics", "{}", "-o", "out.ics", "--stamp", AT],
    "calendar": ["calendar", "{}", "--start", "2026-06-01"],
    "dtta": ["dtta", "{}", "--start", "2026-03-10"],
    "check": ["check", "{}", "candidates.jsonl", "--on", "2026-03-01"],
    "jsonld": ["jsonld", "{}"],
    "convert": ["convert", "{}", "out.toml"],
    "dtta --check": ["dtta", "ohchr-25p153", "--start", "2026-03-10", "--check", "{}"],
    "dtta --ledger": ["dtta", "ohchr-25p153", "--start", "2026-03-10", "--ledger", "{}"],
}
_WRONG_KIND = {"dtta --check": "post.json", "dtta --ledger": "post.json"}
"""Slots whose wrong kind of document is a post (a candidate, elsewhere)."""

_OUTPUT_SLOTS = {
    "ics -o": ["ics", "ohchr-25p153", "--stamp", AT, "-o", "{}"],
    "calendar --ics": ["calendar", "ohchr-25p153", "--start", "2026-06-01", "--ics", "{}"],
    "convert OUT": ["convert", "post.json", "{}"],
    "dtta --ledger --add": [
        *("dtta", "ohchr-25p153", "--start", "2026-03-10", "--on", "2026-04-01"),
        *("--add", "entry.json", "--ledger", "{}"),
    ],
}
_UNWRITABLE = {
    "under a file": "post.json/out.json",
    "in a missing folder": "nowhere/out.json",
    "a folder": "folder.json",
    "unknown extension": "out.yaml",
}
_ANY_EXTENSION = frozenset({"ics -o", "calendar --ics"})
"""Outputs whose format does not depend on the name: any extension will do."""


@pytest.fixture
def corpus(example_files: Path) -> Path:
    """The working folder, with the bad inputs beside the good files the commands need."""
    for name in ("binary.json", "binary.toml", "binary.jsonl"):
        (example_files / name).write_bytes(BINARY)
    for name in ("empty.json", "empty.toml", "empty.jsonl"):
        (example_files / name).write_bytes(b"")
    (example_files / "candidate.json").write_text(CANDIDATE_DOCUMENT, encoding="utf-8")
    dump(examples.load("ohchr-25p153"), example_files / "post.json")
    (example_files / "post.yaml").write_bytes((example_files / "post.json").read_bytes())
    (example_files / "folder.json").mkdir()
    (example_files / "folder").mkdir()
    return example_files


class Case(NamedTuple):
    """One command line, what standard input holds (if read), and the outcome it must have."""

    argv: list[str]
    data: bytes | None
    outcome: Outcome


def _cases() -> Iterator[tuple[str, Case]]:
    yield from _post_cases()
    yield from _candidate_cases()
    yield from _validate_cases()
    yield from _output_cases()
    yield from _announcement_cases()


def _announcement_cases() -> Iterator[tuple[str, Case]]:
    """``jpo import``: files that are no announcement, and posts it cannot write."""
    for kind in ("binary", "empty", "missing", "folder", "folder without extension"):
        yield f"import: {kind}", Case(["import", _BAD_POSTS[kind]], None, "error")
    for kind, data in (("binary", BINARY), ("empty", b"")):
        yield f"import: stdin {kind}", Case(["import", "-"], data, "error")
    for kind, name in _UNWRITABLE.items():
        case = Case(["import", "tor-000.txt", "-o", name, "--quiet"], None, "error")
        yield f"import -o: {kind}", case


def _post_cases() -> Iterator[tuple[str, Case]]:
    for slot, template in _POST_SLOTS.items():
        for kind, name in _BAD_POSTS.items():
            if kind == "wrong kind":
                name = _WRONG_KIND.get(slot, name)  # noqa: PLW2901 - the slot's own wrong kind
            if slot == "dtta --ledger" and name.startswith("missing"):
                continue  # a ledger that does not exist yet is --add's to start
            yield f"{slot}: {kind}", Case(_fill(template, name), None, "error")
        for kind, data in _BAD_STDIN.items():
            yield f"{slot}: stdin {kind}", Case(_fill(template, "-"), data, "error")


def _validate_cases() -> Iterator[tuple[str, Case]]:
    for kind, name in _BAD_POSTS.items():
        yield f"validate: {kind}", Case(["validate", name], None, "report")
    for kind, data in _BAD_STDIN.items():
        yield f"validate: stdin {kind}", Case(["validate", "-"], data, "report")


def _output_cases() -> Iterator[tuple[str, Case]]:
    for slot, template in _OUTPUT_SLOTS.items():
        for kind, name in _UNWRITABLE.items():
            if kind != "unknown extension" or slot not in _ANY_EXTENSION:
                yield f"{slot}: {kind}", Case(_fill(template, name), None, "error")


def _candidate_cases() -> Iterator[tuple[str, Case]]:
    check = ["check", "ohchr-25p153", "{}", "--on", "2026-03-01"]
    files: dict[str, tuple[str, Outcome]] = {
        "binary": ("binary.jsonl", "error"),
        "binary document": ("binary.json", "refused"),
        "wrong kind": ("post.json", "refused"),
        "unknown extension": ("post.yaml", "error"),
        "empty document": ("empty.toml", "refused"),
        "empty": ("empty.jsonl", "none"),
        "missing": ("missing.jsonl", "error"),
        "folder": ("folder.json", "error"),
        "folder without extension": ("folder", "error"),
    }
    for kind, (name, outcome) in files.items():
        yield f"check CANDIDATES: {kind}", Case(_fill(check, name), None, outcome)
    streams: dict[str, tuple[bytes, Outcome]] = {
        "binary": (BINARY, "error"),
        "empty": (b"", "none"),
        "wrong kind": (b'{"title": "A post, not a candidate"}', "refused"),
    }
    for kind, (data, outcome) in streams.items():
        yield f"check CANDIDATES: stdin {kind}", Case(_fill(check, "-"), data, outcome)


def _fill(template: list[str], name: str) -> list[str]:
    return [name if part == "{}" else part for part in template]


_CASES = dict(_cases())


@pytest.mark.parametrize("case", _CASES.values(), ids=_CASES.keys())
def test_bad_input_ends_with_one_error_line_and_the_documented_exit_code(
    case: Case, corpus: Path, stdin: Callable[[bytes], None], capsys: pytest.CaptureFixture[str]
) -> None:
    """Each bad input gives exit code 1 and one ``error:`` line, or the command's own report."""
    if case.data is not None:
        stdin(case.data)
    before = sorted(corpus.rglob("*"))
    code = main(case.argv)
    out, err = capsys.readouterr()
    errors = err.splitlines()
    if case.outcome == "error":
        assert (1, "", 1) == (code, out, len(errors)), err
        assert errors[0].startswith("error: ")
        assert ".tmp" not in errors[0]  # an output's error names the file asked for
    elif case.outcome == "refused":
        name = shown_name(case.argv[2])
        assert 1 == code
        assert [] == [line for line in errors if not line.startswith(f"{name}:1: ")]
        assert out.splitlines()[-1].endswith("; 1 record refused")
    elif case.outcome == "report":
        name = shown_name(case.argv[1])
        assert (1, ["0 of 1 documents valid"]) == (code, errors)
        assert [] == [line for line in out.splitlines() if not line.startswith(f"{name}: ")]
    else:
        assert (0, "") == (code, err)
        assert out.splitlines()[-1].startswith("0 candidates assessed")
    assert before == sorted(corpus.rglob("*"))  # nothing written, nothing left behind


def test_the_corpus_reaches_every_command_that_reads_or_writes_a_file() -> None:
    """Every command but `examples` and `schema` (which read no file) meets the corpus."""
    tried = {case.argv[0] for case in _CASES.values()}
    assert {"show", "deadline", "ics", "calendar", "dtta", "check", "validate", "convert"} | {
        "jsonld",
        "import",
    } == tried
