"""What frames the items of a list that 分别 hands figures out to: the old levels of a change after
them (由…分别压缩至…), a rate a later clause names for each of them (…，蓄水率分別為…), where the
head the items share starts (南化水庫有效蓄水量)."""

from __future__ import annotations

import re

from .context import ArticleText
from .tagging import pos_tag, word_tag

#: the old levels of a change the items go through (由法定的30个工作日, 从2020年的8平方米, 由上年的12%和15%)
_OLD_LEVELS = re.compile(r"(?:由|从)[^，。；;由从]*[0-9一二三四五六七八九十][^，。；;由从]*$")


def before_old_level(doc: ArticleText, cs: int, at: int) -> int:
    """Where a list before 分别 ends when the old levels of the change stand between them (一般登记、抵押
    登记办理时限由法定的30个工作日分别压缩至3个和1个工作日): 由/从 and the old level are no part of the
    last item."""
    if doc.norm.find("由", cs, at) < 0 and doc.norm.find("从", cs, at) < 0:
        return at
    m = _OLD_LEVELS.search(doc.norm, cs, at)
    return m.start() if m is not None and m.start() > cs else at


def common_ending(items: list[str]) -> str:
    """The longest ending every item shares."""
    ending = items[0]
    for x in items[1:]:
        while ending and not x.endswith(ending):
            ending = ending[1:]
    return ending


def with_own_rate(doc: ArticleText, items: list[str], lead: str) -> list[str]:
    """曾文、烏山頭及南化水庫有效蓄水量分別為…，蓄水率分別為6.5%、30.2%及10.3%: a rate the later clause
    names before its 分别 is each item's own: the item's thing (its name and the first word of the head
    the items share: 曾文水庫) and the rate, not the earlier measure (a change rate, 增长率, is left)."""
    lead = lead.strip()
    if not (2 <= len(lead) <= 6 and lead.endswith("率")) or lead.startswith(("增", "降", "涨", "跌")):
        return items
    shared = len(common_ending(items))
    last = items[-1]
    k = 0  # the shared head starts at a word's edge of the last item (东江、西江水库: not 江水库)
    for word, _ in pos_tag(last):
        if k >= len(last) - shared:
            break
        k += len(word)
    words = pos_tag(last[k:])
    if len(words) < 2 or not words[0][1].startswith("n") or k == 0:
        return items
    head = len(last) - k
    return [x[: len(x) - head] + words[0][0] + lead for x in items]


def word_edge(last: str, at: int, domain: frozenset[tuple[str, str]]) -> int:
    """``at``, or the start of the noun (a domain noun of patterns/words.toml, or jieba's) that a cut
    at ``at`` would split (雲嘉南及高屏空品區: a modifier as long as 雲嘉南 would cut 空品區 to 品區;
    曾文、烏山頭及南化水庫: one as long as 烏山頭 would cut 水庫 to 庫); jieba's noun after a modifier
    of one character is the modifier's (每月及每小時基本工資: 每小時)."""
    k = 0
    for word, flag in pos_tag(last):
        if k < at < k + len(word) and k > 0 and (word, "n") in domain:
            return k
        if k < at < k + len(word) and k > 0 and flag.startswith("n"):
            return k if k >= 2 else k + len(word)
        k += len(word)
        if k >= at:
            break
    return at


#: what closes a list of examples before the head they are examples of (冠脉支架、人工关节等高值医用耗材)
_EXAMPLES_CLOSED = ("等", "等等")
#: the shortest head after the examples that names a thing
_MIN_HEAD = 2


def one_head(items: list[str], written: str) -> str:
    """办理前、办理中、办理后沟通率均达到100%: three modifiers or more listed before the one head they
    share (written once, at the end) measure that head; 冠脉支架、人工关节等高值医用耗材…完成率均在120%以上:
    examples closed by 等 (jieba's particle, not 高等, 等级) before the head measure the head, without
    the examples; else the list as written."""
    head = common_ending(items)
    if len(items) > 2 and len(head) >= 2 and written.count(head) == 1 and written.endswith(head):
        return head
    return _head_after_examples(written) or written


def _head_after_examples(written: str) -> str | None:
    """The head after a list of examples closed by 等 (人工关节等|高值医用耗材), or None."""
    last = written.rfind("、")
    if last < 0 or written.find("等", last) < 0:
        return None  # the common case: no list, or no 等 after its last item
    k = 0
    for word, flag in pos_tag(written):
        k += len(word)
        if k > last and word in _EXAMPLES_CLOSED and flag.startswith("u"):
            rest = written[k:]
            return rest if len(rest) >= _MIN_HEAD else None
    return None


#: a verb and its object between 分别 and the first figure it hands out (分别投入资金, 分別錄取新生)
_VERB_OBJECT = re.compile(r"分别([^，。；;：:、0-9的比较占由从至到]{3,10}?)(?=[约近超逾]?[0-9])")
#: a rate handed out (分别完成年度计划85%和90%, …2.1个百分点): a share of the object or a gap to
#: it, not a count of it
_RATE_FIRST = re.compile(r"[约近超逾]?[0-9][0-9.,]*(?:%|‰|个?百分点|成)")
#: verbs of comparison (分别高于/超过/领先全国平均水平…): the object is what the items are compared with
_COMPARISONS = frozenset(
    ("高于", "低于", "高於", "低於", "快于", "慢于", "多于", "少于", "超过", "超過", "超出", "高出", "领先")
)


def handed_object(doc: ArticleText, at: int) -> str | None:
    """县、乡、村三级分别投入资金1200万元、560万元和230万元, 两家银行分别发放贷款…: when a verb and its
    object stand between 分别 and the figures, the items before 分别 are who acts (levels, banks,
    schools) and each figure counts the object; ``None`` when no verb and noun stand there (分别为,
    分别增长, 分别达到)."""
    m = _VERB_OBJECT.match(doc.norm, at)
    if m is None:
        return None
    verb = doc.norm[m.start(1) : m.start(1) + 2]  # (jieba reads 发放贷款 as one noun: the verb is cut first)
    if word_tag(verb) != "v" or verb in doc.rules.change_set:
        return None  # (分别增长收入: a change, read by the items)
    if verb in _COMPARISONS or _RATE_FIRST.match(doc.norm, m.end(1)):
        # 分别高于全省平均水平2.1个百分点, 分别完成年度计划85%: the items are measured, not the object
        return None
    toks = pos_tag(doc.shadow[m.start(1) + 2 : m.end(1)])
    if (
        not toks
        or not all(t.startswith("n") or t == "vn" for _, t in toks)
        or not toks[-1][1].startswith("n")
    ):
        return None
    named = "".join(w for w, _ in toks)
    return named if len(named) >= 2 else None
