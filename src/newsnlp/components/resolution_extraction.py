"""UN resolution numbers in Portuguese text: pure functions, no spaCy.

:func:`find_resolutions` yields one :class:`ResolutionMention` per number. A
number counts only where the text says it is a resolution's: after "resolução"
or "resoluções" (or an English "Resolution" in a quoted name; with "n.º", a UN
body's name, "em particular" and the like in between, and lists joined by
commas, "e", "ou"), or in a document symbol ("S/RES/2396 (2017)"). The issuer
is the UN body named next to the numbers, else the only one named in the
sentence, else the only one named in the text; a resolution of a body that is
not the UN's ("do Conselho Monetário Nacional", "do Conselho de Ministros") is
left out, and so is, in a text that never mentions the UN, any but a plain
number from 100 to 2999. Years, quantities, percentages and article or page
numbers are never read as resolution numbers, because nothing licenses them.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from .. import resources
from ..resources import DataError, read_json_object_file

#: Package data file naming the UN bodies.
BODIES_FILE = "un_bodies.json"


@dataclass(frozen=True)
class ResolutionMention:
    """One resolution number: character offsets of the number, its value, issuer and year."""

    start: int
    end: int
    text: str
    number: int
    issuer: str | None
    year: int | None


@dataclass(frozen=True)
class UNBodies:
    """The UN bodies' names, symbols and context words, compiled."""

    names: dict[str, str]  # lower-cased name -> id
    needs_un_context: frozenset[str]
    symbols: dict[str, str]  # "S/RES/" -> id
    un_names: tuple[str, ...]
    not_un_after: tuple[str, ...]
    data: dict[str, Any] = field(compare=False, repr=False)
    name_pattern: re.Pattern[str] = field(init=False, compare=False, repr=False)
    un_pattern: re.Pattern[str] = field(init=False, compare=False, repr=False)
    not_un_pattern: re.Pattern[str] = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "name_pattern", _names_regex(self.names, ignore_case=True))
        object.__setattr__(self, "un_pattern", _names_regex(self.un_names, ignore_case=False))
        object.__setattr__(
            self,
            "not_un_pattern",
            re.compile(r"\s+" + _alternation(self.not_un_after) + r"\b", re.IGNORECASE),
        )


def _alternation(words: Any) -> str:
    ordered = sorted(set(words), key=len, reverse=True)
    return (
        "(?:"
        + "|".join(re.escape(w).replace(r"\ ", " ").replace(" ", r"\s+") for w in ordered)
        + ")"
    )


def _names_regex(names: Any, ignore_case: bool) -> re.Pattern[str]:
    flags = re.IGNORECASE if ignore_case else 0
    return re.compile(r"(?<!\w)" + _alternation(names) + r"(?!\w)", flags)


def bodies_from_dict(data: Any, source: str = BODIES_FILE) -> UNBodies:
    """Validate the bodies file; :class:`DataError` says what is wrong and where."""
    if not isinstance(data, dict) or not isinstance(data.get("bodies"), dict):
        raise DataError(f"{source}: expected an object with a 'bodies' object")
    names: dict[str, str] = {}
    needs_context: set[str] = set()
    symbols: dict[str, str] = {}
    for body_id, body in data["bodies"].items():
        if not isinstance(body, dict) or not isinstance(body.get("names"), list):
            raise DataError(f"{source}: bodies[{body_id!r}] needs a 'names' list")
        for name in body["names"]:
            if not isinstance(name, str) or not name.strip():
                raise DataError(f"{source}: bodies[{body_id!r}] has an empty or non-string name")
            names[name.lower()] = body_id
        for name in body.get("needs_un_context", []):
            if name.lower() not in names:
                raise DataError(f"{source}: needs_un_context name {name!r} is not in its names")
            needs_context.add(name.lower())
        symbol = body.get("symbol")
        if symbol is not None:
            if not isinstance(symbol, str) or not symbol.endswith("/"):
                raise DataError(f"{source}: bodies[{body_id!r}].symbol must end with '/'")
            symbols[symbol.upper()] = body_id
    for key in ("un_names", "not_un_after"):
        words = data.get(key, [])
        if not isinstance(words, list) or not all(isinstance(w, str) and w for w in words):
            raise DataError(f"{source}: {key!r} must be a list of non-empty strings")
    return UNBodies(
        names=names,
        needs_un_context=frozenset(needs_context),
        symbols=symbols,
        un_names=tuple(data.get("un_names", [])),
        not_un_after=tuple(data.get("not_un_after", [])),
        data=data,
    )


def merge_bodies_data(base: Mapping[str, Any], extra: Mapping[str, Any]) -> dict[str, Any]:
    """``base`` with the bodies and words of ``extra`` added."""
    merged: dict[str, Any] = copy.deepcopy(dict(base))
    for body_id, body in extra.get("bodies", {}).items():
        current = merged["bodies"].setdefault(body_id, {"names": []})
        if not isinstance(body, dict):
            raise DataError(f"bodies[{body_id!r}] must be an object")
        current["names"] = current.get("names", []) + list(body.get("names", []))
        current["needs_un_context"] = current.get("needs_un_context", []) + list(
            body.get("needs_un_context", [])
        )
        if "symbol" in body:
            current["symbol"] = body["symbol"]
    for key in ("un_names", "not_un_after"):
        merged[key] = list(merged.get(key, [])) + list(extra.get(key, []))
    return merged


