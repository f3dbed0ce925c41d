"""``--jobs 2`` against ``--jobs 1`` in CPU time, for a machine too busy for wall clocks to say.

    python benchmarks/jobs_path.py                  # 300 files, --jobs 1 and 2, 5 rounds
    python benchmarks/jobs_path.py --files 1500 --rounds 3
    python benchmarks/jobs_path.py --src /tmp/before/src --src src   # two trees, in turn

Runs ``gov-facts extract ARCHIVE --jobs N`` (the archive of ``throughput.py``: corpus pages
cycled) through a small wrapper that records, in the command's process, its CPU time when it
forks each worker, and in each worker its CPU time when it meets its first page and when it
ends (``getrusage``, microseconds; a forked process counts from its fork). A run's critical path
is what a machine with the run's CPUs to itself would take at best: the parent's CPU up to the
worker's fork, plus the busiest worker's CPU. Its start is the same up to the later worker's first
page. Other processes slow the wall clock by their share of the CPUs, but these figures only
by the caches and memory they share, so the ratio of the paths is the scaling a quiet machine would
show, apart from the hand-off waits (about 1.6% of a worker's time, README "Throughput"). The wall
clock and other processes' CPU meanwhile (``/proc/stat``) are printed too.

The same wrapper takes a wall-clock timeline of the run (``time.monotonic``, one clock for all
processes): when the later worker began its first page (the start), each worker's time between
the end of one page and the beginning of the next (the hand-off: sending the record, taking the
next input), how far apart the workers' last pages ended (the tail) and how long the command took
after the last page (the end). Those are where a ``--jobs 2`` run leaves a CPU idle, besides the
start; wall clocks, so take them when others' CPU is low (or under ``chrt -f``, where other
processes wait; the kernel still keeps 5% of each second for them).

The wrapper wraps ``WorkerPool._spawn``, ``_worker_main`` and ``process_task`` in
``gov_facts.run.pool``: a benchmark's access to private names, not an interface.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import throughput  # the archive and the machine's busy time

_WRAPPER = r"""
import json, os, resource, sys, time
from gov_facts.cli.app import main
import gov_facts.run.pool
pool = sys.modules["gov_facts.run.pool"]
report, forks, ready = os.environ["JOBS_PATH_REPORT"], [], []

def cpu():
    ru = resource.getrusage(resource.RUSAGE_SELF)
    return ru.ru_utime + ru.ru_stime

spawn = pool.WorkerPool._spawn
def timed_spawn(self):
    worker = spawn(self)
    forks.append(cpu())
    return worker
pool.WorkerPool._spawn = timed_spawn

task = pool.process_task
first, last, between = [], [], []
def timed_task(*args, **kwargs):
    now = time.monotonic()
    if not ready:
        ready.append(cpu())
        first.append(now)
    if last:
        between.append(now - last[0])
    try:
        return task(*args, **kwargs)
    finally:
        last[:] = [time.monotonic()]
pool.process_task = timed_task

def write(row):
    with open(report, "a") as fh:
        fh.write(json.dumps(row) + "\n")

loop = pool._worker_main
def timed_loop(*args, **kwargs):
    try:
        loop(*args, **kwargs)
    finally:
        ru = resource.getrusage(resource.RUSAGE_SELF)
        write({"worker": cpu(), "ready": ready[0] if ready else None, "rss_mb": ru.ru_maxrss / 1024,
               "first": first[0] if first else None, "last": last[0] if last else None,
               "between": sorted(between)})
pool._worker_main = timed_loop

