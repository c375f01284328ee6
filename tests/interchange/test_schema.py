"""JSON Schema: derived from the model, shipped for posts, agreeing with the loader."""

from __future__ import annotations

import copy
import enum
import json
import operator
import zoneinfo
from importlib import resources
from typing import Any

import attrs
import jsonschema
import pytest
from babel import Locale
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from test_serialization_errors import DELETE, mutated_documents

import jpo_model
from jpo_model import (
    Candidate,
    DttaEntry,
    DttaPolicy,
    DutyStation,
    ExchangeRate,
    ExperiencePeriod,
    ExperienceWeight,
    LanguageSkill,
    Money,
    Person,
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


# Changes to a bundled post, each a path and the value put there (DELETE: the key removed).
BASE = to_dict(examples.load("ohchr-25p153"))
_AGE = ("eligibility", "age")
_EDUCATION = ("qualifications", "education")
_WEIGHTS = ("qualifications", "experience", "counting", "weights")
_WEIGHT = (*_WEIGHTS, 0)
_STEPLESS_P2 = {"level": "P2", "step": None}

# Documents the loader refuses for a reason JSON Schema can express: the schema refuses them too.
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
    # Codes the loader's lists lack, though shaped like the real ones.
    ("a zone name that is a region", {("duty_station", "time_zone"): "Europe"}),
    ("a tz database file that is no zone", {("deadline", "zone"): "posixrules"}),
    ("an unknown primary language", {("language",): "xx"}),
    ("an unknown language in a list", {("qualifications", "working_languages"): ["en", "qaa"]}),
    # Python's `$` would match before the final newline.
    ("a final newline in text", {("title",): "Associate Human Rights Officer\n"}),
    ("a final newline in a decimal", {("dtta", "annual", "amount"): "4000.00\n"}),
    ("a no-break space around text", {("title",): "Associate Human Rights Officer\u00a0"}),
    ("a percentage above 100", {(*_WEIGHT, "percent"): "100.5"}),
    ("a negative percentage", {(*_WEIGHT, "percent"): "-1"}),
    # Cross-field rules.
    ("a negative DTTA", {("dtta", "annual", "amount"): "-4000.00"}),
    ("a home-based post with a city", {("duty_station", "home_based"): True}),
    ("an office post without a city", {("duty_station", "city"): DELETE}),
    (
        "a matrix of one line",
        {("supervision", "matrix"): True, ("supervision", "lines", 1): DELETE},
    ),
    ("a month of issue without a year", {("reference", "issued_month"): 5}),
    ("restatements without a deadline", {("deadline",): DELETE}),
    ("an extension rule without renewal", {("appointment", "renewable"): DELETE}),
    (
        "a fixed age reference without a day",
        {(*_AGE, "reference"): "fixed-date", (*_AGE, "fixed_month"): 2},
    ),
    (
        "a day not every year has",
        {(*_AGE, "reference"): "fixed-date", (*_AGE, "fixed_month"): 2, (*_AGE, "fixed_day"): 29},
    ),
    ("a day without a fixed reference", {(*_AGE, "fixed_day"): 1}),
    ("a degree in lieu of itself", {(*_EDUCATION, "substitutions", 0, "held"): "advanced"}),
    ("a desirable degree below the minimum", {(*_EDUCATION, "desirable"): "first-level"}),
    ("a kind of experience weighted twice", {(*_WEIGHTS, 1, "kind"): "internship"}),
    ("a required language twice", {("qualifications", "languages", 0, "languages"): ["en", "en"]}),
    ("more languages counted than listed", {("qualifications", "languages", 0, "count"): 2}),
    ("a supervision role twice", {("supervision", "lines", 0, "roles"): ["direct", "direct"]}),
    ("a grade twice", {("grade", "options"): [{"level": "P2", "step": 1}] * 2}),
    ("a grade without a step twice", {("grade", "options"): [{"level": "P2"}, _STEPLESS_P2]}),
    ("a deadline at the end of time", {("deadline", "date"): "9999-12-31"}),
]

