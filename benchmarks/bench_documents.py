"""Benchmark: loading and dumping post documents with jpo_model, pydantic v2 and msgspec.

Run it (takes a few minutes, most of it hypothesis drawing 10,000 distinct posts)::

    .venv/bin/python benchmarks/bench_documents.py              # 10,000 posts per corpus
    .venv/bin/python benchmarks/bench_documents.py --count 500  # a quick look
    .venv/bin/python benchmarks/bench_documents.py --strictness # only what each one refuses
    .venv/bin/python benchmarks/bench_documents.py --profile    # where jpo_model's time goes

Two corpora, each timed the same way for the three libraries on the same JSON text:

- "generated": distinct posts drawn by `jpo_model.strategies.posts` (mostly small);
- "bundled": every bundled announcement (`jpo_model.examples`), each copied into distinct
  variants (a new title and reference number), i.e. real documents of 1 to 20 kB.

Decoding is JSON text to validated objects (``jpo_model.loads``; pydantic
``model_validate_json``; msgspec ``Decoder.decode``); encoding is objects to JSON text
indented by two spaces (``jpo_model.dumps``; ``model_dump_json(indent=2,
exclude_defaults=True)``; msgspec ``encode`` then ``format(indent=2)``). The ratios are
printed beside issue 17's goals: decoding at most 1.0x pydantic's time, encoding at most
0.6x; msgspec alongside.

The pydantic and msgspec models take their field names, types and defaults from the attrs
classes, and state every rule in the library's own constraints, as its users write them
(see "the same model, as each library's user writes it" below); none of jpo_model's check
functions runs in them. The strictness table, printed at the end, feeds the three the
same faulty documents and marks where they disagree. Both libraries are benchmark-only
dependencies.

Each post is timed alone (``perf_counter_ns``), every post in every round; a post's time
is its best of the rounds, and the report gives the median over posts, in microseconds,
and jpo_model's time as a multiple of the others' (below 1.0: jpo_model is faster).
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import json
import pstats
import statistics
import sys
import time
import types
import typing
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Annotated, Any, Literal

import attrs
import msgspec
import pendulum
import pydantic
from hypothesis import HealthCheck, Phase, given, settings

import jpo_model
from jpo_model import Post, PostReference, _code_lists, _model, dumps, examples, loads
from jpo_model._model import checks_of
from jpo_model.money import exact_decimal
from jpo_model.strategies import posts

# ---------------------------------------------------------------------------- corpora


def generated_posts(count: int) -> list[Post]:
    """``count`` distinct posts drawn by hypothesis (distinct as documents)."""
    found: dict[str, Post] = {}

    @settings(
        max_examples=count * 2,
        deadline=None,
        database=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(posts())
    def collect(post: Post) -> None:
        if len(found) < count:
            found[dumps(post)] = post

    while len(found) < count:
        collect()
    return list(found.values())


def bundled_posts(count: int) -> list[Post]:
    """``count`` distinct variants of the bundled posts (new title and reference)."""
    originals = [examples.load(slug) for slug in examples.names()]
    return [
        attrs.evolve(
            originals[i % len(originals)],
            title=f"{originals[i % len(originals)].title} ({i})",
            reference=PostReference(number=f"B{i:06d}"),
        )
        for i in range(count)
    ]


# ------------------------------------- the same model, as each library's user writes it
#
# Field names, types and defaults come from the attrs classes, so that the three models
# read the same documents; every rule is then written in the library's own terms, as a
# competent user of that library writes it: code lists as `Literal` sets (taken once from
# jpo_model's dated snapshot, so that all three accept the same codes), text and shapes as
# patterns, numbers as bounds, money as a `Decimal` of limited places, frozen models,
# strict types and unknown keys refused. No jpo_model function runs inside them, and no
# cross-field rule (a user would write those as Python validators; jpo_model runs its
# own): the comparison flatters the baselines, never jpo_model.

_COUNTRIES: Any = Literal[tuple(sorted(_code_lists.country_codes()))]
_CURRENCIES: Any = Literal[tuple(sorted(_code_lists.currency_codes()))]
_ZONES: Any = Literal[tuple(sorted(_code_lists.time_zone_names()))]
_MOST_PLACES = max(_code_lists.currency_digits(c) for c in _code_lists.currency_codes())
# The shapes jpo_model documents: text neither empty nor padded; BCP 47 language tags
# (RFC 5646; the language subtag's list is the one rule a pattern cannot hold); e-mail
# addresses and http(s) URLs.
_TEXT = r"^\S(?:[\s\S]*\S)?$"
_LANGUAGE_TAG = (
    r"^[a-z]{2,3}(-[A-Z][a-z]{3})?(-(?:[A-Z]{2}|[0-9]{3}))?(-(?:[a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*$"
)
_EMAIL = r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$"
_URL = r"^https?://[A-Za-z0-9.-]+\.[A-Za-z]{2,}(:[0-9]+)?(/[^\s]*)?$"


@attrs.frozen
class _Rule:
    """One field rule in neutral terms, written into each library's own constraints."""

    pattern: str | None = None
    literal: Any = None
    ge: Any = None
    le: Any = None
    min_length: int | None = None
    finite: bool = False
    places: int | None = None