def load_bodies(extra: str | Path | None = None) -> UNBodies:
    """The package's UN bodies, with those of the JSON file ``extra`` added."""
    data = resources.read_json(BODIES_FILE)
    if extra is None:
        return bodies_from_dict(data)
    extra_data = read_json_object_file(extra, "UN bodies")
    return bodies_from_dict(merge_bodies_data(data, extra_data), str(extra))


# --------------------------------------------------------------------------- grammar

_TRIGGER = re.compile(r"\bresolu(?:[çc](?:ão|ões|ao|oes)|tions?)\b", re.IGNORECASE)
_NUMBER_MARK = re.compile(
    r"(?:n\.?\s?[º°o]s?|nºs?|n\.os|nos?\.|números?|número)(?!\w)|#", re.IGNORECASE
)
_NUMBER = re.compile(
    r"(?P<symbol>(?:[A-Z]/)?(?:[A-Z]{1,3}/)?RES/)?(?:(?P<session>\d{1,2})/)?"
    r"(?P<number>\d{1,4}|\d{1,3}\.\d{3})(?:/(?P<slash_year>\d{4}))?"
    r"(?:\s*\(\s*(?P<year>\d{4})\s*\))?"
    r"(?![\w%º°ª]|[.,]\d|\s*(?:%|por\s+cento))",
)
_SYMBOL = re.compile(r"(?<![\w/])(?=(?:[A-Z]/)?(?:[A-Z]{1,3}/)?RES/)" + _NUMBER.pattern)
#: A resolution number as the UN writes them: up to four digits, with its year or not.
_PLAIN_NUMBER = re.compile(r"\d{1,4}(?:\s*\(\s*\d{4}\s*\))?")
_SEPARATOR = re.compile(r"\s*(?:,\s*(?:e\s+|ou\s+)?|\s+(?:e|ou|a|bem\s+como|assim\s+como)\s+)")
#: Words that may stand between "resoluções" and the numbers, or between the numbers.
_FILLER = re.compile(
    r"(?:existentes|anteriores|relevantes|pertinentes|seguintes|sucessivas|numeradas|aprovadas"
    r"|adoptadas|adotadas|votadas|mencionadas|citadas|referidas|respectivas|respetivas"
    r"|em\s+particular|nomeadamente|particularmente|especialmente|sobretudo|incluindo"
    r"|inclusive|designadamente|como|entre\s+elas|entre\s+as\s+quais|d[oa]s?|pel[oa]s?"
    r"|[oa]s?|às|aos|ao|à|sob|sobre)(?!\w)",
    re.IGNORECASE,
)
#: A word after which a number is not a resolution number ("resolução de 1998").
_BARE_DE = re.compile(r"\bd[eoa]s?\s*$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-ZÀ-Ý\"«“(])|\n")
_CAPITALISED_NAME = re.compile(
    r"\s*,?\s*(?:d[oa]s?|pel[oa]s?)\s+(?P<name>[A-ZÀ-Ý][\w-]*(?:\s+(?:d[aeo]s?\s+|e\s+)?"
    r"[A-ZÀ-Ý][\w-]*)*)"
)
#: "a resolução n.º 2585 de 2021": the year after a single number.
_YEAR_AFTER = re.compile(r"\s*,?\s+de\s+(\d{4})(?!\w)")
_DATE_AFTER = re.compile(
    r"\s+de\s+(?:janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro"
    r"|novembro|dezembro)\b",
    re.IGNORECASE,
)


def _sentence_bounds(text: str, position: int) -> tuple[int, int]:
    start = 0
    for found in _SENTENCE_END.finditer(text, max(0, position - 600), position):
        start = found.end()
    after = _SENTENCE_END.search(text, position)
    return start, after.start() if after else len(text)


def _body_at(
    text: str, position: int, bodies: UNBodies, un_context: bool
) -> tuple[str, int] | None:
    """The UN body named at ``position`` (id and end offset), or None."""
    found = bodies.name_pattern.match(text, position)
    if not found:
        return None
    name = re.sub(r"\s+", " ", found.group().lower())
    if bodies.not_un_pattern.match(text, found.end()):
        return None
    if name in bodies.needs_un_context and not un_context:
        return None
    return bodies.names[name], found.end()


def _named_bodies(text: str, start: int, end: int, bodies: UNBodies, un_context: bool) -> set[str]:
    named = set()
    for found in bodies.name_pattern.finditer(text, start, end):
        body = _body_at(text, found.start(), bodies, un_context)
        if body:
            named.add(body[0])
    return named


