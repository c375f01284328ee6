"""Developer tasks: `nox` runs lint, typecheck and tests; `nox -s demo` runs the CLI."""

from __future__ import annotations

import nox

nox.options.error_on_external_run = True
nox.options.default_venv_backend = "venv"
nox.options.reuse_existing_virtualenvs = True
nox.options.sessions = ["lint", "typecheck", "tests"]

PYPROJECT = nox.project.load_toml("pyproject.toml")


def _group(name: str) -> list[str]:
    return list(nox.project.dependency_groups(PYPROJECT, name))


@nox.session
def tests(session: nox.Session) -> None:
    """Run the test suite with the CI hypothesis profile and a branch coverage report."""
    session.install("-e", ".[strategies,ical]", *_group("tests"))
    session.run(
        "pytest",
        "--hypothesis-profile=ci",
        "--cov",
        "--cov-report=term",
        *session.posargs,
    )


@nox.session
def lint(session: nox.Session) -> None:
    """Check style and formatting with ruff."""
    session.install(*_group("lint"))
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")


@nox.session
def typecheck(session: nox.Session) -> None:
    """Type-check the package and the tests with mypy --strict."""
    session.install("-e", ".[strategies,ical]", *_group("typing"))
    session.run("mypy")


@nox.session
def demo(session: nox.Session) -> None:
    """Run the `jpo` command line on every bundled example."""
    session.install(".")
    session.run("jpo", "examples")
    for slug in (
        "rco-cambodia-23p302",
        "ilo-ethics-2340",
        "ohchr-25p153",
        "osagi-gender-focal-point",
        "ilo-socpro-2212",
    ):
        session.run("jpo", "show", slug)
