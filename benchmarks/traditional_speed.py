"""What traditional script costs the fact stage: the corpus texts, and the same texts in traditional.

    python benchmarks/traditional_speed.py              # 7 rounds over the corpus texts
    python benchmarks/traditional_speed.py --rounds 15

The page stage runs once, untimed, to get each corpus page's body text, publish date and title.
Each text is then made traditional with OpenCC (``s2tw``: Taiwan, ``s2hk``: Hong Kong), untimed.
Timed, in this process, after one untimed warm-up round: ``find_facts`` over all simplified
texts, over all Taiwan and over all Hong Kong versions, the rounds interleaved so that the machine's
drift is shared; the figure per set is the median round, in CPU time of this process (the machine
is shared). Also timed alone: the check a simplified text pays (does it hold a traditional
character?) and the conversion a traditional text pays.

Run the same command against another checkout (``PYTHONPATH=other/src``) to compare versions: the
script uses only the public ``find_facts`` and OpenCC. Timings are only ever taken here, never
asserted in tests.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date

from fact_stage import CORPUS  # the shared corpus, found from a worktree too

Text = tuple[str, date | None, str | None]


def corpus_texts() -> list[Text]:
    """Body text, publish day and title of every corpus page that has an article."""
    from gov_facts import extract
    from gov_facts.core.errors import GovFactsError

    texts: list[Text] = []
    for page in sorted(CORPUS.glob("*.html")):
        try:
            doc = extract(page.read_bytes(), page.name)
        except GovFactsError:
            continue
        day = date.fromisoformat(doc.published_at[:10]) if doc.published_at else None
        texts.append((doc.text, day, doc.title))
    if not texts:
        sys.exit(f"no corpus pages in {CORPUS} (the benchmark needs ../shared)")
    return texts


def traditional(texts: list[Text], config: str) -> list[Text]:
    import opencc

    convert = opencc.OpenCC(config).convert
    return [(str(convert(t)), day, str(convert(title)) if title else None) for t, day, title in texts]


def timed(fn: Callable[[], object]) -> float:
    """CPU seconds of this process: on a shared machine, less disturbed by other work than wall time."""
    start = time.process_time()
    fn()
    return time.process_time() - start


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()

    from gov_facts.facts.engine import find_facts
    from gov_facts.rules.patterns import load_patterns

    patterns = load_patterns()
    sets = {"simplified": corpus_texts()}
    sets["taiwan (s2tw)"] = traditional(sets["simplified"], "s2tw")
    sets["hong kong (s2hk)"] = traditional(sets["simplified"], "s2hk")
    chars = sum(len(t) for t, _, _ in sets["simplified"])

    def run(texts: list[Text]) -> int:
        return sum(len(find_facts(t, patterns, day, title)[0]) for t, day, title in texts)

    facts = {name: run(texts) for name, texts in sets.items()}  # warm-up: jieba, caches, OpenCC
    rounds: dict[str, list[float]] = {name: [] for name in sets}
    for _ in range(args.rounds):
        for name, texts in sets.items():
            rounds[name].append(timed(lambda texts=texts: run(texts)))

    print(f"{len(sets['simplified'])} corpus texts, {chars:,} characters; median of {args.rounds} rounds")
    base = statistics.median(rounds["simplified"])
    for name, times in rounds.items():
        med = statistics.median(times)
        spread = f"{min(times) * 1000:.0f}-{max(times) * 1000:.0f}"  # CPU ms
        print(
            f"  find_facts {name:18s} {med * 1000:8.1f} ms (range {spread} ms), {facts[name]} facts, "
            f"{med / base:.3f}x simplified"
        )
    try:
        from gov_facts.facts.shadow import converter, holds_traditional, traditional_table
    except ImportError:  # a checkout from before the shadow
        return
    table = traditional_table(patterns.script)
    simplified = [t for t, _, _ in sets["simplified"]]
    taiwan = [t for t, _, _ in sets["taiwan (s2tw)"]]
    check = min(timed(lambda: [holds_traditional(t, table) for t in simplified]) for _ in range(args.rounds))
    convert = converter()
    conversion = min(timed(lambda: [convert(t) for t in taiwan]) for _ in range(args.rounds))
    for what, seconds in (("check a simplified", check), ("conversion a traditional", conversion)):
        print(f"  the {what} text pays: {seconds * 1000:.2f} ms for all ({seconds / base:.2%} of the stage)")


if __name__ == "__main__":
    main()
