"""A last look at a subject, for answers that can never be what a figure counts (session 10 round 3).

- a lone character (微 of 按年微跌1.3%, 者 of 50岁以上者, 人 of 有47,315人): the group framed before
  the figure (患者中…), the noun the clause before ends with (其次为家务工作，有29,806人), the figure
  before's subject for a change, else the sentence's topic; never the character;
- a verb of doing that takes the count as its object (吸引约126万人次参加, 再种植约50万棵): the verb
  after the count (参加), else the object the same verb took earlier (种植约48万棵树苗 -> 树苗);
- a predicate read after a count whose own noun stands right before it (其中为老助残类项目3个获评金奖);
- an item of a breakdown repeating an item listed before (其中投诉4.12万件): its own word, not a verb;
- a rate carried from the clause before while the clause names its own (申请9,846宗，批准率约为71%);
- the whole a share is taken of (约占总借阅量的四成, 占总数26.1%): the part counted before it;
- a noun carried into a run without something (连续十八年未发生重大森林火灾): what is kept away;
- a verb of holding a level (稳定控制在0.9‰以内) or a noun carried past it: the noun before the verb;
- a change read as the noun after a level compared with (较去年同期的11例明显增加): the sentence's.

Each check asks a cheap cue first (the subject's length, a mark or a word near the figure).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .candidate import Candidate, Prior, since
from .context import ArticleText
from .noun_phrase import noun_run_before
from .subject_counted_before import counted_before
from .subject_elided import (
    group_before_gong,
    measure_of_topic,
    object_closing,
    object_of_verb_before,
    verb_said_before,
)
from .tagging import pos_tag
from .topic import sentence_topic

#: bounds and adverbs between a verb and the count it takes (共, 约, 合共, 再, 超过)
_BOUNDS = re.compile(r"(?:共|约|近|逾|超过|超|合共|共计|合计|累计|总共|一共|再|又|另|多达|达)*$")

#: a group framing the figure's clause or a clause before (患者中50岁以上者, 参保人员中，65岁以上者)
_GROUP_FRAME = re.compile(
    r"(?:^|[，,：:])(?:在)?([^，,。；;：:0-9在]{2,10}?)(?:当中|之中|中)[，,]?(?=[0-9一二三四五六七八九十，,])"
)

#: a change word a compared level's following words end with (明显增加, 大幅下降)
_CHANGE_END = re.compile(
    r"(?:增加|减少|增长|下降|上升|回落|下跌|上涨|提高|降低|增多|减少|持平|攀升|回升|收窄|扩大|放缓|加快|缩小)$"
)

#: a comparison word and a period before a compared level and its 的 (较去年同期的, 较2015年高峰期的)
_COMPARED = re.compile(r"(?:较|比|与|同|相较于|相比于)(?:[0-9]{4}年)?[^，。；;0-9]{1,12}的$")

#: a rate named right before its copula (批准率约为, 授权率为, 办结率达)
_RATE_COPULA = re.compile(r"率(?:约为|约|为|达到|达|是|仅为|高达)*$")

#: what the word before a rate's 率 may not be: a change (增长率 names the thing before it)
_CHANGE_RATE = ("增长", "增", "降", "下降", "上升", "减少", "增加", "涨", "跌", "变化", "变动")

#: the marks that open an item of a list
_ITEM_OPEN = ("、", "，", ",", "：", ":", "其中", "当中")

#: what opens the name of a whole as such (总数, 总借阅量, 整体, 全部)
_WHOLE_WORDS = ("总", "整体", "全部")

#: the negations a run of years keeps something away with (未发生, 没有出现, 无)
_NEGATIONS = ("未", "没有", "没", "无", "不", "零")

#: a verb said again (再种植, 又新建, 将再派发, 继续开展): the same act, of the same object
_AGAIN = re.compile(r"(?:再|又|另|还将|继续|续)(?:次|行)?$")

#: a clause holding only a verb of having before its count (有47,315人, 计23万8,410人)
_BARE_HAS = re.compile(r"\s*(?:则|共|约|合共|另)?(?:有|计|计有|共计)\s*$")

#: what opens a breakdown, whose parts name their noun before their count (其中, 当中)
_BREAKDOWN = ("其中", "当中")

#: a verb of splitting right before a count of parts (共分, 分为, 拟分成), not inside a
#: word (细分, 划分, 部分, 评分)
_SPLIT = re.compile(r"(?<![细划区部充评积得打十百千万成身过处瓜拆均])分(?:为|成)?$")

#: verbs of doing that name no act of their own (执行800场次): the act is named elsewhere
_LIGHT_VERBS = ("执行", "进行", "开展", "实施", "办理", "完成", "举办", "举行", "组织")

#: word classes a verb of doing has in jieba's tags
_VERB_TAGS = ("v", "vd")


def last_look(
    doc: ArticleText, c: Candidate, prev: Prior, subject: str | None, topic: bool
) -> tuple[str | None, bool]:
    """The subject, unless it is a lone character, a verb of doing, a predicate, a word the
    figure's own item or rate replaces, or a change after a compared level."""
    if (
        c.kind == "count"
        and (not subject or subject.endswith("中共"))
        and "中共" in doc.norm[c.start - 6 : c.start]
    ):
        framed = group_before_gong(doc, c)
        if framed:
            return framed, False
    if not subject and c.kind == "count" and c.unit in doc.rules.people_units and "table_head" not in c.extra:
        taken = object_of_verb_before(doc, c)
        if taken:
            return taken, False
    if c.unit in doc.rules.event_units and _SPLIT.search(doc.norm, max(0, c.start - 4), c.start):
        return c.unit, False  # 共分6批次参与发行, 分3批次进行: the parts a thing is split into
    if not subject or "table_head" in c.extra or c.kind == "rank":
        return subject, topic
    near = doc.norm[max(0, c.start - 16) : c.start]
    count = c.kind == "count"
    better = (
        (_one_character(doc, c, prev, subject) if len(subject) == 1 else None)
        or (_named_in_turn(doc, c) if count and near.endswith("有") else None)
        or (_compared_level(doc, c, prev, subject) if near.endswith("的") else None)
        or (_listed_item(doc, c, subject) if count and ("其中" in near or "当中" in near) else None)
        or (_rate_named(doc, c, subject) if c.kind == "percent" and "率" in near[-6:] else None)
        or (_whole_of_share(doc, c, prev, subject) if c.kind == "percent" and "占" in near else None)
        or (_run_kept(doc, c, subject) if c.kind == "duration" and near.endswith("连续") else None)
        or (_held_at(doc, c, subject) if "在" in near[-3:] or "于" in near[-3:] else None)
        or (_verb_of_doing(doc, c, prev, subject) if count and subject in near[-8:] else None)
        or (verb_said_before(doc, c, subject) if len(subject) == 2 and subject in near[-6:] else None)
        or (measure_of_topic(doc, c, subject) if subject in doc.rules.rank_measures else None)
        or (_carried_past_verb(doc, c, subject) if count and subject not in near else None)
        or (_predicate_after(doc, c, subject) if count and doc.norm.startswith(subject, c.end) else None)
        or (counted_before(doc, c, prev, subject) if count else None)  # 其中3件, 已建成3所, 总数达到312家
    )
    if better and better != subject and better not in doc.rules.qual_after_words:
        return better, False  # (a bound word, 以上, is never the thing: the subject stands)
    return subject, topic


