"""Load a spaCy pipeline and add newsnlp's components after the model's own.

Resolution order: an explicit name or path, then ``NEWSNLP_MODEL``, then the
installed ``pt_core_news_lg``/``md``/``sm``, then a rule-based fallback on
``spacy.blank("pt")`` that still finds people, places and organisations.
"""

from __future__ import annotations

import os
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.symbols import ORTH
from spacy.tokenizer import Tokenizer

#: Installed packages tried in order when no model is named.
DEFAULT_MODELS = ("pt_core_news_lg", "pt_core_news_md", "pt_core_news_sm")

#: newsnlp's components, in pipeline order.
COMPONENTS = ("newsnlp_orgs", "newsnlp_quotes", "newsnlp_dates", "newsnlp_resolutions")

#: Model name that asks for the rule-based pipeline explicitly (no warning).
RULES = "rules"

MODEL_ENV_VAR = "NEWSNLP_MODEL"


class ModelNotInstalledWarning(UserWarning):
    """No statistical Portuguese pipeline was found; newsnlp fell back to its rules."""


def resolve_model(model: str | Path | None = None) -> str | None:
    """Name or path of the statistical pipeline to load, or None for the fallback."""
    if model is not None:
        return str(model)
    from_env = os.environ.get(MODEL_ENV_VAR)
    if from_env:
        return from_env
    for name in DEFAULT_MODELS:
        if spacy.util.is_package(name):
            return name
    return None


#: Abbreviated titles spaCy's Portuguese tokenizer splits, so that the sentencizer
#: ended a sentence inside "o Prof. Koen de Ridder" (it keeps "Dr." and "Sr.").
ABBREVIATED_TITLES = ("Prof.", "Profa.", "Dra.", "Eng.", "prof.", "profa.", "dra.")


#: What ends a sentence: spaCy's marks and a doubled full stop, which a scrape may leave
#: after a headline ("… Marisa Letícia..  Mário Munhoz, pai da médica, …").
SENTENCE_ENDS = [*Sentencizer.default_punct_chars, ".."]


#: A closing quotation mark a scrape glued to the credit after it ("… amanhã”Luiz Inácio
#: Lula da Silva, presidente da República", a press release's pull quote), or a
#: sentence's end glued to the next sentence ("… explica Fernandes.O convite …", "… em
#: 2022.Segundo a ministra, …").
GLUED_CLOSING_MARK = r"(?<=[a-zà-ÿ.!?])[”»\"](?=[A-ZÀ-Þ])|(?<=[a-zà-ÿ0-9)])[.!?](?=[A-ZÀ-Þ])"


def split_glued_marks(nlp: Language) -> None:
    """Make the tokenizer split a closing mark glued between a word and a capital (once)."""
    tokenizer = nlp.tokenizer
    assert isinstance(tokenizer, Tokenizer)
    finditer = tokenizer.infix_finditer
    pattern: str = finditer.__self__.pattern if finditer is not None else ""
    if GLUED_CLOSING_MARK in pattern:
        return
    pieces = [pattern] if pattern else []
    tokenizer.infix_finditer = spacy.util.compile_infix_regex(
        [*pieces, GLUED_CLOSING_MARK]
    ).finditer


def blank_pipeline() -> Language:
    """The fallback: ``spacy.blank("pt")`` with sentence splitting (also at blank lines)
    and rule-based entities."""
    nlp = spacy.blank("pt")
    tokenizer = nlp.tokenizer
    assert isinstance(tokenizer, Tokenizer)
    for title in ABBREVIATED_TITLES:
        tokenizer.add_special_case(title, [{ORTH: title}])
    nlp.add_pipe("sentencizer", config={"punct_chars": SENTENCE_ENDS})
    nlp.add_pipe("newsnlp_entities")
    nlp.add_pipe("newsnlp_paragraphs")
    return nlp


def load(
    model: str | Path | None = None,
    *,
    components: Sequence[str] = COMPONENTS,
    config: dict[str, dict[str, Any]] | None = None,
    catalogues: Sequence[str | Path] = (),
) -> Language:
    """Load a pipeline for Portuguese news with newsnlp's components added.

    model: a spaCy package name or pipeline directory; default: ``NEWSNLP_MODEL``,
        then ``pt_core_news_lg``/``md``/``sm``, then the rule-based fallback (with
        one :class:`ModelNotInstalledWarning`).  An explicit model that cannot be
        loaded raises, rather than silently falling back; ``"rules"`` asks for the
        rule-based pipeline without a warning.
    components: which newsnlp components to add (those already in the pipeline,
        e.g. in a pipeline saved with ``nlp.to_disk``, are kept as they are).
    config: per-component config overrides, e.g. ``{"newsnlp_orgs": {"fuzzy_threshold": 92}}``.
    catalogues: extra organisation catalogue files (JSON) for ``newsnlp_orgs``.
    """
    name = resolve_model(model)
    if name == RULES:
        nlp = blank_pipeline()
    elif name is None:
        warnings.warn(
            f"No Portuguese spaCy pipeline found (tried {', '.join(DEFAULT_MODELS)}); "
            "newsnlp falls back to its rule-based pipeline on spacy.blank('pt'), which has "
            "no parser and weaker entities. Install the real model with: "
            "python -m spacy download pt_core_news_lg",
            ModelNotInstalledWarning,
            stacklevel=2,
        )
        nlp = blank_pipeline()
    else:
        nlp = spacy.load(name)
    split_glued_marks(nlp)
    overrides = dict(config or {})
    if catalogues:
        orgs_config = dict(overrides.get("newsnlp_orgs", {}))
        orgs_config["extra_catalogues"] = [
            *orgs_config.get("extra_catalogues", []),
            *(str(path) for path in catalogues),
        ]
        overrides["newsnlp_orgs"] = orgs_config
    for component in components:
        if component not in nlp.pipe_names:
            nlp.add_pipe(component, config=overrides.get(component, {}))
    if "newsnlp_orgs" in nlp.pipe_names:
        from .components.orgs import OrgNormalizer

        orgs = nlp.get_pipe("newsnlp_orgs")
        if isinstance(orgs, OrgNormalizer):
            # validate the catalogues (a DataError names the bad file) now, not on the first text
            orgs.initialize()
    return nlp


def model_name(nlp: Language) -> str:
    """A short description of the pipeline's origin, for ``newsnlp info`` and logs."""
    if "newsnlp_entities" in nlp.pipe_names:
        return f"{RULES} (spacy.blank('pt') with newsnlp's rule-based entities)"
    return f"{nlp.meta.get('lang', '?')}_{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}"
