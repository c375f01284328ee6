"""The document commands: ``jpo validate``, ``convert``, ``schema`` and ``jsonld``."""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Callable
from pathlib import Path

import pytest

from jpo_model import Post, dump, dumps, examples, load, to_dict
from jpo_model.cli import main
from jpo_model.cli._documents_run import model_types
from jpo_model.interchange.schema import render


def _write_bad(path: Path) -> Path:
    data = to_dict(examples.load("ohchr-25p153"))
    data["title"] = 5
    data["kind"] = "intern"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_validate_passes_valid_documents(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Valid documents in both formats: exit 0 and nothing on standard output."""
    for name in ("a.json", "b.toml"):
        dump(examples.load("ohchr-25p153"), tmp_path / name)
    assert 0 == main(["validate", str(tmp_path / "a.json"), str(tmp_path / "b.toml")])
    out, err = capsys.readouterr()
    assert ("", "2 of 2 documents valid\n") == (out, err)


def test_validate_reports_every_problem_with_file_and_path(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Every problem of every file is printed as FILE: PATH: MESSAGE, and the exit code is 1."""
    bad = _write_bad(tmp_path / "bad.json")
    broken = tmp_path / "broken.toml"
    broken.write_text("title = ", encoding="utf-8")
    assert 1 == main(["validate", str(bad), str(broken), str(tmp_path / "missing.json")])
    out, _ = capsys.readouterr()
    assert [
        f"{bad}: title: must be a string, not an integer (got 5)",
        f"{bad}: kind: must be one of: 'jpo', 'sarc', 'staff-role' (got 'intern')",
        f"{broken}: <root>: is not valid TOML: Invalid value (at end of document)",
        f"{tmp_path / 'missing.json'}: <root>: cannot be read: No such file or directory",
    ] == out.splitlines()


def test_validate_json_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--json prints one entry per file with structured errors, for machines."""
    bad = _write_bad(tmp_path / "bad.json")
    assert 1 == main(["validate", "--json", str(bad)])
    report = json.loads(capsys.readouterr().out)
    assert [
        {
            "file": str(bad),
            "valid": False,
            "errors": [
                {"path": "title", "message": "must be a string, not an integer", "value": 5},
                {
                    "path": "kind",
                    "message": "must be one of: 'jpo', 'sarc', 'staff-role'",
                    "value": "intern",
                },
            ],
        }
    ] == report


def test_validate_other_types(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--type validates documents of any public model type."""
    path = tmp_path / "money.json"
    path.write_text('{"amount": "1.005", "currency": "USD"}', encoding="utf-8")
    assert 1 == main(["validate", "--type", "Money", str(path)])
    assert "amount: has more decimals than USD's 2 minor-unit digits" in capsys.readouterr().out


def test_convert_round_trips_between_formats(tmp_path: Path) -> None:
    """JSON to TOML and back gives the same post and the same JSON text."""
    source = tmp_path / "post.json"
    dump(examples.load("ohchr-25p153"), source)
    assert 0 == main(["convert", str(source), str(tmp_path / "post.toml")])
    assert 0 == main(["convert", str(tmp_path / "post.toml"), str(tmp_path / "again.json")])
    assert examples.load("ohchr-25p153") == load(tmp_path / "post.toml", Post)
    assert source.read_text("utf-8") == (tmp_path / "again.json").read_text("utf-8")


def test_convert_never_writes_a_bad_document_nor_touches_the_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An invalid input leaves the output as it was; the input itself is never the output."""
    bad = _write_bad(tmp_path / "bad.json")
    before = bad.read_bytes()
    target = tmp_path / "out.toml"
    target.write_text("keep me", encoding="utf-8")
    assert 1 == main(["convert", str(bad), str(target)])
    assert "keep me" == target.read_text("utf-8")
    assert 1 == main(["convert", str(bad), str(bad)])
    assert before == bad.read_bytes()
    assert sorted(["bad.json", "out.toml"]) == sorted(p.name for p in tmp_path.iterdir())
    err = capsys.readouterr().err
    assert f"error: {bad} is the input file; write the converted document elsewhere" in err


def test_schema_prints_the_shipped_post_schema(capsys: pytest.CaptureFixture[str]) -> None:
    """`jpo schema` prints exactly the schema the package ships (how it is regenerated)."""
    assert 0 == main(["schema"])
    assert render(Post) == capsys.readouterr().out


def test_schema_of_an_unknown_type_lists_the_known_ones(capsys: pytest.CaptureFixture[str]) -> None:
    """An unknown type name is an error naming the types there are."""
    assert 1 == main(["schema", "Nope"])
    err = capsys.readouterr().err
    assert err.startswith("error: unknown type 'Nope'; known types: ")
    assert "Money" in err
    assert "Post" in model_types()


def test_jsonld_prints_the_posting_and_google_findings(capsys: pytest.CaptureFixture[str]) -> None:
    """`jpo jsonld` prints JSON-LD; findings of Google's guidelines go to standard error."""
    assert 0 == main(["jsonld", "ohchr-25p153", "--date-posted", "2026-02-01"])
    out, err = capsys.readouterr()
    posting = json.loads(out)
    assert ("JobPosting", "2026-02-01") == (posting["@type"], posting["datePosted"])
    assert "warning: baseSalary: is recommended by Google; the post states no salary\n" == err


def test_jsonld_script_element(capsys: pytest.CaptureFixture[str]) -> None:
    """--script prints the HTML element, with markup characters escaped."""
    assert 0 == main(["jsonld", "ohchr-25p153", "--script"])
    out = capsys.readouterr().out
    assert out.startswith('<script type="application/ld+json">{')
    assert out.endswith("}</script>\n")
    assert "&" not in out.removeprefix('<script type="application/ld+json">')


def test_validate_reads_standard_input_from_a_pipe(
    stdin: Callable[[bytes], None], capsys: pytest.CaptureFixture[str]
) -> None:
    """`jpo show SLUG --json | jpo validate -`: the document shown is valid."""
    assert 0 == main(["show", "ohchr-25p153", "--json"])
    stdin(capsys.readouterr().out.encode())
    assert 0 == main(["validate", "-"])
    assert ("", "1 of 1 documents valid\n") == capsys.readouterr()


def test_validate_names_standard_input_in_its_report(
    stdin: Callable[[bytes], None], capsys: pytest.CaptureFixture[str]
) -> None:
    """Problems of a document read from `-` are reported for ``<stdin>``."""
    stdin(b'title = 5\nkind = "jpo"\n')
    assert 1 == main(["validate", "-", "--json"])
    (entry,) = json.loads(capsys.readouterr().out)
    assert ("<stdin>", False) == (entry["file"], entry["valid"])
    assert "title" == entry["errors"][0]["path"]


def test_validate_format_names_what_an_extension_cannot(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--format reads a file whose extension names no format; without it, it is unreadable."""
    path = tmp_path / "post.txt"
    path.write_text(dumps(examples.load("ohchr-25p153"), format="toml"), encoding="utf-8")
    assert 0 == main(["validate", "--format", "toml", str(path)])
    assert 1 == main(["validate", str(path)])
    assert [f"{path}: <root>: cannot be read: cannot tell its format: use .json or .toml"] == (
        capsys.readouterr().out.splitlines()
    )


def test_validate_reports_each_file_given_even_twice(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A file named twice is checked and counted twice, not merged into one entry."""
    bad = _write_bad(tmp_path / "bad.json")
    assert 1 == main(["validate", str(bad), str(bad)])
    out, err = capsys.readouterr()
    assert 4 == len(out.splitlines())
    assert "0 of 2 documents valid\n" == err


def test_validate_reads_standard_input_only_once(capsys: pytest.CaptureFixture[str]) -> None:
    """`-` twice is a usage error: the second would read nothing."""
    with pytest.raises(SystemExit) as caught:
        main(["validate", "-", "-"])
    assert 2 == caught.value.code
    assert "- (standard input) can be read only once" in capsys.readouterr().err


def test_convert_reads_and_writes_standard_streams(
    stdin: Callable[[bytes], None], capsys: pytest.CaptureFixture[str]
) -> None:
    """`jpo convert - - --format toml` turns JSON on standard input into TOML on standard output."""
    post = examples.load("ohchr-25p153")
    stdin(dumps(post).encode())
    assert 0 == main(["convert", "-", "-", "--format", "toml"])
    assert dumps(post, format="toml") == capsys.readouterr().out


def test_convert_to_standard_output_needs_a_format(capsys: pytest.CaptureFixture[str]) -> None:
    """Standard output has no extension: without --format, a usage error."""
    with pytest.raises(SystemExit) as caught:
        main(["convert", "post.json", "-"])
    assert 2 == caught.value.code
    assert "OUT - (standard output) needs --format" in capsys.readouterr().err


def test_convert_writes_a_file_with_the_mode_open_gives(tmp_path: Path) -> None:
    """The converted file gets the mode a plain open() would give, not a temporary file's."""
    source = tmp_path / "post.json"
    dump(examples.load("ohchr-25p153"), source)
    target = tmp_path / "post.toml"
    old = os.umask(0o022)
    try:
        assert 0 == main(["convert", str(source), str(target)])
    finally:
        os.umask(old)
    assert 0o644 == stat.S_IMODE(target.stat().st_mode)


def test_schema_suggests_a_type_in_another_case(capsys: pytest.CaptureFixture[str]) -> None:
    """A type name in the wrong case is unknown, and the right one is suggested."""
    assert 1 == main(["schema", "post"])
    assert capsys.readouterr().err.rstrip().endswith("; did you mean 'Post'?")


def test_jsonld_bad_date_is_one_error_line(capsys: pytest.CaptureFixture[str]) -> None:
    """--date-posted that is not a date is an error like any bad value (exit 1)."""
    assert 1 == main(["jsonld", "ohchr-25p153", "--date-posted", "yesterday"])
    assert ("", "error: --date-posted 'yesterday' is not a date (YYYY-MM-DD)\n") == (
        capsys.readouterr()
    )


def test_convert_from_a_missing_file_to_an_existing_one_reports_the_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A missing input is reported as such, and the existing output is left as it was."""
    target = tmp_path / "out.toml"
    target.write_text("keep me", encoding="utf-8")
    missing = tmp_path / "missing.json"
    assert 1 == main(["convert", str(missing), str(target)])
    assert f"error: cannot read {missing}: No such file or directory\n" == capsys.readouterr().err
    assert "keep me" == target.read_text("utf-8")
