"""What a localised vacancy announcement says: a post laid out as sections, before any format.

`announcement` turns a post into a small tree (sections of facts, paragraphs and items)
whose words are either the library's own, already translated for the locale, or `Quoted`
text from the announcement, which stays in the post's language. The renderers in
`jpo_model.localisation.rendering` only lay that tree out as Markdown, plain text or HTML.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator
from typing import TypeAlias, assert_never

import attrs

from jpo_model._cldr import Locale
from jpo_model.age import LeapDayBirthday
from jpo_model.appointment import AppointmentTerms
from jpo_model.deadlines.deadline import Deadline
from jpo_model.duties import Duties
from jpo_model.eligibility_rules import AgeAlternative, AgeReference, AgeRule, EligibilityRules
from jpo_model.errors import DeadlineError
from jpo_model.grade import Grade, GradeOffer
from jpo_model.learning import Learning
from jpo_model.localisation.formats import (
    N_,
    country_name,
    format_date,
    format_date_range,
    format_datetime,
    format_day_of_year,
    format_duration,
    format_list,
    format_money,
    format_month,
    format_percent,
    format_wall_time,
    join,
    label,
    language_name,
    translate,
)
from jpo_model.organisation import DutyStation, FamilyStatus, HardshipCategory
from jpo_model.posts import Post, Sponsor, TargetStart
from jpo_model.qualifications import (
    Competencies,
    EducationLevel,
    EducationRequirement,
    ExperienceCounting,
    ExperienceRequirement,
    LanguageRequirement,
    Qualifications,
    Requirement,
)
from jpo_model.supervision import ReportingLine, Supervision, WorkPlan


@attrs.frozen
class Quoted:
    """Text quoted from the announcement: never translated, marked with the post's language."""

    text: str


@attrs.frozen
class Link:
    """A web address from the announcement."""

    url: str


Run: TypeAlias = str | Quoted | Link
"""A piece of a line: the library's (translated) words, quoted text, or a web address."""
Line: TypeAlias = tuple[Run, ...]


@attrs.frozen
class Facts:
    """Labelled facts: each label with one or more lines."""

    rows: tuple[tuple[str, tuple[Line, ...]], ...]


@attrs.frozen
class Paragraphs:
    """Running text, one paragraph a line."""

    lines: tuple[Line, ...]


@attrs.frozen
class Items:
    """A bulleted list."""

    lines: tuple[Line, ...]


Block: TypeAlias = Facts | Paragraphs | Items
Row: TypeAlias = tuple[str, tuple[Line, ...]]


@attrs.frozen
class Section:
    """A heading (level 2 or 3; none for the summary under the title) and its blocks."""

    heading: Line
    level: int
    blocks: tuple[Block, ...]


@attrs.frozen
class Announcement:
    """A whole localised announcement."""

    title: str
    language: str
    """The BCP 47 tag of the quoted text (the post's language)."""
    locale: Locale
    sections: tuple[Section, ...]


def announcement(post: Post, locale: Locale) -> Announcement:
    """Lay a post out as a vacancy announcement in ``locale``; absent parts are left out."""
    w = _Words(locale)
    sections = [
        Section(heading=(), level=2, blocks=_summary(post, w)),
        *_prose(w(N_("Introduction")), post.introduction),
        *_prose(w(N_("Organizational setting")), post.background),
        *(_duties(post.duties, w) if post.duties else ()),
        *(_supervision(post.supervision, w) if post.supervision else ()),
        *(_qualifications(post.qualifications, w) if post.qualifications else ()),
        *(_learning(post.learning, w) if post.learning else ()),
        *(_eligibility(post.eligibility, w) if post.eligibility else ()),
        *_application(post, w),
        *_references(post, w),
        *_prose(w(N_("Additional information")), post.statements),
        *_contact(post, w),
    ]
    return Announcement(
        title=post.title, language=post.language, locale=locale, sections=tuple(sections)
    )


