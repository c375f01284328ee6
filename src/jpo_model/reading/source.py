"""An announcement's source as numbered lines of plain text, whatever its format.

The reader works on lines: one line of a text or Markdown file, one block of an HTML page
(a paragraph, a heading, a list item, a table row with its cells joined by tabs), one
paragraph or table row of a Word document. Each keeps the number a person finds it under
in the source (its line, or its paragraph in a Word document), so that what the reader
reports can be looked up. Markup is removed by real parsers: HTML by the standard
library's `html.parser`, Word documents by python-docx (the ``documents`` extra); a text
file may carry HTML fragments (vacancy pages pasted with their tags), which go through the
same HTML parser line by line.
"""

from __future__ import annotations

import html
import html.parser
import itertools
import os
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Literal, get_args

import attrs

from jpo_model.errors import JpoModelError

__all__ = [
    "FORM_LABELS",
    "MAX_LINES",
    "MAX_SOURCE_CHARACTERS",
    "Format",
    "Line",
    "ReadingError",
    "Source",
    "load_source",
]

Format = Literal["text", "markdown", "html", "docx"]
"""The formats `load_source` reads."""

_SUFFIXES: dict[str, Format] = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".docx": "docx",
}

MAX_SOURCE_CHARACTERS = 500_000
"""The longest source read, in characters (about 150 pages; the seeds are 10-17 thousand);
a longer one is refused at once, so the cost of refusing a hostile document stays bounded."""

_MAX_MARKUP = 4 * MAX_SOURCE_CHARACTERS
"""The largest HTML page or file read: a page's markup (scripts, styles) is several times
its text; the text it holds is bounded by `MAX_LINES`."""

_MAX_WORD_FILE = 32_000_000
"""The largest Word file opened, in bytes (pictures make real ones several megabytes)."""

_MAX_WORD_CONTENT = 64_000_000
"""The most bytes a Word file's parts may hold once uncompressed, as its zip directory
declares them (python-docx loads every part): a "zip bomb" of a few kilobytes that unpacks
to gigabytes of XML is refused before anything is unpacked."""
_MAX_WORD_PARTS = 5_000
"""The most parts (files in the zip) a Word file may have; real ones have a few dozen."""

MAX_LINES = 5_000
"""The most lines (blocks of a page, paragraphs of a Word document) a source may have: a
long terms of reference has a few hundred, a vacancy page with its navigation a few
thousand. Reading costs about a millisecond per line at worst, so a source at the limit is
read, or refused, within seconds."""


class ReadingError(JpoModelError, ValueError):
    """A source that cannot be read as an announcement (not text, empty, too long, no title)."""


@attrs.frozen(kw_only=True)
class Line:
    """One line of the source as plain text, with where it was found."""

    number: int
    """Its line in the source (1 for the first), or its paragraph in a Word document."""
    text: str
    """Its text without markup; cells of a table row are joined by tab characters."""
    heading: int = 0
    """Its heading level when the markup marks it a heading (1 for the top), else 0."""
    item: bool = False
    """Whether the markup marks it an item of a list."""


@attrs.frozen(kw_only=True)
class Source:
    """A source read into lines."""

    format: Format
    lines: tuple[Line, ...]
    unit: Literal["line", "paragraph"] = "line"
    """What `Line.number` counts."""


