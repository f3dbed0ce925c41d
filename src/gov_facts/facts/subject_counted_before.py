"""A count whose own words name no thing takes what the last count of the same measure word before it
in its paragraph counted (asked by :func:`.subject_last.last_look` when nothing before found a thing):

- a part or the rest of items an earlier sentence of the paragraph counted (确定了10件民生实事项目…。…，其中
  3件已全面完成，其余7件正按序时推进): the items, never a noun carried from a money figure between
  (计划总投资);
- progress on a target counted before, said with 已 and a verb alone (计划新建公办幼儿园4所…。目前已建成3所;
  新建社区食堂15家，目前已建成运营12家): the target's thing, not the verb;
- a total of what was counted before (新增规上工业企业37家，总数达到312家): the thing, not 总数;
- the rest of a whole after a part (隐患点167处，已整改销号139处，其余28处): the whole it and the part
  before it add up to, or the group the part's clause opens with (红单建物已完成拆除81栋…其余17栋),
  not the verb the part is counted by (session 14).

The search itself is :func:`.candidate.last_counted`, which :func:`.carried.carried` asks within the
sentence; this module decides when a clause names nothing of its own, which earns the longer reach
(carried's sentence filters, of brackets, semicolon parts and asides, mean nothing over a paragraph).
"""

from __future__ import annotations

import re

from .candidate import Candidate, Prior, last_counted, since
from .context import ArticleText
from .tagging import pos_tag

#: what opens a clause that counts a part or the rest of items named before (其中3件, 其余7件, 剩余1所)
_PART_OPENERS = ("其中", "其余", "其他", "剩余", "余下")
#: what opens a clause counting the rest of a whole (其余28处, 剩余1所, 其餘17棟 in the shadow)
_REST_OPENERS = ("其余", "剩余", "余下", "剩下")
#: words of a total that name no thing of their own (总数达到312家)
_TOTAL_WORDS = frozenset({"总数", "总量", "总计", "合计", "总共"})
#: what may stand before a verb of doing in the clause: a time of now and adverbs of what is done
_LEAD = re.compile(r"^\s*(?:目前|当前|现已|截至目前|截至目前为止)?[，,]?(?:已经|已|均已|共|累计|全部|陆续)*")
#: what may stand between the total word and the figure (总数达到, 总量为)
_TOTAL_LINKS = frozenset({"", "达到", "达", "为", "是", "已达", "共", "增至", "升至"})
#: the adverbs that make a verb before a count progress on things counted before (已建成3所)
_DONE = ("已", "均已", "全部")
#: jieba's tags of a verb of doing
_VERB_TAGS = ("v", "vd", "vn")
#: how far back in its paragraph a count is looked for
_REACH = 400


def counted_before(doc: ArticleText, c: Candidate, prev: Prior, subject: str | None) -> str | None:
    """The thing the last count of the same measure word counted, when this count names none; else
    None."""
    if c.kind != "count" or not c.unit or not subject:
        return None
    cs, ce = doc.clause(c.start)
    own = doc.norm[cs : c.start]
    if subject in doc.norm[c.end : ce] or not _names_nothing(own, subject):
        return None  # 其餘約2 300個樣本: the count names its own thing after it
    para = doc.text.rfind("\n", 0, c.start) + 1
    if own.strip().startswith(_REST_OPENERS):
        whole = _whole_of_rest(doc, c, since(prev, max(para, c.start - _REACH)))
        if whole:
            return whole
    # a part counts of the whole an earlier sentence counted, not of the parts listed beside it
    # (约4 900個為化學測試樣本、约8 200個為微生物測試樣本，其餘约2 300個: 樣本)
    before = doc.sentence(c.start)[0] if own.strip().startswith(_PART_OPENERS) else c.start
    return last_counted(since(prev, max(para, c.start - _REACH)), c.unit, subject, before)


def _names_nothing(own: str, subject: str) -> bool:
    """Whether the clause before the figure (``own``) names no thing the figure counts: a part's
    opener alone, a total word, or a verb of doing after adverbs; the subject read is then no thing
    of the clause's own."""
    stripped = own.strip()
    if stripped.startswith(_PART_OPENERS):
        return subject not in stripped  # 其中农村地区不少于4000个: the part named
    if subject in _TOTAL_WORDS:
        return stripped.startswith(subject) and stripped[len(subject) :] in _TOTAL_LINKS
    if not any(w in stripped for w in _DONE) or subject not in stripped:
        return False  # the cheap test first: no done word or no subject in the clause at all
    lead = _LEAD.match(stripped)
    rest = stripped[lead.end() :] if lead is not None else stripped
    if not rest or subject not in rest or not any(w in stripped[: len(stripped) - len(rest)] for w in _DONE):
        return False  # 离婚登记9874对, 提起公诉1347人: an act counted, not progress on a thing
    toks = pos_tag(rest)
    return bool(toks) and all(flag.startswith(_VERB_TAGS) for _, flag in toks)


def _whole_of_rest(doc: ArticleText, c: Candidate, items: Prior) -> str | None:
    """What the rest of a whole counts: the whole is the earlier count of the same measure word that
    the rest and the last parts before it add up to (167处 = 139处 + 其余28处; 户厕改造3126户…其中2418户、
    520户，其余188户, past the target 3000户 between); the part's own clause may name the group it is
    taken of first (红单建物已完成拆除81栋，其余17栋: the rest of those buildings), else the whole's
    thing. None when no count adds up."""
    same = [(p, s) for p, s, _ in items if p.kind == "count" and p.unit == c.unit and p.value is not None]
    if c.value is None or len(same) < 2:
        return None
    part, part_subject = same[-1]
    sums: set[object] = set()  # the rest plus the last parts, for each run of last parts
    parts = c.value
    for i in range(len(same) - 2, -1, -1):
        parts += same[i + 1][0].value or 0
        sums.add(parts)
        whole, whole_subject = same[i]
        if whole.value in sums:
            own = doc.norm[doc.clause(part.start)[0] : part.start].lstrip()
            # (a part and a verb of what was done with it: 红单建物已完成拆除81栋; not an item of a list,
            # 民间社区121部, whose rest is of the whole)
            done = whole.value == c.value + (part.value or 0) and len(own) > len(part_subject or own)
            return part_subject if done and part_subject and own.startswith(part_subject) else whole_subject
    return None
