"""Ranks and N大 counts: 居全国第5位, 排名第四, 第二大出口市场, 位列第二; 三大产业集群 (a count of 3).

An ordinal is a rank where it places something in a ranking: after a rank verb or cue in its
clause (居, 位列, 排名, 升至), with 位/名 (第5位), or as 第N大 (the Nth largest). An ordinal
inside a name (第十四届, 第一方阵, 第二个在月球上行走的人) is not.
"""

from __future__ import annotations

import re
from decimal import Decimal

from . import no_unit, ranges
from .candidate import Candidate
from .context import ArticleText
from .text import CLAUSE_BREAK
from .units import ends_with

#: after N大 a noun follows; not these (一大批, 扩大, 大于, 大概…)
_NOT_AFTER_DA = set("批片堆群把早概约都多于小量幅力中型类家")


def rank_context(doc: ArticleText, a: int) -> bool:
    """Whether a rank verb or cue stands in the ten characters before ``a`` in its clause."""
    s, _ = doc.clause(a)
    return doc.rules.rank_context.search(doc.norm, max(s, a - 10), a) is not None


def rank(
    doc: ArticleText, start: int, a: int, end: int, value: Decimal, unit: str | None = None
) -> Candidate | None:
    """A rank from ``start`` to ``end``; a bare ordinal must end its clause (全省第二，)."""
    if doc.is_blocked(start, end):
        return None
    nxt = doc.norm[end : end + 1]
    if unit is None and nxt and nxt not in CLAUSE_BREAK + "、）)的":
        return None  # 第一方阵, 第二个在月球上行走的人: an ordinal inside a name; 跃居世界第二的 is a rank
    return Candidate(start, end, a, end, value, unit=unit, kind="rank", unit_start=end)


#: the far end of a range of ordinals (第1-3名, 第一至三批, 第3～5届)
_ORDINAL_RANGE = re.compile(r"第[0-9零〇一二两三四五六七八九十百]+\s*(?:至|到|~|～|〜|∼|-|－|—{1,2}|–)$")


def ordinal_by_the_first(norm: str, a: int) -> bool:
    """第1、2、3名, 第1-3名, 第一至三批: a number listed after an ordinal, or at the far end of a range
    from one, is an ordinal too (the 第 of the first stands for all)."""
    prev = norm[a - 1 : a]
    if prev and prev in "、和及与":
        return no_unit.ORDINAL_LIST.search(norm, max(0, a - 16), a) is not None
    if not prev or prev not in "至到~～〜∼-－—–":
        return False
    return _ORDINAL_RANGE.search(norm, max(0, a - 12), a) is not None


def without_a_measure(doc: ArticleText, start: int, a: int, b: int, value: Decimal) -> Candidate | None:
    """A rank 第N with no 位 or 名 right after it: the Nth largest (第二大), the Nth by a degree
    (第二高值), a rank in a scope before a title of size (全省第一产粮大县), or the near end of a range
    of ranks (第1-3名)."""
    return (
        largest(doc, start, a, b, value)
        or superlative(doc, start, a, b, value)
        or titled(doc, start, a, b, value)
        or rank_range(doc, start, a, b, value)
    )


def rank_range(doc: ArticleText, start: int, a: int, b: int, value: Decimal) -> Candidate | None:
    """第1-3名, 第一至三位: an ordinal, a range mark and a second ordinal before 名 or 位 are a range
    of ranks (the second end is no count of its own)."""
    end2 = ranges.second_end(doc, b)
    if end2 is None or end2[0] <= value or doc.norm[end2[2] : end2[2] + 1] not in ("名", "位"):
        return None
    end = end2[2] + 1
    if doc.is_blocked(start, end):
        return None
    return Candidate(
        start, end, a, end2[2], None, low=value, high=end2[0], unit=doc.norm[end - 1], kind="rank",
        unit_start=end - 1,
    )  # fmt: skip


def largest(doc: ArticleText, start: int, a: int, b: int, value: Decimal) -> Candidate | None:
    """第二大出口市场, 全球第三大经济体: the Nth largest, a rank whose surface takes in 大."""
    if not doc.norm.startswith("大", b) or doc.norm[b + 1 : b + 2] in _NOT_AFTER_DA:
        return None
    if doc.is_blocked(start, b + 1):
        return None
    return Candidate(start, b + 1, a, b, value, unit=None, kind="rank", unit_start=b + 1)


#: what may follow 第N and a degree (第二高值, 第三多的, 第二暖，): a value or record word, a rank's
#: measure, 的 or a clause's end; not a name (第二高中, 第三小学 are schools; 第一高级中学)
_AFTER_DEGREE = ("值", "纪录", "记录", "水平", "位", "名", "的")


def superlative(doc: ArticleText, start: int, a: int, b: int, value: Decimal) -> Candidate | None:
    """3月第二高值, 历史同期第三多, 有记录以来第二暖: 第N and a degree (``rank_degrees``) is the Nth
    highest, most…, a rank; the surface takes in the degree and a 值, 位 or 名 after it (第2高位:
    unit 位)."""
    norm = doc.norm
    degree = next((d for d in doc.rules.rank_degrees if norm.startswith(d, b)), None)
    if degree is None:
        return None
    end = b + len(degree)
    nxt = norm[end : end + 1]
    if not (not nxt or nxt in CLAUSE_BREAK or norm.startswith(_AFTER_DEGREE, end)):
        return None
    unit = nxt if nxt in ("位", "名") else None  # 排历史第2高位: a rank's measure, as in 第5位
    end += 1 if nxt == "值" or unit else 0
    if doc.is_blocked(start, end):
        return None
    return Candidate(start, end, a, b, value, unit=unit, kind="rank", unit_start=b)


