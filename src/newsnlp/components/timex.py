"""Portuguese time expressions: recognition over plain text and TIMEX3 normalisation.

Pure functions, no spaCy.  :func:`find_timexes` yields :class:`Timex` records
(character offsets, TIMEX3 type and a :class:`Meaning` that is independent of
the article's date); :func:`resolve` turns a meaning into a TIMEX3 value given
the document date, so the same text can be re-dated without re-matching.  The
words (months, weekdays, numbers, units...) come from ``data/timex_pt.json``
through :class:`Lexicon`.

Span policy (TimeML-like): a span starts at the expression's determiner when it
has one, contracted with a preposition or not ("do ano passado", "na
segunda-feira", "às 18h06"), but leaves out a bare preposition ("em 1997" gives
"1997").  Relative expressions get value None without a document date; day and
month without a year get ``XXXX-MM-DD``, which is what the text says.
"""

from __future__ import annotations

import copy
import datetime as dt
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from .. import resources
from ..resources import DataError, read_json_object_file

#: TIMEX3 types.
DATE, TIME, DURATION, SET = "DATE", "TIME", "DURATION", "SET"

#: Package data file with the Portuguese words.
LEXICON_FILE = "timex_pt.json"

#: Unit codes of ``units`` in the lexicon: year, month, week, day, hour, minute,
#: second, decade, century, quarter, half-year, fortnight, millennium.
UNIT_CODES = ("Y", "M", "W", "D", "H", "MIN", "S", "DE", "CE", "Q", "HALF", "FN", "ML")

_DICT_SECTIONS: dict[str, type] = {
    "months": list,
    "month_abbreviations": list,
    "weekdays": list,
    "weekdays_short": list,
    "numbers": int,
    "ordinals": int,
    "units": str,
    "day_words": int,
    "parts_of_day": str,
    "seasons": str,
    "sets": str,
    "references": str,
}
_LIST_SECTIONS = ("vague_quantities", "anaphoric", "count_nouns")


# --------------------------------------------------------------------------- lexicon


@dataclass(frozen=True)
class Lexicon:
    """The words the grammar is built from, keyed in lower case."""

    months: dict[str, int]
    month_abbreviations: dict[str, int]
    weekdays: dict[str, int]
    weekdays_short: dict[str, int]
    numbers: dict[str, int]
    ordinals: dict[str, int]
    units: dict[str, str]
    day_words: dict[str, int]
    parts_of_day: dict[str, str]
    seasons: dict[str, str]
    sets: dict[str, str]
    references: dict[str, str]
    vague_quantities: frozenset[str]
    anaphoric: frozenset[str]
    count_nouns: frozenset[str]
    data: dict[str, Any] = field(compare=False, repr=False)


def _invert(section: str, mapping: Mapping[str, Any], source: str, low: int, high: int) -> dict:
    inverted: dict[str, int] = {}
    for key, words in mapping.items():
        if not (isinstance(key, str) and key.isdigit() and low <= int(key) <= high):
            raise DataError(f"{source}: {section} key {key!r} is not a number {low}..{high}")
        if not isinstance(words, list) or not all(isinstance(w, str) and w for w in words):
            raise DataError(f"{source}: {section}[{key!r}] must be a list of non-empty strings")
        for word in words:
            inverted[word.lower()] = int(key)
    return inverted


def lexicon_from_dict(data: Any, source: str = LEXICON_FILE) -> Lexicon:
    """Validate a lexicon in its JSON shape; :class:`DataError` names what is wrong."""
    if not isinstance(data, dict):
        raise DataError(f"{source}: expected a JSON object, got {type(data).__name__}")
    for name, kind in _DICT_SECTIONS.items():
        section = data.get(name, {})
        if not isinstance(section, dict):
            raise DataError(f"{source}: {name!r} must be an object")
        if kind is not list:
            for key, value in section.items():
                if not key or not isinstance(value, kind) or isinstance(value, bool):
                    raise DataError(f"{source}: {name}[{key!r}] must be a {kind.__name__}")
    for name in _LIST_SECTIONS:
        section = data.get(name, [])
        if not isinstance(section, list) or not all(isinstance(w, str) and w for w in section):
            raise DataError(f"{source}: {name!r} must be a list of non-empty strings")
    bad_units = {k: v for k, v in data.get("units", {}).items() if v not in UNIT_CODES}
    if bad_units:
        raise DataError(f"{source}: unknown unit codes {bad_units}; use one of {UNIT_CODES}")
    for name in ("sets", "references"):
        bad = {k: v for k, v in data.get(name, {}).items() if not is_timex3_value(v)}
        if bad:
            raise DataError(f"{source}: {name} values are not TIMEX3 values: {bad}")

    def lower(name: str) -> dict:
        return {key.lower(): value for key, value in data.get(name, {}).items()}

    return Lexicon(
        months=_invert("months", data.get("months", {}), source, 1, 12),
        month_abbreviations=_invert(
            "month_abbreviations", data.get("month_abbreviations", {}), source, 1, 12
        ),
        weekdays=_invert("weekdays", data.get("weekdays", {}), source, 1, 7),
        weekdays_short=_invert("weekdays_short", data.get("weekdays_short", {}), source, 1, 7),
        numbers=lower("numbers"),
        ordinals=lower("ordinals"),
        units=lower("units"),
        day_words=lower("day_words"),
        parts_of_day=lower("parts_of_day"),
        seasons=lower("seasons"),
        sets=lower("sets"),
        references=lower("references"),
        vague_quantities=frozenset(w.lower() for w in data.get("vague_quantities", [])),
        anaphoric=frozenset(w.lower() for w in data.get("anaphoric", [])),
        count_nouns=frozenset(w.lower() for w in data.get("count_nouns", [])),
        data=data,
    )


def merge_lexicon_data(base: Mapping[str, Any], extra: Mapping[str, Any]) -> dict[str, Any]:
    """``base`` with ``extra``'s words added (lists extended, objects updated)."""
    merged: dict[str, Any] = copy.deepcopy(dict(base))
    for name, value in extra.items():
        if name.startswith("_"):
            continue
        current = merged.get(name)
        if isinstance(current, list) and isinstance(value, list):
            merged[name] = current + [v for v in value if v not in current]
        elif name in ("months", "month_abbreviations", "weekdays", "weekdays_short"):
            if not isinstance(value, dict):
                raise DataError(f"{name!r} must be an object")
            section = dict(current or {})
            for key, words in value.items():
                section[key] = list(section.get(key, [])) + list(words)
            merged[name] = section
        elif isinstance(current, dict) and isinstance(value, dict):
            merged[name] = {**current, **value}
        else:
            merged[name] = value
    return merged


@cache
def package_lexicon() -> Lexicon:
    """The package lexicon alone, read once for the word lists other modules derive
    from it (never to be changed: every caller shares it)."""
    return load_lexicon()


def load_lexicon(extra: str | Path | None = None) -> Lexicon:
    """The package lexicon, with the words of the JSON file ``extra`` added."""
    data = resources.read_json(LEXICON_FILE)
    if extra is not None:
        extra_data = read_json_object_file(extra, "lexicon")
        data = merge_lexicon_data(data, extra_data)
        return lexicon_from_dict(data, str(extra))
    return lexicon_from_dict(data)


# --------------------------------------------------------------------------- values


_TIMEX3_VALUE = re.compile(
    r"PRESENT_REF|PAST_REF|FUTURE_REF"
    r"|\d{2,3}"  # century, decade
    r"|(?:(?P<y>\d{4}|XXXX)"
    r"(?:-(?P<mo>\d{2}|XX)(?:-(?P<d>\d{2}|XX))?"
    r"|-W(?P<w>\d{2}|XX)(?:-(?:WE|[1-7]))?|-(?:SP|SU|FA|WI)|-Q[1-4]|-H[12])?)?"
    r"(?:T(?:(?P<hh>\d{2})(?::(?P<mm>\d{2})(?::(?P<ss>\d{2}))?)?|MO|MI|AF|EV|NI|DT))?"
    r"|P(?:(?:\d+|X)(?:Y|M|W|D|DE|CE|ML))+(?:T(?:(?:\d+|X)[HMS])+)?"
    r"|PT(?:(?:\d+|X)[HMS])+"
)


def is_timex3_value(value: object) -> bool:
    """True when ``value`` is a well-formed TIMEX3 value with a real calendar date/time."""
    if not isinstance(value, str) or not value:
        return False
    match = _TIMEX3_VALUE.fullmatch(value)
    if match is None:
        return False
    year, month, day = match.group("y"), match.group("mo"), match.group("d")
    if month and month != "XX" and not 1 <= int(month) <= 12:
        return False
    if day and day != "XX":
        limit = 31
        if month and month != "XX":
            leap_year = 2000 if not year or year == "XXXX" else int(year)
            limit = _days_in_month(leap_year if leap_year else 2000, int(month))
        if not 1 <= int(day) <= limit:
            return False
    week = match.group("w")
    if week and week != "XX" and not 1 <= int(week) <= 53:
        return False
    hour, minute, second = match.group("hh"), match.group("mm"), match.group("ss")
    if hour and int(hour) > 24:
        return False
    return not ((minute and int(minute) > 59) or (second and int(second) > 59))


