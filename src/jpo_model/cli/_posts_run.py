"""Runs ``jpo examples`` and ``jpo show``: list the bundled posts, and summarise one.

The summary prints only what the post states, section by section, and skips whatever is
absent; the deadline is shown as stated (wall time, offset or abbreviation, place), not
resolved to an instant. Country and month names come from CLDR in the locale passed in.
"""

from __future__ import annotations

import argparse
import json
import unicodedata
from typing import assert_never

from jpo_model import _cldr, examples
from jpo_model._cldr import Locale
from jpo_model.cli._common import (
    Console,
    UsageError,
    count,
    load_post,
    locale_argument,
)
from jpo_model.deadlines.deadline import Deadline
from jpo_model.eligibility_rules import AgeReference, AgeRule, NationalityScope
from jpo_model.interchange.serialization import dumps
from jpo_model.localisation.rendering import render
from jpo_model.posts import Post, PostKind
from jpo_model.supervision import EvaluationSystem, ReportingLine

_NOT_PRINTED = frozenset({"Cc", "Zl", "Zp"})
"""Unicode categories printed as a space: control characters, line and paragraph separators."""


def list_examples(args: argparse.Namespace, console: Console) -> None:
    posts = [(slug, examples.load(slug).title) for slug in examples.names()]
    if args.json:
        data = [{"slug": slug, "title": title} for slug, title in posts]
        console.out(json.dumps(data, ensure_ascii=False, indent=2))
        return
    for slug, title in posts:
        console.out(f"{slug}\t{title}")


def show(args: argparse.Namespace, console: Console) -> None:
    if args.json and (args.locale is not None or args.format is not None):
        raise UsageError("--json prints the post document: it takes no --locale or --format")
    post = load_post(args.post)
    if args.json:
        console.out(dumps(post).removesuffix("\n"))
        return
    # Without --locale, the summary and the announcement are in English.
    locale = locale_argument(args.locale or "en")
    if args.locale is None and args.format is None:
        console.out(_summary(post, locale=locale))
        return
    console.out(render(post, locale=locale, format=args.format or "text").removesuffix("\n"))


def _summary(post: Post, *, locale: Locale) -> str:
    """The post as labelled sections under its title; empty sections are left out."""
    sections: list[tuple[str, list[str]]] = [
        ("Kind", _kind(post)),
        ("Reference", _reference(post, locale)),
        ("Organisation", _organisation(post)),
        ("Fields", list(post.fields_of_assignment)),
        ("Sectors", list(post.sectors)),
        ("Duty station", _duty_station(post, locale)),
        ("Grade", _grade(post)),
        ("Sponsor", _sponsor(post, locale)),
        ("Appointment", _appointment(post)),
        ("Target start", _target_start(post)),
        ("Supervision", _supervision(post)),
        ("Deadline", _deadline(post)),
        ("DTTA", _dtta(post)),
        ("Eligibility", _eligibility(post, locale)),
        ("Duties", _duties(post)),
        ("Learning", _learning(post)),
        ("Apply", _application(post)),
    ]
    shown = [(label, [_one_line(line) for line in lines]) for label, lines in sections if lines]
    width = max(len(label) for label, _ in shown) + 3
    out = [_one_line(post.title), ""]
    for label, lines in shown:
        out.append(f"{label + ':':<{width}}{lines[0]}")
        out.extend(" " * width + line for line in lines[1:])
    return "\n".join(out)


def _one_line(text: str) -> str:
    """Text with control characters and line breaks made spaces.

    Documents may hold any text; printed as is, a line break would break the layout and an
    escape sequence would drive the terminal.
    """
    return "".join(" " if unicodedata.category(c) in _NOT_PRINTED else c for c in text)


def _kind(post: Post) -> list[str]:
    document = post.document.value.replace("-", " ")
    return [f"{_kind_label(post.kind)}, {document}" + (" (draft)" if post.draft else "")]


def _kind_label(kind: PostKind) -> str:
    match kind:
        case PostKind.JPO:
            return "JPO"
        case PostKind.SARC:
            return "SARC (Special Assistant to the Resident Coordinator)"
        case PostKind.STAFF_ROLE:
            return "staff role (not a JPO post)"
        case _:
            assert_never(kind)


def _reference(post: Post, locale: Locale) -> list[str]:
    ref = post.reference
    if ref is None:
        return []
    details = [ref.issuer] if ref.issuer else []
    if ref.issued_year is not None:
        month = f"{_month_name(ref.issued_month, locale)} " if ref.issued_month else ""
        details.append(f"issued {month}{ref.issued_year}")
    return [ref.number + (f" ({', '.join(details)})" if details else "")]


def _organisation(post: Post) -> list[str]:
    return [
        f"{u.level.value}: {u.name}" + (f" ({u.abbreviation})" if u.abbreviation else "")
        for u in post.organisation.units
    ]


