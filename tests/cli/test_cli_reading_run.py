"""``jpo import``: posts from announcements, with a report of what was and was not placed."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from jpo_model import examples, load
from jpo_model.cli import main
from jpo_model.posts import Post

SEEDS = Path(__file__).parents[3] / "shared" / "seeds"
SEED = SEEDS / "002_79a711115a296add.txt"


def test_a_seed_is_read_into_a_post_with_its_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The post is written; the report names facts per section, unplaced lines, assumptions."""
    target = tmp_path / "post.json"
    assert 0 == main(["import", str(SEED), "-o", str(target)])
    post = load(target, Post)
    assert examples.load("ohchr-25p153").reference == post.reference
    out = capsys.readouterr().out
    assert f"{SEED}: JPO in Human Rights" in out
    assert "facts placed:" in out
    assert "passages not placed:" in out
    assert "duty_station.time_zone: the duty station's time zone, Europe/Zurich" in out


def test_toml_output_follows_the_extension(tmp_path: Path) -> None:
    """-o post.toml writes TOML."""
    target = tmp_path / "post.toml"
    assert 0 == main(["import", str(SEED), "-o", str(target), "--quiet"])
    assert target.read_text(encoding="utf-8").startswith("schema_version = ")


def test_several_files_go_to_a_folder_and_a_bad_one_fails_the_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Each readable file gives a document in the folder; one unreadable makes the exit 1."""
    bad = tmp_path / "list.txt"
    bad.write_text("milk\neggs\n", encoding="utf-8")
    folder = tmp_path / "posts"
    files = [str(SEEDS / "000_a23a2f03c1031300.txt"), str(bad), str(SEED)]
    assert 1 == main(["import", *files, "-o", str(folder), "--json"])
    reports = json.loads(capsys.readouterr().out)
    assert [True, False, True] == [r["read"] for r in reports]
    assert "not read as an announcement" in reports[1]["error"]
    assert ["000_a23a2f03c1031300.json", "002_79a711115a296add.json"] == sorted(
        p.name for p in folder.iterdir()
    )
    assert {"file", "read", "post", "title", "unit", "placed", "unplaced", "assumptions"} == set(
        reports[0]
    )


def test_standard_input_to_standard_output(
    stdin: Callable[[bytes], None], capsys: pytest.CaptureFixture[str]
) -> None:
    """``jpo import - -o -`` reads text from a pipe and writes the post as JSON."""
    stdin(SEED.read_bytes())
    assert 0 == main(["import", "-", "-o", "-"])
    captured = capsys.readouterr()
    assert "25P153" == json.loads(captured.out)["reference"]["number"]
    assert "<stdin>: JPO in Human Rights" in captured.err


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\xff\xfe\xfd binary", "not UTF-8"),
        (b"%PDF-1.4", "PDF is not read"),
        (b"", "holds no text"),
    ],
)
def test_files_that_are_not_announcements_exit_1_with_one_error_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, message: str
) -> None:
    """Binary, PDF and empty files give one ``error:`` line and exit 1, never a traceback."""
    path = tmp_path / "announcement.txt"
    path.write_bytes(content)
    assert 1 == main(["import", str(path)])
    err = capsys.readouterr().err.splitlines()
    assert 1 == len(err)
    assert err[0].startswith("error: ")
    assert message in err[0]


def test_a_folder_is_not_an_announcement(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A directory given as FILE is refused with exit 1."""
    assert 1 == main(["import", str(tmp_path)])
    assert "a folder" in capsys.readouterr().err


def test_several_files_cannot_go_to_standard_output() -> None:
    """-o - with several files is a usage error (exit 2)."""
    with pytest.raises(SystemExit) as exit_:
        main(["import", str(SEED), str(SEED), "-o", "-"])
    assert 2 == exit_.value.code