def _looks_like_un_numbering(
    text: str, numbers: list[re.Match[str]], start: int, end: int, bodies: UNBodies
) -> bool:
    """In a text that never names the UN: plain numbers 100-2999 ("a Resolução 2231").

    "Resolução n.º 4.658" and "12/2003" are national styles of numbering, a
    number under 100 is more likely a company's or a council's, and a sentence
    naming a body that is not the UN's ("Assembleia Geral de Accionistas") says whose.
    """
    for found in numbers:
        if not _PLAIN_NUMBER.fullmatch(found.group()):
            return False
        if not 100 <= _int(found.group("number")) <= 2999:
            return False
    return not any(
        bodies.not_un_pattern.match(text, name.end())
        for name in bodies.name_pattern.finditer(text, start, end)
    )


def _int(digits: str) -> int:
    return int(digits.replace(".", ""))


def find_resolutions(text: str, bodies: UNBodies) -> Iterator[ResolutionMention]:
    """The UN resolution numbers of ``text``, in order."""
    un_context = bool(bodies.un_pattern.search(text)) or bool(
        _named_bodies(text, 0, len(text), bodies, un_context=False)
    )
    found_at: dict[int, ResolutionMention] = {}
    for trigger in _TRIGGER.finditer(text):
        for mention in _numbers_after(text, trigger.end(), bodies, un_context):
            found_at.setdefault(mention.start, mention)
    for found in _SYMBOL.finditer(text):
        symbol_mention = _mention(found, None, bodies)
        if symbol_mention:
            found_at.setdefault(symbol_mention.start, symbol_mention)
    yield from (found_at[start] for start in sorted(found_at))


def _mention(
    found: re.Match[str], issuer: str | None, bodies: UNBodies
) -> ResolutionMention | None:
    number = _int(found.group("number"))
    if not 1 <= number <= 9999:
        return None
    symbol = (found.group("symbol") or "").upper()
    if symbol:
        issuer = bodies.symbols.get(symbol, issuer)
    year_text = found.group("year") or found.group("slash_year")
    year = int(year_text) if year_text else None
    start, end = found.span("number")
    return ResolutionMention(start, end, found.string[start:end], number, issuer, year)


def _numbers_after(
    text: str, position: int, bodies: UNBodies, un_context: bool
) -> list[ResolutionMention]:
    """Numbers listed after a "resolução" trigger ending at ``position``."""
    limit = min(len(text), position + 300)
    issuer_before: str | None = None
    numbers: list[re.Match[str]] = []
    licensed = True  # the trigger itself licenses a number right after it
    while position < limit:
        space = re.match(r"\s*", text[position:])
        position += space.end() if space else 0
        if numbers:
            separator = _SEPARATOR.match(text, position - (space.end() if space else 0))
            found = _NUMBER.match(text, separator.end()) if separator else None
            if found and not _DATE_AFTER.match(text, found.end()):
                numbers.append(found)
                position = found.end()
                continue
            break
        body = _body_at(text, position, bodies, un_context)
        if body:
            issuer_before, position = body
            licensed = True
            continue
        un = bodies.un_pattern.match(text, position)
        if un:
            position, licensed = un.end(), True
            continue
        mark = _NUMBER_MARK.match(text, position)
        if mark:
            position, licensed = mark.end(), True
            continue
        found = _NUMBER.match(text, position)
        if found:
            if not licensed or _BARE_DE.search(text, max(0, position - 5), position):
                return []
            if _DATE_AFTER.match(text, found.end()):
                return []
            numbers.append(found)
            position = found.end()
            continue
        if text.startswith(",", position):
            position += 1
            licensed = True
            continue
        filler = _FILLER.match(text, position)
        if filler:
            position = filler.end()
            licensed = not _BARE_DE.search(filler.group())
            continue
        break
    if not numbers:
        return []
    year_after = _YEAR_AFTER.match(text, numbers[-1].end())
    issuer = issuer_before
    after = _CAPITALISED_NAME.match(text, numbers[-1].end())
    if after:
        body = _body_at(text, after.start("name"), bodies, un_context)
        if body:
            issuer = body[0]
        elif not bodies.un_pattern.fullmatch(after.group("name")):
            return []  # a resolution of a body that is not the UN's
    if issuer is None:
        start, end = _sentence_bounds(text, numbers[0].start())
        named = _named_bodies(text, start, end, bodies, un_context)
        if len(named) > 1 and "UNGA" in named and numbers[0].group("session"):
            issuer = "UNGA"  # "60/251": the General Assembly numbers by session
        elif len(named) == 1:
            issuer = named.pop()
        elif not un_context and not _looks_like_un_numbering(text, numbers, start, end, bodies):
            return []
        elif not named:
            in_text = _named_bodies(text, 0, len(text), bodies, un_context)
            issuer = in_text.pop() if len(in_text) == 1 else None  # the article's only UN body
    mentions = [m for m in (_mention(found, issuer, bodies) for found in numbers) if m]
    if year_after and len(mentions) == 1 and mentions[0].year is None:
        mentions = [replace(mentions[0], year=int(year_after.group(1)))]
    return mentions
