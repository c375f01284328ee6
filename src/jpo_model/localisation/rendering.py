"""Render a post as a vacancy announcement in any locale: Markdown, plain text or HTML.

The library's own words (headings, labels, enum values) are translated through the gettext
catalogs; dates, times, money, percentages, lists, and country and language names are
written by CLDR for the locale (see `jpo_model.localisation.formats`). Text quoted from the
announcement (duties, descriptions …) stays in its own language and says so: a marker such
as ``(en)`` on its section or line in Markdown and text, a ``lang`` attribute in HTML.
HTML escapes every piece of text and sets ``dir="rtl"`` for Arabic; Markdown escapes the
characters that would start markup, so quoted text never becomes markup either.

>>> from jpo_model import examples
>>> text = render(examples.load("ohchr-25p153"), locale="es", format="text")
>>> print(text.splitlines()[9])
Lugar de destino: Geneva, Suiza (en)
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterator
from typing import Literal, TypeAlias, assert_never

from jpo_model._cldr import Locale
from jpo_model.localisation._announcement import (
    Announcement,
    Block,
    Facts,
    Items,
    Line,
    Link,
    Paragraphs,
    Quoted,
    Section,
    announcement,
)
from jpo_model.localisation.formats import N_, parse_locale, text_direction, translate
from jpo_model.posts import Post

__all__ = ["FORMATS", "Format", "render"]

Format: TypeAlias = Literal["markdown", "text", "html"]
"""An output format of `render`."""

FORMATS: tuple[Format, ...] = ("markdown", "text", "html")
"""Every format `render` writes."""


def render(
    post: Post,
    *,
    locale: Locale | str,
    format: Format = "markdown",  # noqa: A002 - the word callers use; shadowing is harmless here
) -> str:
    """A post as a vacancy announcement in ``locale``, as Markdown, plain text or HTML.

    The locale is a `babel.Locale` or a name (``"ar"``, ``"zh-Hans"``, ``"fr_CA"``); words
    missing from its catalog are English. Raises `ValueError` for a locale CLDR does not
    know or an unknown format.

    >>> from jpo_model import examples
    >>> page = render(examples.load("ohchr-25p153"), locale="ar", format="html")
    >>> '<html lang="ar" dir="rtl">' in page
    True
    """
    doc = announcement(post, parse_locale(locale))
    match format:
        case "markdown":
            return _markdown(doc)
        case "text":
            return _text(doc)
        case "html":
            return _html(doc)
        case _:
            raise ValueError(f"format must be one of {', '.join(FORMATS)}, not {format!r}")


# --- shared -------------------------------------------------------------------------------

_BREAKS = frozenset({"Cc", "Zl", "Zp"})


def _clean(text: str) -> str:
    """Control characters and line breaks as spaces: a document's layout is ours to make."""
    return "".join(" " if unicodedata.category(c) in _BREAKS else c for c in text)


def _has_quoted(line: Line) -> bool:
    return any(isinstance(run, Quoted) for run in line)


def _all_quoted(line: Line) -> bool:
    return bool(line) and all(isinstance(run, Quoted) for run in line)


def _block_lines(block: Block) -> Iterator[Line]:
    match block:
        case Facts(rows=rows):
            for label, lines in rows:
                yield (label,)
                yield from lines
        case Paragraphs(lines=lines) | Items(lines=lines):
            yield from lines
        case _:
            assert_never(block)


def _quoted_section(section: Section) -> bool:
    """Everything below the heading is quoted text: the marker goes on the heading."""
    lines = [line for block in section.blocks for line in _block_lines(block)]
    return bool(lines) and all(_all_quoted(line) for line in lines)


def _marker(doc: Announcement) -> str:
    return f" ({doc.language})"


# --- Markdown -----------------------------------------------------------------------------

_MD_INLINE = re.compile(r"([\\`*_\[\]<>|~])|&(?=#?\w+;)")
_MD_BLOCK_START = re.compile(r"^(?:([#+=>-])|(\d+)([.)]))")


def _md_text(text: str) -> str:
    return _MD_INLINE.sub(lambda m: "\\" + m.group(0), _clean(text))


def _md_line(line: Line) -> str:
    parts = []
    for run in line:
        match run:
            case Link(url=url) if re.fullmatch(r"[^\s<>]+", url):
                parts.append(f"<{url}>")
            case Link(url=text) | Quoted(text=text) | str(text):
                parts.append(_md_text(text))
            case _:
                assert_never(run)
    text = "".join(parts).strip()
    # Text at the start of a line must not open a heading, list or quote.
    return _MD_BLOCK_START.sub(lambda m: f"\\{m[1]}" if m[1] else f"{m[2]}\\{m[3]}", text)


def _markdown(doc: Announcement) -> str:
    mark = _marker(doc)
    out = [f"# {_md_line((Quoted(doc.title),))}{mark}", ""]
    separator = translate(N_("{label}: {value}"), locale=doc.locale)
    for section in doc.sections:
        quoted = _quoted_section(section)
        if section.heading:
            heading_mark = mark if quoted or _has_quoted(section.heading) else ""
            out += [f"{'#' * section.level} {_md_line(section.heading)}{heading_mark}", ""]
        line_mark = "" if quoted else mark
        for block in section.blocks:
            out += [*_md_block(block, line_mark, separator), ""]
    return "\n".join(out).rstrip("\n") + "\n"