@attrs.frozen
class _Words:
    """The library's words in one locale: ``w(N_("Grade"))``, with ``{name}`` fields filled."""

    locale: Locale

    def __call__(self, message: str, **fields: str) -> str:
        return translate(message, locale=self.locale).format(**fields)

    def lead(self, message: str) -> str:
        """A label that leads into quoted text ("As stated: "), spaced as the locale writes it."""
        text = self(message)
        return text if text.endswith(("\uff1a", " ")) else text + " "  # a full-width colon

    def country(self, code: str) -> str:
        return country_name(code, locale=self.locale)

    def countries(self, codes: Iterable[str]) -> str:
        names = sorted((self.country(c) for c in codes), key=_alphabetical)
        return format_list(names, locale=self.locale)

    def duration(self, count: int, unit: str) -> str:
        match unit:
            case "day" | "week" | "month" | "year":
                return format_duration(count, unit, locale=self.locale)
        raise ValueError(f"no duration unit {unit!r}")  # pragma: no cover - callers pass units


def _alphabetical(name: str) -> str:
    """A sort key that files "Bénin" under B, as a reader expects (no ICU collation here)."""
    letters = unicodedata.normalize("NFKD", name)
    return "".join(c for c in letters if not unicodedata.combining(c)).casefold()


def _quoted_list(texts: Iterable[str]) -> Line:
    """Several quoted texts on one line, joined by "; ".

    No locale's list words fit between phrases written in another language.
    """
    return (Quoted("; ".join(texts)),)


def _prose(heading: str, paragraphs: tuple[str, ...]) -> Iterator[Section]:
    if paragraphs:
        lines = tuple((Quoted(p),) for p in paragraphs)
        yield Section(heading=(heading,), level=2, blocks=(Paragraphs(lines),))


def _summary(post: Post, w: _Words) -> tuple[Block, ...]:
    rows = (
        *_identity(post, w),
        *(_duty_station(post.duty_station, w) if post.duty_station else ()),
        *(_sponsor(post.sponsor, w) if post.sponsor else ()),
        *_terms(post, w),
    )
    blocks: list[Block] = [Facts(rows)]
    if _language(post.language) != w.locale.language:
        name = language_name(post.language, locale=w.locale)
        note = w(
            N_("Text quoted from the announcement is in {language} and is not translated."),
            language=name,
        )
        blocks.append(Paragraphs(((note,),)))
    return tuple(blocks)


def _identity(post: Post, w: _Words) -> Iterator[Row]:
    yield w(N_("Type of post")), ((label(post.kind, locale=w.locale),),)
    yield w(N_("Document")), ((label(post.document, locale=w.locale),),)
    if post.draft:
        yield w(N_("Status")), ((w(N_("draft")),),)
    if post.reference is not None:
        ref = post.reference
        line: list[Run] = [ref.number]
        if ref.issuer:
            line += [" (", Quoted(ref.issuer), ")"]
        if ref.issued_year is not None:
            issued = (
                str(ref.issued_year)
                if ref.issued_month is None
                else format_month(ref.issued_year, ref.issued_month, locale=w.locale)
            )
            line.append(" " + w(N_("issued {date}"), date=issued))
        yield w(N_("Reference")), (tuple(line),)
    units = [
        u.name + (f" ({u.abbreviation})" if u.abbreviation else "") for u in post.organisation.units
    ]
    yield w(N_("Department/Office")), ((Quoted(" / ".join(units)),),)
    if post.fields_of_assignment:
        yield w(N_("Fields of assignment")), (_quoted_list(post.fields_of_assignment),)
    if post.sectors:
        yield w(N_("Sectors")), (_quoted_list(post.sectors),)


