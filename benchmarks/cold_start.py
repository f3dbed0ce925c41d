"""The cold start: one small page read by ``gov-facts extract`` in a fresh process, and where the time goes.

    python benchmarks/cold_start.py               # 9 fresh runs of the CLI, then the stages
    python benchmarks/cold_start.py --runs 15 --page samples/hk-press-release.html
    git archive d6db27e | tar -x -C /tmp/before   # an earlier version's source tree, then
    python benchmarks/cold_start.py --baseline /tmp/before   # its runs interleaved with these

Prints the wall-clock and CPU seconds of ``python -m gov_facts extract PAGE`` (best and median of
``--runs`` fresh processes, run one after another, after one untimed run that writes the caches a
first run after installing writes; CPU from ``getrusage``; each tree's cache files in a temporary
folder of its own, as two installs have), then, in one more fresh process, the milliseconds of each
step of that first page done by hand in order: the imports, the patterns, the divisions table, the
place-name index, jieba, the page itself (what is left: the regexes its stages compile on first use,
the tagging) and a second read of the same page for comparison. The CLI runs without
PYTHONDONTWRITEBYTECODE, as an installed wheel does. Timings are only ever taken here, never
asserted in tests; on a shared machine, compare CPU figures, and compare versions with
``--baseline`` (the other tree's ``src`` first on PYTHONPATH, the same interpreter and packages; its
runs and these taken in turn, so both see the same load).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import zlib
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PAGE = REPO / "samples" / "chrome-inside.html"

_STAGES = r"""
import sys, time
t0 = time.perf_counter()
def lap(name):
    global t0
    t = time.perf_counter()
    print(f"{name}\t{1000 * (t - t0):.1f}")
    t0 = t
import gov_facts.cli.app
lap("import the CLI (typer, click)")
import gov_facts.run.session
lap("import the pipeline")
from gov_facts.rules.patterns import load_patterns
patterns = load_patterns()
lap("load the patterns")
from gov_facts.rules.divisions import load_divisions
load_divisions()
lap("load the divisions table")
from gov_facts.facts.place_names import place_index
place_index(patterns)
lap("build the place-name index")
from gov_facts.facts import tagging
tagging._load()
lap("load jieba")
from gov_facts.run.pipeline import process
data = open(sys.argv[1], "rb").read()
process("page.html", data, patterns)
lap("the first page (rules compiled on use)")
process("page.html", data, patterns)
lap("the same page again")
"""


#: each tree's cache files (regexes, code, tables, jieba's) in a folder of its own, as two installs
#: have: trees that share one environment (and one jieba) would otherwise share some of them
_CACHES = Path(tempfile.gettempdir()) / f"gov-facts-cold-start.{os.getuid() if hasattr(os, 'getuid') else 0}"


def _env(source: Path = REPO) -> dict[str, str]:
    """The tree's ``src`` first on PYTHONPATH, this tree's too: ``python -m gov_facts`` run from a
    tree's folder would otherwise import the package the environment installed (an editable
    install of another checkout), and "this tree" timed that one."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPATH"] = str(source / "src")
    caches = _CACHES / f"{zlib.crc32(str(source).encode()):08x}"
    caches.mkdir(parents=True, exist_ok=True)
    env["TMPDIR"] = str(caches)
    return env


def fresh_run(page: Path, source: Path = REPO) -> tuple[float, float]:
    """(wall s, CPU s of the process and its worker) of one ``gov-facts extract PAGE``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)  # microseconds (os.times counts in 10 ms steps)
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "gov_facts", "extract", str(page)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=_env(source),
        cwd=REPO,
        check=False,
    )
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def stages(page: Path) -> list[tuple[str, float]]:
    out = subprocess.run(
        [sys.executable, "-c", _STAGES, str(page)],
        capture_output=True,
        text=True,
        env=_env(),
        cwd=REPO,
        check=True,
    ).stdout
    return [(name, float(ms)) for name, ms in (line.split("\t") for line in out.splitlines())]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs", type=int, default=9, help="fresh CLI runs (default 9)")
    ap.add_argument("--page", type=Path, default=PAGE, help="the page (default samples/chrome-inside.html)")
    ap.add_argument("--baseline", type=Path, help="another version's source tree, run in turn with this one")
    args = ap.parse_args()
    print(
        f"date: {time.strftime('%Y-%m-%d %H:%M', time.gmtime())} UTC; load average {os.getloadavg()[0]:.1f}"
    )
    print(f"machine: {os.cpu_count()} CPUs, Python {sys.version.split()[0]}")
    page = args.page.resolve()
    trees: dict[str, Path] = {"this tree": REPO}
    if args.baseline is not None:
        trees = {f"baseline {args.baseline}": args.baseline.resolve(), **trees}
    runs: dict[str, list[tuple[float, float]]] = {name: [] for name in trees}
    for source in trees.values():
        fresh_run(page, source)  # writes the caches, as the first run after installing does
    for _ in range(args.runs):
        for name, source in trees.items():
            runs[name].append(fresh_run(page, source))
    for name, got in runs.items():
        walls, cpus = [r[0] for r in got], [r[1] for r in got]
        print(
            f"cold start, one page ({args.page.name}), {name}, {args.runs} fresh runs: "
            f"wall best {min(walls):.3f} s, median {statistics.median(walls):.3f} s; "
            f"CPU best {min(cpus):.3f} s, median {statistics.median(cpus):.3f} s, "
            f"mean {statistics.mean(cpus):.3f} s"
        )
    print("stages of the first page, in one fresh process (ms, best of 3):")
    best: dict[str, float] = {}
    for _ in range(3):
        for name, ms in stages(page):
            best[name] = min(best.get(name, ms), ms)
    for name, ms in best.items():
        print(f"  {name:42s} {ms:7.1f}")
    print(f"  {'sum':42s} {sum(ms for name, ms in best.items() if 'again' not in name):7.1f}")
    print(f"load average at the end {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