# What each of jpo_model's field checks says, restated (the checks are only looked up).
_RULES: dict[object, _Rule] = {
    _model.text: _Rule(pattern=_TEXT),
    _model.non_empty: _Rule(min_length=1),
    _model.country_code: _Rule(literal=_COUNTRIES),
    _model.currency_code: _Rule(literal=_CURRENCIES),
    _model.time_zone: _Rule(literal=_ZONES),
    _model.language_tag: _Rule(pattern=_LANGUAGE_TAG),
    _model.email: _Rule(pattern=_EMAIL),
    _model.url: _Rule(pattern=_URL),
    _model.finite_decimal: _Rule(finite=True),
    # The places an amount may have depend on its currency (a cross-field rule): a field
    # constraint can only allow the most any currency has.
    exact_decimal: _Rule(finite=True, places=_MOST_PLACES),
}


def _rules(check: object) -> tuple[list[_Rule], list[_Rule]]:
    """The rules a check puts on a field and on each of its items."""
    if check in _RULES:
        return [_RULES[check]], []
    bounds, items = getattr(check, "bounds", None), getattr(check, "items", ())
    if bounds is not None:
        return [_Rule(ge=bounds[0], le=bounds[1])], []
    if items:
        return [], [r for item in items for r in _rules(item)[0]]
    raise LookupError(f"no native rule written for {check!r}")


_STDLIB = {pendulum.Date: dt.date, pendulum.Time: dt.time, pendulum.DateTime: dt.datetime}


def _native_type(lib: Any, t: Any, rules: list[_Rule], item_rules: list[_Rule]) -> Any:
    origin, args = typing.get_origin(t), typing.get_args(t)
    if origin in (typing.Union, types.UnionType):
        inner = next(a for a in args if a is not type(None))
        return _native_type(lib, inner, rules, item_rules) | None
    if origin in (tuple, frozenset):
        item = _native_type(lib, args[0], item_rules, [])
        return lib.constrained(tuple[item, ...] if origin is tuple else frozenset[item], rules)
    if isinstance(t, type) and attrs.has(t):
        return _native_model(lib, t)
    return lib.constrained(_STDLIB.get(t, t), rules)


_MODELS: dict[tuple[Any, type], Any] = {}


def _native_model(lib: Any, cls: type) -> Any:
    key = (lib, cls)
    if key not in _MODELS:
        hints = typing.get_type_hints(cls)
        fields = []
        for field in attrs.fields(cls):
            rules: list[_Rule] = []
            item_rules: list[_Rule] = []
            for check in checks_of(field.metadata):
                on_field, on_items = _rules(check)
                rules += on_field
                item_rules += on_items
            t = _native_type(lib, hints[field.name], rules, item_rules)
            fields.append((field.name, t, field.default))
        _MODELS[key] = lib.model(cls, fields)
    return _MODELS[key]


class _Pydantic:
    """pydantic v2: ``Field`` bounds, ``StringConstraints``, strict, frozen, no extra keys."""

    @staticmethod
    def constrained(t: Any, rules: list[_Rule]) -> Any:
        metadata: list[Any] = []
        for rule in rules:
            if rule.literal is not None:
                t = rule.literal
            if rule.pattern is not None:
                metadata.append(pydantic.StringConstraints(pattern=rule.pattern))
            if rule.ge is not None or rule.le is not None:
                metadata.append(pydantic.Field(ge=rule.ge, le=rule.le))
            if rule.min_length is not None:
                metadata.append(pydantic.Field(min_length=rule.min_length))
            if rule.finite or rule.places is not None:
                metadata.append(pydantic.Field(allow_inf_nan=False, decimal_places=rule.places))
        return Annotated[t, *metadata] if metadata else t

    @staticmethod
    def model(of: type, fields: list[tuple[str, Any, Any]]) -> type[pydantic.BaseModel]:
        model: type[pydantic.BaseModel] = pydantic.create_model(
            of.__name__,
            __config__=pydantic.ConfigDict(extra="forbid", frozen=True, strict=True),
            **{name: (t, ... if d is attrs.NOTHING else d) for name, t, d in fields},
        )
        return model


