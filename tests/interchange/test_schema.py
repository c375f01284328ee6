"""JSON Schema: derived from the model, shipped for posts, agreeing with the loader."""

from __future__ import annotations

import copy
import enum
import json
from importlib import resources
from typing import Any

import attrs
import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from test_serialization_errors import DELETE, mutated_documents

import jpo_model
from jpo_model import (
    Candidate,
    Money,
    Post,
    ValidationError,
    examples,
    from_dict,
    json_schema,
    to_dict,
)
from jpo_model._model import Model
from jpo_model.interchange.schema import render
from jpo_model.strategies import candidates, posts

Validator = jsonschema.Draft202012Validator
FORMATS = Validator.FORMAT_CHECKER
REGENERATE = "python -m jpo_model schema {name} > src/jpo_model/schemas/{file}"
SHIPPED = {Post: "post.schema.json", Candidate: "candidate.schema.json"}


def _validator(cls: type) -> jsonschema.Draft202012Validator:
    return Validator(json_schema(cls), format_checker=Validator.FORMAT_CHECKER)


POST_VALIDATOR = _validator(Post)


def _public_model_types() -> list[type]:
    return sorted(
        (
            obj
            for name in jpo_model.__all__
            if isinstance(obj := getattr(jpo_model, name), type) and issubclass(obj, Model)
        ),
        key=lambda t: t.__name__,
    )


@pytest.mark.parametrize("cls", SHIPPED, ids=lambda t: t.__name__)
def test_the_shipped_schemas_are_up_to_date(cls: type) -> None:
    """The package's post and candidate schemas are exactly what json_schema gives today."""
    shipped = resources.files("jpo_model").joinpath("schemas", SHIPPED[cls])
    regenerate = REGENERATE.format(name=cls.__name__, file=SHIPPED[cls])
    assert shipped.read_text("utf-8") == render(cls), f"regenerate it: {regenerate}"


@pytest.mark.parametrize("cls", _public_model_types(), ids=lambda t: t.__name__)
def test_every_public_model_type_has_a_valid_draft_2020_12_schema(cls: type) -> None:
    """Each public model class gets a well-formed schema of its documents."""
    schema = json_schema(cls)
    Validator.check_schema(schema)
    assert "https://json-schema.org/draft/2020-12/schema" == schema["$schema"]
    assert "object" == schema["type"]
    assert schema["additionalProperties"] is False


def test_titles_and_descriptions_come_from_docstrings() -> None:
    """A class's summary line is its title, a field's docstring its description."""
    schema = json_schema(Post)
    assert (
        "A post as announced: every stated fact, typed; everything unstated is ``None`` or empty."
        == schema["title"]
    )
    assert "The post's title as announced." == schema["properties"]["title"]["description"]
    assert (
        "ISO 4217 currency code, e.g. ``USD``."
        == (schema["$defs"]["Money"]["properties"]["currency"]["description"])
    )
    assert ">>>" not in str(schema)


def test_types_map_to_their_json_schema_forms() -> None:
    """Optional values admit null, sets are unique arrays, enums list their values."""
    defs = json_schema(Post)["$defs"]
    nationality = defs["NationalityRule"]["properties"]
    assert {"type": "array", "uniqueItems": True, "minItems": 1} == {
        k: nationality["countries"][k] for k in ("type", "uniqueItems", "minItems")
    }
    assert {"$ref": "#/$defs/CountryCode", "type": "string"} == nationality["countries"]["items"]
    assert ["knowledge", "good", "proficient", "fluent", "excellent"] == defs["Proficiency"]["enum"]
    step = defs["Grade"]["properties"]["step"]
    assert [{"type": "integer", "minimum": 1, "maximum": 15}, {"type": "null"}] == step["anyOf"]
    assert ["scope", "countries"] == defs["NationalityRule"]["required"]
    assert "date" == defs["Deadline"]["properties"]["date"]["format"]
    assert "CH" in defs["CountryCode"]["enum"]
    assert "USD" in defs["CurrencyCode"]["enum"]


def test_defaults_are_stated() -> None:
    """Fields with a default carry it, in document form."""
    properties = json_schema(Post)["properties"]
    assert "en" == properties["language"]["default"]
    assert [] == properties["sectors"]["default"]
    assert properties["draft"]["default"] is False


@pytest.mark.parametrize("slug", examples.names())
def test_every_bundled_document_is_valid(slug: str) -> None:
    """Each bundled post, and every model object inside it, is valid against its schema."""
    post = examples.load(slug)
    assert [] == [e.message for e in POST_VALIDATOR.iter_errors(to_dict(post))]
    for part in _parts(post):
        validator = _validator(type(part))
        assert [] == [e.message for e in validator.iter_errors(to_dict(part))]


