#!/usr/bin/env python3
"""Where the time of ``gov-facts extract`` goes, stage by stage, on the corpus pages.

    python benchmarks/profile_stages.py                         # the stage table, this checkout
    python benchmarks/profile_stages.py --src /tmp/base/src --src src --rounds 15   # A/B, alternating
    python benchmarks/profile_stages.py --profile --top 20      # cProfile tables, one per stage
    python benchmarks/profile_stages.py --cli 300               # adds the process overhead of the CLI

Stages, as the pipeline runs them on one page: ``read`` (the file's bytes), ``decode`` (bytes ->
text, :func:`gov_facts.read.decode.decode_bytes`), ``page`` (parse, chrome, body, metadata:
:func:`gov_facts.page.reader.read_article`), ``facts`` (:func:`gov_facts.facts.engine.find_facts`)
and ``record`` (the Document built, ``to_dict`` and ``orjson.dumps``: what a worker sends back).
Each round reads every page of ``../shared/corpus/pages`` once and is timed in CPU time
(``time.process_time``), so the shared machine's other work counts for little; the table gives the
median of the rounds in ms per page.

With several ``--src`` folders each runs in its own process (``PYTHONPATH=SRC``) and the rounds
alternate between them, so that slow and quick moments of the machine fall on all alike.

``--cli N`` runs ``gov-facts extract`` (``--jobs 1``) over an archive of N copies of the corpus
pages and takes the CPU time of the whole process tree (``RUSAGE_CHILDREN``: parent and worker);
what it spends beyond the in-process stages is the process overhead (interpreter start, imports,
jieba's dictionary, sending tasks and records between processes, writing the output). The package
is compiled to bytecode first, as an installed wheel has it.

``--profile`` runs cProfile around each stage separately and prints, per stage, the functions
that take the most time of their own (``tottime``) with their cumulative time, in ms per page.

Timings are only ever taken here, never asserted in tests.
"""

from __future__ import annotations

import argparse
import compileall
import contextlib
import cProfile
import io
import json
import os
import pstats
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from fact_stage import CORPUS  # the shared corpus, found from a worktree too

REPO = Path(__file__).resolve().parents[1]
STAGES = ("read", "decode", "page", "facts", "record")


def _pipeline() -> tuple[Callable[..., Any], ...]:
    from gov_facts.page.reader import read_article
    from gov_facts.read.decode import decode_bytes
    from gov_facts.run.pipeline import extract

    return decode_bytes, read_article, extract


def _one_page(path: Path, patterns: Any, clock: Callable[[], float], spent: dict[str, float]) -> None:
    """One page through the stages, each stage's time added to ``spent``.

    The stages are run as :func:`gov_facts.extract` runs them; ``record`` is timed on the
    Document that :func:`extract` returns (its own stages are not counted again).
    """
    import orjson

    from gov_facts.core.errors import GovFactsError
    from gov_facts.facts.engine import find_facts
    from gov_facts.page.reader import read_article
    from gov_facts.read.decode import decode_bytes
    from gov_facts.read.files import read_file
    from gov_facts.run.pipeline import extract

    t0 = clock()
    data = read_file(str(path))
    t1 = clock()
    decoded = decode_bytes(data)
    t2 = clock()
    try:
        content = read_article(decoded.text, patterns)
    except GovFactsError:
        spent["read"] += t1 - t0
        spent["decode"] += t2 - t1
        spent["page"] += clock() - t2
        return
    t3 = clock()
    day = content.published.day if content.published else None
    find_facts(content.text, patterns, day, content.title)
    t4 = clock()
    doc = extract(data, str(path), patterns=patterns)  # untimed: the Document to serialize
    t5 = clock()
    orjson.dumps(doc.to_dict())
    t6 = clock()
    for stage, took in zip(STAGES, (t1 - t0, t2 - t1, t3 - t2, t4 - t3, t6 - t5), strict=True):
        spent[stage] += took


