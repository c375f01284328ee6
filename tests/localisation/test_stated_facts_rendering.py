"""`render` writes the facts of the whole field: supervisor grades, target starts, renewals …"""

from __future__ import annotations

import html
import unicodedata

import attrs
import pytest
from hypothesis import given

from jpo_model import examples
from jpo_model.age import LeapDayBirthday
from jpo_model.appointment import ExtensionCondition
from jpo_model.localisation import format_date, format_duration, label, translate
from jpo_model.localisation.rendering import render
from jpo_model.organisation import HardshipCategory
from jpo_model.posts import Post, TargetStart
from jpo_model.strategies import posts

_NBSP = "\u00a0"  # French writes a no-break space before a colon


def _lines(post: Post, lang: str) -> list[str]:
    return render(post, locale=lang, format="text").splitlines()


def _renewable_at_least_once() -> Post:
    """The OCHA ToR as a UNDP JPO Service Centre template words it: "renewable at least once
    subject to satisfactory performance, recommendation by respective office and donor
    agreement", with "a 3-month work plan" at a hardship B station."""
    post = examples.load("ocha-jerusalem-isr-160-17-p049")
    terms, supervision, station = post.appointment, post.supervision, post.duty_station
    assert terms is not None
    assert terms.extension is not None
    assert supervision is not None
    assert supervision.work_plan is not None
    assert station is not None
    conditions = (
        ExtensionCondition.PERFORMANCE,
        ExtensionCondition.OFFICE_RECOMMENDATION,
        ExtensionCondition.DONOR_APPROVAL,
    )
    return attrs.evolve(
        post,
        appointment=attrs.evolve(
            terms,
            extension=attrs.evolve(terms.extension, min_extensions=1),
            extension_conditions=conditions,
        ),
        supervision=attrs.evolve(
            supervision, work_plan=attrs.evolve(supervision.work_plan, horizon_months=3)
        ),
        duty_station=attrs.evolve(station, hardship=HardshipCategory.B),
    )


def _between_25_and_30() -> Post:
    """The Italian call with "between 25 and 30 years of age", a limit that "may be waived
    in exceptional cases", 29 February birthdays reached on 28 February."""
    post = examples.load("undesa-italy-jpo-call-2022")
    rules = post.eligibility
    assert rules is not None
    assert rules.age is not None
    age = attrs.evolve(rules.age, minimum=25, waivable=True, leap_day=LeapDayBirthday.FEBRUARY_28)
    return attrs.evolve(post, eligibility=attrs.evolve(rules, age=age))


def _paid_experience_only() -> Post:
    """The OHCHR post asking for "paid professional experience"."""
    post = examples.load("ohchr-25p153")
    quals = post.qualifications
    assert quals is not None
    assert quals.experience is not None
    experience = attrs.evolve(quals.experience, paid_only=True)
    return attrs.evolve(post, qualifications=attrs.evolve(quals, experience=experience))


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "    position grade: P-4, position number: 10002621"),
        ("fr", f"    classe du poste{_NBSP}: P-4, numéro du poste{_NBSP}: 10002621"),
    ],
)
def test_a_supervisors_grade_and_position_number_follow_the_reporting_line(
    lang: str, expected: str
) -> None:
    """UNHCR Luanda: "Supervisor Position Grade: P4", "Supervisor Position No: 10002621"."""
    lines = _lines(examples.load("unhcr-luanda-10021061"), lang)
    assert [expected] == [line for line in lines if "10002621" in line]


@pytest.mark.cldr_text
@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", ["Target start: March 2, 2026", "    As stated: 2026-03-02 (en)"]),
        (
            "es",
            [
                "Fecha prevista de incorporación: 2 de marzo de 2026",
                "    Texto del anuncio: 2026-03-02 (en)",
            ],
        ),
    ],
)
def test_a_target_start_date_is_written_in_the_locale(lang: str, expected: list[str]) -> None:
    """UNHCR PR2: "Target Start Date 2026-03-02" as a CLDR date, then as stated."""
    lines = _lines(examples.load("unhcr-associate-programme-officer-pr2"), lang)
    start = next(i for i, line in enumerate(lines) if line == expected[0])
    assert expected == lines[start : start + 2]


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "Target start: as soon as possible"),
        ("ru", "Планируемая дата начала работы: как можно скорее"),
    ],
)
def test_a_start_as_soon_as_possible_says_so(lang: str, expected: str) -> None:
    """A start "as soon as possible" has no date: the words say so."""
    post = attrs.evolve(
        examples.load("unhcr-associate-programme-officer-pr2"),
        target_start=TargetStart(wording="As soon as possible"),
    )
    assert 1 == _lines(post, lang).count(expected)


