"""Status cues the plan-word reading of :mod:`.status` does not see: a plan word jieba glues to the
word after it (擬向, 拟建), a plan's amount in brackets after its noun (全年目标任务（8万人次）), and an
estimate of a period still running (本財政年度的綜合赤字估計為481億元) against one of a period ended
(上月零售業總銷貨價值臨時估計為317億港元: a measurement)."""

from __future__ import annotations

from .candidate import Candidate
from .context import ArticleText
from .time_expressions import TimeExpr
from .word_lookups import WordLookups

#: jieba's tags of a plan word glued to a verb or a preposition (拟向 v, 拟将 d)
_GLUED_TAGS = ("v", "d")


def glued_plan(words: WordLookups, word: str, flag: str) -> bool:
    """擬向, 拟将, 拟以, 拟建: a word of two characters opening with a one-character plan word
    (``glued_plan_cues``), tagged a verb or an adverb: the plan word and its verb as one."""
    return len(word) == 2 and word.startswith(words.glued_plan_cues) and flag.startswith(_GLUED_TAGS)


def plan_in_brackets(doc: ArticleText, c: Candidate) -> bool:
    """完成全年目标任务（8万人次）的107.9%, 年度計劃（120億元）: a figure that opens a bracket right
    after a plan noun is the plan's amount."""
    at = c.start
    if at < 3 or doc.norm[at - 1] not in "（(约近":
        return False  # the cheap test first: no bracket (or approximation in one) right before
    return doc.rules.words.plan_bracket.search(doc.norm, max(0, at - 8), at) is not None


def estimate_ahead(doc: ArticleText, c: Candidate, t: TimeExpr | None) -> bool:
    """本財政年度的綜合赤字估計為481億元, 全年稅收估算約3,000億元: an estimate word (a forecast cue that is
    no plan word of its own: 估计, 估算, 推估) before the figure in its clause, of a time that has not
    ended by the publish date, forecasts; of a period ended it measures (臨時估計, 初步估計損失)."""
    if t is None or t.last is None or doc.published is None or t.last < doc.published:
        return False
    cs, _ = doc.clause(c.start)
    text = doc.norm[cs : c.start]
    if "估" not in text and "预料" not in text:
        return False  # the cheap test first: every estimate word holds 估 or is 预料
    cues = doc.rules.forecast_cues - doc.rules.planned_words
    if not any(w in text for w in cues):
        return False
    return not any(w in text for w in doc.rules.words.done_words)


def actual_since(doc: ArticleText, ss: int, at: int) -> bool:
    """原預計工程費用為3億元，實際支出2.8億元; 預計於去年底完成的工程，實際延至今年二月才完成，涉及金額
    1.5億元: a clause that opens with a word of what is (实际, 现有: ``actual_words``) after the plan
    word of its sentence sets the figures from it to ``at`` against the plan: no earlier plan word or
    forecast governs them (原计划, 现计划: a plan word right after the word is a plan again)."""
    text, rules = doc.norm, doc.rules
    latest = -1
    for w in rules.words.actual_words:
        i = text.find(w, ss, at)
        while i >= 0:
            if (i == ss or text[i - 1] in "，,；;") and rules.planned_any.match(text, i + len(w)) is None:
                latest = max(latest, i + len(w))
            i = text.find(w, i + 1, at)
    return latest >= 0 and rules.planned_any.search(text, latest, at) is None
