"""Batch screening from columns: the same verdicts and numbers as `assess`, from any input."""

from __future__ import annotations

import functools
import json
import pickle
import sys

import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st

from jpo_model import (
    Candidate,
    ExperienceKind,
    ExperiencePeriod,
    Post,
    ValidationError,
    Verdict,
    assess,
    examples,
    from_dict,
    loads,
    strategies,
    to_dict,
)
from jpo_model.eligibility import (
    BatchResult,
    CandidateColumns,
    FindingNumbers,
    RefusedRecord,
    screen_columns,
)

ON = pendulum.Date(2026, 3, 1)
LOAD = functools.partial(loads, cls=Candidate)
FROM_DICT = functools.partial(from_dict, cls=Candidate)
SEED = examples.load("ohchr-25p153")
DAYS = st.dates(min_value=pendulum.Date(2015, 1, 1), max_value=pendulum.Date(2032, 12, 31))


def _expected(post: Post, candidate: Candidate, on: pendulum.Date) -> tuple[object, ...]:
    result = assess(post, candidate, on=on)
    return result.verdict, [
        (f.criterion, f.verdict, f.decisive, f.numbers) for f in result.findings
    ]


def _actual(result: BatchResult, i: int) -> tuple[object, ...]:
    return result.verdict(i), [tuple(f) for f in result.findings(i)]


def _jsonl(people: list[Candidate]) -> str:
    return "\n".join(json.dumps(to_dict(c)) for c in people)


def _agrees(post: Post, people: list[Candidate], on: pendulum.Date) -> None:
    expected = [_expected(post, c, on) for c in people]
    for columns in (
        CandidateColumns.from_candidates(people),
        CandidateColumns.from_json_lines(_jsonl(people), load=LOAD),
    ):
        result = screen_columns(post, columns, on=on)
        assert expected == [_actual(result, i) for i in range(len(people))]


@given(
    post=strategies.posts(),
    people=st.lists(strategies.candidates(), max_size=12),
    on=DAYS,
)
def test_batch_agrees_with_assess_on_generated_posts(
    post: Post, people: list[Candidate], on: pendulum.Date
) -> None:
    """Every candidate's verdict and findings' numbers are those `assess` gives."""
    _agrees(post, people, on)


@given(
    name=st.sampled_from(examples.names()),
    people=st.lists(strategies.candidates(), max_size=12),
    on=DAYS,
)
def test_batch_agrees_with_assess_on_bundled_examples(
    name: str, people: list[Candidate], on: pendulum.Date
) -> None:
    """On every bundled announcement, the batch gives `assess`'s verdicts and numbers."""
    _agrees(examples.load(name), people, on)


@given(people=st.lists(strategies.candidates(), min_size=1, max_size=5))
def test_assessment_is_the_one_assess_gives(people: list[Candidate]) -> None:
    """``assessment(i)`` is `assess`'s assessment, explanations included, from either input."""
    for columns in (
        CandidateColumns.from_candidates(people),
        CandidateColumns.from_json_lines(_jsonl(people), load=LOAD),
    ):
        result = screen_columns(SEED, columns, on=ON)
        for i, candidate in enumerate(people):
            expected = assess(SEED, candidate, on=ON)
            actual = result.assessment(i)
            assert expected == actual
            assert [f.explanation for f in expected.findings] == [
                f.explanation for f in actual.findings
            ]


def test_alternative_age_limits_are_applied() -> None:
    """A post with alternative age limits gives each candidate `assess`'s findings."""
    post = examples.load("undesa-italy-jpo-call-2022")
    people = [
        Candidate(birth_date=pendulum.Date(year, 6, 1), nationalities=frozenset({"IT"}))
        for year in range(1985, 2002)
    ]
    _agrees(post, people, ON)


def test_military_service_up_to_the_bound_is_screened_and_beyond_it_refused() -> None:
    """1,200 months of service (the model's bound) is a candidate; 1,201 is refused as loaded."""
    people = [
        Candidate(
            birth_date=pendulum.Date(1980, 1, 1),
            nationalities=frozenset({"KE"}),
            military_service_months=months,
        )
        for months in (1200, 24, None)
    ]
    _agrees(SEED, people, ON)
    _agrees(examples.load("undesa-italy-jpo-call-2022"), people, ON)
    line = '{"birth_date": "1980-01-01", "nationalities": ["KE"], "military_service_months": 1201}'
    columns = CandidateColumns.from_json_lines(line, load=LOAD)
    with pytest.raises(ValidationError) as caught:
        LOAD(line)
    assert (0, [(1, caught.value.errors)]) == (
        len(columns),
        [(r.line, r.errors) for r in columns.refused],
    )