def _days_in_month(year: int, month: int) -> int:
    if month == 2:
        leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
        return 29 if leap else 28
    return 30 if month in (4, 6, 9, 11) else 31


@dataclass(frozen=True)
class Meaning:
    """What an expression says, before the document date is applied.

    kind: ``absolute`` (year/month/day as given), ``month_day``, ``month`` and
    ``season``/``quarter``/``half`` (year from ``offset`` years away from the
    document's, or the nearest when ``nearest``; with a ``direction``, the last
    or next one), ``shift`` (``offset`` units from the document date),
    ``day_in_month`` (``day`` of the month ``offset`` months away),
    ``weekday``/``day_of_month``/``weekend`` (``direction``: -1 past, +1 future,
    0 unknown; ``code`` "week": the one of the document's week), ``time`` (clock
    time; :func:`resolve_all` dates it by a neighbouring day expression),
    ``constant`` (a value that needs no date: durations, sets, decades,
    references) and ``anaphoric`` (anchored to another expression; never resolved).
    """

    kind: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    offset: int = 0
    unit: str | None = None
    nearest: bool = False
    direction: int = 0
    weekday: int | None = None
    hour: int | None = None
    minute: int | None = None
    second: int | None = None
    part: str | None = None
    code: str | None = None
    constant: str | None = None


@dataclass(frozen=True)
class Timex:
    """One time expression: character offsets into the text, TIMEX3 type, meaning."""

    start: int
    end: int
    text: str
    timex_type: str
    meaning: Meaning

    @property
    def needs_direction(self) -> bool:
        """True when the verb's tense would choose between past and future."""
        meaning = self.meaning
        if meaning.direction or meaning.code == "week":
            return False
        return meaning.kind in ("weekday", "day_of_month", "weekend")


def _shift_months(year: int, month: int, months: int) -> tuple[int, int]:
    total = year * 12 + month - 1 + months
    return total // 12, total % 12 + 1


def _fmt_year(year: int) -> str | None:
    return f"{year:04d}" if 1 <= year <= 9999 else None


def _fmt_date(date: dt.date, part: str | None = None) -> str:
    return date.isoformat() + (f"T{part}" if part else "")


def _nearest_month_year(anchor: dt.date, month: int) -> int:
    candidates = (anchor.year - 1, anchor.year, anchor.year + 1)
    here = anchor.year * 12 + anchor.month
    return min(candidates, key=lambda y: (abs(y * 12 + month - here), y * 12 + month > here))


def _nearest_date(anchor: dt.date, month: int, day: int, direction: int = 0) -> dt.date | None:
    """The date with this month and day nearest the anchor, before it if ``direction`` < 0."""
    candidates = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        if 1 <= year <= 9999 and day <= _days_in_month(year, month):
            candidate = dt.date(year, month, day)
            if direction * (candidate - anchor).days >= 0:
                candidates.append(candidate)
    if not candidates:
        return None
    return min(candidates, key=lambda d: (abs((d - anchor).days), d > anchor))


def _date_in_year(anchor: dt.date, month: int, day: int, direction: int) -> dt.date | None:
    """Day and month in the document's year, unless far off or on the wrong side."""
    if direction:
        return _nearest_date(anchor, month, day, direction)
    if day <= _days_in_month(anchor.year, month):
        same_year = dt.date(anchor.year, month, day)
        if abs((same_year - anchor).days) <= 300:
            return same_year
    return _nearest_date(anchor, month, day)


def _shift(anchor: dt.date, unit: str, offset: int) -> str | None:
    if unit == "D":
        return _fmt_date(anchor + dt.timedelta(days=offset))
    if unit == "W":
        iso = (anchor + dt.timedelta(weeks=offset)).isocalendar()
        return f"{iso[0]:04d}-W{iso[1]:02d}" if 1 <= iso[0] <= 9999 else None
    if unit == "FN":
        return None
    if unit == "Y":
        return _fmt_year(anchor.year + offset)
    if unit in ("M", "Q", "HALF"):
        size = {"M": 1, "Q": 3, "HALF": 6}[unit]
        index = (anchor.month - 1) // size + offset
        year = anchor.year + index // (12 // size)
        part = index % (12 // size) + 1
        if _fmt_year(year) is None:
            return None
        suffix = {"M": f"{part:02d}", "Q": f"Q{part}", "HALF": f"H{part}"}[unit]
        return f"{year:04d}-{suffix}"
    if unit == "DE":
        decade = anchor.year // 10 + offset
        return f"{decade:03d}" if 0 <= decade <= 999 else None
    if unit == "CE":
        century = anchor.year // 100 + offset
        return f"{century:02d}" if 0 <= century <= 99 else None
    return None


def _weekday_date(anchor: dt.date, weekday: int, direction: int) -> dt.date:
    """The weekday (1 = Monday) nearest the anchor in ``direction`` (0: on or before)."""
    delta = weekday - anchor.isoweekday()
    if direction > 0:
        return anchor + dt.timedelta(days=delta % 7 or 7)
    back = (-delta) % 7
    if direction < 0 and back == 0:
        back = 7
    return anchor - dt.timedelta(days=back)


def _day_of_month(anchor: dt.date, day: int, direction: int) -> dt.date | None:
    """The ``day`` of the anchor's month or a neighbour, in ``direction`` (0: on or before)."""
    options = []
    for months in (-2, -1, 0, 1, 2):
        year, month = _shift_months(anchor.year, anchor.month, months)
        if 1 <= year <= 9999 and day <= _days_in_month(year, month):
            options.append(dt.date(year, month, day))
    if direction > 0:
        later = [d for d in options if d > anchor]
        return min(later) if later else None
    earlier = [d for d in options if d < anchor or (direction == 0 and d == anchor)]
    return max(earlier) if earlier else None


def resolve(meaning: Meaning, anchor: dt.date | None, direction: int = 0) -> str | None:
    """The TIMEX3 value of ``meaning`` against the document date ``anchor``.

    ``direction`` (-1 past, +1 future, 0 unknown) comes from the governing
    verb's tense and is used when the expression itself does not say.  Returns
    None for anaphoric expressions, for relative ones without an anchor and when
    the result falls outside years 1-9999.
    """
    try:
        return _resolve(meaning, anchor, meaning.direction or direction)
    except (OverflowError, ValueError):
        return None


def _resolve(m: Meaning, anchor: dt.date | None, direction: int) -> str | None:
    kind = m.kind
    if kind == "constant":
        return m.constant
    if kind == "anaphoric":
        return None
    if kind == "absolute":
        assert m.year is not None
        year = _fmt_year(m.year)
        if year is None:
            return None
        if m.month is None:
            return year
        if m.day is None:
            return f"{year}-{m.month:02d}"
        return _fmt_date(dt.date(m.year, m.month, m.day), m.part)
    if kind == "time":
        clock = f"T{m.hour:02d}:{m.minute or 0:02d}" + (
            f":{m.second:02d}" if m.second is not None else ""
        )
        return clock
    if kind in ("month_day", "month", "season", "quarter", "half"):
        return _resolve_in_year(m, anchor, direction)
    if anchor is None:
        return None
    if kind == "shift":
        assert m.unit is not None
        value = _shift(anchor, m.unit, m.offset)
        if value is not None and m.part:
            value += f"T{m.part}"
        return value
    if kind == "weekday":
        assert m.weekday is not None
        if m.code == "week":  # "nesta sexta-feira": the one of the document's week
            day = anchor + dt.timedelta(days=m.weekday - anchor.isoweekday())
            return _fmt_date(day, m.part)
        return _fmt_date(_weekday_date(anchor, m.weekday, direction), m.part)
    if kind == "day_of_month":
        assert m.day is not None
        found = _day_of_month(anchor, m.day, direction)
        return _fmt_date(found) if found else None
    if kind == "day_in_month":
        assert m.day is not None
        shifted_year, shifted_month = _shift_months(anchor.year, anchor.month, m.offset)
        if not 1 <= shifted_year <= 9999 or m.day > _days_in_month(shifted_year, shifted_month):
            return None
        return _fmt_date(dt.date(shifted_year, shifted_month, m.day))
    if kind == "weekend":
        saturday = _weekday_date(anchor, 6, direction)
        iso = saturday.isocalendar()
        return f"{iso[0]:04d}-W{iso[1]:02d}-WE"
    return None


def _resolve_in_year(m: Meaning, anchor: dt.date | None, direction: int) -> str | None:
    """Month, day and month, season, quarter or half whose year the text or the date gives.

    Without a year, a day and month or a month is in the document's year unless
    that is more than ten (day and month) or eight (month) months away (then
    the nearest), or, when the text says past or future ("no passado dia 3"),
    the nearest one on that side.
    """
    if m.year is not None:
        year_text = _fmt_year(m.year)
    elif m.kind == "month" and direction and anchor is not None:
        assert m.month is not None
        year = anchor.year
        if direction < 0 and m.month > anchor.month:
            year -= 1
        elif direction > 0 and m.month < anchor.month:
            year += 1
        year_text = _fmt_year(year)
    elif anchor is None:
        year_text = "XXXX" if m.nearest else None
    elif m.nearest and m.kind == "month_day":
        assert m.month is not None and m.day is not None
        found = _date_in_year(anchor, m.month, m.day, direction)
        return _fmt_date(found) if found else None
    elif m.nearest and m.kind == "month":
        assert m.month is not None
        months_away = abs(m.month - anchor.month)
        year = anchor.year if months_away <= 8 else _nearest_month_year(anchor, m.month)
        year_text = _fmt_year(year)
    else:
        year_text = _fmt_year(anchor.year + m.offset)
    if year_text is None:
        return None
    if m.kind == "month_day":
        assert m.month is not None and m.day is not None
        if m.day > _days_in_month(2000 if year_text == "XXXX" else int(year_text), m.month):
            return None
        return f"{year_text}-{m.month:02d}-{m.day:02d}"
    if m.kind == "month":
        assert m.month is not None
        return f"{year_text}-{m.month:02d}"
    return f"{year_text}-{m.code}"


def resolve_all(
    timexes: list[Timex], text: str, anchor: dt.date | None, directions: list[int] | None = None
) -> list[str | None]:
    """Values of ``timexes`` (in text order); a clock time next to a day gets that day.

    "ontem às 18h06", "às 18h06 de 16 de fevereiro" and "às 21h30 deste sábado"
    give the time ``YYYY-MM-DDThh:mm``; a time alone stays ``Thh:mm``.
    """
    directions = directions or [0] * len(timexes)
    values = [resolve(t.meaning, anchor, d) for t, d in zip(timexes, directions, strict=True)]
    for index, timex in enumerate(timexes):
        value = values[index]
        if timex.meaning.kind != "time" or value is None or not value.startswith("T"):
            continue
        for other, gap_pattern in ((index + 1, _TIME_OF_DATE), (index - 1, _TIME_AFTER_DATE)):
            if not 0 <= other < len(timexes):
                continue
            day = values[other]
            neighbour = timexes[other]
            gap = text[min(timex.end, neighbour.end) : max(timex.start, neighbour.start)]
            joined = gap_pattern.fullmatch(gap) or (
                other > index and not gap.strip() and neighbour.text[:1].lower() == "d"
            )
            if day and _DAY_VALUE.fullmatch(day) and joined:
                values[index] = day[:10] + value
                break
    return values


_DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}(?:T(?:MO|AF|EV|NI))?")
#: "às 18h06 de ontem": the day follows the time.
_TIME_OF_DATE = re.compile(r"\s*,?\s*(?:de|do|da)\s+", re.IGNORECASE)
#: "ontem, às 18h06": the time follows the day.
_TIME_AFTER_DATE = re.compile(r"\s*,?\s*", re.IGNORECASE)


