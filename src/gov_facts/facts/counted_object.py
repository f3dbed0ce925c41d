"""What a count names when the words after it are no noun run jieba reads: a part named after a
copula (当中有215人为青少年, 另有26.0万人次属其他类别人士), the object a verb before the figure
counts, read to the clause's end (录得123宗新增个案, 共发生1,702宗意外, 增设20条自助过关通道), and a
quoted name before it (评选“最美家庭”20户).

Part of the subject decision (:mod:`.subject`); each check reads only the figure's clause.
"""

from __future__ import annotations

import re

from ..rules.patterns import MeasureWord
from .candidate import Candidate, Prior, since
from .context import ArticleText
from .noun_after import noun_run_after
from .tagging import pos_tag, word_tag
from .units import ends_with
from .words_before import time_modifies

#: what the words of a named part may not hold: digits, a 的, a mark
_NOT_A_NAME = re.compile(r"[0-9０-９的，。；;：:、“”《》（）()「」\s]")

#: the heads of a level a part is said to be at (国际领先水平), the copulas right after a count naming
#: the part it is (为, 属, 是), the bounds between a verb and its count (共, 合共), a breakdown's
#: openers (其中) and a division's last character (郎溪县): lists of ``[figure_words]`` in
#: ``patterns/words.toml`` (:mod:`.figure_lookups`)

#: word classes no named part holds: a time, a numeral, a preposition, a conjunction, a particle,
#: a direction (为历年最高, 为今年首次)
_NOT_IN_A_NAME = ("t", "m", "p", "c", "u", "f")

#: words and their jieba tags
_Tags = list[tuple[str, str]]


def _inside_compound(toks: _Tags, k: int) -> bool:
    """A verbal noun between nouns is part of a compound noun (化学|测试|样本, 检测|合格|产品), no
    predicate."""
    return toks[k][1] == "vn" and k + 1 < len(toks) and toks[k + 1][1][:1] == "n"


#: 、 then the next figure of a list of parts (约4 900个为化学测试样本、约8 200个为…): the part's name ends
_NEXT_PART = re.compile(r"、(?:约|近|逾|另|其余)?[0-9一二两三四五六七八九十]")


def _unit_ends_figure(c: Candidate) -> bool:
    return c.kind == "count" and bool(c.unit) and c.unit_start + len(c.unit or "") == c.end


def _name_to_clause_end(doc: ArticleText, start: int, longest: int) -> tuple[str, _Tags] | None:
    """The words from ``start`` to the end of its clause (a closing bracket ends them too), when they
    are two to ``longest`` characters of no digit or mark, with their tags."""
    if _NOT_A_NAME.search(doc.shadow, start, start + 2) is not None:
        return None  # the cheap test first: a digit or mark in the first two characters
    _, ce = doc.clause(start)
    end = ce
    for mark in ("）", ")", "」", "”"):
        at = doc.shadow.find(mark, start, end)
        end = at if at >= 0 else end
    listed = _NEXT_PART.search(doc.norm, start, end) if "、" in doc.norm[start:end] else None
    end = listed.start() if listed is not None else end
    words = doc.shadow[start:end]
    if not 2 <= len(words) <= longest or _NOT_A_NAME.search(words):
        return None
    if any(words.startswith(w) for w, _ in doc.rules.qual_after):
        return None  # 123宗以上, 20条左右: a bound after the figure
    toks = pos_tag(words)
    # 为周年|申报表: a word of time before a noun is part of the name
    if any(tag[:1] in _NOT_IN_A_NAME and not time_modifies(toks, k) for k, (_, tag) in enumerate(toks)):
        return None
    return words, toks


def named_by_copula(doc: ArticleText, c: Candidate) -> str | None:
    """当中有215人为青少年, 其中5宗为输入个案, 另有26.0万人次属其他类别人士: a count followed by a
    copula and a noun to its clause's end is the part that noun names (not 人为, a word jieba
    reads across the copula). The copula's noun ends in no verb (为企业提供服务: 为 is "for"), no
    adjective (为历年最高), holds no verb after a noun (为群众办实事) and no time or numeral."""
    words = doc.rules.words.figures
    if doc.norm[c.end : c.end + 1] not in words.part_copulas or not _unit_ends_figure(c):
        return None
    named = _name_to_clause_end(doc, c.end + 1, 10)
    if named is None:
        return None
    named_words, toks = named
    if toks[-1][1] in ("a", "ad", "d") or toks[-1][1].startswith("v") or toks[0][0] in doc.rules.stop:
        return None  # 为历年最高, 为首次认定, 为企业提供服务: a predicate, or 为 as "for"
    if named_words.endswith(words.level_heads):
        return None  # 有3项为国际领先水平: a level the part is at, no part
    if any(
        tag.startswith("v") and toks[k][1][:1] in ("n", "r") and not _inside_compound(toks, k + 1)
        for k, (_, tag) in enumerate(toks[1:])
    ):
        return None  # 为群众办实事: a verb after a noun is the predicate of a clause
    return named_words