def worker() -> None:
    """Serve rounds on stdin/stdout: each line asks for one round; the answer is ms/page per stage."""
    from gov_facts.rules.patterns import load_patterns

    patterns = load_patterns()
    pages = sorted(CORPUS.glob("*.html"))
    spent = dict.fromkeys(STAGES, 0.0)
    for path in pages:  # warm-up: jieba, compiled rules, caches
        _one_page(path, patterns, time.process_time, spent)
    print(json.dumps({"pages": len(pages)}), flush=True)
    for _line in sys.stdin:
        spent = dict.fromkeys(STAGES, 0.0)
        for path in pages:
            _one_page(path, patterns, time.process_time, spent)
        print(json.dumps({k: v * 1000 / len(pages) for k, v in spent.items()}), flush=True)


def stage_table(sources: list[Path], rounds: int) -> list[dict[str, float]]:
    """Median ms/page per stage for each source, rounds alternating between them."""
    procs = []
    for src in sources:
        env = dict(os.environ, PYTHONPATH=str(src))
        procs.append(
            subprocess.Popen(
                [sys.executable, __file__, "--worker"],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                text=True,
                env=env,
            )
        )
    for proc in procs:
        assert proc.stdout is not None
        json.loads(proc.stdout.readline())
    runs: list[list[dict[str, float]]] = [[] for _ in sources]
    for _ in range(rounds):
        for i, proc in enumerate(procs):
            assert proc.stdin is not None and proc.stdout is not None
            proc.stdin.write("go\n")
            proc.stdin.flush()
            runs[i].append(json.loads(proc.stdout.readline()))
    for proc in procs:
        assert proc.stdin is not None
        proc.stdin.close()
        proc.wait()
    medians = []
    for rs in runs:
        med = {stage: statistics.median(r[stage] for r in rs) for stage in STAGES}
        med["total"] = statistics.median(sum(r[s] for s in STAGES) for r in rs)
        medians.append(med)
    return medians


def cli_overhead(files: int, in_process_ms: float) -> str:
    """CPU time of ``gov-facts extract --jobs 1`` over ``files`` corpus copies, and the overhead."""
    pages = sorted(CORPUS.glob("*.html"))
    with tempfile.TemporaryDirectory(prefix="gov-facts-profile-") as tmp:
        root = Path(tmp)
        archive = root / "archive"
        archive.mkdir()
        for i in range(files):
            shutil.copyfile(pages[i % len(pages)], archive / f"{i:05d}-{pages[i % len(pages)].name}")
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        out = str(root / "out.jsonl")
        cmd = [sys.executable, "-m", "gov_facts", "extract", str(archive), "-o", out, "--jobs", "1", "-q"]
        # bytecode compiled and written, as an installed wheel has it
        compileall.compile_dir(str(REPO / "src" / "gov_facts"), quiet=1)
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        subprocess.run(cmd, check=False, env=env)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    per_page = cpu * 1000 / files
    return (
        f"CLI --jobs 1 over {files} files: {cpu:.1f} s CPU (parent and worker), {per_page:.2f} ms/page;"
        f" process overhead {per_page - in_process_ms:.2f} ms/page beyond the stages"
        f" ({(per_page - in_process_ms) * files / 1000:.1f} s in all)"
    )


def profile(top: int) -> str:
    """cProfile tables, one per stage, in ms per page."""
    from gov_facts.rules.patterns import load_patterns

    patterns = load_patterns()
    pages = sorted(CORPUS.glob("*.html"))
    spent = dict.fromkeys(STAGES, 0.0)
    for path in pages:
        _one_page(path, patterns, time.process_time, spent)
    profilers = {stage: cProfile.Profile() for stage in STAGES}
    rounds = 3
    for _ in range(rounds):
        for path in pages:
            _profiled_page(path, patterns, profilers)
    out = io.StringIO()
    n = rounds * len(pages)
    for stage in STAGES:
        stats = pstats.Stats(profilers[stage], stream=io.StringIO())
        rows = sorted(stats.stats.items(), key=lambda kv: kv[1][2], reverse=True)  # type: ignore[attr-defined]
        total = sum(v[2] for v in stats.stats.values())  # type: ignore[attr-defined]
        out.write(f"\n== {stage}: {total * 1000 / n:.2f} ms/page under the profiler\n")
        out.write(f"{'own ms/page':>12} {'cum ms/page':>12} {'calls/page':>11}  function\n")
        for (filename, line, name), (_cc, nc, tt, ct, _callers) in rows[:top]:
            where = _short(filename)
            label = f"{where}:{line}({name})" if line else name
            out.write(f"{tt * 1000 / n:12.3f} {ct * 1000 / n:12.3f} {nc / n:11.1f}  {label}\n")
    return out.getvalue()


