"""Reading what a post asks: education, experience, languages, skills, competencies."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jpo_model import examples
from jpo_model.qualifications import (
    DegreeSubstitution,
    EducationLevel,
    ExperienceKind,
    LanguageRequirement,
    Necessity,
    Proficiency,
    Qualifications,
)
from jpo_model.reading import read_announcement

SEEDS = Path(__file__).parents[3] / "shared" / "seeds"
SLUGS = {
    "000_a23a2f03c1031300.txt": "rco-cambodia-23p302",
    "001_7523aa324b10b826.txt": "ilo-ethics-2340",
    "002_79a711115a296add.txt": "ohchr-25p153",
    "003_2fecbb0ebb8bc5c7.txt": "osagi-gender-focal-point",
    "004_a56a5a441572a93c.txt": "ilo-socpro-2212",
}
HEADER = (
    "Title: JPO in Human Rights\n"
    "Agency: United Nations Office of the High Commissioner for Human Rights (OHCHR)\n"
)


def qualifications(body: str, *, locale: str | None = None) -> Qualifications:
    """The qualifications read from an announcement with a title, an agency and ``body``."""
    found = read_announcement(HEADER + body, locale=locale).post.qualifications
    assert found is not None
    return found


def language(
    codes: tuple[str, ...],
    level: Proficiency,
    necessity: Necessity = Necessity.REQUIRED,
    count: int = 1,
) -> LanguageRequirement:
    """A language requirement, briefly."""
    return LanguageRequirement(languages=codes, level=level, necessity=necessity, count=count)


UN_OTHERS = ("ar", "zh", "fr", "ru", "es")


# --- The seeds -----------------------------------------------------------------------------


@pytest.mark.parametrize("seed", sorted(SLUGS))
def test_the_seeds_qualifications_are_read_as_the_bundled_example_holds_them(seed: str) -> None:
    """Every qualification fact the seed states equals the bundled example's.

    Left out: fields and areas are compared without case (the examples capitalise "Law" and
    "Human rights"), and seed 004's experience statements (the example keeps the years
    sentence as a required statement; the reader reads it as years and areas only).
    """
    expected = examples.load(SLUGS[seed]).qualifications
    read = read_announcement(SEEDS / seed).post.qualifications
    if expected is None:
        assert read is None
        return
    assert read is not None
    assert (expected.languages, expected.working_languages, expected.skills) == (
        read.languages,
        read.working_languages,
        read.skills,
    )
    assert expected.competencies == read.competencies
    assert expected.education is not None
    assert read.education is not None
    assert (
        expected.education.minimum,
        expected.education.desirable,
        expected.education.substitutions,
        expected.education.related_fields_accepted,
        expected.education.equivalent_experience_accepted,
        [f.casefold() for f in expected.education.fields],
    ) == (
        read.education.minimum,
        read.education.desirable,
        read.education.substitutions,
        read.education.related_fields_accepted,
        read.education.equivalent_experience_accepted,
        [f.casefold() for f in read.education.fields],
    )
    assert expected.experience is not None
    assert read.experience is not None
    assert (
        expected.experience.minimum_years,
        expected.experience.maximum_years,
        expected.experience.progressive,
        expected.experience.paid_only,
        expected.experience.level,
        expected.experience.counting,
        [a.casefold() for a in expected.experience.areas],
    ) == (
        read.experience.minimum_years,
        read.experience.maximum_years,
        read.experience.progressive,
        read.experience.paid_only,
        read.experience.level,
        read.experience.counting,
        [a.casefold() for a in read.experience.areas],
    )
    if SLUGS[seed] != "ilo-socpro-2212":
        assert expected.experience.statements == read.experience.statements


def test_the_sentences_about_where_a_degree_was_earned_and_un_experience_are_left_alone() -> None:
    """Seed 002: where a degree was earned and UN experience are eligibility rules, not ours."""
    reading = read_announcement(SEEDS / "002_79a711115a296add.txt")
    ours = [
        passage.text
        for path, passages in reading.placed.items()
        if path.startswith("qualifications")
        for passage in passages
    ]
    assert not [t for t in ours if "Substantive parts" in t or "should not exceed" in t]


def test_every_qualification_read_has_its_evidence() -> None:
    """Seed 000: the education minimum comes from the degree sentence."""
    reading = read_announcement(SEEDS / "000_a23a2f03c1031300.txt")
    [passage] = reading.evidence("qualifications.education.minimum")
    assert passage.text.startswith("Advanced university degree (master's degree or equivalent)")


# --- Education -----------------------------------------------------------------------------


def test_an_advanced_degree_with_fields_and_an_exceptional_substitution() -> None:
    """Seed 002's two education sentences."""
    education = qualifications(
        "Education:\n"
        "An advanced university degree (master's degree or equivalent) in law or other discipline "
        "related to human rights is required.\n"
        "In exceptional cases, candidates with a first-level university degree (bachelor's degree "
        "or equivalent) in combination with two additional years (i.e. a minimum of 4 years) of "
        "qualifying experience may be accepted in lieu of an advanced university degree.\n"
    ).education
    assert education is not None
    assert (EducationLevel.ADVANCED, ("law", "other discipline related to human rights"), True) == (
        education.minimum,
        education.fields,
        education.related_fields_accepted,
    )
    assert (
        DegreeSubstitution(
            held=EducationLevel.FIRST_LEVEL,
            in_lieu_of=EducationLevel.ADVANCED,
            additional_experience_years=2,
            exceptional=True,
        ),
    ) == education.substitutions


