"""Points: an index's (下跌232.79点, 收報16,725點), a score's (满分100分) and a speech's (讲了三点意见),
and a count of points (醫療費用總額為8,765億點), told from a time of day (上午9点, 9点30分): part of
the scan of a number with no unit of the lists (:mod:`.no_unit`)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .candidate import Candidate
from .context import ArticleText
from .no_unit import CLAUSE_END, bare_candidate
from .reading import Reading
from .text import CN_DIGIT_RE

if TYPE_CHECKING:
    from .scan import Scanner

#: a move verb right before N点 makes it index points (恒指收報16,725點，升212點)
_MOVES = ("升", "降", "涨", "跌")
#: a scale written before the unit (万, 亿, 萬, 億): 8,765億點 is a quantity of points, no time of day
_SCALED = re.compile(r"[万亿萬億]")
#: the last hour a clock names (24点): a bare N点 past it is no time of day
_LAST_HOUR = 24


_ENDS_OR_COLON = (*CLAUSE_END, "：", ":")


def index_points(sc: Scanner, r: Reading) -> Candidate | None:
    """下跌232.79点, 收报3050.12点, 升212點: index points where the clause names an index or a
    move, or a move verb stands right before the figure; not a time of day (上午9点, 9点30分)."""
    doc, norm = sc.doc, sc.doc.norm
    nxt = norm[r.p + 1 : r.p + 2]
    if nxt and (nxt.isdigit() or CN_DIGIT_RE.match(nxt) or nxt in "钟半整多前后左"):
        return None
    cs, _ = doc.clause(r.a)
    before = norm[cs : r.a]
    moved = before[-1:] in _MOVES  # 升212點: a move verb right before the figure
    if before.strip() == "报":  # 上证指数涨0.42%，报3150.84点: the index named in the clause before
        ss, _ = doc.sentence(r.a)
        before = norm[max(ss, cs - 24) : r.a]
    if before.endswith(doc.rules.words.times_of_day):
        return None
    if not (moved or any(w in before for w in doc.rules.index_point_cues)):
        if _SCALED.search(norm, r.a, r.p) is None and not r.value > _LAST_HOUR:
            return None
        # 醫療費用總額為8,765億點, 结算120万点, 每人每月補助800點: a count of points (no time of day: a
        # clock has no hour past 24; no speech's points); an index its sentence names before the clause
        # (上证指数早盘高开，一度升至3100点上方) makes it the index's level
        ss, _ = doc.sentence(r.a)
        indexed = any(len(w) > 1 and w in norm[ss:cs] for w in doc.rules.index_point_cues)  # not 指 alone
        return sc.finish(
            bare_candidate(r, r.p, r.p + 1, r.value, "点", None, kind="other" if indexed else "count")
        )
    return sc.finish(bare_candidate(r, r.p, r.p + 1, r.value, "点", None, kind="other"))


def score_points(sc: Scanner, r: Reading) -> Candidate | None:
    """笔试满分100分, 合格分数线为60分, 测评得分92.5分: N分 is a score's points where a score word
    (``score_cues``) stands in the clause before it; not 9时30分 nor 5元3角2分 (read before)."""
    doc, norm, p = sc.doc, sc.doc.norm, r.p
    if norm.startswith(doc.rules.not_score_after, p + 1) or norm[r.a - 1 : r.a] in ("时", "点", "角"):
        return None
    cs, _ = doc.clause(r.a)
    if not any(w in norm[cs : r.a] for w in doc.rules.score_cues) and not _parallel_score(doc, cs):
        return None
    return sc.finish(bare_candidate(r, p, p + 1, r.value, "分", None, kind="other"))


#: the clause before ends with a score's points (…分数线提高8分，)
_ENDS_IN_POINTS = re.compile(r"[0-9０-９]分[，,；;]$")


def _parallel_score(doc: ArticleText, cs: int) -> bool:
    """本科批历史类分数线提高8分，物理类下降5分: a clause that leaves out the score word of the clause
    before it in the sentence, which ends with a score's points, states points too."""
    ss, _ = doc.sentence(cs)
    if cs - ss < 4 or _ENDS_IN_POINTS.search(doc.norm, max(ss, cs - 4), cs) is None:
        return False  # the cheap test first: the clause before ends in N分
    ps, _ = doc.clause(max(ss, cs - 2))
    return any(w in doc.norm[ps:cs] for w in doc.rules.score_cues)


def points(sc: Scanner, r: Reading) -> Candidate | None:
    """讲了三点意见, 想说八点：: a Chinese numeral and 点 counting the points of a speech, where a
    listed noun follows or a verb of saying stands right before and the clause ends after it;
    never a time of day (上午九点, 八点半, 九点钟)."""
    doc, norm, p = sc.doc, sc.doc.norm, r.p
    nxt = norm[p + 1 : p + 2]
    if not r.is_cn or (nxt and (CN_DIGIT_RE.match(nxt) or nxt in "钟半整多前后左零")):
        return None
    cs, _ = doc.clause(r.a)
    before = norm[cs : r.start]
    if before.endswith(doc.rules.words.times_of_day):  # 上午9点 (times_of_day)
        return None
    noun = norm.startswith(doc.rules.point_nouns, p + 1)
    said = before.removesuffix("了").endswith(doc.rules.point_verbs) and nxt in _ENDS_OR_COLON
    if not (noun or said):
        return None
    return sc.finish(bare_candidate(r, p, p + 1, r.value, "点", None, kind="count"))
