#!/usr/bin/env python3
"""Article bodies of gov-facts, trafilatura and GNE against annotated bodies: character-bigram F1.

    python benchmarks/body_compare.py                    # ../shared/eval/gold and tests/data/pages
    python benchmarks/body_compare.py DIR [DIR ...]      # other folders of NAME.body.txt
    python benchmarks/body_compare.py --json             # rows as JSON

A page is scored when a folder holds ``NAME.body.txt`` (the body as an annotator
judged it) and either ``NAME.json`` whose ``page`` names the page under the
shared folder (the shared gold) or the page itself beside it (``NAME.html``,
``.htm`` or ``.txt``). Each page is decoded once, untimed, by gov-facts'
decoder, and the same ``str`` goes to each tool: gov-facts' record ``text``,
``trafilatura.extract`` (defaults) and GNE's ``content``. A plain-text dump is
not HTML: the peers are n/a on it and left out of their means.

The score is the F1 of character bigrams (a multiset: each bigram counts as
often as it occurs), with every whitespace removed and full-width forms folded
(NFKC) on both sides, so line breaks and spacing never count. A tool that
raises, or returns nothing, scores 0 on that page.

Timings are never taken here; ``throughput.py`` and ``page_speed.py`` time.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import re
import statistics
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
DEFAULT_DIRS = (SHARED / "eval" / "gold", REPO / "tests" / "data" / "pages")
PAGE_SUFFIXES = (".html", ".htm", ".txt")
_SPACE = re.compile(r"\s+")

Extractor = Callable[[str, str], str]


def bigrams(text: str) -> Counter[str]:
    """The character bigrams of ``text`` without whitespace, width folded."""
    s = _SPACE.sub("", unicodedata.normalize("NFKC", text))
    return Counter(s[i : i + 2] for i in range(len(s) - 1))


def bigram_f1(pred: str, gold: str) -> float:
    """F1 of the two texts' character-bigram multisets (1.0 when both are empty)."""
    p, g = bigrams(pred), bigrams(gold)
    total = sum(p.values()) + sum(g.values())
    if total == 0:
        return 1.0
    return 2 * sum((p & g).values()) / total


@dataclass
class Case:
    """One annotated page: its name, its path and the annotated body."""

    name: str
    group: str
    page: Path
    body: str

    @property
    def is_html(self) -> bool:
        return self.page.suffix.lower() != ".txt"


def find_cases(dirs: list[Path], shared: Path) -> list[Case]:
    """Every ``NAME.body.txt`` with a page to read, in folder then name order."""
    cases: list[Case] = []
    for folder in dirs:
        for body in sorted(folder.glob("*.body.txt")):
            name = body.name[: -len(".body.txt")]
            page: Path | None = None
            meta = folder / f"{name}.json"
            if meta.is_file():
                rel = json.loads(meta.read_text(encoding="utf-8")).get("page")
                page = shared / rel if rel else None
            if page is None or not page.is_file():
                page = next(
                    (folder / f"{name}{s}" for s in PAGE_SUFFIXES if (folder / f"{name}{s}").is_file()), None
                )
            if page is None:
                print(f"body_compare: {body}: no page beside it or named by {meta.name}", file=sys.stderr)
                continue
            cases.append(Case(name, folder.name, page, body.read_text(encoding="utf-8")))
    return cases


def make_gov_facts() -> Extractor:
    import gov_facts

    def run(text: str, name: str) -> str:
        return gov_facts.extract(text, name).text

    return run


def make_trafilatura() -> Extractor:
    import trafilatura

    def run(text: str, name: str) -> str:
        return trafilatura.extract(text) or ""

    return run


def make_gne() -> Extractor:
    from gne import GeneralNewsExtractor

    extractor = GeneralNewsExtractor()

    def run(text: str, name: str) -> str:
        return str(extractor.extract(text).get("content") or "")

    return run


@dataclass
class Tool:
    name: str
    run: Extractor
    html_only: bool
    scores: dict[str, float | None] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)


def score_all(cases: list[Case], tools: list[Tool]) -> None:
    from gov_facts.read.decode import decode_bytes

    for case in cases:
        text = decode_bytes(case.page.read_bytes()).text
        key = f"{case.group}/{case.name}"
        for tool in tools:
            if tool.html_only and not case.is_html:
                tool.scores[key] = None
                continue
            try:
                # the peers print warnings of their own; the table is what this prints
                with contextlib.redirect_stderr(io.StringIO()):
                    pred = tool.run(text, case.page.name)
            except Exception as exc:  # a tool that raises scores 0 on the page
                tool.errors[key] = f"{type(exc).__name__}: {exc}"[:120]
                pred = ""
            tool.scores[key] = bigram_f1(pred, case.body)


def _mean(values: list[float]) -> str:
    return f"{statistics.mean(values):.3f}" if values else "n/a"


def table(cases: list[Case], tools: list[Tool]) -> str:
    head = ["page", "chars", *(t.name for t in tools)]
    lines = ["| " + " | ".join(head) + " |", "|" + "|".join(["---", "---:"] + ["---:"] * len(tools)) + "|"]
    groups: dict[str, list[str]] = {}
    for case in cases:
        key = f"{case.group}/{case.name}"
        groups.setdefault(case.group, []).append(key)
        cells = [key, str(len(_SPACE.sub("", case.body)))]
        for t in tools:
            v = t.scores.get(key)
            cells.append("n/a" if v is None else f"{v:.3f}" + (" (error)" if key in t.errors else ""))
        lines.append("| " + " | ".join(cells) + " |")
    for group, keys in [*groups.items(), ("all", [k for ks in groups.values() for k in ks])]:
        if group != "all" and len(groups) == 1:
            continue
        cells = [f"**mean {group}**", ""]
        for t in tools:
            vals = [v for k in keys if (v := t.scores.get(k)) is not None]
            low = sum(1 for v in vals if v < 0.8)
            cells.append(f"**{_mean(vals)}**" + (f" ({low} < 0.80)" if low else ""))
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument(
        "dirs", nargs="*", type=Path, help="folders of NAME.body.txt (default: shared gold, tests/data/pages)"
    )
    ap.add_argument(
        "--shared", type=Path, default=SHARED, help="the shared folder the gold's page paths are under"
    )
    ap.add_argument("--no-peers", action="store_true", help="gov-facts only")
    ap.add_argument("--json", action="store_true", help="print the scores as JSON")
    args = ap.parse_args(argv)
    dirs = [d for d in (args.dirs or list(DEFAULT_DIRS)) if d.is_dir()]
    cases = find_cases(dirs, args.shared.resolve())
    if not cases:
        sys.exit(f"body_compare: no NAME.body.txt with a page in {', '.join(map(str, dirs)) or 'no folder'}")
    tools = [Tool("gov-facts", make_gov_facts(), html_only=False)]
    if not args.no_peers:
        tools += [
            Tool("trafilatura", make_trafilatura(), html_only=True),
            Tool("GNE", make_gne(), html_only=True),
        ]
    score_all(cases, tools)
    if args.json:
        print(json.dumps({t.name: {"scores": t.scores, "errors": t.errors} for t in tools}, indent=1))
        return 0
    print(table(cases, tools))
    for t in tools:
        for key, err in t.errors.items():
            print(f"- {t.name} raised on {key}: {err}")
    print("\ncharacter-bigram F1 against the annotated body (whitespace removed, NFKC); n/a: not HTML")
    return 0


if __name__ == "__main__":
    sys.exit(main())
