"""Sections by heading, and the topic each heading names."""

from __future__ import annotations

from pathlib import Path

import pytest

from jpo_model.reading.sections import Topic, divide, is_heading, topic_of
from jpo_model.reading.source import Line, load_source

SEEDS = Path(__file__).parents[3] / "shared" / "seeds"


@pytest.mark.parametrize(
    ("heading", "topic"),
    [
        ("II Duties and responsibilities", Topic.DUTIES),
        ("III. Duties, Responsibilities and Output Expectations", Topic.DUTIES),
        ("Tâches et responsabilités", Topic.DUTIES),
        ("Funciones y responsabilidades", Topic.DUTIES),
        ("IV Supervision", Topic.SUPERVISION),
        ("V Required Qualifications and Experience", Topic.QUALIFICATIONS),
        ("Languages:", Topic.LANGUAGES),
        ("Idiomas", Topic.LANGUAGES),
        ("UN competencies:", Topic.COMPETENCIES),
        ("III Training component: Learning elements and expectations", Topic.LEARNING),
        ("VII How to apply", Topic.APPLICATION),
        ("VI Background information on Agency/Department/Section", Topic.BACKGROUND),
        ("I General information", Topic.GENERAL),
        ("Informations générales", Topic.GENERAL),
    ],
)
def test_headings_name_their_topic_in_several_languages(heading: str, topic: Topic) -> None:
    """The heading vocabulary of the forms, numbered or not, in English, French and Spanish."""
    assert topic == topic_of(heading)


def test_a_labelled_line_is_not_a_heading() -> None:
    """'Title of Supervisor: Resident Coordinator' states a value; it heads nothing."""
    assert not is_heading(Line(number=1, text="Title of Supervisor: Resident Coordinator"))
    assert not is_heading(Line(number=1, text="Department/ Field Office: Ethics Office"))
    assert is_heading(Line(number=1, text="Languages:"))
    assert not is_heading(Line(number=1, text="- Languages", item=True))


def test_a_sentence_is_not_a_heading() -> None:
    """A line that ends as a sentence does not open a section, whatever its words."""
    assert not is_heading(Line(number=1, text="Knowledge of languages is an asset."))


def test_the_un_terms_of_reference_divide_into_their_numbered_sections() -> None:
    """Seed 000: the six Roman-numbered sections, qualifications with their subsections."""
    sections = divide(load_source(SEEDS / "000_a23a2f03c1031300.txt").lines)
    topics = [(s.topic, s.parent) for s in sections]
    assert (Topic.HEADER, None) == topics[0]
    assert [
        Topic.GENERAL,
        Topic.SUPERVISION,
        Topic.DUTIES,
        Topic.QUALIFICATIONS,
        Topic.LEARNING,
        Topic.BACKGROUND,
    ] == [s.topic for s in sections if s.heading is not None and s.heading.text[:1] in "IV"]
    assert (Topic.EDUCATION, Topic.QUALIFICATIONS) in topics
    assert (Topic.LANGUAGES, Topic.QUALIFICATIONS) in topics


def test_minimum_and_desirable_blocks_stay_in_their_subsection() -> None:
    """Seed 004: "Minimum:" under "Work experience:" is still about experience."""
    sections = divide(load_source(SEEDS / "004_a56a5a441572a93c.txt").lines)
    blocks = [(s.topic, s.title) for s in sections if s.title in {"Minimum:", "Desirable:"}]
    assert [
        (Topic.EDUCATION, "Minimum:"),
        (Topic.EXPERIENCE, "Minimum:"),
        (Topic.EXPERIENCE, "Desirable:"),
        (Topic.SKILLS, "Minimum:"),
    ] == blocks


def test_every_line_sits_in_one_section_or_heads_one() -> None:
    """Dividing loses no line and repeats none."""
    for seed in sorted(SEEDS.glob("*.txt")):
        lines = load_source(seed).lines
        sections = divide(lines)
        held = [line for s in sections for line in s.lines]
        held += [s.heading for s in sections if s.heading is not None]
        assert sorted(line.number for line in lines) == sorted(line.number for line in held)
