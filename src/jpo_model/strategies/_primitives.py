"""Building blocks of the model strategies: valid text, code lists, dates and small collections.

Every value drawn here passes the model's field checks (`jpo_model._model`): text is
non-empty and stripped, codes come from the same code lists the checks use (sorted, so a
seed always draws the same value), and dates lie between 1970 and 2100.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import TypeVar

import pendulum
from hypothesis import strategies as st
from hypothesis.strategies import SearchStrategy

from jpo_model import _code_lists, _model

T = TypeVar("T")

EARLIEST = dt.date(1970, 1, 1)
"""The earliest date drawn: sane for announcements, deadlines and learning events."""
LATEST = dt.date(2100, 12, 31)
"""The latest date drawn."""

_TEXT_SIZE = 8  # small: posts hold dozens of texts and must generate fast


def pick(given: SearchStrategy[T] | None, default: SearchStrategy[T]) -> SearchStrategy[T]:
    """The caller's strategy for a field if given, else the default one."""
    return default if given is None else given


def builds_joint(
    target: Callable[..., T],
    joint: SearchStrategy[Mapping[str, object]],
    /,
    **parts: SearchStrategy[object],
) -> SearchStrategy[T]:
    """Like ``st.builds``, with the fields a rule ties together drawn as one mapping."""

    def build(together: Mapping[str, object], **rest: object) -> T:
        return target(**together, **rest)

    return st.builds(build, joint, **parts)


def led_by(
    name: str,
    lead: SearchStrategy[T],
    follow: Callable[[T], SearchStrategy[Mapping[str, object]]],
) -> SearchStrategy[Mapping[str, object]]:
    """Fields tied by a rule: the leading field's value, then the fields drawn to match it."""
    return lead.flatmap(lambda value: follow(value).map(lambda rest: {name: value, **rest}))


def optional(strategy: SearchStrategy[T]) -> SearchStrategy[T | None]:
    """Sometimes None, sometimes a value (None first, so it is what failures shrink to)."""
    return st.none() | strategy


def tuples(
    strategy: SearchStrategy[T], *, min_size: int = 0, max_size: int = 2, unique: bool = False
) -> SearchStrategy[tuple[T, ...]]:
    """Small tuples of values, optionally without repeats."""
    return st.lists(strategy, min_size=min_size, max_size=max_size, unique=unique).map(tuple)


def frozensets(
    strategy: SearchStrategy[T], *, min_size: int = 0, max_size: int = 3
) -> SearchStrategy[frozenset[T]]:
    """Small frozensets of values."""
    return st.frozensets(strategy, min_size=min_size, max_size=max_size)


def texts(*, max_size: int = _TEXT_SIZE) -> SearchStrategy[str]:
    """Unicode text the `text` check accepts and JSON and TOML carry: no lone surrogates."""
    return (
        st.text(st.characters(codec="utf-8"), min_size=1, max_size=max_size)
        .map(str.strip)
        .filter(bool)
    )


def country_codes() -> SearchStrategy[str]:
    """ISO 3166-1 alpha-2 codes the model accepts."""
    return st.sampled_from(sorted(_code_lists.country_codes()))


def currency_codes() -> SearchStrategy[str]:
    """ISO 4217 currency codes the model accepts."""
    return st.sampled_from(sorted(_code_lists.currency_codes()))


def time_zones() -> SearchStrategy[str]:
    """IANA time zone names from the installed tz database."""
    return st.sampled_from(sorted(_code_lists.time_zone_names()))


# A few scripts and variants that real tags carry (zh-Hans, sr-Latn, de-CH-1996).
_SCRIPTS = ("Arab", "Cyrl", "Hans", "Hant", "Latn")
_VARIANTS = ("1996", "valencia", "fonipa")


def language_tags() -> SearchStrategy[str]:
    """BCP 47 tags with a known language, mostly plain (``en``), sometimes with subtags."""
    language = st.sampled_from(sorted(_code_lists.language_codes()))
    region = country_codes() | st.sampled_from(("001", "419"))
    tagged = st.builds(
        lambda lang, script, reg, variant: "-".join(
            part for part in (lang, script, reg, variant) if part is not None
        ),
        language,
        optional(st.sampled_from(_SCRIPTS)),
        optional(region),
        optional(st.sampled_from(_VARIANTS)),
    )
    return (language | tagged).filter(_checked(_model.language_tag))


_EMAIL_LOCAL = "ABCXYZabcxyz0189.!#$%&'*+/=?^_`{|}~-"


def emails() -> SearchStrategy[str]:
    """E-mail addresses the model's ``email`` check accepts."""
    local = st.text(_EMAIL_LOCAL, min_size=1, max_size=6)
    return st.builds(lambda user, host: f"{user}@{host}", local, _hosts())


def urls() -> SearchStrategy[str]:
    """Absolute http(s) URLs the model's ``url`` check accepts; paths may hold any letters."""
    path_chars = st.characters(codec="utf-8", exclude_categories=("Cc", "Zs", "Zl", "Zp"))
    path = st.text(path_chars, max_size=6).map(lambda p: "/" + p)
    port = st.integers(1, 65535).map(lambda n: f":{n}")
    return st.builds(
        lambda scheme, host, port, path: f"{scheme}://{host}{port or ''}{path or ''}",
        st.sampled_from(("https", "http")),
        _hosts(),
        optional(port),
        optional(path),
    ).filter(_checked(_model.url))


# Real hosts, plus shapes the URL check must accept (digits, hyphens, capitals): a fixed
# list costs one draw, where generated labels cost one draw per character.
_HOSTS = (
    "careers.un.org",
    "ilo.org",
    "jobs.undp.org",
    "nedworc.nl",
    "www.ohchr.org",
    "a-1.example.COM",
    "0.io",
)


def _hosts() -> SearchStrategy[str]:
    return st.sampled_from(_HOSTS)


def _checked(check: _model.Check) -> Callable[[str], bool]:
    """A filter predicate: the value passes the model check (guards against rare drift)."""
    return lambda value: not any(True for _ in check(value))


def dates(
    *, min_value: dt.date = EARLIEST, max_value: dt.date = LATEST
) -> SearchStrategy[pendulum.Date]:
    """Pendulum dates between 1970 and 2100 (or the given bounds), both inclusive."""
    # hypothesis wants plain dates of one type; pendulum's Date is a subclass.
    low, high = (dt.date.fromordinal(d.toordinal()) for d in (min_value, max_value))
    return st.dates(low, high).map(lambda d: pendulum.Date(d.year, d.month, d.day))


def date_ranges() -> SearchStrategy[tuple[pendulum.Date, pendulum.Date]]:
    """A start and an end date, the end never before the start (they may be the same day)."""
    return st.tuples(dates(), dates()).map(lambda pair: (min(pair), max(pair)))


def wall_times() -> SearchStrategy[pendulum.Time]:
    """Naive wall-clock times (no zone), as announcements state them."""
    return st.times().map(lambda t: pendulum.Time(t.hour, t.minute, t.second, t.microsecond))


def decimals(low: int, high: int, *, places: int | None = None) -> SearchStrategy[Decimal]:
    """Finite decimals between low and high, both inclusive."""
    return st.decimals(low, high, allow_nan=False, allow_infinity=False, places=places)
