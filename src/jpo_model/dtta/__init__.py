"""DTTA budgeting: each donor's amounts and terms, and the ledger a JPO keeps year by year.

The allowance a post states is part of the model (`jpo_model.dtta_allowance`); this folder
holds the rules computed on it.
"""

from __future__ import annotations

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