def _verb_before(doc: ArticleText, c: Candidate) -> tuple[str, int] | None:
    """The verb of two characters or more right before the figure, past its bounds and adverbs
    (共发生, 今日录得, 计划增设), and where it starts: the count is that verb's object. A bound word
    (完成不少於60項) and the aspect particle 了 (完成了68項) stand between a verb and its object too."""
    cs, _ = doc.clause(c.start)
    end = c.start
    bound = ends_with(doc.shadow[max(cs, end - 4) : end], doc.rules.qual_before)
    end -= len(bound[0]) if bound is not None else 0
    toks = pos_tag(doc.shadow[max(cs, end - 8) : end])
    bounds = doc.rules.words.figures.count_bounds
    while toks and (toks[-1][1] == "d" or toks[-1][0] in bounds or toks[-1][0] == "了"):
        end -= len(toks.pop()[0])
    if not toks or len(toks[-1][0]) < 2:
        return None
    word, tag = toks[-1]
    # 新建 and 新增 jieba may read as a place: the verbs of what is new (``attributive_verbs``)
    if tag == "v" or (word_tag(word) or "").startswith("v") or word in doc.rules.attributive_verbs:
        return word, end - len(word)
    return None


def object_to_clause_end(doc: ArticleText, c: Candidate) -> str | None:
    """共发生1,702宗意外, 录得123宗新增个案, 增设20条自助过关通道: after a verb, a count of a measure
    word that names no thing itself (宗, 条, 个; not 人 or 次) is the verb's object, and the words
    from its measure word to the clause's end are the noun it counts even where jieba reads an
    adjective or verbs there (意外, 自助/过关/通道) or a word of change (新增). Asked only when no
    noun run was read after the figure."""
    entry = c.entry
    if not isinstance(entry, MeasureWord) or entry.names_thing or not _unit_ends_figure(c):
        return None
    rules = doc.rules
    if c.unit in rules.people_units or c.unit in rules.event_units:
        return None  # 拘捕1235人, 开展3次检查: those units have checks of their own
    named = _name_to_clause_end(doc, c.end, 8)
    if named is None or any(tag == "d" for _, tag in named[1]) or _verb_before(doc, c) is None:
        return None
    words, toks = named
    if len(toks) == 1 and (word_tag(words) or toks[0][1]).startswith("v"):
        return None  # 其中25个开工, 受理1200宗投诉: one verb (the latter read by :mod:`.noun_after`)
    return words


def _is_place(words: str, division_ends: frozenset[str]) -> bool:
    """Whether the words before a verb are a place (a division's name, or one jieba tags as a
    place), never a part the clause counts (工矿商贸事故死亡22人)."""
    toks = pos_tag(words)
    return bool(toks) and (words[-1] in division_ends or toks[-1][1] == "ns")


def parallel_object(doc: ArticleText, c: Candidate, prev: Prior, before: str) -> str | None:
    """宣州区今年新建学校3所，郎溪县新建2所: a clause that repeats an earlier clause's verb and leaves
    its object out counts the same object; the noun before the verb (a place, an agent) is the
    clause's topic, not what is counted (nor a run read over the verb: 城区改造85个, nor the verb
    itself: 新竹市設置42處). Asked for a subject read before the figure; the earlier
    figure is in the same sentence, of the same unit, and its object follows the same verb."""
    if not c.unit:
        return None
    ss, _ = doc.sentence(c.start)
    earlier = [(p, s) for p, s, _ in since(prev, ss) if s and p.unit == c.unit and s != before]
    if not earlier:
        return None  # the cheap cue first: an earlier figure of the same unit in the sentence
    cs, _ = doc.clause(c.start)
    at = doc.shadow.rfind(before, cs, c.start)
    if at < 0 or doc.norm.startswith(doc.rules.words.figures.breakdown_openers, cs):
        return None
    # before tagging for the verb: an earlier object must follow, in the sentence, two characters that
    # stand between the noun and the figure (the end of the verb the clauses share)
    shadow = doc.shadow
    window = shadow[max(at, c.start - 8) : c.start]
    for p, subject in earlier:
        j = shadow.find(subject, ss + 2, p.start)
        while j >= 0 and shadow[j - 2 : j] not in window:
            j = shadow.find(subject, j + 1, p.start)
        if j >= 0:
            break
    else:
        return None
    verb = _verb_before(doc, c)
    if verb is None or at > verb[1]:
        return None  # the noun is not before the verb (nor a run jieba read over it): its object
    topic = before[: len(before) - len(verb[0])] if before.endswith(verb[0]) else before
    if topic and not _is_place(topic, doc.rules.words.figures.division_ends):
        return None
    for p, subject in reversed(earlier):
        pcs, _ = doc.clause(p.start)
        if verb[0] + subject in doc.shadow[pcs : p.start]:
            return subject
    return None


