"""Shared fixtures: the stand-in statistical pipeline (skipped when absent) and the fallback."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
import spacy
from spacy.language import Language

import newsnlp

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
FIXTURES = Path(__file__).parent / "fixtures"
SEED_ARTICLE = SHARED / "data" / "seed" / "seed_article.jsonl"
#: Set by .ci/run; tests needing the stand-in model skip when it is unset or missing.
STANDIN_ENV_VAR = "NEWSNLP_TEST_MODEL"


def standin_path() -> Path | None:
    value = os.environ.get(STANDIN_ENV_VAR)
    if value and Path(value).is_dir():
        return Path(value)
    return None


@pytest.fixture(scope="session")
def standin_nlp() -> Language:
    path = standin_path()
    if path is None:
        pytest.skip(f"stand-in model not available (set {STANDIN_ENV_VAR})")
    return newsnlp.load(path)


@pytest.fixture(scope="session")
def fallback_nlp() -> Language:
    """The rule-based pipeline a machine without pt_core_news_* gets."""
    return newsnlp.load("rules")


@pytest.fixture(params=["fallback", "standin"])
def any_nlp(request: pytest.FixtureRequest) -> Language:
    """Each test using this runs on both paths: the rule-based fallback and the stand-in."""
    return request.getfixturevalue(f"{request.param}_nlp")


@pytest.fixture(scope="session")
def seed_record() -> dict:
    if not SEED_ARTICLE.exists():
        pytest.skip("shared seed article not available")
    return json.loads(SEED_ARTICLE.read_text(encoding="utf-8").splitlines()[0])


@pytest.fixture()
def blank_nlp() -> Language:
    return spacy.blank("pt")
