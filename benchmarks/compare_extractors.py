#!/usr/bin/env python3
"""Compare gov-facts with GNE and trafilatura on the gold pages (issue 3).

    python benchmarks/compare_extractors.py [--shared DIR] [--repeat 5] [--json]

For every gold file in ``SHARED/eval/gold/*.json`` each extractor reads the
page and is checked on title, published_at, source and body, using the shared
``score.py`` (imported, not copied) so normalization is exactly the scorer's:
meta values are compared after whitespace removal and width folding,
published_at to the precision of the gold, and the body by the gold's
starts_with / ends_with / must_contain / must_not_contain checks.

Fairness rules:

* The page bytes are decoded once, outside the timing, with gov-facts' own
  decoder (``gov_facts.decode.decode_bytes``); the same ``str`` is handed to
  all three extractors (``gov_facts.extract`` accepts a ``str`` as already
  decoded), so no tool is timed on, or helped by, decoding.
* One untimed warm-up call per extractor and page produces the result that is
  scored; then ``--repeat`` timed calls give the median ms/page.
* Peers' fields are mapped to the closest gov-facts field: GNE ``title`` /
  ``publish_time`` / ``content`` (GNE has no source field: n/a); trafilatura
  ``title`` / ``date`` / ``sitename`` (falling back to ``hostname``) / ``text``.
  The peers' date strings are put into ISO form (``2019年6月15日 08:18`` ->
  ``2019-06-15T08:18``) before scoring, so they are not failed on format alone.
* The seed is a plain-text dump, not HTML: GNE and trafilatura are n/a on it
  and their summary rows leave it out (gov-facts' summary includes it; a
  second gov-facts summary over the HTML pages only is printed too).
* An extractor that raises on a page fails every check on that page; the
  error is listed under the table.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SHARED = REPO.parent / "shared"
CHECKED = ("title", "published_at", "source")

Record = dict[str, Any]
Extractor = Callable[[str, str], Record]


def load_score(shared: Path) -> ModuleType:
    """The shared scorer module, or exit saying where it was looked for."""
    eval_dir = shared / "eval"
    if not (eval_dir / "score.py").is_file() or not (eval_dir / "gold").is_dir():
        sys.exit(
            f"compare_extractors: no shared eval data at {shared} "
            f"(need {eval_dir / 'score.py'} and {eval_dir / 'gold'}/); pass --shared DIR"
        )
    sys.path.insert(0, str(eval_dir))
    import score  # type: ignore[import-not-found]

    return score  # type: ignore[no-any-return]


_DATE = re.compile(
    r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"
    r"(?:\s*T?\s*(\d{1,2})\s*[:：时]\s*(\d{1,2})(?:\s*[:：分]\s*(\d{1,2}))?)?"
)


def iso_datetime(value: object) -> str | None:
    """A peer's date string in ISO form, as precise as it was given; None if no date."""
    if value is None:
        return None
    m = _DATE.search(str(value))
    if not m:
        return str(value).strip() or None
    y, mo, d, h, mi, s = m.groups()
    out = f"{y}-{int(mo):02d}-{int(d):02d}"
    if h is not None and mi is not None:
        out += f"T{int(h):02d}:{int(mi):02d}"
        if s is not None:
            out += f":{int(s):02d}"
    return out


def make_gov_facts() -> Extractor:
    import gov_facts

    def run(text: str, name: str) -> Record:
        doc = gov_facts.extract(text, name)
        return {"title": doc.title, "published_at": doc.published_at, "source": doc.source, "text": doc.text}

    return run


def make_gne() -> Extractor:
    from gne import GeneralNewsExtractor

    extractor = GeneralNewsExtractor()

    def run(text: str, name: str) -> Record:
        r = extractor.extract(text)
        return {
            "title": r.get("title"),
            "published_at": iso_datetime(r.get("publish_time")),
            "source": None,
            "text": r.get("content") or "",
        }

    return run


def make_trafilatura(with_time: bool) -> Extractor:
    import trafilatura
    from trafilatura.settings import set_date_params

    date_params = set_date_params() | ({"outputformat": "%Y-%m-%d %H:%M"} if with_time else {})

    def run(text: str, name: str) -> Record:
        r = trafilatura.bare_extraction(text, with_metadata=True, date_extraction_params=date_params)
        if r is None:
            return {"title": None, "published_at": None, "source": None, "text": ""}
        return {
            "title": r.title,
            "published_at": iso_datetime(r.date),
            "source": r.sitename or r.hostname,
            "text": r.text or "",
        }

    return run


@dataclass
class Tool:
    name: str
    run: Extractor
    html_only: bool
    has_source: bool


@dataclass
class Row:
    tool: str
    page: str
    na: bool = False
    error: str | None = None
    meta: dict[str, bool | None] = field(default_factory=dict)
    body: tuple[int, int] = (0, 0)
    ms: float | None = None


