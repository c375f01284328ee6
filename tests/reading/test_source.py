"""Sources as numbered lines of plain text, whatever their format."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import docx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from jpo_model.reading.source import MAX_LINES, MAX_SOURCE_CHARACTERS, ReadingError, load_source

SEEDS = Path(__file__).parents[3] / "shared" / "seeds"


def test_text_lines_keep_their_numbers_and_drop_blank_lines() -> None:
    """Each line keeps the number a person finds it under; blank lines are not lines."""
    source = load_source("Title: JPO\n\n\nDuty Station: Geneva\n")
    assert [(1, "Title: JPO"), (4, "Duty Station: Geneva")] == [
        (line.number, line.text) for line in source.lines
    ]


def test_markdown_markup_is_removed() -> None:
    """Bold, italics, escapes, links and autolinks leave their text; headings, items marked."""
    source = load_source(
        "## GENERAL INFORMATION:\n"
        "**Title:** *Junior Professional Officer*\n"
        "- DTTA of \\$4,000 per year\n"
        "[Geneva, Switzerland](#)\n"
        "<https://jpo.desa.un.org/>\n",
        format="markdown",
    )
    assert [
        "GENERAL INFORMATION:",
        "Title: Junior Professional Officer",
        "DTTA of $4,000 per year",
        "Geneva, Switzerland",
        "https://jpo.desa.un.org/",
    ] == [line.text for line in source.lines]
    assert 2 == source.lines[0].heading
    assert source.lines[2].item


def test_html_fragments_in_a_text_file_go_through_the_html_parser() -> None:
    """Seed 002 is text with HTML fragments: tags go, a heading stays a heading."""
    source = load_source(SEEDS / "002_79a711115a296add.txt")
    first = source.lines[:3]
    assert ["Vacancy announcement", "UN JPO Programme"] == [line.text for line in first[:2]]
    assert (1, 2) == (first[0].heading, first[1].heading)
    assert "JPO in Human Rights\t(LGBTI people, Gender Equality, Women's Rights)" == first[2].text


def test_html_pages_are_read_block_by_block_with_cells_joined_by_tabs() -> None:
    """Headings, paragraphs, list items and table rows each make one line."""
    page = (
        "<!DOCTYPE html><html><head><title>x</title><style>p{}</style></head><body>\n"
        "<h1>Associate Programme Officer</h1>\n"
        "<table><tr><th>Duty Station</th><td>Islamabad, Pakistan</td></tr></table>\n"
        "<ul><li>Assist the &amp; team</li><li>Draft <b>reports</b></li></ul>\n"
        "<script>var x = '<p>not text</p>';</script>\n"
        "</body></html>"
    )
    source = load_source(page)
    assert "html" == source.format
    assert [
        "Associate Programme Officer",
        "Duty Station\tIslamabad, Pakistan",
        "Assist the & team",
        "Draft reports",
    ] == [line.text for line in source.lines]
    assert [2, 3, 4, 4] == [line.number for line in source.lines]
    assert 1 == source.lines[0].heading
    assert source.lines[2].item


def test_word_documents_are_read_paragraph_by_paragraph(tmp_path: Path) -> None:
    """Paragraphs and table rows, in document order, numbered as paragraphs."""
    document = docx.Document()
    document.add_heading("TERMS OF REFERENCE 23P302", level=1)
    document.add_paragraph("Title: Gender & PSEA Officer")
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Duty Station:"
    table.rows[0].cells[1].text = "Phnom Penh, Cambodia"
    document.add_paragraph("Draft reports", style="List Bullet")
    path = tmp_path / "tor.docx"
    document.save(str(path))
    source = load_source(path)
    assert ("docx", "paragraph") == (source.format, source.unit)
    assert [
        (1, "TERMS OF REFERENCE 23P302"),
        (2, "Title: Gender & PSEA Officer"),
        (3, "Duty Station:\tPhnom Penh, Cambodia"),
        (4, "Draft reports"),
    ] == [(line.number, line.text) for line in source.lines]
    assert 1 == source.lines[0].heading
    assert source.lines[3].item


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\xff\xfe\x00\x00garbage", "not UTF-8"),
        (b"%PDF-1.7 ...", "PDF is not read"),
        (b"PK\x03\x04 not really a zip", "not a Word document"),
    ],
)
def test_files_that_are_not_announcements_are_refused(
    tmp_path: Path, content: bytes, message: str
) -> None:
    """Binary files, PDF and broken Word files raise ReadingError, nothing else."""
    path = tmp_path / "announcement.txt"
    path.write_bytes(content)
    with pytest.raises(ReadingError, match=message):
        load_source(path)


def test_a_missing_file_is_a_reading_error(tmp_path: Path) -> None:
    """A path that does not exist is named in the error."""
    with pytest.raises(ReadingError, match="cannot be read"):
        load_source(tmp_path / "missing.docx")
    with pytest.raises(ReadingError, match="cannot be read"):
        load_source(str(tmp_path / "missing.txt"))


def test_a_source_too_long_is_refused_at_once() -> None:
    """The cost of refusing a huge text is bounded: too many characters, or too many lines."""
    with pytest.raises(ReadingError, match="longer than"):
        load_source("x" * (MAX_SOURCE_CHARACTERS + 1))
    with pytest.raises(ReadingError, match="lines"):
        load_source("x\n" * (MAX_LINES + 1))
    page = "<!DOCTYPE html><html>" + "<p>x</p>" * (MAX_LINES + 1) + "</html>"
    with pytest.raises(ReadingError, match="lines"):
        load_source(page)


@given(st.lists(st.text(alphabet=st.characters(blacklist_categories=["Cs", "Cc"]), max_size=30)))
def test_any_text_reads_without_error_and_keeps_line_numbers_in_order(lines: list[str]) -> None:
    """Any text is read into lines whose numbers rise and lie within the text."""
    text = "\n".join(line.replace("\n", " ").replace("\r", " ") for line in lines)
    try:
        source = load_source(text or "x")
    except ReadingError:
        return
    numbers = [line.number for line in source.lines]
    assert numbers == sorted(numbers)
    assert all(1 <= n <= max(1, len(lines)) for n in numbers)


def test_form_labels_run_together_on_one_line_are_split() -> None:
    """A PDF transcript's 'Post Title: … Unit: … Location: …' gives a line per label."""
    from jpo_model.reading.source import split_run_together  # noqa: PLC0415

    text = (
        "1 JUNIOR PROFESSIONAL OFFICER TERMS OF REFERENCE (TOR) General Information Post Title: "
        "Chemicals and Waste Conventions Officer Unit: Secretariat of the Basel, Rotterdam and "
        "Stockholm Conventions / Governance Branch Location: Geneva, Switzerland Duration: "
        "One-year fixed-term appointment"
    )  # the UNEP BRS ToR of tests/reading/corpus/unep-brs-conventions-geneva-en.txt
    lines = split_run_together(load_source(text)).lines
    assert [
        "Post Title: Chemicals and Waste Conventions Officer",
        "Location: Geneva, Switzerland",
        "Duration: One-year fixed-term appointment",
    ] == [lines[1].text, lines[3].text, lines[4].text]
    assert {1} == {line.number for line in lines}


