"""Traditional twins of the in-sample simplified pages: do they give the same facts? (issue 16)

    python scripts/script_twins.py                    # all variants, a summary and the differences
    python scripts/script_twins.py --variants s2tw --show 40 --jobs 2
    python scripts/script_twins.py --json /tmp/twins.json   # every difference, for comparing runs

Each in-sample simplified page (the corpus, the seed, tests/data/invented pages whose body holds no
traditional character; never tests/data/heldout) is read once for its body, publish day and title.
Its body and title are then made traditional with OpenCC (``s2t``, ``s2hk``, ``s2tw``: character for
character, the same length, checked; ``s2twp``: Taiwan's vocabulary too, 软件 -> 軟體, 内存 ->
記憶體, aligned by a character diff). The original and each twin go through ``extract_text`` with
``script="simplified"``; facts are matched by offset and compared field by field: value, low,
high, kind, qualifier, change, status, unit and subject (the twin's as simplified by the engine;
Taiwan's vocabulary stays Taiwan's: 专案), and time (type, start, end). A difference that OpenCC's
round trip alone explains (the original's phrase converted there and back is the twin's: "round
trip"; for ``s2twp`` Taiwan's vocabulary, 项目 -> 專案 -> 专案: "vocabulary") is counted apart, as
no difference of the engine: the twin says another word and the engine reads the word it says.
"""

from __future__ import annotations

import argparse
import difflib
import json
import sys
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
#: the shared material beside the checkout, or beside a folder above it (a worktree in /work/wt/N)
SHARED = next((d / "shared" for d in REPO.parents if (d / "shared").is_dir()), REPO / ".." / "shared")
VARIANTS = ("s2t", "s2hk", "s2tw", "s2twp")
FIELDS = ("value", "low", "high", "kind", "qualifier", "change", "status", "unit", "subject", "time", "place")
REGIONS = ("hk-", "mo-", "tw-")

Page = tuple[str, str, str | None, str | None]  # name, body, publish day, title


def pages() -> list[Page]:
    """The in-sample simplified pages' bodies (held-out pages are never read)."""
    from gov_facts import extract
    from gov_facts.core.errors import GovFactsError
    from gov_facts.facts.shadow import holds_traditional, traditional_table
    from gov_facts.rules.patterns import load_patterns

    table = traditional_table(load_patterns().script)
    paths = sorted((SHARED / "corpus" / "pages").glob("*.html")) + sorted((SHARED / "seed").glob("*"))
    invented = sorted((REPO / "tests" / "data" / "invented").glob("*.html"))
    paths += [p for p in invented if not p.name.startswith(REGIONS)]
    out: list[Page] = []
    for path in paths:
        try:
            doc = extract(path.read_bytes(), path.name)
        except GovFactsError:
            continue
        if holds_traditional(doc.text, table):
            continue
        out.append((path.name, doc.text, doc.published_at[:10] if doc.published_at else None, doc.title))
    return out


def _facts(text: str, day: str | None, title: str | None) -> tuple[list[dict[str, Any]], Any]:
    """The facts of ``text`` and the page's place (name, code, level), or None."""
    from gov_facts import extract_text

    doc = extract_text(text, published=day, title=title, script="simplified")
    where = None if doc.place is None else (doc.place.name, doc.place.code, doc.place.level)
    return [f.model_dump() for f in doc.facts], where


