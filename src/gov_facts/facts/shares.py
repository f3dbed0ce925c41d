"""Shares written in words: 百分之/千分之/万分之/百万分之 N, X分之Y, N成 (七成半, 1.5成).

The GUIDE makes every fraction a percentage (四分之一 -> 25 %, 五成 -> 50 %), so 千分之五 is
0.5 % and 万分之六 0.06 %; only the ‰ sign keeps its own unit (5.2‰, kind other).
"""

from __future__ import annotations

import re
from decimal import Decimal

from .tagging import pos_tag, word_tag
from .text import CN_DIGIT_RE

#: a share prefix and how many percent one of its parts is, longest first
SHARE_PREFIXES: tuple[tuple[str, Decimal], ...] = (
    ("百万分之", Decimal("0.0001")),
    ("万分之", Decimal("0.01")),
    ("千分之", Decimal("0.1")),
    ("百分之", Decimal(1)),
)
#: the digit after N成 that adds a hundredth's tenth: 七成五 = 75 %
_TENTHS = {**{c: i + 1 for i, c in enumerate("一二三四五六七八九")}, **{str(i): i for i in range(1, 10)}}
_SCALE_OR_POINT = set("十百千万亿点.%")
#: what may follow N成 when it is a share (五成以上的企业, 七成，, 四成屬私人擁有): not a word that N成
#: begins; an adverb or a verb of getting no word after 成 begins, which jieba glues to it (約六成獲批,
#: 七成均為, 三成可獲, 四成會選擇, 兩成將於)
_AFTER_CHENG = "以左上的，。、；！？多为是属,;获均可会将仍亦皆"
#: what makes 强 or 弱 after N成 the start of a word (三成强化, 弱势): no bound then
STRONG_WORDS = "化度大势项调"


def share_prefix(norm: str, a: int) -> tuple[int, Decimal] | None:
    """The share prefix ending at ``a`` (百分之五 -> 3 characters, 1 % a part), or None."""
    if norm[a - 1 : a] != "之":
        return None
    for word, part in SHARE_PREFIXES:
        if norm.startswith(word, a - len(word)):
            return len(word), part
    return None


def cheng(norm: str, p: int, value: Decimal, is_cn: bool) -> tuple[int, Decimal] | None:
    """N成 at ``p`` (after the number): its end and value in percent, or None.

    四成 = 40 %, 1.5成 = 15 %, 七成半 = 75 %, 七成五 and 7成5 = 75 % (Hong Kong and Taiwan). A share
    has at most ten tenths; after it comes a clause break, 以上/左右/的…, or a noun (四成企业,
    三成半受访者), never a word that 成 begins (三成员, 成立).
    """
    if not norm.startswith("成", p) or value > 10:
        return None
    tenth = _TENTHS.get(norm[p + 1 : p + 2])
    if tenth is not None and 0 < value < 10 and value == value.to_integral_value():
        after = norm[p + 2 : p + 3]
        if not (after.isdigit() or CN_DIGIT_RE.match(after) or after in _SCALE_OR_POINT) and (
            word_tag(norm[p + 1 : p + 3]) is None  # not 三成五个 (三成, then 五个)
        ):
            return p + 2, value * 10 + tenth  # 七成五, 7成5: 75 %
    if CN_DIGIT_RE.match(norm[p + 1 : p + 2]):
        return None
    if not is_cn and value != value.to_integral_value() and value * 10 % 1:
        return None
    end = p + 1
    pct = value * 10
    if norm.startswith("半", end):
        end, pct = end + 1, pct + 5
    nxt = norm[end : end + 1]
    if nxt in "强弱" and (norm[end + 1 : end + 2] or "。") not in STRONG_WORDS:
        return end, pct  # 五成强, 六成弱: a little more or less than the share (facts/share_bounds.py)
    if nxt and nxt not in _AFTER_CHENG and end == p + 1 and pos_tag(norm[p : p + 4])[0][0] != "成":
        return None  # 四成企业 is a share of the firms; 三成员, 建成, 成立 are words that 成 begins
    # 三成半受访者: no word begins with 成半, so a noun may follow
    return end, pct


def discount(norm: str, p: int, value: Decimal) -> tuple[int, Decimal] | None:
    """N折 at ``p``: a price at N tenths (八折 -> 80 %, 7.5折 -> 75 %), or None. Not a word that
    折 begins (折扣, 折合, 折算, 折旧)."""
    if not norm.startswith("折", p) or not 0 < value < 10:
        return None
    if word_tag(norm[p : p + 2]) is not None and norm[p + 1 : p + 2] not in "的，。、；":
        return None
    return p + 1, value * 10


#: 2/3, 1/4 after a word that introduces a share (近2/3的企业, 占比约1/4), before a break or 的
_SLASH = re.compile(r"/([1-9][0-9]?)(?=[的，。；、,;）)]|以上|以下|左右|多|强|$)")
_SHARE_LEAD = "占约近超逾为达是有过足到了"
#: a small fraction (1/2 to 9/10) after X的, whatever follows it (总投资的1/3由…承担, 全市人口的1/4来自…)
_SMALL_SLASH = re.compile(r"/([2-9]|10)(?![0-9./])")
#: 8.5/10万, 3.2/万: a rate per so many (孕产妇死亡率为8.5/10万), kind other with the denominator as unit
_PER_MANY = re.compile(r"/(?:10万|十万|100万|百万|万|千|100000|10000|1000)(?![0-9万])")


def slash_fraction(
    norm: str, a: int, p: int, value: Decimal, changed: bool = False
) -> tuple[int, Decimal] | None:
    """A fraction written with a slash right after the whole number at ``a``..``p`` (近2/3的企业,
    约1/4): its end and value in percent, as the GUIDE makes every fraction; or None. Only after a
    word that introduces a share or (``changed``) a change word (同比增长1/3), or after 的 with a
    denominator of at most 10 (总投资的1/3由…), so that 3/15 (a date) and 24/7 stay out."""
    m = _SLASH.match(norm, p)
    led = changed or norm[a - 1 : a] in _SHARE_LEAD
    if m is None and norm[a - 1 : a] == "的":  # 总投资的1/3由省级财政承担: a part of the whole named before
        m = _SMALL_SLASH.match(norm, p)
        led = True
    if m is None or value != value.to_integral_value() or value <= 0 or not led:
        return None
    denominator = Decimal(m.group(1))
    if value >= denominator or not a:
        return None
    return m.end(), value / denominator * 100


def per_many(norm: str, p: int) -> int | None:
    """The end of a rate's denominator after the number (8.5/10万), or None."""
    m = _PER_MANY.match(norm, p)
    return m.end() if m is not None else None


def over_half(norm: str, said: re.Pattern[str]) -> list[tuple[int, int]]:
    """Where a share passes half (占比过半; ``said``: the Rulebook's ``words.over_half``, after a word
    that names a share, so that 时间过半 and 获得过半数赞成票 stay out): the span of 过半 or 超过一半
    (the bound is part of the figure, so that what stands before it is its subject), a share of
    more than 50 %."""
    return [m.span(1) for m in said.finditer(norm)]
