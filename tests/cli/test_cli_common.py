"""``jpo_model.cli._common``: the helpers every command shares.

Options and their values, names and counts in messages, reading ``-``, writing files, and
the progress line.
"""

from __future__ import annotations

import argparse
import io
import os
import stat
import sys
from pathlib import Path

import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st

from jpo_model.cli import _commands, _common
from jpo_model.errors import MISSING, ErrorDetail, ValidationError

UNKNOWN_LOCALE = "'xx' is not a locale CLDR knows, e.g. ar, en, es, fr, ru, zh"


@pytest.mark.parametrize(
    ("default", "argv", "expected"),
    [("en", [], "en"), ("en", ["--locale", "fr-CA"], "fr-CA"), (None, [], None)],
)
def test_add_locale_argument_keeps_the_name_for_the_handler(
    default: str | None, argv: list[str], expected: str | None
) -> None:
    """The option holds the name as given (or its default); the handler parses it."""
    parser = argparse.ArgumentParser()
    _commands.add_locale_argument(parser, help_text="locale for dates", default=default)
    assert expected == parser.parse_args(argv).locale


@pytest.mark.parametrize(("text", "expected"), [("fr", "fr"), ("zh-Hans", "zh_Hans")])
def test_locale_argument_parses_either_separator(text: str, expected: str) -> None:
    """A --locale value is read with ``-`` or ``_``, like every locale of the library."""
    assert expected == str(_common.locale_argument(text))


def test_locale_argument_refuses_an_unknown_name_as_a_command_error() -> None:
    """An unknown name is a CommandError (``error: …``, exit 1), with CLDR's message."""
    with pytest.raises(_common.CommandError) as caught:
        _common.locale_argument("xx")
    assert UNKNOWN_LOCALE == str(caught.value)


@given(st.integers(min_value=0, max_value=10_000_000), st.sampled_from(["duty", "month", "day"]))
def test_counts_are_singular_only_for_one(n: int, noun: str) -> None:
    """`count` names one thing in the singular, any other number in the plural, with commas."""
    expected_noun = noun if n == 1 else {"duty": "duties", "month": "months", "day": "days"}[noun]
    assert f"{n:,} {expected_noun}" == _common.count(n, noun)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("ohchr-25p15", "; did you mean 'ohchr-25p153'?"), ("OHCHR", ""), ("zzz", "")],
)
def test_did_you_mean_names_the_closest_choice_in_any_case(typed: str, expected: str) -> None:
    """A near miss is named as the choice is spelt; nothing close, nothing said."""
    assert expected == _commands.did_you_mean(typed, ["ohchr-25p153", "ilo-ethics-2340"])


def test_install_hint_works_from_an_index_and_from_a_checkout() -> None:
    """The hint names the package's extra, and the form a checkout installs it with."""
    assert (
        "pip install 'jpo_model[ical]' (from a checkout: pip install '.[ical]')"
        == _common.install_hint("ical")
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2026-02-30", "--on '2026-02-30' is not a date (YYYY-MM-DD)"),
        ("soon", "--on 'soon' is not a date (YYYY-MM-DD)"),
    ],
)
def test_date_argument_refuses_what_is_not_a_date(text: str, message: str) -> None:
    """A date option that is not an ISO date is a CommandError naming the option."""
    with pytest.raises(_common.CommandError) as caught:
        _common.date_argument(text, "--on")
    assert message == str(caught.value)


def test_date_argument_reads_an_iso_date() -> None:
    """An ISO date becomes a pendulum Date."""
    assert pendulum.Date(2026, 3, 10) == _common.date_argument("2026-03-10", "--start")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("0", "--months must be from 1 to 12, not 0"),
        ("13", "--months must be from 1 to 12, not 13"),
        ("1.5", "--months '1.5' is not a whole number"),
    ],
)
def test_count_argument_keeps_within_bounds(text: str, message: str) -> None:
    """A count outside its bounds, or not a whole number, is a CommandError saying so."""
    with pytest.raises(_common.CommandError) as caught:
        _common.count_argument(text, "--months", minimum=1, maximum=12)
    assert message == str(caught.value)


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b'  \n{"a": 1}', "json"),
        (b'\xef\xbb\xbf{"a": 1}', "json"),
        (b"schema_version = 1\n", "toml"),
        (b"# {\n", "toml"),
    ],
)
def test_sniffed_format_tells_json_from_toml_by_the_first_character(
    data: bytes, expected: str
) -> None:
    """A document starting with ``{`` is JSON; a TOML document never starts so."""
    assert expected == _common.sniffed_format(data)