# Documents the loader accepts that come close to a rule: the schema accepts them too.
ACCEPTED: list[tuple[str, dict[tuple[str | int, ...], object]]] = [
    ("a home-based post", {("duty_station", "home_based"): True, ("duty_station", "city"): DELETE}),
    (
        "a home-based post, city null",
        {("duty_station", "home_based"): True, ("duty_station", "city"): None},
    ),
    (
        "defaults written out",
        {("duty_station", "home_based"): False, ("supervision", "matrix"): False},
    ),
    ("a matrix of two lines", {("supervision", "matrix"): True}),
    (
        "a month of issue with its year",
        {("reference", "issued_year"): 2025, ("reference", "issued_month"): 5},
    ),
    (
        "a fixed age reference",
        {(*_AGE, "reference"): "fixed-date", (*_AGE, "fixed_month"): 2, (*_AGE, "fixed_day"): 28},
    ),
    (
        "one grade with and one without a step",
        {("grade", "options"): [{"level": "P2"}, {"level": "P2", "step": 1}]},
    ),
    ("as many languages counted as listed", {("qualifications", "languages", 1, "count"): 2}),
    ("a percentage of 100", {(*_WEIGHT, "percent"): "100.000"}),
    ("a percentage of zero", {(*_WEIGHT, "percent"): "-0.0"}),
    ("a DTTA of negative zero", {("dtta", "annual", "amount"): "-0.00"}),
    ("a zone named UTC", {("duty_station", "time_zone"): "UTC"}),
    ("a tag with script, region and variants", {("language",): "sl-Latn-SI-rozaj-biske"}),
    ("a deadline two days from the end of time", {("deadline", "date"): "9999-12-29"}),
]

# Documents the loader refuses for a rule the module documents as beyond JSON Schema.
DOCUMENTED: list[tuple[str, dict[tuple[str | int, ...], object]]] = [
    ("an integer written as 12.0", {("appointment", "initial_months"): 12.0}),
    ("an event ending before it starts", {("learning", "events", 0, "end"): "2026-11-08"}),
    ("a DTTA of a tenth of a cent", {("dtta", "annual", "amount"): "4000.005"}),
    ("a title holding a lone surrogate", {("title",): "Associate Human Rights Officer \ud800"}),
]


def _changed(changes: dict[tuple[str | int, ...], object]) -> dict[str, Any]:
    data = copy.deepcopy(BASE)
    for path, value in changes.items():
        parent: Any = data
        for step in path[:-1]:
            parent = parent[step]
        if value is DELETE:
            del parent[path[-1]]
        else:
            parent[path[-1]] = value
    return data


@pytest.mark.parametrize("changes", [c for _, c in REFUSED], ids=[n for n, _ in REFUSED])
def test_documents_the_loader_refuses_the_schema_refuses(
    changes: dict[tuple[str | int, ...], object],
) -> None:
    """Where JSON Schema can express a rule, schema and loader agree on refusing."""
    data = _changed(changes)
    with pytest.raises(ValidationError):
        from_dict(data, Post)
    assert not POST_VALIDATOR.is_valid(data)


@pytest.mark.parametrize("changes", [c for _, c in ACCEPTED], ids=[n for n, _ in ACCEPTED])
def test_documents_the_loader_accepts_the_schema_accepts(
    changes: dict[tuple[str | int, ...], object],
) -> None:
    """A document that only comes close to breaking a rule passes both."""
    data = _changed(changes)
    from_dict(data, Post)
    assert [] == [e.message for e in POST_VALIDATOR.iter_errors(data)]


@pytest.mark.parametrize("changes", [c for _, c in DOCUMENTED], ids=[n for n, _ in DOCUMENTED])
def test_the_documented_rules_beyond_json_schema_are_the_loaders(
    changes: dict[tuple[str | int, ...], object],
) -> None:
    """What the module lists as beyond JSON Schema the schema accepts and the loader refuses."""
    data = _changed(changes)
    assert POST_VALIDATOR.is_valid(data)
    with pytest.raises(ValidationError):
        from_dict(data, Post)


_POLICY = {"annual": {"amount": "4000.00", "currency": "USD"}, "donor": "Netherlands"}
_ENTRY = {
    "date": "2026-05-01",
    "category": "course",
    "description": "Course",
    "amount": {"amount": "100.00", "currency": "USD"},
}
_RATE = {
    "from_currency": "EUR",
    "to_currency": "USD",
    "rate": "1.0834",
    "valid_from": "2026-03-01",
    "valid_until": "2026-03-31",
}
# Documents of other classes with cross-field rules, and whether the loader accepts them.
OTHER_DOCUMENTS: list[tuple[str, type, dict[str, Any], bool]] = [
    ("a policy", DttaPolicy, _POLICY, True),
    (
        "a negative policy amount",
        DttaPolicy,
        {**_POLICY, "annual": {"amount": "-1.00", "currency": "USD"}},
        False,
    ),
    (
        "a category both eligible and excepted",
        DttaPolicy,
        {**_POLICY, "eligible": ["course", "language-training"]},
        False,
    ),
    (
        "an excepted category listed as eligible",
        DttaPolicy,
        {**_POLICY, "excepted": ["course"]},
        False,
    ),
    (
        "a category moved to eligible",
        DttaPolicy,
        {**_POLICY, "eligible": ["language-training"], "excepted": []},
        True,
    ),
    ("an entry", DttaEntry, _ENTRY, True),
    (
        "an entry of nothing",
        DttaEntry,
        {**_ENTRY, "amount": {"amount": "-0.00", "currency": "USD"}},
        False,
    ),
    ("a rate", ExchangeRate, _RATE, True),
    ("a rate of zero", ExchangeRate, {**_RATE, "rate": "0.000"}, False),
    ("a negative rate", ExchangeRate, {**_RATE, "rate": "-1.08"}, False),
    ("a tiny rate", ExchangeRate, {**_RATE, "rate": "0.0001"}, True),
]