def _number(bound: Any) -> int | float:
    # msgspec.Meta takes int or float bounds only.
    return int(bound) if bound == int(bound) else float(bound)


class _Msgspec:
    """msgspec: ``Meta`` bounds and patterns, naive times, frozen, unknown fields forbidden."""

    @staticmethod
    def constrained(t: Any, rules: list[_Rule]) -> Any:
        meta: dict[str, Any] = {}
        for rule in rules:
            if rule.literal is not None:
                t = rule.literal
            if rule.pattern is not None:
                meta["pattern"] = rule.pattern
            if rule.ge is not None and t is not Decimal:  # msgspec bounds no Decimal
                meta["ge"] = _number(rule.ge)
            if rule.le is not None and t is not Decimal:
                meta["le"] = _number(rule.le)
            if rule.min_length is not None:
                meta["min_length"] = rule.min_length
            # No finite or decimal-places constraint exists for msgspec's Decimal.
        if t is dt.time:
            meta["tz"] = False  # a deadline's time is a wall time, without an offset
        return Annotated[t, msgspec.Meta(**meta)] if meta else t

    @staticmethod
    def model(of: type, fields: list[tuple[str, Any, Any]]) -> type[msgspec.Struct]:
        required = [(n, t) for n, t, d in fields if d is attrs.NOTHING]
        optional = [(n, t, d) for n, t, d in fields if d is not attrs.NOTHING]
        return msgspec.defstruct(
            of.__name__,
            [*required, *optional],
            kw_only=True,
            frozen=True,
            forbid_unknown_fields=True,
            omit_defaults=True,
        )


def pydantic_model(cls: type) -> type[pydantic.BaseModel]:
    """The pydantic v2 model of an attrs class, with pydantic's own constraints."""
    model: type[pydantic.BaseModel] = _native_model(_Pydantic, cls)
    return model


def msgspec_struct(cls: type) -> type[msgspec.Struct]:
    """The msgspec Struct of an attrs class, with msgspec's own constraints."""
    struct: type[msgspec.Struct] = _native_model(_Msgspec, cls)
    return struct


# ------------------------------------------------------------------------ timing


def _medians_us(
    cases: dict[str, tuple[Callable[[Any], Any], list[Any]]], rounds: int
) -> dict[str, float]:
    """Per-post best-of-rounds times, median over posts, for several libraries at once.

    The libraries take turns on each post, so that a busy machine slows them alike.
    """
    count = len(next(iter(cases.values()))[1])
    best = {name: [float("inf")] * count for name in cases}
    clock = time.perf_counter_ns
    for _ in range(rounds):
        for i in range(count):
            for name, (fn, items) in cases.items():
                item = items[i]
                start = clock()
                fn(item)
                elapsed = clock() - start
                best[name][i] = min(best[name][i], elapsed)
    return {name: statistics.median(times) / 1000 for name, times in best.items()}


def _documents(corpus: list[Post]) -> list[str]:
    # schema_version is jpo_model's envelope; the other models read the post itself.
    return [dumps(post).replace('  "schema_version": 1,\n', "", 1) for post in corpus]