def _noun(words: str) -> bool:
    toks = pos_tag(words)
    return bool(toks) and toks[-1][1][:1] in ("n", "v") and toks[-1][1] not in ("v", "vd", "nr")


def _one_character(doc: ArticleText, c: Candidate, prev: Prior, subject: str) -> str | None:
    """患者中50岁以上者 -> 患者, 按年微跌1.3% -> the level's subject before it, 其次为家务工作，有
    29,806人 -> 家务工作: a character cut from a longer word before the figure (微 of 微跌), the
    suffix 者, or the count's own unit after a bare 有 names nothing; a noun of one character that
    is a word of its own (兔出笼, 宽30.8米, 五件事, 两种人) or the last count's noun (村38个) stays."""
    ss, _ = doc.sentence(c.start)
    cs, _ = doc.clause(c.start)
    at = doc.norm.rfind(subject, cs, c.start)
    if subject == "者":
        pass  # 50岁以上者: a suffix that makes a group of those described
    elif any(s == subject and p.kind == "count" for p, s, _ in since(prev, ss)[-1:]):
        return None  # 100万元以上的村38个，占全县村数的10.1%: the count's noun, carried to its share
    elif at >= 0:
        offset, glued = cs, False
        for word, _ in pos_tag(doc.norm[cs : c.start]):
            if offset <= at < offset + len(word):
                glued = len(word) > 1
                break
            offset += len(word)
        if not glued:
            return None
    elif not (subject == c.unit and _BARE_HAS.fullmatch(doc.norm, cs, c.start)):
        return None
    framed = [m.group(1) for m in _GROUP_FRAME.finditer(doc.norm[ss : c.start + 1])]
    if framed and _noun(framed[-1]):
        return framed[-1]
    before = [s for _, s, _ in since(prev, ss) if s and len(s) >= 2]
    if c.kind != "count" and before:
        return before[-1]  # 使用人次则为2,430万，按年微跌1.3%: the level the change is of
    if cs > ss and _BARE_HAS.fullmatch(doc.norm, cs, c.start):
        ended = noun_run_before(doc, replace(c, start=cs - 1))[0]
        if ended and len(ended) >= 2:
            return ended  # 以东区人口最多，计23万8,410人: the noun the clause before ends with
    topic = sentence_topic(doc, c.start)
    return topic if topic and len(topic) >= 2 else None