def run_one(tool: Tool, text: str, name: str, gold: dict[str, Any], score: ModuleType, repeat: int) -> Row:
    row = Row(tool.name, name)
    try:
        rec = tool.run(text, name)
        times = []
        for _ in range(repeat):
            t0 = time.perf_counter()
            tool.run(text, name)
            times.append((time.perf_counter() - t0) * 1000)
        row.ms = statistics.median(times) if times else None
    except Exception as exc:  # an extractor raising counts as failing the page
        row.error = f"{type(exc).__name__}: {exc}"[:160]
        rec = {"title": None, "published_at": None, "source": None, "text": ""}
    scored = score.score_page(rec, gold)
    meta = scored["meta"]
    row.meta = {f: (None if f == "source" and not tool.has_source else bool(meta.get(f))) for f in CHECKED}
    if row.error is not None:
        row.meta = {f: (None if v is None else False) for f, v in row.meta.items()}
    row.body = (scored["body"][0], scored["body"][1]) if row.error is None else (0, scored["body"][1])
    return row


def mark(v: bool | None) -> str:
    return "n/a" if v is None else ("ok" if v else "FAIL")


def frac(a: int, b: int) -> str:
    return f"{a}/{b}" if b else "n/a"


def summary(tool: str, rows: list[Row], label: str) -> list[str]:
    scored = [r for r in rows if not r.na]
    cells = [f"**{tool}**", f"**{label}**"]
    for f in CHECKED:
        vals = [r.meta[f] for r in scored if r.meta.get(f) is not None]
        cells.append(f"**{frac(sum(bool(v) for v in vals), len(vals))}**" if vals else "n/a")
    bp = sum(r.body[0] for r in scored)
    bt = sum(r.body[1] for r in scored)
    cells.append(f"**{frac(bp, bt)}**" + (f" ({bp / bt:.0%})" if bt else ""))
    ms = [r.ms for r in scored if r.ms is not None]
    cells.append(f"**{statistics.mean(ms):.1f}**" if ms else "n/a")
    return cells


def table(rows: list[Row], tools: list[Tool], html_pages: set[str]) -> str:
    head = ["extractor", "page", *CHECKED, "body checks", "ms/page"]
    lines = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
    for t in tools:
        mine = [r for r in rows if r.tool == t.name]
        for r in mine:
            if r.na:
                cells = [t.name, r.page, "n/a", "n/a", "n/a", "n/a (not HTML)", "n/a"]
            else:
                body = frac(*r.body) + (" (error)" if r.error else "")
                ms = f"{r.ms:.1f}" if r.ms is not None else "—"
                cells = [t.name, r.page, *(mark(r.meta[f]) for f in CHECKED), body, ms]
            lines.append("| " + " | ".join(cells) + " |")
        scored = [r for r in mine if not r.na]
        lines.append("| " + " | ".join(summary(t.name, scored, f"all {len(scored)}")) + " |")
        if not t.html_only and any(r.page not in html_pages for r in scored):
            html = [r for r in scored if r.page in html_pages]
            lines.append("| " + " | ".join(summary(t.name, html, f"HTML {len(html)}")) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument(
        "--shared", type=Path, default=DEFAULT_SHARED, help="the shared dir (eval/, corpus/, seed/)"
    )
    ap.add_argument("--repeat", type=int, default=5, help="timed runs per extractor and page (median)")
    ap.add_argument(
        "--trafilatura-datetime",
        action="store_true",
        help="ask trafilatura (htmldate) for '%%Y-%%m-%%d %%H:%%M' dates, not its day-only default",
    )
    ap.add_argument("--json", action="store_true", help="print the rows as JSON instead of a table")
    args = ap.parse_args(argv)
    shared: Path = args.shared.resolve()
    score = load_score(shared)

    tools = [
        Tool("gov-facts", make_gov_facts(), html_only=False, has_source=True),
        Tool("GNE", make_gne(), html_only=True, has_source=False),
        Tool("trafilatura", make_trafilatura(args.trafilatura_datetime), html_only=True, has_source=True),
    ]
    from gov_facts.read.decode import decode_bytes

    golds = sorted((shared / "eval" / "gold").glob("*.json"))
    if not golds:
        sys.exit(f"compare_extractors: no gold files in {shared / 'eval' / 'gold'}")
    rows: list[Row] = []
    html_pages: set[str] = set()
    for gpath in golds:
        gold = json.loads(gpath.read_text(encoding="utf-8"))
        page_path = shared / gold["page"]
        name = Path(gold["page"]).name
        is_html = page_path.suffix.lower() in {".html", ".htm", ".shtml"}
        if is_html:
            html_pages.add(name)
        try:
            text = decode_bytes(page_path.read_bytes()).text
        except Exception as exc:
            sys.exit(f"compare_extractors: cannot read {page_path}: {exc}")
        for t in tools:
            if t.html_only and not is_html:
                rows.append(Row(t.name, name, na=True))
                continue
            rows.append(run_one(t, text, name, gold, score, args.repeat))

    if args.json:
        print(json.dumps([r.__dict__ for r in rows], ensure_ascii=False, indent=1))
        return 0
    print(table(rows, tools, html_pages))
    errors = [r for r in rows if r.error]
    if errors:
        print("\nErrors (counted as failing every check on the page):")
        for r in errors:
            print(f"- {r.tool} on {r.page}: {r.error}")
    print(
        f"\nms/page: median of {args.repeat} timed runs after one untimed warm-up; all tools get the same"
        " str (decoded once, untimed, by gov-facts' decoder). Summary ms is the mean over scored pages."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
