"""Benchmark: loading and dumping post documents with jpo_model, pydantic v2 and msgspec.

Run it (takes a few minutes, most of it hypothesis drawing 10,000 distinct posts)::

    /tmp/venv/bin/python benchmarks/bench_documents.py            # 10,000 generated posts
    /tmp/venv/bin/python benchmarks/bench_documents.py --count 500  # a quick look

Two corpora, each timed the same way for the three libraries on the same JSON text:

- "generated": distinct posts drawn by `jpo_model.strategies.posts` (mostly small);
- "bundled": the five bundled announcements, each copied into distinct variants (a new
  title and reference number), i.e. real-sized documents of about 10-16 kB.

Decoding is JSON text to validated objects (``jpo_model.loads``; pydantic
``model_validate_json``; msgspec ``Decoder.decode``); encoding is objects to JSON text
indented by two spaces (``jpo_model.dumps``; ``model_dump_json(indent=2,
exclude_defaults=True)``; msgspec ``encode`` then ``format(indent=2)``).

The pydantic and msgspec models are not hand-copied: they are built from the attrs classes
field by field (same names, types, defaults), and run the same field checks (non-empty
text, code lists, ranges, …) and the same cross-field invariants, so every library
validates the same rules. Both libraries are benchmark-only dependencies.

Each post is timed alone (``perf_counter_ns``), every post in every round; a post's time
is its best of the rounds, and the report gives the median over posts, in microseconds,
and jpo_model's time as a multiple of the others' (below 1.0: jpo_model is faster).
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import statistics
import sys
import time
import typing
from collections.abc import Callable, Iterator
from typing import Annotated, Any

import attrs
import msgspec
import pendulum
import pydantic
from hypothesis import HealthCheck, Phase, given, settings

import jpo_model
from jpo_model import Post, PostReference, dumps, examples, loads
from jpo_model._model import checks_of
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
    """``count`` distinct variants of the five bundled posts (new title and reference)."""
    originals = [examples.load(slug) for slug in examples.names()]
    return [
        attrs.evolve(
            originals[i % len(originals)],
            title=f"{originals[i % len(originals)].title} ({i})",
            reference=PostReference(number=f"B{i:06d}"),
        )
        for i in range(count)
    ]


# ----------------------------------------------------- the same model, pydantic v2


def _check_function(check: Callable[[Any], Any]) -> Callable[[Any], Any]:
    def validate(value: Any) -> Any:
        problems = list(check(value))
        if problems:
            raise ValueError(problems[0].message)
        return value

    return validate


def _invariant_function(cls: type) -> Callable[[Any], Any]:
    invariants = getattr(cls, "_invariants", None)

    def validate(instance: Any) -> Any:
        try:
            problems = list(invariants(instance)) if invariants else []
        except AttributeError:  # an invariant using a property only the attrs class has
            problems = []
        if problems:
            raise ValueError(problems[0].message)
        return instance

    return validate


_STDLIB = {pendulum.Date: dt.date, pendulum.Time: dt.time, pendulum.DateTime: dt.datetime}


def _pydantic_type(t: Any, *, checks: bool) -> Any:
    origin, args = typing.get_origin(t), typing.get_args(t)
    if origin in (typing.Union, __import__("types").UnionType):
        inner = next(a for a in args if a is not type(None))
        return _pydantic_type(inner, checks=checks) | None
    if origin is tuple:
        return tuple[_pydantic_type(args[0], checks=checks), ...]  # type: ignore[misc]
    if origin is frozenset:
        return frozenset[_pydantic_type(args[0], checks=checks)]  # type: ignore[misc]
    if isinstance(t, type) and attrs.has(t):
        return pydantic_model(t, checks=checks)
    return _STDLIB.get(t, t)


@functools.cache
def pydantic_model(cls: type, *, checks: bool = True) -> type[pydantic.BaseModel]:
    """A pydantic v2 model with the fields, defaults, checks and invariants of ``cls``.

    With ``checks=False``, types only: what pydantic costs when every rule runs in Rust.
    """
    hints = typing.get_type_hints(cls)
    fields: dict[str, Any] = {}
    for field in attrs.fields(cls):
        annotation = _pydantic_type(hints[field.name], checks=checks)
        validators = [
            pydantic.AfterValidator(_check_function(c))
            for c in (checks_of(field.metadata) if checks else ())
        ]
        if validators:
            annotation = Annotated[annotation, *validators]
        default = ... if field.default is attrs.NOTHING else field.default
        fields[field.name] = (annotation, default)
    model_validators: dict[str, Any] = {}
    if checks:
        invariants = pydantic.model_validator(mode="after")(_invariant_function(cls))
        model_validators["invariants"] = invariants
    model: type[pydantic.BaseModel] = pydantic.create_model(
        cls.__name__,
        __config__=pydantic.ConfigDict(extra="forbid", frozen=True, strict=True),
        __validators__=model_validators,
        **fields,
    )
    return model


# ---------------------------------------------------------- the same model, msgspec


def _msgspec_type(t: Any) -> Any:
    origin, args = typing.get_origin(t), typing.get_args(t)
    if origin in (typing.Union, __import__("types").UnionType):
        inner = next(a for a in args if a is not type(None))
        return _msgspec_type(inner) | None
    if origin is tuple:
        return tuple[_msgspec_type(args[0]), ...]  # type: ignore[misc]
    if origin is frozenset:
        return frozenset[_msgspec_type(args[0])]  # type: ignore[misc]
    if isinstance(t, type) and attrs.has(t):
        return msgspec_struct(t)
    return _STDLIB.get(t, t)


@functools.cache
def msgspec_struct(cls: type) -> type[msgspec.Struct]:
    """A msgspec Struct with the fields, defaults, checks and invariants of ``cls``."""
    hints = typing.get_type_hints(cls)
    plan: list[tuple[str, tuple[Callable[[Any], Any], ...]]] = []
    fields: list[tuple[str, Any] | tuple[str, Any, Any]] = []
    for field in attrs.fields(cls):
        t = _msgspec_type(hints[field.name])
        if field.default is attrs.NOTHING:
            fields.append((field.name, t))
        else:
            fields.append((field.name, t, field.default))
        plan.append((field.name, tuple(_check_function(c) for c in checks_of(field.metadata))))
    invariants = _invariant_function(cls)

    def post_init(self: Any) -> None:
        for name, fns in plan:
            value = getattr(self, name)
            for fn in fns:
                fn(value)
        invariants(self)

    required = [f for f in fields if len(f) == 2]
    optional = [f for f in fields if len(f) == 3]
    return msgspec.defstruct(
        cls.__name__,
        [*required, *optional],
        namespace={"__post_init__": post_init},
        kw_only=True,
        frozen=True,
        forbid_unknown_fields=True,
        omit_defaults=True,
    )


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
    """Time the three libraries on one corpus; yield report lines."""
    texts = _documents(corpus)
    post_model = pydantic_model(Post)
    bare_model = pydantic_model(Post, checks=False)
    struct = msgspec_struct(Post)
    decoder = msgspec.json.Decoder(struct)
    encoder = msgspec.json.Encoder()

    pyd_objects = [post_model.model_validate_json(t) for t in texts]
    bare_objects = [bare_model.model_validate_json(t) for t in texts]
    msg_objects = [decoder.decode(t) for t in texts]
    assert all(p == loads(t, Post) for p, t in zip(corpus, texts, strict=True))

    decode = _medians_us(
        {
            "jpo_model": (lambda t: loads(t, Post), texts),
            "pydantic": (post_model.model_validate_json, texts),
            "msgspec": (decoder.decode, texts),
            "pydantic, types only": (bare_model.model_validate_json, texts),
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
            "pydantic, types only": (
                lambda m: m.model_dump_json(indent=2, exclude_defaults=True),
                bare_objects,
            ),
        },
        rounds,
    )
    size = statistics.median(len(t) for t in texts)
    yield f"\n{name}: {len(corpus)} posts, median document {size:,.0f} characters, best of {rounds}"
    yield (
        f"{'per post (median, µs)':<24}{'jpo_model':>10}{'pydantic':>10}{'msgspec':>10}"
        f"{'pydantic, types only':>22}"
    )
    for label, times in (("decode + validate", decode), ("encode", encode)):
        yield f"{label:<24}" + "".join(
            f"{times[k]:>{22 if k.startswith('pydantic, ') else 10}.1f}" for k in times
        )
    for label, times in (("decode + validate", decode), ("encode", encode)):
        yield (
            f"jpo_model / pydantic {label}: {times['jpo_model'] / times['pydantic']:.2f}x; "
            f"/ msgspec: {times['jpo_model'] / times['msgspec']:.2f}x; "
            f"/ pydantic, types only: {times['jpo_model'] / times['pydantic, types only']:.2f}x"
        )


def main(argv: list[str] | None = None) -> int:
    """Build both corpora and print the report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000, help="posts per corpus (10000)")
    parser.add_argument("--rounds", type=int, default=5, help="timing rounds (5)")
    args = parser.parse_args(argv)
    print(
        f"jpo_model {jpo_model.__version__}, pydantic {pydantic.VERSION}, "
        f"msgspec {msgspec.__version__}, Python {sys.version.split()[0]}"
    )
    started = time.perf_counter()
    generated = generated_posts(args.count)
    print(f"drew {len(generated)} distinct posts in {time.perf_counter() - started:.0f} s")
    for line in run("generated", generated, args.rounds):
        print(line)
    for line in run("bundled", bundled_posts(args.count), args.rounds):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
