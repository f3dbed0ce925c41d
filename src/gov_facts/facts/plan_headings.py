"""A heading over the work ahead (二、2025年工作安排, 下一步工作打算, 明年工作思路：) plans the paragraphs
under it, to the next heading that is no sub-heading of it ((一)…, 1.…, 一是…); a paragraph opened by
such a word and a mark (下一步，我局将…。一是新建…) plans itself, and the lines after it when it ends
with a colon (下一步重点做好以下工作：). Work reports and summaries write their plans so: the verbs under
the heading (新开工项目50个) carry no plan word of their own. A clause that says what is done (已, 累计)
or names a time gone by stays reported.

Asked by :func:`.status.is_planned`; the headings are found once per document, and a figure asks
for its line with a bisect (no scan per figure).
"""

from __future__ import annotations

import re
from bisect import bisect_right

from .candidate import Candidate
from .context import ArticleText
from .plan_chain import past_time_in
from .time_expressions import TimeExpr

#: the longest line read as a heading
_HEADING_MAX = 30
#: what ends a sentence (a heading has none, bar a closing 。 after a colon's list)
_SENTENCE_MARKS = re.compile(r"[。！？!?]")
#: a heading's number (二、, （一）, 1., (2), 第三部分) before its words
_CN = "一二三四五六七八九十"
_NUMBER = re.compile(rf"^\s*(?:[（(][{_CN}0-9]+[）)]|[{_CN}]+[、.．]|[0-9]+[、.．]|第[{_CN}]+[部分章节]*)\s*")
#: a sub-heading's number: it stands under the heading above it and ends nothing
_SUB_NUMBER = re.compile(rf"^\s*(?:[（(][{_CN}0-9]+[）)]|[0-9]+[、.．]|[{_CN}]+是)")
#: a mark after the opening words of a paragraph that they govern (下一步，; 明年：)
_OPENER_MARKS = "，,：:"

#: kinds of line: a plan heading (or a lead-in ending with a colon), a sub-heading, another heading, a
#: paragraph its opening words plan (no reach past itself); 0 is any other paragraph
_PLAN, _SUB, _OTHER, _PLAN_PARAGRAPH = 1, 2, 3, 4


def under_a_plan_heading(doc: ArticleText, c: Candidate, t: TimeExpr | None) -> bool:
    """Whether a heading over the work ahead, or the opening of the figure's paragraph, plans the
    figure (see the module), its clause saying nothing done and its time not gone by."""
    if "\n" not in doc.norm and not doc.norm.startswith(doc.rules.words.plan_heading_leads):
        return False  # the cheap test first: one paragraph that no plan word opens
    starts, kinds = doc.kept("plan headings", None, lambda: _lines(doc))
    if not starts:
        return False  # no line of the document plans (most documents)
    i = bisect_right(starts, c.start) - 1
    if i < 0 or not _governed(kinds, i):
        return False
    pub = doc.published
    if t is not None and t.first is not None and pub is not None and t.first <= (t.last or pub) <= pub:
        return False  # 2024年新建5所 under 2025年工作安排, 自6月1日起开展为期30天的检查: gone by or begun
    cs, _ = doc.clause(c.start)
    if any(w in doc.norm[cs : c.start] for w in doc.rules.words.done_words):
        return False
    return not past_time_in(doc, cs, c.start) and not _says_what_a_time_is(doc, cs)


def _says_what_a_time_is(doc: ArticleText, cs: int) -> bool:
    """今年是中华人民共和国成立75周年, 2025年是“十四五”规划收官之年: a clause that opens with a time and the
    copula 是 says what that time is (an anniversary, a year's place in a plan), no target."""
    times = doc.times_between(cs, cs + 1)
    return bool(times) and times[0].start == cs and doc.norm.startswith("是", times[0].end)


def _governed(kinds: list[int], i: int) -> bool:
    """Whether line ``i`` is a plan paragraph, or a plan heading stands above it with only sub-headings
    and paragraphs between."""
    if kinds[i] in (_PLAN, _PLAN_PARAGRAPH):
        return True
    for k in range(i - 1, -1, -1):
        if kinds[k] == _PLAN:
            return True
        if kinds[k] == _OTHER:
            return False
    return False


def _lines(doc: ArticleText) -> tuple[list[int], list[int]]:
    """Each line's start and kind (see ``_PLAN``)."""
    words = doc.rules.words
    norm = doc.norm
    starts: list[int] = []
    kinds: list[int] = []
    ls = 0
    while ls <= len(norm):
        le = norm.find("\n", ls)
        le = len(norm) if le < 0 else le
        line = norm[ls:le].strip()
        starts.append(ls)
        kinds.append(_kind(line, words.plan_heading_ends, words.plan_heading_leads))
        ls = le + 1
    if _PLAN not in kinds and _PLAN_PARAGRAPH not in kinds:
        return [], []
    return starts, kinds


def _kind(line: str, ends: tuple[str, ...], leads: tuple[str, ...]) -> int:
    """What a line is (see :func:`_lines`)."""
    if not line or "\t" in line:
        return 0
    words = _NUMBER.sub("", line, count=1)
    # 下一步，…: a paragraph its opening words plan; with a colon, the lines after it too (whether any
    # lead opens the line asked at once first: most lines open with none)
    for lead in leads if words.startswith(leads) else ():
        mark = words[len(lead) : len(lead) + 1]
        if mark and mark in _OPENER_MARKS and words.startswith(lead):
            return _PLAN if line.endswith(("：", ":")) else _PLAN_PARAGRAPH
    if len(line) > _HEADING_MAX or _SENTENCE_MARKS.search(line) is not None:
        return 0
    bare = words.rstrip("：:")
    if bare.endswith(ends) or bare.startswith(leads):
        return _PLAN
    return _SUB if _SUB_NUMBER.match(line) else _OTHER
