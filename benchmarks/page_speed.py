#!/usr/bin/env python3
"""In-process time of the page stage (``read_article``) over the corpus pages, one checkout or several.

    python benchmarks/page_speed.py                          # this checkout, 15 rounds
    python benchmarks/page_speed.py --src /tmp/base/src --src src --rounds 21

Each page of ``../shared/corpus/pages`` is decoded once, untimed; then each round
reads every page once (``read_article``: parse, prune, body, metadata; no facts)
and the round's CPU time (``time.process_time``: what other processes do on a shared
machine does not count) is divided by the number of pages. With several ``--src``
folders, each one runs in its own worker process (``PYTHONPATH=SRC``) and the
rounds alternate between them, so that the shared machine's slow and quick
moments fall on all of them alike. Prints ms/page: the median and the best
round, and, with two or more sources, each one's median relative to the first.

Timings are only ever taken here, never asserted in tests.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus" / "pages"


def worker() -> None:
    """Serve rounds on stdin/stdout: each line asks for one round; the answer is its ms/page."""
    from gov_facts.core.errors import GovFactsError
    from gov_facts.page.reader import read_article
    from gov_facts.read.decode import decode_bytes
    from gov_facts.rules.patterns import load_patterns

    patterns = load_patterns()
    texts = [decode_bytes(p.read_bytes()).text for p in sorted(CORPUS.glob("*.html"))]
    for text in texts:  # warm-up: compiled rules, caches
        with contextlib.suppress(GovFactsError):
            read_article(text, patterns)
    print(json.dumps({"pages": len(texts)}), flush=True)
    for _line in sys.stdin:
        started = time.process_time()  # CPU time: the shared machine's other work does not count
        for text in texts:
            with contextlib.suppress(GovFactsError):
                read_article(text, patterns)
        ms = (time.process_time() - started) * 1000 / len(texts)
        print(json.dumps({"ms": ms}), flush=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument(
        "--src", action="append", type=Path, help="a src/ folder to time (repeatable; default: this checkout)"
    )
    ap.add_argument("--rounds", type=int, default=15, help="timed rounds per source (default 15)")
    ap.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.worker:
        worker()
        return 0
    if not CORPUS.is_dir():
        sys.exit(f"page_speed: no corpus at {CORPUS} (the benchmark needs ../shared)")
    sources = [s.resolve() for s in (args.src or [REPO / "src"])]
    procs = []
    for src in sources:
        env = dict(os.environ, PYTHONPATH=str(src))
        proc = subprocess.Popen(
            [sys.executable, __file__, "--worker"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert proc.stdout is not None
        pages = json.loads(proc.stdout.readline())["pages"]
        procs.append(proc)
    times: list[list[float]] = [[] for _ in sources]
    for _ in range(args.rounds):
        for i, proc in enumerate(procs):
            assert proc.stdin is not None and proc.stdout is not None
            proc.stdin.write("go\n")
            proc.stdin.flush()
            times[i].append(json.loads(proc.stdout.readline())["ms"])
    for proc in procs:
        assert proc.stdin is not None
        proc.stdin.close()
        proc.wait()
    print(
        f"page stage over {pages} corpus pages, {args.rounds} rounds each, alternating;"
        f" Python {sys.version.split()[0]}"
    )
    first = statistics.median(times[0])
    for src, ts in zip(sources, times, strict=True):
        med = statistics.median(ts)
        rel = f", {med / first:.3f}x the first" if len(sources) > 1 else ""
        print(f"{src}: median {med:.2f} ms/page, best {min(ts):.2f} ms/page{rel}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
