"""Reading a post's terms: grade, sponsor, duration, eligibility, deadline, DTTA, how to apply.

Sentences are quoted from real announcements; the address each comes from is in a comment.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from jpo_model import examples, to_dict
from jpo_model.reading import Reading, read_announcement

SEEDS = Path(__file__).parents[3] / "shared" / "seeds"
SEED_SLUGS = {
    "000_a23a2f03c1031300.txt": "rco-cambodia-23p302",
    "001_7523aa324b10b826.txt": "ilo-ethics-2340",
    "002_79a711115a296add.txt": "ohchr-25p153",
    "003_2fecbb0ebb8bc5c7.txt": "osagi-gender-focal-point",
    "004_a56a5a441572a93c.txt": "ilo-socpro-2212",
}
TERMS = (
    "grade",
    "sponsor",
    "appointment",
    "target_start",
    "eligibility",
    "deadline",
    "deadline_restatements",
    "dtta",
    "application",
    "contact",
)
HEADER = "Title: JPO in Programme Management\nAgency: United Nations Development Programme (UNDP)\n"


def reading_of(text: str, *, station: str | None = None, locale: str | None = None) -> Reading:
    """The reading of ``text`` under a header naming a title, an agency and a duty station."""
    place = "" if station is None else f"Duty Station: {station}\n"
    return read_announcement(HEADER + place + text, format="text", locale=locale)


def terms_of(text: str, **options: Any) -> dict[str, Any]:
    """The post's document the terms of ``text`` make (only the fields this reader owns)."""
    document = to_dict(reading_of(text, **options).post)
    return {key: document[key] for key in TERMS if document.get(key) not in (None, [])}


def assumed(reading: Reading) -> list[str]:
    """The paths of the reading's assumptions about the terms."""
    return [a.path for a in reading.assumptions if a.path.split(".")[0].split("[")[0] in TERMS]


# --- the seeds --------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(SEED_SLUGS))
def test_seed_terms_equal_the_bundled_example(name: str) -> None:
    """On the five seeds, every term field equals the bundled example's."""
    read = to_dict(read_announcement(SEEDS / name).post)
    expected = to_dict(examples.load(SEED_SLUGS[name]))
    assert {k: expected.get(k) for k in TERMS} == {k: read.get(k) for k in TERMS}


def test_seed_deadline_is_the_most_precise_statement() -> None:
    """Of seed 25P153's two statements, the one with offset and place binds, the header restates."""
    reading = read_announcement(SEEDS / "002_79a711115a296add.txt")
    assert reading.post.deadline is not None
    assert "10 March 2026 6pm EST" == reading.post.deadline_restatements[0].wording
    assert 131 == reading.evidence("deadline")[0].first_line
    assert 6 == reading.evidence("deadline_restatements[0]")[0].first_line


def test_seed_dollar_sign_is_an_assumption() -> None:
    """A bare "$" is read as US dollars and said so."""
    reading = read_announcement(SEEDS / "002_79a711115a296add.txt")
    assert "dtta" in assumed(reading)


