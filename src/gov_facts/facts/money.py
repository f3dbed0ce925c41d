"""Money around a number: a currency written before it (US$1.5亿, ￥500, 人民币500万, HK$3,000),
and the fractions of a yuan after 元 (3元5角, 叁拾元伍角贰分, 壹佰元整)."""

from __future__ import annotations

from decimal import Decimal

from ..core.models import Fact
from ..rules.patterns import UnitEntry
from . import ranges
from .candidate import Candidate
from .context import ArticleText
from .numerals import NumberFormatError, parse_number
from .reading import Reading
from .text import CAPITALS

_JIAO_FEN = (("角", Decimal("0.1")), ("分", Decimal("0.01")))
_DIGIT = f"0123456789一二两三四五六七八九{CAPITALS}"
#: the digits of 角 and 分, and the 零 that marks an empty 角 (壹仟元零伍分, 壹万元零伍角)
_FRACTION_DIGIT = _DIGIT + "零"
#: the yuan: 元/圆 after an amount take the currency of a symbol before it (港币500万元 is HKD)
YUAN = ("元", "圆")


def _cjk(ch: str) -> bool:
    return bool(ch) and "\u4e00" <= ch <= "\u9fff"


def currency_before(doc: ArticleText, a: int) -> tuple[int, str, str] | None:
    """A currency symbol, code or name right before the number at ``a`` (one space allowed):
    (where it starts, the symbol as written, the ISO code)."""
    norm, rules = doc.norm, doc.rules
    last = norm[a - 1 : a]
    if last in (" ", "\u00a0"):
        last = norm[a - 2 : a - 1]
    if last not in rules.currency_last:
        return None
    m = rules.currency_prefix.search(norm, max(0, a - 8), a)
    if m is None:
        return None
    symbol = m.group(0).rstrip(" \u00a0")
    if symbol.isascii() and symbol[0].isalpha():
        before = norm[m.start() - 1 : m.start()]
        if before.isascii() and before.isalnum():
            return None  # XUSD100: a code inside a longer name
    return m.start(), symbol, rules.currency_of[symbol]


def currency_range(doc: ArticleText, r: Reading, p: int, unit: str, code: str) -> Candidate | None:
    """可處罰款澳門元1萬至10萬, 人民币2至5万: a currency before a range whose ends have no unit of
    their own is the whole range's, not a figure of the low end alone."""
    span = ranges.bare(doc, r.value, r.core, p, doc.norm[r.start : r.a].strip())
    if span is None:
        return None
    low, high, end = span
    return Candidate(
        r.start, end, r.a, end, None, low=low, high=high, unit=unit, kind="money",
        entry=money_entry(unit, code), qualifier=r.qualifier, unit_start=end,
    )  # fmt: skip


def money_entry(unit: str, code: str) -> UnitEntry:
    """A money unit with the currency a symbol before the amount gave."""
    return UnitEntry(unit=unit, kind="money", currency=code)


def yuan_fractions(doc: ArticleText, end: int, value: Decimal) -> tuple[int, Decimal]:
    """角 and 分 after 元 (3元5角, 伍角贰分), then 整 (元整): the new end and value in yuan."""
    norm = doc.norm
    for word, part in _JIAO_FEN:
        q = end
        while q < len(norm) and norm[q] in _FRACTION_DIGIT and q - end < 2:
            q += 1
        after = norm[q + 1 : q + 2]
        if q > end and norm.startswith(word, q) and not (_cjk(after) and after not in _DIGIT + "的整钱"):
            try:
                value += parse_number(norm[end:q]) * part
            except NumberFormatError:
                break
            end = q + 1
    if norm.startswith("整", end):
        end += 1
    if norm.startswith("人民币", end):
        end += 3  # 24.3亿元人民币: the currency named again after the unit
    return end, value