def test_one_standard_input_refuses_two_readers() -> None:
    """Two arguments of ``-`` cannot both read standard input: a usage error."""
    _common.one_standard_input(POST="-", CANDIDATES="people.jsonl")
    with pytest.raises(_common.UsageError) as caught:
        _common.one_standard_input(POST="-", CANDIDATES="-")
    assert "only one argument can be - (standard input), not POST and CANDIDATES" == str(
        caught.value
    )


def test_reading_a_closed_standard_input_is_an_input_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A process without standard input (``<&-``) reports it instead of crashing."""
    monkeypatch.setattr(sys, "stdin", None)
    with pytest.raises(_common.InputError) as caught:
        _common.read_bytes("-", limit=10)
    assert "cannot read <stdin>: it is closed" == str(caught.value)


@pytest.mark.parametrize("umask", [0o022, 0o077, 0o002])
def test_write_output_gives_a_new_file_the_mode_open_would(tmp_path: Path, umask: int) -> None:
    """A new file gets 0o666 less the umask, as a plain open() would, and the text as is."""
    target = tmp_path / "out.ics"
    old = os.umask(umask)
    try:
        _common.write_output(str(target), "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")
    finally:
        os.umask(old)
    assert 0o666 & ~umask == stat.S_IMODE(target.stat().st_mode)
    assert b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n" == target.read_bytes()
    assert ["out.ics"] == [p.name for p in tmp_path.iterdir()]


def test_write_output_keeps_the_mode_of_the_file_it_replaces(tmp_path: Path) -> None:
    """An existing file keeps its mode when it is replaced."""
    target = tmp_path / "ledger.json"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o640)
    _common.write_output(str(target), "new")
    assert (0o640, "new") == (stat.S_IMODE(target.stat().st_mode), target.read_text("utf-8"))


def test_write_output_through_a_symbolic_link_keeps_the_link(tmp_path: Path) -> None:
    """Writing to a link replaces the file it points to; the link stays a link."""
    real = tmp_path / "real.json"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    _common.write_output(str(link), "new")
    assert (True, "new") == (link.is_symlink(), real.read_text("utf-8"))


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("missing-folder/out.ics", "No such file or directory"),
        ("a-file/out.ics", "Not a directory"),
        ("a-folder", "Is a directory"),
    ],
)
def test_write_output_errors_name_the_target_and_leave_nothing(
    tmp_path: Path, name: str, reason: str
) -> None:
    """A failed write names the file asked for (not a temporary file) and leaves no trace."""
    (tmp_path / "a-file").write_text("x", encoding="utf-8")
    (tmp_path / "a-folder").mkdir()
    target = str(tmp_path / name)
    with pytest.raises(_common.CommandError) as caught:
        _common.write_output(target, "text")
    assert f"cannot write {target}: {reason}" == str(caught.value)
    assert ["a-file", "a-folder"] == sorted(p.name for p in tmp_path.iterdir())
    assert [] == list((tmp_path / "a-folder").iterdir())


def test_write_output_to_standard_output_writes_the_bytes(
    capsysbinary: pytest.CaptureFixture[bytes],
) -> None:
    """``-`` writes the text to standard output, line endings as they are."""
    _common.write_output("-", "A\r\nB\r\n")
    assert b"A\r\nB\r\n" == capsysbinary.readouterr().out


class _Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_progress_draws_a_tqdm_bar_with_the_count_and_clears_it() -> None:
    """Enabled, the bar shows the verb, the count and the noun; cleared and closed, it goes."""
    stream = io.StringIO()
    progress = _common.Progress(stream, verb="checked", noun="record", enabled=True, interval=0)
    progress.advance(1_999)
    progress.advance()
    shown = stream.getvalue()
    assert "checked" in shown
    assert "2000 records" in shown
    progress.clear()
    progress.close()
    assert stream.getvalue().endswith("\r")
    assert 2_000 == progress.done


def test_progress_waits_before_showing() -> None:
    """Nothing shows before the interval has passed: short runs stay silent."""
    stream = io.StringIO()
    progress = _common.Progress(stream, verb="checked", noun="record", enabled=True, interval=60)
    progress.advance(5)
    progress.close()
    assert "" == stream.getvalue()


def test_progress_with_a_total_and_disabled() -> None:
    """A total shows as "N/T" with the share done; a disabled indicator counts, writes nothing."""
    stream = io.StringIO()
    shown = _common.Progress(
        stream, verb="validated", noun="file", total=3, enabled=True, interval=0
    )
    shown.advance()
    assert "validated" in stream.getvalue()
    assert "1/3" in stream.getvalue()
    assert "33%" in stream.getvalue()
    shown.close()
    quiet = io.StringIO()
    hidden = _common.Progress(quiet, verb="v", noun="file", enabled=False, interval=0)
    hidden.advance()
    assert (1, "") == (hidden.done, quiet.getvalue())


class _Terminal(io.StringIO):
    """Standard error as a terminal."""

    def isatty(self) -> bool:
        return True


def test_console_shows_progress_only_on_a_terminal_and_clears_it_before_a_line(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The progress bar shows on a terminal, unless quiet, and is cleared before any line."""
    monkeypatch.setattr(_common, "PROGRESS_INTERVAL", 0)
    outputs = {}
    for name, stderr, quiet in [
        ("terminal", _Terminal(), False),
        ("quiet", _Terminal(), True),
        ("file", io.StringIO(), False),
    ]:
        stdout = io.StringIO()
        console = _common.Console(stdout=stdout, stderr=stderr, quiet=quiet)
        console.progress(verb="checked", noun="record").advance()
        console.err("a message")
        console.out("data")
        console.close()
        outputs[name] = (stdout.getvalue(), stderr.getvalue())
    terminal_out, terminal_err = outputs["terminal"]
    assert "data\n" == terminal_out
    assert "checked" in terminal_err
    assert "1 records" in terminal_err or "1 record" in terminal_err
    before = terminal_err.split("a message\n")[0]
    assert before.rstrip(" ").endswith("\r")  # the bar is cleared before the line
    assert {"quiet": ("data\n", "a message\n"), "file": ("data\n", "a message\n")} == {
        k: v for k, v in outputs.items() if k != "terminal"
    }