# --- grade ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "options", "wording"),
    [
        # http://naombakazi.blogspot.com/2015/11/junior-professional-officer-labour.html (ILO)
        ("Grade: P.1/P.2", [{"level": "P1"}, {"level": "P2"}], "P.1/P.2"),
        # https://www.impactpool.org (WFP, Maputo)
        (
            (
                "Grade: Junior level - P-2, International Professional - Internationally recruited "
                "position"
            ),
            [{"level": "P2"}],
            "Junior level - P-2",
        ),
        # fdocuments.in, UNHCR terms of reference for a JPO, Luanda
        ("JPO Position Grade: P2 Position Category: JPO", [{"level": "P2"}], "P2"),
        # UNHCR Workday vacancy (corpus unhcr-associate-programme-pr2): a label, its value below
        ("Grade\n\nPR2", [{"level": "P2"}], "PR2"),
        ("Grade: P2 (step 1)", [{"level": "P2", "step": 1}], "P2 (step 1)"),
        ("Grade: P3 (SARC)", [{"level": "P3"}], "P3 (SARC)"),
        ("Grade: P-2", [{"level": "P2"}], "P-2"),
        ("Grado: P2", [{"level": "P2"}], "P2"),
        ("Niveau : P2", [{"level": "P2"}], "P2"),
        (
            "Grade: P2 step 1 or P1 step 1",
            [{"level": "P2", "step": 1}, {"level": "P1", "step": 1}],
            "P2 step 1 or P1 step 1",
        ),
    ],
)
def test_grade_labelled(line: str, options: list[dict[str, Any]], wording: str) -> None:
    """A labelled grade is read with its steps and its wording as written."""
    assert {"options": options, "wording": wording} == terms_of(line)["grade"]


def test_grade_in_the_title_phrase() -> None:
    """A grade stated in the title's phrase "at P2 level" is read."""
    # https://ngojobboard.org (OCHA, Addis Ababa)
    text = "Junior Professional Officer Protection Specialist at P2 level, Addis Ababa, Ethiopia"
    assert [{"level": "P2"}] == terms_of(text)["grade"]["options"]


def test_grade_in_the_first_year() -> None:
    """Seed 25P153's wording keeps its step and that it holds in the first year."""
    grade = terms_of("Grade:\tP2 step 1 in the first year")["grade"]
    assert (True, [{"level": "P2", "step": 1}]) == (grade["step_in_first_year"], grade["options"])


@pytest.mark.parametrize(
    "text",
    [
        "Grade: NOB",  # a National Officer grade is not a UN professional grade of the model
        "Grade: NOA",
        # fdocuments.in, UNHCR ToR Luanda: the supervisor's grade, not the post's
        (
            "Supervisor Position No: 10002621 Supervisor Position Title: Senior Protection Officer "
            "Supervisor Position Grade: P4"
        ),
        "Grade: P2\nLevel: P3",  # two grades in two places, no "or": neither is picked
        "Grade: ICS10",
    ],
)
def test_grade_not_read(text: str) -> None:
    """A grade outside the model's scale, someone else's, or two disagreeing ones set nothing."""
    assert "grade" not in terms_of(text)


def test_grade_of_the_duties_is_not_the_posts() -> None:
    """A grade written in the duties (a counterpart's) is not the post's."""
    text = "Duties and responsibilities\n- Support the Programme Officer at P4 level in reporting."
    assert "grade" not in terms_of(text)


# --- sponsor ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "name", "country"),
    [
        (
            # http://naombakazi.blogspot.com/2015/11/junior-professional-officer-labour.html
            (
                "Note : This post is opened in the context of the Junior Professional Officer "
                "(JPO) scheme sponsored by the Government of the Netherlands and is addressed "
                "exclusively "
                "to people with the Dutch nationality."
            ),
            "Government of the Netherlands",
            "NL",
        ),
        (
            # UNHCR vacancy, Islamabad (corpus unhcr-protection-islamabad)
            (
                "This post is open in the context of the Junior Professional Officer (JPO) scheme "
                "sponsored by the Government of the Republic of Korea and is addressed exclusively "
                "to nationals of the Republic of Korea."
            ),
            "Government of the Republic of Korea",
            "KR",
        ),
        (
            # https://www.undesa.it/index.php/jpo-programme/conditions-of-service/
            (
                "Junior Professional Officers sponsored by Italy are recruited as fixed-term staff "
                "by the recipient UN entities."
            ),
            "Italy",
            "IT",
        ),
        (
            # https://www.post2015.admin.ch (FDFA, Jeunes experts associés)
            "Tous les postes de JEA financés par la Suisse sont publiés sur le site du cinfo.",
            "Suisse",
            "CH",
        ),
        ("This JPO position is financed by the Government of Italy.", "Government of Italy", "IT"),
        (
            "Ce poste de JEA est parrainé par le gouvernement de la Belgique.",
            "Gouvernement de la Belgique",
            "BE",
        ),
        (
            "Puesto de experto asociado financiado por el Gobierno de España.",
            "Gobierno de España",
            "ES",
        ),
        ("This position is offered under the JPO Programme of Germany.", "Germany", "DE"),
    ],
)
def test_sponsor(sentence: str, name: str, country: str) -> None:
    """The sponsoring government is read with its country."""
    sponsor = terms_of(sentence)["sponsor"]
    assert (name, country) == (sponsor["name"], sponsor["country"])


