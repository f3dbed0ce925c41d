"""Keeping the reprint clusters right as batches come in (the database side of :mod:`.reprints`).

Every committed batch leaves the archive consistent: each document has a ``cluster`` (the
smallest ``doc_id`` of its reprint cluster, its own id when it has no reprint) and, when it is
a reprint, the ``original_doc_id`` of its cluster's original; each fact of a reprint that
stands in the original too has ``original_doc_id``/``original_fact_id``. Only the clusters a
batch touched are recomputed.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from .reprints import (
    FigureKey,
    Member,
    Signature,
    align,
    alike,
    band_hashes,
    choose_original,
    components,
    figures_agree,
    similarity,
)

if TYPE_CHECKING:
    import duckdb

#: candidates verified per new document, most shared bands first (a page copied a thousand
#: times is linked to enough of its copies to stay in their cluster, not to every one)
MAX_CANDIDATES = 50


def _ids_table(ids: Iterable[int]) -> Any:
    import pyarrow as pa

    return pa.table({"doc_id": pa.array(sorted(set(ids)), type=pa.int64())})


def figure_keys(con: duckdb.DuckDBPyConnection, doc_ids: Iterable[int]) -> dict[int, list[FigureKey]]:
    """Each document's figures in text order, as what identifies a figure across copies."""
    ids = _ids_table(doc_ids)  # noqa: F841 - read by the query below
    rows = con.execute(
        "SELECT f.doc_id, f.kind, f.value, f.low, f.high, f.unit, f.currency FROM facts f "
        'JOIN ids USING (doc_id) ORDER BY f.doc_id, f."fact_id"'
    ).fetchall()
    out: dict[int, list[FigureKey]] = defaultdict(list)
    for doc_id, kind, value, low, high, unit, currency in rows:
        out[doc_id].append((kind, _r(value), _r(low), _r(high), unit, currency))
    return out


def _r(v: float | None) -> float | None:
    return None if v is None else round(v, 6)


def add_signatures(con: duckdb.DuckDBPyConnection, sigs: dict[int, Signature]) -> None:
    """Store the new documents' signatures and LSH band hashes."""
    import pyarrow as pa

    if not sigs:
        return
    ids = list(sigs)
    sig_rows = pa.table(  # noqa: F841 - read by the query below
        {
            "doc_id": pa.array(ids, type=pa.int64()),
            "shingles": pa.array([sigs[i].shingles for i in ids], type=pa.int32()),
            "minhash": pa.array([sigs[i].to_bytes() for i in ids], type=pa.binary()),
        }
    )
    con.execute("INSERT INTO signatures BY NAME SELECT * FROM sig_rows ON CONFLICT DO NOTHING")
    band_ids, band_nos, hashes = [], [], []
    for i in ids:
        for band, h in enumerate(band_hashes(sigs[i])):
            band_ids.append(i)
            band_nos.append(band)
            hashes.append(h)
    new_bands = pa.table(  # noqa: F841 - read by the query below
        {
            "band": pa.array(band_nos, type=pa.int16()),
            "hash": pa.array(hashes, type=pa.int64()),
            "doc_id": pa.array(band_ids, type=pa.int64()),
        }
    )
    con.execute("INSERT INTO bands BY NAME SELECT * FROM new_bands")


def _signatures(con: duckdb.DuckDBPyConnection, doc_ids: Iterable[int]) -> dict[int, Signature]:
    ids = _ids_table(doc_ids)  # noqa: F841
    rows = con.execute("SELECT s.doc_id, s.minhash, s.shingles FROM signatures s JOIN ids USING (doc_id)")
    return {d: Signature.from_bytes(blob, n) for d, blob, n in rows.fetchall()}


def find_reprints(
    con: duckdb.DuckDBPyConnection, new_ids: Iterable[int]
) -> list[tuple[int, int, float, bool]]:
    """Pairs (a < b) of a new document and one of the archive whose texts are alike, stored with
    whether they are reprints (their figures agree) or kept apart (they do not)."""
    import pyarrow as pa

    ids = _ids_table(new_ids)  # noqa: F841
    rows = con.execute(
        "SELECT n.doc_id AS a, o.doc_id AS b, count(*) AS shared FROM bands n JOIN ids USING (doc_id) "
        "JOIN bands o ON o.band = n.band AND o.hash = n.hash AND o.doc_id <> n.doc_id "
        "GROUP BY ALL ORDER BY a, shared DESC, b"
    ).fetchall()
    candidates: dict[int, list[int]] = defaultdict(list)
    for a, b, _ in rows:
        if len(candidates[a]) < MAX_CANDIDATES:
            candidates[a].append(b)
    pairs = {(min(a, b), max(a, b)) for a, bs in candidates.items() for b in bs}
    if not pairs:
        return []
    involved = {d for p in pairs for d in p}
    sigs = _signatures(con, involved)
    figures = figure_keys(con, involved)
    found = []  # (a, b, similarity, reprint): alike texts, with agreeing figures or not
    for a, b in sorted(pairs):
        if a in sigs and b in sigs and alike(sigs[a], sigs[b]):
            agree = figures_agree(figures.get(a, []), figures.get(b, []))
            found.append((a, b, similarity(sigs[a], sigs[b]), agree))
    if found:
        pair_rows = pa.table(  # noqa: F841
            {
                "doc_a": pa.array([f[0] for f in found], type=pa.int64()),
                "doc_b": pa.array([f[1] for f in found], type=pa.int64()),
                "similarity": pa.array([f[2] for f in found], type=pa.float64()),
                "reprint": pa.array([f[3] for f in found], type=pa.bool_()),
            }
        )
        con.execute("INSERT INTO reprint_pairs BY NAME SELECT * FROM pair_rows ON CONFLICT DO NOTHING")
    return found


