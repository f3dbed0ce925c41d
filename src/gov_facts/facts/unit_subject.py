"""A subject that names only the figure's unit (5.87万人 -> 人, 5人 -> 人): what the clause counts instead.

The subject cascade may end on the unit itself when the clause names the thing counted before a
count in another unit (3.42万户5.87万人), with a verb of the list (、死亡5人) or before the verbs that
end the clause (运动员注册确认5661人); :mod:`.subject_review` asks these checks first.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .candidate import Candidate, Prior
from .context import ArticleText
from .noun_phrase import noun_run_before
from .tagging import pos_tag
from .text import BOUND_WORDS, LEVEL_WORDS

#: a bound or light verb between an item's name and its figure (健康跑约5000人, 醉驾达1385起)
LIGHT_TAIL = re.compile(f"(?:{LEVEL_WORDS}|{BOUND_WORDS})$")


def is_unit_word(doc: ArticleText, c: Candidate, subject: str) -> bool:
    """The subject is the figure's unit or a bare measure word (人, 户, 人次), no thing of its own."""
    return subject == c.unit or (len(subject) <= 2 and subject in doc.rules.units)


def verb_item(doc: ArticleText, c: Candidate, subject: str | None) -> str | None:
    """…事故7起、死亡5人、受伤298人: an item of a 、 list that is a verb and its count of people names
    what is counted (死亡, 受伤). After a comma a verb may take the count as its object instead (…，涉及
    13281户: 户 is what is counted), so only a 、 list is read so."""
    if c.kind != "count" or c.unit not in doc.rules.people_units:
        return None  # 其中主持6项、参与4项: a count of things is of the thing named before
    if "、" not in doc.norm[max(0, c.start - 8) : c.start]:
        return None  # no list mark near: nothing to tag
    toks = pos_tag(doc.shadow[max(0, c.start - 8) : c.start])
    k = len(toks) - 1
    while k >= 0 and ((toks[k][1] == "d" and len(toks[k][0]) == 1) or LIGHT_TAIL.fullmatch(toks[k][0])):
        k -= 1
    if k < 1 or not toks[k][1].startswith("v") or len(toks[k][0]) < 2 or toks[k - 1][0] != "、":
        return None
    return toks[k][0] if toks[k][0] != subject else None


def paired_or_named(doc: ArticleText, c: Candidate, prev: Prior, subject: str | None) -> str | None:
    """3.42万户5.87万人, 1,250戶2,830人: a count glued to the one before counts the same thing in
    another unit; 完成运动员注册确认5661人: else the nouns before the verbs that end the clause."""
    if not subject or c.kind != "count":
        return None
    cs, _ = doc.clause(c.start)
    glued = prev[-1] if prev and not doc.norm[prev[-1][0].end : c.start].strip() else None
    # 0.61万户0.98万人: the pair's first count names the thing, not a count carried from before
    if (
        glued
        and glued[1]
        and glued[0].kind == "count"
        and glued[0].unit != c.unit
        and not is_unit_word(doc, glued[0], glued[1])
        and subject not in doc.shadow[cs : c.start]
    ):
        return glued[1]
    if not is_unit_word(doc, c, subject) or doc.norm.startswith(subject, c.end):
        return None  # 两个人, 72个班: the noun after the figure is what it counts
    end = c.start
    toks = pos_tag(doc.shadow[max(cs, c.start - 16) : c.start])
    # the last run of nouns, past verbs that follow it (运动员|注册确认) and the adverbs and bounds
    # among them (遊憩據點|共|湧入|約)
    k = len(toks) - 1
    while k >= 0 and (
        toks[k][1].startswith("v")
        or (toks[k][1] == "d" and len(toks[k][0]) == 1)
        or LIGHT_TAIL.fullmatch(toks[k][0])
    ):
        end -= len(toks[k][0])
        k -= 1
    start = end
    while k >= 0 and toks[k][1] in ("n", "nz", "vn", "nr", "j") and toks[k][0] not in doc.rules.stop:
        start -= len(toks[k][0])
        k -= 1
    # 总诊疗人次达95.6亿人次: a quantity named by the unit itself takes the words that modify it
    while k >= 0 and doc.shadow[start:end] == c.unit and toks[k][1] in ("v", "vn", "b", "n"):
        if toks[k][0] in doc.rules.stop:
            break
        start -= len(toks[k][0])
        k -= 1
        if k >= 0 and toks[k][1] == "b" and toks[k][0] not in doc.rules.stop:
            start -= len(toks[k][0])
            k -= 1
    named = doc.shadow[start:end]
    if len(named) < 2 and end < c.start:
        # 遊憩據點共湧入約N萬人次 (jieba tags 据点 an adverb): the noun phrase before the predicate
        named = noun_run_before(doc, replace(c, start=end))[0] or ""
    return named if len(named) >= 2 and named != c.unit and not is_unit_word(doc, c, named) else None


