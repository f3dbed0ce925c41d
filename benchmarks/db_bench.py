"""The archive database against the JSONL sink: pages per second in one run, size per 1,000 pages,
and the time of a run that finds nothing new.

    .venv/bin/python benchmarks/db_bench.py                 # 2,000 files, 3 rounds, --jobs 2
    .venv/bin/python benchmarks/db_bench.py --files 500 --rounds 1

The archive is built from ../shared/corpus (held-out pages left out), each copy with a comment
of its own appended so that its content hash differs (identical bytes would be skipped). Every
page is thus one of 31 articles: for the reprint detection, the heaviest archive there is (each
page a reprint of 60 others). Each round runs ``gov-facts extract DIR --jobs 2 -q`` once with
``-o out.jsonl`` and once with ``--db new.duckdb``, in turns, so that the machine's drift hits
both alike; the medians are compared. Timings are only taken here, never asserted in tests.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
HELD_OUT = {"015", "016", "022", "030", "032", "035"}


def build(root: Path, shared: Path, n: int) -> int:
    pages = [p for p in sorted((shared / "corpus" / "pages").glob("*.html")) if p.stem not in HELD_OUT]
    if not pages:
        sys.exit(f"no corpus pages under {shared} (the benchmark needs ../shared)")
    data = [p.read_bytes() for p in pages]
    for i in range(n):
        folder = root / f"{i // 100:04d}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{i:05d}-{pages[i % len(pages)].name}").write_bytes(
            data[i % len(data)] + b"<!-- %d -->" % i
        )
    return n


def timed(cmd: list[str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds of the process and its workers) of one command."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    subprocess.run(cmd, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--files", type=int, default=2000)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--shared", type=Path, default=REPO / ".." / "shared")
    args = ap.parse_args()
    base = [sys.executable, "-m", "gov_facts", "extract", "--jobs", str(args.jobs), "-q"]
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "archive"
        n = build(root, args.shared.resolve(), args.files)
        times: dict[str, list[float]] = {"jsonl": [], "db": []}
        cpu: dict[str, list[float]] = {"jsonl": [], "db": []}
        db = Path(tmp) / "x.duckdb"
        for r in range(args.rounds):
            for sink in ("jsonl", "db") if r % 2 == 0 else ("db", "jsonl"):
                for p in (Path(tmp) / "x.jsonl", db, Path(f"{db}.wal")):
                    p.unlink(missing_ok=True)
                target = ["-o", str(Path(tmp) / "x.jsonl")] if sink == "jsonl" else ["--db", str(db)]
                took, used = timed([*base, str(root), *target])
                times[sink].append(took)
                cpu[sink].append(used)
                print(f"round {r + 1} {sink:5s}: {took:6.1f} s  {n / took:5.1f} pages/s  "
                      f"{used / n * 1000:5.1f} ms CPU a page", flush=True)  # fmt: skip
        size = db.stat().st_size + (Path(f"{db}.wal").stat().st_size if Path(f"{db}.wal").exists() else 0)
        again, _ = timed([*base, str(root), "--db", str(db)])
        jl, dbt = statistics.median(times["jsonl"]), statistics.median(times["db"])
        jc, dc = statistics.median(cpu["jsonl"]), statistics.median(cpu["db"])
        print(f"\n{n} files, --jobs {args.jobs}, median of {args.rounds}:")
        print(f"  jsonl sink  {n / jl:5.1f} pages/s ({jl:.1f} s), {jc / n * 1000:.1f} ms CPU a page")
        print(f"  database    {n / dbt:5.1f} pages/s ({dbt:.1f} s): {100 * (dbt / jl - 1):+.1f}% time; "
              f"{dc / n * 1000:.1f} ms CPU a page: {100 * (dc / jc - 1):+.1f}% CPU")  # fmt: skip
        print(f"  database size {size / 1e6:.1f} MB: {size / 1e6 / n * 1000:.1f} MB per 1,000 pages")
        print(f"  run again, nothing new: {again:.2f} s")


if __name__ == "__main__":
    main()
