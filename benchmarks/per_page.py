"""In-process CPU time per page of ``extract()`` over the corpus pages: the place step's cost.

    python benchmarks/per_page.py                      # this checkout: the place step on and off
    python benchmarks/per_page.py --base /tmp/base     # and a base checkout (git archive main | tar -x)

Two measures, because a shared 2-CPU machine blurs timings by a third from run to run:

- **on/off, one process**: every page is read once to warm up (jieba's tables, the divisions
  table), then all pages are extracted ``--rounds`` times with the place step (finding each fact's
  place and the page's) and as many times without it, alternating, in the same process. The
  ratio of the best rounds is the step's cost per page, with the machine's drift the same for both.
- **this tree against a base tree** (``--base``): each in a fresh process (``PYTHONPATH=TREE/src``),
  alternating, ``--rounds`` passes each; the best and the median are printed.

Times are the process's CPU time, which other processes disturb less than the wall clock.
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

from fact_stage import CORPUS  # the shared corpus, found from a worktree too

REPO = Path(__file__).resolve().parents[1]

_CHILD = r"""
import json, sys, time
from pathlib import Path
clock = time.process_time
from gov_facts import extract
import gov_facts.run.pipeline as pipeline, gov_facts.facts.engine as engine
pages = [p.read_bytes() for p in sorted(Path(sys.argv[1]).glob("*.html"))]
rounds, ab = int(sys.argv[2]), sys.argv[3] == "ab"
t = clock()
extract(pages[0], "first")
first = clock() - t
for data in pages:
    extract(data, "warm")
def one_pass():
    t = clock()
    for data in pages:
        extract(data, "page")
    return (clock() - t) / len(pages)
on = (getattr(pipeline, "page_place", None), getattr(engine, "locate", None))
off = (lambda *a, **k: None, lambda *a, **k: None)
times = {"on": [], "off": []}
for r in range(rounds):
    for name in (("on", "off") if r % 2 == 0 else ("off", "on")) if ab else ("on",):
        pipeline.page_place, engine.locate = on if name == "on" else off
        times[name].append(one_pass())
print(json.dumps({"pages": len(pages), "first": first, **times}))
"""


def run(tree: Path, rounds: int, ab: bool) -> dict[str, list[float]]:
    env = dict(os.environ, PYTHONPATH=str(tree / "src"))
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, str(CORPUS), str(rounds), "ab" if ab else "-"],
        env=env,
        capture_output=True,
        check=True,
    )
    result: dict[str, list[float]] = json.loads(out.stdout)
    return result


def _ms(xs: list[float]) -> str:
    return f"best {min(xs) * 1000:.2f}, median {statistics.median(xs) * 1000:.2f} ms/page"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--base", type=Path, help="a base checkout to compare with")
    ap.add_argument("--rounds", type=int, default=8, help="passes over the pages per measure")
    args = ap.parse_args(argv)
    ab = run(REPO, args.rounds, ab=True)
    on, off = ab["on"], ab["off"]
    print(f"place step on:  {_ms(on)} CPU over {len(on)} passes of {ab['pages']} pages")
    print(f"place step off: {_ms(off)}")
    print(f"place step cost: {(min(on) / min(off) - 1) * 100:+.1f}% (best), "
          f"{(statistics.median(on) / statistics.median(off) - 1) * 100:+.1f}% (median)")  # fmt: skip
    if args.base is not None:
        this: list[float] = []
        base: list[float] = []
        for _ in range(max(1, args.rounds // 4)):
            base += run(args.base, 4, ab=False)["on"]
            this += run(REPO, 4, ab=False)["on"]
        print(f"base tree: {_ms(base)}; this tree: {_ms(this)}")
        print(f"this / base: {(min(this) / min(base) - 1) * 100:+.1f}% (best), "
              f"{(statistics.median(this) / statistics.median(base) - 1) * 100:+.1f}% (median)")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