def load_source(source: str | os.PathLike[str], *, format: Format | None = None) -> Source:  # noqa: A002 - the public name
    r"""Read ``source`` (text, or the path of a file) into lines of plain text.

    A ``str`` is a path when it is one line naming a file that exists, or one line ending
    in a suffix this reader knows (``.txt``, ``.md``, ``.html``, ``.docx``); otherwise it is
    the announcement's text. ``format`` is found from the suffix, else from the content
    (an HTML document starts with ``<!doctype html>`` or ``<html``).

    >>> [line.text for line in load_source("Title: JPO in Human Rights\n\n- Duty one").lines]
    ['Title: JPO in Human Rights', 'Duty one']
    """
    path = _path_of(source)
    if path is None:
        text = str(source)
        return _from_text(text, format or _format_of_text(text))
    chosen = format or _SUFFIXES.get(path.suffix.lower())
    if chosen == "docx":
        return _from_docx(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ReadingError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    if len(raw) > _MAX_MARKUP:
        raise ReadingError(f"{path}: larger than {_MAX_MARKUP:,} bytes")
    if raw.startswith(b"PK\x03\x04"):
        return _from_docx(path)
    if raw.startswith(b"%PDF"):
        raise ReadingError(
            f"{path}: a PDF file; PDF is not read (its text comes out without its structure): "
            "save the document as .docx, HTML or text"
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ReadingError(f"{path}: not UTF-8 text (byte {exc.start})") from None
    return _from_text(text, chosen or _format_of_text(text))


def _path_of(source: str | os.PathLike[str]) -> Path | None:
    if not isinstance(source, str):
        return Path(os.fspath(source))
    if "\n" in source or len(source) > 4096 or not source.strip():
        return None
    candidate = Path(source.strip())
    try:
        exists = candidate.is_file()
    except (OSError, ValueError):
        exists = False
    if exists or candidate.suffix.lower() in _SUFFIXES:
        return candidate
    return None


def _format_of_text(text: str) -> Format:
    start = text.lstrip()[:200].lower()
    if start.startswith(("<!doctype html", "<html")):
        return "html"
    return "text"


def _from_text(text: str, format: Format) -> Source:  # noqa: A002 - as load_source
    if format not in get_args(Format):
        raise ReadingError(f"format: must be one of {', '.join(get_args(Format))} (got {format!r})")
    limit = _MAX_MARKUP if format == "html" else MAX_SOURCE_CHARACTERS
    if len(text) > limit:
        raise ReadingError(f"longer than {limit:,} characters")
    if "\x00" in text:
        raise ReadingError("binary data, not text")
    if format == "html":
        return _bounded(Source(format="html", lines=tuple(_html_lines(text))))
    if format == "docx":
        raise ReadingError("a Word document is read from its file: pass its path")
    if text.count("\n") > 4 * MAX_LINES:
        raise ReadingError(f"more than {MAX_LINES:,} lines: longer than any announcement")
    return _bounded(Source(format=format, lines=tuple(_text_lines(text))))


def _bounded(source: Source) -> Source:
    if len(source.lines) > MAX_LINES:
        raise ReadingError(f"more than {MAX_LINES:,} lines: longer than any announcement")
    if sum(len(line.text) for line in source.lines) > MAX_SOURCE_CHARACTERS:
        raise ReadingError(
            f"holds more than {MAX_SOURCE_CHARACTERS:,} characters of text: longer than any"
            " announcement"
        )
    return source


# Markdown that is not text: emphasis markers, escapes, links, autolinks, heading marks.
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^<>\s]+)>")
_LINK = re.compile(r"!?\[([^\]]*)\]\(([^()\s]*)\)")
_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_ITALIC = re.compile(r"(?<![*\w])([*_])(?=[^\s*_])(.+?)(?<=[^\s*_])\1(?![*\w])")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!$|<>])")
_ATX_HEADING = re.compile(r"#{1,6}(?=\s)")
_BULLET = re.compile(r"(?:[-*+•▪●◦·–]|\d{1,2}[.)])\s+(?=\S)")
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>")


def _text_lines(text: str) -> Iterator[Line]:
    """Lines of a text or Markdown source, markup removed, blank lines dropped."""
    for number, raw in enumerate(text.splitlines(), start=1):
        heading = 0
        content = raw.strip(" \u00a0\r\f\v")
        if _TAG.search(content):
            content, heading = _html_fragment(content)
        atx = _ATX_HEADING.match(content)
        if atx:
            heading = len(atx.group())
            content = content[atx.end() :].strip().rstrip("#").strip()
        item = False
        bullet = _BULLET.match(content.lstrip("\t"))
        if bullet and not heading and not _looks_numbered_heading(content):
            item = True
            content = content.lstrip("\t")[bullet.end() :]
        content = _inline_markdown(content)
        if heading == 0 and _is_bold_line(raw):
            heading = 6
        if content.strip(" \t"):
            yield Line(number=number, text=content.strip(" "), heading=heading, item=item)


def _looks_numbered_heading(content: str) -> bool:
    """Whether a numbered line is a heading ("1. Background"), not a list's first item."""
    words = content.split()
    return len(words) <= 6 and content[:1].isdigit() and not content.rstrip().endswith((".", ";"))


def _is_bold_line(raw: str) -> bool:
    stripped = raw.strip()
    return (
        len(stripped) > 4
        and stripped.startswith("**")
        and stripped.endswith(("**", "**:"))
        and stripped.count("**") == 2
    )


def _inline_markdown(text: str) -> str:
    text = _AUTOLINK.sub(r"\1", text)
    text = _LINK.sub(
        lambda m: m.group(1) if m.group(2) in {"", "#"} else f"{m.group(1)} ({m.group(2)})", text
    )
    text = _EMPHASIS.sub(r"\2", text)
    text = _ITALIC.sub(r"\2", text)
    return _ESCAPE.sub(r"\1", text)


