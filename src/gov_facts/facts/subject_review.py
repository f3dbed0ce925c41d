"""A second look at a subject the cascade of :mod:`.subject` chose, for answers that are plainly
no thing measured: the figure's own unit (5.87万人 -> 人), a per-unit word (每學年), the whole a
share is taken of (城市低保标准的6倍), a period heading a table row (2022/2023), a word after the
figure (方符合), a noun carried from an earlier clause while the figure's own words name it (查处
酒驾醉驾4216起, 健康跑5000人, “强村”2个), or none at all where the sentence named it earlier.

Each check reads only the figure's clause and a few characters around it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .aside_names import named_before_aside, stretch_named_before
from .candidate import Candidate, Prior, since
from .carried import carried, last_amount
from .change_subjects import unit_at_new_level
from .compared_base import level_of_a_baseline
from .context import ArticleText
from .counted_object import NOT_A_NAME, QUOTE_OR_BOUND, quoted_before
from .named_around import group_by_bound
from .noun_phrase import noun_run_before
from .per_unit import money_after_per
from .plausible import revise
from .qualifier import change_of
from .rate_bases import without_price_measure
from .subject_frames import named_before_basis
from .tables import header_name
from .tagging import pos_tag
from .topic import sentence_topic
from .unit_subject import LIGHT_TAIL, is_unit_word, paired_or_named, those_counted, verb_done, verb_item

#: a period written as a table row's label (2022/2023, 2023-24, 2024年, 2023/24學年, 二○二四年度,
#: 114年6月, 二○二五年第一季)
_YEAR = r"(?:[0-9]{4}|[〇○零一二三四五六七八九]{4})"
_PERIOD_LABEL = re.compile(
    rf"(?=.)(?:{_YEAR}(?:\s*[/／\-－–—至]\s*(?:[0-9]{{2,4}}|[〇○零一二三四五六七八九]{{2,4}}))?"
    r"\s*(?:年度|学年度|學年度|学年|學年|财年|財年|年)?"
    r"|(?:民[國国])?(?:[4-9][0-9]|1[0-4][0-9])\s*(?:年度|學年度|學年|年))?"  # 民國 years (114年6月)
    # a part of the year after it (1-6月, 6月, 十二月底, 3月12日, 一季度, 第一季, 上半年, 前三季度)
    r"(?:(?:[0-9]{1,2}(?:\s*[-－–—至~]\s*[0-9]{1,2})?|[一二三四五六七八九十]{1,3})月份?(?:[底末]|[0-9]{1,2}[日号])?"
    r"|第?[一二三四1-4]季度?|[上下]半年|前[一二三1-3]季度?)?"
)

#: the verb that names the whole a share or multiple is taken of, with the whole and its 的 right
#: before the figure (恢复至疫情前水平的约74%, 可达城市低保标准的6倍, 按不低于低保标准的1.3倍,
#: 约为二〇一八年历史高位（512万公吨）的95.7%, 相当于上年的1.2倍)
_WHOLE_BEFORE = re.compile(
    r"(?:按)?(?P<verb>不低于|不高于|不超过|不少于|低于|高于|超过|恢复至|恢复到|回升至|回升到|相当于|"
    r"(?:调整|设定|确定|核定|提高|订|定|约)为|提高至|提高到|可达|达到|(?<![可约])达|(?<![调设确核订定约成因作认称])为|是)"
    r"[^，。；;、]{1,30}?的(?:约|近|逾|超过|超|大约|接近)?$"
)


#: a per-unit chain before a figure (每人每學年為, 每户每月, 每平方米约), and a verb after it
_PER_CHAIN = re.compile(r"(?:每[^，。；;、0-9每]{1,3}?){1,3}?[^，。；;、0-9每]{0,4}$")


def review(
    doc: ArticleText, c: Candidate, prev: Prior, subject: str | None, topic: bool
) -> tuple[str | None, bool]:
    """The subject the cascade chose, or a better one when it names the unit, a per-unit word, a
    period, the whole a share is of, or nothing the clause holds; a word that can name no thing
    (:mod:`.plausible`) gives way to the next candidate."""
    if "table_head" in c.extra:
        return _review(doc, c, prev, subject, topic)
    return revise(doc, c, prev, *_review(doc, c, prev, subject, topic))


def _review(
    doc: ArticleText, c: Candidate, prev: Prior, subject: str | None, topic: bool
) -> tuple[str | None, bool]:
    if "table_head" in c.extra:
        return _table_period(c, subject), topic
    if subject and subject == c.unit and c.kind != "count":
        # 拉动经济增长0.5、9.3和7.8个百分点: the unit the list shares is no subject; a figure of the
        # list takes the one before it in the clause, else none
        cs, _ = doc.clause(c.start)
        before = [subj for p, subj, _ in since(prev, cs) if subj and subj != p.unit]
        return (before[-1] if before else None), False
    if not _may_revise(doc, c, prev, subject):
        return subject, topic
    # the marks before the figure, read once, the figure's kind and the subject's length: a check
    # whose cue is not there is not asked
    near = doc.norm[max(0, c.start - 16) : c.start]
    mark = doc.shadow[c.start - 1 : c.start]
    count = c.kind == "count"  # the checks of other modules ask it first too
    better = (
        (verb_item(doc, c, subject) if count else None)
        or (group_by_bound(doc, c) if c.kind == "percent" else None)
        or (_average_named(doc, c, subject) if "均" in near[-12:] else None)
        or (named_before_basis(doc, c, subject) if "按" in near else None)
        or (paired_or_named(doc, c, prev, subject) if count else None)
        or (_per_unit_chain(doc, c, subject) if not subject or "每" in subject else None)
        or (_share_of_whole(doc, c, prev, subject) if "的" in near[-4:] else None)
        or (_word_after_figure(doc, c, subject) if subject and len(subject) == 1 else None)
        or (_own_item(doc, c, prev, subject) if _ITEM_CUES.search(near) else None)
        or (quoted_before(doc, c, subject) if count and mark in QUOTE_OR_BOUND else None)
        or (_named_before_bracket(doc, c, prev, subject) if mark in _OPENING_BRACKETS else None)
        or (None if subject else named_before_aside(doc, c) or stretch_named_before(doc, c))
        or (_named_in_sentence(doc, c) if not subject or unit_at_new_level(doc, c, subject) else None)
        or (level_of_a_baseline(doc, c) if not subject or subject == c.unit else None)
        or (_bare_head_ranked(doc, c, subject) if c.kind == "rank" else None)
        or (verb_done(doc, c, subject) if c.unit in doc.rules.event_units else None)
        or (those_counted(doc, c) if count and subject == c.unit else None)
    )
    if better and better != subject:
        return better, False
    return subject, topic


#: marks near a figure that one of the checks below reads (的 of a whole, 均 of an average, a list
#: mark, a bracket, a closing quote)
_NEAR_CUES = frozenset('的均、（(”」"')


def _may_revise(doc: ArticleText, c: Candidate, prev: Prior, subject: str | None) -> bool:
    """Whether any check could change the subject: most figures have a long noun of their own and
    none of the marks the checks read, and are passed at once (the fact stage stays as fast)."""
    if not subject or len(subject) <= 2 or subject == c.unit or "每" in subject or c.kind == "rank":
        return True
    if prev and c.start - prev[-1][0].end <= 1:
        return True  # 3.42万户5.87万人: a count glued to the one before
    near = doc.norm[max(0, c.start - 16) : c.start]
    return "其中" in near or not _NEAR_CUES.isdisjoint(near)


def _table_period(c: Candidate, subject: str | None) -> str | None:
    """2022/2023 | 20,328 | 13,050: a row headed by a period is a time; the column says what is
    counted."""
    label = str(c.extra.get("row_label") or "").strip()
    if subject and subject == label and _PERIOD_LABEL.fullmatch(label):
        return header_name(str(c.extra["table_head"])) or subject
    return subject


#: the character right before a figure that opens a bracket (:func:`_named_before_bracket`)
_OPENING_BRACKETS = ("（", "(")

#: what opens a list item or a breakdown before a count (、, a bracket, 其中): :func:`_own_item`
_ITEM_CUES = re.compile(r"[、（(]|其中")


def _per_unit_chain(doc: ArticleText, c: Candidate, subject: str | None) -> str | None:
    """膳食津貼每人每學年為4,500澳門元: 每 and a unit or a span name what the figure is per; the noun
    before the chain is what it measures. Asked only when there is no subject or it holds 每
    (家庭经济困难学生每生每年资助5000元: the verb after the chain may name the money)."""
    cs, _ = doc.clause(c.start)
    m = _PER_CHAIN.search(doc.norm, max(cs, c.start - 16), c.start)
    if m is None or m.start() <= cs:
        return _after_per_chain(doc, subject) or without_price_measure(doc, subject)
    return money_after_per(doc, c, m.start()) or noun_run_before(doc, replace(c, start=m.start()))[0]


#: what 每 is followed by in a chain inside a noun run (每人每年, 每户每月, 每生每学年)
_PER_WORD = re.compile(r"每(?:学年|年度|季度|人|户|生|名|年|月|日|天|周|次|亩|吨|件|家)")


def _after_per_chain(doc: ArticleText, subject: str | None) -> str | None:
    """大病保险每人每年最高支付限额为40万元: a chain of 每 inside the noun run, far from the figure,
    says whom and how often; the noun after it (最高支付限额) is what the figure measures."""
    if not subject:
        return None
    chain = list(_PER_WORD.finditer(subject))
    # two per words in a row (每人每年), not one that is part of a name (隧道的每日平均行車量)
    if len(chain) < 2 or chain[0].start() == 0 or chain[-2].end() != chain[-1].start():
        return None
    tail = subject[chain[-1].end() :]
    return tail if len(tail) >= 2 and "每" not in tail else None


def _share_of_whole(doc: ArticleText, c: Candidate, prev: Prior, subject: str | None) -> str | None:
    """单次救助金额最高可达城市低保标准的6倍, 全年客運量已恢復至疫情前水平的約74%: a share or a
    multiple taken of a whole named after its verb measures the noun before the verb, not the
    whole (nor a noun carried from an earlier clause). Asked only when 的 stands in the four
    characters before the figure."""
    if c.kind not in ("percent", "multiple"):
        return None
    cs, _ = doc.clause(c.start)
    m = _WHOLE_BEFORE.search(doc.norm, cs, c.start)
    while m is not None and (later := _WHOLE_BEFORE.search(doc.norm, m.end("verb"), c.start)) is not None:
        m = later  # the last verb before the whole: 的 ends the whole it names
    if m is None:
        return None
    own = doc.shadow[cs : m.start()]
    if subject and subject in own:
        return None  # the noun before the verb is the subject already
    part = noun_run_before(doc, replace(c, start=m.start()))[0] if m.start() > cs else None
    if part:
        return part
    if subject and subject not in doc.shadow[m.start() : c.start]:
        return None  # carried from before, and no whole named: leave it
    return last_amount(doc, c, prev, before=m.start()) or carried(doc, c, prev, topic_only=True)


def _word_after_figure(doc: ArticleText, c: Candidate, subject: str | None) -> str | None:
    """家庭每月總收入不超過42,560澳門元方符合資格: one character after the figure that is no unit (方,
    才, 即) nor a place counted (5个市启动) is a word of the predicate; the noun before is the subject."""
    heads = doc.rules.words.counted_place_heads
    if not subject or subject == c.unit or subject in heads or not doc.norm.startswith(subject, c.end):
        return None
    toks = pos_tag(doc.shadow[c.end : c.end + 5])
    if len(toks) < 2 or toks[0][0] != subject or not toks[1][1].startswith("v"):
        return None  # 5人次: a noun; 方符合: a word of the predicate before its verb
    before = noun_run_before(doc, c)[0]
    if before and before.startswith("每"):
        return None
    return before


def _item_words(doc: ArticleText, start: int, end: int) -> str | None:
    """The name of a list item between ``start`` and the figure at ``end`` (健康跑, 酒驾醉驾): two to
    eight characters with no digit or mark, a light verb or bound at its end cut off."""
    words = doc.shadow[start:end].strip()
    tail = LIGHT_TAIL.search(doc.norm, start, end)
    if tail is not None:
        words = doc.shadow[start : tail.start()].strip()
    if not 2 <= len(words) <= 8 or NOT_A_NAME.search(words):
        return None
    if any(w in doc.rules.cue_words or w in doc.rules.stop for w, _ in pos_tag(words)):
        return None
    return words


def _own_item(doc: ArticleText, c: Candidate, prev: Prior, subject: str | None) -> str | None:
    """其中马拉松12000人、半程马拉松15000人、健康跑5000人; 其中查处酒驾醉驾4216起（醉驾1385起）: a
    count after 、, a bracket or 其中 whose own words jieba reads as verbs or adjectives takes those
    words, not the subject carried from the item or clause before. Asked only when one of
    :data:`_ITEM_CUES` stands in the 16 characters before the figure."""
    if c.kind != "count" or not c.unit or not subject:
        return None
    cs, _ = doc.clause(c.start)
    head = max(doc.text.rfind(m, cs, c.start) for m in ("、", "（", "("))
    if head >= 0:
        if not prev or prev[-1][0].end != head:
            return None  # 北京、天津两地: a list of names, no list of counts
        start = head + 1
    elif doc.norm.startswith("其中", cs):
        # 其中查处酒驾醉驾: past 其中 and the verb that opens the breakdown
        toks = pos_tag(doc.shadow[cs + 2 : c.start])
        k = 1 if toks and toks[0][1] == "v" and len(toks[0][0]) == 2 and len(toks) > 1 else 0
        start = cs + 2 + sum(len(w) for w, _ in toks[:k])
    else:
        return None
    _, ce = doc.clause(c.start)
    own = not is_unit_word(doc, c, subject) and subject in doc.shadow[c.end : ce]
    if subject in doc.shadow[start : c.start] or own:
        return None  # the item names it, or the noun after the figure: the cascade read it there
    if prev and prev[-1][0].end > start:
        return None
    toks = pos_tag(doc.shadow[start : c.start])
    if len(toks) == 1 and toks[0][1] == "v" and c.unit not in doc.rules.case_units:
        return None  # 其中主持6项、参与4项: a verb jieba knows says how, not what (盗窃1200起: a kind)
    return _item_words(doc, start, c.start)


def _named_before_bracket(doc: ArticleText, c: Candidate, prev: Prior, subject: str | None) -> str | None:
    """马拉松、半程马拉松和健康跑（5公里）: a figure opening a bracket measures the list item before
    it, even one jieba does not read as a noun, not the item of the bracket before it. Asked
    only for a figure right after an opening bracket."""
    cs, _ = doc.clause(c.start)
    start = max([doc.shadow.rfind(m, cs, c.start - 1) for m in ("、", "和", "及", "与")] + [cs - 1]) + 1
    carried_over = bool(prev) and subject == prev[-1][1] and prev[-1][0].end < start
    unit_only = bool(subject) and is_unit_word(doc, c, subject or "")
    if subject and not unit_only and not (carried_over and subject not in doc.shadow[start : c.start]):
        return None
    # 设迷你跑（3公里）: the item starts after the verb that lists it
    toks = pos_tag(doc.shadow[start : c.start - 1])
    for k in range(len(toks) - 2, -1, -1):
        # 设迷你跑, 设置了亲子组: a verb, or an aspect particle (了, 过) after one, opens the item
        if (toks[k][1] == "v" and toks[k + 1][1] != "v") or toks[k][1] == "ul":
            start += sum(len(w) for w, _ in toks[: k + 1])
            break
    return _item_words(doc, start, c.start - 1)


def _named_in_sentence(doc: ArticleText, c: Candidate) -> str | None:
    """技术合同成交额首次突破千亿元大关，达到1286.4亿元，增长27.1%: a figure whose clause opens with
    its verb measures what the sentence is about, named in an earlier clause with no figure. Asked
    only for a figure with no subject."""
    cs, _ = doc.clause(c.start)
    ss, _ = doc.sentence(c.start)
    if cs <= ss:
        return None
    toks = pos_tag(doc.shadow[cs : c.start])
    # 全年共錄得39 870宗, 今年以来共发生612起: a time, a scope and adverbs may stand before the verb,
    # and a verb of reporting (a stop word) names nothing either
    words = [(w, tag) for w, tag in toks if w not in doc.rules.stop and tag[:1] not in ("t", "d", "x")]
    if not toks or (words and not words[0][1].startswith("v")):
        return None
    return sentence_topic(doc, c.start) or _opening_noun(doc, ss, cs)


#: tags that may open a clause before its noun (a time, a pronoun, a conjunction)
_OPENERS = ("t", "r", "c", "x")
#: tags of the words a clause's noun is made of (技术|合同|成交额: jieba's 合同 is an adjective)
_NOUN_PARTS = ("n", "nz", "vn", "j", "nr", "ns", "nt", "b", "a", "eng")


def _only_a_time(doc: ArticleText, start: int, end: int) -> bool:
    """Whether a clause is a time and nothing more (1-9月，, 2024年上半年，)."""
    return any(t.start <= start and t.end >= end for t in doc.times_between(start, end))


def _opening_noun(doc: ArticleText, ss: int, cs: int) -> str | None:
    """The noun that opens the sentence's first clause, when a predicate follows it (技术合同成交额
    首次突破千亿元大关): what the later clauses with no noun of their own go on about. A clause that
    only frames the sentence (今年以来，) is passed over."""
    fcs, fce = doc.clause(ss)
    while fce < cs and (doc.norm[fcs:fce].rstrip().endswith("以来") or _only_a_time(doc, fcs, fce)):
        fcs, fce = doc.clause(fce + 1)
    if fce >= cs:
        return None
    toks = pos_tag(doc.shadow[fcs:fce])
    k = 0
    while k < len(toks) and (toks[k][1] in _OPENERS or toks[k][0] in doc.rules.stop):
        k += 1  # 全市, 今年: a scope or a time before the noun
    start = fcs + sum(len(w) for w, _ in toks[:k])
    first = k
    while k < len(toks) and toks[k][1] in _NOUN_PARTS and toks[k][0] not in doc.rules.stop:
        if toks[k][1] == "a" and k > first and toks[k + 1 : k + 2] and toks[k + 1][1] == "v":
            break  # 平稳回升: an adjective before a verb says how, the predicate starts there
        k += 1
    end = start + sum(len(w) for w, _ in toks[first:k])
    predicate = k < len(toks) and toks[k][1][:1] in ("v", "d", "m", "p", "l", "a")
    if not predicate or not 2 <= end - start <= 12 or toks[k - 1][1] == "a":
        return None  # no noun, or one whose last word only describes (首次突破 after 合同 alone)
    return doc.shadow[start:end]


#: an average per head, household, mu, pupil or year with the quantity it averages written after
#: it, right before the figure (人均年增收约, 户均增收, 人均纯收入达到, 亩均投入, 生均经费)
_AVERAGE_NAMED = re.compile(
    r"(?:[人户亩生]均|年均|月均|日均)[^，。；;、0-9“”（）()的从由比较]{2,6}?(?:约为|为|达到|达|约|近|超过|超|不足|不到)?$"
)


def _average_named(doc: ArticleText, c: Candidate, subject: str | None) -> str | None:
    """人均年增收约5000元: an average word that names what it averages is the figure's name; the
    noun before it in the sentence (对象, 脱贫人口) says only whose average it is. Asked only when
    均 stands in the 12 characters before the figure."""
    cs, _ = doc.clause(c.start)
    m = _AVERAGE_NAMED.search(doc.norm, max(cs, c.start - 12), c.start)
    if m is None:
        return None
    named = doc.shadow[m.start() : m.end()]
    tail = LIGHT_TAIL.search(named)
    named = named[: tail.start()] if tail else named
    if subject and named in subject:
        return None
    if c.kind in ("percent", "percentage_point") and change_of(named[2:], doc.rules) is not None:
        return None  # 年均增长13.2%: a rate of change of the amount before, no quantity named
    # 亩均产值突破: the verb before the figure is no part of it (``average_verb_tails``)
    cut = doc.rules.average_verb_tail.search(named)
    named = named[: cut.start()] if cut else named
    return named if len(named) >= 4 else None


def _bare_head_ranked(doc: ArticleText, c: Candidate, subject: str | None) -> str | None:
    """技术合同成交额首次突破千亿元大关，…，总量居全国第八位: a rank whose noun is a bare head of two
    characters opening a later clause (总量, 增速, 规模) ranks that measure of the sentence's noun.
    Asked for a rank only."""
    if not subject or len(subject) != 2:
        return None
    cs, _ = doc.clause(c.start)
    ss, _ = doc.sentence(c.start)
    if cs <= ss or not doc.shadow.startswith(subject, cs):
        return None
    # only through clauses that go on about it (达到…，增长…): 服务业稳居…，绿色成为…，消费成为… each
    # name their own
    between: list[str] = []
    at = doc.clause(ss)[1] + 1
    while at < cs:
        bcs, bce = doc.clause(at)
        toks = pos_tag(doc.shadow[bcs:bce])
        between.append(toks[0][1] if toks else "")
        at = bce + 1
    if not between or not all(tag.startswith("v") for tag in between):
        return None
    return _opening_noun(doc, ss, cs)
