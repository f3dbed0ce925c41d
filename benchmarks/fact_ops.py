"""Count the Python bytecode operations and calls of each function of the fact stage in one warm
pass of ``find_facts`` over the corpus texts, and compare two trees function by function.

    python benchmarks/fact_ops.py --compare OTHER/src   # this checkout against another

Unlike timings (and cProfile's, which a collection or a busy machine moves between functions run to
run), the counts are the same on every run: a rule added to every figure shows as its own calls and
operations, and a change that spares work shows as fewer. Operations are not instructions (a regex
search or a dict lookup is one operation); valgrind's count (benchmarks/README.md) is the total.
Tracing every operation makes a pass about 100 times slower (a minute or two a tree).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from collections import Counter
from types import FrameType
from typing import Any

from fact_stage import CORPUS


def count() -> dict[str, dict[str, int]]:
    """Operations and calls per function (file:name) of one warm pass, in this process."""
    from datetime import date

    from gov_facts import extract
    from gov_facts.facts.engine import find_facts
    from gov_facts.rules.patterns import load_patterns

    patterns = load_patterns()
    docs = []
    for page in sorted(CORPUS.glob("*.html")):
        try:
            doc = extract(page.read_bytes(), str(page))
        except Exception:  # a page without an article has no fact stage
            continue
        published = date.fromisoformat(doc.published_at[:10]) if doc.published_at else None
        docs.append((doc.text, published, doc.title))
    for text, published, title in docs:  # warm-up
        find_facts(text, patterns, published, title=title)
    ops: Counter[str] = Counter()
    calls: Counter[str] = Counter()

    def tracer(frame: FrameType, event: str, _arg: Any) -> Any:
        key = frame.f_code.co_filename.split("/src/")[-1] + ":" + frame.f_code.co_name
        if event == "call":
            calls[key] += 1
            frame.f_trace_opcodes = True
            frame.f_trace_lines = False
        elif event == "opcode":
            ops[key] += 1
        return tracer

    sys.settrace(tracer)
    try:
        for text, published, title in docs:
            find_facts(text, patterns, published, title=title)
    finally:
        sys.settrace(None)
    return {"ops": dict(ops), "calls": dict(calls)}


def _child(src: str) -> dict[str, dict[str, int]]:
    out = subprocess.run(
        [sys.executable, __file__, "--json"],
        env=dict(os.environ, PYTHONPATH=src),
        check=True,
        capture_output=True,
        text=True,
        cwd=os.path.dirname(os.path.abspath(__file__)),
    )
    result: dict[str, dict[str, int]] = json.loads(out.stdout)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--compare", help="another source tree (its src/ folder)")
    parser.add_argument("--most", type=int, default=25, help="rows of the largest changes (default 25)")
    parser.add_argument("--json", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.json:
        print(json.dumps(count()))
        return 0
    here = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "src")
    this = _child(here)
    other = _child(args.compare) if args.compare else {"ops": {}, "calls": {}}
    print(f"ops {sum(other['ops'].values())} -> {sum(this['ops'].values())}, calls "
          f"{sum(other['calls'].values())} -> {sum(this['calls'].values())}")  # fmt: skip
    keys = set(this["ops"]) | set(other["ops"])

    def change(k: str) -> int:
        return this["ops"].get(k, 0) - other["ops"].get(k, 0)

    for k in sorted(keys, key=lambda k: -abs(change(k)))[: args.most]:
        print(f"{change(k):+9d} ops  calls {other['calls'].get(k, 0)} -> {this['calls'].get(k, 0)}  {k}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