def _html_fragment(fragment: str) -> tuple[str, int]:
    """The text of one line holding HTML fragments, and its heading level if it opens with one."""
    parser = _HtmlText()
    parser.feed(_AUTOLINK.sub(r"\1", fragment))
    parser.close()
    parser.flush()
    text = "\t".join(line.text for line in parser.lines) if parser.lines else ""
    heading = parser.lines[0].heading if parser.lines else 0
    return text, heading


_MAX_MARKS = 200_000
"""The most ``<``, ``&`` and ``=`` (tags, character references, attributes) an HTML page
may hold: html.parser handles each in Python (microseconds apiece), so a page of nothing
else would take many seconds to refuse. A 2 MB page of real markup has tens of thousands."""
# A "<" that opens no tag, comment or declaration is text (HTML's own rule, as html.parser
# reads it): escaped first, a run of them is one piece of text, not one step each.
_STRAY_LESS_THAN = re.compile(r"<(?![A-Za-z/!?])")


def _html_lines(text: str) -> Iterator[Line]:
    for mark in ("<", "&", "="):
        if text.count(mark) > _MAX_MARKS:
            raise ReadingError(f"holds more than {_MAX_MARKS:,} {mark!r}: not a page of text")
    text = _STRAY_LESS_THAN.sub("&lt;", text)
    parser = _HtmlText()
    parser.feed(text)
    parser.close()
    parser.flush()
    yield from parser.lines


_BLOCKS = frozenset(
    {
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "br",
        "dd",
        "details",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "thead",
        "tfoot",
        "tr",
        "ul",
    }
)
_CELLS = frozenset({"td", "th"})
_SKIPPED = frozenset({"script", "style", "template", "noscript", "head", "svg"})


