"""What a time limit is the limit of (届满之日起七个工作日内…提出质疑, 须在5个工作日内办结, 次干道和背街小巷
在雪停后24小时内基本清理完毕): the act its clause ends with, else the topic the act is done to. Part of
the subject decision (:mod:`.subject`)."""

from __future__ import annotations

import re
from dataclasses import replace

from .candidate import Candidate
from .context import ArticleText
from .noun_phrase import is_nounish, noun_run_before
from .tagging import pos_tag
from .text import ASIDE
from .words_before import time_modifies

#: a day a time limit runs from, right before its figure (自本公告发布之日起, 届满之日起, 签订之日起)
_ANCHOR_DAY = re.compile(r"(?:之日起|之日|日起)$")


def deadline_activity(doc: ArticleText, c: Candidate) -> str | None:
    """届满之日起七个工作日内，以书面形式向采购人提出质疑: a time limit that runs from a day is the
    limit for the act its sentence ends with (提出质疑, 完成供货), not the day's phrase."""
    if c.kind != "duration":
        return None
    # 收件後十五個工作日內完成審批, 须在5个工作日内办结: a limit in working days, or one that runs
    # from an act (后) and ends with 内, bounds the act after it as a day's phrase does
    within = doc.norm.startswith(("内", "以内"), c.end)
    working = within and ("工作" in (c.unit or "") or doc.norm.endswith("后", max(0, c.start - 1), c.start))
    anchored = _ANCHOR_DAY.search(doc.norm, max(0, c.start - 4), c.start) is not None
    if not (working or anchored):
        return None
    named = _period_named(doc, c)
    if named:
        return named
    _, se = doc.sentence(c.start)
    pos = c.end
    # the figure's clause, else (from a day) the next: 七个工作日内，以书面形式…提出质疑
    for _clause in range(2 if anchored else 1):
        _, ce = doc.clause(pos)
        # 15日內（即113年10月22日前）向鄉公所提出申請: 内 and an aside are no words of the act
        toks = pos_tag(ASIDE.sub("", doc.shadow[pos : min(ce, se)].removeprefix("内")))
        for k in range(len(toks) - 1, -1, -1):
            word, flag = toks[k]
            if flag.startswith("v"):
                after = toks[k + 1 : k + 4]  # 交付周年申报表: a time word before a noun is part of it
                nouns = "".join(
                    w for j, (w, f) in enumerate(after) if is_nounish(f) or time_modifies(after, j)
                )
                if word in doc.rules.stop:  # 完成供货: a light verb names nothing; its object does
                    return nouns or _opening_noun(doc, c.start)  # 核查处置工作…90日内完成: the topic
                if word in _DONE_COMPLEMENTS and not nouns:  # 次干道和背街小巷在…24小时内基本清理完毕:
                    return _topic_before_at(doc, c) or _opening_noun(doc, c.start) or word  # the topic
                if word in _WORK_HEADS and not nouns:  # 完成…的核查处置工作: the acts 工作 heads
                    j = k
                    while j > 0 and toks[j - 1][1] in ("v", "vn") and toks[j - 1][0] not in doc.rules.stop:
                        j -= 1
                    word = "".join(w for w, _ in toks[j : k + 1])
                return word + nouns if nouns or len(word) > 1 else None
            if not (is_nounish(flag) or flag == "x" or time_modifies(toks, k)):
                # 向乡公所提出申请 (jieba's one noun): the act after a preposition and its object
                act = "".join(w for w, f in toks[k + 2 :] if f != "x") if flag == "p" else ""
                return act if 2 <= len(act) <= 8 else None
        pos = ce + 1
        if pos >= se:
            break
    return None


#: a period named before 为 and counted from a day (投标有效期为提交投标文件截止之日起, 质保期为自验收
#: 合格之日起): the name ends where 为 stands, in a word of a period (成立为法团的周年日后 names none)
_PERIOD_NAMED = re.compile(
    r"[^，,。；;：:]{1,14}?(?:期限|时限|年限|时间|时效|期)(?=(?:为|是)自?[^，,。；;为是]{2,24}?(?:之日起|之日|日起|后)$)"
)


def _period_named(doc: ArticleText, c: Candidate) -> str | None:
    """投标有效期为提交投标文件截止之日起90日, 退还期限为项目验收合格后30日内: the period the clause names
    before 为 is what the figure measures, not the noun of the day or act it runs from (投标文件)."""
    cs, _ = doc.clause(c.start)
    m = _PERIOD_NAMED.search(doc.norm, cs, c.start)
    if m is None:
        return None
    return noun_run_before(doc, replace(c, start=m.end()))[0]


#: general heads of an activity named by the verbs before them (核查处置工作, 整改任务)
_WORK_HEADS = ("工作", "任务")
#: a complement that says an act is done, with no object after it (清理完毕, 安装到位, 改造完工):
#: the limit is the topic's, which the act is done to
_DONE_COMPLEMENTS = frozenset({"完毕", "到位", "完工", "竣工", "结束"})


#: the coverb that opens where or when an act is done (次干道和背街小巷在雪停后24小时内): its topic before it
_AT_COVERB = re.compile(r"[在於于][^，,。；;在於于]{0,12}$")


def _topic_before_at(doc: ArticleText, c: Candidate) -> str | None:
    """次干道和背街小巷在雪停后24小时内基本清理完毕: the noun phrase before the 在 of the limit."""
    cs, _ = doc.clause(c.start)
    m = _AT_COVERB.search(doc.norm, cs, c.start)
    return noun_run_before(doc, replace(c, start=m.start()))[0] if m is not None and m.start() > cs else None


def _opening_noun(doc: ArticleText, at: int) -> str | None:
    """核查处置工作原则上在收到检验报告之日起90日内完成: the nouns that open the clause before ``at``,
    when an adverb, a preposition or a modal follows them (what the limit is set for)."""
    cs, _ = doc.clause(at)
    toks = pos_tag(doc.shadow[cs:at])
    k = 0
    while (
        k < len(toks)
        and (is_nounish(toks[k][1]) or toks[k][1] in ("v", "vn"))
        and toks[k][0] not in doc.rules.stop
    ):
        k += 1  # (整改工作, 核查处置工作: an activity jieba tags verbs)
    noun = "".join(w for w, _ in toks[:k])
    ok = 2 <= len(noun) <= 8 and k < len(toks) and toks[k][1][:1] in ("d", "p") and is_nounish(toks[k - 1][1])
    return noun if ok else None
