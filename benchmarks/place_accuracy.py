"""Score the place of each fact against the place gold (tests/data/places, format in its README).

    python benchmarks/place_accuracy.py              # the dev place gold (tests/data/places/*.json)
    python benchmarks/place_accuracy.py --heldout    # the held-out place gold (tests/data/places/heldout/)
    python benchmarks/place_accuracy.py FILE.json …  # given files

For each page: the facts in its place gold, how many gov-facts found (located by ``context`` and
``number_text`` as the shared scorer locates facts), how many of those have the right place, and
whether the document's place is right. A place is right when its level and code agree with one of
the accepted answers, and its name too where the code is not its own (a zone, a country, a place
with its region's code). Standard library and gov-facts only; nothing is tuned here.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
PLACES = REPO / "tests" / "data" / "places"
#: codes of a region that its places below it share (Hong Kong, Macau, Taiwan)
REGION_CODES = {"710000", "810000", "820000"}


def _squeeze(text: str) -> tuple[str, list[int]]:
    """Text without whitespace (full-width folded as the shared scorer does), and each kept index."""
    folded = text.translate(str.maketrans({"％": "%", "：": ":", "\u00a0": " ", "\u3000": " "}))
    keep = [i for i, ch in enumerate(folded) if not ch.isspace()]
    return "".join(folded[i] for i in keep), keep


def _norm(s: str) -> str:
    return re.sub(r"\s+", "", s.translate(str.maketrans({"％": "%", "：": ":"})))


def _own_code(p: dict[str, Any]) -> bool:
    code, level = p.get("code"), p.get("level")
    if code is None or level in ("zone", "country"):
        return False
    return not (code in REGION_CODES and level not in ("province",))


def place_ok(pred: dict[str, Any] | None, gold: Any) -> bool:
    """Whether a predicted place matches the gold place (or one of a list of accepted ones)."""
    for g in gold if isinstance(gold, list) else [gold]:
        if g is None or pred is None:
            if g is None and pred is None:
                return True
            continue
        if g.get("level") != pred.get("level") or g.get("code") != pred.get("code"):
            continue
        if _own_code(g) or g.get("name") == pred.get("name"):
            return True
    return False


def locate(record: dict[str, Any], context: str, number_text: str) -> dict[str, Any] | None:
    """The predicted fact at ``number_text`` inside ``context`` (whitespace ignored), or None."""
    text = record.get("text") or ""
    sq, keep = _squeeze(text)
    ctx, num = _norm(context), _norm(number_text)
    at = sq.find(ctx)
    if at < 0 or not keep:
        return None
    inner = ctx.find(num)
    pos = keep[min(at + max(inner, 0), len(keep) - 1)]
    for f in record.get("facts") or ():
        if f["start"] <= pos < f["end"]:
            return dict(f)
    return None


@dataclass
class PageScore:
    page: str
    facts: int = 0
    found: int = 0
    right: int = 0
    document_ok: bool | None = None
    misses: list[str] = field(default_factory=list)


def _page_path(page: str) -> Path:
    return REPO / page if page.startswith("samples/") else SHARED / page


def score_file(path: Path, record: dict[str, Any] | None = None) -> PageScore:
    """Score one place gold file (running gov-facts on its page unless ``record`` is given)."""
    gold = json.loads(path.read_text(encoding="utf-8"))
    if record is None:
        from gov_facts import extract_file

        record = extract_file(_page_path(gold["page"])).to_dict()
    out = PageScore(gold["page"])
    if "document" in gold:
        out.document_ok = place_ok(record.get("place"), gold["document"])
    for entry in gold["places"]:
        out.facts += 1
        fact = locate(record, entry["context"], entry["number_text"])
        if fact is None:
            continue
        out.found += 1
        if place_ok(fact.get("place"), entry["place"]):
            out.right += 1
        else:
            got = fact.get("place") or {}
            out.misses.append(
                f"{entry['context']}: got {got.get('name')} {got.get('code')} {got.get('level')}"
            )
    return out


def summary(scores: list[PageScore]) -> str:
    facts = sum(s.facts for s in scores)
    found = sum(s.found for s in scores)
    right = sum(s.right for s in scores)
    docs = [s.document_ok for s in scores if s.document_ok is not None]
    acc = right / found if found else 0.0
    return (
        f"places: pages {len(scores)} gold facts {facts} found {found} right {right} "
        f"accuracy {acc:.3f} | document place {sum(docs)}/{len(docs)}"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--heldout", action="store_true", help="score tests/data/places/heldout/ instead")
    ap.add_argument("--misses", action="store_true", help="list the facts whose place is wrong")
    args = ap.parse_args(argv)
    files = args.files or sorted((PLACES / "heldout" if args.heldout else PLACES).glob("*.json"))
    if not files:
        print("no place gold files", file=sys.stderr)
        return 1
    scores = []
    for path in files:
        s = score_file(path)
        scores.append(s)
        acc = f"{s.right / s.found:.3f}" if s.found else "-"
        doc = {True: "ok", False: "WRONG", None: "-"}[s.document_ok]
        print(f"{path.name}: facts {s.facts} found {s.found} right {s.right} accuracy {acc} document {doc}")
        if args.misses:
            for m in s.misses:
                print(f"    {m}")
    print(summary(scores))
    return 0


if __name__ == "__main__":
    sys.exit(main())
