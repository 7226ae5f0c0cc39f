"""Package data (catalogue, word lists) read with ``importlib.resources``."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
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


def read_json_file(path: str | Path, what: str) -> Any:
    """Parsed JSON of a user's data file; a :class:`DataError` names the file and ``what`` it is."""
    path = Path(path)
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise DataError(f"{what} file not found: {path}") from None
    except json.JSONDecodeError as error:
        raise DataError(f"{path}: {what} is not valid JSON ({error})") from None
    except OSError as error:
        raise DataError(f"{path}: cannot read {what}: {error}") from None


def read_json_object_file(path: str | Path, what: str) -> dict[str, Any]:
    """Like :func:`read_json_file`, for files that must hold a JSON object."""
    data = read_json_file(path, what)
    if not isinstance(data, dict):
        raise DataError(f"{path}: {what} must be a JSON object")
    return data