@pytest.mark.parametrize(
    ("lang", "grade", "expected"),
    [
        ("en", "Grade: P-2", "    As stated: PR2 (en)"),
        ("zh", "职等\uff1aP-2", "    公告原文\uff1aPR2 (en)"),
    ],
)
def test_an_agencys_own_grade_notation_is_quoted(lang: str, grade: str, expected: str) -> None:
    """UNHCR writes its workforce code "PR2" for P-2: the wording follows the grade."""
    lines = _lines(examples.load("unhcr-associate-programme-officer-pr2"), lang)
    assert expected == lines[lines.index(grade) + 1]


def test_a_standard_grade_notation_is_not_repeated() -> None:
    """A standard notation ("P2 step 1 in the first year") is not repeated as stated."""
    lines = _lines(examples.load("ohchr-25p153"), "en")
    grade = lines.index("Grade: P-2, step 1 in the first year")
    assert not lines[grade + 1].startswith("    As stated:")


@pytest.mark.parametrize(
    ("lang", "renewal", "plan", "hardship"),
    [
        (
            "en",
            "minimum number of extensions: 1, maximum number of extensions: 1",
            (
                "Work plan: agreed within 1 month of the start of the assignment, "
                "covering the first 3 months of the assignment"
            ),
            "Hardship category: B",
        ),
        (
            "fr",
            f"nombre minimal de prolongations{_NBSP}: 1, nombre maximal de prolongations{_NBSP}: 1",
            (
                f"Plan de travail{_NBSP}: arrêté dans un délai de 1{_NBSP}mois à compter du début "
                f"de l'affectation, couvrant une période de 3{_NBSP}mois à compter du début de "
                "l'affectation"
            ),
            f"Catégorie de difficulté des conditions de vie et de travail{_NBSP}: B",
        ),
    ],
)
def test_renewals_work_plan_horizon_and_hardship_are_written(
    lang: str, renewal: str, plan: str, hardship: str
) -> None:
    """Renewal at least once, the office's recommendation, a 3-month plan, hardship B."""
    lines = _lines(_renewable_at_least_once(), lang)
    office = label(ExtensionCondition.OFFICE_RECOMMENDATION, locale=lang)
    duration = next(line for line in lines if renewal in line)
    assert office in duration
    assert (1, 1) == (lines.count(plan), lines.count(hardship))


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "en",
            [
                (
                    "Age limit: 25 years or older, 30 years or younger, "
                    "on 31 December of the year of application"
                ),
                "    The limit may be waived: a candidate outside it needs review.",
                "    A 29 February birthday is reached on 28 February in a common year.",
            ],
        ),
        (
            "ar",
            [
                (
                    "حدود السن: 25 سنة أو أكثر و30 سنة أو أقل "
                    "وفي 31 كانون الأول/ديسمبر من سنة تقديم الطلب"
                ),
                "    يجوز التنازل عن هذا الحد: يخضع المرشح الذي لا يستوفيه للمراجعة.",
                "    في السنة غير الكبيسة، يُعدّ عيد الميلاد الموافق 29 فبراير قد حلّ في 28 فبراير.",
            ],
        ),
    ],
)
def test_a_minimum_age_a_waivable_limit_and_the_leap_day_rule_are_written(
    lang: str, expected: list[str]
) -> None:
    """A minimum age, a limit that may be waived, and 28 February birthdays are written."""
    lines = _lines(_between_25_and_30(), lang)
    assert expected == [line for line in lines if line in expected]


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "• Only paid experience counts."),
        ("es", "• Solo se tiene en cuenta la experiencia remunerada."),
    ],
)
def test_paid_experience_only_is_a_rule_of_the_experience(lang: str, expected: str) -> None:
    """Experience that counts only when paid is stated as a rule of the experience."""
    assert 1 == _lines(_paid_experience_only(), lang).count(expected)


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_new_facts_appear_in_markdown_and_html(lang: str) -> None:
    """Markdown and HTML carry the same words as plain text (HTML escaped, Markdown as is)."""
    post = examples.load("unhcr-luanda-10021061")
    words = translate("position number: {number}", locale=lang).format(number="10002621")
    assert words in render(post, locale=lang, format="markdown")
    assert html.escape(words) in render(post, locale=lang, format="html")