def _sponsor(sponsor: Sponsor, w: _Words) -> Iterator[Row]:
    first: Line = (Quoted(sponsor.name),)
    if sponsor.country is not None:
        first = (*first, f" ({w.country(sponsor.country)})")
    lines = [first]
    if sponsor.programme:
        lines.append((Quoted(sponsor.programme),))
    if sponsor.information:
        published = w.lead(N_("Eligibility criteria published by:"))
        lines.append((published, Quoted(sponsor.information)))
    yield w(N_("Sponsoring government or fund")), tuple(lines)


def _terms(post: Post, w: _Words) -> Iterator[Row]:
    if post.grade is not None:
        grade: list[Line] = [(_grade(post.grade, w),)]
        stated = _own_notation(post.grade)
        if stated is not None:
            grade.append((w.lead(N_("As stated:")), Quoted(stated)))
        yield w(N_("Grade")), tuple(grade)
    if post.appointment is not None:
        yield w(N_("Duration of assignment")), _appointment(post.appointment, w)
    if post.target_start is not None:
        yield w(N_("Target start")), _target_start(post.target_start, w)
    if post.deadline is not None:
        station = post.duty_station
        zone = station.time_zone if station is not None and station.time_zone else None
        yield w(N_("Closing date")), _deadline(post, post.deadline, zone, w)
    if post.dtta is not None:
        amount = format_money(post.dtta.annual, locale=w.locale)
        lines: list[Line] = [(w(N_("{amount} per contract year"), amount=amount),)]
        if post.dtta.purpose:
            lines.append((w.lead(N_("Use:")), Quoted(post.dtta.purpose)))
        yield w(N_("Duty travel and training allowance (DTTA)")), tuple(lines)


def _language(tag: str) -> str:
    return tag.split("-", maxsplit=1)[0].lower()


def _duty_station(station: DutyStation, w: _Words) -> Iterator[Row]:
    country = w.country(station.country)
    where: Line = (
        (w(N_("home-based, {country}"), country=country),)
        if station.city is None
        else (Quoted(station.city), f", {country}")
    )
    yield w(N_("Duty station")), (where,)
    if station.family_status is not FamilyStatus.NOT_STATED:
        yield w(N_("Family status")), ((label(station.family_status, locale=w.locale),),)
    if station.hardship is not None:
        category = (
            w(N_("H (headquarters, no hardship)"))
            if station.hardship is HardshipCategory.H
            else station.hardship.value
        )
        yield w(N_("Hardship category")), ((category,),)


def _grade(offer: GradeOffer, w: _Words) -> str:
    options = [_one_grade(grade, w) for grade in offer.options]
    text = format_list(options, locale=w.locale, style="or")
    return w(N_("{grade} in the first year"), grade=text) if offer.step_in_first_year else text


def _own_notation(offer: GradeOffer) -> str | None:
    """The grade's wording when it is not the standard notation ("PR2", "Junior level - P-2").

    A wording such as "P2 step 1 in the first year" says no more than the grade itself.
    """
    standard = str(offer) + (" in the first year" if offer.step_in_first_year else "")
    wording = offer.wording
    return wording if wording and wording.casefold() != standard.casefold() else None


def _one_grade(grade: Grade, w: _Words) -> str:
    level = label(grade.level, locale=w.locale)
    if grade.step is None:
        return level
    return w(N_("{grade}, step {step}"), grade=level, step=str(grade.step))


def _target_start(start: TargetStart, w: _Words) -> tuple[Line, ...]:
    when = (
        w(N_("as soon as possible")) if start.on is None else format_date(start.on, locale=w.locale)
    )
    lines: list[Line] = [(when,)]
    if start.wording:
        lines.append((w.lead(N_("As stated:")), Quoted(start.wording)))
    return tuple(lines)