import atexit
atexit.register(lambda: write({"parent": cpu(), "forks": forks, "exit": time.monotonic()}))
sys.argv = ["gov-facts", *sys.argv[1:]]
main()
"""


def one_run(src: Path, archive: Path, out: Path, jobs: int, report: Path) -> dict[str, Any]:
    """One ``gov-facts extract`` through the wrapper: its CPU figures and wall clock."""
    env = throughput._env()
    env["PYTHONPATH"] = os.pathsep.join([str(src), *filter(None, [env.get("PYTHONPATH")])])
    env["JOBS_PATH_REPORT"] = str(report)
    report.unlink(missing_ok=True)
    cmd = [sys.executable, "-c", _WRAPPER, "extract", str(archive), "-o", str(out), "--jobs", str(jobs), "-q"]
    busy, before, started, t0 = throughput.machine_busy(), os.times(), time.perf_counter(), time.monotonic()
    subprocess.run(cmd, env=env, check=False, stderr=subprocess.DEVNULL)
    wall, after = time.perf_counter() - started, os.times()
    cpu = after.children_user - before.children_user + after.children_system - before.children_system
    busy_after = throughput.machine_busy()
    others = None if busy is None or busy_after is None else max(0.0, busy_after - busy - cpu)
    rows = [json.loads(line) for line in report.read_text().splitlines()]
    parent = next(r for r in rows if "parent" in r)
    workers = [r for r in rows if "worker" in r]
    forked = parent["forks"][-1]
    lasts = [w["last"] for w in workers if w["last"] is not None]
    return {
        "first": max(w["first"] for w in workers if w["first"] is not None) - t0,
        "handoff": [sum(w["between"]) for w in workers],
        "handoff_ms": statistics.median(gaps) * 1000
        if (gaps := [b for w in workers for b in w["between"]])
        else 0.0,
        "tail": max(lasts) - min(lasts),
        "end": parent["exit"] - max(lasts),
        "wall": wall,
        "others": others,
        "parent": parent["parent"],
        "forked": forked,
        "workers": [w["worker"] for w in workers],
        "path": forked + max(w["worker"] for w in workers),
        "start": parent["forks"][0] + max(w["ready"] or 0.0 for w in workers),
        "rss_mb": max(w["rss_mb"] for w in workers),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--files", type=int, default=300, help="archive size (default 300)")
    ap.add_argument("--rounds", type=int, default=5, help="runs per tree and --jobs value, in turn")
    ap.add_argument("--src", type=Path, action="append", help="a tree's src folder (default this one's)")
    args = ap.parse_args(argv)
    srcs = [s.resolve() for s in args.src or [throughput.REPO / "src"]]
    print(f"date: {time.strftime('%Y-%m-%d %H:%M')}; load average at the start {os.getloadavg()[0]:.1f}")
    tmp, root, archive, files = throughput.prepare_archive(None, args.files, "gov-facts-jobs-")
    throughput.run_cli(["extract", str(throughput.SMALL_PAGE)], monitor=False)  # caches in place
    runs: dict[tuple[int, int], list[dict[str, Any]]] = {}
    outputs = set()
    for n in range(args.rounds):
        for i, src in enumerate(srcs):
            for jobs in (1, 2):
                out = root / f"out-{i}-{jobs}.jsonl"
                run = one_run(src, archive, out, jobs, root / "report.jsonl")
                outputs.add(out.read_bytes())
                runs.setdefault((i, jobs), []).append(run)
                print(
                    f"round {n} tree {i} --jobs {jobs}: wall {run['wall']:.2f} s (others' CPU "
                    f"{run['others'] or 0:.1f} s); CPU: parent {run['parent']:.3f} s, forked at "
                    f"{run['forked']:.3f}, workers {' '.join(f'{w:.3f}' for w in run['workers'])}; "
                    f"start {run['start']:.3f}, path {run['path']:.3f} s",
                    flush=True,
                )
                print(
                    f"  wall: later worker's first page at {run['first']:.3f} s; hand-off between pages "
                    f"{' '.join(f'{h:.3f}' for h in run['handoff'])} s (median {run['handoff_ms']:.2f} ms);"
                    f" tail {run['tail'] * 1000:.0f} ms; after the last page {run['end'] * 1000:.0f} ms",
                    flush=True,
                )
    med = statistics.median
    print(f"outputs identical across trees, runs and --jobs: {'yes' if len(outputs) == 1 else 'NO'}")
    for i, src in enumerate(srcs):
        one, two = runs[(i, 1)], runs[(i, 2)]
        print(f"tree {i} ({src}), {len(files)} files, medians of {args.rounds}:")
        for jobs, rs in ((1, one), (2, two)):
            path, start = [r["path"] for r in rs], [r["start"] for r in rs]
            spent = [sum(r["workers"]) for r in rs]
            print(
                f"  --jobs {jobs}: path {med(path):.3f} s (best {min(path):.3f}), start {med(start):.3f} s,"
                f" workers' CPU {med(spent):.3f} s, wall {med(r['wall'] for r in rs):.2f} s,"
                f" worker peak RSS {max(r['rss_mb'] for r in rs):.0f} MB"
            )
        ratio = med(r["path"] for r in one) / med(r["path"] for r in two)
        print(f"  --jobs 2 / --jobs 1, critical path in CPU: {ratio:.3f}x")
    print(f"load average at the end {os.getloadavg()[0]:.1f}")
    tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
