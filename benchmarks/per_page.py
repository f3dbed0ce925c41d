"""In-process time per page of ``extract()`` over the corpus pages, for this tree and (optionally) a base.

    python benchmarks/per_page.py                      # this checkout
    python benchmarks/per_page.py --base /tmp/base     # and a base checkout (git archive main | tar -x)

Each tree runs in its own fresh process (``PYTHONPATH=TREE/src``): every page is read once to warm
up (jieba's tables, the divisions table), then all pages are extracted ``--repeat`` times and the
best total is kept. Times are the process's CPU time, which other processes on a shared machine
disturb less than the wall clock; the place step (finding each fact's place) is also timed on its
own, as a share of the same run, which depends less on the machine's load. The trees alternate
``--rounds`` times so that the machine's drift hits both alike; the median of the rounds is
printed, with the ratio. The first page's one-off cost (loading tables) is printed apart.
Nothing is asserted: speed is only measured here.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus" / "pages"

_CHILD = r"""
import json, sys, time
from pathlib import Path
clock = time.process_time
t0 = clock()
from gov_facts import extract
import gov_facts.run.pipeline as pipeline, gov_facts.facts.engine as engine
spent = [0.0]
def timed(fn):
    def wrapper(*a, **k):
        t = clock()
        try:
            return fn(*a, **k)
        finally:
            spent[0] += clock() - t
    return wrapper
if hasattr(pipeline, "page_place"):  # the place step, where the tree has one
    pipeline.page_place = timed(pipeline.page_place)
    engine.locate = timed(engine.locate)
pages = [p.read_bytes() for p in sorted(Path(sys.argv[1]).glob("*.html"))]
t1 = clock()
extract(pages[0], "first")
first = clock() - t1
for data in pages:
    extract(data, "warm")
best, place = float("inf"), 0.0
for _ in range(int(sys.argv[2])):
    spent[0] = 0.0
    t = clock()
    for data in pages:
        extract(data, "page")
    took = clock() - t
    if took < best:
        best, place = took, spent[0]
print(json.dumps({"pages": len(pages), "best": best, "place": place, "first": first, "import": t1 - t0}))
"""


def run(tree: Path, repeat: int) -> dict[str, float]:
    env = dict(os.environ, PYTHONPATH=str(tree / "src"))
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, str(CORPUS), str(repeat)], env=env, capture_output=True, check=True
    )
    result: dict[str, float] = json.loads(out.stdout)
    return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--base", type=Path, help="a base checkout to compare with")
    ap.add_argument("--repeat", type=int, default=3, help="passes over the pages per process (best kept)")
    ap.add_argument("--rounds", type=int, default=3, help="fresh processes per tree, alternating")
    args = ap.parse_args(argv)
    trees = {"this": REPO} | ({"base": args.base} if args.base else {})
    results: dict[str, list[dict[str, float]]] = {name: [] for name in trees}
    for _ in range(args.rounds):
        for name, tree in trees.items():
            results[name].append(run(tree, args.repeat))
    ms: dict[str, float] = {}
    for name, rs in results.items():
        n = rs[0]["pages"]
        ms[name] = statistics.median(r["best"] for r in rs) / n * 1000
        first = statistics.median(r["first"] for r in rs)
        place = statistics.median(r["place"] / r["best"] for r in rs)
        share = f"; place step {place * ms[name]:.2f} ms/page ({place * 100:.1f}%)" if place else ""
        print(f"{name}: {ms[name]:.2f} ms/page CPU over {n:.0f} pages (median of {len(rs)} rounds); "
              f"first page {first * 1000:.0f} ms{share}")  # fmt: skip
    if "base" in ms:
        ratio = ms["this"] / ms["base"]
        print(f"this / base: {ratio:.3f} ({(ratio - 1) * 100:+.1f}% per page)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
