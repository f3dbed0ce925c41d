"""The divisions table (``patterns/divisions.tsv``): China's administrative divisions and the countries.

A generated data file (``scripts/build_divisions.py`` says from which packages), shipped in the
wheel like the other patterns and validated when loaded: a malformed line raises
:class:`~gov_facts.core.errors.PatternError` naming the file and the line. It is a tab-separated
table rather than TOML because it holds some 40,000 rows, which tomllib would take a second to read;
its ``#!`` header lines (source, version, date, licence) are checked by pydantic (:mod:`.checked_models`).

The table is read at most once per process, and only when a page is read (:func:`load_divisions`);
once validated, its rows are kept in a cache file (:mod:`.table_cache`) that the next process reads
in a fifth of the time, for as long as the file's bytes stay the same.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Annotated, Any, Literal, cast

from pydantic import Field, ValidationError

from ..core.errors import PatternError
from . import table_cache
from .checked_models import STRICT, as_checked, messages, validate
from .patterns import builtin_dir

Level = Literal["country", "province", "city", "county", "township", "zone"]
#: levels from the top; a division's parent stands higher
LEVEL_RANK: dict[str, int] = {"country": 0, "province": 1, "city": 2, "county": 3, "zone": 4, "township": 5}
DIVISIONS_FILE = "divisions.tsv"

_CODE = {
    "country": re.compile(r"[A-Z]{2}"),
    "province": re.compile(r"\d{2}0000"),
    "city": re.compile(r"\d{4}00"),
    "county": re.compile(r"\d{6}"),
    "zone": re.compile(r"\d{6}"),
    "township": re.compile(r"\d{9}"),
}
_NAME = re.compile(r"[^\s|]+")
_COLUMNS = 9


@dataclass(frozen=True)
class DivisionsInfo:
    """Where the table comes from: shown by ``gov-facts patterns``."""

    __pydantic_config__ = STRICT

    source: Annotated[str, Field(min_length=1)]
    version: Annotated[str, Field(min_length=1)]
    date: date
    licence: Annotated[str, Field(min_length=1)]

    def plain(self) -> dict[str, str]:
        """The header as JSON values (the cache keeps it so)."""
        return {
            "source": self.source,
            "version": self.version,
            "date": self.date.isoformat(),
            "licence": self.licence,
        }


@dataclass(frozen=True)
class Division:
    """One place of the table.

    ``key`` is its code, or ``parent/name`` where the code is its region's (a district of Hong Kong
    or Taiwan: ``710000/台北市/大安区``); ``parent`` is the key of the division it lies in (empty for a
    country).
    """

    key: str
    code: str
    level: Level
    name: str
    parent: str
    short: tuple[str, ...]
    former: tuple[str, ...]
    variant: tuple[str, ...]
    pinyin: str
    #: a generic name (城区, 东区): a place only next to its parent
    generic: bool


@dataclass(frozen=True)
class Divisions:
    """The whole table: its provenance, each division by key, and the townships of each county.

    Townships (some 38,000) are kept as their lines of the file, not as :class:`Division` objects,
    and read a county at a time (:meth:`townships_of`): a page needs only the townships of the few
    counties it names, and parsing all of them would slow every process's first page. The lines
    are kept as the file's UTF-8 bytes: decoding the whole block (1.6 MB) cost every start 1-3 ms
    (about 2% of a one-page start) for the few counties a page looks up.
    """

    path: str
    info: DivisionsInfo
    by_key: Mapping[str, Division]
    #: the township lines (the end of the file, sorted by code) in UTF-8, checked on load, read
    #: by county
    townships: bytes
    #: the key of the file's bytes (:func:`.table_cache.read_keyed`: its stamp or their digest):
    #: tables derived from this one are cached under it (how it was keyed: not compared)
    digest: str = field(default="", compare=False)

    def townships_of(self, key: str) -> list[tuple[str, str]]:
        """The ``(code, name)`` townships of a county, zone or city, found by bisection in the block.

        The block is sorted by code and a township's code begins with its county's, so this reads
        only that county's lines: no process pays for splitting all 38,000 of them.
        """
        if not (len(key) == 6 and key.isascii() and key.isdigit()):
            return []
        block, prefix = self.townships, key.encode("ascii")
        lo, hi = 0, len(block)  # both at line starts; find the first line whose code is >= prefix
        while lo < hi:
            start = block.rfind(b"\n", 0, (lo + hi) // 2) + 1
            if block[start : start + 6] < prefix:
                nl = block.find(b"\n", start)
                lo = nl + 1 if nl >= 0 else len(block)
            else:
                hi = start
        end = lo  # past the last line of the county's codes: only those lines are decoded
        while block.startswith(prefix, end):
            nl = block.find(b"\n", end)
            end = nl + 1 if nl >= 0 else len(block)
        return [
            (m.group(1), m.group(2))
            for m in _TOWNSHIP.finditer(block[lo:end].decode("utf-8"))
            if m.group(3) == key
        ]

    @cached_property
    def township_lines(self) -> str:
        """The township block as text (the whole block decoded: for checks and tests)."""
        return self.townships.decode("utf-8")

    def all_townships(self) -> dict[str, list[tuple[str, str]]]:
        """Every township by the key of its county (the whole block parsed: for checks and tests)."""
        out: dict[str, list[tuple[str, str]]] = {}
        for code, name, parent in _TOWNSHIP.findall(self.township_lines):
            out.setdefault(parent, []).append((code, name))
        return out

    def __len__(self) -> int:
        return len(self.by_key) + self.townships.count(b"\n")

    def counts(self) -> dict[str, int]:
        """How many divisions of each level."""
        out: dict[str, int] = dict.fromkeys(sorted(LEVEL_RANK, key=LEVEL_RANK.__getitem__), 0)
        for d in self.by_key.values():
            out[d.level] += 1
        out["township"] = self.townships.count(b"\n")
        return out


def _split(field: str) -> tuple[str, ...]:
    return tuple(field.split("|")) if field else ()


def _row(path: Path, n: int, line: str) -> Division:
    """One line as a Division, or PatternError naming the line."""
    cells = line.split("\t")
    if len(cells) != _COLUMNS:
        raise PatternError(f"{path}: line {n}: {len(cells)} columns, expected {_COLUMNS}")
    code, level, name, _parent, short, former, variant, pinyin, flags = cells
    if level not in _CODE or level == "township":
        raise PatternError(f"{path}: line {n}: unknown level {level!r} (townships come last)")
    if not _CODE[level].fullmatch(code):
        raise PatternError(f"{path}: line {n}: {code!r} is not a {level} code")
    names = (name, *_split(short), *_split(former), *_split(variant))
    if not all(_NAME.fullmatch(x) for x in names):
        raise PatternError(f"{path}: line {n}: an empty name or one with spaces")
    if set(flags) - {"g", "s"} or (pinyin and not pinyin.isascii()):
        raise PatternError(f"{path}: line {n}: bad flags {flags!r} or pinyin {pinyin!r}")
    return _division(line)


def _division(line: str) -> Division:
    """A line of the table, checked before (:func:`_row`), as a Division."""
    code, level, name, parent, short, former, variant, pinyin, flags = line.split("\t")
    key = f"{parent}/{name}" if "s" in flags else code
    return Division(key, code, cast(Level, level), name, parent, _split(short), _split(former),
                    _split(variant), pinyin, "g" in flags)  # fmt: skip


def _line(d: Division) -> str:
    """A division as a line of the table (what :func:`_division` reads back as an equal one)."""
    flags = ("g" if d.generic else "") + ("s" if d.key != d.code else "")
    cells = [d.code, d.level, d.name, d.parent, "|".join(d.short), "|".join(d.former), "|".join(d.variant)]
    return "\t".join([*cells, d.pinyin, flags])


#: a township line: nine-digit code, name, the six-digit key of its county or zone, no other field
_TOWNSHIP = re.compile(r"^(\d{9})\ttownship\t([^\s|]+)\t(\d{6})\t", re.M)


_TOWNSHIP_BLOCK = re.compile(r"(?:\d{9}\ttownship\t[^\s|]+\t\d{6}\t\t\t\t\t\n)*")


def _check_townships(path: Path, text: str, first_line: int) -> str:
    """The township block (the end of the file), its lines checked in one regex pass; returns it."""
    if not text:
        return text
    if not text.endswith("\n"):
        text += "\n"
    m = _TOWNSHIP_BLOCK.match(text)
    if m is None or m.end() != len(text):  # name the first line that is not a township line
        bad = text.count("\n", 0, m.end() if m else 0)
        raise PatternError(
            f"{path}: line {first_line + bad}: not a township line (code, township, name, county)"
        )
    return text


def read_divisions(path: Path) -> Divisions:
    """Parse and validate a divisions table; PatternError names the file and the line."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise PatternError(f"{path}: cannot read the divisions table ({exc})") from exc
    return _parse(path, data)