class _HtmlText(html.parser.HTMLParser):
    """Blocks of an HTML page as lines: text joined within a block, cells by tabs."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[Line] = []
        self._parts: list[str] = []
        self._start = 1
        self._heading = 0
        self._item = False
        self._skipping = 0
        self._cells: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        del attrs
        if tag in _SKIPPED:
            self._skipping += 1
            return
        if tag in _CELLS:
            self._end_cell()
            return
        if tag in _BLOCKS:
            self.flush()
            self._start = self.getpos()[0]
            if len(tag) == 2 and tag[0] == "h" and tag[1].isdigit():
                self._heading = int(tag[1])
            self._item = tag == "li"

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self._skipping = max(0, self._skipping - 1)
            return
        if tag in _CELLS:
            self._end_cell()
        elif tag in _BLOCKS:
            self.flush()

    def handle_data(self, data: str) -> None:
        if self._skipping:
            return
        if not self._parts and not self._cells:
            self._start = self.getpos()[0]
        self._parts.append(data)

    def _end_cell(self) -> None:
        cell = " ".join("".join(self._parts).split())
        self._parts = []
        if cell:
            self._cells.append(cell)

    def flush(self) -> None:
        """End the current block: its text becomes a line."""
        text = " ".join("".join(self._parts).split())
        self._parts = []
        if self._cells:
            text = "\t".join([*self._cells, text] if text else self._cells)
            self._cells = []
        if text:
            self.lines.append(
                Line(
                    number=self._start,
                    text=html.unescape(text),
                    heading=self._heading,
                    item=self._item,
                )
            )
        self._heading = 0
        self._item = False


def _from_docx(path: Path) -> Source:
    if not path.is_file():
        raise ReadingError(f"{path}: cannot be read (no such file)")
    if path.stat().st_size > _MAX_WORD_FILE:
        raise ReadingError(f"{path}: larger than {_MAX_WORD_FILE:,} bytes")
    try:
        import docx  # noqa: PLC0415 - an optional extra, imported when a Word document is read
        import docx.opc.exceptions  # noqa: PLC0415
    except ImportError:
        raise ReadingError(
            f"{path}: reading Word documents needs python-docx: "
            "pip install 'jpo_model[documents]' (from a checkout: pip install '.[documents]')"
        ) from None
    _check_unpacked_size(path)
    try:
        document = docx.Document(str(path))
    except (docx.opc.exceptions.PackageNotFoundError, KeyError, ValueError, OSError) as exc:
        raise ReadingError(f"{path}: not a Word document that can be read ({exc})") from None
    except Exception as exc:  # noqa: BLE001 - a broken zip or XML raises many kinds; none may escape
        raise ReadingError(
            f"{path}: not a Word document that can be read ({type(exc).__name__})"
        ) from None
    return _bounded(Source(format="docx", lines=tuple(_docx_lines(document)), unit="paragraph"))


def _check_unpacked_size(path: Path) -> None:
    """Refuse a Word file whose parts would unpack to more than `_MAX_WORD_CONTENT` bytes.

    The sizes are read from the zip's directory, which the reader then holds each part
    to (`zipfile` stops at the declared size), so no part unpacks to more.
    """
    try:
        with zipfile.ZipFile(path) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise ReadingError(f"{path}: not a Word document that can be read ({exc})") from None
    if len(parts) > _MAX_WORD_PARTS:
        raise ReadingError(f"{path}: holds {len(parts):,} parts (at most {_MAX_WORD_PARTS:,})")
    unpacked = sum(part.file_size for part in parts)
    if unpacked > _MAX_WORD_CONTENT:
        raise ReadingError(
            f"{path}: would unpack to {unpacked:,} bytes (at most {_MAX_WORD_CONTENT:,})"
        )


def _docx_lines(document: object) -> Iterator[Line]:
    """Paragraphs and table rows in document order, numbered as a person counts them."""
    from docx.table import Table  # noqa: PLC0415 - see _from_docx
    from docx.text.paragraph import Paragraph  # noqa: PLC0415

    number = 0
    for block in document.iter_inner_content():  # type: ignore[attr-defined]
        if isinstance(block, Paragraph):
            number += 1
            text = " ".join(block.text.split())
            if text:
                yield Line(
                    number=number, text=text, heading=_docx_heading(block), item=_docx_item(block)
                )
        elif isinstance(block, Table):
            for row in block.rows:
                number += 1
                cells: list[str] = []
                for cell in row.cells:
                    value = " ".join(cell.text.split())
                    if value and (not cells or cells[-1] != value):  # merged cells repeat
                        cells.append(value)
                if cells:
                    yield Line(number=number, text="\t".join(cells))


def _docx_heading(paragraph: object) -> int:
    style = getattr(getattr(paragraph, "style", None), "name", "") or ""
    if style.lower().startswith("heading"):
        level = style[len("heading") :].strip()
        return int(level) if level.isdigit() else 1
    if style.lower() == "title":
        return 1
    return 0


def _docx_item(paragraph: object) -> bool:
    style = getattr(getattr(paragraph, "style", None), "name", "") or ""
    if "list" in style.lower():
        return True
    properties = getattr(getattr(paragraph, "_p", None), "pPr", None)
    return properties is not None and getattr(properties, "numPr", None) is not None


FORM_LABELS = (
    "Post Title",
    "Position Title",
    "JPO Position Title",
    "JPO Position No.",
    "JPO Position Grade",
    "JPO Position Location",
    "Position Category",
    "Supervisor Position No",
    "Supervisor Position Title",
    "Supervisor Position Grade",
    "Title of Supervisor",
    "Name of Supervisor",
    "Duty Station",
    "Location",
    "Country",
    "Unit",
    "Organization",
    "Organisation",
    "Agency",
    "Duration",
    "Grade",
    "Title",
)
"""Labels of the forms' general information, which a text copied from a PDF may run together
on one line ("Post Title: Officer Unit: Secretariat Location: Geneva, Switzerland …")."""

_RUN_TOGETHER = re.compile(
    r"(?<!\S)(?:"
    + "|".join(re.escape(label) for label in sorted(FORM_LABELS, key=len, reverse=True))
    + r"):\s"
)
_LONG_LINE = 200
_LABELS_TO_SPLIT = 3


def split_run_together(source: Source) -> Source:
    """A long line holding three or more form labels, split before each (same line number).

    >>> text = "General Information Post Title: Officer Unit: Secretariat Location: Geneva " * 3
    >>> [line.text for line in split_run_together(load_source(text)).lines][:3]
    ['General Information', 'Post Title: Officer', 'Unit: Secretariat']
    """
    lines: list[Line] = []
    for line in source.lines:
        starts = (
            [m.start() for m in _RUN_TOGETHER.finditer(line.text)]
            if len(line.text) > _LONG_LINE
            else []
        )
        if len(starts) < _LABELS_TO_SPLIT:
            lines.append(line)
            continue
        cuts = [0, *starts, len(line.text)]
        parts = [line.text[a:b].strip() for a, b in itertools.pairwise(cuts)]
        lines.extend(Line(number=line.number, text=part) for part in parts if part)
    return attrs.evolve(source, lines=tuple(lines))
