"""Construction-time validation (`jpo_model._model`): field checks and reporting every problem."""

from __future__ import annotations

from decimal import Decimal

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from jpo_model import _code_lists
from jpo_model._model import (
    FAIL_FAST,
    ChecksFailedError,
    Model,
    _SortedAsRead,
    checks,
    checks_of,
    country_code,
    currency_code,
    each,
    email,
    field_problems,
    fields_pass,
    finite_decimal,
    in_range,
    language_tag,
    listed_as,
    non_empty,
    ordered,
    text,
    time_zone,
    url,
)
from jpo_model.errors import ErrorDetail, JpoModelError, ValidationError


@attrs.frozen(kw_only=True)
class Sample(Model):
    """A class exercising every check, for these tests only."""

    country: str = attrs.field(default="CH", metadata=checks(country_code))
    currency: str = attrs.field(default="USD", metadata=checks(currency_code))
    language: str = attrs.field(default="en", metadata=checks(language_tag))
    zone: str = attrs.field(default="Europe/Zurich", metadata=checks(time_zone))
    email: str | None = attrs.field(default=None, metadata=checks(email))
    url: str | None = attrs.field(default=None, metadata=checks(url))
    name: str = attrs.field(default="Ethics Office", metadata=checks(text))
    items: tuple[str, ...] = attrs.field(default=("a",), metadata=checks(non_empty, each(text)))
    percent: Decimal = attrs.field(
        default=Decimal(50), metadata=checks(finite_decimal, in_range(Decimal(0), Decimal(100)))
    )


def _problems(**fields: object) -> list[tuple[str, str, object]]:
    with pytest.raises(ValidationError) as caught:
        Sample(**fields)  # type: ignore[arg-type]
    return [(e.path, e.message, e.value) for e in caught.value.errors]


def _accepted(**fields: object) -> bool:
    try:
        Sample(**fields)  # type: ignore[arg-type]
    except ValidationError:
        return False
    return True


def test_valid_fields_construct() -> None:
    """An object whose every field passes its checks is built without error."""
    assert Sample().name == "Ethics Office"


@pytest.mark.parametrize("code", ["EU", "UN", "001", "XK", "ZZ", "EZ", "QO", "ch", "CHE", ""])
def test_country_codes_refuse_groupings_and_user_assigned_codes(code: str) -> None:
    """EU, UN, region 001, the user-assigned XK and ZZ (unknown) are not ISO 3166 codes."""
    expected = [("country", "is not an ISO 3166-1 alpha-2 country or territory code", code)]
    assert expected == _problems(country=code)


@pytest.mark.parametrize("code", ["CH", "PS", "SS", "CI", "CD", "US"])
def test_country_codes_accept_countries_and_territories(code: str) -> None:
    """Countries and territories such as PS (occupied Palestinian territory) are accepted."""
    assert _accepted(country=code)


@pytest.mark.parametrize("code", ["XXX", "XAU", "XTS", "XDR", "usd", "US", "ABC"])
def test_currency_codes_refuse_non_money(code: str) -> None:
    """Metals, funds, test codes, lower case and unknown codes are not currencies."""
    assert [("currency", "is not an ISO 4217 currency code", code)] == _problems(currency=code)


@pytest.mark.parametrize("code", ["USD", "CHF", "JPY", "KWD", "EUR"])
def test_currency_codes_accept_currencies(code: str) -> None:
    """ISO 4217 currencies are accepted."""
    assert _accepted(currency=code)


@pytest.mark.parametrize(
    "tag", ["en", "fr", "ar", "zh-Hans", "zh-Hant-TW", "sr-Latn-RS", "es-419", "de-CH-1996"]
)
def test_language_tags_accept_bcp47(tag: str) -> None:
    """Language tags with script, region (letters or UN M.49 digits) and variants are accepted."""
    assert _accepted(language=tag)


@pytest.mark.parametrize(
    "tag", ["EN", "en_US", "english", "en-", "xx", "en-us", "en\n", "zh-hans", "es-٤١٩", ""]
)
def test_language_tags_refuse_malformed_or_unknown(tag: str) -> None:
    """Wrong case, underscores, unknown languages, trailing newlines and non-ASCII digits fail."""
    expected = [("language", "is not a BCP 47 language tag with a known language", tag)]
    assert expected == _problems(language=tag)


