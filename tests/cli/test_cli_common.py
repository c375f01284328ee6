"""``jpo_model.cli._common``: the helpers every command shares, here the ``--locale`` option."""

from __future__ import annotations

import argparse

import pytest

from jpo_model.cli import _common

UNKNOWN_LOCALE = "'xx' is not a locale CLDR knows, e.g. ar, en, es, fr, ru, zh"


@pytest.mark.parametrize(
    ("default", "argv", "expected"),
    [("en", [], "en"), ("en", ["--locale", "fr-CA"], "fr-CA"), (None, [], None)],
)
def test_add_locale_argument_keeps_the_name_for_the_handler(
    default: str | None, argv: list[str], expected: str | None
) -> None:
    """The option holds the name as given (or its default); the handler parses it."""
    parser = argparse.ArgumentParser()
    _common.add_locale_argument(parser, help_text="locale for dates", default=default)
    assert expected == parser.parse_args(argv).locale


@pytest.mark.parametrize(("text", "expected"), [("fr", "fr"), ("zh-Hans", "zh_Hans")])
def test_locale_argument_parses_either_separator(text: str, expected: str) -> None:
    """A --locale value is read with ``-`` or ``_``, like every locale of the library."""
    assert expected == str(_common.locale_argument(text))


def test_locale_argument_refuses_an_unknown_name_as_a_command_error() -> None:
    """An unknown name is a CommandError (``error: …``, exit 1), with CLDR's message."""
    with pytest.raises(_common.CommandError) as caught:
        _common.locale_argument("xx")
    assert UNKNOWN_LOCALE == str(caught.value)
