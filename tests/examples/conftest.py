"""The bundled example a field-by-field test module is about, named by its ``SLUG``."""

from __future__ import annotations

import pytest

from jpo_model import Post, examples


@pytest.fixture(scope="module")
def post(request: pytest.FixtureRequest) -> Post:
    """The example as bundled: the one the test module's ``SLUG`` names."""
    slug: str = request.module.SLUG
    return examples.load(slug)