def _md_block(block: Block, mark: str, separator: str) -> Iterator[str]:
    def marked(line: Line) -> str:
        return _md_line(line) + (mark if _has_quoted(line) else "")

    match block:
        case Facts(rows=rows):
            for label, lines in rows:
                value = marked(lines[0])
                yield "- " + separator.format(label=f"**{_md_text(label)}**", value=value)
                yield from (f"  - {marked(line)}" for line in lines[1:])
        case Paragraphs(lines=lines):
            yield "\n\n".join(marked(line) for line in lines)
        case Items(lines=lines):
            # "*", not the facts' "-": a list right after another with the same bullet would
            # join it.
            yield from (f"* {marked(line)}" for line in lines)
        case _:
            assert_never(block)


# --- plain text ---------------------------------------------------------------------------


def _width(text: str) -> int:
    """Columns a terminal gives the text: two for wide (CJK) characters, none for marks."""
    return sum(
        0
        if unicodedata.category(c) in {"Mn", "Me", "Cf"}
        else 2
        if unicodedata.east_asian_width(c) in "WF"
        else 1
        for c in text
    )


def _text_line(line: Line) -> str:
    return "".join(
        _clean(run if isinstance(run, str) else run.text if isinstance(run, Quoted) else run.url)
        for run in line
    ).strip()


def _text(doc: Announcement) -> str:
    mark = _marker(doc)
    title = _text_line((Quoted(doc.title),)) + mark
    out = [title, "=" * _width(title), ""]
    separator = translate(N_("{label}: {value}"), locale=doc.locale)
    for section in doc.sections:
        quoted = _quoted_section(section)
        if section.heading:
            heading = _text_line(section.heading)
            heading += mark if quoted or _has_quoted(section.heading) else ""
            out += [heading, ("-" if section.level == 2 else "~") * _width(heading), ""]
        line_mark = "" if quoted else mark
        for block in section.blocks:
            out += [*_text_block(block, line_mark, separator), ""]
    return "\n".join(out).rstrip("\n") + "\n"


def _text_block(block: Block, mark: str, separator: str) -> Iterator[str]:
    def marked(line: Line) -> str:
        return _text_line(line) + (mark if _has_quoted(line) else "")

    match block:
        case Facts(rows=rows):
            for label, lines in rows:
                yield separator.format(label=_clean(label), value=marked(lines[0]))
                yield from (f"    {marked(line)}" for line in lines[1:])
        case Paragraphs(lines=lines):
            yield "\n\n".join(marked(line) for line in lines)
        case Items(lines=lines):
            yield from (f"• {marked(line)}" for line in lines)
        case _:
            assert_never(block)


# --- HTML ---------------------------------------------------------------------------------


def _esc(text: str) -> str:
    return html.escape(_clean(text), quote=True)


def _html(doc: Announcement) -> str:
    quoted_attrs = _language_attributes(doc.language)
    tag = str(doc.locale).replace("_", "-")
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{_esc(tag)}" dir="{text_direction(doc.locale)}">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{_esc(doc.title)}</title>",
        "</head>",
        "<body>",
        "<article>",
        f"<h1{quoted_attrs}>{_esc(doc.title)}</h1>",
    ]
    for section in doc.sections:
        if section.heading:
            out.append("<section>")
            heading = _html_element(f"h{section.level}", section.heading, quoted_attrs)
            out.append(heading)
        out.extend(line for block in section.blocks for line in _html_block(block, quoted_attrs))
        if section.heading:
            out.append("</section>")
    out += ["</article>", "</body>", "</html>"]
    return "\n".join(out) + "\n"


def _language_attributes(language: str) -> str:
    direction: str
    try:
        direction = text_direction(language)
    except ValueError:
        direction = "auto"
    return f' lang="{_esc(language)}" dir="{direction}"'


def _html_element(name: str, line: Line, quoted_attrs: str) -> str:
    """An element holding a line: a wholly quoted line carries the language itself."""
    if _all_quoted(line):
        return f"<{name}{quoted_attrs}>{_html_runs(line, '')}</{name}>"
    return f"<{name}>{_html_runs(line, quoted_attrs)}</{name}>"


def _html_runs(line: Line, quoted_attrs: str) -> str:
    parts = []
    for run in line:
        match run:
            case str(text):
                parts.append(_esc(text))
            case Quoted(text=text):
                parts.append(
                    f"<span{quoted_attrs}>{_esc(text)}</span>" if quoted_attrs else _esc(text)
                )
            case Link(url=url) if re.match(r"(?i)(https?|mailto):", url):
                parts.append(f'<a href="{_esc(url)}" dir="ltr">{_esc(url)}</a>')
            case Link(url=url):
                parts.append(f'<span dir="ltr">{_esc(url)}</span>')
            case _:
                assert_never(run)
    return "".join(parts)


def _html_block(block: Block, quoted_attrs: str) -> Iterator[str]:
    match block:
        case Facts(rows=rows):
            yield "<dl>"
            for label, lines in rows:
                yield f"<dt>{_esc(label)}</dt>"
                yield from (_html_element("dd", line, quoted_attrs) for line in lines)
            yield "</dl>"
        case Paragraphs(lines=lines):
            yield from (_html_element("p", line, quoted_attrs) for line in lines)
        case Items(lines=lines):
            yield "<ul>"
            yield from (_html_element("li", line, quoted_attrs) for line in lines)
            yield "</ul>"
        case _:
            assert_never(block)