def test_sponsor_of_a_project_is_not_the_posts() -> None:
    """A donor named in the background funds a project, not the post."""
    text = "Background\nThe project is funded by the Government of Japan since 2019."
    assert "sponsor" not in terms_of(text)


def test_two_sponsors_set_none() -> None:
    """Two sponsoring countries stated differently give no sponsor."""
    text = (
        "This JPO post is sponsored by the Government of Norway.\n"
        "This JPO post is sponsored by the Government of Denmark."
    )
    assert "sponsor" not in terms_of(text)


# --- appointment ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # https://ngojobstenders.com/job/jpo-in-political-affairs (MINURSO)
            (
                "Duration of assignment: 2 years with possibility of extension for another year. "
                "The "
                "extension of appointment is subject to yearly review concerning priorities, "
                "availability of funds, and satisfactory performance"
            ),
            {
                "initial_months": 24,
                "renewable": True,
                "extension": {"step_months": 12, "max_extensions": 1},
                "extension_conditions": ["priorities", "funding", "performance"],
                "review_every_months": 12,
                "wording": "2 years with possibility of extension for another year",
            },
        ),
        (
            # UNDP JPO Service Centre job description template
            (
                "Duration of assignment:\nOne-year fixed-term appointment, renewable at least once "
                "subject to satisfactory performance, recommendation by respective office and "
                "donor "
                "agreement"
            ),
            {
                "initial_months": 12,
                "renewable": True,
                "extension": {"min_extensions": 1},
                "extension_conditions": ["performance", "donor-approval", "office-recommendation"],
                "wording": "One-year fixed-term appointment, renewable at least once subject to "
                "satisfactory performance, recommendation by respective office and donor agreement",
            },
        ),
        (
            # https://www.fde-ensemble.org (dispositif « jeunes professionnels »)
            "Durée : 12 mois renouvelable une fois (soit 24 mois au maximum)",
            {
                "initial_months": 12,
                "renewable": True,
                "extension": {"max_extensions": 1, "max_total_months": 24},
                "wording": "12 mois renouvelable une fois (soit 24 mois au maximum)",
            },
        ),
        (
            # reliefweb (OIM El Salvador)
            "Duración\n5 meses (del 1 abril al 31 agosto 2019)",
            {
                "initial_months": 5,
                "wording": "5 meses (del 1 abril al 31 agosto 2019)",
            },
        ),
        (
            "Duration of the assignment: 12 months, renewable",
            {"initial_months": 12, "renewable": True, "wording": "12 months, renewable"},
        ),
        ("Duration: 2 years", {"initial_months": 24, "wording": "2 years"}),
        (
            "Durée de l'affectation : un an renouvelable",
            {"initial_months": 12, "renewable": True, "wording": "un an renouvelable"},
        ),
        ("Duración: 24 meses", {"initial_months": 24, "wording": "24 meses"}),
        (
            "Durata: due anni",
            {"initial_months": 24, "wording": "due anni"},
        ),
    ],
)
def test_appointment(text: str, expected: dict[str, Any]) -> None:
    """A labelled duration is read with its renewal, extension limits and conditions."""
    assert expected == terms_of(text)["appointment"]


