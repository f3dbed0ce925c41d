"""Time the fact stage alone (``find_facts``) in-process on the texts of the corpus pages.

    python benchmarks/fact_stage.py                       # this checkout
    python benchmarks/fact_stage.py --compare OTHER/src   # this checkout and another, alternating
    python benchmarks/fact_stage.py --unseen              # each page as if never seen before

Each page is extracted once (untimed) to get its article text, publish date and title; then
``find_facts`` runs over all texts ``--repeat`` times and the best and median totals are printed
(ms for all pages, ms per page, facts). Times are CPU time of this process (time.process_time),
which a busy shared machine disturbs much less than wall-clock time. With ``--compare`` the two
source trees run in turns in fresh processes (PYTHONPATH), so both see the same machine load; the
last line gives the ratio. With ``--unseen`` the tagger's memory of the windows it tagged and of
jieba's readings of unknown runs is emptied before each page (as for a page of an archive not yet
met; its memory of single words' tags, which any archive repeats, is kept): the repeated passes
otherwise time only pages already tagged.
Timings are only ever taken here, never asserted in tests.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
#: the shared corpus beside the checkout, or beside a folder above it (a worktree in /work/wt/N)
CORPUS = next(
    (d / "shared" / "corpus" / "pages" for d in REPO.parents if (d / "shared" / "corpus" / "pages").is_dir()),
    REPO / ".." / "shared" / "corpus" / "pages",
)


def measure(repeat: int, unseen: bool = False) -> dict[str, float]:
    """Best and median seconds of find_facts over every corpus page's text, in this process."""
    from gov_facts import extract
    from gov_facts.facts import tagging
    from gov_facts.facts.engine import find_facts
    from gov_facts.rules.patterns import load_patterns

    patterns = load_patterns()
    docs = []
    for page in sorted(CORPUS.glob("*.html")):
        try:
            doc = extract(page.read_bytes(), str(page))
        except Exception:  # a page without an article has no fact stage to time
            continue
        published = date.fromisoformat(doc.published_at[:10]) if doc.published_at else None
        docs.append((doc.text, published, doc.title))
    if not docs:
        raise SystemExit(f"no corpus pages with an article in {CORPUS}")
    facts = sum(len(find_facts(t, patterns, p, title=ti)[0]) for t, p, ti in docs)  # warm-up
    times = []
    for _ in range(repeat):
        started = time.process_time()
        for text, published, title in docs:
            if unseen:
                tagging._tagged.cache_clear()
                tagging._unknown.clear()
            find_facts(text, patterns, published, title=title)
        times.append(time.process_time() - started)
    return {"pages": len(docs), "facts": facts, "best": min(times), "median": statistics.median(times)}


def _child(src: str, repeat: int, unseen: bool) -> dict[str, float]:
    env = dict(os.environ, PYTHONPATH=src)
    out = subprocess.run(
        [sys.executable, __file__, "--repeat", str(repeat), "--json", *(["--unseen"] if unseen else [])],
        env=env,
        check=True,
        capture_output=True,
        text=True,
        cwd="/",
    )
    result: dict[str, float] = json.loads(out.stdout)
    return result


def _show(name: str, r: dict[str, float]) -> None:
    print(
        f"{name}: {int(r['pages'])} pages, {int(r['facts'])} facts; "
        f"find_facts best {r['best'] * 1000:.0f} ms ({r['best'] * 1000 / r['pages']:.1f} ms/page), "
        f"median {r['median'] * 1000:.0f} ms"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=5, help="timed passes over all texts (default 5)")
    parser.add_argument("--compare", help="another source tree (its src/ folder) to time in turns")
    parser.add_argument("--rounds", type=int, default=3, help="with --compare: turns each (default 3)")
    parser.add_argument("--unseen", action="store_true", help="empty the tagger's memory before each page")
    parser.add_argument("--json", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.json:
        print(json.dumps(measure(args.repeat, args.unseen)))
        return 0
    if not args.compare:
        _show("this checkout", measure(args.repeat, args.unseen))
        return 0
    here = str(REPO / "src")
    best: dict[str, dict[str, float]] = {}
    for _ in range(args.rounds):
        for name, src in (("other", args.compare), ("this", here)):
            r = _child(src, args.repeat, args.unseen)
            if name not in best or r["best"] < best[name]["best"]:
                best[name] = r
    _show(f"other ({args.compare})", best["other"])
    _show(f"this ({here})", best["this"])
    print(f"this / other: {best['this']['best'] / best['other']['best']:.2f}x the time")
    return 0


if __name__ == "__main__":
    sys.exit(main())
