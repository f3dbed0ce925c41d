"""Time the fact stage's whole-text scans on their own: normalize, the set-phrase matcher, NUM_RE.

    python benchmarks/regex_scans.py                        # this checkout
    python benchmarks/regex_scans.py --compare OTHER/src    # and another, in alternating rounds

Each corpus page is extracted once (untimed) for its article text; then each scan runs over every
text ``--passes`` times and the median, in CPU ms a page (``time.process_time``), is printed. With
``--compare`` each round runs both trees in fresh processes (``PYTHONPATH``), in turns, and the
medians of the rounds are printed side by side. Timings are only ever taken here, never asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / ".." / "shared" / "corpus" / "pages"


def measure(passes: int) -> dict[str, float]:
    """Median CPU ms a page of each scan, in this process."""
    from gov_facts import extract
    from gov_facts.facts.phrases import blocked_spans, phrase_matcher
    from gov_facts.facts.text import NUM_RE, normalize
    from gov_facts.rules.patterns import load_patterns

    texts = []
    for page in sorted(CORPUS.glob("*.html")):
        try:
            texts.append(extract(page.read_bytes(), str(page)).text)
        except Exception:  # a page without an article has no fact stage
            continue
    norms = [normalize(t) for t in texts]
    matcher = phrase_matcher(load_patterns().rules)

    def numbers() -> None:
        for norm in norms:
            for _ in NUM_RE.finditer(norm):
                pass

    scans: dict[str, Callable[[], object]] = {
        "normalize": lambda: [normalize(t) for t in texts],
        "blocked_spans": lambda: [blocked_spans(n, matcher) for n in norms],
        "NUM_RE.finditer": numbers,
    }
    out = {}
    for name, scan in scans.items():
        times = []
        for _ in range(passes):
            started = time.process_time()
            scan()
            times.append(time.process_time() - started)
        out[name] = statistics.median(times) * 1000 / len(texts)
    return out


def _child(src: str, passes: int) -> dict[str, float]:
    env = dict(os.environ, PYTHONPATH=src)
    cmd = [sys.executable, __file__, "--passes", str(passes), "--json"]
    done = subprocess.run(cmd, env=env, check=True, capture_output=True, text=True, cwd="/")
    return json.loads(done.stdout)  # type: ignore[no-any-return]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--passes", type=int, default=11, help="timed passes of each scan (default 11)")
    ap.add_argument("--compare", help="another source tree (its src/ folder), timed in turns")
    ap.add_argument("--rounds", type=int, default=7, help="with --compare: rounds (default 7)")
    ap.add_argument("--json", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.json or not args.compare:
        result = measure(args.passes)
        print(
            json.dumps(result)
            if args.json
            else "\n".join(f"{k:18} {v:.4f} ms/page" for k, v in result.items())
        )
        return 0
    trees = {"other": args.compare, "this": str(REPO / "src")}
    runs: dict[str, list[dict[str, float]]] = {name: [] for name in trees}
    for _ in range(args.rounds):
        for name, src in trees.items():
            runs[name].append(_child(src, args.passes))
    print(f"CPU ms a page, median of {args.rounds} rounds; load average {os.getloadavg()[0]:.1f}")
    print(f"{'scan':18} {'other':>8} {'this':>8}")
    for scan in runs["this"][0]:
        other, this = (statistics.median(r[scan] for r in runs[name]) for name in trees)
        print(f"{scan:18} {other:8.4f} {this:8.4f} {this / other:6.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
