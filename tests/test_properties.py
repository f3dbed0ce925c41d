"""Property tests: arbitrary input never raises anything but the documented error types.

- ``parse_number(text)`` returns a Decimal or raises ``NumberFormatError``;
- ``find_times`` and ``find_facts`` never raise, and every span they give is
  the text it names;
- ``extract(bytes, name)`` returns a Document or raises a ``GovFactsError``,
  for arbitrary bytes, generated HTML and damaged copies of the sample pages.

Example counts are bounded (``max_examples``) and no example database is
kept and generation is derandomized, so the file runs in seconds and the same in
CI as locally (benchmarks/fuzz.py explores further).
"""

from __future__ import annotations

import contextlib
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gov_facts import extract, read_quantities
from gov_facts.core.errors import GovFactsError
from gov_facts.facts.engine import find_facts
from gov_facts.facts.numerals import NumberFormatError, parse_number
from gov_facts.facts.time_expressions import find_times
from gov_facts.rules.patterns import Patterns, load_patterns

REPO = Path(__file__).resolve().parents[1]
SEEDS = [p.read_bytes() for p in sorted((REPO / "samples").glob("*.html"))]

NUMERALS = (
    "0123456789０１２３４５６７８９一二三四五六七八九十百千万亿两零〇点.,，%-"
    "壹贰叁拾佰仟萬億兩點負分之成余多几"
)
CHINESE = "党史学习教育开展以来市政府筹集建设安置房截至月日年底前计划将增长下降同比约近余以上不足"
WORDS = [
    "套",
    "万元",
    "亿元",
    "%",
    "个百分点",
    "公顷",
    "2021年",
    "9月30日",
    "截至",
    "年底前",
    "上半年",
    "1-9月",
    "元整",
    "US$",
    "HK$",
    "个百分点",
    "/吨",
    "km",
    "至",
    "(含)-",
    "第",
    "大",
    "零下",
]
TAGS = ["html", "body", "div", "p", "span", "a", "table", "tr", "td", "br", "script", "h1", "title", "li"]
MARKUP = [
    "<!DOCTYPE html>", '<?xml version="1.0"?>', "<!-- x -->", "<![CDATA[x]]>", "&amp;", "&#0;", "&#x110000;",
    '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>', "&e;", '<meta charset="gbk">', "</html>",
    "<", ">", "\x00", "\x0b", "\ufffd", '<div class="content">', '<p style="display:none">',
]  # fmt: skip

BOUNDED = settings(
    max_examples=200, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)
FEWER = settings(BOUNDED, max_examples=100)

chinese_text = st.lists(
    st.one_of(
        st.text(alphabet=CHINESE, min_size=1, max_size=12),
        st.text(alphabet=NUMERALS, min_size=1, max_size=10),
        st.sampled_from([*WORDS, "，", "。", "\n"]),
    ),
    max_size=30,
).map("".join)
any_text = st.one_of(st.text(max_size=200), chinese_text)


@st.composite
def html_pages(draw: Any) -> bytes:
    parts: list[str] = []
    for _ in range(draw(st.integers(0, 40))):
        choice = draw(st.integers(0, 3))
        if choice == 0:
            parts.append(f"<{draw(st.sampled_from(TAGS))}>")
        elif choice == 1:
            parts.append(f"</{draw(st.sampled_from(TAGS))}>")
        elif choice == 2:
            parts.append(draw(st.sampled_from(MARKUP)))
        else:
            parts.append(draw(chinese_text))
    codec = draw(st.sampled_from(["utf-8", "gb18030", "utf-16"]))
    return "".join(parts).encode(codec, "replace")


@st.composite
def damaged_pages(draw: Any) -> bytes:
    data = bytearray(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(1, 4))):
        i = draw(st.integers(0, len(data)))
        op = draw(st.integers(0, 2))
        if op == 0:
            del data[i:]  # cut short
        elif op == 1:
            data[i:i] = draw(st.binary(min_size=1, max_size=16))  # inserted junk
        else:
            del data[i : i + draw(st.integers(1, 500))]  # a hole
    return bytes(data)


@pytest.fixture(scope="module")
def pats() -> Patterns:
    return load_patterns()


# --- numbers ------------------------------------------------------------------------------------


@BOUNDED
@given(any_text)
def test_parse_number_returns_a_decimal_or_raises_number_format_error(text: str) -> None:
    try:
        value = parse_number(text)
    except NumberFormatError:
        return
    assert isinstance(value, Decimal)


@BOUNDED
@given(st.text(alphabet=NUMERALS, min_size=1, max_size=12))
def test_parse_number_on_numeral_soup(text: str) -> None:
    with contextlib.suppress(NumberFormatError):
        assert isinstance(parse_number(text), Decimal)


@BOUNDED
@given(st.integers(min_value=0, max_value=10**15))
def test_parse_number_reads_plain_and_grouped_integers(n: int) -> None:
    assert parse_number(str(n)) == n
    assert parse_number(f"{n:,}") == n


# --- times and facts ------------------------------------------------------------------------------


@BOUNDED
@given(any_text, st.one_of(st.none(), st.dates(min_value=date(1950, 1, 1), max_value=date(2100, 12, 31))))
def test_find_times_never_raises_and_spans_are_the_text(text: str, published: date | None) -> None:
    for t in find_times(text, published):
        assert text[t.start : t.end] == t.text
        if t.first is not None and t.last is not None:
            assert t.first <= t.last


def test_since_a_year_after_publication() -> None:
    (t,) = find_times("2001年来", date(2000, 1, 1))
    assert t.first is not None and t.last is not None and t.first <= t.last


@BOUNDED
@given(text=any_text)
def test_find_facts_never_raises_and_spans_are_the_text(pats: Patterns, text: str) -> None:
    facts, _checks, warnings = find_facts(text, pats, date(2021, 10, 27))
    for f in facts:
        assert text[f.start : f.end] == f.text
    assert all(isinstance(w, str) for w in warnings)


@BOUNDED
@given(text=any_text)
def test_read_quantities_never_raises_and_spans_are_the_text(text: str) -> None:
    for q in read_quantities(text):
        assert text[q.start : q.end] == q.text
        assert (q.value is None) or (q.low is None and q.high is None)


# --- the HTML path --------------------------------------------------------------------------------


def _extract_or_documented_error(data: bytes, pats: Patterns) -> None:
    try:
        doc = extract(data, "prop.html", patterns=pats)
    except GovFactsError as exc:
        assert str(exc) and "\n" not in str(exc)  # one line
        return
    for f in doc.facts:
        assert doc.text[f.start : f.end] == f.text
    assert "\x00" not in doc.text


@BOUNDED
@given(data=st.binary(max_size=4096))
def test_extract_arbitrary_bytes(pats: Patterns, data: bytes) -> None:
    _extract_or_documented_error(data, pats)


@BOUNDED
@given(data=html_pages())
def test_extract_arbitrary_html(pats: Patterns, data: bytes) -> None:
    _extract_or_documented_error(data, pats)


@FEWER
@given(data=damaged_pages())
def test_extract_damaged_sample_pages(pats: Patterns, data: bytes) -> None:
    _extract_or_documented_error(data, pats)
