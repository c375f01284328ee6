"""Strategies for qualifications: education, experience, languages, skills, competencies."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from decimal import Decimal

from hypothesis import strategies as st
from hypothesis.strategies import SearchStrategy

from jpo_model.qualifications import (
    Competencies,
    Competency,
    CompetencyFramework,
    DegreeSubstitution,
    EducationLevel,
    EducationRequirement,
    ExperienceCounting,
    ExperienceKind,
    ExperienceRequirement,
    ExperienceWeight,
    LanguageRequirement,
    Necessity,
    Proficiency,
    Qualifications,
    Requirement,
)
from jpo_model.strategies._primitives import (
    builds_joint,
    decimals,
    language_tags,
    led_by,
    optional,
    pick,
    texts,
    tuples,
)

# (held, in lieu of): a lower degree always stands in for a higher one.
_SUBSTITUTABLE = tuple(
    (low, high) for low in EducationLevel for high in EducationLevel if low.rank < high.rank
)


def degree_substitutions(
    *,
    held: SearchStrategy[EducationLevel] | None = None,
    in_lieu_of: SearchStrategy[EducationLevel] | None = None,
    additional_experience_years: SearchStrategy[int] | None = None,
    exceptional: SearchStrategy[bool] | None = None,
) -> SearchStrategy[DegreeSubstitution]:
    """A lower degree plus experience in lieu of a higher one.

    The two degrees are drawn as a pair; fixing one draws the other to match (a held doctorate
    stands in for nothing, so it draws nothing).
    """
    pairs: SearchStrategy[Mapping[str, object]]
    if held is not None and in_lieu_of is not None:
        pairs = st.fixed_dictionaries({"held": held, "in_lieu_of": in_lieu_of})
    elif held is not None:
        pairs = led_by("held", held, _higher_than)
    elif in_lieu_of is not None:
        pairs = led_by("in_lieu_of", in_lieu_of, _lower_than)
    else:
        pairs = st.sampled_from(_SUBSTITUTABLE).map(lambda p: {"held": p[0], "in_lieu_of": p[1]})
    return builds_joint(
        DegreeSubstitution,
        pairs,
        additional_experience_years=pick(additional_experience_years, st.integers(0, 6)),
        exceptional=pick(exceptional, st.booleans()),
    )


def _higher_than(level: EducationLevel) -> SearchStrategy[Mapping[str, object]]:
    return st.fixed_dictionaries({"in_lieu_of": _levels(lambda x: x.rank > level.rank)})


def _lower_than(level: EducationLevel) -> SearchStrategy[Mapping[str, object]]:
    return st.fixed_dictionaries({"held": _levels(lambda x: x.rank < level.rank)})


def _levels(keep: Callable[[EducationLevel], bool]) -> SearchStrategy[EducationLevel]:
    """The degree levels a rule allows (nothing to draw when none does)."""
    allowed = [level for level in EducationLevel if keep(level)]
    return st.sampled_from(allowed) if allowed else st.nothing()


def education_requirements(  # noqa: PLR0913 - one keyword per field of the model
    *,
    minimum: SearchStrategy[EducationLevel | None] | None = None,
    desirable: SearchStrategy[EducationLevel | None] | None = None,
    fields: SearchStrategy[tuple[str, ...]] | None = None,
    related_fields_accepted: SearchStrategy[bool] | None = None,
    substitutions: SearchStrategy[tuple[DegreeSubstitution, ...]] | None = None,
    equivalent_experience_accepted: SearchStrategy[bool] | None = None,
) -> SearchStrategy[EducationRequirement]:
    """Education requirements; a desirable degree always exceeds the minimum.

    The desirable degree follows the minimum; given only a desirable degree, the minimum
    is drawn below it.
    """
    if desirable is not None and minimum is None:
        joint = led_by(
            "desirable",
            desirable,
            lambda highest: st.fixed_dictionaries(
                {"minimum": optional(_levels(lambda x: highest is None or x.rank < highest.rank))}
            ),
        )
    else:
        # Built once per level, not per draw: the desirable degree follows the minimum.
        desirables = {
            lowest: st.fixed_dictionaries({"desirable": pick(desirable, _above(lowest))})
            for lowest in (None, *EducationLevel)
        }
        joint = led_by(
            "minimum",
            pick(minimum, optional(st.sampled_from(EducationLevel))),
            lambda lowest: desirables[lowest],
        )
    return builds_joint(
        EducationRequirement,
        joint,
        fields=pick(fields, tuples(texts())),
        related_fields_accepted=pick(related_fields_accepted, st.booleans()),
        substitutions=pick(substitutions, tuples(degree_substitutions(), max_size=1)),
        equivalent_experience_accepted=pick(equivalent_experience_accepted, st.booleans()),
    )


def _above(lowest: EducationLevel | None) -> SearchStrategy[EducationLevel | None]:
    """Sometimes a degree above the minimum (any degree when there is none), else None."""
    higher = [level for level in EducationLevel if lowest is None or level.rank > lowest.rank]
    return optional(st.sampled_from(higher)) if higher else st.none()


def experience_weights(
    *,
    kind: SearchStrategy[ExperienceKind] | None = None,
    percent: SearchStrategy[Decimal] | None = None,
    if_relevant: SearchStrategy[bool] | None = None,
) -> SearchStrategy[ExperienceWeight]:
    """Weights from 0 to 100 percent for a kind of experience."""
    return st.builds(
        ExperienceWeight,
        kind=pick(kind, st.sampled_from(ExperienceKind)),
        percent=pick(percent, decimals(0, 100)),
        if_relevant=pick(if_relevant, st.booleans()),
    )


def experience_countings(
    *,
    only_after_first_degree: SearchStrategy[bool] | None = None,
    weights: SearchStrategy[tuple[ExperienceWeight, ...]] | None = None,
    part_time_pro_rata: SearchStrategy[bool] | None = None,
) -> SearchStrategy[ExperienceCounting]:
    """Counting rules weighting each kind of experience at most once."""
    distinct = st.lists(experience_weights(), max_size=3, unique_by=lambda w: w.kind).map(tuple)
    return st.builds(
        ExperienceCounting,
        only_after_first_degree=pick(only_after_first_degree, st.booleans()),
        weights=pick(weights, distinct),
        part_time_pro_rata=pick(part_time_pro_rata, st.booleans()),
    )


def requirements(
    *,
    text: SearchStrategy[str] | None = None,
    necessity: SearchStrategy[Necessity] | None = None,
) -> SearchStrategy[Requirement]:
    """Requirements in prose, required or desirable."""
    return st.builds(
        Requirement,
        text=pick(text, texts()),
        necessity=pick(necessity, st.sampled_from(Necessity)),
    )


def experience_requirements(  # noqa: PLR0913 - one keyword per field of the model
    *,
    minimum_years: SearchStrategy[int | None] | None = None,
    maximum_years: SearchStrategy[int | None] | None = None,
    areas: SearchStrategy[tuple[str, ...]] | None = None,
    relevant: SearchStrategy[bool] | None = None,
    paid_only: SearchStrategy[bool] | None = None,
    progressive: SearchStrategy[bool] | None = None,
    level: SearchStrategy[str | None] | None = None,
    statements: SearchStrategy[tuple[Requirement, ...]] | None = None,
    counting: SearchStrategy[ExperienceCounting | None] | None = None,
) -> SearchStrategy[ExperienceRequirement]:
    """Experience requirements; the maximum never falls below the minimum (either may lead)."""

    def maximum_for(least: int | None) -> SearchStrategy[Mapping[str, object]]:
        floor = max(1, least or 0)
        return st.fixed_dictionaries(
            {"maximum_years": pick(maximum_years, optional(st.integers(floor, floor + 5)))}
        )

    def minimum_for(most: int | None) -> SearchStrategy[Mapping[str, object]]:
        return st.fixed_dictionaries(
            {"minimum_years": optional(st.integers(0, 10 if most is None else most))}
        )

    if maximum_years is not None and minimum_years is None:
        joint = led_by("maximum_years", maximum_years, minimum_for)
    else:
        joint = led_by(
            "minimum_years", pick(minimum_years, optional(st.integers(0, 10))), maximum_for
        )
    return builds_joint(
        ExperienceRequirement,
        joint,
        areas=pick(areas, tuples(texts())),
        relevant=pick(relevant, st.booleans()),
        paid_only=pick(paid_only, st.booleans()),
        progressive=pick(progressive, st.booleans()),
        level=pick(level, optional(texts())),
        statements=pick(statements, tuples(requirements())),
        counting=pick(counting, optional(experience_countings())),
    )


def language_requirements(
    *,
    languages: SearchStrategy[tuple[str, ...]] | None = None,
    level: SearchStrategy[Proficiency] | None = None,
    necessity: SearchStrategy[Necessity] | None = None,
    count: SearchStrategy[int] | None = None,
) -> SearchStrategy[LanguageRequirement]:
    """Language requirements; the count never exceeds the languages listed.

    The count follows the languages; given only a count, enough languages are drawn.
    """

    def count_for(listed: tuple[str, ...]) -> SearchStrategy[Mapping[str, object]]:
        return st.fixed_dictionaries({"count": pick(count, st.integers(1, max(1, len(listed))))})

    def languages_for(needed: int) -> SearchStrategy[Mapping[str, object]]:
        enough = tuples(language_tags(), min_size=needed, max_size=max(needed, 3), unique=True)
        return st.fixed_dictionaries({"languages": enough})

    if count is not None and languages is None:
        joint = led_by("count", count, languages_for)
    else:
        distinct = tuples(language_tags(), min_size=1, max_size=3, unique=True)
        joint = led_by("languages", pick(languages, distinct), count_for)
    return builds_joint(
        LanguageRequirement,
        joint,
        level=pick(level, st.sampled_from(Proficiency)),
        necessity=pick(necessity, st.sampled_from(Necessity)),
    )


def competency_items(
    *,
    name: SearchStrategy[str] | None = None,
    description: SearchStrategy[str | None] | None = None,
) -> SearchStrategy[Competency]:
    """Single named competencies (the items of `competencies`)."""
    return st.builds(
        Competency,
        name=pick(name, texts()),
        description=pick(description, optional(texts())),
    )


def competencies(
    *,
    framework: SearchStrategy[CompetencyFramework] | None = None,
    items: SearchStrategy[tuple[Competency, ...]] | None = None,
    includes_core: SearchStrategy[bool] | None = None,
) -> SearchStrategy[Competencies]:
    """Competencies from one framework, possibly none listed."""
    return st.builds(
        Competencies,
        framework=pick(framework, st.sampled_from(CompetencyFramework)),
        items=pick(items, tuples(competency_items())),
        includes_core=pick(includes_core, st.booleans()),
    )


_competencies = competencies  # `qualifications` has a parameter of the same name


def qualifications(  # noqa: PLR0913 - one keyword per field of the model
    *,
    education: SearchStrategy[EducationRequirement | None] | None = None,
    experience: SearchStrategy[ExperienceRequirement | None] | None = None,
    languages: SearchStrategy[tuple[LanguageRequirement, ...]] | None = None,
    working_languages: SearchStrategy[tuple[str, ...]] | None = None,
    skills: SearchStrategy[tuple[Requirement, ...]] | None = None,
    competencies: SearchStrategy[Competencies | None] | None = None,
) -> SearchStrategy[Qualifications]:
    """Everything a post may ask of a candidate, each part present or not."""
    return st.builds(
        Qualifications,
        education=pick(education, optional(education_requirements())),
        experience=pick(experience, optional(experience_requirements())),
        languages=pick(languages, tuples(language_requirements())),
        working_languages=pick(working_languages, tuples(language_tags(), unique=True)),
        skills=pick(skills, tuples(requirements())),
        competencies=pick(competencies, optional(_competencies())),
    )