def test_minimum_and_desirable_blocks_of_the_ilo_form() -> None:
    """Seed 001: "Minimum:" a first degree, "Desirable:" an advanced one."""
    education = qualifications(
        "Qualifications and experience\nEducation:\nMinimum:\n"
        "First university degree in the field of law, human rights or another relevant field.\n"
        "Desirable:\nAdvanced university degree (Master's degree or equivalent) in law.\n"
    ).education
    assert education is not None
    assert (EducationLevel.FIRST_LEVEL, EducationLevel.ADVANCED, ("law", "human rights")) == (
        education.minimum,
        education.desirable,
        education.fields,
    )


def test_a_korean_jpo_requirement_block_with_a_one_year_substitution() -> None:
    """UNHCR Islamabad (unchannel.org/jobs/associate-protection-officer-19-in-islamabad-…)."""
    found = qualifications(
        "General requirements for candidates applying to the JPO vacancies funded by the Republic "
        "of Korea: 1.     Korean citizenship 2.     Fluency in Korean and English languages 3.     "
        "Completed advanced university degree (master's degree or equivalent), as per the vacancy "
        "announcement. A bachelor's degree and an additional  year of work experience may be "
        "accepted in lieu of the advanced university degree.\n"
    )
    assert found.education is not None
    assert (EducationLevel.ADVANCED, 1) == (
        found.education.minimum,
        found.education.substitutions[0].additional_experience_years,
    )
    assert (language(("ko", "en"), Proficiency.FLUENT, count=2),) == found.languages


def test_undp_template_master_or_higher_in_a_related_field() -> None:
    """UNDP JPO template (studylib.net/doc/7188095): a related field is no field of study."""
    education = qualifications(
        "Qualifications and Experience\nRequired Education and Work Experience:\n"
        "Master's Degree or equivalent, or higher Advanced Degree, "
        "in a related field of expertise\n"
    ).education
    assert education is not None
    assert (EducationLevel.ADVANCED, (), True) == (
        education.minimum,
        education.fields,
        education.related_fields_accepted,
    )


def test_an_equivalent_experience_clause() -> None:
    """Seed 004: "… or related subject or the equivalent professional experiences"."""
    education = qualifications(
        "Education:\nAdvanced university degree in social policy, economics or related subject or "
        "the equivalent professional experiences.\n"
    ).education
    assert education is not None
    assert (("social policy", "economics"), True, True) == (
        education.fields,
        education.related_fields_accepted,
        education.equivalent_experience_accepted,
    )