def run(name: str, corpus: list[Post], rounds: int) -> Iterator[str]:
    """Time the three libraries on one corpus; yield report lines with the goals."""
    texts = _documents(corpus)
    post_model = pydantic_model(Post)
    decoder = msgspec.json.Decoder(msgspec_struct(Post))
    encoder = msgspec.json.Encoder()

    pyd_objects = [post_model.model_validate_json(t) for t in texts]
    msg_objects = [decoder.decode(t) for t in texts]
    assert all(p == loads(t, Post) for p, t in zip(corpus, texts, strict=True))

    decode = _medians_us(
        {
            "jpo_model": (lambda t: loads(t, Post), texts),
            "pydantic": (post_model.model_validate_json, texts),
            "msgspec": (decoder.decode, texts),
        },
        rounds,
    )
    encode = _medians_us(
        {
            "jpo_model": (dumps, corpus),
            "pydantic": (
                lambda m: m.model_dump_json(indent=2, exclude_defaults=True),
                pyd_objects,
            ),
            "msgspec": (lambda s: msgspec.json.format(encoder.encode(s), indent=2), msg_objects),
        },
        rounds,
    )
    size = statistics.median(len(t) for t in texts)
    yield f"\n{name}: {len(corpus)} posts, median document {size:,.0f} characters, best of {rounds}"
    yield f"{'per post (median, µs)':<24}{'jpo_model':>10}{'pydantic':>10}{'msgspec':>10}"
    for label, times in (("decode + validate", decode), ("encode", encode)):
        yield f"{label:<24}" + "".join(f"{times[k]:>10.1f}" for k in times)
    for label, times, goal in (("decode + validate", decode, 1.0), ("encode", encode, 0.6)):
        ratio = times["jpo_model"] / times["pydantic"]
        yield (
            f"jpo_model / pydantic, {label}: {ratio:.2f}x (goal <= {goal:.1f}x: "
            f"{'met' if ratio <= goal else 'not met'}); "
            f"/ msgspec: {times['jpo_model'] / times['msgspec']:.2f}x"
        )


# ------------------------------------------------------------------- strictness


def _bad_documents() -> Iterator[tuple[str, str]]:
    """The same faults put into one bundled post, each alone: (what, JSON text)."""
    good = json.loads(_documents([examples.load("ohchr-25p153")])[0])

    def changed(edit: Callable[[dict[str, Any]], object]) -> str:
        document = json.loads(json.dumps(good))
        edit(document)
        return json.dumps(document)

    def put(path: str, value: object) -> Callable[[dict[str, Any]], object]:
        *parents, last = path.split(".")

        def edit(document: dict[str, Any]) -> None:
            node = document
            for part in parents:
                node = node[part]
            node[last] = value

        return edit

    money, countries = "dtta.annual.amount", "eligibility.nationality.countries"
    faults: list[tuple[str, Callable[[dict[str, Any]], object] | None]] = [
        ("the bundled post itself (valid)", lambda _: None),
        ("money as a JSON number (4000)", put(money, 4000)),
        ("money as a JSON float (4000.5)", put(money, 4000.5)),
        ('money "4E+3"', put(money, "4E+3")),
        ('money " 4000.00"', put(money, " 4000.00")),
        ('money "4000.001" (3 places for USD)', put(money, "4000.001")),
        ('money "NaN"', put(money, "NaN")),
        ('a bad currency "XYZ"', put("dtta.annual.currency", "XYZ")),
        ('time "18:00" (no seconds)', put("deadline.time", "18:00")),
        (
            'time "18:00:00+01:00" (an offset on a wall time)',
            put("deadline.time", "18:00:00+01:00"),
        ),
        (
            'date "2026-03-10T18:00:00" (a naive date-time)',
            put("deadline.date", "2026-03-10T18:00:00"),
        ),
        ('date "2026-02-30"', put("deadline.date", "2026-02-30")),
        ("a repeated key in the deadline (zone twice)", None),
        (
            "a repeated country code",
            lambda d: d["eligibility"]["nationality"]["countries"].append("AF"),
        ),
        (
            "a repeated grade option",
            lambda d: d["grade"]["options"].append(d["grade"]["options"][0]),
        ),
        ("an unknown key at the top", put("colour", "red")),
        ("an unknown key in the deadline", put("deadline.colour", "red")),
        ('a bad zone "Mars/Olympus"', put("deadline.zone", "Mars/Olympus")),
        ('a bad country "XX"', put("duty_station.country", "XX")),
        ('a lowercase country "ch"', put("duty_station.country", "ch")),
        (
            'a bad country in a set ("XX")',
            lambda d: d["eligibility"]["nationality"]["countries"].append("XX"),
        ),
        ('a language "english"', put("language", "english")),
        ('a language tag of an unknown language "xq"', put("language", "xq")),
        ('a title " padded"', put("title", " padded")),
        ('an empty title ""', put("title", "")),
        ('a lone surrogate in the title "\\ud800"', put("title", "\ud800")),
        ('an age limit as a string "32"', put("eligibility.age.limit", "32")),
        ("an age limit of 120 (range 15-99)", put("eligibility.age.limit", 120)),
        ("draft as 1 (not a boolean)", put("draft", 1)),
        ("null for the required title", put("title", None)),
        ("an empty list of nationality countries", put(countries, [])),
        (
            'an e-mail "nobody"',
            lambda d: d["supervision"]["lines"][0].update(
                person={"name": "A B", "email": "nobody"}
            ),
        ),
    ]
    for what, edit in faults:
        if edit is None:  # a repeated key cannot be built as a dict: write it into the text
            text = changed(lambda _: None)
            yield what, text.replace('"deadline": {', '"deadline": {"zone": "Asia/Tokyo", ', 1)
        else:
            yield what, changed(edit)


