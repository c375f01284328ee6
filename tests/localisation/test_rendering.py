"""`render`: a post as a localised vacancy announcement in Markdown, text or HTML."""

from __future__ import annotations

import html
import re
from pathlib import Path

import attrs
import pytest
from hypothesis import given

from jpo_model import examples, localisation
from jpo_model.duties import Duties, DutyGroup
from jpo_model.errors import DeadlineError
from jpo_model.localisation.rendering import FORMATS, Format, render
from jpo_model.posts import Post
from jpo_model.strategies import posts

_GOLDEN = Path(__file__).parent / "golden"
_OUR_TAGS = frozenset(
    [
        "!DOCTYPE",
        "html",
        "head",
        "meta",
        "title",
        "body",
        "article",
        "section",
        "h1",
        "h2",
        "h3",
        "dl",
        "dt",
        "dd",
        "p",
        "ul",
        "li",
        "span",
        "a",
    ]
)
"""Every element `render` writes in HTML: any other tag would be text that became markup."""


@pytest.mark.cldr_text
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_seed_002_renders_as_its_golden_markdown(lang: str) -> None:
    """The OHCHR post renders exactly as the reviewed golden file (tests/localisation/golden)."""
    expected = (_GOLDEN / f"ohchr-25p153.{lang}.md").read_text(encoding="utf-8")
    assert expected == render(examples.load("ohchr-25p153"), locale=lang)


def _formatted_deadline(post: Post, lang: str) -> str:
    deadline = post.deadline
    assert deadline is not None
    try:
        instant = deadline.instant
    except DeadlineError:
        return localisation.format_wall_time(deadline.date, deadline.time, locale=lang)
    station = post.duty_station
    zone = station.time_zone if station and station.time_zone else deadline.zone or "UTC"
    return localisation.format_datetime(instant, zone, locale=lang)


@pytest.mark.parametrize("lang", localisation.CATALOG_LOCALES)
def test_any_post_renders_with_its_deadline_and_country(lang: str) -> None:
    """Every generated post renders in each format with the deadline and country as CLDR."""

    @given(posts())
    def check(post: Post) -> None:
        for fmt in FORMATS:
            page = render(post, locale=lang, format=fmt)
            text = html.unescape(page) if fmt == "html" else page.replace("\\", "")
            if post.deadline is not None:
                assert _formatted_deadline(post, lang) in text
            if post.duty_station is not None:
                assert localisation.country_name(post.duty_station.country, locale=lang) in text
            if fmt == "html":
                assert set() == set(re.findall(r"</?([a-zA-Z0-9!]+)", page)) - _OUR_TAGS

    check()


def test_script_in_any_text_is_inert_in_html() -> None:
    """A <script> in the title or a duty is escaped in HTML and Markdown: never markup."""
    attack = '<script>alert("x")</script>'
    post = attrs.evolve(
        examples.load("ohchr-25p153"),
        title=f"Officer {attack}",
        duties=Duties(groups=(DutyGroup(duties=(attack,), heading=attack),)),
    )
    page = render(post, locale="en", format="html")
    markdown = render(post, locale="en", format="markdown")
    assert "<script" not in page
    assert page.count("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;") == 4
    assert "<script" not in markdown.replace("\\<script", "")


def test_arabic_html_is_right_to_left_and_quoted_text_keeps_its_language() -> None:
    """Arabic pages are dir="rtl"; English text from the post says lang="en" dir="ltr"."""
    page = render(examples.load("ohchr-25p153"), locale="ar", format="html")
    assert '<html lang="ar" dir="rtl">' in page
    assert '<h1 lang="en" dir="ltr">JPO in Human Rights' in page
    assert "<dt>مركز العمل</dt>" in page


def test_text_marks_quoted_sections_with_their_language() -> None:
    """Plain text shows translated headings, and "(en)" on sections quoted from the post."""
    text = render(examples.load("ohchr-25p153"), locale="es", format="text")
    assert "Funciones y responsabilidades (en)\n" in text
    assert "Lugar de destino: Geneva, Suiza (en)\n" in text


@pytest.mark.parametrize("fmt", ["pdf", "MARKDOWN"])
def test_an_unknown_format_is_refused(fmt: str) -> None:
    """Only markdown, text and html are formats."""
    post = examples.load("ohchr-25p153")
    with pytest.raises(ValueError, match="format must be one of"):
        render(post, locale="en", format=fmt)  # type: ignore[arg-type]


def test_every_format_is_named() -> None:
    """FORMATS lists the three formats render writes."""
    expected: tuple[Format, ...] = ("markdown", "text", "html")
    assert expected == FORMATS


@pytest.mark.cldr_text
def test_jpo_show_renders_in_a_locale(capsys: pytest.CaptureFixture[str]) -> None:
    """`jpo show SLUG --locale fr --format markdown` prints what render returns."""
    from jpo_model.cli import main  # noqa: PLC0415 - the command line is tested here only

    assert 0 == main(["show", "ohchr-25p153", "--locale", "fr", "--format", "markdown"])
    expected = render(examples.load("ohchr-25p153"), locale="fr", format="markdown")
    assert expected == capsys.readouterr().out


def test_jpo_show_refuses_an_unknown_locale(capsys: pytest.CaptureFixture[str]) -> None:
    """An unknown --locale is one error line and exit code 1."""
    from jpo_model.cli import main  # noqa: PLC0415 - the command line is tested here only

    assert 1 == main(["show", "ohchr-25p153", "--locale", "xx"])
    assert capsys.readouterr().err.startswith("error: 'xx' is not a locale")
