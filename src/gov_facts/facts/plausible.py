"""A last look at the subject a figure was given, for words that can name no thing measured and
for constructions that put a wrong noun next to the figure.

Words that name no thing: a short word between a figure and its verb (微 of 3.0%微升至, 小幅), an
adverb or a bound alone, a level opened by 之 past a bound (2%以下之溫和水準), a bare verb before a
count whose noun follows its measure word (出现两轮较强降雨过程). Such a word gives way to the next
candidate: the noun after the measure word, the noun before the figure, the topic carried in the
sentence, the sentence's topic.

Constructions: a cause between a noun and its change (水果則因…基期較高跌6.74%), a run after the
level just stated (4.35万家，连续三年保持…), a threshold passed (最高水位超警戒水位2.16米), places a
ranking moved by (位列第89位，较上年提升12位), a bound beside a value whose unit ends in a word
(0.12mg/kg ≤0.05mg/kg), a noun defined in the bracket after it (强度（…之比）),
and a figure left with no subject (a clause opening inside a bracket, after a clause ending with a
verb and its object, or saying how long the thing named first lasts).

Each check reads only the figure's clause or sentence and asks a cheap cue before tagging words.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .candidate import Candidate, Prior
from .carried import carried, is_change
from .context import ArticleText
from .noun_after import noun_run_after
from .noun_phrase import noun_run_before
from .subject_unnamed import (
    bare_rate_word,
    counted_after_reporting,
    described_noun_after,
    event_after_a_length,
    holiday_counted,
    paired_compound_after,
)
from .tagging import pos_tag
from .topic import sentence_topic
from .words_before import is_nounish

#: a bound and the 的 (之) of a modifier right after a figure: the noun after them describes the level
#: the figure is held at (2%以下的温和水平, 4%以下之低水準), no thing measured (5%左右的预期目标, an
#: approximation, names its target)
_PAST_A_BOUND = re.compile(r"(?:以下|以上|以内|之内)[的之]")

#: jieba tags of words that name no thing alone (an adverb, a preposition, a conjunction, a particle,
#: a locative, an interjection)
_NO_THING = ("d", "p", "c", "u", "f", "y", "e", "o")


def implausible(doc: ArticleText, c: Candidate, subject: str) -> bool:
    """Whether ``subject`` can name no thing measured (the module docstring lists the cases)."""
    if subject.startswith(("之", "的")) and len(subject) > 1:
        # 5天之旅, 4晚5天之旅, 399元之通勤月票: 之 right after the figure (or the figure it is
        # chained to) is its 的, the noun after it is counted; 維持在2%以下之溫和水準: past a bound,
        # the level the figure is held at
        at = doc.norm.find(subject, c.end, c.end + 8)
        return at < 0 or (at > c.end and not any(ch.isdigit() for ch in doc.norm[c.end : at]))
    at = doc.norm.find(subject, c.end, c.end + 10)
    held = at > c.end and _PAST_A_BOUND.fullmatch(doc.norm, c.end, at) is not None
    # only after a verb of holding (维持在, ``held_verbs``); 惠及40%以上的人口 counts what it names
    if held and doc.rules.held_at.search(doc.norm, max(0, c.start - 4), c.start) is not None:
        return True  # 保持在2%以下的温和水平 (之 read as 的 on a traditional page's shadow): the level
    if len(subject) > 2 or subject == c.unit or subject in doc.rules.units:
        return False
    toks = pos_tag(subject)
    if all(tag.startswith(_NO_THING) for _, tag in toks):
        return True  # 約, 共, 同比: an adverb or a bound alone
    return _fragment(doc, c, subject) or _verb_before_counted(doc, c, subject, toks) is not None


#: the last character of a figure written right before a word
_FIGURE_END = frozenset("0123456789%‰")


def _fragment(doc: ArticleText, c: Candidate, subject: str) -> bool:
    """微 of 的3.0%微升至, 小幅 of 3.42%小幅下降至: a short word that stands, in the figure's
    sentence, between a figure and a verb is a piece of the predicate (兔出笼, 宽30.8米, 长约1.2公里
    are nouns)."""
    ss, se = doc.sentence(c.start)
    at = doc.norm.find(subject, ss + 1, se)
    while at > 0 and doc.norm[at - 1] not in _FIGURE_END:
        at = doc.norm.find(subject, at + 1, se)
    if at < 0:
        return False  # the common case, asked without tagging the sentence
    toks = pos_tag(doc.shadow[ss:se])
    for k in range(1, len(toks) - 1):
        # right after a figure's digits or %, with no measure word between (12个品种入选 counts)
        if toks[k][0] == subject and toks[k - 1][0][-1:] in _FIGURE_END and toks[k + 1][1].startswith("v"):
            return True
    return False


def _verb_before_counted(
    doc: ArticleText, c: Candidate, subject: str, toks: list[tuple[str, str]]
) -> str | None:
    """出现两轮较强降雨过程: a verb (not a verbal noun) right before a count whose measure word a
    noun follows is the predicate; the noun after is what is counted."""
    if c.kind != "count" or len(toks) != 1 or toks[0][1] != "v" or not c.unit:
        return None
    if not doc.norm.endswith(subject, 0, c.start):
        return None
    noun, _ = noun_run_after(doc, c.end, counted=True, figure_at=c.start)
    return noun or described_noun_after(doc, c)


def _named_before_cause(doc: ArticleText, c: Candidate, subject: str | None, cs: int) -> str | None:
    """水果則因上年同月基期較高跌6.74%: what changes is the noun before the cause, not a noun of the
    cause (基期) nor one that swallows it (油料費因國際油價). ``cs``: the clause's start; asked only
    when the clause holds a character of ``cause_cues``."""
    # 猪肉价格因供应充足下降, 鲜果由于基数较高, 受疫情影响 (``cause_words``, ``cause_effects``)
    m = doc.rules.cause.search(doc.norm, cs + 1, c.start)
    if m is None:
        return None
    at = doc.shadow.rfind(subject, cs, c.start) if subject else -1
    if subject and (at < 0 or at + len(subject) <= m.start()):
        return None  # a subject before the cause, or after the figure (由於…淘汰約二萬八千輛車輛)
    named = noun_run_before(doc, replace(c, start=m.start()))[0]
    return named if named and len(named) >= 2 else None


#: how long a clause before its figure may be and still be a bare change (年增, 年減, 同比增长)
_BARE_CHANGE = 4


def _named_before_cause_before(doc: ArticleText, c: Candidate, subject: str | None, cs: int) -> str | None:
    """電子零組件業受惠於…需求強勁，年增32.48％; 基本金屬業則因國際鋼價疲軟，年減6.72％: a bare change
    (a change word and the figure) after a clause that names a cause changes the noun before the
    cause, not a noun of the cause (強勁, 國際鋼價) carried from that clause."""
    if cs < 2 or doc.norm[cs - 1] not in "，," or not is_change(doc, c):
        return None
    if subject and doc.shadow.find(subject, cs, c.start) >= 0:
        return None  # 出口下降3.1%, 居住類漲2.03%: the change names its own noun
    pcs, pce = doc.clause(cs - 2)
    if doc.rules.cause_cues.isdisjoint(doc.norm[pcs:pce]):
        return None
    m = doc.rules.cause.search(doc.norm, pcs + 1, pce)
    if m is None or (subject and doc.shadow.find(subject, pcs, m.start()) >= 0):
        return None  # the subject stands before the cause already
    named = noun_run_before(doc, replace(c, start=m.start()))[0]
    return named if named and len(named) >= 2 else None


#: a run opening a clause, past an adverb of time (连续三年, 已連續5年, 已经连续)
_RUN_OPENING = re.compile(r"(?:已经|已|均|都|并|且)?连续$")


def _run_of_the_level_before(doc: ArticleText, c: Candidate, prev: Prior) -> str | None:
    """入库科技型中小企业4.35万家，连续三年保持两位数增长: a run opening the clause after a figure says
    how long the thing just measured kept a state up; the state after the verb (两位数增长, 全省平均
    水平, 历史新高) is no thing measured. Asked for a duration only."""
    if not prev or "连续" not in doc.norm[max(0, c.start - 4) : c.start]:
        return None
    cs, _ = doc.clause(c.start)
    if _RUN_OPENING.fullmatch(doc.norm, cs, c.start) is None:
        return None
    last, subject, _ = prev[-1]
    _, pce = doc.clause(last.start)
    ss, _ = doc.sentence(c.start)
    if last.start < ss or doc.clause(pce + 1)[0] != cs:
        return None  # the figure before stands in the clause right before, in the same sentence
    return subject


def _glued_threshold(token: str, word: str) -> bool:
    """超国家, 超计划: jieba glues 超 to the noun of the threshold after it."""
    rest = pos_tag(token[len(word) :]) if token.startswith(word) and len(token) - len(word) >= 2 else []
    return len(rest) == 1 and rest[0][1] == "n"


def _named_before_threshold(doc: ArticleText, c: Candidate, subject: str | None, cs: int) -> str | None:
    """浦市站最高水位超警戒水位2.16米, PM2.5平均浓度超国家二级标准0.2倍: the figure is how far the noun
    before 超 (高于, 低于) passes the threshold named after it; neither the threshold nor the two
    glued together is the subject. Asked only when the clause (from ``cs``) holds a first
    character of a threshold word."""
    m = None  # the last word of passing a threshold (``threshold_words``) before the figure
    for found in doc.rules.threshold_word.finditer(doc.norm, cs + 1, c.start):
        m = found
    if m is None or any(ch.isdigit() for ch in doc.norm[m.end() : c.start]) or _quoted(doc, cs, m.start(), c):
        return None
    at = doc.shadow.rfind(subject, cs, c.start) if subject else -1
    if subject and (at < 0 or at + len(subject) <= m.start() or at >= m.start()):
        return None  # the subject stands before the threshold, after 超 (超长期特别国债), or names it
    toks = pos_tag(doc.shadow[m.start() : c.start])
    word = doc.shadow[m.start() : m.end()]
    if not toks or (toks[0][0] != word and not _glued_threshold(toks[0][0], word)):
        return None  # 超市, 超额, 超大: a word of its own
    named = noun_run_before(doc, replace(c, start=m.start()))[0]
    return named if named and len(named) >= 2 else None


def _quoted(doc: ArticleText, cs: int, at: int, c: Candidate) -> bool:
    """「工作時間超過法定上限」298件: whether ``at`` lies inside a quoted name closed before the figure
    (a word there is part of the name, not of the clause)."""
    opened = max(doc.norm.rfind(q, cs, at) for q in _OPENING_QUOTES)
    if opened < 0 or any(q in doc.norm[opened:at] for q in _CLOSING_QUOTES):
        return False
    return any(q in doc.norm[at : c.start] for q in _CLOSING_QUOTES)


_OPENING_QUOTES = ("“", "「", "『")
_CLOSING_QUOTES = ("”", "」", "』")


def _ranked_before(doc: ArticleText, c: Candidate, prev: Prior) -> str | None:
    """省建工集团位列第89位，较上年提升12位: places a ranking moved by (a rank marked moved), read as
    排名 alone, belong to what the rank just before in the sentence ranks. Asked only for a
    figure whose subject is 排名."""
    if c.kind == "rank" and not c.extra.get("moved"):
        return None
    ss, _ = doc.sentence(c.start)
    if c.kind == "rank" and "排名" in doc.norm[ss : c.start]:
        return None  # 中国…的排名从第78位升至第31位，跃升了近50位: the sentence names the ranking that moved
    for p, named, _ in reversed(prev):
        if p.start < ss:
            break
        if p.kind == "rank" and named and "排名" not in named:
            return named
    return None


#: what may stand between a value and a bound written beside it (0.12mg/kg ≤0.05mg/kg): spaces, a
#: tab between cells, a sign of comparison
_BESIDE = re.compile(r"[\s≤≥<>≦≧⩽⩾=]*")


def _beside_the_figure_before(doc: ArticleText, c: Candidate, prev: Prior, subject: str | None) -> str | None:
    """检验结果0.12mg/kg ≤0.05mg/kg, a table row's 0.12mg/kg<tab>≤0.05mg/kg: a subject read off the end
    of the unit of the figure right before (kg) names nothing; the figure beside it measures what
    that one does."""
    if not subject or not prev:
        return None
    p, named, _ = prev[-1]
    if not named or p.end > c.start or not doc.norm.endswith(subject, p.start, p.end):
        return None
    if _BESIDE.fullmatch(doc.norm, p.end, c.start) is None:
        return None
    return named


#: a closing bracket and the verb after it, right before a figure (）达到, ）为, )約)
_AFTER_BRACKET = re.compile(r"[）)][^，。；;（()）0-9]{0,4}$")


#: what a bracket defining the noun before it holds: a formula (与…之比, 占…比重) or a short name


def _named_before_definition(doc: ArticleText, c: Candidate, subject: str | None, cs: int) -> str | None:
    """研发经费投入强度（研发经费与地区生产总值之比）达到2.58%: a noun defined in the bracket after
    it is the subject; a noun of the definition is not. ``cs``: the clause's start; asked only
    when a closing bracket stands in the clause's last six characters."""
    m = _AFTER_BRACKET.search(doc.norm, max(0, c.start - 6), c.start)
    if m is None:
        return None
    opening = max(doc.norm.rfind("（", cs, m.start()), doc.norm.rfind("(", cs, m.start()))
    if opening <= cs or (subject and subject not in doc.shadow[opening : m.start()]):
        return None  # the subject is read outside the bracket
    if doc.rules.defining_word.search(doc.norm, opening, m.start()) is None:
        return None  # 占总人口的比重（常住人口城镇化率）: the bracket names the figure itself
    named = noun_run_before(doc, replace(c, start=opening))[0]
    if (
        named
        and doc.norm.startswith(doc.rules.words.alias_openers, opening + 1)
        and "、" in doc.norm[cs:opening]
    ):
        return None  # 建议、批评和意见（以下简称代表建议）: the alias names the list, not its last item
    return named if named and len(named) >= 2 else None