@given(people=st.lists(strategies.candidates(), max_size=8))
def test_without_numpy_the_object_path_gives_the_same_result(
    people: list[Candidate],
) -> None:
    """With numpy not importable, the batch assesses one candidate at a time, same answers."""
    columns = CandidateColumns.from_candidates(people)
    with_numpy = screen_columns(SEED, columns, on=ON)
    with pytest.MonkeyPatch.context() as patch:
        patch.setitem(sys.modules, "numpy", None)  # `import numpy` now raises ImportError
        without = screen_columns(SEED, columns, on=ON)
    assert [_actual(with_numpy, i) for i in range(len(people))] == [
        _actual(without, i) for i in range(len(people))
    ]
    assert with_numpy.verdicts() == without.verdicts()
    assert with_numpy.counts() == without.counts()


def _mutations() -> st.SearchStrategy[tuple[str, object]]:
    """A key path of a candidate document and a JSON value to put there."""
    values = st.one_of(
        st.none(),
        st.booleans(),
        st.integers(-3, 3),
        st.floats(allow_nan=False, allow_infinity=False),
        st.sampled_from(
            [
                "",
                " x",
                "2020-02-30",
                "2020-1-1",
                "1990-01-01",
                "KE",
                "XX",
                "en",
                "internship",
                "50",
                "0.001",
                "100.0",
                "1e2",
                "relevant",
                "advanced",
                "fluent",
                "a:b",
                "\ud800",
            ]
        ),
        st.lists(st.sampled_from(["KE", "KE", "UG", "XX", 1]), max_size=3),
        st.just({}),
    )
    paths = st.sampled_from(
        [
            "birth_date",
            "nationalities",
            "degrees",
            "experience",
            "languages",
            "military_service_months",
            "reference",
            "schema_version",
            "unknown",
            "degrees.0.level",
            "degrees.0.field",
            "degrees.0.countries",
            "degrees.0.completed",
            "degrees.0.extra",
            "experience.0.kind",
            "experience.0.start",
            "experience.0.end",
            "experience.0.un_system",
            "experience.0.full_time_percent",
            "experience.0.paid",
            "experience.0.relevance",
            "experience.0.employer",
            "languages.0.language",
            "languages.0.level",
        ]
    )
    return st.tuples(paths, values)


def _mutated(document: dict[str, object], path: str, value: object) -> dict[str, object]:
    *parents, last = path.split(".")
    node: object = document
    for step in parents:
        if isinstance(node, dict):
            node = node.get(step)
        elif isinstance(node, list) and node:
            node = node[int(step)]
        else:
            return document
    if isinstance(node, dict):
        node[last] = value
    return document


@given(
    people=st.lists(strategies.candidates(), min_size=1, max_size=4),
    changes=st.lists(_mutations(), max_size=3),
)
def test_json_lines_are_validated_as_the_loader_validates(
    people: list[Candidate], changes: list[tuple[str, object]]
) -> None:
    """Each line is accepted as the loader builds it, or refused with the loader's errors."""
    lines = []
    for candidate in people:
        document = to_dict(candidate)
        for path, value in changes:
            document = _mutated(document, path, value)
        lines.append(json.dumps(document))
    columns = CandidateColumns.from_json_lines("\n".join(lines), load=LOAD)
    expected_refused = []
    expected_candidates = []
    for number, line in enumerate(lines, start=1):
        try:
            expected_candidates.append(loads(line, Candidate))
        except ValidationError as error:
            expected_refused.append(RefusedRecord(number, error.errors))
    assert expected_refused == list(columns.refused)
    assert expected_candidates == [columns.candidate(i) for i in range(len(columns))]
    assert [c.reference for c in expected_candidates] == [
        columns.reference(i) for i in range(len(columns))
    ]


def test_refused_lines_carry_their_number_and_the_loaders_errors() -> None:
    """Bad lines are reported, never dropped; blank lines are skipped; good ones are kept."""
    good = json.dumps(
        to_dict(Candidate(birth_date=pendulum.Date(1995, 1, 1), nationalities=frozenset({"KE"})))
    )
    repeated = '{"birth_date": "1995-01-01", "nationalities": ["KE"], "birth_date": "1996-01-01"}'
    lines = [good, "", "{not json", repeated, '{"nationalities": ["XX"]}', good]
    text = "\n".join(lines)
    columns = CandidateColumns.from_json_lines(text.encode(), load=LOAD)
    assert (1, 6) == columns.lines
    assert [3, 4, 5] == [refusal.line for refusal in columns.refused]
    for refusal in columns.refused:
        with pytest.raises(ValidationError) as caught:
            loads(text.split("\n")[refusal.line - 1], Candidate)
        assert caught.value.errors == refusal.errors


def test_a_line_the_fast_test_declines_but_the_loader_accepts_is_kept() -> None:
    """A colon inside a text sends the line to the loader, which accepts it."""
    candidate = Candidate(
        birth_date=pendulum.Date(1995, 1, 1),
        nationalities=frozenset({"KE"}),
        experience=(
            ExperiencePeriod(
                kind=ExperienceKind.EMPLOYMENT,
                start=pendulum.Date(2020, 1, 1),
                employer="UNDP: Nairobi",
            ),
        ),
    )
    columns = CandidateColumns.from_json_lines(_jsonl([candidate]), load=LOAD)
    assert () == columns.refused
    assert candidate == columns.candidate(0)
    assert _expected(SEED, candidate, ON) == _actual(screen_columns(SEED, columns, on=ON), 0)


