"""Precision and recall per kind of fact."""

from __future__ import annotations

import attrs
from hypothesis import given
from hypothesis import strategies as st

from jpo_model import examples, strategies
from jpo_model.posts import Post
from jpo_model.reading.accuracy import FACT_KINDS, assumed_kinds, facts_of, prose_placed, score


def test_the_facts_of_a_bundled_example() -> None:
    """facts_of writes each kind as plain values: grades sorted, instants in UTC."""
    facts = facts_of(examples.load("ohchr-25p153"))
    assert {
        "reference": "25P153",
        "grade": ["P2"],
        "duty_station.time_zone": "Europe/Zurich",
        "deadline": "2026-03-10T23:00:00Z",
        "dtta.annual": "4000.00 USD",
        "eligibility.age_limit": 32,
        "supervisors": ["Section Chief", "Team Leader"],
    }.items() <= facts.items()
    assert set(facts) <= set(FACT_KINDS)


def test_a_wrong_fact_lowers_precision_and_a_missing_one_recall() -> None:
    """One right, one wrong, one missed: precision 1/2, recall 1/3."""
    expected = {"grade": ["P2"], "title": "JPO", "reference": "25P153"}
    result = score(expected, {"grade": ["P2"], "title": "Officer"})
    assert (0.5, 1 / 3) == (result.precision, result.recall)
    assert (("title", "JPO", "Officer"),) == result.wrong
    assert (("reference", "25P153"),) == result.missed


def test_a_fact_read_but_not_stated_is_wrong_unless_assumed() -> None:
    """A reader that adds a fact the text does not state loses precision, unless it says so."""
    assert 0.0 == score({}, {"kind": "jpo"}, kinds=["kind"]).precision
    assert 1.0 == score({}, {"kind": "jpo"}, kinds=["kind"], assumed={"kind"}).precision


def test_assumed_paths_name_their_kinds() -> None:
    """The organisation's first unit stands for the entity."""
    assert frozenset({"entity", "kind"}) == assumed_kinds(
        ["organisation.units[0]", "kind", "grade.options"]
    )


@given(strategies.posts())
def test_a_post_scores_perfectly_against_itself(post: Post) -> None:
    """Reading exactly what is stated gives precision and recall of 1."""
    facts = facts_of(post)
    result = score(facts, facts)
    assert (1.0, 1.0) == (result.precision, result.recall)


@given(strategies.posts(), st.sampled_from(FACT_KINDS))
def test_dropping_a_fact_never_raises_recall(post: Post, kind: str) -> None:
    """Recall is monotone: reading less never scores higher."""
    facts = facts_of(post)
    fewer = {k: v for k, v in facts.items() if k != kind}
    assert score(facts, fewer).recall <= score(facts, facts).recall


def test_scores_add_up_over_readings() -> None:
    """Adding two scores adds their counts kind by kind."""
    first = score({"grade": ["P2"]}, {"grade": ["P2"]}, kinds=["grade"])
    second = score({"grade": ["P3"]}, {}, kinds=["grade"])
    total = first + second
    assert (1, 2, 1) == (total.kinds[0].read, total.kinds[0].expected, total.kinds[0].right)
    assert attrs.evolve(total, wrong=(), missed=()).recall == 0.5


def test_prose_placed_counts_characters_in_the_same_field() -> None:
    """A duty read as background counts as not placed."""
    post = examples.load("ohchr-25p153")
    assert post.duties is not None
    moved = attrs.evolve(
        post, duties=None, background=(*post.background, *post.duties.groups[0].duties)
    )
    placed, total = prose_placed(post, moved)
    duties = sum(len(" ".join(d.split())) for d in post.duties.groups[0].duties)
    assert total - duties == placed


def test_checked_announcements_pair_each_text_with_its_facts() -> None:
    """The corpus folder gives its 14 pages, each with a facts file; seeds.facts.json has none."""
    from pathlib import Path  # noqa: PLC0415

    from jpo_model.reading.accuracy import checked_announcements  # noqa: PLC0415

    cases = checked_announcements(Path(__file__).parent / "corpus")
    assert 14 == len(cases)
    assert all(path.suffix in {".txt", ".md", ".html"} and facts for path, facts in cases)
