"""What a figure counts or measures: its subject, decided here and only here.

In order: a table cell's row or column header; a rank's ranked noun; the noun a
unit is written before (15167套房屋); a quoted qualifier; the next figure's noun
(6大类67条政策库); an enumeration's shared subject; a share's topic; a label; the
object of a rate's verb (减按90%计入收入总额); the noun before the figure; the
measure word itself; else the topic carried from earlier in the sentence.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..rules.patterns import MeasureWord
from .candidate import Candidate
from .context import ArticleText
from .noun_phrase import is_nounish, noun_run_after, noun_run_before, object_of_next_verb
from .tables import header_name
from .tagging import pos_tag
from .text import BARE_NUMBER, CN_NUM, SCALES, SEGMENT_BREAK
from .units import unit_after

_BASE_FRAME = re.compile(r"在([^，。；;在]{2,24})的基础上[^，。；;]{0,6}$")
_PHYSICAL = ("area", "length", "mass", "volume", "energy", "power")
_NEXT_FIGURE = re.compile(rf"(?:和|与|及|、)?(?:[0-9]+(?:\.[0-9]+)?|[{CN_NUM}]+)[{SCALES}]*")


Prior = list[tuple[Candidate, str | None, bool]]


class Subjects:
    """The subjects of one document's figures, asked in text order: a figure may inherit the
    topic of one before it in the same sentence, so each answer is remembered."""

    def __init__(self, doc: ArticleText) -> None:
        self.doc = doc
        self.prior: Prior = []

    def of(self, c: Candidate) -> str | None:
        subject, topic = subject_of(self.doc, c, self.prior)
        self.prior.append((c, subject, topic))
        return subject


def _table_subject(c: Candidate) -> str | None:
    """A cell's row label (unless the first column holds names or serial numbers), else its header."""
    label = str(c.extra.get("row_label") or "")
    if label and not BARE_NUMBER.fullmatch(label) and not c.extra.get("names_column"):
        return label
    return header_name(str(c.extra["table_head"])) or None


def _ranked_subject(doc: ArticleText, c: Candidate, prev: Prior) -> tuple[str | None, bool]:
    """A rank's or ratio's subject: the noun before it, else before its ranking verb, else the topic."""
    before, _, topic = noun_run_before(doc, c)
    if c.extra.get("ratio") and before:
        return before, topic
    # 获批数居全市第一: the noun right before the ranking verb in the same clause is what
    # is ranked; with none there (同比增长15.3%，位列三县两区第一) the clause topic is carried
    cs, _ = doc.clause(c.start)
    rank_verb = doc.rules.rank_verb.search(doc.norm, cs, c.start)
    if rank_verb is not None and rank_verb.start() > cs:
        ranked, _, _ = noun_run_before(doc, replace(c, start=rank_verb.start()))
        if ranked:
            return ranked, False
    return _changed_from(doc, c, prev) or _carried(doc, c, prev), False