@given(people=st.lists(strategies.candidates(), max_size=6))
def test_columns_from_a_table_match_columns_from_candidates(people: list[Candidate]) -> None:
    """A table of JSON values per field (an Arrow table's ``to_pydict()``) screens the same."""
    documents = [to_dict(c) for c in people]
    names = (
        "birth_date",
        "nationalities",
        "degrees",
        "experience",
        "languages",
        "military_service_months",
        "reference",
    )
    table = {name: [d.get(name) for d in documents] for name in names}
    columns = CandidateColumns.from_arrays(table, load=FROM_DICT)
    assert () == columns.refused
    assert people == [columns.candidate(i) for i in range(len(columns))]
    result = screen_columns(SEED, columns, on=ON)
    assert [_expected(SEED, c, ON) for c in people] == [
        _actual(result, i) for i in range(len(people))
    ]


def test_a_bad_row_of_a_table_is_refused_with_its_index() -> None:
    """A row the loader refuses is reported with its index and the loader's errors."""
    table: dict[str, list[object]] = {
        "birth_date": ["1995-01-01", "1995-13-01"],
        "nationalities": [["KE"], ["KE"]],
    }
    columns = CandidateColumns.from_arrays(table, load=FROM_DICT)
    assert (0,) == columns.lines
    assert [1] == [refusal.line for refusal in columns.refused]
    assert "birth_date" == columns.refused[0].errors[0].path


@given(people=st.lists(strategies.candidates(), min_size=1, max_size=3))
def test_inputs_and_results_pickle(people: list[Candidate]) -> None:
    """Columns and results survive pickling, so partitions can be screened elsewhere."""
    columns = CandidateColumns.from_json_lines(_jsonl(people), load=LOAD)
    columns = pickle.loads(pickle.dumps(columns))  # noqa: S301 - our own data, round-tripped
    result = pickle.loads(pickle.dumps(screen_columns(SEED, columns, on=ON)))  # noqa: S301
    assert [_expected(SEED, c, ON) for c in people] == [
        _actual(result, i) for i in range(len(people))
    ]
    assert assess(SEED, people[0], on=ON) == result.assessment(0)


def test_an_empty_batch_has_no_verdicts() -> None:
    """No candidates, no verdicts, and nothing refused."""
    result = screen_columns(SEED, CandidateColumns.from_json_lines("\n\n", load=LOAD), on=ON)
    assert 0 == len(result)
    assert () == result.verdicts()
    assert {Verdict.ELIGIBLE: 0, Verdict.NEEDS_REVIEW: 0, Verdict.INELIGIBLE: 0} == result.counts()
    assert () == result.refused


def test_findings_name_their_rule() -> None:
    """A finding of the batch says its rule, verdict, whether it decides, and its numbers."""
    person = Candidate(birth_date=pendulum.Date(1980, 1, 1), nationalities=frozenset({"US"}))
    result = screen_columns(SEED, CandidateColumns.from_candidates([person]), on=ON)
    first = result.findings(0)[0]
    assert isinstance(first, FindingNumbers)
    assert (Verdict.INELIGIBLE, True) == (first.verdict, first.decisive)
    assert Verdict.INELIGIBLE == result.verdict(0)


def test_lines_of_a_chunk_keep_the_files_numbers_and_line_ends() -> None:
    """A chunk's lines are numbered from ``first_line`` and loaded with their line ends."""
    good = '{"birth_date": "1995-01-01", "nationalities": ["KE"]}\n'
    cut = '{"birth_date": "1995-01-01"\n'
    columns = CandidateColumns.from_json_lines(
        [good, "\n", cut, good.encode()], load=LOAD, first_line=10_001
    )
    with pytest.raises(ValidationError) as caught:
        loads(cut, Candidate)
    assert (10_001, 10_004) == columns.lines
    assert [RefusedRecord(10_003, caught.value.errors)] == list(columns.refused)
    assert (
        columns.refused
        == CandidateColumns.from_json_lines(good + "\n" + cut, load=LOAD, first_line=10_001).refused
    )


def test_a_line_nested_beyond_the_parsers_depth_is_refused_as_the_loader_refuses_it() -> None:
    """A line deeper than the JSON parser recurses is no crash: the loader's refusal is kept."""
    line = "[" * 100_000 + "]" * 100_000
    with pytest.raises(ValidationError) as caught:
        loads(line, Candidate)
    refused = CandidateColumns.from_json_lines(line, load=LOAD).refused
    assert [RefusedRecord(1, caught.value.errors)] == list(refused)
