"""Properties of the shipped hypothesis strategies (`jpo_model.strategies`).

Every strategy in ``strategies.__all__`` is found with the type it draws (from its return
annotation), so a strategy added later is tested here without editing this file.
"""

from __future__ import annotations

import enum
import inspect
import subprocess
import sys
import types
import typing
from collections.abc import Callable
from decimal import Decimal
from typing import Any, Literal

import attrs
import pendulum
import pytest
from hypothesis import Phase, find, given, settings
from hypothesis import strategies as st
from hypothesis.errors import NoSuchExample
from hypothesis.strategies import SearchStrategy

import jpo_model
from jpo_model import (
    _code_lists,
    appointment,
    dtta_allowance,
    dumps,
    duties,
    eligibility_rules,
    from_dict,
    grade,
    learning,
    loads,
    money,
    organisation,
    posts,
    qualifications,
    strategies,
    supervision,
    to_dict,
)
from jpo_model._model import Model
from jpo_model.deadlines import deadline

Strategy = Callable[..., SearchStrategy[Any]]


def _drawn_type(strategy: Strategy) -> type[Any]:
    """The type a strategy draws, read from its ``SearchStrategy[X]`` return annotation."""
    (drawn,) = typing.get_args(typing.get_type_hints(strategy)["return"])
    return typing.cast("type[Any]", drawn)


BUILDING_BLOCKS = frozenset(
    {"amounts", "country_codes", "currency_codes", "language_tags", "time_zones"}
)
"""Strategies of plain values (codes, Decimal amounts), not of model types."""

STRATEGIES: tuple[tuple[Strategy, type[Any]], ...] = tuple(
    (getattr(strategies, name), _drawn_type(getattr(strategies, name)))
    for name in strategies.__all__
    if name not in BUILDING_BLOCKS
)
IDS = [strategy.__name__ for strategy, _ in STRATEGIES]
FORMATS: tuple[Literal["json", "toml"], ...] = ("json", "toml")


# The modules of the post model: every model class they export is something a user may
# want to draw. (Results computed by rules, such as a deadline resolution, are not.)
MODEL_MODULES = (
    appointment,
    deadline,
    dtta_allowance,
    duties,
    eligibility_rules,
    grade,
    learning,
    money,
    organisation,
    posts,
    qualifications,
    supervision,
)


# The strategies of the post model take one keyword per field, in field order; strategies
# of other types (candidates, ledgers) may take other parts, such as a duration for an end.
FIELDWISE = tuple(
    (strategy, cls)
    for strategy, cls in STRATEGIES
    if any(cls.__module__ == module.__name__ for module in MODEL_MODULES)
)
FIELDWISE_IDS = [strategy.__name__ for strategy, _ in FIELDWISE]


def test_every_model_type_of_a_post_has_a_strategy() -> None:
    """Each model class exported by a module of the post model is drawn by some strategy."""
    exported = {
        obj
        for module in MODEL_MODULES
        for obj in (getattr(module, name) for name in module.__all__)
        if isinstance(obj, type) and issubclass(obj, Model)
    }
    assert set() == exported - {cls for _, cls in STRATEGIES}


def test_strategies_are_named_in_all_and_sorted() -> None:
    """``strategies.__all__`` lists every strategy once, sorted."""
    assert sorted(set(strategies.__all__)) == strategies.__all__


@pytest.mark.parametrize(("strategy", "cls"), FIELDWISE, ids=FIELDWISE_IDS)
def test_a_strategy_takes_one_keyword_per_field(strategy: Strategy, cls: type[Any]) -> None:
    """A strategy's keyword arguments are exactly its type's fields (a new field fails here)."""
    parameters = inspect.signature(strategy).parameters.values()
    assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in parameters)
    assert [f.name for f in attrs.fields(cls)] == [p.name for p in parameters]


# A post draws hundreds of values: a quarter of the profile's examples keeps the file fast,
# and every part of a post is also tested on its own with the full budget.
HEAVY = frozenset({"posts"})


