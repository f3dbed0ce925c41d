"""One indicator across articles: its facts as a series, one row per (measure, time, place, status).

The facts whose subject belongs to the indicator (:mod:`.indicators`) are read from the archive,
a reprint's fact folded into its original's (a figure counts once, whatever the number of sites
that reprint it), and grouped by measure (counts of one unit, money in one currency...), period
(:mod:`.periods`), place and status. A row keeps every distinct value stated for it, each with
the articles that state it and their citations: conflicting figures stand side by side, never
averaged away.

A fact's period is its own time; a fact its sentence leaves undated takes the time its paragraph
or lead states (``scope_time``), else its article's publish day.

``--place`` matches a fact's ``place_name``/``place_code`` columns (or its document's ``place``);
an archive loaded before facts had places falls back to the fact's sentence or the article's
title, site, source or text.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field, replace
from typing import TYPE_CHECKING, Any

from .database import columns_of
from .indicators import Indicator, Measure, comparable_value, matching, measure
from .periods import Period, overlaps, period_of

if TYPE_CHECKING:
    import duckdb

STATUSES = ("reported", "planned")


@dataclass(frozen=True)
class SeriesQuery:
    """What ``gov-facts series`` asks for."""

    place: str | None = None
    first_year: int | None = None
    last_year: int | None = None
    status: str | None = None
    by: str = "stated"
    #: only the measure of this unit (or currency, or SI unit)
    unit: str | None = None


@dataclass
class Citation:
    """Where a figure is stated: the article, and the sentence."""

    title: str | None
    published_at: str | None
    url: str | None
    input: str
    sentence: str
    text: str
    time_text: str | None
    doc_id: int
    fact_id: int
    #: the other sites that reprint the article: (site or title, url or input, published_at)
    reprinted_by: list[dict[str, str | None]] = field(default_factory=list)

    @property
    def where(self) -> str:
        return self.url or self.input


@dataclass
class Value:
    """One value stated for a row, with the articles that state it."""

    value: float | None
    low: float | None
    high: float | None
    articles: int
    reprints: int
    citations: list[Citation]


@dataclass
class Row:
    """One point of the series: a measure, a period, a place, a status and the values stated."""

    time: str
    start: str
    end: str
    place: str | None
    status: str
    kind: str
    unit: str
    change: bool
    values: list[Value]
    #: the period is the articles' publish day (the facts state no time)
    as_published: bool = False

    @property
    def conflict(self) -> bool:
        return len(self.values) > 1

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["conflict"] = self.conflict
        return out


@dataclass
class Series:
    """A series and how it was made: the indicator, the subjects that matched, the measures."""

    indicator: Indicator
    subjects: dict[str, float]
    measures: list[tuple[Measure, int]]
    rows: list[Row]

    def to_dict(self) -> dict[str, Any]:
        return {
            "indicator": self.indicator.name,
            "variants": list(self.indicator.variants),
            "subjects": self.subjects,
            "measures": [
                {"kind": m.kind, "unit": m.unit, "change": m.change, "figures": n} for m, n in self.measures
            ],
            "rows": [r.to_dict() for r in self.rows],
        }


def _place_filter(fact_cols: set[str], doc_cols: set[str]) -> tuple[str, int]:
    """The SQL condition for ``--place`` (with how many times it takes the place as a parameter)."""
    text = (
        "(strpos(coalesce(f.sentence, ''), ?) > 0 OR strpos(coalesce(d.title, ''), ?) > 0 "
        "OR strpos(coalesce(d.site, ''), ?) > 0 OR strpos(coalesce(d.source, ''), ?) > 0 "
        "OR strpos(coalesce(d.text, ''), ?) > 0)"
    )
    sql, n = text, 5
    if "place" in doc_cols:
        name = "json_extract_string(d.place, '$.name')"
        sql, n = f"(CASE WHEN {name} IS NOT NULL THEN strpos({name}, ?) > 0 ELSE {sql} END)", n + 1
    if "place_name" in fact_cols:
        code = "OR f.place_code = ?" if "place_code" in fact_cols else ""
        sql = f"(CASE WHEN f.place_name IS NOT NULL THEN (strpos(f.place_name, ?) > 0 {code}) ELSE {sql} END)"
        n += 2 if code else 1
    return sql, n


def _place_column(fact_cols: set[str], doc_cols: set[str]) -> str:
    parts = []
    if "place_name" in fact_cols:
        parts.append("f.place_name")
    if "place" in doc_cols:
        parts.append("json_extract_string(d.place, '$.name')")
    return f"coalesce({', '.join(parts)})" if len(parts) > 1 else (parts[0] if parts else "NULL")


_COLUMNS = (
    'f.doc_id, f."fact_id" AS fact_id, f.subject, f.kind, f.value, f.low, f.high, f.unit, f.currency, '
    "f.change, f.qualifier, f.time_text, f.time_start, f.time_end, f.status, f.text, f.sentence, "
    "f.si_value, f.si_unit, f.original_doc_id, f.original_fact_id, d.title, d.published_at, d.url, d.input, "
    "d.site, d.source"
)


_TIME_OR_SCOPE = (
    "coalesce(f.time_text, f.scope_time_text) AS time_text, "
    "CASE WHEN f.time_text IS NULL THEN f.scope_time_start ELSE f.time_start END AS time_start, "
    "CASE WHEN f.time_text IS NULL THEN f.scope_time_end ELSE f.time_end END AS time_end"
)


def _facts(con: duckdb.DuckDBPyConnection, subjects: Sequence[str], q: SeriesQuery) -> list[dict[str, Any]]:
    fact_cols, doc_cols = columns_of(con, "facts"), columns_of(con, "documents")
    where = ["list_contains(?::VARCHAR[], f.subject)"]
    params: list[Any] = [list(subjects)]
    if q.status:
        where.append("f.status = ?")
        params.append(q.status)
    if q.place:
        sql, n = _place_filter(fact_cols, doc_cols)
        where.append(sql)
        params += [q.place] * n
    columns = _COLUMNS
    if "scope_time_end" in fact_cols:
        # a figure its sentence leaves undated stands at the time its paragraph or lead states
        columns = columns.replace("f.time_text, f.time_start, f.time_end", _TIME_OR_SCOPE)
    cursor = con.execute(
        f"SELECT {columns}, {_place_column(fact_cols, doc_cols)} AS place FROM facts f "
        f"JOIN documents d USING (doc_id) WHERE {' AND '.join(where)}",
        params,
    )
    names = [c[0] for c in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def series(con: duckdb.DuckDBPyConnection, indicator: Indicator, q: SeriesQuery | None = None) -> Series:
    """The series of one indicator in the archive (see the module doc)."""
    q = q or SeriesQuery()
    subjects = [
        r[0] for r in con.execute("SELECT DISTINCT subject FROM facts WHERE subject IS NOT NULL").fetchall()
    ]
    matched = matching(subjects, indicator)
    facts = _facts(con, list(matched), q) if matched else []
    figures: dict[tuple[int, int], list[dict[str, Any]]] = defaultdict(list)
    for f in facts:  # a reprint's fact counts with its original's
        key = (
            (f["original_doc_id"], f["original_fact_id"])
            if f["original_fact_id"] is not None
            else (f["doc_id"], f["fact_id"])
        )
        figures[key].append(f)
    groups: dict[tuple[Measure, Period, str | None, str], list[list[dict[str, Any]]]] = defaultdict(list)
    counts: dict[Measure, int] = defaultdict(int)
    published: dict[tuple[Measure, Period, str | None, str], list[bool]] = defaultdict(list)
    for copies in figures.values():
        copies.sort(key=lambda f: f["original_fact_id"] is not None)  # the original first, when it is here
        first = copies[0]
        m = measure(first)
        period = period_of(first["time_start"], first["time_end"], first["published_at"], q.by)
        if period is None or not overlaps(period, q.first_year, q.last_year):
            continue
        if q.unit and q.unit not in (m.unit, first["unit"]):
            continue
        counts[m] += 1
        stated = replace(period, published=False)  # a row's period whether stated or the publish day
        groups[(m, stated, first["place"] or q.place, first["status"])].append(copies)
        published[(m, stated, first["place"] or q.place, first["status"])].append(period.published)
    rows = [
        _row(m, replace(period, published=all(published[key])), place, status, figs)
        for key, figs in groups.items()
        for m, period, place, status in [key]
    ]
    order = {m: i for i, (m, _) in enumerate(sorted(counts.items(), key=lambda mc: (-mc[1], mc[0])))}
    rows.sort(
        key=lambda r: (
            order[Measure(r.kind, r.unit, r.change)],
            r.start,
            r.end,
            r.place or "",
            STATUSES.index(r.status) if r.status in STATUSES else 9,
        )
    )
    return Series(indicator, matched, sorted(counts.items(), key=lambda mc: (-mc[1], mc[0])), rows)


def _cite(f: dict[str, Any], reprints: Sequence[dict[str, Any]]) -> Citation:
    copies = [
        {"site": r["site"] or r["title"], "where": r["url"] or r["input"], "published_at": r["published_at"]}
        for r in reprints
    ]
    return Citation(
        title=f["title"],
        published_at=f["published_at"],
        url=f["url"],
        input=f["input"],
        sentence=f["sentence"],
        text=f["text"],
        time_text=f["time_text"],
        doc_id=f["doc_id"],
        fact_id=f["fact_id"],
        reprinted_by=copies,
    )


def _row(
    m: Measure, period: Period, place: str | None, status: str, figures: list[list[dict[str, Any]]]
) -> Row:
    """A row from its figures (each a list of copies: the original's fact, then its reprints')."""
    by_value: dict[tuple[float | None, ...], list[list[dict[str, Any]]]] = defaultdict(list)
    for copies in figures:
        v = comparable_value(copies[0])
        by_value[tuple(None if x is None else round(x, 6) for x in v)].append(copies)
    values = []
    for (value, low, high), figs in by_value.items():
        citations = [_cite(c[0], c[1:]) for c in sorted(figs, key=lambda c: c[0]["published_at"] or "")]
        values.append(
            Value(
                value,
                low,
                high,
                articles=len({c[0]["doc_id"] for c in figs}),
                reprints=sum(len(c) - 1 for c in figs),
                citations=citations,
            )
        )
    values.sort(key=lambda v: (-v.articles, -v.reprints, v.value if v.value is not None else 0))
    return Row(
        time=period.label,
        start=period.start,
        end=period.end,
        place=place,
        status=status,
        kind=m.kind,
        unit=m.unit,
        change=m.change,
        values=values,
        as_published=period.published,
    )