def titled(doc: ArticleText, start: int, a: int, b: int, value: Decimal) -> Candidate | None:
    """世界第一生产大国, 全省第一产粮大县: a scope, 第N, a word of up to four characters and a title of
    size (大国, 大县: ``rank_titles``) is a rank in that scope; the surface is the ordinal."""
    norm, rules = doc.norm, doc.rules
    if not norm[max(0, start - 2) : start].endswith(rules.rank_scopes) or start == a:
        return None
    for k in range(1, 5):
        word = norm[b : b + k]
        if not all("\u4e00" <= ch <= "\u9fff" and ch not in "大第的" for ch in word):
            return None
        if norm.startswith(rules.rank_titles, b + k) and not doc.is_blocked(start, b):
            return Candidate(start, b, a, b, value, unit=None, kind="rank", unit_start=b)
    return None


def top_limit(doc: ArticleText, start: int, a: int, b: int, value: Decimal) -> Candidate | None:
    """全球百强科技创新集群, 世界500强企业, 入选十强: the top N, a rank limit (at most N-th); N of 10 or
    more (两强相遇, 四强赛 name contenders and rounds). Before a word for a list, right after 强 or
    after a noun of up to two characters (中国企业500强榜单, 百强县名单, 500强排行榜:
    ``ranking_lists``), or before a place in it (中国民营企业500强第36位), the N强 names the list,
    no figure."""
    norm = doc.norm
    if not norm.startswith("强", b) or start != a or value < 10 or value != value.to_integral_value():
        return None
    if norm.startswith("第", b + 1) or any(
        norm.startswith(doc.rules.ranking_lists, k) for k in range(b + 1, b + 4)
    ):
        return None  # 500强榜单, 百强县名单, 500强企业名单, 500强第36位: the list's name
    if doc.is_blocked(a, b + 1):
        return None
    return Candidate(a, b, a, b, value, unit=None, kind="rank", qualifier="at_most", unit_start=b)


#: a breakdown opened by N大 categories (分三大门类看, 按三大需求来看, 就制造业四大行业观察, 从三大市场分析)
_LENS_BEFORE = re.compile(r"(?:分|按|就|从)[^\W\d_]{0,6}$")
_LENS_AFTER = re.compile(r"[^\W\d_]{1,6}?(?:来看|看|观察|分析)")


def major_count(doc: ArticleText, a: int, b: int, value: Decimal, core: str) -> Candidate | None:
    """三大产业集群, 两大平台, 5大行动: N major things, a count of N with no measure word.

    N is 2 to 10: 十九大, 二十大 (and 党的十大) are party congresses and 一大批 is no count.
    """
    norm = doc.norm
    if not norm.startswith("大", b) or not (2 <= value <= 10) or value != value.to_integral_value():
        return None
    nxt = norm[b + 1 : b + 2]
    if not nxt or nxt in _NOT_AFTER_DA or not ("\u4e00" <= nxt <= "\u9fff"):
        return None
    if norm[max(0, a - 2) : a].endswith(("党的", "中共", "党")):
        return None  # 党的十大: a party congress
    if norm.endswith(core + "中", 0, a):
        return None  # 选十中十大奖, 选七中七: the numbers a lottery play picks and matches, no count
    if doc.is_blocked(a, b + 2):
        return None
    if _LENS_BEFORE.search(norm, max(0, a - 8), a) and _LENS_AFTER.match(norm, b + 1):
        return None  # 分三大门类看, 就製造業四大行業觀察: the breakdown a paragraph opens with, no count
    return Candidate(
        a, b + 1, a, b, value, unit=None, kind="count", unit_start=b + 1, extra={"noun_follows": True}
    )


#: the measure words a move in a ranking counts (上升12位, 前进3名)
_PLACES = ("位", "名")


def moved_places(doc: ArticleText, c: Candidate) -> None:
    """位列第89位，较上年提升12位; 排名上升5位; 名次前移3名: N places a change word moves a thing
    in a ranking named in the sentence before: a rank (its change), not a count of persons."""
    if c.unit not in _PLACES or c.kind != "count" or c.value is None:
        return
    norm = doc.norm
    if c.end < len(norm) and norm[c.end] not in CLAUSE_BREAK:
        return  # 新增3位院士: the measure word counts the noun after it
    cs, _ = doc.clause(c.start)
    lead = norm[max(cs, c.start - 6) : c.start].rstrip("了近约逾超")  # 跃升了近50位
    if ends_with(lead, doc.rules.changes) is None:
        return
    ss, _ = doc.sentence(c.start)
    if doc.rules.words.rank_named.search(norm, ss, c.start) is not None:  # 第N位, or 排名 (rank_names)
        c.kind, c.extra["moved"] = "rank", True
