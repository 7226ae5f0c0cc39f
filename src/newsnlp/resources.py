"""Package data (catalogue, word lists) read with ``importlib.resources``."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any


class DataError(ValueError):
    """A data file (package data or a user's extension of it) is malformed."""


def read_text(name: str) -> str:
    """Text of ``newsnlp/data/<name>``."""
    return resources.files("newsnlp").joinpath("data").joinpath(name).read_text(encoding="utf-8")


def read_json(name: str) -> Any:
    """Parsed JSON of ``newsnlp/data/<name>``."""
    return json.loads(read_text(name))


def read_lines(name: str) -> list[str]:
    """Non-empty, non-comment (``#``) lines of ``newsnlp/data/<name>``, stripped."""
    lines = (line.strip() for line in read_text(name).splitlines())
    return [line for line in lines if line and not line.startswith("#")]