@pytest.mark.parametrize(
    "text",
    [
        # http://naombakazi.blogspot.com (ILO): a range states neither a first period nor a cap
        "Duration of contract:  1-3 years",
        "Duration: to be confirmed",
    ],
)
def test_appointment_not_read(text: str) -> None:
    """A range or a duration without a number sets no appointment terms."""
    assert "appointment" not in terms_of(text)


# --- target start -----------------------------------------------------------------------


def test_target_start_date() -> None:
    """An ISO start date is read as the day the assignment starts."""
    # UNHCR Workday vacancy (corpus unhcr-associate-programme-pr2)
    assert {"on": "2026-03-02", "wording": "2026-03-02"} == terms_of(
        "Target Start Date\n\n2026-03-02"
    )["target_start"]


def test_target_start_as_soon_as_possible() -> None:
    """ "As soon as possible" sets a start without a day."""
    assert {"wording": "As soon as possible"} == terms_of("Start date: As soon as possible")[
        "target_start"
    ]


def test_target_start_month_only_sets_nothing() -> None:
    """A month without a day is no day, and not "as soon as possible" either."""
    assert "target_start" not in terms_of("Expected start: January 2027")


# --- eligibility ------------------------------------------------------------------------


def test_nationals_of_the_sponsor() -> None:
    """Nationals of the sponsoring country are the donor's nationals."""
    # https://docsbay.net / WHO Gaza (corpus who-health-emergencies-gaza)
    text = (
        "IMPORTANT: This post is opened in the context of the Junior Professional Officer (JPO) "
        "scheme sponsored by the Government of the Netherlands and is addressed exclusively to "
        "nationals of the Netherlands."
    )
    assert {"scope": "donor-nationals", "countries": ["NL"]} == terms_of(text)["eligibility"][
        "nationality"
    ]


def test_nationals_named_by_adjective() -> None:
    """ "OPEN TO NORWEGIAN NATIONALS ONLY" lists Norway."""
    # https://www.impactpool.org (WFP, Maputo)
    text = "JPO Programme Policy Officer (Gender and Protection) - OPEN TO NORWEGIAN NATIONALS ONLY"
    assert {"scope": "listed-countries", "countries": ["NO"]} == terms_of(text)["eligibility"][
        "nationality"
    ]


def test_nationality_in_french() -> None:
    """ "posséder la nationalité suisse" lists Switzerland."""
    # https://www.post2015.admin.ch (FDFA, Jeunes experts associés)
    text = "Ils doivent en outre posséder la nationalité suisse et ne pas avoir plus de 32 ans."
    rules = terms_of(text)["eligibility"]
    assert ({"scope": "listed-countries", "countries": ["CH"]}, 32) == (
        rules["nationality"],
        rules["age"]["limit"],
    )


def test_nationality_with_an_alternative_sets_none() -> None:
    """A nationality "or" a listed country's is not one nationality."""
    # https://www.onuitalia.com (bando JPO 2022/2023)
    text = (
        "- Possedere la nazionalità italiana (o di uno dei paesi in via di sviluppo inseriti "
        "nella lista)"
    )
    assert "nationality" not in terms_of(text).get("eligibility", {})


def test_country_list_with_an_unknown_name_sets_none() -> None:
    """A list with a name the reader does not know is not read in part."""
    text = (
        "This JPO post is addressed exclusively to CANDIDATES WITH CITIZENSHIP OF ONE OF THE "
        "FOLLOWING COUNTRIES: Kenya, Atlantis, Ghana"
    )
    assert "nationality" not in terms_of(text).get("eligibility", {})