def test_a_word_file_that_would_unpack_to_gigabytes_is_refused_unread(tmp_path: Path) -> None:
    """A "zip bomb" (kilobytes on disk, 100 MB of XML inside) is refused from its directory."""
    path = tmp_path / "bomb.docx"
    docx.Document().save(str(path))
    with zipfile.ZipFile(path, "a", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/padding.xml", b" " * 100_000_000)
    assert path.stat().st_size < 1_000_000
    with pytest.raises(ReadingError, match=r"would unpack to 100,\d{3},\d{3} bytes"):
        load_source(path)


def test_a_word_file_of_too_many_parts_is_refused(tmp_path: Path) -> None:
    """Thousands of parts are refused before python-docx reads any."""
    path = tmp_path / "parts.docx"
    docx.Document().save(str(path))
    with zipfile.ZipFile(path, "a") as archive:
        for i in range(5_001):
            archive.writestr(f"word/p{i}.xml", b"")
    with pytest.raises(ReadingError, match=r"holds 5,0\d\d parts \(at most 5,000\)"):
        load_source(path)


@pytest.mark.parametrize(
    ("markup", "problem"),
    [
        ("<" * 1_000_000, "holds more than 200,000 '<'"),
        ("<b>" * 300_000, "holds more than 200,000 '<'"),
        ("&#" * 300_000, "holds more than 200,000 '&'"),
        ("<p " + "a=1 " * 300_000 + ">", "holds more than 200,000 '='"),
        ("<p>x</p><!--" + "a" * 1_000_000, "more than 500,000 characters of text"),
        ("<![CDATA[" + "x" * 1_000_000, "more than 500,000 characters of text"),
    ],
)
def test_hostile_markup_is_refused_before_html_parser_steps_through_it(
    tmp_path: Path, markup: str, problem: str
) -> None:
    """Pages of nothing but tags, references, attributes or one unclosed construct are refused."""
    path = tmp_path / "page.html"
    path.write_text("<html><body>" + markup, encoding="utf-8")
    with pytest.raises(ReadingError, match=re.escape(problem)):
        load_source(path)


def test_a_less_than_sign_that_opens_no_tag_is_text() -> None:
    """ "a < b" and "<<" in a page are text, as HTML reads them."""
    source = load_source("<html><body><p>Age < 32 << limit</p></body></html>", format="html")
    assert ["Age < 32 << limit"] == [line.text for line in source.lines]