@pytest.mark.parametrize("zone", ["Europe/Zurich", "America/New_York", "Asia/Phnom_Penh", "UTC"])
def test_time_zones_accept_iana_names(zone: str) -> None:
    """IANA zone names from the tz database are accepted."""
    assert _accepted(zone=zone)


@pytest.mark.parametrize("zone", ["Europe/Geneva", "europe/zurich", "GMT-5:00", "Mars/Olympus"])
def test_time_zones_refuse_unknown_names(zone: str) -> None:
    """Names the tz database does not hold are refused (Geneva uses Europe/Zurich)."""
    assert [("zone", "is not an IANA time zone name", zone)] == _problems(zone=zone)


@given(st.sampled_from(sorted(_code_lists.time_zone_names())))
def test_every_installed_zone_is_accepted(zone: str) -> None:
    """Every zone zoneinfo knows (the oracle) passes the check."""
    assert _accepted(zone=zone)


@pytest.mark.parametrize("address", ["jpo@un.org", "first.last+tag@mail.ohchr.org", "a_b@x-y.co"])
def test_emails_accept_addresses(address: str) -> None:
    """Ordinary e-mail addresses are accepted."""
    assert _accepted(email=address)


@pytest.mark.parametrize(
    "address", ["jpo", "jpo@un", "@un.org", "jpo@@un.org", "jpo @un.org", "jpo@un.org\n", ""]
)
def test_emails_refuse_non_addresses(address: str) -> None:
    """Strings without a local part, a dotted domain, or with spaces or newlines are refused."""
    assert [("email", "is not an e-mail address", address)] == _problems(email=address)


@pytest.mark.parametrize(
    "link", ["https://careers.un.org", "http://www.ilo.org/jobs?id=1", "https://un.org:443/a/b"]
)
def test_urls_accept_http_links(link: str) -> None:
    """Absolute http and https URLs are accepted."""
    assert _accepted(url=link)


@pytest.mark.parametrize(
    "link",
    ["ftp://un.org", "https://localhost", "un.org", "https://un.org/a b", "https://un.org\n"],
)
def test_urls_refuse_other_strings(link: str) -> None:
    """Other schemes, hosts without a domain, spaces and trailing newlines are refused."""
    assert [("url", "is not an http(s) URL", link)] == _problems(url=link)


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("", "must not be empty"),
        ("  ", "must not be empty"),
        (" x", "must not start or end with whitespace"),
    ],
)
def test_text_must_be_stripped_and_not_empty(value: str, message: str) -> None:
    """Text is refused when empty, blank, or carrying surrounding whitespace."""
    assert [("name", message, value)] == _problems(name=value)


def test_each_reports_the_index_of_a_bad_item() -> None:
    """A check applied to each item names the item's index in the path."""
    assert [("items[1]", "must not be empty", "")] == _problems(items=("a", ""))


def test_non_empty_refuses_an_empty_collection() -> None:
    """A collection that must hold something is refused when empty."""
    assert [("items", "must not be empty", ())] == _problems(items=())


@pytest.mark.parametrize("value", [Decimal("NaN"), Decimal("sNaN"), Decimal("Infinity")])
def test_non_finite_decimals_are_one_problem_not_a_crash(value: Decimal) -> None:
    """NaN and Infinity are reported as not finite (comparing a NaN must not raise)."""
    assert [("percent", "must be a finite number", value)] == _problems(percent=value)


@pytest.mark.parametrize(
    ("value", "ok"), [("0", True), ("100", True), ("-0.01", False), ("100.5", False)]
)
def test_in_range_is_inclusive(value: str, ok: bool) -> None:
    """Range bounds are inclusive."""
    assert ok == _accepted(percent=Decimal(value))


def test_several_bad_fields_are_reported_together() -> None:
    """One ValidationError names every problem with its path and offending value."""
    with pytest.raises(ValidationError) as caught:
        Sample(country="EU", currency="XXX", language="english", name=" x ", items=("ok", " "))
    expected = [
        ErrorDetail(
            path="country",
            message="is not an ISO 3166-1 alpha-2 country or territory code",
            value="EU",
        ),
        ErrorDetail(path="currency", message="is not an ISO 4217 currency code", value="XXX"),
        ErrorDetail(
            path="language",
            message="is not a BCP 47 language tag with a known language",
            value="english",
        ),
        ErrorDetail(path="name", message="must not start or end with whitespace", value=" x "),
        ErrorDetail(path="items[1]", message="must not be empty", value=" "),
    ]
    assert expected == list(caught.value.errors)
    assert isinstance(caught.value, ValueError)
    assert isinstance(caught.value, JpoModelError)
    assert "country: is not an ISO 3166-1" in str(caught.value)