def _examples(strategy: Strategy) -> settings:
    budget = settings().max_examples  # the loaded profile's
    return settings(max_examples=max(5, budget // 4) if strategy.__name__ in HEAVY else budget)


@pytest.mark.parametrize(("strategy", "cls"), STRATEGIES, ids=IDS)
def test_drawn_objects_are_valid_and_round_trip(strategy: Strategy, cls: type[Any]) -> None:
    """Drawn objects are valid, hashable values that survive dicts, JSON and TOML unchanged."""

    @_examples(strategy)
    @given(strategy())
    def check(obj: Any) -> None:
        assert isinstance(obj, cls)
        hash(obj)
        assert obj == attrs.evolve(obj)  # evolve re-runs validation
        assert [] == list(obj._problems())  # the full check, not only its fast path
        assert obj == from_dict(to_dict(obj), cls)
        for fmt in FORMATS:
            text = dumps(obj, format=fmt)
            assert obj == loads(text, cls, format=fmt)
            assert text == dumps(obj, format=fmt)  # stable: the same object, the same text

    check()


@pytest.mark.parametrize(("strategy", "cls"), FIELDWISE, ids=FIELDWISE_IDS)
@settings(max_examples=10)  # checks the wiring of each keyword; a few objects suffice
@given(data=st.data())
def test_every_keyword_overrides_its_field(
    strategy: Strategy, cls: type[Any], data: st.DataObject
) -> None:
    """Overriding every field with a drawn object's values draws that very object."""
    obj = data.draw(strategy())
    fixed = {f.name: st.just(getattr(obj, f.name)) for f in attrs.fields(cls)}
    assert obj == data.draw(strategy(**fixed))


@pytest.mark.parametrize(("strategy", "cls"), FIELDWISE, ids=FIELDWISE_IDS)
@settings(max_examples=20)  # one field per example; the fields of a type are few
@given(data=st.data())
def test_any_one_field_can_be_fixed_alone(
    strategy: Strategy, cls: type[Any], data: st.DataObject
) -> None:
    """Fixing any one field to a valid value still draws valid objects: tied fields follow it."""
    obj = data.draw(strategy())
    name = data.draw(st.sampled_from([f.name for f in attrs.fields(cls)]))
    value = getattr(obj, name)
    assert value == getattr(data.draw(strategy(**{name: st.just(value)})), name)


# Kinds of value a rule of the model forbids: nothing stands above a doctorate.
IMPOSSIBLE: dict[tuple[type, str], set[object]] = {
    (qualifications.DegreeSubstitution, "held"): {qualifications.EducationLevel.DOCTORATE},
    (qualifications.DegreeSubstitution, "in_lieu_of"): {qualifications.EducationLevel.FIRST_LEVEL},
}


def _kinds_expected(field: attrs.Attribute[Any]) -> set[object]:
    """The kinds of value a field must sometimes hold: None, each enum value, empty or not."""
    annotation: Any = field.type
    kinds = set[object]()
    if typing.get_origin(annotation) in (types.UnionType, typing.Union):
        options = [a for a in typing.get_args(annotation) if a is not type(None)]
        kinds.add(None)
        annotation = options[0] if len(options) == 1 else None
    origin = typing.get_origin(annotation)
    if annotation is bool:
        kinds |= {True, False}
    elif isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        kinds |= set(annotation)
    elif origin in (tuple, frozenset) and field.default in ((), frozenset()):
        kinds |= {"empty", "non-empty"}
    elif None in kinds:
        kinds.add("value")
    return kinds


def _kind_of(value: object) -> object:
    if value is None or isinstance(value, bool | enum.Enum):
        return value
    if isinstance(value, tuple | frozenset):
        return "non-empty" if value else "empty"
    return "value"


@pytest.mark.parametrize(("strategy", "cls"), STRATEGIES, ids=IDS)
def test_strategies_cover_every_kind_of_value(strategy: Strategy, cls: type[Any]) -> None:
    """Each optional field is sometimes None, each enum value and boolean occurs, lists vary."""
    fields = attrs.fields(attrs.resolve_types(cls))
    missing = {f.name: _kinds_expected(f) - IMPOSSIBLE.get((cls, f.name), set()) for f in fields}

    def seen_everything(obj: object) -> bool:
        for name, kinds in missing.items():
            kinds.discard(_kind_of(getattr(obj, name)))
        return not any(missing.values())

    deterministic = settings(
        max_examples=1000, phases=[Phase.generate], database=None, derandomize=True
    )
    try:
        find(strategy(), seen_everything, settings=deterministic)
    except NoSuchExample:
        pytest.fail(f"never drawn: { {n: k for n, k in missing.items() if k} }")


def test_importing_jpo_model_does_not_import_hypothesis() -> None:
    """Hypothesis is an optional extra: ``import jpo_model`` must work without it."""
    code = "import sys, jpo_model; sys.exit('hypothesis' in sys.modules)"
    assert 0 == subprocess.run([sys.executable, "-c", code], check=False).returncode  # noqa: S603


@given(strategies.duty_stations(city=st.none()))
def test_fixing_a_following_field_moves_its_leader(station: jpo_model.DutyStation) -> None:
    """Fixing a field that follows another keeps objects valid: no city means home-based."""
    assert station.home_based


@given(strategies.supervisions(lines=st.just(())))
def test_supervision_without_lines_is_no_matrix(supervision: jpo_model.Supervision) -> None:
    """Fixing the lines of a supervision draws ``matrix`` to match them."""
    assert not supervision.matrix


@given(strategies.learning_events(end=st.just(pendulum.Date(2026, 11, 27))))
def test_fixing_the_end_of_an_event_draws_a_start_before_it(event: jpo_model.LearningEvent) -> None:
    """Fixing the end of a learning event draws its start on or before that day."""
    assert event.start <= event.end


@given(strategies.money(currency=st.sampled_from(["JPY", "KWD", "USD"])))
def test_money_fits_the_minor_units_of_its_currency(price: jpo_model.Money) -> None:
    """Drawn amounts never carry more decimals than the currency allows."""
    exponent = price.amount.as_tuple().exponent
    assert isinstance(exponent, int)
    assert -exponent <= _code_lists.currency_digits(price.currency)


@given(
    strategies.country_codes(),
    strategies.currency_codes().flatmap(lambda c: st.tuples(st.just(c), strategies.amounts(c))),
    strategies.language_tags(),
    strategies.time_zones(),
)
def test_building_blocks_draw_what_the_model_accepts(
    country: str, priced: tuple[str, Decimal], language: str, zone: str
) -> None:
    """Codes and amounts from the building blocks are accepted by the model's checks."""
    currency, amount = priced
    assert country in _code_lists.country_codes()
    assert currency in _code_lists.currency_codes()
    assert money.Money(amount=amount, currency=currency).amount == amount
    fluent = jpo_model.Proficiency.FLUENT
    assert jpo_model.LanguageRequirement(languages=(language,), level=fluent).languages == (
        language,
    )
    assert zone in _code_lists.time_zone_names()
