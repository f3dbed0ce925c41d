"""The archive database against the JSONL sink: pages per second in one run, the CPU the database
adds, size per 1,000 pages, and the time of a run that finds nothing new.

    .venv/bin/python benchmarks/db_bench.py                 # 2,000 files, 3 rounds, --jobs 2
    .venv/bin/python benchmarks/db_bench.py --files 500 --rounds 1

The archive is built from ../shared/corpus (held-out pages left out), each copy with a comment
of its own appended so that its content hash differs (identical bytes would be skipped). Every
page is thus one of 31 articles: for reprint detection the heaviest archive there is (each page
a reprint of sixty others). Each round runs the same run session as ``gov-facts extract DIR
--jobs 2`` in this process, once into ``out.jsonl`` and once into a new archive, in turns, so
that the machine's drift hits both alike; medians are compared.

Two figures, because this machine is shared and its speed drifts by a third from run to run:
wall time (pages per second), and CPU: the parent process's own (where the database's work
is: hashing pages, the writer thread) against the workers' (extraction, the same for both
sinks). The database's cost is the parent CPU it adds over the JSONL run, as a share of the
JSONL run's whole CPU. Timings are only taken here, never asserted in tests.
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


def _cpu(usage: resource.struct_rusage) -> float:
    return usage.ru_utime + usage.ru_stime


def one_run(root: Path, output: Path | None, db: Path | None, jobs: int) -> tuple[float, float, float]:
    """(wall s, parent CPU s, workers' CPU s) of one run session over ``root``."""
    from gov_facts.run.session import RunOptions, RunSession

    opts = RunOptions(output=output, db=db, jobs=jobs)
    self0, kids0 = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    RunSession([str(root)], options=opts).run()
    wall = time.perf_counter() - t0
    self1, kids1 = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, _cpu(self1) - _cpu(self0), _cpu(kids1) - _cpu(kids0)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--files", type=int, default=2000)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--shared", type=Path, default=REPO / ".." / "shared")
    args = ap.parse_args()
    import gov_facts.archive.load  # noqa: F401 - imported once, as a long run amortizes it

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "archive"
        n = build(root, args.shared.resolve(), args.files)
        one_run(root, Path(tmp) / "warm.jsonl", None, args.jobs)  # jieba and the page cache warm
        runs: dict[str, list[tuple[float, float, float]]] = {"jsonl": [], "db": []}
        db = Path(tmp) / "x.duckdb"
        for r in range(args.rounds):
            for sink in ("jsonl", "db") if r % 2 == 0 else ("db", "jsonl"):
                for p in (Path(tmp) / "x.jsonl", db, Path(f"{db}.wal")):
                    p.unlink(missing_ok=True)
                got = one_run(root, Path(tmp) / "x.jsonl" if sink == "jsonl" else None,
                              db if sink == "db" else None, args.jobs)  # fmt: skip
                runs[sink].append(got)
                wall, parent, workers = got
                per_page = f"parent {parent / n * 1000:5.2f} ms, workers {workers / n * 1000:5.1f} ms"
                print(
                    f"round {r + 1} {sink:5s}: {wall:6.1f} s {n / wall:5.1f} pages/s; CPU a page: {per_page}"
                )
        jsonl_size = (Path(tmp) / "x.jsonl").stat().st_size if (Path(tmp) / "x.jsonl").exists() else 0
        size = db.stat().st_size + (Path(f"{db}.wal").stat().st_size if Path(f"{db}.wal").exists() else 0)
        t0 = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "gov_facts", "extract", str(root), "--db", str(db), "-q"], check=False
        )
        again = time.perf_counter() - t0

        def med(sink: str, i: int) -> float:
            return statistics.median(x[i] for x in runs[sink])

        jl_wall, db_wall = med("jsonl", 0), med("db", 0)
        jl_cpu = med("jsonl", 1) + med("jsonl", 2)
        added = med("db", 1) - med("jsonl", 1)
        print(f"\n{n} files, --jobs {args.jobs}, median of {args.rounds}:")
        print(f"  jsonl sink  {n / jl_wall:5.1f} pages/s ({jl_wall:.1f} s)")
        slower = 100 * (db_wall / jl_wall - 1)
        print(f"  database    {n / db_wall:5.1f} pages/s ({db_wall:.1f} s): {slower:+.1f}% time")
        share = 100 * added / jl_cpu
        print(f"  CPU the database adds: {added / n * 1000:.2f} ms a page, {share:.1f}% of the JSONL run's "
              f"{jl_cpu / n * 1000:.1f} ms")  # fmt: skip
        print(f"  size: database {size / 1e6 / n * 1000:.1f} MB per 1,000 pages "
              f"(the JSONL output {jsonl_size / 1e6 / n * 1000:.1f} MB)")  # fmt: skip
        print(f"  run again, nothing new (a fresh gov-facts process): {again:.2f} s")


if __name__ == "__main__":
    main()
