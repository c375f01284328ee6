"""jpo_model: a typed, immutable domain model of UN Junior Professional Officer posts."""

from __future__ import annotations

from jpo_model import examples
from jpo_model.appointment import AppointmentTerms, ExtensionCondition, ExtensionRule
from jpo_model.deadlines import Deadline
from jpo_model.dtta import DttaAllowance
from jpo_model.duties import Duties, DutyGroup
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
from jpo_model.errors import ErrorDetail, JpoModelError, UnknownExampleError, ValidationError
from jpo_model.grade import Grade, GradeLevel, GradeOffer
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
from jpo_model.serialization import SCHEMA_VERSION, dump, dumps, from_dict, load, loads, to_dict
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
    "SCHEMA_VERSION",
    "AgeReference",
    "AgeRule",
    "Application",
    "AppointmentTerms",
    "Cadence",
    "CadenceUnit",
    "Competencies",
    "Competency",
    "CompetencyFramework",
    "Contact",
    "Deadline",
    "DegreeSubstitution",
    "DocumentForm",
    "DttaAllowance",
    "Duties",
    "DutyGroup",
    "DutyStation",
    "EducationLevel",
    "EducationLocationRule",
    "EducationRequirement",
    "EligibilityRules",
    "ErrorDetail",
    "EvaluationSystem",
    "ExperienceCounting",
    "ExperienceKind",
    "ExperienceRequirement",
    "ExperienceWeight",
    "ExtensionCondition",
    "ExtensionRule",
    "FamilyStatus",
    "Grade",
    "GradeLevel",
    "GradeOffer",
    "HardshipCategory",
    "JpoModelError",
    "KeyDocument",
    "LanguageRequirement",
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
    "Qualifications",
    "ReportingLine",
    "Requirement",
    "Sponsor",
    "Supervision",
    "SupervisionRole",
    "TimeShare",
    "UnExperienceCeiling",
    "UnknownExampleError",
    "ValidationError",
    "WorkPlan",
    "dump",
    "dumps",
    "examples",
    "from_dict",
    "load",
    "loads",
    "to_dict",
]


def __getattr__(name: str) -> str:
    if name == "__version__":
        from importlib.metadata import version  # noqa: PLC0415 - only when asked for

        return version("jpo_model")
    raise AttributeError(f"module 'jpo_model' has no attribute {name!r}")