def subject_of(doc: ArticleText, c: Candidate, prev: Prior) -> tuple[str | None, bool]:
    """The thing counted or measured, and whether it is a clause topic later facts may inherit.

    One cascade from the most specific construction to the least (the module docstring gives
    the order); it reads as one decision, so it is kept in one function.
    """
    if "table_head" in c.extra:
        return _table_subject(c), False
    if c.kind == "rank" or c.extra.get("ratio"):
        return _ranked_subject(doc, c, prev)
    after, via_de = (None, False)
    unit_end = c.unit_start + len(c.unit or "")
    # a unit written last (15167套房屋), or a share written in words with no unit after it
    # (四分之一的国内航班, 五成企业, 百分之三十的资金): the noun that follows is the subject
    in_words = c.kind == "percent" and doc.norm[c.end - 1 : c.end] not in ("%", "")
    if (c.unit and (unit_end == c.end or in_words)) or c.extra.get("noun_follows"):
        after, via_de = noun_run_after(doc, c.end)
    if after and not via_de:
        return after, False
    if after and via_de and c.kind not in _PHYSICAL:
        return after, False
    quoted = _quoted_for(doc, c)
    if quoted:
        return quoted, False
    # 6大类67条政策库, 4晚5天之旅, 22.5万总吨和10万总吨邮轮泊位: the next figure's noun
    # names this one too
    nxt = _NEXT_FIGURE.match(doc.norm, c.end)
    if nxt is not None and c.kind not in _PHYSICAL:
        m = unit_after(doc, nxt.end(), len(nxt.group(0)) - len(nxt.group(0).rstrip(SCALES)))
        if m is not None:
            after2, _ = noun_run_after(doc, nxt.end() - m[0] + len(m[1]))
            if after2:
                return after2, False
    # 供应土地169宗、314公顷: an enumeration shares its subject
    ss, _ = doc.clause(c.start, SEGMENT_BREAK)
    if ss > 0 and doc.text[ss - 1] == "、" and prev and prev[-1][1] and not doc.text[ss : c.start].strip():
        return prev[-1][1], False
    # 占全部投资的89.4%: a share is a share of the topic, not of the whole it names
    cs, _ = doc.clause(c.start)
    if c.kind == "percent" and re.search(r"占[^，。；]*的$", doc.norm[cs : c.start]):
        carried = _carried(doc, c, prev, topic_only=True)
        if carried:
            return carried, False
    # 总成交金额：294.8 万元 — a label and its value
    w = max(0, c.start - 16)
    lab = re.search(
        r"[\n。；;，,]\s*([^\n。；;，,:：]{2,12})[:：]\s*$", ("\n" if w == 0 else "") + doc.text[w : c.start]
    )
    if lab:
        return lab.group(1).strip(), True
    # 减按90%计入收入总额, 按70%报销医疗费用: a rate "by which" a verb acts on the noun after it
    if doc.norm[max(0, c.start - 2) : c.start].endswith(("按", "按照")):
        acted = object_of_next_verb(doc, c.end)
        if acted:
            return acted, False
    # 在现行最高贷款额度的基础上上浮10%: the figure changes the thing the frame names
    frame = _BASE_FRAME.search(doc.norm, cs, c.start)
    if frame is not None:
        framed, _, _ = noun_run_before(doc, replace(c, start=frame.end(1)))
        if framed:
            return framed, False
    before, verb, topic = noun_run_before(doc, c)
    if before:
        return before, topic
    if after:
        return after, False
    if isinstance(c.entry, MeasureWord) and c.entry.names_thing:
        same_unit = _carried(doc, c, prev, same_unit_only=True)
        if same_unit:
            return same_unit, False
        # 14亿人口: the measure word begins a longer noun, and that noun is what is counted
        unit = c.unit or ""
        toks = pos_tag(doc.norm[c.unit_start : c.end + 3]) if unit else []
        if toks and toks[0][0].startswith(unit) and len(toks[0][0]) > len(unit) and is_nounish(toks[0][1]):
            return toks[0][0], False
        return c.unit, False
    carried = _changed_from(doc, c, prev) or _carried(doc, c, prev)
    if carried:
        return carried, False
    return verb, False


def _quoted_for(doc: ArticleText, c: Candidate) -> str | None:
    """“98天+2个月”的产假: a figure inside a quotation that qualifies the noun after it."""
    cs, ce = doc.clause(c.start)
    opening = doc.norm.rfind("“", cs, c.start)
    if opening < 0 or "”" in doc.norm[opening : c.start]:
        return None
    closing = doc.norm.find("”", c.end, ce)
    if closing < 0 or closing - opening > 24 or not doc.norm.startswith("的", closing + 1):
        return None
    noun, _ = noun_run_after(doc, closing + 1)
    return noun


def _changed_from(doc: ArticleText, c: Candidate, prev: Prior) -> str | None:
    """由1.1:50.3:48.6调整为0.7:50.7:48.6, 从12万人增至39.5万人: the new level is a level of the
    same thing as the figure it changed from, just before it in the clause."""
    if not prev or not prev[-1][1]:
        return None
    p, subj, _ = prev[-1]
    cs, _ = doc.clause(c.start)
    if p.start < cs:
        return None
    if c.start - p.end > 12:
        return None
    return subj if doc.rules.change_to.search(doc.norm, p.end, c.start) else None


def _carried(
    doc: ArticleText,
    c: Candidate,
    prev: Prior,
    topic_only: bool = False,
    same_unit_only: bool = False,
) -> str | None:
    """An elided subject: the clause topic named earlier in the sentence, else the last subject."""
    ss, _ = doc.sentence(c.start)
    same = [(subj, topic) for p, subj, topic in prev if p.start >= ss and subj]
    if c.unit and c.kind == "count":
        # 已交付780套…剩余420套: a count inherits from the last count of the same thing
        for p, subj, _ in reversed(prev):
            if p.start >= ss and subj and p.unit == c.unit and subj != c.unit:
                return subj
    if same_unit_only:
        return None
    for subj, topic in reversed(same):
        if topic:
            return subj
    if topic_only or not same:
        return None
    return same[-1][0]
