"""Pages/s of ``gov-facts extract --dask local`` beside ``--jobs 2`` on the same archive.

    python benchmarks/dask_bench.py               # 1,000 files built from ../shared/corpus
    python benchmarks/dask_bench.py --files 300   # a quick run
    python benchmarks/dask_bench.py --dask tcp://scheduler:8786   # a real cluster too

Builds the archive with ``throughput.build_archive`` (copies of the corpus
pages, 100 to a folder), then runs the CLI as a user would (a fresh process,
``-o`` to a file, wall clock including start-up and, for ``--dask local``, the
LocalCluster's start). ``--dask local`` starts one worker process per CPU.
Also checks that the JSONL outputs are byte for byte the same, and times the
Parquet dataset output. Timings are only ever taken here, never asserted.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from throughput import prepare_archive


def timed(args: list[str]) -> tuple[float, str]:
    """Run ``python -m gov_facts ARGS``; (wall seconds, the summary line on stderr)."""
    started = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "gov_facts", *args], capture_output=True, check=False)
    seconds = time.perf_counter() - started
    err = proc.stderr.decode("utf-8", "replace")
    if proc.returncode not in (0, 1):
        sys.exit(f"gov-facts {' '.join(args)} failed ({proc.returncode}):\n{err}")
    summary = next((line for line in reversed(err.splitlines()) if " read" in line), "")
    return seconds, summary.removeprefix("gov-facts: ")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=1000, help="archive size (default 1000)")
    parser.add_argument("--dask", action="append", default=[], help="also this scheduler address")
    parser.add_argument("--keep", type=Path, help="build the archive here and keep it")
    args = parser.parse_args(argv)

    tmp, root, archive, files = prepare_archive(args.keep, args.files, "gov-facts-dask-bench-")

    runs: list[tuple[str, list[str], Path]] = [
        ("--jobs 2", ["--jobs", "2"], root / "jobs2.jsonl"),
        ("--dask local", ["--dask", "local"], root / "dask-local.jsonl"),
        ("--dask local, parquet", ["--dask", "local", "-f", "parquet"], root / "dask-local.parquet"),
    ]
    runs += [(f"--dask {a}", ["--dask", a], root / f"dask-{i}.jsonl") for i, a in enumerate(args.dask)]
    for label, opts, out in runs:
        seconds, summary = timed(["extract", str(archive), "-o", str(out), *opts])
        print(f"{label:24s} {seconds:6.1f} s  {len(files) / seconds:6.1f} pages/s   ({summary})")
    jsonl = [out for _, opts, out in runs if out.suffix == ".jsonl"]
    same = len({p.read_bytes() for p in jsonl}) == 1
    print(f"JSONL outputs identical: {'yes' if same else 'NO'}")
    tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