@pytest.mark.parametrize(
    ("sentence", "level"),
    [
        # Swiss FDFA, JEA programme page (post2015.admin.ch/…/young-professionals-programme…).
        (
            (
                "Pour pouvoir être recrutés pour ce programme, les candidats et candidates doivent "
                "disposer d'un diplôme universitaire de niveau master et d'une expérience "
                "professionnelle significative de trois ans."
            ),
            EducationLevel.ADVANCED,
        ),
        # The brief's French, Spanish and German wordings.
        ("Formation : diplôme universitaire supérieur (master) en droit.", EducationLevel.ADVANCED),
        (
            "Educación: título universitario avanzado (maestría) en derecho.",
            EducationLevel.ADVANCED,
        ),
        ("Ausbildung: Masterabschluss in Rechtswissenschaften.", EducationLevel.ADVANCED),
        # Italian JPO call 2022 (alexahm.com/onuitalia/2022/10/20/giovani-e-onu-…).
        (
            (
                "Requisiti: avere ottenuto una laurea magistrale o Master's degree "
                "prima della scadenza."
            ),
            EducationLevel.ADVANCED,
        ),
        ("Education: PhD in economics is required.", EducationLevel.DOCTORATE),
    ],
)
def test_degree_levels_in_several_languages(sentence: str, level: EducationLevel) -> None:
    """Master's level degrees named in French, Spanish, German and Italian read as advanced."""
    education = qualifications(f"Qualifications\n{sentence}\n").education
    assert education is not None
    assert level == education.minimum


def test_a_university_degree_without_a_level_sets_no_level() -> None:
    """UNESCO (opportunities.youthhubafrica.org/…): "A University degree in …" has no level."""
    found = read_announcement(
        HEADER + "Qualifications\nA University degree in education, culture, science, social "
        "and human sciences or communication.\n"
    ).post.qualifications
    assert found is None or found.education is None or found.education.minimum is None


# --- Experience ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "years"),
    [
        (
            "Minimum of two years of relevant work experience in human rights is required.",
            (2, None),
        ),
        ("Two to three years of work experience in social protection.", (2, 3)),
        ("At least 2 years of experience relevant to PSEA.", (2, None)),
        ("A minimum of two (2) years of progressively responsible experience.", (2, None)),
        # UNHCR, International Professional Staff (webarchive.archive.unhcr.org/20160217154206…).
        (
            (
                "Minimum three years of international working experience in the relevant "
                "functional area;"
            ),
            (3, None),
        ),
        # MINURSO ToR by BFIO (ngojobstenders.com/job/jpo-in-political-affairs).
        (
            (
                "Please note that for participants of the JPO-Programme two years "
                "work experience are mandatory!"
            ),
            (2, None),
        ),
        ("Expérience : au moins deux ans d'expérience professionnelle.", (2, None)),
        ("Experiencia: mínimo de dos años de experiencia en derechos humanos.", (2, None)),
        ("Berufserfahrung: mindestens zwei Jahre Berufserfahrung.", (2, None)),
    ],
)
def test_years_of_experience(sentence: str, years: tuple[int, int | None]) -> None:
    """Years of experience are read in English, French, Spanish and German forms."""
    experience = qualifications(f"Requirements\nWork experience:\n{sentence}\n").experience
    assert experience is not None
    assert years == (experience.minimum_years, experience.maximum_years)


@pytest.mark.parametrize(
    "sentence",
    [
        "Work experience within the UN system should not exceed 1 year (including internships).",
        "Candidates must be 32 years of age or below.",
        "Previous experience working in the area of gender equality is desirable.",
    ],
)
def test_sentences_that_set_no_minimum_years(sentence: str) -> None:
    """A ceiling, an age and a desirable statement give no minimum years."""
    found = read_announcement(HEADER + f"Qualifications\nWork experience:\n{sentence}\n")
    qualified = found.post.qualifications
    experience = None if qualified is None else qualified.experience
    assert experience is None or experience.minimum_years is None


def test_areas_level_and_statements() -> None:
    """Seed 001: areas, the level, and the desirable block as a statement."""
    experience = qualifications(
        "Work experience:\nMinimum:\n"
        "At least two years of experience relevant to PSEA at the national / international level\n"
        "Desirable:\nWork experience in the field of PSEA in an international organisation\n"
    ).experience
    assert experience is not None
    assert (("PSEA",), "national / international") == (experience.areas, experience.level)
    assert [
        (
            "Work experience in the field of PSEA in an international organisation",
            Necessity.DESIRABLE,
        )
    ] == [(s.text, s.necessity) for s in experience.statements]