def revise(
    doc: ArticleText, c: Candidate, prev: Prior, subject: str | None, topic: bool
) -> tuple[str | None, bool]:
    """The subject, or the next candidate when it cannot name a thing; the topic flag is dropped
    with it."""
    # the clause and the cues it holds, read once for the checks below (most clauses hold none)
    cs, _ = doc.clause(c.start)
    window = doc.norm[cs : c.start]
    rules = doc.rules
    caused = (
        (None if rules.cause_cues.isdisjoint(window) else _named_before_cause(doc, c, subject, cs))
        or (_named_before_cause_before(doc, c, subject, cs) if len(window.strip()) <= _BARE_CHANGE else None)
        or (_run_of_the_level_before(doc, c, prev) if c.kind == "duration" else None)
        or (holiday_counted(doc, c) or event_after_a_length(doc, c) if c.kind == "duration" else None)
        or (None if rules.threshold_cues.isdisjoint(window) else _named_before_threshold(doc, c, subject, cs))
        or (_ranked_before(doc, c, prev) if subject == "排名" else None)
        or _beside_the_figure_before(doc, c, prev, subject)
    )
    if caused:
        return caused, False
    compound = _verb_and_head(doc, c, cs)
    if compound and (not subject or compound not in subject):
        return compound, False
    tail = window[-6:]  # a definition's closing bracket stands this close to the figure
    defined = _named_before_definition(doc, c, subject, cs) if "）" in tail or ")" in tail else None
    if defined:
        return defined, True  # it stands before the verb: a topic later clauses go on about
    if subject and len(subject) == 1 and c.kind == "count":
        joined = paired_compound_after(doc, c, subject)
        if joined:
            return joined, False
    if not subject:
        return counted_after_reporting(doc, c) or bare_rate_word(doc, c, cs) or _unnamed(doc, c, prev), False
    if not implausible(doc, c, subject):
        return subject, topic
    counted = _verb_before_counted(doc, c, subject, pos_tag(subject))
    if counted:
        return counted, False
    kept = [(p, s, t) for p, s, t in prev if not s or not implausible(doc, p, s)]
    before = noun_run_before(doc, c)[0]
    for other in (before, carried(doc, c, kept), sentence_topic(doc, c.start)):
        if other and other != subject and not implausible(doc, c, other):
            return other, False
    return None, False