def _appointment(terms: AppointmentTerms, w: _Words) -> tuple[Line, ...]:
    first = w(
        N_("initial appointment of {duration}"), duration=w.duration(terms.initial_months, "month")
    )
    parts = [first] + ([w(N_("renewable"))] if terms.renewable else [])
    ext = terms.extension
    if ext is not None and ext.step_months is not None:
        parts.append(
            w(N_("extensions of {duration}"), duration=w.duration(ext.step_months, "month"))
        )
    if ext is not None and ext.min_extensions is not None:
        parts.append(w(N_("minimum number of extensions: {count}"), count=str(ext.min_extensions)))
    if ext is not None and ext.max_extensions is not None:
        parts.append(w(N_("maximum number of extensions: {count}"), count=str(ext.max_extensions)))
    if terms.renewable and terms.max_total_months is not None:
        parts.append(
            w(N_("up to {duration} in total"), duration=w.duration(terms.max_total_months, "month"))
        )
    if terms.extension_conditions:
        conditions = [label(c, locale=w.locale) for c in terms.extension_conditions]
        parts.append(
            w(
                N_("extensions subject to {conditions}"),
                conditions=format_list(conditions, locale=w.locale),
            )
        )
    if terms.review_every_months is not None:
        parts.append(
            w(
                N_("review interval: {duration}"),
                duration=w.duration(terms.review_every_months, "month"),
            )
        )
    lines: list[Line] = [(join(parts, locale=w.locale),)]
    if terms.wording:
        lines.append((w.lead(N_("As stated:")), Quoted(terms.wording)))
    return tuple(lines)


def _deadline(post: Post, deadline: Deadline, zone: str | None, w: _Words) -> tuple[Line, ...]:
    """The binding instant on the duty station's clock and in UTC, then the wording as stated."""
    try:
        instant = deadline.instant
        conflicts = deadline.conflicts
    except DeadlineError:
        wall = format_wall_time(deadline.date, deadline.time, locale=w.locale)
        lines: list[Line] = [(w(N_("{date} (time zone not stated)"), date=wall),)]
    else:
        zones = [z for z in (zone or deadline.zone, "UTC") if z is not None]
        lines = [(format_datetime(instant, z, locale=w.locale),) for z in dict.fromkeys(zones)]
        lines.extend(
            (
                w(
                    N_("Other possible reading: {date}"),
                    date=format_datetime(c.instant, zones[0], locale=w.locale),
                ),
            )
            for c in conflicts
        )
    if deadline.wording:
        lines.append((w.lead(N_("As stated:")), Quoted(deadline.wording)))
    lines.extend(
        (w.lead(N_("Also stated as:")), Quoted(again.wording))
        for again in post.deadline_restatements
        if again.wording
    )
    return tuple(lines)


def _duties(duties: Duties, w: _Words) -> Iterator[Section]:
    heading = w(N_("Duties and responsibilities"))
    blocks: list[Block] = [Paragraphs(((Quoted(duties.intro),),))] if duties.intro else []
    sections: list[Section] = []
    for group in duties.groups:
        group_blocks: list[Block] = [Paragraphs(((Quoted(group.intro),),))] if group.intro else []
        group_blocks.append(Items(tuple((Quoted(d),) for d in group.duties)))
        if group.heading is None:
            blocks.extend(group_blocks)
        else:
            sections.append(
                Section(heading=(Quoted(group.heading),), level=3, blocks=tuple(group_blocks))
            )
    closing = [Paragraphs(((Quoted(duties.closing),),))] if duties.closing else []
    if sections:
        last = sections[-1]
        sections[-1] = attrs.evolve(last, blocks=(*last.blocks, *closing))
    else:
        blocks.extend(closing)
    yield Section(heading=(heading,), level=2, blocks=tuple(blocks))
    yield from sections


