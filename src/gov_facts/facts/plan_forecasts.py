"""Whether a sentence is a forecast, and from where: part of the status decision (:mod:`.status`). A
forecast word opening the sentence (预计今天夜间到明天白天，…) or ending its first clause (財政司司長…預計，…)
makes the figures after it forecasts, and so does a clause that forecasts a quantity it names
(本次調整預估受惠勞工人數，月薪制者約257.46萬人); never what is done already nor a time gone by."""

from __future__ import annotations

import re
from functools import lru_cache

from .candidate import Candidate
from .context import ArticleText
from .plan_chain import past_time_in, says_done
from .plan_clause import plan_clause as _clause


@lru_cache(maxsize=8)
def _any_of(words: frozenset[str]) -> re.Pattern[str]:
    """One pattern for a set of words: whether any stands in a stretch is one search, not a find
    per word (made once per set: the rulebook's sets live as long as the process)."""
    if not words:
        return re.compile(r"(?!)")
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))


def forecast_sentence(doc: ArticleText, c: Candidate, ss: int) -> bool:
    """预计今天夜间到明天白天，…降雨量30～50毫米: a forecast word opening the sentence makes all of it
    a forecast, whatever its clauses say, bar what is done already, in the figure's clause or one
    between (其中上半年已接待1500万人次; 预计于6月完工的项目已提前完工，共投入资金2000万元: the forecast
    only names the works) and a clause of a time gone by (预计全年完成投资50亿元，1-8月累计完成投资42亿元)."""
    forecast_at = doc.kept("forecast from", ss, lambda: _forecast_from(doc, ss))
    if forecast_at >= c.start:
        return False  # the cheap test first: no forecast word before the figure (most sentences)
    cs = doc.clause(c.start)[0]
    if "已" in doc.norm[forecast_at : c.start] and _done_between(doc, forecast_at, c.start):
        return False
    # 估計上半年共有約1,200名…, 據初步估計，第三季…: in the forecast word's own clause, an estimate of
    # a time gone by measures what was done
    return not past_time_in(doc, max(cs, forecast_at), c.start)


def _forecast_from(doc: ArticleText, ss: int) -> int:
    """Where the sentence at ``ss`` becomes a forecast: after its first clause when that clause ends
    with a forecast word (財政司司長…預計，…), at the forecast word when one opens it; else never."""
    _, first_end = doc.clause(ss)
    raw, cues = doc.norm[ss:first_end], _any_of(doc.rules.forecast_cues)
    if not raw.rstrip("，,：: ").endswith(doc.rules.forecast_endings) and cues.search(raw, 0, 8) is None:
        return _forecast_of_a_quantity(doc, ss)  # asked of the text as written first: masking only
        # takes words away, so a clause with no forecast word as written has none masked (most)
    first = _clause(doc, ss, first_end)
    if first.text.rstrip("，,：: ").endswith(doc.rules.forecast_endings):
        return first_end
    if cues.search(first.text, 0, 8) is None:
        return _forecast_of_a_quantity(doc, ss)
    for k, (word, _flag, at) in enumerate(first.tokens[:3]):
        if word in doc.rules.forecast_cues:  # not 原预计: the forecast once made (原預計…，僅招收320名)
            return _NEVER if k and first.tokens[k - 1][0] == "原" else at
    return _NEVER


def _forecast_of_a_quantity(doc: ArticleText, ss: int) -> int:
    """本次調整預估受惠勞工人數，月薪制者約257.46萬人，時薪制者約57.78萬人: a clause that forecasts a
    quantity it names (a forecast word, no figure, a quantity name at its end: 人数, 规模) makes the
    clauses after it that quantity's forecast values; else never."""
    _, se = doc.sentence(ss)
    if _any_of(doc.rules.forecast_cues).search(doc.norm, ss, se) is None:
        return _NEVER  # no forecast word in the sentence: no clause of it forecasts (most sentences)
    cs = ss
    while cs < se:
        _, ce = doc.clause(cs)
        text = doc.norm[cs:ce].rstrip("，,：: ")
        if (
            text.endswith(doc.rules.quantity_names)
            and any(cue in text for cue in doc.rules.forecast_cues)
            and not any(ch.isdigit() for ch in text)
        ):
            return ce
        if ce <= cs:
            break
        cs = ce + 1
    return _NEVER


#: a position no figure reaches
_NEVER = 1 << 62


def _done_between(doc: ArticleText, start: int, end: int) -> bool:
    """Whether a clause between the forecast word and the figure says what is done (其中上半年已接待
    1500万人次; 预计于6月完工的项目已提前完工，…); not a 已 that only modifies a noun: after a
    preposition (与已公布的去年持平, 受已出台政策拉动) or before its verb's 的 (已签约的企业)."""
    cs = doc.clause(start)[0]
    while cs < end:
        ce = doc.clause(cs)[1]
        own = [t for t in _clause(doc, cs, ce).tokens if start <= t[2] < end]
        kept = [t for k, t in enumerate(own) if not (t[0] == "已" and _modifies(own, k))]
        if says_done(kept, doc.rules.words.done_words):
            return True
        if ce <= cs:
            break
        cs = ce + 1
    return False


def _modifies(own: list[tuple[str, str, int]], k: int) -> bool:
    """已 at ``k`` in a modifier: the object of a preposition (与已公布的, 受已出台, 对已出台) or a
    relative clause (已签约的企业)."""
    before = own[k - 1] if k else None
    if before is not None and (before[1] == "p" or before[0] == "受"):
        return True
    return k + 2 < len(own) and own[k + 1][1].startswith("v") and own[k + 2][0] == "的"