@pytest.mark.parametrize("value", ["a\ud800", "\udfff", "Ana \udc80 Lima", "x\ud83d"])
def test_text_refuses_lone_surrogates(value: str) -> None:
    """Text UTF-8 cannot encode (a lone surrogate) is refused at construction."""
    message = "must be text that UTF-8 can encode (it holds a lone surrogate)"
    assert [("name", message, value)] == _problems(name=value)
    assert [("items[0]", message, value)] == _problems(items=(value,))


@pytest.mark.parametrize("value", ["Zürich", "日本", "JPO \U0001f600", "Ελλάδα"])
def test_text_accepts_any_encodable_text(value: str) -> None:
    """Non-ASCII text, characters beyond the BMP included, is ordinary text."""
    assert _accepted(name=value)


@given(st.text(min_size=1))
def test_the_fast_and_the_reporting_text_checks_agree(value: str) -> None:
    """The inline test of construction accepts exactly what the reporting check accepts."""
    assert _accepted(name=value) == (list(text(value)) == [])


def test_a_constructor_lists_at_most_100_problems() -> None:
    """A million bad items cost no more than 100 of them: then one entry says there are more."""
    with pytest.raises(ValidationError) as caught:
        Sample(items=("",) * 1_000_000)
    error = caught.value
    assert [f"items[{i}]" for i in range(100)] == [e.path for e in error.errors[:100]]
    assert ("", "… and at least 1 more problem") == (
        error.errors[100].path,
        error.errors[100].message,
    )
    assert 1 == error.omitted


def test_each_numbers_a_frozenset_in_sorted_order() -> None:
    """A set has no order of its own: its items are numbered as sorted (see `ordered`)."""

    @attrs.frozen(kw_only=True)
    class Codes(Model):
        codes: frozenset[str] = attrs.field(metadata=checks(each(country_code)))

    with pytest.raises(ValidationError) as caught:
        Codes(codes=frozenset({"XX", "SG", "AA"}))
    assert ["codes[0]", "codes[2]"] == [e.path for e in caught.value.errors]
    assert ["AA", "SG", "XX"] == list(ordered(frozenset({"XX", "SG", "AA"})))
    assert ("b", "a") == ordered(("b", "a"))


def _no_digits(value: object) -> list[ErrorDetail]:
    """A plain check (no fast test of its own): text without digits."""
    if isinstance(value, str) and any(c.isdigit() for c in value):
        return [ErrorDetail(path="", message="must hold no digit", value=value)]
    return []


@attrs.frozen(kw_only=True)
class _Coded(Model):
    """Fields whose checks construction tests inline, for the property below."""

    countries: frozenset[str] = attrs.field(metadata=checks(each(country_code)))
    tags: tuple[str, ...] = attrs.field(metadata=checks(each(language_tag)))
    count: int | None = attrs.field(metadata=checks(in_range(1, 12)))
    note: str | None = attrs.field(metadata=checks(_no_digits))


@given(
    st.frozensets(st.sampled_from(["CH", "KE", "EU", "ch", "XX", "SG"]), max_size=4),
    st.lists(st.sampled_from(["en", "fr-CH", "english", "xq", "zh-Hant-TW"]), max_size=3),
    st.one_of(st.none(), st.integers(-2, 14), st.decimals(0, 14, places=1)),
    st.one_of(st.none(), st.sampled_from(["plain", "R2D2", ""])),
)
def test_the_inline_tests_of_construction_agree_with_the_checks(
    countries: frozenset[str], tags: list[str], count: int | Decimal | None, note: str | None
) -> None:
    """Construction refuses exactly the values whose checks report a problem, and says which."""
    fields = {"countries": countries, "tags": tuple(tags), "count": count, "note": note}
    expected = [
        (p.path, p.message, p.value)
        for name, value in fields.items()
        for p in field_problems(name, value, checks_of(attrs.fields_dict(_Coded)[name].metadata))
    ]
    try:
        _Coded(**fields)  # type: ignore[arg-type]
    except ValidationError as exc:
        actual = [(e.path, e.message, e.value) for e in exc.errors]
    else:
        actual = []
    assert expected == actual


