"""A rate of change in brackets right after the name it is of: 輸往內地（+19.4%）、越南（+46.2%）.

Statistics releases (Hong Kong's 統計處, Macau's 統計暨普查局, a mainland 海关 or 统计局 page) list
the parts of a total that moved most as names each followed by its signed rate in brackets:
其中輸往內地（+19.4%）、越南（+46.2%）及台灣（+38.1%）的升幅較為顯著, 对东盟（+15.3%）、欧盟（-2.1%）,
電機及電子產品（+25.4%）和辦公室機器（+31.0%）. The figure is the change of the name before its
bracket, not of the total the clause opened with (:func:`signed_note`, asked by :mod:`.subject`);
its sign is the change's direction (:func:`signed_direction`, asked by :func:`.qualifier.figure_change`).
"""

from __future__ import annotations

import re

from .candidate import Candidate
from .context import ArticleText

#: the kinds a bracketed signed note is a change in
_RATE_KINDS = frozenset({"percent", "percentage_point"})
#: the signs of a change written before its figure, and the direction each gives
_SIGNS = {"+": "increase", "＋": "increase", "-": "decrease", "－": "decrease", "−": "decrease"}
#: the triangles of a market report before a rate, and the direction each gives (报9,876.54点▼1.2%)
_TRIANGLES = {"▲": "increase", "△": "increase", "▼": "decrease", "▽": "decrease"}
#: what ends the quoted level right before a triangle (N点, a price in 元, a rate): the triangle is its
#: move; a bare number only when 报 or 收 quotes it (收报3200▲0.5%), not 第3▲ or 表2▲
_LEVEL_ENDS = frozenset("%元")
_DIGITS = frozenset("0123456789")
_QUOTES = frozenset("报報收")
#: a quoted level that ends in a bare number, back from the triangle
_BARE_LEVEL = re.compile(r"[0-9][0-9,.]*$")
#: the name before the bracket: a run of letters back to a mark or an earlier note's bracket
_NAME = re.compile(r"[^\W\d_]{2,14}$")
#: what opens a listed name and is no part of it (其中, a joining word after an earlier note)
_OPENERS = re.compile(r"^(?:其中|包括|以及|及|和|与|或)")
_JOINED = re.compile(r"^(?:以及|及|和|与|或)")


def signed_note(doc: ArticleText, c: Candidate) -> str | None:
    """The name a bracketed signed rate is of (内地（+19.4%） -> 内地), or None when the figure is not
    alone in a bracket after a name (5.2亿元（+3.1%）: a figure's)."""
    if c.kind not in _RATE_KINDS:
        return None
    norm = doc.norm
    a = c.start
    sign = norm[a : a + 1] if norm[a : a + 1] in _SIGNS else norm[a - 1 : a]
    if not sign or sign not in _SIGNS:
        return None
    opening = a - 1 if sign == norm[a - 1 : a] else a
    if norm[opening - 1 : opening] not in ("（", "(") or norm[c.end : c.end + 1] not in ("）", ")"):
        return None
    m = _NAME.search(norm, max(0, opening - 15), opening - 1)
    if m is None or norm[m.start() - 1 : m.start()].isdigit():
        return None  # 5.2亿元（+3.1%）: the note of a figure, whose own subject it keeps
    name = m.group(0)
    after_note = norm[m.start() - 1 : m.start()] in ("）", ")")
    name = (_JOINED if after_note else _OPENERS).sub("", name, count=1)
    if after_note or m.start() == 0 or not norm[m.start() - 1].isalnum():
        return name if len(name) >= 2 else None
    return None


def signed_direction(doc: ArticleText, c: Candidate) -> str | None:
    """內地（+19.4%）, 詐騙案件（-18.2%）, 访港旅客(+5.2%): a rate with a written sign right after an
    opening bracket changes the way its sign says; a rate only (（-1.2℃）, （+2个月）: a level or a
    term, signed). So does a triangle glued before a rate right after a quoted level (收报9,876.54点▼1.2%,
    82.5美元▲1.3%); a triangle anywhere else opens a bullet or a caption (要点：▲3.2%的企业…), no move."""
    if c.kind not in _RATE_KINDS:
        return None
    mark = doc.norm[max(0, c.start - 1) : c.start]
    if mark in _TRIANGLES:
        return _TRIANGLES[mark] if _a_quoted_level(doc.norm, c.start - 1) else None
    at = c.start if doc.norm[c.start : c.start + 1] in "-－−" else c.start - 1
    if at < 1 or doc.norm[at] not in _SIGNS or doc.norm[at - 1] not in "（(":
        return None
    return _SIGNS[doc.norm[at]]


def _a_quoted_level(norm: str, at: int) -> bool:
    """Whether a quoted level ends right before the triangle at ``at``: N点 (点 after a digit, not
    亮点, 重点), a price in 元 or a rate, or a bare number after 报 or 收 (收报3200▲, not 第3▲)."""
    end = norm[at - 1 : at]
    if end in _LEVEL_ENDS:
        return True
    if end in ("点", "點"):
        return norm[at - 2 : at - 1] in _DIGITS
    if end not in _DIGITS:
        return False
    m = _BARE_LEVEL.search(norm, max(0, at - 16), at)
    return m is not None and norm[m.start() - 1 : m.start()] in _QUOTES