def offset_map(original: str, twin: str) -> dict[int, int]:
    """Twin offset -> original offset, for the characters a diff of the two (the twin simplified
    back by the engine's own converter) finds equal or replaced one for one."""
    from gov_facts.facts.shadow import converter

    back = converter()(twin)
    out: dict[int, int] = {}
    matcher = difflib.SequenceMatcher(None, original, back, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        out[j1] = i1  # where a stretch begins (the end of a figure before 使用者, 用户 as written)
        if op == "equal" or (op == "replace" and i2 - i1 == j2 - j1):
            out.update({j1 + k: i1 + k for k in range(j2 - j1)})
    out[len(twin)] = len(original)
    return out


def compare_page(page: Page, variants: tuple[str, ...]) -> dict[str, Any]:
    """One page's facts against those of its twins, as counts and difference rows."""
    import opencc

    from gov_facts.facts.shadow import converter

    name, text, day, title = page
    original, home = _facts(text, day, title)
    back = converter()
    plain = opencc.OpenCC("s2tw").convert  # the characters alone, no vocabulary
    result: dict[str, Any] = {"name": name, "facts": len(original), "variants": {}}
    for variant in variants:
        to = opencc.OpenCC(variant).convert
        twin = str(to(text))
        twin_title = str(to(title)) if title else None
        same_length = len(twin) == len(text)
        if variant != "s2twp" and not same_length:
            raise SystemExit(f"{name}: {variant} changed the length ({len(text)} -> {len(twin)})")
        where = {i: i for i in range(len(twin) + 1)} if same_length else offset_map(text, twin)
        got, twin_home = _facts(twin, day, twin_title)
        rows: list[dict[str, Any]] = []
        if twin_home != home:
            rows.append({"class": "page place", "text": "", "at": -1, "original": home, "twin": twin_home,
                         "sentence": (title or "")[:80]})  # fmt: skip
        by_start = {(f["start"], f["end"]): f for f in original}
        matched: set[tuple[int, int]] = set()
        for f in got:
            key = (where.get(f["start"], -1), where.get(f["end"], -1))
            o = by_start.get(key)
            if o is None:
                rows.append({"class": "extra", "text": f["text"], "at": key[0], "sentence": f["sentence"]})
                continue
            matched.add(key)
            for field in FIELDS:
                a, b = _field(o, field), _field(f, field)
                if a == b:
                    continue
                cls = field
                words = field in ("unit", "subject") and isinstance(a, str) and isinstance(b, str)
                if words and str(back(str(to(a)))) == b:  # OpenCC there and back gives the twin's words:
                    # Taiwan's word for it (项目 -> 專案 -> 专案), or a character's round trip
                    cls = "vocabulary" if str(back(str(plain(a)))) == a else "round trip"
                rows.append(
                    {
                        "class": cls,
                        "text": o["text"],
                        "at": o["start"],
                        "original": a,
                        "twin": b,
                        "sentence": o["sentence"],
                    }
                )
        for key, o in by_start.items():
            if key not in matched:
                row = {"class": "missing", "text": o["text"], "at": o["start"], "sentence": o["sentence"]}
                rows.append(row)
        result["variants"][variant] = rows
    return result


def _field(fact: dict[str, Any], field: str) -> Any:
    if field == "time":
        t = fact["time"]
        return None if t is None else (t["type"], t["start"], t["end"])
    if field == "place":  # the division it resolves to (its words are the twin's script)
        p = fact["place"]
        return None if p is None else (p["name"], p["code"], p["level"])
    return fact[field]


def _run(args: tuple[Page, tuple[str, ...]]) -> dict[str, Any]:
    return compare_page(*args)


def results(all_pages: list[Page], variants: tuple[str, ...], jobs: int) -> Iterator[dict[str, Any]]:
    work = [(p, variants) for p in all_pages]
    if jobs <= 1:
        yield from map(_run, work)
        return
    with ProcessPoolExecutor(jobs) as pool:
        yield from pool.map(_run, work, chunksize=4)


def main() -> None:
    raw = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=raw)
    parser.add_argument("--variants", default=",".join(VARIANTS))
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--show", type=int, default=25, help="difference rows to print per class")
    parser.add_argument("--only", help="pages whose name holds this")
    parser.add_argument("--json", help="write every difference row here")
    args = parser.parse_args()
    variants = tuple(v for v in args.variants.split(",") if v)
    all_pages = [p for p in pages() if not args.only or args.only in p[0]]
    total = 0
    facts_differing: Counter[str] = Counter()
    places_differing: Counter[str] = Counter()  # a fact's place, counted apart from its other fields
    pages_differing: Counter[str] = Counter()  # the page's own place
    classes: Counter[tuple[str, str]] = Counter()
    examples: dict[str, list[dict[str, Any]]] = {}
    dump: list[dict[str, Any]] = []
    for res in results(all_pages, variants, args.jobs):
        total += res["facts"]
        for variant, rows in res["variants"].items():
            engine_rows = [
                r for r in rows if r["class"] not in ("round trip", "vocabulary", "place", "page place")
            ]
            facts_differing[variant] += len({r["at"] for r in engine_rows})
            places_differing[variant] += sum(r["class"] == "place" for r in rows)
            pages_differing[variant] += any(r["class"] == "page place" for r in rows)
            for r in rows:
                r["page"], r["variant"] = res["name"], variant
                classes[(variant, r["class"])] += 1
                dump.append(r)
                examples.setdefault(r["class"], []).append(r)
    print(f"{len(all_pages)} simplified pages, {total} facts")
    for variant in variants:
        rate = facts_differing[variant] / total if total else 0.0
        by = ", ".join(f"{c} {n}" for (v, c), n in sorted(classes.items()) if v == variant)
        print(f"  {variant:6s} facts differing {facts_differing[variant]:4d} / {total} = {rate:.4f}  ({by})")
        prate = places_differing[variant] / total if total else 0.0
        print(
            f"  {variant:6s} places differing {places_differing[variant]:4d} / {total} = {prate:.4f};"
            f" page places differing {pages_differing[variant]} / {len(all_pages)}"
        )
    seen: set[tuple[str, str, Any, Any]] = set()
    for cls, rows in sorted(examples.items()):
        print(f"\n== {cls}")
        shown = 0
        for r in rows:
            key = (r["page"], r["text"], r.get("original"), r.get("twin"))
            if key in seen:
                continue
            seen.add(key)
            here = (r["page"], r["at"], cls)
            vs = "/".join(sorted({x["variant"] for x in dump if (x["page"], x["at"], x["class"]) == here}))
            print(
                f"  [{vs}] {r['page']} @{r['at']} {r['text']!r}: {r.get('original')!r} -> {r.get('twin')!r}"
            )
            print(f"      {r['sentence'][:160]}")
            shown += 1
            if shown >= args.show:
                break
    if args.json:
        Path(args.json).write_text(json.dumps(dump, ensure_ascii=False, indent=1), encoding="utf-8")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
