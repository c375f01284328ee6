"""Hypothesis strategies for every public model type, so users can test their own code.

Each strategy is named as a plural noun for its type (`posts`, `duty_stations`, `grades`,
`money`), draws only valid objects, and takes one keyword argument per field of the type
to override how that field is drawn::

    posts(deadline=st.none())
    duty_stations(country=st.just("CH"))

Drawn objects cover the whole model: every optional part is sometimes missing, every enum
value occurs, codes come from the real code lists (ISO 3166, ISO 4217, IANA, BCP 47),
text is arbitrary stripped Unicode that JSON and TOML carry, money never has more
decimals than its currency allows, and dates lie between 1970 and 2100.

Where a rule ties fields together (``home_based`` and ``city``; ``renewable``,
``initial_months`` and ``extension``; ``matrix`` and ``lines``; a minimum and a maximum; an
age rule's reference and its fixed month and day; ``deadline`` and its restatements), the
fields are drawn together: whichever one the caller fixes, the others are drawn to match
it. A caller who fixes several tied fields at once must keep them consistent.

Beside the model types, the building blocks they use are public too: `amounts` (Decimal
amounts a currency allows), `country_codes`, `currency_codes`, `language_tags` and
`time_zones`, drawn from the code lists that decide validity.

Needs hypothesis: install the ``jpo_model[strategies]`` extra. Importing `jpo_model` itself
never imports hypothesis.

>>> from hypothesis import given, settings, strategies as st
>>> @settings(max_examples=10)  # a post draws hundreds of values: a few posts go a long way
... @given(posts(duty_station=duty_stations(country=st.just("CH"))))
... def test_posts_in_switzerland(post):
...     assert post.duty_station is None or post.duty_station.country == "CH"
>>> test_posts_in_switzerland()
"""

from __future__ import annotations

try:
    import hypothesis  # noqa: F401 - fail early with advice when the extra is missing
except ImportError as error:  # pragma: no cover - hypothesis is installed for the tests
    raise ImportError(
        "jpo_model.strategies needs hypothesis: pip install 'jpo_model[strategies]' "
        "(from a checkout: pip install '.[strategies]')"
    ) from error

from jpo_model.strategies._appointment import appointment_terms, extension_rules
from jpo_model.strategies._candidates import (
    candidates,
    degrees,
    experience_periods,
    language_skills,
)
from jpo_model.strategies._deadlines import deadlines
from jpo_model.strategies._dtta import (
    contract_terms,
    dtta_entries,
    dtta_ledgers,
    dtta_policies,
    exchange_rates,
    justifications,
)
from jpo_model.strategies._duties import duties, duty_groups
from jpo_model.strategies._eligibility_rules import (
    age_alternatives,
    age_rules,
    education_location_rules,
    eligibility_rules,
    military_service_extensions,
    nationality_rules,
    un_experience_ceilings,
)
from jpo_model.strategies._grade import grade_offers, grades
from jpo_model.strategies._learning import learning, learning_events
from jpo_model.strategies._money import amounts, dtta_allowances, money
from jpo_model.strategies._organisation import duty_stations, organisation_units, organisations
from jpo_model.strategies._posts import (
    applications,
    contacts,
    key_documents,
    post_references,
    posts,
    sponsors,
    target_starts,
)
from jpo_model.strategies._primitives import (
    country_codes,
    currency_codes,
    language_tags,
    time_zones,
)
from jpo_model.strategies._qualifications import (
    competencies,
    competency_items,
    degree_substitutions,
    education_requirements,
    experience_countings,
    experience_requirements,
    experience_weights,
    language_requirements,
    qualifications,
    requirements,
)
from jpo_model.strategies._supervision import (
    cadences,
    people,
    reporting_lines,
    supervisions,
    time_shares,
    work_plans,
)

__all__ = [
    "age_alternatives",
    "age_rules",
    "amounts",
    "applications",
    "appointment_terms",
    "cadences",
    "candidates",
    "competencies",
    "competency_items",
    "contacts",
    "contract_terms",
    "country_codes",
    "currency_codes",
    "deadlines",
    "degree_substitutions",
    "degrees",
    "dtta_allowances",
    "dtta_entries",
    "dtta_ledgers",
    "dtta_policies",
    "duties",
    "duty_groups",
    "duty_stations",
    "education_location_rules",
    "education_requirements",
    "eligibility_rules",
    "exchange_rates",
    "experience_countings",
    "experience_periods",
    "experience_requirements",
    "experience_weights",
    "extension_rules",
    "grade_offers",
    "grades",
    "justifications",
    "key_documents",
    "language_requirements",
    "language_skills",
    "language_tags",
    "learning",
    "learning_events",
    "military_service_extensions",
    "money",
    "nationality_rules",
    "organisation_units",
    "organisations",
    "people",
    "post_references",
    "posts",
    "qualifications",
    "reporting_lines",
    "requirements",
    "sponsors",
    "supervisions",
    "target_starts",
    "time_shares",
    "time_zones",
    "un_experience_ceilings",
    "work_plans",
]