#: a clause naming a group in its turn, and a clause of its count after it (其次为家务工作，有29,806人,
#: 居首的是建筑业，共有…)
_IN_TURN = re.compile(r"(?:为|是|係)([^，,。；;：:0-9为是]{2,12})[，,]\s*(?:则|共|约|合共)?有$")


def _named_in_turn(doc: ArticleText, c: Candidate) -> str | None:
    """其次为家务工作，有29,806人: a count whose clause holds only 有 counts the group the clause
    before names after its copula, not a group carried from further back."""
    m = _IN_TURN.search(doc.norm, max(0, c.start - 20), c.start)
    return m.group(1) if m is not None and _noun(m.group(1)) else None


def _compared_level(doc: ArticleText, c: Candidate, prev: Prior, subject: str) -> str | None:
    """较去年同期的11例明显增加, 較二○○○年高峰期的2,474宗: the level compared with is of the thing the
    sentence counts, not of the change read after it nor of the stretch of time inside the frame."""
    cs, _ = doc.clause(c.start)
    frame = _COMPARED.search(doc.norm, cs, c.start)
    changed = doc.norm.startswith(subject, c.end) and _CHANGE_END.search(subject)
    if frame is None or not (changed or (subject[-1] in "期时時" and subject in frame.group(0)[1:])):
        return None
    ss, _ = doc.sentence(c.start)
    same = [s for p, s, _ in since(prev, ss) if s and p.unit == c.unit and s != subject]
    return same[-1] if same else sentence_topic(doc, c.start)


def _item_word(doc: ArticleText, c: Candidate) -> tuple[str, int] | None:
    """The words of the figure's own item before it (past its bounds) and where they start."""
    lo = max(0, c.start - 12)
    start = max(doc.norm.rfind(m, lo, c.start) + len(m) for m in _ITEM_OPEN)
    if start < lo + 1:
        return None
    item = doc.norm[start : c.start]
    bounds = _BOUNDS.search(item)
    words = item[: len(item) - len(bounds.group(0))].strip() if bounds is not None else item.strip()
    if not 2 <= len(words) <= 6 or re.search(r"[0-9的]", words):
        return None
    return words, start


def _listed_item(doc: ArticleText, c: Candidate, subject: str) -> str | None:
    """投诉、举报和咨询8.63万件，其中投诉4.12万件、举报1.37万件: an item of a breakdown that repeats
    an item listed before it names its own figure, though jieba reads it a verb."""
    found = _item_word(doc, c)
    if found is None or found[0] == subject:
        return None
    words, start = found
    ss, _ = doc.sentence(c.start)
    opened = max(doc.norm.rfind("其中", ss, start), doc.norm.rfind("当中", ss, start))
    if opened < 0:
        return None
    listed = doc.norm[ss:opened]
    marks = ("、", "和", "及", "与")
    if any(words + m in listed or m + words in listed for m in marks):
        return words
    return None


