"""The public face: every name `jpo_model` exported before the restructuring still imports.

Module paths changed in 0.x (see the changelog); the names a user imports from the
package did not.
"""

from __future__ import annotations

import importlib

import pytest

import jpo_model

# jpo_model.__all__ before the folders (commit 9de7ed2), in its order.
EXPORTED_BEFORE = (
    "MAX_DEPTH",
    "MAX_SIZE",
    "MISSING",
    "SCHEMA_VERSION",
    "AgeReference",
    "AgeRule",
    "Application",
    "AppointmentTerms",
    "Assessment",
    "AssignmentCalendar",
    "Binding",
    "Cadence",
    "CadenceUnit",
    "CalendarComponent",
    "Candidate",
    "Competencies",
    "Competency",
    "CompetencyFramework",
    "Contact",
    "ContractExtension",
    "ContractTerm",
    "ContractYear",
    "Criterion",
    "CurrencyMismatchError",
    "Deadline",
    "DeadlineError",
    "DeadlinePolicy",
    "DeadlineReading",
    "DeadlineResolution",
    "Degree",
    "DegreeSubstitution",
    "DocumentForm",
    "DonorRate",
    "DttaAllowance",
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
    "Duties",
    "DutyGroup",
    "DutyStation",
    "EducationLevel",
    "EducationLocationRule",
    "EducationRequirement",
    "EligibilityRules",
    "ErrorDetail",
    "EvaluationSystem",
    "ExchangeRate",
    "ExperienceCounting",
    "ExperienceKind",
    "ExperiencePeriod",
    "ExperienceRequirement",
    "ExperienceWeight",
    "ExtensionCondition",
    "ExtensionRule",
    "FamilyStatus",
    "Finding",
    "FloatAmountError",
    "Funding",
    "Grade",
    "GradeLevel",
    "GradeOffer",
    "HardshipCategory",
    "IcalUnavailableError",
    "IssueSeverity",
    "JobPostingIssue",
    "JpoModelError",
    "KeyDocument",
    "LanguageRequirement",
    "LanguageSkill",
    "LeapDayBirthday",
    "Learning",
    "LearningEvent",
    "MilitaryServiceExtension",
    "Money",
    "NationalityRule",
    "NationalityScope",
    "Necessity",
    "Organisation",
    "OrganisationLevel",
    "OrganisationUnit",
    "Person",
    "Post",
    "PostKind",
    "PostReference",
    "Proficiency",
    "ProrationUnit",
    "Qualifications",
    "ReadingBasis",
    "Relevance",
    "ReportingLine",
    "Requirement",
    "Sponsor",
    "StepIncrement",
    "Supervision",
    "SupervisionRole",
    "TimeShare",
    "TrainingJustification",
    "UnExperienceCeiling",
    "UnknownDonorError",
    "UnknownExampleError",
    "ValidationError",
    "Verdict",
    "WallTimeChoice",
    "WorkPlan",
    "add_months",
    "age_on",
    "assess",
    "dump",
    "dumps",
    "examples",
    "from_dict",
    "jobposting_issues",
    "jobposting_script",
    "json_schema",
    "load",
    "loads",
    "parse_deadline",
    "period_end",
    "render",
    "screen",
    "to_dict",
    "to_jobposting",
)


@pytest.mark.parametrize("name", EXPORTED_BEFORE)
def test_every_earlier_public_name_still_imports_from_the_package(name: str) -> None:
    """``from jpo_model import X`` works for each name, and X is still in ``__all__``."""
    assert name in jpo_model.__all__
    namespace: dict[str, object] = {}
    exec(f"from jpo_model import {name}", namespace)  # noqa: S102 - the names above
    assert namespace[name] is getattr(jpo_model, name)


def test_all_lists_only_names_the_package_has() -> None:
    """Every name in ``__all__`` is an attribute, and names are not listed twice."""
    assert [] == [name for name in jpo_model.__all__ if not hasattr(jpo_model, name)]
    assert len(set(jpo_model.__all__)) == len(jpo_model.__all__)


@pytest.mark.parametrize(
    "folder",
    ["deadlines", "eligibility", "assignment", "dtta", "interchange", "localisation", "reading"],
)
def test_each_folder_exports_what_its_modules_do(folder: str) -> None:
    """A folder's ``__all__`` names exist, and the package re-exports the same objects."""
    package = importlib.import_module(f"jpo_model.{folder}")
    for name in package.__all__:
        value = getattr(package, name)
        if name in jpo_model.__all__:
            assert value is getattr(jpo_model, name)
