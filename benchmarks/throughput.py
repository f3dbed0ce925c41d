"""Throughput of the whole ``gov-facts extract`` pipeline on an archive built from ../shared/corpus.

    python benchmarks/throughput.py               # 5,000 files, --jobs 1 and 2, cold start, GNE
    python benchmarks/throughput.py --files 300   # a quick run
    python benchmarks/throughput.py --files 300 --jobs 1 --no-gne --base /tmp/base   # against a base tree

Copies the corpus pages (cycled) into a temporary folder tree, runs the CLI as
a user would (a fresh process, ``-o`` to a file) once per ``--jobs`` value and
prints pages/s, facts/s and peak memory of the process tree (parent plus
workers: summed RSS, and summed PSS, which counts pages the forked workers
share only once). Then the cold start: one small page end to end in a fresh
process. With the ``bench`` extra (GNE, psutil) it also times GNE's
content extraction alone on the same files, in this process, and prints how
many times faster the full pipeline is.

With ``--base DIR`` (a checkout of another commit, e.g. ``git archive main | tar -x -C DIR``),
each pipeline run is made for both trees on the same archive, alternating (``PYTHONPATH=DIR/src``
for the base), ``--rounds`` times, and the median times and their ratio are printed: wall-clock
time, and the CPU time of the run's processes, which other work on a shared machine disturbs
much less (on a 2-CPU machine under load, wall times of the same run vary by half).

Timings are only ever taken here, never asserted in tests.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
#: CPU seconds (user + system) of the last command run and the processes it waited for
LAST_CPU = 0.0
CORPUS = REPO / ".." / "shared" / "corpus" / "pages"
SMALL_PAGE = REPO / "samples" / "chrome-inside.html"


@dataclass
class Run:
    jobs: int
    seconds: float
    pages: int
    facts: int
    peak_rss_mb: float | None
    peak_pss_mb: float | None
    max_process_rss_mb: float

    @property
    def pages_per_s(self) -> float:
        return self.pages / self.seconds

    @property
    def facts_per_s(self) -> float:
        return self.facts / self.seconds


def build_archive(root: Path, n: int, per_folder: int = 100) -> list[Path]:
    """``n`` copies of the corpus pages, ``per_folder`` to a folder, in walk order."""
    pages = sorted(CORPUS.glob("*.html"))
    if not pages:
        sys.exit(f"no corpus pages in {CORPUS} (the benchmark needs ../shared)")
    files = []
    for i in range(n):
        folder = root / f"{i // per_folder:04d}"
        folder.mkdir(exist_ok=True)
        dst = folder / f"{i:05d}-{pages[i % len(pages)].name}"
        shutil.copyfile(pages[i % len(pages)], dst)
        files.append(dst)
    return files


def _tree_memory(proc: object) -> tuple[float, float | None, float]:
    """(summed RSS, summed PSS or None, largest single RSS) of a psutil process and its children, in MB."""
    import psutil

    procs = [proc]
    with contextlib.suppress(psutil.Error):
        procs += proc.children(recursive=True)  # type: ignore[attr-defined]
    rss = pss = biggest = 0.0
    have_pss = True
    for p in procs:
        try:
            if have_pss:
                info = p.memory_full_info()  # type: ignore[attr-defined]
                pss += getattr(info, "pss", 0.0)
                have_pss = hasattr(info, "pss")
            else:
                info = p.memory_info()  # type: ignore[attr-defined]
            rss += info.rss
            biggest = max(biggest, info.rss)
        except psutil.Error:
            continue
    mb = 1024 * 1024
    return rss / mb, (pss / mb if have_pss else None), biggest / mb


def run_cli(
    args: list[str], monitor: bool = True, tree: Path | None = None
) -> tuple[float, float | None, float | None, float, int]:
    """Run ``python -m gov_facts ARGS`` (from ``tree``'s sources if given); (seconds, peak summed RSS,
    peak summed PSS, max RSS, exit code)."""
    cmd = [sys.executable, "-m", "gov_facts", *args]
    env = dict(os.environ, PYTHONPATH=str(tree / "src")) if tree is not None else None
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    peak_rss = peak_pss = None
    biggest = 0.0
    try:
        import psutil

        ps = psutil.Process(proc.pid)
    except ImportError:
        ps = None
    while proc.poll() is None:
        if ps is not None and monitor:  # sampled 4 times a second: cheap next to the run itself
            rss, pss, big = _tree_memory(ps)
            peak_rss = max(peak_rss or 0.0, rss)
            peak_pss = max(peak_pss or 0.0, pss) if pss is not None else None
            biggest = max(biggest, big)
        time.sleep(0.25 if monitor else 0.01)
    seconds = time.perf_counter() - started
    assert proc.stderr is not None
    err = proc.stderr.read().decode("utf-8", "replace")
    if proc.returncode not in (0, 1):
        sys.exit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{err}")
    # without psutil: the largest child process's peak RSS (Linux reports kB)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    biggest = max(biggest, after.ru_maxrss / 1024)
    global LAST_CPU
    LAST_CPU = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return seconds, peak_rss, peak_pss, biggest, proc.returncode


def pipeline(archive: Path, out: Path, jobs: int, n: int, tree: Path | None = None) -> Run:
    seconds, rss, pss, biggest, _ = run_cli(
        ["extract", str(archive), "-o", str(out), "--jobs", str(jobs), "-q"], tree=tree
    )
    facts = 0
    pages = 0
    with open(out, "rb") as fh:
        for line in fh:
            facts += len(json.loads(line)["facts"])
            pages += 1
    return Run(jobs, seconds, n, facts, rss, pss, biggest)


def cold_start(repeat: int = 5) -> tuple[float, float]:
    """(best, median) seconds for one small page end to end in a fresh process."""
    times = [run_cli(["extract", str(SMALL_PAGE)], monitor=False)[0] for _ in range(repeat)]
    return min(times), statistics.median(times)


def version_start(repeat: int = 5) -> float:
    return min(run_cli(["--version"], monitor=False)[0] for _ in range(repeat))


def gne_speed(files: list[Path]) -> float | None:
    """Pages/s of GNE's extraction alone (bytes decoded as UTF-8 first), or None without GNE."""
    try:
        from gne import GeneralNewsExtractor
    except ImportError:
        return None
    extractor = GeneralNewsExtractor()
    pages = [f.read_bytes() for f in files]
    started = time.perf_counter()
    for data in pages:
        with contextlib.suppress(Exception):  # GNE raises on some pages; the time still counts
            extractor.extract(data.decode("utf-8", "replace"))
    return len(pages) / (time.perf_counter() - started)