def _supervision(supervision: Supervision, w: _Words) -> Iterator[Section]:
    rows = [_reporting_line(line, w) for line in supervision.lines]
    if supervision.matrix:
        rows.append((w(N_("Structure")), ((w(N_("matrix supervision")),),)))
    if supervision.work_plan is not None:
        rows.append(_work_plan(supervision.work_plan, w))
    if supervision.meetings is not None:
        every = supervision.meetings
        rows.append(
            (
                w(N_("Interval between supervision meetings")),
                ((w.duration(every.every, every.unit.value),),),
            )
        )
    if supervision.time_share is not None:
        percent = supervision.time_share.percent
        share = w(N_("not stated")) if percent is None else format_percent(percent, locale=w.locale)
        rows.append((w(N_("Share of working time")), ((share,),)))
    if supervision.evaluation is not None:
        rows.append(
            (w(N_("Performance evaluation")), ((label(supervision.evaluation, locale=w.locale),),))
        )
    blocks: list[Block] = [Facts(tuple(rows))] if rows else []
    if supervision.methodology:
        blocks.append(Paragraphs(tuple((Quoted(m),) for m in supervision.methodology)))
    if blocks:
        yield Section(heading=(w(N_("Supervision")),), level=2, blocks=tuple(blocks))


def _work_plan(plan: WorkPlan, w: _Words) -> Row:
    parts = []
    if plan.due_within_months is not None:
        due = w.duration(plan.due_within_months, "month")
        parts.append(w(N_("agreed within {duration} of the start of the assignment"), duration=due))
    if plan.horizon_months is not None:
        covered = w.duration(plan.horizon_months, "month")
        parts.append(w(N_("covering the first {duration} of the assignment"), duration=covered))
    if plan.time_bound:
        parts.append(w(N_("time-bound")))
    return w(N_("Work plan")), ((join(parts, locale=w.locale) or w(N_("stated")),),)


def _reporting_line(line: ReportingLine, w: _Words) -> Row:
    roles = format_list([label(r, locale=w.locale) for r in line.roles], locale=w.locale)
    text = line.position + (f", {line.unit}" if line.unit else "")
    if line.person is not None:
        text += f" ({line.person.name}" + (f", {line.person.email})" if line.person.email else ")")
    details = []
    if line.grade is not None:
        details.append(w(N_("position grade: {grade}"), grade=_one_grade(line.grade, w)))
    if line.position_number is not None:
        details.append(w(N_("position number: {number}"), number=line.position_number))
    if details:
        return roles, ((Quoted(text),), (join(details, locale=w.locale),))
    return roles, ((Quoted(text),),)


def _qualifications(quals: Qualifications, w: _Words) -> Iterator[Section]:
    parts = [
        *(_education(quals.education, w) if quals.education else ()),
        *(_experience(quals.experience, w) if quals.experience else ()),
        *_languages(quals, w),
        *_skills(quals, w),
        *(_competencies(quals.competencies, w) if quals.competencies else ()),
    ]
    if parts:
        yield Section(heading=(w(N_("Qualifications")),), level=2, blocks=())
        yield from parts


def _necessity_items(requirements: Iterable[Requirement], w: _Words) -> Items:
    return Items(
        tuple((Quoted(r.text), f" ({label(r.necessity, locale=w.locale)})") for r in requirements)
    )


def _education(education: EducationRequirement, w: _Words) -> Iterator[Section]:
    rows: list[Row] = []
    if education.minimum is not None:
        rows.append((w(N_("Minimum degree")), ((label(education.minimum, locale=w.locale),),)))
    if education.desirable is not None:
        rows.append((w(N_("Desirable degree")), ((label(education.desirable, locale=w.locale),),)))
    if education.fields:
        fields = _quoted_list(education.fields)
        if education.related_fields_accepted:
            related = w(N_("or another relevant field"))
            fields = (*fields, f" ({related})")
        rows.append((w(N_("Fields of study")), (fields,)))
    for sub in education.substitutions:
        text = w(
            N_("{degree} with {duration} of additional qualifying experience"),
            degree=label(sub.held, locale=w.locale),
            duration=w.duration(sub.additional_experience_years, "year"),
        )
        if sub.exceptional:
            text = join((text, w(N_("in exceptional cases only"))), locale=w.locale)
        in_lieu = w(
            N_("Accepted in lieu of {degree}"), degree=label(sub.in_lieu_of, locale=w.locale)
        )
        rows.append((in_lieu, ((text,),)))
    blocks: list[Block] = [Facts(tuple(rows))] if rows else []
    if education.equivalent_experience_accepted:
        statement = w(N_("Equivalent professional experience is accepted in lieu of the degree."))
        blocks.append(Items(((statement,),)))
    if blocks:
        yield Section(heading=(w(N_("Education")),), level=3, blocks=tuple(blocks))


