"""Strategies for appointment terms: initial duration and extensions."""

from __future__ import annotations

from collections.abc import Mapping

from hypothesis import strategies as st
from hypothesis.strategies import SearchStrategy

from jpo_model.appointment import AppointmentTerms, ExtensionCondition, ExtensionRule
from jpo_model.strategies._primitives import builds_joint, led_by, optional, pick, texts, tuples

# JPO assignments last one to four years; ten years bounds every stated duration with room.
_MAX_MONTHS = 120


def _months() -> SearchStrategy[int]:
    return st.integers(1, _MAX_MONTHS)


def extension_rules(
    *,
    step_months: SearchStrategy[int | None] | None = None,
    min_extensions: SearchStrategy[int | None] | None = None,
    max_extensions: SearchStrategy[int | None] | None = None,
    max_total_months: SearchStrategy[int | None] | None = None,
) -> SearchStrategy[ExtensionRule]:
    """Extension rules with any of their limits stated or not.

    The most extensions is never below the fewest offered (either may lead).
    """

    def most_for(least: int | None) -> SearchStrategy[Mapping[str, object]]:
        above = optional(st.integers(least or 1, (least or 1) + 4))
        return st.fixed_dictionaries({"max_extensions": pick(max_extensions, above)})

    def least_for(most: int | None) -> SearchStrategy[Mapping[str, object]]:
        below = optional(st.integers(1, most or 5))
        return st.fixed_dictionaries({"min_extensions": below})

    if max_extensions is not None and min_extensions is None:
        joint = led_by("max_extensions", max_extensions, least_for)
    else:
        joint = led_by(
            "min_extensions", pick(min_extensions, optional(st.integers(1, 3))), most_for
        )
    return builds_joint(
        ExtensionRule,
        joint,
        step_months=pick(step_months, optional(st.integers(1, 24))),
        max_total_months=pick(max_total_months, optional(_months())),
    )


def appointment_terms(  # noqa: PLR0913 - one keyword per field of the model
    *,
    initial_months: SearchStrategy[int] | None = None,
    renewable: SearchStrategy[bool] | None = None,
    extension: SearchStrategy[ExtensionRule | None] | None = None,
    extension_conditions: SearchStrategy[tuple[ExtensionCondition, ...]] | None = None,
    review_every_months: SearchStrategy[int | None] | None = None,
    wording: SearchStrategy[str | None] | None = None,
) -> SearchStrategy[AppointmentTerms]:
    """Appointment terms; an extension rule appears only on renewable terms.

    The extension follows ``renewable`` and ``initial_months``: its maximum total is never
    shorter than the initial appointment. Given an extension, the terms follow it instead
    (renewable, and no longer at the start than the maximum total).
    """

    def extension_for(months: int, can_renew: bool) -> SearchStrategy[Mapping[str, object]]:
        follows: SearchStrategy[ExtensionRule | None] = st.none()
        if can_renew:
            total = optional(st.integers(months, months + 48))
            follows = optional(extension_rules(max_total_months=total))
        return st.fixed_dictionaries({"initial_months": st.just(months), "extension": follows})

    def renewal_for(can_renew: bool) -> SearchStrategy[Mapping[str, object]]:
        return pick(initial_months, _months()).flatmap(lambda m: extension_for(m, can_renew))

    def terms_for(rule: ExtensionRule | None) -> SearchStrategy[Mapping[str, object]]:
        longest = _MAX_MONTHS if rule is None else rule.max_total_months or _MAX_MONTHS
        can_renew = st.booleans() if rule is None else st.just(True)  # noqa: FBT003
        return st.fixed_dictionaries(
            {
                "renewable": pick(renewable, can_renew),
                "initial_months": pick(initial_months, st.integers(1, longest)),
            }
        )

    if extension is not None:
        joint = led_by("extension", extension, terms_for)
    else:
        joint = led_by("renewable", pick(renewable, st.booleans()), renewal_for)
    return builds_joint(
        AppointmentTerms,
        joint,
        extension_conditions=pick(
            extension_conditions,
            tuples(st.sampled_from(ExtensionCondition), max_size=3, unique=True),
        ),
        review_every_months=pick(review_every_months, optional(st.integers(1, 24))),
        wording=pick(wording, optional(texts())),
    )
