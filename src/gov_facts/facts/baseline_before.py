"""Whether the noun phrase before a figure is the baseline it is compared with (高于时序进度7.4个
百分点, 比全省高3个百分点, 较二○二四年同月的临时估计上升6.9%): no subject then. Part of the
subject decision (:mod:`.subject`)."""

from __future__ import annotations

import re
from dataclasses import replace

from .candidate import Candidate
from .context import ArticleText
from .noun_phrase import noun_run_before
from .tagging import pos_tag


def is_baseline(doc: ArticleText, c: Candidate, phrase: str) -> bool:
    """Whether the noun phrase before a figure follows a comparison word (高于, 比, 较)."""
    cs, _ = doc.clause(c.start)
    at = doc.norm.rfind(phrase, cs, c.start)
    if at <= cs:
        return False
    if doc.rules.comparison_tail.search(doc.norm, max(cs, at - 5), at) is not None:
        return True
    tail = doc.rules.comparison_tail
    # 比2015年第一次普查时增加2.31万株: an occasion (its year, which time) between the comparison word and
    # the time it names (普查时, 建成时)
    if phrase.endswith(_OCCASION_ENDS):
        occasion = _OCCASION.search(doc.norm, max(cs, at - 12), at)  # (every part optional: it holds)
        if (
            occasion is not None
            and occasion.start() < at  # (an empty one: the tail test above failed already)
            and tail.search(doc.norm, max(cs, occasion.start() - 5), occasion.start())
        ):
            return True
    # 较近五年平均值偏少约两成, 比过去10年均值: a span of years between the comparison word and the
    # baseline's noun
    span = _YEARS_SPAN.search(doc.norm, max(cs, at - 8), at) if doc.norm[at - 1 : at] == "年" else None
    if span is not None and tail.search(doc.norm, max(cs, span.start() - 5), span.start()) is not None:
        return True
    # 较去年同期最大一次降雪增加约三成: X较Y增加N measures X; the baseline Y may be any short run of
    # words after the comparison word, as long as no change word stands between (the change follows it)
    if _described_baseline(doc, cs, at) is not None:
        return True
    # 較二○二四年同月的臨時估計上升6.9%, 比上年同期的水平: a dated baseline and its 的
    if not doc.norm.endswith(_DE, max(cs, at - 16), at):
        return False  # the cheap test first: the pattern ends with 的 (``$`` may stand before a \n)
    dated = _DATED_BASELINE.search(doc.norm, max(cs, at - 16), at)
    if dated is None:
        return False
    tail = doc.rules.comparison_tail
    # the tail is a comparison word, a determiner and a month: never more than ten characters
    return any(
        tail.search(doc.norm, max(cs, end - 10), end) is not None for end in range(dated.start() + 1, at - 2)
    )


#: 较/比 and a baseline described at some length (较去年同期最大一次): a comparison word not inside a
#: word of its own (比重, 比例, 占比, 对比, 相比之下) and no clause break, change word or figure after it
_LONG_BASELINE = re.compile(
    r"(?<![占对相之无])(?:较|比)(?![重例率值较])[^，,。；;0-9较比增减降升提高低多少]{2,12}$"
)


def _described_baseline(doc: ArticleText, cs: int, at: int) -> int | None:
    """Where a comparison word opens a short run of words ending right before the noun at ``at``
    (较去年同期最大一次降雪, 比去年入冬以来单日最高): the noun is inside the baseline. Kept: the
    subject decision asks :func:`is_baseline` and then :func:`what_is_compared` (a tagging each)."""
    return doc.kept("described baseline", (cs, at), lambda: _described_baseline_at(doc, cs, at))


def _described_baseline_at(doc: ArticleText, cs: int, at: int) -> int | None:
    """:func:`_described_baseline`, made."""
    start = max(cs, at - 13)
    if not any(w in doc.norm[start:at] for w in ("较", "比")):
        return None  # the cheap test first
    m = _LONG_BASELINE.search(doc.norm, start, at)
    if m is None or any(f[:1] == "v" for _, f in pos_tag(doc.shadow[m.start() + 1 : at])):
        return None  # 比赛共收到参赛作品: a verb inside the run, so no baseline described
    return m.start()


def what_is_compared(doc: ArticleText, c: Candidate, phrase: str) -> str | None:
    """清运量较去年同期最大一次降雪增加约三成: when the noun before the figure lies inside a described
    baseline, what is compared is the noun before the comparison word; else nothing (a baseline
    right after its comparison word: 比全省高3个百分点)."""
    cs, _ = doc.clause(c.start)
    at = doc.norm.rfind(phrase, cs, c.start)
    opens = _described_baseline(doc, cs, at) if at > cs else None
    return noun_run_before(doc, replace(c, start=opens))[0] if opens is not None else None


#: a time naming a comparison's baseline, up to its 的 (二○二四年同月的, 上年同期的)
_DATED_BASELINE = re.compile(r"[^，,。；;、]{0,10}?(?:年|月|季|季度|期)的$")
#: a time named by an occasion (普查时, 建成时, 启用之时): a baseline after a comparison word
_OCCASION_ENDS = ("时", "時")
#: the year and the ordinal of an occasion before its name (2015年第一次, 上一次, 2010年)
_OCCASION = re.compile(r"(?:(?:19|20)[0-9]{2}年)?(?:第[0-9一二三四五六七八九十]{1,3}次|上一?次|首次)?$")
#: a span of recent years before a baseline's noun (近五年, 过去10年, 前三年)
_YEARS_SPAN = re.compile(r"(?:近|过去|前)[0-9一二三四五六七八九十两]{1,3}年$")
#: what the text before the phrase ends with when that pattern can match
_DE = ("的", "的\n")
