"""The announcement layout: a post as sections of translated words and quoted text."""

from __future__ import annotations

from jpo_model import examples
from jpo_model._cldr import parse_locale
from jpo_model.localisation._announcement import Facts, Quoted, announcement


def test_the_summary_comes_first_without_a_heading_then_the_stated_sections() -> None:
    """25P153 in French: labels are translated, its own words are quoted, never translated."""
    layout = announcement(examples.load("ohchr-25p153"), parse_locale("fr"))
    assert "en" == layout.language
    assert () == layout.sections[0].heading
    headings = [section.heading for section in layout.sections[1:4]]
    assert [("Introduction",), ("Cadre organisationnel",), ("Fonctions et responsabilités",)] == (
        headings
    )
    summary = layout.sections[0].blocks[0]
    assert isinstance(summary, Facts)
    labels = dict(summary.rows)
    assert ((("25P153", " (", Quoted(text="UN JPO Programme"), ")"),)) == labels["Référence"]


def test_parts_a_post_does_not_state_are_left_out() -> None:
    """The OSAGI focal point states no qualifications, eligibility or deadline: no section."""
    layout = announcement(examples.load("osagi-gender-focal-point"), parse_locale("en"))
    plain = {
        section.heading
        for section in layout.sections
        if all(isinstance(r, str) for r in section.heading)
    }
    assert {("Qualifications",), ("Eligibility",), ("How to apply",)}.isdisjoint(plain)
    assert ("Duties and responsibilities",) in plain
    grouped = [
        s.heading
        for s in layout.sections
        if s.level == 3 and s.heading and isinstance(s.heading[0], Quoted)
    ]
    assert Quoted(text="Policy, strategy and action plan on gender mainstreaming") == grouped[1][0]
