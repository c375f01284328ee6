r"""What the commands share when they run: inputs and outputs, values, messages, progress.

`run` runs the command the arguments name: it imports the module of its handler, gives it
a `Console`, and turns what it raises into the exit code (see `jpo_model.cli`). Unlike
`jpo_model.cli._commands`, this module imports the library: it is loaded only when a
command runs, never for ``--help``.

Every command reads ``-`` as standard input and writes ``-`` to standard output. A document
read from standard input is JSON when its first character other than white space is ``{``
(a TOML document never starts so) and TOML otherwise, unless the command's ``--format``
names it; a file's format comes from its extension, or from ``--format`` where the
extension names none. Files are written all at once or not at all, with the mode a plain
``open()`` gives (an existing file keeps its own), and an error names the file asked for.

Values (dates, counts, locales) are read by the handler, not by argparse, so that a value
the command cannot use is reported like its other errors, ``error: …`` with exit code 1;
exit code 2 is kept for what the command line's grammar refuses (`UsageError`).

The progress indicator is these few lines rather than a dependency (tqdm, rich): the
commands need one count on one line of standard error, rewritten in place with ``\r`` at
most every half second, shown only when standard error is a terminal and ``--quiet`` is
not given, and cleared before any other line is written.
"""

from __future__ import annotations

import argparse
import codecs
import contextlib
import datetime as dt
import errno
import importlib
import json
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO, Literal, Never, TextIO, TypeVar

import pendulum

from jpo_model import examples
from jpo_model.cli._commands import STREAM, did_you_mean
from jpo_model.errors import MISSING, ErrorDetail, JpoModelError, ValidationError
from jpo_model.interchange.serialization import MAX_SIZE, loads, write_atomically
from jpo_model.posts import Post

TYPE_CHECKING = False  # not `typing.TYPE_CHECKING`, as in `jpo_model`
if TYPE_CHECKING:
    from tqdm import tqdm

    from jpo_model._cldr import Locale

T = TypeVar("T")
Format = Literal["json", "toml"]

STDIN_NAME = "<stdin>"
"""How messages name standard input."""

_EXTENSIONS: dict[str, Format] = {".json": "json", ".toml": "toml"}

PROGRESS_INTERVAL = 0.5
"""Seconds between two updates of the progress line, and before the first one."""


class CommandError(JpoModelError):
    """A command cannot run as asked (reported as ``error: …`` with exit code 1)."""


class UsageError(CommandError):
    """The command line asks for what its grammar does not allow (usage, exit code 2)."""


class InputError(CommandError):
    """An input cannot be read at all; ``reason`` says why without naming it."""

    reason: str

    def __init__(self, source: str, reason: str) -> None:
        self.reason = reason
        super().__init__(f"cannot read {shown_name(source)}: {reason}")


# Names and counts in messages.


def shown_name(source: str) -> str:
    """How messages name an input or output: its path, or ``<stdin>`` for ``-``."""
    return STDIN_NAME if source == STREAM else source


def count(n: int, noun: str) -> str:
    """``n`` and the noun, in the plural unless ``n`` is one ("1 duty", "1,200 records")."""
    if n == 1:
        return f"1 {noun}"
    plural = noun[:-1] + "ies" if noun.endswith("y") and noun[-2] not in "aeiou" else noun + "s"
    return f"{n:,} {plural}"


def install_hint(extra: str) -> str:
    """How to install one of the package's extras, from an index or from a checkout."""
    return f"pip install 'jpo_model[{extra}]' (from a checkout: pip install '.[{extra}]')"


def problem_json(detail: ErrorDetail) -> dict[str, object]:
    """One problem as JSON: path, message, and the offending value when there is one."""
    data: dict[str, object] = {"path": detail.path, "message": detail.message}
    if detail.value is not MISSING:
        data["value"] = _json_value(detail.value)
    return data


def _json_value(value: object) -> object:
    """The offending value as JSON when it is short JSON data, else its bounded text form."""
    try:
        text = json.dumps(value, allow_nan=False)
    except (TypeError, ValueError, RecursionError):
        text = None
    if text is not None and len(text) <= _MAX_JSON_VALUE:
        return value
    return ErrorDetail(path="", message="", value=value).shown_value