def _rate_named(doc: ArticleText, c: Candidate, subject: str) -> str | None:
    """申请9,846宗，批准率约为71%: the rate the clause names before its copula, not the noun carried
    from the clause before (a change rate, 增长率, names the thing before it and is left alone)."""
    cs, _ = doc.clause(c.start)
    if subject.endswith("率") or subject in doc.norm[cs : c.start]:
        return None
    m = _RATE_COPULA.search(doc.norm, max(cs, c.start - 12), c.start)
    if m is None:
        return None
    toks = pos_tag(doc.norm[cs : m.start()])
    if not toks or toks[-1][0].endswith(_CHANGE_RATE) or toks[-1][1] in ("m", "t", "p", "x"):
        return None
    name = toks[-1][0] if len(toks[-1][0]) >= 2 or len(toks) < 2 else toks[-2][0] + toks[-1][0]
    return name + "率"


def _whole_of_share(doc: ArticleText, c: Candidate, prev: Prior, subject: str) -> str | None:
    """约占总借阅量的四成, 有47,315人，占总数26.1%: the whole named after 占 is what the share is
    taken of, never its subject; the part is the figure's before it in the sentence, else the
    sentence's topic."""
    if not subject.startswith(_WHOLE_WORDS):
        return None  # 占年度计划的112.3%, 占GDP比重: a plan or a named whole the gold keeps
    cs, _ = doc.clause(c.start)
    at = doc.norm.rfind("占", cs, c.start)
    if at < 0 or subject not in doc.norm[at : c.start]:
        return None
    ss, _ = doc.sentence(c.start)
    parts = [s for p, s, _ in since(prev, ss) if s and s != subject and p.kind != "percent"]
    if parts:
        return parts[-1]
    topic = sentence_topic(doc, c.start)
    return topic if topic and topic != subject and topic not in doc.norm[at : c.start] else None


def _run_kept(doc: ArticleText, c: Candidate, subject: str) -> str | None:
    """全县已连续十八年未发生重大森林火灾, 连续五年无重大刑案: how long a run without something lasts
    measures what is kept away (the noun after the negation and its verb), not a noun carried from
    a clause before."""
    cs, ce = doc.clause(c.start)
    if subject in doc.norm[cs : c.end]:
        return None  # 人口已连续14年正成长: the clause's own noun
    toks = list(pos_tag(doc.norm[c.end : ce]))
    negated = False
    while toks and (toks[0][0] in _NEGATIONS or toks[0][1] == "d"):
        negated = negated or toks.pop(0)[0] in _NEGATIONS
    if not negated:
        return None  # 臭氧…，连续两年均达到国家二级标准: what is kept up is the clause's topic
    if toks and toks[0][1].startswith("v"):
        toks.pop(0)  # 未发生, 没有出现: the verb of what did not happen
    if not toks or not toks[-1][1].startswith("n"):
        return None
    kept = "".join(w for w, _ in toks)
    return kept if 2 <= len(kept) <= 10 and not re.search(r"[0-9，、（(]", kept) else None


def _held_at(doc: ArticleText, c: Candidate, subject: str) -> str | None:
    """确保森林火灾受害率稳定控制在0.9‰以内, 失业率持续保持在5.5%以内: the noun before an adverb and a
    verb of holding (控制在, 保持在, 维持在) is what is held there, not the verb nor a noun carried
    from a clause before."""
    cs, _ = doc.clause(c.start)
    if subject in doc.norm[cs : c.start] and not subject.endswith(doc.rules.words.held_verbs):
        return None  # (失业率持续保持, 增长率严格控制: a noun read over the verb is cut before it)
    m = doc.rules.words.held_run.search(doc.norm, max(cs, c.start - 12), c.start)
    if m is None or m.start() <= cs:
        return None
    held = noun_run_before(doc, replace(c, start=m.start()))[0]
    return held if held and held != subject and len(held) >= 2 else None


def _topic_before_verb(doc: ArticleText, c: Candidate, cs: int, at: int) -> str | None:
    """“带押过户”累计办理2,316笔, 行政复议案件全年共审结312件: a count of things done (not of acts or
    people: 共接种1万3,756人次) after a verb, a bound or a time between the verb and the noun before
    it, counts that noun, the topic the clause names."""
    if c.unit in doc.rules.event_units or c.unit in doc.rules.people_units:
        return None
    bounds = _BOUNDS.search(doc.norm, cs, at)
    begin = bounds.start() if bounds is not None else at
    timed = doc.times_between(cs, begin)
    if timed and timed[-1].end == begin:
        begin = timed[-1].start  # “不见面审批”全年共审批1,530件: past the time before the verb
    if begin <= cs or (begin == at and doc.norm[at - 1] not in _QUOTE_ENDS):
        return None  # 离婚登记申请15206件: a verb right after a noun is part of a noun phrase
    done = _quoted_name(doc.norm[cs:begin]) or noun_run_before(doc, replace(c, start=begin))[0]
    return done if done and len(done) >= 2 and doc.norm.find(done, cs, begin) >= 0 else None