def strictness() -> Iterator[str]:
    """Feed the three libraries the same bad documents; yield a table and the differences."""
    post_model = pydantic_model(Post)
    decoder = msgspec.json.Decoder(msgspec_struct(Post))
    readers: dict[str, Callable[[str], object]] = {
        "jpo_model": lambda t: loads(t, Post),
        "pydantic": post_model.model_validate_json,
        "msgspec": decoder.decode,
    }
    rows = []
    for what, document in _bad_documents():
        verdicts = []
        for read in readers.values():
            try:
                read(document)
            except (ValueError, msgspec.DecodeError):  # each library's validation error
                verdicts.append("refuses")
            else:
                verdicts.append("accepts")
        rows.append((what, verdicts))
    yield "\nstrictness: the same document, one fault each (* where the libraries differ)"
    yield f"  {'fault':<52}" + "".join(f"{name:>10}" for name in readers)
    for what, verdicts in rows:
        mark = "*" if len(set(verdicts)) > 1 else " "
        yield f"{mark} {what:<52}" + "".join(f"{v:>10}" for v in verdicts)
    differ = [(w, v) for w, v in rows if len(set(v)) > 1]
    yield f"{len(differ)} of {len(rows)} documents are read differently:"
    for what, verdicts in differ:
        accepting = [n for n, v in zip(readers, verdicts, strict=True) if v == "accepts"]
        yield f"  {what}: accepted by {', '.join(accepting)}"


def profile(corpus: list[Post], top: int = 15) -> None:
    """Print where jpo_model's decoding spends its time (cProfile, by own time)."""
    texts = _documents(corpus)
    profiler = cProfile.Profile()
    profiler.enable()
    for text in texts:
        loads(text, Post)
    profiler.disable()
    stats = pstats.Stats(profiler, stream=sys.stdout)
    # Own time by where the code lives: which layer a speed-up has to come from.
    by_place: dict[str, float] = {}
    for (path, _, function), row in stats.stats.items():  # type: ignore[attr-defined]
        place = path.rsplit("/src/", 1)[-1] if "/src/" in path else path.rsplit("/", 1)[-1]
        if place == "~":  # a builtin: name it by the function (dict.get, str.strip, …)
            place = function
        elif place.startswith(("<cattrs generated", "<attrs generated")):
            place = place.split(" jpo_model.", 1)[0] + ">"  # all classes together
        by_place[place] = by_place.get(place, 0.0) + row[2]
    total = sum(by_place.values())
    print(f"own time by place, of {total * 1e3:.0f} ms ({len(texts)} documents):")
    for place, seconds in sorted(by_place.items(), key=lambda item: -item[1])[:top]:
        print(f"  {seconds / total:6.1%}  {place}")
    stats.sort_stats("tottime").print_stats(top)


def main(argv: list[str] | None = None) -> int:
    """Build both corpora and print the report; the strictness table comes last."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000, help="posts per corpus (10000)")
    parser.add_argument("--rounds", type=int, default=5, help="timing rounds (5)")
    parser.add_argument(
        "--strictness", action="store_true", help="only compare what each library refuses"
    )
    parser.add_argument(
        "--profile", action="store_true", help="only profile jpo_model decoding both corpora"
    )
    args = parser.parse_args(argv)
    print(
        f"jpo_model {jpo_model.__version__}, pydantic {pydantic.VERSION}, "
        f"msgspec {msgspec.__version__}, Python {sys.version.split()[0]}"
    )
    if not args.strictness:
        started = time.perf_counter()
        generated = generated_posts(args.count)
        print(f"drew {len(generated)} distinct posts in {time.perf_counter() - started:.0f} s")
        bundled = bundled_posts(args.count)
        if args.profile:
            for name, corpus in (("generated", generated), ("bundled", bundled)):
                print(f"\nprofile of jpo_model decoding the {name} corpus")
                profile(corpus)
            return 0
        for line in run("generated", generated, args.rounds):
            print(line)
        for line in run("bundled", bundled, args.rounds):
            print(line)
    for line in strictness():
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
