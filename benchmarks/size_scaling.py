#!/usr/bin/env python3
"""Time against page size: one page of ordinary paragraphs, from 100 KB to 4 MB.

    python benchmarks/size_scaling.py                       # 100 KB .. 4 MB, this checkout
    python benchmarks/size_scaling.py --sizes 100,500,1000  # KB
    python benchmarks/size_scaling.py --write DIR           # also save the pages (to run the CLI on)

The pages are made of the paragraphs of the corpus pages' article texts (the held-out pages
015, 016, 022, 030, 032 and 035 left out), shuffled once with a fixed seed so that any stretch
of a page is like any other, each wrapped in ``<p>`` inside one article ``<div>``. A page longer
than all the paragraphs together repeats them with the digits of each round rotated (1 -> 2,
2 -> 3, ...), so that no figure is read twice. Each page goes through the stages in one process
(decode, page, facts, record) and each stage is timed in CPU time; the table gives seconds,
milliseconds per 100 KB of page and how many times the time of the smallest page each one
costs next to how many times its size. A straight line is a constant ms per 100 KB; the last
line fits time = c * size^k over all sizes (k = 1 is linear, k = 2 quadratic).

The stages are timed as :func:`gov_facts.extract` runs them, with automatic garbage collection
held off (``run/collector.py``); ``gc s`` is the collector's time in the record stage, where the
collections the page put off happen. ``--collector cli`` (the default) sets the collector as
``gov-facts extract``'s workers do (thresholds 20,000/20/50, the warmed-up heap frozen);
``--collector default`` leaves Python's, as a library caller has it.

Timings are only ever taken here, never asserted in tests.
"""

from __future__ import annotations

import argparse
import gc
import html
import json
import math
import os
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus" / "pages"
HELD_OUT = {"015", "016", "022", "030", "032", "035"}
SIZES_KB = (100, 250, 500, 1000, 2000, 4000)


def paragraphs() -> list[str]:
    """The article paragraphs of the corpus pages (held-out pages aside), shuffled once."""
    from gov_facts import extract
    from gov_facts.core.errors import GovFactsError

    found: list[str] = []
    for page in sorted(CORPUS.glob("*.html")):
        if page.stem in HELD_OUT:
            continue
        try:
            doc = extract(page.read_bytes(), str(page))
        except GovFactsError:
            continue
        found += [p for p in doc.text.split("\n") if len(p) >= 20]
    random.Random(18).shuffle(found)
    return found


def page_of(paras: list[str], size: int) -> bytes:
    """An HTML page of about ``size`` bytes of paragraphs."""
    head = (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>统计资料汇编_示例网</title>"
        "<meta name='PubDate' content='2023-05-04 10:00'></head><body>"
        "<div class='nav'><a href='/'>首页</a> <a href='/a'>新闻</a></div>"
        "<h1>统计资料汇编</h1><div class='article'>\n"
    )
    tail = "</div><div class='footer'>版权所有 示例网</div></body></html>\n"
    parts = [head]
    n = len(head.encode()) + len(tail.encode())
    i = 0
    while n < size:
        p = paras[i % len(paras)]
        k = i // len(paras) % 10
        if k:
            p = p.translate(str.maketrans("0123456789", "0123456789"[k:] + "0123456789"[:k]))
        line = f"<p>{html.escape(p)}</p>\n"
        parts.append(line)
        n += len(line.encode())
        i += 1
    parts.append(tail)
    return "".join(parts).encode()


