"""How a later clause of a sentence goes on with (or breaks from) a plan before it: part of the
status decision (:mod:`.status`). A clause goes on with a plan when it opens with a verb, with a
change of the planned figure or with a noun and a target verb or copula; it breaks from it when it
names a past time of its own, or (between the plan and the figure) has a subject of its own."""

from __future__ import annotations

import re
from functools import lru_cache

from .context import ArticleText
from .noun_phrase import is_nounish
from .programme_names import modifies_a_noun
from .tagging import pos_tag
from .units import match_unit


def past_time_in(doc: ArticleText, a: int, b: int) -> bool:
    """A time in [a, b) that ended before the publish day (今年将新建10所，去年新建8所): the clause
    tells the past, whatever the plan before it."""
    pub = doc.published
    if pub is None:
        return False
    return any(
        t.last is not None and t.last < pub and not _compared_with(doc, t.start, t.end)
        for t in doc.times_between(a, b)
    )


def _compared_with(doc: ArticleText, at: int, end: int) -> bool:
    """A time right after a comparison word is the baseline's (较上年增加15万亩), not the clause's; so is
    the level of a past year a change reaches (恢复至2019年的八成, 达到2019年的水平)."""
    if doc.norm[at - 1 : at] in ("至", "到") and doc.norm.startswith("的", end):
        return True
    return doc.rules.comparison_tail.search(doc.norm, max(0, at - 3), at) is not None


def _verb_before_figure(rest: list[tuple[str, str, int]]) -> bool:
    """设34个班, 建3所, 增5家: one character alone before the figure in its clause (``rest`` ends at
    the figure), which jieba may tag a noun, is a verb (a noun takes a verb before its figure)."""
    return len(rest) == 1 and len(rest[0][0]) == 1 and rest[0][1] == "n"


#: the words jieba glues 已 into that still say what is done (已有10个, 已达, 已于6月开工, 已累计); not
#: a word that only starts with 已 (已知的3所将于年内开工, 已故, 已婚: an adjective of the noun)
ALREADY_GLUED = frozenset(
    (
        "已经", "已有", "已有近", "已达", "已达到", "已达成", "已于", "已成", "已完成", "已累计", "已是",
        "已将", "已向", "已对", "已为", "已售", "已拨", "已付", "已征", "已纳", "已用", "已修", "已扣",
        "已销", "已得", "已登记", "已然", "已开工", "已建成",
    )
)  # fmt: skip


def done_word(w: str, done: tuple[str, ...]) -> bool:
    """A done word (``done_words``) or one jieba glued 已 into (:data:`ALREADY_GLUED`)."""
    return w in done or w in ALREADY_GLUED


def says_done(own: list[tuple[str, str, int]], done: tuple[str, ...]) -> bool:
    """The clause says what is done (已, 累计, 目前…, 已有); not 目前 as the level a change starts from
    (将…，从目前6个月免签证居留延长至12月), nor 累计 naming a measure (累计雨量)."""
    return any(
        done_word(w, done)  # (已有10个, 已达: jieba glues 已 into the word after it)
        and not (k and own[k - 1][0] in ("从", "由", "较", "比"))
        and not modifies_a_noun(own, k)
        for k, (w, _, _) in enumerate(own)
    )


def summed_by_a_deadline(doc: ArticleText, own: list[tuple[str, str, int]], ss: int, cs: int) -> bool:
    """力争年底前子项目开工率达到100%，累计完成投资10亿元以上: 累计 (no 已) in a clause that goes on
    with a plan whose deadline still lies ahead sums what is to be done by then, a target."""
    if any(w != "累计" and w in doc.rules.words.done_words for w, _, _ in own):
        return False
    pub = doc.published
    return pub is not None and any(
        t.type == "deadline" and t.last is not None and t.last > pub for t in doc.times_between(ss, cs)
    )


def sums_up(doc: ArticleText, own: list[tuple[str, str, int]]) -> bool:
    """A word that sums up what a plan makes (共, 合计: ``plan_totals``), or a noun of a total (总 投资,
    总面积: ``total_heads`` at the head of a noun), in the clause: it goes on with the plan."""
    heads = doc.rules.words.total_heads
    return any(
        w in doc.rules.plan_totals or (w.startswith(heads) and ((len(w) == 1 and f == "b") or f == "n"))
        for w, f, _ in own
    )


