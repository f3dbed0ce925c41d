"""Throughput of the whole ``gov-facts extract`` pipeline next to content-only extractors, in one run.

    python benchmarks/throughput.py               # 300 files, --jobs 1 and 2, peers, cold start
    python benchmarks/throughput.py --files 5000   # a longer run
    python benchmarks/throughput.py --rounds 3     # the CLI runs repeated, interleaved; best taken

Copies the corpus pages (cycled) into a temporary folder tree and, on those same files:

- runs the CLI as a user would (a fresh process, ``-o`` to a file) once per ``--jobs`` value and
  prints ms/page (wall clock, process start included) and the CPU ms/page of the process tree,
  with the peak resident memory of the largest worker and of the parent (sampled 4 times a
  second; the workers are forked and share the parent's loaded tables, so RSS counts those
  pages in every process: PSS, summed, counts them once);
- times, in this process, GNE's and trafilatura's body extraction alone and lxml's parse alone
  (the floor: no page can be read faster than it is parsed), each on the text of every file
  (decoded once, untimed, by gov-facts' decoder, so the peers are spared the decoding that
  gov-facts' time includes); ms/page is the median of ``--rounds`` passes in CPU time;
- times one small page end to end in a fresh process (the cold start), and ``--version``;
- prints the ratios the project tracks: gov-facts ``--jobs 1`` against GNE's page rate,
  ``--jobs 2`` against ``--jobs 1``, gov-facts against the lxml floor;
- with ``--python PATH`` (the interpreter of another environment, e.g. one holding the compiled
  wheel, ``HATCH_BUILD_HOOK_ENABLE_MYPYC=1 python -m build``; repeatable), also runs that
  environment's installed ``gov-facts`` at ``--jobs 1`` in the same rounds (interleaved with the
  others, without ``PYTHONPATH``, from outside the repository) and prints it as "compiled --jobs 1"
  with its cold start, its ratios to GNE (wall and CPU) and to this environment's ``--jobs 1``.

The package is compiled to bytecode first and the CLI runs without PYTHONDONTWRITEBYTECODE, as
an installed wheel does. Timings are only ever taken here, never asserted in tests. The load
average is printed before and after, and each run with the CPU time other processes used while it
ran (from /proc/stat): on a shared machine, other work slows the wall-clock figures (CPU figures
much less), and a ``--jobs 2`` run that shared its two CPUs with other work says nothing of scaling.
"""

from __future__ import annotations

import argparse
import compileall
import contextlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
# beside the repository (../shared), or where GOV_FACTS_CORPUS says (a worktree elsewhere)
CORPUS = Path(os.environ.get("GOV_FACTS_CORPUS") or REPO / ".." / "shared" / "corpus" / "pages")
SMALL_PAGE = REPO / "samples" / "chrome-inside.html"


@dataclass
class Run:
    jobs: int
    seconds: float
    cpu: float
    pages: int
    facts: int
    peak_worker_rss_mb: float
    peak_parent_rss_mb: float
    peak_pss_mb: float | None
    others_cpu: float | None = None  # CPU seconds other processes of the machine used meanwhile

    @property
    def ms_per_page(self) -> float:
        return self.seconds * 1000 / self.pages

    @property
    def cpu_ms_per_page(self) -> float:
        return self.cpu * 1000 / self.pages


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


def prepare_archive(
    keep: Path | None, n_files: int, prefix: str
) -> tuple[tempfile.TemporaryDirectory[str], Path, Path, list[Path]]:
    """Build the archive (in ``keep`` or a temporary folder) and print what it and the machine are."""
    tmp = tempfile.TemporaryDirectory(prefix=prefix)
    # absolute: another environment's interpreter runs from the temporary folder, not from here
    root = keep.resolve() if keep else Path(tmp.name)
    archive = root / "archive"
    archive.mkdir(parents=True, exist_ok=True)
    files = build_archive(archive, n_files)
    size = sum(f.stat().st_size for f in files) / 1e6
    print(f"archive: {len(files)} files, {size:.0f} MB, from {len(list(CORPUS.glob('*.html')))} corpus pages")
    print(f"machine: {os.cpu_count()} CPUs, {_cpu_model()}, Python {sys.version.split()[0]}")
    return tmp, root, archive, files