def _carried_past_verb(doc: ArticleText, c: Candidate, subject: str) -> str | None:
    """“一网通办”率达92.6%…；“带押过户”累计办理2,316笔: a topic carried from an earlier clause past a
    verb of doing right before the count yields to the noun the count's own clause names before it."""
    cs, ce = doc.clause(c.start)
    if subject in doc.norm[cs:ce]:
        return None  # 共發生41宗山火: the clause's own noun
    bounds = _BOUNDS.search(doc.norm, max(cs, c.start - 8), c.start)
    end = bounds.start() if bounds is not None else c.start
    toks = pos_tag(doc.norm[max(cs, end - 4) : end])
    if not toks or toks[-1][1] not in _VERB_TAGS or len(toks[-1][0]) != 2:
        return None
    return _topic_before_verb(doc, c, cs, end - 2)


def _verb_of_doing(doc: ArticleText, c: Candidate, prev: Prior, subject: str) -> str | None:
    """吸引约126万人次参加, 该署计划再种植约50万棵: a verb right before a count takes it as its
    object and names no thing; the verb after the count (参加), else the object the same verb
    took in a figure before (种植约48万棵树苗)."""
    cs, ce = doc.clause(c.start)
    at = doc.norm.rfind(subject, cs, c.start)
    if at < 0 or _BOUNDS.fullmatch(doc.norm, at + len(subject), c.start) is None:
        return None
    toks = pos_tag(subject)
    if len(toks) != 1 or toks[0][1] not in _VERB_TAGS:
        return None
    rest = doc.norm[c.end : ce].strip()
    if 2 <= len(rest) <= 6 and not re.search(r"[0-9的，、（(]", rest):
        return rest  # 吸引约126万人次参加: those who took part
    if c.unit in doc.rules.event_units and doc.norm[at : at + len(subject)] in _LIGHT_VERBS:
        # 实施专案检查，预计再执行800场次: acts counted after a verb of doing are the acts the clause
        # before names with its verb and object
        acts = object_closing(doc, doc.sentence(c.start)[0], cs, acts=True) if cs > 0 else None
        if acts:
            return acts
    if _AGAIN.search(doc.norm, max(cs, at - 4), at) is None:
        return _topic_before_verb(doc, c, cs, at)
    for p, s, _ in reversed(since(prev, max(0, c.start - 300))):
        if (
            not s
            or s == subject
            or p.unit != c.unit
            or subject not in doc.norm[max(0, p.start - 8) : p.start]
        ):
            continue
        # 种植约48万棵树苗。…再种植约50万棵: the object the verb took before, after its count or
        # right after the verb (栽植苗木3.2万株), never a part named before the verb (长者接种…)
        if doc.norm.startswith(s, p.end) or _BOUNDS.fullmatch(
            doc.norm, doc.norm.rfind(subject + s, 0, p.start) + len(subject + s), p.start
        ):
            return s
    return None


#: a quoted name alone (“带押过户”, 「醫健通」): a business or a scheme the clause is about
_QUOTE_ENDS = '”」』"'
_QUOTED_NAME = re.compile(r"\s*[“「『\"]([^”」』\"，,。；;]{2,12})[”」』\"]\s*")


def _quoted_name(words: str) -> str | None:
    m = _QUOTED_NAME.fullmatch(words)
    return m.group(1) if m is not None else None


def _predicate_after(doc: ArticleText, c: Candidate, subject: str) -> str | None:
    """其中为老助残类项目3个获评金奖: words after a count that open with a verb are its predicate;
    the noun right before the count is what it counts."""
    cs, _ = doc.clause(c.start)
    opened = max(doc.norm.rfind(w, max(cs, c.start - 14), c.start) for w in _BREAKDOWN)
    if opened < 0 or re.search(r"[，、：:（(]", doc.norm[opened : c.start]):
        return None  # 南湖片区两个安置小区: outside a breakdown the words after may be the noun
    toks = pos_tag(subject)
    if not toks or toks[0][1] not in _VERB_TAGS:
        return None
    named = noun_run_before(doc, c)[0]
    if not named or not doc.norm.endswith(named, 0, c.start):
        return None
    return named