def forget(con: duckdb.DuckDBPyConnection, doc_ids: Iterable[int]) -> set[int]:
    """Remove what the reprint index holds of these documents; returns their former partners."""
    ids = _ids_table(doc_ids)  # noqa: F841
    partners = con.execute(
        "SELECT doc_b FROM reprint_pairs JOIN ids ON doc_a = ids.doc_id "
        "UNION SELECT doc_a FROM reprint_pairs JOIN ids ON doc_b = ids.doc_id"
    ).fetchall()
    for sql in (
        "DELETE FROM reprint_pairs WHERE doc_a IN (SELECT doc_id FROM ids) "
        "OR doc_b IN (SELECT doc_id FROM ids)",
        "DELETE FROM bands WHERE doc_id IN (SELECT doc_id FROM ids)",
        "DELETE FROM signatures WHERE doc_id IN (SELECT doc_id FROM ids)",
    ):
        con.execute(sql)
    return {p[0] for p in partners}


def recluster(con: duckdb.DuckDBPyConnection, touched: Iterable[int]) -> int:
    """Recompute the clusters holding the touched documents: ids, originals, fact links.

    Returns how many documents are reprints in those clusters.
    """
    import pyarrow as pa

    touched = set(touched)
    if not touched:
        return 0
    pairs = con.execute("SELECT doc_a, doc_b, similarity, reprint FROM reprint_pairs").fetchall()
    comp = components([(a, b, s) for a, b, s, r in pairs if r], [(a, b) for a, b, _, r in pairs if not r])
    roots = {comp.get(d, d) for d in touched}
    members: dict[int, list[int]] = defaultdict(list)
    for doc, root in comp.items():
        if root in roots:
            members[root].append(doc)
    for d in touched:
        if d not in comp:
            members[d].append(d)
    everyone = [d for ms in members.values() for d in ms]
    ids = _ids_table(everyone)  # noqa: F841
    meta = {
        row[0]: Member(*row)
        for row in con.execute(
            "SELECT d.doc_id, d.published_at, d.site, d.source FROM documents d JOIN ids USING (doc_id)"
        ).fetchall()
    }
    cluster_of: dict[int, tuple[int, int | None]] = {}
    for root, ms in members.items():
        present = [meta[m] for m in ms if m in meta]
        if not present:
            continue
        original = choose_original(present) if len(present) > 1 else present[0].doc_id
        for m in present:
            cluster_of[m.doc_id] = (root, None if m.doc_id == original else original)
    assign = pa.table(  # noqa: F841
        {
            "doc_id": pa.array(list(cluster_of), type=pa.int64()),
            "cluster": pa.array([c for c, _ in cluster_of.values()], type=pa.int64()),
            "original": pa.array([o for _, o in cluster_of.values()], type=pa.int64()),
        }
    )
    con.execute(
        "UPDATE documents SET cluster = assign.cluster, original_doc_id = assign.original "
        "FROM assign WHERE documents.doc_id = assign.doc_id"
    )
    con.execute(
        "UPDATE facts SET original_doc_id = NULL, original_fact_id = NULL "
        "WHERE doc_id IN (SELECT doc_id FROM ids) AND original_doc_id IS NOT NULL"
    )
    _link_facts(con, {d: o for d, (_, o) in cluster_of.items() if o is not None})
    return sum(1 for _, o in cluster_of.values() if o is not None)


def _link_facts(con: duckdb.DuckDBPyConnection, original_of: dict[int, int]) -> None:
    """Point each fact of a reprint at the same figure in its original (aligned in text order)."""
    import pyarrow as pa

    if not original_of:
        return
    ids = _ids_table([*original_of, *original_of.values()])  # noqa: F841
    fact_ids: dict[int, list[int]] = defaultdict(list)
    for doc_id, fact_id in con.execute(
        'SELECT f.doc_id, f."fact_id" FROM facts f JOIN ids USING (doc_id) ORDER BY 1, 2'
    ).fetchall():
        fact_ids[doc_id].append(fact_id)
    keys = figure_keys(con, [*original_of, *original_of.values()])
    docs, facts, odocs, ofacts = [], [], [], []
    for reprint, original in original_of.items():
        for i, j in align(keys.get(original, []), keys.get(reprint, [])).items():
            docs.append(reprint)
            facts.append(fact_ids[reprint][i])
            odocs.append(original)
            ofacts.append(fact_ids[original][j])
    if not docs:
        return
    links = pa.table(  # noqa: F841
        {
            "doc_id": pa.array(docs, type=pa.int64()),
            "fact_id": pa.array(facts, type=pa.int32()),
            "odoc": pa.array(odocs, type=pa.int64()),
            "ofact": pa.array(ofacts, type=pa.int32()),
        }
    )
    con.execute(
        "UPDATE facts SET original_doc_id = links.odoc, original_fact_id = links.ofact FROM links "
        'WHERE facts.doc_id = links.doc_id AND facts."fact_id" = links.fact_id'
    )