#: the name opening a sentence before the words that date it (申請期由…, 本次培训自…, 展览将于…,
#: 2025年暑运自…): jieba reads 申请, 培训, 展览 as verbs
_OPENING_NAME = re.compile(
    r"(?:本次|此次|这次|该|本届|今年|[0-9０-９]{4}年)?([^，,。；;、0-9０-９由自从于将已在定]{2,8}?)(?:将|已|定于|于|由|自|从|在)"
)


#: jieba's tags of a modifier that may open such a compound (公共|充电|桩)
_COMPOUND_MODIFIER = ("b", "n", "a")


def _verb_and_head(doc: ArticleText, c: Candidate, cs: int) -> str | None:
    """建成充电桩15.8万个, 其中公共充电桩4.2万个: jieba cuts a compound noun into a verb and a
    single character it tags as a measure word (充电|桩); right before a count, the two (with a
    modifier before them) are the noun it counts."""
    if c.kind != "count":
        return None
    # YouBike租賃站擴增至1,300站: a change to a new level between; the compound then ends with the
    # figure's own measure word, whatever jieba tags it
    end = c.start
    for m in doc.rules.change_to.finditer(doc.norm, max(cs, c.start - 5), c.start):
        if m.end() == c.start:
            end = m.start()
    window = doc.shadow[max(cs, end - 10) : end]
    if not window or not "\u4e00" <= window[-1] <= "\u9fff":
        return None
    toks = pos_tag(window)
    if len(toks) < 2:
        return None
    (verb, vtag), (head, htag) = toks[-2], toks[-1]
    head_ok = htag == "q" or (end != c.start and head == c.unit)
    if len(head) != 1 or not head_ok or len(verb) != 2 or not vtag.startswith("v"):
        return None
    if end != c.start and len(toks) >= 3 and toks[-3][1] in ("m", "q"):
        return None  # 由約30個工作天縮短至20個工作天: the old level's unit, no compound noun
    modifier = (
        toks[-3][0] if len(toks) >= 3 and toks[-3][1] in _COMPOUND_MODIFIER and len(toks[-3][0]) == 2 else ""
    )
    return modifier + verb + head