def _duty_station(post: Post, locale: Locale) -> list[str]:
    station = post.duty_station
    if station is None:
        return []
    country = _country_name(station.country, locale)
    where = f"home-based, {country}" if station.city is None else f"{station.city}, {country}"
    details = []
    if station.time_zone:
        details.append(f"time zone {station.time_zone}")
    if station.family_status.value != "not-stated":
        details.append(f"{station.family_status.value} duty station")
    if station.hardship is not None:
        details.append(f"hardship category {station.hardship.value}")
    return [where, *(["; ".join(details)] if details else [])]


def _grade(post: Post) -> list[str]:
    if post.grade is None:
        return []
    shown = str(post.grade) + (" in the first year" if post.grade.step_in_first_year else "")
    wording = post.grade.wording
    return [shown] + ([f'as stated: "{wording}"'] if wording and wording != shown else [])


def _target_start(post: Post) -> list[str]:
    start = post.target_start
    if start is None:
        return []
    first = start.on.isoformat() if start.on is not None else "as soon as possible"
    stated = start.wording and start.wording != first
    return [first] + ([f'as stated: "{start.wording}"'] if stated else [])


def _sponsor(post: Post, locale: Locale) -> list[str]:
    sponsor = post.sponsor
    if sponsor is None:
        return []
    first = sponsor.name
    if sponsor.country is not None:
        country = _country_name(sponsor.country, locale)
        first += "" if country in sponsor.name else f" ({country})"
    lines = [first]
    if sponsor.programme:
        lines.append(sponsor.programme)
    if sponsor.information:
        lines.append(f"criteria published by {sponsor.information}")
    return lines


def _appointment(post: Post) -> list[str]:
    terms = post.appointment
    if terms is None:
        return []
    lines = [
        f"{terms.initial_months} months initially" + (", renewable" if terms.renewable else "")
    ]
    ext = terms.extension
    if ext is not None and ext.step_months is not None:
        most = f", at most {ext.max_extensions}" if ext.max_extensions is not None else ""
        lines.append(f"extensions of {ext.step_months} months{most}")
    if ext is not None and ext.min_extensions is not None:
        lines.append(f"at least {count(ext.min_extensions, 'extension')} offered")
    if terms.renewable and terms.max_total_months is not None:
        lines.append(f"at most {terms.max_total_months} months in total")
    if terms.extension_conditions:
        conditions = ", ".join(c.value.replace("-", " ") for c in terms.extension_conditions)
        lines.append(f"extensions subject to {conditions}")
    if terms.review_every_months is not None:
        lines.append(f"reviewed every {terms.review_every_months} months")
    return lines


def _supervision(post: Post) -> list[str]:
    supervision = post.supervision
    if supervision is None:
        return []
    lines = [_reporting_line(line) for line in supervision.lines]
    if supervision.matrix:
        lines.append("matrix structure")
    plan = supervision.work_plan
    if plan is not None:
        due = plan.due_within_months
        within = ""
        if due is not None:
            within = " within the first month" if due == 1 else f" within the first {due} months"
        covering = (
            "" if plan.horizon_months is None else f" for {count(plan.horizon_months, 'month')}"
        )
        lines.append(
            ("time-bound " if plan.time_bound else "") + f"work plan{covering} agreed{within}"
        )
    if supervision.meetings is not None:
        every = supervision.meetings
        lines.append(f"meetings every {count(every.every, every.unit.value)}")
    if supervision.time_share is not None:
        percent = supervision.time_share.percent
        share = "not stated" if percent is None else f"{percent}%"
        lines.append(f"part-time role: share of working time {share}")
    if supervision.evaluation is not None:
        lines.append(f"evaluation: {_evaluation_label(supervision.evaluation)}")
    return lines


def _reporting_line(line: ReportingLine) -> str:
    roles = " and ".join(r.value for r in line.roles)
    text = f"{roles}: {line.position}" + (f", {line.unit}" if line.unit else "")
    if line.person is not None:
        person = line.person
        text += f" ({person.name}" + (f", {person.email})" if person.email else ")")
    if line.grade is not None:
        text += f", grade {line.grade}"
    if line.position_number is not None:
        text += f", position {line.position_number}"
    return text


def _evaluation_label(system: EvaluationSystem) -> str:
    match system:
        case EvaluationSystem.UN_E_PERFORMANCE:
            return "UN e-performance (Inspira)"
        case EvaluationSystem.ILO_PMF:
            return "ILO Performance Management Framework"
        case EvaluationSystem.UN_PAS:
            return "UN Performance Appraisal System (PAS)"
        case EvaluationSystem.UNDP_RCA:
            return "UNDP Results and Competency Assessment"
        case _:
            assert_never(system)


