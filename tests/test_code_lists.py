"""The code lists that decide validity: a snapshot shipped with the package, not babel's."""

from __future__ import annotations

import importlib.metadata
import json
import warnings
from importlib import resources
from pathlib import Path
from typing import Any

import babel.numbers
import jsonschema
import pytest

from jpo_model import Post, ValidationError, _cldr, _code_lists, examples, from_dict, to_dict
from jpo_model.cli import main
from jpo_model.interchange.schema import render

# Codes that one CLDR release knows and another does not: CLDR 49 (babel 2.19) dropped the
# Chinese People's Bank dollar CNX and added the Arab accounting dinar XAD.
CHANGED_IN_CLDR_49 = ("CNX", "XAD")


def _post_with_dtta_in(currency: str) -> dict[str, Any]:
    data = to_dict(examples.load("ohchr-25p153"))
    data["dtta"]["annual"]["currency"] = currency
    return data


def _verdicts(currency: str, tmp_path: Path) -> tuple[bool, bool, bool]:
    """Whether `from_dict`, `jpo validate` and the shipped schema accept a DTTA in a currency."""
    data = _post_with_dtta_in(currency)
    try:
        from_dict(data, Post)
    except ValidationError:
        loads = False
    else:
        loads = True
    path = tmp_path / f"{currency}.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    validates = main(["validate", str(path)]) == 0
    schema = json.loads(render(Post))
    conforms = jsonschema.Draft202012Validator(schema).is_valid(data)
    return loads, validates, conforms


@pytest.fixture
def other_cldr(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make babel state a different currency list: the CLDR 49 changes, undone."""
    real = babel.numbers.list_currencies
    before = set(_cldr.code_lists_from_installed_data()["currencies"])

    def swapped(*args: object, **kwargs: object) -> set[str]:
        codes = set(real(*args, **kwargs))  # type: ignore[arg-type]
        return codes ^ set(CHANGED_IN_CLDR_49)

    monkeypatch.setattr("jpo_model._cldr.list_currencies", swapped)
    after = set(_cldr.code_lists_from_installed_data()["currencies"])
    assert before ^ after == set(CHANGED_IN_CLDR_49)


@pytest.mark.parametrize("currency", CHANGED_IN_CLDR_49)
def test_loader_cli_and_schema_agree_on_a_code_babel_releases_disagree_on(
    currency: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The three verdicts on one document are the same, and the snapshot decides them."""
    expected = currency in _code_lists.currency_codes()
    assert (expected, expected, expected) == _verdicts(currency, tmp_path)
    capsys.readouterr()


@pytest.mark.parametrize("currency", CHANGED_IN_CLDR_49)
@pytest.mark.usefixtures("other_cldr")
def test_verdicts_do_not_change_when_the_installed_cldr_does(
    currency: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Under a babel whose CLDR lists other currencies, the verdicts and schema stay put."""
    expected = currency in _code_lists.currency_codes()
    assert (expected, expected, expected) == _verdicts(currency, tmp_path)
    shipped = Path(__file__).parent.parent / "src" / "jpo_model" / "schemas" / "post.schema.json"
    assert shipped.read_text(encoding="utf-8") == render(Post)
    capsys.readouterr()


def test_the_snapshot_records_its_sources() -> None:
    """The data file says which babel, CLDR and tzdata it was made from, and when."""
    assert {"babel", "cldr", "tzdata", "generated"} <= set(_code_lists.sources())


def test_the_snapshot_holds_the_usual_codes() -> None:
    """Spot checks: well-known codes are in, groupings and funds are out, digits are right."""
    assert {"CH", "KE", "US", "PS", "SS"} <= _code_lists.country_codes()
    assert not {"EU", "UN", "XK", "ZZ"} & _code_lists.country_codes()
    assert {"USD", "EUR", "CHF", "KES", "JPY"} <= _code_lists.currency_codes()
    assert not {"XAU", "XDR", "XXX"} & _code_lists.currency_codes()
    assert (2, 0, 3) == tuple(map(_code_lists.currency_digits, ("USD", "JPY", "KWD")))
    assert {"en", "fr", "ar", "zh", "es", "ru", "sw"} <= _code_lists.language_codes()
    assert {"Africa/Nairobi", "Europe/Zurich", "America/New_York"} <= (
        _code_lists.time_zone_names()
    )


def _drift() -> dict[str, dict[str, list[str]]]:
    """Per list, the codes the installed CLDR/tzdata add to the snapshot and the ones it drops."""
    installed = _cldr.code_lists_from_installed_data()
    shipped = {
        "countries": _code_lists.country_codes(),
        "currencies": _code_lists.currency_codes(),
        "languages": _code_lists.language_codes(),
        "time_zones": _code_lists.time_zone_names(),
    }
    report = {}
    for name, codes in shipped.items():
        now = set(installed[name])
        if now != codes:
            report[name] = {"added": sorted(now - codes), "dropped": sorted(codes - now)}
    digits = {
        code: (d, _code_lists.currency_digits(code))
        for code, d in installed["currencies"].items()
        if code in _code_lists.currency_codes() and d != _code_lists.currency_digits(code)
    }
    if digits:
        changed = sorted(map(str, digits.items()))
        report["currency digits (installed, shipped)"] = {"changed": changed}
    return report


@pytest.mark.filterwarnings("default::UserWarning")
def test_the_snapshot_against_the_installed_cldr_and_tzdata() -> None:
    """Under the versions it was made from, the snapshot is exactly what they give.

    Under other versions (``nox -s tests_latest``) it reports the difference as a warning
    instead of failing: the snapshot, not the installed data, decides validity, and a
    newer CLDR is adopted by ``nox -s codes`` and a reviewed diff.
    """
    sources = _code_lists.sources()
    installed = (importlib.metadata.version("babel"), importlib.metadata.version("tzdata"))
    report = _drift()
    if installed == (sources["babel"], sources["tzdata"]):
        assert {} == report, "regenerate the code lists with: nox -s codes"
    elif report:
        warnings.warn(
            f"babel {installed[0]} / tzdata {installed[1]} differ from the shipped code lists "
            f"(babel {sources['babel']} / tzdata {sources['tzdata']}): {report}",
            UserWarning,
            stacklevel=1,
        )


def test_every_zone_of_the_snapshot_has_rules_in_the_installed_tzdata() -> None:
    """A zone name that is valid can be used: tzdata at its floor ships rules for each one."""
    rules = resources.files("tzdata.zoneinfo")
    missing = [
        name
        for name in sorted(_code_lists.time_zone_names())
        if not rules.joinpath(*name.split("/")).is_file()
    ]
    assert [] == missing, (
        f"tzdata {importlib.metadata.version('tzdata')} lacks them: raise the tzdata floor"
    )
