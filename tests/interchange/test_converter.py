"""The private cattrs converters: strict primitives, document depth, problems with paths."""

from __future__ import annotations

import math
from decimal import Decimal

import pytest

from jpo_model import Money, Post, ValidationError
from jpo_model.errors import ErrorDetail
from jpo_model.interchange import _converter


@pytest.mark.parametrize(
    ("value", "name"),
    [(None, "null"), (True, "a boolean"), (1, "an integer"), (1.5, "a number"), ("x", "a string"),
     ([], "an array"), ({}, "an object")],
)  # fmt: skip
def test_json_types_are_named_as_a_document_author_knows_them(value: object, name: str) -> None:
    """Messages say "an integer", not "int"."""
    assert name == _converter.json_type_name(value)


def test_the_fast_converter_refuses_what_the_detailed_one_reports() -> None:
    """Both converters refuse a float amount; only the detailed one says where and why."""
    fast = _converter.make_converter(detailed=False)
    detailed = _converter.make_converter(detailed=True)
    document = {"amount": 4000.0, "currency": "USD"}
    with pytest.raises(Exception):  # noqa: B017, PT011 - the fast path's error is not reported
        fast.structure(document, Money)
    with pytest.raises(Exception) as caught:  # noqa: PT011 - flattened by details() below
        detailed.structure(document, Money)
    problems = list(_converter.details(caught.value, document, ""))
    assert ["amount"] == [p.path for p in problems]
    assert 4000.0 == problems[0].value


def test_valid_documents_structure_and_unstructure_losslessly() -> None:
    """Money goes in as a decimal string and comes out the same."""
    converter = _converter.make_converter(detailed=False)
    money = converter.structure({"amount": "12.50", "currency": "EUR"}, Money)
    assert Money(amount=Decimal("12.50"), currency="EUR") == money
    assert {"amount": "12.50", "currency": "EUR"} == converter.unstructure(money)


def test_document_depth_is_finite_for_a_post_and_infinite_for_nothing() -> None:
    """A post nests a bounded number of levels: deeper input is refused before structuring."""
    depth = _converter.document_depth(Post)
    assert not math.isinf(depth)
    assert depth > _converter.document_depth(Money)


def test_details_keep_the_paths_of_a_validation_error_under_a_prefix() -> None:
    """A nested ValidationError's paths are joined under the field that raised it."""
    error = ValidationError([ErrorDetail(path="currency", message="is required", value=None)])
    [problem] = _converter.details(error, {}, "dtta.annual")
    assert "dtta.annual.currency" == problem.path
