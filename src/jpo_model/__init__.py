"""jpo_model: a typed, immutable domain model of UN Junior Professional Officer posts."""

from __future__ import annotations

from jpo_model import examples
from jpo_model.age import LeapDayBirthday, age_on
from jpo_model.appointment import AppointmentTerms, ExtensionCondition, ExtensionRule
from jpo_model.assignment_calendar import AssignmentCalendar, StepIncrement, add_months, period_end
from jpo_model.candidate import Candidate, Degree, ExperiencePeriod, LanguageSkill, Relevance
from jpo_model.contract_years import ContractExtension, ContractTerm, ContractYear, Funding
from jpo_model.deadline_parsing import parse_deadline
from jpo_model.deadline_policy import (
    Binding,
    DeadlinePolicy,
    DeadlineReading,
    DeadlineResolution,
    ReadingBasis,
    WallTimeChoice,
)
from jpo_model.deadlines import Deadline
from jpo_model.dtta import DttaAllowance
from jpo_model.dtta_ledger import (
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
from jpo_model.dtta_policy import (
    DonorRate,
    DttaCategory,
    DttaPolicy,
    DttaRateTable,
    ProrationUnit,
)
from jpo_model.duties import Duties, DutyGroup
from jpo_model.eligibility import Assessment, Criterion, Finding, Verdict, assess, screen
from jpo_model.eligibility_rules import (
    AgeReference,
    AgeRule,
    EducationLocationRule,
    EligibilityRules,
    MilitaryServiceExtension,
    NationalityRule,
    NationalityScope,
    UnExperienceCeiling,
)
from jpo_model.errors import (
    MISSING,
    CurrencyMismatchError,
    DeadlineError,
    ErrorDetail,
    FloatAmountError,
    JpoModelError,
    UnknownDonorError,
    UnknownExampleError,
    ValidationError,
)
from jpo_model.exchange import ExchangeRate
from jpo_model.grade import Grade, GradeLevel, GradeOffer
from jpo_model.ical import CalendarComponent, IcalUnavailableError
from jpo_model.jsonld import (
    IssueSeverity,
    JobPostingIssue,
    jobposting_issues,
    jobposting_script,
    to_jobposting,
)
from jpo_model.learning import Learning, LearningEvent
from jpo_model.money import Money
from jpo_model.organisation import (
    DutyStation,
    FamilyStatus,
    HardshipCategory,
    Organisation,
    OrganisationLevel,
    OrganisationUnit,
)
from jpo_model.posts import (
    Application,
    Contact,
    DocumentForm,
    KeyDocument,
    Post,
    PostKind,
    PostReference,
    Sponsor,
)
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
from jpo_model.rendering import render
from jpo_model.schema import json_schema
from jpo_model.serialization import (
    MAX_DEPTH,
    MAX_SIZE,
    SCHEMA_VERSION,
    dump,
    dumps,
    from_dict,
    load,
    loads,
    to_dict,
)
from jpo_model.supervision import (
    Cadence,
    CadenceUnit,
    EvaluationSystem,
    Person,
    ReportingLine,
    Supervision,
    SupervisionRole,
    TimeShare,
    WorkPlan,
)

__all__ = [
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
]


def __getattr__(name: str) -> str:
    if name == "__version__":
        from importlib.metadata import version  # noqa: PLC0415 - only when asked for

        return version("jpo_model")
    raise AttributeError(f"module 'jpo_model' has no attribute {name!r}")
