"""Documents: lossless round trips, stable text, schema versions, limits and atomic files."""

from __future__ import annotations

import errno
import json
import os
import stat
import zoneinfo
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import pendulum
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import jpo_model
from jpo_model import (
    MAX_DEPTH,
    SCHEMA_VERSION,
    Money,
    Post,
    ValidationError,
    _code_lists,
    dump,
    dumps,
    examples,
    from_dict,
    load,
    loads,
    strategies,
    to_dict,
)
from jpo_model._model import Model
from jpo_model.interchange import serialization as serialization_module
from jpo_model.strategies import posts

EXAMPLES = examples.names()
DATA = Path(jpo_model.__file__).parent / "examples" / "data"


@attrs.frozen(kw_only=True)
class Stamp(Model):
    """A test-only model with the types no bundled post uses: aware date-times."""

    at: pendulum.DateTime
    other: pendulum.DateTime | None = None


def _models(obj: object) -> Iterator[object]:
    """Every model object inside ``obj``, ``obj`` included."""
    cls = type(obj)
    if attrs.has(cls):
        yield obj
        for field in attrs.fields(cls):
            yield from _models(getattr(obj, field.name))
    elif isinstance(obj, tuple | frozenset):
        for item in obj:
            yield from _models(item)


def _leaves(data: object) -> Iterator[object]:
    if isinstance(data, dict):
        for value in data.values():
            yield from _leaves(value)
    elif isinstance(data, list):
        for value in data:
            yield from _leaves(value)
    else:
        yield data


@pytest.mark.parametrize("slug", EXAMPLES)
def test_bundled_examples_round_trip_through_every_form(slug: str) -> None:
    """Every bundled post survives dict, JSON and TOML round trips unchanged."""
    post = examples.load(slug)
    assert post == from_dict(to_dict(post), Post)
    assert post == loads(dumps(post), Post)
    assert post == loads(dumps(post, format="toml"), Post, format="toml")


@pytest.mark.parametrize("slug", EXAMPLES)
def test_bundled_files_are_exactly_what_dumps_writes(slug: str) -> None:
    """The shipped JSON files are the library's own stable output, byte for byte."""
    expected = (DATA / f"{slug}.json").read_text("utf-8")
    assert expected == dumps(examples.load(slug))


@pytest.mark.parametrize("slug", EXAMPLES)
def test_every_nested_model_object_round_trips_on_its_own(slug: str) -> None:
    """The document API is generic: each part of a post is a document of its own type."""
    for part in _models(examples.load(slug)):
        assert part == from_dict(to_dict(part), type(part))
        assert part == loads(dumps(part, format="toml"), type(part), format="toml")


@pytest.mark.parametrize("slug", EXAMPLES)
def test_documents_hold_no_floats(slug: str) -> None:
    """Documents carry only strings, integers, booleans and structure: never a float."""
    kinds = {type(leaf) for leaf in _leaves(to_dict(examples.load(slug)))}
    assert kinds <= {str, int, bool}


def test_schema_version_comes_first() -> None:
    """The version is the first key of every document, so a reader sees it at once."""
    assert ["schema_version", "amount", "currency"] == list(to_dict(Money.of(1, "USD")))


def test_money_is_written_as_a_decimal_string() -> None:
    """Amounts keep their digits as strings, in plain notation even when built with an exponent."""
    assert {"schema_version": 1, "amount": "1000", "currency": "JPY"} == to_dict(
        Money(amount=Decimal("1E+3"), currency="JPY")
    )
    assert Money(amount=Decimal("0.10"), currency="USD") == from_dict(
        {"amount": "0.10", "currency": "USD"}, Money
    )


