"""The ``jpo`` command line: ``jpo examples``, ``jpo show``, exit codes and error lines."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import unicodedata
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Literal

import attrs
import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st

import jpo_model
from jpo_model import (
    AgeReference,
    AgeRule,
    Application,
    AppointmentTerms,
    Cadence,
    CadenceUnit,
    Deadline,
    DocumentForm,
    DttaAllowance,
    DutyStation,
    EducationLevel,
    EducationLocationRule,
    EligibilityRules,
    EvaluationSystem,
    FamilyStatus,
    HardshipCategory,
    Learning,
    LearningEvent,
    MilitaryServiceExtension,
    Money,
    NationalityRule,
    NationalityScope,
    Organisation,
    OrganisationLevel,
    OrganisationUnit,
    Person,
    Post,
    PostKind,
    PostReference,
    ReportingLine,
    Sponsor,
    Supervision,
    SupervisionRole,
    TimeShare,
    WorkPlan,
    dump,
    dumps,
    examples,
)
from jpo_model.appointment import ExtensionCondition, ExtensionRule
from jpo_model.cli import _posts_run, main
from jpo_model.localisation import parse_locale, render
from jpo_model.strategies import posts

ENGLISH = parse_locale("en")
UNKNOWN_LOCALE = "'xx' is not a locale CLDR knows, e.g. ar, en, es, fr, ru, zh"


def _minimal_post() -> Post:
    return Post(
        title="Programme Analyst",
        kind=PostKind.JPO,
        document=DocumentForm.TERMS_OF_REFERENCE,
        organisation=Organisation(
            units=(OrganisationUnit(name="United Nations", level=OrganisationLevel.ENTITY),)
        ),
    )


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _field(output: str, label: str) -> list[str]:
    """The lines of one labelled section of a summary (first line and continuations)."""
    lines = output.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(f"{label}:"))
    width = len(lines[start]) - len(lines[start][len(label) + 1 :].lstrip())
    section = [lines[start][width:]]
    for line in lines[start + 1 :]:
        if not line.startswith(" " * width) or not line.strip():
            break
        section.append(line[width:])
    return section


def test_examples_lists_every_slug_and_title_tab_separated(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """`jpo examples` prints one ``slug<TAB>title`` line per bundled example, in order."""
    code, out, err = _run(capsys, "examples")
    expected = [f"{slug}\t{examples.load(slug).title}" for slug in examples.names()]
    assert (0, expected, "") == (code, out.splitlines(), err)


@pytest.mark.parametrize("slug", examples.names())
def test_show_prints_the_stated_facts_of_every_example(
    slug: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """`jpo show SLUG` starts with the title and prints the reference, city and grade stated."""
    post = examples.load(slug)
    code, out, err = _run(capsys, "show", slug)
    assert (0, "") == (code, err)
    assert post.title == out.splitlines()[0]
    assert "None" not in out
    if post.reference is not None:
        assert _field(out, "Reference")[0].startswith(post.reference.number)
    if post.duty_station is not None and post.duty_station.city is not None:
        assert _field(out, "Duty station")[0].startswith(f"{post.duty_station.city}, ")
    if post.grade is not None:
        assert _field(out, "Grade")[0].startswith(str(post.grade))
    if post.duties is not None:
        assert re.match(rf"{len(post.duties.all)} dut(y|ies)\b", _field(out, "Duties")[0])
    for label, value in [("Grade", post.grade), ("Deadline", post.deadline), ("DTTA", post.dtta)]:
        assert (value is None) == (f"\n{label}:" not in out)


def test_show_ohchr_summarises_each_section(capsys: pytest.CaptureFixture[str]) -> None:
    """The summary of 25P153 shows its sections as stated, the deadline unresolved."""
    code, out, _ = _run(capsys, "show", "ohchr-25p153")
    assert 0 == code
    assert ["JPO, vacancy announcement"] == _field(out, "Kind")
    assert ["25P153 (UN JPO Programme)"] == _field(out, "Reference")
    assert [
        "entity: United Nations Office of the High Commissioner for Human Rights (OHCHR)",
        "section: Women's Human Rights and Gender Section (WHRGS)",
    ] == _field(out, "Organisation")
    assert ["Geneva, Switzerland", "time zone Europe/Zurich"] == _field(out, "Duty station")
    assert ["P2 step 1 in the first year"] == _field(out, "Grade")
    assert [
        "Government of the Netherlands",
        "Dutch JPO Programme",
        "criteria published by Nedworc Foundation",
    ] == _field(out, "Sponsor")
    assert ["12 months initially, renewable", "at most 36 months in total"] == _field(
        out, "Appointment"
    )
    assert [
        "direct: Team Leader, Rights of LGBTI people",
        "overall: Section Chief, Women's Human Rights and Gender Section, OHCHR",
        "work plan agreed within the first month",
        "evaluation: UN e-performance (Inspira)",
    ] == _field(out, "Supervision")
    assert [
        "2026-03-10 18:00 UTC-05:00 EST, New York USA (America/New_York)",
        'as written: "10 March 2026, 6.00 pm (Eastern Standard Time UTC-5, New York USA)"',
        'also stated as: "10 March 2026 6pm EST"',
    ] == _field(out, "Deadline")
    assert "USD 4,000.00 per contract year" == _field(out, "DTTA")[0]
    assert [
        "nationals of 30 listed countries",
        "aged 32 or below on 31 December of the application year",
        "first-level or advanced degree obtained in one of 30 listed countries",
        (
            "at most 12 months of UN-system experience"
            " (consultancy, employment, fellowship, internship, UNV, volunteering)"
        ),
    ] == _field(out, "Eligibility")
    assert ["12 duties"] == _field(out, "Duties")
    assert [
        "6 outcomes, 3 learning elements, 1 event",
        "2026 JPO Orientation Programme: 2026-11-09 to 2026-11-27, Turin",
    ] == _field(out, "Learning")
    assert [
        "https://owa.undesa.it/oas/oas.aspx?CMD=START&CP=7",
        "more information: https://jpo.desa.un.org/",
        "online applications only",
    ] == _field(out, "Apply")


def test_show_skips_every_section_a_post_does_not_state(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A post stating only its title, kind and organisation prints just those."""
    path = tmp_path / "minimal.json"
    dump(_minimal_post(), path)
    code, out, err = _run(capsys, "show", str(path))
    expected = "Programme Analyst\n\nKind:          JPO, terms of reference\n"
    assert (0, expected + "Organisation:  entity: United Nations\n", "") == (code, out, err)


