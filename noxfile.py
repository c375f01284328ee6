"""Developer tasks: `nox` runs lint, typecheck, tests and docs; `nox -s demo` runs the CLI."""

from __future__ import annotations

import nox

nox.options.error_on_external_run = True
nox.options.default_venv_backend = "venv"
nox.options.reuse_existing_virtualenvs = True
nox.options.sessions = ["lint", "typecheck", "tests", "docs"]

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
def docs(session: nox.Session) -> None:
    """Build the documentation site offline, warnings as errors (into site/ unless given)."""
    session.install("-e", ".", *_group("docs"))
    site_dir = session.posargs[0] if session.posargs else "site"
    session.run("mkdocs", "build", "--strict", "--site-dir", site_dir)


@nox.session
def demo(session: nox.Session) -> None:
    """Run the `jpo` command line on every bundled example.

    Every example is summarised; the one with a deadline, an eligibility rule set and a DTTA
    (25P153) is also resolved, planned and rendered. Instants are fixed so output is stable.
    """
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
        if slug != "osagi-gender-focal-point":  # a focal point has no appointment terms
            session.run("jpo", "calendar", slug, "--start", "2026-05-01")
    at = "2026-03-10T20:00:00Z"
    session.run("jpo", "deadline", "ohchr-25p153", "--at", at, "--tz", "Africa/Nairobi")
    session.run("jpo", "dtta", "ohchr-25p153", "--start", "2026-05-01", "--on", "2026-05-01")
    session.run("jpo", "show", "ohchr-25p153", "--locale", "fr", "--format", "markdown")


@nox.session
def catalogs(session: nox.Session) -> None:
    """Extract the translatable messages, update each locale's catalog, and compile them.

    Messages are marked with ``N_()`` (see babel.cfg); the .po and compiled .mo files are
    committed, so that the wheel carries them and the tests need no compiler.
    """
    session.install("babel")
    locale_dir = "src/jpo_model/locale"
    template = f"{locale_dir}/jpo_model.pot"
    session.run(
        "pybabel", "extract", "-F", "babel.cfg", "-k", "N_", "--no-location",
        "--sort-output", "--omit-header", "-o", template, ".",
    )  # fmt: skip
    session.run(
        "pybabel", "update", "-i", template, "-d", locale_dir, "-D", "jpo_model",
        "--no-fuzzy-matching", "--ignore-obsolete", "--width", "100",
    )  # fmt: skip
    session.run("pybabel", "compile", "-d", locale_dir, "-D", "jpo_model", "--statistics")