def _experience(experience: ExperienceRequirement, w: _Words) -> Iterator[Section]:
    rows: list[Row] = []
    if experience.minimum_years is not None:
        years = w.duration(experience.minimum_years, "year")
        rows.append((w(N_("Minimum work experience")), ((years,),)))
    if experience.maximum_years is not None:
        years = w.duration(experience.maximum_years, "year")
        rows.append((w(N_("Maximum work experience")), ((years,),)))
    if experience.areas:
        rows.append((w(N_("Areas")), (_quoted_list(experience.areas),)))
    if experience.level:
        rows.append((w(N_("Level")), ((Quoted(experience.level),),)))
    rules: list[Line] = []
    if experience.progressive:
        rules.append((w(N_("Progressively responsible experience is required.")),))
    if experience.paid_only:
        rules.append((w(N_("Only paid experience counts.")),))
    if experience.counting is not None:
        rules.extend(_counting(experience.counting, w))
    blocks: list[Block] = [Facts(tuple(rows))] if rows else []
    rules.extend(_necessity_items(experience.statements, w).lines)
    blocks += [Items(tuple(rules))] if rules else []
    if blocks:
        yield Section(heading=(w(N_("Work experience")),), level=3, blocks=tuple(blocks))


def _counting(counting: ExperienceCounting, w: _Words) -> Iterator[Line]:
    if counting.only_after_first_degree:
        yield (w(N_("Only experience acquired after the first-level degree counts.")),)
    for weight in counting.weights:
        message = (
            N_("{kind}: counted at {percent}, if relevant.")
            if weight.if_relevant
            else N_("{kind}: counted at {percent}.")
        )
        kind = label(weight.kind, locale=w.locale)
        kind = kind[:1].upper() + kind[1:]
        percent = format_percent(weight.percent, locale=w.locale)
        yield (w(message, kind=kind, percent=percent),)
    if counting.part_time_pro_rata:
        yield (w(N_("Part-time work counts pro rata.")),)
    else:
        yield (w(N_("Part-time work counts in full.")),)


def _languages(quals: Qualifications, w: _Words) -> Iterator[Section]:
    rows = [_language_requirement(r, w) for r in quals.languages]
    if quals.working_languages:
        names = [language_name(tag, locale=w.locale) for tag in quals.working_languages]
        rows.append((w(N_("Working languages")), ((format_list(names, locale=w.locale),),)))
    if rows:
        yield Section(heading=(w(N_("Languages")),), level=3, blocks=(Facts(tuple(rows)),))


def _language_requirement(requirement: LanguageRequirement, w: _Words) -> Row:
    names = [language_name(tag, locale=w.locale) for tag in requirement.languages]
    if len(names) == 1:
        languages = names[0]
    elif requirement.count == len(names):
        languages = format_list(names, locale=w.locale)
    elif requirement.count == 1:
        languages = w(
            N_("one of: {languages}"), languages=format_list(names, locale=w.locale, style="or")
        )
    else:
        languages = w(
            N_("{count} of: {languages}"),
            count=str(requirement.count),
            languages=format_list(names, locale=w.locale),
        )
    proficiency = label(requirement.level, locale=w.locale)
    value = w(N_("{languages} ({proficiency})"), languages=languages, proficiency=proficiency)
    return label(requirement.necessity, locale=w.locale), ((value,),)


