"""Developer tasks: `nox` runs lint, typecheck, tests and docs; `nox -s demo` runs the CLI.

Every session but the two drift sessions installs exactly what ``uv.lock`` pins (``uv sync
--locked``, which refuses a lock that no longer matches ``pyproject.toml``), so a new
release upstream cannot change a test run. ``tests_latest`` (newest releases, unlocked) and
``tests_lowest`` (the lowest versions ``pyproject.toml`` allows for jpo_model's own
dependencies) are run on purpose, not by plain ``nox``.
"""

from __future__ import annotations

from pathlib import Path

import nox

nox.options.error_on_external_run = True
nox.options.default_venv_backend = "uv"
nox.options.reuse_existing_virtualenvs = True
nox.options.sessions = ["lint", "typecheck", "tests", "docs"]

PYPROJECT = nox.project.load_toml("pyproject.toml")
EXTRAS = ("strategies", "ical", "documents", "batch")
PYTEST = ("pytest", "--hypothesis-profile=ci", "--cov", "--cov-report=term")


def _sync(session: nox.Session, *groups: str, extras: tuple[str, ...] = ()) -> None:
    """Install the locked versions of the project, its ``extras`` and some groups."""
    options = [f"--extra={extra}" for extra in extras]
    options += [f"--group={g}" for g in groups]
    session.run_install(
        "uv",
        "sync",
        "--locked",
        "--no-default-groups",
        *options,
        env={"UV_PROJECT_ENVIRONMENT": session.virtualenv.location},
    )


@nox.session
def tests(session: nox.Session) -> None:
    """Run the test suite with the CI hypothesis profile and a branch coverage report."""
    _sync(session, "tests", extras=EXTRAS)
    session.run(*PYTEST, *session.posargs)


@nox.session
def tests_latest(session: nox.Session) -> None:
    """Run the tests with the newest releases that ``pyproject.toml`` allows (no lock).

    Also reports where the shipped code lists differ from the installed CLDR and tzdata.
    """
    extras = ",".join(EXTRAS)
    session.install(
        "--upgrade", "--reinstall-package=jpo_model", "-e", f".[{extras}]", "--group=tests"
    )
    session.run(*PYTEST, "-rs", *session.posargs)


@nox.session
def tests_lowest(session: nox.Session) -> None:
    """Run the tests with the lowest versions that ``pyproject.toml`` declares.

    Direct dependencies (jpo_model's, its extras' and the test tools') are installed at their
    floors (``lowest-direct``), so a floor that is too low fails here.
    """
    extras = ",".join(EXTRAS)
    session.install("--resolution=lowest-direct", "-e", f".[{extras}]", "--group=tests")
    session.run(*PYTEST, *session.posargs)


@nox.session
def lint(session: nox.Session) -> None:
    """Check style and formatting with ruff, and the import layers with import-linter."""
    _sync(session, "lint")
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")
    session.run("lint-imports")


@nox.session
def typecheck(session: nox.Session) -> None:
    """Type-check the package and the tests with mypy --strict."""
    _sync(session, "typing", extras=EXTRAS)
    session.run("mypy")


@nox.session
def docs(session: nox.Session) -> None:
    """Build the documentation site offline, warnings as errors (into site/ unless given)."""
    _sync(session, "docs")
    site_dir = session.posargs[0] if session.posargs else "site"
    session.run("mkdocs", "build", "--strict", "--site-dir", site_dir)


@nox.session
def demo(session: nox.Session) -> None:
    """Run the `jpo` command line on every bundled example.

    Every example is summarised; some are planned and their deadlines resolved; the one with
    a deadline, an eligibility rule set and a DTTA (25P153) is also rendered; the five seed
    announcements are read into posts (``jpo import``). Instants are fixed so output is
    stable.
    """
    _sync(session)
    session.run("jpo", "examples")
    examples = session.run(
        "python", "-c", "from jpo_model import examples; print(*examples.names())", silent=True
    )
    for slug in str(examples).split():
        session.run("jpo", "show", slug)
    for slug in ("rco-cambodia-23p302", "ilo-ethics-2340", "ilo-addis-ababa-labour-migration"):
        session.run("jpo", "calendar", slug, "--start", "2026-05-01")
    for slug in ("wfp-maputo-gender-protection", "undesa-italy-jpo-call-2022"):
        session.run("jpo", "deadline", slug, "--at", "2022-12-01T12:00:00Z")
    for seed in sorted(Path("../shared/seeds").glob("0*.txt")):
        session.run("jpo", "import", str(seed), "--quiet", "-o", "-", silent=True)
    session.run("jpo", "import", "../shared/seeds/002_79a711115a296add.txt")
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
    _sync(session)
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


@nox.session
def codes(session: nox.Session) -> None:
    """Regenerate the code lists that decide validity, and the schemas that list them.

    The lists (``src/jpo_model/data/code_lists.json``) come from the locked babel's CLDR and
    tzdata; review the diff: a code that disappears makes documents that use it invalid.
    """
    _sync(session)
    session.run("python", "tools/generate_code_lists.py")
    for name, file in (("Post", "post"), ("Candidate", "candidate")):
        with Path(f"src/jpo_model/schemas/{file}.schema.json").open("w", encoding="utf-8") as out:
            session.run("python", "-m", "jpo_model", "schema", name, stdout=out)