def test_counting_rules() -> None:
    """Seed 002's counting: after the first degree; internships and volunteering at 50 %."""
    experience = qualifications(
        "Work experience:\n"
        "Only work experience acquired after the first-level university degree (bachelor's degree "
        "or equivalent) can be considered.\n"
        "Internships and volunteering may be counted at 50% if considered relevant.\n"
        "Part-time work experience is counted pro rata.\n"
    ).experience
    assert experience is not None
    assert experience.counting is not None
    assert experience.counting.only_after_first_degree
    assert [
        (ExperienceKind.INTERNSHIP, Decimal(50), True),
        (ExperienceKind.VOLUNTEERING, Decimal(50), True),
    ] == [(w.kind, w.percent, w.if_relevant) for w in experience.counting.weights]
    assert experience.counting.part_time_pro_rata


def test_paid_experience() -> None:
    """UNDP JPO template (studylib.net/doc/7188095): "A minimum of two years of paid …"."""
    experience = qualifications(
        "Qualifications and Experience\nRequired Education and Work Experience:\n"
        "A minimum of two years of paid\n"
    ).experience
    assert experience is not None
    assert (2, True) == (experience.minimum_years, experience.paid_only)


@given(
    years=st.integers(min_value=1, max_value=12),
    form=st.sampled_from(["{n} years", "{w} years", "{w} ({n}) years", "{n}+ years"]),
)
def test_a_number_of_years_in_any_accepted_form_reads_back(years: int, form: str) -> None:
    """Years written in digits, in words, or both read back to the same number."""
    words = [
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
    ]
    sentence = form.format(n=years, w=words[years - 1])
    experience = qualifications(
        f"Work experience:\nA minimum of {sentence} of relevant experience.\n"
    ).experience
    assert experience is not None
    assert years == experience.minimum_years


# --- Languages -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "English and French are the working languages of the United Nations "
                "Secretariat. For the post advertised, fluency and excellent skills in written "
                "and oral English is required. Proficiency in another UN language is desirable."
            ),
            (
                language(("en",), Proficiency.FLUENT),
                language(UN_OTHERS, Proficiency.PROFICIENT, Necessity.DESIRABLE),
            ),
        ),
        (
            "Excellent command of English or French.",
            (language(("en", "fr"), Proficiency.EXCELLENT),),
        ),
        (
            "Fluency in English and French is required.",
            (language(("en", "fr"), Proficiency.FLUENT, count=2),),
        ),
        (
            "Knowledge of Spanish is an asset.",
            (language(("es",), Proficiency.KNOWLEDGE, Necessity.DESIRABLE),),
        ),
        # UNESCO JPO/AE programme (opportunities.youthhubafrica.org/opportunities/apply-junior-…).
        (
            (
                "Fluent English or French and a good knowledge of the other working "
                "language. Knowledge of Arabic, Chinese, Spanish or Russian is an additional asset."
            ),
            (
                language(("en", "fr"), Proficiency.FLUENT),
                language(("ar", "zh", "es", "ru"), Proficiency.KNOWLEDGE, Necessity.DESIRABLE),
            ),
        ),
        # Italian JPO call 2022 (alexahm.com/onuitalia/2022/10/20/giovani-e-onu-…).
    ],
)
def test_language_requirements(text: str, expected: tuple[LanguageRequirement, ...]) -> None:
    """Levels, necessities and "one of" sets, required ones first."""
    assert expected == qualifications(f"Languages:\n{text}\n").languages


def test_an_italian_adjective_names_the_language() -> None:
    """Italian JPO call (alexahm.com/onuitalia/2022/10/20/giovani-e-onu-…): "lingua … italiana"."""
    found = qualifications(
        "Requisiti:\nAvere un'ottima conoscenza della lingua inglese e italiana\n", locale="it"
    )
    assert (language(("en", "it"), Proficiency.EXCELLENT, count=2),) == found.languages


@pytest.mark.parametrize(
    ("locale", "text", "expected"),
    [
        (
            "fr",
            "Langues : La maîtrise du français est exigée.",
            language(("fr",), Proficiency.PROFICIENT),
        ),
        (
            "fr",
            "Langues : Une bonne connaissance de l'anglais serait un atout.",
            language(("en",), Proficiency.GOOD, Necessity.DESIRABLE),
        ),
        (
            "es",
            "Idiomas: Se requiere dominio del español.",
            language(("es",), Proficiency.PROFICIENT),
        ),
        (
            "es",
            "Idiomas: El conocimiento del inglés es deseable.",
            language(("en",), Proficiency.KNOWLEDGE, Necessity.DESIRABLE),
        ),
        (
            "de",
            "Sprachen: Fließende Englischkenntnisse sind erforderlich.",
            language(("en",), Proficiency.FLUENT),
        ),
    ],
)
def test_language_names_in_the_documents_language(
    locale: str, text: str, expected: LanguageRequirement
) -> None:
    """CLDR's names in French, Spanish and German read to BCP 47 tags."""
    assert (expected,) == qualifications(f"Qualifications\n{text}\n", locale=locale).languages


