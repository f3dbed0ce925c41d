"""Fuzz the library's entry points for a set time; report inputs/s and save every failing input.

    .venv/bin/python benchmarks/fuzz.py --seconds 600 --out fuzz-failures

Hypothesis generates the inputs (no extra dependency): arbitrary bytes,
HTML built from a vocabulary of tags, entities, charsets, DOCTYPEs with
entity declarations and Chinese text with figures, mutated copies of the
sample pages (bit flips, cuts, splices, inserted NULs), and short texts of
digits, Chinese numerals, units and time words. Each goes to its target:

- ``gov_facts.extract(bytes, name)``: may raise only ``GovFactsError``;
- ``numbers.parse_number(text)``: only ``NumberFormatError``;
- ``find_times(text, published)`` and ``find_facts(text, patterns)``: nothing.

Any other exception, or an input taking longer than ``--slow`` seconds, is a
failure: the input is saved to ``--out`` (``<target>-<sha1>.bin`` plus a
``.txt`` with the traceback) and the run goes on. Exit status 1 when there
were failures.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import signal
import sys
import time
import traceback
from collections import Counter
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

REPO = Path(__file__).resolve().parents[1]
SEEDS = [p.read_bytes() for p in sorted((REPO / "samples").glob("*.html"))]
SEEDS += [p.read_bytes() for p in sorted((REPO / "samples").glob("*.txt"))]

CHINESE = "党史学习教育开展以来市政府筹集建设安置房用于投资项目征迁截至月日年底前计划将增长下降"
NUMERALS = "0123456789０１２３４５６７８９一二三四五六七八九十百千万亿两零〇点.,，%‰-—~至到"
UNITS = ["套", "户", "元", "万元", "亿元", "%", "个百分点", "公顷", "千瓦", "吨", "平方米", "人次", "倍"]
TIMES = ["2021年", "9月30日", "截至", "年底前", "上半年", "一季度", "1-9月", "同比", "去年", "今年", "明年"]
TAGS = ["html", "head", "body", "div", "p", "span", "a", "table", "tr", "td", "br", "script", "style",
        "h1", "title", "meta", "font", "b", "li", "ul", "form", "iframe", "svg", "math", "xml"]  # fmt: skip
RAW_BITS = [
    "<!DOCTYPE html>", '<?xml version="1.0" encoding="gb2312"?>', "<!-- c -->", "<![CDATA[x]]>",
    '<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>', "&xxe;", "&amp;", "&#0;", "&#x110000;",
    "&nbsp;", "&#12345678901234567890;", '<meta charset="gbk">', '<meta charset="utf-16">',
    '<meta http-equiv="Content-Type" content="text/html; charset=big5">', "</html>", "</body>", "<",
    ">", "\x00", "\ufffd", "\u202e", "\ud7ff", "\r\n", "\t", "来源：", "发布时间：2021-10-27", "责任编辑：",
]  # fmt: skip


def _text() -> st.SearchStrategy[str]:
    parts = st.one_of(
        st.text(alphabet=CHINESE, min_size=1, max_size=20),
        st.text(alphabet=NUMERALS, min_size=1, max_size=12),
        st.sampled_from(UNITS + TIMES),
        st.sampled_from(["，", "。", "；", "\n", " "]),
    )
    return st.lists(parts, max_size=40).map("".join)


@st.composite
def _html(draw: Any) -> bytes:
    out: list[str] = []
    for _ in range(draw(st.integers(0, 60))):
        kind = draw(st.integers(0, 4))
        if kind == 0:
            tag = draw(st.sampled_from(TAGS))
            attrs = draw(st.sampled_from(["", ' class="content"', ' style="display:none"', ' id="zoom"']))
            out.append(f"<{tag}{attrs}>")
        elif kind == 1:
            out.append(f"</{draw(st.sampled_from(TAGS))}>")
        elif kind == 2:
            out.append(draw(st.sampled_from(RAW_BITS)))
        else:
            out.append(draw(_text()))
    text = "".join(out)
    codec = draw(st.sampled_from(["utf-8", "gb18030", "gbk", "utf-16", "big5"]))
    return text.encode(codec, "replace")


@st.composite
def _mutated(draw: Any) -> bytes:
    data = bytearray(draw(st.sampled_from(SEEDS)))
    rnd = random.Random(draw(st.integers(0, 2**32 - 1)))
    for _ in range(draw(st.integers(1, 8))):
        op = rnd.randrange(6)
        i = rnd.randrange(len(data) + 1)
        if op == 0 and data:  # flip bits
            data[min(i, len(data) - 1)] ^= 1 << rnd.randrange(8)
        elif op == 1:  # cut short
            del data[i:]
        elif op == 2:  # delete a range
            del data[i : i + rnd.randrange(1, 200)]
        elif op == 3:  # insert random bytes
            data[i:i] = rnd.randbytes(rnd.randrange(1, 50))
        elif op == 4:  # duplicate a range (two </html>, repeated blocks)
            j = rnd.randrange(len(data) + 1)
            data[i:i] = data[min(i, j) : max(i, j)][:5000]
        else:  # NUL bytes
            data[i:i] = b"\x00" * rnd.randrange(1, 8)
        if not data:
            break
    return bytes(data)


def _utf8(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass")


INPUTS = st.one_of(
    st.tuples(st.just("extract"), st.binary(max_size=2048)),
    st.tuples(st.just("extract"), _html()),
    st.tuples(st.just("extract"), _mutated()),
    st.tuples(st.just("parse_number"), st.text(alphabet=NUMERALS, max_size=16).map(str.encode)),
    st.tuples(st.just("parse_number"), st.text(max_size=16).map(_utf8)),
    st.tuples(st.just("find_times"), _text().map(str.encode)),
    st.tuples(st.just("find_facts"), _text().map(str.encode)),
)


class Slow(Exception):
    """The input took longer than --slow seconds."""


class _TimeUp(Exception):
    """--seconds have passed: stop generating."""


def _targets() -> dict[str, Callable[[bytes], object]]:
    from gov_facts import extract
    from gov_facts.core.errors import GovFactsError
    from gov_facts.facts.engine import find_facts
    from gov_facts.facts.numerals import NumberFormatError, parse_number
    from gov_facts.facts.time_expressions import find_times
    from gov_facts.rules.patterns import load_patterns

    pats = load_patterns()

    def run_extract(data: bytes) -> object:
        try:
            return extract(data, "fuzz.html", patterns=pats)
        except GovFactsError:
            return None

    def run_number(data: bytes) -> object:
        try:
            return parse_number(data.decode("utf-8", "surrogatepass"))
        except NumberFormatError:
            return None

    return {
        "extract": run_extract,
        "parse_number": run_number,
        "find_times": lambda data: find_times(data.decode(), date(2021, 10, 27)),
        "find_facts": lambda data: find_facts(data.decode(), pats, date(2021, 10, 27)),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seconds", type=float, default=60.0, help="how long to run")
    ap.add_argument("--out", type=Path, default=Path("fuzz-failures"), help="where failing inputs go")
    ap.add_argument("--slow", type=float, default=10.0, help="seconds after which one input is a failure")
    args = ap.parse_args(argv)

    targets = _targets()
    targets["extract"](SEEDS[0])  # warm up jieba and the patterns outside the clock
    counts: Counter[str] = Counter()
    failures: Counter[str] = Counter()
    seen: set[str] = set()
    end = time.monotonic() + args.seconds

    def on_alarm(signum: int, frame: object) -> None:
        raise Slow(f"took more than {args.slow:g} s")

    signal.signal(signal.SIGALRM, on_alarm)

    def record(target: str, data: bytes, exc: BaseException) -> None:
        tb = traceback.extract_tb(exc.__traceback__)
        where = f"{tb[-1].filename}:{tb[-1].lineno}" if tb else "?"
        key = f"{target}|{type(exc).__name__}|{where}"
        failures[key] += 1
        digest = hashlib.sha1(data).hexdigest()[:16]
        args.out.mkdir(parents=True, exist_ok=True)
        (args.out / f"{target}-{digest}.bin").write_bytes(data)
        text = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
        (args.out / f"{target}-{digest}.txt").write_text(text, encoding="utf-8")
        if key not in seen:
            seen.add(key)
            print(f"FAIL {key}: {exc!r:.200} -> {args.out}/{target}-{digest}.bin", file=sys.stderr)

    @settings(
        max_examples=2000, deadline=None, database=None, phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )  # fmt: skip
    @given(INPUTS)
    def one(case: tuple[str, bytes]) -> None:
        if time.monotonic() > end:
            raise _TimeUp
        target, data = case
        counts[target] += 1
        signal.setitimer(signal.ITIMER_REAL, args.slow)
        try:
            targets[target](data)
        except (Slow, Exception) as exc:
            record(target, data, exc)
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)

    started = time.monotonic()
    while time.monotonic() < end:
        try:
            one()
        except _TimeUp:
            break
    elapsed = time.monotonic() - started
    total = sum(counts.values())
    report = {
        "seconds": round(elapsed, 1),
        "inputs": total,
        "inputs_per_s": round(total / elapsed, 1) if elapsed else 0,
        "by_target": dict(counts),
        "failures": sum(failures.values()),
        "distinct_failures": dict(failures),
        "saved_in": str(args.out) if failures else None,
    }
    print(json.dumps(report, ensure_ascii=False, indent=2))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