def _clean(text: str) -> str:
    """Text as the renderers lay it out: line breaks and control characters as spaces."""
    return "".join(" " if unicodedata.category(c) in {"Cc", "Zl", "Zp"} else c for c in text)


def _w(lang: str, message: str, **fields: str) -> str:
    return translate(message, locale=lang).format(**fields)


def _traces(post: Post, lang: str) -> list[str]:
    """What the text must show of each new fact the post sets."""

    def w(message: str, **fields: str) -> str:
        return _w(lang, message, **fields)

    expected = []
    if post.target_start is not None:
        start = post.target_start
        expected.append(
            w("as soon as possible") if start.on is None else format_date(start.on, locale=lang)
        )
        expected += [_clean(start.wording).strip()] if start.wording else []
    offer = post.grade
    if offer is not None and offer.wording:
        standard = str(offer) + (" in the first year" if offer.step_in_first_year else "")
        own = offer.wording.casefold() != standard.casefold()
        expected += [_clean(offer.wording).strip()] if own else []
    terms = post.appointment
    if terms is not None and terms.extension is not None and terms.extension.min_extensions:
        count = str(terms.extension.min_extensions)
        expected.append(w("minimum number of extensions: {count}", count=count))
    supervision = post.supervision
    for line in supervision.lines if supervision is not None else ():
        expected += [_clean(line.position_number).strip()] if line.position_number else []
        if line.grade is not None:
            level = label(line.grade.level, locale=lang)
            step = line.grade.step
            grade = (
                level if step is None else w("{grade}, step {step}", grade=level, step=str(step))
            )
            expected.append(w("position grade: {grade}", grade=grade))
    plan = supervision.work_plan if supervision is not None else None
    if plan is not None and plan.horizon_months is not None:
        covered = format_duration(plan.horizon_months, "month", locale=lang)
        expected.append(w("covering the first {duration} of the assignment", duration=covered))
    return expected + _rule_traces(post, lang)


def _rule_traces(post: Post, lang: str) -> list[str]:
    """What the text must show of the new eligibility and experience rules the post sets."""

    def w(message: str, **fields: str) -> str:
        return _w(lang, message, **fields)

    expected = []
    age = post.eligibility.age if post.eligibility is not None else None
    if age is not None and age.minimum is not None:
        youngest = format_duration(age.minimum, "year", locale=lang)
        expected.append(w("{age} or older", age=youngest))
    if age is not None and age.waivable:
        expected.append(w("The limit may be waived: a candidate outside it needs review."))
    if age is not None and age.leap_day is LeapDayBirthday.FEBRUARY_28:
        expected.append(w("A 29 February birthday is reached on 28 February in a common year."))
    quals = post.qualifications
    if quals is not None and quals.experience is not None and quals.experience.paid_only:
        expected.append(w("Only paid experience counts."))
    return expected


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_every_new_fact_of_a_generated_post_leaves_a_trace(lang: str) -> None:
    """Each new fact a generated post sets shows in its plain text (and HTML, unescaped)."""

    @given(posts())
    def check(post: Post) -> None:
        expected = _traces(post, lang)
        for fmt in ("text", "html"):
            page = render(post, locale=lang, format=fmt)
            text = html.unescape(page) if fmt == "html" else page
            assert [] == [trace for trace in expected if trace not in text]

    check()


@pytest.mark.parametrize(
    ("locale", "first", "second"),
    [
        (
            "en",
            "31 years or younger for holders of a degree in medicina or medicina e chirurgia",
            "33 years or younger for holders of a degree in medicina or medicina e chirurgia (",
        ),
        (
            "fr",
            (
                "31 ans au plus pour les titulaires d\u2019un diplôme en medicina ou medicina e "
                "chirurgia"
            ),
            (
                "33 ans au plus pour les titulaires d\u2019un diplôme en medicina ou medicina e "
                "chirurgia ("
            ),
        ),
    ],
)
def test_age_alternatives_for_degrees_in_named_fields(locale: str, first: str, second: str) -> None:
    """The Italian call's higher limits for graduates in medicine are rendered, in each locale."""
    text = render(examples.load("undesa-italy-jpo-call-2022"), locale=locale, format="text")
    assert first in text
    assert second in text  # the second is for a doctorate-level degree: its level follows
