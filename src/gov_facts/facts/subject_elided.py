"""Subjects a figure's clause leaves out and its sentence names elsewhere, asked by
:func:`.subject_last.last_look` when the cascade found none or a word that names no thing:

- a group framed by 中 before 共有 (报名人员中共有320人; jieba reads 中共, the party);
- a verb said again before the figure, after a clause that said it of its noun (专项债券已全部发行，累计
  发行312.6亿元);
- the object a verb of two characters takes before a count of people, which jieba cuts into no
  noun (新培育本土带货主播200名以上: 带|货主|播);
- a bare measure opening a later clause (城市更新资金已全部拨付，总额达12.6亿元), or before a figure
  that 的 and a noun follow (总额达30亿元的纾困基金: the noun).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .candidate import Candidate
from .context import ArticleText
from .noun_phrase import noun_run_before
from .tagging import pos_tag
from .topic import sentence_topic

#: bounds and adverbs between a verb and the figure it takes (累计, 共计, 再)
_BOUNDS = re.compile(r"(?:共|约|近|逾|超过|超|合共|共计|合计|累计|总共|一共|再|又|另|多达|达)*$")


#: a group framed by 中 right before 共有, 共计 or 共 and the count (参评项目中共计38个, 报名人员中共有320人)
_FRAME_GONG = re.compile(r"[^，,。；;：:0-9]{2,12}?(?=(?:当中|之中|中)(?:共有|共计|共)(?:约|近|逾|超过)?$)")


def group_before_gong(doc: ArticleText, c: Candidate) -> str | None:
    """报名人员中共有320人通过资格审查, 参评项目中共计38个获得立项: jieba reads 中共 (the party) where a
    group framed by 中 meets 共有; the subject is never 中共 but the group, when no noun after the
    count names what is counted."""
    cs, _ = doc.clause(c.start)
    m = _FRAME_GONG.search(doc.norm, cs, c.start)
    if m is None:
        return None
    group = noun_run_before(doc, replace(c, start=m.end()))[0]
    return group if group and len(group) >= 2 else None


def verb_said_before(doc: ArticleText, c: Candidate, subject: str) -> str | None:
    """专项债券已全部发行，累计发行312.6亿元: a verb right before the figure that an earlier clause of
    its sentence said of its noun names no thing; the noun before the earlier verb does."""
    cs, _ = doc.clause(c.start)
    ss, _ = doc.sentence(c.start)
    at = doc.norm.rfind(subject, cs, c.start)
    if cs <= ss or at < 0 or _BOUNDS.fullmatch(doc.norm, at + len(subject), c.start) is None:
        return None
    earlier = doc.norm.rfind(subject, ss, cs)
    toks = pos_tag(subject)
    if earlier < 0 or len(toks) != 1 or toks[0][1] != "v":
        return None
    # 已全部发行，: the earlier verb ends its clause after adverbs of completion, its noun before them
    adverbs = _ADVERBS_BEFORE.search(doc.norm, ss, earlier)
    if adverbs is None or _CLAUSE_END.match(doc.norm, earlier + len(subject)) is None:
        return None
    named = noun_run_before(doc, replace(c, start=adverbs.start()))[0]
    return named if named and len(named) >= 2 else None


#: adverbs between a noun and the verb said of it (已全部, 均已, 已基本), and the end of that clause
#: (完毕, 到位 may close it)
_ADVERBS_BEFORE = re.compile(r"(?:已经|已|均|都|全部|全面|基本|陆续|顺利|如期)+$")
_CLAUSE_END = re.compile(r"(?:完毕|到位|完成)?[，,；;]")


def object_of_verb_before(doc: ArticleText, c: Candidate) -> str | None:
    """新培育本土带货主播200名以上 (jieba: 带|货主|播): people counted right after the object a verb of
    two characters takes, which jieba cuts into no noun; the words between the verb and the count."""
    cs, _ = doc.clause(c.start)
    toks = pos_tag(doc.shadow[cs : c.start])
    end = c.start
    for word, flag in reversed(toks):
        if flag.startswith("v") and len(word) == 2:
            taken = doc.shadow[end : c.start]
            return taken if 2 <= len(taken) <= 8 and _CJK_ONLY.fullmatch(taken) else None
        end -= len(word)
    return None


#: words of Chinese characters only (no digit, mark or bracket)
_CJK_ONLY = re.compile(r"[\u4e00-\u9fff]+")


#: the noun after 的 counted by a figure of its own (的省份有5个, 的企業共有8家): it is no measure's noun
_HAS_FIGURE = re.compile(r"(?:共有|共|有)[约近超逾]?[0-9]")


def _phrase_to_verb(doc: ArticleText, pos: int) -> str | None:
    """The noun phrase after 的 up to its verb (的产业引导基金正式设立 -> 产业引导基金: a verb inside the
    phrase stays when a noun follows it), or None when 有 and a figure of its own follow it
    (总量超过300万吨的省份有5个: the figure after counts the noun, the one before measures the topic).
    When the nouns run into a figure, the last verb and what follows it are that figure's predicate
    (的乡村振兴基金惠及农户1.2万户 -> 乡村振兴基金)."""
    _, ce = doc.clause(pos)
    rest = doc.shadow[pos : min(ce, pos + 16)]
    lone = doc.rules.words.lone_adverbs
    taken: list[tuple[str, str]] = []
    to_figure = False
    for w, t in pos_tag(rest):
        if not (t.startswith("n") or t in ("v", "vn", "a", "b", "g", "j")) or w in lone:
            to_figure = w[:1].isdigit() or t == "m"
            break  # (专项债券资金全部到位: 全部, jieba's n, is an adverb: ``lone_adverbs``)
        taken.append((w, t))
    if to_figure:
        verbs = [k for k, (_, t) in enumerate(taken) if t == "v"]
        taken = taken[: verbs[-1]] if verbs else taken
    end = 0
    for k, (_, t) in enumerate(taken):
        if t.startswith("n") and t != "nr":
            end = k + 1
    named = "".join(w for w, _ in taken[:end])
    if not named or _HAS_FIGURE.match(rest, len(named)):
        return None
    return named


def measure_of_topic(doc: ArticleText, c: Candidate, subject: str) -> str | None:
    """城市更新资金已全部拨付，总额达12.6亿元: a bare measure (总额, 总量, 规模: ``rank_measures``)
    opening a later clause measures the topic its sentence opened with; 总额达30亿元的纾困基金: before a
    figure that 的 and a noun follow, the noun (no measure or level itself: 的水平, 的规模)."""
    if doc.norm.startswith("的", c.end):
        named = _phrase_to_verb(doc, c.end + 1)
        if named and len(named) >= 2 and not named.endswith((*doc.rules.rank_measures, "水平", "目标")):
            return named
    cs, _ = doc.clause(c.start)
    ss, _ = doc.sentence(c.start)
    if cs <= ss or not doc.norm[cs : c.start].lstrip().startswith(subject):
        return None
    given = object_closing(doc, ss, cs)
    if given:  # 向1,236名學生發放獎學金，總額達4,800萬元: the total is of what the verb gave
        return given
    topic = sentence_topic(doc, cs)
    return topic if topic and len(topic) >= 2 and topic != subject else None


def object_closing(doc: ArticleText, ss: int, cs: int, acts: bool = False) -> str | None:
    """The object that closes the clause before a bare measure (發放獎學金，總額達…), when a verb takes
    it there: the thing the verb moved, which the total measures; ``None`` when the clause ends in a
    verb (资金已全部拨付，) or in anything but a verb and its noun. With ``acts``, an object that is an
    act (实施专案检查: jieba's vn) counts too."""
    ps = doc.clause(cs - 2)[0] if cs - 2 >= ss else ss
    toks = pos_tag(doc.shadow[ps : cs - 1])
    nounish = ("n", "vn") if acts else ("n",)
    k = len(toks)
    # 临时救助金: a word that only modifies (jieba's b) stays inside the object
    while (
        k > 0
        and (toks[k - 1][1] == "b" or toks[k - 1][1].startswith(nounish))
        and toks[k - 1][1] not in ("nr", "ns")
    ):
        k -= 1
    if k == len(toks) or k == 0 or not toks[k - 1][1].startswith("v") or not toks[-1][1].startswith(nounish):
        return None
    named = "".join(w for w, _ in toks[k:])
    return named if 2 <= len(named) <= 10 and _CJK_ONLY.fullmatch(named) else None