@given(
    st.decimals(
        allow_nan=False, allow_infinity=False, places=2, min_value=-(10**12), max_value=10**12
    )
)
def test_money_amounts_round_trip_exactly(amount: Decimal) -> None:
    """Any two-decimal amount comes back with the same value and the same digits."""
    money = Money(amount=amount, currency="USD")
    back = loads(dumps(money), Money)
    assert money == back
    assert str(money.amount.normalize()) == str(back.amount.normalize())


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (
            pendulum.datetime(2026, 3, 10, 18, tz="America/New_York"),
            "2026-03-10T18:00:00-04:00[America/New_York]",
        ),
        (pendulum.datetime(2026, 3, 10, 23, tz="UTC"), "2026-03-10T23:00:00+00:00[UTC]"),
        (
            pendulum.datetime(2026, 3, 10, 18, tz=pendulum.FixedTimezone(-300 * 60)),
            "2026-03-10T18:00:00-05:00",
        ),
        (
            pendulum.datetime(2026, 3, 10, 18, 0, 0, 250, tz="Europe/Zurich"),
            "2026-03-10T18:00:00.000250+01:00[Europe/Zurich]",
        ),
    ],
)
def test_aware_date_times_keep_offset_and_zone(value: pendulum.DateTime, text: str) -> None:
    """Date-times are ISO 8601 with their offset, plus the IANA zone name when there is one."""
    data = to_dict(Stamp(at=value))
    assert text == data["at"]
    back = from_dict(data, Stamp).at
    assert isinstance(back, pendulum.DateTime)
    assert value == back
    assert value.utcoffset() == back.utcoffset()
    assert value.timezone_name == back.timezone_name


_SNAPSHOT_ZONES = st.sampled_from(sorted(_code_lists.time_zone_names())).map(zoneinfo.ZoneInfo)


@given(st.datetimes(timezones=_SNAPSHOT_ZONES, allow_imaginary=False))
def test_any_aware_date_time_round_trips(value: Any) -> None:
    """Every date-time in a zone of the snapshot comes back equal, at the same offset."""
    stamp = Stamp(at=pendulum.instance(value))
    back = loads(dumps(stamp), Stamp)
    assert stamp == back
    assert stamp.at.utcoffset() == back.at.utcoffset()


@given(st.datetimes(timezones=st.timezones(), allow_imaginary=False))
def test_a_date_time_in_any_zone_keeps_its_instant_and_offset(value: Any) -> None:
    """A zone outside the snapshot (``posix/…``) is written as its offset: same instant, offset."""
    stamp = Stamp(at=pendulum.instance(value))
    back = loads(dumps(stamp), Stamp)
    assert stamp.at.timestamp() == back.at.timestamp()
    assert stamp.at.utcoffset() == back.at.utcoffset()


def test_dates_and_times_come_back_as_pendulum_types() -> None:
    """Dates and wall times are pendulum values after loading, not the stdlib's."""
    deadline = examples.load("ohchr-25p153").deadline
    assert deadline is not None
    back = from_dict(to_dict(deadline), type(deadline))
    assert (pendulum.Date, pendulum.Time) == (type(back.date), type(back.time))


def test_missing_schema_version_means_the_current_one() -> None:
    """A document without a version is read as the current version."""
    assert Money.of(1, "USD") == from_dict({"amount": "1.00", "currency": "USD"}, Money)


def test_a_newer_schema_version_is_refused_clearly() -> None:
    """A document from a later release is refused, naming the newest version understood."""
    with pytest.raises(ValidationError) as caught:
        from_dict({"schema_version": SCHEMA_VERSION + 1, "amount": "1", "currency": "USD"}, Money)
    assert (
        f"schema_version: is newer than this release understands (at most {SCHEMA_VERSION}); "
        f"upgrade jpo_model to read it (got {SCHEMA_VERSION + 1})"
    ) == str(caught.value)


@pytest.mark.parametrize("version", [0, -1, "1", 1.0, True, None])
def test_a_malformed_schema_version_is_refused(version: object) -> None:
    """The version must be a positive integer (not a string, a float or a boolean)."""
    with pytest.raises(ValidationError) as caught:
        from_dict({"schema_version": version, "amount": "1", "currency": "USD"}, Money)
    assert ("schema_version",) == tuple(e.path for e in caught.value.errors)


def _rename_sum_to_amount(data: dict[str, Any]) -> dict[str, Any]:
    data["amount"] = data.pop("sum")
    return data