@pytest.mark.parametrize(
    ("cls", "document", "loads"),
    [(c, d, ok) for _, c, d, ok in OTHER_DOCUMENTS],
    ids=[name for name, *_ in OTHER_DOCUMENTS],
)
def test_the_rules_of_other_classes_agree_with_the_loader(
    cls: type, document: dict[str, Any], *, loads: bool
) -> None:
    """DTTA policies, entries and exchange rates: the schema states their signs and sets."""
    assert (loads, loads) == _same_verdicts(cls, document)


def _same_verdicts(cls: type, document: dict[str, Any]) -> tuple[bool, bool]:
    """Whether the loader and the schema accept a document (for comparing them)."""
    try:
        from_dict(document, cls)
    except ValidationError:
        loads = False
    else:
        loads = True
    return loads, _validator(cls).is_valid(document)


DECIMALS = st.from_regex(r"-?[0-9]{1,4}(\.[0-9]{1,4})?", fullmatch=True)


@settings(max_examples=300, deadline=None)
@given(DECIMALS, st.sampled_from(["percent", "full_time_percent"]))
@example("0.01", "full_time_percent")
@example("0.0099", "full_time_percent")
@example("-0", "percent")
@example("100.0000", "percent")
def test_decimal_ranges_agree_with_the_loader(amount: str, field: str) -> None:
    """A decimal range (0-100, 0.01-100) accepts exactly the amounts the loader does."""
    if field == "percent":
        cls: type = ExperienceWeight
        document = {"kind": "internship", "percent": amount}
    else:
        cls = ExperiencePeriod
        document = {"kind": "employment", "start": "2020-01-01", field: amount}
    loads, valid = _same_verdicts(cls, document)
    assert loads == valid


@settings(max_examples=300, deadline=None)
# Lone surrogates aside: the module documents them as the loader's (a JSON Schema pattern
# cannot tell one from half of a pair).
@given(st.characters(exclude_categories=["Cs"]), st.sampled_from(["start", "end"]))
@example("\n", "end")
@example("\x1f", "end")
@example("\x85", "start")
@example("\ufeff", "end")
@example("\u200b", "start")
def test_text_checks_agree_with_the_loader_on_every_character(character: str, where: str) -> None:
    """Text starting or ending with any one character is refused exactly when the loader does."""
    name = f"Ana{character}" if where == "end" else f"{character}Ana"
    loads, valid = _same_verdicts(Person, {"name": name})
    assert loads == valid


_TAG_REST = r"(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?(-([a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*"
LANGUAGE_TAGS = st.one_of(
    st.from_regex(rf"[a-z]{{2,3}}{_TAG_REST}", fullmatch=True),
    st.builds(
        operator.add,
        st.sampled_from(sorted(str(code) for code in Locale("en").languages)),
        st.from_regex(_TAG_REST, fullmatch=True),
    ),
    st.text(max_size=12),
)


@settings(max_examples=300, deadline=None)
@given(LANGUAGE_TAGS)
@example("en")
@example("EN")
@example("zh_Hans")
@example("en\n")
@example("i-klingon")
def test_language_tags_agree_with_the_loader(tag: str) -> None:
    """The LanguageTag pattern accepts exactly the tags the loader does."""
    loads, valid = _same_verdicts(LanguageSkill, {"language": tag, "level": "good"})
    assert loads == valid


ZONES = st.one_of(
    st.sampled_from(sorted(zoneinfo.available_timezones())),
    st.sampled_from(["Europe", "posixrules", "localtime", "right/UTC", "Europe/Geneva"]),
    st.text(max_size=12),
)


@settings(max_examples=200, deadline=None)
@given(ZONES)
def test_time_zones_agree_with_the_loader(zone: str) -> None:
    """The TimeZone enum holds exactly the names the loader accepts."""
    station = {"country": "CH", "city": "Geneva", "time_zone": zone}
    loads, valid = _same_verdicts(DutyStation, station)
    assert loads == valid


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