_MAX_JSON_VALUE = 240
"""The longest offending value (as JSON text) reported as is; longer ones are shortened."""


# Argument values.


def translated(message: str, *, locale: Locale) -> str:
    """One of the command line's own messages (marked with ``N_``) in the locale's catalog.

    The messages are English, so English text reads no catalog; a locale whose catalog
    lacks the message gets it in English, as the rendered announcements do.
    """
    if locale.language == "en":
        return message
    from jpo_model.localisation.formats import translate  # noqa: PLC0415 - other locales only

    return translate(message, locale=locale)


def locale_argument(text: str) -> Locale:
    """The CLDR locale a ``--locale`` value names (``fr``, ``zh-Hans``, ``fr_CA``).

    Raises `CommandError` for a name CLDR does not know.
    """
    from jpo_model import _cldr  # noqa: PLC0415 - babel loads only where a locale is used

    try:
        return _cldr.parse_locale(text)
    except ValueError as exc:
        raise CommandError(str(exc)) from None


def date_argument(text: str, option: str) -> pendulum.Date:
    """Read a ``YYYY-MM-DD`` option value as a pendulum Date; `CommandError` if it is not one."""
    try:
        parsed = dt.date.fromisoformat(text)
    except ValueError:
        raise CommandError(f"{option} {text!r} is not a date (YYYY-MM-DD)") from None
    return pendulum.Date(parsed.year, parsed.month, parsed.day)


def count_argument(text: str, option: str, *, minimum: int, maximum: int) -> int:
    """Read a whole-number option value within bounds; `CommandError` if it is not one."""
    try:
        value = int(text)
    except ValueError:
        raise CommandError(f"{option} {text!r} is not a whole number") from None
    if not minimum <= value <= maximum:
        raise CommandError(f"{option} must be from {minimum} to {maximum:,}, not {value:,}")
    return value


@contextlib.contextmanager
def within_the_calendar(what: str) -> Iterator[None]:
    """Report a date computed past the calendar's ends (years 1 to 9999) as a `CommandError`.

    datetime raises `OverflowError` there and pendulum a plain `ValueError`; the package's
    own errors (a `ValidationError` is a `ValueError` too) pass through unchanged.
    """
    try:
        yield
    except (OverflowError, ValueError) as exc:
        if isinstance(exc, JpoModelError):
            raise
        raise CommandError(
            f"{what} runs past the dates a calendar holds (years 1 to 9999)"
        ) from None


def one_standard_input(**sources: str | None) -> None:
    """Refuse more than one argument reading standard input (`UsageError`)."""
    reading = [name for name, source in sources.items() if source == STREAM]
    if len(reading) > 1:
        both = " and ".join(reading)
        raise UsageError(f"only one argument can be - (standard input), not {both}")


# Reading.


def load_post(slug_or_file: str) -> Post:
    """Load a bundled example by slug (in any case), or a post document from a file or ``-``."""
    slug = next((s for s in examples.names() if s.lower() == slug_or_file.lower()), None)
    if slug is not None:
        return examples.load(slug)
    path = Path(slug_or_file)
    if slug_or_file == STREAM or path.suffix.lower() in _EXTENSIONS:
        return load_document(slug_or_file, Post, what="post")
    if path.exists():
        document_format(slug_or_file, None)  # raises: a folder, or an extension of no format
    names = examples.names()
    raise CommandError(
        f"{slug_or_file!r} is neither a bundled example ({', '.join(names)}) "
        f"nor a .json or .toml file{did_you_mean(slug_or_file, names)}"
    )


def load_document(source: str, cls: type[T], *, what: str, format: Format | None = None) -> T:  # noqa: A002 - the option's name
    """Read a document with `read_document`; an invalid one is a `CommandError` naming it."""
    try:
        return read_document(source, cls, format=format)
    except ValidationError as exc:
        raise CommandError(f"{shown_name(source)} is not a valid {what} document: {exc}") from exc


