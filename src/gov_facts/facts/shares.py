"""Shares written in words: 百分之/千分之/万分之/百万分之 N, X分之Y, N成 (七成半, 1.5成).

The GUIDE makes every fraction a percentage (四分之一 -> 25 %, 五成 -> 50 %), so 千分之五 is
0.5 % and 万分之六 0.06 %; only the ‰ sign keeps its own unit (5.2‰, kind other).
"""

from __future__ import annotations

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
#: what may follow N成 when it is a share (五成以上的企业, 七成，): not a word that N成 begins
_AFTER_CHENG = "以左上的，。、；！？多为是,;"


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

    四成 = 40 %, 1.5成 = 15 %, 七成半 = 75 %. A share has at most ten tenths; after it comes a
    clause break, 以上/左右/的…, or a noun (四成企业), never a word that 成 begins (三成员, 成立).
    """
    if not norm.startswith("成", p) or value > 10 or CN_DIGIT_RE.match(norm[p + 1 : p + 2]):
        return None
    if not is_cn and value != value.to_integral_value() and value * 10 % 1:
        return None
    end = p + 1
    pct = value * 10
    if norm.startswith("半", end):
        end, pct = end + 1, pct + 5
    nxt = norm[end : end + 1]
    if nxt and nxt not in _AFTER_CHENG and (end > p + 1 or pos_tag(norm[p : p + 4])[0][0] != "成"):
        return None  # 四成企业 is a share of the firms; 三成员, 建成, 成立 are words that 成 begins
    return end, pct


def discount(norm: str, p: int, value: Decimal) -> tuple[int, Decimal] | None:
    """N折 at ``p``: a price at N tenths (八折 -> 80 %, 7.5折 -> 75 %), or None. Not a word that
    折 begins (折扣, 折合, 折算, 折旧)."""
    if not norm.startswith("折", p) or not 0 < value < 10:
        return None
    if word_tag(norm[p : p + 2]) is not None and norm[p + 1 : p + 2] not in "的，。、；":
        return None
    return p + 1, value * 10