def _profiled_page(path: Path, patterns: Any, profilers: dict[str, cProfile.Profile]) -> None:
    import orjson

    from gov_facts.core.errors import GovFactsError
    from gov_facts.facts.engine import find_facts
    from gov_facts.page.reader import read_article
    from gov_facts.read.decode import decode_bytes
    from gov_facts.read.files import read_file
    from gov_facts.run.pipeline import extract

    data = profilers["read"].runcall(read_file, str(path))
    decoded = profilers["decode"].runcall(decode_bytes, data)
    try:
        content = profilers["page"].runcall(read_article, decoded.text, patterns)
    except GovFactsError:
        return
    day = content.published.day if content.published else None
    profilers["facts"].runcall(find_facts, content.text, patterns, day, content.title)
    doc = extract(data, str(path), patterns=patterns)
    profilers["record"].runcall(lambda: orjson.dumps(doc.to_dict()))


def _short(filename: str) -> str:
    for marker in ("/src/gov_facts/", "/site-packages/", "/lib/python3"):
        if marker in filename:
            return filename.split(marker, 1)[1]
    return filename


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--src", action="append", type=Path, help="a src/ folder to time (repeatable)")
    ap.add_argument("--rounds", type=int, default=9, help="timed rounds per source (default 9)")
    ap.add_argument("--profile", action="store_true", help="print cProfile tables per stage instead")
    ap.add_argument("--top", type=int, default=20, help="functions per stage in --profile (default 20)")
    ap.add_argument("--cli", type=int, metavar="N", help="also time the CLI over N corpus copies")
    ap.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.worker:
        worker()
        return 0
    if not CORPUS.is_dir():
        sys.exit(f"profile_stages: no corpus at {CORPUS} (the benchmark needs ../shared)")
    load = os.getloadavg()[0]
    git = ["git", "-C", str(REPO), "describe", "--always", "--dirty"]
    commit = subprocess.run(git, capture_output=True, text=True, check=False).stdout.strip()
    print(
        f"{len(list(CORPUS.glob('*.html')))} corpus pages; {os.cpu_count()} CPUs, load average"
        f" {load:.1f} at the start; Python {sys.version.split()[0]}; commit {commit or '?'}"
    )
    if args.profile:
        print(profile(args.top))
        return 0
    sources = [s.resolve() for s in (args.src or [REPO / "src"])]
    medians = stage_table(sources, args.rounds)
    print(f"CPU ms/page, median of {args.rounds} rounds" + (", alternating" if len(sources) > 1 else ""))
    print(f"{'stage':<8}" + "".join(f"{_short(str(s))[-28:]:>30}" for s in sources))
    for stage in (*STAGES, "total"):
        cells = []
        for med in medians:
            share = f" ({med[stage] / med['total'] * 100:.0f}%)" if stage != "total" else ""
            first = medians[0][stage]
            ratio = f" {med[stage] / first:.2f}x" if med is not medians[0] and first else ""
            cells.append(f"{med[stage]:.2f}{share}{ratio}")
        print(f"{stage:<8}" + "".join(f"{c:>30}" for c in cells))
    if args.cli:
        with contextlib.suppress(KeyboardInterrupt):
            print(cli_overhead(args.cli, medians[-1]["total"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