def read_document(source: str, cls: type[T], *, format: Format | None = None) -> T:  # noqa: A002 - the option's name
    """Read a document of type ``cls`` from a file or ``-``, validating everything.

    Raises `ValidationError` for what the document says, `InputError` if it cannot be read.
    """
    chosen = document_format(source, format)
    data = read_bytes(source, limit=MAX_SIZE)
    if not data.strip():
        raise ValidationError.single("", "is empty", MISSING)
    return loads(data, cls, format=chosen or sniffed_format(data))


def document_format(source: str, given: Format | None) -> Format | None:
    """A document's format: its extension's, else ``given``; ``None`` for standard input.

    Raises `InputError` for a file whose extension names no format when none is given.
    """
    if source == STREAM:
        return given
    path = Path(source)
    found = _EXTENSIONS.get(path.suffix.lower(), given)
    if found is None:
        if path.is_dir():
            raise InputError(source, os.strerror(errno.EISDIR))
        raise InputError(source, "cannot tell its format: use .json or .toml")
    return found


def output_format(target: str, given: Format | None) -> Format | None:
    """The format to write a document in: as `document_format`, but the error says "write"."""
    try:
        return document_format(target, given)
    except InputError as exc:
        raise CommandError(f"cannot write {target}: {exc.reason}") from None


def sniffed_format(data: bytes) -> Format:
    """JSON if the first character other than white space is ``{`` (TOML never starts so).

    A byte-order mark before it is passed over, so that the reader says what is wrong with
    the JSON document (its BOM) rather than that it is not TOML.
    """
    return "json" if data.removeprefix(codecs.BOM_UTF8).lstrip().startswith(b"{") else "toml"


def read_bytes(source: str, *, limit: int) -> bytes:
    """Up to ``limit + 1`` bytes of a file or of standard input (one more shows it is larger)."""
    try:
        if source == STREAM:
            return standard_input().read(limit + 1)
        with Path(source).open("rb") as stream:
            return stream.read(limit + 1)
    except OSError as exc:
        raise InputError(source, exc.strerror or str(exc)) from None


def standard_input() -> BinaryIO:
    """Standard input as bytes; `InputError` if the process has none."""
    if sys.stdin is None:
        raise InputError(STREAM, "it is closed")
    return sys.stdin.buffer


# Writing.


def write_output(target: str, text: str) -> None:
    """Write text (UTF-8, line endings kept) to a file all at once, or to standard output (``-``).

    A file goes to a temporary file in the same folder, then is renamed over the target; it
    gets the mode a plain ``open()`` would give (0o666 less the umask), or keeps the mode of
    the file it replaces. A symbolic link is followed, so the link stays. Raises
    `CommandError` naming the target.
    """
    if target == STREAM:
        _write_standard_output(text)
        return
    try:
        write_atomically(Path(os.path.realpath(target)), text)
    except OSError as exc:
        raise CommandError(f"cannot write {target}: {exc.strerror or exc}") from None


def _write_standard_output(text: str) -> None:
    """The text on standard output as UTF-8 bytes, so that no line ending is translated."""
    sys.stdout.flush()
    binary: BinaryIO | None = getattr(sys.stdout, "buffer", None)
    if binary is None:  # a text-only stream (an embedding program's): it gets the text
        sys.stdout.write(text)
        return
    binary.write(text.encode("utf-8"))
    binary.flush()


# Output, messages and progress.


class Progress:
    """A progress bar on standard error, drawn by tqdm, or a silent count.

    tqdm (a small, dependency-free and widely used library) draws the bar: the count, the
    total and the share done where a total is known, the rate and the time left, fitted to
    the terminal's width and redrawn at most every ``interval`` seconds. Nothing shows before
    ``interval`` has passed, so short runs stay silent; a disabled indicator only counts, and
    does not import tqdm.
    """

    def __init__(  # noqa: PLR0913 - every option is keyword-only
        self,
        stream: TextIO,
        *,
        verb: str,
        noun: str,
        total: int | None = None,
        enabled: bool,
        interval: float = PROGRESS_INTERVAL,
    ) -> None:
        self.done = 0
        self._bar: tqdm[Never] | None = None
        if enabled:
            from tqdm import tqdm  # noqa: PLC0415 - only when a bar can show

            plural = count(2, noun).split(" ", 1)[1]
            self._bar = tqdm(
                total=total,
                desc=verb,
                unit=f" {plural}",
                file=stream,
                mininterval=interval,
                miniters=1,
                delay=interval,
                leave=False,
                dynamic_ncols=True,
                position=0,
            )

    def advance(self, n: int = 1) -> None:
        """Count ``n`` more; the bar redraws when its time has come."""
        self.done += n
        if self._bar is not None:
            self._bar.update(n)

    def clear(self) -> None:
        """Remove the bar from the terminal, if it shows (it comes back at the next update)."""
        if self._bar is not None:
            self._bar.clear()

    def close(self) -> None:
        """Remove the bar for good."""
        if self._bar is not None:
            self._bar.close()
            self._bar = None