def _deadline(post: Post) -> list[str]:
    if post.deadline is None:
        return []
    lines = [_stated(post.deadline)]
    if post.deadline.wording:
        lines.append(f'as written: "{post.deadline.wording}"')
    lines.extend(
        f'also stated as: "{again.wording}"' if again.wording else _stated(again)
        for again in post.deadline_restatements
    )
    return lines


def _stated(deadline: Deadline) -> str:
    """The deadline's stated parts, unresolved: date, time, offset, abbreviation, place."""
    parts = [deadline.date.isoformat()]
    parts.append("end of day" if deadline.time is None else deadline.time.strftime("%H:%M"))
    if deadline.utc_offset_minutes is not None:
        parts.append(_utc_offset(deadline.utc_offset_minutes))
    if deadline.abbreviation:
        parts.append(deadline.abbreviation)
    text = " ".join(parts)
    if deadline.place:
        text += f", {deadline.place}"
    if deadline.zone:
        text += f" ({deadline.zone})"
    return text


def _utc_offset(minutes: int) -> str:
    sign = "-" if minutes < 0 else "+"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}:{rest:02d}"


def _dtta(post: Post) -> list[str]:
    if post.dtta is None:
        return []
    lines = [f"{post.dtta.annual} per contract year"]
    if post.dtta.purpose:
        lines.append(f"for {post.dtta.purpose}")
    return lines


def _eligibility(post: Post, locale: Locale) -> list[str]:
    rules = post.eligibility
    if rules is None:
        return []
    lines = []
    if rules.nationality is not None:
        countries = sorted(rules.nationality.countries)
        if rules.nationality.scope is NationalityScope.LISTED_COUNTRIES and len(countries) > 3:
            who = f"{len(countries)} listed countries"
        else:
            who = ", ".join(_country_name(c, locale) for c in countries)
        lines.append(f"nationals of {who}")
    if rules.age is not None:
        lines.append(_age(rules.age, locale))
    if rules.education_location is not None:
        where = rules.education_location
        levels = " or ".join(level.value for level in sorted(where.levels, key=lambda v: v.rank))
        lines.append(
            f"{levels} degree obtained in one of {count(len(where.countries), 'listed country')}"
        )
    if rules.degree_by_deadline:
        lines.append("degree held by the closing deadline")
    if rules.un_experience_ceiling is not None:
        ceiling = rules.un_experience_ceiling
        kinds = ", ".join(sorted(k.value for k in ceiling.kinds)).replace("unv", "UNV")
        lines.append(
            f"at most {count(ceiling.max_months, 'month')} of UN-system experience ({kinds})"
        )
    return lines


def _age(rule: AgeRule, locale: Locale) -> str:
    bound = f"{rule.limit} or below" if rule.inclusive else f"under {rule.limit}"
    match rule.reference:
        case AgeReference.END_OF_APPLICATION_YEAR:
            when = "on 31 December of the application year"
        case AgeReference.APPLICATION_DATE:
            when = "on the date of application"
        case AgeReference.FIXED_DATE:
            # A fixed reference always states its month (`AgeRule` checks it).
            when = f"on {rule.fixed_day} {_month_name(rule.fixed_month or 1, locale)}"
        case _:
            assert_never(rule.reference)
    text = f"aged {bound} {when}"
    if rule.extensions:
        most = max(e.years_added for e in rule.extensions)
        text += f" (military service adds up to {count(most, 'year')})"
    return text


def _duties(post: Post) -> list[str]:
    if post.duties is None:
        return []
    groups = len(post.duties.groups)
    duties = count(len(post.duties.all), "duty")
    return [duties if groups == 1 else f"{duties} in {groups} groups"]


def _learning(post: Post) -> list[str]:
    learning = post.learning
    if learning is None:
        return []
    counts = [
        (len(learning.outcomes), "outcome"),
        (len(learning.elements), "learning element"),
        (len(learning.training_components), "training component"),
        (len(learning.events), "event"),
    ]
    lines = [", ".join(count(n, noun) for n, noun in counts if n)]
    lines.extend(
        f"{e.name}: {e.start.isoformat()} to {e.end.isoformat()}"
        + (f", {e.city}" if e.city else "")
        for e in learning.events
    )
    return [line for line in lines if line]


def _application(post: Post) -> list[str]:
    app = post.application
    if app is None:
        return []
    lines = list(app.urls)
    lines.extend(f"more information: {u}" for u in app.information_urls)
    if app.online_only:
        lines.append("online applications only")
    return lines


def _country_name(code: str, locale: Locale) -> str:
    """The CLDR name of a country or territory in ``locale``; the code itself if unnamed."""
    return _cldr.territory_name(code, locale=locale)


def _month_name(month: int, locale: Locale) -> str:
    """The CLDR wide month name in ``locale`` ("May" in English)."""
    return _cldr.month_name(month, locale=locale)
