"""jieba.posseg against rjieba (jieba-rs) as the fact stage's tagger: speed and accuracy in one run.

    python benchmarks/tagger_compare.py        # --rounds 5, --taggers jieba,rjieba-dag,rjieba,rjieba-fix

Each tagger is chosen by ``GOV_FACTS_TAGGER`` (``facts/rs_tagger.py``) in a fresh process of its
own; the processes of the taggers take turns (``--rounds``), so all see the same machine load.

Speed, CPU time (``time.process_time``), medians of the rounds over the 37 corpus pages:
``facts new``: ``find_facts`` over every page's text with the tagger's kept readings emptied
before each page (a page never seen, as in an archive of different pages); ``facts warm``: the
same with them kept (the pages repeat from the second pass on, as in ``fact_stage.py``);
``pipeline new``: ``extract()`` of each page's bytes, the kept readings emptied before each.

Accuracy: ``gov-facts extract`` over the corpus, the seed, ``tests/data/pages``,
``tests/data/invented`` and ``samples`` with each tagger, scored by the shared scorer
(``../shared/eval/score.py --json``) against the shared gold (held-out pages left out),
``tests/data/devgold`` and ``tests/data/invented``; and how many records and facts differ from
the first tagger's. Timings are only ever taken here, never asserted in tests.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO / ".." / "shared"
GOLD = ("seed", "003", "013", "014", "020", "024", "027", "029", "036")  # not 016, 035: held out
MEASURES = ("facts warm", "facts new", "pipeline new")  # warm first: extract() filled the caches
SCORES = ("precision", "recall", "f1", "unit", "subject", "qualifier", "change", "time", "status", "kind")


def _forget() -> None:
    from gov_facts.facts import tagging

    tagging._tagged.cache_clear()
    tagging._unknown.clear()


def measure() -> dict[str, float]:
    """CPU ms a page of each measure, one pass each, in this process (the child's work)."""
    from gov_facts import extract
    from gov_facts.facts.engine import find_facts
    from gov_facts.rules.patterns import load_patterns

    patterns = load_patterns()
    pages, docs = [], []
    for page in sorted((SHARED / "corpus" / "pages").glob("*.html")):
        raw = page.read_bytes()
        try:
            doc = extract(raw, str(page))
        except Exception:  # a page without an article has no fact stage to time
            continue
        published = date.fromisoformat(doc.published_at[:10]) if doc.published_at else None
        pages.append((raw, str(page)))
        docs.append((doc.text, published, doc.title))
    out: dict[str, float] = {}
    for name in MEASURES:
        spent = 0.0
        for (text, published, title), (raw, path) in zip(docs, pages, strict=True):
            if name != "facts warm":
                _forget()
            started = time.process_time()
            if name == "pipeline new":
                extract(raw, path)
            else:
                find_facts(text, patterns, published, title=title)
            spent += time.process_time() - started
        out[name] = spent * 1000 / len(docs)
    return out


def _child(tagger: str) -> dict[str, float]:
    env = dict(os.environ, GOV_FACTS_TAGGER=tagger)
    cmd = [sys.executable, __file__, "--child"]
    return json.loads(subprocess.run(cmd, env=env, check=True, capture_output=True, text=True).stdout)  # type: ignore[no-any-return]


def _inputs() -> list[str]:
    found: list[Path] = []
    found += sorted((SHARED / "corpus" / "pages").glob("*.html"))
    found += sorted((SHARED / "seed").glob("*"))
    found += sorted((REPO / "tests" / "data" / "pages").glob("*.html"))
    found += sorted((REPO / "tests" / "data" / "invented").glob("*.html"))
    found += sorted((REPO / "samples").glob("*.html"))
    return [str(p) for p in found]


def _golds() -> list[str]:
    golds = [SHARED / "eval" / "gold" / f"{name}.json" for name in GOLD]
    golds += sorted((REPO / "tests" / "data" / "devgold").glob("*.json"))
    golds += sorted((REPO / "tests" / "data" / "invented").glob("*.json"))
    return [str(p) for p in golds]


def accuracy(tagger: str, out: Path) -> dict[str, Any]:
    """Extract the inputs with ``tagger``; the scorer's summary and the records."""
    exe = Path(sys.executable).with_name("gov-facts")
    env = dict(os.environ, GOV_FACTS_TAGGER=tagger)
    # status 1 only says that some inputs are not articles (list and error pages are among them)
    cmd = [str(exe), "extract", "-q", *_inputs(), "-o", str(out)]
    subprocess.run(cmd, env=env, check=False, stderr=subprocess.DEVNULL)
    scored = subprocess.run(
        [sys.executable, str(SHARED / "eval" / "score.py"), str(out), *_golds(), "--json"],
        check=True,
        capture_output=True,
        text=True,
    )
    summary: dict[str, Any] = json.loads(scored.stdout)["summary"]
    summary["records"] = out.read_text(encoding="utf-8").splitlines()
    return summary


def _differ(base: list[str], other: list[str]) -> tuple[int, int, int]:
    """(records that differ, facts that differ in either, facts in base)."""
    records = facts = total = 0
    for a, b in zip(base, other, strict=True):
        ra, rb = json.loads(a), json.loads(b)
        fa = [json.dumps(f, sort_keys=True) for f in ra.get("facts") or []]
        fb = [json.dumps(f, sort_keys=True) for f in rb.get("facts") or []]
        total += len(fa)
        records += a != b
        facts += len(set(fa) ^ set(fb))
    return records, facts, total


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rounds", type=int, default=5, help="timed rounds per tagger, in turns (default 5)")
    ap.add_argument(
        "--taggers", default="jieba,rjieba-dag,rjieba,rjieba-fix", help="comma-separated, first the base"
    )
    ap.add_argument("--no-accuracy", action="store_true", help="speed only")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        print(json.dumps(measure()))
        return 0
    taggers = args.taggers.split(",")
    runs: dict[str, list[dict[str, float]]] = {t: [] for t in taggers}
    for _ in range(args.rounds):
        for tagger in taggers:
            runs[tagger].append(_child(tagger))
    load = os.getloadavg()[0]
    print(f"speed: CPU ms a page, median of {args.rounds} rounds in turns; load average {load:.1f}")
    print(f"{'tagger':<12}" + "".join(f"{m:>14}" for m in MEASURES))
    base = {m: statistics.median(r[m] for r in runs[taggers[0]]) for m in MEASURES}
    for tagger in taggers:
        med = {m: statistics.median(r[m] for r in runs[tagger]) for m in MEASURES}
        cells = "".join(f"{med[m]:>7.2f} {med[m] / base[m]:>5.2f}x" for m in MEASURES)
        print(f"{tagger:<12}{cells}")
    if args.no_accuracy:
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        scores = {t: accuracy(t, Path(tmp) / f"{t}.jsonl") for t in taggers}
    gold_facts = scores[taggers[0]]["gold_facts"]
    print(f"\naccuracy: score.py over {len(_golds())} gold files ({gold_facts} gold facts)")
    print(f"{'tagger':<12}" + "".join(f"{s[:9]:>10}" for s in SCORES) + "   records / facts changed")
    for tagger in taggers:
        s = scores[tagger]
        cells = "".join(f"{'n/a' if s.get(k) is None else format(s[k], '.3f'):>10}" for k in SCORES)
        records, facts, total = _differ(scores[taggers[0]]["records"], s["records"])
        print(f"{tagger:<12}{cells}   {records}/{len(s['records'])} / {facts} of {total}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