class Console:
    """Where a command writes, and whether it has failed so far (exit code 1).

    Data goes to standard output, messages to standard error; while a progress line may be
    showing, lines go through `out` and `err`, which clear it first. A command calls `fail`
    when it refuses an input record or cannot do what was asked, so that even a run cut
    short by a closed pipe ends with the status of the work done.
    """

    def __init__(self, *, stdout: TextIO, stderr: TextIO, quiet: bool = False) -> None:
        self.failed = False
        self._stdout = stdout
        self._stderr = stderr
        self._quiet = quiet
        self._progress: Progress | None = None

    def fail(self) -> None:
        """Record that the command's exit code is 1."""
        self.failed = True

    def out(self, line: str) -> None:
        """Print a line of data on standard output."""
        self.clear()
        print(line, file=self._stdout)

    def err(self, line: str) -> None:
        """Print a message line on standard error."""
        self.clear()
        print(line, file=self._stderr)

    def progress(self, *, verb: str, noun: str, total: int | None = None) -> Progress:
        """Start a progress bar, shown only if standard error is a terminal and not quiet."""
        self.close()
        enabled = not self._quiet and self._stderr.isatty()
        self._progress = Progress(
            self._stderr,
            verb=verb,
            noun=noun,
            total=total,
            enabled=enabled,
            interval=PROGRESS_INTERVAL,
        )
        return self._progress

    def clear(self) -> None:
        """Remove the progress bar while a line is printed, if one is showing."""
        if self._progress is not None:
            self._progress.clear()

    def close(self) -> None:
        """Remove the progress bar for good: the command is over."""
        if self._progress is not None:
            self._progress.close()
            self._progress = None


# Running a command.

INTERRUPTED = 130
"""The conventional exit code after SIGINT (128 + 2)."""

Handler = Callable[[argparse.Namespace, Console], None]
"""What runs a command: it reads the parsed arguments and writes through the `Console`."""


def handler(reference: str) -> Handler:
    """The function a ``module:function`` reference names (`add_command`), its module imported."""
    module, _, name = reference.partition(":")
    found: Handler = getattr(importlib.import_module(module), name)
    return found


def run(args: argparse.Namespace) -> int:
    """Run the parsed command, and return its exit code (see `jpo_model.cli`)."""
    console = Console(stdout=sys.stdout, stderr=sys.stderr, quiet=getattr(args, "quiet", False))
    try:
        return _run(args, console)
    finally:
        console.close()


def _run(args: argparse.Namespace, console: Console) -> int:
    try:
        handler(args.handler)(args, console)
        sys.stdout.flush()  # a closed pipe shows here, not in the flush at exit
    except UsageError as exc:
        console.clear()
        args.command_parser.error(str(exc))  # prints the usage and exits with 2
    except BrokenPipeError:
        # The reader went away (`jpo examples | head -1`): nothing to report, and the final
        # flush at exit must not fail again, so stdout goes to the null device.
        console.clear()
        with contextlib.suppress(OSError, ValueError):  # no file descriptor: nothing to flush
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except KeyboardInterrupt:
        console.clear()
        return INTERRUPTED
    except (JpoModelError, OSError) as exc:
        message = str(exc).replace("\n", "; ")
        console.err(f"error: {message}")
        return 1
    console.clear()
    return 1 if console.failed else 0