def prepare_archive(
    keep: Path | None, n_files: int, prefix: str
) -> tuple[tempfile.TemporaryDirectory[str], Path, Path, list[Path]]:
    """Build the archive (in ``keep`` or a temporary folder) and print what it and the machine are."""
    tmp = tempfile.TemporaryDirectory(prefix=prefix)
    root = keep or Path(tmp.name)
    archive = root / "archive"
    archive.mkdir(parents=True, exist_ok=True)
    files = build_archive(archive, n_files)
    size = sum(f.stat().st_size for f in files) / 1e6
    print(f"archive: {len(files)} files, {size:.0f} MB, from {len(list(CORPUS.glob('*.html')))} corpus pages")
    print(f"machine: {os.cpu_count()} CPUs, Python {sys.version.split()[0]}")
    return tmp, root, archive, files


def compare_with_base(archive: Path, root: Path, jobs: list[int], n: int, base: Path, rounds: int) -> None:
    """Each ``--jobs`` value for the base tree and this one, alternating, ``rounds`` times."""
    print(f"base: {base}; this: {REPO}; {rounds} rounds each, alternating")
    for j in jobs:
        times: dict[str, list[float]] = {"base": [], "this": []}
        cpu: dict[str, list[float]] = {"base": [], "this": []}
        for _ in range(rounds):
            for name, tree in (("base", base), ("this", REPO)):
                run = pipeline(archive, root / f"facts-{name}-j{j}.jsonl", j, n, tree=tree)
                times[name].append(run.seconds)
                cpu[name].append(LAST_CPU)
        for name, ts in times.items():
            median, cpu_median = statistics.median(ts), statistics.median(cpu[name])
            print(f"{name} --jobs {j}: median {median:.1f} s wall ({n / median:.1f} pages/s), "
                  f"{cpu_median:.1f} s CPU; wall runs {', '.join(f'{t:.1f}' for t in ts)}; "
                  f"CPU runs {', '.join(f'{t:.1f}' for t in cpu[name])}")  # fmt: skip
        ratio = statistics.median(times["this"]) / statistics.median(times["base"])
        cpu_ratio = statistics.median(cpu["this"]) / statistics.median(cpu["base"])
        cpu_best = min(cpu["this"]) / min(cpu["base"])
        print(f"this / base, --jobs {j}: wall {ratio:.3f} ({(ratio - 1) * 100:+.1f}%), "
              f"CPU {cpu_ratio:.3f} ({(cpu_ratio - 1) * 100:+.1f}%) median, "
              f"{cpu_best:.3f} ({(cpu_best - 1) * 100:+.1f}%) best, per page")  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=5000, help="archive size (default 5000)")
    parser.add_argument("--jobs", default="1,2", help="comma-separated --jobs values (default 1,2)")
    parser.add_argument("--no-gne", action="store_true", help="skip the GNE comparison")
    parser.add_argument("--keep", type=Path, help="build the archive here and keep it")
    parser.add_argument("--base", type=Path, help="also run a base checkout's sources, alternating")
    parser.add_argument("--rounds", type=int, default=3, help="with --base: runs per tree (default 3)")
    args = parser.parse_args(argv)
    jobs = [int(j) for j in args.jobs.split(",")]

    tmp, root, archive, files = prepare_archive(args.keep, args.files, "gov-facts-bench-")
    if args.base is not None:
        compare_with_base(archive, root, jobs, len(files), args.base, args.rounds)
        tmp.cleanup()
        return 0

    runs = []
    outputs = []
    for j in jobs:
        out = root / f"facts-j{j}.jsonl"
        run = pipeline(archive, out, j, len(files))
        runs.append(run)
        outputs.append(out)
        mem = f"peak RSS {run.peak_rss_mb:.0f} MB (PSS {run.peak_pss_mb:.0f} MB)" if run.peak_rss_mb else ""
        print(
            f"pipeline --jobs {j}: {run.seconds:.1f} s, {run.pages_per_s:.1f} pages/s, "
            f"{run.facts_per_s:.0f} facts/s ({run.facts} facts); {mem}; "
            f"largest process {run.max_process_rss_mb:.0f} MB"
        )
    if len(outputs) > 1:
        same = len({o.read_bytes() for o in outputs}) == 1
        print(f"outputs identical across --jobs: {'yes' if same else 'NO'}")
        base = runs[0]
        for run in runs[1:]:
            print(
                f"speed-up --jobs {run.jobs} vs --jobs {base.jobs}: {run.pages_per_s / base.pages_per_s:.2f}x"
            )

    best, median = cold_start()
    print(f"cold start, one small page ({SMALL_PAGE.name}): best {best:.2f} s, median {median:.2f} s")
    print(f"gov-facts --version: {version_start():.2f} s")

    if not args.no_gne:
        gne = gne_speed(files)
        if gne is None:
            print("GNE not installed (pip install 'gov-facts[bench]'): no comparison")
        else:
            print(f"GNE extraction alone: {gne:.1f} pages/s")
            for run in runs:
                print(f"full pipeline --jobs {run.jobs} / GNE: {run.pages_per_s / gne:.2f}x")
    tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
