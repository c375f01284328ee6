"""jpo_model: a typed, immutable domain model of UN Junior Professional Officer posts."""

from __future__ import annotations

# examples/: the bundled announcements
from jpo_model import examples
from jpo_model.age import (
    LeapDayBirthday,
    age_on,
)

# The post and its parts: what an announcement states
from jpo_model.appointment import (
    AppointmentTerms,
    ExtensionCondition,
    ExtensionRule,
)

# assignment/: the assignment calendar and contract years
from jpo_model.assignment import (
    AssignmentCalendar,
    ContractExtension,
    ContractTerm,
    ContractYear,
    Funding,
    StepIncrement,
    add_months,
    period_end,
)

# deadlines/: the stated deadline, its policy and its reader (below the post)
from jpo_model.deadlines import (
    Binding,
    Deadline,
    DeadlinePolicy,
    DeadlineReading,
    DeadlineResolution,
    ReadingBasis,
    WallTimeChoice,
    parse_deadline,
)

# dtta/: DTTA amounts per donor, and the ledger
from jpo_model.dtta import (
    DonorRate,
    DttaCategory,
    DttaDecision,
    DttaEntry,
    DttaEntryStatus,
    DttaExpiry,
    DttaLedger,
    DttaPolicy,
    DttaRateTable,
    DttaReason,
    DttaRefusal,
    DttaStatement,
    DttaYearStatement,
    ProrationUnit,
    TrainingJustification,
)
from jpo_model.dtta_allowance import (
    DttaAllowance,
)
from jpo_model.duties import (
    Duties,
    DutyGroup,
)

# eligibility/: candidates assessed against a post's rules
from jpo_model.eligibility import (
    Assessment,
    Candidate,
    Criterion,
    Degree,
    ExperiencePeriod,
    Finding,
    LanguageSkill,
    Relevance,
    Verdict,
    assess,
    screen,
)
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

# Foundations: errors, money and exchange rates, ages
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
from jpo_model.exchange import (
    ExchangeRate,
)
from jpo_model.grade import (
    Grade,
    GradeLevel,
    GradeOffer,
)

# interchange/: documents, JSON Schema, JSON-LD, iCalendar
from jpo_model.interchange import (
    MAX_DEPTH,
    MAX_SIZE,
    SCHEMA_VERSION,
    CalendarComponent,
    IcalUnavailableError,
    IssueSeverity,
    JobPostingIssue,
    assignment_to_ical,
    deadline_to_ical,
    dump,
    dumps,
    from_dict,
    jobposting_issues,
    jobposting_script,
    json_schema,
    load,
    loads,
    to_dict,
    to_jobposting,
)
from jpo_model.learning import (
    Learning,
    LearningEvent,
)

# localisation/: posts written in any locale
from jpo_model.localisation import (
    render,
)
from jpo_model.money import (
    Money,
)
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

__all__ = [  # noqa: RUF022 - grouped by folder, as the imports above
    # Foundations: errors, money and exchange rates, ages
    "MISSING",
    "CurrencyMismatchError",
    "DeadlineError",
    "ErrorDetail",
    "FloatAmountError",
    "JpoModelError",
    "UnknownDonorError",
    "UnknownExampleError",
    "ValidationError",
    "Money",
    "ExchangeRate",
    "LeapDayBirthday",
    "age_on",
    # deadlines/: the stated deadline, its policy and its reader (below the post)
    "Binding",
    "Deadline",
    "DeadlinePolicy",
    "DeadlineReading",
    "DeadlineResolution",
    "ReadingBasis",
    "WallTimeChoice",
    "parse_deadline",
    # The post and its parts: what an announcement states
    "AppointmentTerms",
    "ExtensionCondition",
    "ExtensionRule",
    "Duties",
    "DutyGroup",
    "DttaAllowance",
    "AgeReference",
    "AgeRule",
    "EducationLocationRule",
    "EligibilityRules",
    "MilitaryServiceExtension",
    "NationalityRule",
    "NationalityScope",
    "UnExperienceCeiling",
    "Grade",
    "GradeLevel",
    "GradeOffer",
    "Learning",
    "LearningEvent",
    "DutyStation",
    "FamilyStatus",
    "HardshipCategory",
    "Organisation",
    "OrganisationLevel",
    "OrganisationUnit",
    "Application",
    "Contact",
    "DocumentForm",
    "KeyDocument",
    "Post",
    "PostKind",
    "PostReference",
    "Sponsor",
    "Competencies",
    "Competency",
    "CompetencyFramework",
    "DegreeSubstitution",
    "EducationLevel",
    "EducationRequirement",
    "ExperienceCounting",
    "ExperienceKind",
    "ExperienceRequirement",
    "ExperienceWeight",
    "LanguageRequirement",
    "Necessity",
    "Proficiency",
    "Qualifications",
    "Requirement",
    "Cadence",
    "CadenceUnit",
    "EvaluationSystem",
    "Person",
    "ReportingLine",
    "Supervision",
    "SupervisionRole",
    "TimeShare",
    "WorkPlan",
    # eligibility/: candidates assessed against a post's rules
    "Assessment",
    "Candidate",
    "Criterion",
    "Degree",
    "ExperiencePeriod",
    "Finding",
    "LanguageSkill",
    "Relevance",
    "Verdict",
    "assess",
    "screen",
    # assignment/: the assignment calendar and contract years
    "AssignmentCalendar",
    "ContractExtension",
    "ContractTerm",
    "ContractYear",
    "Funding",
    "StepIncrement",
    "add_months",
    "period_end",
    # dtta/: DTTA amounts per donor, and the ledger
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
    # interchange/: documents, JSON Schema, JSON-LD, iCalendar
    "MAX_DEPTH",
    "MAX_SIZE",
    "SCHEMA_VERSION",
    "CalendarComponent",
    "IcalUnavailableError",
    "IssueSeverity",
    "JobPostingIssue",
    "assignment_to_ical",
    "deadline_to_ical",
    "dump",
    "dumps",
    "from_dict",
    "jobposting_issues",
    "jobposting_script",
    "json_schema",
    "load",
    "loads",
    "to_dict",
    "to_jobposting",
    # localisation/: posts written in any locale
    "render",
    # examples/: the bundled announcements
    "examples",
]


def __getattr__(name: str) -> str:
    if name == "__version__":
        from importlib.metadata import version  # noqa: PLC0415 - only when asked for

        return version("jpo_model")
    raise AttributeError(f"module 'jpo_model' has no attribute {name!r}")