@pytest.mark.parametrize(
    ("sentence", "rule"),
    [
        (
            # corpus who-health-emergencies-gaza
            "Maximal age limit is 32 years as of 31 December of the year of application.",
            {
                "limit": 32,
                "wording": "Maximal age limit is 32 years as of 31 December of the year of "
                "application",
            },
        ),
        (
            # http://diplomatie.belgium.be (JEA, conditions)
            (
                "Les candidats doivent être âgé de 32 ans maximum (au 31 décembre de l'année de "
                "l'appel)"
            ),
            {"limit": 32, "wording": "32 ans maximum (au 31 décembre de l'année de l'appel)"},
        ),
        (
            # UNHCR vacancy, Islamabad (corpus unhcr-protection-islamabad), without its clause
            "Not older than 32 years of age as of 31st December of 2021 (Born after Jan. 1 1989)",
            {
                "limit": 32,
                "wording": "Not older than 32 years of age as of 31st December of 2021 (Born "
                "after Jan. 1 1989)",
            },
        ),
        (
            "Candidates must be under the age of 33 at the time of application.",
            {
                "limit": 33,
                "inclusive": False,
                "reference": "application-date",
                "wording": "under the age of 33 at the time of application",
            },
        ),
        (
            (
                "Los candidatos deben tener 30 años o menos al 31 de diciembre del año de la "
                "convocatoria."
            ),
            {
                "limit": 30,
                "wording": "30 años o menos al 31 de diciembre del año de la convocatoria",
            },
        ),
    ],
)
def test_age_rule(sentence: str, rule: dict[str, Any]) -> None:
    """An age limit is read with its bound, its day of reference and its wording."""
    assert rule == terms_of(sentence)["eligibility"]["age"]


def test_age_rule_with_military_service_is_an_assumption() -> None:
    """An age limit extended for military service is read, and its unread extensions said."""
    # UNHCR vacancy, Islamabad (corpus unhcr-protection-islamabad)
    text = (
        "4. Not older than 32 years of age as of 31st December of 2021 (Born after Jan. 1 1989) "
        "(The maximum age limit for those who served in the military will be extended "
        "accordingly)"
    )
    reading = reading_of(text)
    assert reading.post.eligibility is not None
    assert reading.post.eligibility.age is not None
    assert (32, ["eligibility.age"]) == (reading.post.eligibility.age.limit, assumed(reading))


def test_age_without_a_day_is_an_assumption() -> None:
    """A limit that names no day of reference is read as of the application, as an assumption."""
    reading = reading_of("Les candidats doivent ne pas avoir plus de 32 ans.")
    assert ["eligibility.age"] == assumed(reading)


def test_age_of_the_duties_is_not_a_rule() -> None:
    """Ages in the duties describe people served, not candidates."""
    text = "Duties and responsibilities\n- Support programmes for youth under the age of 25."
    assert "eligibility" not in terms_of(text)


def test_un_experience_ceiling() -> None:
    """Seed 25P153's ceiling counts every kind of UN experience it includes."""
    text = (
        "Work experience:\nWork experience within the UN system should not exceed 1 year "
        "(including internships, UNV and consultancies)"
    )
    ceiling = terms_of(text)["eligibility"]["un_experience_ceiling"]
    assert 12 == ceiling["max_months"]
    assert {"internship", "unv", "consultancy", "employment"} <= set(ceiling["kinds"])


# --- deadline ---------------------------------------------------------------------------


def test_deadline_with_a_place() -> None:
    """A deadline stated with its place needs no duty station."""
    # http://naombakazi.blogspot.com (ILO, Addis Ababa)
    terms = terms_of(
        "Application Deadline (midnight Geneva time) 29 November 2015\n"
        "Application deadline: 29th of November 2015 (midnight Geneva Time)"
    )
    assert ("2015-11-29", "Europe/Zurich") == (terms["deadline"]["date"], terms["deadline"]["zone"])
    assert (
        "29th of November 2015 (midnight Geneva Time)"
        == terms["deadline_restatements"][0]["wording"]
    )


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        (
            "Date limite de candidature : 10 mars 2026 à 18 h 00 (heure de Genève)",
            "fr",
            ("2026-03-10", "18:00:00", "Europe/Zurich"),
        ),
        (
            "Fecha límite: 31 de marzo de 2026, 23:59 hora de Nueva York",
            "es",
            ("2026-03-31", "23:59:00", "America/New_York"),
        ),
        (
            "Closing date for applications: 15 April 2025, 23:59 (UTC+1)",
            "en",
            ("2025-04-15", "23:59:00", None),
        ),
    ],
)
def test_deadline_labelled(text: str, locale: str, expected: tuple[str, str, str | None]) -> None:
    """A labelled deadline in English, French or Spanish is read by the deadline reader."""
    deadline = terms_of(text, locale=locale)["deadline"]
    assert expected == (deadline["date"], deadline["time"], deadline.get("zone"))