def measure(data: bytes) -> dict[str, float]:
    """CPU seconds of each stage for one page, and what it found."""
    import orjson

    from gov_facts.facts.engine import find_facts
    from gov_facts.page.reader import read_article
    from gov_facts.read.decode import decode_bytes
    from gov_facts.rules.patterns import load_patterns
    from gov_facts.run.collector import collector_paused
    from gov_facts.run.pipeline import extract

    patterns = load_patterns()
    clock = time.process_time
    collected = _collector_clock()
    with collector_paused():  # as extract() runs the stages
        t0 = clock()
        decoded = decode_bytes(data)
        t1 = clock()
        content = read_article(decoded.text, patterns)
        t2 = clock()
        facts, _, _ = find_facts(content.text, patterns, content.published.day if content.published else None)
        t3 = clock()
    found = len(facts)
    del facts  # not kept alive while the page is read again
    doc = extract(data, "page.html", patterns=patterns)  # untimed: the Document to serialize
    gc_before = collected()
    t4 = clock()
    orjson.dumps(doc.to_dict())
    t5 = clock()
    return {
        "decode": t1 - t0,
        "page": t2 - t1,
        "facts": t3 - t2,
        "record": t5 - t4,
        "gc": collected() - gc_before,
        "chars": len(content.text),
        "facts_found": found,
    }


def _collector_clock() -> Callable[[], float]:
    """CPU seconds spent in the garbage collector so far (a callback counts them)."""
    if not _GC_SPENT:
        _GC_SPENT.append(0.0)
        start = [0.0]

        def note(phase: str, _info: dict[str, int]) -> None:
            if phase == "start":
                start[0] = time.process_time()
            else:
                _GC_SPENT[0] += time.process_time() - start[0]

        gc.callbacks.append(note)
    return lambda: _GC_SPENT[0]


_GC_SPENT: list[float] = []


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--sizes", default=",".join(map(str, SIZES_KB)), help="page sizes in KB")
    ap.add_argument("--write", type=Path, help="save the pages in this folder")
    ap.add_argument(
        "--collector",
        choices=("cli", "default"),
        default="cli",
        help="the garbage collector as gov-facts extract's workers set it (cli) or Python's defaults",
    )
    args = ap.parse_args(argv)
    if not CORPUS.is_dir():
        sys.exit(f"size_scaling: no corpus at {CORPUS} (the benchmark needs ../shared)")
    sizes = [int(s) for s in args.sizes.split(",")]
    paras = paragraphs()
    measure(page_of(paras, 20_000))  # warm-up: jieba, compiled rules
    if args.collector == "cli":  # as a worker of ``gov-facts extract`` runs (run/pool.py)
        gc.set_threshold(20_000, 20, 50)
        gc.collect()
        gc.freeze()
    print(
        f"{len(paras)} paragraphs; {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f};"
        f" Python {sys.version.split()[0]}; collector: {args.collector}"
    )
    stages = ("decode", "page", "facts", "record")
    print(
        f"{'KB':>6} {'chars':>9} {'facts':>7} "
        + " ".join(f"{s + ' s':>9}" for s in stages)
        + f" {'total s':>9} {'ms/100KB':>9} {'x time':>7} {'x size':>7} {'gc s':>6}"
    )
    rows = []
    for kb in sizes:
        data = page_of(paras, kb * 1000)
        if args.write:
            args.write.mkdir(parents=True, exist_ok=True)
            (args.write / f"size-{kb:05d}kb.html").write_bytes(data)
        got = measure(data)
        total = sum(got[s] for s in stages)
        rows.append((len(data), total))
        base_size, base_total = rows[0]
        print(
            f"{kb:>6} {got['chars']:>9.0f} {got['facts_found']:>7.0f} "
            + " ".join(f"{got[s]:>9.2f}" for s in stages)
            + f" {total:>9.2f} {total * 1000 / (len(data) / 100_000):>9.1f}"
            + f" {total / base_total:>7.1f} {len(data) / base_size:>7.1f} {got['gc']:>6.2f}",
            flush=True,
        )
    if len(rows) >= 2:
        xs = [math.log(s) for s, _ in rows]
        ys = [math.log(t) for _, t in rows]
        mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
        k = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum((x - mx) ** 2 for x in xs)
        print(f"fit: time ~ size^{k:.2f} (1.00 is a straight line)")
    print(json.dumps({"sizes_kb": sizes, "seconds": [round(t, 3) for _, t in rows]}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