def _parse(path: Path, data: bytes, source_key: str | None = None) -> Divisions:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise PatternError(f"{path}: cannot read the divisions table ({exc})") from exc
    head, sep, tail = text.partition("\ttownship\t")
    cut = head.rfind("\n") + 1 if sep else len(text)
    head, tail = text[:cut], text[cut:]
    meta: dict[str, str] = {}
    by_key: dict[str, Division] = {}
    n = 0
    for n, line in enumerate(head.splitlines(), 1):
        if line.startswith("#!"):
            key, _, value = line[2:].partition(":")
            meta[key.strip()] = value.strip()
            continue
        if not line or line.startswith("#"):
            continue
        d = _row(path, n, line)
        if d.key in by_key:
            raise PatternError(f"{path}: line {n}: {d.key} is listed twice")
        by_key[d.key] = d
    try:
        info = validate(DivisionsInfo, meta)
    except ValidationError as exc:
        where = "; ".join(f"header {at}: {message}" for at, message in messages(exc))
        raise PatternError(f"{path}: {where}") from exc
    for d in by_key.values():
        up = by_key.get(d.parent)
        if d.parent and (up is None or LEVEL_RANK[up.level] >= LEVEL_RANK[d.level]):
            raise PatternError(f"{path}: {d.key} {d.name}: parent {d.parent!r} is not a division above it")
        if not d.parent and d.level != "country":
            raise PatternError(f"{path}: {d.key} {d.name}: only a country has no parent")
    townships = _check_townships(path, tail, n + 1).encode("utf-8")
    return Divisions(str(path), info, by_key, townships, source_key or table_cache.digest(data))