def test_deadline_in_italian_keeps_only_its_wording() -> None:
    """The clause after the zone is not part of the deadline's wording."""
    # https://www.onuitalia.com (bando JPO 2022/2023)
    text = (
        "La scadenza per la presentazione della domanda è fissata per il 15 Dicembre 2022 alle "
        "15:00 (ora italiana), da presentare tramite la pagina web dedicata."
    )
    deadline = terms_of(text, locale="it")["deadline"]
    assert (
        "2022-12-15",
        "15:00:00",
        "Europe/Rome",
        "15 Dicembre 2022 alle 15:00 (ora italiana)",
    ) == (
        deadline["date"],
        deadline["time"],
        deadline["zone"],
        deadline["wording"],
    )


def test_deadline_with_an_offset_beats_a_bare_date() -> None:
    """Of a bare closing date and one with its offset, the precise one binds."""
    # https://www.impactpool.org (WFP, Maputo)
    text = (
        "Closing Date: 2025-03-03\nDEADLINE FOR APPLICATIONS\n\n"
        "3 March 2025-23:59-GMT+02:00 Central Africa Time (Maputo)"
    )
    terms = terms_of(text, station="Maputo, Mozambique")
    assert (120, []) == (
        terms["deadline"]["utc_offset_minutes"],
        terms.get("deadline_restatements", []),
    )


def test_deadline_without_a_zone_takes_the_duty_stations_as_an_assumption() -> None:
    """A deadline with no zone is read in the duty station's zone, and said so."""
    # https://payyourintern.com/imo-jpo-department-for-partnerships-projects (IMO)
    text = (
        "Nominations from sponsoring Member States should reach the Organization no later than "
        "28 February 2023."
    )
    reading = reading_of(text, station="London, United Kingdom")
    assert reading.post.deadline is not None
    assert ("2023-02-28", "Europe/London") == (
        reading.post.deadline.date.isoformat(),
        reading.post.deadline.zone,
    )
    assert "deadline" in assumed(reading)


def test_deadline_without_a_zone_or_duty_station_stays_unplaced() -> None:
    """With neither a zone nor a duty station, the deadline is left out and its line unplaced."""
    # https://kooperation-international.de (Austauschprogramm Junior Experten 2020)
    text = (
        "Bewerbungsschluss ist der 15. April 2020; die Bewerbungen müssen in Englischer Sprache "
        "eingereicht werden."
    )
    reading = reading_of(text, locale="de")
    assert reading.post.deadline is None
    assert any("Bewerbungsschluss" in p.text for p in reading.unplaced)


@pytest.mark.parametrize(
    "text",
    [
        # https://www.impactpool.org (UNHCR, Copenhagen)
        "Closing Date: Closed",
        # https://secihti.mx: a zone the reader does not know is not replaced by the duty station's
        (
            "Fecha límite de recepción de propuestas: Hasta las 18:00 hrs. (hora del centro del "
            "país) "
            "del día 13 de febrero del 2017"
        ),
    ],
)
def test_deadline_not_read(text: str) -> None:
    """A closed or unreadable deadline sets nothing."""
    assert "deadline" not in terms_of(text, station="Mexico City, Mexico")


