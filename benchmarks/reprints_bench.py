"""Reprint detection: precision and recall on a set built from the corpus, and at scale.

``corpus``: the set of ``reprint_set.py`` (the corpus articles re-rendered as reprints, and
distinct articles on the same topic) loaded with ``gov-facts extract --db`` into a new archive;
a pair of pages is predicted the same article when they share a cluster. Reported: pairwise
precision and recall (abridged reprints apart), and per kind of page how many landed with
their original.

``scale``: N synthetic distinct articles (sentences of the corpus drawn at random) and M planted
reprints (a copy with characters changed, a sentence dropped, a reprint line), written straight
through the archive writer (no extraction): how many reprints are found, how many false links,
and how long the whole load takes.

    .venv/bin/python benchmarks/reprints_bench.py corpus
    .venv/bin/python benchmarks/reprints_bench.py scale --articles 10000 --reprints 1000
"""

from __future__ import annotations

import argparse
import itertools
import random
import re
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import duckdb
import orjson

sys.path.insert(0, str(Path(__file__).resolve().parent))
from reprint_set import build, corpus_pages

REPO = Path(__file__).resolve().parents[1]


def _pairs(groups: dict[str, str]) -> set[tuple[str, str]]:
    by: dict[str, list[str]] = defaultdict(list)
    for name, g in groups.items():
        by[g].append(name)
    return {tuple(sorted(p)) for ms in by.values() for p in itertools.combinations(ms, 2)}  # type: ignore[misc]


def corpus(shared: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "set"
        pages = build(shared, root)
        db = Path(tmp) / "set.duckdb"
        t0 = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "gov_facts", "extract", str(root), "--db", str(db), "-q"], check=False
        )
        took = time.perf_counter() - t0
        con = duckdb.connect(str(db), read_only=True)
        cluster = {Path(i).name: c for i, c in con.execute("SELECT input, cluster FROM documents").fetchall()}
        kind = {p.name: p.kind for p in pages}
        truth = {p.name: p.group for p in pages if p.name in cluster}
        predicted = {n: str(c) for n, c in cluster.items()}
        for label, keep in (
            ("without abridged", lambda n: kind[n] != "abridged"),
            ("all pages", lambda n: True),
        ):
            t = _pairs({n: g for n, g in truth.items() if keep(n)})
            p = _pairs({n: g for n, g in predicted.items() if keep(n)})
            tp = len(t & p)
            prec = tp / len(p) if p else 1.0
            rec = tp / len(t) if t else 1.0
            print(f"{label}: {len(t)} true pairs, {len(p)} predicted, precision {prec:.3f} recall {rec:.3f}")
        originals = {p.group: p.name for p in pages if p.kind == "original"}
        for k in ("chrome", "media", "edited", "abridged"):
            names = [p.name for p in pages if p.kind == k and p.name in cluster]
            hit = sum(1 for n in names if cluster[n] == cluster.get(originals[n.split("-")[0]]))
            print(f"  {k:9s} reprints with their original: {hit}/{len(names)}")
        wrong = [
            (n, kind[n])
            for n in cluster
            if kind[n] in ("original", "next")
            and sum(1 for m in cluster if cluster[m] == cluster[n] and truth.get(m) != truth.get(n))
        ]
        print(f"  distinct articles put with another article: {len(wrong)} {wrong[:6]}")
        print(f"  pages {len(cluster)} (of {len(pages)} written), load {took:.1f} s")


def _sentences(shared: Path) -> list[str]:
    from gov_facts import extract

    out: list[str] = []
    for path in corpus_pages(shared):
        try:
            text = extract(path.read_bytes(), path.name).text
        except Exception:
            continue
        out += [s for s in re.split(r"(?<=[。！？])", text) if len(s) >= 12]
    return out


def scale(shared: Path, articles: int, reprints: int) -> None:
    from gov_facts.archive.load import ArchiveWriter

    rng = random.Random(21)
    pool = _sentences(shared)
    texts = ["".join(rng.sample(pool, rng.randint(8, 30))) for _ in range(articles)]
    planted = []
    for i in rng.sample(range(articles), reprints):
        t = texts[i]
        for _ in range(3):
            k = rng.randrange(len(t))
            t = t[:k] + "该" + t[k + 1 :]
        parts = re.split(r"(?<=。)", t)
        if len(parts) > 3:
            del parts[rng.randrange(len(parts) - 1)]
        planted.append((i, "（来源：新华网）" + "".join(parts)))
    with tempfile.TemporaryDirectory() as tmp:
        writer = ArchiveWriter(Path(tmp) / "scale.duckdb", batch_records=2000, batch_seconds=1e9)
        writer.open()
        t0 = time.perf_counter()
        for n, text in enumerate(texts + [t for _, t in planted]):
            rec = {"schema": "gov-facts/1", "input": f"a{n}", "text": text, "facts": [], "checks": [],
                   "warnings": [], "published_at": "2024-01-01"}  # fmt: skip
            writer.add(f"a{n}", orjson.dumps(rec))
        writer.finish()
        took = time.perf_counter() - t0
        con = duckdb.connect(str(Path(tmp) / "scale.duckdb"), read_only=True)
        cluster = dict(con.execute("SELECT doc_id, cluster FROM documents").fetchall())
        found = sum(1 for j, (i, _) in enumerate(planted) if cluster[articles + j + 1] == cluster[i + 1])
        sizes: dict[int, int] = defaultdict(int)
        for c in cluster.values():
            sizes[c] += 1
        expected = {cluster[i + 1] for i, _ in planted}
        extra = sum(1 for c, s in sizes.items() if s > 1 and c not in expected)
        print(f"{articles} articles + {reprints} planted reprints: {found} found ({found / reprints:.1%}); "
              f"{extra} clusters of distinct articles; load with reprint detection {took:.1f} s")  # fmt: skip


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("part", choices=["corpus", "scale"])
    ap.add_argument("--shared", type=Path, default=REPO / ".." / "shared")
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--reprints", type=int, default=1_000)
    args = ap.parse_args()
    if args.part == "corpus":
        corpus(args.shared.resolve())
    else:
        scale(args.shared.resolve(), args.articles, args.reprints)


if __name__ == "__main__":
    main()