def test_older_documents_are_migrated(monkeypatch: pytest.MonkeyPatch) -> None:
    """A hand-made version-1 document is upgraded step by step before it is read."""
    migrations = serialization_module._Migrations(current=2, steps={1: _rename_sum_to_amount})
    monkeypatch.setattr(serialization_module, "_MIGRATIONS", migrations)
    old = {"schema_version": 1, "sum": "5.00", "currency": "USD"}
    assert Money.of(5, "USD") == from_dict(old, Money)
    assert Money.of(5, "USD") == loads(json.dumps(old), Money)
    current = {"schema_version": 2, "amount": "5.00", "currency": "USD"}
    assert Money.of(5, "USD") == from_dict(current, Money)


def test_a_document_that_cannot_be_migrated_is_a_validation_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A migration step that finds the old document malformed reports it, it does not crash."""
    migrations = serialization_module._Migrations(current=2, steps={1: _rename_sum_to_amount})
    monkeypatch.setattr(serialization_module, "_MIGRATIONS", migrations)
    with pytest.raises(ValidationError) as caught:
        from_dict({"schema_version": 1, "amount": "5.00", "currency": "USD"}, Money)
    assert "<root>: cannot be migrated from schema version 1 (KeyError: 'sum')" == str(caught.value)


def test_the_shipped_migrations_reach_the_current_version() -> None:
    """Every version before the current one has an upgrade step."""
    steps = serialization_module._MIGRATIONS.steps
    assert set(range(1, SCHEMA_VERSION)) == set(steps)


def test_loads_refuses_text_over_the_size_limit() -> None:
    """Text larger than ``max_size`` bytes is refused before it is parsed."""
    text = dumps(Money.of(1, "USD"))
    with pytest.raises(ValidationError) as caught:
        loads(text, Money, max_size=10)
    assert f"<root>: is {len(text)} bytes, larger than the 10 bytes allowed" == str(caught.value)


def test_load_refuses_a_file_over_the_size_limit(tmp_path: Path) -> None:
    """A file larger than ``max_size`` is refused without being read in full."""
    path = tmp_path / "money.json"
    dump(Money.of(1, "USD"), path)
    with pytest.raises(ValidationError) as caught:
        load(path, Money, max_size=10)
    assert "<root>: is larger than the 10 bytes allowed" == str(caught.value)


@pytest.mark.parametrize(
    ("text", "document_format"),
    [
        ("[" * 100_000 + "]" * 100_000, "json"),
        ('{"a": ' * 100_000 + "1" + "}" * 100_000, "json"),
        ("a = " + "[" * 100_000 + "]" * 100_000, "toml"),
        ("a = " + "{b = " * 10_000 + "1" + "}" * 10_000, "toml"),
    ],
)
def test_deeply_nested_text_is_a_validation_error(text: str, document_format: Any) -> None:
    """Hostile nesting 100,000 deep is refused cleanly, never with a RecursionError."""
    with pytest.raises(ValidationError) as caught:
        loads(text, Post, format=document_format)
    assert [""] == [e.path for e in caught.value.errors]


def test_nesting_beyond_max_depth_is_refused_even_inside_a_valid_shape() -> None:
    """A nested value deeper than the limit is reported as too deep, at the root."""
    data = to_dict(Money.of(1, "USD"))
    nested: object = "x"
    for _ in range(MAX_DEPTH + 5):
        nested = [nested]
    data["currency"] = nested
    with pytest.raises(ValidationError) as caught:
        from_dict(data, Money)
    assert f"<root>: nests deeper than {MAX_DEPTH} levels" == str(caught.value)


def test_a_small_max_depth_refuses_a_valid_document() -> None:
    """The depth limit applies to valid documents too (a post nests 6 deep)."""
    text = dumps(examples.load("ohchr-25p153"))
    assert examples.load("ohchr-25p153") == loads(text, Post, max_depth=6)
    with pytest.raises(ValidationError) as caught:
        loads(text, Post, max_depth=5)
    assert "<root>: nests deeper than 5 levels" == str(caught.value)


def test_dump_and_load_choose_the_format_from_the_extension(tmp_path: Path) -> None:
    """``.json`` and ``.toml`` files are written and read in their own format."""
    post = examples.load("ohchr-25p153")
    for name in ("post.json", "post.TOML"):
        dump(post, tmp_path / name)
        assert post == load(tmp_path / name, Post)
    assert (tmp_path / "post.TOML").read_text("utf-8").startswith("schema_version = 1\n")


def test_an_unknown_extension_is_a_usage_error(tmp_path: Path) -> None:
    """A file name that names no known format is refused before anything is written."""
    with pytest.raises(ValueError, match=r"cannot tell the format of post\.yaml"):
        dump(Money.of(1, "USD"), tmp_path / "post.yaml")
    assert [] == list(tmp_path.iterdir())


def test_a_failed_dump_leaves_the_old_file_untouched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """If writing fails half-way, the target keeps its old content and no temporary file stays."""
    target = tmp_path / "money.json"
    dump(Money.of(1, "USD"), target)
    before = target.read_bytes()

    def broken_fsync(_: int) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(OSError, match="disk full"):
        dump(Money.of(2, "USD"), target)
    assert before == target.read_bytes()
    assert ["money.json"] == [p.name for p in tmp_path.iterdir()]


@pytest.mark.parametrize("slug", EXAMPLES)
def test_the_accelerated_and_the_standard_json_paths_agree(
    slug: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With or without orjson, an object gives the same text and the text the same object."""
    post = examples.load(slug)
    fast = dumps(post)
    monkeypatch.setattr(serialization_module, "_orjson", None)
    assert fast == dumps(post)
    assert post == loads(fast, Post)