def _cpu_model() -> str:
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return "CPU model unknown"


def _env(installed: bool = False) -> dict[str, str]:
    """The CLI's environment; ``installed``: no ``PYTHONPATH``, so another venv runs its own wheel."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if installed:
        env.pop("PYTHONPATH", None)
    return env


def _memory(proc: Any) -> tuple[float, float, float | None]:
    """(parent RSS, largest child RSS, summed PSS or None) of a psutil process tree, in MB."""
    import psutil

    mb = 1024 * 1024
    parent = biggest = 0.0
    pss: float | None = 0.0
    try:
        children = proc.children(recursive=True)
    except psutil.Error:
        children = []
    for i, p in enumerate([proc, *children]):
        try:
            info = p.memory_full_info()
        except psutil.Error:
            continue
        if i == 0:
            parent = info.rss / mb
        else:
            biggest = max(biggest, info.rss / mb)
        pss = pss + info.pss / mb if pss is not None and hasattr(info, "pss") else None
    return parent, biggest, pss


def machine_busy() -> float | None:
    """CPU seconds the whole machine has spent busy since boot (None where /proc/stat is not)."""
    try:
        with open("/proc/stat") as fh:
            ticks = [int(v) for v in fh.readline().split()[1:9]]
    except (OSError, ValueError):
        return None
    return (sum(ticks) - ticks[3] - ticks[4]) / os.sysconf("SC_CLK_TCK")  # less idle and iowait


def run_cli(
    args: list[str], monitor: bool = True, python: str | None = None
) -> tuple[float, float, float, float, float | None]:
    """Run ``python -m gov_facts ARGS`` (``python``: another environment's interpreter, run from
    outside the repository): (wall s, CPU s of the tree, peak parent RSS, peak worker RSS, peak
    summed PSS)."""
    cmd = [python or sys.executable, "-m", "gov_facts", *args]
    before = os.times()
    started = time.perf_counter()
    cwd = tempfile.gettempdir() if python else None
    env = _env(installed=python is not None)
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, cwd=cwd)
    parent = worker = 0.0
    pss: float | None = None
    ps = None
    if monitor:
        with contextlib.suppress(ImportError):
            import psutil

            ps = psutil.Process(proc.pid)
    while proc.poll() is None:
        if ps is not None:
            p, w, s = _memory(ps)
            parent, worker = max(parent, p), max(worker, w)
            pss = max(pss or 0.0, s) if s is not None else None
            time.sleep(0.25)
        else:
            time.sleep(0.005)
    seconds = time.perf_counter() - started
    after = os.times()
    cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
    assert proc.stderr is not None
    err = proc.stderr.read().decode("utf-8", "replace")
    if proc.returncode not in (0, 1):
        sys.exit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{err}")
    return seconds, cpu, parent, worker, pss


def pipeline(archive: Path, out: Path, jobs: int, n: int, python: str | None = None) -> Run:
    cmd = ["extract", str(archive), "-o", str(out), "--jobs", str(jobs), "-q"]
    busy = machine_busy()
    own = os.times()
    seconds, cpu, parent, worker, pss = run_cli(cmd, python=python)
    mine = sum(os.times()[:2]) - sum(own[:2])  # this process's sampling of memory
    busy_after = machine_busy()
    others = None if busy is None or busy_after is None else max(0.0, busy_after - busy - cpu - mine)
    facts = 0
    with open(out, "rb") as fh:
        for line in fh:
            facts += len(json.loads(line)["facts"])
    return Run(jobs, seconds, cpu, n, facts, worker, parent, pss, others)


def cold_start(repeat: int = 7, python: str | None = None) -> tuple[float, float, float]:
    """(best, median) wall seconds and best CPU seconds for one small page in a fresh process."""
    runs = [run_cli(["extract", str(SMALL_PAGE)], monitor=False, python=python) for _ in range(repeat)]
    walls = [r[0] for r in runs]
    return min(walls), statistics.median(walls), min(r[1] for r in runs)


def peer_times(files: list[Path], rounds: int) -> dict[str, float | None]:
    """CPU ms/page of lxml's parse alone, GNE's and trafilatura's body extraction (None: not installed)."""
    import lxml.html

    from gov_facts.read.decode import decode_bytes

    texts = []
    for f in files:
        with contextlib.suppress(Exception):
            texts.append(decode_bytes(f.read_bytes()).text)
    tools: dict[str, Callable[[str], object] | None] = {"lxml parse": lxml.html.document_fromstring}
    try:
        from gne import GeneralNewsExtractor

        gne = GeneralNewsExtractor()
        tools["GNE"] = gne.extract
    except ImportError:
        tools["GNE"] = None
    try:
        import trafilatura

        tools["trafilatura"] = trafilatura.extract
    except ImportError:
        tools["trafilatura"] = None
    result: dict[str, float | None] = {}
    for name, fn in tools.items():
        if fn is None:
            result[name] = None
            continue
        times = []
        for _ in range(rounds):
            started = time.process_time()
            for text in texts:
                with contextlib.suppress(Exception), warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    fn(text)  # a peer that raises on a page: its time still counts
            times.append((time.process_time() - started) * 1000 / len(texts))
        result[name] = statistics.median(times)
    return result


