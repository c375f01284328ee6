"""Reading what a post is: title, reference, form, kind, organisation, duty station."""

from __future__ import annotations

from pathlib import Path

import pytest

from jpo_model import examples
from jpo_model.reading import read_announcement

SEEDS = Path(__file__).parents[3] / "shared" / "seeds"
SLUGS = {
    "000_a23a2f03c1031300.txt": "rco-cambodia-23p302",
    "001_7523aa324b10b826.txt": "ilo-ethics-2340",
    "002_79a711115a296add.txt": "ohchr-25p153",
    "003_2fecbb0ebb8bc5c7.txt": "osagi-gender-focal-point",
    "004_a56a5a441572a93c.txt": "ilo-socpro-2212",
}


@pytest.mark.parametrize("seed", sorted(SLUGS))
def test_the_seeds_identity_is_read_as_the_bundled_example_holds_it(seed: str) -> None:
    """Title, form, kind, reference, entity and duty station equal the bundled example's."""
    expected = examples.load(SLUGS[seed])
    post = read_announcement(SEEDS / seed).post
    assert (expected.title, expected.kind, expected.document) == (
        post.title,
        post.kind,
        post.document,
    )
    assert expected.reference == post.reference
    assert expected.duty_station == post.duty_station
    assert expected.organisation.units[0] == post.organisation.units[0]


def test_the_un_template_states_units_by_slashes() -> None:
    """Seed 000: 'United Nations / Resident Coordinator System (RCS) / Substantive Unit'."""
    units = read_announcement(SEEDS / "000_a23a2f03c1031300.txt").post.organisation.units
    assert [
        ("United Nations", "entity", None),
        ("Resident Coordinator System", "system", "RCS"),
    ] == [(u.name, u.level.value, u.abbreviation) for u in units[:2]]
    assert ("Substantive Unit", "unit") == (units[-1].name, units[-1].level.value)


def test_a_filled_template_with_a_crossed_box_states_the_family_status() -> None:
    """OCHA Jerusalem ToR: '[Non-Family Duty Station: yes / no X ]'.

    Source: https://docsbay.net/united-nations-jpoprogramme
    """
    reading = read_announcement(
        "TERMS OF REFERENCE\nTitle: JPO in Humanitarian Affairs\n"
        "Organization/Office: United Nations Office for the Coordination of Humanitarian "
        "Affairs (OCHA)\n"
        "Duty Station: Jerusalem\n[Non-Family Duty Station: yes / no X ]\n"
    )
    # Jerusalem is no country: the duty station is not placed, and nothing is guessed.
    assert reading.post.duty_station is None
    assert "OCHA" == reading.post.organisation.units[0].abbreviation
    assert any("Jerusalem" in p.text for p in reading.unplaced)


def test_unhcr_family_type_field() -> None:
    """UNHCR vacancies (unjobnet.org/jobs/detail/84413855) write 'Family Type' then the value."""
    reading = read_announcement(
        "Title: Associate Programme Officer\nAgency: UNHCR\nDuty Station: Kigali, Rwanda\n"
        "Family Type\tFamily\nHardship Level\tB\n"
    )
    station = reading.post.duty_station
    assert station is not None
    assert ("RW", "Kigali", "Africa/Kigali") == (station.country, station.city, station.time_zone)
    assert ("family", "B") == (
        station.family_status.value,
        station.hardship.value if station.hardship else None,
    )


def test_a_french_announcement_is_read() -> None:
    """French labels: 'Titre du poste', 'Lieu d'affectation', 'Organisme'."""
    reading = read_announcement(
        "Termes de référence\nTitre du poste : Jeune expert associé en protection de l'enfance\n"
        "Organisme : Fonds des Nations Unies pour l'enfance (UNICEF)\n"
        "Lieu d'affectation : Dakar, Sénégal\n"
    )
    post = reading.post
    assert "Jeune expert associé en protection de l'enfance" == post.title
    assert ("terms-of-reference", "jpo") == (post.document.value, post.kind.value)
    assert "UNICEF" == post.organisation.units[0].abbreviation
    assert post.duty_station is not None
    assert ("SN", "Dakar") == (post.duty_station.country, post.duty_station.city)
    assert "fr" == post.language


def test_a_spanish_announcement_is_read() -> None:
    """Spanish labels: 'Título del puesto', 'Lugar de destino'."""
    reading = read_announcement(
        "Términos de referencia\nTítulo del puesto: Experto Asociado en Gobernanza\n"
        "Organismo: Programa de las Naciones Unidas para el Desarrollo (PNUD)\n"
        "Lugar de destino: Ciudad de Panamá, Panamá\n"
    )
    post = reading.post
    assert ("Experto Asociado en Gobernanza", "jpo") == (post.title, post.kind.value)
    assert post.duty_station is not None
    assert ("PA", "Ciudad de Panamá", "America/Panama") == (
        post.duty_station.country,
        post.duty_station.city,
        post.duty_station.time_zone,
    )


def test_a_zone_of_a_country_with_several_is_not_guessed() -> None:
    """A duty station in a country of several zones, in a city CLDR does not name, gets none."""
    reading = read_announcement(
        "Title: JPO\nAgency: UNICEF\nDuty Station: Goma, Democratic Republic of the Congo\n"
    )
    station = reading.post.duty_station
    assert station is not None
    assert ("CD", None) == (station.country, station.time_zone)


def test_a_text_that_names_no_programme_is_read_as_a_staff_role_and_says_so() -> None:
    """The kind is inferred, and the assumption says so."""
    reading = read_announcement(
        "Job description for a Gender Focal Point within the United Nations Secretariat"
    )
    assert ("Gender Focal Point", "staff-role") == (reading.post.title, reading.post.kind.value)
    assert any(a.path == "kind" for a in reading.assumptions)


def test_a_title_with_an_example_instruction_is_not_a_title() -> None:
    """A template's unfilled 'Title: e.g. …' states no title."""
    with pytest.raises(ValueError, match="title"):
        read_announcement("Title: e.g. Programme Officer\nAgency: UNDP\n")