def test_integers_beyond_64_bits_survive_the_accelerated_path() -> None:
    """orjson cannot hold huge integers; the stdlib fallback writes them exactly."""
    assert '{\n  "n": 1180591620717411303424\n}\n' == serialization_module._encode_json(
        {"n": 2**70}
    )


def test_counts_of_time_beyond_a_hundred_years_are_refused() -> None:
    """A count of months too large for any calendar is refused, not overflowed later."""
    with pytest.raises(ValidationError) as caught:
        loads(f'{{"initial_months": {2**70}}}', jpo_model.AppointmentTerms)
    assert "initial_months: must be between 1 and 1200" in str(caught.value)


def test_bytes_are_read_as_utf_8() -> None:
    """Text may be given as UTF-8 bytes; other bytes are a validation error."""
    assert Money.of(1, "USD") == loads(b'{"amount": "1.00", "currency": "USD"}', Money)
    with pytest.raises(ValidationError) as caught:
        loads(b'{"amount": "\xff"}', Money)
    assert "<root>: is not UTF-8 text: invalid start byte" == str(caught.value)


def test_to_dict_and_from_dict_refuse_what_is_not_a_model() -> None:
    """Misuse (a non-model object or class) is a TypeError, not a validation error."""
    with pytest.raises(TypeError, match="to_dict takes a jpo_model object, not dict"):
        to_dict({})
    with pytest.raises(TypeError, match="from_dict builds jpo_model objects"):
        from_dict({}, dict)


def test_an_unknown_format_is_a_usage_error() -> None:
    """Only "json" and "toml" are formats."""
    with pytest.raises(ValueError, match="unknown format 'yaml'"):
        dumps(Money.of(1, "USD"), format="yaml")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="unknown format 'yaml'"):
        loads("", Money, format="yaml")  # type: ignore[arg-type]


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(posts())
def test_any_post_round_trips_through_json_and_toml(post: Post) -> None:
    """Whatever valid post hypothesis draws comes back equal, and its text is stable."""
    text = dumps(post)
    assert post == loads(text, Post)
    assert text == dumps(loads(text, Post))
    assert post == loads(dumps(post, format="toml"), Post, format="toml")


# Strategies of plain values (codes, Decimal amounts) draw no documents.
_BUILDING_BLOCKS = {"amounts", "country_codes", "currency_codes", "language_tags", "time_zones"}