def _parts(obj: object) -> list[object]:
    found = []
    cls = type(obj)
    if attrs.has(cls):
        found.append(obj)
        for field in attrs.fields(cls):
            found.extend(_parts(getattr(obj, field.name)))
    elif isinstance(obj, tuple | frozenset) and not isinstance(obj, enum.Enum):
        for item in obj:
            found.extend(_parts(item))
    return found


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(posts())
def test_every_generated_post_document_is_valid(post: Post) -> None:
    """Whatever valid post hypothesis draws, its document satisfies the schema."""
    assert [] == [e.message for e in POST_VALIDATOR.iter_errors(to_dict(post))]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(candidates())
def test_every_generated_candidate_document_is_valid(candidate: Candidate) -> None:
    """Whatever valid candidate hypothesis draws, its document satisfies the shipped schema."""
    shipped = resources.files("jpo_model").joinpath("schemas", SHIPPED[Candidate])
    validator = Validator(json.loads(shipped.read_text("utf-8")), format_checker=FORMATS)
    assert [] == [e.message for e in validator.iter_errors(to_dict(candidate))]


# Documents the loader refuses for a reason JSON Schema can express: the schema refuses them too.
BASE = to_dict(examples.load("ohchr-25p153"))
REFUSED: list[tuple[str, dict[tuple[str | int, ...], object]]] = [
    ("missing key", {("title",): DELETE}),
    ("unknown key", {("titel",): "x"}),
    ("nested unknown key", {("duty_station", "zzz"): 1}),
    ("wrong type", {("draft",): "yes"}),
    ("integer for a boolean", {("draft",): 1}),
    ("string for an integer", {("grade", "options", 0, "step"): "1"}),
    ("float for an integer", {("appointment", "initial_months"): 12.5}),
    ("bad enum", {("qualifications", "languages", 0, "level"): "fluid"}),
    ("null where required", {("kind",): None}),
    ("string for an array", {("sectors",): "Human Rights"}),
    ("array for an object", {("organisation",): []}),
    ("float money", {("dtta", "annual", "amount"): 4000.0}),
    ("exponent money", {("dtta", "annual", "amount"): "4E+3"}),
    ("bad country", {("duty_station", "country"): "XX"}),
    ("lower-case country", {("sponsor", "country"): "nl"}),
    ("bad currency", {("dtta", "annual", "currency"): "usd"}),
    ("bad date", {("deadline", "date"): "10 March 2026"}),
    ("bad time", {("deadline", "time"): "6 pm"}),
    ("time with offset", {("deadline", "time"): "18:00:00-05:00"}),
    ("impossible date", {("deadline", "date"): "2026-02-30"}),
    ("step out of range", {("grade", "options", 0, "step"): 16}),
    ("empty text", {("title",): ""}),
    ("padded text", {("title",): " JPO "}),
    ("empty required list", {("organisation", "units"): []}),
    ("repeated set item", {("eligibility", "nationality", "countries"): ["NL", "NL"]}),
    ("bad language tag", {("language",): "english"}),
    ("bad URL", {("application", "urls"): ["ftp://example.org"]}),
    ("bad time zone", {("duty_station", "time_zone"): "not a zone"}),
    ("newer schema version", {("schema_version",): 99}),
]


@pytest.mark.parametrize("changes", [c for _, c in REFUSED], ids=[n for n, _ in REFUSED])
def test_documents_the_loader_refuses_the_schema_refuses(
    changes: dict[tuple[str | int, ...], object],
) -> None:
    """Where JSON Schema can express a rule, schema and loader agree on refusing."""
    data = copy.deepcopy(BASE)
    for path, value in changes.items():
        parent: Any = data
        for step in path[:-1]:
            parent = parent[step]
        if value is DELETE:
            del parent[path[-1]]
        else:
            parent[path[-1]] = value
    with pytest.raises(ValidationError):
        from_dict(data, Post)
    assert not POST_VALIDATOR.is_valid(data)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_documents())
def test_the_schema_never_refuses_what_the_loader_accepts(case: tuple[type, object]) -> None:
    """The schema is never stricter than the loader: an accepted document is schema-valid."""
    cls, data = case
    try:
        from_dict(data, cls)
    except ValidationError:
        return
    assert [] == [e.message for e in _validator(cls).iter_errors(data)]


def test_json_schema_refuses_what_is_not_a_model() -> None:
    """Only model classes have a document schema."""
    with pytest.raises(TypeError, match="json_schema describes jpo_model classes"):
        json_schema(dict)


def test_json_schema_returns_a_fresh_copy() -> None:
    """Changing a returned schema does not change the next one."""
    json_schema(Money)["title"] = "changed"
    assert "An amount of money in one currency." == json_schema(Money)["title"]