def _modified_verb(rest: list[tuple[str, str, int]]) -> bool:
    """新培育本土带货主播200名, 新設企業辦事處5個: a one-character adjective jieba cuts off the verb it
    modifies (新) opens the clause with that verb; not an adverb, which says what came of the plan
    (仅完成3亿元; the adverbs that go on with it, 再 and 另, are ``plan_adverbs``, passed over before)."""
    return len(rest) > 1 and len(rest[0][0]) == 1 and rest[0][1] == "a" and is_verb(rest[1])


#: comparison words jieba may tag an adverb (较)
_COMPARED = frozenset({"较", "比", "较之"})
#: what links a noun to the figure that a plan before it sets (每次金额为其每月援助金额的1.5倍)
_COPULAS = frozenset({"为", "是", "达", "约为", "达到"})


def continues(doc: ArticleText, own: list[tuple[str, str, int]], parallel: bool = True) -> bool:
    """The clause goes on with the plan before it: it opens with a verb (新增学位1.2万个), with
    其中 (a part of the planned figure), with a change of the planned figure (年增14.2%至18.6%, 同比
    增长10%), or with a noun and a target verb or a copula, parallel to the plan's (力争生猪出栏达到
    42万头，畜牧业产值突破38亿元; 每次金额为N倍); all but the first only when ``parallel`` (the
    plan's clause holds a figure)."""
    rest = _past_lead(doc, own)
    if not rest:
        return False
    if is_verb(rest[0]) or _verb_before_figure(rest) or _modified_verb(rest):
        return True
    if not parallel:
        return False
    if rest[0][0] == "其中":
        return True  # 预计接待游客2800万人次，其中过夜游客…: a part of the planned figure is planned too
    if doc.rules.change_lead.match(doc.norm, rest[0][2]):
        return True
    if rest[0][0] in ("从", "由"):  # 从目前6个月延长至12月: the new level of a change the plan makes
        return doc.rules.change_to.search(doc.norm, rest[0][2], rest[-1][2] + len(rest[-1][0])) is not None
    if rest[0][1] == "p" or rest[0][0] in _COMPARED:
        # 对市级机关集中办公区等20个单位实施…改造, 较112年期的7,960公吨增加约19%: a coverb and its object
        # open the clause, its verb follows: the plan's subject goes on acting
        return True
    predicates = doc.rules.target_verbs | _COPULAS
    k = 0
    while k < len(rest) and rest[k][0] not in predicates and (is_nounish(rest[k][1]) or rest[k][1] == "r"):
        k += 1
    if 0 < k < len(rest) and _predicate_at(doc, rest, k, predicates):
        return True
    return _measure_then_target(doc, rest, predicates)


#: a modal of what can or will be (年可处理, 将新增, 能容纳; 可达, 将达到, 可望达到): before a target verb or
#: a copula
#: it goes on with a forecast as the verb alone does (预计全年收入约830亿元，执行率可达103%)
MODAL = re.compile(r"可|将|能|预计|有望|可望|届时")


def _predicate_at(
    doc: ArticleText, rest: list[tuple[str, str, int]], k: int, predicates: frozenset[str]
) -> bool:
    """A target verb, a copula or a change at token ``k``, alone or after a modal (可达, 将 达到)."""
    word, _flag, at = rest[k]
    if word in predicates or doc.rules.change_lead.match(doc.norm, at) is not None:
        return True
    if _split_predicate(predicates).match(doc.norm, at) is not None:
        return True  # 稳定|在, 保持|在: a target verb jieba cuts in two
    m = MODAL.match(word)
    if m is None:
        return False
    if m.end() < len(word):
        return word[m.end() :] in predicates  # 可达: jieba's one word
    return k + 1 < len(rest) and rest[k + 1][0] in predicates


@lru_cache(maxsize=4)
def _split_predicate(predicates: frozenset[str]) -> re.Pattern[str]:
    """The predicates of more than one character as one pattern (made once per set)."""
    longer = sorted((p for p in predicates if len(p) > 2), key=len, reverse=True)
    return re.compile("|".join(re.escape(p) for p in longer) or r"(?!x)x")


#: the most words a measure's name takes before its target verb (重大事故隐患整改率达到100%)
_NAME_WORDS = 6


