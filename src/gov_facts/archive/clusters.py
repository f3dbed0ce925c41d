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
from typing import TYPE_CHECKING

from .frames import bools, floats, id_frame, ints, objects
from .reprints import (
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

#: candidates checked per new document, most shared bands first, and at most this many pairs
#: kept per cluster it meets: enough to hold it in the cluster (a page copied a thousand times
#: is linked to a few of its copies, not to every one)
MAX_CANDIDATES = 50
PAIRS_PER_CLUSTER = 2


def add_signatures(con: duckdb.DuckDBPyConnection, sigs: dict[int, Signature]) -> None:
    """Store the new documents' signatures and LSH band hashes."""

    if not sigs:
        return
    ids = list(sigs)
    rows = [sigs[i].to_row() for i in ids]
    sig_rows = (  # noqa: F841 - read by the query below
        {
            "doc_id": ints(ids),
            "shingles": ints([r[0] for r in rows], "int32"),
            "minhash": objects([r[1] for r in rows]),
            "figures": objects([r[2] for r in rows]),
            "fact_ids": objects([r[3] for r in rows]),
            "digest": ints([sigs[i].digest() for i in ids]),
        }
    )
    con.execute("INSERT INTO signatures BY NAME SELECT * FROM sig_rows ON CONFLICT DO NOTHING")
    band_ids, band_nos, hashes = [], [], []
    for i in ids:
        for band, h in enumerate(band_hashes(sigs[i])):
            band_ids.append(i)
            band_nos.append(band)
            hashes.append(h)
    new_bands = (  # noqa: F841 - read by the query below
        {
            "band": ints(band_nos, "int16"),
            "hash": ints(hashes),
            "doc_id": ints(band_ids),
        }
    )
    con.execute("INSERT INTO bands BY NAME SELECT * FROM new_bands")


def signatures(
    con: duckdb.DuckDBPyConnection, doc_ids: Iterable[int], known: dict[int, Signature] | None = None
) -> dict[int, Signature]:
    """The stored signatures of these documents (those in ``known`` are taken from there)."""
    known = known or {}
    wanted = set(doc_ids)
    out = {d: known[d] for d in wanted if d in known}
    ids = id_frame(wanted - out.keys())  # noqa: F841
    rows = con.execute(
        "SELECT s.doc_id, s.shingles, s.minhash, s.figures, s.fact_ids FROM signatures s "
        "JOIN ids USING (doc_id)"
    )
    out.update({d: Signature.from_row(*rest) for d, *rest in rows.fetchall()})
    return out


def _copies(
    con: duckdb.DuckDBPyConnection,
    new: dict[int, Signature],
    found: dict[tuple[int, int], tuple[float, bool]],
) -> list[int]:
    """Pair each new document whose body is a copy of another's (the same MinHash) with the first
    of them, and return the new documents that still need a search by bands: a copy of a page
    already in the archive needs none, and of copies in the batch only the first does. An article
    reprinted word for word by a hundred sites is a star of pairs, found without a band join."""
    digests = {d: sig.digest() for d, sig in new.items()}
    wanted = {"digest": ints(sorted(set(digests.values())))}  # noqa: F841
    ids = id_frame(new)  # noqa: F841
    older = dict(
        con.execute(
            "SELECT s.digest, min(s.doc_id) FROM signatures s JOIN wanted USING (digest) "
            "WHERE s.doc_id NOT IN (SELECT doc_id FROM ids) GROUP BY s.digest"
        ).fetchall()
    )
    groups: dict[int, list[int]] = defaultdict(list)
    for d in sorted(new):
        groups[digests[d]].append(d)
    searched = []
    for digest, members in groups.items():
        first = older.get(digest)
        if first is None:
            first = members[0]
            searched.append(first)
        for m in members:
            if m != first:
                found[(min(m, first), max(m, first))] = (1.0, True)
    return searched


def find_reprints(
    con: duckdb.DuckDBPyConnection, new: dict[int, Signature]
) -> list[tuple[int, int, float, bool]]:
    """Pairs (a < b) of a new document and one of the archive whose texts are alike, stored with
    whether they are reprints (their figures agree) or kept apart (they do not)."""

    found: dict[tuple[int, int], tuple[float, bool]] = {}  # alike texts: (similarity, figures agree)
    searched = _copies(con, new, found)
    ids = id_frame(searched)  # noqa: F841
    rows = con.execute(
        "SELECT n.doc_id AS a, o.doc_id AS b, d.cluster, count(*) AS shared FROM bands n "
        "JOIN ids USING (doc_id) JOIN bands o ON o.band = n.band AND o.hash = n.hash "
        "AND o.doc_id <> n.doc_id JOIN documents d ON d.doc_id = o.doc_id "
        "GROUP BY ALL ORDER BY a, shared DESC, b"
    ).fetchall()
    candidates: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for a, b, cluster, _ in rows:
        if len(candidates[a]) < MAX_CANDIDATES:
            candidates[a].append((b, cluster))
    involved = {d for a, bs in candidates.items() for d in (a, *(b for b, _ in bs))}
    sigs = signatures(con, involved, new)
    for a, bs in candidates.items():
        kept: dict[int, int] = defaultdict(int)
        for b, cluster in bs:
            pair = (min(a, b), max(a, b))
            if pair in found or kept[cluster] >= PAIRS_PER_CLUSTER or a not in sigs or b not in sigs:
                continue
            if alike(sigs[a], sigs[b]):
                found[pair] = (
                    similarity(sigs[a], sigs[b]),
                    figures_agree(sigs[a].figures, sigs[b].figures),
                )
                kept[cluster] += 1
    if found:
        pair_rows = (  # noqa: F841
            {
                "doc_a": ints([p[0] for p in found]),
                "doc_b": ints([p[1] for p in found]),
                "similarity": floats([v[0] for v in found.values()]),
                "reprint": bools([v[1] for v in found.values()]),
            }
        )
        con.execute("INSERT INTO reprint_pairs BY NAME SELECT * FROM pair_rows ON CONFLICT DO NOTHING")
    return [(a, b, sim, agree) for (a, b), (sim, agree) in found.items()]


def forget(con: duckdb.DuckDBPyConnection, doc_ids: Iterable[int]) -> set[int]:
    """Remove what the reprint index holds of these documents; returns their former partners."""
    ids = id_frame(doc_ids)  # noqa: F841
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


def _component_pairs(con: duckdb.DuckDBPyConnection, start: set[int]) -> list[tuple[int, int, float, bool]]:
    """The stored pairs of the clusters reachable from ``start`` (walked along reprint pairs)."""
    seen = set(start)
    frontier = set(start)
    pairs: dict[tuple[int, int], tuple[float, bool]] = {}
    while frontier:
        ids = id_frame(frontier)  # noqa: F841
        rows = con.execute(
            "SELECT doc_a, doc_b, similarity, reprint FROM reprint_pairs "
            "WHERE doc_a IN (SELECT doc_id FROM ids) OR doc_b IN (SELECT doc_id FROM ids)"
        ).fetchall()
        frontier = set()
        for a, b, sim, reprint in rows:
            pairs[(a, b)] = (sim, reprint)
            if reprint:
                frontier |= {a, b} - seen
        seen |= frontier
    return [(a, b, sim, r) for (a, b), (sim, r) in pairs.items()]


def recluster(con: duckdb.DuckDBPyConnection, touched: Iterable[int]) -> int:
    """Recompute the clusters holding the touched documents: ids, originals, fact links.

    Only what changed is written: a document whose cluster or original is new, and the fact
    links of the touched documents and of those whose original changed. Returns how many
    documents of those clusters are reprints.
    """

    touched = set(touched)
    if not touched:
        return 0
    pairs = _component_pairs(con, touched)
    comp = components([(a, b, s) for a, b, s, r in pairs if r], [(a, b) for a, b, _, r in pairs if not r])
    roots = {comp.get(d, d) for d in touched}
    members: dict[int, list[int]] = defaultdict(list)
    for doc, root in comp.items():
        if root in roots:
            members[root].append(doc)
    for d in touched - comp.keys():
        members[d].append(d)
    ids = id_frame(d for ms in members.values() for d in ms)  # noqa: F841
    current: dict[int, tuple[Member, int, int | None]] = {
        row[0]: (Member(*row[:4]), row[4], row[5])
        for row in con.execute(
            "SELECT d.doc_id, d.published_at, d.site, d.source, d.cluster, d.original_doc_id "
            "FROM documents d JOIN ids USING (doc_id)"
        ).fetchall()
    }
    assign: dict[int, tuple[int, int | None]] = {}
    relink: dict[int, int | None] = {}
    reprints = 0
    for root, ms in members.items():
        present = [current[m][0] for m in ms if m in current]
        if not present:
            continue
        original = choose_original(present) if len(present) > 1 else present[0].doc_id
        for m in present:
            new = (root, None if m.doc_id == original else original)
            reprints += new[1] is not None
            _, old_cluster, old_original = current[m.doc_id]
            if new != (old_cluster, old_original):
                assign[m.doc_id] = new
            if m.doc_id in touched or new[1] != old_original:
                relink[m.doc_id] = new[1]
    if assign:
        changed = (  # noqa: F841
            {
                "doc_id": ints(list(assign)),
                "cluster": ints([c for c, _ in assign.values()]),
                "original": ints([o for _, o in assign.values()]),
            }
        )
        con.execute(
            "UPDATE documents SET cluster = changed.cluster, original_doc_id = changed.original "
            "FROM changed WHERE documents.doc_id = changed.doc_id"
        )
    if relink:
        again = id_frame(relink)  # noqa: F841
        con.execute(
            "UPDATE facts SET original_doc_id = NULL, original_fact_id = NULL "
            "WHERE doc_id IN (SELECT doc_id FROM again) AND original_doc_id IS NOT NULL"
        )
        _link_facts(con, {d: o for d, o in relink.items() if o is not None})
    return reprints


def _link_facts(con: duckdb.DuckDBPyConnection, original_of: dict[int, int]) -> None:
    """Point each fact of a reprint at the same figure in its original (aligned in text order)."""

    if not original_of:
        return
    sigs = signatures(con, [*original_of, *original_of.values()])
    docs, facts, odocs, ofacts = [], [], [], []
    for reprint, original in original_of.items():
        if reprint not in sigs or original not in sigs:
            continue
        r, o = sigs[reprint], sigs[original]
        for i, j in align(o.figures, r.figures).items():
            docs.append(reprint)
            facts.append(int(r.fact_ids[i]))
            odocs.append(original)
            ofacts.append(int(o.fact_ids[j]))
    if not docs:
        return
    links = (  # noqa: F841
        {
            "doc_id": ints(docs),
            "fact_id": ints(facts, "int32"),
            "odoc": ints(odocs),
            "ofact": ints(ofacts, "int32"),
        }
    )
    con.execute(
        "UPDATE facts SET original_doc_id = links.odoc, original_fact_id = links.ofact FROM links "
        'WHERE facts.doc_id = links.doc_id AND facts."fact_id" = links.fact_id'
    )