def verb_done(doc: ArticleText, c: Candidate, subject: str | None) -> str | None:
    """預估受惠達42萬人次, 全年预计受益约12万人次: a count of times (人次, 场次, 架次) with no noun before
    it and a verb of two characters right before it (past 达, 约) counts what was done; the verb names it
    better than the unit does."""
    if not subject or c.unit not in doc.rules.event_units or not is_unit_word(doc, c, subject):
        return None
    cs, _ = doc.clause(c.start)
    toks = pos_tag(doc.shadow[max(cs, c.start - 8) : c.start])
    k = len(toks) - 1
    while k >= 0 and LIGHT_TAIL.fullmatch(toks[k][0]):
        k -= 1  # 达, 约, 逾
    if k < 0 or toks[k][1] != "v" or len(toks[k][0]) != 2 or toks[k][0] in doc.rules.stop:
        return None
    return toks[k][0]


#: what may stand between a verb and the count of those it tells of (受惠達, 死亡约)
_VERB_TO_COUNT = re.compile(f"(?:{LEVEL_WORDS})?(?:{BOUND_WORDS})?")


def those_counted(doc: ArticleText, c: Candidate) -> str | None:
    """A count whose only name would be its own measure word (人, 人次) counts those the verb right
    before it tells of (死亡3人, 失踪2人, 預估受惠達42萬人次). A verb of having or reporting (共有,
    錄得: stop words) tells nothing, and the measure word stays (共有2万余人参加, 涉及13281户: the
    shared gold accepts 户 and 人次 for such counts)."""
    cs, _ = doc.clause(c.start)
    _, verb, _ = noun_run_before(doc, c)
    at = doc.shadow.rfind(verb, cs, c.start) if verb else -1
    if not verb or at < 0 or _VERB_TO_COUNT.fullmatch(doc.norm, at + len(verb), c.start) is None:
        return None
    return verb if pos_tag(verb)[0][1].startswith("v") else None


def verb_named_amount(doc: ArticleText, c: Candidate) -> str | None:
    """…惠及纳税人12.6万户，减税5.2亿元: a verb of a fiscal measure (减税, 降费, 退税, 让利:
    ``amount_verbs``) that opens the clause of an amount, right before it, names the amount (the tax
    cut), not the thing counted in the clause before (纳税人)."""
    if c.kind != "money":
        return None
    cs, _ = doc.clause(c.start)
    m = doc.rules.words.amount_verb.search(doc.norm, max(cs, c.start - 12), c.start)  # (累计新增减税约)
    if m is None and "每" in doc.norm[max(cs, c.start - 8) : c.start]:
        # 補助參與青年每月2萬8,590元: a grant's verb opening the clause (grant_lookups.grant_per)
        m = doc.rules.words.grants.grant_per.search(doc.norm, max(cs, c.start - 24), c.start)
    return m.group(1) if m is not None else None


def grant_before_per(doc: ArticleText, c: Candidate) -> str | None:
    """另敬老愛心卡每人每月補助800點, 高龄津贴每人每月发放200元: a grant named right before the unit an
    amount is per (每人每月, 每户每年), with a verb of giving between that and the figure, is what the
    figure gives: the clause's own grant, before any grant an earlier clause named; not those granted
    (困难群众每人每月发放: the grant's head is a word of a grant, 津贴, 金, 卡)."""
    if "每" not in doc.norm[max(0, c.start - 12) : c.start]:
        return None  # the cheap test first: no unit an amount is per right before the figure
    cs, _ = doc.clause(c.start)
    m = doc.rules.words.grants.grant_before_per.search(doc.norm, max(cs, c.start - 30), c.start)
    if m is None or m.start(1) < cs:
        return None
    return doc.shadow[m.start(1) : m.end(1)]
