"""Response time of ``gov-facts series`` on an archive of 100,000 facts.

    .venv/bin/python benchmarks/series_bench.py               # 100,000 facts in 2,000 articles
    .venv/bin/python benchmarks/series_bench.py --facts 20000

The archive is written through the archive writer (no extraction): articles of 50 facts, each
with a subject drawn from 2,000 (安置房 and its variants among them), a year, a unit, a place
named in the sentence, a tenth of the articles reprinted by another site. Then the series of
安置房 in one city is asked for, in this process (the query and the grouping: median of 7) and
as a user runs it (a fresh ``gov-facts series`` process, table to a file: median of 3).
Timings are only taken here, never asserted in tests.
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import orjson

CITIES = ["宣城", "芜湖", "合肥", "安庆", "滁州", "六安", "马鞍山", "黄山", "池州", "铜陵"]
VARIANTS = ["安置房", "回迁房", "征迁安置房", "市区安置房"]


def records(n_facts: int, per_doc: int = 50, seed: int = 20) -> list[dict[str, object]]:
    rng = random.Random(seed)
    subjects = VARIANTS + [f"指标{i}号{rng.choice('房量额数率值')}" for i in range(2000 - len(VARIANTS))]
    out = []
    for d in range(n_facts // per_doc):
        city = rng.choice(CITIES)
        year = rng.randint(2015, 2024)
        facts, text = [], []
        for i in range(per_doc):
            subject = rng.choice(subjects if rng.random() > 0.02 else VARIANTS)
            value = rng.randint(100, 30000)
            sentence = f"{year}年，{city}市建成{subject}{value}套。"
            start = sum(len(s) for s in text)
            facts.append({"id": i + 1, "kind": "count", "value": value, "low": None, "high": None,
                          "unit": "套", "currency": None, "qualifier": "exact", "change": None, "basis": None,
                          "subject": subject, "time": {"text": f"{year}年", "type": "period",
                          "start": f"{year}-01-01", "end": f"{year}-12-31"},
                          "status": rng.choice(["reported", "reported", "planned"]), "text": f"{value}套",
                          "start": start, "end": start + 5, "sentence": sentence, "si_value": None,
                          "si_unit": None})  # fmt: skip
            text.append(sentence)
        rec = {"schema": "gov-facts/1", "input": f"site/{d}.html", "title": f"{city}市{year}年住房保障工作",
               "published_at": f"{year + 1}-01-15", "site": f"{city}市人民政府", "text": "".join(text),
               "facts": facts, "checks": [], "warnings": []}  # fmt: skip
        out.append(rec)
        if rng.random() < 0.1:
            out.append(
                {**rec, "input": f"media/{d}.html", "site": "新华网", "published_at": f"{year + 1}-01-16"}
            )
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--facts", type=int, default=100_000)
    args = ap.parse_args()
    from gov_facts.archive.database import open_for_reading
    from gov_facts.archive.indicators import resolve
    from gov_facts.archive.load import ArchiveWriter
    from gov_facts.archive.series import SeriesQuery, series
    from gov_facts.rules.patterns import load_patterns

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "big.duckdb"
        recs = records(args.facts)
        t0 = time.perf_counter()
        writer = ArchiveWriter(db, batch_records=5000, batch_seconds=1e9)
        writer.open()
        for rec in recs:
            writer.add(str(rec["input"]), orjson.dumps(rec))
        writer.finish()
        load = time.perf_counter() - t0
        con = open_for_reading(db)
        facts = con.execute("SELECT count(*) FROM facts").fetchone()[0]  # type: ignore[index]
        once = con.execute("SELECT count(*) FROM facts WHERE original_fact_id IS NULL").fetchone()[0]  # type: ignore[index]
        indicator = resolve("安置房", load_patterns())
        times, rows = [], 0
        for _ in range(7):
            t = time.perf_counter()
            result = series(con, indicator, SeriesQuery(place="宣城"))
            times.append(time.perf_counter() - t)
            rows = len(result.rows)
        con.close()
        cli = []
        for _ in range(3):
            t = time.perf_counter()
            subprocess.run([sys.executable, "-m", "gov_facts", "series", str(db), "安置房", "--place", "宣城",
                            "-o", str(Path(tmp) / "out.txt")], check=True)  # fmt: skip
            cli.append(time.perf_counter() - t)
        print(f"archive: {facts:,} facts ({once:,} once reprints are set aside) in {len(recs):,} articles, "
              f"loaded in {load:.1f} s")  # fmt: skip
        query_ms = statistics.median(times) * 1000
        print(f"series 安置房 --place 宣城: {rows} rows; query {query_ms:.0f} ms (median of 7); "
              f"the command in a fresh process {statistics.median(cli):.2f} s (median of 3)")  # fmt: skip


if __name__ == "__main__":
    main()