@pytest.mark.parametrize("name", [n for n in strategies.__all__ if n not in _BUILDING_BLOCKS])
def test_every_model_type_round_trips(name: str) -> None:
    """The document API is generic: objects of every strategy's type survive both formats."""

    @settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(getattr(strategies, name)())
    def round_trip(obj: object) -> None:
        cls = type(obj)
        assert obj == from_dict(to_dict(obj), cls)
        assert obj == loads(dumps(obj, format="toml"), cls, format="toml")

    round_trip()


@pytest.fixture
def umask() -> Iterator[Callable[[int], int]]:
    """Set the process umask for one test, and restore the old one after it."""
    old = os.umask(0o022)
    os.umask(old)
    yield os.umask
    os.umask(old)


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
@pytest.mark.parametrize(("mask", "mode"), [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_dump_creates_files_with_the_mode_open_would_give(
    tmp_path: Path, umask: Callable[[int], int], mask: int, mode: int
) -> None:
    """A new file is 0o666 less the umask, as a plain open() makes it (not mkstemp's 0o600)."""
    umask(mask)
    dump(Money.of(1, "USD"), tmp_path / "new.json")
    with (tmp_path / "plain.json").open("w") as stream:
        stream.write("{}")
    assert stat.S_IMODE((tmp_path / "plain.json").stat().st_mode) == mode
    assert mode == stat.S_IMODE((tmp_path / "new.json").stat().st_mode)


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_dump_keeps_the_mode_of_the_file_it_replaces(
    tmp_path: Path, umask: Callable[[int], int]
) -> None:
    """Replacing a file keeps its mode, whatever the umask."""
    umask(0o077)
    target = tmp_path / "money.toml"
    target.write_text("", encoding="utf-8")
    target.chmod(0o640)
    dump(Money.of(1, "USD"), target)
    assert 0o640 == stat.S_IMODE(target.stat().st_mode)
    assert Money.of(1, "USD") == load(target, Money)


def test_a_failed_dump_names_the_target_not_the_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The error of a failed write names the file asked for."""
    target = tmp_path / "out.toml"

    def full_disk(_: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(tmp_path / ".out.toml.x.tmp"))

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(OSError, match="No space left") as caught:
        dump(Money.of(1, "USD"), target)
    assert (errno.ENOSPC, str(target)) == (caught.value.errno, caught.value.filename)
    assert ".tmp" not in str(caught.value)
    assert [] == list(tmp_path.iterdir())


def test_a_dump_over_a_directory_names_it(tmp_path: Path) -> None:
    """Replacing something that is not a file fails naming it, and leaves nothing behind."""
    target = tmp_path / "post.json"
    target.mkdir()
    with pytest.raises(IsADirectoryError, match="Is a directory") as caught:
        dump(Money.of(1, "USD"), target)
    assert str(target) == caught.value.filename
    assert ".tmp" not in str(caught.value)
    assert ["post.json"] == [p.name for p in tmp_path.iterdir()]


def test_the_loaders_take_max_errors(tmp_path: Path) -> None:
    """loads and load cap their reports as from_dict does."""
    data = {**to_dict(examples.load("ohchr-25p153")), "sectors": [1, 2, 3]}
    text = json.dumps(data)
    (tmp_path / "post.json").write_text(text, encoding="utf-8")
    readers: list[Callable[[], Post]] = [
        lambda: loads(text, Post, max_errors=2),
        lambda: load(tmp_path / "post.json", Post, max_errors=2),
    ]
    for read in readers:
        with pytest.raises(ValidationError) as caught:
            read()
        assert ["sectors[0]", "sectors[1]", ""] == [e.path for e in caught.value.errors]
        assert "<root>: … and at least 1 more problem" == str(caught.value.errors[-1])


def test_loads_reads_only_text_or_bytes() -> None:
    """Anything but str or bytes is misuse (a TypeError), not an invalid document."""
    with pytest.raises(TypeError, match="loads reads str or bytes, not NoneType"):
        loads(None, Money)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="from_dict builds jpo_model objects"):
        loads("{}", dict)
