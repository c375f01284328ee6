"""DTTA budgeting: each donor's amounts and terms, and the ledger a JPO keeps year by year.

The allowance a post states is part of the model (`jpo_model.dtta_allowance`); this folder
holds the rules computed on it.

The names are loaded on first use (PEP 562), as in `jpo_model`.
"""

from __future__ import annotations

from jpo_model._lazy import lazy_names

# Not `typing.TYPE_CHECKING`: importing typing costs more than this module (type checkers
# read any constant of this name as true).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from jpo_model.dtta.ledger import (
        DttaDecision,
        DttaEntry,
        DttaEntryStatus,
        DttaExpiry,
        DttaLedger,
        DttaReason,
        DttaRefusal,
        DttaStatement,
        DttaYearStatement,
        TrainingJustification,
    )
    from jpo_model.dtta.policy import (
        DEFAULT_AUTHORISABLE,
        DEFAULT_ELIGIBLE,
        DEFAULT_EXCEPTED,
        DonorRate,
        DttaCategory,
        DttaPolicy,
        DttaRateTable,
        ProrationUnit,
    )

__all__ = [
    "DEFAULT_AUTHORISABLE",
    "DEFAULT_ELIGIBLE",
    "DEFAULT_EXCEPTED",
    "DonorRate",
    "DttaCategory",
    "DttaDecision",
    "DttaEntry",
    "DttaEntryStatus",
    "DttaExpiry",
    "DttaLedger",
    "DttaPolicy",
    "DttaRateTable",
    "DttaReason",
    "DttaRefusal",
    "DttaStatement",
    "DttaYearStatement",
    "ProrationUnit",
    "TrainingJustification",
]

_WHERE: dict[str, str] = {
    "DEFAULT_AUTHORISABLE": "jpo_model.dtta.policy",
    "DEFAULT_ELIGIBLE": "jpo_model.dtta.policy",
    "DEFAULT_EXCEPTED": "jpo_model.dtta.policy",
    "DonorRate": "jpo_model.dtta.policy",
    "DttaCategory": "jpo_model.dtta.policy",
    "DttaDecision": "jpo_model.dtta.ledger",
    "DttaEntry": "jpo_model.dtta.ledger",
    "DttaEntryStatus": "jpo_model.dtta.ledger",
    "DttaExpiry": "jpo_model.dtta.ledger",
    "DttaLedger": "jpo_model.dtta.ledger",
    "DttaPolicy": "jpo_model.dtta.policy",
    "DttaRateTable": "jpo_model.dtta.policy",
    "DttaReason": "jpo_model.dtta.ledger",
    "DttaRefusal": "jpo_model.dtta.ledger",
    "DttaStatement": "jpo_model.dtta.ledger",
    "DttaYearStatement": "jpo_model.dtta.ledger",
    "ProrationUnit": "jpo_model.dtta.policy",
    "TrainingJustification": "jpo_model.dtta.ledger",
}
"""The module each public name is loaded from."""


__getattr__, __dir__ = lazy_names(__name__, _WHERE, globals())