def describe_python(python: str) -> str:
    """Which gov_facts ``python`` imports, and whether its fact engine and page stage are compiled."""
    code = (
        "import gov_facts.facts.engine as e, gov_facts.page.body as b; print(e.__file__); print(b.__file__)"
    )
    done = subprocess.run(
        [python, "-c", code],
        capture_output=True,
        text=True,
        env=_env(True),
        cwd=tempfile.gettempdir(),
        check=False,
    )
    if done.returncode:
        sys.exit(f"{python} cannot import gov_facts:\n{done.stderr}")
    engine, body = done.stdout.split()
    kind = {(True, True): "facts and page compiled", (True, False): "facts compiled", (False, False): "pure"}
    compiled = (engine.endswith((".so", ".pyd")), body.endswith((".so", ".pyd")))
    return f"{python}: {kind.get(compiled, 'page compiled')} ({Path(engine).parents[2]})"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=300, help="archive size (default 300)")
    parser.add_argument("--jobs", default="1,2", help="comma-separated --jobs values (default 1,2)")
    parser.add_argument("--rounds", type=int, default=1, help="CLI runs per --jobs value, interleaved")
    parser.add_argument("--no-peers", "--no-gne", action="store_true", help="skip GNE, trafilatura and lxml")
    parser.add_argument("--keep", type=Path, help="build the archive here and keep it")
    parser.add_argument(
        "--python",
        action="append",
        default=[],
        help="also time this interpreter's gov-facts at --jobs 1 (a compiled wheel's venv; repeatable)",
    )
    args = parser.parse_args(argv)
    jobs = [int(j) for j in args.jobs.split(",")]
    # another environment's interpreter by the name its lines carry
    # absolute (it runs from the temporary folder), but not resolved: a venv's python is a link
    # out of the venv, and resolved it would not import the venv's gov_facts
    builds = {
        ("compiled" if len(args.python) == 1 else f"compiled {i + 1}"): os.path.abspath(p)
        for i, p in enumerate(args.python)
    }

    compileall.compile_dir(str(REPO / "src" / "gov_facts"), quiet=1)
    print(f"date: {time.strftime('%Y-%m-%d %H:%M')}; load average at the start {os.getloadavg()[0]:.1f}")
    tmp, root, archive, files = prepare_archive(args.keep, args.files, "gov-facts-bench-")
    run_cli(["extract", str(SMALL_PAGE)], monitor=False)  # caches (jieba's parts) in place
    for name, python in builds.items():
        print(f"{name}: {describe_python(python)}")
        run_cli(["extract", str(SMALL_PAGE)], monitor=False, python=python)

    best: dict[int, Run] = {}
    compiled: dict[str, Run] = {}
    walls: dict[int, list[float]] = {j: [] for j in jobs}
    outputs = []
    for _ in range(max(1, args.rounds)):
        for j in jobs:
            out = root / f"facts-j{j}.jsonl"
            run = pipeline(archive, out, j, len(files))
            outputs.append(out)
            walls[j].append(run.seconds)
            others = "" if run.others_cpu is None else f"; others used {run.others_cpu:.1f} s CPU meanwhile"
            print(f"  run --jobs {j}: {run.seconds:.2f} s, CPU {run.cpu:.2f} s{others}")
            if j not in best or run.seconds < best[j].seconds:
                best[j] = run
        for name, python in builds.items():
            out = root / f"facts-{name.replace(' ', '-')}-j1.jsonl"
            run = pipeline(archive, out, 1, len(files), python=python)
            outputs.append(out)
            others = "" if run.others_cpu is None else f"; others used {run.others_cpu:.1f} s CPU meanwhile"
            print(f"  run {name} --jobs 1: {run.seconds:.2f} s, CPU {run.cpu:.2f} s{others}")
            if name not in compiled or run.seconds < compiled[name].seconds:
                compiled[name] = run
    for j in jobs:
        run = best[j]
        pss = f", PSS summed {run.peak_pss_mb:.0f} MB" if run.peak_pss_mb is not None else ""
        print(
            f"gov-facts --jobs {j}: {run.seconds:.1f} s, {run.ms_per_page:.2f} ms/page "
            f"({len(files) / run.seconds:.0f} pages/s), CPU {run.cpu_ms_per_page:.2f} ms/page, "
            f"{run.facts} facts; peak RSS: worker {run.peak_worker_rss_mb:.0f} MB, "
            f"parent {run.peak_parent_rss_mb:.0f} MB{pss}"
        )
    for name, run in compiled.items():
        print(
            f"{name} --jobs 1: {run.seconds:.1f} s, {run.ms_per_page:.2f} ms/page, "
            f"CPU {run.cpu_ms_per_page:.2f} ms/page, {run.facts} facts; "
            f"peak RSS: worker {run.peak_worker_rss_mb:.0f} MB, parent {run.peak_parent_rss_mb:.0f} MB"
        )
    same = len({o.read_bytes() for o in outputs}) == 1
    across = "runs, --jobs and builds" if builds else "runs and --jobs"
    print(f"outputs identical across {across}: {'yes' if same else 'NO'}")

    best_cold, median_cold, cpu_cold = cold_start()
    print(
        f"cold start, one page ({SMALL_PAGE.name}): best {best_cold:.2f} s, median {median_cold:.2f} s"
        f" (CPU {cpu_cold:.2f} s)"
    )
    for name, python in builds.items():
        best_cold, median_cold, cpu_cold = cold_start(python=python)
        print(
            f"cold start, {name}: best {best_cold:.2f} s, median {median_cold:.2f} s (CPU {cpu_cold:.2f} s)"
        )
    version = min(run_cli(["--version"], monitor=False)[0] for _ in range(5))
    print(f"gov-facts --version: {version:.2f} s")

    peers: dict[str, float | None] = {} if args.no_peers else peer_times(files, 3)
    for name, ms in peers.items():
        print(f"{name}: " + (f"{ms:.2f} ms/page (CPU, median of 3)" if ms is not None else "not installed"))

    base = best[jobs[0]]
    print("ratios:")
    gne = peers.get("GNE")
    for j in jobs:
        if gne:
            print(f"  gov-facts --jobs {j} page rate / GNE's: {gne / best[j].ms_per_page:.2f}x")
    for name, run in compiled.items():
        if gne:
            print(
                f"  gov-facts {name} --jobs 1 page rate / GNE's: {gne / run.ms_per_page:.2f}x "
                f"(CPU: {gne / run.cpu_ms_per_page:.2f}x)"
            )
        if 1 in best:
            pure = best[1]
            print(
                f"  {name} --jobs 1 / --jobs 1: wall {run.ms_per_page / pure.ms_per_page:.2f}x, "
                f"CPU {run.cpu_ms_per_page / pure.cpu_ms_per_page:.2f}x (best runs)"
            )
    for j in jobs[1:]:
        median = statistics.median(walls[jobs[0]]) / statistics.median(walls[j])
        bests = base.seconds / best[j].seconds
        print(f"  --jobs {j} / --jobs {jobs[0]}: {bests:.2f}x (best runs), {median:.2f}x (medians)")
    floor = peers.get("lxml parse")
    if floor:
        print(f"  gov-facts --jobs {jobs[0]} ms/page / lxml parse alone: {base.ms_per_page / floor:.1f}x")
    print(f"load average at the end {os.getloadavg()[0]:.1f}")
    tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
