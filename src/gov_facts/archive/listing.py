"""What can be followed: the archive's most stated indicators, for ``gov-facts indicators``.

Every fact with a subject (reprints set aside) is put under an indicator: a listed one it
matches (:func:`~.indicators.score`), else the most stated subject of three characters or more
it is a kind of (市区安置房 under 安置房: :func:`~.indicators.head_of`), else its own subject; and
under a measure. Each
(indicator, measure) is counted: figures, articles, places (or, in an archive whose facts have
no place columns, the sites that state them), years, reported and planned.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from ..rules.patterns import Patterns
from .database import columns_of
from .indicators import Measure, head_of, listed, measure, normalize, score

if TYPE_CHECKING:
    import duckdb

#: an unlisted subject is put under another only when that one is stated this often, and is
#: specific enough: 播种面积 takes 粮食播种面积, but 面积 (area) does not take 建筑面积 (floor space)
MIN_HEAD_FIGURES = 3
MIN_HEAD_LENGTH = 3


@dataclass
class IndicatorRow:
    name: str
    kind: str
    unit: str
    change: bool
    figures: int
    articles: int
    first_year: int | None
    last_year: int | None
    reported: int
    planned: int
    #: place names where facts carry one, else the sites
    places: list[str] = field(default_factory=list)
    subjects: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _groups(con: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    place = "f.place_name" if "place_name" in columns_of(con, "facts") else "d.site"
    cursor = con.execute(
        "SELECT f.subject, f.kind, f.unit, f.currency, f.si_unit, f.change, f.status, count(*) AS n, "
        "list(DISTINCT f.doc_id) AS docs, "
        "min(TRY_CAST(left(coalesce(f.time_end, f.time_start, d.published_at), 4) AS INTEGER)) AS y0, "
        "max(TRY_CAST(left(coalesce(f.time_end, f.time_start, d.published_at), 4) AS INTEGER)) AS y1, "
        f"list({place}) FILTER (WHERE {place} IS NOT NULL) AS places "
        "FROM facts f JOIN documents d USING (doc_id) "
        "WHERE f.original_fact_id IS NULL AND f.subject IS NOT NULL GROUP BY ALL"
    )
    names = [c[0] for c in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def list_indicators(
    con: duckdb.DuckDBPyConnection, patterns: Patterns, limit: int = 30
) -> list[IndicatorRow]:
    """The indicators stated by the most articles (then the most figures), at most ``limit``."""
    groups = _groups(con)
    per_subject: Counter[str] = Counter()
    for g in groups:
        per_subject[normalize(g["subject"])] += g["n"]
    heads = {s: n for s, n in per_subject.items() if n >= MIN_HEAD_FIGURES and len(s) >= MIN_HEAD_LENGTH}
    known = listed(patterns)
    name_of: dict[str, str] = {}
    for subject in per_subject:
        best = max(((score(subject, ind), ind.name) for ind in known), default=(0.0, ""))
        name_of[subject] = best[1] if best[0] > 0 else (head_of(subject, heads) or subject)
    merged: dict[tuple[str, Measure], dict[str, Any]] = defaultdict(
        lambda: {
            "n": 0,
            "docs": set(),
            "years": [],
            "status": Counter(),
            "places": Counter(),
            "subjects": Counter(),
        }
    )
    for g in groups:
        subject = normalize(g["subject"])
        acc = merged[(name_of[subject], measure(g))]
        acc["n"] += g["n"]
        acc["docs"] |= set(g["docs"])
        acc["years"] += [y for y in (g["y0"], g["y1"]) if y is not None]
        acc["status"][g["status"]] += g["n"]
        acc["places"].update(g["places"] or [])
        acc["subjects"][subject] += g["n"]
    rows = [
        IndicatorRow(
            name=name,
            kind=m.kind,
            unit=m.unit,
            change=m.change,
            figures=acc["n"],
            articles=len(acc["docs"]),
            first_year=min(acc["years"], default=None),
            last_year=max(acc["years"], default=None),
            reported=acc["status"]["reported"],
            planned=acc["status"]["planned"],
            places=[p for p, _ in acc["places"].most_common(3)],
            subjects=[s for s, _ in acc["subjects"].most_common(5)],
        )
        for (name, m), acc in merged.items()
    ]
    rows.sort(key=lambda r: (-r.articles, -r.figures, r.name))
    return rows[:limit]