# --------------------------------------------------------------------------- grammar


def _alt(words: Iterable[str]) -> str:
    """Regex alternation of ``words`` (longest first); spaces and hyphens match loosely."""
    parts = []
    for word in sorted(set(words), key=len, reverse=True):
        escaped = re.escape(word).replace(r"\ ", " ").replace(" ", r"\s+")
        parts.append(escaped.replace(r"\-", r"[-\s]"))
    return "(?:" + "|".join(parts) + ")"


_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}


def roman_to_int(numeral: str) -> int | None:
    """Value of a Roman numeral up to 399, or None when it is not one."""
    values = [_ROMAN.get(ch) for ch in numeral.lower()]
    if not values or None in values:
        return None
    total = 0
    digits = [v for v in values if v is not None]
    for i, value in enumerate(digits):
        total += -value if i + 1 < len(digits) and digits[i + 1] > value else value
    return total if _int_to_roman(total) == numeral.lower() else None


def _int_to_roman(number: int) -> str:
    out = ""
    for value, letters in ((100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix")):
        while number >= value:
            out, number = out + letters, number - value
    for value, letters in ((5, "v"), (4, "iv"), (1, "i")):
        while number >= value:
            out, number = out + letters, number - value
    return out


#: Determiners a span keeps, alone or contracted with a preposition ("o", "no", "do", "pelo", "às").
DET = r"(?:(?:n|d|pel)?[oa]s?|à|às|ao|aos)"
#: Bare prepositions that license a year or a month name but stay outside the span.
LICENSORS = (
    r"(?:em|de|desde|até|para|a\s+partir\s+de|durante|entre|após|antes\s+de|depois\s+de"
    r"|ao\s+longo\s+de|(?:n|d)?o\s+ano\s+de|(?:n|d)?o\s+ano|ano\s+de"
    r"|(?:início|inícios|princípio|princípios|fim|fins|final|finais|meados)\s+de"
    r"|(?:verão|inverno|primavera|outono)\s+de|(?:n|d)?o\s+mês\s+de)"
)
APPROX = (
    r"(?:mais\s+de|menos\s+de|cerca\s+de|quase|pelo\s+menos|perto\s+de|aproximadamente"
    r"|uns|umas|apenas|só|somente|até|por\s+volta\s+de)"
)
_NUMERIC_BLOCKERS = re.compile(
    r"(?:\bn\.?\s?[º°o]|\bnº|\bn\.|\bnúmeros?|\bart(?:igo)?s?\.?|\balíneas?|\bp[áa]g(?:ina)?s?\.?"
    r"|\bpp?\.|\bdecreto(?:-lei)?|\blei|\bportaria|\bresolu[çc](?:ão|ões)|\bprocesso|§|\bs/res/"
    r"|\bcapítulo|\bversículo|\bcap\.|\bponto|\bitem)\s*$",
    re.IGNORECASE,
)
_APPROX_BEFORE = re.compile(
    r"\b(?:mais|menos|cerca|perto|acima|abaixo|além|aproximadamente|quase|uns|umas)\s+$",
    re.IGNORECASE,
)
_MODIFIER_BEFORE = re.compile(
    rf"(?:\b{DET}\s+)?\b(?:início|inícios|princípio|princípios|fim|fins|final|finais|meados"
    r")\s+(?:(?:d[oa]s?|de)\s+)?$",
    re.IGNORECASE,
)
#: Words ending in -s that may follow a year ("em 1997 depois", "de 1998 pelos"); any
#: other lower-case plural right after a number makes it a quantity ("1000 megawatts").
_PLURAL_FUNCTION_WORDS = frozenset(
    [
        "depois",
        "antes",
        "apenas",
        "pelos",
        "pelas",
        "todos",
        "todas",
        "ambos",
        "ambas",
        "após",
        "através",
        "mais",
        "menos",
        "mas",
        "pois",
        "quais",
        "seus",
        "suas",
        "nossos",
        "nossas",
        "vários",
        "várias",
        "muitos",
        "muitas",
        "alguns",
        "algumas",
        "outros",
        "outras",
        "esses",
        "essas",
        "estes",
        "estas",
        "aqueles",
        "aquelas",
        "dois",
        "duas",
        "três",
        "inclusive",
    ]
)
#: "Rio de Janeiro", "Praça de Maio", "Artistas de Abril": a month name inside a proper name.
_NAME_BEFORE_MONTH = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-ZÀ-Ý][\w-]+\s+de\s+$")
_NL = r"(?<![\w/.,$€£-])"
#: What may follow a clock hour written as a word with nothing else ("às nove, ...").
_AFTER_BARE_HOUR = r"\s*(?:[,.;:)!?]|$)|\s+(?:em|no|na|quando|e|mas|ou|de|do|da|que|para|com|até)\b"
_NR = r"(?![\w/%]|[.,]\d)"

Handler = Callable[[re.Match[str]], list[Timex]]


#: A gate: a regex whose hits mark where a rule can match, or a set of words that do.
Gate = re.Pattern[str] | frozenset[str]
_WORD = re.compile(r"\w+")


def _words(*phrases: str) -> frozenset[str]:
    """Word gate: every word of ``phrases``, in lower case."""
    return frozenset(w.lower() for phrase in phrases for w in _WORD.findall(phrase))


def _last_words(phrases: Iterable[str]) -> frozenset[str]:
    """Gate of a rule that matches listed phrases: their last words."""
    return frozenset(
        _WORD.findall(phrase.lower())[-1] for phrase in phrases if _WORD.search(phrase)
    )


def _windows(
    text: str, gate: Gate | None, words: dict[str, list[tuple[int, int]]]
) -> list[tuple[int, int]]:
    """Stretches of ``text`` around the gate's hits, where a rule can match (all if no gate).

    A rule's full pattern starts with optional determiners and modifiers, which
    makes it slow to try at every position; its gate is the cheap core
    ("fevereiro", a year, "anos") and the pattern only runs around it.
    """
    if gate is None:
        return [(0, len(text))]
    if isinstance(gate, frozenset):
        hits = sorted(span for word in gate & words.keys() for span in words[word])
    else:
        hits = [hit.span() for hit in gate.finditer(text)]
    windows: list[tuple[int, int]] = []
    for start, end in hits:
        low, high = max(0, start - _WINDOW_BEFORE), end + _WINDOW_AFTER
        if windows and low <= windows[-1][1]:
            windows[-1] = (windows[-1][0], high)
        else:
            windows.append((low, high))
    return windows


#: How far before and after a gate's hit a rule's match may reach.
_WINDOW_BEFORE, _WINDOW_AFTER = 48, 64


class TimexGrammar:
    """Compiled patterns over a :class:`Lexicon`; :meth:`find` yields the expressions in a text."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        lx = lexicon
        numw = _alt(lx.numbers)
        self.num = rf"(?:\d{{1,4}}|{numw}(?:\s+(?:e\s+)?{numw})*)"
        num, unit = self.num, _alt(lx.units)
        month = _alt(lx.months)
        abbreviation = _alt(lx.month_abbreviations)
        month_any = _alt([*lx.months, *lx.month_abbreviations])
        weekday = _alt(lx.weekdays)
        part = _alt(lx.parts_of_day)
        vague = _alt(lx.vague_quantities)
        day = r"(?:primeiro|[12]\d|3[01]|0?[1-9])(?:\.?\s?[º°])?"
        year_rel = (
            r"(?:do\s+ano\s+passado|do\s+ano\s+anterior|do\s+próximo\s+ano|do\s+ano\s+que\s+vem"
            r"|deste\s+ano|de\s+este\s+ano|do\s+corrente\s+ano|do\s+ano\s+corrente"
            r"|do\s+ano\s+em\s+curso|do\s+mesmo\s+ano|desse\s+ano|daquele\s+ano)"
        )
        hour_words = _alt(w for w, n in lx.numbers.items() if 1 <= n <= 12)
        plural_weekdays = _alt(_plural_weekday(w) for w in [*lx.weekdays, *lx.weekdays_short])
        time_det = r"(?:às|à|as|pelas|pela|das|da)"
        months_gate = _words(*lx.months, *lx.month_abbreviations)
        month_names_gate = _words(*lx.months)
        day_words_gate = _words(*lx.day_words)
        parts_gate = _words(*lx.parts_of_day)
        duration_gate = _words(*lx.units)
        weekdays_gate = _words(*lx.weekdays, *lx.weekdays_short)
        short_weekdays_gate = _words(*lx.weekdays_short)
        seasons_gate = _words(*lx.seasons)
        qualifiers = ("próximo", "próxima", "último", "última", "passado", "passada")
        qualifiers_gate = _words(
            *qualifiers,
            *(q + "s" for q in qualifiers),
            "anterior",
            "anteriores",
            "seguinte",
            "seguintes",
            "corrente",
            "vem",
            "passou",
            "curso",
            "atual",
            "actual",
        )
        demonstratives_gate = _words(
            *(
                p + d + e
                for p in ("", "n", "d")
                for d in ("est", "ess")
                for e in ("e", "a", "es", "as")
            ),
            *(p + "aquel" + e for p in ("", "n", "d") for e in ("e", "a", "es", "as")),
        )
        hour_words_gate = _words(
            *(w for w, n in lx.numbers.items() if 1 <= n <= 12), "meia", "meio"
        )
        self._plural_weekday_pattern = re.compile(plural_weekdays, re.IGNORECASE)
        self._plural_weekdays = {
            _plural_weekday(w): n for w, n in [*lx.weekdays.items(), *lx.weekdays_short.items()]
        }
        rules: list[tuple[str, Handler, Gate | str | None]] = [
            (
                rf"(?P<x>(?:(?:(?:n|d|pel)?o\s+)?(?:(?P<q>passado|próximo|último)\s+)?dia\s+)?(?:{weekday}\s*,?\s*(?:dia\s+)?)?{_NL}"
                rf"(?P<d>{day})\s*(?:de\s+|-|/|\s)\s*(?P<m>{month}(?!\w)|{abbreviation}(?:\.|(?!\w)))"
                rf"(?:(?:\s*,\s*|\s+de\s+|\s*-\s*|\s+|/)(?P<y>[12]\d{{3}}){_NR}"
                rf"|\s+(?P<rel>{year_rel}))?)(?!\w)",
                self._full_date,
                months_gate,
            ),
            (
                rf"{_NL}(?P<x>(?P<d>{day}))\s*(?:,|e|a|ou|/)\s*(?={day}\s*(?:de\s+)?(?P<m>{month})"
                rf"(?:\s+de\s+(?P<y>[12]\d{{3}}))?(?!\w))",
                self._full_date,
                months_gate,
            ),
            (
                rf"{_NL}(?P<x>(?P<d>[0-3]?\d)(?P<sep>[/.-])(?P<m>[01]?\d)(?P=sep)"
                rf"(?P<y>\d{{4}}|\d{{2}})){_NR}",
                self._numeric_date,
                r"\d[/.-]\d",
            ),
            (
                rf"{_NL}(?P<x>(?P<y>[12]\d{{3}})-(?P<m>[01]\d)-(?P<d>[0-3]\d)){_NR}",
                self._numeric_date,
                r"\d{4}-\d",
            ),
            (
                rf"\b(?:até|desde|em|dia|a\s+partir\s+de)\s+(?P<x>(?P<d>[0-3]?\d)/(?P<m>[01]?\d)){_NR}",
                self._numeric_date,
                r"\d/\d",
            ),
            (
                rf"\b(?P<x>(?:(?:n|d)?o\s+mês\s+de\s+)?(?P<m>{month})(?:\s+de\s+|\s*/\s*|\s*,\s*)"
                rf"(?P<y>[12]\d{{3}})){_NR}",
                self._month,
                month_names_gate,
            ),
            (
                rf"\b(?P<x>(?:(?:n|d)?o\s+mês\s+de\s+)?(?P<m>{month})\s+(?:(?P<rel>{year_rel})"
                r"|(?P<q>passado|último|próximo|que\s+vem)))(?!\w)",
                self._month,
                month_names_gate,
            ),
            (
                rf"\b(?:{LICENSORS}|e|ou|a)\s+(?P<x>(?P<m>{month}))(?!\w)",
                self._month,
                month_names_gate,
            ),
            (
                rf"\b(?P<p>{LICENSORS})\s+(?P<x>[12]\d{{3}}(?:(?:\s*,\s*|\s+(?:e|a|ou)\s+)"
                rf"[12]\d{{3}})*){_NR}",
                self._years,
                r"[12]\d{3}",
            ),
            (
                rf"{_NL}(?P<x>(?P<y1>[12]\d{{3}})\s*[-–/]\s*(?P<y2>[12]\d{{3}}|\d{{2}})){_NR}",
                self._year_range,
                r"\d{4}\s*[-–/]\s*\d",
            ),
            (
                rf"\b(?P<x>(?:{DET}\s+)?(?:anos|década\s+de)\s+(?P<d>\d0|[12]\d{{2}}0"
                r"|vinte|trinta|quarenta|cinquenta|sessenta|setenta|oitenta|noventa))(?![\w/%])",
                self._decade,
                _words("anos", "década"),
            ),
            (
                rf"\b(?P<x>(?:{DET}\s+)?século\s+(?P<c>[ivxlc]{{1,7}}|\d{{1,2}}|{num})"
                r"(?:\s+(?P<bc>a\.\s?C\.|a\.C\.|antes\s+de\s+Cristo))?)(?!\w)",
                self._century,
                _words("século"),
            ),
            (
                rf"\b(?P<x>(?:(?:{DET}\s+)?(?:(?:fim|final|início|princípio)\s+d[ao]\s+)?"
                rf"(?P<p1>{part})\s+de\s+)?(?P<dw>{_alt(lx.day_words)})"
                r"(?:\s*,?\s*(?:à|às|de|pela|durante\s+a|(?:n|a)o\s+(?:fim|final|início)\s+da)"
                rf"\s+(?P<p2>{part}))?)(?!\w)",
                self._day_word,
                day_words_gate,
            ),
            (rf"\b(?P<x>(?:n|d)?est[ae]\s+(?P<p1>{part}))(?!\w)", self._day_word, parts_gate),
            (
                rf"\b(?P<x>(?:{DET}\s+)?(?P<qb>próxim[oa]s?|últim[oa]s?|passad[oa]s?|anterior(?:es)?"
                rf"|seguintes?|corrente)\s+(?:(?P<n>{num})\s+)?(?P<u>{unit}))(?!\w)",
                self._relative_unit,
                qualifiers_gate,
            ),
            (
                rf"\b(?P<x>(?:{DET}\s+)?(?P<u>{unit})\s+(?P<qa>passad[oa]s?|que\s+vem|que\s+passou"
                r"|anterior(?:es)?|seguintes?|próxim[oa]s?|corrente|em\s+curso|atual|actual))(?!\w)",
                self._relative_unit,
                qualifiers_gate,
            ),
            (
                rf"\b(?P<x>(?P<dem>(?:n|d)?(?:est|ess|aquel)[ea]s?)\s+(?P<u>{unit}))(?!\w)",
                self._relative_unit,
                demonstratives_gate,
            ),
            (
                rf"\b(?P<x>há\s+(?:{APPROX}\s+)?(?P<n>{num}|{vague})\s+(?P<u>{unit})"
                r"(?:\s+atrás)?)(?!\w)",
                self._ago,
                _words("há"),
            ),
            (
                rf"\b(?P<x>(?:{APPROX}\s+)?(?P<n>{num}|{vague})\s+(?P<u>{unit})\s+atrás)(?!\w)",
                self._ago,
                _words("atrás"),
            ),
            (
                rf"\b(?P<x>(?P<ahead>daqui\s+a|dentro\s+de)\s+(?:{APPROX}\s+)?(?P<n>{num}|{vague})"
                rf"\s+(?P<u>{unit}))(?!\w)",
                self._ago,
                _words("daqui", "dentro"),
            ),
            (
                rf"\b(?P<x>(?:{APPROX}\s+)?(?P<n>{num}|{vague})\s+(?P<u>{unit})\s+(?:depois|antes"
                r"|mais\s+tarde|mais\s+cedo|após|volvidos|passados))(?!\w)",
                self._anaphoric,
                _words("depois", "antes", "tarde", "cedo", "após", "volvidos", "passados"),
            ),
            (
                r"\b(?P<x>(?:passad[oa]s|volvid[oa]s|decorrid[oa]s|ao\s+fim\s+de|após)\s+"
                rf"(?:{APPROX}\s+)?(?P<n>{num})\s+(?P<u>{unit}))(?!\w)",
                self._anaphoric,
                _words(
                    *(w + e for w in ("passad", "volvid", "decorrid") for e in ("os", "as")),
                    "fim",
                    "após",
                ),
            ),
            (
                rf"\b(?P<x>(?:{APPROX}\s+)?(?P<n>{num}|{vague})\s+(?P<u>{unit})"
                r"(?P<half>\s+e\s+mei[oa])?)(?!\w)",
                self._duration,
                duration_gate,
            ),
            (
                r"\b(?P<x>(?:uma\s+)?(?P<n>meia)\s+(?P<u>hora))(?!\w)",
                self._duration,
                _words("meia"),
            ),
            (
                rf"\b(?P<x>tod[oa]\s+[oa]\s+(?P<u>{unit})|[oa]\s+(?P<u2>{unit})\s+"
                r"(?:tod[oa]|inteir[oa]))(?!\w)",
                self._whole_unit,
                _words("todo", "toda", "inteiro", "inteira"),
            ),
            (
                rf"\b(?P<x>tod[oa]s\s+[oa]s\s+(?:(?P<n>{num})\s+)?(?:(?P<u>{unit})"
                rf"|(?P<w>{plural_weekdays}))|(?:às|aos)\s+(?P<w2>{plural_weekdays})"
                rf"(?:(?:\s*,\s*|\s+e\s+)(?:às\s+|aos\s+)?{plural_weekdays})*)(?!\w)",
                self._set,
                _words("todos", "todas", "às", "aos"),
            ),
            (
                rf"\b(?P<x>(?:(?P<n>{num}|{vague})\s+vez(?:es)?\s+)?(?:por|ao|à|a\s+cada|cada)\s+"
                r"(?P<u>ano|mês|semana|dia|década|século))(?!\w)"
                r"(?!\s+(?:seguinte|anterior|de\b|\d))",
                self._set,
                _words("ano", "mês", "semana", "dia", "década", "século"),
            ),
            (
                rf"\b(?P<x>(?:a\s+cada|cada)\s+(?P<n>{num})\s+(?P<u>{unit})"
                rf"|de\s+(?P<n2>{num})\s+em\s+(?P=n2)\s+(?P<u2>{unit}))(?!\w)",
                self._set,
                _words("cada", "em"),
            ),
            (
                rf"(?P<x>(?:\b{time_det}\s+)?{_NL}(?P<h>[01]?\d|2[0-4])\s?h(?:(?P<mi>[0-5]\d)"
                r"(?:\s?min|m)?)?(?:\s+(?:da|de)\s+(?P<part>" + part + r"))?)(?!\w)",
                self._time,
                r"\d\s?h",
            ),
            (
                rf"(?P<x>(?:\b{time_det}\s+)?{_NL}(?P<h>[01]?\d|2[0-4]):(?P<mi>[0-5]\d)"
                r"(?::(?P<s>[0-5]\d))?(?:\s*(?:horas|hrs?|h)\b)?)(?![\w:])",
                self._time,
                r"\d:\d",
            ),
            (
                rf"(?P<x>\b{time_det}\s+{_NL}(?P<h>[01]?\d|2[0-4])(?:[.](?P<mi>[0-5]\d))?"
                rf"\s*(?:horas?|hrs?)(?:\s+(?:da|de)\s+(?P<part>{part}))?)(?!\w)",
                self._time,
                r"\d\s*(?:horas?|hrs?)",
            ),
            (
                rf"(?P<x>{_NL}(?P<h>[01]?\d|2[0-4])(?:[.](?P<mi>[0-5]\d))?\s*(?:horas?|hrs?)"
                rf"\s+(?:da|de)\s+(?P<part>{part}))(?!\w)",
                self._time,
                r"\d\s*(?:horas?|hrs?)",
            ),
            (
                rf"(?P<x>\b{time_det}\s+(?P<hw>{hour_words}|meia-noite|meio-dia)"
                r"(?:\s+e\s+(?P<mw>meia|um\s+quarto|quinze|trinta|dez|vinte|cinco))?"
                r"(?P<hours>\s+horas?)?(?:\s+(?:da|de)\s+(?P<part>" + part + r"))?)(?!\w)",
                self._time,
                hour_words_gate,
            ),
            (
                r"\b(?P<x>(?:(?:a|pel|d)?o\s+)?(?P<hw>meio-dia|meia-noite))(?!\w)",
                self._time,
                _words("meio", "meia"),
            ),
            (
                rf"\b(?P<x>(?:{DET}\s+(?P<pp>{part})\s+(?:de\s+)?(?=d|n|[oa]\s|próx|últ|{weekday}))?"
                r"(?:(?P<det>(?:n|d)?[oa]|(?:n|d)?est[ea]|(?:n|d)?ess[ea])\s+)?"
                r"(?:(?P<qb>próxim[oa]|últim[oa]|passad[oa])\s+)?"
                rf"(?P<w>{weekday})(?:\s+(?P<qa>passad[oa]|que\s+vem|próxim[oa]|seguinte|anterior))?"
                r"(?:\s*,?\s*(?:à|de|pela|durante\s+a|ao\s+fim\s+da)\s+(?P<part>"
                + part
                + r"))?)(?!\w)",
                self._weekday,
                weekdays_gate,
            ),
            (
                r"\b(?P<x>(?P<det>(?:n|d)[oa]|(?:n|d)?est[ea])\s+(?:(?P<qb>próxim[oa]|últim[oa])\s+)?"
                rf"(?P<w>{_alt(lx.weekdays_short)})(?:\s+(?P<qa>passad[oa]|que\s+vem))?)"
                r"(?=\s*[,.;:)(]|\s+(?:passad|que\s+vem|à\s+(?:noite|tarde)|de\s+manhã|pela\s+manhã"
                r"|dia\s+\d|de\s+madrugada))",
                self._weekday,
                short_weekdays_gate,
            ),
            (
                r"\b(?P<x>(?:(?:n|d|pel)?o\s+)?dia\s+(?P<d>[12]\d|3[01]|0?[1-9]|primeiro)(?:\.?[º°])?"
                r"\s+d(?:o|este)\s+(?P<rel>próximo\s+mês|mês\s+que\s+vem|mês\s+passado|último\s+mês"
                r"|mês\s+corrente|corrente\s+mês|presente\s+mês|mês\s+em\s+curso|mês))(?!\w)",
                self._day_in_month,
                _words("dia"),
            ),
            (
                r"\b(?P<x>(?:(?:n|d)?o\s+)?(?:(?P<q>próximo|último|passado)\s+)?dia\s+"
                r"(?P<d>[12]\d|3[01]|0?[1-9]|primeiro)(?:\.?[º°])?)"
                rf"(?!\w|\s*(?:de\s+)?{month_any}|\s*[/.-]\d|\s+(?:a|e)\s+\d)",
                self._day_of_month,
                _words("dia"),
            ),
            (
                r"\b(?P<x>(?:(?P<det>(?:n|d)?o|(?:n|d)?este|(?:n|d)?esse|pelo)\s+)?"
                r"(?:(?P<qb>próximo|último)\s+)?fim[-\s]de[-\s]semana"
                r"(?:\s+(?P<qa>passado|que\s+vem|seguinte|anterior))?)(?!\w)",
                self._weekend,
                _words("fim"),
            ),
            (
                r"\b(?P<x>(?:(?P<det>(?:n|d)?[oa]|(?:n|d)?est[ea]|(?:n|d)?ess[ea])\s+)?"
                r"(?:(?P<qb>próxim[oa]|últim[oa]|passad[oa])\s+)?"
                rf"(?P<s>{_alt(lx.seasons)})(?:\s+de\s+(?P<y>[12]\d{{3}})"
                r"|\s+(?P<qa>passad[oa]|que\s+vem|próxim[oa]))?)(?!\w)",
                self._season,
                seasons_gate,
            ),
            (
                r"\b(?P<x>(?:(?:n|d)?o\s+)?(?P<o>primeiro|segundo|terceiro|quarto|[1-4]\.?\s?º)\s+"
                rf"(?P<u>trimestre|semestre)(?:\s+de\s+(?P<y>[12]\d{{3}})|\s+(?P<rel>{year_rel}))?)"
                r"(?!\w)",
                self._quarter,
                _words("trimestre", "semestre"),
            ),
            (
                rf"\b(?P<x>(?:{DET}\s+)?(?:início|princípio|fim|final|meados)\s+d(?:[oa]|est[ea])\s+"
                r"(?P<u>ano|mês|semana|década|século))(?!\w)(?!\s+(?:passad|que\s+vem|seguinte"
                r"|anterior|de\b|d[oa]\b|\d|[ivxlc]+\b))",
                self._current_period,
                _words("início", "princípio", "fim", "final", "meados"),
            ),
            (
                rf"\b(?P<x>{_alt(lx.references)})(?!\w)(?!\s+(?:em\s+)?que\b)",
                self._reference,
                _last_words(lx.references),
            ),
            (rf"\b(?P<x>{_alt(lx.sets)})(?!\w)", self._lexical_set, _last_words(lx.sets)),
            (rf"\b(?P<x>{_alt(lx.anaphoric)})(?!\w)", self._anaphoric, _last_words(lx.anaphoric)),
        ]
        self.rules = [
            (
                re.compile(pattern, re.IGNORECASE),
                handler,
                re.compile(gate, re.IGNORECASE) if isinstance(gate, str) else gate,
            )
            for pattern, handler, gate in rules
        ]
        self._gate_words = frozenset().union(
            *(gate for _, _, gate in self.rules if isinstance(gate, frozenset))
        )

    # ----------------------------------------------------------------- finding

    def find(self, text: str) -> Iterator[Timex]:
        """The time expressions of ``text``, in order, without overlaps (longest wins)."""
        words: dict[str, list[tuple[int, int]]] = {}
        for word in _WORD.finditer(text):
            lower = word.group().lower()
            if lower in self._gate_words:
                words.setdefault(lower, []).append(word.span())
        candidates: list[Timex] = []
        for pattern, handler, gate in self.rules:
            for low, high in _windows(text, gate, words):
                for match in pattern.finditer(text, low, high):
                    candidates.extend(handler(match))
        chosen: list[Timex] = []
        for timex in sorted(candidates, key=lambda t: (t.start - t.end, t.start)):
            if all(timex.end <= other.start or timex.start >= other.end for other in chosen):
                chosen.append(timex)
        chosen.sort(key=lambda t: t.start)
        previous_end = 0
        for timex in chosen:
            extended = self._with_modifier(timex, text, previous_end)
            previous_end = extended.end
            yield extended

    def _with_modifier(self, timex: Timex, text: str, floor: int) -> Timex:
        """Extend a date leftwards over "início de", "fim do", "meados de"."""
        if timex.timex_type != DATE:
            return timex
        window_start = max(floor, timex.start - 40)
        found = _MODIFIER_BEFORE.search(text, window_start, timex.start)
        if found is None or found.end() != timex.start:
            return timex
        contracted = re.match(r"d(?:[oa]s?|est[ea]s?|ess[ea]s?)\b", timex.text, re.IGNORECASE)
        if not re.search(r"\bd[eoa]s?\s+$", found.group()) and not contracted:
            return timex  # "têm início dia 23": "início" is not a modifier here
        start = found.start()
        return Timex(start, timex.end, text[start : timex.end], timex.timex_type, timex.meaning)

    # ----------------------------------------------------------------- helpers

    def number(self, words: str) -> int | None:
        """Value of digits or number words ("vinte e quatro", "dois mil"); None if vague."""
        words = words.strip().lower()
        if words.isdigit():
            return int(words)
        total = current = 0
        for word in re.split(r"\s+", words):
            if word == "e":
                continue
            value = self.lexicon.numbers.get(word)
            if value is None:
                return None
            if value == 1000:
                total += (current or 1) * 1000
                current = 0
            else:
                current += value
        return total + current

    def _unit(self, word: str) -> str:
        return self.lexicon.units[re.sub(r"\s+", " ", word.lower())]

    @staticmethod
    def _timex(match: re.Match[str], timex_type: str, meaning: Meaning, group: str = "x") -> Timex:
        start, end = match.span(group)
        return Timex(start, end, match.string[start:end], timex_type, meaning)

    @staticmethod
    def _blocked(text: str, start: int) -> bool:
        """A number right after "n.º", "artigo", "página", "Lei"... is not a date."""
        return _NUMERIC_BLOCKERS.search(text, max(0, start - 25), start) is not None

    def _followed_by_count_noun(self, text: str, end: int) -> bool:
        """ "2000 casas", "1000 megawatts": a listed count noun or a plural common noun."""
        following = re.match(r"\s+([^\W\d_]+|%)", text[end : end + 40])
        if following is None:
            return False
        word = following.group(1)
        if word.lower() in self.lexicon.count_nouns:
            return True
        plural_noun = word.islower() and len(word) >= 4 and word.endswith("s")
        return plural_noun and word not in _PLURAL_FUNCTION_WORDS

    # ----------------------------------------------------------------- handlers

    def _full_date(self, match: re.Match[str]) -> list[Timex]:
        day_text = re.sub(r"[^\d]", "", match["d"]) or "1"
        day = int(day_text)
        lx = self.lexicon
        name = match["m"].rstrip(".").lower()
        month = lx.months.get(name) or lx.month_abbreviations[name]
        if name in lx.month_abbreviations and not match["y"] and "de" not in match["x"]:
            return []
        if day > _days_in_month(2000, month):
            return []
        if match["y"]:
            year = int(match["y"])
            if day > _days_in_month(year, month):
                return []
            return [self._timex(match, DATE, Meaning("absolute", year, month, day))]
        rel = (match.groupdict().get("rel") or "").lower()
        if any(word in rel for word in ("anterior", "mesmo", "desse", "daquele")):
            return [self._timex(match, DATE, Meaning("anaphoric"))]
        if rel:
            offset = -1 if "passado" in rel else 1 if ("próximo" in rel or "vem" in rel) else 0
            return [
                self._timex(match, DATE, Meaning("month_day", month=month, day=day, offset=offset))
            ]
        q = (match.groupdict().get("q") or "").lower()
        direction = -1 if q in ("passado", "último") else 1 if q == "próximo" else 0
        meaning = Meaning("month_day", month=month, day=day, nearest=True, direction=direction)
        return [self._timex(match, DATE, meaning)]

    def _numeric_date(self, match: re.Match[str]) -> list[Timex]:
        if self._blocked(match.string, match.start("x")):
            return []
        day, month = int(match["d"]), int(match["m"])
        if not 1 <= month <= 12 or not 1 <= day <= _days_in_month(2000, month):
            return []
        year_text = match.groupdict().get("y")
        if year_text is None:
            return [
                self._timex(match, DATE, Meaning("month_day", month=month, day=day, nearest=True))
            ]
        year = int(year_text)
        if len(year_text) == 2:
            year += 2000 if year <= 30 else 1900
        if day > _days_in_month(year, month):
            return []
        return [self._timex(match, DATE, Meaning("absolute", year, month, day))]

    def _month(self, match: re.Match[str]) -> list[Timex]:
        month = self.lexicon.months[match["m"].lower()]
        groups = match.groupdict()
        if _NAME_BEFORE_MONTH.search(match.string, max(0, match.start() - 40), match.start("x")):
            return []
        if groups.get("y"):
            return [self._timex(match, DATE, Meaning("absolute", int(groups["y"]), month))]
        rel = (groups.get("rel") or "").lower()
        if any(word in rel for word in ("anterior", "mesmo", "desse", "daquele")):
            return [self._timex(match, DATE, Meaning("anaphoric"))]
        if rel:
            offset = -1 if "passado" in rel else 1 if ("próximo" in rel or "vem" in rel) else 0
            return [self._timex(match, DATE, Meaning("month", month=month, offset=offset))]
        q = (groups.get("q") or "").lower()
        if q:
            direction = -1 if q in ("passado", "último") else 1
            return [self._timex(match, DATE, Meaning("month", month=month, direction=direction))]
        return [self._timex(match, DATE, Meaning("month", month=month, nearest=True))]

    def _years(self, match: re.Match[str]) -> list[Timex]:
        text = match.string
        if _APPROX_BEFORE.search(text, max(0, match.start() - 20), match.start()):
            return []
        if self._followed_by_count_noun(text, match.end("x")):
            return []
        if re.match(r"\s+(?:e|a|ou)\s+\d", text[match.end("x") : match.end("x") + 12]):
            return []  # "entre 2000 e 3000": a range of quantities, not of years
        out = []
        for year in re.finditer(r"\d{4}", match["x"]):
            start = match.start("x") + year.start()
            meaning = Meaning("absolute", int(year.group()))
            out.append(Timex(start, start + 4, year.group(), DATE, meaning))
        return out

    def _year_range(self, match: re.Match[str]) -> list[Timex]:
        if self._blocked(match.string, match.start("x")):
            return []
        first, second_text = int(match["y1"]), match["y2"]
        second = int(second_text)
        if len(second_text) == 2:
            second += first // 100 * 100
        if not 0 < second - first <= 200:
            return []
        return [self._timex(match, DURATION, Meaning("constant", constant=f"P{second - first}Y"))]

    def _decade(self, match: re.Match[str]) -> list[Timex]:
        digits = match["d"].lower()
        value = self.lexicon.numbers.get(digits)
        number = value if value is not None else int(digits)
        decade = f"19{number // 10}" if number < 100 else f"{number // 10:03d}"
        return [self._timex(match, DATE, Meaning("constant", constant=decade))]

    def _century(self, match: re.Match[str]) -> list[Timex]:
        raw = match["c"]
        number = (
            roman_to_int(raw) if raw.isalpha() and re.fullmatch(r"[ivxlc]+", raw, re.I) else None
        )
        if number is None:
            number = self.number(raw)
        if number is None or not 1 <= number <= 100:
            return []
        if match["bc"]:
            return [self._timex(match, DATE, Meaning("anaphoric"))]
        return [self._timex(match, DATE, Meaning("constant", constant=f"{number - 1:02d}"))]

    def _day_word(self, match: re.Match[str]) -> list[Timex]:
        groups = match.groupdict()
        offset = self.lexicon.day_words.get(
            re.sub(r"\s+", " ", (groups.get("dw") or "hoje").lower())
        )
        part_word = groups.get("p1") or groups.get("p2")
        part = self.lexicon.parts_of_day.get(part_word.lower()) if part_word else None
        meaning = Meaning("shift", offset=offset or 0, unit="D", part=part)
        return [self._timex(match, DATE if part is None else TIME, meaning)]

    def _relative_unit(self, match: re.Match[str]) -> list[Timex]:
        groups = match.groupdict()
        unit_word = match["u"].lower()
        unit = self._unit(unit_word)
        plural = unit_word.endswith("s") and unit_word not in ("mês",)
        qualifier = (groups.get("qb") or groups.get("qa") or "").lower()
        demonstrative = (groups.get("dem") or "").lower()
        if demonstrative:
            if "est" not in demonstrative:
                return [self._timex(match, DATE, Meaning("anaphoric"))]
            if plural:
                return [self._timex(match, DATE, Meaning("constant", constant="PRESENT_REF"))]
            return [self._timex(match, DATE, Meaning("shift", offset=0, unit=unit))]
        if qualifier.startswith(("anterior", "seguinte")):
            return [self._timex(match, DATE, Meaning("anaphoric"))]
        count_text = groups.get("n")
        if qualifier.startswith("passad") and count_text:
            return [self._timex(match, DATE, Meaning("anaphoric"))]
        if plural:
            if qualifier.startswith("passad"):
                return [self._timex(match, DATE, Meaning("constant", constant="PAST_REF"))]
            count = self.number(count_text) if count_text else None
            return [
                self._timex(match, DURATION, Meaning("constant", constant=_duration(count, unit)))
            ]
        if count_text:
            count = self.number(count_text)
            if count != 1:
                return []
            return [self._timex(match, DURATION, Meaning("constant", constant=_duration(1, unit)))]
        long_unit = unit in ("DE", "CE", "ML") and qualifier.startswith(("últim", "próxim"))
        if unit in ("H", "MIN", "S", "FN") or long_unit:
            return [self._timex(match, DURATION, Meaning("constant", constant=_duration(1, unit)))]
        if qualifier.startswith(("passad", "últim", "que passou")):
            offset = -1
        elif qualifier.startswith(("próxim", "que vem")):
            offset = 1
        else:
            offset = 0
        return [self._timex(match, DATE, Meaning("shift", offset=offset, unit=unit))]

    def _ago(self, match: re.Match[str]) -> list[Timex]:
        groups = match.groupdict()
        unit = self._unit(match["u"])
        count = self.number(match["n"])
        ahead = groups.get("ahead") is not None
        if count is None:
            constant = "FUTURE_REF" if ahead else "PAST_REF"
            return [self._timex(match, DATE, Meaning("constant", constant=constant))]
        if unit in ("H", "MIN", "S"):
            return [self._timex(match, DATE, Meaning("anaphoric"))]
        if unit in ("Q", "HALF", "FN"):
            months = {"Q": 3, "HALF": 6}.get(unit)
            if months is None:
                return [
                    self._timex(
                        match,
                        DATE,
                        Meaning("shift", offset=(1 if ahead else -1) * 2 * count, unit="W"),
                    )
                ]
            count, unit = count * months, "M"
        if unit == "ML":
            count, unit = count * 10, "CE"
        meaning = Meaning("shift", offset=count if ahead else -count, unit=unit)
        return [self._timex(match, DATE, meaning)]

    def _anaphoric(self, match: re.Match[str]) -> list[Timex]:
        return [self._timex(match, DATE, Meaning("anaphoric"))]

    def _duration(self, match: re.Match[str]) -> list[Timex]:
        text = match.string
        count_text = match["n"].lower()
        unit = self._unit(match["u"])
        unit_word = match["u"].lower()
        if count_text == "meia":
            return [self._timex(match, DURATION, Meaning("constant", constant="PT30M"))]
        count = self.number(count_text)
        if count is not None and count_text.isdigit() and self._blocked(text, match.start("n")):
            return []
        if count is not None and count != 1 and not unit_word.endswith("s") and unit_word != "mês":
            return []
        if (
            count_text in ("um", "uma")
            and unit == "D"
            and not re.search(
                r"\b(?:durante|por|há|de|em|após|cada|mais|menos|apenas|só)\s+$",
                text[max(0, match.start() - 15) : match.start()],
                re.IGNORECASE,
            )
        ):
            return []
        constant = _duration(count, unit, half=bool(match.groupdict().get("half")))
        return [self._timex(match, DURATION, Meaning("constant", constant=constant))]

    def _whole_unit(self, match: re.Match[str]) -> list[Timex]:
        unit = self._unit(match["u"] or match["u2"])
        return [self._timex(match, DURATION, Meaning("constant", constant=_duration(1, unit)))]

    def _set(self, match: re.Match[str]) -> list[Timex]:
        groups = match.groupdict()
        if groups.get("w") or groups.get("w2"):
            sets: list[Timex] = []
            text, x_start, x_end = match.string, match.start("x"), match.end("x")
            for found in self._plural_weekday_pattern.finditer(text, x_start, x_end):
                number = self._plural_weekday_number(found.group())
                if number is not None:
                    start = found.start() if sets else x_start
                    meaning = Meaning("constant", constant=f"XXXX-WXX-{number}")
                    sets.append(Timex(start, found.end(), text[start : found.end()], SET, meaning))
            return sets
        unit = self._unit(groups.get("u") or groups.get("u2") or "")
        every = groups.get("n2") or (groups.get("n") if "cada" in match["x"].lower() else None)
        count = self.number(every) if every else 1
        return [self._timex(match, SET, Meaning("constant", constant=_duration(count or 1, unit)))]

    def _plural_weekday_number(self, word: str) -> int | None:
        key = re.sub(r"[-\s]+", " ", word.lower())
        return next(
            (n for w, n in self._plural_weekdays.items() if re.sub(r"[-\s]+", " ", w) == key), None
        )

    def _time(self, match: re.Match[str]) -> list[Timex]:
        groups = match.groupdict()
        part_word = (groups.get("part") or "").lower()
        hour_word = (groups.get("hw") or "").lower()
        if hour_word in ("meio-dia", "meia-noite"):
            hour, minute = (12, 0) if hour_word == "meio-dia" else (0, 0)
        elif hour_word:
            value = self.lexicon.numbers.get(hour_word)
            if value is None:
                return []
            hour = value
            minute_word = (groups.get("mw") or "").lower()
            fraction = {"meia": 30, "um quarto": 15}.get(re.sub(r"\s+", " ", minute_word))
            minute = fraction if fraction is not None else self.lexicon.numbers.get(minute_word, 0)
            if not (minute_word or groups.get("hours") or part_word):
                following = match.string[match.end() : match.end() + 12]
                if not re.match(_AFTER_BARE_HOUR, following, re.IGNORECASE):
                    return []
        else:
            hour = int(groups["h"])
            minute = int(groups["mi"]) if groups.get("mi") else 0
            if self._blocked(match.string, match.start("h")):
                return []
        evening = part_word in ("tarde", "noite", "fim da tarde", "final da tarde")
        if evening and hour < 12 and not (part_word == "noite" and hour <= 4):
            hour += 12
        second = int(groups["s"]) if groups.get("s") else None
        if hour > 24 or (hour == 24 and minute):
            return []
        return [self._timex(match, TIME, Meaning("time", hour=hour, minute=minute, second=second))]

    def _weekday(self, match: re.Match[str]) -> list[Timex]:
        text = match.string
        groups = match.groupdict()
        word = match["w"]
        det = (groups.get("det") or "").lower()
        qualifier = (groups.get("qb") or groups.get("qa") or "").lower()
        if word[:1].isupper() and not det and not qualifier:
            before = text[max(0, match.start() - 30) : match.start()]
            if re.search(r"\b(?:[A-ZÀ-Ý][\w.]*|S\.)\s+$", before):
                return []
        lx = self.lexicon
        key = re.sub(r"\s+", " ", word.lower())
        number = lx.weekdays.get(key) or lx.weekdays_short.get(key)
        if number is None:
            key = re.sub(r"[-\s]+", "-", key)
            number = next(
                (n for w, n in lx.weekdays.items() if re.sub(r"[-\s]+", "-", w) == key), None
            )
        if number is None:
            return []
        if det.startswith(("ess", "ness", "dess")) or qualifier in ("seguinte", "anterior"):
            return [self._timex(match, DATE, Meaning("anaphoric"))]
        direction = -1 if qualifier.startswith(("passad", "últim")) else 1 if qualifier else 0
        this_week = "est" in det and not qualifier
        part_word = groups.get("part") or groups.get("pp")
        part = lx.parts_of_day.get(part_word.lower()) if part_word else None
        meaning = Meaning(
            "weekday",
            weekday=number,
            direction=direction,
            part=part,
            code="week" if this_week else None,
        )
        return [self._timex(match, DATE if part is None else TIME, meaning)]

    def _day_of_month(self, match: re.Match[str]) -> list[Timex]:
        before = match.string[max(0, match.start() - 10) : match.start()]
        if re.search(r"\b(?:por|cada|ao|um|uma)\s+$", before, re.IGNORECASE):
            return []
        raw = match["d"].lower()
        day = 1 if raw == "primeiro" else int(raw)
        q = (match["q"] or "").lower()
        direction = -1 if q in ("último", "passado") else 1 if q == "próximo" else 0
        return [self._timex(match, DATE, Meaning("day_of_month", day=day, direction=direction))]

    def _day_in_month(self, match: re.Match[str]) -> list[Timex]:
        """ "no dia 15 do próximo mês", "dia 3 deste mês"."""
        raw = match["d"].lower()
        day = 1 if raw == "primeiro" else int(raw)
        rel = match["rel"].lower()
        ahead = "próximo" in rel or "vem" in rel
        offset = 1 if ahead else -1 if ("passado" in rel or "último" in rel) else 0
        return [self._timex(match, DATE, Meaning("day_in_month", day=day, offset=offset))]

    def _weekend(self, match: re.Match[str]) -> list[Timex]:
        det = (match["det"] or "").lower()
        qualifier = (match["qb"] or match["qa"] or "").lower()
        if "ess" in det or qualifier in ("seguinte", "anterior"):
            return [self._timex(match, DATE, Meaning("anaphoric"))]
        direction = -1 if qualifier in ("passado", "último") else 1 if qualifier else 0
        return [self._timex(match, DATE, Meaning("weekend", direction=direction))]

    def _season(self, match: re.Match[str]) -> list[Timex]:
        det = (match["det"] or "").lower()
        qualifier = (match["qb"] or match["qa"] or "").lower()
        if not (det or qualifier or match["y"]):
            return []
        code = self.lexicon.seasons[match["s"].lower()]
        if match["y"]:
            return [self._timex(match, DATE, Meaning("season", year=int(match["y"]), code=code))]
        if "ess" in det:
            return [self._timex(match, DATE, Meaning("anaphoric"))]
        offset = -1 if qualifier.startswith(("passad", "últim")) else 1 if qualifier else 0
        meaning = Meaning("season", code=code, offset=offset, nearest=not qualifier)
        return [self._timex(match, DATE, meaning)]

    def _quarter(self, match: re.Match[str]) -> list[Timex]:
        raw = match["o"].lower()
        number = self.lexicon.ordinals.get(raw) or int(re.sub(r"\D", "", raw) or 0)
        unit = match["u"].lower()
        if (unit == "semestre" and number > 2) or not 1 <= number <= 4:
            return []
        code = f"{'Q' if unit == 'trimestre' else 'H'}{number}"
        kind = "quarter" if unit == "trimestre" else "half"
        if match["y"]:
            return [self._timex(match, DATE, Meaning(kind, year=int(match["y"]), code=code))]
        rel = (match["rel"] or "").lower()
        if any(word in rel for word in ("anterior", "mesmo", "desse", "daquele")):
            return [self._timex(match, DATE, Meaning("anaphoric"))]
        offset = -1 if "passado" in rel else 1 if ("próximo" in rel or "vem" in rel) else 0
        return [self._timex(match, DATE, Meaning(kind, code=code, offset=offset))]

    def _current_period(self, match: re.Match[str]) -> list[Timex]:
        """ "no final do ano", "no início do mês": the document's year or month."""
        meaning = Meaning("shift", offset=0, unit=self._unit(match["u"]))
        return [self._timex(match, DATE, meaning)]

    def _reference(self, match: re.Match[str]) -> list[Timex]:
        value = self.lexicon.references[re.sub(r"\s+", " ", match["x"].lower())]
        return [self._timex(match, DATE, Meaning("constant", constant=value))]

    def _lexical_set(self, match: re.Match[str]) -> list[Timex]:
        value = self.lexicon.sets[re.sub(r"\s+", " ", match["x"].lower())]
        return [self._timex(match, SET, Meaning("constant", constant=value))]


def _plural_weekday(word: str) -> str:
    """ "segunda-feira" -> "segundas-feiras", "sábado" -> "sábados"."""
    word = word.lower()
    if "feira" in word:
        head, _, _ = word.partition("feira")
        head = head.rstrip("- ")
        return f"{head}s-feiras" if head.isalpha() else f"{head}-feiras"
    return word + "s"


def _duration(count: int | None, unit: str, half: bool = False) -> str:
    """TIMEX3 duration of ``count`` units (X when vague); decades and centuries in years."""
    amount = "X" if count is None else str(count)
    if count is not None:
        if unit == "DE":
            amount, unit = str(count * 10), "Y"
        elif unit == "CE":
            amount, unit = str(count * 100), "Y"
        elif unit == "ML":
            amount, unit = str(count * 1000), "Y"
        elif unit == "Q":
            amount, unit = str(count * 3), "M"
        elif unit == "HALF":
            amount, unit = str(count * 6), "M"
        elif unit == "FN":
            amount, unit = str(count * 2), "W"
    else:
        unit = {"DE": "Y", "CE": "Y", "ML": "Y", "Q": "M", "HALF": "M", "FN": "W"}.get(unit, unit)
    if half and count is not None:
        extra = {"Y": "6M", "M": "15D", "D": "T12H", "H": "30M"}.get(unit)
        if extra:
            if unit == "H":
                return f"PT{amount}H{extra}"
            return f"P{amount}{unit}{extra}"
    if unit in ("H", "MIN", "S"):
        return f"PT{amount}{'M' if unit == 'MIN' else unit}"
    return f"P{amount}{unit}"


@dataclass(frozen=True)
class _DatelineShape:
    prefix: re.Pattern[str] = re.compile(
        r"\s*(?:[^\W\d_][\w'.-]*(?:\s+[^\W\d_][\w'.-]*){0,3}\s*[,(–—-]\s*)?"
    )
    suffix: re.Pattern[str] = re.compile(r"\s*(?:[,.)(–—-]|\n|$)")


_DATELINE = _DatelineShape()


def published_from_dateline(text: str, grammar: TimexGrammar) -> str | None:
    """Publication date from a dateline that gives the year ("Moscovo, 16 de fevereiro de 2022 -").

    A dateline without a year ("16 de fevereiro, Moscou.") gives None: the year
    cannot be inferred from it without guessing.
    """
    head = text[:160]
    for timex in grammar.find(head):
        meaning = timex.meaning
        if (
            meaning.kind == "absolute"
            and meaning.day is not None
            and _DATELINE.prefix.fullmatch(head[: timex.start])
            and _DATELINE.suffix.match(head, timex.end)
        ):
            return resolve(meaning, None)
        return None
    return None


def find_timexes(text: str, grammar: TimexGrammar) -> Iterator[Timex]:
    """The time expressions of ``text`` (see :class:`TimexGrammar`)."""
    return grammar.find(text)