def test_problem_json_keeps_short_json_values_and_shortens_the_rest() -> None:
    """A short JSON value is kept as is; a long or non-JSON one becomes its bounded text."""
    short = _common.problem_json(ErrorDetail(path="a", message="m", value=[1, 2]))
    long = _common.problem_json(ErrorDetail(path="a", message="m", value=["x" * 300]))
    other = _common.problem_json(ErrorDetail(path="a", message="m", value={1, 2}))
    missing = _common.problem_json(ErrorDetail(path="a", message="m", value=MISSING))
    assert [1, 2] == short["value"]
    assert isinstance(long["value"], str)
    assert len(long["value"]) <= 240
    assert "{1, 2}" == other["value"]
    assert {"path": "a", "message": "m"} == missing


def test_within_the_calendar_lets_the_package_errors_through() -> None:
    """A ValidationError (a ValueError too) is not mistaken for a date out of range."""
    with pytest.raises(ValidationError), _common.within_the_calendar("x"):
        raise ValidationError.single("a", "is wrong", None)
    with pytest.raises(_common.CommandError), _common.within_the_calendar("x"):
        raise OverflowError


def test_write_output_interrupted_leaves_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl-C in the middle of a write leaves the target as it was and no temporary file."""

    def interrupt(_fd: int) -> None:
        raise KeyboardInterrupt

    target = tmp_path / "out.json"
    target.write_text("old", encoding="utf-8")
    monkeypatch.setattr(os, "fsync", interrupt)
    with pytest.raises(KeyboardInterrupt):
        _common.write_output(str(target), "new")
    assert (["out.json"], "old") == (
        [p.name for p in tmp_path.iterdir()],
        target.read_text("utf-8"),
    )


def test_write_output_to_a_text_only_standard_output(monkeypatch: pytest.MonkeyPatch) -> None:
    """A standard output without bytes underneath (an embedding program's) gets the text."""
    text_only = io.StringIO()
    monkeypatch.setattr(sys, "stdout", text_only)
    _common.write_output("-", "A\r\nB\r\n")
    assert "A\r\nB\r\n" == text_only.getvalue()
