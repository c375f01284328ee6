"""The public API's types, pinned for mypy: this file is type-checked, never executed.

A change that alters what a public function returns or accepts fails ``nox -s typecheck``
here, even where no test happens to look (as ``hynek/stamina``'s typing tests do).
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterator
from decimal import Decimal
from typing import Any, assert_type

import pendulum

import jpo_model
from jpo_model import (
    Assessment,
    AssignmentCalendar,
    Candidate,
    Deadline,
    DeadlineResolution,
    DttaPolicy,
    Finding,
    Money,
    Passage,
    Post,
    Reading,
    ReadingError,
    ValidationError,
    Verdict,
    age_on,
    assess,
    assignment_to_ical,
    deadline_to_ical,
    dumps,
    examples,
    from_dict,
    json_schema,
    loads,
    parse_deadline,
    read_announcement,
    render,
    screen,
    to_dict,
    to_jobposting,
)
from jpo_model.eligibility import BatchResult, CandidateColumns, screen_columns


def posts_and_documents() -> None:
    post = examples.load("ohchr-25p153")
    assert_type(post, Post)
    assert_type(to_dict(post), dict[str, Any])
    assert_type(from_dict({}, Post), Post)
    assert_type(from_dict({"amount": "1.00", "currency": "USD"}, Money), Money)
    assert_type(dumps(post), str)
    assert_type(loads("{}", Post), Post)
    assert_type(json_schema(Post), dict[str, Any])
    assert_type(to_jobposting(post), dict[str, Any])
    assert_type(render(post, locale="fr"), str)
    assert_type(examples.names(), tuple[str, ...])


def deadlines(post: Post) -> None:
    deadline = parse_deadline("10 March 2026 6pm EST")
    assert_type(deadline, Deadline)
    assert_type(deadline.instant, pendulum.DateTime)
    assert_type(deadline.resolve(), DeadlineResolution)
    assert_type(deadline.in_timezone("Africa/Nairobi"), pendulum.DateTime)
    assert_type(deadline.is_open(pendulum.now("UTC")), bool)
    assert_type(deadline.time_left(pendulum.now("UTC")), pendulum.Duration)
    assert_type(deadline_to_ical(deadline, stamp=pendulum.now("UTC")), str)
    calendar = AssignmentCalendar.from_post(post, start=pendulum.date(2026, 6, 1))
    assert_type(calendar.initial_end, pendulum.Date)
    assert_type(assignment_to_ical(calendar, stamp=pendulum.now("UTC")), str)


def eligibility(post: Post, candidate: Candidate) -> None:
    result = assess(post, candidate, on=dt.date(2026, 3, 1))
    assert_type(result, Assessment)
    assert_type(result.verdict, Verdict)
    assert_type(result.findings, tuple[Finding, ...])
    assert_type(result.findings[0].explanation, str)
    assert_type(screen(post, [candidate], on=dt.date(2026, 3, 1)), Iterator[Assessment])
    columns = CandidateColumns.from_candidates([candidate])
    batch = screen_columns(post, columns, on=dt.date(2026, 3, 1))
    assert_type(batch, BatchResult)
    assert_type(batch.verdicts(), tuple[Verdict, ...])
    assert_type(batch.assessment(0), Assessment)
    assert_type(batch.findings(0)[0].verdict, Verdict)
    load = functools.partial(jpo_model.loads, cls=Candidate)
    lines = [b'{"birth_date": "1995-05-17", "nationalities": ["KE"]}\n']
    chunk = CandidateColumns.from_json_lines(lines, load=load, first_line=10_001)
    assert_type(chunk.lines, tuple[int, ...])
    assert_type(age_on(dt.date(1994, 2, 28), dt.date(2026, 3, 1)), int)


def money(post: Post) -> None:
    amount = Money(amount=Decimal("4000.00"), currency="USD")
    assert_type(amount + amount, Money)
    assert_type(amount.amount, Decimal)
    assert_type(amount.allocate([1, 2]), tuple[Money, ...])
    assert_type(DttaPolicy.for_post(post), DttaPolicy)


def _refused(error: ValueError) -> None: ...


def errors(error: ValidationError) -> None:
    _refused(error)  # a ValidationError is a ValueError
    assert_type(error.errors[0].path, str)
    assert_type(jpo_model.__version__, str)


def reading(text: str) -> None:
    result = read_announcement(text, format="markdown", locale="fr")
    assert_type(result, Reading)
    assert_type(result.post, Post)
    assert_type(result.evidence("duty_station.city"), tuple[Passage, ...])
    assert_type(result.unplaced[0].first_line, int)
    assert_type(result.assumptions[0].statement, str)
    _refused(ReadingError("x"))  # a ReadingError is a ValueError
