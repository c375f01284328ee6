"""Root pytest configuration: hypothesis profiles and executable documentation (Sybil)."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings
from sybil import Sybil
from sybil.parsers.markdown import PythonCodeBlockParser
from sybil.parsers.rest import DocTestParser

settings.register_profile("dev", max_examples=30, deadline=None)
settings.register_profile(
    "ci",
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    print_blob=True,
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))

pytest_collect_file = (
    Sybil(parsers=[PythonCodeBlockParser()], patterns=["*.md"], path=".", excludes=["CHANGELOG.md"])
    + Sybil(parsers=[DocTestParser()], patterns=["*.py"], path="src")
).pytest()