def _skills(quals: Qualifications, w: _Words) -> Iterator[Section]:
    if quals.skills:
        yield Section(
            heading=(w(N_("Skills")),), level=3, blocks=(_necessity_items(quals.skills, w),)
        )


def _competencies(competencies: Competencies, w: _Words) -> Iterator[Section]:
    framework = label(competencies.framework, locale=w.locale)
    blocks: list[Block] = [Facts(((w(N_("Framework")), ((framework,),)),))]
    if competencies.includes_core:
        blocks.append(Items(((w(N_("The framework's core competencies are also required.")),),)))
    if competencies.items:
        blocks.append(
            Items(
                tuple(
                    (Quoted(c.name + (f": {c.description}" if c.description else "")),)
                    for c in competencies.items
                )
            )
        )
    yield Section(heading=(w(N_("Competencies")),), level=3, blocks=tuple(blocks))


def _learning(learning: Learning, w: _Words) -> Iterator[Section]:
    parts = [
        (N_("Learning outcomes"), learning.outcomes),
        (N_("Learning elements"), learning.elements),
        (N_("Training components"), learning.training_components),
    ]
    sections = [
        Section(heading=(w(heading),), level=3, blocks=(Items(tuple((Quoted(t),) for t in texts)),))
        for heading, texts in parts
        if texts
    ]
    events: list[Line] = []
    for event in learning.events:
        line: list[Run] = [
            Quoted(event.name),
            ": ",
            format_date_range(event.start, event.end, locale=w.locale),
        ]
        if event.provider:
            line += [", ", Quoted(event.provider)]
        if event.city:
            line += [", ", Quoted(event.city)]
        if event.country:
            line.append(f", {w.country(event.country)}")
        events.append(tuple(line))
    if events:
        sections.append(
            Section(heading=(w(N_("Learning events")),), level=3, blocks=(Items(tuple(events)),))
        )
    if sections:
        yield Section(heading=(w(N_("Learning and development")),), level=2, blocks=())
        yield from sections


def _eligibility(rules: EligibilityRules, w: _Words) -> Iterator[Section]:
    rows: list[Row] = []
    if rules.nationality is not None:
        scope = label(rules.nationality.scope, locale=w.locale)
        rows.append((w(N_("Nationality")), ((scope,), (w.countries(rules.nationality.countries),))))
    if rules.age is not None:
        rows.append((w(N_("Age limit")), _age(rules.age, w)))
    if rules.education_location is not None:
        where = rules.education_location
        levels = sorted(where.levels, key=lambda level: level.rank)
        degrees = format_list(
            [label(level, locale=w.locale) for level in levels], locale=w.locale, style="or"
        )
        text = w(
            N_("{degrees}, obtained in one of: {countries}"),
            degrees=degrees,
            countries=w.countries(where.countries),
        )
        rows.append((w(N_("Where the degree was obtained")), ((text,),)))
    if rules.un_experience_ceiling is not None:
        ceiling = rules.un_experience_ceiling
        kinds = format_list(
            sorted(label(k, locale=w.locale) for k in ceiling.kinds), locale=w.locale
        )
        text = w(
            N_("at most {duration}, including {kinds}"),
            duration=w.duration(ceiling.max_months, "month"),
            kinds=kinds,
        )
        rows.append((w(N_("Experience in the UN system")), ((text,),)))
    blocks: list[Block] = [Facts(tuple(rows))] if rows else []
    if rules.degree_by_deadline:
        blocks.append(Items(((w(N_("The degree must be held by the closing date.")),),)))
    if blocks:
        yield Section(heading=(w(N_("Eligibility")),), level=2, blocks=tuple(blocks))