#: the rest of a group (其余约2 300个, 余下12家, 剩余的3宗) right before a count
_THE_REST = re.compile(r"(?:其余|其他|余下|剩余|剩下)的?(?:约|近|逾|共)?$")
#: the group a sentence breaks down, framed by 中 (在上述样本中，, 这些企业中，, 在抽检的120批次产品中，)
#: or by a verb of having that opens those of the group described (全縣學校中設有自設廚房者計138所)
_GROUP_FRAME = re.compile(
    r"(?:在|于)?(?:上述|以上|这些|该批|所)?([^\s，,。；;：:、0-9的]{2,8})中(?:[，,]|(?=设有|拥有|具有|有))"
)
#: those of a group a verb of having describes, counted after 者 (設有自設廚房者計138所: 自設廚房)
_THOSE_HAVING = re.compile(
    r"(?:设有|拥有|具有|有)([^\s，,。；;：:、0-9的]{2,10})者(?:计|共|共计|合计|为|有)?$"
)


#: what a share of the rest is said to come from or to be, right after it (其余约13%来自海水化淡)
_REST_IS = re.compile(r"(?:则|均|主要)?(?:来自于|来自|来源于|源自|为|是|属于|属)")


def rest_of_group(doc: ArticleText, c: Candidate) -> str | None:
    """在上述样本中，约4 900个为化学测试样本、…，其余约2 300个则作辐射及其他测试: the count of the rest of
    a group its sentence breaks down (framed by 中 before it) counts the group's noun (样本), not
    the last part's. A share of the rest (其余约13%来自海水化淡及其他水源, 其余37%为个人所得税) is the
    share of what the verb after it names, not of the last part before it."""
    near = doc.norm[max(0, c.start - 5) : c.start]
    if c.kind not in ("count", "percent") or ("余" not in near and "他" not in near and "剩" not in near):
        return None  # the cheap cue first: no word of the rest right before
    cs, _ = doc.clause(c.start)
    if _THE_REST.search(doc.norm, max(cs, c.start - 5), c.start) is None:
        return None
    if c.kind == "percent":
        verb = _REST_IS.match(doc.norm, c.end)
        return noun_run_after(doc, verb.end())[0] if verb is not None else None
    ss, _ = doc.sentence(c.start)
    framed = None
    for m in _GROUP_FRAME.finditer(doc.norm, ss, cs):
        framed = m  # the last frame before the figure's clause
    return _group_noun(doc, framed.start(1), framed.end(1)) if framed is not None else None


def _group_noun(doc: ArticleText, start: int, end: int) -> str:
    """The group's noun, past a time or scope word opening the frame (目前全縣學校中: 學校)."""
    toks = pos_tag(doc.norm[start:end])
    while len(toks) > 1 and (toks[0][0] in doc.rules.stop or toks[0][1] == "t"):
        start += len(toks.pop(0)[0])
    return doc.shadow[start:end]


def of_the_group(doc: ArticleText, c: Candidate) -> str | None:
    """Those of a group a sentence describes that a count counts: the rest of it (其余约2 300个), or
    those a verb of having picks out (設有自設廚房者計138所)."""
    return rest_of_group(doc, c) or those_having(doc, c)


def those_having(doc: ArticleText, c: Candidate) -> str | None:
    """目前全縣學校中設有自設廚房者計138所, 企业中拥有自主品牌者共1200家: a count after 者 and a verb of
    having counts those that have the thing named between (自設廚房), without the verb."""
    if doc.norm[max(0, c.start - 4) : c.start].find("者") < 0:
        return None  # the cheap cue first: no 者 right before the figure
    cs, _ = doc.clause(c.start)
    m = _THOSE_HAVING.search(doc.norm, cs, c.start)
    return doc.text[m.start(1) : m.end(1)] if m is not None else None


#: what the words of a figure's own item or a quoted name may not hold: digits, a 的, a break
NOT_A_NAME = re.compile(r"[0-9的，。；;：:、“”《》（）()]")
#: the character right before a count that closes a quoted name, or ends a bound after one
QUOTE_OR_BOUND = ("”", "」", '"', "逾", "约", "近", "过", "超")
#: a bound between a closing quote and its count (「博物館通行證」逾3.1萬張)
_BOUND_BEFORE = re.compile(r"(?:逾|约|近|超过|超)$")


def quoted_before(doc: ArticleText, c: Candidate, subject: str | None) -> str | None:
    """培育年收入百万元以上的“强村”2个, 评选“最美家庭”20户: a short quoted name right before a count
    (or its bound: 售出「博物館通行證」逾3.1萬張) is what it counts. Asked only for a count right after
    one of ``QUOTE_OR_BOUND``."""
    at = c.start
    if (bound := _BOUND_BEFORE.search(doc.norm, max(0, at - 2), at)) is not None:
        at = bound.start()
    if doc.shadow[at - 1 : at] not in ("”", "」", '"'):
        return None
    opening = max(doc.text.rfind(q, max(0, at - 12), at - 1) for q in ("“", "「", '"'))
    if opening < 0:
        return None
    _, ce = doc.clause(c.start)
    if subject and subject in doc.shadow[c.end : ce]:
        return None  # “文明”与“野蛮”两大阶段: the noun after the figure is what it counts
    name = doc.shadow[opening + 1 : at - 1]
    if not 2 <= len(name) <= 10 or NOT_A_NAME.search(name):
        return None
    return None if subject and name in subject else name