def cached_divisions(path: Path) -> Divisions:
    """:func:`read_divisions`, from the cache when it holds this very file's rows, checked.

    The cache holds the rows as they were once validated (plain tuples), never rows that failed;
    a file that changed by one byte is read and checked again.
    """
    try:
        data, source_key = table_cache.read_keyed(path)  # (not hashed at every start)
    except OSError as exc:
        raise PatternError(f"{path}: cannot read the divisions table ({exc})") from exc
    key = table_cache.cache_key(source_key, (__name__,))

    def parsed() -> tuple[Divisions, Any]:
        table = _parse(path, data, source_key)
        return table, _to_plain(table, data)

    return table_cache.load_or_derive(
        table_cache.cache_path("divisions", path),
        key,
        lambda saved: _from_plain(path, data, saved, key[2]),
        parsed,
    )


def _townships_start(data: bytes) -> int:
    """Where the township block begins in the file's bytes (as :func:`_parse` cuts the text)."""
    at = data.find(b"\ttownship\t")
    return data.rfind(b"\n", 0, at) + 1 if at >= 0 else len(data)


def _to_plain(table: Divisions, data: bytes) -> tuple[Any, ...]:
    """The checked table as the cache keeps it: the header, each division as a line, and where
    the township block (checked too) begins in the file, which is read anyway for the block."""
    lines = {key: _line(d) for key, d in table.by_key.items()}
    return (table.info.plain(), lines, _townships_start(data))


def _from_plain(path: Path, data: bytes, saved: tuple[Any, ...], digest: str) -> Divisions:
    meta, lines, start = saved
    if not (isinstance(lines, dict) and "CN" in lines and 0 <= start <= len(data)):
        raise ValueError("a damaged cache")
    if start and (data[start - 1 : start] != b"\n" or data[start + 9 : start + 19] != b"\ttownship\t"):
        raise ValueError("a damaged cache")
    _division(lines["CN"])  # a line of another shape fails here, not on a page
    townships = data[start:]
    if townships and not townships.endswith(b"\n"):
        townships += b"\n"  # as the check of the block leaves it
    return Divisions(str(path), _checked_info(meta), Rows(lines), townships, digest)


def _checked_info(meta: Any) -> DivisionsInfo:
    """The header as the cache keeps it (:func:`_to_plain`: validated, then dumped as JSON values)
    made again as validation left it, without building its validator (a model of its own)."""
    if not (isinstance(meta, dict) and meta.keys() == DivisionsInfo.__dataclass_fields__.keys()):
        raise ValueError("a damaged cache")
    if not all(isinstance(value, str) for value in meta.values()):
        raise ValueError("a damaged cache")
    return as_checked(DivisionsInfo, **{**meta, "date": date.fromisoformat(meta["date"])})


class Rows(Mapping[str, Division]):
    """Key -> division, each made from its (checked) line when first looked up: a page looks up
    a few dozen of some 4,000, and making them all would cost a fresh process 5-10 ms."""

    __slots__ = ("_made", "_rows")

    def __init__(self, rows: dict[str, str]) -> None:
        self._rows = rows
        self._made: dict[str, Division] = {}

    def get(self, key: str, default: Any = None) -> Any:
        got = self._made.get(key)
        if got is None:
            line = self._rows.get(key)
            if line is None:
                return default
            got = self._made[key] = _division(line)
        return got

    def __getitem__(self, key: str) -> Division:
        got: Division | None = self.get(key)
        if got is None:
            raise KeyError(key)
        return got

    def __contains__(self, key: object) -> bool:
        return key in self._rows

    def __iter__(self) -> Iterator[str]:
        return iter(self._rows)

    def __len__(self) -> int:
        return len(self._rows)


@lru_cache(maxsize=1)
def load_divisions() -> Divisions:
    """The built-in divisions table, read once per process."""
    return cached_divisions(builtin_dir() / DIVISIONS_FILE)
