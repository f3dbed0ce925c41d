"""Words that can never be what a figure measures, and what to take instead (session 10).

A last look at the subject :mod:`.subject_review` settled on, for three families of answer that
name no thing:

- a time (八月份，共有316.9萬人次入境旅客: 八月份 says when, not what);
- a word pointing back (在上述致命個案中，有五宗…: 上述 points at the noun after it);
- a word saying how a change is measured (名义增长5.3%, 实际增长, 同口径增长4.6%, 按年上升,
  较七月份亦增加 after 日均: the thing is the one the sentence named, not 名义 or 日均).

Two more guards read a sentence's parts: a figure in a part of its own (after ；) or a clause
opening with its own noun does not take a neighbour's subject (…；乘客满意度测评得分91.6分, not
公交准点率), and a second count whose own verb stands right before it (共有1.2万人报名，最终录取
350人) is that verb's count, not the first verb's.

Each guard asks a cheap cue first (the subject's length, a word list, a character before it).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .candidate import Candidate, Prior, since
from .carried import is_change
from .compared_base import base_of_comparison
from .context import ArticleText
from .listed_pronouns import listed_for
from .noun_after import noun_run_after
from .noun_phrase import noun_run_before
from .respective_baselines import respective_baseline
from .subject_recut import recut
from .tagging import pos_tag
from .topic import sentence_topic
from .words_before import is_nounish

#: a time written alone as a subject (八月份, 2024年, 一季度, 上半年, 1-6月, 首八個月, 同期, 全年), or
#: the baseline a comparison names by it (比上年（980万人次）, 去年同期)
_TIME_ALONE = re.compile(
    r"(?=.)(?:比|较)?(?:[0-9〇○零一二三四五六七八九十]{2,4}年度?)?"
    r"(?:[0-9一二三四五六七八九十]{1,3}(?:\s*[-－–—至~]\s*[0-9一二三四五六七八九十]{1,3})?月份?[底末初]?"
    r"|第?[一二三四1-4]季度?|[上下]半年|前[一二三1-3]季度?|首[一二三四五六七八九十]{1,2}个?月"
    r"|全年|今年|去年|上年|本年度?|当年|(?:去年|上年|前年)?同期|年底|年末|年初|月底|月末|年内|期内|当月|本月|上月"
    r"|本季度?|上季度?|报告期内?|本期|当期|年度)?"
)

#: a character every time :data:`_TIME_ALONE` reads holds (2024年, 八月份, 一季度, 同期: each of its
#: branches writes one), asked before the pattern
TIME_ALONE_CHARS = frozenset("年月季期")

#: kinds of figure that state a change or a share of what the sentence names
_RATES = ("percent", "percentage_point", "multiple")

#: what opens a sentence's topic clause as its frame (入境旅客方面，, 就业方面，, 在出口方面，)
_ASPECT = re.compile(r"\s*(?:在|从|就)?([^，,。；;：:0-9]{2,14}?)(?:方面|领域)(?:来看|看)?[，,：:]")

#: a sentence framed by an aspect or a group it opens with (出口方面，, 在上述項目中，, 就业领域，)
_FRAME = re.compile(r"\s*(?:在|从|就)?([^，,。；;：:0-9]{2,14}?)(方面|领域|当中|之中|中)(?:来看|看)?[，,]")

#: what stands between a group framing a sentence and the count of its members (共有, 约有, 有)
_HAS = re.compile(r"\s*(?:其中)?(?:共|约|仅|只)?有\s*$")

#: tags that may open a clause before its noun (a time, a pronoun, a conjunction, an adverb)
_OPENERS = ("t", "r", "c", "d", "m", "f")


def second_look(
    doc: ArticleText, c: Candidate, prev: Prior, subject: str | None, topic: bool
) -> tuple[str | None, bool]:
    """The subject, unless it is a time, a pointing word or a word of how a change is measured, or
    a neighbour's where the figure's part or clause names its own."""
    if "table_head" in c.extra or c.kind == "rank":
        return subject, topic
    after_time = _noun_past_a_time(doc, c, subject)
    if after_time:
        return after_time, False
    if not subject:
        return _framed_topic(doc, c), False
    earlier = respective_baseline(doc, c, prev)  # 均高于上届（分别为94.8%、97.9%）: the n-th before
    if earlier:
        return earlier, False
    better = (
        (_short_subject(doc, c, prev, subject) if len(subject) <= 8 else None)
        or _part_names_its_own(doc, c, prev, subject)
        or base_of_comparison(doc, c, prev, subject)
    )
    if better:
        return better, False
    cut = recut(doc, c, subject)  # 级新生 -> 一年级新生, 景区 -> 5A级景区
    return cut, topic


def _short_subject(doc: ArticleText, c: Candidate, prev: Prior, subject: str) -> str | None:
    """The guards of a subject of eight characters or fewer, each asked only when its cue holds (a
    pointing word, a count in letters, a word of how, a character of a time, a word of summing)."""
    words = doc.rules.words
    manner = is_manner(doc, subject)
    return (
        (
            _after_pointer(doc, c, subject)
            if subject in words.pointing_words or subject in words.pointing_leads
            else None
        )
        or (_own_verb(doc, c, prev, subject, manner) if c.kind == "count" and subject.isalpha() else None)
        or (_for_manner(doc, c, prev, subject) if manner else None)
        or (_for_time(doc, c, prev, subject) if not TIME_ALONE_CHARS.isdisjoint(subject) else None)
        or (_aspect(doc, c) if subject in _TOTALS else None)
        or (listed_for(doc, c, subject) if subject.endswith("者") else None)  # 三者: the list before
    )


def _noun_past_a_time(doc: ArticleText, c: Candidate, subject: str | None) -> str | None:
    """全年收入1050万元, 该中心全年收入1050万元: jieba keeps a time and the noun after it as one word
    (全年收入), which the noun reader drops as a time; the noun past the time is the subject."""
    a = max(0, c.start - 6)
    if doc.kept("time_ends", None, lambda: _time_ends(doc)).find(1, a + 1, c.start) < 0:
        return None  # the cheapest cue: no time ends in the six characters before the figure
    times = doc.times_between(a, c.start)
    if not times or times[-1].end >= c.start or c.start - times[-1].end > 6:
        return None  # the cheap cue: a time ends in the few characters before the figure
    t = times[-1]
    cs, _ = doc.clause(c.start)
    if t.start < cs:
        return None
    toks = pos_tag(doc.shadow[cs : c.start])
    if not toks or not is_nounish(toks[-1][1]) or toks[-1][1] in ("a", "ad"):
        return None
    word_start = c.start - len(toks[-1][0])
    if not word_start < t.end < c.start:
        return None  # the word is not a time and a noun joined
    noun = doc.shadow[t.end : c.start]
    if len(noun) < 2 or (subject and noun in subject):
        return None
    return noun


def _time_ends(doc: ArticleText) -> bytearray:
    """A mark at each character a time of the document ends at (made once per document)."""
    ends = bytearray(len(doc.norm) + 1)
    for t in doc.times:
        ends[t.end] = 1
    return ends


def _framed_topic(doc: ArticleText, c: Candidate) -> str | None:
    """出口方面，1-9月累计完成286.5亿元; 上述項目中，共有3項已完成: a figure that names nothing, in a
    sentence framed by an aspect or a group (X方面，, X中，), measures or counts that X (past a
    pointing word)."""
    ss, _ = doc.sentence(c.start)
    frame = _FRAME.match(doc.norm, ss)
    if frame is None or frame.end() > c.start:
        return None
    if frame.group(2) not in ("方面", "领域") and not _HAS.match(doc.norm, frame.end(), c.start):
        return None  # 在疫情防控中，全市投入…: a group only before 有 (上述項目中，共有3項)
    named = doc.shadow[frame.start(1) : frame.end(1)]
    pointer = next((w for w in doc.rules.words.pointing_leads if named.startswith(w)), "")
    named = named[len(pointer) :]
    return named if len(named) >= 2 and not _TIME_ALONE.fullmatch(named) else None


def is_manner(doc: ArticleText, word: str) -> bool:
    """Whether ``word`` only says how a figure is measured (名义, 实际, 同口径, 日均, 按年), or ends
    with such a word after what it was adjusted for (价格因素实际 of 扣除价格因素实际增长5.1%)."""
    manner = doc.rules.words.manner_words
    return word in manner or word.endswith(_adjusted_manner(manner))


#: what ends a figure adjusted for something, before its word of how (价格因素实际, 调整后同口径)
_ADJUSTED_FOR = ("因素", "因素后", "后")


@lru_cache(maxsize=4)
def _adjusted_manner(manner: frozenset[str]) -> tuple[str, ...]:
    """Each word of how (two characters or more) after each ending of what it was adjusted for
    (因素实际, 后同口径), made once per word list: one ``endswith`` per word asked, not one a word."""
    return tuple(a + w for w in sorted(manner) if len(w) >= 2 for a in _ADJUSTED_FOR)


def _for_manner(doc: ArticleText, c: Candidate, prev: Prior, subject: str) -> str | None:
    """名义增长5.3%, 同口径增长4.6%, (日均約41.8萬人次，)較七月份亦增加5.6%: a word of how a change is
    measured is no thing; the figure changes the last amount the sentence named, else the noun the
    sentence opens with. An average of a count (日均約41.8萬人次) is left as it is."""
    if not is_manner(doc, subject):
        return None
    averaged = subject.endswith("均")
    if averaged and c.kind not in _RATES:
        return None
    return _named_thing(doc, c, prev)


def _for_time(doc: ArticleText, c: Candidate, prev: Prior, subject: str) -> str | None:
    """八月份共有316.9萬人次入境旅客, 入境旅客方面，八月份共有316.9萬人次: a time says when; the
    figure counts the noun after it, else the topic its sentence opens with, else the thing the
    sentence named before."""
    if TIME_ALONE_CHARS.isdisjoint(subject) or not _TIME_ALONE.fullmatch(subject):
        return None  # the cheap test first: every time alone holds one of those characters
    if c.unit and c.kind == "count" and c.unit_start + len(c.unit) == c.end:
        after, _ = noun_run_after(doc, c.end, counted=True, figure_at=c.start)
        if after and not _TIME_ALONE.fullmatch(after):
            return after
    return _named_thing(doc, c, prev)


def _after_pointer(doc: ArticleText, c: Candidate, subject: str) -> str | None:
    """在上述致命個案中，有五宗涉及從高處墮下: a word pointing back (上述, 前述, 有关) names nothing;
    the noun after it in the clause does (致命個案)."""
    if subject not in doc.rules.words.pointing_leads and subject not in doc.rules.words.pointing_words:
        return None
    ss, _ = doc.sentence(c.start)
    at = doc.shadow.rfind(subject, ss, c.start)
    if at < 0:
        return None
    _, ce = doc.clause(at)
    toks = pos_tag(doc.shadow[at + len(subject) : min(ce, c.start)])
    run: list[str] = []
    for word, tag in toks:
        if run and tag == "f":
            break  # 個案中: the place word ends the noun
        if is_nounish(tag) or (not run and tag in ("v", "vn") and len(word) == 2):
            run.append(word)  # 致命個案: jieba's verb 致命 describes the 個案
            continue
        break
    named = "".join(run)
    return named if len(named) >= 2 and is_nounish(toks[len(run) - 1][1]) else None


def _own_verb(doc: ArticleText, c: Candidate, prev: Prior, subject: str, manner: bool) -> str | None:
    """本次招聘共有1.2万人报名，最终录取350人; 共有5600人申请公租房，最终获配3200人: a count whose own
    verb stands right before it, in a clause that names no noun, counts that verb's act, not the
    act of the count before it (the subject carried is a verb read after the earlier figure, not a
    noun: 38个重点项目中，25个开工; 实际参考792人: a word of how may stand before the verb)."""
    if c.kind != "count" or not subject.isalpha():
        return None
    after = any(doc.shadow.startswith(subject, p.end) for p, subj, _ in prev[-2:] if subj == subject)
    if not manner and not (after and pos_tag(subject)[0][1] in ("v", "p")):
        return None  # 报名, 申请公租房: the act read after the count before, or 实际 read before the verb
    cs, ce = doc.clause(c.start)
    if subject in doc.shadow[cs:ce] and not manner:
        return None  # its clause names it
    toks = pos_tag(doc.shadow[cs : c.start])
    if not toks:
        return _act_after(doc, c, ce) if not manner else None  # 2980人通过资格审查: the act after it
    if toks[-1][1] != "v" or len(toks[-1][0]) != 2 or toks[-1][0] in doc.rules.stop:
        return None
    if any(is_nounish(tag) and not is_manner(doc, w) for w, tag in toks[:-1]):
        return None  # a noun of the clause's own: the cascade read it
    return toks[-1][0]


def _act_after(doc: ArticleText, c: Candidate, ce: int) -> str | None:
    """共有3600人报名，2980人通过资格审查: a count opening its clause, its own verb and object after
    it (at most eight characters to the clause's end; jieba tags 通过 a preposition), counts those
    who do that, not the act of the count before."""
    words = doc.shadow[c.end : ce].strip().rstrip("，,。；;！？!?")
    if not 2 <= len(words) <= 8 or not words.isalpha():
        return None
    toks = pos_tag(words)
    if toks[0][1] not in ("v", "p") or toks[0][0] in doc.rules.stop or len(toks[0][0]) != 2:
        return None
    return words


def _named_thing(doc: ArticleText, c: Candidate, prev: Prior) -> str | None:
    """What a sentence is about, for a figure whose own word names nothing: the last amount its
    sentence stated (not a rate, not one named by another such word), else the noun its first clause
    opens with, else the aspect its sentence is framed by (入境旅客方面，)."""
    ss, _ = doc.sentence(c.start)
    for p, subj, _ in reversed(since(prev, ss)):
        if not subj or p.kind in _RATES or is_manner(doc, subj) or _TIME_ALONE.fullmatch(subj):
            continue
        if not _in_aside(doc, p.start, c.start):
            return subj
    aspect = _aspect(doc, c)
    if aspect:
        return aspect
    named = _noun_before_predicate(doc, c, ss)
    if named:
        return named
    topic = sentence_topic(doc, c.start)
    return None if not topic or is_manner(doc, topic) or _TIME_ALONE.fullmatch(topic) else topic


def _aspect(doc: ArticleText, c: Candidate) -> str | None:
    """The aspect a sentence is framed by (入境旅客方面，, 政府開支方面，: 入境旅客, 政府開支)."""
    ss, _ = doc.sentence(c.start)
    aspect = _ASPECT.match(doc.norm, ss)
    if aspect is None or aspect.end() > c.start:
        return None
    return doc.shadow[aspect.start(1) : aspect.end(1)]


#: words that say a figure is a sum (政府開支方面，…合共2,865億元): no thing of their own
_TOTALS = frozenset({"合共", "合计", "共计", "总计", "总共"})


def _noun_before_predicate(doc: ArticleText, c: Candidate, ss: int) -> str | None:
    """The noun an earlier clause of the sentence states something of (全澳各口岸出入境人次|共錄得…):
    the noun run before the first verb a noun is followed by, the nearest clause first."""
    cs, _ = doc.clause(c.start)
    at = cs - 1
    while at > ss:
        pcs, pce = doc.clause(at - 1)
        toks = pos_tag(doc.shadow[pcs:pce])
        end = pcs
        for k, (word, tag) in enumerate(toks[:-1]):
            end += len(word)
            if is_nounish(tag) and word not in doc.rules.stop and toks[k + 1][1][:1] in ("v", "d"):
                named = noun_run_before(doc, replace(c, start=end))[0]
                if named and not is_manner(doc, named) and not _TIME_ALONE.fullmatch(named):
                    return named
                break
        at = pcs
    return None


def _in_aside(doc: ArticleText, at: int, end: int) -> bool:
    """Whether ``at`` stands inside brackets closed before ``end`` (上半年全市居民消费价格同比下降0.3%
    in （…）: an aside's figure names no thing of the sentence's)."""
    opened = max(doc.shadow.rfind("（", 0, at), doc.shadow.rfind("(", 0, at))
    if opened < 0 or max(doc.shadow.rfind("）", opened, at), doc.shadow.rfind(")", opened, at)) >= 0:
        return False
    return max(doc.shadow.find("）", at, end), doc.shadow.find(")", at, end)) >= 0


def _part_names_its_own(doc: ArticleText, c: Candidate, prev: Prior, subject: str) -> str | None:
    """…，比上年提高1.5个百分点；乘客满意度测评得分91.6分: a figure in a part of the sentence after
    ；that opens with a noun of its own, and no figure between, is that noun's, not
    the subject carried from the part before (公交准点率). So is 全年单日客运量最高出现在10月1日，
    达到126.8万人次 after ；: the part's noun, not the last count's."""
    cs, ce = doc.clause(c.start)
    own = doc.shadow[cs:ce]
    if subject in own:
        return None  # named in its own clause
    ss, _ = doc.sentence(c.start)
    semi = max(doc.norm.rfind("；", ss, cs), doc.norm.rfind(";", ss, cs))
    if semi < 0 and (cs <= ss or c.kind in _RATES):
        return None  # the sentence's first clause, or a rate: the cascade's carrying holds
    if any(w in own for w, _ in pos_tag(subject) if len(w) >= 2):
        return None  # a word of it is: a subject joined from the clause's words
    if semi < 0:
        return _clause_names_its_own(doc, c, cs, ss)
    start = semi + 1
    if any(p.start >= start for p, _, _ in prev[-3:]):
        return None  # a figure of the part before this one: carried inside the part
    if subject in doc.shadow[start:cs]:
        return None
    pcs, pce = doc.clause(start)
    return _opening_noun(doc, pcs, min(pce, c.start))


def _clause_names_its_own(doc: ArticleText, c: Candidate, cs: int, ss: int) -> str | None:
    """全年公交准点率为92.3%，乘客满意度测评得分91.6分: a later clause that is a noun, verbs only and
    its figure (a score, a count of what the verbs do) measures its own noun, not the one carried
    from the clause before. A change (比上年提高…), a comparison or a part named by 如, 更 is left to
    the cascade."""
    if is_change(doc, c) or c.kind in _RATES:
        return None
    toks = pos_tag(doc.shadow[cs : c.start])
    first, k = _opening_run(doc, toks, stop_ends=False)
    verbs = toks[k:]
    if k == first or not verbs or any(t != "v" or w in doc.rules.stop for w, t in verbs):
        return None
    noun = "".join(w for w, _ in toks[first:k])
    return noun if 3 <= len(noun) <= 12 else None


def _opening_noun(doc: ArticleText, start: int, end: int) -> str | None:
    """The noun a clause opens with (past a time, a pronoun or an adverb), when a verb follows it:
    乘客满意度|测评得分, 全年|单日客运量|最高出现."""
    toks = pos_tag(doc.shadow[start:end])
    first, k = _opening_run(doc, toks, stop_ends=True)
    if k == first or k >= len(toks) or not toks[k][1].startswith(("v", "a", "d")):
        return None  # no noun, or none a predicate follows
    noun = "".join(w for w, _ in toks[first:k])
    return noun if 3 <= len(noun) <= 12 else None


def _opening_run(doc: ArticleText, toks: list[tuple[str, str]], stop_ends: bool) -> tuple[int, int]:
    """Where the run of nouns a clause opens with starts and ends in ``toks``, past a time, a
    pronoun, an adverb or a stop word (``stop_ends``: a stop word inside the run ends it)."""
    k = 0
    while k < len(toks) and (toks[k][1] in _OPENERS or toks[k][0] in doc.rules.stop):
        k += 1
    first = k
    while k < len(toks) and is_nounish(toks[k][1]) and toks[k][1] not in ("a", "ad"):
        if stop_ends and toks[k][0] in doc.rules.stop:
            break
        k += 1
    return first, k