def _age(rule: AgeRule, w: _Words) -> tuple[Line, ...]:
    years = w.duration(rule.limit, "year")
    bound = (
        w(N_("{age} or younger"), age=years) if rule.inclusive else w(N_("under {age}"), age=years)
    )
    match rule.reference:
        case AgeReference.END_OF_APPLICATION_YEAR:
            when = w(N_("on 31 December of the year of application"))
        case AgeReference.APPLICATION_DATE:
            when = w(N_("on the date of application"))
        case AgeReference.FIXED_DATE:
            day = format_day_of_year(rule.fixed_month or 1, rule.fixed_day or 1, locale=w.locale)
            when = w(N_("on {date} of the year of application"), date=day)
        case _:
            assert_never(rule.reference)
    oldest = (
        ()
        if rule.minimum is None
        else (w(N_("{age} or older"), age=w.duration(rule.minimum, "year")),)
    )
    lines: list[Line] = [(join((*oldest, bound, when), locale=w.locale),)]
    if rule.waivable:
        lines.append((w(N_("The limit may be waived: a candidate outside it needs review.")),))
    if rule.leap_day is LeapDayBirthday.FEBRUARY_28:
        lines.append((w(N_("A 29 February birthday is reached on 28 February in a common year.")),))
    if rule.extensions:
        most = max(e.years_added for e in rule.extensions)
        lines.append(
            (w(N_("military service adds up to {duration}"), duration=w.duration(most, "year")),)
        )
    lines.extend(_age_alternative(alternative, w) for alternative in rule.alternatives)
    if rule.wording:
        lines.append((w.lead(N_("As stated:")), Quoted(rule.wording)))
    return tuple(lines)


def _age_alternative(alternative: AgeAlternative, w: _Words) -> Line:
    """A higher limit and for whom: "33 years or younger for holders of a degree in …"."""
    fields = format_list(sorted(alternative.fields), locale=w.locale, style="or")
    text = w(
        N_("{age} or younger for holders of a degree in {fields}"),
        age=w.duration(alternative.limit, "year"),
        fields=fields,
    )
    if alternative.levels:
        levels = [label(level, locale=w.locale) for level in sorted(alternative.levels, key=_rank)]
        text += f" ({format_list(levels, locale=w.locale, style='or')})"
    return (text,)


def _rank(level: EducationLevel) -> int:
    return list(EducationLevel).index(level)


def _application(post: Post, w: _Words) -> Iterator[Section]:
    app = post.application
    if app is None:
        return
    rows: list[Row] = []
    if app.urls:
        rows.append((w(N_("Apply at")), tuple((Link(u),) for u in app.urls)))
    if app.information_urls:
        rows.append((w(N_("More information")), tuple((Link(u),) for u in app.information_urls)))
    blocks: list[Block] = [Facts(tuple(rows))] if rows else []
    notes: list[Line] = (
        [(w(N_("Applications are accepted online only.")),)] if app.online_only else []
    )
    notes.extend((Quoted(n),) for n in app.notes)
    blocks += [Items(tuple(notes))] if notes else []
    if blocks:
        yield Section(heading=(w(N_("How to apply")),), level=2, blocks=tuple(blocks))


def _references(post: Post, w: _Words) -> Iterator[Section]:
    lines: list[Line] = []
    for doc in post.key_documents:
        line: list[Run] = [Quoted(doc.title + (f" ({doc.number})" if doc.number else ""))]
        if doc.year is not None:
            line.append(f" ({doc.year})")
        if doc.url:
            line += [" ", Link(doc.url)]
        lines.append(tuple(line))
    lines.extend((Link(u),) for u in post.resource_urls)
    if lines:
        yield Section(
            heading=(w(N_("Reference documents")),), level=2, blocks=(Items(tuple(lines)),)
        )


def _contact(post: Post, w: _Words) -> Iterator[Section]:
    contact = post.contact
    if contact is None:
        return
    lines: list[Line] = [(Quoted(contact.organisation),)]
    lines.extend((Quoted(a),) for a in contact.address)
    if contact.country:
        lines.append((w.country(contact.country),))
    if contact.url:
        lines.append((Link(contact.url),))
    yield Section(heading=(w(N_("Contact")),), level=2, blocks=(Paragraphs(tuple(lines)),))