# --- DTTA -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "annual"),
    [
        (
            (
                "The JPO position includes a Duty travel and training allowance (DTTA) of "
                "US$ 4,000 "
                "per year."
            ),
            {"amount": "4000.00", "currency": "USD"},
        ),
        (
            "Le poste comprend une indemnité de voyage et de formation (DTTA) de EUR 3.000 par an.",
            {"amount": "3000.00", "currency": "EUR"},
        ),
        (
            (
                "El puesto incluye una asignación para viajes y formación (DTTA) de 2.500 euros "
                "al año."
            ),
            {"amount": "2500.00", "currency": "EUR"},
        ),
    ],
)
def test_dtta(sentence: str, annual: dict[str, str]) -> None:
    """A DTTA amount is read as Decimal money with its ISO 4217 currency."""
    assert annual == terms_of(sentence)["dtta"]["annual"]


def test_dtta_without_a_period_is_an_assumption() -> None:
    """An amount not said to be yearly is read as one contract year's, as an assumption."""
    reading = reading_of("The JPO is entitled to a DTTA of USD 3,500.")
    assert ["dtta"] == assumed(reading)


def test_training_allowance_without_an_amount_sets_nothing() -> None:
    """A mention of the allowance without an amount is no DTTA (seed 25P153's duties)."""
    text = (
        "Subject to sufficient duty travel and training allowance funds, this can include travel."
    )
    assert "dtta" not in terms_of(text)


@given(
    amount=st.integers(min_value=0, max_value=99_999),
    grouping=st.sampled_from([",", ".", " ", ""]),
    currency=st.sampled_from(["US$ {}", "USD {}", "EUR {}", "{} EUR", "€{}", "{} euros"]),
)
@example(amount=4000, grouping=",", currency="US$ {}")  # seed 25P153's amount
@example(amount=999, grouping=".", currency="EUR {}")  # below a thousand: no separator to read
def test_dtta_amount_reads_back(amount: int, grouping: str, currency: str) -> None:
    """An amount written with any thousands separator and currency sign reads back to itself."""
    written = f"{amount:,}".replace(",", grouping) if grouping else str(amount)
    sentence = f"The JPO receives a DTTA of {currency.format(written)} per year."
    reading = reading_of(sentence)
    assert reading.post.dtta is not None
    assert Decimal(amount) == reading.post.dtta.annual.amount


# --- application and contact ------------------------------------------------------------


def test_application_link_in_a_sentence() -> None:
    """A link in a sentence on applying is where applications go."""
    # http://naombakazi.blogspot.com (ILO)
    text = (
        "How to apply\nTo apply please visit ILO`s e-Recruitment website at "
        "https://erecruit.ilo.org. The system provides instructions for online application "
        "procedures."
    )
    application = terms_of(text)["application"]
    assert (["https://erecruit.ilo.org"], True) == (
        application["urls"],
        application["online_only"],
    )


def test_application_notes_leave_other_text_out() -> None:
    """Only statements on the process are notes; a link to the agency's site is not for applying."""
    # https://www.impactpool.org (WFP, Maputo)
    text = (
        "How to apply\n"
        "To learn more about WFP, visit our website: https://www.wfp.org and follow us.\n"
        "Only shortlisted candidates will be contacted.\n"
        "Residential location (if applicable)"
    )
    assert {"notes": ["Only shortlisted candidates will be contacted."]} == terms_of(text)[
        "application"
    ]


def test_contact_block() -> None:
    """A contact block gives the office, its address and its web address."""
    text = (
        "Contact\nOffice of the Special Adviser on Gender Issues (OSAGI)\n"
        "2 United Nations Plaza, New York, United States\nURL: http://www.un.org/osagi"
    )
    assert {
        "organisation": "Office of the Special Adviser on Gender Issues (OSAGI)",
        "address": ["2 United Nations Plaza, New York, United States"],
        "country": "US",
        "url": "http://www.un.org/osagi",
    } == terms_of(text)["contact"]