@given(
    st.frozensets(st.sampled_from(["CH", "KE", "EU", "ch", "XX", "SG"]), max_size=4),
    st.lists(st.sampled_from(["en", "fr-CH", "english", "xq", "zh-Hant-TW"]), max_size=3),
    st.one_of(st.none(), st.integers(-2, 14), st.decimals(0, 14, places=1)),
    st.one_of(st.none(), st.sampled_from(["plain", "R2D2", ""])),
    st.sets(st.sampled_from(["countries", "tags", "count", "note"])),
)
def test_the_generated_test_of_some_fields_agrees_with_their_checks(
    countries: frozenset[str],
    tags: list[str],
    count: int | Decimal | None,
    note: str | None,
    left_out: set[str],
) -> None:
    """`fields_pass` (what a loader's report asks of the right fields) says what the checks
    say of exactly the fields it is given."""
    fields = {"countries": countries, "tags": tuple(tags), "count": count, "note": note}
    given_fields = {name: value for name, value in fields.items() if name not in left_out}
    problems = [
        p
        for name, value in given_fields.items()
        for p in field_problems(name, value, checks_of(attrs.fields_dict(_Coded)[name].metadata))
    ]
    assert (not problems) is fields_pass(_Coded)(given_fields)


@given(st.frozensets(st.integers() | st.text(max_size=3).map(str), max_size=60), st.data())
def test_a_set_sorted_as_read_reads_as_sorted(
    items: frozenset[object], data: st.DataObject
) -> None:
    """Read in any order, by index or by iteration, the items come as `sorted` puts them."""
    kinds = {type(item) for item in items}
    if len(kinds) > 1:  # ints and strings do not compare: a set of one kind
        items = frozenset(item for item in items if isinstance(item, int))
    expected = sorted(items)  # type: ignore[type-var]
    read = _SortedAsRead(items)
    assert len(expected) == len(read)
    for index in data.draw(st.lists(st.integers(0, max(len(expected) - 1, 0)), max_size=5)):
        if expected:
            assert expected[index] == read[index]
    assert expected == list(read)
    assert expected == list(read)  # again, from what was read
    with pytest.raises(IndexError):
        read[len(expected)]


def test_a_large_set_is_sorted_only_as_far_as_its_problems_are_read() -> None:
    """A million bad items name their first hundred problems without sorting them all."""
    items = frozenset(f"K{i:07d}" for i in range(1_000_000))
    assert isinstance(ordered(items), _SortedAsRead)
    assert sorted(frozenset({"b", "a"})) == ordered(frozenset({"b", "a"}))  # a small one: sorted
    with pytest.raises(ValidationError) as caught:
        Codes(codes=items)
    assert ["codes[0]", "codes[99]"] == [caught.value.errors[0].path, caught.value.errors[99].path]
    assert "K0000000" == caught.value.errors[0].value


@attrs.frozen(kw_only=True)
class Codes(Model):
    """A set of country codes, for these tests only."""

    codes: frozenset[str] = attrs.field(metadata=checks(each(country_code)))


def test_a_set_listed_as_a_document_lists_it_is_numbered_in_its_order() -> None:
    """`listed_as` numbers a set's problems as the document listed its items, unsorted."""
    listed = ["ZZ", "CH", "XX"]
    items = frozenset(listed)
    with listed_as({id(items): (items, listed)}), pytest.raises(ValidationError) as caught:
        Codes(codes=items)
    assert [("codes[0]", "ZZ"), ("codes[2]", "XX")] == [
        (e.path, e.value) for e in caught.value.errors
    ]
    with pytest.raises(ValidationError) as caught:  # outside: sorted (CH, XX, ZZ)
        Codes(codes=items)
    assert [("codes[1]", "XX"), ("codes[2]", "ZZ")] == [
        (e.path, e.value) for e in caught.value.errors
    ]


def test_a_first_pass_only_learns_that_the_checks_fail() -> None:
    """With `FAIL_FAST` set, failed checks raise `ChecksFailedError`: no problems are made."""
    token = FAIL_FAST.set(True)
    try:
        with pytest.raises(ChecksFailedError):
            Codes(codes=frozenset({"XX"}))
        assert frozenset({"CH"}) == Codes(codes=frozenset({"CH"})).codes
        with listed_as({}), pytest.raises(ValidationError):  # a report makes them
            Codes(codes=frozenset({"XX"}))
        with pytest.raises(ChecksFailedError):  # and the first pass goes on failing fast
            Codes(codes=frozenset({"XX"}))
    finally:
        FAIL_FAST.reset(token)
    with pytest.raises(ValidationError):
        Codes(codes=frozenset({"XX"}))