def _measure_then_target(
    doc: ArticleText, rest: list[tuple[str, str, int]], predicates: frozenset[str]
) -> bool:
    """个贷率保持在85%以上, 重大事故隐患整改率达到100%, 企业开办时间压缩至1个工作日: a measure's name
    (ending in a noun, a time noun such as 周期, or a measure noun such as 率, 额, 量, which jieba may
    tag a verb, with a verb inside it: 整改率, 开办时间, 兑付周期) before a target verb or a change,
    parallel to the plan's clause."""
    for k in range(min(len(rest), _NAME_WORDS + 1)):
        if _predicate_at(doc, rest, k, predicates):
            # 兑付周期, 办理时限: jieba tags a measure of time's last word a time word (t)
            before = rest[k - 1] if k > 0 else None
            return before is not None and (
                before[0] in doc.rules.suffixes or is_nounish(before[1]) or before[1] == "t"
            )
    return False


def _past_lead(doc: ArticleText, own: list[tuple[str, str, int]]) -> list[tuple[str, str, int]]:
    """The clause's tokens from the first that is no time and no adverb going on with a plan."""
    for k, (word, flag, at) in enumerate(own):
        if not (flag == "t" or word in doc.rules.plan_adverbs or doc.times_between(at, at + len(word))):
            return own[k:]
    return []


#: jieba tags of a clause's first word that name who acts in it (公所因此与…合作)
_SUBJECT_TAGS = frozenset({"n", "nr", "nrt", "nt", "ns", "nz", "j", "r", "rr"})


def own_subject(doc: ArticleText, tokens: list[tuple[str, str, int]]) -> bool:
    """The clause opens, past its times and the adverbs that go on with a plan, with a noun or a
    pronoun that acts in it (公所因此与改良场合作): a new subject; not 其中 (a breakdown of the
    plan's figure: 其中老旧小区改造42个)."""
    rest = _past_lead(doc, tokens)
    return bool(rest) and rest[0][0] != "其中" and rest[0][1] in _SUBJECT_TAGS and len(tokens) > 1


def is_verb(token: tuple[str, str, int]) -> bool:
    """A verb, including 新 + a verb (新开工, 新建), which jieba tags a name or a place."""
    word, flag, _ = token
    if flag.startswith("v"):
        return True
    rest = pos_tag(word[1:]) if word.startswith("新") and len(word) >= 2 else []
    return len(rest) == 1 and rest[0][1].startswith("v")


#: the most characters a list item's name takes before its figure when its verb is left out
_GAPPED_NAME = 8


def elides_the_verb(doc: ArticleText, cs: int, at: int, unit: str | None, plan_end: int) -> bool:
    """计划新建学校5所，幼儿园3所; 预计招收一年级新生3250人，七年级新生2980人: a clause of a short name
    alone before its figure, in the unit the plan's clause ends with, leaves the plan's verb out (a
    list item): it goes on with the plan; not one that says what is (实际投资4.8亿元) or was done."""
    if not unit or not doc.norm.endswith(unit, 0, plan_end):
        return False  # the plan's clause ends with a figure in the same unit
    name = doc.norm[cs:at].strip()
    if not 0 < len(name) <= _GAPPED_NAME or name.startswith(doc.rules.words.actual_words):
        return False
    if any(w in name for w in doc.rules.words.done_words) or doc.times_between(cs, at):
        return False
    tokens = pos_tag(name)
    return bool(tokens) and not any(flag in ("v", "p", "d", "c") for _, flag in tokens)


def records(tokens: list[tuple[str, str, int]], k: int, verbs: frozenset[str]) -> bool:
    """A verb of receiving or recording at token ``k``, adverbs before it (共收到, 已接獲, 累計批出)."""
    while k < len(tokens) and tokens[k][1].startswith("d"):
        k += 1
    return k < len(tokens) and tokens[k][0] in verbs


#: a number in a clause: Arabic digits, or Chinese numerals (a figure only before a unit)
_NUMBER = re.compile(r"[0-9０-９][0-9.,]*|[一二两三四五六七八九十百千万亿]+")


def holds_figure(doc: ArticleText, a: int, b: int) -> bool:
    """A figure in [a, b): digits that are no date (42万头, not 2025年), or Chinese numerals before a
    unit (三次, not 张三为)."""
    for m in _NUMBER.finditer(doc.norm, a, b):
        if m.group(0)[0] in "一二两三四五六七八九十百千万亿":
            if match_unit(doc, m.end()) is not None:
                return True
        elif doc.norm[m.end() : m.end() + 1] not in ("年", "月", "日", "号", "时", "-", "/", "."):
            return True
    return False