@pytest.mark.parametrize("suffix", [".json", ".toml"])
def test_show_reads_a_post_document_from_a_file(
    suffix: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`jpo show FILE` prints the same summary for a .json or .toml document as for the slug."""
    path = tmp_path / f"post{suffix}"
    dump(examples.load("ohchr-25p153"), path)
    by_slug = _run(capsys, "show", "ohchr-25p153")
    assert by_slug == _run(capsys, "show", str(path))


def _rich_post() -> Post:
    """A post exercising the wordings the bundled examples do not."""
    base = examples.load("ohchr-25p153")
    assert base.supervision is not None
    return attrs.evolve(
        base,
        kind=PostKind.SARC,
        draft=True,
        reference=PostReference(number="ILO/7", issued_year=2024),
        duty_station=DutyStation(
            country="PS",
            home_based=True,
            family_status=FamilyStatus.NON_FAMILY,
            hardship=HardshipCategory.C,
        ),
        sponsor=Sponsor(name="DCC Trust Fund", country="KR"),
        appointment=AppointmentTerms(
            initial_months=12,
            renewable=True,
            extension=ExtensionRule(step_months=12, max_extensions=2),
            extension_conditions=(ExtensionCondition.FUNDING, ExtensionCondition.DONOR_APPROVAL),
        ),
        supervision=Supervision(
            lines=(
                ReportingLine(
                    roles=(SupervisionRole.TECHNICAL,),
                    position="Chief",
                    person=Person(name="A. Name"),
                ),
            ),
            work_plan=WorkPlan(due_within_months=2, time_bound=True),
            meetings=Cadence(every=1, unit=CadenceUnit.MONTH),
            time_share=TimeShare(percent=Decimal(20)),
        ),
        deadline=Deadline(date=pendulum.Date(2023, 2, 28), utc_offset_minutes=330),
        deadline_restatements=(
            Deadline(date=pendulum.Date(2023, 2, 28), zone="Asia/Kolkata", place="Delhi"),
        ),
        eligibility=EligibilityRules(
            nationality=NationalityRule(
                scope=NationalityScope.DONOR_NATIONALS, countries=frozenset({"KR"})
            ),
            age=AgeRule(
                limit=33,
                inclusive=False,
                reference=AgeReference.FIXED_DATE,
                fixed_month=2,
                fixed_day=1,
                extensions=(
                    MilitaryServiceExtension(min_months=0, max_months=12, years_added=1),
                    MilitaryServiceExtension(min_months=24, years_added=3),
                ),
            ),
            education_location=EducationLocationRule(
                countries=frozenset({"KR"}), levels=frozenset({EducationLevel.DOCTORATE})
            ),
            degree_by_deadline=True,
        ),
        learning=Learning(
            training_components=("Induction",),
            events=(
                LearningEvent(
                    name="Retreat", start=pendulum.Date(2026, 1, 5), end=pendulum.Date(2026, 1, 6)
                ),
            ),
        ),
        application=Application(urls=("https://example.org/apply",)),
        dtta=None,
        fields_of_assignment=(),
        sectors=(),
    )


def test_show_words_every_kind_of_stated_fact(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Home-based stations, funds, fixed-date age rules and bare deadlines read as stated."""
    path = tmp_path / "rich.toml"
    dump(_rich_post(), path)
    code, out, _ = _run(capsys, "show", str(path))
    assert 0 == code
    assert [
        "SARC (Special Assistant to the Resident Coordinator), vacancy announcement (draft)"
    ] == _field(out, "Kind")
    assert ["ILO/7 (issued 2024)"] == _field(out, "Reference")
    assert [
        "home-based, Palestinian Territories",
        "non-family duty station; hardship category C",
    ] == _field(out, "Duty station")
    assert ["DCC Trust Fund (South Korea)"] == _field(out, "Sponsor")
    assert [
        "12 months initially, renewable",
        "extensions of 12 months, at most 2",
        "at most 36 months in total",
        "extensions subject to funding, donor approval",
    ] == _field(out, "Appointment")
    assert [
        "technical: Chief (A. Name)",
        "time-bound work plan agreed within the first 2 months",
        "meetings every 1 month",
        "part-time role: share of working time 20%",
    ] == _field(out, "Supervision")
    assert ["2023-02-28 end of day UTC+05:30", "2023-02-28 end of day, Delhi (Asia/Kolkata)"] == (
        _field(out, "Deadline")
    )
    assert [
        "nationals of South Korea",
        "aged under 33 on 1 February (military service adds up to 3 years)",
        "doctorate degree obtained in one of 1 listed country",
        "degree held by the closing deadline",
    ] == _field(out, "Eligibility")
    assert ["1 training component, 1 event", "Retreat: 2026-01-05 to 2026-01-06"] == _field(
        out, "Learning"
    )
    assert ["https://example.org/apply"] == _field(out, "Apply")


def test_show_words_sparse_sections_briefly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A sponsor without a country, DTTA without a purpose and one rule print one line each."""
    post = attrs.evolve(
        _minimal_post(),
        sponsor=Sponsor(name="DCC Trust Fund"),
        dtta=DttaAllowance(annual=Money.of(1500, "USD")),
        eligibility=EligibilityRules(degree_by_deadline=True),
    )
    path = tmp_path / "sparse.json"
    dump(post, path)
    code, out, _ = _run(capsys, "show", str(path))
    assert 0 == code
    assert ["DCC Trust Fund"] == _field(out, "Sponsor")
    assert ["USD 1,500.00 per contract year"] == _field(out, "DTTA")
    assert ["degree held by the closing deadline"] == _field(out, "Eligibility")


@pytest.mark.parametrize(
    ("reference", "expected"),
    [
        (
            AgeReference.END_OF_APPLICATION_YEAR,
            "aged 32 or below on 31 December of the application year",
        ),
        (AgeReference.APPLICATION_DATE, "aged 32 or below on the date of application"),
    ],
)
def test_age_rules_name_their_reference_date(reference: AgeReference, expected: str) -> None:
    """Each age reference reads as the day on which age is measured."""
    assert expected == _posts_run._age(AgeRule(limit=32, reference=reference), ENGLISH)


def test_every_kind_and_evaluation_system_has_a_label() -> None:
    """Every post kind and evaluation system reads as words, not as its code."""
    kinds = {_posts_run._kind_label(kind) for kind in PostKind}
    systems = {_posts_run._evaluation_label(system) for system in EvaluationSystem}
    assert (len(PostKind), len(EvaluationSystem)) == (len(kinds), len(systems))


@given(st.integers(min_value=-14 * 60, max_value=14 * 60))
def test_utc_offsets_read_back_to_the_same_minutes(minutes: int) -> None:
    """A stated offset prints as ``UTC±HH:MM`` and reads back to the same number of minutes."""
    match = re.fullmatch(r"UTC([+-])(\d\d):(\d\d)", _posts_run._utc_offset(minutes))
    assert match is not None
    sign = -1 if match[1] == "-" else 1
    assert minutes == sign * (int(match[2]) * 60 + int(match[3]))


def _error_line(err: str) -> str:
    lines = err.splitlines()
    assert 1 == len(lines)
    assert lines[0].startswith("error: ")
    return lines[0]


def test_unknown_slug_is_one_error_line_listing_the_known_slugs(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """An unknown slug exits with 1 and one ``error:`` line naming every bundled example."""
    code, out, err = _run(capsys, "show", "no-such-post")
    line = _error_line(err)
    assert (1, "") == (code, out)
    assert "no-such-post" in line
    assert [] == [slug for slug in examples.names() if slug not in line]


def test_invalid_json_is_one_error_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A file that is not JSON exits with 1 and one ``error:`` line naming the file."""
    path = tmp_path / "broken.json"
    path.write_text('{"title": ', encoding="utf-8")
    code, _, err = _run(capsys, "show", str(path))
    line = _error_line(err)
    assert 1 == code
    assert str(path) in line
    assert "not valid JSON" in line


def test_invalid_document_is_one_error_line_with_every_path(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Valid JSON that is not a post exits with 1 and names each offending path on one line."""
    path = tmp_path / "wrong.json"
    path.write_text('{"title": "x", "kind": "intern"}', encoding="utf-8")
    code, _, err = _run(capsys, "show", str(path))
    line = _error_line(err)
    assert 1 == code
    assert [] == [key for key in ("kind", "document", "organisation") if f"{key}:" not in line]


def test_missing_file_is_one_error_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A post file that does not exist exits with 1 and one ``error:`` line."""
    path = tmp_path / "absent.toml"
    code, _, err = _run(capsys, "show", str(path))
    assert 1 == code
    assert f"error: cannot read {path}: No such file or directory" == _error_line(err)


@pytest.mark.parametrize("argv", [["frobnicate"], [], ["show"], ["show", "a", "b"]])
def test_usage_errors_exit_with_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    """An unknown command or wrong arguments is a usage error: argparse exits with 2."""
    with pytest.raises(SystemExit) as caught:
        main(argv)
    assert 2 == caught.value.code
    assert "usage: jpo" in capsys.readouterr().err


@pytest.mark.parametrize(
    "argv",
    [
        ["show", "ohchr-25p153", "--locale", "xx"],
        ["show", "ohchr-25p153", "--locale", "xx", "--format", "html"],
        ["deadline", "ohchr-25p153", "--at", "2026-03-01T12:00Z", "--locale", "xx"],
        ["check", "ohchr-25p153", "candidates.jsonl", "--on", "2026-03-01", "--locale", "xx"],
    ],
)
def test_an_unknown_locale_is_one_error_line_in_every_command(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    """Every command reads --locale alike: an unknown name exits with 1 and one error line."""
    code, out, err = _run(capsys, *argv)
    assert (1, "") == (code, out)
    assert f"error: {UNKNOWN_LOCALE}" == _error_line(err)


@pytest.mark.parametrize(
    ("command", "help_text"),
    [
        ("show", "print the vacancy announcement in this locale"),
        ("deadline", "--locale LOCALE locale for dates (default: en)"),
        ("check", "--locale LOCALE locale of the table's verdicts and date (default: en)"),
    ],
)
def test_every_locale_option_is_described(
    command: str, help_text: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """`jpo COMMAND --help` shows ``--locale LOCALE`` with what the locale is for."""
    with pytest.raises(SystemExit) as caught:
        main([command, "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert 0 == caught.value.code
    assert "[--locale LOCALE]" in out
    assert help_text in out


def test_show_help_explains_the_argument(capsys: pytest.CaptureFixture[str]) -> None:
    """`jpo show --help` exits with 0 and describes SLUG_OR_FILE and the summary."""
    with pytest.raises(SystemExit) as caught:
        main(["show", "--help"])
    out = capsys.readouterr().out
    assert 0 == caught.value.code
    assert "SLUG_OR_FILE" in out
    assert "bundled example" in out
    assert "jpo examples" in out


def _console_commands() -> list[list[str]]:
    script = shutil.which("jpo", path=Path(sys.executable).parent)
    assert script is not None, "the jpo console script is not installed next to the interpreter"
    return [[sys.executable, "-m", "jpo_model"], [script]]


@pytest.mark.parametrize("command", _console_commands(), ids=["python -m jpo_model", "jpo"])
def test_console_entry_points_run_and_fail_without_a_traceback(command: list[str]) -> None:
    """The installed `jpo` script and `python -m jpo_model` show a post, and fail cleanly."""
    ok = subprocess.run(  # noqa: S603 - our own interpreter and console script
        [*command, "show", "ohchr-25p153"],
        capture_output=True,
        encoding="utf-8",
        check=False,
    )
    bad = subprocess.run(  # noqa: S603 - our own interpreter and console script
        [*command, "show", "no-such-post"],
        capture_output=True,
        encoding="utf-8",
        check=False,
    )
    assert (0, "") == (ok.returncode, ok.stderr)
    assert examples.load("ohchr-25p153").title == ok.stdout.splitlines()[0]
    assert (1, "") == (bad.returncode, bad.stdout)
    assert "Traceback" not in bad.stderr
    assert _error_line(bad.stderr).startswith("error: 'no-such-post'")


@pytest.mark.parametrize("command", _console_commands(), ids=["python -m jpo_model", "jpo"])
@pytest.mark.parametrize("argv", [["show", "ohchr-25p153"], ["examples"]])
def test_a_closed_output_pipe_ends_quietly_with_the_status_of_the_work(
    command: list[str], argv: list[str]
) -> None:
    """When the reader of stdout has gone (`jpo examples | head -1`), the command exits 0."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    environment = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    try:
        closed = subprocess.run(  # noqa: S603 - our own interpreter and console script
            [*command, *argv],
            stdout=write_end,
            stderr=subprocess.PIPE,
            encoding="utf-8",
            env=environment,
            check=False,
        )
    finally:
        os.close(write_end)
    assert (0, "") == (closed.returncode, closed.stderr)


def test_examples_prints_json(capsys: pytest.CaptureFixture[str]) -> None:
    """`jpo examples --json` is an array of {slug, title} objects, in order."""
    code, out, _ = _run(capsys, "examples", "--json")
    expected = [{"slug": s, "title": examples.load(s).title} for s in examples.names()]
    assert (0, expected) == (code, json.loads(out))


def test_show_json_prints_the_post_document(capsys: pytest.CaptureFixture[str]) -> None:
    """`jpo show SLUG --json` prints the very document `dumps` writes."""
    code, out, _ = _run(capsys, "show", "ohchr-25p153", "--json")
    assert (0, dumps(examples.load("ohchr-25p153"))) == (code, out)


@pytest.mark.parametrize("option", [["--locale", "fr"], ["--format", "html"]])
def test_show_json_takes_no_announcement_options(
    option: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    """--json with --locale or --format is a usage error: the document has no locale."""
    with pytest.raises(SystemExit) as caught:
        main(["show", "ohchr-25p153", "--json", *option])
    assert 2 == caught.value.code
    assert "--json prints the post document" in capsys.readouterr().err


@pytest.mark.parametrize("document_format", ["json", "toml"])
def test_show_reads_a_post_from_standard_input(
    document_format: Literal["json", "toml"],
    stdin: Callable[[bytes], None],
    capsys: pytest.CaptureFixture[str],
) -> None:
    """`jpo show -` reads JSON or TOML from standard input, told apart by the first character."""
    stdin(dumps(examples.load("ohchr-25p153"), format=document_format).encode())
    assert _run(capsys, "show", "ohchr-25p153") == _run(capsys, "show", "-")


@pytest.mark.parametrize(
    ("slug", "expected"),
    [
        ("OHCHR-25P153", None),
        ("Ilo-Ethics-2340", None),
        ("ohchr-25p15", "did you mean 'ohchr-25p153'?"),
        ("ilo-ethic-2340", "did you mean 'ilo-ethics-2340'?"),
    ],
)
def test_slugs_are_read_in_any_case_and_a_near_miss_is_named(
    slug: str, expected: str | None, capsys: pytest.CaptureFixture[str]
) -> None:
    """A slug in another case is the example; a mistyped one gets a suggestion."""
    code, _, err = _run(capsys, "show", slug)
    if expected is None:
        assert (0, "") == (code, err)
    else:
        assert 1 == code
        assert _error_line(err).endswith(expected)


def test_a_mistyped_command_gets_a_suggestion(capsys: pytest.CaptureFixture[str]) -> None:
    """An unknown command is a usage error naming the closest command, in any case."""
    for typed, meant in (("shwo", "show"), ("Validate", "validate"), ("calender", "calendar")):
        with pytest.raises(SystemExit) as caught:
            main([typed, "ohchr-25p153"])
        assert 2 == caught.value.code
        assert f"error: unknown command {typed!r}; did you mean {meant!r}?" in (
            capsys.readouterr().err
        )


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    """`jpo --version` prints the package version and exits with 0."""
    with pytest.raises(SystemExit) as caught:
        main(["--version"])
    assert (0, f"jpo {jpo_model.__version__}\n") == (caught.value.code, capsys.readouterr().out)


_LABELS = (
    "Kind",
    "Reference",
    "Organisation",
    "Fields",
    "Sectors",
    "Duty station",
    "Grade",
    "Sponsor",
    "Appointment",
    "Target start",
    "Supervision",
    "Deadline",
    "DTTA",
    "Eligibility",
    "Duties",
    "Learning",
    "Apply",
)
"""Every section label of `jpo show`, in order."""


@given(posts())
def test_show_summarises_any_valid_post(post: Post) -> None:
    """Any valid post prints its title, then labelled lines free of control characters."""
    lines = _posts_run._summary(post, locale=ENGLISH).split("\n")
    width = len("Duty station:  ")
    labels = [line.split(":")[0] for line in lines[2:] if not line.startswith(" " * width)]
    assert "" == lines[1]
    assert "Kind" == labels[0]
    assert labels == [label for label in _LABELS if label in labels]
    assert [] == [c for c in "".join(lines) if unicodedata.category(c) in {"Cc", "Zl", "Zp"}]


def test_show_with_a_locale_prints_the_rendered_announcement(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """--locale (or --format) prints `render`'s announcement instead of the summary."""
    post = examples.load("ohchr-25p153")
    code, out, _ = _run(capsys, "show", "ohchr-25p153", "--locale", "fr")
    assert (0, render(post, locale="fr", format="text")) == (code, out)


@pytest.mark.parametrize(
    ("raised", "code"), [(KeyboardInterrupt, 130), (BrokenPipeError, 0), (OSError, 1)]
)
def test_an_interrupted_or_cut_command_ends_without_a_traceback(
    raised: type[BaseException],
    code: int,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Ctrl-C exits with 130 and a closed pipe with the status so far, both quietly."""

    def handler(_args: object, _console: object) -> None:
        raise raised

    monkeypatch.setattr(_posts_run, "list_examples", handler)
    assert code == main(["examples"])
    assert ("", "error: \n" if raised is OSError else "") == capsys.readouterr()