def test_the_working_languages_of_the_ilo_from_a_requirement() -> None:
    """Seed 001: the list in brackets names the working languages; "a second" asks for two."""
    found = qualifications(
        "Languages:\nMinimum:\nExcellent command of one working language of the ILO (English, "
        "French, Spanish).\nDesirable:\nGood knowledge of a second working language of the ILO "
        "would be an asset.\n"
    )
    assert ("en", "fr", "es") == found.working_languages
    assert (
        language(("en", "fr", "es"), Proficiency.EXCELLENT),
        language(("en", "fr", "es"), Proficiency.GOOD, Necessity.DESIRABLE, count=2),
    ) == found.languages


@pytest.mark.parametrize(
    "text",
    [
        # UNICEF-style: a local language cannot be named, so the set is not read.
        "Knowledge of another official UN language or a local language is an asset.",
        # A certificate to submit (unchannel.org, Korea's JPO block) states no level.
        "A certificate of English language proficiency.",
        "English and French or Spanish are required at a good level.",
    ],
)
def test_language_sentences_that_set_nothing(text: str) -> None:
    """Unnamed languages, certificates and mixed and/or sets give no requirement."""
    found = read_announcement(HEADER + f"Languages:\n{text}\n").post.qualifications
    assert found is None or () == found.languages


# --- Skills and competencies ---------------------------------------------------------------


def test_skills_with_their_necessity() -> None:
    """Seeds 002 and 004: "is highly desirable" is cut; "would be an asset" makes it desirable."""
    skills = qualifications(
        "Other skills:\nExperience delivering human rights training is highly desirable.\n"
        "- Ability to work independently and plan complex activities;\n"
        "- Knowledge of statistical packages, such as SPSS or STATA would be an asset\n"
    ).skills
    assert [
        ("Experience delivering human rights training", Necessity.HIGHLY_DESIRABLE),
        ("Ability to work independently and plan complex activities;", Necessity.REQUIRED),
        (
            "Knowledge of statistical packages, such as SPSS or STATA would be an asset",
            Necessity.DESIRABLE,
        ),
    ] == [(s.text, s.necessity) for s in skills]


def test_un_competencies_with_capital_names_and_a_description_over_two_lines() -> None:
    """Seed 000: "PLANNING & ORGANIZING: …", and a description continued after a page break."""
    competencies = qualifications(
        "Qualifications\nUN competencies:\n"
        "PLANNING & ORGANIZING: Develops clear goals; Uses time efficiently\n"
        "ACCOUNTABILITY: Takes ownership of all responsibilities;\n"
        "Takes personal responsibility for his/her own shortcomings.\n"
    ).competencies
    assert competencies is not None
    assert ("un", False) == (competencies.framework.value, competencies.includes_core)
    assert [
        ("Planning & Organizing", "Develops clear goals; Uses time efficiently"),
        (
            "Accountability",
            (
                "Takes ownership of all responsibilities; "
                "Takes personal responsibility for his/her own shortcomings."
            ),
        ),
    ] == [(c.name, c.description) for c in competencies.items]


def test_ilo_competencies_in_addition_to_the_core_ones() -> None:
    """Seed 001: "In addition to the ILO core competencies, this position requires:"."""
    competencies = qualifications(
        "Qualifications\nILO competencies:\n"
        "In addition to the ILO core competencies, this position requires:\n"
        "- Technical: Sound knowledge of PSEA.\n"
    ).competencies
    assert competencies is not None
    assert ("ilo", True, ["Technical"]) == (
        competencies.framework.value,
        competencies.includes_core,
        [c.name for c in competencies.items],
    )


def test_competencies_without_a_named_framework_are_not_read() -> None:
    """A "Competencies" heading that names no framework sets nothing (the framework is required)."""
    found = read_announcement(
        HEADER + "Qualifications\nCompetencies:\nProfessionalism: Shows pride in work.\n"
    ).post.qualifications
    assert found is None or found.competencies is None