def kuai(doc: ArticleText, end: int, value: Decimal) -> tuple[int, Decimal] | None:
    """After N块: 钱 (12块钱), 毛 (一块二毛五), or one digit and no more (三块五) make it yuan,
    spoken; else 块 is a measure word (三块地). Returns the new end and value in yuan."""
    norm = doc.norm
    if norm.startswith("钱", end):
        return end + 1, value
    q = end
    while q < len(norm) and norm[q] in _DIGIT and q - end < 1:
        q += 1
    if q == end:
        return None
    tenth = parse_number(norm[end:q]) * Decimal("0.1")
    if norm.startswith("毛", q):
        mao_end, cents = q + 1, Decimal(0)
        r = mao_end
        while r < len(norm) and norm[r] in _DIGIT and r - mao_end < 1:
            r += 1
        if (r > mao_end and not _cjk(norm[r : r + 1])) or norm.startswith(("分", "钱"), r):
            cents = parse_number(norm[mao_end:r]) * Decimal("0.01") if r > mao_end else Decimal(0)
            mao_end = r + (1 if norm.startswith(("分", "钱"), r) else 0)
        return mao_end, value + tenth + cents
    after = norm[q : q + 1]
    if after == "钱" or not _cjk(after):
        return q + (1 if after == "钱" else 0), value + tenth
    return None


def mao(doc: ArticleText, p: int, value: Decimal, capital: bool = False) -> tuple[int, Decimal] | None:
    """N毛钱 or N角钱 (or N毛 ending a clause, N角M分): tenths of a yuan. Returns the end and the
    value in yuan; 五角星, 三角形 are no money, but 伍角 in capitals is."""
    norm = doc.norm
    after = norm[p + 1 : p + 2]
    if after == "钱":
        return p + 2, value * Decimal("0.1")
    if norm[p] == "角":
        end, total = yuan_fractions(doc, p + 1, value * Decimal("0.1"))
        return (end, total) if end > p + 1 or capital else None  # 伍角: capitals are money
    if not _cjk(after) and value < 10:
        return p + 1, value * Decimal("0.1")
    return None


def bare_dollar(doc: ArticleText, c: Candidate) -> bool:
    """Whether a figure of a traditional-script text is money in a bare 元/圆 (元/平方米 too) or $,
    with no currency named before or after it (港幣500元, 24.3億元人民幣 name theirs)."""
    entry = c.entry
    if doc.shadow is doc.text or c.kind != "money" or c.unit is None or not isinstance(entry, UnitEntry):
        return False
    if "人民币" in doc.norm[c.start : c.end + 3]:
        return False
    yuan = c.unit.split("/")[0]
    if yuan in YUAN:
        return entry is doc.rules.units.get(yuan)  # not a money_entry made for a currency before it
    return c.unit in ("$", "＄") and doc.norm[c.start : c.start + 1] in ("$", "＄")


def local_dollars(facts: list[Fact], bare: list[bool], dollars: dict[str, str], page: str | None) -> None:
    """A bare 元 or $ of a traditional-script text is the dollar of the region its fact is in (a Hong
    Kong press release's 1,016億元 and $1,000 are HKD, a Taipei page's 時薪183元 TWD). A fact with no
    place takes the region of the page's place (``page``, its code), else the one dollar the page's
    amounts name (120億港元 beside 33億元: HKD) when they name one and no other (人民幣 counts: a
    mainland reprint naming both stays CNY); else CNY."""
    fallback = dollars.get(page[:2]) if page is not None else None
    if fallback is None and any(b and f.place is None for f, b in zip(facts, bare, strict=True)):
        fallback = _named_dollar(facts, bare, dollars)
    for fact, is_bare in zip(facts, bare, strict=True):
        if not is_bare:
            continue
        code = fact.place.code if fact.place is not None else None
        if code is not None and code[:2] in dollars:
            fact.currency = dollars[code[:2]]
        elif fact.place is None and fallback is not None:
            fact.currency = fallback


def _named_dollar(facts: list[Fact], bare: list[bool], dollars: dict[str, str]) -> str | None:
    """The one local dollar (or 人民币) the page's amounts name with their currency, if just one."""
    local = {*dollars.values(), "CNY"}
    named = {f.currency for f, b in zip(facts, bare, strict=True) if not b and f.currency in local}
    if len(named) != 1:
        return None
    (currency,) = named
    return currency if currency != "CNY" else None
