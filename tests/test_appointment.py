"""Appointment terms and extension rules (`jpo_model.appointment`)."""

from __future__ import annotations

from collections.abc import Callable

import attrs
import pytest
from hypothesis import given

from jpo_model import (
    AppointmentTerms,
    ExtensionCondition,
    ExtensionRule,
    ValidationError,
    dumps,
    from_dict,
    loads,
    to_dict,
)
from jpo_model.strategies import appointment_terms


def _problems(build: Callable[[], object]) -> list[tuple[str, str, object]]:
    with pytest.raises(ValidationError) as caught:
        build()
    return [(e.path, e.message, e.value) for e in caught.value.errors]


def test_one_year_with_one_more_year() -> None:
    """Seed 23P302: "1 year (with possible extension for another year)" lasts at most 24 months."""
    terms = AppointmentTerms(
        initial_months=12,
        renewable=True,
        extension=ExtensionRule(step_months=12, max_extensions=1),
        extension_conditions=(ExtensionCondition.FUNDING, ExtensionCondition.PERFORMANCE),
        review_every_months=12,
    )
    assert 24 == terms.max_total_months


def test_up_to_three_years() -> None:
    """Seed 25P153: "initially one year ... up to a maximum of 3 years" lasts at most 36 months."""
    terms = AppointmentTerms(
        initial_months=12, renewable=True, extension=ExtensionRule(max_total_months=36)
    )
    assert 36 == terms.max_total_months


AT_LEAST_ONCE = (
    "12 months, renewable at least once subject to satisfactory performance, recommendation "
    "by respective office and donor agreement"
)


def test_renewable_at_least_once() -> None:
    """ "renewable at least once subject to satisfactory performance, recommendation by
    respective office and donor agreement": one extension at least, no maximum stated."""
    terms = AppointmentTerms(
        initial_months=12,
        renewable=True,
        extension=ExtensionRule(min_extensions=1),
        extension_conditions=(ExtensionCondition.PERFORMANCE, ExtensionCondition.DONOR_APPROVAL),
        wording=AT_LEAST_ONCE,
    )
    assert terms.extension is not None
    assert (1, None, None) == (
        terms.extension.min_extensions,
        terms.extension.max_extensions,
        terms.max_total_months,
    )
    assert {"min_extensions": 1} == to_dict(terms)["extension"]
    assert terms == from_dict(to_dict(terms), AppointmentTerms)
    assert terms == loads(dumps(terms, format="toml"), AppointmentTerms, format="toml")


def test_the_fewest_extensions_bound_the_most_from_below() -> None:
    """At least two and at most one extension is refused; at least and at most one is not."""
    assert 1 == ExtensionRule(min_extensions=1, max_extensions=1).max_extensions
    assert [("max_extensions", "must not be below the minimum", 1)] == _problems(
        lambda: ExtensionRule(min_extensions=2, max_extensions=1)
    )
    assert [("min_extensions", "must be between 1 and 1200", 0)] == _problems(
        lambda: ExtensionRule(min_extensions=0)
    )


def test_the_tighter_bound_wins() -> None:
    """With both a total and a number of extensions, the smaller bound applies."""
    rule = ExtensionRule(step_months=12, max_extensions=3, max_total_months=36)
    assert (
        36 == AppointmentTerms(initial_months=12, renewable=True, extension=rule).max_total_months
    )
    rule = ExtensionRule(step_months=6, max_extensions=2, max_total_months=36)
    assert (
        24 == AppointmentTerms(initial_months=12, renewable=True, extension=rule).max_total_months
    )


def test_unbounded_renewals() -> None:
    """ "12 months, renewable" without limits has no known maximum."""
    assert AppointmentTerms(initial_months=12, renewable=True).max_total_months is None
    rule = ExtensionRule(step_months=12)
    assert (
        AppointmentTerms(initial_months=12, renewable=True, extension=rule).max_total_months is None
    )


def test_terms_that_cannot_be_renewed_last_the_initial_period() -> None:
    """Without renewal the assignment lasts exactly its initial period."""
    assert 18 == AppointmentTerms(initial_months=18).max_total_months


def test_an_extension_rule_needs_renewable_terms() -> None:
    """Extension limits on terms that cannot be renewed contradict each other."""
    assert [("renewable", "an extension rule needs renewable terms", False)] == _problems(
        lambda: AppointmentTerms(initial_months=12, extension=ExtensionRule(max_extensions=1))
    )


def test_the_maximum_cannot_be_shorter_than_the_start() -> None:
    """A maximum total below the initial period is refused, with its nested path."""
    expected = [
        (
            "extension.max_total_months",
            "the maximum total is shorter than the initial appointment",
            6,
        )
    ]
    assert expected == _problems(
        lambda: AppointmentTerms(
            initial_months=12, renewable=True, extension=ExtensionRule(max_total_months=6)
        )
    )


def test_months_are_positive() -> None:
    """Every duration counts at least one month."""
    expected = [
        ("step_months", "must be between 1 and 1200", 0),
        ("max_extensions", "must be between 1 and 1200", 0),
        ("max_total_months", "must be between 1 and 1200", 0),
    ]
    assert expected == _problems(
        lambda: ExtensionRule(step_months=0, max_extensions=0, max_total_months=0)
    )
    assert [
        ("initial_months", "must be between 1 and 1200", 0),
        ("review_every_months", "must be between 1 and 1200", 0),
        ("wording", "must not be empty", ""),
    ] == _problems(lambda: AppointmentTerms(initial_months=0, review_every_months=0, wording=""))


@given(appointment_terms())
def test_the_maximum_is_never_below_the_initial_period(terms: AppointmentTerms) -> None:
    """Whatever the terms, the longest assignment is at least the initial period."""
    assert terms.max_total_months is None or terms.max_total_months >= terms.initial_months


@given(appointment_terms())
def test_more_extensions_never_shorten_the_maximum(terms: AppointmentTerms) -> None:
    """Allowing one more extension never lowers the maximum duration (monotonicity)."""
    rule = terms.extension
    if rule is None or rule.max_extensions is None:
        return
    more = attrs.evolve(terms, extension=attrs.evolve(rule, max_extensions=rule.max_extensions + 1))
    before, after = terms.max_total_months, more.max_total_months
    assert before is None or (after is not None and after >= before)