def _unnamed(doc: ArticleText, c: Candidate, prev: Prior) -> str | None:
    """A figure the cascade found no subject for: the noun before a bracketed aside its clause
    opens inside (財政收入（即公共收入，不包括特區儲備轉撥）累計為884.7億), else the object of the
    clause just before, when that clause holds no figure and ends with its verb's object (提高育兒
    津貼，每名幼兒每月由5,000元提高至5,500元)."""
    cs, _ = doc.clause(c.start)
    ss, _ = doc.sentence(c.start)
    opening = max(doc.norm.rfind("（", ss, cs), doc.norm.rfind("(", ss, cs))
    if opening > ss and max(doc.norm.rfind("）", ss, cs), doc.norm.rfind(")", ss, cs)) < opening:
        return noun_run_before(doc, replace(c, start=opening))[0]
    if cs <= ss:
        return None
    if doc.norm.startswith(doc.rules.lasting_openers, cs):
        # 申請期由九月二日至十月十五日，為期四十四日: how long it lasts, the sentence's topic
        first = _OPENING_NAME.match(doc.shadow, ss, cs)
        lasting = first.group(1) if first else sentence_topic(doc, c.start)
        return lasting if lasting and not implausible(doc, c, lasting) else None
    pcs, pce = doc.clause(cs - 2)
    if pcs < ss or any(pcs <= p.start < pce for p, _, _ in prev[-3:]):
        return None
    toks = pos_tag(doc.shadow[pcs:pce])
    k = len(toks)
    while k > 0 and is_nounish(toks[k - 1][1]) and toks[k - 1][0] not in doc.rules.stop:
        k -= 1
    if k == len(toks) or k == 0 or toks[k - 1][1] != "v" or len(toks[k - 1][0]) < 2:
        return None  # no verb and object end the clause before
    obj = "".join(w for w, _ in toks[k:])
    return obj if len(obj) >= 2 else None
